//! The errors of the index crate.

use std::path::PathBuf;

/// What can go wrong opening, building or searching an index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index has been built in {0} yet: run `epi index`")]
    NoIndex(PathBuf),
    #[error(
        "the index in {path} was built by another version of the library (schema {found}, expected {expected}): run `epi index`"
    )]
    SchemaMismatch {
        path: PathBuf,
        found: u32,
        expected: u32,
    },
    #[error("another rebuild of {0} is running")]
    BuildLocked(PathBuf),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{context}: {source}")]
    Tantivy {
        context: String,
        #[source]
        source: tantivy::TantivyError,
    },
    #[error("the stored document {doc_key} is unreadable: {message}")]
    Corrupt { doc_key: String, message: String },
}

impl IndexError {
    pub(crate) fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> IndexError {
        let context = context.into();
        move |source| IndexError::Io { context, source }
    }

    pub(crate) fn tantivy(
        context: impl Into<String>,
    ) -> impl FnOnce(tantivy::TantivyError) -> IndexError {
        let context = context.into();
        move |source| IndexError::Tantivy { context, source }
    }
}

pub type Result<T, E = IndexError> = std::result::Result<T, E>;
