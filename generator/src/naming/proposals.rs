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
        self.propose_named(type_name(hint), hint, parent)
    }

    /// [`Proposals::propose`], given `base`, the hint's own name ([`type_name`] of `hint`), made
    /// beforehand (on another core).
    pub fn propose_named(&mut self, base: String, hint: &str, parent: Option<&str>) -> String {
        // The parent's name is made only when the hint's own is taken.
        let free = if self.taken.contains(&base) {
            parent.map(|parent| type_name(&format!("{parent}_{hint}"))).filter(|name| !self.taken.contains(name))
        } else {
            Some(base.clone())
        };
        let name = match free {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::naming::is_type_name;

    /// A name given back is handed out again first, lowest number first, so names stay without gaps.
    #[test]
    fn names_given_back_are_handed_out_again() {
        let mut names = Proposals::default();
        let proposed: Vec<String> = (0..4).map(|_| names.propose("message", None)).collect();
        assert_eq!(proposed, ["Message", "Message2", "Message3", "Message4"]);
        names.keep("Message");
        names.give_back("Message3");
        names.give_back("Message2");
        assert_eq!(names.propose("message", None), "Message2");
        assert_eq!(names.propose("message", Some("chat")), "ChatMessage");
        assert_eq!(names.propose("message", Some("chat")), "Message3");
        assert_eq!(names.propose("message", None), "Message5");
    }

    /// Hostile hints and parents (keywords, `Self`, names the generated code uses, nothing, digits
    /// first, non-ASCII, names equal after case folding) give valid type names, none twice.
    #[test]
    fn hostile_hints_give_unique_type_names() {
        let hints = ["Self", "self", "crate", "super", "", "$", "2fa", "Vec", "Ok", "über", "Uber", "日本", "RiBen"];
        let mut names = Proposals::default();
        let mut seen = HashSet::new();
        for parent in [None, Some("Self"), Some(""), Some("Parent")] {
            for hint in hints {
                let name = names.propose(hint, parent);
                names.keep(&name);
                assert!(is_type_name(&name), "{hint:?} in {parent:?} gave {name:?}");
                assert!(seen.insert(name.clone()), "{hint:?} in {parent:?} gave {name:?} twice");
            }
        }
    }

    /// Thousands of one hint, where the spec already took the numbered names: numbering goes on from
    /// the last number, so the numbers tried grow linearly with the names handed out.
    #[test]
    fn thousands_of_one_hint_cost_linear_time() {
        let numbers_tried = |n: usize| {
            let mut names = Proposals::default();
            for i in 2..n {
                names.keep(&format!("Item{i}"));
            }
            for _ in 0..n {
                let name = names.propose("item", None);
                names.keep(&name);
            }
            names.next_number.get("Item").copied().unwrap_or_default()
        };
        let (single, double) = (numbers_tried(5_000), numbers_tried(10_000));
        assert!(single <= 2 * 5_000 + 2, "{single}");
        assert!(double <= 2 * single + 2, "5,000 names: {single} numbers tried, 10,000: {double}");
    }
}
