//! Every success status a spec documents decodes. A success status documented without a body (a
//! `204`, a `200` saved empty beside a `201` with a body) shares the body type of the statuses
//! that have one, made nullable where the body is JSON: the operation then answers `None` for it.
//! Success statuses with different body types are left as they are; the emitter gives such an
//! operation an enum with one variant per status.

use crate::ir::{Api, BodyEncoding, Response, Type};

/// Gives every bodiless success status of an operation the body type its other success statuses
/// agree on.
pub fn share_body_types(api: &mut Api) {
    for op in &mut api.operations {
        let successes = || op.responses.iter().filter(|r| r.status.is_success());
        let Some(typed) = successes().find(|r| r.ty.is_some()) else { continue };
        let agree = successes().filter(|r| r.ty.is_some()).all(|r| r.ty == typed.ty);
        if !agree || successes().all(|r| r.ty.is_some()) {
            continue;
        }
        let Response { ty: Some(ty), content_type, inferred, .. } = typed.clone() else { continue };
        let json = content_type.as_deref().is_none_or(|c| BodyEncoding::of_media_type(c) == BodyEncoding::Json);
        let ty = match ty {
            Type::Any | Type::Nullable(_) => ty,
            other if json => Type::Nullable(Box::new(other)),
            other => other,
        };
        for response in op.responses.iter_mut().filter(|r| r.status.is_success()) {
            if response.ty.is_none() {
                response.content_type.clone_from(&content_type);
                response.inferred = inferred;
            }
            response.ty = Some(ty.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Status;

    fn response(code: u16, content_type: Option<&str>, ty: Option<Type>) -> Response {
        Response {
            status: Status::Code(code),
            docs: None,
            content_type: content_type.map(str::to_owned),
            ty,
            events: None,
            examples: vec![],
            inferred: false,
        }
    }

    fn shared(responses: Vec<Response>) -> Vec<(Option<String>, Option<Type>)> {
        let mut op = super::super::tests::op("op");
        op.responses = responses;
        let mut api = super::super::tests::api_with(vec![op]);
        share_body_types(&mut api);
        api.operations[0].responses.iter().map(|r| (r.content_type.clone(), r.ty.clone())).collect()
    }

    #[test]
    fn a_bodiless_success_shares_the_json_type_made_nullable() {
        let json = Some("application/json");
        let page = || Type::Named("Page".into());
        let nullable = Some(Type::Nullable(Box::new(page())));
        let error = response(404, None, None);
        let got = shared(vec![response(200, json, Some(page())), response(204, None, None), error.clone()]);
        let expected_json = json.map(str::to_owned);
        assert_eq!(got, [(expected_json.clone(), nullable.clone()), (expected_json, nullable), (None, None)]);
    }

    #[test]
    fn text_stays_text_and_different_types_stay_apart() {
        let text = Some("text/plain");
        let got = shared(vec![response(200, text, Some(Type::String)), response(204, None, None)]);
        assert_eq!(got[1], (Some("text/plain".to_owned()), Some(Type::String)));
        let json = Some("application/json");
        let differing = vec![
            response(200, json, Some(Type::String)),
            response(201, json, Some(Type::Bool)),
            response(204, None, None),
        ];
        assert_eq!(shared(differing)[2], (None, None));
    }
}
