// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Decoding values nested deeper than a thread's stack allows, and fields of types known only
//! from examples.

/// Stack one level of types nested inside one another may take while it decodes: in a
/// debug build its frames can take tens of KiB, and a response nested a hundred levels
/// deep would overflow a 2 MiB thread and abort the process.
const LEVEL_BYTES: usize = 128 << 10;

/// The size of each stack segment added when the current one runs low.
const FRESH_STACK_BYTES: usize = 8 << 20;

/// Runs `decode`, which starts `levels` more levels of nesting: on this stack while they
/// fit in what is left of it, else on a fresh segment of this thread's stack. The thread
/// stays the same, so nothing decoded has to be `Send` (a proof rustc cannot finish for
/// many mutually recursive types).
fn nested<T>(levels: usize, decode: impl FnOnce() -> T) -> T {
    stacker::maybe_grow((levels + 1) * LEVEL_BYTES, FRESH_STACK_BYTES, decode)
}

/// Deserializes a member held in a `Box`, which starts `LEVELS_MORE` more levels of nesting
/// (1 for a type inside itself, more for a long chain of types), straight from the input
/// and on a fresh stack segment when this one is running low.
pub fn boxed<'de, const LEVELS_MORE: usize, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    nested(LEVELS_MORE, || T::deserialize(deserializer))
}

/// [`boxed`] for an optional member that may be `null`, `null` kept apart from absence.
pub fn boxed_present<'de, const LEVELS_MORE: usize, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    boxed::<LEVELS_MORE, D, T>(deserializer).map(Some)
}

/// A field of a type known only from examples, as the server sent it: a value of the shape the
/// examples showed, or any other value (`null`, another kind, another structure).
pub enum Guess<T> {
    /// The value has the field's type.
    Fits(T),
    /// The value as sent.
    Other(serde_json::Value),
}

impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for Guess<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        // An object or array is a level deeper; a scalar ends here.
        let fits = if value.is_object() || value.is_array() {
            nested(1, || T::deserialize(&value))
        } else {
            T::deserialize(&value)
        };
        Ok(match fits {
            Ok(fits) => Guess::Fits(fits),
            Err(_) => Guess::Other(value),
        })
    }
}

/// The public value of a guessed field: a value of another shape than the examples showed reads
/// as absent and is kept among the extra properties under the field's name, so that writing the
/// value back sends it again.
pub fn guessed<T>(
    value: Option<Guess<T>>,
    name: &str,
    extra: &mut serde_json::Map<String, serde_json::Value>,
) -> Option<T> {
    match value? {
        Guess::Fits(fits) => Some(fits),
        Guess::Other(value) => {
            extra.insert(name.to_owned(), value);
            None
        }
    }
}
