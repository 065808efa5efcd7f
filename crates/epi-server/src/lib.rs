//! The search server: the JSON API (`/api/v1`) and the server-rendered pages follower cities
//! use, over the published index.
//!
//! This crate owns HTTP: routing, parameters, errors as RFC 9457 problems or HTML pages, the
//! pages themselves (maud), the OpenAPI document, and the serving loop with its timeouts,
//! graceful shutdown and hot reload of the index when `epi index` publishes a new generation.
//! It never imports tantivy: searching is `epi-search` and `epi-index`'s business, and every
//! search runs on a blocking thread behind a semaphore, because a tantivy search cannot be
//! cancelled and must not stall the async workers.

mod api;
mod assets;
mod error;
mod labels;
mod library;
mod markdown;
mod pages;
mod params;
mod serve;
mod state;

pub use api::openapi_document;
pub use error::ServerError;
pub use library::Library;
pub use params::parse_search;
pub use serve::{ServerConfig, serve};
pub use state::AppState;

use axum::Router;

/// The whole application: pages, API and assets, with the cross-cutting layers.
pub fn app(state: AppState) -> Router {
    let timeout = state.request_timeout();
    serve::with_layers(
        Router::new()
            .merge(pages::routes())
            .nest("/api/v1", api::routes())
            .merge(assets::routes())
            .with_state(state),
        timeout,
    )
}
