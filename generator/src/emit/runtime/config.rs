//! `src/config.rs` of the generated crate: the public knobs of a client.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Uses, when};

/// Retry policy, and token providers when some scheme takes bearer tokens.
pub fn config_module(uses: &Uses) -> TokenStream {
    let token_provider = when(
        uses.bearer,
        quote! {
            /// The future a [`TokenProvider`] returns.
            pub type TokenFuture<'a> =
                Pin<Box<dyn Future<Output = Result<String, Box<dyn std::error::Error + Send + Sync>>> + Send + 'a>>;

            /// Supplies bearer tokens on demand, so that an expiring token can be refreshed between requests.
            ///
            /// Any `Fn() -> impl Future<Output = Result<String, E>>` closure is a provider.
            pub trait TokenProvider: Send + Sync {
                /// The token to send with the next request.
                fn token(&self) -> TokenFuture<'_>;
            }

            impl<F, Fut, E> TokenProvider for F
            where
                F: Fn() -> Fut + Send + Sync,
                Fut: Future<Output = Result<String, E>> + Send + 'static,
                E: Into<Box<dyn std::error::Error + Send + Sync>>,
            {
                fn token(&self) -> TokenFuture<'_> {
                    let future = self();
                    Box::pin(async move { future.await.map_err(Into::into) })
                }
            }
        },
    );
    let imports = when(
        uses.bearer,
        quote!(
            use std::future::Future;
            use std::pin::Pin;
        ),
    );
    quote! {
        //! Client settings: retries and credentials.

        #imports
        use std::time::Duration;

        /// How failed requests are retried.
        ///
        /// A 429 (Too Many Requests) answer is retried for every method: the server refused the
        /// request before processing it. 5xx answers and connection errors (including timeouts) are
        /// retried only when sending the request twice is harmless: for the idempotent methods
        /// (GET, HEAD, PUT, DELETE, OPTIONS, TRACE), for requests carrying an idempotency key the
        /// spec declares, for a request marked `.idempotent()`, or for every request of a client
        /// made with `with_non_idempotent_retries()`. A POST answered 500 may have charged or sent
        /// something already.
        ///
        /// Delays grow exponentially from `initial_delay` up to `max_delay`, with random jitter.
        /// A `Retry-After` header is honoured: the client waits at least that long, and gives up
        /// (returning the error response) when the server asks for more than `max_delay`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RetryPolicy {
            /// Retries after the first attempt; 0 turns retrying off.
            pub max_retries: usize,
            /// Delay before the first retry.
            pub initial_delay: Duration,
            /// Longest delay between two attempts.
            pub max_delay: Duration,
        }

        impl RetryPolicy {
            /// No retries.
            pub const NONE: RetryPolicy =
                RetryPolicy { max_retries: 0, initial_delay: Duration::ZERO, max_delay: Duration::ZERO };
        }

        impl Default for RetryPolicy {
            /// Three retries, from half a second up to thirty seconds apart.
            fn default() -> Self {
                RetryPolicy { max_retries: 3, initial_delay: Duration::from_millis(500), max_delay: Duration::from_secs(30) }
            }
        }

        #token_provider
    }
}
