//! Smaller variants of an abstract API, to shrink one that fails: each variant drops or simplifies
//! one part (an operation, a schema, a security scheme, a parameter, a field, a body, a type) or
//! gives one name a short one, and is strictly smaller by [`Api::size`], so that a search that keeps
//! taking a smaller variant ends.

use std::cmp::Ordering;

use super::{Api, Body, Output, Shape, Ty};

/// Weight of one part against one character of a name: dropping a part always counts for more than
/// any renaming.
const PART: usize = 1_000;

impl Api {
    /// A measure every variant from [`Api::smaller`] decreases: parts, then the length of names.
    pub fn size(&self) -> usize {
        let mut parts = self.schemas.len() + self.operations.len() + self.schemes.len();
        let mut chars: usize = self.schemes.iter().map(|(name, _)| name.len()).sum();
        for schema in &self.schemas {
            chars += schema.name.len();
            parts += match &schema.shape {
                Shape::Object { props } | Shape::AllOf { props, .. } => {
                    chars += props.iter().map(|(name, ..)| name.len()).sum::<usize>();
                    props.iter().map(|(_, ty, ..)| 1 + ty_size(ty, &mut chars)).sum::<usize>()
                }
                Shape::Enum(values) => {
                    chars += values.iter().map(String::len).sum::<usize>();
                    values.len()
                }
                Shape::Union(variants) => variants.iter().map(|ty| 1 + ty_size(ty, &mut chars)).sum(),
                Shape::Tagged { property, variants } => {
                    chars += property.len();
                    variants.len()
                }
                Shape::Alias(ty) => ty_size(ty, &mut chars),
            };
            if let Shape::AllOf { parents, .. } = &schema.shape {
                parts += parents.len();
            }
        }
        for op in &self.operations {
            chars += op.name.len();
            for param in &op.params {
                chars += param.name.len();
                parts += 1 + ty_size(&param.ty, &mut chars);
            }
            parts += match &op.body {
                None => 0,
                Some((Body::Json(ty), _)) => 1 + ty_size(ty, &mut chars),
                Some((Body::Several(ty), _)) => 2 + ty_size(ty, &mut chars),
                Some((Body::Form(fields), _)) => {
                    chars += fields.iter().map(|(name, ..)| name.len()).sum::<usize>();
                    1 + fields.len()
                }
                Some((Body::Multipart(fields), _)) => {
                    chars += fields.iter().map(|(name, ..)| name.len()).sum::<usize>();
                    1 + fields.len()
                }
                Some((Body::Text | Body::Binary, _)) => 1,
            };
            parts += match &op.output {
                Output::None => 0,
                Output::Text | Output::Binary => 1,
                Output::Json(ty) => 1 + ty_size(ty, &mut chars),
            };
        }
        parts * PART + chars
    }

    /// Every variant of the API with one part dropped or simplified, or one name shortened, whole
    /// operations and schemas first; each is smaller by [`Api::size`].
    pub fn smaller(&self) -> Vec<Api> {
        let mut out = Vec::new();
        for index in 0..self.operations.len() {
            let mut api = self.clone();
            api.operations.remove(index);
            out.push(api);
        }
        for index in 0..self.schemas.len() {
            out.push(self.without_schema(index));
        }
        for index in 0..self.schemes.len() {
            let mut api = self.clone();
            api.schemes.remove(index);
            out.push(api);
        }
        self.smaller_operations(&mut out);
        self.smaller_schemas(&mut out);
        let slots = self.clone().slots().len();
        for slot in 0..slots {
            let Some(ty) = self.clone().slots().into_iter().nth(slot).map(|ty| ty.clone()) else { continue };
            for simpler in simpler_types(&ty) {
                let mut api = self.clone();
                if let Some(target) = api.slots().into_iter().nth(slot) {
                    *target = simpler;
                }
                out.push(api);
            }
        }
        self.shorter_names(&mut out);
        let size = self.size();
        out.retain(|api| api.size() < size);
        out
    }

    /// The API without schema `removed`: references to it become strings, later ones move down.
    fn without_schema(&self, removed: usize) -> Api {
        let mut api = self.clone();
        api.schemas.remove(removed);
        let moved = |index: usize| match index.cmp(&removed) {
            Ordering::Less => Some(index),
            Ordering::Equal => None,
            Ordering::Greater => Some(index - 1),
        };
        for ty in api.slots() {
            retarget(ty, &moved);
        }
        for schema in &mut api.schemas {
            match &mut schema.shape {
                Shape::Tagged { variants, .. } => {
                    *variants = variants.iter().filter_map(|&v| moved(v)).collect();
                    if variants.is_empty() {
                        schema.shape = Shape::Object { props: Vec::new() };
                    }
                }
                Shape::AllOf { parents, .. } => *parents = parents.iter().filter_map(|&p| moved(p)).collect(),
                _ => {}
            }
        }
        api
    }

