//! The rules: old and new surfaces compared item by item.
//!
//! Operations are matched by HTTP method and path (placeholder names aside) across all modules,
//! then by client method name within a module; inputs by location and wire name, then by Rust
//! name; models by Rust name, then by identical shape (a rename); fields and values by wire name,
//! then by Rust name. What stays unmatched was removed or added. Each pass is linear in the
//! number of items (hash maps), except the pairing of leftovers, which only sees what changed.

use std::collections::{HashMap, HashSet};

use super::{At, Change, Class, Report, Side};
use crate::diagnostic::pointer_token;
use crate::surface::{Field, Input, Model, ModelKind, Module, Operation, Surface, Value};

/// The changes from `old` to `new`, breaking first.
pub fn compare(old: &Surface, new: &Surface) -> Report {
    let mut out = Changes::default();
    let old_modules: HashMap<&str, &Module> = old.modules.iter().map(|m| (m.name.as_str(), m)).collect();
    let new_names: HashSet<&str> = new.modules.iter().map(|m| m.name.as_str()).collect();
    for module in &new.modules {
        match old_modules.get(module.name.as_str()) {
            Some(before) => module_changes(before, module, &mut out),
            None => out.push(Class::Compatible, "module-added", &module.name, "module added".to_owned(), None),
        }
    }
    for module in old.modules.iter().filter(|m| !new_names.contains(m.name.as_str())) {
        let message = format!("module removed (was generated from {})", code(&module.spec));
        out.push(Class::Breaking, "module-removed", &module.name, message, None);
    }
    operations(old, new, &mut out);
    removed_features(old, new, &mut out);
    let mut changes = out.0;
    changes.sort_by(|a, b| (a.class, &a.item, a.rule).cmp(&(b.class, &b.item, b.rule)));
    Report { changes }
}

#[derive(Default)]
struct Changes(Vec<Change>);

impl Changes {
    fn push(&mut self, class: Class, rule: &'static str, item: &str, message: String, at: Option<At>) {
        self.0.push(Change { class, rule, item: item.to_owned(), message, at });
    }
}

fn at(side: Side, module: &Module, pointer: &str) -> Option<At> {
    Some(At {
        side,
        module: module.name.clone(),
        file: module.spec.clone(),
        pointer: pointer.to_owned(),
        line: None,
        column: None,
    })
}

fn code(text: &str) -> String {
    format!("`{text}`")
}

fn module_changes(old: &Module, new: &Module, out: &mut Changes) {
    let client = format!("{}::Client", new.name);
    if old.base_url != new.base_url {
        let message = format!("base URL changed from {} to {}", code(&old.base_url), code(&new.base_url));
        out.push(
            Class::Behaviour,
            "base-url-changed",
            &format!("{client}::DEFAULT_BASE_URL"),
            message,
            at(Side::New, new, "/servers"),
        );
    }
    auth(old, new, &client, out);
    models(old, new, out);
}

fn auth(old: &Module, new: &Module, client: &str, out: &mut Changes) {
    let before: HashMap<&str, &crate::surface::Auth> = old.auth.iter().map(|a| (a.name.as_str(), a)).collect();
    let now: HashSet<&str> = new.auth.iter().map(|a| a.name.as_str()).collect();
    let pointer = |name: &str| format!("/components/securitySchemes/{}", pointer_token(name));
    for scheme in &new.auth {
        let item = scheme.setters.first().map_or_else(|| client.to_owned(), |s| format!("{client}::{s}"));
        let place = at(Side::New, new, &pointer(&scheme.name));
        match before.get(scheme.name.as_str()) {
            None => {
                let message = format!("authentication scheme {} added ({})", code(&scheme.name), scheme.kind);
                out.push(Class::Compatible, "auth-added", &item, message, place);
            }
            Some(was) if was.kind != scheme.kind => {
                let message = format!(
                    "authentication scheme {} now sends {} (was {})",
                    code(&scheme.name),
                    scheme.kind,
                    was.kind
                );
                out.push(Class::Behaviour, "auth-changed", &item, message, place.clone());
                if was.setters != scheme.setters {
                    let message =
                        format!("credential methods are now {} (were {})", list(&scheme.setters), list(&was.setters));
                    out.push(Class::Breaking, "auth-setters-changed", &item, message, place);
                }
            }
            Some(_) => {}
        }
    }
    for scheme in old.auth.iter().filter(|a| !now.contains(a.name.as_str())) {
        let item = scheme.setters.first().map_or_else(|| client.to_owned(), |s| format!("{client}::{s}"));
        let message =
            format!("authentication scheme {} removed, and with it {}", code(&scheme.name), list(&scheme.setters));
        out.push(Class::Breaking, "auth-removed", &item, message, at(Side::Old, old, &pointer(&scheme.name)));
    }
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        return "no method".to_owned();
    }
    names.iter().map(|n| code(n)).collect::<Vec<_>>().join(", ")
}

