//! Shared helpers for the client tests: the spec's own examples, and what the server received.

#![allow(dead_code)] // Each test file uses a different subset.

use std::path::Path;

use generator::manifest::Manifest;
use serde_json::Value;
use wiremock::MockServer;

/// The IR of a bundled module, loaded as `cargo xtask generate` loads it.
pub fn api(module: &str) -> generator::ir::Api {
    let manifest = Manifest::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/generate.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let entry = manifest.apis.iter().find(|a| a.module == module).unwrap_or_else(|| panic!("no module {module}"));
    generator::load(&entry.spec, &entry.display, &entry.overrides).unwrap_or_else(|e| panic!("{e}")).api
}

/// The examples the spec gives for an operation's response status (its own, else its class's),
/// placeholders made concrete.
pub fn examples(module: &str, operation: &str, status: u16) -> Vec<Value> {
    use generator::ir::Status;
    let api = api(module);
    let op = api.operations.iter().find(|o| o.name == operation).unwrap_or_else(|| panic!("no operation {operation}"));
    let class = u8::try_from(status / 100).map(Status::Range).ok();
    let response = [Some(Status::Code(status)), class]
        .into_iter()
        .flatten()
        .find_map(|wanted| op.responses.iter().find(|r| r.status == wanted))
        .unwrap_or_else(|| panic!("{operation} documents no {status}"));
    response.examples.iter().map(|example| generator::example::instantiate(example).into_owned()).collect()
}

/// The first example of an operation's response status.
pub fn example(module: &str, operation: &str, status: u16) -> Value {
    examples(module, operation, status).into_iter().next().unwrap_or_else(|| panic!("{operation} {status}: no example"))
}

/// One received request, reduced to what the tests assert on.
#[derive(Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub authorization: Option<String>,
    pub content_type: Option<String>,
    pub body: String,
}

/// Every request the server received, in order.
pub async fn seen(server: &MockServer) -> Vec<Seen> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests
        .into_iter()
        .map(|r| Seen {
            method: r.method.to_string(),
            path: r.url.path().to_owned(),
            query: r.url.query().map(str::to_owned),
            authorization: r.headers.get("authorization").and_then(|v| v.to_str().ok()).map(str::to_owned),
            content_type: r.headers.get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned),
            body: String::from_utf8_lossy(&r.body).into_owned(),
        })
        .collect()
}

/// A calendar date.
pub fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("bad date {y}-{m}-{d}"))
}

/// A v1 chat list request with only the required fields: access token `a`, from `f`, to `t`.
pub fn minimal_chat_list_request() -> zoom_chat::v1::models::ChatListRequest {
    zoom_chat::v1::models::ChatListRequest::new("a", "f", "t")
}

/// The target folder of the build running the tests: `CARGO_TARGET_DIR` when set, else the
/// workspace's `target/`, so that crates built by the tests reuse its compiled dependencies.
pub fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace().join("target"), std::path::PathBuf::from)
}

/// The workspace's root folder.
pub fn workspace() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Appended to a generated crate's Cargo.toml that a test builds on its own: its own workspace, with
/// the repository's dependency profile (the root Cargo.toml), so that dependency builds are reused.
pub const STANDALONE_WORKSPACE: &str = "\n[workspace]\n\n[profile.dev]\ndebug = \"line-tables-only\"\n\n[profile.dev.package.\"*\"]\nopt-level = 1\ndebug = false\n";

/// Runs cargo on a generated crate with `RUSTDOCFLAGS=-D warnings`, sharing the workspace's target
/// folder (the one `CARGO_TARGET_DIR` names, if set) so that dependencies compiled for the
/// workspace's tests are reused; success and output.
pub fn cargo_on(crate_dir: &Path, args: &[&str]) -> (bool, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(args)
        .arg("--manifest-path")
        .arg(crate_dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_dir())
        .env("RUSTDOCFLAGS", "-D warnings")
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap_or_else(|e| panic!("running cargo: {e}"));
    let text = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

/// A loopback server answering one connection per `(status, body)`, in order, after reading the
/// request (and its body, if it has a length); returns the server's base URL.
pub fn serve(answers: Vec<(u16, &'static str)>) -> String {
    use std::io::{Read, Write};

    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let address = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    std::thread::spawn(move || {
        for (status, body) in answers {
            let (mut stream, _) = listener.accept().unwrap_or_else(|e| panic!("{e}"));
            let mut request = Vec::new();
            let mut byte = [0u8; 1];
            while !request.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or_else(|e| panic!("{e}")) == 1 {
                request.push(byte[0]);
            }
            let length = request.windows(16).position(|w| w.eq_ignore_ascii_case(b"content-length: "));
            if let Some(at) = length {
                let digits: String =
                    request[at + 16..].iter().take_while(|b| b.is_ascii_digit()).map(|b| char::from(*b)).collect();
                let mut body = vec![0u8; digits.parse().unwrap_or_else(|e| panic!("{e}"))];
                stream.read_exact(&mut body).unwrap_or_else(|e| panic!("{e}"));
            }
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            stream.write_all(body.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        }
    });
    format!("http://{address}")
}

/// The generation of a committed fixture crate from its manifest `tests/fixtures/<manifest>`,
/// asserting that the crate (under `tests/crates/`) is what the generator emits now.
pub fn fixture_crate(manifest: &str) -> generator::Generation {
    let path = workspace().join("tests/fixtures").join(manifest);
    let manifest = Manifest::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let generation = generator::generate(&manifest).unwrap_or_else(|e| panic!("{e}"));
    let stale = generator::output::stale_files(&manifest.output, &generation.files).unwrap_or_else(|e| panic!("{e}"));
    assert!(stale.is_empty(), "{} is stale, run `cargo xtask generate`: {stale:#?}", manifest.output.display());
    generation
}