    fn smaller_operations(&self, out: &mut Vec<Api>) {
        for (index, op) in self.operations.iter().enumerate() {
            let mut variant = |change: &dyn Fn(&mut super::Operation)| {
                let mut api = self.clone();
                if let Some(op) = api.operations.get_mut(index) {
                    change(op);
                }
                out.push(api);
            };
            for param in 0..op.params.len() {
                variant(&|op| {
                    let param = op.params.remove(param);
                    op.path = op.path.replace(&format!("/{{{}}}", param.name), "");
                });
            }
            if op.body.is_some() {
                variant(&|op| op.body = None);
            }
            match &op.body {
                Some((Body::Several(ty), required)) => {
                    variant(&|op| op.body = Some((Body::Json(ty.clone()), *required)));
                }
                Some((Body::Form(fields), _)) => {
                    for field in 0..fields.len() {
                        variant(&|op| {
                            if let Some((Body::Form(fields), _)) = &mut op.body {
                                fields.remove(field);
                            }
                        });
                    }
                }
                Some((Body::Multipart(fields), _)) => {
                    for field in 0..fields.len() {
                        variant(&|op| {
                            if let Some((Body::Multipart(fields), _)) = &mut op.body {
                                fields.remove(field);
                            }
                        });
                    }
                }
                _ => {}
            }
            if !matches!(op.output, Output::None) {
                variant(&|op| op.output = Output::None);
            }
        }
    }

    fn smaller_schemas(&self, out: &mut Vec<Api>) {
        for (index, schema) in self.schemas.iter().enumerate() {
            let mut variant = |change: &dyn Fn(&mut Shape)| {
                let mut api = self.clone();
                if let Some(schema) = api.schemas.get_mut(index) {
                    change(&mut schema.shape);
                }
                out.push(api);
            };
            variant(&|shape| *shape = Shape::Object { props: Vec::new() });
            let members = match &schema.shape {
                Shape::Object { props } | Shape::AllOf { props, .. } => props.len(),
                Shape::Enum(values) => values.len().saturating_sub(1),
                Shape::Union(variants) => variants.len().saturating_sub(1),
                Shape::Tagged { variants, .. } => variants.len().saturating_sub(1),
                Shape::Alias(_) => 0,
            };
            for member in 0..members {
                variant(&|shape| match shape {
                    Shape::Object { props } | Shape::AllOf { props, .. } => {
                        props.remove(member);
                    }
                    Shape::Enum(values) => {
                        values.remove(member);
                    }
                    // The first alternative stays first: it is the one that must not refer back.
                    Shape::Union(variants) => {
                        variants.remove(member + 1);
                    }
                    Shape::Tagged { variants, .. } => {
                        variants.remove(member);
                    }
                    Shape::Alias(_) => {}
                });
            }
            if let Shape::AllOf { parents, .. } = &schema.shape {
                for parent in 0..parents.len() {
                    variant(&|shape| {
                        if let Shape::AllOf { parents, .. } = shape {
                            parents.remove(parent);
                        }
                    });
                }
            }
        }
    }

    /// Variants with one name replaced by a short one that is still unique where it must be.
    fn shorter_names(&self, out: &mut Vec<Api>) {
        for (index, schema) in self.schemas.iter().enumerate() {
            let short = format!("s{index}");
            if short.len() < schema.name.len() && !self.schemas.iter().any(|s| s.name == short) {
                let mut api = self.clone();
                if let Some(schema) = api.schemas.get_mut(index) {
                    schema.name = short;
                }
                out.push(api);
            }
            if let Shape::Object { props } | Shape::AllOf { props, .. } = &schema.shape {
                for (member, (name, ..)) in props.iter().enumerate() {
                    let short = format!("f{member}");
                    if short.len() < name.len() && !props.iter().any(|(n, ..)| *n == short) {
                        let mut api = self.clone();
                        if let Some(Shape::Object { props } | Shape::AllOf { props, .. }) =
                            api.schemas.get_mut(index).map(|s| &mut s.shape)
                        {
                            if let Some(prop) = props.get_mut(member) {
                                prop.0 = short;
                            }
                        }
                        out.push(api);
                    }
                }
            }
        }
        for (index, op) in self.operations.iter().enumerate() {
            let short = format!("o{index}");
            if short.len() < op.name.len() && !self.operations.iter().any(|o| o.name == short) {
                let mut api = self.clone();
                if let Some(op) = api.operations.get_mut(index) {
                    op.name = short;
                }
                out.push(api);
            }
            for (number, param) in op.params.iter().enumerate() {
                let short = format!("q{number}");
                if short.len() < param.name.len() && !op.params.iter().any(|p| p.name == short) {
                    let mut api = self.clone();
                    if let Some(op) = api.operations.get_mut(index) {
                        op.path = op.path.replace(&format!("{{{}}}", param.name), &format!("{{{short}}}"));
                        if let Some(param) = op.params.get_mut(number) {
                            param.name = short;
                        }
                    }
                    out.push(api);
                }
            }
        }
    }