/// The path with placeholder names dropped: `/users/{id}` and `/users/{userId}` are one endpoint.
fn endpoint(op: &Operation) -> (String, String) {
    let mut path = String::with_capacity(op.path.len());
    let mut inside = false;
    for c in op.path.chars() {
        match c {
            '{' => {
                inside = true;
                path.push_str("{}");
            }
            '}' => inside = false,
            _ if inside => {}
            _ => path.push(c),
        }
    }
    (op.http_method.to_ascii_uppercase(), path)
}

fn operations(old: &Surface, new: &Surface, out: &mut Changes) {
    // Old operations by endpoint, in crate order; matched ones are taken out.
    let mut by_endpoint: HashMap<(String, String), Vec<(usize, usize)>> = HashMap::new();
    let mut by_method: HashMap<(usize, &str), Vec<usize>> = HashMap::new();
    for (m, module) in old.modules.iter().enumerate() {
        for (o, op) in module.operations.iter().enumerate() {
            by_endpoint.entry(endpoint(op)).or_default().push((m, o));
            by_method.entry((m, op.method.as_str())).or_default().push(o);
        }
    }
    let mut matched: HashSet<(usize, usize)> = HashSet::new();
    let mut pairs = Vec::new();
    let mut unmatched = Vec::new();
    for module in &new.modules {
        let same = old.modules.iter().position(|m| m.name == module.name);
        for op in &module.operations {
            let candidates = by_endpoint.get(&endpoint(op)).map(Vec::as_slice).unwrap_or_default();
            let free = |&&(m, o): &&(usize, usize)| !matched.contains(&(m, o));
            let found = candidates
                .iter()
                .filter(free)
                .find(|(m, _)| Some(*m) == same)
                .or_else(|| candidates.iter().find(free))
                .copied();
            match found {
                Some(key) => {
                    matched.insert(key);
                    pairs.push((key, module, op));
                }
                None => unmatched.push((module, op, same)),
            }
        }
    }
    // Not found by endpoint: the same client method whose path or HTTP method changed.
    for (module, op, same) in unmatched {
        let key = same.and_then(|m| {
            let olds = by_method.get(&(m, op.method.as_str()))?;
            olds.iter().map(|&o| (m, o)).find(|key| !matched.contains(key))
        });
        match key {
            Some(key) => {
                matched.insert(key);
                pairs.push((key, module, op));
            }
            None => {
                let item = format!("{}::Client::{}", module.name, op.method);
                let message = format!("operation {} {} added", op.http_method, code(&op.path));
                out.push(Class::Compatible, "operation-added", &item, message, at(Side::New, module, &op.pointer));
            }
        }
    }
    for ((m, o), module, op) in pairs {
        let (Some(old_module), Some(old_op)) =
            (old.modules.get(m), old.modules.get(m).and_then(|md| md.operations.get(o)))
        else {
            continue;
        };
        operation(old_module, old_op, module, op, out);
    }
    for (m, module) in old.modules.iter().enumerate() {
        for (_, op) in module.operations.iter().enumerate().filter(|(o, _)| !matched.contains(&(m, *o))) {
            let item = format!("{}::Client::{}", module.name, op.method);
            let message = format!(
                "operation {} {} removed, and with it `requests::{}`",
                op.http_method,
                code(&op.path),
                op.builder
            );
            out.push(Class::Breaking, "operation-removed", &item, message, at(Side::Old, module, &op.pointer));
        }
    }
}

