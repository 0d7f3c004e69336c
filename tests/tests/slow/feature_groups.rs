//! Per-group cargo features on a real API: the corpus's nexus spec (193 operations in 15 tags) is
//! generated into a crate whose `policy` feature alone must build and call `GET /system/policy`
//! against a loopback server, and which must build warning-free with no feature at all (every
//! operation and every model used only by operations left out).

use crate::support;

use support::{cargo_on, workspace};

/// The call of the `policy` group, as a user with only that feature writes it, against a server on
/// 127.0.0.1 that answers one request.
const CALL_TEST: &str = r##"
use std::io::{Read, Write};

#[tokio::test]
async fn the_policy_group_alone_calls_its_operation() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = Vec::new();
        let mut byte = [0u8; 1];
        while !request.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap() == 1 {
            request.push(byte[0]);
        }
        let body = r#"{"role_assignments": [{"identity_id": "u1", "identity_type": "silo_user", "role_name": "viewer"}]}"#;
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        String::from_utf8(request).unwrap()
    });
    let client = nexus::progenitor_nexus::Client::new().with_base_url(format!("http://{address}"));
    let policy = client.system_policy_view().send().await.unwrap();
    let request = server.join().unwrap();
    assert!(request.starts_with("GET /system/policy HTTP/1.1\r\n"), "{request}");
    let assignment = &policy.role_assignments[0];
    assert_eq!(assignment.identity_id, "u1");
    assert_eq!(assignment.identity_type, nexus::progenitor_nexus::models::IdentityType::SiloUser);
    assert_eq!(assignment.role_name, nexus::progenitor_nexus::models::FleetRole::Viewer);
}
"##;

#[test]
fn one_feature_group_of_a_corpus_crate_builds_and_calls_and_none_builds_warning_free() {
    let spec = workspace().join("../shared/corpus/openapi/progenitor-nexus.openapi-3.0.3.json");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("nexus");
    let (spec, out_text) = (spec.to_string_lossy().into_owned(), out.to_string_lossy().into_owned());
    let args = ["generator", "generate", &spec, "--out", &out_text, "--crate-name", "nexus"];
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = generator::cli::run(args, &mut stdout, &mut stderr);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));

    let read = |path: &str| std::fs::read_to_string(out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut manifest = read("Cargo.toml");
    assert!(manifest.contains("\n[features]\n"), "{manifest}");
    assert!(manifest.contains("\npolicy = []\n") && manifest.contains("\ndisks = []\n"), "{manifest}");
    let surface: serde_json::Value = serde_json::from_str(&read("api-surface.json")).unwrap_or_else(|e| panic!("{e}"));
    let operations = surface["modules"][0]["operations"].as_array().cloned().unwrap_or_default();
    let feature_of = |method: &str| operations.iter().find(|op| op["method"] == method).map(|op| op["feature"].clone());
    assert_eq!(feature_of("system_policy_view"), Some("policy".into()));
    assert_eq!(feature_of("disk_list"), Some("disks".into()));
    // A model shared by several groups compiles with any of them.
    let models = read("src/progenitor_nexus/models.rs");
    assert!(models.contains("#[cfg(feature = \"policy\")]\n#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]\npub struct FleetRolePolicy {"));
    let before = models.split("pub enum IdentityType {").next().unwrap_or_default();
    let cfg = before.rfind("#[cfg(").and_then(|at| before.get(at..)).unwrap_or_default();
    assert!(cfg.contains("any(") && cfg.contains("\"policy\"") && cfg.contains("\"silos\""), "{cfg}");

    std::fs::create_dir_all(out.join("tests")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("tests/call.rs"), CALL_TEST).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap_or_else(|e| panic!("{e}"));
    manifest
        .push_str("\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n");
    manifest.push_str(support::STANDALONE_WORKSPACE);
    std::fs::write(out.join("Cargo.toml"), manifest).unwrap_or_else(|e| panic!("{e}"));

    let (ok, report) = cargo_on(&out, &["test", "--no-default-features", "--features", "policy", "--test", "call"]);
    assert!(ok, "the policy group failed:\n{report}");
    assert!(report.contains("test the_policy_group_alone_calls_its_operation ... ok"), "{report}");
    // (`cargo_on` puts `--manifest-path` last, so clippy's `-D warnings` cannot follow a `--`.)
    let (ok, report) = cargo_on(&out, &["clippy", "--no-default-features"]);
    assert!(
        ok && report.contains("Checking nexus") && !report.contains("warning"),
        "the crate without features is not clean:\n{report}"
    );
}
