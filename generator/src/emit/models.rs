//! `models.rs` of an API module: one Rust type per IR type.

use std::collections::HashSet;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::aliases::Aliases;
use super::boxing::Boxing;
use super::docs::{Form, doc_attrs, doc_literal, spec_to_rustdoc};
use super::idents::{camel_ident, ident_from_snake, setter_allow, type_ident, type_names};
use super::redact::{Shown, debug_impl};
use super::size::is_large;
use super::types::rust_type;
use crate::ir::{Discriminator, Field, Names, Provenance, Type, TypeDef, TypeKind, TypeNames};

/// The head of the models module, whose items are the API's named types in name order; it
/// imports the serde traits only when some type [`derives`] them, under `import_cfg` (the `#[cfg]`
/// that compiles one of those types, or nothing).
pub fn models_head(types: &[TypeDef], import_cfg: &TokenStream) -> TokenStream {
    let aliases = Aliases::new(types);
    let imports = types.iter().any(|def| derives(def, &aliases)).then(|| {
        quote!(
            #import_cfg
            use serde::{Deserialize, Serialize};
        )
    });
    quote! {
        //! Types of the values the API sends and receives.

        #imports
    }
}

/// Whether the type of `def` names the serde traits (every type but a plain alias and an enum of
/// strings, whose impls the runtime's macro writes).
pub fn derives(def: &TypeDef, aliases: &Aliases) -> bool {
    match def.kind {
        TypeKind::Alias(_) => aliases.is_newtype(&def.name),
        TypeKind::Enum { .. } => false,
        _ => true,
    }
}

/// Whether some model decodes through the runtime's `deep.rs`: a struct with a boxed member, or
/// a struct known only from examples, whose fields may be guesses.
pub fn uses_deep_decoding(types: &[TypeDef]) -> bool {
    let boxing = Boxing::new(types);
    types.iter().any(|def| match &def.kind {
        TypeKind::Struct { fields, .. } => {
            def.guesses_fall_back() || fields.iter().any(|field| boxing.boxes(&def.name, &field.ty))
        }
        _ => false,
    })
}

