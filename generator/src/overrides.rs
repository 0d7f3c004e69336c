//! Corrections a user states about a spec, as data: in a manifest's `[api.types]` and
//! `[api.operations]` tables or in an `--overrides` file. Per type: a rename and a doc line; per
//! field: required or optional, the type, a Rust name, a doc line; per operation: a rename and a
//! doc line; per parameter: required or optional, the type (also a comma-separated list), a Rust
//! name, a doc line; per response: the body's type, whether it may be `null`, a doc line; per API:
//! whether response bodies known only from examples may be `null`.
//!
//! Targets are checked against the API after inference and merging, so they name the types the
//! generated crate has; a target that does not exist is an error located in the TOML file.

use std::sync::Arc;

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Code, Diagnostic, pointer_token};
use crate::error::Result;
use crate::ir::{Api, Field, Origin, Param, Provenance, Type, TypeDef, TypeKind};
use crate::naming::{snake_name, type_name};

/// The `types` table of a manifest entry: type name → correction.
pub type RawTypes = IndexMap<Spanned<String>, RawType>;
/// The `operations` table of a manifest entry: operation name → correction.
pub type RawOperations = IndexMap<Spanned<String>, RawOperation>;

/// What a manifest says about one type.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawType {
    rename: Option<String>,
    doc: Option<String>,
    #[serde(default)]
    fields: IndexMap<Spanned<String>, RawMember>,
}

/// What a manifest says about one operation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOperation {
    rename: Option<String>,
    doc: Option<String>,
    #[serde(default)]
    params: IndexMap<Spanned<String>, RawMember>,
    /// By status: `"200"`, `"2XX"` or `"default"`.
    #[serde(default)]
    responses: IndexMap<Spanned<String>, RawResponse>,
}

/// What a manifest says about one response of an operation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResponse {
    #[serde(rename = "type")]
    ty: Option<Spanned<String>>,
    /// Whether the body may be `null` (`true`) or never is (`false`).
    nullable: Option<bool>,
    doc: Option<String>,
}

/// What a manifest says about one field or parameter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMember {
    required: Option<bool>,
    #[serde(rename = "type")]
    ty: Option<Spanned<String>>,
    #[serde(rename = "enum")]
    values: Option<Vec<String>>,
    #[serde(default)]
    comma_separated: bool,
    /// The name the Rust code uses; the wire name stays.
    rename: Option<String>,
    doc: Option<String>,
}

/// The TOML file corrections come from, to locate errors in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TomlSource {
    /// How diagnostics name the file.
    pub file: String,
    /// Its text.
    pub text: Arc<str>,
}

impl TomlSource {
    fn error(&self, span: std::ops::Range<usize>, pointer: String, message: String) -> Diagnostic {
        let at = crate::read::location_of_offset(&self.text, span.start);
        let mut diagnostic = Diagnostic::error(Code::InvalidOverride, &self.file, pointer, message).at(at);
        diagnostic.source = Some(self.text.clone());
        diagnostic
    }
}

