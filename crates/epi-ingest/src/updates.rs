//! Incremental indexing: single corpus files brought into the served generation without a
//! rebuild (an approved submission is searchable within a second).
//!
//! Whoever adds a file to the corpus asks for it to be indexed by writing a small request file
//! into `index/updates/` (atomically, JSON naming the corpus-relative path). Whoever holds the
//! generation's writer applies the requests: re-reads each named file with the corpus
//! validator, upserts it, commits once, and only then deletes the request files, so a crash
//! loses no request. The server holds the writer while it runs and polls the folder; without a
//! server, the command line takes the writer and applies the requests itself.
//!
//! A generation built while a file was added may miss it: [`catch_up`] upserts every file
//! modified after the generation's build started, and the next rebuild reads the corpus anyway.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use epi_corpus::{Corpus, CorpusFile, DocLocation};
use epi_index::{GenerationWriter, IndexStore};
use epi_lang::Detector;
use serde::{Deserialize, Serialize};

use crate::IngestError;

/// The folder of requests, under the index root.
pub const UPDATES_DIR: &str = "updates";

/// One request: index this corpus file.
#[derive(Debug, Serialize, Deserialize)]
struct Request {
    /// Relative to the corpus root, `/`-separated.
    path: String,
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> IngestError + '_ {
    move |source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Asks for the corpus file `relative` to be indexed. The request is on disk when this
/// returns.
pub fn request_update(index_root: &Path, relative: &Path) -> Result<PathBuf, IngestError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = index_root.join(UPDATES_DIR);
    fs::create_dir_all(&dir).map_err(io_error(&dir))?;
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let name = format!(
        "{millis:013}-{}-{}.json",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let path = dir.join(&name);
    let tmp = dir.join(format!(".{name}.tmp"));
    let request = Request {
        path: relative.to_string_lossy().replace('\\', "/"),
    };
    let json = serde_json::to_vec(&request).unwrap_or_default();
    let write = || -> std::io::Result<()> {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(&json)?;
        file.sync_all()?;
        fs::rename(&tmp, &path)?;
        fs::File::open(&dir)?.sync_all()
    };
    write().map_err(io_error(&path))?;
    tracing::info!(file = %request.path, request = %name, "asked for an incremental index update");
    Ok(path)
}

/// Whether any request is waiting (a cheap look for the server's poll).
pub fn has_requests(index_root: &Path) -> bool {
    fs::read_dir(index_root.join(UPDATES_DIR)).is_ok_and(|mut entries| {
        entries.any(|e| e.is_ok_and(|e| is_request(&e.file_name().to_string_lossy())))
    })
}

fn is_request(name: &str) -> bool {
    name.ends_with(".json") && !name.starts_with('.')
}

/// What applying found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    /// Documents upserted.
    pub documents: usize,
    /// Requests or files skipped (missing or invalid files; they are logged).
    pub skipped: usize,
}

/// Applies every waiting request with `writer`: upserts the named files, commits, then removes
/// the requests. Requests written meanwhile are left for the next call.
pub fn apply_requests(
    corpus: &Corpus,
    index_root: &Path,
    writer: &mut GenerationWriter,
) -> Result<Applied, IngestError> {
    let dir = index_root.join(UPDATES_DIR);
    let mut requests: Vec<PathBuf> = match fs::read_dir(&dir) {
        Ok(entries) => entries
            .flatten()
            .filter(|e| is_request(&e.file_name().to_string_lossy()))
            .map(|e| e.path())
            .collect(),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Applied::default()),
        Err(err) => return Err(io_error(&dir)(err)),
    };
    requests.sort();
    let mut applied = Applied::default();
    for request in &requests {
        let named = fs::read(request)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Request>(&bytes).ok());
        let Some(named) = named else {
            tracing::warn!(request = %request.display(), "unreadable index update request; dropping it");
            applied.skipped += 1;
            continue;
        };
        if upsert_file(corpus, writer, Path::new(&named.path))? {
            applied.documents += 1;
        } else {
            applied.skipped += 1;
        }
    }
    writer.commit()?;
    for request in &requests {
        if let Err(err) = fs::remove_file(request) {
            tracing::warn!(request = %request.display(), error = %err, "cannot remove an applied request");
        }
    }
    Ok(applied)
}

/// Upserts every corpus document modified at or after `since` (seconds since the epoch) and
/// commits: what a generation whose build started at `since` may be missing.
pub fn catch_up(
    corpus: &Corpus,
    writer: &mut GenerationWriter,
    since: u64,
) -> Result<Applied, IngestError> {
    let listing = corpus.list()?;
    let mut applied = Applied::default();
    for file in &listing.files {
        let modified = fs::metadata(corpus.path_of(file))
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs());
        if modified < since {
            continue;
        }
        if upsert_file(corpus, writer, &file.relative)? {
            applied.documents += 1;
        } else {
            applied.skipped += 1;
        }
    }
    writer.commit()?;
    if applied.documents > 0 {
        tracing::info!(
            documents = applied.documents,
            since,
            "caught the generation up with the corpus"
        );
    }
    Ok(applied)
}

