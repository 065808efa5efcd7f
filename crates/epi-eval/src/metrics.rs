//! Rank metrics at a cutoff of ten, with binary relevance (a practice is relevant to a query
//! or not): reciprocal rank of the first relevant practice, nDCG with log2 discounts, recall.

use epi_model::Lang;

use crate::{CUTOFF, Judgement};

/// The scores of one query.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryScores {
    pub id: String,
    pub lang: Lang,
    pub cross_language: bool,
    /// The practices returned, best first (at most ten).
    pub ranked: Vec<String>,
    pub reciprocal_rank: f64,
    pub ndcg: f64,
    pub recall: f64,
}

impl QueryScores {
    pub fn score(judgement: &Judgement, ranked: Vec<String>) -> QueryScores {
        let top = &ranked[..ranked.len().min(CUTOFF)];
        let relevant = |id: &String| judgement.relevant.contains(id);
        let reciprocal_rank = top
            .iter()
            .position(relevant)
            .map_or(0.0, |index| 1.0 / (index + 1) as f64);
        let dcg: f64 = top
            .iter()
            .enumerate()
            .filter(|(_, id)| relevant(id))
            .map(|(index, _)| discount(index))
            .sum();
        let ideal: f64 = (0..judgement.relevant.len().min(CUTOFF))
            .map(discount)
            .sum();
        let found = top.iter().filter(|id| relevant(id)).count();
        QueryScores {
            id: judgement.id.clone(),
            lang: judgement.lang,
            cross_language: judgement.cross_language,
            reciprocal_rank,
            ndcg: if ideal > 0.0 { dcg / ideal } else { 0.0 },
            recall: if judgement.relevant.is_empty() {
                0.0
            } else {
                found as f64 / judgement.relevant.len() as f64
            },
            ranked,
        }
    }
}

/// The gain discount of a 0-based rank.
fn discount(index: usize) -> f64 {
    1.0 / ((index + 2) as f64).log2()
}

/// Mean scores over a set of queries.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    pub queries: usize,
    pub mrr: f64,
    pub ndcg: f64,
    pub recall: f64,
}

impl Scores {
    pub fn mean<'a>(queries: impl Iterator<Item = &'a QueryScores>) -> Scores {
        let mut sum = Scores::default();
        for q in queries {
            sum.queries += 1;
            sum.mrr += q.reciprocal_rank;
            sum.ndcg += q.ndcg;
            sum.recall += q.recall;
        }
        if sum.queries > 0 {
            let n = sum.queries as f64;
            sum.mrr /= n;
            sum.ndcg /= n;
            sum.recall /= n;
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(relevant: &[&str]) -> Judgement {
        Judgement {
            id: "q".into(),
            lang: Lang::Pl,
            text: "x".into(),
            cross_language: false,
            relevant: relevant.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    fn ranked(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn perfect_ranking_scores_one() {
        let s = QueryScores::score(&judged(&["a", "b"]), ranked(&["a", "b", "c"]));
        assert_eq!((s.reciprocal_rank, s.ndcg, s.recall), (1.0, 1.0, 1.0));
    }

    #[test]
    fn late_and_missing_results_cost() {
        let s = QueryScores::score(&judged(&["a", "b"]), ranked(&["x", "a", "y"]));
        assert_eq!(s.reciprocal_rank, 0.5);
        assert_eq!(s.recall, 0.5);
        // DCG = 1/log2(3); IDCG = 1 + 1/log2(3)
        let expected = (1.0 / 3f64.log2()) / (1.0 + 1.0 / 3f64.log2());
        assert!((s.ndcg - expected).abs() < 1e-12);
    }

    #[test]
    fn nothing_relevant_found_is_zero() {
        let s = QueryScores::score(&judged(&["a"]), ranked(&["x", "y"]));
        assert_eq!((s.reciprocal_rank, s.ndcg, s.recall), (0.0, 0.0, 0.0));
    }

    #[test]
    fn only_the_first_ten_count() {
        let mut ids: Vec<String> = (0..10).map(|i| format!("x{i}")).collect();
        ids.push("a".into());
        let s = QueryScores::score(&judged(&["a"]), ids);
        assert_eq!(s.reciprocal_rank, 0.0);
    }

    #[test]
    fn means_average_queries() {
        let a = QueryScores::score(&judged(&["a"]), ranked(&["a"]));
        let b = QueryScores::score(&judged(&["a"]), ranked(&["x"]));
        let mean = Scores::mean([a, b].iter());
        assert_eq!(mean.queries, 2);
        assert_eq!(mean.mrr, 0.5);
    }
}
