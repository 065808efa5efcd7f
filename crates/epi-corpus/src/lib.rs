//! The corpus file format: Markdown case studies with TOML front matter, one file per language
//! version, under `corpus/<city>/<practice-slug>.<lang>.md`, and the multilingual thesaurus at
//! `corpus/thesaurus.toml`.
//!
//! This crate parses and validates documents and never fails on bad input: it returns the valid
//! document (if any) and every diagnostic, each naming its file, line and column. It does not
//! index anything; `epi-ingest` and the server consume what it produces. The format is
//! documented for partners in `corpus/README.md`.

mod corpus;
mod countries;
mod diagnostic;
mod frontmatter;
mod location;
mod thesaurus;
mod validate;

pub use corpus::{Corpus, CorpusError, CorpusFile, CrossCheck, Listing, MAX_DOCUMENT_BYTES};
pub use diagnostic::{Diagnostic, Position, Severity};
pub use epi_model::text::plain_text;
pub use frontmatter::split as split_front_matter;
pub use location::DocLocation;
pub use thesaurus::{Concept, THESAURUS_FILE, Thesaurus, parse_thesaurus};
pub use validate::{Outcome, ParsedDocument, parse_document};

#[cfg(test)]
mod tests;
