//! Turning spec text into rustdoc takes time linear in the text, for every pattern that makes the
//! converter look back along a line or ahead for a closing tag. Timed alone in its own test
//! binary (the fastest of five runs), as a ratio between two sizes, never as an absolute time.

use generator::emit::{Form, spec_to_rustdoc};

/// The fastest of five conversions of `text`, in seconds (the least disturbed by other load).
fn fastest_seconds(text: &str) -> f64 {
    let _ = spec_to_rustdoc(text, Form::Markdown); // warm up: the allocator's first growth
    (0..5)
        .map(|_| {
            let started = std::time::Instant::now();
            let _ = spec_to_rustdoc(text, Form::Markdown);
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn conversion_time_is_linear_in_the_text_for_every_hostile_pattern() {
    // Each pattern repeated on one line: `>` asks whether it opens a line, unclosed tags and
    // comments look ahead for their end. (`[` and `` ` `` look ahead at most a fixed number of
    // characters each: linear by construction, and slow to time.) Cheap patterns are timed on
    // longer texts, so that the timer's and the caches' noise matter less.
    let patterns = [
        ("a>", 64_000),
        ("> ", 64_000),
        ("<code>", 16_000),
        ("<a href=\"x\">", 8_000),
        ("<!--", 16_000),
        ("<pre><!--", 8_000),
        ("<x", 16_000),
    ];
    let mut failures = Vec::new();
    for (pattern, n) in patterns {
        let (small, large) = (pattern.repeat(n), pattern.repeat(4 * n));
        let ratio = fastest_seconds(&large) / fastest_seconds(&small).max(1e-6);
        eprintln!("{pattern:?}: {} → {} bytes, time ×{ratio:.1}", small.len(), large.len());
        // Four times the text: about 4 when linear (measured 3.4 to 7.3 on a loaded machine), 16
        // and more when quadratic (a `>` scanning back its line measured 20).
        if ratio > 10.0 {
            failures.push(format!("{pattern:?}: ×{ratio:.1}"));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}
