//! The search server: the JSON API (`/api/v1`) and the server-rendered pages follower cities
//! use, over the published index.
//!
//! This crate owns HTTP: routing, parameters, errors as RFC 9457 problems or HTML pages, the
//! pages themselves (maud), the OpenAPI document, and the serving loop with its timeouts,
//! graceful shutdown and hot reload of the index when `epi index` publishes a new generation.
//! Pages speak the reader's language (one of eight, negotiated per request in `ui_lang`, the
//! texts from `epi-i18n`); the API speaks English.
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
mod session;
mod state;
mod submissions_api;
mod ui_lang;

pub use api::openapi_document;
pub use error::ServerError;
pub use library::Library;
pub use params::parse_search;
pub use serve::{ServerConfig, serve};
pub use state::{AppState, CookiePolicy};

use axum::Router;
use tower::Layer;
use tower::util::MapRequestLayer;

/// The whole application: pages, API and assets, with the cross-cutting layers.
pub fn app(state: AppState) -> Router {
    let timeout = state.request_timeout();
    let routes = Router::new()
        .merge(pages::routes().layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::identify,
        )))
        .nest("/api/v1", api::routes())
        .merge(assets::routes())
        .with_state(state);
    // A page's `/xx/` language prefix comes off before routing (a layer added to the router
    // itself would run after it), so `/pl/cities` finds the `/cities` route.
    let localised = MapRequestLayer::new(ui_lang::strip_prefix).layer(routes);
    serve::with_layers(Router::new().fallback_service(localised), timeout)
}
