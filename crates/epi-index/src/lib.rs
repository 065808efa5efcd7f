//! The only crate that imports tantivy: the schema, the per-language analysers, index
//! generations on disk with their atomic swap, writing documents and searching them.
//!
//! Everything here is synchronous; async callers run it on blocking threads. This crate does
//! not read the corpus (that is `epi-corpus`) or detect languages (that is `epi-lang`): it is
//! given validated practices and a parsed query.

pub mod analysis;
mod concepts;
mod document;
mod error;
mod schema;
mod search;
mod store;
mod update;

pub use concepts::ConceptMatcher;
pub use error::{IndexError, Result};
pub use schema::{LibrarySchema, SCHEMA_VERSION};
pub use search::{LanguageWeights, LibraryIndex, SearchPlan};
pub use store::{Build, GenerationMeta, IndexStore};
pub use update::GenerationWriter;

#[cfg(test)]
mod tests;
