//! Type inference from example values, shared by the OpenAPI and Postman readers, and the example
//! values themselves, which normalisation checks and the emitter turns into tests. No stage owns
//! it: it depends only on the IR and on naming.
//!
//! Every sample is turned into a [`Shape`]; shapes of the elements of an array and of all examples
//! of one response are merged (conflicting scalars widen); the merged shape then becomes IR types
//! through the reader's [`TypeSink`].
//!
//! Presence policy: an example proves that a field *can* appear, never that it always does, so
//! every field of an inferred struct is optional; only positive evidence (a `(Required)` marker, a
//! manifest override) makes one required. Dates and date-times known only by example become
//! [`Type::Tolerant`], which decodes any text.

pub mod docs_text;
mod json_text;
mod placeholder;

use indexmap::IndexMap;
use serde_json::Value;

pub use json_text::{looks_like_document, read_json_document};
pub use placeholder::{instantiate, shape_of_json_string, shape_of_param_value};

use crate::ir::{Field, IntWidth, Origin, Provenance, Type, TypeKind};
use crate::naming::singular;

/// Where inferred object types are defined: a reader's registry of named types.
pub trait TypeSink {
    /// The key of a type to be named after `hint` inside the type `parent` (a key), if any.
    fn propose_name(&mut self, hint: &str, parent: Option<&str>) -> String;
    /// Defines the type under a key from [`TypeSink::propose_name`] and returns the key to refer to it by.
    fn add(
        &mut self,
        name: &str,
        provenance: Provenance,
        origin: Origin,
        docs: Option<String>,
        kind: TypeKind,
    ) -> String;
}

/// What the samples seen so far say about a value.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The value's kind.
    pub kind: Kind,
    /// Whether some sample was `null`.
    pub nullable: bool,
}

/// Kinds of values, from least to most general.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// No informative sample yet (only nulls, or no elements).
    Unknown,
    /// A scalar.
    Scalar(Scalar),
    /// An array whose elements merge into the inner shape.
    Array(Box<Shape>),
    /// An object.
    Object(ObjectShape),
    /// Samples disagree beyond widening: any JSON value.
    Any,
}

/// Scalar kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// A boolean.
    Bool,
    /// An integer of at most this width.
    Int(IntWidth),
    /// An integer that some samples send as a numeric string.
    LenientInt(IntWidth),
    /// A floating-point number.
    Float,
    /// A number whose width and kind no sample tells: a literal (`30` may be `0.5` or
    /// `2^64 - 1` in the next response) or the converter's `<integer>`.
    Numeral,
    /// Text.
    String,
    /// Text made only of digits: a number that some servers quote (see [`Type::Quoted`]), an
    /// integer if other samples say so.
    NumericString(IntWidth),
    /// A number that samples show both bare and quoted.
    QuotedNumber,
    /// `"true"` or `"false"`: a boolean that some servers quote.
    QuotedBool,
    /// An ISO 8601 date.
    Date,
    /// An RFC 3339 date-time.
    DateTime,
}

/// Fields of object samples, each with the merged shape of its values.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectShape {
    /// Fields in order of first appearance.
    pub fields: IndexMap<String, Shape>,
}

impl Shape {
    /// A non-null shape of the given kind.
    pub fn of(kind: Kind) -> Shape {
        Shape { kind, nullable: false }
    }

    /// The shape of one JSON example value.
    pub fn from_example(value: &Value) -> Shape {
        match value {
            Value::Null => Shape { kind: Kind::Unknown, nullable: true },
            Value::Bool(_) => Shape::of(Kind::Scalar(Scalar::Bool)),
            Value::Number(n) => Shape::of(Kind::Scalar(number_kind(n))),
            Value::String(text) => shape_of_json_string(text),
            Value::Array(items) => {
                let item = items.iter().map(Shape::from_example).reduce(Shape::merge);
                Shape::of(Kind::Array(Box::new(item.unwrap_or(Shape::of(Kind::Unknown)))))
            }
            Value::Object(map) => {
                let fields = map.iter().map(|(name, value)| (name.clone(), Shape::from_example(value))).collect();
                Shape::of(Kind::Object(ObjectShape { fields }))
            }
        }
    }

    /// The least general shape that covers both.
    pub fn merge(self, other: Shape) -> Shape {
        Shape { kind: merge_kinds(self.kind, other.kind), nullable: self.nullable || other.nullable }
    }

    /// Converts the shape into an IR type, registering a named type for every object.
    ///
    /// `hint` names the value (a field name, or a root name such as `GetUserResponse`);
    /// `parent` is the enclosing type's name, used when `hint` alone is taken.
    pub fn to_type(&self, hint: &str, parent: Option<&str>, origin: &Origin, registry: &mut impl TypeSink) -> Type {
        let ty = match &self.kind {
            Kind::Unknown | Kind::Any => return Type::Any,
            Kind::Scalar(scalar) => scalar_type(*scalar),
            Kind::Array(item) => Type::Array(Box::new(item.to_type(&singular(hint), parent, origin, registry))),
            Kind::Object(object) if object.fields.is_empty() => Type::Map(Box::new(Type::Any)),
            Kind::Object(object) => Type::Named(object_type(object, hint, parent, origin, registry)),
        };
        if self.nullable { Type::Nullable(Box::new(ty)) } else { ty }
    }
}

