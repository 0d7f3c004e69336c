//! The slow lane: tests that generate a crate and start cargo on it (build, test, doc). They take
//! minutes on a busy machine, so `cargo test --workspace` leaves them out (the `slow` feature);
//! `cargo xtask test-slow` runs them, and CI does.

#[path = "../all/support/mod.rs"]
mod support;

mod deep_responses;
mod feature_groups;
mod hostile_docs;
mod lossless_round_trips;
mod tls_features;
