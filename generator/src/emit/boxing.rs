//! Which members of the generated types hold their value behind a `Box`, decided once per API in
//! time linear in its types and members:
//! - a member whose value contains its owner by value (a recursive type, infinitely large
//!   otherwise);
//! - a member that would start a chain of more than [`MAX_INLINE_DEPTH`] types nested by value.
//!   rustc refuses to lay out chains of about a hundred types, and decoding a value of a long chain
//!   needs stack quadratic in its length (each level's frame holds the levels below it), which
//!   overflowed a debug build's 2 MiB thread at 60 levels.
//!
//! Lists and maps hold their items on the heap already; only by-value members (through `Option`
//! and aliases) chain.

use std::collections::HashMap;

use crate::ir::{Type, TypeDef, TypeKind};

/// The longest chain of types nested by value that a value may hold without a `Box`.
const MAX_INLINE_DEPTH: usize = 8;

/// The boxing decisions of one API's types.
#[derive(Debug, Default)]
pub struct Boxing {
    /// Each type's strongly connected component in the graph of by-value containment: a member
    /// whose type is in its owner's component contains the owner.
    component: HashMap<String, usize>,
    /// How many types deep a value of each type nests by value once boxed members are cut.
    depth: HashMap<String, usize>,
}

impl Boxing {
    /// Decides for every type of the API.
    pub fn new(types: &[TypeDef]) -> Boxing {
        let Chains { component, depth } = Chains::new(types, inline_target, MAX_INLINE_DEPTH);
        let named = |values: Vec<usize>| types.iter().map(|t| t.name.clone()).zip(values).collect();
        Boxing { component: named(component), depth: named(depth) }
    }

    /// Whether a member of type `ty` of the type named `owner` holds its value in a `Box`.
    pub fn boxes(&self, owner: &str, ty: &Type) -> bool {
        self.levels(owner, ty).is_some()
    }

    /// For a boxed member, how many levels of nesting its value starts: 1 for a member that
    /// contains its owner, [`MAX_INLINE_DEPTH`] for one that cuts a chain; `None` for a member held
    /// by value.
    pub fn levels(&self, owner: &str, ty: &Type) -> Option<usize> {
        let target = inline_target(ty)?;
        if self.component.get(target).is_some_and(|c| self.component.get(owner) == Some(c)) {
            Some(1)
        } else {
            self.depth.get(target).is_some_and(|d| *d >= MAX_INLINE_DEPTH).then_some(MAX_INLINE_DEPTH)
        }
    }
}

/// How many types deep the API's types nest inside one another (through lists, maps and boxes
/// too; a type met again inside itself ends the chain), in time linear in types and members.
///
/// The types of one strongly connected component (types that contain one another) count for as
/// many levels as there are of them: rustc's drop and auto-trait checks follow a value through
/// every distinct type it may contain before meeting one again, so a cycle through 2,000 types is
/// 2,000 levels deep for them.
pub fn nesting_depth(types: &[TypeDef]) -> usize {
    let index: HashMap<&str, usize> = types.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
    let edges = edges(types, &index, contained_type);
    let (component, finished) = components(&edges);
    let mut depth = vec![0usize; types.len()];
    // Tarjan finishes the members of one component together, after every component they reach.
    for run in finished.chunk_by(|a, b| component.get(*a) == component.get(*b)) {
        let own = run.first().and_then(|node| component.get(*node)).copied();
        let below = run
            .iter()
            .flat_map(|node| edges.get(*node).into_iter().flatten())
            .filter(|target| component.get(**target).copied() != own)
            .map(|target| depth.get(*target).copied().unwrap_or(0))
            .max()
            .unwrap_or(0);
        for node in run {
            set(&mut depth, *node, below + run.len());
        }
    }
    depth.into_iter().max().unwrap_or(0)
}

/// Each type's members whose type `target` names, by index in the API's types.
fn edges(types: &[TypeDef], index: &HashMap<&str, usize>, target: fn(&Type) -> Option<&str>) -> Vec<Vec<usize>> {
    types
        .iter()
        .map(|def| members(def).filter_map(target).filter_map(|name| index.get(name).copied()).collect())
        .collect()
}

/// The chains of types inside one another, by index in the API's types.
struct Chains {
    /// Each type's strongly connected component.
    component: Vec<usize>,
    /// The longest chain starting at each type, a member in the type's own component or at
    /// least `cut` deep starting a chain of its own.
    depth: Vec<usize>,
}