fn object_type(
    object: &ObjectShape,
    hint: &str,
    parent: Option<&str>,
    origin: &Origin,
    registry: &mut impl TypeSink,
) -> String {
    let name = registry.propose_name(hint, parent);
    let fields = object
        .fields
        .iter()
        .map(|(field_name, field)| Field {
            name: field_name.clone(),
            ty: tolerant(field.to_type(field_name, Some(&name), origin, registry)),
            required: false,
            docs: None,
            deprecated: false,
            secret: false,
            rust_name: None,
        })
        .collect();
    let kind = TypeKind::Struct { fields, additional: None };
    registry.add(&name, Provenance::Inferred, origin.clone(), None, kind)
}

/// Dates and date-times in a field known only by example, read tolerantly (see [`Type::Tolerant`]).
fn tolerant(ty: Type) -> Type {
    match ty {
        Type::Date | Type::DateTime => Type::Tolerant(Box::new(ty)),
        Type::Array(inner) => Type::Array(Box::new(tolerant(*inner))),
        Type::Nullable(inner) => Type::Nullable(Box::new(tolerant(*inner))),
        other => other,
    }
}

fn scalar_type(scalar: Scalar) -> Type {
    match scalar {
        Scalar::Bool => Type::Bool,
        Scalar::Int(width) => Type::Integer { width, lenient: false },
        Scalar::LenientInt(width) => Type::Integer { width, lenient: true },
        Scalar::Float => Type::Number,
        Scalar::Numeral => Type::Numeric,
        Scalar::String => Type::String,
        Scalar::NumericString(_) | Scalar::QuotedNumber => Type::Quoted(Box::new(Type::Numeric)),
        Scalar::QuotedBool => Type::Quoted(Box::new(Type::Bool)),
        Scalar::Date => Type::Date,
        Scalar::DateTime => Type::DateTime,
    }
}

/// A literal number says nothing about the width or kind the API uses: an integer in one example
/// is a fraction or beyond 64 bits in another, so it is kept as the exact JSON number.
fn number_kind(_: &serde_json::Number) -> Scalar {
    Scalar::Numeral
}

fn merge_kinds(a: Kind, b: Kind) -> Kind {
    match (a, b) {
        (Kind::Unknown, other) | (other, Kind::Unknown) => other,
        (Kind::Any, _) | (_, Kind::Any) => Kind::Any,
        (Kind::Scalar(a), Kind::Scalar(b)) => merge_scalars(a, b).map_or(Kind::Any, Kind::Scalar),
        (Kind::Array(a), Kind::Array(b)) => Kind::Array(Box::new(a.merge(*b))),
        (Kind::Object(a), Kind::Object(b)) => Kind::Object(merge_objects(a, b)),
        _ => Kind::Any,
    }
}

fn merge_objects(mut a: ObjectShape, b: ObjectShape) -> ObjectShape {
    for (name, field) in b.fields {
        match a.fields.get_mut(&name) {
            Some(existing) => {
                let shape = std::mem::replace(existing, Shape::of(Kind::Unknown));
                *existing = shape.merge(field);
            }
            None => {
                a.fields.insert(name, field);
            }
        }
    }
    a
}

/// Widening of two scalars; `None` when they have nothing in common.
fn merge_scalars(a: Scalar, b: Scalar) -> Option<Scalar> {
    use Scalar::*;
    Some(match (a, b) {
        _ if a == b => a,
        (Int(x), Int(y)) => Int(wider(x, y)),
        (Int(_) | LenientInt(_), Float) | (Float, Int(_) | LenientInt(_)) => Float,
        (Numeral, Int(_) | Float) | (Int(_) | Float, Numeral) => Numeral,
        (Numeral, LenientInt(x)) | (LenientInt(x), Numeral) => LenientInt(x),
        // An id sent as a number in one example and as text in another: either form, kept as sent.
        (Numeral | Float | NumericString(_) | QuotedNumber, NumericString(_) | QuotedNumber)
        | (NumericString(_) | QuotedNumber, Numeral | Float) => QuotedNumber,
        (Int(x) | LenientInt(x), QuotedNumber) | (QuotedNumber, Int(x) | LenientInt(x)) => LenientInt(x),
        (Bool | QuotedBool, QuotedBool) | (QuotedBool, Bool) => QuotedBool,
        (Int(x) | LenientInt(x) | NumericString(x), Int(y) | LenientInt(y) | NumericString(y)) => {
            LenientInt(wider(x, y))
        }
        (
            String | NumericString(_) | QuotedNumber | QuotedBool | Date | DateTime,
            String | NumericString(_) | QuotedNumber | QuotedBool | Date | DateTime,
        ) => String,
        _ => return None,
    })
}

fn wider(a: IntWidth, b: IntWidth) -> IntWidth {
    use IntWidth::*;
    match (a, b) {
        (I32, I32) => I32,
        (U32, U32) => U32,
        (I32 | U32, U32 | I32) | (I64, _) | (_, I64) => I64,
        (U64, _) | (_, U64) => U64,
    }
}

#[cfg(test)]
mod tests;
