//! The budget classes of hostile input, shaped by the fuzzer's bytes: YAML alias bombs (levels,
//! fan-out), deep nesting (YAML flow and block, JSON), and long minified lines with many warnings.
//! Run with libFuzzer's `-rss_limit_mb` and `-timeout`: an input that costs more than linear
//! time or memory shows up as an out-of-memory or a timeout.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Builds one hostile spec from the fuzzer's bytes: (file name, text).
fn hostile(data: &[u8]) -> (&'static str, String) {
    let byte = |i: usize| data.get(i).copied().unwrap_or(0) as usize;
    let size = byte(1) << 8 | byte(2);
    let filler = String::from_utf8_lossy(data.get(3..).unwrap_or_default()).into_owned();
    match byte(0) % 5 {
        0 => {
            // `levels` anchors, each a list of `fan_out` aliases of the one before.
            let (levels, fan_out) = (1 + byte(1) % 24, 1 + byte(2) % 64);
            let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx0: &a0 [x]\n");
            for level in 1..levels {
                let items = vec![format!("*a{}", level - 1); fan_out].join(", ");
                text.push_str(&format!("x{level}: &a{level} [{items}]\n"));
            }
            ("bomb.yaml", text)
        }
        1 => ("flow.yaml", format!("a: {}{filler}{}", "[".repeat(size * 2), "]".repeat(size))),
        2 => ("deep.json", format!("{{\"a\": {}{filler}{}}}", "[{\"b\":".repeat(size * 2), "}]".repeat(size))),
        3 => {
            let block: String = (0..size % 4096).map(|i| format!("{}k{i}: {filler}\n", " ".repeat(i))).collect();
            ("block.yaml", block)
        }
        _ => {
            // One line: `size` operations, each raising a warning (a placeholder without a parameter).
            let paths: Vec<String> = (0..size)
                .map(|i| format!("\"/p{i}/{{id}}\": {{\"get\": {{\"description\": {filler:?}, \"responses\": {{}}}}}}"))
                .collect();
            let text = format!(
                "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{{}}}}}",
                paths.join(", ")
            );
            ("minified.json", text)
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let (name, text) = hostile(data);
    match generator::read::read_str(name, &text) {
        Ok(mut spec) => {
            spec.locate_warnings();
            let report = generator::diagnostic::render_all(&spec.warnings);
            // At most 50 diagnostics of a kind, each line a window of about 200 characters.
            assert!(report.lines().all(|line| line.chars().count() < 300), "a report line is too long");
        }
        Err(generator::error::Error::Spec(diagnostic)) => {
            assert!(diagnostic.render().lines().all(|line| line.chars().count() < 300 + diagnostic.message.len()));
        }
        Err(_) => {}
    }
});
