//! Turning a parsed user query into tantivy queries, built in code from analysed terms.
//!
//! Every word is analysed by every language's analyser and searched in that language's title
//! and text fields, and by the neutral analyser in the catch-all field. A word that analyses to
//! two terms at one position (a stem and the stem of its folded form) matches either.

use std::collections::BTreeMap;

use epi_model::Lang;
use epi_model::query::{Atom, ParsedQuery};
use tantivy::Term;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;

use crate::analysis::{self, analyse};
use crate::concepts::ConceptMatcher;

use super::expansion::Expansion;
use crate::schema::LibrarySchema;

/// Relative weights of the fields a word is searched in.
const TITLE_BOOST: f32 = 2.5;
const TEXT_BOOST: f32 = 1.0;
const NEUTRAL_BOOST: f32 = 0.6;
/// Extra weight for the language the query is written in (or the reader's language).
const PREFERRED_LANG_BOOST: f32 = 1.5;
/// Weight of a concept's thesaurus terms relative to the words typed: a document that has the
/// words ranks above one that only has a translation of them.
const EXPANSION_BOOST: f32 = 0.4;

/// How to weigh the languages of a query.
#[derive(Debug, Clone, Default)]
pub struct LanguageWeights {
    /// The language the query is clearly written in, or the reader's, when known.
    pub preferred: Option<Lang>,
}

impl LanguageWeights {
    fn weight(&self, lang: Lang) -> f32 {
        if self.preferred == Some(lang) {
            PREFERRED_LANG_BOOST
        } else {
            1.0
        }
    }
}

/// The analysers of one query, built once per search.
pub struct Analysers {
    languages: Vec<(Lang, TextAnalyzer)>,
    neutral: TextAnalyzer,
}

impl std::fmt::Debug for Analysers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Analysers")
    }
}

/// Built once: building an analyser allocates its whole stop list, while a clone shares it.
static PROTOTYPES: std::sync::LazyLock<Analysers> = std::sync::LazyLock::new(|| Analysers {
    languages: Lang::ALL
        .into_iter()
        .map(|lang| (lang, analysis::language_analyser(lang)))
        .collect(),
    neutral: analysis::neutral_analyser(),
});

impl Analysers {
    pub(crate) fn languages_mut(&mut self) -> impl Iterator<Item = &mut (Lang, TextAnalyzer)> {
        self.languages.iter_mut()
    }

    pub(crate) fn language(&mut self, lang: Lang) -> Option<&mut TextAnalyzer> {
        self.languages
            .iter_mut()
            .find(|(l, _)| *l == lang)
            .map(|(_, analyser)| analyser)
    }
}

impl Clone for Analysers {
    fn clone(&self) -> Self {
        Analysers {
            languages: self.languages.clone(),
            neutral: self.neutral.clone(),
        }
    }
}

impl Default for Analysers {
    fn default() -> Self {
        PROTOTYPES.clone()
    }
}

/// Terms grouped by position: alternatives at one position are ORed.
fn positions(analyser: &mut TextAnalyzer, text: &str) -> Vec<(usize, Vec<String>)> {
    let mut grouped: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (position, term) in analyse(analyser, text) {
        let slot = grouped.entry(position).or_default();
        if !slot.contains(&term) {
            slot.push(term);
        }
    }
    grouped.into_iter().collect()
}

/// The query for one analysed atom in one field; `None` when the atom analyses to nothing
/// there (only stop words, for instance).
fn field_query(field: Field, terms: &[(usize, Vec<String>)]) -> Option<Box<dyn Query>> {
    // A single term is scored from its frequencies; only phrases (built below) read positions.
    let term_query = |text: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, text),
            IndexRecordOption::WithFreqs,
        ))
    };
    match terms {
        [] => None,
        [(_, alternatives)] => Some(any_of(alternatives.iter().map(|t| term_query(t)).collect())),
        _ => {
            // A phrase: positions keep the gaps left by stop words. Alternatives at a position
            // (stem / folded stem) each give a phrase of their own; the first is the common case.
            let primary: Vec<(usize, Term)> = terms
                .iter()
                .map(|(position, alternatives)| {
                    (*position, Term::from_field_text(field, &alternatives[0]))
                })
                .collect();
            let base = terms[0].0;
            let primary = primary.into_iter().map(|(p, t)| (p - base, t)).collect();
            let mut phrases: Vec<Box<dyn Query>> =
                vec![Box::new(PhraseQuery::new_with_offset(primary))];
            if terms.iter().any(|(_, alternatives)| alternatives.len() > 1) {
                let secondary = terms
                    .iter()
                    .map(|(position, alternatives)| {
                        let text = alternatives.last().map(String::as_str).unwrap_or_default();
                        (*position - base, Term::from_field_text(field, text))
                    })
                    .collect();
                phrases.push(Box::new(PhraseQuery::new_with_offset(secondary)));
            }
            Some(any_of(phrases))
        }
    }
}

fn any_of(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        return queries.remove(0);
    }
    Box::new(BooleanQuery::new(
        queries.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    if (boost - 1.0).abs() < f32::EPSILON {
        query
    } else {
        Box::new(BoostQuery::new(query, boost))
    }
}

/// Builds the tantivy query of a parsed query.
#[derive(Debug)]
pub struct QueryBuilder<'a> {
    pub schema: &'a LibrarySchema,
    pub weights: &'a LanguageWeights,
    /// The concepts found in the query, and the thesaurus they come from.
    pub expansions: &'a [Expansion],
    pub concepts: &'a ConceptMatcher,
}

