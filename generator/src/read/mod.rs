//! Readers: from a spec file to the IR.
//!
//! The format is detected from the content, not the file name. Both readers share the example
//! inference in [`crate::example`] and the type registry in [`registry`].
//!
//! A reader names no type: its types refer to each other by keys, and what it proposed to name
//! each is in [`crate::ir::Api::type_hints`], from which the naming pass
//! ([`crate::normalise::names::name_read_types`], the first step of [`crate::normalise`]) decides
//! their names.

pub mod budget;
mod locate;
mod locate_json;
mod numbers;
mod openapi;
mod openapi31;
mod postman;
pub mod registry;
mod swagger2;
mod yaml_tabs;

use std::path::Path;
use std::sync::Arc;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, Result};
use crate::ir::Api;

pub(crate) use locate::location_of_offset;

/// An API read from a spec, with the warnings the reader raised.
#[derive(Debug)]
pub struct Spec {
    /// The API in IR form.
    pub api: Api,
    /// Things the reader skipped or guessed.
    pub warnings: Vec<Diagnostic>,
    /// The spec's text, to locate diagnostics that later stages raise.
    pub source: Arc<str>,
    /// Where the nodes that `$ref`s copied came from.
    origins: openapi::Origins,
}

impl Spec {
    /// Adds warnings raised after reading (by normalisation); those about nodes copied from elsewhere by a
    /// `$ref` are moved to where they came from.
    pub fn add_warnings(&mut self, warnings: Vec<Diagnostic>) {
        let start = self.warnings.len();
        self.warnings.extend(warnings);
        for warning in self.warnings.iter_mut().skip(start) {
            self.origins.relocate(warning);
        }
    }

    /// Locates an error a later stage raised about the spec (moved to the file a `$ref` copied
    /// its node from, if one did).
    pub fn locate_error(&self, diagnostic: &mut Diagnostic) {
        self.origins.relocate(diagnostic);
        locate(std::slice::from_mut(diagnostic), &self.source);
    }

    /// The canonical paths of the files read besides the spec (those its `$ref`s name).
    pub fn referenced_files(&self) -> impl Iterator<Item = &Path> {
        self.origins.paths()
    }

    /// Gives every warning its line and column in the spec's text, parsing the text once for all.
    pub fn locate_warnings(&mut self) {
        locate(&mut self.warnings, &self.source);
    }
}

/// Gives every diagnostic its line and column in `source`, the text of the spec they are about
/// (parsing it once, only if needed), and the text for rendering.
pub fn locate(diagnostics: &mut [Diagnostic], source: &Arc<str>) {
    locate_with(diagnostics, source, None);
}

/// [`locate`], with `source` parsed beforehand if it was (by [`Locator::new`]).
pub fn locate_with(diagnostics: &mut [Diagnostic], source: &Arc<str>, parsed: Option<Locator<'_>>) {
    let mut locator = parsed.map(|parsed| parsed.0);
    // A diagnostic that already has its text was located in the file it is about.
    for diagnostic in diagnostics.iter_mut().filter(|d| d.source.is_none()) {
        if diagnostic.location.is_none() {
            let locator = locator.get_or_insert_with(|| locate::Locator::new(source));
            diagnostic.location = locator.locate(&diagnostic.pointer);
        }
        diagnostic.source = Some(source.clone());
    }
}

/// A spec's text parsed to locate diagnostics in it, which can be built on another core while a later stage
/// runs (see [`locate_with`]).
pub struct Locator<'a>(locate::Locator<'a>);

impl<'a> Locator<'a> {
    /// `source` (YAML or JSON) parsed keeping positions.
    pub fn new(source: &'a str) -> Self {
        Locator(locate::Locator::new(source))
    }
}

/// Whether some of `diagnostics` need their spec's text parsed to be located.
pub fn need_locating(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.source.is_none() && d.location.is_none())
}

/// Reads a spec file of any supported format; `display` names it in diagnostics and generated docs.
pub fn read_file(path: &Path, display: &str) -> Result<Spec> {
    read_source(display, file_text(path, display)?, path.parent())
}

/// Reads a spec from text; `file` names it in diagnostics, which are located in `text`. A `$ref` to
/// another file is an error: there is no folder to read it from.
pub fn read_str(file: &str, text: &str) -> Result<Spec> {
    read_source(file, Arc::from(text), None)
}

