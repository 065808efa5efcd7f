//! The report as Markdown tables: readable in a terminal and pasted as is into
//! `docs/RELEVANCE.md`.

use std::fmt::Write as _;

use epi_model::Lang;

use crate::{Report, Run, Scores};

fn row(out: &mut String, label: &str, with: Scores, without: Scores) {
    let _ = writeln!(
        out,
        "| {label} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
        with.queries, with.mrr, without.mrr, with.ndcg, without.ndcg, with.recall, without.recall
    );
}

/// Both runs side by side, then detection, then the queries that found nothing relevant.
pub fn render_markdown(report: &Report) -> String {
    let (with, without) = (&report.expanded, &report.unexpanded);
    let mut out = String::new();
    out.push_str("| queries | n | MRR@10 | MRR@10 without expansion | nDCG@10 | nDCG@10 without | recall@10 | recall@10 without |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    row(&mut out, "all", with.all(), without.all());
    row(
        &mut out,
        "cross-language",
        with.cross_language(),
        without.cross_language(),
    );
    row(
        &mut out,
        "same language",
        with.same_language(),
        without.same_language(),
    );
    let (by_with, by_without) = (with.by_lang(), without.by_lang());
    for lang in Lang::ALL {
        row(
            &mut out,
            &format!("{} ({})", lang.native_name(), lang.code()),
            by_with[&lang],
            by_without[&lang],
        );
    }

    out.push_str("\nQuery language detection (the query path: lingua over the eight corpus languages, a verdict only when one language is clearly ahead, overruled when the library's documents in that language lack the query's words and one other language's have them all):\n\n");
    out.push_str("| language | queries | correct | wrong | undecided | accuracy |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|\n");
    for (lang, d) in &report.detection {
        let _ = writeln!(
            out,
            "| {} ({}) | {} | {} | {} | {} | {:.3} |",
            lang.native_name(),
            lang.code(),
            d.total(),
            d.correct,
            d.wrong,
            d.undecided,
            d.accuracy()
        );
    }
    let d = report.detection_overall();
    let _ = writeln!(
        out,
        "| all | {} | {} | {} | {} | {:.3} |",
        d.total(),
        d.correct,
        d.wrong,
        d.undecided,
        d.accuracy()
    );

    let misses = misses(with);
    if !misses.is_empty() {
        let _ = write!(
            out,
            "\nQueries with no relevant practice in the top 10 (with expansion): {}\n",
            misses.join(", ")
        );
    }
    out
}

fn misses(run: &Run) -> Vec<String> {
    run.queries
        .iter()
        .filter(|q| q.reciprocal_rank == 0.0)
        .map(|q| q.id.clone())
        .collect()
}
