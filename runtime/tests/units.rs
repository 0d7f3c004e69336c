//! The runtime's pure parts: paging streams, idempotency, parameter text and lenient values.

use futures_util::TryStreamExt;
use serde_json::json;
use spec_to_rust_runtime::{Error, Guess, Lenient, Quoted, Request, Response, is_idempotent, items, pages, param_text};

/// A page of a fake API: its items and the next token.
#[derive(Clone, Debug, PartialEq)]
struct Page {
    items: Vec<u32>,
    next: Option<String>,
}

/// A request of the fake API: the token it asks for.
#[derive(Clone)]
struct Ask {
    token: Option<String>,
}

/// Pages `tokens` in order: the page asked for with no token has the first, and so on.
fn walk(tokens: &'static [&'static str], limit: usize) -> impl futures_util::Stream<Item = Result<Page, Error>> {
    let fetch = move |ask: Ask| async move {
        let index = ask.token.map_or(0, |token| token.trim_start_matches('t').parse::<usize>().unwrap_or(0) + 1);
        let next = tokens.get(index).map(|token| (*token).to_owned());
        Ok(Some(Page { items: vec![index as u32], next }))
    };
    pages(
        Ask { token: None },
        limit,
        None,
        fetch,
        |page: &Page| page.next.clone(),
        |ask: &mut Ask, token| ask.token = Some(token),
    )
}

#[tokio::test]
async fn pages_follow_tokens_until_there_is_none() {
    let items: Vec<u32> = items(walk(&["t0", "t1"], 10), |page: Page| page.items).try_collect().await.unwrap();
    assert_eq!(items, [0, 1, 2]);
}

#[tokio::test]
async fn a_repeated_token_stops_the_walk() {
    let result: Result<Vec<Page>, Error> = walk(&["t0", "t0"], 10).try_collect().await;
    let Err(Error::Paging(message)) = result else { panic!("a paging error") };
    assert!(message.contains("page 2 names the next-page token of an earlier page"), "{message}");
}

#[tokio::test]
async fn more_pages_than_the_limit_end_the_walk() {
    let result: Result<Vec<Page>, Error> = walk(&["t0", "t1", "t2"], 2).try_collect().await;
    let Err(Error::Paging(message)) = result else { panic!("a paging error") };
    assert!(message.contains("more than 2 pages"), "{message}");
}

#[test]
fn methods_that_may_be_sent_twice_are_idempotent() {
    for method in ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "QUERY"] {
        assert!(is_idempotent(&reqwest::Method::from_bytes(method.as_bytes()).unwrap()), "{method}");
    }
    assert!(!is_idempotent(&reqwest::Method::POST));
    assert!(!Request::new("create", reqwest::Method::PATCH, "/", &[]).unwrap().idempotent);
}

#[test]
fn parameters_read_as_text_and_path_segments_cannot_step_out() {
    assert_eq!(param_text(&vec!["a", "b"]), "a,b");
    assert_eq!(param_text(&true), "true");
    let path = |template: &'static str, values: &[&str]| {
        let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        Request::new("get", reqwest::Method::GET, template, &values).map(|request| request.path)
    };
    assert_eq!(path("/a/{id}/b/{n}", &["x/y z", "7"]).unwrap(), "/a/x%2Fy%20z/b/7");
    assert_eq!(path("/a/{id}.json", &["a.b"]).unwrap(), "/a/a%2Eb.json");
    // A `{` without its `}` is text, not a placeholder.
    assert_eq!(path("/a/{id}/{rest", &["1"]).unwrap(), "/a/1/{rest");
    for bad in ["..", ".", ""] {
        let error = path("/a/{id}", &[bad]).unwrap_err();
        assert!(matches!(&error, Error::InvalidRequest(m) if m.contains("`id`")), "{error:?}");
    }
    assert!(matches!(path("/a/{id}/{more}", &["1"]), Err(Error::InvalidRequest(m)) if m.contains("`more`")));
}

