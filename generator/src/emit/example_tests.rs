//! `tests/spec_examples.rs`: a test in the generated crate that every example body of the spec
//! decodes into its generated type. Emitted on request (the corpus check asks for it).

use proc_macro2::TokenStream;
use quote::quote;

use super::ApiModule;
use super::idents::snake_ident;
use super::types::rust_type;
use crate::ir::{BodyEncoding, Status};
use crate::read::example::instantiate;

/// The test file's tokens, or `None` when no response has a JSON example.
pub fn example_tests(crate_name: &str, apis: &[ApiModule<'_>]) -> Option<TokenStream> {
    let krate = snake_ident(&crate_name.replace('-', "_"));
    let mut cases = Vec::new();
    for ApiModule { module, api } in apis {
        let module_ident = snake_ident(module);
        let models = quote!(#krate::#module_ident::models::);
        for op in &api.operations {
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
                for (index, example) in response.examples.iter().enumerate() {
                    let status = match response.status {
                        Status::Code(code) => code.to_string(),
                        Status::Range(class) => format!("{class}XX"),
                        Status::Default => "default".to_owned(),
                    };
                    let label = format!("{module} | {} | {status} | example {}", op.name, index + 1);
                    let body = serde_json::to_string(&instantiate(example)).unwrap_or_default();
                    cases.push(quote!((#label, decodes::<#rust>, #body),));
                }
            }
        }
    }
    if cases.is_empty() {
        return None;
    }
    Some(quote! {
        //! The spec's example bodies decode into the generated types. Failures are printed one per
        //! line as `EXAMPLE-FAILURE: <module> | <operation> | <status> | example <n>: <error>`.

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
            println!("EXAMPLES: {} checked, {} failed", EXAMPLES.len(), failures.len());
            assert!(failures.is_empty(), "{} of {} examples do not decode", failures.len(), EXAMPLES.len());
        }
    })
}
