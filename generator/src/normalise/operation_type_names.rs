//! Names of the types that are an operation's request body or response, once inferred types are
//! merged: a reader names each after the operation it first met it in, and a shape met again, or
//! merged into another, keeps that name. So a request body could be called `…Response` (merged
//! into its response) and a shape shared by several operations was named after whichever came
//! first. Here, a type that only its own operation's body and responses use is named after that
//! request (`…Request` when it is the body); a type several operations use is named for what their
//! names share (`MeetingPollRequest` for `Create a meeting poll` and `Update a meeting poll`), or
//! else each operation gets a type of its own name.
//!
//! Declared and inline types keep the names the spec gives them or their place in it, and so do
//! types that other types hold (they are named after the field they are in), unless that made a
//! request body `…Response`. One pass over the
//! types and operations.

use std::collections::{HashMap, HashSet};

use crate::ir::{Api, Operation, Provenance, Type, TypeDef, TypeKind};
use crate::naming::{provisional_type_name, snake_name, type_name};

/// Words that say nothing about what a shared shape is.
const ARTICLES: &[&str] = &["a", "an", "the"];

/// How an operation uses a type, directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Body,
    Response,
}

/// Renames the inferred types that are a request body or a response (see the module), all in one
/// pass over the API at the end, to provisional names whose identifiers the naming pass decides
/// ([`crate::normalise::names::name_types`]).
pub fn name_operation_types(api: &mut Api) {
    let held = held_by_types(&api.types);
    let bodies: HashSet<&str> = api
        .operations
        .iter()
        .flat_map(slots)
        .filter_map(|(ty, role)| match ty {
            Type::Named(name) if role == Role::Body => Some(name.as_str()),
            _ => None,
        })
        .collect();
    // A type held by others is named after its place in them, unless that made a body `…Response`.
    let renamable: HashSet<String> = api
        .types
        .iter()
        .filter(|t| t.provenance == Provenance::Inferred)
        .filter(|t| {
            !held.contains(t.name.as_str()) || (t.name.ends_with("Response") && bodies.contains(t.name.as_str()))
        })
        .map(|t| t.name.clone())
        .collect();
    drop(held);
    // Each renamable type's users, in operation order: (operation index, role).
    let mut users: HashMap<String, Vec<(usize, Role)>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for (index, op) in api.operations.iter().enumerate() {
        for (ty, role) in slots(op) {
            let Type::Named(name) = ty else { continue };
            if !renamable.contains(name) {
                continue;
            }
            let uses = users.entry(name.clone()).or_insert_with(|| {
                order.push(name.clone());
                Vec::new()
            });
            if uses.last() != Some(&(index, role)) {
                uses.push((index, role));
            }
        }
    }
    // Provisional names, numbered in the order this pass wants them: the naming pass decides the
    // identifiers in that order.
    let mut serial = api.types.len();
    let mut provisional = |wanted: &str| {
        serial += 1;
        provisional_type_name(wanted, serial)
    };
    let mut renames: HashMap<String, String> = HashMap::new();
    // (operation, role, the shared type, the operation's own copy).
    let mut copies: Vec<(usize, Role, String, String)> = Vec::new();
    for name in order {
        let Some(uses) = users.get(&name) else { continue };
        let op_name = |index: usize| api.operations.get(index).map_or("", |op| op.name.as_str());
        let mut ops: Vec<usize> = uses.iter().map(|(index, _)| *index).collect();
        ops.dedup();
        let has = |role: Role| uses.iter().any(|(_, r)| *r == role);
        let suffix = match (has(Role::Body), has(Role::Response)) {
            (true, false) => "Request",
            (false, true) => "Response",
            // A body that is also its own operation's response is named as the request.
            _ if ops.len() == 1 => "Request",
            _ => "",
        };
        let op_names: Vec<&str> = ops.iter().map(|index| op_name(*index)).collect();
        let wanted = match op_names.as_slice() {
            // A response of one operation keeps the name its reader gave it (with its status).
            [_] if !has(Role::Body) => continue,
            [only] => Some(format!("{only} {suffix}")),
            _ => shared_words(&op_names).map(|words| format!("{words} {suffix}")),
        };
        // Provisional names keep the text as it is: the naming pass converts it once.
        match wanted {
            Some(wanted) if type_name(&wanted) == name => {}
            Some(wanted) => {
                renames.insert(name, provisional(&wanted));
            }
            None => {
                for &(index, role) in uses {
                    let own = format!("{} {}", op_name(index), if role == Role::Body { "Request" } else { "Response" });
                    if type_name(&own) != name {
                        copies.push((index, role, name.clone(), provisional(&own)));
                    }
                }
            }
        }
    }
    let defs: HashMap<&str, &TypeDef> = api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let new_defs: Vec<TypeDef> = copies
        .iter()
        .filter_map(|(_, _, shared, own)| {
            defs.get(shared.as_str()).map(|def| TypeDef { name: own.clone(), ..(*def).clone() })
        })
        .collect();
    for (index, role, shared, own) in &copies {
        if let Some(op) = api.operations.get_mut(*index) {
            for (ty, slot_role) in slots_mut(op) {
                if slot_role == *role && matches!(ty, Type::Named(n) if n == shared) {
                    *ty = Type::Named(own.clone());
                }
            }
        }
    }
    api.types.extend(new_defs);
    if !renames.is_empty() {
        for def in &mut api.types {
            if let Some(to) = renames.get(&def.name) {
                def.name.clone_from(to);
            }
        }
        for def in &mut api.types {
            match &mut def.kind {
                TypeKind::Struct { fields, additional } => {
                    fields.iter_mut().for_each(|f| rename_in(&mut f.ty, &renames));
                    additional.iter_mut().for_each(|ty| rename_in(ty, &renames));
                }
                TypeKind::Union { variants, .. } => variants.iter_mut().for_each(|ty| rename_in(ty, &renames)),
                TypeKind::Alias(ty) => rename_in(ty, &renames),
                TypeKind::Enum { .. } => {}
            }
        }
        for op in &mut api.operations {
            let params = op.params.iter_mut().map(|p| &mut p.ty);
            let bodies = op.body.iter_mut().flat_map(|b| &mut b.contents).map(|c| &mut c.ty);
            let responses = op.responses.iter_mut().filter_map(|r| r.ty.as_mut());
            for ty in params.chain(bodies).chain(responses) {
                rename_in(ty, &renames);
            }
        }
    }
}

