//! Serving: the listener, the connection loop with its timeouts, graceful shutdown, the hot
//! reload of the index, and the layers every response goes through.
//!
//! `axum::serve` has no header-read timeout, so a client that sends half a request (or nothing)
//! would hold a connection forever. Connections are served by hyper directly: a client must send
//! its first byte within [`FIRST_BYTE_TIMEOUT`] and its whole header within
//! [`HEADER_READ_TIMEOUT`], and each request is answered within the configured timeout.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::util::MapRequest;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::error::ServerError;
use crate::library::Library;
use crate::state::{AppState, CookiePolicy};

/// A connection must send its first byte within this time.
const FIRST_BYTE_TIMEOUT: Duration = Duration::from_secs(5);
/// A request's header must arrive within this time.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How often the published generation is checked.
const RELOAD_POLL: Duration = Duration::from_millis(250);
/// How long shutdown waits for open connections to finish.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// The Content-Security-Policy of every response: nothing inline, nothing from elsewhere, no
/// framing.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// `HOST:PORT` to listen on; port 0 picks a free port.
    pub addr: String,
    pub corpus: PathBuf,
    pub index: PathBuf,
    /// The data folder: accounts, submissions, audit log.
    pub data: PathBuf,
    /// When session cookies are marked `Secure`.
    pub cookies: CookiePolicy,
    /// Longest time a request may take before it is answered with 503.
    pub request_timeout: Duration,
    /// Searches run at once; more wait briefly, then get 503.
    pub max_concurrent_searches: usize,
}

impl ServerConfig {
    pub fn new(addr: String, corpus: PathBuf, index: PathBuf, data: PathBuf) -> ServerConfig {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        ServerConfig {
            addr,
            corpus,
            index,
            data,
            cookies: CookiePolicy::default(),
            request_timeout: Duration::from_secs(10),
            max_concurrent_searches: cores * 2,
        }
    }
}

/// The layers around the application: panics become 500s, responses are compressed and carry
/// security headers, requests time out and are logged with structured fields.
pub fn with_layers(router: Router, request_timeout: Duration) -> Router {
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    router
        .layer(CompressionLayer::new())
        .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(
            header::REFERRER_POLICY,
            "strict-origin-when-cross-origin",
        ))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            request_timeout,
        ))
        .layer(CatchPanicLayer::new())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// Opens (or first builds) the index, listens, and serves until Ctrl-C or SIGTERM. `ready` is
/// called with the bound address once the server accepts connections.
pub async fn serve(
    config: ServerConfig,
    ready: impl FnOnce(SocketAddr) + Send,
) -> Result<(), ServerError> {
    let library = {
        let (corpus, index) = (config.corpus.clone(), config.index.clone());
        tokio::task::spawn_blocking(move || Library::open_or_build(&corpus, &index))
            .await
            .map_err(std::io::Error::other)??
    };
    let library = Arc::new(library);
    let desk = epi_submit::Desk::new(&config.data, &config.corpus);
    let state = AppState::new(
        Arc::clone(&library),
        desk,
        config.cookies,
        config.max_concurrent_searches,
        config.request_timeout,
    );
    let app = crate::app(state);

    let listener = TcpListener::bind(&config.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.addr.clone(),
            source,
        })?;
    let local = listener.local_addr()?;
    tracing::info!(addr = %local, "listening");
    ready(local);

    let watcher = tokio::spawn(watch_generations(library));
    let result = accept_loop(listener, app).await;
    watcher.abort();
    result
}

/// Switches to a new generation when `epi index` publishes one, and applies incremental
/// updates asked for by the command line.
async fn watch_generations(library: Arc<Library>) {
    let mut ticks = tokio::time::interval(RELOAD_POLL);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let library = Arc::clone(&library);
        if let Err(err) = tokio::task::spawn_blocking(move || library.poll()).await {
            tracing::warn!(error = %err, "the index reload task failed");
        }
    }
}

async fn accept_loop(listener: TcpListener, app: Router) -> Result<(), ServerError> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let graceful = GracefulShutdown::new();
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    tracing::warn!(error = %err, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Responses go out as soon as they are written: with Nagle's algorithm, the last small
        // segment of a response (a compressed body comes in several writes) waits for the
        // client's delayed ACK, up to 40 ms on Linux.
        if let Err(err) = stream.set_nodelay(true) {
            tracing::debug!(%peer, error = %err, "cannot set TCP_NODELAY");
        }
        let connection_http = http.clone();
        // The client's address, for the sign-in rate limit (as axum's ConnectInfo).
        let connection_service = TowerToHyperService::new(MapRequest::new(
            app.clone(),
            move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            },
        ));
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            let mut first = [0u8; 1];
            match tokio::time::timeout(FIRST_BYTE_TIMEOUT, stream.peek(&mut first)).await {
                Ok(Ok(n)) if n > 0 => {}
                _ => return,
            }
            let connection =
                connection_http.serve_connection(TokioIo::new(stream), connection_service);
            if let Err(err) = watcher.watch(connection).await {
                tracing::debug!(%peer, error = %err, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing open requests");
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("all connections closed"),
        () = tokio::time::sleep(DRAIN_TIMEOUT) => tracing::warn!("connections still open after the drain timeout; closing them"),
    }
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::warn!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