/// Reads a spec; files its `$ref`s name are read from `folder` and below.
fn read_source(file: &str, source: Arc<str>, folder: Option<&Path>) -> Result<Spec> {
    let folder = folder.map(|f| if f.as_os_str().is_empty() { Path::new(".") } else { f });
    let source = parsed_text(source);
    match start(file, &source).and_then(|fast| finish(file, &source, folder, fast)) {
        // Warnings are located once all stages added theirs (`Spec::locate_warnings`).
        Ok(mut spec) => {
            spec.source = source;
            Ok(spec)
        }
        Err(Error::Spec(mut diagnostic)) => {
            locate(std::slice::from_mut(diagnostic.as_mut()), &source);
            Err(Error::Spec(diagnostic))
        }
        Err(other) => Err(other),
    }
}

/// [`read_file`], then `then` on the spec read (normalisation: the warnings it adds), with every warning located.
///
/// The spec's text is parsed for locating on another core while the spec is read and `then` runs, once the text
/// passed the budget check: off the critical path when a core is free, and on this thread only if some
/// diagnostic needs it. An error of `then` about the spec is located in it too.
pub fn read_file_then(
    path: &Path,
    display: &str,
    then: impl FnOnce(&mut Spec) -> Result<Vec<Diagnostic>> + Send,
) -> Result<Spec> {
    let source = file_text(path, display)?;
    let folder = path.parent().map(|f| if f.as_os_str().is_empty() { Path::new(".") } else { f });
    let source = parsed_text(source);
    let fast = match start(display, &source) {
        Ok(fast) => fast,
        Err(error) => return Err(located_error(error, &source, None, None)),
    };
    // Whether the reading side finished, and whether it needs locating: the locator is built unless it
    // finished without needing it (when nobody took the locator's job, it runs after the reading side).
    let state = std::sync::atomic::AtomicU8::new(READING);
    let read_and_then = || {
        let read = match finish(display, &source, folder, fast) {
            Err(error) => Outcome::Failed { error, spec: None },
            Ok(mut spec) => match then(&mut spec) {
                Ok(warnings) => {
                    spec.add_warnings(warnings);
                    Outcome::Read(spec)
                }
                Err(error) => Outcome::Failed { error, spec: Some(spec) },
            },
        };
        let needed = match &read {
            Outcome::Read(spec) => need_locating(&spec.warnings),
            Outcome::Failed { error: Error::Spec(diagnostic), .. } => {
                need_locating(std::slice::from_ref(diagnostic.as_ref()))
            }
            Outcome::Failed { .. } => false,
        };
        state.store(if needed { NEEDED } else { NOT_NEEDED }, std::sync::atomic::Ordering::Release);
        read
    };
    let build_locator =
        || (state.load(std::sync::atomic::Ordering::Acquire) != NOT_NEEDED).then(|| locate::Locator::new(&source));
    let (read, locator) = rayon::join(read_and_then, build_locator);
    match read {
        Outcome::Read(mut spec) => {
            locate_with(&mut spec.warnings, &source, locator.map(Locator));
            spec.source = source;
            Ok(spec)
        }
        Outcome::Failed { error, spec } => Err(located_error(error, &source, spec.as_ref(), locator)),
    }
}

/// What the reading side of [`read_file_then`] gave.
enum Outcome {
    /// The spec, its warnings all added.
    Read(Spec),
    /// An error, and the spec if it was read (the error is `then`'s).
    Failed { error: Error, spec: Option<Spec> },
}

/// States of [`read_file_then`]'s reading side.
const READING: u8 = 0;
const NEEDED: u8 = 1;
const NOT_NEEDED: u8 = 2;

/// `error` located in `source` (with `locator`, if it was built) if it is about the spec and not located in a
/// file of its own; moved first to the file a `$ref` copied its node from when the spec was read.
fn located_error(error: Error, source: &Arc<str>, spec: Option<&Spec>, locator: Option<locate::Locator<'_>>) -> Error {
    match error {
        Error::Spec(mut diagnostic) if diagnostic.source.is_none() => {
            if let Some(spec) = spec {
                spec.origins.relocate(&mut diagnostic);
            }
            locate_with(std::slice::from_mut(diagnostic.as_mut()), source, locator.map(Locator));
            Error::Spec(diagnostic)
        }
        other => other,
    }
}

