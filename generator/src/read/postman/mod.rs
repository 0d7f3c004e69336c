//! The Postman collection reader (placeholder while it is written).
use serde_json::Value;
use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::ir::Api;
pub(super) fn read(file: &str, _document: &Value, _warnings: &mut Vec<Diagnostic>) -> Result<Api> {
    Err(Diagnostic::error(file, "", "postman").into())
}
