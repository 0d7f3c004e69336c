//! A JSON OpenAPI document parsed on all cores: its path items and components, the bulk of a large spec, are
//! parsed one by one in parallel and put together in document order, into what parsing it whole gives.
//!
//! Parsing the document whole buffers it in memory once more (its objects hold flattened extensions, which serde
//! reads through a copy of the whole object) and runs on one core.

use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, Paths};
use rayon::iter::{IntoParallelRefIterator, ParallelIterator};
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::read::budget;

/// The members of a JSON object, unparsed, in order.
type Members<'a> = IndexMap<String, &'a RawValue>;

/// `text` parsed as an OpenAPI document, as parsing it whole gives; `None` where any part fails to parse (the
/// caller parses it whole, to say where), or where it is nested beyond [`budget::MAX_DEPTH`].
pub(super) fn parse(text: &str) -> Option<OpenAPI> {
    if budget::json_too_deep(text).is_some() {
        return None;
    }
    let top: Members<'_> = part(text)?;
    let (paths, components) = (top.get("paths").copied(), top.get("components").copied());
    // The other members, with empty paths and components in their place, are parsed as the document is.
    let rest: Vec<String> = top
        .iter()
        .map(|(key, raw)| {
            let value = if matches!(key.as_str(), "paths" | "components") { "{}" } else { raw.get() };
            Some(format!("{}:{value}", serde_json::to_string(key).ok()?))
        })
        .collect::<Option<_>>()?;
    let rest = format!("{{{}}}", rest.join(","));
    let ((paths, components), spec) = rayon::join(
        || rayon::join(|| paths.map(parse_paths), || components.map(parse_components)),
        || part::<OpenAPI>(&rest),
    );
    let mut spec = spec?;
    if let Some(paths) = paths {
        spec.paths = paths?;
    }
    if let Some(components) = components {
        spec.components = Some(components?);
    }
    Some(spec)
}

/// The paths object: its members named `/…` are path items, those named `x-…` extensions, the others skipped.
fn parse_paths(raw: &RawValue) -> Option<Paths> {
    let members: Members<'_> = part(raw.get())?;
    let (items, rest): (Vec<_>, Vec<_>) = members.into_iter().partition(|(key, _)| key.starts_with('/'));
    Some(Paths { paths: in_parallel(items)?, extensions: extensions(rest)? })
}

/// The components object, each of its sections parsed entry by entry on all cores.
fn parse_components(raw: &RawValue) -> Option<Components> {
    let mut components = Components::default();
    let mut others = Vec::new();
    for (key, section) in part::<Members<'_>>(raw.get())? {
        let entries = || part::<Members<'_>>(section.get()).map(|members| members.into_iter().collect::<Vec<_>>());
        match key.as_str() {
            "schemas" => components.schemas = in_parallel(entries()?)?,
            "responses" => components.responses = in_parallel(entries()?)?,
            "parameters" => components.parameters = in_parallel(entries()?)?,
            "examples" => components.examples = in_parallel(entries()?)?,
            "requestBodies" => components.request_bodies = in_parallel(entries()?)?,
            "headers" => components.headers = in_parallel(entries()?)?,
            "securitySchemes" => components.security_schemes = in_parallel(entries()?)?,
            "links" => components.links = in_parallel(entries()?)?,
            "callbacks" => components.callbacks = in_parallel(entries()?)?,
            _ => others.push((key, section)),
        }
    }
    components.extensions = extensions(others)?;
    Some(components)
}

/// Named values parsed on all cores, kept in their order.
fn in_parallel<T: serde::de::DeserializeOwned + Send>(
    entries: Vec<(String, &RawValue)>,
) -> Option<IndexMap<String, T>> {
    let values: Vec<T> = entries.par_iter().map(|(_, raw)| part(raw.get())).collect::<Option<_>>()?;
    Some(entries.into_iter().map(|(key, _)| key).zip(values).collect())
}

/// The members named `x-…` of an object, as its flattened extensions.
fn extensions(members: Vec<(String, &RawValue)>) -> Option<IndexMap<String, serde_json::Value>> {
    members
        .into_iter()
        .filter(|(key, _)| key.starts_with("x-"))
        .map(|(key, raw)| Some((key, part(raw.get())?)))
        .collect()
}

/// A part of the document, whose depth [`parse`] checked.
fn part<'a, T: Deserialize<'a>>(text: &'a str) -> Option<T> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    deserializer.disable_recursion_limit();
    T::deserialize(&mut deserializer).ok()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn whole(text: &str) -> OpenAPI {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Extensions at every level that flattens them, members of no use skipped, entries in document order, path
    /// items that are references: the parts put together are the document parsed whole.
    #[test]
    fn parts_put_together_are_the_whole_document() {
        let text = r##"{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "x-logo": {"url": "u"}},
            "x-top": [1, 2.5, "three"], "unknown": {"a": 1}, "tags": [{"name": "b"}, {"name": "a"}],
            "paths": {"x-paths": true, "ignored": 1, "/z": {"$ref": "#/components/pathItems/Z"},
                "/a\u002fb": {"get": {"responses": {"200": {"description": "ok"}}}, "x-item": null}},
            "components": {"x-components": {"k": "v"}, "pathItems": {},
                "schemas": {"Z": {"type": "object", "properties": {"$ref": {"type": "string"}}}, "A": {"$ref": "#/components/schemas/Z"}},
                "parameters": {"p": {"name": "p", "in": "query", "schema": {"type": "integer"}}},
                "securitySchemes": {"s": {"type": "http", "scheme": "bearer"}}}}"##;
        let parsed = parse(text).expect("parses in parts");
        assert_eq!(parsed, whole(text));
        assert_eq!(parsed.paths.paths.keys().collect::<Vec<_>>(), ["/z", "/a/b"]);
        assert_eq!(
            parsed.components.as_ref().map(|c| c.schemas.keys().map(String::as_str).collect::<Vec<_>>()),
            Some(vec!["Z", "A"])
        );
        assert!(parsed.extensions.contains_key("x-top") && parsed.paths.extensions.contains_key("x-paths"));
    }

    /// Documents without paths or components, and parts that do not parse (which the caller parses whole to
    /// report), or nest beyond the budget.
    #[test]
    fn missing_members_and_bad_parts() {
        let bare = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}"#;
        assert_eq!(parse(bare), Some(whole(bare)));
        assert_eq!(parse(bare).and_then(|spec| spec.components), None);
        assert_eq!(parse(r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}}"#), None, "paths is required");
        let bad_schema = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"A": {"type": "object", "required": "name"}}}}"#;
        assert_eq!(parse(bad_schema), None);
        let big = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"A": {"type": "number", "maximum": 1e999}}}}"#;
        assert_eq!(parse(big), None);
        let deep = format!(r#"{{"openapi": "3.0.3", "x": {}{}}}"#, "[".repeat(200), "]".repeat(200));
        assert_eq!(parse(&deep), None);
        assert_eq!(parse("[]"), None);
    }

    /// The large specs of the corpus, where it is at hand.
    #[test]
    fn corpus_specs_parse_the_same_in_parts() {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/openapi");
        for name in ["github-api.github.com.openapi-3.0.3.json", "progenitor-nexus.openapi-3.0.3.json"] {
            let Ok(text) = std::fs::read_to_string(corpus.join(name)) else { continue };
            assert!(parse(&text) == Some(whole(&text)), "{name}");
        }
    }
}
