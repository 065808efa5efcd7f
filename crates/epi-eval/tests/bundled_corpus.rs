//! The relevance report on the bundled corpus, checked against the thresholds: CI fails when
//! relevance drops below what was measured.

use std::path::Path;

use epi_corpus::Corpus;
use epi_index::{IndexStore, LibraryIndex};
use epi_model::{FacetKind, Lang, SearchRequest};

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

/// The example: a Polish social worker searching for cultural mediation finds practices
/// in at least three other languages, the Polish ones first; restricted to Polish, only those.
#[test]
fn polish_cultural_mediation_reaches_other_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    let store = IndexStore::new(dir.path());
    epi_ingest::rebuild(
        &Corpus::open(&root.join("corpus")).unwrap(),
        &store,
        &epi_ingest::Options::default(),
        &epi_ingest::NoProgress,
    )
    .unwrap();
    let index = LibraryIndex::open_current(&store).unwrap();
    let mut request = SearchRequest {
        text: "mediacja kulturowa".into(),
        ui_lang: Some(Lang::Pl),
        per_page: 50,
        ..SearchRequest::default()
    };
    let all = epi_search::search(&index, &request).unwrap();
    let langs: Vec<Lang> = all.hits.iter().map(|h| h.lang).collect();
    println!("{langs:?} {:?}", all.query.expansions);
    let others: std::collections::BTreeSet<Lang> =
        langs.iter().copied().filter(|l| *l != Lang::Pl).collect();
    assert!(others.len() >= 3, "{langs:?}");
    let first_other = langs.iter().position(|l| *l != Lang::Pl).unwrap();
    assert!(first_other > 0, "{langs:?}");
    assert!(
        langs[first_other..].iter().all(|l| *l != Lang::Pl),
        "{langs:?}"
    );
    assert!(
        all.query
            .expansions
            .iter()
            .any(|e| e.concept == "intercultural-mediation")
    );

    request.filters.add(FacetKind::Lang, "pl").unwrap();
    let polish = epi_search::search(&index, &request).unwrap();
    assert!(polish.total > 0);
    assert!(polish.hits.iter().all(|h| h.lang == Lang::Pl));
}
