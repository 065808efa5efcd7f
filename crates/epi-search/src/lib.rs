//! Search policy shared by the command line and the server.
//!
//! The index crate knows how to run a parsed query; this crate decides what to run: it parses
//! the user's text (never failing), asks language detection which language the query is in, and
//! favours that language only when detection is clearly ahead and the library's own vocabulary
//! does not contradict it, falling back to the reader's interface language as the tie-breaker.
//! When the exact pass finds too little, it tries once more with misspelt words corrected, and
//! says so. Nothing here touches tantivy or HTTP.

use epi_index::{IndexError, LanguageWeights, LibraryIndex, SearchPlan};
use epi_lang::Detector;
use epi_model::query::{Atom, ParsedQuery};
use epi_model::{Lang, SearchRequest, SearchResults, query};

/// Fewer exact results than this trigger the typo-tolerant pass.
pub const FEW_RESULTS: u64 = 3;

/// Plans a search: the parsed query and the language weights.
pub fn plan(
    index: &LibraryIndex,
    request: &SearchRequest,
    detector: &Detector,
) -> Result<SearchPlan, IndexError> {
    let parsed = query::parse(&request.text);
    plan_parsed(index, parsed, request, detector)
}

fn plan_parsed(
    index: &LibraryIndex,
    parsed: ParsedQuery,
    request: &SearchRequest,
    detector: &Detector,
) -> Result<SearchPlan, IndexError> {
    let detected_lang = query_language(index, detector, &parsed)?;
    Ok(SearchPlan {
        weights: LanguageWeights {
            preferred: detected_lang.or(request.ui_lang),
        },
        detected_lang,
        parsed,
    })
}

/// The language a query is written in, when the evidence is clear; `None` leaves the choice to
/// the reader's interface language.
///
/// lingua reads the letters; its clear verdict stands unless the library contradicts it: when
/// no document in that language uses every word of the query but documents in exactly one other
/// language do, that language is the answer (a Latvian word typed without its diacritics can
/// read as Spanish to lingua, but only Latvian documents have it). Contradicted with no single
/// language instead, there is no verdict. The library never speaks when lingua is undecided:
/// then the reader's language breaks the tie, even if one language's documents happen to be
/// the only ones with the words.
pub fn query_language(
    index: &LibraryIndex,
    detector: &Detector,
    parsed: &ParsedQuery,
) -> Result<Option<Lang>, IndexError> {
    let words: Vec<&str> = parsed.positive_words().collect();
    if words.is_empty() {
        return Ok(None);
    }
    let Some(verdict) = detector.rank(&words.join(" ")).clear_winner() else {
        return Ok(None);
    };
    // The common case costs one language's term lookups: the verdict's documents use the words.
    if !index.languages_using(parsed, &[verdict])?.is_empty() {
        return Ok(Some(verdict));
    }
    let others: Vec<Lang> = Lang::ALL.into_iter().filter(|l| *l != verdict).collect();
    let using = index.languages_using(parsed, &others)?;
    Ok(overrule(verdict, &using))
}

/// What stands of lingua's `verdict` once its language's documents were found to lack the
/// query's words; `others_using` are the other languages whose documents have them all. See
/// [`query_language`].
fn overrule(verdict: Lang, others_using: &[Lang]) -> Option<Lang> {
    match others_using {
        // No language uses every word (a name, a typo): nothing contradicts lingua.
        [] => Some(verdict),
        [only] => Some(*only),
        _ => None,
    }
}

/// Runs a search with the shared detector, with the typo-tolerant pass when the exact one
/// finds fewer than [`FEW_RESULTS`].
pub fn search(index: &LibraryIndex, request: &SearchRequest) -> Result<SearchResults, IndexError> {
    let detector = Detector::shared();
    let plan = plan(index, request, detector)?;
    let exact = index.search(request, &plan)?;
    if exact.total >= FEW_RESULTS || plan.parsed.is_match_all() {
        return Ok(exact);
    }
    let Some(corrected) = correct(index, &plan.parsed)? else {
        return Ok(exact);
    };
    let corrected_plan = plan_parsed(index, corrected, request, detector)?;
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

    #[test]
    fn a_contradicted_verdict_gives_way_to_the_one_language_using_the_words() {
        // Only Latvian documents use the words: lingua's Spanish is overruled.
        assert_eq!(overrule(Lang::Es, &[Lang::Lv]), Some(Lang::Lv));
        // Contradicted, with no single language instead: no preference.
        assert_eq!(overrule(Lang::Es, &[Lang::Lv, Lang::Pl]), None);
        // No language uses them all: nothing contradicts lingua.
        assert_eq!(overrule(Lang::Pl, &[]), Some(Lang::Pl));
    }
}
