// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Credentials: what each security scheme sends, and where.

use std::fmt;
use std::sync::Arc;

use super::{Error, TokenProvider, header_value};

/// A secret that never shows in `Debug` output.
#[derive(Clone)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A shared token provider; shows as `<token provider>` in `Debug` output.
#[derive(Clone)]
pub struct Provider(pub Arc<dyn TokenProvider>);

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<token provider>")
    }
}

/// Credentials for one security scheme.
#[derive(Clone, Debug)]
pub enum Credential {
    /// `Authorization: Bearer <token>`.
    Bearer(Secret),
    /// `Authorization: Bearer <token>` with a token fetched for every request.
    BearerProvider(Provider),
    /// `Authorization: Basic …`.
    Basic {
        /// The user name.
        username: String,
        /// The password.
        password: Secret,
    },
    /// A key sent as a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: KeyLocation,
        /// The header, parameter or cookie name.
        name: &'static str,
        /// The key.
        key: Secret,
    },
    /// A credential sent as a form field of the request body.
    FormField {
        /// The field name.
        name: &'static str,
        /// The field value.
        value: Secret,
    },
}

/// Where an API key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

impl Credential {
    /// The name of the query parameter this credential is sent as, if it is one.
    pub fn query_name(&self) -> Option<&'static str> {
        match self {
            Credential::ApiKey { location: KeyLocation::Query, name, .. } => Some(name),
            _ => None,
        }
    }
}

/// The credentials of a client, by the name of their security scheme.
#[derive(Clone, Debug, Default)]
pub struct Credentials(Vec<(&'static str, Credential)>);

impl Credentials {
    /// Sets the credential of `scheme`, replacing an earlier one.
    pub fn set(&mut self, scheme: &'static str, credential: Credential) {
        self.0.retain(|(name, _)| *name != scheme);
        self.0.push((scheme, credential));
    }

    fn get(&self, scheme: &str) -> Option<&Credential> {
        self.0.iter().find(|(name, _)| *name == scheme).map(|(_, credential)| credential)
    }

    /// The names of the query parameters credentials are sent as, hidden in error messages.
    pub fn query_names(&self) -> Vec<&'static str> {
        self.0.iter().filter_map(|(_, credential)| credential.query_name()).collect()
    }

    /// Applies the first of `alternatives` (sets of security schemes) whose schemes all have
    /// credentials; credentials that are form fields are returned for the body.
    pub async fn apply(
        &self,
        mut builder: reqwest::RequestBuilder,
        alternatives: &[&[&str]],
    ) -> Result<(reqwest::RequestBuilder, Vec<(&'static str, String)>), Error> {
        let mut form_fields = Vec::new();
        let Some(chosen) = alternatives.iter().find(|schemes| schemes.iter().all(|s| self.get(s).is_some())) else {
            return Ok((builder, form_fields));
        };
        for credential in chosen.iter().filter_map(|scheme| self.get(scheme)) {
            builder = match credential {
                Credential::Bearer(token) => builder.bearer_auth(&token.0),
                Credential::BearerProvider(provider) => {
                    let token = provider.0.token().await.map_err(Error::Token)?;
                    builder.bearer_auth(token)
                }
                Credential::Basic { username, password } => builder.basic_auth(username, Some(&password.0)),
                Credential::ApiKey { location: KeyLocation::Header, name, key } => {
                    builder.header(*name, header_value(name, &key.0)?)
                }
                Credential::ApiKey { location: KeyLocation::Query, name, key } => {
                    builder.query(&[(*name, key.0.as_str())])
                }
                Credential::ApiKey { location: KeyLocation::Cookie, name, key } => {
                    builder.header(reqwest::header::COOKIE, header_value(name, &format!("{name}={}", key.0))?)
                }
                Credential::FormField { name, value } => {
                    form_fields.push((*name, value.0.clone()));
                    builder
                }
            };
        }
        Ok((builder, form_fields))
    }
}

/// A form body with extra fields (credentials) appended.
pub fn join_form(form: &str, extra: &[(&'static str, String)]) -> String {
    let extra = serde_urlencoded::to_string(extra).unwrap_or_default();
    match (form.is_empty(), extra.is_empty()) {
        (_, true) => form.to_owned(),
        (true, false) => extra,
        (false, false) => format!("{form}&{extra}"),
    }
}

/// Replaces the values of the query parameters named in `secret` with `REDACTED`.
pub fn redact_query(url: &mut reqwest::Url, secret: &[&str]) {
    if !url.query_pairs().any(|(name, _)| secret.contains(&name.as_ref())) {
        return;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(name, value)| {
            let value = if secret.contains(&name.as_ref()) { "REDACTED".to_owned() } else { value.into_owned() };
            (name.into_owned(), value)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
}
