//! Incremental updates: one language version added to (or replaced in) a published
//! generation, without a rebuild, so an approved submission is searchable at once.
//!
//! tantivy allows one writer per index, enforced by its own lock file: whoever opens the
//! [`GenerationWriter`] first owns updates to that generation (the server, while it runs), and
//! anyone else is told the writer is busy instead of waiting. A document is replaced by its
//! `doc_key` (delete the term, add the new document, one commit), and indexed with the topics of
//! the thesaurus the generation was built with, exactly as a rebuild would index it.

use std::path::{Path, PathBuf};

use epi_model::Practice;
use tantivy::directory::error::LockError;
use tantivy::{IndexWriter, TantivyError, Term};

use crate::concepts::ConceptMatcher;
use crate::error::{IndexError, Result};
use crate::schema::LibrarySchema;
use crate::store::{THESAURUS, open_generation};

/// Memory of the update writer: tantivy's minimum for one thread. Updates are a handful of
/// documents per commit.
const UPDATE_WRITER_MEMORY: usize = 15_000_000;

/// The writer of one published generation.
pub struct GenerationWriter {
    dir: PathBuf,
    schema: LibrarySchema,
    writer: IndexWriter,
    concepts: ConceptMatcher,
    uncommitted: usize,
}

impl std::fmt::Debug for GenerationWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GenerationWriter")
            .field("dir", &self.dir)
            .field("uncommitted", &self.uncommitted)
            .finish_non_exhaustive()
    }
}

impl GenerationWriter {
    /// Opens the writer of the generation in `dir`; `Ok(None)` when another writer (another
    /// process, or another `GenerationWriter` here) holds it.
    pub fn open(dir: &Path) -> Result<Option<GenerationWriter>> {
        let (index, schema) = open_generation(dir)?;
        let writer = match index.writer_with_num_threads(1, UPDATE_WRITER_MEMORY) {
            Ok(writer) => writer,
            Err(TantivyError::LockFailure(LockError::LockBusy, _)) => return Ok(None),
            Err(err) => {
                return Err(IndexError::tantivy(format!(
                    "cannot open the writer of {}",
                    dir.display()
                ))(err));
            }
        };
        let concepts = ConceptMatcher::new(read_thesaurus(dir)?);
        Ok(Some(GenerationWriter {
            dir: dir.to_path_buf(),
            schema,
            writer,
            concepts,
            uncommitted: 0,
        }))
    }

    /// The generation this writer updates.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Adds a language version, replacing the one with the same `doc_key` if there is one.
    /// Visible to searches after [`GenerationWriter::commit`] and a reload of the reader.
    pub fn upsert(&mut self, practice: &Practice, plain_body: &str) -> Result<()> {
        let topics = self.concepts.topics_of(practice, plain_body);
        let doc = crate::document::to_document(&self.schema, practice, plain_body, &topics);
        self.writer.delete_term(Term::from_field_text(
            self.schema.doc_key,
            &practice.doc_key(),
        ));
        self.writer
            .add_document(doc)
            .map_err(IndexError::tantivy("cannot add a document"))?;
        self.uncommitted += 1;
        Ok(())
    }

    /// Makes the upserts durable and visible to readers that reload. Does nothing when there
    /// is nothing to commit.
    pub fn commit(&mut self) -> Result<()> {
        if self.uncommitted == 0 {
            return Ok(());
        }
        self.writer
            .commit()
            .map_err(IndexError::tantivy("cannot commit the update"))?;
        tracing::info!(generation = %self.dir.display(), documents = self.uncommitted, "committed an incremental update");
        self.uncommitted = 0;
        Ok(())
    }
}

/// The thesaurus stored with a generation; empty when it has none.
fn read_thesaurus(dir: &Path) -> Result<epi_model::thesaurus::Thesaurus> {
    let path = dir.join(THESAURUS);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|err| IndexError::Io {
            context: format!("cannot read {}", path.display()),
            source: std::io::Error::other(err),
        }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Default::default()),
        Err(err) => Err(IndexError::io(format!("cannot read {}", path.display()))(
            err,
        )),
    }
}
