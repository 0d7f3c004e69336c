// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! The query string of a request, written as each parameter's style says (OpenAPI `style` and
//! `explode`, Swagger `collectionFormat`): names and values are percent-encoded as they are added,
//! and only the delimiters the style puts between them stay literal.

use super::param_text;

/// Everything but unreserved characters is escaped in a query name or value, so a value's own
/// `,`, `|`, `&`, `=`, `[` or `]` can never be read as a delimiter.
const QUERY_TEXT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A delimiter is literal unless a query cannot carry it as it is (a space, a tab).
const DELIMITER: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS.add(b' ');

/// How a query parameter's list or object value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// One pair per list item (`id=1&id=2`) or per object property (`r=1&g=2`): OpenAPI's
    /// `form` with `explode`, Swagger's `multi`.
    Exploded,
    /// One pair whose value joins the items, or the properties' names and values, with the
    /// delimiter (`id=1,2`): `form` without `explode` (`","`, Swagger's `csv`), `spaceDelimited`
    /// (`" "`, `ssv`), `pipeDelimited` (`"|"`, `pipes`) or Swagger's `tsv` (`"\t"`).
    Delimited(&'static str),
    /// One pair per object property, named `name[property]`: OpenAPI's `deepObject`.
    DeepObject,
}

/// Query parameters, in the order they are added, already percent-encoded.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Query(String);

impl Query {
    /// A parameter in OpenAPI's default style, [`QueryStyle::Exploded`].
    pub fn add<T: serde::Serialize>(&mut self, name: &str, value: &T) {
        self.add_styled(name, value, QueryStyle::Exploded);
    }

    /// An optional parameter in OpenAPI's default style: nothing when it is absent.
    pub fn add_optional<T: serde::Serialize>(&mut self, name: &str, value: Option<&T>) {
        self.add_optional_styled(name, value, QueryStyle::Exploded);
    }

    /// A parameter written in `style`; a scalar is one pair whatever the style.
    pub fn add_styled<T: serde::Serialize>(&mut self, name: &str, value: &T, style: QueryStyle) {
        match serde_json::to_value(value).unwrap_or_default() {
            serde_json::Value::Array(items) => self.add_list(name, &items, style),
            serde_json::Value::Object(fields) => self.add_object(name, &fields, style),
            scalar => self.pair(name, &[&param_text(&scalar)], ","),
        }
    }

    /// An optional parameter written in `style`: nothing when it is absent.
    pub fn add_optional_styled<T: serde::Serialize>(&mut self, name: &str, value: Option<&T>, style: QueryStyle) {
        if let Some(value) = value {
            self.add_styled(name, value, style);
        }
    }

    /// The percent-encoded query, without the `?`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether no parameter was added.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A list: exploded into a pair per item (none for an empty list), else one pair (`name=` for
    /// an empty list). A deep object has no list form, so its lists are exploded.
    fn add_list(&mut self, name: &str, items: &[serde_json::Value], style: QueryStyle) {
        let texts: Vec<String> = items.iter().map(param_text).collect();
        match style {
            QueryStyle::Exploded | QueryStyle::DeepObject => {
                for text in &texts {
                    self.pair(name, &[text], ",");
                }
            }
            QueryStyle::Delimited(delimiter) => {
                self.pair(name, &texts.iter().map(String::as_str).collect::<Vec<_>>(), delimiter)
            }
        }
    }

    /// An object: a pair per property that has a value (`null` is left out), named after the
    /// property or `name[property]`, or one pair of names and values joined by the delimiter.
    /// Properties go in name order, whether or not `serde_json` keeps the order of insertion.
    fn add_object(&mut self, name: &str, fields: &serde_json::Map<String, serde_json::Value>, style: QueryStyle) {
        let mut fields: Vec<(&String, &serde_json::Value)> =
            fields.iter().filter(|(_, value)| !value.is_null()).collect();
        fields.sort_by(|a, b| a.0.cmp(b.0));
        let fields = fields.into_iter().map(|(key, value)| (key, param_text(value)));
        match style {
            QueryStyle::Exploded => fields.for_each(|(key, text)| self.pair(key, &[&text], ",")),
            QueryStyle::DeepObject => {
                fields.for_each(|(key, text)| self.pair(&format!("{name}[{key}]"), &[&text], ","))
            }
            QueryStyle::Delimited(delimiter) => {
                let texts: Vec<String> = fields.flat_map(|(key, text)| [key.clone(), text]).collect();
                self.pair(name, &texts.iter().map(String::as_str).collect::<Vec<_>>(), delimiter);
            }
        }
    }

