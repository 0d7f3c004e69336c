//! Tags for unions the spec gives no discriminator: when every alternative is an object with the
//! same required property, holding a single, different constant value in each, that property
//! tells them apart.

use crate::ir::{Api, Discriminator, Type, TypeDef, TypeKind};

/// Gives each untagged union whose alternatives carry a constant tag property a discriminator.
pub fn infer_tags(api: &mut Api) {
    let tagged: Vec<(usize, Discriminator)> = api
        .types
        .iter()
        .enumerate()
        .filter_map(|(index, def)| match &def.kind {
            TypeKind::Union { variants, discriminator: None } => tag_of(variants, &api.types).map(|d| (index, d)),
            _ => None,
        })
        .collect();
    for (index, found) in tagged {
        if let Some(TypeKind::Union { discriminator, .. }) = api.types.get_mut(index).map(|d| &mut d.kind) {
            *discriminator = Some(found);
        }
    }
}

fn tag_of(variants: &[Type], types: &[TypeDef]) -> Option<Discriminator> {
    let structs: Vec<(&str, &[crate::ir::Field])> = variants
        .iter()
        .map(|variant| match variant {
            Type::Named(name) => match &types.iter().find(|t| &t.name == name)?.kind {
                TypeKind::Struct { fields, .. } => Some((name.as_str(), fields.as_slice())),
                _ => None,
            },
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (_, first_fields) = structs.first()?;
    first_fields.iter().filter(|f| f.required).find_map(|candidate| {
        let mut mapping = Vec::with_capacity(structs.len());
        for (name, fields) in &structs {
            let field = fields.iter().find(|f| f.name == candidate.name && f.required)?;
            let value = constant(&field.ty, types)?;
            if mapping.iter().any(|(existing, _): &(String, String)| *existing == value) {
                return None;
            }
            mapping.push((value, (*name).to_owned()));
        }
        Some(Discriminator { property: candidate.name.clone(), mapping })
    })
}

/// The one value of a single-valued enum type.
fn constant(ty: &Type, types: &[TypeDef]) -> Option<String> {
    let Type::Named(name) = ty else { return None };
    match &types.iter().find(|t| &t.name == name)?.kind {
        TypeKind::Enum { values } => match values.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Field, Origin, Provenance};

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.into(),
            origin: Origin(String::new()),
            provenance: Provenance::Declared,
            docs: None,
            deprecated: false,
            kind,
        }
    }

    fn object(fields: &[(&str, &str)]) -> TypeKind {
        TypeKind::Struct {
            fields: fields
                .iter()
                .map(|(name, ty)| Field {
                    name: (*name).into(),
                    ty: Type::Named((*ty).into()),
                    required: true,
                    docs: None,
                    deprecated: false,
                    secret: false,
                    rust_name: None,
                })
                .collect(),
            additional: None,
        }
    }

    #[test]
    fn constant_properties_become_the_tag() {
        let types = vec![
            def("Circle", object(&[("shape", "CircleShape"), ("radius", "Number")])),
            def("Square", object(&[("shape", "SquareShape"), ("side", "Number")])),
            def("CircleShape", TypeKind::Enum { values: vec!["circle".into()] }),
            def("SquareShape", TypeKind::Enum { values: vec!["square".into()] }),
            def("Number", TypeKind::Alias(Type::Number)),
        ];
        let found = tag_of(&[Type::Named("Circle".into()), Type::Named("Square".into())], &types);
        assert_eq!(
            found,
            Some(Discriminator {
                property: "shape".into(),
                mapping: vec![("circle".into(), "Circle".into()), ("square".into(), "Square".into())]
            })
        );
        // The same constant in two alternatives cannot tell them apart.
        let same = vec![
            def("A", object(&[("kind", "K")])),
            def("B", object(&[("kind", "K")])),
            def("K", TypeKind::Enum { values: vec!["x".into()] }),
        ];
        assert_eq!(tag_of(&[Type::Named("A".into()), Type::Named("B".into())], &same), None);
    }
}
