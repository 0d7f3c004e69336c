//! `$ref`s made plain before the typed read, for OpenAPI 3.0 and Swagger 2.0 documents alike.
//!
//! After [`bundle`], every reference the readers follow is either `#/<section>/<name>` naming an entry of the
//! root document's components (`#/components/schemas/X`, or `#/definitions/X` in Swagger 2.0) or gone: a schema
//! that a reference finds anywhere else (inside another object, in another file) is copied into the schema
//! section under a name of its own, so recursion keeps working, and any other object (a parameter, response,
//! path item, callback…) is copied in place of its reference. Pointers are read as RFC 6901 inside an RFC 3986
//! fragment (`%20`, `~0`, `~1`). Chains of references are followed, cycles without a structure in between
//! are errors, and the copies remember where they came from, so diagnostics about them name the file and
//! node that has the problem (see [`Origins`]).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::files::{FileId, Files, ROOT};
use crate::diagnostic::{Code, Diagnostic, pointer};
use crate::error::Result;

/// Where the document keeps its reusable objects.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Layout {
    /// `#/components/<section>/<name>`.
    OpenApi3,
    /// As OpenAPI 3.0, with the sections and keywords OpenAPI 3.1 and 3.2 add (webhooks, path items and media types
    /// among the components, the `query` method and `additionalOperations`, `itemSchema`, schema keywords).
    OpenApi31,
    /// `#/definitions/<name>`, `#/parameters/<name>`, `#/responses/<name>`.
    Swagger2,
}

impl Layout {
    /// The tokens of the pointer to a schema section.
    fn schema_section(self) -> &'static [&'static str] {
        match self {
            Layout::OpenApi3 | Layout::OpenApi31 => &["components", "schemas"],
            Layout::Swagger2 => &["definitions"],
        }
    }

    /// Whether `tokens` name an entry of a component section directly.
    fn is_component(self, tokens: &[String]) -> bool {
        match (self, tokens) {
            (Layout::OpenApi3 | Layout::OpenApi31, [components, section, _]) => {
                components == "components"
                    && matches!(
                        section.as_str(),
                        "schemas"
                            | "responses"
                            | "parameters"
                            | "examples"
                            | "requestBodies"
                            | "headers"
                            | "securitySchemes"
                            | "links"
                            | "callbacks"
                    )
            }
            (Layout::Swagger2, [section, _]) => matches!(section.as_str(), "definitions" | "parameters" | "responses"),
            _ => false,
        }
    }
}

/// What an object of a spec is, as far as references are concerned.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Root,
    Components,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Encoding,
    Header,
    Callback,
    Schema,
    /// Examples, links, security schemes: a reference is followed, the content is data.
    Leaf,
}

/// How the value under a key is read.
#[derive(Clone, Copy)]
enum Slot {
    One(Kind),
    /// A map or a list of objects of one kind.
    Many(Kind),
}