/// The text of a spec file, which must be UTF-8.
fn file_text(path: &Path, display: &str) -> Result<Arc<str>> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Diagnostic::error(
            Code::InvalidSyntax,
            display,
            "",
            format!("the file is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
        )
    })?;
    Ok(Arc::from(text))
}

/// The text a spec is parsed from, which is also the one diagnostics are located in: without a byte order mark
/// (YAML would read it as a second document), and YAML's lines of tabs blanked.
fn parsed_text(source: Arc<str>) -> Arc<str> {
    let source: Arc<str> = match source.strip_prefix('\u{FEFF}') {
        Some(rest) => Arc::from(rest),
        None => source,
    };
    match (!is_json(&source)).then(|| yaml_tabs::blank_tabbed_lines(&source)) {
        Some(std::borrow::Cow::Owned(blanked)) => Arc::from(blanked),
        _ => source,
    }
}

/// The budget check of a spec's text, and (at the same time) the reading of an OpenAPI 3.0 JSON spec whose
/// `$ref`s are plain lookups: the API and its warnings, if it was such a spec. Nothing else is built before
/// the check passed.
fn start(file: &str, text: &str) -> Result<Option<(Api, Vec<Diagnostic>)>> {
    let check = || if text.trim().is_empty() { Ok(()) } else { budget::check(file, text) };
    // The large specs are mostly OpenAPI in JSON: read them straight from the text, without building a JSON
    // value first, unless a `$ref` needs more than a lookup among the components. JSON costs time in proportion
    // to its length whether it passes the budget check or not, so it is read while it is checked (on another
    // core); the check's verdict comes first.
    let read = || -> Result<Option<(Api, Vec<Diagnostic>)>> {
        let (format, plain) = rayon::join(|| json_format(file, text), || openapi::plain_references(text));
        if format != Some(Format::OpenApi3) || !plain {
            return Ok(None);
        }
        let mut warnings = Vec::new();
        Ok(openapi::read_json(file, text, &mut warnings)?.map(|api| (api, warnings)))
    };
    // YAML is never read by `read`: the check alone, without handing work to another core.
    let (checked, read) = if is_json(text) { rayon::join(check, read) } else { (check(), Ok(None)) };
    checked?;
    read
}

/// Reads a spec whose text passed [`start`], given what `start` read.
fn finish(file: &str, text: &Arc<str>, folder: Option<&Path>, fast: Option<(Api, Vec<Diagnostic>)>) -> Result<Spec> {
    if let Some((api, warnings)) = fast {
        return Ok(Spec { api, warnings, source: Arc::from(""), origins: Default::default() });
    }
    let mut warnings = Vec::new();
    let (document, clamped) = parse_document(file, text)?;
    warnings.extend(clamped);
    let format = detect(file, &document)?;
    let layout = match format {
        Format::Postman => {
            let api = postman::read(file, &document, &mut warnings)?;
            return Ok(Spec { api, warnings, source: Arc::from(""), origins: Default::default() });
        }
        Format::OpenApi3 => openapi::Layout::OpenApi3,
        Format::OpenApi31 => openapi::Layout::OpenApi31,
        Format::Swagger2 => openapi::Layout::Swagger2,
    };
    let (mut document, origins) = openapi::bundle(file, text, folder, document, layout)?;
    let none = openapi::Additions { copies: origins.copies().clone(), ..Default::default() };
    let read = match format {
        Format::Swagger2 => swagger2::to_openapi3(file, &document, &mut warnings)
            .and_then(|document| openapi::read(file, document, &none, &mut warnings)),
        Format::OpenApi31 => {
            let mut additions = openapi31::to_openapi30(file, &mut document, &mut warnings);
            additions.copies = origins.copies().clone();
            let read = openapi::read(file, document, &additions, &mut warnings);
            warnings.iter_mut().for_each(|warning| additions.restore(warning));
            read.map_err(|error| match error {
                Error::Spec(mut diagnostic) => {
                    additions.restore(&mut diagnostic);
                    Error::Spec(diagnostic)
                }
                other => other,
            })
        }
        _ => openapi::read(file, document, &none, &mut warnings),
    };
    let mut api = read.map_err(|error| origins.relocate_error(error))?;
    for def in &mut api.types {
        origins.relocate_origin(&mut def.origin.0);
    }
    for warning in &mut warnings {
        origins.relocate(warning);
    }
    warnings.extend(origins.file_warnings());
    Ok(Spec { api, warnings, source: Arc::from(""), origins })
}

