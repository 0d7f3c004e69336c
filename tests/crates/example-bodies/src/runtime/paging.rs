// @generated from API specs by the spec-to-Rust generator; regenerate instead of editing.
//! Streams of pages that follow next-page tokens, and of the items on them.

use std::collections::HashSet;
use std::future::Future;

use futures_util::{Stream, TryStreamExt};

use super::Error;

/// Every page of a paginated operation, from `request` on: `fetch` sends a request (`None` for a
/// `null` or empty page, which ends the stream), `next_token` reads the next-page token of a page
/// and `set_token` puts one in the request for the next page; `first_token` is the token the
/// request starts with, if any.
///
/// The stream ends after the first error, when a page names no token (or an empty one), with
/// [`Error::Paging`] when a token repeats one of an earlier page (pages that would cycle
/// forever), and with [`Error::Paging`] when the server offers more than `limit` pages.
pub fn pages<R, P, Fut>(
    request: R,
    limit: usize,
    first_token: Option<String>,
    fetch: impl Fn(R) -> Fut,
    next_token: fn(&P) -> Option<String>,
    set_token: fn(&mut R, String),
) -> impl Stream<Item = Result<P, Error>>
where
    R: Clone,
    Fut: Future<Output = Result<Option<P>, Error>>,
{
    // Every token of the walk so far: a server whose tokens cycle (A, B, A, …) is stopped.
    let seen: HashSet<String> = first_token.into_iter().collect();
    let start: Option<Result<R, Error>> = Some(Ok(request));
    futures_util::stream::try_unfold((start, seen, 0_usize), move |(next, mut seen, fetched)| {
        let step = match next {
            Some(Ok(_)) if fetched == limit => {
                Err(Error::Paging(format!("the server offers more than {limit} pages (`Limits::max_pages`)")))
            }
            Some(Ok(request)) => Ok(Some((fetch(request.clone()), request))),
            Some(Err(error)) => Err(error),
            None => Ok(None),
        };
        async move {
            let Some((fetching, mut request)) = step? else { return Ok(None) };
            let Some(page) = fetching.await? else { return Ok(None) };
            let following = match next_token(&page).filter(|token| !token.is_empty()) {
                Some(token) if !seen.insert(token.clone()) => Some(Err(Error::Paging(format!(
                    "page {} names the next-page token of an earlier page, so the pages would cycle forever",
                    fetched + 1
                )))),
                Some(token) => {
                    set_token(&mut request, token);
                    Some(Ok(request))
                }
                None => None,
            };
            Ok(Some((page, (following, seen, fetched + 1))))
        }
    })
}

/// Every item of every page of `pages`, in order, as `items` takes them from a page; the stream
/// ends after the first error.
pub fn items<P, I>(
    pages: impl Stream<Item = Result<P, Error>>,
    items: impl Fn(P) -> Vec<I>,
) -> impl Stream<Item = Result<I, Error>> {
    pages.map_ok(move |page| futures_util::stream::iter(items(page).into_iter().map(Ok))).try_flatten()
}
