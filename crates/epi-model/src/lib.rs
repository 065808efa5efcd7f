//! The vocabulary of the EPI Good-Practice Library: languages, the controlled vocabularies of
//! the EPI framework, the practice document, the user query language, and the search contract.
//!
//! This crate owns meaning, not mechanics: it does no IO and knows nothing of tantivy, HTTP or
//! the file system, so every other crate can share it.

pub mod lang;
#[cfg(feature = "openapi")]
mod openapi;
pub mod practice;
pub mod query;
pub mod search;
pub mod suggest;
pub mod text;
pub mod thesaurus;
pub mod vocab;

pub use lang::Lang;
pub use practice::{Contact, Link, PartialDate, Period, Practice, PracticeId};
pub use search::{FacetKind, Filters, SearchRequest, SearchResults, Sort};
pub use vocab::{
    Domain, EvalDimension, IccArea, KeyFeature, Status, TargetGroup, Theme, Vocabulary,
};