/// The format of a JSON spec, from its top-level members alone; `None` for text that is not a
/// JSON object or whose format is not clear, which the full parse then explains.
fn json_format(file: &str, text: &str) -> Option<Format> {
    use serde::Deserialize;
    /// The members `detect` looks at; the others are skipped without being built.
    #[derive(serde::Deserialize)]
    struct TopLevel {
        openapi: Option<Value>,
        swagger: Option<Value>,
        item: Option<serde::de::IgnoredAny>,
        info: Option<Value>,
    }
    if !is_json(text) {
        return None;
    }
    let top = TopLevel::deserialize(&mut budget::json_deserializer(text)).ok()?;
    let mut members = serde_json::Map::new();
    members.extend(top.openapi.map(|v| ("openapi".to_owned(), v)));
    members.extend(top.swagger.map(|v| ("swagger".to_owned(), v)));
    members.extend(top.item.map(|_| ("item".to_owned(), Value::Null)));
    members.extend(top.info.map(|v| ("info".to_owned(), v)));
    detect(file, &Value::Object(members)).ok()
}

/// Whether a spec's text is JSON rather than YAML.
fn is_json(text: &str) -> bool {
    text.trim_start().starts_with(['{', '['])
}

#[derive(PartialEq)]
enum Format {
    OpenApi3,
    /// OpenAPI 3.1 or 3.2, read as the OpenAPI 3.0 document it is rewritten into.
    OpenApi31,
    Postman,
    /// Swagger 2.0, read as the OpenAPI 3.0 document it converts to.
    Swagger2,
}

/// Parses JSON or YAML into a JSON value, with a warning for each number clamped to 64 bits.
/// The JSON `text` as a value, [`budget::MAX_DEPTH`] levels deep at most.
fn json_value(text: &str) -> serde_json::Result<Value> {
    use serde::Deserialize;
    let mut deserializer = budget::json_deserializer(text);
    let value = Value::deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

fn parse_document(file: &str, text: &str) -> Result<(Value, Vec<Diagnostic>)> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(Code::InvalidSyntax, file, "", "the file is empty").into());
    }
    let warn = |clamped: Vec<numbers::Clamped>| -> Vec<Diagnostic> {
        let warnings = clamped.into_iter().map(|number| {
            let warning = Diagnostic::warning(Code::NumberOutOfRange, file, "", number.message());
            match number.at {
                numbers::Place::Pointer(at) => Diagnostic { pointer: at, ..warning },
                numbers::Place::Offset(offset) => warning.at(locate::location_of_offset(text, offset)),
            }
        });
        warnings.collect()
    };
    if is_json(text) {
        let invalid = |e: serde_json::Error| -> Error {
            let at = locate::location_of_offset(text, locate::offset_of(text, e.line(), e.column()));
            Diagnostic::error(Code::InvalidSyntax, file, "", format!("invalid JSON: {}", locate::json_message(&e)))
                .at(at)
                .into()
        };
        match json_value(text) {
            Ok(value) => Ok((value, Vec::new())),
            // serde_json refuses floats beyond f64; read them clamped.
            Err(e) => match numbers::clamp_json_floats(text) {
                Some((clamped_text, clamped)) => Ok((json_value(&clamped_text).map_err(invalid)?, warn(clamped))),
                None => Err(invalid(e)),
            },
        }
    } else {
        // Duplicate keys are refused, which a JSON value would silently collapse.
        let yaml_error = |e: serde_yaml::Error| {
            let mut diagnostic = Diagnostic::error(Code::InvalidSyntax, file, "", format!("invalid YAML: {e}"));
            if let Some(l) = e.location() {
                let offset = locate::offset_of(text, l.line(), l.column());
                diagnostic = diagnostic.at(locate::location_of_offset(text, offset));
            }
            Error::from(diagnostic)
        };
        let (value, clamped) = numbers::yaml_to_json(text).map_err(yaml_error)?;
        Ok((value, warn(clamped)))
    }
}

