//! `src/lenient.rs` of the generated crate.

use proc_macro2::TokenStream;
use quote::quote;

/// `src/lenient.rs`: integers that some responses send as numeric strings.
pub fn lenient_module() -> TokenStream {
    quote! {
        //! Integers that the API sends sometimes as numbers and sometimes as numeric strings.

        use std::fmt;
        use std::str::FromStr;

        use serde::de::{self, Deserializer, Visitor};
        use serde::{Deserialize, Serialize, Serializer};

        /// An integer that arrives either as a JSON number or as a numeric string; it is written back in
        /// the form it arrived in, so re-serialising a response changes nothing.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct Lenient<T> {
            value: T,
            as_string: bool,
        }

        impl<T: Copy> Lenient<T> {
            /// A value that is written as a JSON number.
            pub fn new(value: T) -> Self {
                Lenient { value, as_string: false }
            }

            /// The integer.
            pub fn get(self) -> T {
                self.value
            }

            /// Whether it arrived as a string (and will be written back as one).
            pub fn is_string(self) -> bool {
                self.as_string
            }
        }

        impl<T: Copy> From<T> for Lenient<T> {
            fn from(value: T) -> Self {
                Lenient::new(value)
            }
        }

        impl<T: fmt::Display> fmt::Display for Lenient<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.value.fmt(f)
            }
        }

        impl<T: Serialize + fmt::Display> Serialize for Lenient<T> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                if self.as_string {
                    serializer.collect_str(&self.value)
                } else {
                    self.value.serialize(serializer)
                }
            }
        }

        impl<'de, T> Deserialize<'de> for Lenient<T>
        where
            T: FromStr + TryFrom<i64> + TryFrom<u64>,
        {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct LenientVisitor<T>(std::marker::PhantomData<T>);

                impl<T> Visitor<'_> for LenientVisitor<T>
                where
                    T: FromStr + TryFrom<i64> + TryFrom<u64>,
                {
                    type Value = Lenient<T>;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("an integer or a string holding an integer")
                    }

                    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                        let value = T::try_from(v).map_err(|_| E::custom(format!("{v} is out of range")))?;
                        Ok(Lenient { value, as_string: false })
                    }

                    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                        let value = T::try_from(v).map_err(|_| E::custom(format!("{v} is out of range")))?;
                        Ok(Lenient { value, as_string: false })
                    }

                    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                        let value = v.trim().parse().map_err(|_| E::custom(format!("{v:?} is not an integer")))?;
                        Ok(Lenient { value, as_string: true })
                    }
                }

                deserializer.deserialize_any(LenientVisitor(std::marker::PhantomData))
            }
        }
    }
}
