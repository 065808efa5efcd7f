//! The served index, its hot reload, and its incremental updates.
//!
//! `epi index` publishes a new generation by replacing `index/CURRENT`. The server notices
//! (a cheap poll of that one small file), opens the new generation beside the old one, and swaps
//! the pointer. Requests that started on the old generation finish on it: they hold an `Arc` of
//! it, and its files stay readable until the last holder lets go. No request fails during a swap.
//!
//! While it runs, the server also holds the served generation's writer and applies the
//! incremental updates asked for in `index/updates/` (approved submissions; see
//! `epi_ingest::updates`): at once when the approval came through its own API, on the next poll
//! when it came from the command line. Before a new generation is served, every corpus file
//! modified after its build started is upserted into it, so nothing approved during a rebuild
//! is missing after the swap.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::SystemTime;

use epi_corpus::Corpus;
use epi_index::{GenerationWriter, IndexError, IndexStore, LibraryIndex};
use epi_ingest::updates;

use crate::error::ServerError;

/// The index being served.
#[derive(Debug)]
pub struct Library {
    store: IndexStore,
    corpus: PathBuf,
    current: RwLock<Arc<LibraryIndex>>,
    /// The served generation's writer, once acquired (another process may hold it for a
    /// moment: the command line applying an approval while no server held it).
    writer: Mutex<Option<GenerationWriter>>,
    /// When the served generation's `meta.json` was last seen to change: a commit made by
    /// another process is noticed by it.
    seen_commit: Mutex<Option<SystemTime>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

fn commit_time(generation: &Path) -> Option<SystemTime> {
    std::fs::metadata(generation.join("meta.json"))
        .and_then(|m| m.modified())
        .ok()
}

impl Library {
    /// Opens the served generation; when there is none yet (or it was built by another version
    /// of the library), builds one from the corpus first.
    pub fn open_or_build(corpus: &Path, index: &Path) -> Result<Library, ServerError> {
        let store = IndexStore::new(index);
        let opened = match LibraryIndex::open_current(&store) {
            Ok(opened) => opened,
            Err(IndexError::NoIndex(_) | IndexError::SchemaMismatch { .. }) => {
                tracing::info!(corpus = %corpus.display(), index = %index.display(), "no usable index yet: building one from the corpus");
                build(corpus, &store)?;
                LibraryIndex::open_current(&store)?
            }
            Err(other) => return Err(other.into()),
        };
        tracing::info!(generation = %opened.dir().display(), documents = opened.num_documents(), "serving the index");
        let library = Library {
            store,
            corpus: corpus.to_path_buf(),
            current: RwLock::new(Arc::new(opened)),
            writer: Mutex::new(None),
            seen_commit: Mutex::new(None),
        };
        let current = library.current();
        *lock(&library.writer) = library.take_writer(&current);
        *lock(&library.seen_commit) = commit_time(current.dir());
        Ok(library)
    }

