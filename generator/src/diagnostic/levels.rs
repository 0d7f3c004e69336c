//! Lint levels: which warnings are shown, silenced or turned into errors, set by code or name on
//! the command line (`--allow`, `--warn`, `--deny`, `--deny-warnings`) and per API in a manifest
//! (`[api.lints]`). Errors cannot be allowed.

use super::codes::Code;
use super::{Diagnostic, Severity};

/// What becomes of a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Not reported.
    Allow,
    /// Reported; the crate is still written.
    Warn,
    /// Reported as an error; nothing is written.
    Deny,
}

/// The levels set for one API: by kind, and a default for warnings of every other kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lints {
    /// Levels by kind; a later entry for the same kind wins.
    levels: Vec<(Code, Level)>,
    /// `--deny-warnings`: warnings of kinds without a level of their own are errors.
    pub deny_warnings: bool,
}

impl Lints {
    /// Sets `level` for the kind `name` (a code or a name). Unknown kinds, and errors given any
    /// level but `deny`, are refused with a message.
    pub fn set(&mut self, name: &str, level: Level) -> Result<(), String> {
        let Some(code) = Code::parse(name) else {
            return Err(format!("unknown diagnostic `{name}`; `spec-to-rust explain` lists every code and name"));
        };
        let entry = code.entry();
        if entry.severity == Severity::Error && level != Level::Deny {
            return Err(format!(
                "{} is an error: errors cannot be allowed or made warnings; the spec must be fixed",
                code.label()
            ));
        }
        self.levels.push((code, level));
        Ok(())
    }

    /// Sets every name of `allow`, `warn` and `deny` in that order (so `deny` wins a tie).
    pub fn set_all(&mut self, allow: &[String], warn: &[String], deny: &[String]) -> Result<(), String> {
        for (names, level) in [(allow, Level::Allow), (warn, Level::Warn), (deny, Level::Deny)] {
            for name in names {
                self.set(name, level)?;
            }
        }
        Ok(())
    }

    /// These levels, then `other`'s on top (the command line's over a manifest's).
    pub fn extend(&mut self, other: &Lints) {
        self.levels.extend(other.levels.iter().copied());
        self.deny_warnings |= other.deny_warnings;
    }

    /// The level of a warning of kind `code`.
    pub fn level(&self, code: Code) -> Level {
        match self.levels.iter().rev().find(|(c, _)| *c == code) {
            Some((_, level)) => *level,
            None if self.deny_warnings => Level::Deny,
            None => Level::Warn,
        }
    }

    /// Drops the allowed warnings and makes the denied ones errors; errors stay as they are.
    pub fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        diagnostics.retain_mut(|diagnostic| {
            if diagnostic.severity == Severity::Error {
                return true;
            }
            match self.level(diagnostic.code) {
                Level::Allow => false,
                Level::Warn => true,
                Level::Deny => {
                    diagnostic.severity = Severity::Error;
                    true
                }
            }
        });
    }
}

/// The lint options `generate` and `check` share.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct LintArgs {
    /// Do not report warnings of this kind (a code such as S2R0011 or a name such as
    /// inferred-from-example; repeatable). Errors cannot be allowed.
    #[arg(long, value_name = "NAME")]
    pub allow: Vec<String>,
    /// Report warnings of this kind as warnings, also under --deny-warnings (repeatable).
    #[arg(long, value_name = "NAME")]
    pub warn: Vec<String>,
    /// Treat warnings of this kind as errors: nothing is written (repeatable).
    #[arg(long, value_name = "NAME")]
    pub deny: Vec<String>,
    /// Treat warnings (guesses, skipped parts of a spec) as errors, except kinds given --allow or --warn.
    #[arg(long)]
    pub deny_warnings: bool,
}

impl LintArgs {
    /// The levels the options set.
    pub fn lints(&self) -> Result<Lints, String> {
        let mut lints = Lints { levels: Vec::new(), deny_warnings: self.deny_warnings };
        lints.set_all(&self.allow, &self.warn, &self.deny)?;
        Ok(lints)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warning(code: Code) -> Diagnostic {
        Diagnostic::warning(code, "spec.yaml", "", "w")
    }

    #[test]
    fn allowed_warnings_go_and_denied_ones_become_errors() {
        let mut lints = Lints::default();
        lints.set("inferred-from-example", Level::Allow).unwrap();
        lints.set("S2R0017", Level::Deny).unwrap();
        let mut diagnostics =
            vec![warning(Code::InferredFromExample), warning(Code::MissingBaseUrl), warning(Code::UnknownField)];
        lints.apply(&mut diagnostics);
        let kept: Vec<(Code, Severity)> = diagnostics.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(kept, [(Code::MissingBaseUrl, Severity::Error), (Code::UnknownField, Severity::Warning)]);
    }

    #[test]
    fn deny_warnings_spares_the_kinds_given_a_level_and_the_last_level_wins() {
        let mut lints = Lints { deny_warnings: true, ..Lints::default() };
        lints.set("unknown-field", Level::Warn).unwrap();
        lints.set("missing-field", Level::Deny).unwrap();
        lints.set("missing-field", Level::Allow).unwrap();
        assert_eq!(lints.level(Code::UnknownField), Level::Warn);
        assert_eq!(lints.level(Code::MissingField), Level::Allow);
        assert_eq!(lints.level(Code::MalformedField), Level::Deny);
    }

    #[test]
    fn errors_cannot_be_allowed_and_unknown_names_are_refused() {
        let mut lints = Lints::default();
        let refused = lints.set("unresolved-reference", Level::Allow).unwrap_err();
        assert!(refused.contains("S2R0006 (unresolved-reference) is an error: errors cannot be allowed"), "{refused}");
        assert!(lints.set("S2R0006", Level::Warn).is_err());
        assert_eq!(lints.set("S2R0006", Level::Deny), Ok(()));
        assert!(lints.set("no-such-lint", Level::Allow).unwrap_err().contains("unknown diagnostic `no-such-lint`"));
    }
}