/// One correction, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Correction {
    target: Target,
    change: Change,
    /// The key naming the target, in the TOML text.
    span: std::ops::Range<usize>,
    /// JSON pointer of the key in the TOML document.
    pointer: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Type(String),
    Field(String, String),
    Operation(String),
    Param(String, String),
    Response(String, String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Change {
    required: Option<bool>,
    ty: Option<NewType>,
    comma_separated: bool,
    rename: Option<String>,
    doc: Option<String>,
    nullable: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum NewType {
    /// A built-in type, or a named type of the API.
    Type(Type),
    /// A string enum with these values, named after where it is used.
    Enum(Vec<String>),
}

/// Every correction stated for one spec.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corrections {
    source: Option<TomlSource>,
    list: Vec<Correction>,
    /// Whether response bodies known only from examples may be `null` or empty (`None`: the
    /// default, yes); stated per API, before the per-response `nullable` keys.
    pub example_responses_nullable: Option<bool>,
}

impl Corrections {
    /// Reads the `types` and `operations` tables of one manifest entry at `base` (a JSON pointer).
    pub fn parse(source: TomlSource, base: &str, types: RawTypes, operations: RawOperations) -> Result<Corrections> {
        let mut list = Vec::new();
        // The type or operation itself first (so that an unknown one is reported at its own key),
        // then its members, then a rename (members are found under the old name).
        for (name, raw) in types {
            let pointer = format!("{base}/types/{}", pointer_token(name.get_ref()));
            let target = Target::Type(name.get_ref().clone());
            let change = Change { doc: raw.doc, ..Change::default() };
            list.push(Correction { target, change, span: name.span(), pointer: pointer.clone() });
            for (field, member) in raw.fields {
                let pointer = format!("{pointer}/fields/{}", pointer_token(field.get_ref()));
                let change = member.into_change(&source, &pointer, field.span(), false)?;
                let target = Target::Field(name.get_ref().clone(), field.get_ref().clone());
                list.push(Correction { target, change, span: field.span(), pointer });
            }
            if let Some(rename) = raw.rename {
                let change = Change { rename: Some(rename), ..Change::default() };
                list.push(Correction {
                    target: Target::Type(name.get_ref().clone()),
                    change,
                    span: name.span(),
                    pointer,
                });
            }
        }
        for (name, raw) in operations {
            let pointer = format!("{base}/operations/{}", pointer_token(name.get_ref()));
            let target = Target::Operation(name.get_ref().clone());
            let change = Change { doc: raw.doc, ..Change::default() };
            list.push(Correction { target, change, span: name.span(), pointer: pointer.clone() });
            for (param, member) in raw.params {
                let pointer = format!("{pointer}/params/{}", pointer_token(param.get_ref()));
                let change = member.into_change(&source, &pointer, param.span(), true)?;
                let target = Target::Param(name.get_ref().clone(), param.get_ref().clone());
                list.push(Correction { target, change, span: param.span(), pointer });
            }
            for (status, response) in raw.responses {
                let pointer = format!("{pointer}/responses/{}", pointer_token(status.get_ref()));
                let ty = match &response.ty {
                    Some(ty) => Some(NewType::Type(parse_type_at(&source, ty, &pointer)?)),
                    None => None,
                };
                let change = Change { ty, nullable: response.nullable, doc: response.doc, ..Change::default() };
                let target = Target::Response(name.get_ref().clone(), status.get_ref().clone());
                list.push(Correction { target, change, span: status.span(), pointer });
            }
            if let Some(rename) = raw.rename {
                let change = Change { rename: Some(rename), ..Change::default() };
                let target = Target::Operation(name.get_ref().clone());
                list.push(Correction { target, change, span: name.span(), pointer });
            }
        }
        Ok(Corrections { source: Some(source), list, example_responses_nullable: None })
    }

    /// Adds `other`'s corrections after these (an `--overrides` file after the manifest's own).
    pub fn extend(&mut self, other: Corrections) {
        if self.source.is_none() {
            self.source = other.source;
        }
        self.list.extend(other.list);
        if other.example_responses_nullable.is_some() {
            self.example_responses_nullable = other.example_responses_nullable;
        }
    }

    /// Applies every correction to the API; the first one whose target does not exist is an error.
    pub fn apply(&self, api: &mut Api) -> Result<()> {
        let Some(source) = &self.source else { return Ok(()) };
        for correction in &self.list {
            apply_one(api, correction)
                .map_err(|message| source.error(correction.span.clone(), correction.pointer.clone(), message))?;
        }
        Ok(())
    }
}

impl RawMember {
    fn into_change(
        self,
        source: &TomlSource,
        pointer: &str,
        key: std::ops::Range<usize>,
        is_param: bool,
    ) -> Result<Change> {
        let ty = match (self.ty, self.values) {
            (Some(ty), None) => Some(NewType::Type(parse_type_at(source, &ty, pointer)?)),
            (None, Some(values)) => {
                // Two variants for one value would be an unreachable match arm in the crate.
                let mut seen = std::collections::HashSet::new();
                if let Some(repeated) = values.iter().find(|value| !seen.insert(*value)) {
                    let message = format!("`enum` lists the value {repeated:?} twice; list each value once");
                    return Err(source.error(key, format!("{pointer}/enum"), message).into());
                }
                Some(NewType::Enum(values))
            }
            (None, None) => None,
            (Some(ty), Some(_)) => {
                let message = "give either `type` or `enum`, not both".to_owned();
                return Err(source.error(ty.span(), pointer.to_owned(), message).into());
            }
        };
        if self.comma_separated && !is_param {
            let message = "`comma_separated` applies to parameters only".to_owned();
            return Err(source.error(key, pointer.to_owned(), message).into());
        }
        if let Some(rename) = &self.rename
            && !rename.chars().any(char::is_alphanumeric)
        {
            let message = format!("`rename = {rename:?}` has no letters or digits to make a Rust name of");
            return Err(source.error(key, format!("{pointer}/rename"), message).into());
        }
        Ok(Change {
            required: self.required,
            ty,
            comma_separated: self.comma_separated,
            rename: self.rename,
            doc: self.doc,
            nullable: None,
        })
    }
}

/// The type a `type = "…"` key names, or an error located at its value.
fn parse_type_at(source: &TomlSource, ty: &Spanned<String>, pointer: &str) -> Result<Type> {
    parse_type(ty.get_ref()).ok_or_else(|| {
        let message = format!(
            "unknown type `{}`: use bool, string, i32, i64, u32, u64, f64, json-number, date, date-time, any or a type's name",
            ty.get_ref()
        );
        source.error(ty.span(), format!("{pointer}/type"), message).into()
    })
}

/// A type as the manifest writes it; names starting with an upper-case letter are the API's types.
fn parse_type(text: &str) -> Option<Type> {
    Some(match text {
        "bool" | "boolean" => Type::Bool,
        "string" => Type::String,
        "i32" | "int32" => Type::I32,
        "i64" | "int64" => Type::I64,
        "u32" | "uint32" => Type::Integer { width: crate::ir::IntWidth::U32, lenient: false },
        "u64" | "uint64" => Type::Integer { width: crate::ir::IntWidth::U64, lenient: false },
        "f64" | "number" => Type::Number,
        "json-number" => Type::Numeric,
        "date" => Type::Date,
        "date-time" => Type::DateTime,
        "any" => Type::Any,
        name if name.starts_with(|c: char| c.is_ascii_uppercase()) => Type::Named(name.to_owned()),
        _ => return None,
    })
}

fn apply_one(api: &mut Api, correction: &Correction) -> std::result::Result<(), String> {
    let change = &correction.change;
    match &correction.target {
        Target::Type(name) => {
            let def = find_type(api, name)?;
            add_doc(&mut def.docs, change.doc.as_deref());
            if let Some(new_name) = &change.rename {
                if api.types.iter().any(|t| &t.name == new_name) {
                    return Err(format!("cannot rename `{name}` to `{new_name}`: that type exists"));
                }
                crate::normalise::rename_type(api, name, new_name);
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
                let list_name = unique_type_name(api, &format!("{hint}_list"));
                let docs = Some(format!("Values of `{param_name}`, sent comma-separated."));
                api.types.push(stated_type(list_name.clone(), docs, TypeKind::Alias(Type::Array(Box::new(item)))));
                ty = Type::Named(list_name);
            }
            let param = find_param(&mut find_operation(api, op_name)?.params, op_name, param_name)?;
            param.ty = ty;
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
            let name = unique_type_name(api, hint);
            let docs = Some(format!("Values of `{member}`, as the generation manifest states them."));
            api.types.push(stated_type(name.clone(), docs, TypeKind::Enum { values: values.clone() }));
            Ok(Some(Type::Named(name)))
        }
    }
}

fn stated_type(name: String, docs: Option<String>, kind: TypeKind) -> TypeDef {
    TypeDef { name, origin: Origin(String::new()), provenance: Provenance::Inline, docs, deprecated: false, kind }
}

fn unique_type_name(api: &Api, hint: &str) -> String {
    let base = type_name(hint);
    let mut name = base.clone();
    let mut n = 2;
    while api.type_def(&name).is_some() {
        name = format!("{base}{n}");
        n += 1;
    }
    name
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
mod tests;
