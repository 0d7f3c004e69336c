//! Postman `auth` objects to IR authentication schemes.

use serde_json::Value;

use crate::ir::{AuthKind, AuthScheme, ParamLocation};

/// What an `auth` object asks for: nothing (`noauth`), or a scheme.
pub enum Auth {
    /// Explicitly no authentication.
    None,
    /// Authenticate with this scheme.
    Scheme(AuthKind),
}

/// Reads an `auth` object; `None` when it says to inherit.
pub fn parse(value: &Value) -> Option<Auth> {
    let kind = value.get("type").and_then(Value::as_str)?;
    Some(match kind {
        "noauth" => Auth::None,
        "inherit" => return None,
        "bearer" | "oauth2" => Auth::Scheme(AuthKind::Bearer),
        "basic" => Auth::Scheme(AuthKind::Basic),
        "apikey" => {
            let location = match setting(value, "apikey", "in").as_deref() {
                Some("query") => ParamLocation::Query,
                _ => ParamLocation::Header,
            };
            let name = setting(value, "apikey", "key").filter(|k| !k.is_empty()).unwrap_or_else(|| "X-API-Key".into());
            Auth::Scheme(AuthKind::ApiKey { location, name })
        }
        other => Auth::Scheme(AuthKind::Unsupported { kind: other.to_owned() }),
    })
}

/// A setting of an auth type: `{"apikey": [{"key": "in", "value": "query"}]}` (v2.1) or
/// `{"apikey": {"in": "query"}}` (v2.0).
fn setting(auth: &Value, kind: &str, key: &str) -> Option<String> {
    match auth.get(kind)? {
        Value::Array(entries) => entries
            .iter()
            .find(|e| e.get("key").and_then(Value::as_str) == Some(key))
            .and_then(|e| e.get("value"))
            .and_then(Value::as_str)
            .map(str::to_owned),
        Value::Object(map) => map.get(key).and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

/// Registers `kind` among `schemes` (once per distinct kind) and returns its name.
pub fn register(schemes: &mut Vec<AuthScheme>, kind: AuthKind) -> String {
    if let Some(existing) = schemes.iter().find(|s| s.kind == kind) {
        return existing.name.clone();
    }
    let base = match &kind {
        AuthKind::Bearer => "bearer".to_owned(),
        AuthKind::Basic => "basic".to_owned(),
        AuthKind::ApiKey { .. } => "api_key".to_owned(),
        AuthKind::FormField { name } => name.clone(),
        AuthKind::Unsupported { kind } => kind.clone(),
    };
    let taken = |name: &str| schemes.iter().any(|s| s.name == name);
    let name =
        if taken(&base) { (2..).map(|n| format!("{base}{n}")).find(|n| !taken(n)).unwrap_or(base) } else { base };
    schemes.push(AuthScheme { name: name.clone(), kind, docs: None });
    name
}
