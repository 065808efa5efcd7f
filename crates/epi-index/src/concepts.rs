//! Finding thesaurus concepts in analysed text: in documents (for the topic facet) and in
//! queries (for cross-language expansion).
//!
//! Every term of every concept is analysed once with its language's analyser, so a concept is
//! found in whatever inflection the analyser reduces to the same stems, with or without
//! diacritics (the analysers emit the folded stem as an alternative). A term of several words is
//! matched as a sequence of stems; stop words are left out on both sides, so "cetățean al unui
//! stat terț" and "cetățean stat terț" match each other.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use epi_model::thesaurus::Thesaurus;
use epi_model::{Lang, Practice};
use tantivy::tokenizer::TextAnalyzer;

use crate::analysis::{analyse, language_analyser};

/// The terms of one position of analysed text: the stem, and the folded stem when it differs.
pub(crate) type Alternatives = Vec<String>;

/// One term of one concept, analysed.
#[derive(Debug)]
struct AnalysedTerm {
    concept: usize,
    words: Vec<Alternatives>,
}

/// A concept found in a sequence of analysed words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub concept: usize,
    /// The first and one-past-last position (index into the analysed sequence).
    pub start: usize,
    pub end: usize,
}

/// The analysed terms of a thesaurus, by language, keyed by every alternative of their first
/// word.
#[derive(Debug, Default)]
pub struct ConceptMatcher {
    thesaurus: Thesaurus,
    by_lang: HashMap<Lang, LangTerms>,
}

#[derive(Debug, Default)]
struct LangTerms {
    terms: Vec<AnalysedTerm>,
    by_first: HashMap<String, Vec<usize>>,
}

/// Text analysed into positions, each with its alternatives.
pub(crate) fn analysed_words(analyser: &mut TextAnalyzer, text: &str) -> Vec<Alternatives> {
    let mut words: Vec<(usize, Alternatives)> = Vec::new();
    for (position, term) in analyse(analyser, text) {
        match words.last_mut() {
            Some((last, alternatives)) if *last == position => {
                if !alternatives.contains(&term) {
                    alternatives.push(term);
                }
            }
            _ => words.push((position, vec![term])),
        }
    }
    words
        .into_iter()
        .map(|(_, alternatives)| alternatives)
        .collect()
}

impl ConceptMatcher {
    /// Analyses every term of the thesaurus.
    pub fn new(thesaurus: Thesaurus) -> ConceptMatcher {
        let mut by_lang: HashMap<Lang, LangTerms> = HashMap::new();
        for lang in Lang::ALL {
            let mut analyser = language_analyser(lang);
            let entry = by_lang.entry(lang).or_default();
            for (concept, c) in thesaurus.concepts.iter().enumerate() {
                for term in c.terms.get(&lang).into_iter().flatten() {
                    let words = analysed_words(&mut analyser, term);
                    let Some(first) = words.first() else {
                        continue;
                    };
                    let index = entry.terms.len();
                    for alternative in first {
                        let slot = entry.by_first.entry(alternative.clone()).or_default();
                        if !slot.contains(&index) {
                            slot.push(index);
                        }
                    }
                    entry.terms.push(AnalysedTerm { concept, words });
                }
            }
        }
        ConceptMatcher { thesaurus, by_lang }
    }

    pub fn thesaurus(&self) -> &Thesaurus {
        &self.thesaurus
    }

    pub fn is_empty(&self) -> bool {
        self.thesaurus.concepts.is_empty()
    }