/// A cargo feature of the old crate that the new one lacks: a crate that names it no longer builds.
fn removed_features(old: &Surface, new: &Surface, out: &mut Changes) {
    let features = |surface: &Surface| -> std::collections::BTreeSet<String> {
        surface.modules.iter().flat_map(|m| &m.operations).filter_map(|op| op.feature.clone()).collect()
    };
    let now = features(new);
    for feature in features(old).difference(&now) {
        let message = format!("cargo feature {} removed", code(feature));
        out.push(Class::Breaking, "feature-removed", feature, message, None);
    }
}

fn operation(old_module: &Module, old: &Operation, module: &Module, new: &Operation, out: &mut Changes) {
    let item = format!("{}::Client::{}", module.name, new.method);
    let place = at(Side::New, module, &new.pointer);
    let was = format!("{}::Client::{}", old_module.name, old.method);
    if old_module.name != module.name {
        let message = format!("operation {} {} moved here from {}", new.http_method, code(&new.path), code(&was));
        out.push(Class::Breaking, "operation-moved", &item, message, place.clone());
    } else if old.method != new.method {
        let message = format!(
            "operation {} {} renamed from {} (builder `requests::{}`, was `requests::{}`)",
            new.http_method,
            code(&new.path),
            code(&old.method),
            new.builder,
            old.builder
        );
        out.push(Class::Breaking, "operation-renamed", &item, message, place.clone());
    } else if old.builder != new.builder {
        let message =
            format!("request builder renamed from `requests::{}` to `requests::{}`", old.builder, new.builder);
        out.push(Class::Breaking, "builder-renamed", &item, message, place.clone());
    }
    if endpoint(old) != endpoint(new) {
        let message =
            format!("now sends {} {} (was {} {})", new.http_method, code(&new.path), old.http_method, code(&old.path));
        out.push(Class::Behaviour, "operation-path-changed", &item, message, place.clone());
    }
    if let Some(feature) = new.feature.as_ref().filter(|feature| old.feature.as_ref() != Some(*feature)) {
        let message = match &old.feature {
            Some(was) => format!("now compiles with the cargo feature {} (was {})", code(feature), code(was)),
            None => format!("now compiles only with the cargo feature {}", code(feature)),
        };
        out.push(Class::Breaking, "operation-feature-changed", &item, message, place.clone());
    }
    if old.output != new.output {
        let message = format!("`send()` now returns {} (was {})", code(&new.output), code(&old.output));
        out.push(Class::Breaking, "response-retyped", &item, message, place.clone());
    }
    match (old.paged, new.paged) {
        (true, false) => {
            let message = format!("no longer pages: `requests::{}::pages` and `::items` are gone", new.builder);
            out.push(Class::Breaking, "paging-removed", &item, message, place.clone());
        }
        (false, true) => {
            let message = format!("now pages: `requests::{}::pages` and `::items` stream the results", new.builder);
            out.push(Class::Compatible, "paging-added", &item, message, place.clone());
        }
        _ => {}
    }
    if old.request_media != new.request_media && !old.request_media.is_empty() && !new.request_media.is_empty() {
        let message = format!("request body sent as {} (was {})", list(&new.request_media), list(&old.request_media));
        out.push(Class::Behaviour, "request-media-changed", &item, message, place.clone());
    }
    if old.response_media != new.response_media {
        let message = format!("responses come as {} (were {})", list(&new.response_media), list(&old.response_media));
        out.push(Class::Behaviour, "response-media-changed", &item, message, place.clone());
    }
    if old.auth != new.auth {
        let show = |auth: &[Vec<String>]| {
            if auth.is_empty() {
                "none".to_owned()
            } else {
                auth.iter()
                    .map(|all| if all.is_empty() { "none".to_owned() } else { all.join(" + ") })
                    .collect::<Vec<_>>()
                    .join(" or ")
            }
        };
        let message = format!("authentication now {} (was {})", show(&new.auth), show(&old.auth));
        out.push(Class::Behaviour, "operation-auth-changed", &item, message, place.clone());
    }
    deprecation(old.deprecated, new.deprecated, "operation", &item, place, out);
    inputs(old, module, new, out);
}