impl Chains {
    /// The chains through the members whose type `target` names.
    fn new(types: &[TypeDef], target: fn(&Type) -> Option<&str>, cut: usize) -> Chains {
        let index: HashMap<&str, usize> = types.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
        let edges = edges(types, &index, target);
        let (component, finished) = components(&edges);
        // Tarjan finishes a component after every component it reaches, so each member's depth is
        // known when its owner's is computed.
        let mut depth = vec![0usize; types.len()];
        for node in finished {
            let own = component.get(node).copied();
            let deepest = edges
                .get(node)
                .into_iter()
                .flatten()
                .filter(|target| component.get(**target).copied() != own)
                .map(|target| depth.get(*target).copied().unwrap_or(0))
                .filter(|d| *d < cut)
                .max()
                .unwrap_or(0);
            set(&mut depth, node, deepest + 1);
        }
        Chains { component, depth }
    }
}

/// The named type inside `ty`, through any wrapper.
fn contained_type(ty: &Type) -> Option<&str> {
    match ty {
        Type::Nullable(inner) | Type::Array(inner) | Type::Map(inner) | Type::Tolerant(inner) | Type::Quoted(inner) => {
            contained_type(inner)
        }
        Type::Named(name) => Some(name),
        _ => None,
    }
}

/// The types a value of `def` holds by value or through a list, map or alias.
fn members(def: &TypeDef) -> Box<dyn Iterator<Item = &Type> + '_> {
    match &def.kind {
        TypeKind::Struct { fields, .. } => Box::new(fields.iter().map(|f| &f.ty)),
        TypeKind::Union { variants, .. } => Box::new(variants.iter()),
        TypeKind::Alias(ty) => Box::new(std::iter::once(ty)),
        TypeKind::Enum { .. } => Box::new(std::iter::empty()),
    }
}

/// The named type a value of `ty` holds by value (not behind a list or a map).
fn inline_target(ty: &Type) -> Option<&str> {
    match ty {
        Type::Nullable(inner) => inline_target(inner),
        Type::Named(name) => Some(name),
        _ => None,
    }
}