impl Kind {
    /// What the member `key` of an object of this kind holds; `None` for data (examples, extensions, …).
    fn member(self, key: &str, layout: Layout) -> Option<Slot> {
        use Kind::*;
        use Slot::{Many, One};
        if key.starts_with("x-") {
            return None;
        }
        let v31 = layout == Layout::OpenApi31;
        Some(match (self, key) {
            (Root, "paths") => Many(PathItem),
            (Root, "webhooks") if v31 => Many(PathItem),
            (Root, "components") if layout != Layout::Swagger2 => One(Components),
            (Root, "definitions") if layout == Layout::Swagger2 => Many(Schema),
            (Root, "parameters") if layout == Layout::Swagger2 => Many(Parameter),
            (Root, "responses") if layout == Layout::Swagger2 => Many(Response),
            (Components, "schemas") => Many(Schema),
            (Components, "responses") => Many(Response),
            (Components, "parameters") => Many(Parameter),
            (Components, "requestBodies") => Many(RequestBody),
            (Components, "headers") => Many(Header),
            (Components, "callbacks") => Many(Callback),
            (Components, "examples" | "links" | "securitySchemes") => Many(Leaf),
            (Components, "pathItems") if v31 => Many(PathItem),
            (Components, "mediaTypes") if v31 => Many(MediaType),
            (PathItem | Operation, "parameters") => Many(Parameter),
            (PathItem, "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace") => One(Operation),
            (PathItem, "query") if v31 => One(Operation),
            (PathItem, "additionalOperations") if v31 => Many(Operation),
            (Operation, "requestBody") => One(RequestBody),
            (Operation, "responses") => Many(Response),
            (Operation, "callbacks") => Many(Callback),
            (Parameter | Header | MediaType, "schema") | (Parameter | Header, "items") => One(Schema),
            (MediaType, "itemSchema") if v31 => One(Schema),
            (Response, "schema") if layout == Layout::Swagger2 => One(Schema),
            (Parameter | Header | RequestBody | Response, "content") => Many(MediaType),
            (Parameter | MediaType, "examples") if layout != Layout::Swagger2 => Many(Leaf),
            (Response | Encoding, "headers") => Many(Header),
            (Response, "links") => Many(Leaf),
            (MediaType, "encoding") => Many(Encoding),
            (Callback, _) => One(PathItem),
            (Schema, "properties") => Many(Schema),
            (Schema, "items" | "additionalProperties" | "not") => One(Schema),
            (Schema, "allOf" | "anyOf" | "oneOf") => Many(Schema),
            (Schema, "patternProperties" | "prefixItems") if v31 => Many(Schema),
            (Schema, "unevaluatedProperties") if v31 => One(Schema),
            _ => return None,
        })
    }
}

/// Regions of the bundled document copied from elsewhere: where each is now, and where it came from.
#[derive(Debug, Default)]
pub(crate) struct Origins {
    /// (pointer in the bundled document, file, pointer in that file); longer prefixes win.
    regions: Vec<(String, FileId, String)>,
    files: Files,
    layout: Option<Layout>,
    /// The schemas copied into the schema section: by key ([`copy_key`]), the name they are known by.
    copies: HashMap<String, String>,
}

impl Origins {
    /// The schemas copied into the schema section: by key, the name they are known by (the
    /// target's own name, else its path), which the reader proposes to name their types after.
    pub(crate) fn copies(&self) -> &HashMap<String, String> {
        &self.copies
    }

    /// The canonical paths of the files `$ref`s named, besides the spec.
    pub(crate) fn paths(&self) -> impl Iterator<Item = &std::path::Path> {
        self.files.paths()
    }

    /// Moves a diagnostic about a copied node to the file and node it was copied from, located there.
    pub(crate) fn relocate(&self, diagnostic: &mut Diagnostic) {
        if self.regions.is_empty() || diagnostic.source.is_some() {
            return;
        }
        let Some((file, pointer)) = self.copied_from(&diagnostic.pointer) else { return };
        diagnostic.pointer = pointer;
        if file != ROOT {
            self.files.locate_in(file, diagnostic);
        }
    }

