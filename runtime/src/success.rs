//! What most operations do with an answer, said in one call: go on with the response when its
//! status is the documented success, else turn it into the error, with what the spec says the
//! status means (`response.success(200, MEANINGS)?.json()`).

use std::ops::RangeInclusive;

use super::{Error, Meaning, Response};

/// The success statuses of an operation: one code (`200`) or a range of them (`200..=299`).
pub trait Statuses {
    /// Whether `code` is one of them.
    fn contain(&self, code: u16) -> bool;
}

impl Statuses for u16 {
    fn contain(&self, code: u16) -> bool {
        *self == code
    }
}

impl Statuses for RangeInclusive<u16> {
    fn contain(&self, code: u16) -> bool {
        self.contains(&code)
    }
}

impl Response {
    /// The response, to decode, when its status is one of `success`; else the error for a status
    /// the operation does not treat as success, with the first of `meanings` that covers it.
    pub fn success(self, success: impl Statuses, meanings: &[Meaning]) -> Result<Response, Error> {
        if success.contain(self.code()) { Ok(self) } else { Err(self.into_error(meanings)) }
    }
}
