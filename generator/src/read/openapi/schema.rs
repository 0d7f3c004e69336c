//! OpenAPI schemas to IR types.

use openapiv3::{
    AdditionalProperties, AnySchema, IntegerFormat, ReferenceOr, Schema, SchemaKind, StringFormat,
    VariantOrUnknownOrEmpty,
};

use super::Reader;
use crate::diagnostic::{Code, Diagnostic, pointer};
use crate::error::Result;
use crate::ir::{Field, Hint, IntWidth, Origin, Provenance, Type, TypeKind};

/// A schema either needs a named type of its own or is expressed by a plain type.
enum Converted {
    Plain(Type),
    Named(TypeKind),
}

/// Deepest nesting of inline schemas followed before giving up with an error.
pub(super) const MAX_DEPTH: usize = 64;

impl Reader<'_> {
    /// The type of a schema or reference; inline objects, enums and unions become named types
    /// called after `hint` (or `parent` + `hint` when that is taken).
    pub(super) fn schema_type(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: impl Into<Hint>,
        parent: Option<&str>,
        at: &str,
    ) -> Result<Type> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference_type(reference, at),
            ReferenceOr::Item(schema) => self.inline_type(schema, hint.into(), parent, at),
        }
    }

    pub(super) fn boxed_schema_type(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        hint: impl Into<Hint>,
        parent: Option<&str>,
        at: &str,
    ) -> Result<Type> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference_type(reference, at),
            ReferenceOr::Item(schema) => self.inline_type(schema, hint.into(), parent, at),
        }
    }

    fn reference_type(&mut self, reference: &str, at: &str) -> Result<Type> {
        let schema = super::component_name(reference, "schemas");
        match schema.as_deref().and_then(|schema| self.schema_names.get(schema).map(|name| (schema, name))) {
            // A nullable component is a nullable value wherever it is referenced.
            Some((schema, name)) if self.nullable_schemas.contains(schema) => {
                Ok(Type::Nullable(Box::new(Type::Named(name.clone()))))
            }
            Some((_, name)) => Ok(Type::Named(name.clone())),
            None => Err(super::reference_error(self.file, reference, "a schema", "#/components/schemas", at).into()),
        }
    }

    fn inline_type(&mut self, schema: &Schema, hint: Hint, parent: Option<&str>, at: &str) -> Result<Type> {
        let name = self.registry.propose(hint, parent);
        let converted = self.convert(schema, &name, at)?;
        let ty = match converted {
            Converted::Plain(ty) => {
                self.registry.release(&name);
                ty
            }
            Converted::Named(kind) => {
                let docs = schema.schema_data.description.clone();
                Type::Named(self.registry.add(&name, Provenance::Inline, Origin(at.to_owned()), docs, kind))
            }
        };
        Ok(nullable(ty, admits_null(schema)))
    }

    /// Defines a `#/components/schemas` entry under its reserved name.
    pub(super) fn declare_schema(&mut self, name: &str, schema: &ReferenceOr<Schema>, at: &str) -> Result<()> {
        let (kind, docs, deprecated) = match schema {
            ReferenceOr::Reference { reference } => (TypeKind::Alias(self.reference_type(reference, at)?), None, false),
            ReferenceOr::Item(schema) => {
                let kind = match self.convert(schema, name, at)? {
                    // Nullability is carried by every reference to the component (see `reference_type`).
                    Converted::Plain(ty) => TypeKind::Alias(ty),
                    Converted::Named(kind) => kind,
                };
                (kind, schema.schema_data.description.clone(), schema.schema_data.deprecated)
            }
        };
        self.registry.add(name, Provenance::Declared, Origin(at.to_owned()), docs, kind);
        if deprecated {
            self.registry.set_deprecated(name);
        }
        Ok(())
    }

    fn convert(&mut self, schema: &Schema, name: &str, at: &str) -> Result<Converted> {
        if at.matches('/').count() > MAX_DEPTH * 2 {
            return Err(Diagnostic::error(
                Code::InputOverBudget,
                self.file,
                at,
                "schemas are nested too deeply to generate code for",
            )
            .into());
        }
        let plain = |ty| Ok(Converted::Plain(ty));
        match &schema.schema_kind {
            SchemaKind::Type(openapiv3::Type::String(string)) => {
                let values: Vec<String> = string.enumeration.iter().flatten().cloned().collect();
                if values.is_empty() {
                    plain(string_type(&string.format))
                } else {
                    Ok(Converted::Named(TypeKind::Enum { values }))
                }
            }
            SchemaKind::Type(openapiv3::Type::Integer(integer)) => plain(integer_type(&integer.format)),
            SchemaKind::Type(openapiv3::Type::Number(_)) => plain(Type::Number),
            SchemaKind::Type(openapiv3::Type::Boolean(_)) => plain(Type::Bool),
            SchemaKind::Type(openapiv3::Type::Array(array)) => {
                plain(self.items_type(array.items.as_ref(), name, at)?)
            }
            SchemaKind::Type(openapiv3::Type::Object(object)) => {
                self.object(&object.properties, &object.required, object.additional_properties.as_ref(), name, at)
            }
            SchemaKind::OneOf { one_of: variants } | SchemaKind::AnyOf { any_of: variants } => {
                let key = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) { "oneOf" } else { "anyOf" };
                self.union(variants, schema.schema_data.discriminator.as_ref(), name, &pointer(at, &[key]))
            }
            SchemaKind::AllOf { all_of } => self.all_of(all_of, name, at),
            SchemaKind::Not { .. } => plain(Type::Any),
            SchemaKind::Any(any) => self.any_schema(any, schema, name, at),
        }
    }

    fn items_type(&mut self, items: Option<&ReferenceOr<Box<Schema>>>, name: &str, at: &str) -> Result<Type> {
        let item = match items {
            Some(items) => self.boxed_schema_type(items, Hint::singular_of(name), None, &pointer(at, &["items"]))?,
            None => Type::Any,
        };
        Ok(Type::Array(Box::new(item)))
    }

    fn object(
        &mut self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        name: &str,
        at: &str,
    ) -> Result<Converted> {
        let additional = match additional {
            Some(AdditionalProperties::Schema(schema)) => Some(self.schema_type(
                schema,
                Hint::after(name, "_value"),
                None,
                &pointer(at, &["additionalProperties"]),
            )?),
            Some(AdditionalProperties::Any(true)) => Some(Type::Any),
            Some(AdditionalProperties::Any(false)) | None => None,
        };
        if properties.is_empty() {
            return Ok(Converted::Plain(Type::Map(Box::new(additional.unwrap_or(Type::Any)))));
        }
        let mut fields = Vec::with_capacity(properties.len());
        for (field_name, property) in properties {
            let field_at = pointer(at, &["properties", field_name]);
            let ty = self.boxed_schema_type(property, field_name, Some(name), &field_at)?;
            let (docs, deprecated) = match property {
                ReferenceOr::Item(schema) => (description(schema), schema.schema_data.deprecated),
                ReferenceOr::Reference { .. } => (None, false),
            };
            fields.push(Field {
                name: field_name.clone(),
                ty,
                required: required.contains(field_name),
                docs,
                deprecated,
                secret: is_password(property),
                rust_name: None,
            });
        }
        Ok(Converted::Named(TypeKind::Struct { fields, additional }))
    }

    fn union(
        &mut self,
        variants: &[ReferenceOr<Schema>],
        discriminator: Option<&openapiv3::Discriminator>,
        name: &str,
        at: &str,
    ) -> Result<Converted> {
        let mut types = Vec::with_capacity(variants.len());
        // Tag value → type name: the spec's mapping first, then each referenced schema's own name.
        let mut tags: Vec<(String, String)> = Vec::new();
        for (index, variant) in variants.iter().enumerate() {
            let hint = match variant {
                ReferenceOr::Item(schema) => match &schema.schema_data.title {
                    Some(title) => Hint::from(title),
                    None => Hint::after(name, &format!("_variant{}", index + 1)),
                },
                ReferenceOr::Reference { .. } => Hint::from(""),
            };
            let ty = self.schema_type(variant, hint, Some(name), &pointer(at, &[&index.to_string()]))?;
            if let (Some(discriminator), Type::Named(type_name)) = (discriminator, &ty) {
                let explicit: Vec<&String> = discriminator
                    .mapping
                    .iter()
                    .filter(|(_, target)| self.mapping_target(target).as_ref() == Some(type_name))
                    .map(|(value, _)| value)
                    .collect();
                if explicit.is_empty() {
                    if let ReferenceOr::Reference { reference } = variant {
                        let schema = reference.rsplit('/').next().unwrap_or(reference);
                        // A copy's tag is the name it is known by, not its key.
                        let schema = self.additions.copies.get(schema).map_or(schema, String::as_str);
                        tags.push((schema.to_owned(), type_name.clone()));
                    }
                } else {
                    tags.extend(explicit.into_iter().map(|value| (value.clone(), type_name.clone())));
                }
            }
            if !types.contains(&ty) {
                types.push(ty);
            }
        }
        // A discriminator applies only when every alternative has a tag.
        let tagged = types.iter().all(|ty| matches!(ty, Type::Named(n) if tags.iter().any(|(_, t)| t == n)));
        let discriminator = discriminator
            .filter(|_| tagged)
            .map(|d| crate::ir::Discriminator { property: d.property_name.clone(), mapping: tags });
        Ok(match <[Type; 1]>::try_from(types) {
            Ok([single]) => Converted::Plain(single),
            Err(types) if types.is_empty() => Converted::Plain(Type::Any),
            Err(variants) => Converted::Named(TypeKind::Union { variants, discriminator }),
        })
    }

    /// The type a discriminator mapping value names: `#/components/schemas/X` or plain `X`.
    fn mapping_target(&self, target: &str) -> Option<String> {
        let schema = super::component_name(target, "schemas").unwrap_or(target.into());
        self.schema_names.get(schema.as_ref()).cloned()
    }

    /// `allOf`: a single member (beside members that only document it) is that member's type; several object
    /// members merge into one struct.
    fn all_of(&mut self, parts: &[ReferenceOr<Schema>], name: &str, at: &str) -> Result<Converted> {
        let mut structural = parts.iter().enumerate().filter(|(_, part)| documentation(part).is_none());
        if let (Some((index, single)), None) = (structural.next(), structural.next()) {
            let ty =
                self.schema_type(single, Hint::after(name, ""), None, &pointer(at, &["allOf", &index.to_string()]))?;
            let nullable_member = parts.iter().filter_map(documentation).any(|data| data.nullable);
            return Ok(Converted::Plain(nullable(ty, nullable_member)));
        }
        let mut all = super::gather::Gathered::default();
        for (index, part) in parts.iter().enumerate() {
            match self.gather(part, 0) {
                Ok((gathered, _)) => all.extend(&gathered),
                Err(_) => {
                    self.warnings.push(Diagnostic::warning(
                        Code::UnhonouredSchemaKeyword,
                        self.file,
                        pointer(at, &["allOf", &index.to_string()]),
                        "allOf member is not an object schema; the combined type is left as a JSON value",
                    ));
                    return Ok(Converted::Plain(Type::Any));
                }
            }
        }
        self.object(&all.properties, &all.required, None, name, at)
    }

    /// Schemas without a single `type`: infer what they are from the keywords present.
    fn any_schema(&mut self, any: &AnySchema, schema: &Schema, name: &str, at: &str) -> Result<Converted> {
        if !any.all_of.is_empty() {
            let merged = Schema {
                schema_data: schema.schema_data.clone(),
                schema_kind: SchemaKind::AllOf {
                    all_of: any.all_of.clone().into_iter().chain(own_object_part(any)).collect(),
                },
            };
            return self.convert(&merged, name, at);
        }
        if !any.one_of.is_empty() || !any.any_of.is_empty() {
            let (key, variants) = if any.one_of.is_empty() { ("anyOf", &any.any_of) } else { ("oneOf", &any.one_of) };
            return self.union(variants, schema.schema_data.discriminator.as_ref(), name, &pointer(at, &[key]));
        }
        let scalar = matches!(any.typ.as_deref(), Some("string" | "integer" | "number" | "boolean"));
        if !scalar
            && (!any.properties.is_empty()
                || any.typ.as_deref() == Some("object")
                || any.additional_properties.is_some())
        {
            return self.object(&any.properties, &any.required, any.additional_properties.as_ref(), name, at);
        }
        if !scalar && (any.items.is_some() || any.typ.as_deref() == Some("array")) {
            return Ok(Converted::Plain(self.items_type(any.items.as_ref(), name, at)?));
        }
        let values: Vec<String> = any.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
        let listed = any.enumeration.iter().filter(|v| !v.is_null()).count();
        if !values.is_empty() && values.len() == listed {
            return Ok(Converted::Named(TypeKind::Enum { values }));
        }
        Ok(Converted::Plain(match any.typ.as_deref() {
            Some("string") => string_format_name(any.format.as_deref()),
            Some("integer") => integer_format_name(any.format.as_deref()),
            Some("number") => Type::Number,
            Some("boolean") => Type::Bool,
            _ => Type::Any,
        }))
    }
}