/// Tarjan's strongly connected components, without recursion (a chain of types may be long): each
/// node's component, and the nodes in the order their components were finished.
fn components(edges: &[Vec<usize>]) -> (Vec<usize>, Vec<usize>) {
    const UNSEEN: usize = usize::MAX;
    let count = edges.len();
    let (mut order, mut low, mut on_stack) = (vec![UNSEEN; count], vec![0; count], vec![false; count]);
    let mut component = vec![UNSEEN; count];
    let (mut stack, mut finished) = (Vec::new(), Vec::with_capacity(count));
    let (mut next, mut components) = (0, 0);
    let mut visit = |node: usize, order: &mut Vec<usize>, low: &mut Vec<usize>, on_stack: &mut Vec<bool>| {
        set(order, node, next);
        set(low, node, next);
        set(on_stack, node, true);
        next += 1;
    };
    for root in 0..count {
        if order.get(root) != Some(&UNSEEN) {
            continue;
        }
        visit(root, &mut order, &mut low, &mut on_stack);
        stack.push(root);
        // (node, position of the next edge to follow)
        let mut calls = vec![(root, 0usize)];
        while let Some((node, position)) = calls.last_mut().map(|(n, p)| (*n, p)) {
            if let Some(&target) = edges.get(node).and_then(|e| e.get(*position)) {
                *position += 1;
                if order.get(target) == Some(&UNSEEN) {
                    visit(target, &mut order, &mut low, &mut on_stack);
                    stack.push(target);
                    calls.push((target, 0));
                } else if on_stack.get(target) == Some(&true) {
                    let lowest = low.get(node).copied().unwrap_or(0).min(order.get(target).copied().unwrap_or(0));
                    set(&mut low, node, lowest);
                }
                continue;
            }
            calls.pop();
            let node_low = low.get(node).copied().unwrap_or(0);
            if let Some(&(parent, _)) = calls.last() {
                let lowest = low.get(parent).copied().unwrap_or(0).min(node_low);
                set(&mut low, parent, lowest);
            }
            if Some(&node_low) == order.get(node) {
                while let Some(member) = stack.pop() {
                    set(&mut on_stack, member, false);
                    set(&mut component, member, components);
                    finished.push(member);
                    if member == node {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    (component, finished)
}

fn set<T>(values: &mut [T], at: usize, value: T) {
    if let Some(slot) = values.get_mut(at) {
        *slot = value;
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::ir::{Field, Origin, Provenance};

    /// A declared struct named `name` with an optional field of each type of `members`.
    pub(in crate::emit) fn strukt(name: &str, members: &[Type]) -> TypeDef {
        let fields = members
            .iter()
            .enumerate()
            .map(|(i, ty)| Field {
                name: format!("f{i}"),
                ty: ty.clone(),
                required: false,
                docs: None,
                deprecated: false,
                secret: false,
                rust_name: None,
            })
            .collect();
        TypeDef {
            name: name.into(),
            origin: Origin(String::new()),
            provenance: Provenance::Declared,
            docs: None,
            deprecated: false,
            kind: TypeKind::Struct { fields, additional: None },
        }
    }

    fn named(name: &str) -> Type {
        Type::Nullable(Box::new(Type::Named(name.into())))
    }

    #[test]
    fn members_that_contain_their_owner_are_boxed_and_others_are_not() {
        let types = [
            strukt("A", &[named("B"), named("C")]),
            strukt("B", &[named("A")]),
            strukt("C", &[Type::Array(Box::new(Type::Named("C".into()))), named("C")]),
            strukt("D", &[named("A")]),
        ];
        let boxing = Boxing::new(&types);
        assert!(boxing.boxes("A", &named("B")));
        assert!(boxing.boxes("B", &named("A")));
        assert!(!boxing.boxes("A", &named("C")));
        assert!(!boxing.boxes("C", &Type::Array(Box::new(Type::Named("C".into())))));
        assert!(boxing.boxes("C", &named("C")));
        assert!(!boxing.boxes("D", &named("A")));
    }

    /// Regression (class: long chains of types nested by value): a response nested 100 levels deep
    /// gave a crate rustc could not lay out, and 60 levels overflowed the stack while decoding.
    #[test]
    fn long_chains_are_cut_every_few_levels() {
        let length = 100;
        let types: Vec<TypeDef> = (0..length)
            .map(|i| {
                let next = if i + 1 < length { vec![named(&format!("T{}", i + 1)), Type::String] } else { vec![] };
                strukt(&format!("T{i}"), &next)
            })
            .collect();
        let boxing = Boxing::new(&types);
        let boxed: Vec<usize> =
            (0..length - 1).filter(|i| boxing.boxes(&format!("T{i}"), &named(&format!("T{}", i + 1)))).collect();
        // Counted from the innermost type, every eighth link is boxed: a value holds 8 types at most.
        assert_eq!(boxed.len(), (length - 1) / MAX_INLINE_DEPTH);
        let mut run = 0;
        for i in (0..length - 1).rev() {
            run = if boxed.contains(&i) { 0 } else { run + 1 };
            assert!(run < MAX_INLINE_DEPTH, "{run} unboxed links above T{}", i + 1);
        }
    }

    #[test]
    fn nesting_depth_counts_types_inside_lists_and_each_type_of_a_cycle() {
        let list = |name: &str| Type::Array(Box::new(Type::Named(name.into())));
        let types = [
            strukt("A", &[list("B"), named("A")]),
            strukt("B", &[Type::Map(Box::new(named("C")))]),
            strukt("C", &[named("B"), Type::String]),
            strukt("D", &[Type::String]),
        ];
        // A → B ⇄ C: the cycle counts as its two types.
        assert_eq!(nesting_depth(&types), 3);
        assert_eq!(nesting_depth(&[]), 0);
    }

    /// Regression (class: many mutually recursive types): rustc follows a value through every type
    /// of a cycle, so a ring of 300 types held in boxes, lists and maps is 300 levels deep for its
    /// drop check, which overflowed the default recursion limit.
    #[test]
    fn nesting_depth_counts_every_type_of_a_large_cycle() {
        let count = 300;
        let node = |i: usize| format!("N{}", i % count);
        let types: Vec<TypeDef> = (0..count)
            .map(|i| {
                let list = Type::Array(Box::new(Type::Named(node(i * 7 + 3))));
                strukt(&node(i), &[named(&node(i + 1)), list, Type::Map(Box::new(named(&node(i + 17))))])
            })
            .chain([strukt("Root", &[named("N0")])])
            .collect();
        assert_eq!(nesting_depth(&types), count + 1);
    }

    #[test]
    fn chains_of_many_thousand_types_take_no_recursion() {
        let length = 200_000;
        let types: Vec<TypeDef> =
            (0..length).map(|i| strukt(&format!("T{i}"), &[named(&format!("T{}", (i + 1) % length))])).collect();
        let boxing = Boxing::new(&types);
        // One cycle through every type: each member contains its owner.
        assert!(boxing.boxes("T0", &named("T1")));
        assert!(boxing.boxes(&format!("T{}", length - 1), &named("T0")));
    }
}