    /// The generation to answer the next request with.
    pub fn current(&self) -> Arc<LibraryIndex> {
        match self.current.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// The corpus folder the index is built from.
    pub fn corpus(&self) -> &Path {
        &self.corpus
    }

    /// The index folder.
    pub fn index_root(&self) -> &Path {
        self.store.root()
    }

    /// One poll: a new generation, waiting update requests, a commit by another process.
    pub fn poll(&self) {
        self.refresh();
        if let Err(err) = self.apply_updates() {
            tracing::warn!(error = %err, "cannot apply the incremental index updates; will retry");
        }
        self.reload_if_committed_elsewhere();
    }

    /// Takes the writer of `index`'s generation and brings the generation up to date with the
    /// corpus (every file modified since its build started); `None` when the writer is busy.
    fn take_writer(&self, index: &LibraryIndex) -> Option<GenerationWriter> {
        let mut writer = match GenerationWriter::open(index.dir()) {
            Ok(Some(writer)) => writer,
            Ok(None) => {
                tracing::info!(generation = %index.dir().display(), "the index writer is busy; updates wait for it");
                return None;
            }
            Err(err) => {
                tracing::warn!(error = %err, "cannot open the index writer");
                return None;
            }
        };
        let caught_up = Corpus::open(&self.corpus)
            .map_err(epi_ingest::IngestError::from)
            .and_then(|corpus| updates::catch_up(&corpus, &mut writer, index.meta().build_started));
        match caught_up {
            Ok(applied) if applied.documents > 0 => {
                if let Err(err) = index.reload() {
                    tracing::warn!(error = %err, "cannot reload after catching up");
                }
            }
            Ok(_) => {}
            Err(err) => {
                tracing::warn!(error = %err, "cannot catch the generation up with the corpus")
            }
        }
        Some(writer)
    }

    /// Applies the waiting update requests to the served generation and reloads it. Returns the
    /// number of documents upserted.
    pub fn apply_updates(&self) -> Result<usize, epi_ingest::IngestError> {
        if !updates::has_requests(self.store.root()) {
            return Ok(0);
        }
        let current = self.current();
        let mut guard = lock(&self.writer);
        if guard.as_ref().is_some_and(|w| w.dir() != current.dir()) {
            *guard = None;
        }
        if guard.is_none() {
            *guard = self.take_writer(&current);
        }
        let Some(writer) = guard.as_mut() else {
            return Ok(0);
        };
        let corpus = Corpus::open(&self.corpus)?;
        let applied = updates::apply_requests(&corpus, self.store.root(), writer)?;
        if applied.documents > 0 {
            current.reload()?;
            *lock(&self.seen_commit) = commit_time(current.dir());
            tracing::info!(
                documents = applied.documents,
                "applied incremental index updates"
            );
        }
        Ok(applied.documents)
    }

    /// Reloads the served generation when another process committed to it.
    fn reload_if_committed_elsewhere(&self) {
        let current = self.current();
        let committed = commit_time(current.dir());
        let mut seen = lock(&self.seen_commit);
        if committed == *seen {
            return;
        }
        match current.reload() {
            Ok(()) => *seen = committed,
            Err(err) => tracing::warn!(error = %err, "cannot reload the index"),
        }
    }

    /// Switches to the published generation when it changed. Returns whether it switched. A
    /// generation that cannot be opened is logged and skipped: the old one keeps serving.
    pub fn refresh(&self) -> bool {
        let published = match self.store.current() {
            Ok(Some(dir)) => dir,
            Ok(None) => return false,
            Err(err) => {
                tracing::warn!(error = %err, "cannot read the published generation");
                return false;
            }
        };
        if published == self.current().dir() {
            return false;
        }
        match LibraryIndex::open_current(&self.store) {
            Ok(opened) => {
                // The old generation's writer goes; the new one is caught up before it serves.
                let mut writer = lock(&self.writer);
                *writer = None;
                *writer = self.take_writer(&opened);
                *lock(&self.seen_commit) = commit_time(opened.dir());
                tracing::info!(generation = %opened.dir().display(), documents = opened.num_documents(), "switched to a new index generation");
                let opened = Arc::new(opened);
                match self.current.write() {
                    Ok(mut guard) => *guard = opened,
                    Err(poisoned) => *poisoned.into_inner() = opened,
                }
                true
            }
            Err(err) => {
                tracing::warn!(error = %err, "cannot open the new generation; still serving the previous one");
                false
            }
        }
    }
}

/// Builds the first index from the corpus. An invalid corpus is refused, as `epi index` does:
/// the librarian fixes it (or indexes with `--skip-invalid`) before the server can start.
fn build(corpus: &Path, store: &IndexStore) -> Result<(), ServerError> {
    let corpus = Corpus::open(corpus).map_err(epi_ingest::IngestError::from)?;
    let options = epi_ingest::Options {
        writer_threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
        ..epi_ingest::Options::default()
    };
    let report = epi_ingest::rebuild(&corpus, store, &options, &epi_ingest::NoProgress)?;
    for diagnostic in &report.diagnostics {
        tracing::warn!(%diagnostic, "corpus problem");
    }
    if report.published.is_none() {
        return Err(ServerError::InvalidCorpus {
            invalid_files: report.invalid_files,
        });
    }
    Ok(())
}
