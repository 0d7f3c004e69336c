//! The naming pass, the last of normalisation: every Rust identifier of an API module (client
//! methods, credential setters, builders and their setters, body and success enums and their
//! variants, struct fields, enum and union variants) decided with one [`Namer`] per scope and
//! written into [`Api::names`]. The emitter only reads them; so does the crate's surface.

use crate::ir::{
    Api, AuthKind, AuthScheme, BodyEncoding, Names, Operation, OperationNames, ParamLocation, Type, TypeDef, TypeKind,
    TypeNames, path_placeholders,
};
use crate::naming::Namer;
use crate::naming::reserved::{BUILDER_METHODS, CLIENT_METHODS, REQUESTS_NAMES};

/// Names every item of `api` (see the module docs).
pub fn name_items(api: &mut Api) {
    // Client methods: the fixed ones, then credential setters, then one per operation, all
    // unique on the final identifier; builders and body enums unique among each other and the
    // names `requests.rs` uses unqualified.
    let mut methods = Namer::with_reserved(CLIENT_METHODS);
    let setters = api
        .auth_schemes
        .iter()
        .map(|scheme| credential_setter_names(scheme).iter().map(|name| methods.snake(name)).collect())
        .collect();
    let mut types = Namer::with_reserved(REQUESTS_NAMES);
    let operations = api.operations.iter().map(|op| operation_names(op, &mut methods, &mut types)).collect();
    let types = api.types.iter().map(|def| (def.name.clone(), type_names(def))).collect();
    api.names = Names { operations, setters, types };
}

fn operation_names(op: &Operation, methods: &mut Namer, types: &mut Namer) -> OperationNames {
    let method = methods.snake(&op.name);
    let builder = types.camel(&op.name);
    let contents = op.body.as_ref().map_or(&[][..], |body| body.contents.as_slice());
    let body_enum = (contents.len() > 1).then(|| types.camel(&format!("{builder}Body")));
    let success_enum = op.successes_differ().then(|| types.camel(&format!("{builder}Success")));
    // Builder setters and method arguments: path parameters in path order first, as the client
    // method takes them, then the others in spec order, then the body.
    let mut inputs = Namer::with_reserved(BUILDER_METHODS);
    let path_order: Vec<&str> = path_placeholders(&op.path).collect();
    let mut order: Vec<usize> = (0..op.params.len()).collect();
    order.sort_by_key(|&i| {
        let param = op.params.get(i);
        (
            param.is_none_or(|p| p.location != ParamLocation::Path),
            param.and_then(|p| path_order.iter().position(|n| *n == p.name)),
        )
    });
    let mut params = vec![String::new(); op.params.len()];
    for i in order {
        if let (Some(param), Some(name)) = (op.params.get(i), params.get_mut(i)) {
            *name = inputs.snake(param.rust_base());
        }
    }
    let body = (!contents.is_empty()).then(|| inputs.snake("body"));
    // Body variants: the encoding (`Json`, `Form`…), or the media type where two contents share an encoding.
    let mut variants = Namer::default();
    let body_variants = contents
        .iter()
        .map(|content| {
            let shared = contents.iter().filter(|c| c.encoding == content.encoding).count() > 1;
            if shared { variants.camel(&content.content_type) } else { variants.camel(encoding_name(content.encoding)) }
        })
        .collect();
    OperationNames { method, builder, body_enum, success_enum, params, body, body_variants }
}

fn encoding_name(encoding: BodyEncoding) -> &'static str {
    match encoding {
        BodyEncoding::Json => "Json",
        BodyEncoding::Form => "Form",
        BodyEncoding::Multipart => "Multipart",
        BodyEncoding::Text => "Text",
        BodyEncoding::Binary => "Binary",
    }
}

/// A struct's fields and its field of additional properties; an enum's variants and its variant
/// for unknown values; a union's variants, named after what each holds, and its variant for
/// other values.
fn type_names(def: &TypeDef) -> TypeNames {
    let mut namer = Namer::default();
    match &def.kind {
        TypeKind::Struct { fields, .. } => TypeNames {
            members: fields.iter().map(|field| namer.snake(field.rust_base())).collect(),
            rest: namer.snake("additional_properties"),
        },
        TypeKind::Enum { values } => {
            TypeNames { members: values.iter().map(|value| namer.camel(value)).collect(), rest: namer.camel("Unknown") }
        }
        TypeKind::Union { variants, .. } => TypeNames {
            members: variants.iter().map(|ty| namer.camel(&variant_name(ty))).collect(),
            rest: namer.camel("Other"),
        },
        TypeKind::Alias(_) => TypeNames::default(),
    }
}

/// A variant name that says what the alternative holds.
fn variant_name(ty: &Type) -> String {
    match ty {
        Type::Any => "Value".into(),
        Type::Bool => "Boolean".into(),
        Type::Integer { .. } => "Integer".into(),
        Type::Number | Type::Numeric => "Number".into(),
        Type::String => "Text".into(),
        Type::Date => "Date".into(),
        Type::DateTime => "DateTime".into(),
        Type::Binary => "Bytes".into(),
        Type::Array(item) => format!("{}List", variant_name(item)),
        Type::Map(value) => format!("{}Map", variant_name(value)),
        Type::Nullable(inner) | Type::Tolerant(inner) | Type::Quoted(inner) => variant_name(inner),
        Type::Named(name) => name.clone(),
    }
}

/// The names the `with_…` methods of `scheme` are made from, in the order the emitter's
/// credential setter takes them.
fn credential_setter_names(scheme: &AuthScheme) -> Vec<String> {
    let name = &scheme.name;
    match scheme.kind {
        AuthKind::Bearer => vec![format!("with {name} token"), format!("with {name} token provider")],
        AuthKind::Basic => vec![format!("with {name} credentials")],
        AuthKind::ApiKey { .. } | AuthKind::FormField { .. } => vec![format!("with {name}")],
        AuthKind::Unsupported { .. } => vec![],
    }
}

#[cfg(test)]
mod tests;
