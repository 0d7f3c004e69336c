//! Types nested too deeply to read (clippy's `type_complexity` refuses them: `Option<Vec<Vec<
//! BTreeMap<String, Vec<bool>>>>>`) get a name, as a person would write them: what the outermost
//! container holds becomes a named alias (`Vec<ReportsItem>`), until every place a type is written
//! is simple enough.

use crate::ir::{Api, BodyEncoding, Origin, Provenance, Type, TypeDef, TypeKind};
use crate::naming::provisional_type_name;

/// Clippy's limit on a type's complexity score (its `type-complexity-threshold`), which a type
/// must stay below.
const THRESHOLD: usize = 250;

/// Where a type is written: the nesting its own outermost type starts at, and the score of what
/// the generated code wraps it in there.
#[derive(Clone, Copy)]
struct Place {
    nest: usize,
    wrappers: usize,
}

/// A struct field: `Option<Box<…>>` at most.
const FIELD: Place = Place { nest: 3, wrappers: 10 + 20 };
/// A field of a type known only from examples, which its `Deserialize` first reads as
/// `Option<Option<Box<…>>>` (to keep a `null` apart from absence).
const INFERRED_FIELD: Place = Place { nest: 4, wrappers: 10 + 20 + 30 };
/// A union alternative or a newtype's field: `Box<…>` at most.
const BOXED: Place = Place { nest: 2, wrappers: 10 };
/// A response (`Result<…, crate::Error>`) or a body (a builder's `Option<…>`).
const OPERATION: Place = Place { nest: 2, wrappers: 10 + 20 };

/// Names the inner part of every type too complex to write: in struct fields, union alternatives,
/// aliases (a recursive one is a newtype struct), JSON bodies and responses. The new aliases are
/// not checked again: clippy does not weigh what a `type` alias stands for.
pub fn name_deep_types(api: &mut Api) {
    let known = api.types.len();
    let mut new = Vec::new();
    for def in &mut api.types {
        let origin = def.origin.clone();
        let parent = def.name.clone();
        let mut place =
            |ty: &mut Type, place: Place, hint: String| simplify(ty, place, &hint, &origin, known, &mut new);
        match &mut def.kind {
            TypeKind::Struct { fields, additional } => {
                let field_place = if def.provenance == Provenance::Inferred { INFERRED_FIELD } else { FIELD };
                for field in fields {
                    place(&mut field.ty, field_place, format!("{parent} {}", field.name));
                }
                if let Some(additional) = additional {
                    place(additional, FIELD, format!("{parent} value"));
                }
            }
            TypeKind::Union { variants, .. } => {
                for variant in variants {
                    place(variant, BOXED, format!("{parent} variant"));
                }
            }
            TypeKind::Alias(ty) => place(ty, BOXED, parent.clone()),
            TypeKind::Enum { .. } => {}
        }
    }
    for (index, op) in api.operations.iter_mut().enumerate() {
        let origin = op.origin.clone();
        let base = api.names.operations.get(index).map_or(&op.name, |names| &names.base).clone();
        for content in op.body.iter_mut().flat_map(|b| &mut b.contents) {
            if BodyEncoding::of_media_type(&content.content_type) == BodyEncoding::Json {
                simplify(&mut content.ty, OPERATION, &format!("{base} body"), &origin, known, &mut new);
            }
        }
        for response in &mut op.responses {
            if let Some(ty) = &mut response.ty {
                simplify(ty, OPERATION, &format!("{base} response"), &origin, known, &mut new);
            }
        }
    }
    api.types.extend(new);
}

/// When `ty` is too complex where it is written, names what its outermost container holds after
/// `hint` (a new alias pushed to `new`, after the `known` types, under a provisional name whose
/// identifier the naming pass decides).
fn simplify(ty: &mut Type, place: Place, hint: &str, origin: &Origin, known: usize, new: &mut Vec<TypeDef>) {
    if fits(ty, place) {
        return;
    }
    let (inner, suffix) = match ty {
        Type::Array(inner) => (inner, "item"),
        Type::Map(inner) | Type::Nullable(inner) | Type::Tolerant(inner) => (inner, "value"),
        _ => return,
    };
    let name = provisional_type_name(&format!("{hint} {suffix}"), known + new.len());
    let held = std::mem::replace(&mut **inner, Type::Named(name.clone()));
    new.push(TypeDef {
        name,
        origin: origin.clone(),
        provenance: Provenance::Inline,
        docs: None,
        deprecated: false,
        kind: TypeKind::Alias(held),
    });
}

/// Whether `ty`, written at `place`, stays below clippy's threshold.
fn fits(ty: &Type, place: Place) -> bool {
    place.wrappers + score(ty, place.nest) < THRESHOLD
}

