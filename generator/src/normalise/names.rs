//! The naming pass: every Rust identifier of an API module (type names, operation names, client
//! methods, credential setters,
//! builders and their setters, body, success and error enums and their variants, struct fields,
//! enum and union variants) decided with one [`Namer`] per scope and written into [`Api::names`].
//! The emitter only reads them; so does the crate's surface.
//!
//! It runs in steps: [`name_read_types`], first, names the types a reader made from what it
//! proposed for each (they refer to each other by keys until then); [`name_types`] names the
//! types later passes make; [`name_operations`] makes the operations' names unique once the
//! corrections have renamed them (later passes name types after them), and [`name_items`], the
//! last pass of normalisation, decides every identifier from those names. [`module_names`] names
//! the crate's modules, one per API, for the manifest.

mod operations;
mod read_types;

use std::collections::HashMap;

use rayon::iter::{IntoParallelRefIterator, ParallelIterator};

use crate::diagnostic::Diagnostic;
use crate::ir::{
    Api, AuthKind, AuthScheme, BodyEncoding, Names, Operation, OperationNames, ParamLocation, Response, Status, Type,
    TypeDef, TypeKind, TypeNames, path_placeholders,
};
use crate::naming::reserved::{BUILDER_METHODS, CLIENT_METHODS, REQUESTS_NAMES, ROOT_NAMES};
use crate::naming::{Namer, is_type_name, provisional_serial, type_name, wanted_type_name};

/// The crate's module names, one per API in order: each wanted name as a module name (no
/// keyword), unique, and apart from the names the crate root uses itself, numbered where taken.
pub fn module_names<'a>(wanted: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut modules = Namer::with_reserved(ROOT_NAMES);
    wanted.into_iter().map(|name| modules.module(name)).collect()
}

/// Gives every operation its base name ([`crate::ir::OperationNames::base`]), unique among the
/// operations; warns of each operation whose spec name another one already has.
pub fn name_operations(api: &mut Api) -> Vec<Diagnostic> {
    let (bases, warnings) = operations::operation_bases(api);
    api.names.operations = bases.into_iter().map(|base| OperationNames { base, ..OperationNames::default() }).collect();
    warnings
}