    /// Every place a type is written at the top level: fields, alternatives, aliases, parameters,
    /// bodies and responses.
    fn slots(&mut self) -> Vec<&mut Ty> {
        let mut slots = Vec::new();
        for schema in &mut self.schemas {
            match &mut schema.shape {
                Shape::Object { props } | Shape::AllOf { props, .. } => {
                    slots.extend(props.iter_mut().map(|p| &mut p.1))
                }
                Shape::Union(variants) => slots.extend(variants.iter_mut()),
                Shape::Alias(ty) => slots.push(ty),
                Shape::Enum(_) | Shape::Tagged { .. } => {}
            }
        }
        for op in &mut self.operations {
            slots.extend(op.params.iter_mut().map(|p| &mut p.ty));
            if let Some((Body::Json(ty) | Body::Several(ty), _)) = &mut op.body {
                slots.push(ty);
            }
            if let Output::Json(ty) = &mut op.output {
                slots.push(ty);
            }
        }
        slots
    }
}

/// Parts in `ty` (a string counts least), adding its field names' length to `chars`.
fn ty_size(ty: &Ty, chars: &mut usize) -> usize {
    match ty {
        Ty::String => 1,
        Ty::Integer | Ty::Int64 | Ty::Number | Ty::Bool | Ty::Date | Ty::DateTime | Ty::Any | Ty::Ref(_) => 2,
        Ty::Array(inner) | Ty::Map(inner) | Ty::Nullable(inner) => 1 + ty_size(inner, chars),
        Ty::Object(fields) => {
            *chars += fields.iter().map(|(name, ..)| name.len()).sum::<usize>();
            1 + fields.iter().map(|(_, ty, _)| 1 + ty_size(ty, chars)).sum::<usize>()
        }
    }
}

/// Simpler types to put in place of `ty`: a string, what it contains, an object with a field less.
fn simpler_types(ty: &Ty) -> Vec<Ty> {
    let mut out = Vec::new();
    if *ty != Ty::String {
        out.push(Ty::String);
    }
    match ty {
        Ty::Array(inner) | Ty::Map(inner) | Ty::Nullable(inner) => out.push((**inner).clone()),
        Ty::Object(fields) => {
            for field in 0..fields.len() {
                let mut fields = fields.clone();
                fields.remove(field);
                out.push(Ty::Object(fields));
            }
        }
        _ => {}
    }
    out
}

/// Points references through `moved`; a reference to a schema that is gone becomes a string.
fn retarget(ty: &mut Ty, moved: &dyn Fn(usize) -> Option<usize>) {
    match ty {
        Ty::Ref(index) => match moved(*index) {
            Some(new) => *index = new,
            None => *ty = Ty::String,
        },
        Ty::Array(inner) | Ty::Map(inner) | Ty::Nullable(inner) => retarget(inner, moved),
        Ty::Object(fields) => fields.iter_mut().for_each(|(_, ty, _)| retarget(ty, moved)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use fastrand::Rng;

    use super::super::{Format, api};

    #[test]
    fn every_smaller_variant_is_smaller_and_valid_json() {
        let mut rng = Rng::with_seed(3);
        let api = api(&mut rng, 6);
        let size = api.size();
        let variants = api.smaller();
        assert!(!variants.is_empty());
        for variant in &variants {
            assert!(variant.size() < size);
            // References stay in range: writing the document indexes the schemas.
            let document = variant.document(Format::OpenApi3);
            assert!(document["paths"].is_object());
        }
    }

    #[test]
    fn a_removed_schema_leaves_no_reference_behind() {
        let mut rng = Rng::with_seed(11);
        let api = (0..50).map(|_| api(&mut rng, 8)).find(|a| a.schemas.len() > 2).unwrap_or_else(|| panic!("no api"));
        let gone = api.without_schema(0);
        assert_eq!(gone.schemas.len(), api.schemas.len() - 1);
        let document = gone.document(Format::OpenApi3).to_string();
        assert!(!document.contains(&format!("schemas/{}\"", api.schemas[0].name)), "{document}");
    }
}
