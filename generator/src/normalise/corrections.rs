//! The corrections pass: what the user states about a spec (in the manifest's `[[api]]` entries
//! or an `--overrides` file, read by [`crate::manifest`]) applied to the IR once it is read. Per
//! API: security schemes that define or replace the spec's, security requirements for every
//! operation, and whether response bodies known only from examples may be `null`. Per type: a
//! rename and a doc line; per field: required or optional, the type, a Rust name, a doc line; per
//! operation: a rename and a doc line; per parameter: required or optional, the type (also a
//! comma-separated list), a Rust name, a doc line; per response: the body's type, whether it may
//! be `null`, a doc line.
//!
//! Targets are checked against the API after inference and merging, so they name the types the
//! generated crate has; a target that does not exist is an error located in the TOML file.

use std::sync::Arc;

use crate::diagnostic::{Code, Diagnostic};
use crate::error::Result;
use crate::ir::{Api, AuthKind, AuthScheme, Field, Origin, Param, Provenance, Type, TypeDef, TypeKind};
use crate::naming::{provisional_type_name, snake_name, type_name};

/// The text corrections were written in, to locate errors in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TomlSource {
    /// How diagnostics name the file.
    pub file: String,
    /// Its text.
    pub text: Arc<str>,
}

impl TomlSource {
    /// An error at byte `span` of the text (JSON `pointer` in the TOML document).
    pub(crate) fn error(&self, span: std::ops::Range<usize>, pointer: String, message: String) -> Diagnostic {
        let at = crate::read::location_of_offset(&self.text, span.start);
        let mut diagnostic = Diagnostic::error(Code::InvalidOverride, &self.file, pointer, message).at(at);
        diagnostic.source = Some(self.text.clone());
        diagnostic
    }
}

/// One correction, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Correction {
    /// What it corrects.
    pub(crate) target: Target,
    /// How.
    pub(crate) change: Change,
    /// The key naming the target, in the TOML text.
    pub(crate) span: std::ops::Range<usize>,
    /// JSON pointer of the key in the TOML document.
    pub(crate) pointer: String,
}

/// What a correction corrects, by the names the spec (or an earlier rename) gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A type.
    Type(String),
    /// A field of a struct: type and field.
    Field(String, String),
    /// An operation.
    Operation(String),
    /// A parameter: operation and parameter.
    Param(String, String),
    /// A response: operation and status.
    Response(String, String),
}

/// What a correction changes; `None` leaves a property as the spec states it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Change {
    pub(crate) required: Option<bool>,
    pub(crate) ty: Option<NewType>,
    pub(crate) comma_separated: bool,
    pub(crate) rename: Option<String>,
    pub(crate) doc: Option<String>,
    pub(crate) nullable: Option<bool>,
}

/// A type a correction states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NewType {
    /// A built-in type, or a named type of the API.
    Type(Type),
    /// A string enum with these values, named after where it is used.
    Enum(Vec<String>),
}

/// Every correction stated for one spec.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corrections {
    /// The text the corrections were written in.
    pub(crate) source: Option<TomlSource>,
    /// Corrections of types, fields, operations, parameters and responses, in the order written.
    pub(crate) list: Vec<Correction>,
    /// Security schemes that replace or complete the spec's own, by name.
    pub auth_schemes: Vec<AuthScheme>,
    /// Security requirements that replace every operation's: alternatives of scheme names.
    pub security: Option<Vec<Vec<String>>>,
    /// Whether response bodies known only from examples may be `null` or empty (`None`: the
    /// default, yes); stated per API, before the per-response `nullable` keys.
    pub example_responses_nullable: Option<bool>,
}

impl Corrections {
    /// Adds `other`'s corrections after these (an `--overrides` file after the manifest's own).
    pub fn extend(&mut self, other: Corrections) {
        if self.source.is_none() {
            self.source = other.source;
        }
        self.list.extend(other.list);
        for scheme in other.auth_schemes {
            self.auth_schemes.retain(|s| s.name != scheme.name);
            self.auth_schemes.push(scheme);
        }
        if other.security.is_some() {
            self.security = other.security;
        }
        if other.example_responses_nullable.is_some() {
            self.example_responses_nullable = other.example_responses_nullable;
        }
    }

    /// Applies the security schemes and requirements (see [`Corrections::apply_auth`]), then every
    /// other correction; the first one whose target does not exist is an error.
    pub fn apply(&self, api: &mut Api) -> Result<Vec<Diagnostic>> {
        let warnings = self.apply_auth(api);
        let Some(source) = &self.source else { return Ok(warnings) };
        for correction in &self.list {
            apply_one(api, correction)
                .map_err(|message| source.error(correction.span.clone(), correction.pointer.clone(), message))?;
        }
        Ok(warnings)
    }

