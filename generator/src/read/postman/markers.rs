//! Conventions that Postman collections encode in free text: `(Required)` markers, enum lists and
//! deprecation notices.

/// A parameter description with its markers taken out.
#[derive(Debug, Default, PartialEq)]
pub struct Described {
    /// The description without markers, if anything is left.
    pub docs: Option<String>,
    /// Whether a `(Required)` marker was present.
    pub required: bool,
    /// Values of a `(This can only be one of a,b,c)` marker.
    pub one_of: Vec<String>,
}

/// Splits the markers Postman's converter writes out of a parameter description.
pub fn parse_param_description(text: &str) -> Described {
    let mut rest = text.trim().to_owned();
    let required = match rest.strip_prefix("(Required)") {
        Some(after) => {
            rest = after.trim_start().to_owned();
            true
        }
        None => false,
    };
    let mut one_of = Vec::new();
    const ENUM_MARKER: &str = "(This can only be one of ";
    if let Some(start) = rest.find(ENUM_MARKER) {
        let values_start = start + ENUM_MARKER.len();
        if let Some(len) = rest.get(values_start..).and_then(|tail| tail.find(')')) {
            let values = rest.get(values_start..values_start + len).unwrap_or_default();
            one_of = values.split(',').map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()).collect();
            rest.replace_range(start..values_start + len + 1, "");
            rest = rest.trim().to_owned();
        }
    }
    Described { docs: Some(rest).filter(|d| !d.is_empty()), required, one_of }
}

/// The notice of a description paragraph that starts with `Deprecated:` (in bold, HTML or plain).
pub fn deprecation_notice(description: &str) -> Option<String> {
    let plain = strip_tags(description).replace("**", "");
    let start = plain.find("Deprecated:")?;
    let notice = plain.get(start + "Deprecated:".len()..)?;
    let paragraph = notice.split("\n\n").next().unwrap_or(notice);
    Some(paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Removes HTML tags, keeping their text.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_marker_is_taken_out() {
        let d = parse_param_description("(Required) End date.");
        assert_eq!(d, Described { docs: Some("End date.".into()), required: true, one_of: vec![] });
        let d = parse_param_description("(Required) ");
        assert_eq!(d, Described { docs: None, required: true, one_of: vec![] });
        let d = parse_param_description("The number of records. (Required) later");
        assert!(!d.required);
    }

    #[test]
    fn enum_marker_gives_values() {
        let d = parse_param_description("Filter by status (This can only be one of active,inactive,pending)");
        assert_eq!(d.docs.as_deref(), Some("Filter by status"));
        assert_eq!(d.one_of, ["active", "inactive", "pending"]);
        let d = parse_param_description("(This can only be one of a");
        assert!(d.one_of.is_empty());
    }

    #[test]
    fn deprecation_notice_from_html_paragraph() {
        let text = "Retrieve sessions.<br>\n <p style=\"x\"><b>Deprecated:</b> By end of 2021, Zoom is deprecating this API.\n See <a href=\"u\">Announcements</a>.</p>\n";
        assert_eq!(
            deprecation_notice(text).as_deref(),
            Some("By end of 2021, Zoom is deprecating this API. See Announcements.")
        );
        assert_eq!(deprecation_notice("**Deprecated:** use v2.\n\nOther text").as_deref(), Some("use v2."));
        assert_eq!(deprecation_notice("Lists things that are not deprecated."), None);
    }
}