    /// The file and pointer a node of the bundled document (at `pointer`) was copied from: the
    /// innermost copied region holding it; `None` for a node not copied.
    fn copied_from(&self, pointer: &str) -> Option<(FileId, String)> {
        let pointer = self.swagger_pointer(pointer);
        let (at, file, from) = self
            .regions
            .iter()
            .filter(|(at, _, _)| {
                pointer.strip_prefix(at.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
            .max_by_key(|(at, _, _)| at.len())?;
        Some((*file, format!("{from}{}", pointer.get(at.len()..).unwrap_or_default())))
    }

    /// Moves the origin of a type (a pointer into the bundled document) made from a copied node
    /// of the spec itself to the node it was copied from; a node copied from another file keeps
    /// its pointer into the bundled document.
    pub(crate) fn relocate_origin(&self, origin: &mut String) {
        if self.regions.is_empty() {
            return;
        }
        if let Some((ROOT, pointer)) = self.copied_from(origin) {
            *origin = pointer;
        }
    }

    /// [`Origins::relocate`] for the diagnostic of an error.
    pub(crate) fn relocate_error(&self, error: crate::error::Error) -> crate::error::Error {
        match error {
            crate::error::Error::Spec(mut diagnostic) => {
                self.relocate(&mut diagnostic);
                crate::error::Error::Spec(diagnostic)
            }
            other => other,
        }
    }

    /// The warnings raised while reading the other files (numbers clamped in them), located there.
    pub(crate) fn file_warnings(&self) -> Vec<Diagnostic> {
        self.files.warnings.clone()
    }

    /// A pointer into a Swagger document's OpenAPI 3.0 conversion, as the Swagger pointer it came from.
    fn swagger_pointer(&self, at: &str) -> String {
        if self.layout == Some(Layout::Swagger2) {
            for (converted, original) in [
                ("/components/schemas/", "/definitions/"),
                ("/components/parameters/", "/parameters/"),
                ("/components/responses/", "/responses/"),
            ] {
                if let Some(rest) = at.strip_prefix(converted) {
                    return format!("{original}{rest}");
                }
            }
        }
        at.to_owned()
    }
}

/// A reference, resolved: the file and the pointer tokens of its target.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
struct Target {
    file: FileId,
    tokens: Vec<String>,
}

impl Target {
    fn pointer(&self) -> String {
        let tokens: Vec<&str> = self.tokens.iter().map(String::as_str).collect();
        pointer("", &tokens)
    }
}

/// Where the walk is: the file being read and the node's pointer in it, and the node's pointer in the output.
struct Place<'a> {
    file: FileId,
    at: &'a str,
    out: &'a str,
}

impl Place<'_> {
    fn child<R>(&self, token: &str, f: impl FnOnce(&Place<'_>) -> R) -> R {
        let at = pointer(self.at, &[token]);
        let out = pointer(self.out, &[token]);
        f(&Place { file: self.file, at: &at, out: &out })
    }
}

/// Nodes walked per byte of the spec's files before the references are declared to blow up.
const NODES_PER_BYTE: usize = 8;
/// Nodes always allowed, whatever the input's size.
const MIN_NODES: usize = 1_000_000;

struct Bundler {
    layout: Layout,
    files: Files,
    /// Schemas copied into the schema section, by target: their new names.
    hoisted: HashMap<Target, String>,
    /// The copies, in the order they were made.
    new_schemas: Vec<(String, Value)>,
    /// The copies' names by key ([`copy_key`]).
    copies: HashMap<String, String>,
    /// The keys of the spec's own schema section, which no copy's key may be.
    own_keys: std::collections::HashSet<String>,
    /// Objects being copied in place of their reference, to stop cycles.
    inlining: Vec<Target>,
    /// Where chains of references that were followed end, by each target along them.
    followed: HashMap<Target, Target>,
    regions: Vec<(String, FileId, String)>,
    /// Nodes walked so far.
    walked: usize,
}

/// Makes every `$ref` of `document` plain (see the module docs). `file` names it in diagnostics; files it refers
/// to are read from `folder` and below, never outside it, and only when a folder is given.
pub(crate) fn bundle(
    file: &str,
    text: &Arc<str>,
    folder: Option<&std::path::Path>,
    document: Value,
    layout: Layout,
) -> Result<(Value, Origins)> {
    let files = Files::new(file, text.clone(), folder, document);
    let root = files.document(ROOT);
    let own_keys = section(&root, layout.schema_section()).into_iter().flat_map(|s| s.keys().cloned()).collect();
    let mut bundler = Bundler {
        layout,
        files,
        hoisted: HashMap::new(),
        new_schemas: Vec::new(),
        copies: HashMap::new(),
        own_keys,
        inlining: Vec::new(),
        followed: HashMap::new(),
        regions: Vec::new(),
        walked: 0,
    };
    let mut out = bundler.walk(&root, Kind::Root, &Place { file: ROOT, at: "", out: "" })?;
    if !bundler.new_schemas.is_empty() {
        if let Some(schemas) = section_mut(&mut out, layout.schema_section()) {
            schemas.extend(bundler.new_schemas.drain(..));
        }
    }
    check_alias_cycles(&bundler, &out)?;
    let origins =
        Origins { regions: bundler.regions, files: bundler.files, layout: Some(layout), copies: bundler.copies };
    Ok((out, origins))
}

impl Bundler {
    fn walk(&mut self, node: &Value, kind: Kind, place: &Place<'_>) -> Result<Value> {
        // The budget grows with every file read.
        self.walked = self.walked.saturating_add(1);
        if self.walked > self.files.bytes().saturating_mul(NODES_PER_BYTE).max(MIN_NODES) {
            let message = "references expand the spec beyond any use";
            return Err(
                Diagnostic::error(Code::InputOverBudget, &self.files.display(place.file), place.at, message).into()
            );
        }
        let Value::Object(object) = node else { return Ok(node.clone()) };
        if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
            return self.reference(reference, object, kind, place);
        }
        let mut out = Map::with_capacity(object.len());
        for (key, value) in object {
            let converted = match kind.member(key, self.layout) {
                Some(slot) => place.child(key, |place| self.slot(value, slot, place))?,
                None if kind == Kind::Schema
                    && matches!(
                        key.as_str(),
                        "minimum" | "maximum" | "multipleOf" | "exclusiveMinimum" | "exclusiveMaximum"
                    ) =>
                {
                    self.bound(value, &pointer(place.at, &[key]), place.file)
                }
                None => value.clone(),
            };
            out.insert(key.clone(), converted);
        }
        Ok(Value::Object(out))
    }

    fn slot(&mut self, value: &Value, slot: Slot, place: &Place<'_>) -> Result<Value> {
        match (slot, value) {
            (Slot::One(kind), _) => self.walk(value, kind, place),
            (Slot::Many(kind), Value::Object(map)) => {
                let mut out = Map::with_capacity(map.len());
                for (key, item) in map {
                    let converted = if key.starts_with("x-") && kind != Kind::Schema {
                        item.clone()
                    } else {
                        place.child(key, |place| self.walk(item, kind, place))?
                    };
                    out.insert(key.clone(), converted);
                }
                Ok(Value::Object(out))
            }
            (Slot::Many(kind), Value::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for (index, item) in items.iter().enumerate() {
                    out.push(place.child(&index.to_string(), |place| self.walk(item, kind, place))?);
                }
                Ok(Value::Array(out))
            }
            (Slot::Many(_), _) => Ok(value.clone()),
        }
    }

    /// A numeric keyword: YAML reads a float beyond 64 bits (`1e400`) as a string, which is read clamped instead.
    fn bound(&mut self, value: &Value, at: &str, file: FileId) -> Value {
        let Some(infinite) = value.as_str().and_then(|text| text.parse::<f64>().ok()).filter(|n| n.is_infinite())
        else {
            return value.clone();
        };
        let read = if infinite < 0.0 { f64::MIN } else { f64::MAX };
        let text = value.as_str().unwrap_or_default();
        let mut warning = Diagnostic::warning(
            Code::NumberOutOfRange,
            &self.files.display(file),
            at,
            format!("the number {text} does not fit in 64 bits; it is read as {read:e}"),
        );
        if file != ROOT {
            self.files.locate_in(file, &mut warning);
        }
        self.files.warnings.push(warning);
        serde_json::Number::from_f64(read).map_or(Value::Null, Value::Number)
    }

    /// A `$ref` object: a schema reference stays a reference (to a copy when needed), anything else is
    /// replaced by what it points to unless that is a component.
    fn reference(
        &mut self,
        reference: &str,
        object: &Map<String, Value>,
        kind: Kind,
        place: &Place<'_>,
    ) -> Result<Value> {
        let ref_at = pointer(place.at, &["$ref"]);
        let target = self.resolve(place.file, reference, &ref_at)?;
        if kind == Kind::Schema {
            let name = self.schema_reference(&target, reference, &ref_at, place.file)?;
            let mut out = object.clone();
            out.insert("$ref".into(), Value::String(name));
            return Ok(Value::Object(out));
        }
        let target = self.follow(target, reference, &ref_at, place.file)?;
        let keep = target.file == ROOT
            && self.layout.is_component(&target.tokens)
            && !matches!(kind, Kind::Callback | Kind::PathItem);
        if keep {
            return Ok(serde_json::json!({ "$ref": format!("#{}", target.pointer()) }));
        }
        if self.inlining.contains(&target) {
            return Err(self.files.error(
                Code::ReferenceCycle,
                place.file,
                &ref_at,
                format!("`$ref: {reference}` refers to itself through the objects it points to"),
            ));
        }
        let document = self.files.document(target.file);
        let Some(content) = lookup(&document, &target.tokens) else {
            return Err(self.missing(place.file, reference, &ref_at, target.file));
        };
        let from = target.pointer();
        self.regions.push((place.out.to_owned(), target.file, from.clone()));
        self.inlining.push(target.clone());
        let walked = self.walk(content, kind, &Place { file: target.file, at: &from, out: place.out });
        self.inlining.pop();
        let mut walked = walked?;
        // A path item's siblings of `$ref` add to what it points to.
        if kind == Kind::PathItem {
            if let Value::Object(out) = &mut walked {
                for (key, value) in object.iter().filter(|(key, _)| key.as_str() != "$ref") {
                    let converted = match kind.member(key, self.layout) {
                        Some(slot) => place.child(key, |place| self.slot(value, slot, place))?,
                        None => value.clone(),
                    };
                    out.insert(key.clone(), converted);
                }
            }
        }
        Ok(walked)
    }

    fn resolve(&mut self, from: FileId, reference: &str, ref_at: &str) -> Result<Target> {
        let (file, tokens) = self.files.resolve(from, reference, ref_at)?;
        Ok(Target { file, tokens })
    }

    /// The error for a reference whose target does not exist.
    fn missing(&self, file: FileId, reference: &str, ref_at: &str, target_file: FileId) -> crate::error::Error {
        let message = format!("`$ref: {reference}` does not point to anything in {}", self.files.display(target_file));
        self.files.error(Code::UnresolvedReference, file, ref_at, message)
    }

    /// Follows a chain of references that point at references, to the first node that is not one. Where each
    /// target of the chain leads is remembered, so that a long chain is walked once, not once per reference.
    fn follow(&mut self, mut target: Target, reference: &str, ref_at: &str, file: FileId) -> Result<Target> {
        let mut walked: Vec<Target> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let end = loop {
            if let Some(end) = self.followed.get(&target) {
                break end.clone();
            }
            if !seen.insert(target.clone()) {
                return Err(self.files.error(
                    Code::ReferenceCycle,
                    file,
                    ref_at,
                    format!("`$ref: {reference}` starts a cycle of references that never reaches an object"),
                ));
            }
            walked.push(target.clone());
            let document = self.files.document(target.file);
            let Some(node) = lookup(&document, &target.tokens) else {
                // A missing component of the root is the reader's to report, in its own words.
                if target.file == ROOT && self.layout.is_component(&target.tokens) {
                    break target;
                }
                return Err(self.missing(file, reference, ref_at, target.file));
            };
            let Some(next) = node.get("$ref").and_then(Value::as_str) else { break target };
            let next_at = pointer(&target.pointer(), &["$ref"]);
            target = self.resolve(target.file, next, &next_at)?;
        };
        for start in walked {
            self.followed.insert(start, end.clone());
        }
        Ok(end)
    }

    /// The `$ref` text for a schema reference: the root's own component, or a copy of the target made one.
    fn schema_reference(&mut self, target: &Target, reference: &str, ref_at: &str, from: FileId) -> Result<String> {
        let section = self.layout.schema_section();
        let direct = target.file == ROOT
            && target.tokens.len() == section.len() + 1
            && target.tokens.iter().zip(section).all(|(token, name)| token == name);
        let name = match target.tokens.last() {
            Some(name) if direct => name.clone(),
            _ => match self.hoisted.get(target) {
                Some(name) => name.clone(),
                None => self.hoist(target, reference, ref_at, from)?,
            },
        };
        Ok(format!("#{}", pointer("", &[section, &[name.as_str()]].concat())))
    }

    /// Copies a schema found elsewhere into the schema section, under a new name.
    fn hoist(&mut self, target: &Target, reference: &str, ref_at: &str, from_file: FileId) -> Result<String> {
        let document = self.files.document(target.file);
        let Some(content) = lookup(&document, &target.tokens) else {
            return Err(self.missing(from_file, reference, ref_at, target.file));
        };
        let name = self.copy_name(target, reference, ref_at, from_file)?;
        self.hoisted.insert(target.clone(), name.clone());
        let from = target.pointer();
        let out = pointer("", &[self.layout.schema_section(), &[name.as_str()]].concat());
        self.regions.push((out.clone(), target.file, from.clone()));
        let schema = self.walk(content, Kind::Schema, &Place { file: target.file, at: &from, out: &out })?;
        self.new_schemas.push((name.clone(), schema));
        Ok(name)
    }

    /// The key of a new copy ([`copy_key`], the number of copies before it), which it records
    /// with the name the copy is known by: the target's own name where it has one, else its path.
    /// The spec's own schema section using the key is an error.
    fn copy_name(&mut self, target: &Target, reference: &str, ref_at: &str, from: FileId) -> Result<String> {
        const STRUCTURE: [&str; 5] = ["components", "schemas", "definitions", "properties", "$defs"];
        let words: Vec<&str> =
            target.tokens.iter().map(String::as_str).filter(|token| !STRUCTURE.contains(token)).collect();
        let name = if words.is_empty() { self.files.stem(target.file) } else { words.join("_") };
        let key = copy_key(self.hoisted.len());
        if self.own_keys.contains(&key) {
            let section = pointer("", self.layout.schema_section());
            let message = format!(
                "`{reference}` names a schema outside the schema section, which is copied into it under `{key}`, but the spec's own `{section}` uses that name; rename that schema"
            );
            return Err(Diagnostic::error(Code::UnresolvedReference, &self.files.display(from), ref_at, message).into());
        }
        self.copies.insert(key.clone(), name);
        Ok(key)
    }
}

/// The key in the schema section of the copy of number `index`: unique among the copies by
/// construction; it is a key of the document, never an identifier (the reader names the copy's
/// type after the name [`Origins::copies`] gives).
fn copy_key(index: usize) -> String {
    format!("@copy{index}")
}

/// A schema that is only another schema (`$ref`, or `allOf` of one reference and documentation) has no structure
/// of its own; a cycle of them can never be a type. Each schema names at most one other, so one walk along
/// each chain, never walking a schema twice, finds every cycle in time linear in the schemas.
fn check_alias_cycles(bundler: &Bundler, document: &Value) -> Result<()> {
    let section_tokens = bundler.layout.schema_section();
    let Some(schemas) = section(document, section_tokens) else { return Ok(()) };
    let prefix = format!("#{}/", pointer("", section_tokens));
    let names: Vec<&str> = schemas.keys().map(String::as_str).collect();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, name)| (*name, i)).collect();
    let alias_of = |schema: &Value| -> Option<usize> {
        let reference = match schema.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
            Some(members) => {
                let mut references = members.iter().filter_map(|m| m.get("$ref").and_then(Value::as_str));
                let first = references.next();
                (references.next().is_none() && members.iter().all(|m| m.get("$ref").is_some() || only_docs(m)))
                    .then_some(first)
                    .flatten()
            }
            None => schema.get("$ref").and_then(Value::as_str),
        }?;
        index.get(unescape(reference.strip_prefix(&prefix)?).as_str()).copied()
    };
    let next: Vec<Option<usize>> = schemas.values().map(alias_of).collect();
    let on_cycle = alias_cycles(&next);
    // The first schema (in the document's order) on a cycle is reported, with the cycle from it.
    let Some(start) = on_cycle.iter().position(|&cycle| cycle) else { return Ok(()) };
    let mut through = vec![names.get(start).copied().unwrap_or_default()];
    let mut current = next.get(start).copied().flatten();
    while let Some(schema) = current.filter(|&schema| schema != start) {
        through.push(names.get(schema).copied().unwrap_or_default());
        current = next.get(schema).copied().flatten();
    }
    let start = through.first().copied().unwrap_or_default();
    // A copy is named as it is known, not by its key.
    let known = |key: &str| bundler.copies.get(key).map_or(key, String::as_str).to_owned();
    let at = pointer("", &[section_tokens, &[start, "$ref"]].concat());
    let mut diagnostic = Diagnostic::error(
        Code::ReferenceCycle,
        &bundler.files.display(ROOT),
        at,
        format!(
            "schema `{}` is only a reference to itself (through {}); it has no type",
            known(start),
            through.iter().map(|key| known(key)).collect::<Vec<_>>().join(" → ")
        ),
    );
    let origins = Origins {
        regions: bundler.regions.clone(),
        files: bundler.files.clone(),
        layout: Some(bundler.layout),
        copies: HashMap::new(),
    };
    origins.relocate(&mut diagnostic);
    Err(diagnostic.into())
}

