//! Search requests and responses: the contract shared by the index, the CLI and the API.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::practice::{Period, PracticeId};
use crate::query::QueryNote;
use crate::vocab::{Domain, KeyFeature, Status, TargetGroup, Theme, Vocabulary};

/// A facet: a metadata field results can be filtered and counted by.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FacetKind {
    City,
    Country,
    Domain,
    KeyFeature,
    Theme,
    TargetGroup,
    Lang,
    Status,
    Year,
    /// Thesaurus concepts the document mentions: topics independent of the language.
    Topic,
}

impl FacetKind {
    /// Every facet, in sidebar order.
    pub const ALL: [FacetKind; 10] = [
        FacetKind::City,
        FacetKind::Domain,
        FacetKind::Lang,
        FacetKind::Topic,
        FacetKind::Theme,
        FacetKind::KeyFeature,
        FacetKind::TargetGroup,
        FacetKind::Status,
        FacetKind::Year,
        FacetKind::Country,
    ];

    /// The name used in URLs and the API (`?city=riga&domain=governance`).
    pub fn param(self) -> &'static str {
        match self {
            FacetKind::City => "city",
            FacetKind::Country => "country",
            FacetKind::Domain => "domain",
            FacetKind::KeyFeature => "key_feature",
            FacetKind::Theme => "theme",
            FacetKind::TargetGroup => "target_group",
            FacetKind::Lang => "lang",
            FacetKind::Status => "status",
            FacetKind::Year => "year",
            FacetKind::Topic => "topic",
        }
    }

    /// The English label.
    pub fn label(self) -> &'static str {
        match self {
            FacetKind::City => "City",
            FacetKind::Country => "Country",
            FacetKind::Domain => "Domain",
            FacetKind::KeyFeature => "Key feature",
            FacetKind::Theme => "Theme",
            FacetKind::TargetGroup => "Target group",
            FacetKind::Lang => "Language",
            FacetKind::Status => "Status",
            FacetKind::Year => "Year",
            FacetKind::Topic => "Topic",
        }
    }

    pub fn from_param(param: &str) -> Option<FacetKind> {
        FacetKind::ALL
            .into_iter()
            .find(|kind| kind.param() == param)
    }

    /// Checks a filter value and returns it in canonical form, or a readable error.
    pub fn normalise_value(self, value: &str) -> Result<String, BadFilter> {
        let value = value.trim();
        let bad = |expected: String| BadFilter {
            facet: self,
            value: value.chars().take(100).collect(),
            expected,
        };
        fn vocab<V: Vocabulary>(value: &str) -> Result<String, crate::vocab::UnknownValue> {
            crate::vocab::parse_vocab::<V>(value).map(|v| v.id().to_owned())
        }
        let unknown = |err: crate::vocab::UnknownValue| match err.suggestion {
            Some(s) => format!("a known value — did you mean '{s}'?"),
            None => "a known value (see /api/v1/facets)".to_owned(),
        };
        match self {
            FacetKind::City => {
                let slug = crate::practice::slugify(value);
                if crate::practice::is_valid_slug(&slug) {
                    Ok(slug)
                } else {
                    Err(bad("a city name or slug".into()))
                }
            }
            FacetKind::Country => {
                if value.len() == 2 && value.bytes().all(|b| b.is_ascii_alphabetic()) {
                    Ok(value.to_ascii_uppercase())
                } else {
                    Err(bad("a two-letter country code such as RO".into()))
                }
            }
            FacetKind::Domain => vocab::<Domain>(value).map_err(|e| bad(unknown(e))),
            FacetKind::KeyFeature => vocab::<KeyFeature>(value).map_err(|e| bad(unknown(e))),
            FacetKind::Theme => vocab::<Theme>(value).map_err(|e| bad(unknown(e))),
            FacetKind::TargetGroup => vocab::<TargetGroup>(value).map_err(|e| bad(unknown(e))),
            FacetKind::Status => vocab::<Status>(value).map_err(|e| bad(unknown(e))),
            FacetKind::Lang => Lang::from_code(value)
                .map(|lang| lang.code().to_owned())
                .ok_or_else(|| bad("one of en, ro, it, es, de, sv, pl, lv".into())),
            FacetKind::Year => match value.parse::<u16>() {
                Ok(year) if (1900..=2100).contains(&year) => Ok(year.to_string()),
                _ => Err(bad("a year such as 2021".into())),
            },
            // Concept ids have the form of slugs; an unknown one simply matches nothing.
            FacetKind::Topic => {
                let id = value.to_ascii_lowercase();
                if crate::practice::is_valid_slug(&id) {
                    Ok(id)
                } else {
                    Err(bad(
                        "a topic id such as intercultural-mediation (see /api/v1/facets)".into(),
                    ))
                }
            }
        }
    }
}

impl fmt::Display for FacetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.param())
    }
}

/// A filter value that does not belong to its facet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("filter {facet}='{value}' is not valid: expected {expected}")]
pub struct BadFilter {
    pub facet: FacetKind,
    pub value: String,
    pub expected: String,
}

/// Selected facet values: OR within a facet, AND across facets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filters(pub BTreeMap<FacetKind, BTreeSet<String>>);

impl Filters {
    /// Adds a value after checking it against its facet.
    pub fn add(&mut self, kind: FacetKind, value: &str) -> Result<(), BadFilter> {
        let value = kind.normalise_value(value)?;
        self.0.entry(kind).or_default().insert(value);
        Ok(())
    }

