//! Credentials never leave the origin they are for and never reach error messages: the committed
//! crate `tests/crates/credentials`, generated from a spec with every kind of credential the client
//! sends (API key in a header, a query parameter or a cookie, bearer, basic, a form field), is
//! redirected with 301, 302, 303, 307 and 308, within its origin and to another one (a second loopback server on another port), by
//! GET and by POST with a body. The second origin must never see a credential, and a body is never
//! sent to it: a 307 or 308 to another origin that would send one again is an error.
//!
//! Regression (class: credentials sent to other hosts): reqwest's default redirect policy strips
//! only `Authorization` and `Cookie`, so an API-key header reached the other host and 307/308 sent
//! form credentials on; a query key showed in the `Display` and `Debug` of errors.

use credentials::Error;
use credentials::api::Client;
use credentials::api::models::Thing;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SECRET: &str = "s3cret-value";
/// `user:s3cret-value` in base 64, as basic credentials send it.
const BASIC: &str = "dXNlcjpzM2NyZXQtdmFsdWU=";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Header,
    Query,
    Cookie,
    Bearer,
    Basic,
    Form,
}

const KINDS: [Kind; 6] = [Kind::Header, Kind::Query, Kind::Cookie, Kind::Bearer, Kind::Basic, Kind::Form];

fn client(kind: Kind, base: &str) -> Client {
    let client = Client::new().with_base_url(base).with_retry_policy(credentials::RetryPolicy::NONE);
    match kind {
        Kind::Header => client.with_header_key(SECRET),
        Kind::Query => client.with_query_key(SECRET),
        Kind::Cookie => client.with_cookie_key(SECRET),
        Kind::Bearer => client.with_bearer_token(SECRET),
        Kind::Basic => client.with_basic_credentials("user", SECRET),
        Kind::Form => client.with_form_key(SECRET),
    }
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|value| value.to_str().ok())
}

/// Whether `request` carries the credential of `kind` where that kind goes.
fn carries(request: &Request, kind: Kind) -> bool {
    let body = String::from_utf8_lossy(&request.body);
    match kind {
        Kind::Header => header(request, "x-api-key") == Some(SECRET),
        Kind::Query => request.url.query_pairs().any(|(name, value)| name == "api_key" && value == SECRET),
        Kind::Cookie => header(request, "cookie") == Some(&format!("session={SECRET}")),
        Kind::Bearer => header(request, "authorization") == Some(&format!("Bearer {SECRET}")),
        Kind::Basic => header(request, "authorization") == Some(&format!("Basic {BASIC}")),
        Kind::Form => body.contains(&format!("api_secret={SECRET}")),
    }
}

/// What of a credential, of any kind, `request` carries.
fn any_credential(request: &Request) -> Vec<String> {
    let mut found: Vec<String> = ["authorization", "x-api-key", "cookie"]
        .into_iter()
        .filter(|name| request.headers.contains_key(*name))
        .map(str::to_owned)
        .collect();
    let everything = format!("{:?} {} {}", request.headers, request.url, String::from_utf8_lossy(&request.body));
    for secret in [SECRET, BASIC, "api_key", "api_secret"] {
        if everything.contains(secret) {
            found.push(secret.to_owned());
        }
    }
    found
}

/// Requests the server received at `route`.
async fn at(server: &MockServer, route: &str) -> Vec<Request> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests.into_iter().filter(|request| request.url.path() == route).collect()
}