/// Which nodes of a graph where each node points to at most one other (`next`) lie on a cycle; each node is
/// walked once.
fn alias_cycles(next: &[Option<usize>]) -> Vec<bool> {
    /// Not walked yet; walked by the walk that started at a node; walked by an earlier walk.
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Walking(usize),
        Done,
    }
    let mut state = vec![State::New; next.len()];
    let mut on_cycle = vec![false; next.len()];
    for start in 0..next.len() {
        let mut path = Vec::new();
        let mut current = Some(start);
        while let Some(node) = current {
            match state.get(node).copied() {
                Some(State::New) => {
                    if let Some(slot) = state.get_mut(node) {
                        *slot = State::Walking(start);
                    }
                    path.push(node);
                    current = next.get(node).copied().flatten();
                }
                Some(State::Walking(walk)) if walk == start => {
                    // The walk met itself: the nodes from `node` on form the cycle.
                    let from = path.iter().position(|&n| n == node).unwrap_or(path.len());
                    for &member in path.get(from..).unwrap_or_default() {
                        if let Some(flag) = on_cycle.get_mut(member) {
                            *flag = true;
                        }
                    }
                    current = None;
                }
                _ => current = None,
            }
        }
        for node in path {
            if let Some(slot) = state.get_mut(node) {
                *slot = State::Done;
            }
        }
    }
    on_cycle
}

