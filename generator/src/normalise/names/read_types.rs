//! The names of the types a reader made: decided from what it proposed for each, in the order it
//! proposed them ([`crate::ir::Api::type_hints`]), with [`Proposals`].

use std::collections::HashMap;

use crate::ir::{Hint, TypeHint};
use crate::naming::{Proposals, read_type_index, read_type_key, singular};

/// Each proposal's type name by its key ([`crate::naming::read_type_key`]): the hint's own name,
/// else the parent's name with the hint's, else the hint's numbered, where a name dropped before
/// (its type was not made) is free again. The parent of a proposal is a key or a type name.
pub fn read_type_names(hints: &[TypeHint]) -> HashMap<String, String> {
    let mut proposals = Proposals::default();
    let mut names: Vec<String> = Vec::new();
    for hint in hints {
        match hint {
            TypeHint::Proposed { hint, parent } => {
                let name_of = |key: &'_ str| read_type_index(key).and_then(|index| names.get(index));
                let text = match hint {
                    Hint::Text(text) => text.clone(),
                    Hint::Derived { key, singular: one, suffix } => {
                        let name = name_of(key).map_or(key.as_str(), String::as_str);
                        let name = if *one { singular(name) } else { name.to_owned() };
                        format!("{name}{suffix}")
                    }
                };
                let parent = parent.as_deref().map(|parent| name_of(parent).map_or(parent, String::as_str));
                let name = proposals.propose(&text, parent);
                names.push(name);
            }
            TypeHint::Dropped(index) => {
                if let Some(name) = names.get(*index) {
                    proposals.give_back(name);
                }
            }
        }
    }
    names.into_iter().enumerate().map(|(index, name)| (read_type_key(index), name)).collect()
}
