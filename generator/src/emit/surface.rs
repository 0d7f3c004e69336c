//! The [`Surface`] of a crate: the public items the emitter gives each API module, named exactly as
//! the emitter names them (it asks the same functions), for the change report ([`crate::changes`]).

use proc_macro2::TokenStream;
use quote::quote;

use super::ApiModule;
use super::aliases::Aliases;
use super::features::Features;
use super::idents::type_names;
use super::idents::{ident_from_snake, type_ident};
use super::models::member_idents;
use super::operations::caller_view;
use super::types::rust_type;
use crate::ir::{Api, AuthKind, ParamLocation, TypeKind};
use crate::surface::{Auth, Field, Input, Model, ModelKind, Module, Operation, Surface, Value};

/// The surface of a crate made of `apis`.
pub fn surface(apis: &[ApiModule<'_>]) -> Surface {
    surface_with(apis, &Features::new(apis))
}

/// The surface of a crate made of `apis`, whose operations have the cargo `features`.
pub(super) fn surface_with(apis: &[ApiModule<'_>], features: &Features) -> Surface {
    Surface { modules: apis.iter().enumerate().map(|(index, m)| module(m.module, m.api, index, features)).collect() }
}

/// The surface as the generated crate stores it ([`crate::surface::SURFACE_FILE`]): JSON with one
/// line per operation and per model, so that it stays small and a regeneration's diff shows the
/// items that changed.
pub fn surface_json(surface: &Surface) -> String {
    fn json<T: serde::Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap_or_default()
    }
    fn lines<T: serde::Serialize>(items: &[T]) -> String {
        if items.is_empty() {
            return "[]".to_owned();
        }
        let items: Vec<String> = items.iter().map(|item| format!("    {}", json(item))).collect();
        format!("[\n{}\n  ]", items.join(",\n"))
    }
    let modules: Vec<String> = surface
        .modules
        .iter()
        .map(|m| {
            format!(
                "{{\"name\": {}, \"spec\": {}, \"base_url\": {}, \"auth\": {},\n  \"operations\": {},\n  \"models\": {}}}",
                json(&m.name),
                json(&m.spec),
                json(&m.base_url),
                json(&m.auth),
                lines(&m.operations),
                lines(&m.models)
            )
        })
        .collect();
    format!("{{\"modules\": [\n{}\n]}}\n", modules.join(",\n"))
}

/// `index` is the module's place in the crate, for its operations' `features`.
fn module(name: &str, api: &Api, index: usize, features: &Features) -> Module {
    let names = &api.names;
    let auth = api
        .auth_schemes
        .iter()
        .zip(&names.setters)
        .map(|(scheme, setters)| Auth {
            name: scheme.name.clone(),
            kind: auth_kind(&scheme.kind),
            setters: setters.clone(),
        })
        .collect();
    let operations = api
        .operations
        .iter()
        .zip(&names.operations)
        .enumerate()
        .map(|(o, (op, op_names))| Operation {
            feature: features.operation(index, o).map(str::to_owned),
            ..operation(api, op, op_names)
        })
        .collect();
    let bodies = super::body_type_names(api);
    let aliases = Aliases::new(&api.types);
    let models = api
        .types
        .iter()
        .map(|def| Model {
            name: type_ident(&def.name).to_string(),
            pointer: def.origin.0.clone(),
            deprecated: def.deprecated,
            body: bodies.contains(def.name.as_str()),
            kind: model_kind(def, &api.names, &aliases),
        })
        .collect();
    Module {
        name: name.to_owned(),
        spec: api.source.file.clone(),
        base_url: api.base_url.clone(),
        auth,
        operations,
        models,
    }
}

fn operation(api: &Api, op: &crate::ir::Operation, names: &crate::ir::OperationNames) -> Operation {
    let view = caller_view(api, op, names);
    let inputs = view
        .inputs
        .into_iter()
        .map(|input| {
            let (location, wire, deprecated) = match input.param {
                Some((location, wire)) => {
                    let deprecated = op.params.iter().any(|p| p.location == location && p.name == wire && p.deprecated);
                    (location_name(location), wire, deprecated)
                }
                None => ("body", "body", false),
            };
            Input {
                location: location.to_owned(),
                wire: wire.to_owned(),
                rust: input.ident,
                ty: rust_text(&input.ty),
                required: input.argument,
                deprecated,
            }
        })
        .collect();
    let request_media = op.body.iter().flat_map(|b| &b.contents).map(|c| c.content_type.clone()).collect();
    let mut response_media: Vec<String> = op.responses.iter().filter_map(|r| r.content_type.clone()).collect();
    response_media.sort();
    response_media.dedup();
    Operation {
        http_method: op.method.clone(),
        path: op.path.clone(),
        method: ident_from_snake(&names.method).to_string(),
        builder: type_ident(&names.builder).to_string(),
        pointer: op.origin.0.clone(),
        inputs,
        output: rust_text(&view.output),
        paged: view.paged,
        request_media,
        response_media,
        auth: op.auth.clone(),
        deprecated: op.deprecated.is_some(),
        feature: None,
    }
}

fn model_kind(def: &crate::ir::TypeDef, names: &crate::ir::Names, aliases: &Aliases) -> ModelKind {
    let none = TokenStream::new();
    let members = type_names(names, &def.name);
    match &def.kind {
        TypeKind::Struct { fields, .. } => {
            let idents = member_idents(members);
            let fields = fields
                .iter()
                .zip(idents)
                .map(|(field, ident)| {
                    let ty = rust_type(&field.ty, &none);
                    let ty = if field.required { ty } else { quote!(Option<#ty>) };
                    Field {
                        wire: field.name.clone(),
                        rust: ident.to_string(),
                        ty: rust_text(&ty),
                        required: field.required,
                        deprecated: field.deprecated,
                    }
                })
                .collect();
            ModelKind::Struct { fields }
        }
        TypeKind::Enum { values } => {
            let variants = &members.members;
            let values = values
                .iter()
                .zip(variants)
                .map(|(value, variant)| Value { wire: value.clone(), rust: variant.clone() })
                .collect();
            ModelKind::Enum { values }
        }
        TypeKind::Union { variants, .. } => {
            let names = &members.members;
            let variants = variants
                .iter()
                .zip(names)
                .map(|(ty, variant)| Value { wire: rust_text(&rust_type(ty, &none)), rust: variant.clone() })
                .collect();
            ModelKind::Union { variants }
        }
        TypeKind::Alias(ty) => {
            let text = rust_text(&rust_type(ty, &none));
            ModelKind::Alias { ty: if aliases.is_newtype(&def.name) { format!("struct({text})") } else { text } }
        }
    }
}

fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

fn auth_kind(kind: &AuthKind) -> String {
    match kind {
        AuthKind::Bearer => "bearer token".to_owned(),
        AuthKind::Basic => "HTTP basic".to_owned(),
        AuthKind::ApiKey { location, name } => format!("API key in {} `{name}`", location_name(*location)),
        AuthKind::FormField { name } => format!("form field `{name}`"),
        AuthKind::Unsupported { kind } => format!("`{kind}` (not applied by the client)"),
    }
}

/// A type as people write it: `Option<Vec<models::Message>>`, not the token stream's
/// `Option < Vec < models :: Message > >`.
fn rust_text(tokens: &TokenStream) -> String {
    let spaced = tokens.to_string();
    let mut out = String::with_capacity(spaced.len());
    let mut chars = spaced.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let before = out.chars().last();
            let after = chars.peek().copied();
            let tight = matches!(before, Some('<' | ':' | '&')) || matches!(after, Some('<' | '>' | ',' | ':'));
            if tight {
                continue;
            }
        }
        out.push(c);
    }
    out.replace("super::", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stored form reads back as the surface it was written from.
    #[test]
    fn the_stored_surface_reads_back() {
        let mut spec = crate::read::read_str(
            "a.yaml",
            "openapi: 3.0.0\ninfo: {title: A, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {b: {type: string}}}\n",
        )
        .expect("reads");
        crate::normalise::normalise(&mut spec.api);
        let written = surface(&[ApiModule { module: "a", api: &spec.api }]);
        let text = surface_json(&written);
        assert_eq!(text.lines().count(), 9, "{text}");
        assert_eq!(serde_json::from_str::<Surface>(&text).expect("valid JSON"), written);
        // A crate generated before operations recorded their paging still reads.
        let earlier = text.replace(",\"paged\":false", "");
        assert_ne!(earlier, text);
        assert_eq!(serde_json::from_str::<Surface>(&earlier).expect("valid JSON"), written);
        assert_eq!(surface_json(&Surface::default()), "{\"modules\": [\n\n]}\n");
    }

    #[test]
    fn types_read_as_people_write_them() {
        let ty = quote!(Option<Vec<super::models::Message>>);
        assert_eq!(rust_text(&ty), "Option<Vec<models::Message>>");
        let ty = quote!(std::collections::BTreeMap<String, impl Into<String> >);
        assert_eq!(rust_text(&ty), "std::collections::BTreeMap<String, impl Into<String>>");
    }
}