    /// Security requirements naming schemes that neither the spec nor the corrections define are
    /// kept, so the client documents them, and registered as unsupported schemes with a warning;
    /// then the corrections' schemes replace the spec's of the same name, and their requirements
    /// replace every operation's.
    pub fn apply_auth(&self, api: &mut Api) -> Vec<Diagnostic> {
        let mut undefined: Vec<String> = Vec::new();
        for name in api.operations.iter().flat_map(|op| op.auth.iter().flatten()) {
            let defined = api.auth_schemes.iter().chain(&self.auth_schemes).any(|s| &s.name == name);
            if !defined && !undefined.contains(name) {
                undefined.push(name.clone());
            }
        }
        let mut warnings = Vec::new();
        for name in undefined {
            warnings.push(Diagnostic::warning(
                Code::UnsupportedAuth,
                &api.source.file,
                "/security",
                format!("security requirement names `{name}`, which components.securitySchemes does not define; the client cannot apply it"),
            ));
            api.auth_schemes.push(AuthScheme {
                name,
                kind: AuthKind::Unsupported { kind: "undefined".into() },
                docs: Some("Named by a security requirement but not defined by the spec.".into()),
            });
        }
        for scheme in &self.auth_schemes {
            api.auth_schemes.retain(|s| s.name != scheme.name);
            api.auth_schemes.push(scheme.clone());
        }
        if let Some(security) = &self.security {
            for op in &mut api.operations {
                op.auth.clone_from(security);
            }
        }
        warnings
    }
}

fn apply_one(api: &mut Api, correction: &Correction) -> std::result::Result<(), String> {
    let change = &correction.change;
    match &correction.target {
        Target::Type(name) => {
            let def = find_type(api, name)?;
            add_doc(&mut def.docs, change.doc.as_deref());
            if let Some(new_name) = &change.rename {
                // Compared as Rust names, which the naming pass makes of both.
                if api.types.iter().any(|t| t.name != *name && type_name(&t.name) == type_name(new_name)) {
                    return Err(format!("cannot rename `{name}` to `{new_name}`: that type exists"));
                }
                super::rename_type(api, name, new_name);
            }
        }
        Target::Field(type_name_, field_name) => {
            let new_type = resolve(api, change.ty.as_ref(), &format!("{type_name_}_{field_name}"), field_name)?;
            let def = find_type(api, type_name_)?;
            let TypeKind::Struct { fields, .. } = &mut def.kind else {
                return Err(format!("type `{type_name_}` is not a struct"));
            };
            let field = find_field(fields, type_name_, field_name)?;
            if let Some(required) = change.required {
                field.required = required;
            }
            if let Some(ty) = new_type {
                field.ty = replace_innermost(&field.ty, ty);
            }
            add_doc(&mut field.docs, change.doc.as_deref());
            if let Some(new_name) = &change.rename {
                let others = fields.iter().map(|f| (f.name.as_str(), f.rust_base()));
                check_free(others, "field", field_name, new_name)?;
                find_field(fields, type_name_, field_name)?.rust_name = Some(new_name.clone());
            }
        }
        Target::Operation(name) => {
            let op = find_operation(api, name)?;
            add_doc(&mut op.docs, change.doc.as_deref());
            if let Some(new_name) = &change.rename {
                op.name.clone_from(new_name);
            }
        }
        Target::Param(op_name, param_name) => {
            let hint = format!("{op_name}_{param_name}");
            let new_type = resolve(api, change.ty.as_ref(), &crate::naming::singular(param_name), param_name)?;
            let current = find_param(&mut find_operation(api, op_name)?.params, op_name, param_name)?.ty.clone();
            let mut ty = current.clone();
            if let Some(new_type) = new_type {
                match comma_list_item(&mut api.types, &current) {
                    // Already a comma-separated list (from its description): the items change.
                    Some(item) => *item = new_type,
                    None => ty = replace_innermost(&current, new_type),
                }
            }
            if change.comma_separated && !is_comma_list(&api.types, &ty) {
                // A named list: the client sends it as one comma-joined value, not repeated keys.
                let item = match ty {
                    Type::Array(item) => *item,
                    other => other,
                };
                let list_name = new_type_name(api, &format!("{hint}_list"));
                let docs = Some(format!("Values of `{param_name}`, sent comma-separated."));
                api.types.push(stated_type(list_name.clone(), docs, TypeKind::Alias(Type::Array(Box::new(item)))));
                ty = Type::Named(list_name);
            }
            let param = find_param(&mut find_operation(api, op_name)?.params, op_name, param_name)?;
            param.ty = ty;
            if change.comma_separated {
                param.style = crate::ir::QueryStyle::Comma;
            }
            if let Some(required) = change.required {
                param.required = required;
            }
            add_doc(&mut param.docs, change.doc.as_deref());
            if let Some(new_name) = &change.rename {
                let params = &mut find_operation(api, op_name)?.params;
                check_free(params.iter().map(|p| (p.name.as_str(), p.rust_base())), "parameter", param_name, new_name)?;
                find_param(params, op_name, param_name)?.rust_name = Some(new_name.clone());
            }
        }
        Target::Response(op_name, status) => {
            let new_type = resolve(api, change.ty.as_ref(), "", status)?;
            let response = find_response(find_operation(api, op_name)?, status)?;
            if let Some(new_type) = new_type {
                response.ty = Some(match response.ty.take() {
                    // A JSON value holds `null` itself.
                    Some(Type::Nullable(_)) if new_type == Type::Any => Type::Any,
                    Some(old) => replace_innermost(&old, new_type),
                    None => new_type,
                });
                response.content_type.get_or_insert_with(|| "application/json".to_owned());
            }
            if let Some(nullable) = change.nullable {
                let Some(ty) = response.ty.take() else {
                    return Err(format!("the `{status}` response of `{op_name}` has no body; give its `type` too"));
                };
                let ty = match ty {
                    Type::Nullable(inner) => *inner,
                    other => other,
                };
                response.ty = Some(if nullable && ty != Type::Any { Type::Nullable(Box::new(ty)) } else { ty });
            }
            add_doc(&mut response.docs, change.doc.as_deref());
        }
    }
    Ok(())
}

