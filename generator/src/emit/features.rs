//! Cargo features of the generated crate: one per operation group, so that a user compiles only
//! the operations (and the models they use) of the groups they call.
//!
//! An operation's group is its first tag (OpenAPI) or top-level folder (Postman); an operation
//! without one is grouped by the first segment of its path after the segments every operation of
//! the API shares (`/v1/users/{id}` goes in `users` when every path starts with `/v1`). An API
//! module whose operations all fall in one group is not split. The models an operation names
//! (parameters, bodies, responses), and every model those name in turn, are compiled when one of
//! the operation's features is on; a model no operation uses, or more than
//! [`MAX_MODEL_FEATURES`] groups use, always is, and so is everything it names.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::TokenStream;
use quote::quote;

use super::ApiModule;
use crate::ir::{Api, Operation, Type, TypeDef, TypeKind};
use crate::naming::FeatureNamer;

/// Most features a crate gets: crates.io refuses a crate with more than 300 features, so an API
/// with more groups than that is not split at all.
pub const MAX_FEATURES: usize = 300;

/// The features of a crate and what each of its items needs.
#[derive(Debug, Default)]
pub struct Features {
    /// Feature names, in the order of their first operation.
    names: Vec<String>,
    /// Per feature: its module and its group as the spec names it.
    groups: Vec<(String, String)>,
    /// Per API module, in crate order.
    modules: Vec<ModuleFeatures>,
}

/// What the items of one API module need.
#[derive(Debug, Default)]
struct ModuleFeatures {
    /// Per operation, in operation order: its feature (an index into [`Features::names`]), or
    /// `None` when the module is not split.
    operations: Vec<Option<usize>>,
    /// Per model that needs one: the features any of which compiles it (indices, ascending).
    /// A model not in the map is always compiled.
    models: HashMap<String, Vec<usize>>,
}

impl Features {
    /// The features of a crate made of `apis`.
    pub fn new(apis: &[ApiModule<'_>]) -> Features {
        let grouped: Vec<Vec<String>> = apis.iter().map(|m| operation_groups(m.api)).collect();
        let split: Vec<bool> = grouped.iter().map(|groups| groups.iter().collect::<BTreeSet<_>>().len() > 1).collect();
        let several_split = split.iter().filter(|s| **s).count() > 1;
        let reserved: Vec<&str> = std::iter::once("default").chain(super::cargo_toml::TRANSPORT_FEATURES).collect();
        let mut namer = FeatureNamer::new(&reserved);
        let mut features = Features::default();
        let mut by_group: HashMap<(usize, &str), usize> = HashMap::new();
        for (m, (module, groups)) in apis.iter().zip(&grouped).enumerate() {
            let mut operations = Vec::with_capacity(groups.len());
            for group in groups {
                if !split.get(m).copied().unwrap_or(false) {
                    operations.push(None);
                    continue;
                }
                let index = *by_group.entry((m, group.as_str())).or_insert_with(|| {
                    // Crate-wide names: a module's name goes first when several modules are split.
                    let raw = if several_split { format!("{} {group}", module.module) } else { group.clone() };
                    features.names.push(namer.name(&raw));
                    features.groups.push((module.module.to_owned(), group.clone()));
                    features.names.len() - 1
                });
                operations.push(Some(index));
            }
            features.modules.push(ModuleFeatures { operations, models: HashMap::new() });
        }
        if features.names.len() > MAX_FEATURES {
            return Features::default();
        }
        for (module, features_of) in apis.iter().zip(&mut features.modules) {
            features_of.models = model_features(module.api, &features_of.operations);
        }
        features
    }

    /// Whether the crate has features at all.
    pub fn any(&self) -> bool {
        !self.names.is_empty()
    }

    /// The feature names, in the order of their first operation.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Per feature: its name, its API module and its group as the spec names it.
    pub fn described(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.names
            .iter()
            .zip(&self.groups)
            .map(|(name, (module, group))| (name.as_str(), module.as_str(), group.as_str()))
    }

    /// The feature of operation `index` of module `module`, if it has one.
    pub fn operation(&self, module: usize, index: usize) -> Option<&str> {
        let feature = self.modules.get(module)?.operations.get(index).copied().flatten()?;
        self.names.get(feature).map(String::as_str)
    }

    /// The `#[cfg]` of operation `index` of module `module`.
    pub fn operation_cfg(&self, module: usize, index: usize) -> Cfg {
        let feature = self.modules.get(module).and_then(|m| m.operations.get(index).copied().flatten());
        self.cfg(feature.as_slice())
    }

    /// The `#[cfg]` of the model `name` of module `module`.
    pub fn model_cfg(&self, module: usize, name: &str) -> Cfg {
        let features = self.modules.get(module).and_then(|m| m.models.get(name));
        self.cfg(features.map_or(&[][..], Vec::as_slice))
    }

    /// The `#[cfg]` of an item needed by any of the models `names` of module `module` (such as the
    /// serde import of the models that derive its traits); none when no model is named.
    pub fn any_model_cfg<'a>(&self, module: usize, names: impl IntoIterator<Item = &'a str>) -> Cfg {
        let Some(models) = self.modules.get(module).map(|m| &m.models) else { return Cfg::default() };
        let mut union = BTreeSet::new();
        for name in names {
            match models.get(name) {
                Some(features) => union.extend(features.iter().copied()),
                None => return Cfg::default(),
            }
        }
        self.cfg(&union.into_iter().collect::<Vec<_>>())
    }

