//! Measured relevance. Runs the judged queries of `tests/relevance/queries.toml` against an
//! index, with and without cross-language expansion, and reports MRR@10, nDCG@10 and recall@10
//! per query language, for cross-language and same-language queries, and overall; plus how
//! often the query path detects each query's language. Thresholds (`thresholds.toml`) turn the
//! report into a pass or a fail, so CI notices when relevance drops.
//!
//! A hit is a language version; relevance is judged per practice, so the ranking evaluated is
//! the list of distinct practices in the order of their best version.

mod judgements;
mod metrics;
mod report;

use std::collections::BTreeMap;

use epi_index::LibraryIndex;
use epi_lang::Detector;
use epi_model::{Lang, SearchRequest};

pub use judgements::{Judgement, Thresholds, read_judgements, read_thresholds};
pub use metrics::{QueryScores, Scores};
pub use report::render_markdown;

/// Results looked at per query.
pub const CUTOFF: usize = 10;

/// Hits fetched per query: enough language versions to fill ten distinct practices.
const FETCH: usize = 50;

/// Errors of an evaluation.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    #[error(transparent)]
    Index(#[from] epi_index::IndexError),
}

/// One run over every judged query, with or without expansion.
#[derive(Debug, Clone, Default)]
pub struct Run {
    pub expand: bool,
    pub queries: Vec<QueryScores>,
}

impl Run {
    /// Mean scores of the queries that pass `keep`.
    pub fn mean(&self, keep: impl Fn(&QueryScores) -> bool) -> Scores {
        Scores::mean(self.queries.iter().filter(|q| keep(q)))
    }

    pub fn by_lang(&self) -> BTreeMap<Lang, Scores> {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang, self.mean(|q| q.lang == lang)))
            .collect()
    }

    pub fn cross_language(&self) -> Scores {
        self.mean(|q| q.cross_language)
    }

    pub fn same_language(&self) -> Scores {
        self.mean(|q| !q.cross_language)
    }

    pub fn all(&self) -> Scores {
        self.mean(|_| true)
    }
}

/// How often query language detection names the language a query was written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Detection {
    pub correct: usize,
    /// Detection named another language.
    pub wrong: usize,
    /// Detection was not clearly ahead for any language (the search then favours the reader's).
    pub undecided: usize,
}

impl Detection {
    pub fn total(&self) -> usize {
        self.correct + self.wrong + self.undecided
    }

    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.total())
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The whole evaluation: both runs and detection.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub expanded: Run,
    pub unexpanded: Run,
    pub detection: BTreeMap<Lang, Detection>,
}

impl Report {
    /// Overall detection over every query.
    pub fn detection_overall(&self) -> Detection {
        self.detection
            .values()
            .fold(Detection::default(), |sum, d| Detection {
                correct: sum.correct + d.correct,
                wrong: sum.wrong + d.wrong,
                undecided: sum.undecided + d.undecided,
            })
    }

    /// The thresholds this report falls below, as readable lines (empty: it passes).
    pub fn failures(&self, thresholds: &Thresholds) -> Vec<String> {
        let mut failures = Vec::new();
        let mut check = |what: &str, value: f64, minimum: Option<f64>| {
            if let Some(minimum) = minimum
                && value + 1e-9 < minimum
            {
                failures.push(format!(
                    "{what} is {value:.3}, below the threshold {minimum:.3}"
                ));
            }
        };
        let all = self.expanded.all();
        let cross = self.expanded.cross_language();
        let same = self.expanded.same_language();
        check("MRR@10 (all queries)", all.mrr, thresholds.all_mrr);
        check("nDCG@10 (all queries)", all.ndcg, thresholds.all_ndcg);
        check("recall@10 (all queries)", all.recall, thresholds.all_recall);
        check(
            "MRR@10 (cross-language)",
            cross.mrr,
            thresholds.cross_language_mrr,
        );
        check(
            "nDCG@10 (cross-language)",
            cross.ndcg,
            thresholds.cross_language_ndcg,
        );
        check(
            "recall@10 (cross-language)",
            cross.recall,
            thresholds.cross_language_recall,
        );
        check(
            "MRR@10 (same language)",
            same.mrr,
            thresholds.same_language_mrr,
        );
        check(
            "language detection accuracy",
            self.detection_overall().accuracy(),
            thresholds.detection_accuracy,
        );
        failures
    }
}

/// Runs every judged query on `index`, with and without expansion, and detects each query's
/// language as the search path does.
pub fn evaluate(index: &LibraryIndex, judgements: &[Judgement]) -> Result<Report, EvalError> {
    let detector = Detector::shared();
    let mut detection: BTreeMap<Lang, Detection> = BTreeMap::new();
    for judgement in judgements {
        let entry = detection.entry(judgement.lang).or_default();
        let parsed = epi_model::query::parse(&judgement.text);
        match epi_search::query_language(index, detector, &parsed)? {
            Some(lang) if lang == judgement.lang => entry.correct += 1,
            Some(_) => entry.wrong += 1,
            None => entry.undecided += 1,
        }
    }
    Ok(Report {
        expanded: run(index, judgements, true)?,
        unexpanded: run(index, judgements, false)?,
        detection,
    })
}

fn run(index: &LibraryIndex, judgements: &[Judgement], expand: bool) -> Result<Run, EvalError> {
    let mut queries = Vec::with_capacity(judgements.len());
    for judgement in judgements {
        let request = SearchRequest {
            text: judgement.text.clone(),
            per_page: FETCH,
            ui_lang: Some(judgement.lang),
            expand,
            ..SearchRequest::default()
        };
        let results = epi_search::search(index, &request)?;
        let mut ranked: Vec<String> = Vec::new();
        for hit in &results.hits {
            let id = hit.id.to_string();
            if !ranked.contains(&id) {
                ranked.push(id);
            }
        }
        ranked.truncate(CUTOFF);
        queries.push(QueryScores::score(judgement, ranked));
    }
    Ok(Run { expand, queries })
}
