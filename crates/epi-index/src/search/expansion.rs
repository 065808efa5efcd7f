//! Cross-language expansion: thesaurus concepts found in a query, to be searched in every
//! language as well as in the words typed.
//!
//! A concept is recognised when the words of one or more whole, consecutive clauses of the query
//! analyse to one of its terms in some language ("mediacja kulturowa", "mediację kulturową").
//! Those clauses then match either as typed or through any term of the concept in any language,
//! the latter with a lower weight, so documents in the query's language come first. Clauses
//! with alternatives (`a OR b`) are left as they are.

use std::collections::{BTreeMap, BTreeSet};

use epi_model::Lang;
use epi_model::query::ParsedQuery;
use epi_model::search::QueryExpansion;

use crate::concepts::{Alternatives, ConceptMatcher, analysed_words};

use super::query::Analysers;

/// Concepts recognised on a run of clauses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    /// Indexes of the concepts in the thesaurus.
    pub concepts: Vec<usize>,
    /// The first and last clause (inclusive) the concepts stand for.
    pub first_clause: usize,
    pub last_clause: usize,
    pub recognised_in: BTreeSet<Lang>,
}

/// The concepts of a query, on clause runs that do not overlap (the longest runs win).
pub fn find(
    matcher: &ConceptMatcher,
    parsed: &ParsedQuery,
    analysers: &mut Analysers,
) -> Vec<Expansion> {
    if matcher.is_empty() {
        return Vec::new();
    }
    // (first clause, last clause) → (concepts, languages)
    let mut spans: BTreeMap<(usize, usize), (BTreeSet<usize>, BTreeSet<Lang>)> = BTreeMap::new();
    for (lang, analyser) in analysers.languages_mut() {
        // Runs of single-atom clauses, word by word, each word with its clause.
        let mut run: Vec<(usize, Alternatives)> = Vec::new();
        let mut runs: Vec<Vec<(usize, Alternatives)>> = Vec::new();
        for (index, clause) in parsed.clauses.iter().enumerate() {
            match clause.any_of.as_slice() {
                [atom] => {
                    let words = analysed_words(analyser, &atom.words().join(" "));
                    run.extend(words.into_iter().map(|alternatives| (index, alternatives)));
                }
                _ => runs.push(std::mem::take(&mut run)),
            }
        }
        runs.push(run);
        for run in runs {
            let words: Vec<Alternatives> = run.iter().map(|(_, a)| a.clone()).collect();
            for found in matcher.find(*lang, &words) {
                let first = run[found.start].0;
                let last = run[found.end - 1].0;
                // Whole clauses only: a phrase is not split between a concept and the rest.
                let starts_clause = found.start == 0 || run[found.start - 1].0 != first;
                let ends_clause = found.end == run.len() || run[found.end].0 != last;
                if starts_clause && ends_clause {
                    let entry = spans.entry((first, last)).or_default();
                    entry.0.insert(found.concept);
                    entry.1.insert(*lang);
                }
            }
        }
    }
    let mut candidates: Vec<_> = spans.into_iter().collect();
    candidates.sort_by_key(|((first, last), _)| (std::cmp::Reverse(last - first), *first));
    let mut accepted: Vec<Expansion> = Vec::new();
    for ((first, last), (concepts, languages)) in candidates {
        let overlaps = accepted
            .iter()
            .any(|e| first <= e.last_clause && e.first_clause <= last);
        if !overlaps {
            accepted.push(Expansion {
                concepts: concepts.into_iter().collect(),
                first_clause: first,
                last_clause: last,
                recognised_in: languages,
            });
        }
    }
    accepted.sort_by_key(|e| e.first_clause);
    accepted
}

/// What the API reports of the expansions: names in the reader's language.
pub fn report(
    matcher: &ConceptMatcher,
    parsed: &ParsedQuery,
    expansions: &[Expansion],
    reader: Lang,
) -> Vec<QueryExpansion> {
    let mut reported = Vec::new();
    for expansion in expansions {
        let matched = parsed.clauses[expansion.first_clause..=expansion.last_clause]
            .iter()
            .flat_map(|clause| clause.any_of.iter().flat_map(|atom| atom.words()))
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        for &index in &expansion.concepts {
            let concept = &matcher.thesaurus().concepts[index];
            reported.push(QueryExpansion {
                concept: concept.id.clone(),
                name: concept.name(reader),
                matched: matched.clone(),
                recognised_in: expansion.recognised_in.iter().copied().collect(),
                terms: concept.terms.clone(),
            });
        }
    }
    reported
}
