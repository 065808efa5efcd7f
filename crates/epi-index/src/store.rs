//! Index generations on disk, and the atomic swap that publishes a new one.
//!
//! ```text
//! index/
//!   CURRENT              the name of the generation being served (replaced atomically)
//!   gen-<stamp>/         a complete tantivy index, plus library.json
//!   building-<stamp>/    a rebuild in progress; removed by the next rebuild if abandoned
//!   build.lock           held (flock) by the process that is rebuilding
//! ```
//!
//! A rebuild writes a whole new generation beside the served one and only then replaces
//! `CURRENT` (write, fsync, rename, fsync the folder). A rebuild that fails, is interrupted or
//! is killed never touches `CURRENT`, so the previous index keeps serving.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use tantivy::indexer::IndexWriterOptions;
use tantivy::{Index, IndexWriter};

use crate::analysis;
use crate::error::{IndexError, Result};
use crate::schema::{LibrarySchema, SCHEMA_VERSION};

const CURRENT: &str = "CURRENT";
const LOCK: &str = "build.lock";
const META: &str = "library.json";
/// The thesaurus a generation was built with: its concepts are indexed on the documents, and
/// queries are expanded with the same one.
pub(crate) const THESAURUS: &str = "thesaurus.json";
const GENERATION_PREFIX: &str = "gen-";
const BUILDING_PREFIX: &str = "building-";

/// Memory the writer may use before it flushes a segment, shared by its threads. 96 MB took
/// indexing of the 100,000-document benchmark corpus just over 1 GiB of peak RSS; 64 MB keeps it
/// under, for a few more segments to merge (docs/BENCHMARKS.md).
const WRITER_MEMORY_BYTES: usize = 64 * 1024 * 1024;

/// What a generation records about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenerationMeta {
    pub schema_version: u32,
    /// Seconds since the Unix epoch when the build started: corpus changes after this moment
    /// may be missing from the generation.
    pub build_started: u64,
    pub documents: u64,
}

fn now() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// Opens a tantivy index folder with the library's analysers registered.
pub(crate) fn open_tantivy(dir: &Path) -> Result<Index> {
    let index = Index::open_in_dir(dir).map_err(IndexError::tantivy(format!(
        "cannot open the index in {}",
        dir.display()
    )))?;
    analysis::register(index.tokenizers());
    Ok(index)
}

/// Writes `contents` to `path` durably: temporary file, fsync, rename, fsync of the folder.
pub(crate) fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = path.with_extension("tmp");
    let context = format!("cannot write {}", path.display());
    let mut file = File::create(&tmp).map_err(IndexError::io(&context))?;
    file.write_all(contents).map_err(IndexError::io(&context))?;
    file.sync_all().map_err(IndexError::io(&context))?;
    fs::rename(&tmp, path).map_err(IndexError::io(&context))?;
    sync_dir(dir)
}

pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(IndexError::io(format!("cannot sync {}", dir.display())))
}

/// The index folder.
#[derive(Debug, Clone)]
pub struct IndexStore {
    root: PathBuf,
}