    pub fn values(&self, kind: FacetKind) -> impl Iterator<Item = &str> {
        self.0.get(&kind).into_iter().flatten().map(String::as_str)
    }

    pub fn is_selected(&self, kind: FacetKind, value: &str) -> bool {
        self.0.get(&kind).is_some_and(|set| set.contains(value))
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(BTreeSet::is_empty)
    }
}

/// Result order.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
}

impl FromStr for Sort {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "relevance" | "" => Ok(Sort::Relevance),
            "newest" => Ok(Sort::Newest),
            other => Err(format!(
                "sort '{}' is not valid: expected relevance or newest",
                other.chars().take(40).collect::<String>()
            )),
        }
    }
}

/// Largest page size a client may ask for.
pub const MAX_PER_PAGE: usize = 100;
/// Deepest result a client may page to; deeper pages cost more than they serve.
pub const MAX_RESULT_WINDOW: usize = 10_000;

/// A search: text in the query language, filters, order and page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchRequest {
    pub text: String,
    pub filters: Filters,
    pub sort: Sort,
    /// 1-based page number.
    pub page: usize,
    pub per_page: usize,
    /// The reader's interface language: the tie-breaker when the query's language is unclear,
    /// and the language of the summaries shown beside hits in other languages.
    pub ui_lang: Option<Lang>,
    /// Whether thesaurus concepts found in the query also search their terms in the other
    /// languages (cross-language search). On by default.
    pub expand: bool,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            text: String::new(),
            filters: Filters::default(),
            sort: Sort::Relevance,
            page: 1,
            per_page: 10,
            ui_lang: None,
            expand: true,
        }
    }
}

impl SearchRequest {
    /// Offset of the first hit of the requested page.
    pub fn offset(&self) -> usize {
        (self.page.max(1) - 1) * self.per_page
    }
}

/// One result: a language version of a practice.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: PracticeId,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub city: String,
    pub country: String,
    pub domains: Vec<Domain>,
    pub themes: Vec<Theme>,
    pub period: Period,
    pub status: Status,
    /// A passage of the body with the matched words in `<mark>`; HTML-escaped.
    pub snippet_html: String,
    pub score: f32,
    /// Every language the practice is available in, this one included.
    pub translations: Vec<Lang>,
    /// When the hit is in another language than the reader's: the title and summary of the
    /// practice's version in the reader's language, or else in English, when it has one.
    pub reader_version: Option<ReaderVersion>,
}

/// The title and summary of another language version of a hit's practice.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReaderVersion {
    pub lang: Lang,
    pub title: String,
    pub summary: String,
}

/// A value of a facet with the number of matching documents.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
    pub selected: bool,
}

/// The counts of one facet.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCounts {
    pub facet: FacetKind,
    pub values: Vec<FacetValue>,
}

/// How the library understood a query.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterpretedQuery {
    /// The text as received.
    pub text: String,
    /// The query as interpreted, in the query language.
    pub interpreted: String,
    /// The language the query is written in, when detection is clearly ahead (lingua's verdict,
    /// or the one language whose documents use every word when they contradict it).
    pub detected_lang: Option<Lang>,
    /// Readable notes on what was changed in the input.
    pub notes: Vec<String>,
    /// When the exact pass found too little and a typo-tolerant pass was used: the corrected
    /// query the results are shown for.
    pub corrected: Option<String>,
    /// The thesaurus concepts found in the query, each also searched in the other languages
    /// with a lower weight than the words typed (empty when expansion is off).
    #[serde(default)]
    pub expansions: Vec<QueryExpansion>,
}

/// One concept found in a query, and the terms it added.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryExpansion {
    /// The concept's id in the thesaurus (also its value in the `topic` facet).
    pub concept: String,
    /// The concept's name in the reader's language.
    pub name: String,
    /// The words of the query that name the concept.
    pub matched: String,
    /// The languages those words were recognised in.
    pub recognised_in: Vec<Lang>,
    /// The terms searched in addition, by language.
    #[cfg_attr(feature = "openapi", schema(value_type = std::collections::BTreeMap<String, Vec<String>>))]
    pub terms: std::collections::BTreeMap<Lang, Vec<String>>,
}

impl InterpretedQuery {
    pub fn note_messages(notes: &[QueryNote]) -> Vec<String> {
        notes.iter().map(QueryNote::message).collect()
    }
}

/// A page of results with facet counts.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub total: u64,
    pub page: usize,
    pub per_page: usize,
    pub hits: Vec<Hit>,
    pub facets: Vec<FacetCounts>,
    pub query: InterpretedQuery,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_normalise_and_reject() {
        let mut filters = Filters::default();
        filters.add(FacetKind::City, "Linköping").unwrap();
        filters.add(FacetKind::Country, "ro").unwrap();
        filters.add(FacetKind::Lang, "PL").unwrap();
        assert!(filters.is_selected(FacetKind::City, "linkoping"));
        assert!(filters.is_selected(FacetKind::Country, "RO"));
        assert!(filters.is_selected(FacetKind::Lang, "pl"));

        let err = filters.add(FacetKind::Domain, "goverance").unwrap_err();
        assert!(
            err.to_string().contains("did you mean 'governance'"),
            "{err}"
        );
        assert!(filters.add(FacetKind::Year, "20x1").is_err());
        assert!(filters.add(FacetKind::City, "../..").is_err());
        assert!(filters.add(FacetKind::Lang, "fr").is_err());
    }

    #[test]
    fn params_round_trip() {
        for kind in FacetKind::ALL {
            assert_eq!(FacetKind::from_param(kind.param()), Some(kind));
        }
    }
}
