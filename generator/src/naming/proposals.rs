//! [`Proposals`]: type names handed out while a reader walks a spec, before the types exist.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::type_name;

/// Type names proposed for types still being built, which may be given back (a shape met before
/// takes the existing type's name instead). A name is unique on the final identifier, as
/// [`type_name`] makes it: the hint's own name, else the parent's name with the hint's, else the
/// hint's numbered (`Message2`), a number given back first, so that names stay without gaps.
/// Numbering goes on from the last number per base, so many types of one name cost linear time.
#[derive(Debug, Default)]
pub struct Proposals {
    /// Names handed out and not given back.
    taken: HashSet<String>,
    /// The next number to try for each numbered base name.
    next_number: HashMap<String, usize>,
    /// Numbered names handed out and not (yet) kept: their base and number.
    numbered: HashMap<String, (String, usize)>,
    /// Numbers given back for each base, handed out again first (lowest first).
    freed: HashMap<String, BTreeSet<usize>>,
}

impl Proposals {
    /// A free type name for `hint`, falling back to `parent` + `hint`, then to a number; taken
    /// until [`Proposals::give_back`].
    pub fn propose(&mut self, hint: &str, parent: Option<&str>) -> String {
        let base = type_name(hint);
        let mut candidates = vec![base.clone()];
        if let Some(parent) = parent {
            candidates.push(type_name(&format!("{parent}_{hint}")));
        }
        let name = match candidates.into_iter().find(|candidate| !self.taken.contains(candidate)) {
            Some(name) => name,
            None => {
                let n = self.numbered_free(&base);
                let name = format!("{base}{n}");
                self.numbered.insert(name.clone(), (base, n));
                name
            }
        };
        self.taken.insert(name.clone());
        name
    }

    /// A number that makes `base` a free name: one given back, else the next one not taken.
    fn numbered_free(&mut self, base: &str) -> usize {
        while let Some(n) = self.freed.get_mut(base).and_then(BTreeSet::pop_first) {
            if !self.taken.contains(&format!("{base}{n}")) {
                return n;
            }
        }
        let n = self.next_number.entry(base.to_owned()).or_insert(2);
        while self.taken.contains(&format!("{base}{n}")) {
            *n += 1;
        }
        *n += 1;
        *n - 1
    }

    /// Keeps `name` for good: a type is defined under it, so its number is never given back.
    pub fn keep(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
        self.numbered.remove(name);
    }

    /// Makes a proposed name that no type is defined under free again.
    pub fn give_back(&mut self, name: &str) {
        self.taken.remove(name);
        if let Some((base, n)) = self.numbered.remove(name) {
            self.freed.entry(base).or_default().insert(n);
        }
    }
}