#[test]
fn lenient_and_quoted_values_are_written_back_as_they_came() {
    let number: Lenient<i64> = serde_json::from_str(r#""42""#).unwrap();
    assert_eq!((number.get(), number.is_string()), (42, true));
    assert_eq!(serde_json::to_string(&number).unwrap(), r#""42""#);
    let quoted: Quoted<bool> = serde_json::from_str(r#""true""#).unwrap();
    assert_eq!(quoted.get(), Some(true));
    assert_eq!(serde_json::to_string(&quoted).unwrap(), r#""true""#);
}

/// A type known only from examples, read as the generated code reads one: each optional field as a
/// `Guess`, the rest kept.
#[derive(serde::Deserialize)]
struct Guessed {
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    ids: Option<Guess<Vec<i64>>>,
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    name: Option<Guess<String>>,
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    inner: Option<Guess<Box<Guessed>>>,
}

/// What a guess read: `Ok` with the value when it fits, `Err` with the value as sent.
fn outcome<T>(guess: Option<Guess<T>>) -> Option<Result<T, serde_json::Value>> {
    guess.map(|guess| match guess {
        Guess::Fits(fits) => Ok(fits),
        Guess::Other(value) => Err(value),
    })
}

/// The same text decoded by every route a guess can be read through: serde_json from bytes, text and
/// a reader (its raw text borrowed, or owned), a `Value` (by reference or by value), and through
/// `serde_path_to_error`; all must agree.
fn decoded_every_way(text: &str) -> Vec<Guessed> {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    vec![
        serde_json::from_slice(text.as_bytes()).unwrap(),
        serde_json::from_str(text).unwrap(),
        serde_json::from_reader(text.as_bytes()).unwrap(),
        serde::Deserialize::deserialize(&value).unwrap(),
        serde_json::from_value(value).unwrap(),
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text)).unwrap(),
    ]
}

#[test]
fn guessed_fields_read_the_value_when_it_fits_and_keep_it_as_sent_when_not() {
    let text = r#"{"ids": [1, 2], "name": "a", "inner": {"ids": [1, "x"], "name": null, "inner": {"name": 7}}}"#;
    for mut decoded in decoded_every_way(text) {
        assert_eq!(outcome(decoded.ids.take()), Some(Ok(vec![1, 2])));
        assert_eq!(outcome(decoded.name.take()), Some(Ok("a".to_owned())));
        let Some(Ok(mut inner)) = outcome(decoded.inner.take()) else { panic!("the inner object fits") };
        // An array with one element of another kind, and `null`, are kept as sent.
        assert_eq!(outcome(inner.ids.take()), Some(Err(json!([1, "x"]))));
        assert_eq!(outcome(inner.name.take()), Some(Err(serde_json::Value::Null)));
        let Some(Ok(mut innermost)) = outcome(inner.inner.take()) else { panic!("the innermost object fits") };
        assert_eq!(outcome(innermost.name.take()), Some(Err(json!(7))));
        assert!(innermost.ids.is_none() && innermost.inner.is_none());
    }
    // A value of another kind altogether (text where an object was shown, an object for an array) is kept whole.
    for mut decoded in decoded_every_way(r#"{"inner": "text", "ids": {"b": [true]}}"#) {
        assert!(matches!(outcome(decoded.inner.take()), Some(Err(value)) if value == json!("text")));
        assert_eq!(outcome(decoded.ids.take()), Some(Err(json!({"b": [true]}))));
    }
}

#[test]
fn guessed_fields_read_inside_buffered_content_too() {
    // serde buffers an untagged enum's input: the guess then reads from serde's own content.
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Either {
        Guessed(Guessed),
    }
    let Either::Guessed(mut decoded) = serde_json::from_str(r#"{"ids": [3], "name": false}"#).unwrap();
    assert_eq!(outcome(decoded.ids.take()), Some(Ok(vec![3])));
    assert_eq!(outcome(decoded.name.take()), Some(Err(json!(false))));
}

/// Every scalar type a guess is made of, each reading the same value under its own key.
#[derive(serde::Deserialize)]
struct Scalars {
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    text: Option<Guess<String>>,
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    int: Option<Guess<i64>>,
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    small: Option<Guess<u8>>,
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    float: Option<Guess<f64>>,
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    flag: Option<Guess<bool>>,
    #[serde(default, deserialize_with = "spec_to_rust_runtime::present")]
    date: Option<Guess<spec_to_rust_runtime::Tolerant<chrono::NaiveDate>>>,
}

/// The oracle of a guess: `Ok` with `T` read from the value as a `serde_json::Value`, else the value.
fn expected<T: serde::de::DeserializeOwned>(value: &serde_json::Value) -> Result<T, serde_json::Value> {
    serde_json::from_value(value.clone()).map_err(|_| value.clone())
}

/// The next number of a xorshift sequence.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// A pseudo-random JSON value drawn from every kind, with the scalars a guess may meet at their edges:
/// integers past `u8`, `i64` and into `u64`, floats that are whole, text that is a number, a date or
/// holds escapes and characters outside ASCII, and nested arrays and objects.
fn random_value(seed: &mut u64, depth: usize) -> serde_json::Value {
    let pick = next(seed) % if depth == 0 { 12 } else { 14 };
    match pick {
        0 => serde_json::Value::Null,
        1 => json!(*seed % 2 == 0),
        2 => json!((*seed % 600) as i64 - 300),
        3 => json!(i64::MIN + (*seed % 3) as i64),
        4 => json!(u64::MAX - *seed % 3),
        5 => json!((*seed % 1000) as f64 / 8.0),
        6 => json!(1e300),
        7 => json!(
            ["plain", "12", "-0", "2019-09-01", "2019-13-01", "é \" \\ \n 😀", "true", "", " padded\\t "]
                [(*seed % 9) as usize]
        ),
        8 => json!(i64::MAX),
        9 => json!(255),
        10 => json!(256),
        11 => json!(-0.0),
        12 => serde_json::Value::Array((0..*seed % 3).map(|_| random_value(seed, depth - 1)).collect()),
        _ => serde_json::Value::Object(
            (0..*seed % 3).map(|i| (format!("k{i}"), random_value(seed, depth - 1))).collect(),
        ),
    }
}

#[test]
fn a_scalar_guess_reads_what_the_type_reads_from_a_value_and_keeps_the_rest_as_sent() {
    let mut seed = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2000 {
        let value = random_value(&mut seed, 2);
        let keys = ["text", "int", "small", "float", "flag", "date"];
        let object: serde_json::Map<String, serde_json::Value> =
            keys.iter().map(|key| (key.to_string(), value.clone())).collect();
        let compact = serde_json::to_string(&object).unwrap();
        let spaced = serde_json::to_string_pretty(&object).unwrap();
        for text in [compact, spaced] {
            let whole: serde_json::Value = serde_json::from_str(&text).unwrap();
            let routes: Vec<Scalars> = vec![
                serde_json::from_slice(text.as_bytes()).unwrap(),
                serde_json::from_reader(text.as_bytes()).unwrap(),
                serde::Deserialize::deserialize(&whole).unwrap(),
                serde_json::from_value(whole.clone()).unwrap(),
                serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(&text)).unwrap(),
            ];
            for (route, read) in routes.into_iter().enumerate() {
                let context = format!("{text} (route {route})");
                assert_eq!(outcome(read.text), Some(expected(&value)), "{context}");
                assert_eq!(outcome(read.int), Some(expected(&value)), "{context}");
                assert_eq!(outcome(read.small), Some(expected(&value)), "{context}");
                let float = outcome(read.float).unwrap();
                assert_eq!(float.map(f64::to_bits), expected::<f64>(&value).map(f64::to_bits), "{context}");
                assert_eq!(outcome(read.flag), Some(expected(&value)), "{context}");
                assert_eq!(outcome(read.date), Some(expected(&value)), "{context}");
            }
        }
    }
}

/// What a [`Guessed`] read, as JSON: each field `{"fits": ..}` or `{"kept": ..}`, nested.
fn described(guessed: Guessed) -> serde_json::Value {
    fn field<T>(guess: Option<Guess<T>>, fits: impl FnOnce(T) -> serde_json::Value) -> serde_json::Value {
        match guess {
            None => serde_json::Value::Null,
            Some(Guess::Fits(value)) => json!({"fits": fits(value)}),
            Some(Guess::Other(value)) => json!({"kept": value}),
        }
    }
    json!({
        "ids": field(guessed.ids, |ids| json!(ids)),
        "name": field(guessed.name, |name| json!(name)),
        "inner": field(guessed.inner, |inner| described(*inner)),
    })
}

/// A pseudo-random object for [`Guessed`]: each field absent, of the shape it expects (lists of
/// integers, nested objects) or any other value.
fn random_guessed(seed: &mut u64, depth: usize) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    for key in ["ids", "name", "inner", "other"] {
        let value = match (key, next(seed) % 4) {
            (_, 0) => continue,
            ("ids", 1) => json!((0..*seed % 4).map(|i| i as i64 * 7 - 3).collect::<Vec<_>>()),
            ("name", 1) => json!("a name"),
            ("inner", 1 | 2) if depth > 0 => random_guessed(seed, depth - 1),
            _ => random_value(seed, 2),
        };
        object.insert(key.to_owned(), value);
    }
    serde_json::Value::Object(object)
}

#[test]
fn from_json_reads_what_a_plain_decode_reads_and_names_the_path_of_a_failure() {
    let mut seed = 0x2545_f491_4f6c_dd1d;
    for _ in 0..2000 {
        let body = serde_json::to_vec(&random_guessed(&mut seed, 3)).unwrap();
        let plain: Guessed = serde_json::from_slice(&body).unwrap();
        let read: Guessed = spec_to_rust_runtime::from_json(&body).unwrap();
        assert_eq!(described(read), described(plain), "{}", String::from_utf8_lossy(&body));
    }
    // A guess that does not fit fails only the first, straight attempt: a plain decode afterwards
    // still keeps such a value.
    let misfit = br#"{"ids": [1, "x"], "inner": {"ids": {"a": 1}}}"#;
    let read = described(spec_to_rust_runtime::from_json(misfit).unwrap());
    assert_eq!(read["ids"], json!({"kept": [1, "x"]}));
    assert_eq!(read["inner"]["fits"]["ids"], json!({"kept": {"a": 1}}));
    let plain = described(serde_json::from_slice(misfit).unwrap());
    assert_eq!(plain, read);
    let error = spec_to_rust_runtime::from_json::<Vec<u8>>(b"[1, 300]").unwrap_err();
    assert_eq!((error.path.as_str(), error.to_string().contains("300")), ("[1]", true));
    let Err(error) = spec_to_rust_runtime::from_json::<Guessed>(b"{\"ids\": ") else { panic!("the body ends early") };
    assert_eq!(error.path, "ids", "{error}");
}

#[test]
fn a_guess_still_fails_on_text_that_is_not_json() {
    let error = serde_json::from_str::<Guessed>(r#"{"ids": [1, 2,], "name": "a"}"#).err().unwrap();
    assert!(error.is_syntax(), "{error}");
}

/// A received response with a JSON body.
fn response(body: &str) -> Response {
    let body = body.as_bytes().to_vec();
    Response { operation: "get_ids", status: reqwest::StatusCode::OK, headers: Default::default(), body }
}

#[test]
fn a_body_that_decodes_needs_no_path_and_one_that_fails_names_it() {
    let ids: Vec<u8> = response("[1, 2]").json().unwrap();
    assert_eq!(ids, [1, 2]);
    // Text after the value was accepted before the path was tracked only on failure, and still is.
    let ids: Vec<u8> = response("[1, 2] trailing").json().unwrap();
    assert_eq!(ids, [1, 2]);
    let body = r#"{"a": [1, 300]}"#;
    let Err(Error::Decode(error)) = response(body).json::<std::collections::BTreeMap<String, Vec<u8>>>() else {
        panic!("300 is no u8")
    };
    assert_eq!(error.path, "a[1]");
    assert_eq!(error.body, body.as_bytes());
    assert!(error.message.contains("300"), "{}", error.message);
}

#[test]
fn a_syntax_error_inside_a_guess_is_named_at_the_guessed_field() {
    // serde_json checks a guessed value's text whole before the field's type reads it.
    let body = r#"{"name": "a", "inner": {"ids": [1, 2,]}}"#;
    let Err(Error::Decode(error)) = response(body).json::<Guessed>() else { panic!("a trailing comma is no JSON") };
    assert_eq!(error.path, "inner");
    assert_eq!(error.body, body.as_bytes());
}

/// An enum of strings as the generator writes it: known values and a catch-all.
#[derive(Debug, PartialEq)]
enum Shade {
    Light,
    Dark,
    Unknown(String),
}

impl<'de> serde::Deserialize<'de> for Shade {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        spec_to_rust_runtime::text_enum(deserializer, |text| match &*text {
            "light" => Self::Light,
            "dark" => Self::Dark,
            _ => Self::Unknown(text.into_owned()),
        })
    }
}

#[test]
fn text_enums_read_known_values_and_keep_unknown_ones() {
    let read: Vec<Shade> = serde_json::from_str(r#"["light", "dark", "dim", "d\u0061rk", "Light"]"#).unwrap();
    assert_eq!(
        read,
        [Shade::Light, Shade::Dark, Shade::Unknown("dim".into()), Shade::Dark, Shade::Unknown("Light".into())]
    );
    // From an owned string (a value read before, as a map key or through `Value`) too.
    assert_eq!(serde_json::from_value::<Shade>(json!("dark")).unwrap(), Shade::Dark);
    let keyed: std::collections::BTreeMap<String, Shade> = serde_json::from_str(r#"{"a": "light"}"#).unwrap();
    assert_eq!(keyed["a"], Shade::Light);
    let error = serde_json::from_str::<Shade>("3").unwrap_err().to_string();
    assert!(error.contains("expected a string"), "{error}");
}

/// The local struct a type known only from examples reads into, as the generator writes it.
#[derive(Default)]
struct Seen {
    name: Option<Guess<String>>,
    count: Option<Guess<i64>>,
}

impl<'de> spec_to_rust_runtime::WireFields<'de> for Seen {
    fn read<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "name" => spec_to_rust_runtime::field(&mut self.name, "name", map)?,
            "count" => spec_to_rust_runtime::field(&mut self.count, "count", map)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}

fn read_seen(text: &str) -> Result<(Seen, serde_json::Map<String, serde_json::Value>), serde_json::Error> {
    spec_to_rust_runtime::read_object(&mut serde_json::Deserializer::from_str(text), "struct Seen")
}

#[test]
fn objects_read_their_fields_and_keep_the_other_properties() {
    let (seen, extra) = read_seen(r#"{"name": "a", "extra": [1, {"b": null}], "count": "7"}"#).unwrap();
    assert_eq!(outcome(seen.name), Some(Ok("a".to_owned())));
    assert_eq!(outcome(seen.count), Some(Err(json!("7"))));
    assert_eq!(serde_json::Value::Object(extra), json!({"extra": [1, {"b": null}]}));
    // `null` is kept apart from absence.
    let (seen, extra) = read_seen(r#"{"name": null}"#).unwrap();
    assert_eq!(outcome(seen.name), Some(Err(json!(null))));
    assert!(seen.count.is_none() && extra.is_empty());
    let twice = read_seen(r#"{"name": "a", "name": "b"}"#).err().unwrap().to_string();
    assert!(twice.contains("duplicate field `name`"), "{twice}");
    let not_object = read_seen("[1]").err().unwrap().to_string();
    assert!(not_object.contains("expected struct Seen"), "{not_object}");
    // From a buffered value too (as a member of an untagged union is read).
    let (seen, _) = spec_to_rust_runtime::read_object::<_, Seen>(&json!({"count": 3}), "struct Seen").unwrap();
    assert_eq!(outcome(seen.count), Some(Ok(3)));
}
