//! The properties an `allOf` combines, gathered through references and nested `allOf`s.
//!
//! A component schema is gathered once and remembered, however many `allOf`s reach it: members shared
//! across many levels (each level's members both combining the level below) would otherwise be walked
//! once per path, a number that doubles with each level.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use indexmap::IndexMap;
use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::Reader;
use super::schema::MAX_DEPTH;

/// What an object-like schema holds once its references and nested `allOf`s are followed in order: its
/// properties in the order they are first met (a later definition of one replacing an earlier one), and
/// its required properties.
#[derive(Default)]
pub(super) struct Gathered {
    pub(super) properties: IndexMap<String, ReferenceOr<Box<Schema>>>,
    pub(super) required: Vec<String>,
    /// The names in `required`.
    required_set: HashSet<String>,
}

impl Gathered {
    /// Adds what `other` gathered after what this one did: the same as gathering `other`'s schemas here.
    pub(super) fn extend(&mut self, other: &Gathered) {
        for (name, property) in &other.properties {
            self.properties.insert(name.clone(), property.clone());
        }
        // `other` keeps its own repeats; only names required before it are left out.
        let new: Vec<&String> = other.required.iter().filter(|name| !self.required_set.contains(*name)).collect();
        for name in new {
            self.required_set.insert(name.clone());
            self.required.push(name.clone());
        }
    }
}

/// Why a schema's properties are not gathered.
#[derive(Debug, PartialEq)]
pub(super) enum NotGathered {
    /// A schema reached is not object-like: the same wherever it is met, so it is remembered.
    NotObject,
    /// The chain of references and members is longer than [`MAX_DEPTH`] from the `allOf` being read, or comes
    /// back to itself.
    TooDeep,
}

/// A schema's gathered properties and the longest chain of references and members below it.
type Walked = (Rc<Gathered>, usize);

/// The component schemas gathered so far, and those being gathered (to stop at a cycle).
#[derive(Default)]
pub(super) struct Gatherings {
    done: HashMap<String, Result<Walked, ()>>,
    open: HashSet<String>,
}

impl Reader<'_> {
    /// Gathers the properties of an object-like schema (following references and nested `allOf`s), met
    /// `depth` references and members below the `allOf` being read.
    pub(super) fn gather(
        &mut self,
        schema: &ReferenceOr<Schema>,
        depth: usize,
    ) -> std::result::Result<Walked, NotGathered> {
        if depth > MAX_DEPTH {
            return Err(NotGathered::TooDeep);
        }
        let schema = match schema {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => {
                let name = super::component_name(reference, "schemas").ok_or(NotGathered::NotObject)?.into_owned();
                let (gathered, height) = self.gather_component(&name, depth + 1)?;
                return Ok((gathered, height + 1));
            }
        };
        let (properties, required) = match &schema.schema_kind {
            SchemaKind::Type(openapiv3::Type::Object(object)) => (&object.properties, &object.required),
            SchemaKind::Any(any) if any.typ.as_deref().is_none_or(|t| t == "object") && any.all_of.is_empty() => {
                (&any.properties, &any.required)
            }
            SchemaKind::AllOf { all_of } => return self.gather_all(all_of, depth + 1),
            _ => return Err(NotGathered::NotObject),
        };
        let mut gathered = Gathered::default();
        for (name, property) in properties {
            gathered.properties.insert(name.clone(), property.clone());
        }
        gathered.required.clone_from(required);
        gathered.required_set = required.iter().cloned().collect();
        Ok((Rc::new(gathered), 0))
    }

    /// The members of an `allOf`, gathered in order, each met at `depth`.
    pub(super) fn gather_all(
        &mut self,
        members: &[ReferenceOr<Schema>],
        depth: usize,
    ) -> std::result::Result<Walked, NotGathered> {
        if let [single] = members {
            let (gathered, height) = self.gather(single, depth)?;
            return Ok((gathered, height + 1));
        }
        let mut all = Gathered::default();
        let mut height = 0;
        for member in members {
            let (gathered, below) = self.gather(member, depth)?;
            all.extend(&gathered);
            height = height.max(below + 1);
        }
        Ok((Rc::new(all), height))
    }

    /// A component schema, gathered once; met at `depth`.
    fn gather_component(&mut self, name: &str, depth: usize) -> std::result::Result<Walked, NotGathered> {
        if let Some(done) = self.gatherings.done.get(name) {
            return match done {
                Ok((_, height)) if depth + height > MAX_DEPTH => Err(NotGathered::TooDeep),
                Ok(walked) => Ok(walked.clone()),
                Err(()) => Err(NotGathered::NotObject),
            };
        }
        let Some(schema) = self.components_schema(name) else { return Err(NotGathered::NotObject) };
        if !self.gatherings.open.insert(name.to_owned()) {
            return Err(NotGathered::TooDeep);
        }
        let walked = self.gather(schema, depth);
        self.gatherings.open.remove(name);
        match walked {
            Ok(walked) => {
                self.gatherings.done.insert(name.to_owned(), Ok(walked.clone()));
                Ok(walked)
            }
            Err(NotGathered::NotObject) => {
                self.gatherings.done.insert(name.to_owned(), Err(()));
                Err(NotGathered::NotObject)
            }
            Err(NotGathered::TooDeep) => Err(NotGathered::TooDeep),
        }
    }
}
