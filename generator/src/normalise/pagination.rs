//! Detection of next-page-token pagination from an operation's request and response.

use crate::ir::{Operation, Pagination, Type, TypeDef, TypeKind};

/// Request parameters that carry an opaque page token or cursor.
fn is_token_param(name: &str) -> bool {
    let lower = name.to_ascii_lowercase().replace(['-', '_'], "");
    ["pagetoken", "cursor", "continuationtoken", "nexttoken", "pagekey", "marker"].iter().any(|w| lower.contains(w))
}

/// Finds a token parameter (query or body field) whose value comes back in a field of the success
/// response, under the same name or with a `next` prefix.
pub fn detect(op: &Operation, types: &[TypeDef]) -> Option<Pagination> {
    let response_fields = success_fields(op, types)?;
    let body_fields = op
        .body
        .iter()
        .flat_map(|b| b.contents.first())
        .filter_map(|c| struct_fields(&c.ty, types))
        .flatten()
        .map(|f| f.name.as_str());
    let query = op.params.iter().filter(|p| p.location == crate::ir::ParamLocation::Query).map(|p| p.name.as_str());
    let request_param = query.chain(body_fields).find(|name| is_token_param(name))?;
    let normalized = |name: &str| name.to_ascii_lowercase().replace(['-', '_'], "");
    let wanted = normalized(request_param);
    let response_field = response_fields
        .iter()
        .find(|f| {
            let name = normalized(&f.name);
            let same_token = matches!(
                (name.strip_prefix("next"), wanted.strip_prefix("page")),
                (Some(field), Some(param)) if field == param
            );
            name == wanted || name == format!("next{wanted}") || same_token
        })
        .filter(|f| {
            matches!(&f.ty, Type::String) || matches!(&f.ty, Type::Nullable(inner) if **inner == Type::String)
        })?;
    let items_field = response_fields
        .iter()
        .find(|f| matches!(&f.ty, Type::Array(item) if matches!(**item, Type::Named(_))))
        .or_else(|| response_fields.iter().find(|f| matches!(f.ty, Type::Array(_))))
        .map(|f| f.name.clone());
    Some(Pagination {
        request_param: request_param.to_owned(),
        response_field: response_field.name.clone(),
        items_field,
    })
}

fn success_fields<'a>(op: &Operation, types: &'a [TypeDef]) -> Option<&'a [crate::ir::Field]> {
    let response = op.responses.iter().find(|r| r.status.is_success())?;
    // A page that may be `null` (known only from examples) is still a page when it is not.
    let page = match response.ty.as_ref()? {
        Type::Nullable(page) => page,
        page => page,
    };
    struct_fields(page, types)
}

fn struct_fields<'a>(ty: &Type, types: &'a [TypeDef]) -> Option<&'a [crate::ir::Field]> {
    let Type::Named(name) = ty else { return None };
    match &types.iter().find(|t| &t.name == name)?.kind {
        TypeKind::Struct { fields, .. } => Some(fields),
        _ => None,
    }
}