/// Reads one corpus file and upserts it when it is valid; `false` (logged) when it is missing
/// or invalid: the next rebuild reports it like any other file.
fn upsert_file(
    corpus: &Corpus,
    writer: &mut GenerationWriter,
    relative: &Path,
) -> Result<bool, IngestError> {
    let location = match DocLocation::from_relative_path(relative) {
        Ok(location) => location,
        Err(message) => {
            tracing::warn!(file = %relative.display(), %message, "not a corpus document; not indexed");
            return Ok(false);
        }
    };
    let file = CorpusFile {
        relative: relative.to_path_buf(),
        location,
    };
    if !corpus.path_of(&file).is_file() {
        tracing::warn!(file = %relative.display(), "the file to index is not in the corpus");
        return Ok(false);
    }
    let outcome = corpus.read(&file, Detector::shared());
    let Some(document) = outcome.document else {
        for diagnostic in &outcome.diagnostics {
            tracing::warn!(%diagnostic, "invalid corpus file; not indexed");
        }
        return Ok(false);
    };
    writer.upsert(&document.practice, &document.plain_body)?;
    Ok(true)
}

/// How [`apply_if_free`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyOutcome {
    /// The requests were applied here.
    Applied(Applied),
    /// Another process (the server) holds the writer and will apply them.
    LeftForWriter,
    /// There is no published generation yet; the first build will read the corpus.
    NoIndex,
}

/// Applies the waiting requests when no one else holds the served generation's writer (the
/// command line without a running server); otherwise leaves them to the holder.
pub fn apply_if_free(corpus: &Corpus, store: &IndexStore) -> Result<ApplyOutcome, IngestError> {
    let Some(generation) = store.current()? else {
        return Ok(ApplyOutcome::NoIndex);
    };
    let Some(mut writer) = GenerationWriter::open(&generation)? else {
        return Ok(ApplyOutcome::LeftForWriter);
    };
    let applied = apply_requests(corpus, store.root(), &mut writer)?;
    Ok(ApplyOutcome::Applied(applied))
}

#[cfg(test)]
mod tests {
    use epi_index::LibraryIndex;

    use super::*;

    fn fixture(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/library")
            .join(name);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn ids(index: &LibraryIndex) -> Vec<String> {
        let mut keys: Vec<String> = ["cluj-napoca/one-stop-shop", "riga/language-courses"]
            .iter()
            .flat_map(|id| index.practice(&id.parse().unwrap()).unwrap())
            .map(|p| p.doc_key())
            .collect();
        keys.sort();
        keys
    }

    #[test]
    fn requests_are_applied_by_whoever_holds_the_writer() {
        let dir = tempfile::tempdir().unwrap();
        let corpus_dir = dir.path().join("corpus");
        fs::create_dir_all(corpus_dir.join("cluj-napoca")).unwrap();
        fs::write(
            corpus_dir.join("cluj-napoca/one-stop-shop.en.md"),
            fixture("cluj-napoca/one-stop-shop.en.md"),
        )
        .unwrap();
        let corpus = Corpus::open(&corpus_dir).unwrap();
        let store = IndexStore::new(&dir.path().join("index"));
        crate::rebuild(
            &corpus,
            &store,
            &crate::Options::default(),
            &crate::NoProgress,
        )
        .unwrap();
        let index = LibraryIndex::open_current(&store).unwrap();
        assert_eq!(ids(&index), ["cluj-napoca/one-stop-shop.en"]);

        // A writer held elsewhere: the request waits for it.
        fs::write(
            corpus_dir.join("cluj-napoca/one-stop-shop.ro.md"),
            fixture("cluj-napoca/one-stop-shop.ro.md"),
        )
        .unwrap();
        request_update(store.root(), Path::new("cluj-napoca/one-stop-shop.ro.md")).unwrap();
        request_update(store.root(), Path::new("../outside.en.md")).unwrap();
        assert!(has_requests(store.root()));
        let held = GenerationWriter::open(index.dir()).unwrap().unwrap();
        assert_eq!(
            apply_if_free(&corpus, &store).unwrap(),
            ApplyOutcome::LeftForWriter
        );
        assert!(has_requests(store.root()));
        drop(held);

        let outcome = apply_if_free(&corpus, &store).unwrap();
        assert_eq!(
            outcome,
            ApplyOutcome::Applied(Applied {
                documents: 1,
                skipped: 1
            })
        );
        assert!(!has_requests(store.root()));
        index.reload().unwrap();
        assert_eq!(
            ids(&index),
            [
                "cluj-napoca/one-stop-shop.en",
                "cluj-napoca/one-stop-shop.ro"
            ]
        );

        // A file added without a request (during a rebuild) is caught up by its time.
        fs::create_dir_all(corpus_dir.join("riga")).unwrap();
        fs::write(
            corpus_dir.join("riga/language-courses.lv.md"),
            fixture("riga/language-courses.lv.md"),
        )
        .unwrap();
        // The file indexed by the rebuild dates from an hour before it, so the test does not
        // depend on whether a second ticked between writing it and starting the build.
        let started = index.meta().build_started;
        let an_hour_before = UNIX_EPOCH + std::time::Duration::from_secs(started - 3600);
        fs::File::options()
            .write(true)
            .open(corpus_dir.join("cluj-napoca/one-stop-shop.en.md"))
            .unwrap()
            .set_modified(an_hour_before)
            .unwrap();
        let mut writer = GenerationWriter::open(index.dir()).unwrap().unwrap();
        let future = u64::MAX;
        assert_eq!(catch_up(&corpus, &mut writer, future).unwrap().documents, 0);
        let caught = catch_up(&corpus, &mut writer, started).unwrap();
        assert_eq!(
            caught.documents, 2,
            "the two files modified since the build started, not the older one"
        );
        index.reload().unwrap();
        assert_eq!(ids(&index).len(), 3, "{:?}", ids(&index));
    }
}