/// Names every item of `api` (see the module docs), after [`name_operations`] (which it runs
/// itself if it has not run).
pub fn name_items(api: &mut Api) {
    if api.names.operations.len() != api.operations.len() {
        name_operations(api);
    }
    if name_types(api) {
        api.types.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let bases: Vec<String> = std::mem::take(&mut api.names.operations).into_iter().map(|names| names.base).collect();
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
    let mut error_enums = ErrorEnums::new(&api.operations);
    let operations = api
        .operations
        .iter()
        .zip(bases)
        .enumerate()
        .map(|(index, (op, base))| operation_names(op, index, base, &mut methods, &mut types, &mut error_enums))
        .collect();
    // Each type's members are named apart from the others': on all cores.
    let members: Vec<TypeNames> = api.types.par_iter().map(type_names).collect();
    let types = api.types.iter().map(|def| def.name.clone()).zip(members).collect();
    api.names = Names { operations, setters, types };
}

/// Gives every named type its final Rust identifier, and returns whether any changed: a type keeps
/// its name where that is a type name as [`crate::naming::type_name`] makes them (the readers' and
/// the operation type names' all are), which no other type has; any other (a provisional name
/// [`crate::naming::provisional_type_name`] of a type the corrections or the nesting pass made, a
/// manifest's rename such as `chat message`) becomes the type name made of its wanted text,
/// numbered where taken, in the order the types were made (a provisional name's number; a
/// rename's place). References follow, in one walk over
/// the API. Runs once the last type is made, before the types are sorted; [`name_items`] runs it
/// again (where it changes nothing) for an API that did not go through [`crate::normalise`].
pub fn name_types(api: &mut Api) -> bool {
    name_read_types(api);
    let mut namer = Namer::default();
    let mut renames = HashMap::new();
    for def in api.types.iter().filter(|def| is_type_name(&def.name)) {
        let name = namer.claim(def.name.clone());
        if name != def.name {
            renames.insert(def.name.clone(), name);
        }
    }
    let mut others: Vec<(usize, &TypeDef)> = api
        .types
        .iter()
        .enumerate()
        .filter(|(_, def)| !is_type_name(&def.name))
        .map(|(index, def)| (provisional_serial(&def.name).unwrap_or(index), def))
        .collect();
    others.sort_by_key(|(order, _)| *order);
    for (_, def) in others {
        renames.insert(def.name.clone(), namer.camel(wanted_type_name(&def.name)));
    }
    if renames.is_empty() {
        return false;
    }
    for def in &mut api.types {
        if let Some(name) = renames.get(&def.name) {
            name.clone_into(&mut def.name);
        }
    }
    super::types::rename_all_references(api, &renames);
    true
}

/// Gives the types a reader made the names it proposed for them ([`Api::type_hints`]), in place of
/// their keys, and references follow: the first step of naming types, before any pass reads a
/// type's name. Returns each key's name, for the reader's warnings that name types by key
/// ([`crate::diagnostic::Diagnostic::name_types`]); nothing once done.
pub fn name_read_types(api: &mut Api) -> HashMap<String, String> {
    if api.type_hints.is_empty() {
        return HashMap::new();
    }
    let names = read_types::read_type_names(&std::mem::take(&mut api.type_hints));
    for def in &mut api.types {
        if let Some(name) = names.get(&def.name) {
            name.clone_into(&mut def.name);
        }
    }
    super::types::rename_all_references(api, &names);
    names
}

fn operation_names(
    op: &Operation,
    index: usize,
    base: String,
    methods: &mut Namer,
    types: &mut Namer,
    error_enums: &mut ErrorEnums,
) -> OperationNames {
    let method = methods.snake(&base);
    let builder = types.camel(&base);
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
    let typed_errors: Vec<&Response> = op.typed_errors().collect();
    let error_enum = error_enums.name(op, index, &builder, types);
    let mut errors = Namer::default();
    let error_variants =
        typed_errors.iter().map(|response| errors.camel(&error_variant_name(response.status))).collect();
    let error_other = errors.camel("Other");
    OperationNames {
        base,
        method,
        builder,
        body_enum,
        success_enum,
        params,
        body,
        body_variants,
        error_enum,
        error_variants,
        error_other,
    }
}

/// The error enums of one API's operations: operations whose error answers have the same shape
/// (statuses, meanings, media and body types) share one enum. An enum of one operation is named
/// after it (`GetPetError`); a shared one after the body types it holds (`ErrorAnswers`), and where
/// two shared shapes hold the same types, after their variants too (`NotFoundErrorAnswers`).
struct ErrorEnums {
    /// Per operation, the shape of its error answers, when some has a body type.
    shapes: Vec<Option<String>>,
    /// How many operations have each shape.
    counts: HashMap<String, usize>,
    /// The name of each shared shape named so far.
    shared: HashMap<String, String>,
    /// The names shared shapes were given from their body types alone.
    by_types: std::collections::HashSet<String>,
}

impl ErrorEnums {
    fn new(operations: &[Operation]) -> ErrorEnums {
        let shapes: Vec<Option<String>> = operations.iter().map(error_shape).collect();
        let mut counts = HashMap::new();
        for shape in shapes.iter().flatten() {
            *counts.entry(shape.clone()).or_insert(0) += 1;
        }
        ErrorEnums { shapes, counts, shared: HashMap::new(), by_types: std::collections::HashSet::new() }
    }

    /// The error enum of operation `index`, `op`, whose builder is `builder`: none when no error
    /// answer has a body type.
    fn name(&mut self, op: &Operation, index: usize, builder: &str, types: &mut Namer) -> Option<String> {
        let shape = self.shapes.get(index)?.as_ref()?;
        if self.counts.get(shape).is_none_or(|&count| count < 2) {
            return Some(types.camel(&format!("{builder}Error")));
        }
        if let Some(name) = self.shared.get(shape) {
            return Some(name.clone());
        }
        let mut held: Vec<String> = Vec::new();
        for response in op.typed_errors() {
            let name = response.ty.as_ref().map_or_else(|| "Value".to_owned(), variant_name);
            if !held.contains(&name) {
                held.push(name);
            }
        }
        let by_types = format!("{} answers", held.join(" "));
        let wanted = if self.by_types.insert(type_name(&by_types)) {
            by_types
        } else {
            let variants: Vec<String> = op.typed_errors().map(|r| error_variant_name(r.status)).collect();
            format!("{} {by_types}", variants.join(" "))
        };
        let name = types.camel(&wanted);
        self.shared.insert(shape.clone(), name.clone());
        Some(name)
    }
}

/// What an operation's error enum and the meanings of its error statuses are made of, as text to
/// compare: each error response's status, meaning, media type and body type; none when no error
/// answer has a body type (the operation has no error enum).
fn error_shape(op: &Operation) -> Option<String> {
    op.typed_errors().next()?;
    let responses: Vec<_> = op
        .responses
        .iter()
        .filter(|r| !r.status.is_success())
        .map(|r| (r.status, &r.docs, &r.content_type, &r.ty))
        .collect();
    Some(format!("{responses:?}"))
}

/// An error variant's name: the status's reason phrase (RFC 9110 and its registry), else its
/// number; a class by its name (`4XX`: client error), `default` as such.
fn error_variant_name(status: Status) -> String {
    let phrase = match status {
        Status::Code(400) => "Bad Request",
        Status::Code(401) => "Unauthorized",
        Status::Code(402) => "Payment Required",
        Status::Code(403) => "Forbidden",
        Status::Code(404) => "Not Found",
        Status::Code(405) => "Method Not Allowed",
        Status::Code(406) => "Not Acceptable",
        Status::Code(408) => "Request Timeout",
        Status::Code(409) => "Conflict",
        Status::Code(410) => "Gone",
        Status::Code(412) => "Precondition Failed",
        Status::Code(413) => "Content Too Large",
        Status::Code(415) => "Unsupported Media Type",
        Status::Code(422) => "Unprocessable Entity",
        Status::Code(423) => "Locked",
        Status::Code(428) => "Precondition Required",
        Status::Code(429) => "Too Many Requests",
        Status::Code(500) => "Internal Server Error",
        Status::Code(501) => "Not Implemented",
        Status::Code(502) => "Bad Gateway",
        Status::Code(503) => "Service Unavailable",
        Status::Code(504) => "Gateway Timeout",
        Status::Range(4) => "Client Error",
        Status::Range(5) => "Server Error",
        Status::Default => "Default",
        Status::Code(code) => return format!("Status {code}"),
        Status::Range(class) => return format!("Status {class}XX"),
    };
    phrase.to_owned()
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
