//! Which fields and parameters hold secrets, by name: the one place of that rule. Readers add
//! what a spec states outright (`format: password`); generated `Debug` output hides both.

use crate::ir::{Api, TypeKind};
use crate::naming::snake_name;

/// Last words that make a name a secret on their own (`password`, `client_secret`).
const SECRET_WORDS: &[&str] = &["password", "passwd", "secret", "passphrase"];

/// Words that make a `…_token` or `…_key` name a credential (`access_token`, `api_key`), as
/// opposed to `next_page_token` or `sort_key`.
const CREDENTIAL_QUALIFIERS: &[&str] =
    &["access", "refresh", "id", "auth", "bearer", "session", "api", "oauth", "private", "secret", "client"];

/// Whether a field or parameter named `name` holds a secret: `token`, `password`, `secret`, any
/// name ending in `_password` or `_secret`, and `_token`/`_key` names qualified as credentials.
pub fn is_secret_name(name: &str) -> bool {
    let snake = snake_name(name);
    let words: Vec<&str> = snake.split('_').filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        [] => false,
        ["token"] | ["apikey"] => true,
        [.., last] if SECRET_WORDS.contains(last) => true,
        [.., qualifier, "token" | "key"] => CREDENTIAL_QUALIFIERS.contains(qualifier),
        _ => false,
    }
}

/// Marks every struct field and operation parameter whose name says it holds a secret.
pub fn mark_secrets(api: &mut Api) {
    for def in &mut api.types {
        if let TypeKind::Struct { fields, .. } = &mut def.kind {
            for field in fields {
                field.secret |= is_secret_name(&field.name);
            }
        }
    }
    for param in api.operations.iter_mut().flat_map(|op| &mut op.params) {
        param.secret |= is_secret_name(&param.name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_secret_and_page_tokens_are_not() {
        for name in [
            "password",
            "access_token",
            "refresh_token",
            "api_secret",
            "client_secret",
            "api_key",
            "apiKey",
            "token",
            "secret",
            "X-API-Key",
            "userPassword",
            "id_token",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in
            ["next_page_token", "token_type", "key", "sort_key", "secret_count", "session_id", "passwords_set", ""]
        {
            assert!(!is_secret_name(name), "{name}");
        }
    }
}