/// Refuses a rename of member `wire` to `new_name` when another member (given as wire name and
/// Rust name) already has that Rust name.
fn check_free<'a>(
    mut members: impl Iterator<Item = (&'a str, &'a str)>,
    kind: &str,
    wire: &str,
    new_name: &str,
) -> std::result::Result<(), String> {
    let wanted = snake_name(new_name);
    if members.any(|(other, base)| other != wire && snake_name(base) == wanted) {
        return Err(format!("cannot rename {kind} `{wire}` to `{new_name}`: another {kind} has that name"));
    }
    Ok(())
}

/// The type a correction states; an enum becomes a new named type (named after `hint`) for the
/// values of `member`.
fn resolve(
    api: &mut Api,
    new: Option<&NewType>,
    hint: &str,
    member: &str,
) -> std::result::Result<Option<Type>, String> {
    match new {
        None => Ok(None),
        Some(NewType::Type(Type::Named(name))) => {
            if api.type_def(name).is_none() {
                return Err(format!("type `{name}` does not exist in this API"));
            }
            Ok(Some(Type::Named(name.clone())))
        }
        Some(NewType::Type(ty)) => Ok(Some(ty.clone())),
        Some(NewType::Enum(values)) => {
            if values.is_empty() {
                return Err("an enum needs at least one value".to_owned());
            }
            let name = new_type_name(api, hint);
            let docs = Some(format!("Values of `{member}`, as the generation manifest states them."));
            api.types.push(stated_type(name.clone(), docs, TypeKind::Enum { values: values.clone() }));
            Ok(Some(Type::Named(name)))
        }
    }
}

fn stated_type(name: String, docs: Option<String>, kind: TypeKind) -> TypeDef {
    TypeDef { name, origin: Origin(String::new()), provenance: Provenance::Inline, docs, deprecated: false, kind }
}

/// A provisional name, made of `hint`, for the type about to be pushed to `api`: the naming pass
/// decides its identifier.
fn new_type_name(api: &Api, hint: &str) -> String {
    provisional_type_name(hint, api.types.len())
}

/// Whether `ty` names a list type (a parameter sent comma-separated).
fn is_comma_list(types: &[TypeDef], ty: &Type) -> bool {
    matches!(ty, Type::Named(name) if types.iter().any(|t| &t.name == name && matches!(t.kind, TypeKind::Alias(Type::Array(_)))))
}

/// The item type of the list type `ty` names, to change it in place.
fn comma_list_item<'a>(types: &'a mut [TypeDef], ty: &Type) -> Option<&'a mut Type> {
    let Type::Named(name) = ty else { return None };
    match &mut types.iter_mut().find(|t| &t.name == name)?.kind {
        TypeKind::Alias(Type::Array(item)) => Some(item.as_mut()),
        _ => None,
    }
}

