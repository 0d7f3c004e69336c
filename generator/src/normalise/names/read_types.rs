//! The names of the types a reader made: decided from what it proposed for each, in the order it
//! proposed them ([`crate::ir::Api::type_hints`]), with [`Proposals`].

use std::collections::HashMap;

use rayon::iter::{IntoParallelRefIterator, ParallelIterator};

use crate::ir::{Hint, TypeHint};
use crate::naming::{Proposals, read_type_index, read_type_key, singular, type_name};

/// Each proposal's type name by its key ([`crate::naming::read_type_key`]): the hint's own name,
/// else the parent's name with the hint's, else the hint's numbered, where a name dropped before
/// (its type was not made) is free again. The parent of a proposal is a key or a type name.
pub fn read_type_names(hints: &[TypeHint]) -> HashMap<String, String> {
    // The names of the hints given as text, which need no earlier name: made on all cores first.
    let text_names: Vec<Option<String>> = hints
        .par_iter()
        .map(|hint| match hint {
            TypeHint::Proposed { hint: Hint::Text(text), .. } => Some(type_name(text)),
            _ => None,
        })
        .collect();
    let mut proposals = Proposals::default();
    let mut names: Vec<String> = Vec::new();
    for (hint, text_name) in hints.iter().zip(text_names) {
        match hint {
            TypeHint::Proposed { hint, parent } => {
                let name_of = |key: &'_ str| read_type_index(key).and_then(|index| names.get(index));
                let parent = parent.as_deref().map(|parent| name_of(parent).map_or(parent, String::as_str));
                let name = match (hint, text_name) {
                    (Hint::Text(text), Some(base)) => proposals.propose_named(base, text, parent),
                    (Hint::Text(text), None) => proposals.propose(text, parent),
                    (Hint::Derived { key, singular: one, suffix }, _) => {
                        let name = name_of(key).map_or(key.as_str(), String::as_str);
                        let name = if *one { singular(name) } else { name.to_owned() };
                        proposals.propose(&format!("{name}{suffix}"), parent)
                    }
                };
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
