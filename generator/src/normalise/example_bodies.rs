//! Response bodies known only from examples may be `null` or empty: an example shows one body the
//! server sent, and no set of examples rules out a `null` or an empty answer (a spec generated with
//! `nullable` roots, converted to a collection, keeps the objects and loses the `null`).

use crate::ir::{Api, BodyEncoding, Type};

/// Makes the type of every JSON response body inferred from examples nullable, unless it already
/// takes `null`.
pub fn may_be_null(api: &mut Api) {
    for response in api.operations.iter_mut().flat_map(|op| &mut op.responses) {
        let json =
            response.content_type.as_deref().is_none_or(|c| BodyEncoding::of_media_type(c) == BodyEncoding::Json);
        if !response.inferred || !json {
            continue;
        }
        if let Some(ty) = response.ty.take() {
            response.ty = Some(match ty {
                Type::Any | Type::Nullable(_) => ty,
                other => Type::Nullable(Box::new(other)),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Response, Status};

    fn response(content_type: Option<&str>, ty: Type, inferred: bool) -> Response {
        Response {
            status: Status::Code(200),
            docs: None,
            content_type: content_type.map(str::to_owned),
            ty: Some(ty),
            events: None,
            examples: vec![],
            inferred,
        }
    }

    #[test]
    fn only_json_bodies_known_from_examples_become_nullable() {
        let named = || Type::Named("Page".into());
        let responses = vec![
            response(Some("application/json"), named(), true),
            response(None, Type::Array(Box::new(named())), true),
            response(Some("application/json"), named(), false),
            response(Some("text/plain"), Type::String, true),
            response(Some("application/json"), Type::Any, true),
            response(Some("application/json"), Type::Nullable(Box::new(named())), true),
        ];
        let mut list = super::super::tests::op("list");
        list.responses = responses;
        let mut api = super::super::tests::api_with(vec![list]);
        may_be_null(&mut api);
        let types: Vec<Option<Type>> =
            api.operations.iter().flat_map(|op| &op.responses).map(|r| r.ty.clone()).collect();
        let nullable = |ty: Type| Some(Type::Nullable(Box::new(ty)));
        assert_eq!(
            types,
            vec![
                nullable(named()),
                nullable(Type::Array(Box::new(named()))),
                Some(named()),
                Some(Type::String),
                Some(Type::Any),
                nullable(named()),
            ]
        );
    }
}