/// `new` in place of the innermost type of `old`, keeping its list and null wrappers.
fn replace_innermost(old: &Type, new: Type) -> Type {
    match old {
        Type::Array(inner) if !matches!(new, Type::Array(_)) => Type::Array(Box::new(replace_innermost(inner, new))),
        Type::Nullable(inner) => Type::Nullable(Box::new(replace_innermost(inner, new))),
        _ => new,
    }
}

fn add_doc(docs: &mut Option<String>, line: Option<&str>) {
    if let Some(line) = line {
        *docs = Some(match docs.take() {
            Some(existing) if !existing.trim().is_empty() => format!("{existing}\n\n{line}"),
            _ => line.to_owned(),
        });
    }
}

fn find_type<'a>(api: &'a mut Api, name: &str) -> std::result::Result<&'a mut TypeDef, String> {
    let known = names(api.types.iter().map(|t| t.name.as_str()));
    api.types.iter_mut().find(|t| t.name == name).ok_or_else(|| format!("no type `{name}` in this API ({known})"))
}

fn find_field<'a>(fields: &'a mut [Field], type_name_: &str, name: &str) -> std::result::Result<&'a mut Field, String> {
    let known = names(fields.iter().map(|f| f.name.as_str()));
    fields
        .iter_mut()
        .find(|f| f.name == name)
        .ok_or_else(|| format!("type `{type_name_}` has no field `{name}` ({known})"))
}

fn find_operation<'a>(api: &'a mut Api, name: &str) -> std::result::Result<&'a mut crate::ir::Operation, String> {
    let known = names(api.operations.iter().map(|o| o.name.as_str()));
    api.operations
        .iter_mut()
        .find(|o| o.name == name || snake_name(&o.name) == name)
        .ok_or_else(|| format!("no operation `{name}` in this API ({known})"))
}

/// The response of `op` for a status written as `200`, `2XX` or `default`.
fn find_response<'a>(
    op: &'a mut crate::ir::Operation,
    status: &str,
) -> std::result::Result<&'a mut crate::ir::Response, String> {
    let statuses: Vec<String> = op.responses.iter().map(|r| r.status.to_string()).collect();
    let known = names(statuses.iter().map(String::as_str));
    let name = op.name.clone();
    op.responses
        .iter_mut()
        .find(|r| r.status.to_string().eq_ignore_ascii_case(status))
        .ok_or_else(|| format!("operation `{name}` has no `{status}` response ({known})"))
}

fn find_param<'a>(params: &'a mut [Param], op: &str, name: &str) -> std::result::Result<&'a mut Param, String> {
    let known = names(params.iter().map(|p| p.name.as_str()));
    params
        .iter_mut()
        .find(|p| p.name == name)
        .ok_or_else(|| format!("operation `{op}` has no parameter `{name}` ({known})"))
}

/// A short list of the names there are, for an error message.
fn names<'a>(all: impl Iterator<Item = &'a str>) -> String {
    let all: Vec<&str> = all.collect();
    match all.len() {
        0 => "it has none".to_owned(),
        n if n <= 12 => format!("there are: {}", all.join(", ")),
        n => format!("there are {n}, among them: {}", all.get(..12).unwrap_or_default().join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::ParamLocation;
    use crate::normalise::tests::{api_with, op};

    /// Regression (class: corrections applied inside a reader): schemes the corrections define
    /// are no undefined ones (no warning), the others named by requirements are kept as
    /// unsupported with a warning, and the corrections' requirements replace every operation's.
    #[test]
    fn security_schemes_and_requirements_are_corrected_after_reading() {
        let mut listed = op("list");
        listed.auth = vec![vec!["key".into()], vec!["missing".into()]];
        let mut api = api_with(vec![listed]);
        let key = AuthScheme {
            name: "key".into(),
            kind: AuthKind::ApiKey { location: ParamLocation::Header, name: "X-Key".into() },
            docs: None,
        };
        let corrections = Corrections {
            auth_schemes: vec![key.clone()],
            security: Some(vec![vec!["key".into()]]),
            ..Corrections::default()
        };
        let warnings = corrections.apply(&mut api).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings.iter().all(|w| w.message.contains("`missing`")), "{warnings:?}");
        let schemes: Vec<(&str, &AuthKind)> = api.auth_schemes.iter().map(|s| (s.name.as_str(), &s.kind)).collect();
        assert_eq!(schemes, [("missing", &AuthKind::Unsupported { kind: "undefined".into() }), ("key", &key.kind)]);
        assert_eq!(api.operations.first().map(|op| op.auth.clone()), Some(vec![vec!["key".to_owned()]]));
    }
}
