//! Static assets, embedded in the binary and served under a content-hashed name, so they can
//! be cached forever and a new release is picked up at once.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::state::AppState;

const STYLE: &str = include_str!("../assets/style.css");

/// The versioned URL of the style sheet.
pub static STYLE_URL: LazyLock<String> =
    LazyLock::new(|| format!("/assets/style.{:016x}.css", fnv1a(STYLE.as_bytes())));

/// FNV-1a: a stable content hash (std's hasher may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/assets/{name}", get(asset))
}

async fn asset(Path(name): Path<String>) -> Response {
    if format!("/assets/{name}") == *STYLE_URL {
        (
            [
                (header::CONTENT_TYPE, "text/css; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            STYLE,
        )
            .into_response()
    } else {
        (StatusCode::NOT_FOUND, "no such asset").into_response()
    }
}
