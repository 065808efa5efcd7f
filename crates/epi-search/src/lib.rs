//! Search policy shared by the command line and the server.
//!
//! The index crate knows how to run a parsed query; this crate decides what to run: it parses
//! the user's text (never failing), asks language detection which language the query is in, and
//! favours that language only when detection is clearly ahead, falling back to the reader's
//! interface language as the tie-breaker. Nothing here touches tantivy or HTTP.

use epi_index::{IndexError, LanguageWeights, LibraryIndex, SearchPlan};
use epi_lang::Detector;
use epi_model::{SearchRequest, SearchResults, query};

/// Plans a search: the parsed query and the language weights.
pub fn plan(request: &SearchRequest, detector: &Detector) -> SearchPlan {
    let parsed = query::parse(&request.text);
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

/// Runs a search with the shared detector.
pub fn search(index: &LibraryIndex, request: &SearchRequest) -> Result<SearchResults, IndexError> {
    let plan = plan(request, Detector::shared());
    index.search(request, &plan)
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
