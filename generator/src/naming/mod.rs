//! Turning spec names into Rust identifiers: the one place that knows about case conventions,
//! keywords, leading digits and non-ASCII text.

mod features;
mod namer;
mod proposals;
pub mod reserved;

pub use features::FeatureNamer;
pub use namer::Namer;
pub use proposals::Proposals;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves, which need `r#` (or, where that is not allowed, a trailing underscore).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Prelude, standard and imported names (`use serde::{Deserialize, Serialize}`) that the generated
/// code uses unqualified, so a generated type must not shadow or clash with them.
const SHADOWED_TYPES: &[&str] = &[
    "Box",
    "Deserialize",
    "Err",
    "From",
    "Into",
    "None",
    "Ok",
    "Option",
    "Result",
    "Serialize",
    "Some",
    "String",
    "Vec",
];

/// Longest identifier we emit; longer spec names are cut at a word boundary.
const MAX_LEN: usize = 64;

/// An `UpperCamelCase` type name for `raw`.
pub fn type_name(raw: &str) -> String {
    let camel = match lower_snake_words(raw) {
        Some(words) => words.map(capitalized).collect(),
        None => ascii_words(raw).to_upper_camel_case(),
    };
    let mut name = shorten(camel);
    if name.is_empty() {
        name = "Unnamed".into();
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'T');
    }
    if SHADOWED_TYPES.contains(&name.as_str()) || KEYWORDS.contains(&name.as_str()) {
        name.push_str("Type");
    }
    name
}

/// Whether `name` is already a type name as [`type_name`] makes them: an ASCII identifier that starts
/// with an upper-case letter and is neither a keyword nor a name the generated code uses
/// unqualified. The emitter writes such a name as it is.
pub fn is_type_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && !SHADOWED_TYPES.contains(&name)
        && !KEYWORDS.contains(&name)
}