impl IndexStore {
    pub fn new(root: &Path) -> IndexStore {
        IndexStore {
            root: root.to_path_buf(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of the generation being served, if any.
    pub fn current(&self) -> Result<Option<PathBuf>> {
        let pointer = self.root.join(CURRENT);
        let name = match fs::read_to_string(&pointer) {
            Ok(name) => name.trim().to_owned(),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => {
                return Err(IndexError::io(format!("cannot read {}", pointer.display()))(err));
            }
        };
        let valid = name.starts_with(GENERATION_PREFIX)
            && !name.contains(['/', '\\'])
            && self.root.join(&name).is_dir();
        Ok(valid.then(|| self.root.join(name)))
    }

    /// The metadata of a generation.
    pub fn meta(generation: &Path) -> Result<GenerationMeta> {
        let path = generation.join(META);
        let text = fs::read_to_string(&path)
            .map_err(IndexError::io(format!("cannot read {}", path.display())))?;
        serde_json::from_str(&text).map_err(|e| IndexError::Corrupt {
            doc_key: path.display().to_string(),
            message: e.to_string(),
        })
    }

    /// The served generation, checked for the schema version.
    pub fn current_checked(&self) -> Result<(PathBuf, GenerationMeta)> {
        let dir = self
            .current()?
            .ok_or_else(|| IndexError::NoIndex(self.root.clone()))?;
        let meta = Self::meta(&dir)?;
        if meta.schema_version != SCHEMA_VERSION {
            return Err(IndexError::SchemaMismatch {
                path: dir,
                found: meta.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
        Ok((dir, meta))
    }

    /// Starts a rebuild: takes the build lock, clears abandoned builds, creates a new empty
    /// generation. Nothing served changes until [`Build::publish`].
    pub fn begin_build(&self, writer_threads: usize) -> Result<Build> {
        fs::create_dir_all(&self.root).map_err(IndexError::io(format!(
            "cannot create {}",
            self.root.display()
        )))?;
        let lock_path = self.root.join(LOCK);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(IndexError::io(format!(
                "cannot open {}",
                lock_path.display()
            )))?;
        if lock.try_lock().is_err() {
            return Err(IndexError::BuildLocked(self.root.clone()));
        }
        self.remove_abandoned_builds()?;

        let now = now();
        let started = now.as_secs();
        // Sortable and unique: seconds, nanoseconds, process.
        let stamp = format!("{started}-{:09}-{}", now.subsec_nanos(), std::process::id());
        let dir = self.root.join(format!("{BUILDING_PREFIX}{stamp}"));
        fs::create_dir(&dir).map_err(IndexError::io(format!("cannot create {}", dir.display())))?;
        let schema = LibrarySchema::build();
        let index = Index::create_in_dir(&dir, schema.schema.clone())
            .map_err(IndexError::tantivy("cannot create the new index"))?;
        analysis::register(index.tokenizers());
        let threads = writer_threads.clamp(1, 8);
        // One merge thread (tantivy's default is four): concurrent merges of large segments
        // held the most memory at the end of a large build.
        let options = IndexWriterOptions::builder()
            .memory_budget_per_thread(WRITER_MEMORY_BYTES / threads)
            .num_worker_threads(threads)
            .num_merge_threads(1)
            .build();
        let writer = index
            .writer_with_options(options)
            .map_err(IndexError::tantivy("cannot open the index writer"))?;
        Ok(Build {
            root: self.root.clone(),
            dir,
            stamp,
            started,
            schema,
            writer: Some(writer),
            documents: 0,
            thesaurus: None,
            _lock: lock,
        })
    }

    fn remove_abandoned_builds(&self) -> Result<()> {
        for entry in
            fs::read_dir(&self.root).map_err(IndexError::io("cannot list the index folder"))?
        {
            let entry = entry.map_err(IndexError::io("cannot list the index folder"))?;
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with(BUILDING_PREFIX)
            {
                tracing::info!(path = %entry.path().display(), "removing an abandoned rebuild");
                fs::remove_dir_all(entry.path()).map_err(IndexError::io(format!(
                    "cannot remove {}",
                    entry.path().display()
                )))?;
            }
        }
        Ok(())
    }

    /// Removes generations other than `keep` and the one before it.
    fn collect_garbage(&self, keep: &Path, previous: Option<&Path>) {
        let Ok(entries) = fs::read_dir(&self.root) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_generation = entry
                .file_name()
                .to_string_lossy()
                .starts_with(GENERATION_PREFIX);
            if is_generation
                && path != keep
                && Some(path.as_path()) != previous
                && let Err(err) = fs::remove_dir_all(&path)
            {
                tracing::warn!(path = %path.display(), error = %err, "cannot remove an old generation");
            }
        }
    }
}

/// A rebuild in progress. Dropping it without [`Build::publish`] discards it.
pub struct Build {
    root: PathBuf,
    dir: PathBuf,
    stamp: String,
    started: u64,
    schema: LibrarySchema,
    writer: Option<IndexWriter>,
    documents: u64,
    thesaurus: Option<Vec<u8>>,
    _lock: File,
}

impl std::fmt::Debug for Build {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Build")
            .field("dir", &self.dir)
            .field("documents", &self.documents)
            .finish_non_exhaustive()
    }
}

impl Build {
    pub fn schema(&self) -> &LibrarySchema {
        &self.schema
    }

    /// Records the thesaurus the topics were found with; the generation keeps it for query
    /// expansion.
    pub fn set_thesaurus(&mut self, thesaurus: &epi_model::thesaurus::Thesaurus) {
        self.thesaurus = serde_json::to_vec(thesaurus).ok();
    }

    /// Adds one language version of a practice, with the ids of the concepts it mentions (see
    /// [`crate::ConceptMatcher::topics_of`]).
    pub fn add(
        &mut self,
        practice: &epi_model::Practice,
        plain_body: &str,
        topics: &[String],
    ) -> Result<()> {
        let doc = crate::document::to_document(&self.schema, practice, plain_body, topics);
        let writer = self.writer.as_ref().ok_or_else(|| IndexError::Io {
            context: "the build was already finished".into(),
            source: std::io::Error::other("no writer"),
        })?;
        writer
            .add_document(doc)
            .map_err(IndexError::tantivy("cannot add a document"))?;
        self.documents += 1;
        Ok(())
    }

    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Commits the new generation and makes it the served one. Returns its folder.
    pub fn publish(mut self) -> Result<PathBuf> {
        let mut writer = self.writer.take().ok_or_else(|| IndexError::Io {
            context: "the build was already finished".into(),
            source: std::io::Error::other("no writer"),
        })?;
        writer
            .commit()
            .map_err(IndexError::tantivy("cannot commit the new index"))?;
        writer
            .wait_merging_threads()
            .map_err(IndexError::tantivy("cannot finish merging the new index"))?;
        let meta = GenerationMeta {
            schema_version: SCHEMA_VERSION,
            build_started: self.started,
            documents: self.documents,
        };
        let json = serde_json::to_vec_pretty(&meta).unwrap_or_default();
        write_atomically(&self.dir.join(META), &json)?;
        if let Some(thesaurus) = &self.thesaurus {
            write_atomically(&self.dir.join(THESAURUS), thesaurus)?;
        }

        let store = IndexStore::new(&self.root);
        let previous = store.current()?;
        let name = format!("{GENERATION_PREFIX}{}", self.stamp);
        let generation = self.root.join(&name);
        fs::rename(&self.dir, &generation)
            .map_err(IndexError::io("cannot move the new index into place"))?;
        sync_dir(&self.root)?;
        write_atomically(&self.root.join(CURRENT), name.as_bytes())?;
        tracing::info!(generation = %name, documents = self.documents, "published a new index generation");
        store.collect_garbage(&generation, previous.as_deref());
        self.dir = generation.clone();
        Ok(generation)
    }
}

impl Drop for Build {
    fn drop(&mut self) {
        // An unpublished build is discarded; a published one has been renamed already.
        if self.writer.is_some() {
            if let Some(writer) = self.writer.take() {
                drop(writer);
            }
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Opens a generation folder for reading, with analysers registered.
pub fn open_generation(dir: &Path) -> Result<(Index, LibrarySchema)> {
    let index = open_tantivy(dir)?;
    let schema = LibrarySchema::build();
    if index.schema() != schema.schema {
        return Err(IndexError::SchemaMismatch {
            path: dir.to_path_buf(),
            found: 0,
            expected: SCHEMA_VERSION,
        });
    }
    Ok((index, schema))
}
