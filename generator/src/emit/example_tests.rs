//! `tests/spec_examples.rs`: a test in the generated crate that every example body of the spec
//! decodes into its generated type, and a test that decodes and re-encodes the bodies an oracle
//! drew from a schema (`cargo xtask oracle`). Emitted on request (the corpus checks ask for it).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::ApiModule;
use super::idents::{ident_from_snake, snake_ident};
use super::types::rust_type;
use crate::example::instantiate;
use crate::ir::BodyEncoding;

/// The test file's tokens, or `None` when no response has a JSON body type.
/// `recursion_limit` is the library's, for types nested too deep for rustc's default.
pub fn example_tests(
    crate_name: &str,
    apis: &[ApiModule<'_>],
    recursion_limit: Option<TokenStream>,
) -> Option<TokenStream> {
    let krate = library_ident(crate_name);
    let mut cases = Vec::new();
    let mut responses = Vec::new();
    for ApiModule { module, api } in apis {
        let module_ident = snake_ident(module);
        let models = quote!(#krate::#module_ident::models::);
        for (op, names) in api.operations.iter().zip(&api.names.operations) {
            for response in &op.responses {
                let Some(ty) = &response.ty else { continue };
                let json = response
                    .content_type
                    .as_deref()
                    .is_none_or(|c| BodyEncoding::of_media_type(c) == BodyEncoding::Json);
                if !json {
                    continue;
                }
                let rust = rust_type(ty, &models);
                let status = response.status.to_string();
                let response_label = format!("{module} | {} | {status}", names.base);
                responses.push(quote!((#response_label, round_trip::<#rust>),));
                for (index, example) in response.examples.iter().enumerate() {
                    let label = format!("{module} | {} | {status} | example {}", names.base, index + 1);
                    let body = serde_json::to_string(&instantiate(example)).unwrap_or_default();
                    cases.push(quote!((#label, decodes::<#rust>, #body),));
                }
            }
        }
    }
    if responses.is_empty() {
        return None;
    }
    // Without examples, the example decoder is not used.
    let allow_unused = cases.is_empty().then(|| quote!(#[allow(dead_code)]));
    Some(quote! {
        //! The spec's example bodies decode into the generated types. Failures are printed one per
        //! line as `EXAMPLE-FAILURE: <module> | <operation> | <status> | example <n>: <error>`.
        //!
        //! With `SPEC_ORACLE_INSTANCES` naming a folder, the bodies in `<folder>/<package>.jsonl`
        //! (one `{"response": "<module> | <operation> | <status>", "body": …, "date_times": […]}` a
        //! line) must decode and encode back to the same JSON, the strings listed in `date_times` as
        //! the same RFC 3339 value; each one that does not is printed as
        //! `ORACLE-FAILURE: <package> | <line> | <decode or lossy>: <error>`.

        #recursion_limit

        #allow_unused
        fn decodes<T: serde::de::DeserializeOwned>(json: &str) -> Result<(), String> {
            let deserializer = &mut serde_json::Deserializer::from_str(json);
            serde_path_to_error::deserialize::<_, T>(deserializer)
                .map(drop)
                .map_err(|error| format!("at `{}`: {}", error.path(), error.inner()))
        }

        type Decode = fn(&str) -> Result<(), String>;

        const EXAMPLES: &[(&str, Decode, &str)] = &[#(#cases)*];

        #[test]
        fn spec_examples_decode() {
            let failures: Vec<String> = EXAMPLES
                .iter()
                .filter_map(|(label, decode, json)| decode(json).err().map(|error| format!("{label}: {error}")))
                .collect();
            for failure in &failures {
                println!("EXAMPLE-FAILURE: {failure}");
            }
            println!("EXAMPLES: {} checked, {} failed in {}", EXAMPLES.len(), failures.len(), env!("CARGO_PKG_NAME"));
            assert!(failures.is_empty(), "{} of {} examples do not decode", failures.len(), EXAMPLES.len());
        }

        type RoundTrip = fn(&str) -> Result<serde_json::Value, String>;

        const RESPONSES: &[(&str, RoundTrip)] = &[#(#responses)*];

        fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(json: &str) -> Result<serde_json::Value, String> {
            let deserializer = &mut serde_json::Deserializer::from_str(json);
            let value = serde_path_to_error::deserialize::<_, T>(deserializer)
                .map_err(|error| format!("decode: at `{}`: {}", error.path(), error.inner()))?;
            serde_json::to_value(&value).map_err(|error| format!("encode: {error}"))
        }

        /// A date-time's local part without trailing zeros in the second fraction, and its offset
        /// with `Z` as `+00:00`: two texts with the same key are the same RFC 3339 value (the same
        /// instant in the same offset), as `.5Z` and `.500+00:00` are.
        fn date_time_key(text: &str) -> (String, String) {
            let text = text.to_ascii_uppercase();
            let (local, offset) = match text.strip_suffix('Z') {
                Some(local) => (local, "+00:00"),
                None => text.rfind(['+', '-']).map_or((text.as_str(), ""), |at| text.split_at(at)),
            };
            let local = if local.contains('.') { local.trim_end_matches('0').trim_end_matches('.') } else { local };
            (local.to_owned(), offset.to_owned())
        }

        /// Where `written` differs from `read` (numbers compare by value: `1` equals `1.0`; the
        /// strings in `date_times` as RFC 3339 values).
        fn difference(read: &serde_json::Value, written: &serde_json::Value, at: &str, date_times: &[&str]) -> Option<String> {
            use serde_json::Value;
            match (read, written) {
                (Value::Number(a), Value::Number(b)) if a == b || ((a.is_f64() || b.is_f64()) && a.as_f64() == b.as_f64()) => {
                    None
                }
                (Value::String(a), Value::String(b)) if date_times.contains(&a.as_str()) && date_time_key(a) == date_time_key(b) => {
                    None
                }
                (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
                    .iter()
                    .zip(b)
                    .enumerate()
                    .find_map(|(i, (a, b))| difference(a, b, &format!("{at}[{i}]"), date_times)),
                (Value::Object(a), Value::Object(b)) => a
                    .iter()
                    .find_map(|(key, a)| match b.get(key) {
                        Some(b) => difference(a, b, &format!("{at}.{key}"), date_times),
                        None => Some(format!("`{at}.{key}` dropped")),
                    })
                    .or_else(|| b.keys().find(|key| !a.contains_key(*key)).map(|key| format!("`{at}.{key}` added"))),
                (a, b) if a == b => None,
                (a, b) => Some(format!("`{at}` read {a} wrote {b}")),
            }
        }

        #[test]
        fn oracle_instances() {
            let Some(folder) = std::env::var_os("SPEC_ORACLE_INSTANCES") else { return };
            let path = std::path::Path::new(&folder).join(concat!(env!("CARGO_PKG_NAME"), ".jsonl"));
            let Ok(text) = std::fs::read_to_string(&path) else { return };
            let mut failed = 0;
            for (number, line) in text.lines().enumerate().filter(|(_, line)| !line.is_empty()) {
                let instance: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
                let response = instance["response"].as_str().unwrap_or_default();
                let body = &instance["body"];
                let date_times: Vec<&str> = instance["date_times"].as_array().into_iter().flatten().filter_map(serde_json::Value::as_str).collect();
                let outcome = match RESPONSES.iter().find(|(label, _)| *label == response) {
                    None => Err(format!("decode: no model for `{response}`")),
                    Some((_, round_trip)) => round_trip(&body.to_string()).and_then(|written| {
                        difference(body, &written, "", &date_times).map_or(Ok(()), |at| Err(format!("lossy: {at}")))
                    }),
                };
                if let Err(error) = outcome {
                    failed += 1;
                    println!("ORACLE-FAILURE: {} | {} | {error}", env!("CARGO_PKG_NAME"), number + 1);
                }
            }
            println!("ORACLE: {} | {} instances, {failed} failed", env!("CARGO_PKG_NAME"), text.lines().count());
        }
    })
}

/// The library name Cargo gives the package (dashes as underscores, nothing else changed, so
/// `a--b` stays `a__b`); snake-cased only when that is no identifier.
fn library_ident(crate_name: &str) -> Ident {
    let library = crate_name.replace('-', "_");
    let plain = library.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && library.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain { ident_from_snake(&library) } else { snake_ident(&library) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::read_str;

    const SPEC: &str = r##"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
        "operationId": "getA", "responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"n": {"type": "integer"}}}}}}"##;

    fn emitted(crate_name: &str) -> String {
        let mut spec = read_str("a.json", SPEC).unwrap();
        crate::normalise::normalise(&mut spec.api);
        let apis = [ApiModule { module: "api", api: &spec.api }];
        example_tests(crate_name, &apis, None).unwrap().to_string()
    }

    #[test]
    fn crate_names_with_consecutive_dashes_keep_cargos_library_name() {
        let text = emitted("corpus-shop--1-0");
        assert!(text.contains("corpus_shop__1_0 :: api :: models :: Thing"), "{text}");
    }

    #[test]
    fn responses_without_examples_still_get_an_oracle_round_trip() {
        let text = emitted("c");
        assert!(text.contains(r#"("api | getA | 200" , round_trip :: < c :: api :: models :: Thing >)"#), "{text}");
        assert!(text.contains("# [allow (dead_code)]"), "{text}");
    }
}