/// One case: `/thing` answers `status` with a location on the same server or on another; what
/// arrives there, or the error.
async fn redirected(kind: Kind, status: u16, cross: bool, post: bool) -> Result<String, String> {
    let home = MockServer::start().await;
    let away = MockServer::start().await;
    let target = if cross { &away } else { &home };
    let location = format!("{}/landed", target.uri());
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(status).insert_header("location", location.as_str()))
        .mount(&home)
        .await;
    Mock::given(path("/landed"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"name":"landed"}"#))
        .mount(target)
        .await;
    let client = client(kind, &home.uri());
    let result = if post {
        client.post_thing(Thing::new().name("body-text")).send().await
    } else {
        client.get_thing().send().await
    };
    let case = format!(
        "{kind:?} {status} {} {}",
        if cross { "cross-origin" } else { "same-origin" },
        if post { "POST" } else { "GET" }
    );
    let first = at(&home, "/thing").await;
    if first.len() != 1 || !carries(&first[0], kind) {
        return Err(format!("{case}: the first request does not carry the credential: {first:?}"));
    }
    let landed = at(target, "/landed").await;
    // A form credential makes a body of a GET too.
    let has_body = post || kind == Kind::Form;
    let resends_body = has_body && (status == 307 || status == 308);
    if cross && resends_body {
        return match result {
            Err(error @ Error::Redirect(_)) => {
                let message = error.to_string();
                if !landed.is_empty() || !message.contains(&status.to_string()) || !message.contains(&away.uri()) {
                    return Err(format!("{case}: {message}; {} requests landed", landed.len()));
                }
                Ok(message)
            }
            other => Err(format!("{case}: expected a redirect error, got {other:?}")),
        };
    }
    if let Err(error) = result {
        return Err(format!("{case}: {error:?}"));
    }
    let [request] = landed.as_slice() else { return Err(format!("{case}: {} requests landed", landed.len())) };
    let method = if status == 307 || status == 308 { if post { "POST" } else { "GET" } } else { "GET" };
    if request.method.as_str() != method {
        return Err(format!("{case}: landed as {}", request.method));
    }
    if (post && resends_body) != String::from_utf8_lossy(&request.body).contains("body-text") {
        return Err(format!("{case}: body {:?}", String::from_utf8_lossy(&request.body)));
    }
    if cross {
        let found = any_credential(request);
        if !found.is_empty() {
            return Err(format!("{case}: the other origin received {found:?}"));
        }
    } else {
        // A form credential travels in the body, which a 301, 302 or 303 drops.
        let kept = kind != Kind::Form || status == 307 || status == 308;
        if carries(request, kind) != kept {
            return Err(format!("{case}: credential kept: {}, expected {kept}", !kept));
        }
    }
    Ok(String::new())
}

#[tokio::test]
async fn credentials_stay_on_their_origin_for_every_kind_and_redirect_status() {
    let mut failures = Vec::new();
    let mut refused = 0;
    for kind in KINDS {
        for status in [301, 302, 303, 307, 308] {
            for cross in [false, true] {
                for post in [false, true] {
                    match redirected(kind, status, cross, post).await {
                        Ok(message) if !message.is_empty() => refused += 1,
                        Ok(_) => {}
                        Err(failure) => failures.push(failure),
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of 120 cases failed:\n{}", failures.len(), failures.join("\n"));
    // Cross-origin 307 and 308 with a body: POST for each kind, and GET with a form credential.
    assert_eq!(refused, 14);
}

#[tokio::test]
async fn credentials_do_not_return_once_a_redirect_has_left_the_origin() {
    let home = MockServer::start().await;
    let away = MockServer::start().await;
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", format!("{}/bounce", away.uri()).as_str()))
        .mount(&home)
        .await;
    Mock::given(path("/bounce"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", format!("{}/back", home.uri()).as_str()))
        .mount(&away)
        .await;
    Mock::given(path("/back")).respond_with(ResponseTemplate::new(200).set_body_string("{}")).mount(&home).await;
    for kind in KINDS {
        client(kind, &home.uri()).get_thing().send().await.unwrap_or_else(|e| panic!("{kind:?}: {e}"));
    }
    let back = at(&home, "/back").await;
    assert_eq!(back.len(), 6);
    for request in &back {
        assert!(any_credential(request).is_empty(), "{request:?}");
    }
}

#[tokio::test]
async fn redirects_are_bounded_and_only_to_http() {
    let home = MockServer::start().await;
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/thing"))
        .mount(&home)
        .await;
    let error = client(Kind::Bearer, &home.uri()).get_thing().send().await.unwrap_err();
    assert!(matches!(error, Error::Redirect(_)), "{error:?}");
    assert!(error.to_string().contains("redirected more than 10 times"), "{error}");
    assert_eq!(at(&home, "/thing").await.len(), 11);

    let odd = MockServer::start().await;
    Mock::given(path("/thing"))
        .respond_with(ResponseTemplate::new(307).insert_header("location", "file:///etc/passwd"))
        .mount(&odd)
        .await;
    let error = client(Kind::Bearer, &odd.uri()).get_thing().send().await.unwrap_err();
    assert!(error.to_string().contains("`file:` location"), "{error}");
}

#[tokio::test]
async fn a_query_key_never_shows_in_errors() {
    // A port nothing listens on: the connection is refused, and the error names the URL.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let error = client(Kind::Query, &format!("http://127.0.0.1:{port}")).get_thing().send().await.unwrap_err();
    let (display, debug) = (error.to_string(), format!("{error:?}"));
    assert!(!display.contains(SECRET) && !debug.contains(SECRET), "{display}\n{debug}");
    assert!(display.contains("api_key=REDACTED") && debug.contains("api_key=REDACTED"), "{display}\n{debug}");
}

/// The committed crate is what the generator emits now.
#[test]
fn the_committed_crate_is_current() {
    let generation = crate::support::fixture_crate("credentials-every-kind.generate.toml");
    assert_eq!(generation.summaries.iter().map(|s| s.operations).sum::<usize>(), 2);
}
