//! The multilingual thesaurus (`corpus/thesaurus.toml`): concepts of integration with their
//! terms in every corpus language. Like documents, it is parsed without ever failing: the result
//! is the thesaurus when it is valid, and every problem located by file, line and column.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use epi_model::Lang;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics, Position, Severity};

/// The file name of the thesaurus, at the corpus root.
pub const THESAURUS_FILE: &str = "thesaurus.toml";

pub use epi_model::thesaurus::{Concept, Thesaurus};

#[derive(Debug, Deserialize)]
struct RawFile {
    #[serde(default)]
    concept: Vec<RawConcept>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConcept {
    id: Spanned<String>,
    label: String,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    uncertain: Vec<Spanned<String>>,
    #[serde(default)]
    shared: Vec<Spanned<String>>,
    en: Option<Spanned<Vec<String>>>,
    ro: Option<Spanned<Vec<String>>>,
    it: Option<Spanned<Vec<String>>>,
    es: Option<Spanned<Vec<String>>>,
    de: Option<Spanned<Vec<String>>>,
    sv: Option<Spanned<Vec<String>>>,
    pl: Option<Spanned<Vec<String>>>,
    lv: Option<Spanned<Vec<String>>>,
}

impl RawConcept {
    fn terms(&self, lang: Lang) -> Option<&Spanned<Vec<String>>> {
        match lang {
            Lang::En => self.en.as_ref(),
            Lang::Ro => self.ro.as_ref(),
            Lang::It => self.it.as_ref(),
            Lang::Es => self.es.as_ref(),
            Lang::De => self.de.as_ref(),
            Lang::Sv => self.sv.as_ref(),
            Lang::Pl => self.pl.as_ref(),
            Lang::Lv => self.lv.as_ref(),
        }
    }
}

/// Terms are compared without regard to case, surrounding space or Unicode composition.
fn key(term: &str) -> String {
    epi_model::text::normalise(term.trim()).to_lowercase()
}

/// Parses a `"<lang>:<term>"` reference.
fn reference(text: &str) -> Option<(Lang, String)> {
    let (lang, term) = text.split_once(':')?;
    Some((Lang::from_code(lang)?, term.trim().to_owned()))
}

/// Parses and validates the thesaurus. `file` names it in diagnostics.
pub fn parse_thesaurus(file: &Path, text: &str) -> (Option<Thesaurus>, Vec<Diagnostic>) {
    let mut diags = Diagnostics::new(file.to_path_buf());
    let at = |offset: usize| Some(Position::of_offset(text, offset, 1));
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(err) => {
            let position = err.span().and_then(|span| at(span.start));
            diags.push(Severity::Error, position, None, err.message().to_owned());
            return (None, diags.into_vec());
        }
    };
    let mut concepts = Vec::with_capacity(raw.concept.len());
    let mut ids: HashSet<String> = HashSet::new();
    // (language, term) → the concepts using it, and whether each marks it shared.
    let mut owners: HashMap<(Lang, String), Vec<(usize, bool)>> = HashMap::new();
    for (index, concept) in raw.concept.iter().enumerate() {
        let id_at = at(concept.id.span().start);
        let id = concept.id.get_ref().clone();
        if !epi_model::practice::is_valid_slug(&id) {
            diags.error(
                id_at,
                "id",
                format!("concept id '{id}' is not kebab-case (a–z, 0–9, '-')"),
            );
        }
        if !ids.insert(id.clone()) {
            diags.error(id_at, "id", format!("concept id '{id}' is used twice"));
        }
        let shared: HashSet<(Lang, String)> = concept
            .shared
            .iter()
            .filter_map(|s| reference(s.get_ref()).map(|(l, t)| (l, key(&t))))
            .collect();
        let mut terms = BTreeMap::new();
        for lang in Lang::ALL {
            let Some(list) = concept.terms(lang) else {
                diags.error(
                    id_at,
                    lang.code(),
                    format!("concept '{id}' has no {} terms", lang.english_name()),
                );
                continue;
            };
            let list_at = at(list.span().start);
            let mut seen = HashSet::new();
            if list.get_ref().is_empty() {
                diags.error(
                    list_at,
                    lang.code(),
                    format!("concept '{id}' has no {} terms", lang.english_name()),
                );
            }
            for term in list.get_ref() {
                let k = key(term);
                if k.is_empty() {
                    diags.error(
                        list_at,
                        lang.code(),
                        format!("concept '{id}' has an empty {} term", lang.english_name()),
                    );
                } else if !seen.insert(k.clone()) {
                    diags.error(
                        list_at,
                        lang.code(),
                        format!(
                            "concept '{id}' lists the {} term '{term}' twice",
                            lang.english_name()
                        ),
                    );
                } else {
                    let is_shared = shared.contains(&(lang, k.clone()));
                    owners
                        .entry((lang, k))
                        .or_default()
                        .push((index, is_shared));
                }
            }
            terms.insert(
                lang,
                list.get_ref()
                    .iter()
                    .map(|t| epi_model::text::normalise(t.trim()).into_owned())
                    .collect::<Vec<_>>(),
            );
        }
        for (field, references) in [
            ("uncertain", &concept.uncertain),
            ("shared", &concept.shared),
        ] {
            for reference_text in references {
                let listed = reference(reference_text.get_ref()).is_some_and(|(lang, term)| {
                    terms
                        .get(&lang)
                        .is_some_and(|list: &Vec<String>| list.iter().any(|t| key(t) == key(&term)))
                });
                if !listed {
                    diags.error(
                        at(reference_text.span().start),
                        field,
                        format!("'{}' is not a term of concept '{id}': write \"<lang>:<term>\" with a term listed above", reference_text.get_ref()),
                    );
                }
            }
        }
        let uncertain = concept
            .uncertain
            .iter()
            .filter_map(|s| reference(s.get_ref()))
            .collect();
        concepts.push(Concept {
            id,
            label: concept.label.clone(),
            sources: concept.sources.clone(),
            uncertain,
            terms,
        });
    }
    let mut clashes: Vec<_> = owners
        .into_iter()
        .filter(|(_, users)| users.len() > 1 && !users.iter().all(|(_, shared)| *shared))
        .collect();
    clashes.sort_by_key(|(_, users)| users[1].0);
    for ((lang, term), users) in clashes {
        let names: Vec<&str> = users
            .iter()
            .map(|(i, _)| concepts[*i].id.as_str())
            .collect();
        let second = &raw.concept[users[1].0];
        diags.error(
            at(second.id.span().start),
            lang.code(),
            format!(
                "the {} term '{term}' is in concepts {}: list it in `shared` of each, or keep it in one",
                lang.english_name(),
                names.join(" and ")
            ),
        );
    }
    let valid = !diags.has_errors();
    (valid.then_some(Thesaurus { concepts }), diags.into_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &str = "en = [\"integration\"]\nro = [\"integrare\"]\nit = [\"integrazione\"]\nes = [\"integración\"]\nde = [\"Integration\"]\nsv = [\"integration\"]\npl = [\"integracja\"]\nlv = [\"integrācija\"]\n";

    fn errors(text: &str) -> Vec<String> {
        parse_thesaurus(Path::new("thesaurus.toml"), text)
            .1
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_complete_concept_is_valid() {
        let text = format!(
            "[[concept]]\nid = \"integration\"\nlabel = \"Integration\"\nsources = [\"EMN\"]\n{LANGS}"
        );
        let (thesaurus, diagnostics) = parse_thesaurus(Path::new("thesaurus.toml"), &text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let thesaurus = thesaurus.unwrap();
        assert_eq!(thesaurus.concepts[0].terms[&Lang::Pl], ["integracja"]);
    }

    #[test]
    fn missing_languages_unknown_keys_and_bad_references_are_located() {
        let text = "[[concept]]\nid = \"refugee\"\nlabel = \"Refugee\"\nuncertain = [\"sv:flykting\"]\nen = [\"refugee\"]\n";
        let found = errors(text);
        assert!(
            found
                .iter()
                .any(|e| e.contains("thesaurus.toml:2:6") && e.contains("no Romanian terms")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|e| e.contains(":4:") && e.contains("'sv:flykting' is not a term")),
            "{found:?}"
        );
        let found = errors("[[concept]]\nid = \"x\"\nlabel = \"X\"\nfrench = [\"x\"]\n");
        assert!(
            found
                .iter()
                .any(|e| e.contains("thesaurus.toml:4:1") && e.contains("french")),
            "{found:?}"
        );
    }

    #[test]
    fn a_term_in_two_concepts_needs_shared_in_both() {
        let concept = |id: &str, shared: &str| {
            format!("[[concept]]\nid = \"{id}\"\nlabel = \"{id}\"\nshared = [{shared}]\n{LANGS}")
        };
        let clash = format!("{}{}", concept("one", ""), concept("two", ""));
        let found = errors(&clash);
        assert!(
            found
                .iter()
                .any(|e| e.contains("'integracja' is in concepts one and two")),
            "{found:?}"
        );
        let one_side = format!(
            "{}{}",
            concept("one", "\"pl:integracja\""),
            concept("two", "")
        );
        assert!(errors(&one_side).iter().any(|e| e.contains("'integracja'")));
        let all: Vec<String> = LANGS
            .lines()
            .map(|line| {
                let (lang, rest) = line.split_once(" = [\"").unwrap();
                format!("\"{lang}:{}\"", rest.trim_end_matches("\"]"))
            })
            .collect();
        let both = format!(
            "{}{}",
            concept("one", &all.join(", ")),
            concept("two", &all.join(", "))
        );
        assert!(errors(&both).is_empty(), "{:?}", errors(&both));
    }

    #[test]
    fn the_shipped_thesaurus_is_valid_and_large_enough() {
        // Reads (never writes) the bundled corpus: this test is about the shipped data file.
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../corpus")
            .join(THESAURUS_FILE);
        let text = std::fs::read_to_string(&path).expect("corpus/thesaurus.toml");
        let (thesaurus, diagnostics) = parse_thesaurus(Path::new(THESAURUS_FILE), &text);
        assert!(
            diagnostics.is_empty(),
            "{:#?}",
            diagnostics
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        );
        assert!(thesaurus.unwrap().concepts.len() >= 80);
    }
}