    /// `name=value`, the value being `texts` joined by the delimiter, which alone is left literal
    /// when it is a character a query may carry (`,` and `|`; a space or tab is encoded).
    fn pair(&mut self, name: &str, texts: &[&str], delimiter: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        let delimiter = percent_encoding::utf8_percent_encode(delimiter, DELIMITER).to_string();
        self.0.extend(percent_encoding::utf8_percent_encode(name, QUERY_TEXT));
        self.0.push('=');
        for (index, text) in texts.iter().enumerate() {
            if index > 0 {
                self.0.push_str(&delimiter);
            }
            self.0.extend(percent_encoding::utf8_percent_encode(text, QUERY_TEXT));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Query, QueryStyle};

    fn written<T: serde::Serialize>(value: &T, style: QueryStyle) -> String {
        let mut query = Query::default();
        query.add_styled("id", value, style);
        query.as_str().to_owned()
    }

    #[test]
    fn lists_follow_their_style() {
        let list = ["a b", "c,d", "e|f"];
        assert_eq!(written(&list, QueryStyle::Exploded), "id=a%20b&id=c%2Cd&id=e%7Cf");
        assert_eq!(written(&list, QueryStyle::Delimited(",")), "id=a%20b,c%2Cd,e%7Cf");
        assert_eq!(written(&list, QueryStyle::Delimited(" ")), "id=a%20b%20c%2Cd%20e%7Cf");
        assert_eq!(written(&list, QueryStyle::Delimited("|")), "id=a%20b|c%2Cd|e%7Cf");
        assert_eq!(written(&list, QueryStyle::Delimited("\t")), "id=a%20b%09c%2Cd%09e%7Cf");
        assert_eq!(written(&list, QueryStyle::DeepObject), "id=a%20b&id=c%2Cd&id=e%7Cf");
    }

    #[test]
    fn empty_lists_are_no_pair_exploded_and_an_empty_value_joined() {
        let empty: [u8; 0] = [];
        assert_eq!(written(&empty, QueryStyle::Exploded), "");
        assert_eq!(written(&empty, QueryStyle::Delimited(",")), "id=");
    }

    #[test]
    fn objects_follow_their_style_and_leave_out_nulls() {
        let object = serde_json::json!({ "r": 100, "g": "a&b", "b": null });
        assert_eq!(written(&object, QueryStyle::Exploded), "g=a%26b&r=100");
        assert_eq!(written(&object, QueryStyle::Delimited(",")), "id=g,a%26b,r,100");
        assert_eq!(written(&object, QueryStyle::DeepObject), "id%5Bg%5D=a%26b&id%5Br%5D=100");
    }

    #[test]
    fn scalars_are_one_pair_whatever_the_style() {
        for style in [QueryStyle::Exploded, QueryStyle::Delimited("|"), QueryStyle::DeepObject] {
            assert_eq!(written(&"x=1&y", style), "id=x%3D1%26y");
            assert_eq!(written(&true, style), "id=true");
        }
    }

    #[test]
    fn parameters_keep_their_order_and_absent_ones_are_left_out() {
        let mut query = Query::default();
        query.add("page", &2);
        query.add_optional::<String>("absent", None);
        query.add_optional_styled::<String>("absent", None, QueryStyle::Delimited(","));
        query.add_styled("ids", &[1, 2], QueryStyle::Delimited(","));
        query.add("ü", &"ü");
        assert_eq!(query.as_str(), "page=2&ids=1,2&%C3%BC=%C3%BC");
    }
}