fn deprecation(was: bool, now: bool, what: &str, item: &str, place: Option<At>, out: &mut Changes) {
    match (was, now) {
        (false, true) => out.push(Class::Compatible, "deprecation-added", item, format!("{what} deprecated"), place),
        (true, false) => {
            out.push(Class::Compatible, "deprecation-removed", item, format!("{what} no longer deprecated"), place)
        }
        _ => {}
    }
}

/// The Rust item a caller names for an input: an argument of the client method, or a setter of the builder.
fn input_item(module: &Module, op: &Operation, input: &Input) -> String {
    if input.required {
        format!("{}::Client::{}({})", module.name, op.method, input.rust)
    } else {
        format!("{}::requests::{}::{}", module.name, op.builder, input.rust)
    }
}

fn input_what(input: &Input) -> String {
    if input.location == "body" {
        "request body".to_owned()
    } else {
        format!("{} parameter {}", input.location, code(&input.wire))
    }
}

fn inputs(old: &Operation, module: &Module, new: &Operation, out: &mut Changes) {
    let place = at(Side::New, module, &new.pointer);
    let mut pairs = pair(&old.inputs, &new.inputs, |i| (i.location.clone(), i.wire.clone()), |i| i.rust.clone());
    // A path parameter is its place in the path: left over ones are renamed placeholders.
    let is_path = |i: &&Input| i.location == "path";
    let (removed_path, removed): (Vec<&Input>, Vec<&Input>) = pairs.removed.iter().copied().partition(is_path);
    let (added_path, added): (Vec<&Input>, Vec<&Input>) = pairs.added.iter().copied().partition(is_path);
    if removed_path.len() == added_path.len() {
        pairs.matched.extend(removed_path.into_iter().zip(added_path));
        (pairs.removed, pairs.added) = (removed, added);
    }
    let pairs = pairs;
    for &(before, now) in &pairs.matched {
        let item = input_item(module, new, now);
        let what = input_what(now);
        if before.rust != now.rust && !(before.required && now.required) {
            let message = format!("{what} renamed from {} to {}", code(&before.rust), code(&now.rust));
            out.push(Class::Breaking, "parameter-renamed", &item, message, place.clone());
        }
        // A path parameter is its place in the path, whatever its placeholder is called.
        let moved = before.location != now.location || (now.location != "path" && before.wire != now.wire);
        if moved {
            let message = format!("{what} (was {})", input_what(before));
            out.push(Class::Behaviour, "parameter-wire-renamed", &item, message, place.clone());
        }
        if before.ty != now.ty {
            let message = format!("{what} now takes {} (was {})", code(&now.ty), code(&before.ty));
            out.push(Class::Breaking, "parameter-retyped", &item, message, place.clone());
        }
        match (before.required, now.required) {
            (false, true) => {
                let message = format!("{what} made required: a method argument, no longer a builder setter");
                out.push(Class::Breaking, "parameter-made-required", &item, message, place.clone());
            }
            (true, false) => {
                let message = format!("{what} made optional: a builder setter, no longer a method argument");
                out.push(Class::Breaking, "parameter-made-optional", &item, message, place.clone());
            }
            _ => {}
        }
        deprecation(before.deprecated, now.deprecated, &what, &item, place.clone(), out);
    }
    // Arguments are passed by position: the same ones in another order may still compile.
    let old_of: HashMap<*const Input, &Input> =
        pairs.matched.iter().filter(|(b, n)| b.required && n.required).map(|&(b, n)| (n as *const Input, b)).collect();
    let kept: HashSet<*const Input> = old_of.values().map(|b| *b as *const Input).collect();
    let was: Vec<&str> =
        old.inputs.iter().filter(|i| kept.contains(&(*i as *const Input))).map(|i| i.rust.as_str()).collect();
    let (order, now): (Vec<&str>, Vec<&str>) = new
        .inputs
        .iter()
        .filter_map(|n| old_of.get(&(n as *const Input)).map(|b| (b.rust.as_str(), n.rust.as_str())))
        .unzip();
    if was != order {
        let message = format!("arguments reordered: now ({}), were ({})", now.join(", "), was.join(", "));
        let item = format!("{}::Client::{}", module.name, new.method);
        out.push(Class::Breaking, "arguments-reordered", &item, message, place.clone());
    }
    for &now in &pairs.added {
        let item = input_item(module, new, now);
        let what = input_what(now);
        if now.required {
            let message = format!("required {what} added: a new argument of type {}", code(&now.ty));
            out.push(Class::Breaking, "parameter-added-required", &item, message, place.clone());
        } else {
            let message = format!("optional {what} added: a new setter taking {}", code(&now.ty));
            out.push(Class::Compatible, "parameter-added-optional", &item, message, place.clone());
        }
    }
    for &before in &pairs.removed {
        let item = input_item(module, old, before);
        let message = format!("{} removed", input_what(before));
        out.push(Class::Breaking, "parameter-removed", &item, message, place.clone());
    }
}

