//! Operation base names: the text each operation's identifiers are made from, unique among the
//! operations of one API ([`crate::ir::OperationNames::base`]).

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Code, Diagnostic};
use crate::ir::{Api, Operation};
use crate::naming::{numbered_snake_name, snake_name};

/// Per operation, in order, its base name, and a warning for each operation renamed.
///
/// Two operations whose names map to the same method name: the first keeps its spec name, and each
/// later one is qualified by one part of where it lives (see [`parts`]): the most specific part
/// that no other operation of that name lives under (`webinars_update_registrant` beside
/// `update_registrant`), else the most specific one that gives a free name, else a number. Names
/// that are unique as the spec gives them never change. One pass, linear in the operations: the
/// parts of each name's operations are counted once, and numbering goes on from the last number
/// per name.
pub(super) fn operation_bases(api: &Api) -> (Vec<String>, Vec<Diagnostic>) {
    let snakes: Vec<String> = api.operations.iter().map(|op| snake_name(&op.name)).collect();
    let parts: Vec<Vec<String>> = api.operations.iter().map(parts).collect();
    // How many operations of each name live under each part.
    let mut sharing: HashMap<(&str, &str), usize> = HashMap::new();
    for (snake, parts) in snakes.iter().zip(&parts) {
        for part in parts {
            *sharing.entry((snake.as_str(), part.as_str())).or_default() += 1;
        }
    }
    let mut taken: HashSet<String> = snakes.iter().cloned().collect();
    let mut seen = HashSet::new();
    let mut next_number: HashMap<String, usize> = HashMap::new();
    let mut warnings = Vec::new();
    let mut bases = Vec::with_capacity(api.operations.len());
    for ((op, snake), parts) in api.operations.iter().zip(&snakes).zip(&parts) {
        if seen.insert(snake.as_str()) {
            bases.push(op.name.clone());
            continue;
        }
        let qualified = |part: &String| snake_name(&format!("{part} {snake}"));
        let only_here = |part: &&String| sharing.get(&(snake.as_str(), part.as_str())) == Some(&1);
        let name = match parts.iter().filter(only_here).chain(parts).map(qualified).find(|name| !taken.contains(name)) {
            Some(name) => name,
            None => {
                // Numbered on the final snake-case name, so shortening never cuts the number off.
                let n = next_number.entry(snake.clone()).or_insert(2);
                let mut name = numbered_snake_name(snake, *n);
                while taken.contains(&name) {
                    *n += 1;
                    name = numbered_snake_name(snake, *n);
                }
                *n += 1;
                name
            }
        };
        warnings.push(Diagnostic::warning(
            Code::RenamedDuplicateOperation,
            &api.source.file,
            op.origin.0.clone(),
            format!("operation name `{}` is used twice; this one is generated as `{name}`", op.name),
        ));
        taken.insert(name.clone());
        bases.push(name);
    }
    (bases, warnings)
}

/// The words that may tell an operation apart from others of its name, most specific first, in
/// snake case: its folders or tag from the innermost out, then the fixed segments of its path from
/// the last one back. Parameters (`{id}`, `:id`) tell nothing and are left out.
fn parts(op: &Operation) -> Vec<String> {
    let folders = op.group.iter().flat_map(|group| group.rsplit(" / "));
    let segments = op.path.rsplit('/');
    let mut seen = HashSet::new();
    folders
        .chain(segments)
        .map(str::trim)
        .filter(|part| !part.starts_with(['{', ':']) && !part.ends_with('}'))
        .filter(|part| part.chars().any(char::is_alphanumeric))
        .map(snake_name)
        .filter(|snake| seen.insert(snake.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::tests::{api_with, op};

    fn op_in(name: &str, folders: &str, path: &str) -> Operation {
        Operation { group: Some(folders.into()), path: path.into(), ..op(name) }
    }

    fn snake_bases(api: &Api) -> Vec<String> {
        operation_bases(api).0.iter().map(|base| snake_name(base)).collect()
    }

    /// Regression (class: duplicate names qualified by whole folder paths): a second
    /// `Update registrant` got every folder above it
    /// (`meetings_meeting_id_recordings_registrants_update_registrant`); one folder that the
    /// other operations of that name do not share is enough.
    #[test]
    fn duplicates_take_the_most_specific_part_that_tells_them_apart() {
        let api = api_with(vec![
            op_in("Update registrant", "Meetings / Registrants", "/meetings/{id}/registrants"),
            op_in("Update registrant", "Webinars / Registrants", "/webinars/{id}/registrants"),
            op_in(
                "Update registrant",
                "Meetings / {meetingId} / Recordings / Registrants",
                "/meetings/{id}/recordings/registrants",
            ),
            op_in("List users", "Users", "/users"),
        ]);
        let (bases, warnings) = operation_bases(&api);
        assert_eq!(
            bases,
            ["Update registrant", "webinars_update_registrant", "recordings_update_registrant", "List users"]
        );
        assert_eq!(warnings.len(), 2);
    }

    /// Names unique as the spec gives them are kept, even when a qualified duplicate would take one.
    #[test]
    fn unique_names_are_never_taken_by_a_duplicate() {
        let api = api_with(vec![
            op_in("Get", "Users", "/users"),
            op_in("Get", "Users / Groups", "/groups"),
            op_in("Groups get", "Other", "/other"),
            op_in("Get", "Users / Groups", "/groups"),
        ]);
        assert_eq!(snake_bases(&api), ["get", "users_get", "groups_get", "get_2"]);
    }

    /// Regression (class: super-linear numbering): each of 10,000 duplicates tried every number
    /// from 2 up; numbers now go on from the last one given.
    #[test]
    fn many_duplicates_are_numbered_in_order() {
        let api = api_with((0..1000).map(|_| op("Get item")).collect());
        let names = snake_bases(&api);
        assert_eq!(names.first().map(String::as_str), Some("get_item"));
        assert_eq!(names.get(1).map(String::as_str), Some("get_item_2"));
        assert_eq!(names.last().map(String::as_str), Some("get_item_1000"));
        assert_eq!(names.iter().collect::<HashSet<_>>().len(), 1000);
    }

    /// Regression (class: names that collide after shortening): numbering used to be cut off by
    /// the length limit, and the search for a free name never ended.
    #[test]
    fn long_similar_operation_names_terminate_and_stay_distinct() {
        let long = "retrieve the complete list of every resource attached to the given account";
        let api = api_with(vec![op(long), op(&format!("{long} now")), op(long), op(long)]);
        let (_, warnings) = operation_bases(&api);
        let names: HashSet<String> = snake_bases(&api).into_iter().collect();
        assert_eq!(names.len(), 4, "{names:?}");
        assert_eq!(warnings.len(), 3);
    }

    /// The spec's names stay in the IR: the naming pass writes the unique ones beside them.
    #[test]
    fn the_spec_names_stay_as_they_were() {
        let mut api = api_with(vec![op("Get item"), op("Get item")]);
        let warnings = super::super::name_operations(&mut api);
        assert_eq!(warnings.len(), 1);
        let names: Vec<&str> = api.operations.iter().map(|op| op.name.as_str()).collect();
        assert_eq!(names, ["Get item", "Get item"]);
        let bases: Vec<&str> = api.names.operations.iter().map(|names| names.base.as_str()).collect();
        assert_eq!(bases, ["Get item", "get_item_2"]);
    }
}
