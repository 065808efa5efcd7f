//! The relevance report on the bundled corpus, checked against the thresholds: CI fails when
//! relevance drops below what was measured.

use std::path::Path;

use epi_corpus::Corpus;
use epi_index::{IndexStore, LibraryIndex};

#[test]
fn relevance_meets_the_thresholds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    let store = IndexStore::new(dir.path());
    let report = epi_ingest::rebuild(
        &Corpus::open(&root.join("corpus")).unwrap(),
        &store,
        &epi_ingest::Options::default(),
        &epi_ingest::NoProgress,
    )
    .unwrap();
    assert!(
        report.published.is_some(),
        "the bundled corpus did not index"
    );
    let index = LibraryIndex::open_current(&store).unwrap();
    let judgements = epi_eval::read_judgements(&root.join("tests/relevance/queries.toml")).unwrap();
    let thresholds =
        epi_eval::read_thresholds(&root.join("tests/relevance/thresholds.toml")).unwrap();
    let report = epi_eval::evaluate(&index, &judgements).unwrap();
    println!("{}", epi_eval::render_markdown(&report));
    let failures = report.failures(&thresholds);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
