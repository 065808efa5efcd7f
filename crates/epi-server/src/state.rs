//! What every handler shares: the served library and the gate that bounds blocking work.

use std::sync::Arc;
use std::time::Duration;

use epi_index::LibraryIndex;
use tokio::sync::Semaphore;

use crate::error::Failure;
use crate::library::Library;

/// How long a request waits for a search slot before it is told the library is busy.
const QUEUE_WAIT: Duration = Duration::from_secs(2);

/// The state of the application, cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState {
    library: Arc<Library>,
    /// Bounds concurrent index work: a tantivy search cannot be cancelled, so an unbounded
    /// number of them would let a burst of requests exhaust the blocking pool.
    searches: Arc<Semaphore>,
    /// Longest time a request may take before it is answered with 503.
    request_timeout: Duration,
}

impl AppState {
    pub fn new(
        library: Arc<Library>,
        max_concurrent_searches: usize,
        request_timeout: Duration,
    ) -> AppState {
        AppState {
            library,
            searches: Arc::new(Semaphore::new(max_concurrent_searches.max(1))),
            request_timeout,
        }
    }

    pub fn request_timeout(&self) -> Duration {
        self.request_timeout
    }

    pub fn library(&self) -> &Arc<Library> {
        &self.library
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
}
