//! The library's own evidence of a query's language: which languages' documents use its words.
//!
//! lingua judges a query by its letters, and a word typed without its diacritics has lost the
//! letters that tell languages apart: "integracija", Latvian "integrācija" typed on a keyboard
//! without them, looks Spanish to it (0.77 against 0.12 for Latvian). The index knows better:
//! only Latvian documents use that word. The search policy (epi-search) weighs both.

use epi_model::Lang;
use epi_model::query::ParsedQuery;
use tantivy::Term;

use super::LibraryIndex;
use super::query::Analysers;
use crate::analysis::analyse;
use crate::error::{IndexError, Result};

impl LibraryIndex {
    /// Those of `among` whose documents' titles or texts hold every positive word of `parsed`,
    /// in the order given. A word is held when any of its terms in the language occurs in a
    /// document; a stop word of the language counts as held. Empty for a query without words.
    pub fn languages_using(&self, parsed: &ParsedQuery, among: &[Lang]) -> Result<Vec<Lang>> {
        let words: Vec<&str> = parsed.positive_words().collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let snapshot = self.current_snapshot();
        let searcher = &snapshot.searcher;
        let occurs = |term: Term| -> Result<bool> {
            let documents = searcher
                .doc_freq(&term)
                .map_err(IndexError::tantivy("cannot read the vocabulary"))?;
            Ok(documents > 0)
        };
        let mut analysers = Analysers::default();
        let mut using = Vec::new();
        'languages: for &lang in among {
            let Some(analyser) = analysers.language(lang) else {
                continue;
            };
            let fields = [self.schema.title(lang), self.schema.text(lang)];
            for word in &words {
                let terms = analyse(analyser, word);
                let mut held = terms.is_empty();
                for (_, term) in &terms {
                    for field in fields {
                        held = held || occurs(Term::from_field_text(field, term))?;
                    }
                }
                if !held {
                    continue 'languages;
                }
            }
            using.push(lang);
        }
        Ok(using)
    }
}
