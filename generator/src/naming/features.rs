//! Cargo feature names of operation groups: unique in a crate, never one of the crate's fixed
//! features, made of ASCII letters, digits and `-` only (never spec text as it is).

use super::Namer;

/// Names the cargo features of a crate.
pub struct FeatureNamer {
    namer: Namer,
}

impl FeatureNamer {
    /// A namer that never gives out one of `reserved` (the crate's fixed features, kebab case).
    pub fn new(reserved: &[&str]) -> Self {
        let snake: Vec<String> = reserved.iter().map(|name| name.replace('-', "_")).collect();
        let snake: Vec<&str> = snake.iter().map(String::as_str).collect();
        FeatureNamer { namer: Namer::with_reserved(&snake) }
    }

    /// The feature name of the group that the spec calls `group`: its module name in kebab case,
    /// as Cargo features are usually written (the leading `_` a module name needs before a digit
    /// is not needed in a feature name).
    pub fn name(&mut self, group: &str) -> String {
        self.namer.module(group).trim_start_matches('_').replace('_', "-")
    }
}

#[cfg(test)]
mod tests {
    use super::FeatureNamer;

    #[test]
    fn groups_never_take_a_fixed_feature_or_each_others_names() {
        let mut namer = FeatureNamer::new(&["default", "rustls", "native-tls", "tracing"]);
        let names: Vec<String> = ["User Profiles", "Native TLS", "tracing", "Default", "user_profiles", "type"]
            .map(|g| namer.name(g))
            .into();
        for name in &names {
            assert!(!["default", "rustls", "native-tls", "tracing"].contains(&name.as_str()), "{names:?}");
            assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "{names:?}");
        }
        let unique: std::collections::BTreeSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        assert_eq!(names.first().map(String::as_str), Some("user-profiles"));
    }
}
