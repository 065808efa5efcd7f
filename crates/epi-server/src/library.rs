//! The served index, and its hot reload.
//!
//! `epi index` publishes a new generation by replacing `index/CURRENT`. The server notices
//! (a cheap poll of that one small file), opens the new generation beside the old one, and swaps
//! the pointer. Requests that started on the old generation finish on it: they hold an `Arc` of
//! it, and its files stay readable until the last holder lets go. No request fails during a swap.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use epi_corpus::Corpus;
use epi_index::{IndexError, IndexStore, LibraryIndex};

use crate::error::ServerError;

/// The index being served.
#[derive(Debug)]
pub struct Library {
    store: IndexStore,
    corpus: PathBuf,
    current: RwLock<Arc<LibraryIndex>>,
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
        Ok(Library {
            store,
            corpus: corpus.to_path_buf(),
            current: RwLock::new(Arc::new(opened)),
        })
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