/// The documentation of an `allOf` member that only documents (a description, an example…) and constrains nothing.
fn documentation(part: &ReferenceOr<Schema>) -> Option<&openapiv3::SchemaData> {
    match part {
        ReferenceOr::Item(Schema { schema_data, schema_kind: SchemaKind::Any(any) })
            if *any == AnySchema::default() && schema_data.discriminator.is_none() =>
        {
            Some(schema_data)
        }
        _ => None,
    }
}

/// A schema's description, else that of an `allOf` member that only documents it.
fn description(schema: &Schema) -> Option<String> {
    let members = match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of.as_slice(),
        SchemaKind::Any(any) => any.all_of.as_slice(),
        _ => &[],
    };
    schema
        .schema_data
        .description
        .clone()
        .or_else(|| members.iter().filter_map(documentation).find_map(|data| data.description.clone()))
}

/// The object keywords written next to `allOf`, as one more member.
fn own_object_part(any: &AnySchema) -> Option<ReferenceOr<Schema>> {
    if any.properties.is_empty() {
        return None;
    }
    let object = openapiv3::ObjectType {
        properties: any.properties.clone(),
        required: any.required.clone(),
        ..Default::default()
    };
    Some(ReferenceOr::Item(Schema {
        schema_data: Default::default(),
        schema_kind: SchemaKind::Type(openapiv3::Type::Object(object)),
    }))
}