impl QueryBuilder<'_> {
    /// The query of one atom in every field; `None` when it analyses to nothing anywhere.
    pub fn atom(&self, analysers: &mut Analysers, atom: &Atom) -> Option<Box<dyn Query>> {
        let text = atom.words().join(" ");
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        for (lang, analyser) in &mut analysers.languages {
            let terms = positions(analyser, &text);
            let weight = self.weights.weight(*lang);
            if let Some(q) = field_query(self.schema.title(*lang), &terms) {
                alternatives.push(boosted(q, TITLE_BOOST * weight));
            }
            if let Some(q) = field_query(self.schema.text(*lang), &terms) {
                alternatives.push(boosted(q, TEXT_BOOST * weight));
            }
        }
        let neutral_terms = positions(&mut analysers.neutral, &text);
        if let Some(q) = field_query(self.schema.all_text, &neutral_terms) {
            alternatives.push(boosted(q, NEUTRAL_BOOST));
        }
        (!alternatives.is_empty()).then(|| any_of(alternatives))
    }

    /// Any term of the given concepts, in every language's title and text.
    fn concept_query(
        &self,
        analysers: &mut Analysers,
        concepts: &[usize],
    ) -> Option<Box<dyn Query>> {
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        for &index in concepts {
            let Some(concept) = self.concepts.thesaurus().concepts.get(index) else {
                continue;
            };
            for (lang, terms) in &concept.terms {
                let weight = self.weights.weight(*lang) * EXPANSION_BOOST;
                let Some(analyser) = analysers.language(*lang) else {
                    continue;
                };
                for term in terms {
                    let positions = positions(analyser, term);
                    if let Some(q) = field_query(self.schema.title(*lang), &positions) {
                        alternatives.push(boosted(q, TITLE_BOOST * weight));
                    }
                    if let Some(q) = field_query(self.schema.text(*lang), &positions) {
                        alternatives.push(boosted(q, TEXT_BOOST * weight));
                    }
                }
            }
        }
        (!alternatives.is_empty()).then(|| any_of(alternatives))
    }

    /// The query of one clause: any of its atoms.
    fn clause_query(
        &self,
        analysers: &mut Analysers,
        clause: &epi_model::query::Clause,
    ) -> Option<Box<dyn Query>> {
        let alternatives: Vec<Box<dyn Query>> = clause
            .any_of
            .iter()
            .filter_map(|atom| self.atom(analysers, atom))
            .collect();
        (!alternatives.is_empty()).then(|| any_of(alternatives))
    }

    /// The scoring query of the text: every clause must match, exclusions must not. Clauses
    /// that name a concept match as typed or through the concept's terms in any language.
    /// `None` for a query that matches everything and excludes nothing.
    pub fn text_query(&self, parsed: &ParsedQuery) -> Option<Box<dyn Query>> {
        self.text_query_with(&mut Analysers::default(), parsed)
    }

    fn text_query_with(
        &self,
        analysers: &mut Analysers,
        parsed: &ParsedQuery,
    ) -> Option<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut index = 0;
        while index < parsed.clauses.len() {
            let expansion = self.expansions.iter().find(|e| e.first_clause == index);
            let Some(expansion) = expansion else {
                if let Some(q) = self.clause_query(analysers, &parsed.clauses[index]) {
                    clauses.push((Occur::Must, q));
                }
                index += 1;
                continue;
            };
            let typed: Vec<(Occur, Box<dyn Query>)> = parsed.clauses
                [expansion.first_clause..=expansion.last_clause]
                .iter()
                .filter_map(|clause| self.clause_query(analysers, clause))
                .map(|q| (Occur::Must, q))
                .collect();
            let mut either: Vec<Box<dyn Query>> = Vec::new();
            if !typed.is_empty() {
                either.push(Box::new(BooleanQuery::new(typed)));
            }
            if let Some(q) = self.concept_query(analysers, &expansion.concepts) {
                either.push(q);
            }
            if !either.is_empty() {
                clauses.push((Occur::Must, any_of(either)));
            }
            index = expansion.last_clause + 1;
        }
        let has_positive = !clauses.is_empty();
        for atom in &parsed.excluded {
            if let Some(q) = self.atom(analysers, atom) {
                clauses.push((Occur::MustNot, q));
            }
        }
        if clauses.is_empty() {
            return None;
        }
        if !has_positive {
            clauses.push((Occur::Must, Box::new(tantivy::query::AllQuery)));
        }
        Some(Box::new(BooleanQuery::new(clauses)))
    }

    /// The positive part only, for highlighting.
    pub fn highlight_query(&self, parsed: &ParsedQuery) -> Option<Box<dyn Query>> {
        let positive = ParsedQuery {
            clauses: parsed.clauses.clone(),
            excluded: Vec::new(),
            notes: Vec::new(),
        };
        self.text_query(&positive)
    }
}

/// A non-scoring filter: any of `values` in `field`.
pub fn filter_query(field: Field, values: impl IntoIterator<Item = String>) -> Box<dyn Query> {
    let terms: Vec<Box<dyn Query>> = values
        .into_iter()
        .map(|value| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, &value),
                IndexRecordOption::Basic,
            ))
        })
        .collect();
    Box::new(ConstScoreQuery::new(any_of(terms), 0.0))
}
