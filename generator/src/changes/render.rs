//! The report as text (a changelog section) and as JSON.

use std::fmt::Write;

use serde::Serialize;

use super::{Bump, Change, Class, Report, bump_version};

const CLASSES: [(Class, &str); 3] = [
    (Class::Breaking, "Breaking changes (code using these items may stop compiling)"),
    (Class::Behaviour, "Behaviour changes (code compiles as before; the wire contract changed)"),
    (Class::Compatible, "Compatible changes"),
];

fn count(report: &Report, class: Class) -> usize {
    report.changes.iter().filter(|c| c.class == class).count()
}

/// The closing line: the bump, and the new version when the old one is known.
fn bump_line(report: &Report, version: Option<&str>) -> String {
    let bump = report.bump();
    let what = match bump {
        Bump::None => return "No API changes: the version stays.".to_owned(),
        Bump::Major => "breaking changes",
        Bump::Minor => "additions or wire changes, nothing breaking",
        Bump::Patch => "deprecations only",
    };
    match version.and_then(|v| bump_version(v, bump).map(|next| (v, next))) {
        Some((old, next)) => format!("Implied version: {next} (was {old}; {what})."),
        None => format!("Implied bump: {} ({what}).", name(bump)),
    }
}

fn name(bump: Bump) -> &'static str {
    match bump {
        Bump::None => "none",
        Bump::Patch => "patch",
        Bump::Minor => "minor, patch before 1.0",
        Bump::Major => "major, minor before 1.0",
    }
}

fn location(change: &Change) -> String {
    match &change.at {
        Some(at) => match (at.line, at.column) {
            (Some(line), Some(column)) => format!(" ({}:{line}:{column})", at.file),
            _ => format!(" ({}, at {})", at.file, if at.pointer.is_empty() { "/" } else { &at.pointer }),
        },
        None => String::new(),
    }
}

pub fn text(report: &Report, version: Option<&str>) -> String {
    let mut out = String::new();
    let counts: Vec<String> = CLASSES
        .iter()
        .map(|(class, _)| {
            let n = count(report, *class);
            let word = match class {
                Class::Breaking => "breaking",
                Class::Behaviour => "behaviour",
                Class::Compatible => "compatible",
            };
            format!("{n} {word}")
        })
        .collect();
    let _ = writeln!(out, "API changes: {}.", counts.join(", "));
    for (class, title) in CLASSES {
        let changes: Vec<&Change> = report.changes.iter().filter(|c| c.class == class).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {title}\n");
        if changes.len() > SUMMARISED {
            let _ = writeln!(out, "{}\n", by_rule(&changes));
        }
        for change in changes {
            let _ = writeln!(out, "- `{}`: {}{}", change.item, change.message, location(change));
        }
    }
    let _ = writeln!(out, "\n{}", bump_line(report, version));
    out
}

/// Above this many changes, a class starts with how many each rule found.
const SUMMARISED: usize = 20;

/// `171 field-retyped, 152 type-removed, …`, most first.
fn by_rule(changes: &[&Change]) -> String {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for change in changes {
        *counts.entry(change.rule).or_default() += 1;
    }
    let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let counts: Vec<String> = counts.iter().map(|(rule, n)| format!("{n} {rule}")).collect();
    format!("By rule: {}.", counts.join(", "))
}

#[derive(Serialize)]
struct Json<'a> {
    breaking: usize,
    behaviour: usize,
    compatible: usize,
    bump: Bump,
    #[serde(skip_serializing_if = "Option::is_none")]
    old_version: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_version: Option<String>,
    changes: &'a [Change],
}

pub fn json(report: &Report, version: Option<&str>) -> String {
    let bump = report.bump();
    let json = Json {
        breaking: count(report, Class::Breaking),
        behaviour: count(report, Class::Behaviour),
        compatible: count(report, Class::Compatible),
        bump,
        old_version: version,
        new_version: version.and_then(|v| bump_version(v, bump)),
        changes: &report.changes,
    };
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text
}