/// Items of two lists matched by a wire key, then by a Rust key; the rest added or removed.
struct Pairs<'a, T> {
    matched: Vec<(&'a T, &'a T)>,
    added: Vec<&'a T>,
    removed: Vec<&'a T>,
}

fn pair<'a, T, K: Eq + std::hash::Hash>(
    old: &'a [T],
    new: &'a [T],
    wire: impl Fn(&T) -> K,
    rust: impl Fn(&T) -> String,
) -> Pairs<'a, T> {
    let mut by_wire: HashMap<K, usize> = HashMap::new();
    for (i, item) in old.iter().enumerate().rev() {
        by_wire.insert(wire(item), i);
    }
    let mut taken = vec![false; old.len()];
    let mut slots: Vec<Option<usize>> = new
        .iter()
        .map(|item| {
            let i = by_wire.get(&wire(item)).copied().filter(|&i| !taken.get(i).copied().unwrap_or(true))?;
            if let Some(t) = taken.get_mut(i) {
                *t = true;
            }
            Some(i)
        })
        .collect();
    let mut by_rust: HashMap<String, usize> = HashMap::new();
    for (i, item) in old.iter().enumerate().rev().filter(|(i, _)| !taken.get(*i).copied().unwrap_or(true)) {
        by_rust.insert(rust(item), i);
    }
    for (slot, item) in slots.iter_mut().zip(new).filter(|(slot, _)| slot.is_none()) {
        if let Some(&i) = by_rust.get(&rust(item)).filter(|&&i| !taken.get(i).copied().unwrap_or(true)) {
            if let Some(t) = taken.get_mut(i) {
                *t = true;
            }
            *slot = Some(i);
        }
    }
    let mut pairs = Pairs { matched: Vec::new(), added: Vec::new(), removed: Vec::new() };
    for (slot, item) in slots.into_iter().zip(new) {
        match slot.and_then(|i| old.get(i)) {
            Some(before) => pairs.matched.push((before, item)),
            None => pairs.added.push(item),
        }
    }
    pairs.removed = old.iter().zip(&taken).filter(|(_, taken)| !**taken).map(|(item, _)| item).collect();
    pairs
}