    /// Every occurrence of a concept term in `words` (analysed in `lang`), longest first at
    /// each position.
    pub(crate) fn find(&self, lang: Lang, words: &[Alternatives]) -> Vec<Found> {
        let Some(terms) = self.by_lang.get(&lang) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for start in 0..words.len() {
            let mut candidates: BTreeSet<usize> = BTreeSet::new();
            for alternative in &words[start] {
                if let Some(list) = terms.by_first.get(alternative) {
                    candidates.extend(list);
                }
            }
            for index in candidates {
                let term = &terms.terms[index];
                let end = start + term.words.len();
                let matches = end <= words.len()
                    && term
                        .words
                        .iter()
                        .zip(&words[start..end])
                        .all(|(want, have)| want.iter().any(|w| have.contains(w)));
                if matches {
                    found.push(Found {
                        concept: term.concept,
                        start,
                        end,
                    });
                }
            }
        }
        found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end), f.concept));
        found.dedup();
        found
    }

    /// The topics of one language version: the ids of the concepts its title, summary, keywords
    /// and body mention, sorted. Runs on any thread (each keeps its own analysers).
    pub fn topics_of(&self, practice: &Practice, plain_body: &str) -> Vec<String> {
        if self.is_empty() {
            return Vec::new();
        }
        thread_local! {
            static ANALYSERS: RefCell<HashMap<Lang, TextAnalyzer>> = RefCell::new(HashMap::new());
        }
        ANALYSERS.with(|analysers| {
            let mut analysers = analysers.borrow_mut();
            let analyser = analysers
                .entry(practice.lang)
                .or_insert_with(|| language_analyser(practice.lang));
            let mut ids: BTreeSet<&str> = BTreeSet::new();
            let texts = [
                practice.title.as_str(),
                practice.summary.as_str(),
                plain_body,
            ]
            .into_iter()
            .chain(practice.keywords.iter().map(String::as_str));
            for text in texts {
                ids.extend(self.concepts_in(analyser, practice.lang, text));
            }
            ids.into_iter().map(str::to_owned).collect()
        })
    }

    /// The ids of the concepts a text in `lang` mentions, sorted.
    pub fn concepts_in(&self, analyser: &mut TextAnalyzer, lang: Lang, text: &str) -> Vec<&str> {
        if self.is_empty() {
            return Vec::new();
        }
        let words = analysed_words(analyser, text);
        let ids: BTreeSet<&str> = self
            .find(lang, &words)
            .into_iter()
            .map(|f| self.thesaurus.concepts[f.concept].id.as_str())
            .collect();
        ids.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use epi_model::thesaurus::Concept;

    fn thesaurus() -> Thesaurus {
        let concept = |id: &str, terms: &[(Lang, &[&str])]| Concept {
            id: id.into(),
            label: id.into(),
            sources: vec![],
            uncertain: vec![],
            terms: terms
                .iter()
                .map(|(lang, t)| (*lang, t.iter().map(|s| (*s).to_owned()).collect()))
                .collect(),
        };
        Thesaurus {
            concepts: vec![
                concept(
                    "cultural-mediation",
                    &[
                        (
                            Lang::Pl,
                            &["mediacja kulturowa", "mediacja międzykulturowa"],
                        ),
                        (Lang::En, &["cultural mediation"]),
                        (Lang::Ro, &["mediere culturală"]),
                    ],
                ),
                concept(
                    "third-country-national",
                    &[(Lang::Ro, &["cetățean al unui stat terț"])],
                ),
                concept("mediation", &[(Lang::Pl, &["mediacja"])]),
            ],
        }
    }

    fn ids(matcher: &ConceptMatcher, lang: Lang, text: &str) -> Vec<String> {
        let mut analyser = language_analyser(lang);
        matcher
            .concepts_in(&mut analyser, lang, text)
            .into_iter()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn finds_inflected_multi_word_terms() {
        let matcher = ConceptMatcher::new(thesaurus());
        assert_eq!(
            ids(
                &matcher,
                Lang::Pl,
                "Rozwijamy mediację kulturową w szkołach."
            ),
            ["cultural-mediation", "mediation"]
        );
        assert_eq!(
            ids(
                &matcher,
                Lang::En,
                "Cultural mediators? No: cultural mediation."
            ),
            ["cultural-mediation"]
        );
    }

    #[test]
    fn ignores_diacritics_and_stop_words() {
        let matcher = ConceptMatcher::new(thesaurus());
        assert_eq!(
            ids(
                &matcher,
                Lang::Ro,
                "mediere culturala pentru cetatean al unui stat tert"
            ),
            ["cultural-mediation", "third-country-national"]
        );
        assert_eq!(
            ids(&matcher, Lang::Ro, "cetatean stat tert"),
            ["third-country-national"]
        );
    }

    #[test]
    fn a_word_alone_is_not_a_phrase() {
        let matcher = ConceptMatcher::new(thesaurus());
        assert_eq!(
            ids(&matcher, Lang::En, "mediation of culture"),
            Vec::<String>::new()
        );
        assert!(ids(&matcher, Lang::De, "kulturelle Mediation").is_empty());
    }

    #[test]
    fn longest_match_comes_first() {
        let matcher = ConceptMatcher::new(thesaurus());
        let mut analyser = language_analyser(Lang::Pl);
        let words = analysed_words(&mut analyser, "mediacja kulturowa");
        let found = matcher.find(Lang::Pl, &words);
        assert_eq!(found[0].end - found[0].start, 2);
        assert_eq!(
            matcher.thesaurus().concepts[found[0].concept].id,
            "cultural-mediation"
        );
    }
}