/// The types an operation's request bodies and success responses are, directly. (Error responses
/// that many operations share keep their names.)
fn slots(op: &Operation) -> impl Iterator<Item = (&Type, Role)> {
    let bodies = op.body.iter().flat_map(|b| &b.contents).map(|c| (&c.ty, Role::Body));
    let successes = op.responses.iter().filter(|r| r.status.is_success());
    bodies.chain(successes.filter_map(|r| r.ty.as_ref()).map(|ty| (ty, Role::Response)))
}

/// [`slots`], to change.
fn slots_mut(op: &mut Operation) -> impl Iterator<Item = (&mut Type, Role)> {
    let bodies = op.body.iter_mut().flat_map(|b| &mut b.contents).map(|c| (&mut c.ty, Role::Body));
    let successes = op.responses.iter_mut().filter(|r| r.status.is_success());
    bodies.chain(successes.filter_map(|r| r.ty.as_mut()).map(|ty| (ty, Role::Response)))
}

/// Renames the types `ty` names, through any wrapper.
fn rename_in(ty: &mut Type, renames: &HashMap<String, String>) {
    match ty {
        Type::Named(name) => {
            if let Some(to) = renames.get(name) {
                name.clone_from(to);
            }
        }
        Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) | Type::Tolerant(inner) => {
            rename_in(inner, renames)
        }
        _ => {}
    }
}

/// The names of the types that some type holds (in a field, a variant or an alias).
fn held_by_types<'a>(types: &'a [TypeDef]) -> HashSet<&'a str> {
    let mut held = HashSet::new();
    for def in types {
        let mut add = |ty: &'a Type| named_in(ty, &mut held);
        match &def.kind {
            TypeKind::Struct { fields, additional } => {
                fields.iter().for_each(|f| add(&f.ty));
                additional.iter().for_each(&mut add);
            }
            TypeKind::Union { variants, .. } => variants.iter().for_each(&mut add),
            TypeKind::Alias(ty) => add(ty),
            TypeKind::Enum { .. } => {}
        }
    }
    held
}

fn named_in<'a>(ty: &'a Type, out: &mut HashSet<&'a str>) {
    match ty {
        Type::Named(name) => {
            out.insert(name);
        }
        Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) | Type::Tolerant(inner) => named_in(inner, out),
        _ => {}
    }
}

