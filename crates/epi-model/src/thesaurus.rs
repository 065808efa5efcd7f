//! The multilingual thesaurus of integration concepts: what a concept is, independent of where
//! it is read from (the corpus crate parses and validates `corpus/thesaurus.toml`) or how it is
//! matched (the index crate analyses its terms in each language).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Lang;

/// One concept: an id, an English label, and its terms by language (preferred term first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concept {
    pub id: String,
    pub label: String,
    pub sources: Vec<String>,
    /// Terms not yet verified in a glossary, as `(lang, term)`.
    pub uncertain: Vec<(Lang, String)>,
    pub terms: BTreeMap<Lang, Vec<String>>,
}

impl Concept {
    /// The name of the concept for a reader of `lang`: its preferred term there, with a
    /// capital initial, or the English label.
    pub fn name(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.label.clone();
        }
        match self.terms.get(&lang).and_then(|terms| terms.first()) {
            Some(term) => {
                let mut chars = term.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => self.label.clone(),
                }
            }
            None => self.label.clone(),
        }
    }
}

/// A validated thesaurus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thesaurus {
    pub concepts: Vec<Concept>,
}

impl Thesaurus {
    /// The concept with this id.
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.concepts.iter().find(|c| c.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_reader() {
        let concept = Concept {
            id: "cultural-mediation".into(),
            label: "Cultural mediation".into(),
            sources: vec![],
            uncertain: vec![],
            terms: [
                (Lang::En, vec!["cultural mediation".into()]),
                (Lang::Pl, vec!["mediacja kulturowa".into()]),
            ]
            .into_iter()
            .collect(),
        };
        assert_eq!(concept.name(Lang::En), "Cultural mediation");
        assert_eq!(concept.name(Lang::Pl), "Mediacja kulturowa");
        assert_eq!(concept.name(Lang::Lv), "Cultural mediation");
    }
}