fn models(old: &Module, new: &Module, out: &mut Changes) {
    let before: HashMap<&str, &Model> = old.models.iter().map(|m| (m.name.as_str(), m)).collect();
    let now: HashSet<&str> = new.models.iter().map(|m| m.name.as_str()).collect();
    let mut added: Vec<&Model> = Vec::new();
    for model in &new.models {
        match before.get(model.name.as_str()) {
            Some(was) => model_changes(was, new, model, out),
            None => added.push(model),
        }
    }
    let removed: Vec<&Model> = old.models.iter().filter(|m| !now.contains(m.name.as_str())).collect();
    // A removed and an added model of one shape, each the only one of that shape: a rename.
    let mut shapes: HashMap<&ModelKind, (usize, usize)> = HashMap::new();
    for model in &removed {
        shapes.entry(&model.kind).or_default().0 += 1;
    }
    for model in &added {
        shapes.entry(&model.kind).or_default().1 += 1;
    }
    let unique_shape = |m: &Model| {
        shapes.get(&m.kind) == Some(&(1, 1)) && !matches!(&m.kind, ModelKind::Struct { fields } if fields.is_empty())
    };
    let old_of: HashMap<&ModelKind, &Model> =
        removed.iter().filter(|m| unique_shape(m)).map(|m| (&m.kind, *m)).collect();
    let mut renamed: HashSet<&str> = HashSet::new();
    for model in &added {
        let item = format!("{}::models::{}", new.name, model.name);
        let place = at(Side::New, new, &model.pointer);
        match old_of.get(&model.kind).filter(|_| unique_shape(model)) {
            Some(was) => {
                renamed.insert(was.name.as_str());
                let message = format!("type renamed from `models::{}`", was.name);
                out.push(Class::Breaking, "type-renamed", &item, message, place);
            }
            None => out.push(Class::Compatible, "type-added", &item, format!("type added ({})", a(&model.kind)), place),
        }
    }
    for model in removed.iter().filter(|m| !renamed.contains(m.name.as_str())) {
        let item = format!("{}::models::{}", old.name, model.name);
        out.push(Class::Breaking, "type-removed", &item, "type removed".to_owned(), at(Side::Old, old, &model.pointer));
    }
}

/// What kind of Rust type a model is, with its article.
fn a(kind: &ModelKind) -> &'static str {
    match kind {
        ModelKind::Struct { .. } => "a struct",
        ModelKind::Enum { .. } => "an enum",
        ModelKind::Union { .. } => "an enum of alternatives",
        ModelKind::Alias { .. } => "an alias",
    }
}

fn model_changes(old: &Model, module: &Module, new: &Model, out: &mut Changes) {
    let item = format!("{}::models::{}", module.name, new.name);
    let place = at(Side::New, module, &new.pointer);
    deprecation(old.deprecated, new.deprecated, "type", &item, place.clone(), out);
    match (&old.kind, &new.kind) {
        (ModelKind::Struct { fields: before }, ModelKind::Struct { fields: now }) => {
            fields(before, now, module, new, out);
        }
        (ModelKind::Enum { values: before }, ModelKind::Enum { values: now }) => {
            values(before, now, &item, place, false, out);
        }
        (ModelKind::Union { variants: before }, ModelKind::Union { variants: now }) => {
            values(before, now, &item, place, true, out);
        }
        (ModelKind::Alias { ty: before }, ModelKind::Alias { ty: now }) if before != now => {
            let message = format!("now stands for {} (was {})", code(now), code(before));
            out.push(Class::Breaking, "alias-retyped", &item, message, place);
        }
        (ModelKind::Alias { .. }, ModelKind::Alias { .. }) => {}
        (before, now) => {
            let message = format!("now {} (was {})", a(now), a(before));
            out.push(Class::Breaking, "type-kind-changed", &item, message, place);
        }
    }
}