/// Whether a schema only documents (description, title, example, …) without constraining the value.
pub(crate) fn only_docs(schema: &Value) -> bool {
    schema.as_object().is_some_and(|object| {
        object.keys().all(|key| {
            key.starts_with("x-")
                || matches!(
                    key.as_str(),
                    "description"
                        | "title"
                        | "example"
                        | "examples"
                        | "externalDocs"
                        | "deprecated"
                        | "readOnly"
                        | "writeOnly"
                        | "xml"
                        | "default"
                        | "nullable"
                )
        })
    })
}

/// A JSON pointer token unescaped (`~1` is `/`, `~0` is `~`).
pub(crate) fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The node at `tokens` under `node`.
pub(super) fn lookup<'v>(node: &'v Value, tokens: &[String]) -> Option<&'v Value> {
    tokens.iter().try_fold(node, |node, token| match node {
        Value::Object(map) => map.get(token),
        Value::Array(items) => token.parse::<usize>().ok().and_then(|index| items.get(index)),
        _ => None,
    })
}

fn section<'v>(document: &'v Value, tokens: &[&str]) -> Option<&'v Map<String, Value>> {
    let tokens: Vec<String> = tokens.iter().map(|t| (*t).to_owned()).collect();
    lookup(document, &tokens)?.as_object()
}

/// The object at `tokens`, created (or made an object) where missing.
fn section_mut<'v>(document: &'v mut Value, tokens: &[&str]) -> Option<&'v mut Map<String, Value>> {
    let mut node = document;
    for token in tokens {
        if !node.is_object() {
            *node = Value::Object(Map::new());
        }
        node = node.as_object_mut()?.entry(*token).or_insert_with(|| Value::Object(Map::new()));
    }
    if !node.is_object() {
        *node = Value::Object(Map::new());
    }
    node.as_object_mut()
}
