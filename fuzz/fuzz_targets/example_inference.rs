//! Arbitrary JSON values as example bodies: shape, merge, type and instantiate.
#![no_main]

use generator::ir::Origin;
use generator::example::{Shape, instantiate};
use generator::read::registry::TypeRegistry;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let samples = match &value {
        serde_json::Value::Array(items) if !items.is_empty() => items.clone(),
        other => vec![other.clone()],
    };
    let shape = samples.iter().map(Shape::from_example).reduce(Shape::merge);
    if let Some(shape) = shape {
        let _ = shape.to_type("Root", None, &Origin(String::new()), &mut TypeRegistry::default());
    }
    let _ = instantiate(&value);
});
