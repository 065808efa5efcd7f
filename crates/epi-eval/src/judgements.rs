//! The judged queries and the thresholds, read from TOML.

use std::path::Path;

use epi_model::Lang;
use serde::Deserialize;

use crate::EvalError;

/// One judged query: what a librarian expects in the top ten.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judgement {
    pub id: String,
    pub lang: Lang,
    pub text: String,
    /// Some relevant practices have no version in the query's language.
    pub cross_language: bool,
    /// `<city>/<slug>` of the relevant practices, most relevant first.
    pub relevant: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JudgementsFile {
    query: Vec<Judgement>,
}

/// Minimums for the run with expansion (the library's configuration); a missing one is not
/// checked.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub all_mrr: Option<f64>,
    pub all_ndcg: Option<f64>,
    pub all_recall: Option<f64>,
    pub cross_language_mrr: Option<f64>,
    pub cross_language_ndcg: Option<f64>,
    pub cross_language_recall: Option<f64>,
    pub same_language_mrr: Option<f64>,
    pub detection_accuracy: Option<f64>,
}

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Read {
        path: path.display().to_string(),
        source,
    })
}

fn invalid(path: &Path, message: impl Into<String>) -> EvalError {
    EvalError::Invalid {
        path: path.display().to_string(),
        message: message.into(),
    }
}

/// Reads the judged queries; ids must be unique and every query must judge something.
pub fn read_judgements(path: &Path) -> Result<Vec<Judgement>, EvalError> {
    let file: JudgementsFile =
        toml::from_str(&read(path)?).map_err(|err| invalid(path, err.to_string()))?;
    let mut seen = std::collections::HashSet::new();
    for judgement in &file.query {
        if !seen.insert(judgement.id.as_str()) {
            return Err(invalid(
                path,
                format!("query id {} is used twice", judgement.id),
            ));
        }
        if judgement.relevant.is_empty() {
            return Err(invalid(
                path,
                format!("query {} judges no practice relevant", judgement.id),
            ));
        }
    }
    Ok(file.query)
}

/// Reads the thresholds; every value must lie in 0..=1.
pub fn read_thresholds(path: &Path) -> Result<Thresholds, EvalError> {
    let thresholds: Thresholds =
        toml::from_str(&read(path)?).map_err(|err| invalid(path, err.to_string()))?;
    let values = [
        thresholds.all_mrr,
        thresholds.all_ndcg,
        thresholds.all_recall,
        thresholds.cross_language_mrr,
        thresholds.cross_language_ndcg,
        thresholds.cross_language_recall,
        thresholds.same_language_mrr,
        thresholds.detection_accuracy,
    ];
    if values
        .into_iter()
        .flatten()
        .any(|v| !(0.0..=1.0).contains(&v))
    {
        return Err(invalid(path, "thresholds are fractions between 0 and 1"));
    }
    Ok(thresholds)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped judgements: at least 120 queries, at least 15 per language, at least a
    /// third of them cross-language (the minimums).
    #[test]
    fn shipped_judgements_meet_the_minimums() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/relevance/queries.toml");
        let judgements = read_judgements(&path).unwrap();
        assert!(judgements.len() >= 120, "{}", judgements.len());
        for lang in Lang::ALL {
            let count = judgements.iter().filter(|j| j.lang == lang).count();
            assert!(count >= 15, "{lang}: {count}");
        }
        let cross = judgements.iter().filter(|j| j.cross_language).count();
        assert!(cross * 3 >= judgements.len(), "{cross} cross-language");
        let thresholds = read_thresholds(&path.with_file_name("thresholds.toml")).unwrap();
        assert!(thresholds.cross_language_mrr.is_some());
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let dir = std::env::temp_dir().join(format!("epi-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("q.toml");
        let one = "[[query]]\nid = \"a\"\nlang = \"pl\"\ntext = \"x\"\ncross_language = false\nrelevant = [\"c/s\"]\n";
        std::fs::write(&path, format!("{one}{one}")).unwrap();
        let err = read_judgements(&path).unwrap_err().to_string();
        assert!(err.contains("used twice"), "{err}");
        std::fs::write(&path, "all_mrr = 1.5\n").unwrap();
        assert!(read_thresholds(&path).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