/// Whether `null` is a value of the schema: `nullable`, or `null` among its `enum` values (a schema
/// whose only value is `null` is then a nullable value of its type, always `null` in practice).
pub(super) fn admits_null(schema: &Schema) -> bool {
    let listed = match &schema.schema_kind {
        SchemaKind::Type(openapiv3::Type::String(string)) => string.enumeration.contains(&None),
        SchemaKind::Type(openapiv3::Type::Integer(integer)) => integer.enumeration.contains(&None),
        SchemaKind::Type(openapiv3::Type::Number(number)) => number.enumeration.contains(&None),
        SchemaKind::Type(openapiv3::Type::Boolean(boolean)) => boolean.enumeration.contains(&None),
        SchemaKind::Any(any) => any.enumeration.contains(&serde_json::Value::Null),
        _ => false,
    };
    schema.schema_data.nullable || listed
}

fn nullable(ty: Type, nullable: bool) -> Type {
    if nullable && !matches!(ty, Type::Any | Type::Nullable(_)) { Type::Nullable(Box::new(ty)) } else { ty }
}

/// Whether an inline schema says `format: password`: a secret, hidden in `Debug` output.
pub(super) fn is_password<T>(schema: &ReferenceOr<T>) -> bool
where
    T: std::borrow::Borrow<Schema>,
{
    match schema {
        ReferenceOr::Item(schema) => matches!(
            &schema.borrow().schema_kind,
            SchemaKind::Type(openapiv3::Type::String(string))
                if string.format == VariantOrUnknownOrEmpty::Item(StringFormat::Password)
        ),
        ReferenceOr::Reference { .. } => false,
    }
}

fn string_type(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Type {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Type::Date,
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Type::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Type::Binary,
        _ => Type::String,
    }
}

fn string_format_name(format: Option<&str>) -> Type {
    match format {
        Some("date") => Type::Date,
        Some("date-time") => Type::DateTime,
        Some("binary") => Type::Binary,
        _ => Type::String,
    }
}

fn integer_type(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Type {
    match format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Type::I32,
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Type::I64,
        VariantOrUnknownOrEmpty::Unknown(name) => integer_format_name(Some(name)),
        VariantOrUnknownOrEmpty::Empty => Type::I64,
    }
}

fn integer_format_name(format: Option<&str>) -> Type {
    let width = match format {
        Some("int32" | "int16" | "int8") => IntWidth::I32,
        Some("uint32" | "uint16" | "uint8") => IntWidth::U32,
        Some("uint64" | "uint") => IntWidth::U64,
        _ => IntWidth::I64,
    };
    Type::Integer { width, lenient: false }
}