/// A `snake_case` name for a field, parameter, method or module, before keyword escaping.
pub fn snake_name(raw: &str) -> String {
    let snake = if lower_snake_words(raw).is_some() { raw.to_owned() } else { ascii_words(raw).to_snake_case() };
    let mut name = shorten(snake);
    if name.chars().all(|c| c.is_ascii_digit() || c == '_') {
        // Digits alone (`_123`) are a name clippy refuses as undescriptive.
        name.insert_str(0, "value_");
        name = name.trim_end_matches('_').to_owned();
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// How to write `name` (already in snake case) as an identifier: `r#type` for keywords, `self_` where
/// a raw identifier is not allowed.
pub fn escape_keyword(name: &str) -> String {
    if NOT_RAW.contains(&name) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// `snake` (a snake-case name) with the suffix `_n`, cut so that the suffix survives the 64-character limit:
/// distinct `n` always give distinct names, so a search for a free name terminates.
pub fn numbered_snake_name(snake: &str, n: usize) -> String {
    let suffix = format!("_{n}");
    let keep = snake.len().min(MAX_LEN.saturating_sub(suffix.len()));
    let head = snake.get(..keep).unwrap_or(snake).trim_end_matches('_');
    snake_name(&format!("{head}{suffix}"))
}

/// A name for a type made before the naming pass decides the identifiers of the types it makes
/// ([`crate::normalise`]): `wanted`, the text its identifier is to be made from, with `serial`, a
/// number no other such type of the API has (its place in the API's types). No type name has the
/// form, so it never takes another type's name, and the naming pass decides the identifier alone.
pub fn provisional_type_name(wanted: &str, serial: usize) -> String {
    format!("{wanted}{PROVISIONAL}{serial}")
}

/// The text the identifier of the type named `name` is made from: a provisional name's wanted text
/// ([`provisional_type_name`]), else the name itself.
pub fn wanted_type_name(name: &str) -> &str {
    provisional_parts(name).map_or(name, |(wanted, _)| wanted)
}

/// The number of a provisional type name ([`provisional_type_name`]): the order the pass that
/// made it wants its identifier decided in.
pub fn provisional_serial(name: &str) -> Option<usize> {
    provisional_parts(name).map(|(_, serial)| serial)
}

/// A provisional type name's wanted text and number.
fn provisional_parts(name: &str) -> Option<(&str, usize)> {
    let (wanted, serial) = name.rsplit_once(PROVISIONAL)?;
    if serial.is_empty() || !serial.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((wanted, serial.parse().ok()?))
}

/// What separates a provisional type name's wanted text from its number.
const PROVISIONAL: &str = " #";

/// The key a reader refers to the type of its proposal number `index` by (the proposal's place in
/// [`crate::ir::Api::type_hints`]), until the naming pass decides the type's identifier: unique by
/// construction, and neither a type name nor a provisional one.
pub fn read_type_key(index: usize) -> String {
    format!("{READ_KEY}{index}")
}

/// The proposal a reader's key ([`read_type_key`]) stands for; `None` for any other name.
pub fn read_type_index(name: &str) -> Option<usize> {
    let digits = name.strip_prefix(READ_KEY)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// What starts a reader's type key.
const READ_KEY: &str = "#";

/// Whether `name` is a Rust keyword.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Singular of an English plural noun (the last word of `name`), or `name` + `_item`.
pub fn singular(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let cut = |n: usize| name.get(..name.len().saturating_sub(n)).unwrap_or(name).to_owned();
    if lower.ends_with("ies") && lower.len() > 4 {
        format!("{}y", cut(3))
    } else if ["sses", "shes", "ches", "xes"].iter().any(|suffix| lower.ends_with(suffix)) {
        cut(2)
    } else if lower.ends_with('s')
        && !["ss", "us", "is"].iter().any(|suffix| lower.ends_with(suffix))
        && lower.len() > 1
    {
        cut(1)
    } else {
        format!("{name}_item")
    }
}

/// The words of `raw` when it is written the way most spec names are, small ASCII letters in words joined by
/// single underscores (`created_at`): what [`ascii_words`] would find, without its work.
fn lower_snake_words(raw: &str) -> Option<std::str::Split<'_, char>> {
    let words = raw.split('_');
    words.clone().all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())).then_some(words)
}

/// `word` (small ASCII letters) with its first letter a capital.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// Transliterates to ASCII and keeps letters and digits; everything else separates words, except:
/// - an apostrophe inside a word joins it (`don't` is `dont`), and a possessive `'s` is dropped
///   (`user's` is `user`), so that no lone `s` becomes a word;
/// - a dot between a letter and a digit joins them (`H.323` is `H323`; `v1.2` stays two words);
/// - a short mixed-case acronym (`QoS`, `IoT`, `VoIP`, `SaaS`) is one word, not split where its
///   case changes.
fn ascii_words(raw: &str) -> String {
    let text = deunicode::deunicode(raw);
    let chars: Vec<char> = text.chars().collect();
    let at = |i: Option<usize>| i.and_then(|i| chars.get(i)).copied().unwrap_or(' ');
    let mut joined = String::with_capacity(text.len());
    let mut skip = false;
    for (i, &c) in chars.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let before = at(i.checked_sub(1));
        let (next, after_next) = (at(i.checked_add(1)), at(i.checked_add(2)));
        match c {
            '\'' if before.is_ascii_alphanumeric() => {
                // A possessive `'s` ends the word; any other apostrophe joins its two halves.
                skip = next.eq_ignore_ascii_case(&'s') && !after_next.is_ascii_alphanumeric();
            }
            '.' if before.is_ascii_alphabetic() && next.is_ascii_digit() => {}
            c if c.is_ascii_alphanumeric() => joined.push(c),
            _ => joined.push(' '),
        }
    }
    let words: Vec<String> = joined
        .split(' ')
        .map(|word| if is_acronym(word) { word.to_ascii_lowercase() } else { word.to_owned() })
        .collect();
    words.join(" ")
}

/// Whether `word` is an acronym written in mixed case, which a split at each change of case would
/// cut into pieces (`qo_s`, `i_ps`): a plural of capitals (`IPs`, `URLs`), or a short one (`QoS`,
/// `IoT`, `VoIP`, `SaaS`, `DDoS`: at most five letters, starting and ending with a capital, at
/// most two small letters in a row).
fn is_acronym(word: &str) -> bool {
    let bytes = word.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else { return false };
    // A plural acronym: `IPs`, `URLs`, `IDs`.
    if let Some(head) = word.strip_suffix('s') {
        if head.len() >= 2 && head.bytes().all(|b| b.is_ascii_uppercase()) {
            return true;
        }
    }
    bytes.len() <= 5
        && bytes.iter().all(u8::is_ascii_alphabetic)
        && first.is_ascii_uppercase()
        && last.is_ascii_uppercase()
        && bytes.iter().any(u8::is_ascii_lowercase)
        && bytes.windows(3).all(|three| !three.iter().all(u8::is_ascii_lowercase))
}

