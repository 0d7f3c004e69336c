//! The TOML form of corrections: a manifest entry's `types` and `operations` tables (and an
//! `--overrides` file's), read into the [`Corrections`] the normalise stage applies. Malformed
//! corrections are errors located in the TOML text.

use indexmap::IndexMap;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::pointer_token;
use crate::error::Result;
use crate::ir::Type;
use crate::normalise::corrections::{Change, Correction, Corrections, NewType, Target, TomlSource};

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
            list.push(Correction { target: Target::Type(name.get_ref().clone()), change, span: name.span(), pointer });
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
    Ok(Corrections { source: Some(source), list, ..Corrections::default() })
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

#[cfg(test)]
mod tests;
