//! Checks of spec text the client would otherwise send wrong without a word: path templates
//! and server URLs.

/// What is wrong with a path template (`/a/{id}`), if anything: braces must pair up around a
/// non-empty name, one level deep.
pub(super) fn template_problem(path: &str) -> Option<&'static str> {
    let mut open = false;
    let mut name_len = 0;
    for c in path.chars() {
        match (c, open) {
            ('{', true) => return Some("a `{` inside a placeholder"),
            ('{', false) => {
                open = true;
                name_len = 0;
            }
            ('}', false) => return Some("a `}` that closes no placeholder"),
            ('}', true) if name_len == 0 => return Some("an empty placeholder `{}`"),
            ('}', true) => open = false,
            (_, true) => name_len += 1,
            (_, false) => {}
        }
    }
    open.then_some("a `{` that is never closed")
}

/// A server's URL with its variables at their defaults, without a trailing `/`.
pub(super) fn server_url(server: &openapiv3::Server) -> String {
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    url.trim_end_matches('/').to_owned()
}

/// Whether a server URL names its scheme and host (`https://api.example.com/v1`).
pub(super) fn is_absolute_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["http://", "https://"].iter().any(|scheme| lower.strip_prefix(scheme).is_some_and(|rest| !rest.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_templates_are_named() {
        assert_eq!(template_problem("/a/{id}/b/{x}"), None);
        assert_eq!(template_problem("/d/{{id}}"), Some("a `{` inside a placeholder"));
        assert_eq!(template_problem("/a/{id"), Some("a `{` that is never closed"));
        assert_eq!(template_problem("/a/id}"), Some("a `}` that closes no placeholder"));
        assert_eq!(template_problem("/a/{}"), Some("an empty placeholder `{}`"));
    }

    #[test]
    fn only_urls_with_scheme_and_host_are_absolute() {
        assert!(is_absolute_url("https://api.example.com/v1"));
        assert!(!is_absolute_url("/v1"));
        assert!(!is_absolute_url("api.example.com"));
        assert!(!is_absolute_url("//api.example.com"));
        assert!(!is_absolute_url("https://"));
    }
}