/// The items of one named type (the type and any impls it needs); a struct sent as a request
/// body (`is_body`) also gets a constructor taking its required fields and a setter per optional one.
pub fn type_item(
    def: &TypeDef,
    types: &[TypeDef],
    names: &Names,
    boxing: &Boxing,
    aliases: &Aliases,
    is_body: bool,
) -> TokenStream {
    let ident = type_ident(&def.name);
    let members = type_names(names, &def.name);
    let boxed = |ty: &Type| boxing.boxes(&def.name, ty);
    let box_levels = |ty: &Type| boxing.levels(&def.name, ty);
    let docs = match (&def.docs, def.provenance) {
        (None, Provenance::Inferred) => {
            // A type made by a pass over the whole API has no one place in the spec.
            let at =
                (!def.origin.0.is_empty()).then(|| format!(" (at {})", spec_to_rustdoc(&def.origin.0, Form::Code)));
            let note =
                format!(" Inferred from example values in the spec{}, which gives no schema.", at.unwrap_or_default());
            quote!(#[doc = #note])
        }
        (docs, _) => doc_attrs(docs.as_deref()),
    };
    let deprecated = def.deprecated.then(|| quote!(#[deprecated]));
    let item = match &def.kind {
        TypeKind::Struct { fields, additional } => {
            // A type known only from examples may see `null`, or another shape, where every example had a value.
            let guessed = def.guesses_fall_back();
            let item = struct_item(&ident, &box_levels, (fields, members), additional.as_ref(), aliases, guessed);
            let builder = is_body.then(|| body_builder(&ident, &boxed, fields, members));
            quote! { #item #builder }
        }
        TypeKind::Enum { values } => enum_item(&ident, values, members),
        TypeKind::Union { variants, discriminator } => {
            union_item(&ident, &boxed, variants, members, discriminator.as_ref(), types)
        }
        TypeKind::Alias(ty) if aliases.is_newtype(&def.name) => {
            let models = TokenStream::new();
            let ty = if boxed(ty) { boxed_type(ty, &models) } else { rust_type(ty, &models) };
            quote! {
                #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
                #[serde(transparent)]
                pub struct #ident(pub #ty);
            }
        }
        TypeKind::Alias(ty) => {
            let ty = rust_type(ty, &TokenStream::new());
            quote! { pub type #ident = #ty; }
        }
    };
    quote! { #docs #deprecated #item }
}

/// `box_levels` tells, for a boxed member, how many levels of nesting its value starts; the fields
/// come with their names.
fn struct_item(
    ident: &Ident,
    box_levels: &dyn Fn(&Type) -> Option<usize>,
    (fields, names): (&[Field], &TypeNames),
    additional: Option<&Type>,
    aliases: &Aliases,
    guessed: bool,
) -> TokenStream {
    let models = TokenStream::new();
    let mut members = Vec::with_capacity(fields.len() + 1);
    let mut idents = Vec::with_capacity(fields.len() + 1);
    let mut wire_struct = WireStruct::default();
    // A type known only from examples reads through a local struct (see `WireStruct`) unless every
    // field is required or of any type; otherwise serde derives `Deserialize`.
    let derives_deserialize = !(guessed && fields.iter().any(|f| !f.required && f.ty != Type::Any));
    for (field, ident) in fields.iter().zip(member_idents(names)) {
        idents.push(ident.clone());
        let wire = &field.name;
        // serde names a field after its identifier without `r#` (`self_` stays `self_`).
        let serde_name = ident.to_string();
        let serde_name = serde_name.trim_start_matches("r#");
        let rename = (serde_name != wire.as_str()).then(|| quote!(#[serde(rename = #wire)]));
        let levels = box_levels(&field.ty);
        let in_box = levels.is_some();
        let ty = if in_box { boxed_type(&field.ty, &models) } else { rust_type(&field.ty, &models) };
        // Inside `deserialize`, `self::` names the module's types, never the local wire struct.
        let module = quote!(self::);
        let wire_ty = if in_box { boxed_type(&field.ty, &module) } else { rust_type(&field.ty, &module) };
        let docs = doc_attrs(field.docs.as_deref());
        let deprecated = field.deprecated.then(|| quote!(#[deprecated]));
        let nullable = matches!(field.ty, Type::Nullable(_));
        wire_struct.field(&ident, field, rename.as_ref(), &wire_ty);
        // A boxed member starts more levels of nesting: decoded through the runtime, which moves
        // very deep values to a fresh stack.
        let boxed =
            levels.filter(|_| derives_deserialize).map(|levels| format!("crate::runtime::boxed::<{levels}, _, _>"));
        members.push(if field.required && nullable {
            // serde reads a missing `Option` field as `None`, which would be written back as `null`.
            let with = boxed.unwrap_or_else(|| "Option::deserialize".to_owned());
            quote! {
                #docs
                #deprecated
                #rename
                #[serde(deserialize_with = #with)]
                pub #ident: #ty,
            }
        } else if field.required {
            let with = boxed.map(|with| quote!(#[serde(deserialize_with = #with)]));
            quote! { #docs #deprecated #rename #with pub #ident: #ty, }
        } else if aliases.admits_null(&field.ty) {
            let with = match levels.filter(|_| derives_deserialize) {
                Some(levels) => format!("crate::runtime::boxed_present::<{levels}, _, _>"),
                None => "crate::runtime::present".to_owned(),
            };
            quote! {
                #docs
                #deprecated
                #rename
                #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = #with)]
                pub #ident: Option<#ty>,
            }
        } else {
            let with = boxed.map(|with| quote!(, deserialize_with = #with));
            quote! {
                #docs
                #deprecated
                #rename
                #[serde(default, skip_serializing_if = "Option::is_none" #with)]
                pub #ident: Option<#ty>,
            }
        });
    }
    let extra_ident = ident_from_snake(&names.rest);
    let extra_ty = match additional {
        Some(ty) if *ty != Type::Any => {
            let ty = rust_type(ty, &models);
            quote!(std::collections::BTreeMap<String, #ty>)
        }
        _ => quote!(serde_json::Map<String, serde_json::Value>),
    };
    members.push(quote! {
        /// Properties the spec does not describe, kept so that writing the value back loses nothing.
        #[serde(flatten)]
        pub #extra_ident: #extra_ty,
    });
    let (deserialize, deserialize_impl) = if guessed && wire_struct.guesses {
        (TokenStream::new(), wire_struct.deserialize_impl(ident, &extra_ident))
    } else {
        (quote!(, Deserialize), TokenStream::new())
    };
    if !fields.iter().any(|f| f.secret) {
        return quote! {
            #[derive(Debug, Clone, PartialEq, Serialize #deserialize)]
            pub struct #ident { #(#members)* }

            #deserialize_impl
        };
    }
    let shown: Vec<Shown<'_>> = fields
        .iter()
        .zip(&idents)
        .map(|(field, ident)| Shown { ident, secret: field.secret, optional: !field.required })
        .chain([Shown { ident: &extra_ident, secret: false, optional: false }])
        .collect();
    let debug = debug_impl(ident, TokenStream::new(), &shown);
    quote! {
        #[derive(Clone, PartialEq, Serialize #deserialize)]
        pub struct #ident { #(#members)* }

        #deserialize_impl
        #debug
    }
}

/// How a type known only from examples is read: first into a local struct that holds each optional
/// field as a `runtime::Guess` (the value, or anything else the server sent, `null` included), then
/// into the public type, where a value of another shape than the examples showed reads as absent and
/// is kept among the extra properties (see `runtime::guessed`), so that writing the value back sends
/// it again. Required fields, known from the spec's own words, stay strict.
#[derive(Default)]
struct WireStruct {
    fields: Vec<TokenStream>,
    inits: Vec<TokenStream>,
    /// Whether some field is read as a guess.
    guesses: bool,
    /// Whether some field is deprecated (the conversion names it).
    deprecated: bool,
    /// Whether some field is required: then serde derives the local struct, which names a missing
    /// field; else the runtime's `read_object` reads it straight from the input.
    required: bool,
    /// Each field as the runtime's `guessed_object!` takes it: `guess` or `any`, the field and its
    /// name in the spec.
    entries: Vec<TokenStream>,
}

impl WireStruct {
    /// Adds a field, whose type is written with `self::` paths.
    fn field(&mut self, ident: &Ident, field: &Field, rename: Option<&TokenStream>, ty: &TokenStream) {
        let wire_name = &field.name;
        self.deprecated |= field.deprecated;
        let (attrs, wire_ty, init) = if field.required && matches!(field.ty, Type::Nullable(_)) {
            (quote!(#[serde(deserialize_with = "Option::deserialize")]), ty.clone(), quote!(wire.#ident))
        } else if field.required {
            (TokenStream::new(), ty.clone(), quote!(wire.#ident))
        } else if field.ty == Type::Any {
            // Any value fits: read as it is, `null` kept apart from absence.
            self.entries.push(quote!(any #ident = #wire_name));
            (
                quote!(#[serde(default, deserialize_with = "crate::runtime::present")]),
                quote!(Option<#ty>),
                quote!(wire.#ident),
            )
        } else {
            self.guesses = true;
            self.entries.push(quote!(guess #ident = #wire_name));
            (
                quote!(#[serde(default, deserialize_with = "crate::runtime::present")]),
                quote!(Option<crate::runtime::Guess<#ty>>),
                quote!(crate::runtime::guessed(wire.#ident, #wire_name, &mut extra)),
            )
        };
        self.required |= field.required;
        self.fields.push(quote!(#rename #attrs #ident: #wire_ty,));
        self.inits.push(quote!(#ident: #init,));
    }

    /// The `Deserialize` impl that reads through the local struct.
    fn deserialize_impl(&self, ident: &Ident, extra: &Ident) -> TokenStream {
        let (fields, inits) = (&self.fields, &self.inits);
        // Decode errors name the public type.
        let name = ident.to_string();
        let expecting = format!("struct {}", name.trim_start_matches("r#"));
        let allow = self.deprecated.then(|| quote!(#[allow(deprecated)]));
        if !self.required {
            let entries = &self.entries;
            return quote! {
                crate::runtime::guessed_object!(#allow #ident, #expecting, #extra { #(#entries),* });
            };
        }
        quote! {
            impl<'de> Deserialize<'de> for #ident {
                #allow
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
                    #[derive(Deserialize)]
                    #[serde(expecting = #expecting)]
                    struct Wire {
                        #(#fields)*
                        #[serde(flatten)]
                        #extra: serde_json::Map<String, serde_json::Value>,
                    }
                    let wire = Wire::deserialize(deserializer)?;
                    let mut extra = wire.#extra;
                    Ok(Self { #(#inits)* #extra: extra })
                }
            }
        }
    }
}

/// `new` with the required fields (text as `impl Into<String>`) and a chainable setter per
/// optional field, so that a body is built without naming every field in a struct literal.
fn body_builder(ident: &Ident, boxed: &dyn Fn(&Type) -> bool, fields: &[Field], names: &TypeNames) -> TokenStream {
    let models = TokenStream::new();
    let idents = member_idents(names);
    let extra = ident_from_snake(&names.rest);
    let mut params = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    for (field, ident) in fields.iter().zip(&idents) {
        let ty = if boxed(&field.ty) { boxed_type(&field.ty, &models) } else { rust_type(&field.ty, &models) };
        let target = super::types::into_target(&field.ty);
        let converted = target.is_some();
        let (arg, value) = match target {
            Some(target) => (quote!(impl Into<#target>), quote!(#ident.into())),
            None => (ty, quote!(#ident)),
        };
        if field.required {
            params.push(quote!(#ident: #arg));
            // A value passed as it is initialises its field by shorthand (clippy: `redundant_field_names`).
            inits.push(if converted { quote!(#ident: #value) } else { quote!(#ident) });
        } else {
            inits.push(quote!(#ident: None));
            if ident == "new" {
                continue;
            }
            let doc = doc_literal(&format!(" Sets `{}`.", field.name));
            let allow = setter_allow(ident);
            setters.push(quote! {
                #[doc = #doc]
                #allow
                pub fn #ident(mut self, #ident: #arg) -> Self {
                    self.#ident = Some(#value);
                    self
                }
            });
        }
    }
    let many = (params.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let default = params.is_empty().then(|| {
        quote! {
            impl std::default::Default for #ident {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    // Setters are named after the spec's fields, whatever their prefix.
    let prefixed = idents.iter().zip(fields).filter(|(_, f)| !f.required).any(|(ident, _)| {
        let name = ident.to_string();
        ["is_", "to_", "as_", "into_", "from_"].iter().any(|p| name.starts_with(p))
    });
    let allow_prefix = prefixed.then(|| quote!(#[allow(clippy::wrong_self_convention)]));
    quote! {
        #allow_prefix
        impl #ident {
            /// A value with the required fields; the optional ones are set with the methods below.
            #many
            pub fn new(#(#params),*) -> Self {
                #ident { #(#inits,)* #extra: std::default::Default::default() }
            }
            #(#setters)*
        }
        #default
    }
}

/// The variants of an enum or union named `names`: one per member, then the catch-all.
pub(super) fn variant_idents(names: &TypeNames) -> (Vec<Ident>, Ident) {
    (names.members.iter().cloned().map(camel_ident).collect(), camel_ident(names.rest.clone()))
}

/// An enum of strings, with a catch-all variant that keeps values this version does not know.
/// Its `Serialize` and `Deserialize` are written by the runtime's `text_enum_serde!` rather than
/// derived: the derive of an enum with an untagged catch-all buffers every value and costs the
/// compiler several times as much code per enum, and the macro says in one line what the impls
/// would say in thirty.
fn enum_item(ident: &Ident, values: &[String], names: &TypeNames) -> TokenStream {
    let (idents, other) = variant_idents(names);
    let variants = idents.iter().map(|ident| quote! { #ident, });
    let pairs = values.iter().zip(&idents).map(|(value, ident)| quote! { #ident = #value });
    quote! {
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #ident {
            #(#variants)*
            /// A value this version of the client does not know.
            #other(String),
        }

        crate::runtime::text_enum_serde!(#ident, #other { #(#pairs),* });
    }
}

fn union_item(
    ident: &Ident,
    boxed: &dyn Fn(&Type) -> bool,
    variants: &[Type],
    names: &TypeNames,
    discriminator: Option<&Discriminator>,
    types: &[TypeDef],
) -> TokenStream {
    let models = TokenStream::new();
    let (names, other) = variant_idents(names);
    let variants: Vec<(Ident, &Type, TokenStream)> = variants
        .iter()
        .zip(names)
        .map(|(ty, variant)| {
            // Boxed when it contains the union itself, or could make every value of the union large.
            let rust = if boxed(ty) || is_large(ty, types) { boxed_type(ty, &models) } else { rust_type(ty, &models) };
            (variant, ty, rust)
        })
        .collect();
    let declarations = variants.iter().map(|(variant, _, rust)| quote! { #variant(#rust), });
    let Some(discriminator) = discriminator else {
        return quote! {
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
            #[serde(untagged)]
            pub enum #ident { #(#declarations)* }
        };
    };
    // Tagged: the tag picks the alternative, and the whole object (tag included) decodes into it.
    let property = &discriminator.property;
    let other_doc = format!(
        " An object whose {} this version of the client does not know, kept as it is.",
        spec_to_rustdoc(property, Form::Code)
    );
    // A tag value picks the first alternative it maps to; the variants are named through `Self`,
    // as a type could be named like the deserializer's type parameter.
    let mut matched: HashSet<&str> = HashSet::new();
    let arms: Vec<TokenStream> = variants
        .iter()
        .filter_map(|(variant, ty, _)| {
            let Type::Named(type_name) = ty else { return None };
            let values: Vec<&String> = discriminator
                .mapping
                .iter()
                .filter(|(value, target)| target == type_name && matched.insert(value.as_str()))
                .map(|(value, _)| value)
                .collect();
            (!values.is_empty()).then(|| {
                quote! {
                    #(Some(#values))|* => serde_json::from_value(value).map(Self::#variant).map_err(D::Error::custom),
                }
            })
        })
        .collect();
    quote! {
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(untagged)]
        pub enum #ident {
            #(#declarations)*
            #[doc = #other_doc]
            #other(serde_json::Value),
        }

        impl<'de> Deserialize<'de> for #ident {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use serde::de::Error as _;
                let value = serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#arms)*
                    _ => Ok(Self::#other(value)),
                }
            }
        }
    }
}

/// A type behind a `Box` (see [`Boxing`]); a nullable one as `Option<Box<T>>`, so that `null`
/// handling stays the same.
fn boxed_type(ty: &Type, models: &TokenStream) -> TokenStream {
    match ty {
        Type::Nullable(inner) => {
            let inner = rust_type(inner, models);
            quote!(Option<Box<#inner>>)
        }
        other => {
            let other = rust_type(other, models);
            quote!(Box<#other>)
        }
    }
}

/// The identifiers of a struct's fields named `names`, in order (the ones `struct_item` declares).
pub fn member_idents(names: &TypeNames) -> Vec<Ident> {
    names.members.iter().map(|name| ident_from_snake(name)).collect()
}