fn detect(file: &str, document: &Value) -> Result<Format> {
    let Some(object) = document.as_object() else {
        return Err(Diagnostic::error(Code::InvalidSyntax, file, "", "expected an object at the top level").into());
    };
    if let Some(version) = object.get("openapi") {
        return match version.as_str() {
            Some(v) if v.starts_with("3.0") => Ok(Format::OpenApi3),
            Some(v) if v.starts_with("3.1") || v.starts_with("3.2") => Ok(Format::OpenApi31),
            Some(v) => Err(Diagnostic::error(
                Code::UnknownFormat,
                file,
                "/openapi",
                format!("OpenAPI {v} is not supported; this generator reads OpenAPI 3.0.x, 3.1.x and 3.2.x"),
            )
            .into()),
            None => Err(Diagnostic::error(
                Code::UnknownFormat,
                file,
                "/openapi",
                "`openapi` must be a version string such as \"3.0.3\"",
            )
            .into()),
        };
    }
    if let Some(version) = object.get("swagger") {
        // YAML reads an unquoted `swagger: 2.0` as a number.
        if version.as_str() == Some("2.0") || version.as_f64() == Some(2.0) {
            return Ok(Format::Swagger2);
        }
        return Err(Diagnostic::error(
            Code::UnknownFormat,
            file,
            "/swagger",
            format!("Swagger version {version} is not supported; this generator reads Swagger 2.0 and OpenAPI 3.x"),
        )
        .with_hint("convert it to OpenAPI 3.0 first, for example with api-spec-converter")
        .into());
    }
    if object.contains_key("item") || object.get("info").is_some_and(|i| i.get("schema").is_some()) {
        return Ok(Format::Postman);
    }
    Err(Diagnostic::error(Code::UnknownFormat,
        file,
        "",
        "not an OpenAPI document or a Postman collection: expected a top-level `openapi` version or a collection `info` and `item`",
    )
    .into())
}

/// Whether `name` can be sent as an HTTP header name: a non-empty RFC 9110 token. Readers skip
/// header parameters with other names (spaces, newlines), with a warning.
pub(crate) fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// For tests of readers: [`read_str`], with the reader's types and its warnings given the names the
/// naming pass proposes (no other normalisation).
#[cfg(test)]
pub(crate) fn read_named(file: &str, text: &str) -> Result<Spec> {
    read_str(file, text).map(name_read_types)
}

/// For tests of readers: `spec` with its types and warnings named as the naming pass names them.
#[cfg(test)]
pub(crate) fn name_read_types(mut spec: Spec) -> Spec {
    let names = crate::normalise::names::name_read_types(&mut spec.api);
    spec.warnings.iter_mut().for_each(|warning| warning.name_types(&names));
    spec
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\nservers:\n  - url: https://example.com\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n";

    /// `SPEC` in a file of a temporary folder, read by [`read_file_then`] with `then`.
    fn read_then(then: impl FnOnce(&mut Spec) -> Result<Vec<Diagnostic>> + Send) -> Result<Spec> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.yaml");
        std::fs::write(&path, SPEC).unwrap();
        read_file_then(&path, "t.yaml", then)
    }

    /// Warnings `then` adds are located like the reader's, whichever thread built the locator.
    #[test]
    fn warnings_of_then_are_located() {
        let spec =
            read_then(|_| Ok(vec![Diagnostic::warning(Code::NumberOutOfRange, "t.yaml", "/paths/~1a/get", "w")]))
                .unwrap();
        let located: Vec<_> = spec.warnings.iter().map(|w| w.location.as_ref().map(|l| (l.line, l.column))).collect();
        assert_eq!(located, [Some((9, 5))]);
        assert!(spec.warnings.iter().all(|w| w.source.is_some()));
    }

    /// An error of `then` about the spec is located in it; a spec without warnings reads as before.
    #[test]
    fn errors_of_then_are_located() {
        let error = read_then(|_| {
            Err(Diagnostic::error(Code::InvalidSyntax, "t.yaml", "/paths/~1a/get/responses/200", "e").into())
        })
        .unwrap_err();
        let Error::Spec(diagnostic) = error else { panic!("{error}") };
        assert_eq!(diagnostic.location.map(|l| (l.line, l.column)), Some((11, 9)));
        let spec = read_then(|_| Ok(Vec::new())).unwrap();
        assert!(spec.warnings.is_empty() && spec.api.operations.len() == 1);
    }
}
