//! Search policy shared by the command line and the server.
//!
//! The index crate knows how to run a parsed query; this crate decides what to run: it parses
//! the user's text (never failing), asks language detection which language the query is in, and
//! favours that language only when detection is clearly ahead, falling back to the reader's
//! interface language as the tie-breaker. When the exact pass finds too little, it tries once
//! more with misspelt words corrected, and says so. Nothing here touches tantivy or HTTP.

use epi_index::{IndexError, LanguageWeights, LibraryIndex, SearchPlan};
use epi_lang::Detector;
use epi_model::query::{Atom, ParsedQuery};
use epi_model::{SearchRequest, SearchResults, query};

/// Fewer exact results than this trigger the typo-tolerant pass.
pub const FEW_RESULTS: u64 = 3;

/// Plans a search: the parsed query and the language weights.
pub fn plan(request: &SearchRequest, detector: &Detector) -> SearchPlan {
    let parsed = query::parse(&request.text);
    plan_parsed(parsed, request, detector)
}

fn plan_parsed(parsed: ParsedQuery, request: &SearchRequest, detector: &Detector) -> SearchPlan {
    let words: Vec<&str> = parsed
        .positive_atoms()
        .flat_map(|atom| atom.words().iter().map(String::as_str))
        .collect();
    let detected_lang = if words.is_empty() {
        None
    } else {
        detector.rank(&words.join(" ")).clear_winner()
    };
    SearchPlan {
        weights: LanguageWeights {
            preferred: detected_lang.or(request.ui_lang),
        },
        detected_lang,
        parsed,
    }
}

/// Runs a search with the shared detector, with the typo-tolerant pass when the exact one
/// finds fewer than [`FEW_RESULTS`].
pub fn search(index: &LibraryIndex, request: &SearchRequest) -> Result<SearchResults, IndexError> {
    let detector = Detector::shared();
    let plan = plan(request, detector);
    let exact = index.search(request, &plan)?;
    if exact.total >= FEW_RESULTS || plan.parsed.is_match_all() {
        return Ok(exact);
    }
    let Some(corrected) = correct(index, &plan.parsed)? else {
        return Ok(exact);
    };
    let corrected_plan = plan_parsed(corrected, request, detector);
    let mut second = index.search(request, &corrected_plan)?;
    if second.total <= exact.total {
        return Ok(exact);
    }
    second.query.corrected = Some(second.query.interpreted.clone());
    second.query.interpreted = exact.query.interpreted;
    second.query.notes = exact.query.notes;
    Ok(second)
}

/// The query with every positive word the library does not know replaced by its nearest known
/// word; `None` when nothing was corrected. Exclusions are left as typed: correcting them could
/// only remove results the reader did not ask to lose.
fn correct(index: &LibraryIndex, parsed: &ParsedQuery) -> Result<Option<ParsedQuery>, IndexError> {
    let mut corrected = parsed.clone();
    let mut changed = false;
    for clause in &mut corrected.clauses {
        for atom in &mut clause.any_of {
            let words = match atom {
                Atom::Word(word) => std::slice::from_mut(word),
                Atom::Phrase(words) => words.as_mut_slice(),
            };
            for word in words {
                if let Some(better) = index.correct_word(word)? {
                    *word = better;
                    changed = true;
                }
            }
        }
    }
    Ok(changed.then_some(corrected))
}

#[cfg(test)]
mod tests {
    use super::*;
    use epi_model::Lang;

    #[test]
    fn clear_query_language_is_preferred_over_the_ui() {
        let request = SearchRequest {
            text: "mediacja międzykulturowa".into(),
            ui_lang: Some(Lang::En),
            ..SearchRequest::default()
        };
        let plan = plan(&request, Detector::shared());
        assert_eq!(plan.detected_lang, Some(Lang::Pl));
        assert_eq!(plan.weights.preferred, Some(Lang::Pl));
    }

    #[test]
    fn the_ui_language_breaks_ties() {
        let request = SearchRequest {
            text: "integration".into(),
            ui_lang: Some(Lang::Sv),
            ..SearchRequest::default()
        };
        let plan = plan(&request, Detector::shared());
        assert_eq!(plan.detected_lang, None);
        assert_eq!(plan.weights.preferred, Some(Lang::Sv));
    }
}
