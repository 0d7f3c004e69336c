//! What OpenAPI 3.1 and 3.2 documents hold beyond their 3.0 form (see [`Additions`](super::Additions)), read into
//! the IR.

use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind};

use super::{Reader, component_name, node, resolve, schema};
use crate::diagnostic::{Code, Diagnostic, pointer};
use crate::error::Result;
use crate::ir::{BodyEncoding, Param, ParamLocation, Type, is_event_stream};
use crate::naming::type_name;

impl Reader<'_> {
    /// Whether a parameter (or the component it refers to) was given `in: querystring`.
    pub(super) fn is_querystring(&self, param: &ReferenceOr<Parameter>, at: &str) -> bool {
        let at = match param {
            ReferenceOr::Item(_) => at.to_owned(),
            ReferenceOr::Reference { reference } => match component_name(reference, "parameters") {
                Some(name) => pointer("/components/parameters", &[&name]),
                None => return false,
            },
        };
        self.additions.querystring.contains(&at)
    }

    /// An `in: querystring` parameter: the properties of its form-encoded object, each a query parameter. Any other
    /// form of query string cannot be built from typed values; the parameter is skipped with a warning.
    pub(super) fn querystring_params(
        &mut self,
        param: &ReferenceOr<Parameter>,
        type_base: &str,
        at: &str,
    ) -> Result<Vec<Param>> {
        let (param, at) =
            resolve(self.file, param, at, "parameters", "a parameter", |c| &c.parameters, self.components())?;
        let data = param.parameter_data_ref();
        let (schema, schema_at) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => (Some(schema), pointer(&at, &["schema"])),
            ParameterSchemaOrContent::Content(content) => match content.first() {
                Some((media, media_type)) if BodyEncoding::of_media_type(media) == BodyEncoding::Form => {
                    (media_type.schema.as_ref(), pointer(&at, &["content", media, "schema"]))
                }
                Some((media, _)) => {
                    let message = format!(
                        "a query string in `{media}` cannot be built from typed values (only `application/x-www-form-urlencoded` can); the `{}` parameter is skipped",
                        data.name
                    );
                    self.warnings.push(Diagnostic::warning(
                        Code::UnbuildableQueryString,
                        self.file,
                        pointer(&at, &["content", media]),
                        message,
                    ));
                    return Ok(Vec::new());
                }
                None => (None, at.clone()),
            },
        };
        let object = match schema {
            Some(ReferenceOr::Item(schema)) => Some((schema, schema_at.clone())),
            Some(ReferenceOr::Reference { reference }) => {
                component_name(reference, "schemas").and_then(|name| match self.components_schema(&name)? {
                    ReferenceOr::Item(schema) => Some((schema, pointer("/components/schemas", &[&name]))),
                    ReferenceOr::Reference { .. } => None,
                })
            }
            None => None,
        };
        let fields = object.and_then(|(schema, object_at)| {
            let (properties, required) = match &schema.schema_kind {
                SchemaKind::Type(openapiv3::Type::Object(object)) => (&object.properties, &object.required),
                SchemaKind::Any(any) => (&any.properties, &any.required),
                _ => return None,
            };
            Some((properties, required, object_at)).filter(|(properties, _, _)| !properties.is_empty())
        });
        let Some((properties, required, object_at)) = fields else {
            let message = format!(
                "the `{}` query string is not an object with properties, which is all a client can build one from; the parameter is skipped",
                data.name
            );
            self.warnings.push(Diagnostic::warning(Code::UnbuildableQueryString, self.file, schema_at, message));
            return Ok(Vec::new());
        };
        let mut params = Vec::with_capacity(properties.len());
        for (name, property) in properties {
            let property_at = pointer(&object_at, &["properties", name]);
            let ty = self.boxed_schema_type(property, name, Some(type_base), &property_at)?;
            let (docs, deprecated) = match property {
                ReferenceOr::Item(schema) => (schema.schema_data.description.clone(), schema.schema_data.deprecated),
                ReferenceOr::Reference { .. } => (None, false),
            };
            params.push(Param {
                name: name.clone(),
                location: ParamLocation::Query,
                ty,
                required: data.required && required.contains(name),
                default: None,
                docs,
                deprecated,
                secret: schema::is_password(property),
                rust_name: None,
                style: crate::ir::QueryStyle::Exploded,
            });
        }
        Ok(params)
    }

    /// Webhooks: requests the API sends, so the client has no method for them; their payload types are generated,
    /// with a warning that says so.
    pub(super) fn webhooks(&mut self) -> Result<()> {
        let additions = self.additions;
        for (name, item, at) in &additions.webhooks {
            let item: openapiv3::PathItem = node(self.file, item, at)?;
            let mut payloads = Vec::new();
            for (method, operation) in item.iter() {
                let Some(body) = &operation.request_body else { continue };
                let body_at = pointer(at, &[method, "requestBody"]);
                let (body, body_at) = resolve(
                    self.file,
                    body,
                    &body_at,
                    "requestBodies",
                    "a request body",
                    |c| &c.request_bodies,
                    self.components(),
                )?;
                let hint = format!("{}Payload", type_name(operation.operation_id.as_deref().unwrap_or(name)));
                for (media, media_type) in &body.content {
                    let ty = self.media_type(media, media_type, &hint, &pointer(&body_at, &["content", media]))?;
                    if let Type::Named(type_name) = ty {
                        if !payloads.contains(&type_name) {
                            payloads.push(type_name);
                        }
                    }
                }
            }
            let before = format!(
                "webhook `{name}` is a request the API sends, not one the client makes: its payload types are generated"
            );
            let warning = Diagnostic::warning(Code::WebhookNotCallable, self.file, at.clone(), "");
            self.warnings.push(if payloads.is_empty() {
                warning.naming_types(&format!("{before}, but no client method"), payloads, "")
            } else {
                warning.naming_types(&format!("{before} ("), payloads, "), but no client method")
            });
        }
        Ok(())
    }

    /// The `itemSchema` of a streamed media type (3.2): its type, generated. For server-sent events
    /// (`text/event-stream`) it is the type of each event's data, which the client decodes; for any
    /// other stream a warning says the client hands the body over whole, for the caller to split.
    pub(super) fn stream_items(&mut self, media: &str, hint: &str, at: &str) -> Result<Option<Type>> {
        let Some(items) = self.additions.item_schemas.get(at) else { return Ok(None) };
        let items_at = pointer(at, &["itemSchema"]);
        let items: ReferenceOr<Schema> = node(self.file, items, &items_at)?;
        let ty = self.schema_type(&items, &format!("{hint}_item"), None, &items_at)?;
        if is_event_stream(media) {
            return Ok(Some(ty));
        }
        let before = format!("`{media}` streams items: their type is generated");
        let after = ", but the client returns the body whole, undecoded, for the caller to split into items";
        let warning = Diagnostic::warning(Code::UndecodedStream, self.file, items_at, "");
        self.warnings.push(match &ty {
            Type::Named(key) => warning.naming_types(&format!("{before} ("), vec![key.clone()], &format!("){after}")),
            _ => warning.naming_types(&format!("{before}{after}"), Vec::new(), ""),
        });
        Ok(Some(ty))
    }
}
