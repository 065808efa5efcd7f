//! The interface texts of the EPI Good-Practice Library in its eight languages (en, ro, it, es,
//! de, sv, pl, lv): navigation, labels, facet names, the labels of the EPI vocabularies,
//! messages, error pages and the About page.
//!
//! This crate owns the words, not the pages: the texts are standard [Project Fluent] message
//! files (`locales/<lang>.ftl`, English is the reference), embedded in the binary with
//! `include_str!` so the server needs no files at run time, and looked up by key through
//! [`Messages`]. It also owns the naming of keys derived from other vocabularies
//! ([`Labelled`], [`facet_key`], [`in_language_key`]), so that the completeness tests and the
//! pages agree on them. Which language a reader gets is the server's business.
//!
//! Output is plain text: Fluent's Unicode isolation marks are turned off because the texts go
//! into HTML, where `lang` and the page's direction already say what they would; callers
//! escape the text like any other.
//!
//! [Project Fluent]: https://projectfluent.org

#[cfg(test)]
mod completeness;
mod keys;
mod messages;

pub use fluent_bundle::FluentValue;
pub use keys::{Labelled, facet_key, in_language_key};
pub use messages::{I18nError, Messages};