/// The words that end every one of `names` (`a meeting poll` of `Create a meeting poll` and
/// `Update a meeting poll`), without leading articles; `None` when they share no such word.
fn shared_words(names: &[&str]) -> Option<String> {
    let split: Vec<Vec<String>> =
        names.iter().map(|name| snake_name(name).split('_').map(str::to_owned).collect()).collect();
    let first = split.first()?;
    let mut shared = 0;
    while shared < first.len()
        && split.iter().all(|words| {
            words.len() > shared && words.get(words.len() - 1 - shared) == first.get(first.len() - 1 - shared)
        })
    {
        shared += 1;
    }
    let words: Vec<&str> =
        first.iter().skip(first.len() - shared).map(String::as_str).skip_while(|w| ARTICLES.contains(w)).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{BodyContent, BodyEncoding, Origin, RequestBody, Response, Status, TypeKind};
    use crate::normalise::tests::{api_with, op};

    fn inferred(name: &str) -> TypeDef {
        TypeDef {
            name: name.into(),
            origin: Origin("/item/0".into()),
            provenance: Provenance::Inferred,
            docs: None,
            deprecated: false,
            kind: TypeKind::Struct { fields: vec![], additional: None },
        }
    }

    fn with(name: &str, body: Option<&str>, response: Option<&str>) -> Operation {
        let content = |ty: &str| BodyContent {
            content_type: "application/json".into(),
            encoding: BodyEncoding::Json,
            ty: Type::Named(ty.into()),
        };
        Operation {
            body: body.map(|ty| RequestBody { required: true, contents: vec![content(ty)], docs: None }),
            responses: response
                .map(|ty| Response {
                    status: Status::Code(200),
                    docs: None,
                    content_type: Some("application/json".into()),
                    ty: Some(Type::Named(ty.into())),
                    examples: vec![],
                    inferred: true,
                })
                .into_iter()
                .collect(),
            ..op(name)
        }
    }

    fn named(api: &Api) -> Vec<(Option<String>, Option<String>)> {
        let name = |ty: Option<&Type>| match ty {
            Some(Type::Named(name)) => Some(name.clone()),
            _ => None,
        };
        api.operations
            .iter()
            .map(|op| {
                let body = op.body.as_ref().and_then(|b| b.contents.first()).map(|c| &c.ty);
                (name(body), name(op.responses.first().and_then(|r| r.ty.as_ref())))
            })
            .collect()
    }

    /// Regression (class: request bodies named after a response): a body merged into its own
    /// operation's response was sent as `AddALocationResponse`.
    #[test]
    fn a_body_that_is_also_its_response_is_named_as_the_request() {
        let mut api =
            api_with(vec![with("Add a location", Some("AddALocationResponse"), Some("AddALocationResponse"))]);
        api.types.push(inferred("AddALocationResponse"));
        name_operation_types(&mut api);
        crate::normalise::names::name_types(&mut api);
        let request = Some("AddALocationRequest".to_owned());
        assert_eq!(named(&api), [(request.clone(), request)]);
        assert_eq!(api.types.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["AddALocationRequest"]);
    }

    /// Regression (class: shared shapes named after another operation): `create_a_meeting_poll`
    /// took an `UpdateAMeetingPollRequest`.
    #[test]
    fn a_shape_several_operations_share_is_named_for_what_their_names_share() {
        let mut api = api_with(vec![
            with("Update a meeting poll", Some("UpdateAMeetingPollRequest"), None),
            with("Create a meeting poll", Some("UpdateAMeetingPollRequest"), None),
        ]);
        api.types.push(inferred("UpdateAMeetingPollRequest"));
        name_operation_types(&mut api);
        crate::normalise::names::name_types(&mut api);
        let shared = Some("MeetingPollRequest".to_owned());
        assert_eq!(named(&api), [(shared.clone(), None), (shared, None)]);
    }

    /// Operations whose names share no word each get a type of their own name; declared types
    /// and types other types hold keep theirs.
    #[test]
    fn unrelated_operations_get_a_type_each_and_declared_types_keep_their_names() {
        let mut api = api_with(vec![
            with("Delete user", None, Some("DeleteUserResponse")),
            with("Remove group", None, Some("DeleteUserResponse")),
            with("Get pet", None, Some("Pet")),
        ]);
        api.types.push(inferred("DeleteUserResponse"));
        api.types.push(TypeDef { provenance: Provenance::Declared, ..inferred("Pet") });
        name_operation_types(&mut api);
        crate::normalise::names::name_types(&mut api);
        assert_eq!(
            named(&api),
            [
                (None, Some("DeleteUserResponse".to_owned())),
                (None, Some("RemoveGroupResponse".to_owned())),
                (None, Some("Pet".to_owned()))
            ]
        );
        let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["DeleteUserResponse", "Pet", "RemoveGroupResponse"]);
    }
}
