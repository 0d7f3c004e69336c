//! Arbitrary bytes as a spec file: read (OpenAPI, Swagger or Postman, YAML or JSON), normalise, emit.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(mut spec) = generator::read::read_str("fuzz.json", text) else { return };
    let warnings = generator::normalise::normalise(&mut spec.api);
    spec.add_warnings(warnings);
    let settings = generator::emit::CrateSettings {
        name: "fuzz".into(),
        version: "0.1.0".into(),
        description: "fuzz".into(),
        examples: Vec::new(),
        example_tests: true,
        package: generator::emit::Package::default(),
    };
    let _ = generator::emit::emit_crate(&settings, &[generator::emit::ApiModule { module: "api", api: &spec.api }]);
});