    /// `#![cfg(all(…))]` for a file that needs every feature (the spec-example tests); empty without features.
    pub fn all_inner_cfg(&self) -> TokenStream {
        if self.names.is_empty() {
            return TokenStream::new();
        }
        let names = &self.names;
        quote!(#![cfg(all(#(feature = #names),*))])
    }

    fn cfg(&self, features: &[usize]) -> Cfg {
        Cfg(features.iter().filter_map(|f| self.names.get(*f).cloned()).collect())
    }
}

/// The features any of which compiles an item; none for an item always compiled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cfg(Vec<String>);

impl Cfg {
    /// The item's `#[cfg]` attribute; empty when it is always compiled.
    pub fn attr(&self) -> TokenStream {
        match self.0.as_slice() {
            [] => TokenStream::new(),
            [name] => quote!(#[cfg(feature = #name)]),
            names => quote!(#[cfg(any(#(feature = #names),*))]),
        }
    }

    /// Whether the item is always compiled.
    pub fn is_always(&self) -> bool {
        self.0.is_empty()
    }

    /// The `#[cfg]` of an item that any of the items of `cfgs` uses: always compiled when one of
    /// them is.
    pub fn union<'a>(cfgs: impl IntoIterator<Item = &'a Cfg>) -> Cfg {
        let mut features = std::collections::BTreeSet::new();
        for cfg in cfgs {
            if cfg.is_always() {
                return Cfg::default();
            }
            features.extend(cfg.0.iter().cloned());
        }
        Cfg(features.into_iter().collect())
    }
}

/// Gives `item` the attribute of `cfg` after its doc comments (`#[cfg]` reads best below the
/// docs, above the derives); an item that takes no attributes is an error.
pub fn add_cfg(item: &mut syn::Item, cfg: &Cfg) -> Result<(), String> {
    let attrs = syn::parse::Parser::parse2(syn::Attribute::parse_outer, cfg.attr()).map_err(|e| e.to_string())?;
    let existing = match item {
        syn::Item::Const(i) => &mut i.attrs,
        syn::Item::Enum(i) => &mut i.attrs,
        syn::Item::Fn(i) => &mut i.attrs,
        syn::Item::Impl(i) => &mut i.attrs,
        syn::Item::Macro(i) => &mut i.attrs,
        syn::Item::Mod(i) => &mut i.attrs,
        syn::Item::Static(i) => &mut i.attrs,
        syn::Item::Struct(i) => &mut i.attrs,
        syn::Item::Trait(i) => &mut i.attrs,
        syn::Item::Type(i) => &mut i.attrs,
        syn::Item::Union(i) => &mut i.attrs,
        syn::Item::Use(i) => &mut i.attrs,
        _ => return Err("an item that cannot be given a `#[cfg]` attribute".to_owned()),
    };
    let after_docs = existing.iter().take_while(|attr| attr.path().is_ident("doc")).count();
    existing.splice(after_docs..after_docs, attrs);
    Ok(())
}

/// The group of each operation of `api`, in operation order (see the module docs).
pub fn operation_groups(api: &Api) -> Vec<String> {
    let shared = shared_segments(&api.operations);
    api.operations.iter().map(|op| operation_group(op, shared)).collect()
}

fn operation_group(op: &Operation, shared: usize) -> String {
    if let Some(top) = op.group.as_deref().and_then(|group| group.split(" / ").next()).filter(|g| !g.trim().is_empty())
    {
        return top.to_owned();
    }
    let literal = |segment: &&str| !segment.is_empty() && !segment.starts_with('{');
    let mut segments = path_segments(&op.path);
    let after_shared = segments.clone().skip(shared).find(literal);
    after_shared.or_else(|| segments.find(literal)).unwrap_or("root").to_owned()
}

fn path_segments(path: &str) -> impl Iterator<Item = &str> + Clone {
    path.split(['/', '?']).filter(|segment| !segment.is_empty())
}

/// How many leading path segments every operation's path shares (`/v1`, `/api/v2`).
fn shared_segments(operations: &[Operation]) -> usize {
    let Some((first, rest)) = operations.split_first() else { return 0 };
    let mut shared: Vec<&str> = path_segments(&first.path).collect();
    for op in rest {
        let common = path_segments(&op.path).zip(&shared).take_while(|(a, b)| a == *b).count();
        shared.truncate(common);
    }
    shared.len()
}

/// Most features a model's `#[cfg]` lists: a model more groups use always compiles (it is wanted
/// by most choices of groups anyway), and so, by the closure, do the models it names. This keeps
/// every `#[cfg]` short and the work linear in the API's size.
pub const MAX_MODEL_FEATURES: usize = 32;

/// What compiles a model, as the closure finds it.
#[derive(Debug, Default, Clone)]
struct Need {
    /// Features of the groups that use it, at most [`MAX_MODEL_FEATURES`].
    features: Vec<usize>,
    /// Whether it always compiles.
    always: bool,
    /// Features added since its members were last told.
    pending: Vec<usize>,
}

/// Per model that needs features: the features that compile it, ascending (see the module docs).
/// The features flow from the operations' models to the models they name, each feature through
/// each model once, then "always" flows from the models no split operation uses; a model gains
/// at most [`MAX_MODEL_FEATURES`] features, so the work is linear in the API's size.
fn model_features(api: &Api, operations: &[Option<usize>]) -> HashMap<String, Vec<usize>> {
    let index: HashMap<&str, usize> = api.types.iter().enumerate().map(|(i, def)| (def.name.as_str(), i)).collect();
    let members: Vec<Vec<usize>> = api
        .types
        .iter()
        .map(|def| {
            let mut named = Vec::new();
            def_types(def, &mut |ty| named_in(ty, &mut named));
            named.iter().filter_map(|name| index.get(name).copied()).collect()
        })
        .collect();
    let mut needs = vec![Need::default(); api.types.len()];
    let mut stack = Vec::new();
    for (op, feature) in api.operations.iter().zip(operations) {
        let mut named = Vec::new();
        operation_types(op, &mut |ty| named_in(ty, &mut named));
        for model in named.iter().filter_map(|name| index.get(name).copied()) {
            match feature {
                Some(feature) => add_feature(&mut needs, &mut stack, model, *feature),
                None => make_always(&mut needs, &mut stack, model),
            }
        }
    }
    flow(&mut needs, &mut stack, &members);
    for model in 0..needs.len() {
        if needs.get(model).is_some_and(|need| need.features.is_empty()) {
            make_always(&mut needs, &mut stack, model);
        }
    }
    flow(&mut needs, &mut stack, &members);
    api.types
        .iter()
        .zip(needs)
        .filter(|(_, need)| !need.always)
        .map(|(def, mut need)| {
            need.features.sort_unstable();
            (def.name.clone(), need.features)
        })
        .collect()
}

/// Passes what the models on `stack` gained on to the models they name, until nothing changes.
fn flow(needs: &mut [Need], stack: &mut Vec<usize>, members: &[Vec<usize>]) {
    while let Some(model) = stack.pop() {
        let Some(need) = needs.get_mut(model) else { continue };
        let (always, pending) = (need.always, std::mem::take(&mut need.pending));
        for &member in members.get(model).map_or(&[][..], Vec::as_slice) {
            if always {
                make_always(needs, stack, member);
            } else {
                for &feature in &pending {
                    add_feature(needs, stack, member, feature);
                }
            }
        }
    }
}

fn add_feature(needs: &mut [Need], stack: &mut Vec<usize>, model: usize, feature: usize) {
    let Some(need) = needs.get_mut(model) else { return };
    if need.always || need.features.contains(&feature) {
        return;
    }
    if need.features.len() == MAX_MODEL_FEATURES {
        make_always(needs, stack, model);
        return;
    }
    need.features.push(feature);
    need.pending.push(feature);
    stack.push(model);
}

fn make_always(needs: &mut [Need], stack: &mut Vec<usize>, model: usize) {
    let Some(need) = needs.get_mut(model) else { return };
    if need.always {
        return;
    }
    need.always = true;
    need.features.clear();
    need.pending.clear();
    stack.push(model);
}

/// Calls `visit` with every type an operation names.
fn operation_types<'a>(op: &'a Operation, visit: &mut impl FnMut(&'a Type)) {
    op.params.iter().for_each(|p| visit(&p.ty));
    op.body.iter().flat_map(|b| &b.contents).for_each(|c| visit(&c.ty));
    op.responses.iter().filter_map(|r| r.ty.as_ref()).for_each(&mut *visit);
}

/// Calls `visit` with every type a model's members have.
fn def_types<'a>(def: &'a TypeDef, visit: &mut impl FnMut(&'a Type)) {
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            fields.iter().for_each(|f| visit(&f.ty));
            additional.iter().for_each(&mut *visit);
        }
        TypeKind::Enum { .. } => {}
        TypeKind::Union { variants, .. } => variants.iter().for_each(&mut *visit),
        TypeKind::Alias(ty) => visit(ty),
    }
}

/// Pushes the model names `ty` contains.
fn named_in<'a>(ty: &'a Type, out: &mut Vec<&'a str>) {
    match ty {
        Type::Named(name) => out.push(name),
        Type::Tolerant(inner) | Type::Quoted(inner) | Type::Array(inner) | Type::Map(inner) | Type::Nullable(inner) => {
            named_in(inner, out)
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
