//! Evidence that descriptions give in prose, for values no schema describes. Each rule matches
//! only phrasings that real specs and collections use for exactly this meaning; anything else is
//! left alone (the description stays the docs either way).

/// Values a description lists as the only ones allowed: `Allowed: a, b`, `Allowed values: a, b`
/// (up to the end of the sentence or line), or `(This can only be one of a,b,c)`.
pub fn allowed_values(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    for marker in ["allowed values:", "allowed:"] {
        if let Some(start) = lower.find(marker) {
            let rest = text.get(start + marker.len()..).unwrap_or_default();
            let end = rest.find(['\n', ';']).or_else(|| rest.find(". ")).unwrap_or(rest.len());
            let list = rest.get(..end).unwrap_or_default().trim().trim_end_matches('.');
            return values(list);
        }
    }
    const ONE_OF: &str = "(this can only be one of ";
    if let Some(start) = lower.find(ONE_OF) {
        let rest = text.get(start + ONE_OF.len()..).unwrap_or_default();
        if let Some(end) = rest.find(')') {
            return values(rest.get(..end).unwrap_or_default());
        }
    }
    Vec::new()
}

/// Comma-separated words that look like enum values (no spaces inside, backticks and quotes off).
fn values(list: &str) -> Vec<String> {
    let items: Vec<String> =
        list.split(',').map(|v| v.trim().trim_matches(['`', '"', '\'']).to_owned()).filter(|v| !v.is_empty()).collect();
    let plausible = items.iter().all(|v| !v.contains(char::is_whitespace) && v.len() <= 64);
    if plausible { items } else { Vec::new() }
}

/// Whether the value is present only under a condition: "Only returned if …", "returned only
/// when …", "only returns this value if …", "only included/present if …". Such a value is never
/// required.
pub fn is_conditional(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let phrases = ["only returned", "returned only", "only returns", "only included", "included only", "only present"];
    phrases.iter().any(|phrase| {
        lower.match_indices(phrase).any(|(at, _)| {
            // The condition follows within a few words: "only returns this value if …".
            let after = lower.get(at + phrase.len()..).unwrap_or_default();
            after.split_whitespace().take(4).any(|word| word == "if" || word == "when")
        })
    })
}

/// Whether the value is a list written as one comma-separated string: "comma-separated list",
/// "comma-separate both values", "separated by commas".
pub fn is_comma_separated(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["comma-separate", "comma separated", "separated by comma", "comma-delimited"].iter().any(|p| lower.contains(p))
}

/// The default a description states: "Defaults to 30." or "Default: 30" (one word).
pub fn default_value(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    ["defaults to ", "default: ", "default value is "].iter().find_map(|marker| {
        let start = lower.find(marker)? + marker.len();
        let word = text.get(start..)?.split_whitespace().next()?;
        let word = word.trim_end_matches(['.', ',', ';', ')']).trim_matches(['`', '"', '\'']);
        (!word.is_empty()).then(|| word.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_values_from_the_phrasings_in_use() {
        assert_eq!(allowed_values("Sort order. Allowed: asc, desc"), ["asc", "desc"]);
        assert_eq!(allowed_values("Allowed values: `active`, `inactive`. Default is active."), ["active", "inactive"]);
        assert_eq!(allowed_values("Status (This can only be one of a,b,c)"), ["a", "b", "c"]);
        // Prose after the marker is not a list of values.
        assert!(allowed_values("Allowed: any value the account admin set up, see docs").is_empty());
        assert!(allowed_values("The number of records.").is_empty());
        assert!(allowed_values("(This can only be one of a").is_empty());
    }

    #[test]
    fn conditional_presence() {
        assert!(is_conditional("The API only returns this value if the `include_fields` query parameter contains it."));
        assert!(is_conditional("Only returned if asked."));
        assert!(is_conditional("Returned only when the meeting has ended."));
        assert!(is_conditional("Only included if the user is a bot."));
        assert!(!is_conditional("The only value returned."));
        assert!(!is_conditional("Returned for every message."));
    }

    #[test]
    fn comma_separated_lists() {
        assert!(is_comma_separated("To include both edited and deleted messages, comma-separate both values."));
        assert!(is_comma_separated("A comma-separated list of user IDs."));
        assert!(is_comma_separated("IDs separated by commas"));
        assert!(!is_comma_separated("The next page token."));
    }

    #[test]
    fn defaults_stated_in_prose() {
        assert_eq!(default_value("The amount of records. Defaults to 30. Max of 30 records.").as_deref(), Some("30"));
        assert_eq!(default_value("Whether to include bots. Default: `false`").as_deref(), Some("false"));
        assert_eq!(default_value("The page size."), None);
    }
}
