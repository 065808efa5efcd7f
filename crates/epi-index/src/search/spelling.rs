//! Spelling correction from the index's own vocabulary.
//!
//! The catch-all field holds every word of the library folded and unstemmed, so its term
//! dictionary is the list of words the library knows, in every language, with their document
//! frequencies. A word is corrected to the most frequent known word one edit away (an insertion,
//! a deletion, a substitution or a transposition), found by running a Levenshtein automaton over
//! the dictionary's FST: cost grows with the size of the answer, not of the dictionary.

use std::collections::HashMap;

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};
use tantivy::Searcher;
use tantivy::schema::Field;
use tantivy_fst::Automaton;

use crate::error::{IndexError, Result};

/// Words shorter than this (in characters) are never corrected: one edit in a short word makes
/// another word too easily ("plan" → "clan").
pub const MIN_CORRECTABLE_CHARS: usize = 5;

/// A Levenshtein DFA as an FST automaton (what tantivy's own fuzzy query does internally).
struct LevenshteinDfa(DFA);

impl Automaton for LevenshteinDfa {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

/// The number of documents whose `field` holds `term`, over every segment.
pub fn doc_freq(searcher: &Searcher, field: Field, term: &str) -> Result<u64> {
    let term = tantivy::Term::from_field_text(field, term);
    searcher
        .doc_freq(&term)
        .map_err(IndexError::tantivy("cannot read a document frequency"))
}

/// The most frequent term of `field` within one edit of `word` (an already analysed, folded
/// term); `None` when there is none, when `word` is too short to correct, or when the library
/// knows `word` itself: a rare real word is not a typo.
pub fn correct(searcher: &Searcher, field: Field, word: &str) -> Result<Option<String>> {
    if word.chars().count() < MIN_CORRECTABLE_CHARS {
        return Ok(None);
    }
    if doc_freq(searcher, field, word)? > 0 {
        return Ok(None);
    }
    let builder = LevenshteinAutomatonBuilder::new(1, true);
    let mut candidates: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment
            .inverted_index(field)
            .map_err(IndexError::tantivy("cannot read the term dictionary"))?;
        let automaton = LevenshteinDfa(builder.build_dfa(word));
        let mut stream = inverted
            .terms()
            .search(automaton)
            .into_stream()
            .map_err(IndexError::io("cannot read the term dictionary"))?;
        while stream.advance() {
            let Ok(term) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if term != word {
                *candidates.entry(term.to_owned()).or_default() +=
                    u64::from(stream.value().doc_freq);
            }
        }
    }
    // Most frequent first; ties broken alphabetically so the answer is repeatable.
    let best = candidates
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    Ok(best.map(|(term, _)| term))
}