/// Clippy's complexity score of the Rust type the emitter writes for `ty` at nesting `nest`: each
/// path type counts ten times its nesting, and its type arguments are nested one deeper.
fn score(ty: &Type, nest: usize) -> usize {
    let path = 10 * nest;
    let deeper = 10 * (nest + 1);
    match ty {
        Type::Any | Type::Bool | Type::Number | Type::Numeric | Type::String | Type::Date | Type::Named(_) => path,
        Type::Integer { lenient, .. } => path + if *lenient { deeper } else { 0 },
        Type::DateTime | Type::Binary => path + deeper,
        Type::Map(value) if **value == Type::Any => path + 2 * deeper,
        Type::Map(value) => path + deeper + score(value, nest + 1),
        Type::Array(inner) | Type::Nullable(inner) | Type::Tolerant(inner) | Type::Quoted(inner) => {
            path + score(inner, nest + 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Field, Source, SpecFormat};

    fn array(ty: Type) -> Type {
        Type::Array(Box::new(ty))
    }

    fn map(ty: Type) -> Type {
        Type::Map(Box::new(ty))
    }

    fn api_with_field(ty: Type) -> Api {
        let field = Field {
            name: "upload".into(),
            ty,
            required: false,
            docs: None,
            deprecated: false,
            secret: false,
            rust_name: None,
        };
        Api {
            title: String::new(),
            version: String::new(),
            base_url: String::new(),
            docs: None,
            source: Source { format: SpecFormat::OpenApi3, file: "x.yaml".into() },
            auth_schemes: vec![],
            operations: vec![],
            names: Default::default(),
            type_hints: Vec::new(),
            types: vec![TypeDef {
                name: "Report".into(),
                origin: Origin(String::new()),
                provenance: Provenance::Declared,
                docs: None,
                deprecated: false,
                kind: TypeKind::Struct { fields: vec![field], additional: None },
            }],
        }
    }

    /// The pass, then the naming pass that decides the new types' identifiers.
    fn nest(api: &mut Api) {
        name_deep_types(api);
        crate::normalise::names::name_types(api);
    }

    #[test]
    fn scores_are_clippys() {
        // `Option<Vec<Vec<BTreeMap<String, Vec<bool>>>>>`: 10 + 20 + 30 + 40 + 50 + 50 + 60.
        let deep = array(array(map(array(Type::Bool))));
        assert_eq!(10 + score(&deep, 2), 260);
        assert_eq!(score(&Type::String, 1), 10);
        assert_eq!(score(&map(Type::Any), 1), 50);
    }

    /// Regression (class: types nested too deeply for clippy's `type_complexity`).
    #[test]
    fn deeply_nested_member_types_get_a_named_part() {
        let deep = array(array(map(array(Type::Bool))));
        let mut api = api_with_field(deep.clone());
        nest(&mut api);
        let Some(TypeKind::Struct { fields, .. }) = api.types.first().map(|t| &t.kind) else { panic!("no struct") };
        assert_eq!(fields[0].ty, array(Type::Named("ReportUploadItem".into())));
        let alias = api.types.iter().find(|t| t.name == "ReportUploadItem").unwrap_or_else(|| panic!("no alias"));
        assert_eq!(alias.kind, TypeKind::Alias(array(map(array(Type::Bool)))));
        assert_eq!(api.types.len(), 2);
    }

    #[test]
    fn simple_enough_types_stay_as_they_are() {
        for ty in [array(array(Type::Named("X".into()))), map(array(Type::String)), map(Type::Any)] {
            let mut api = api_with_field(ty.clone());
            nest(&mut api);
            assert_eq!(api.types.len(), 1, "{ty:?}");
        }
    }

    /// A type known only from examples reads its fields one `Option` deeper in its `Deserialize`.
    #[test]
    fn fields_of_inferred_types_are_weighed_one_option_deeper() {
        let ty = map(array(Type::String));
        let mut api = api_with_field(ty);
        if let Some(def) = api.types.first_mut() {
            def.provenance = Provenance::Inferred;
        }
        nest(&mut api);
        assert_eq!(api.types.len(), 2);
    }

    #[test]
    fn names_of_new_types_never_take_an_existing_one() {
        let mut api = api_with_field(array(array(array(array(array(array(array(Type::Bool))))))));
        api.types.push(TypeDef {
            name: "ReportUploadItem".into(),
            origin: Origin(String::new()),
            provenance: Provenance::Declared,
            docs: None,
            deprecated: false,
            kind: TypeKind::Enum { values: vec!["a".into()] },
        });
        nest(&mut api);
        let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        let distinct: std::collections::HashSet<&str> = names.iter().copied().collect();
        assert_eq!(distinct.len(), names.len(), "{names:?}");
        assert!(names.contains(&"ReportUploadItem2"), "{names:?}");
        let Some(TypeKind::Struct { fields, .. }) = api.types.first().map(|t| &t.kind) else { panic!("no struct") };
        assert!(fits(&fields[0].ty, FIELD), "{fields:?}");
    }
}
