//! The fast lane: every integration test that runs in-process (the generator on specs and fixtures,
//! the committed Zoom client against loopback servers, the committed fixture crates' behaviour),
//! in one binary so that the tests link tokio, wiremock and the generator once. `cargo test
//! --workspace` runs it; tests/README.md says which lane a new test belongs in.

mod support;

mod api_changes;
mod bad_input;
mod client_errors;
mod client_examples;
mod client_features;
mod client_limits;
mod client_operations;
mod client_paging;
mod client_presence;
mod client_redirects;
mod client_responses;
mod client_retries;
mod client_surface;
mod compile_cases;
mod corpus_lists;
mod corpus_summary;
mod diagnostic_codes;
mod doc_text_time;
mod error_bodies;
mod example_bodies;
mod features;
mod fixture_crates;
mod generated;
mod guide_examples;
mod integrity;
mod ir;
mod name_rules;
mod openapi32;
mod postman_guesses;
mod postman_schema;
mod robustness;
mod runtime_emission;
mod success_statuses;