fn fields(old: &[Field], new: &[Field], module: &Module, model: &Model, out: &mut Changes) {
    let place =
        |field: &Field| at(Side::New, module, &format!("{}/properties/{}", model.pointer, pointer_token(&field.wire)));
    let item = |field: &Field| format!("{}::models::{}::{}", module.name, model.name, field.rust);
    let pairs = pair(old, new, |f| f.wire.clone(), |f| f.rust.clone());
    for (before, now) in pairs.matched {
        let (item, place) = (item(now), place(now));
        if before.rust != now.rust {
            let message = format!("field {} renamed from {}", code(&now.wire), code(&before.rust));
            out.push(Class::Breaking, "field-renamed", &item, message, place.clone());
        }
        if before.wire != now.wire {
            let message = format!("field now {} on the wire (was {})", code(&now.wire), code(&before.wire));
            out.push(Class::Behaviour, "field-wire-renamed", &item, message, place.clone());
        }
        match (before.required, now.required) {
            (true, false) => {
                let message = format!("field made optional: now {} (was {})", code(&now.ty), code(&before.ty));
                out.push(Class::Breaking, "field-made-optional", &item, message, place.clone());
            }
            (false, true) => {
                let message = format!("field made required: now {} (was {})", code(&now.ty), code(&before.ty));
                out.push(Class::Breaking, "field-made-required", &item, message, place.clone());
            }
            _ if before.ty != now.ty => {
                let message = format!("field type now {} (was {})", code(&now.ty), code(&before.ty));
                out.push(Class::Breaking, "field-retyped", &item, message, place.clone());
            }
            _ => {}
        }
        deprecation(before.deprecated, now.deprecated, "field", &item, place, out);
    }
    // A field removed and one added with the same type, each the only one of that type: a rename.
    let count = |fields: &[&Field], ty: &str| fields.iter().filter(|f| f.ty == ty).count();
    let is_rename = |f: &Field| count(&pairs.removed, &f.ty) == 1 && count(&pairs.added, &f.ty) == 1;
    for now in &pairs.added {
        let (item, place) = (item(now), place(now));
        if is_rename(now) {
            if let Some(before) = pairs.removed.iter().find(|f| f.ty == now.ty) {
                let message = format!(
                    "field renamed from {} ({} on the wire, was {})",
                    code(&before.rust),
                    code(&now.wire),
                    code(&before.wire)
                );
                out.push(Class::Breaking, "field-renamed", &item, message, place);
                continue;
            }
        }
        if now.required && model.body {
            let message = format!("required field added: `{}::new` takes a {} argument", model.name, code(&now.ty));
            out.push(Class::Breaking, "field-added-required", &item, message, place);
        } else {
            let message = format!("field added ({})", code(&now.ty));
            out.push(Class::Compatible, "field-added", &item, message, place);
        }
    }
    for before in pairs.removed.iter().filter(|f| !is_rename(f)) {
        let item = format!("{}::models::{}::{}", module.name, model.name, before.rust);
        out.push(Class::Breaking, "field-removed", &item, "field removed".to_owned(), place(before));
    }
}

/// Enum values (or union alternatives, `union`): added, removed, renamed in Rust.
fn values(old: &[Value], new: &[Value], item: &str, place: Option<At>, union: bool, out: &mut Changes) {
    let pairs = pair(old, new, |v| v.wire.clone(), |v| v.rust.clone());
    let what =
        |v: &Value| if union { format!("alternative {}", code(&v.wire)) } else { format!("value {}", code(&v.wire)) };
    for (before, now) in pairs.matched {
        let variant = format!("{item}::{}", now.rust);
        if before.rust != now.rust {
            let message = format!("{} is now variant {} (was {})", what(now), code(&now.rust), code(&before.rust));
            out.push(Class::Breaking, "variant-renamed", &variant, message, place.clone());
        }
        if before.wire != now.wire {
            let message = format!("variant now holds {} (was {})", code(&now.wire), code(&before.wire));
            out.push(Class::Breaking, "variant-retyped", &variant, message, place.clone());
        }
    }
    for now in pairs.added {
        let variant = format!("{item}::{}", now.rust);
        if union {
            let message = format!("{} added: a new variant, which a `match` must handle", what(now));
            out.push(Class::Breaking, "variant-added", &variant, message, place.clone());
        } else {
            let message = format!("{} added; clients built before decode it as `Unknown`", what(now));
            out.push(Class::Compatible, "enum-value-added", &variant, message, place.clone());
        }
    }
    for before in pairs.removed {
        let variant = format!("{item}::{}", before.rust);
        let rule = if union { "variant-removed" } else { "enum-value-removed" };
        out.push(Class::Breaking, rule, &variant, format!("{} removed", what(before)), place.clone());
    }
}
