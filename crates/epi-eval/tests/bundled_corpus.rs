//! The relevance report on the bundled corpus, checked against the thresholds: CI fails when
//! relevance drops below what was measured.

use std::path::{Path, PathBuf};

use epi_corpus::Corpus;
use epi_index::{IndexStore, LibraryIndex};
use epi_model::{FacetKind, Lang, SearchRequest};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// An index of the bundled corpus in a temporary folder (kept while the folder lives).
fn bundled_index() -> (tempfile::TempDir, LibraryIndex) {
    let dir = tempfile::tempdir().unwrap();
    let store = IndexStore::new(dir.path());
    let report = epi_ingest::rebuild(
        &Corpus::open(&workspace_root().join("corpus")).unwrap(),
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
    (dir, index)
}

#[test]
fn relevance_meets_the_thresholds() {
    let root = workspace_root();
    let (_dir, index) = bundled_index();
    let judgements = epi_eval::read_judgements(&root.join("tests/relevance/queries.toml")).unwrap();
    let thresholds =
        epi_eval::read_thresholds(&root.join("tests/relevance/thresholds.toml")).unwrap();
    let report = epi_eval::evaluate(&index, &judgements).unwrap();
    println!("{}", epi_eval::render_markdown(&report));
    let failures = report.failures(&thresholds);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The query's language is judged by lingua and by the library's vocabulary, and the reader's
/// interface language breaks ties.
#[test]
fn the_query_language_comes_from_its_letters_and_the_library_s_words() {
    let (_dir, index) = bundled_index();
    let detector = epi_lang::Detector::shared();
    let plan = |text: &str, ui_lang: Option<Lang>| {
        let request = SearchRequest {
            text: text.into(),
            ui_lang,
            ..SearchRequest::default()
        };
        epi_search::plan(&index, &request, detector).unwrap()
    };
    // Clearly Polish, whatever the interface language.
    let polish = plan("mediacja międzykulturowa", Some(Lang::En));
    assert_eq!(polish.detected_lang, Some(Lang::Pl));
    assert_eq!(polish.weights.preferred, Some(Lang::Pl));
    // English, German and Swedish documents all use "integration": the interface decides.
    let ambiguous = plan("integration", Some(Lang::Sv));
    assert_eq!(ambiguous.detected_lang, None);
    assert_eq!(ambiguous.weights.preferred, Some(Lang::Sv));
    // Latvian typed without diacritics: lingua reads Spanish, but only Latvian documents use
    // the word, so Latvian practices come first, for a reader of any interface language.
    for ui_lang in [None, Some(Lang::Es), Some(Lang::En)] {
        let latvian = plan("integracija", ui_lang);
        assert_eq!(latvian.detected_lang, Some(Lang::Lv), "{ui_lang:?}");
        let request = SearchRequest {
            text: "integracija".into(),
            ui_lang,
            ..SearchRequest::default()
        };
        let results = epi_search::search(&index, &request).unwrap();
        assert_eq!(results.hits[0].lang, Lang::Lv, "{ui_lang:?}");
    }
}

/// The example: a Polish social worker searching for cultural mediation finds practices
/// in at least three other languages, the Polish ones first; restricted to Polish, only those.
#[test]
fn polish_cultural_mediation_reaches_other_languages() {
    let (_dir, index) = bundled_index();
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