/// Cuts an over-long identifier at the last word boundary before [`MAX_LEN`].
fn shorten(name: String) -> String {
    if name.len() <= MAX_LEN {
        return name;
    }
    let head = name.get(..MAX_LEN).unwrap_or(&name);
    let boundary =
        head.rfind(|c: char| c == '_' || c.is_ascii_uppercase()).filter(|&i| i > MAX_LEN / 2).unwrap_or(MAX_LEN);
    head.get(..boundary).unwrap_or(head).trim_end_matches('_').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names of small letters and single underscores take a quicker way to the same names.
    #[test]
    fn lower_snake_names_are_named_as_any_other() {
        let names = ["created_at", "id", "html_url", "a", "self", "type", "ok", "result", "x_y_z", "string", "vec"];
        for name in names {
            assert!(lower_snake_words(name).is_some(), "{name}");
            assert_eq!(snake_name(name), shorten(ascii_words(name).to_snake_case()), "{name}");
            let slow = shorten(ascii_words(name).to_upper_camel_case());
            assert_eq!(type_name(name).trim_end_matches("Type"), slow.trim_end_matches("Type"), "{name}");
        }
        assert_eq!(type_name("result"), "ResultType");
        let long = "word_".repeat(20) + "end";
        assert_eq!(snake_name(&long), shorten(ascii_words(&long).to_snake_case()));
        assert_eq!(type_name(&long), shorten(ascii_words(&long).to_upper_camel_case()));
        for other in ["", "_a", "a_", "a__b", "a1", "A_b", "a-b", "über", "a b"] {
            assert!(lower_snake_words(other).is_none(), "{other:?}");
        }
    }

    #[test]
    fn type_names() {
        assert_eq!(type_name("bot_message"), "BotMessage");
        assert_eq!(type_name("Get chat messages reports"), "GetChatMessagesReports");
        assert_eq!(type_name("2fa-settings"), "T2faSettings");
        assert_eq!(type_name("Result"), "ResultType");
        assert_eq!(type_name("Serialize"), "SerializeType");
        assert_eq!(type_name("into"), "IntoType");
        assert_eq!(type_name("Self"), "SelfType");
        assert_eq!(type_name("über straße"), "UberStrasse");
        assert_eq!(type_name("日本"), "RiBen");
        assert_eq!(type_name("¿?"), "Unnamed");
        assert_eq!(type_name("pet.Category"), "PetCategory");
        assert_eq!(type_name("Get meeting participant QoS"), "GetMeetingParticipantQos");
        assert_eq!(type_name("Create a H.323/SIP device"), "CreateAH323SipDevice");
    }

    /// Regression (class: names that read badly): an apostrophe split a word (`get_user_s_zak`),
    /// a dotted name became pieces (`h_323`), a mixed-case acronym was cut where its case changes
    /// (`qo_s`).
    #[test]
    fn apostrophes_dotted_names_and_acronyms_stay_words() {
        assert_eq!(snake_name("Get user's ZAK"), "get_user_zak");
        assert_eq!(snake_name("Update a user\u{2019}s password"), "update_a_user_password");
        assert_eq!(snake_name("List users' settings"), "list_users_settings");
        assert_eq!(snake_name("Don't notify"), "dont_notify");
        assert_eq!(snake_name("'quoted' name"), "quoted_name");
        assert_eq!(snake_name("it's"), "it");
        assert_eq!(snake_name("Create a H.323/SIP device"), "create_a_h323_sip_device");
        assert_eq!(snake_name("X.509 certificate"), "x509_certificate");
        assert_eq!(snake_name("v1.2"), "v1_2");
        assert_eq!(snake_name("pet.name"), "pet_name");
        assert_eq!(snake_name("Get meeting participant QoS"), "get_meeting_participant_qos");
        assert_eq!(snake_name("IoT devices"), "iot_devices");
        assert_eq!(snake_name("VoIP SaaS DDoS"), "voip_saas_ddos");
        assert_eq!(snake_name("List Fastly's public IPs"), "list_fastly_public_ips");
        assert_eq!(type_name("URLs"), "Urls");
        assert_eq!(snake_name("getUserId"), "get_user_id");
        assert_eq!(snake_name("HTTPServer"), "http_server");
        assert_eq!(snake_name("PageSize"), "page_size");
        assert_eq!(snake_name("SetUp"), "set_up");
    }

    #[test]
    fn type_names_are_type_names() {
        for raw in [
            "bot_message",
            "2fa",
            "Result",
            "Self",
            "über",
            "",
            "a_very_long_name_that_goes_on_and_on_and_on_and_on_beyond_any_reason_at_all",
        ] {
            assert!(is_type_name(&type_name(raw)), "{raw}");
        }
        for name in ["Vec", "Serialize", "Self", "get_item", "2fa", "T_2", ""] {
            assert!(!is_type_name(name), "{name}");
        }
    }

    #[test]
    fn snake_names_and_keywords() {
        assert_eq!(snake_name("sessionId"), "session_id");
        assert_eq!(snake_name("X-Request-Id"), "x_request_id");
        assert_eq!(snake_name("2fa"), "_2fa");
        assert_eq!(snake_name("+1"), "value_1");
        assert_eq!(snake_name("123"), "value_123");
        assert_eq!(snake_name("$$$"), "value");
        assert_eq!(escape_keyword("type"), "r#type");
        assert_eq!(escape_keyword("self"), "self_");
        assert_eq!(escape_keyword("from"), "from");
    }

    #[test]
    fn provisional_type_names_are_no_type_names_and_give_back_their_wanted_text() {
        for wanted in ["reports item", "Reports", "", "x #2", "日本"] {
            let name = provisional_type_name(wanted, 17);
            assert!(!is_type_name(&name), "{name}");
            assert_eq!(wanted_type_name(&name), wanted);
            assert_eq!(provisional_serial(&name), Some(17));
        }
        assert_eq!(provisional_serial("chat message"), None);
        assert_eq!(provisional_serial("x #+1"), None);
        assert_eq!(wanted_type_name("chat message"), "chat message");
        assert_eq!(wanted_type_name("x #"), "x #");
        assert_eq!(wanted_type_name("x #y"), "x #y");
    }

    /// A reader's key is neither a type name nor a provisional one, and only a key gives its index.
    #[test]
    fn read_type_keys_are_no_type_names_and_give_back_their_index() {
        for index in [0, 7, usize::MAX] {
            let key = read_type_key(index);
            assert!(!is_type_name(&key), "{key}");
            assert_eq!(provisional_serial(&key), None);
            assert_eq!(read_type_index(&key), Some(index));
        }
        for name in ["Pet", "#", "#x", "# 1", "a#1", "#+1", "x #1", ""] {
            assert_eq!(read_type_index(name), None, "{name}");
        }
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("messages"), "message");
        assert_eq!(singular("edited_messages"), "edited_message");
        assert_eq!(singular("files"), "file");
        assert_eq!(singular("entries"), "entry");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("status"), "status_item");
        assert_eq!(singular("chat_list"), "chat_list_item");
        assert_eq!(singular("s"), "s_item");
    }

    #[test]
    fn numbered_names_keep_their_suffix_when_long() {
        let long = "a_very_long_operation_name_that_goes_on_and_on_and_on_and_on_beyond_any_reason";
        let base = snake_name(long);
        let second = numbered_snake_name(&base, 2);
        let third = numbered_snake_name(&base, 3);
        assert!(second.ends_with("_2") && third.ends_with("_3"), "{second} {third}");
        assert!(second.len() <= MAX_LEN && third.len() <= MAX_LEN);
        assert_ne!(second, third);
        assert_eq!(snake_name(&second), second);
        assert_eq!(numbered_snake_name("get", 2), "get_2");
    }

    #[test]
    fn long_names_are_cut_at_a_word_boundary() {
        let long = "a_very_long_operation_name_that_goes_on_and_on_and_on_and_on_beyond_any_reason";
        let name = snake_name(long);
        assert!(name.len() <= MAX_LEN, "{name}");
        assert!(long.starts_with(&name));
        assert!(!name.ends_with('_'));
    }
}
