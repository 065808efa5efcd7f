//! What every handler shares: the served library, the submission desk, the sessions, and the
//! gates that bound blocking work.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::http::HeaderMap;
use epi_index::LibraryIndex;
use epi_submit::Desk;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use tokio::sync::Semaphore;

use crate::error::Failure;
use crate::library::Library;
use crate::session::Sessions;

/// How long a request waits for a search slot before it is told the library is busy.
const QUEUE_WAIT: Duration = Duration::from_secs(2);
/// How long a request waits for a slot of submission work (file writes with fsync, token
/// verification). Longer than for searches: a burst of submissions queues on the disk.
const DESK_QUEUE_WAIT: Duration = Duration::from_secs(8);
/// Submission work at once: each may hold an argon2 verification (19 MiB) or an fsync.
const DESK_SLOTS: usize = 8;
/// Sign-in attempts per client address: a burst of 5, then one more every 12 seconds.
const SIGN_INS_PER_MINUTE: NonZeroU32 = NonZeroU32::new(5).expect("5 is not zero");

/// When cookies get the `Secure` attribute.
#[derive(Debug, Clone, Copy, Default)]
pub struct CookiePolicy {
    /// Always (the server is only reached over TLS).
    pub always_secure: bool,
    /// When a trusted proxy says the request came over TLS (`X-Forwarded-Proto: https`).
    pub trust_forwarded_proto: bool,
}

impl CookiePolicy {
    pub fn secure(&self, headers: &HeaderMap) -> bool {
        self.always_secure
            || (self.trust_forwarded_proto
                && headers
                    .get("x-forwarded-proto")
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case("https")))
    }
}

/// The state of the application, cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    library: Arc<Library>,
    desk: Arc<Desk>,
    sessions: Arc<Sessions>,
    sign_ins: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    cookies: CookiePolicy,
    /// Bounds concurrent index work: a tantivy search cannot be cancelled, so an unbounded
    /// number of them would let a burst of requests exhaust the blocking pool.
    searches: Arc<Semaphore>,
    /// Bounds concurrent submission work (see [`DESK_SLOTS`]).
    desk_work: Arc<Semaphore>,
    /// Longest time a request may take before it is answered with 503.
    request_timeout: Duration,
}

impl AppState {
    pub fn new(
        library: Arc<Library>,
        desk: Desk,
        cookies: CookiePolicy,
        max_concurrent_searches: usize,
        request_timeout: Duration,
    ) -> AppState {
        AppState {
            library,
            desk: Arc::new(desk),
            sessions: Arc::new(Sessions::default()),
            sign_ins: Arc::new(DefaultKeyedRateLimiter::keyed(Quota::per_minute(
                SIGN_INS_PER_MINUTE,
            ))),
            cookies,
            searches: Arc::new(Semaphore::new(max_concurrent_searches.max(1))),
            desk_work: Arc::new(Semaphore::new(DESK_SLOTS)),
            request_timeout,
        }
    }

    pub fn request_timeout(&self) -> Duration {
        self.request_timeout
    }

    pub fn library(&self) -> &Arc<Library> {
        &self.library
    }

    pub fn desk(&self) -> &Arc<Desk> {
        &self.desk
    }

    pub fn sessions(&self) -> &Sessions {
        &self.sessions
    }

    pub fn cookies(&self) -> CookiePolicy {
        self.cookies
    }

    /// Counts a sign-in attempt from `client`; `Err` with the seconds to wait when it has
    /// made too many.
    pub fn sign_in_attempt(&self, client: IpAddr) -> Result<(), u64> {
        self.sign_ins.check_key(&client).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            wait.as_secs() + 1
        })?;
        // Forget addresses that have recovered, so the table does not grow without bound.
        if self.sign_ins.len() > 10_000 {
            self.sign_ins.retain_recent();
        }
        Ok(())
    }

    /// Runs `work` on the current index on a blocking thread, once a search slot is free.
    pub async fn with_index<T, F>(&self, work: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&LibraryIndex) -> Result<T, Failure> + Send + 'static,
    {
        let permit = tokio::time::timeout(QUEUE_WAIT, Arc::clone(&self.searches).acquire_owned())
            .await
            .map_err(|_| Failure::Busy)?
            .map_err(|err| Failure::internal(&err))?;
        let index = self.library.current();
        let outcome = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work(&index)
        })
        .await;
        match outcome {
            Ok(result) => result,
            Err(err) => Err(Failure::internal(&err)),
        }
    }

    /// Runs submission work (file IO with fsync, token verification) on a blocking thread,
    /// once a slot is free.
    pub async fn with_desk<T, F>(&self, work: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&Desk, &Library) -> Result<T, Failure> + Send + 'static,
    {
        let permit =
            tokio::time::timeout(DESK_QUEUE_WAIT, Arc::clone(&self.desk_work).acquire_owned())
                .await
                .map_err(|_| Failure::Busy)?
                .map_err(|err| Failure::internal(&err))?;
        let desk = Arc::clone(&self.desk);
        let library = Arc::clone(&self.library);
        let outcome = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            work(&desk, &library)
        })
        .await;
        match outcome {
            Ok(result) => result,
            Err(err) => Err(Failure::internal(&err)),
        }
    }
}
