//! Index tests over small generations built in temporary folders.

use std::collections::BTreeMap;

use epi_model::query::parse;
use epi_model::{
    Contact, Domain, FacetKind, Filters, Lang, Period, Practice, PracticeId, SearchRequest, Sort,
    Status, TargetGroup, Theme,
};
use tempfile::TempDir;

use crate::{IndexError, IndexStore, LanguageWeights, LibraryIndex, SearchPlan};

fn practice(
    city: &str,
    slug: &str,
    lang: Lang,
    title: &str,
    body: &str,
    domain: Domain,
    start: &str,
) -> Practice {
    Practice {
        id: PracticeId::new(city, slug).unwrap(),
        lang,
        title: title.into(),
        summary: format!("{title}."),
        city: city.into(),
        country: "EU".into(),
        organisations: vec!["City".into()],
        domains: vec![domain],
        key_features: vec![],
        themes: vec![Theme::Education],
        target_groups: vec![TargetGroup::Newcomers],
        period: Period {
            start: start.parse().unwrap(),
            end: None,
        },
        status: Status::Completed,
        keywords: vec![],
        evaluation: BTreeMap::new(),
        icc_areas: vec![],
        adapted_from: vec![],
        adapted_by: vec![],
        contact: Contact {
            organisation: "City".into(),
            name: None,
            email: None,
            url: None,
        },
        links: vec![],
        license: "CC-BY-4.0".into(),
        source: "test".into(),
        body: body.into(),
    }
}

fn fixtures() -> Vec<Practice> {
    vec![
        practice(
            "lublin",
            "dialogue",
            Lang::Pl,
            "Komisja Dialogu Obywatelskiego",
            "Komisja wspiera system integracji cudzoziemców w mieście.",
            Domain::Governance,
            "2021-03",
        ),
        practice(
            "lublin",
            "dialogue",
            Lang::En,
            "Civic Dialogue Commission",
            "The commission supports the integration support system for foreigners.",
            Domain::Governance,
            "2021-03",
        ),
        practice(
            "riga",
            "courses",
            Lang::Lv,
            "Latviešu valodas kursi",
            "Kursi palīdz jauniebraucējiem integrāciju pilsētā.",
            Domain::Interaction,
            "2014",
        ),
        practice(
            "cluj-napoca",
            "desk",
            Lang::Ro,
            "Ghișeu unic",
            "Serviciul sprijină integrarea comunităților de migranți.",
            Domain::Participation,
            "2021-09",
        ),
        practice(
            "ravenna",
            "families",
            Lang::It,
            "Famiglie accoglienti",
            "Un registro per l'accoglienza dei rifugiati nelle famiglie.",
            Domain::Interaction,
            "2021-03-10",
        ),
        practice(
            "linkoping",
            "day",
            Lang::Sv,
            "Digital integrationsdag",
            "Språkvänner och mentorskap mot ensamhet bland nyanlända.",
            Domain::Participation,
            "2021-03-23",
        ),
    ]
}

fn build(dir: &std::path::Path, practices: &[Practice]) -> LibraryIndex {
    let store = IndexStore::new(dir);
    let mut build = store.begin_build(1).unwrap();
    for p in practices {
        build.add(p, &p.body, &[]).unwrap();
    }
    build.publish().unwrap();
    LibraryIndex::open_current(&store).unwrap()
}

fn search(
    index: &LibraryIndex,
    text: &str,
    filters: &[(FacetKind, &str)],
) -> epi_model::SearchResults {
    let mut request = SearchRequest {
        text: text.into(),
        ..SearchRequest::default()
    };
    for (kind, value) in filters {
        request.filters.add(*kind, value).unwrap();
    }
    let plan = SearchPlan {
        parsed: parse(text),
        weights: LanguageWeights::default(),
        detected_lang: None,
    };
    index.search(&request, &plan).unwrap()
}

fn ids(results: &epi_model::SearchResults) -> Vec<String> {
    results
        .hits
        .iter()
        .map(|h| format!("{}.{}", h.id, h.lang))
        .collect()
}

#[test]
fn inflected_queries_match_in_polish_latvian_and_romanian() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    assert_eq!(
        ids(&search(&index, "integracja", &[])),
        ["lublin/dialogue.pl"]
    );
    assert_eq!(
        ids(&search(&index, "integracija", &[])),
        ["riga/courses.lv"]
    );
    assert_eq!(
        ids(&search(&index, "comunitate", &[])),
        ["cluj-napoca/desk.ro"]
    );
    assert_eq!(ids(&search(&index, "språkvän", &[])), ["linkoping/day.sv"]);
    assert_eq!(
        ids(&search(&index, "sprakvanner", &[])),
        ["linkoping/day.sv"]
    );
    assert!(ids(&search(&index, "xyzzy", &[])).is_empty());
}

#[test]
fn phrases_and_exclusions() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let hits = ids(&search(&index, "\"support system\"", &[]));
    assert_eq!(hits, ["lublin/dialogue.en"]);
    assert!(ids(&search(&index, "\"system support\"", &[])).is_empty());
    let all = search(&index, "", &[]).total;
    let without = search(&index, "-integration", &[]);
    assert_eq!(without.total, all - 1);
    assert!(!ids(&without).contains(&"lublin/dialogue.en".to_owned()));
}

#[test]
fn facet_counts_are_disjunctive() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let results = search(&index, "", &[(FacetKind::Domain, "interaction")]);
    assert_eq!(results.total, 2);
    let domain = results
        .facets
        .iter()
        .find(|f| f.facet == FacetKind::Domain)
        .unwrap();
    let count = |v: &str| domain.values.iter().find(|x| x.value == v).map(|x| x.count);
    // The domain facet ignores its own selection: every domain keeps its full count.
    assert_eq!(count("governance"), Some(2));
    assert_eq!(count("interaction"), Some(2));
    assert_eq!(count("participation"), Some(2));
    // Other facets count within the selection.
    let cities = results
        .facets
        .iter()
        .find(|f| f.facet == FacetKind::City)
        .unwrap();
    let total: u64 = cities.values.iter().map(|v| v.count).sum();
    assert_eq!(total, 2);

    let both = search(
        &index,
        "",
        &[
            (FacetKind::Domain, "interaction"),
            (FacetKind::Domain, "governance"),
        ],
    );
    assert_eq!(both.total, 4, "OR within a facet");
    let narrowed = search(
        &index,
        "",
        &[
            (FacetKind::Domain, "interaction"),
            (FacetKind::City, "riga"),
        ],
    );
    assert_eq!(ids(&narrowed), ["riga/courses.lv"], "AND across facets");
}

/// Every count of every facet, for selections over one, two and three facets (the collector's
/// "misses exactly one selected facet" path included), equals a count made by hand: the
/// documents that have the value and satisfy every other facet's selection.
#[test]
fn facet_counts_match_a_count_by_hand_for_combined_selections() {
    let dir = TempDir::new().unwrap();
    let practices = fixtures();
    let index = build(dir.path(), &practices);
    let values = |p: &Practice, kind: FacetKind| -> Vec<String> {
        match kind {
            FacetKind::City => vec![p.city.clone()],
            FacetKind::Domain => p.domains.iter().map(ToString::to_string).collect(),
            FacetKind::Lang => vec![p.lang.code().to_owned()],
            _ => unreachable!("only the facets selected below are counted by hand"),
        }
    };
    let kinds = [FacetKind::City, FacetKind::Domain, FacetKind::Lang];
    let selections: [&[(FacetKind, &str)]; 5] = [
        &[(FacetKind::Lang, "en")],
        &[(FacetKind::Domain, "interaction"), (FacetKind::Lang, "it")],
        &[
            (FacetKind::Domain, "governance"),
            (FacetKind::Domain, "participation"),
            (FacetKind::City, "lublin"),
        ],
        &[
            (FacetKind::City, "lublin"),
            (FacetKind::City, "riga"),
            (FacetKind::Domain, "interaction"),
            (FacetKind::Lang, "lv"),
        ],
        &[(FacetKind::City, "nowhere"), (FacetKind::Lang, "pl")],
    ];
    for selection in selections {
        let results = search(&index, "", selection);
        let satisfies = |p: &Practice, kind: FacetKind| {
            let chosen: Vec<&str> = selection
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, v)| *v)
                .collect();
            chosen.is_empty() || values(p, kind).iter().any(|v| chosen.contains(&v.as_str()))
        };
        let expected_total = practices
            .iter()
            .filter(|p| kinds.iter().all(|k| satisfies(p, *k)))
            .count();
        assert_eq!(
            results.total as usize, expected_total,
            "total of {selection:?}"
        );
        for kind in kinds {
            let mut expected: BTreeMap<String, u64> = BTreeMap::new();
            for p in practices.iter().filter(|p| {
                kinds
                    .iter()
                    .filter(|k| **k != kind)
                    .all(|k| satisfies(p, *k))
            }) {
                for value in values(p, kind) {
                    *expected.entry(value).or_default() += 1;
                }
            }
            let counted: BTreeMap<String, u64> = results
                .facets
                .iter()
                .find(|f| f.facet == kind)
                .map(|f| {
                    f.values
                        .iter()
                        .filter(|v| v.count > 0)
                        .map(|v| (v.value.clone(), v.count))
                        .collect()
                })
                .unwrap_or_default();
            assert_eq!(counted, expected, "{kind} counts of {selection:?}");
        }
    }
}

#[test]
fn translations_and_practice_lookup() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let results = search(&index, "commission", &[]);
    assert_eq!(results.hits[0].translations, [Lang::En, Lang::Pl]);
    let versions = index.practice(&"lublin/dialogue".parse().unwrap()).unwrap();
    assert_eq!(
        versions.iter().map(|p| p.lang).collect::<Vec<_>>(),
        [Lang::En, Lang::Pl]
    );
    assert!(
        index
            .practice(&"lublin/nothing".parse().unwrap())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn snippets_highlight_in_the_document_language() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let results = search(&index, "rifugiato", &[]);
    assert_eq!(ids(&results), ["ravenna/families.it"]);
    assert!(
        results.hits[0]
            .snippet_html
            .contains("<mark>rifugiati</mark>"),
        "{}",
        results.hits[0].snippet_html
    );
}

#[test]
fn newest_first_and_pagination() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let mut request = SearchRequest {
        sort: Sort::Newest,
        per_page: 2,
        ..SearchRequest::default()
    };
    let plan = SearchPlan::default();
    let mut seen = Vec::new();
    for page in 1..=4 {
        request.page = page;
        let results = index.search(&request, &plan).unwrap();
        assert_eq!(results.total, 6);
        seen.extend(ids(&results));
    }
    assert_eq!(seen.len(), 6);
    assert_eq!(seen[0], "cluj-napoca/desk.ro");
    assert_eq!(seen[5], "riga/courses.lv");
    let mut dedup = seen.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), 6, "no duplicates across pages");
}

#[test]
fn an_abandoned_rebuild_leaves_the_served_index_intact() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let store = IndexStore::new(dir.path());
    let served = store.current().unwrap().unwrap();
    {
        let mut rebuild = store.begin_build(1).unwrap();
        rebuild.add(&fixtures()[0], "only one", &[]).unwrap();
        // A second rebuild cannot start while this one holds the lock.
        assert!(matches!(
            store.begin_build(1),
            Err(IndexError::BuildLocked(_))
        ));
        // Dropped without publish: an interruption.
    }
    assert_eq!(store.current().unwrap().unwrap(), served);
    let reopened = LibraryIndex::open_current(&store).unwrap();
    assert_eq!(reopened.num_documents(), 6);
    assert_eq!(index.num_documents(), 6);
    // Only the served generation is left.
    let entries: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        entries
            .iter()
            .all(|n| !n.to_string_lossy().starts_with("building-")),
        "{entries:?}"
    );
}

#[test]
fn a_rebuild_replaces_the_generation_and_keeps_one_previous() {
    let dir = TempDir::new().unwrap();
    build(dir.path(), &fixtures());
    build(dir.path(), &fixtures()[..2]);
    let index = build(dir.path(), &fixtures()[..3]);
    assert_eq!(index.num_documents(), 3);
    let generations = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("gen-"))
        .count();
    assert_eq!(generations, 2);
}

#[test]
fn no_index_is_a_clear_error() {
    let dir = TempDir::new().unwrap();
    let err = LibraryIndex::open_current(&IndexStore::new(dir.path())).unwrap_err();
    assert!(err.to_string().contains("run `epi index`"), "{err}");
}

#[test]
fn overlong_words_find_themselves_and_still_narrow_a_query() {
    let dir = TempDir::new().unwrap();
    let compound = "Integrationsbeiratswahlvorbereitungsarbeitsgruppensitzungsprotokoll";
    assert!(compound.len() > 60);
    let mut practices = fixtures();
    practices.push(practice(
        "dietzenbach",
        "council",
        Lang::De,
        "Integrationsbeirat",
        &format!("Das {compound} der Stadt ist öffentlich."),
        Domain::Participation,
        "2021-05",
    ));
    let index = build(dir.path(), &practices);
    assert_eq!(
        ids(&search(&index, compound, &[])),
        ["dietzenbach/council.de"]
    );
    // A word that cannot be in the library still has to match: it is not silently dropped.
    let garbage = "x".repeat(80);
    assert!(
        search(&index, &format!("integration {garbage}"), &[])
            .hits
            .is_empty()
    );
    assert!(search(&index, &garbage, &[]).hits.is_empty());
}

#[test]
fn languages_using_names_the_languages_whose_documents_have_every_word() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let using = |text: &str, among: &[Lang]| index.languages_using(&parse(text), among).unwrap();
    // Latvian typed without diacritics: only the Latvian document has it.
    assert_eq!(using("integracija", &Lang::ALL), [Lang::Lv]);
    assert_eq!(using("integracja", &Lang::ALL), [Lang::Pl]);
    // Every word must be held, and only the languages asked about are answered.
    assert!(using("integracija xyzzy", &Lang::ALL).is_empty());
    assert!(using("integracija", &[Lang::Es, Lang::Pl]).is_empty());
    // A stop word of the language counts as held.
    assert_eq!(using("the integration", &[Lang::En]), [Lang::En]);
    assert!(using("", &Lang::ALL).is_empty());
}

#[test]
fn hostile_queries_stay_bounded() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    for text in [
        &"(".repeat(5000),
        &"\"a ".repeat(3000),
        "OR OR OR - - \"",
        "🎉🎉🎉 \u{0} \u{202e}",
        &"integration ".repeat(1000),
    ] {
        let results = search(&index, text, &[]);
        assert!(results.total <= 6);
    }
    let _ = Filters::default();
}

#[test]
fn misspelt_words_are_corrected_from_the_library_vocabulary() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    // One edit away from a known word: substitution, deletion, transposition.
    assert_eq!(
        index.correct_word("komisija").unwrap().as_deref(),
        Some("komisja")
    );
    assert_eq!(
        index.correct_word("comission").unwrap().as_deref(),
        Some("commission")
    );
    assert_eq!(
        index.correct_word("famigile").unwrap().as_deref(),
        Some("famiglie")
    );
    // Diacritics do not count as typos: the folded form is known.
    assert_eq!(index.correct_word("integrāciju").unwrap(), None);
    // Known words, short words and hopeless words are left alone.
    assert_eq!(index.correct_word("commission").unwrap(), None);
    assert_eq!(index.correct_word("kurs").unwrap(), None);
    assert_eq!(
        index.correct_word("kursu").unwrap().as_deref(),
        Some("kursi")
    );
    assert_eq!(index.correct_word("xqzvwk").unwrap(), None);
    assert_eq!(index.correct_word("two words").unwrap(), None);
}

#[test]
fn similar_practices_are_in_the_same_language_and_exclude_the_practice() {
    let dir = TempDir::new().unwrap();
    let mut practices = fixtures();
    practices.push(practice(
        "riga",
        "support",
        Lang::En,
        "Integration support for foreigners",
        "The integration support system helps foreigners and the commission listens.",
        Domain::Governance,
        "2022",
    ));
    practices.push(practice(
        "ravenna",
        "gardens",
        Lang::En,
        "Community gardens",
        "Neighbours grow vegetables together in shared gardens.",
        Domain::Interaction,
        "2020",
    ));
    let index = build(dir.path(), &practices);
    let id = PracticeId::new("lublin", "dialogue").unwrap();
    let similar = index.similar(&id, Lang::En, Lang::En, 5).unwrap();
    let keys: Vec<String> = similar
        .iter()
        .map(|h| format!("{}.{}", h.id, h.lang))
        .collect();
    assert_eq!(
        keys.first().map(String::as_str),
        Some("riga/support.en"),
        "{keys:?}"
    );
    assert!(
        similar.iter().all(|h| h.lang == Lang::En && h.id != id),
        "{keys:?}"
    );
    let missing = PracticeId::new("lublin", "nothing").unwrap();
    assert!(
        index
            .similar(&missing, Lang::En, Lang::En, 5)
            .unwrap()
            .is_empty()
    );
    // The only Latvian practice has no Latvian neighbour: the reader's language fills in, by
    // shared themes, and never with the practice itself.
    let riga = PracticeId::new("riga", "courses").unwrap();
    let filled = index.similar(&riga, Lang::Lv, Lang::En, 3).unwrap();
    assert!(!filled.is_empty());
    assert!(
        filled.iter().all(|h| h.lang == Lang::En && h.id != riga),
        "{filled:?}"
    );
}

#[test]
fn upserts_replace_by_doc_key_and_are_visible_after_a_reload() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &fixtures());
    let before = index.num_documents();
    let mut writer = crate::GenerationWriter::open(index.dir())
        .unwrap()
        .expect("the writer is free");
    // One writer per generation: a second one is told it is busy.
    assert!(
        crate::GenerationWriter::open(index.dir())
            .unwrap()
            .is_none()
    );

    let mut changed = fixtures()[1].clone();
    changed.title = "Civic Dialogue Commission, renamed".into();
    changed.body = "The commission now also runs a zeppelin workshop.".into();
    writer.upsert(&changed, &changed.body).unwrap();
    let added = practice(
        "lublin",
        "dialogue",
        Lang::De,
        "Kommission für den Bürgerdialog",
        "Die Kommission unterstützt die Integration von Ausländern.",
        Domain::Governance,
        "2021-03",
    );
    writer.upsert(&added, &added.body).unwrap();
    // Not visible before the commit and the reload.
    assert!(search(&index, "zeppelin", &[]).hits.is_empty());
    writer.commit().unwrap();
    index.reload().unwrap();

    assert_eq!(
        index.num_documents(),
        before + 1,
        "replaced, not duplicated"
    );
    assert_eq!(
        ids(&search(&index, "zeppelin", &[])),
        ["lublin/dialogue.en"]
    );
    let versions = index.practice(&"lublin/dialogue".parse().unwrap()).unwrap();
    assert_eq!(
        versions.iter().map(|p| p.lang).collect::<Vec<_>>(),
        [Lang::En, Lang::De, Lang::Pl]
    );
    assert_eq!(versions[0].title, "Civic Dialogue Commission, renamed");
    let results = search(&index, "commission", &[(FacetKind::Lang, "en")]);
    assert_eq!(results.hits[0].translations, [Lang::En, Lang::De, Lang::Pl]);

    // Once the writer is gone, another can open it.
    drop(writer);
    assert!(
        crate::GenerationWriter::open(index.dir())
            .unwrap()
            .is_some()
    );
}

mod snippet_chunks {
    use proptest::prelude::*;

    use crate::search::chunks;

    #[test]
    fn cuts_after_line_breaks_or_spaces() {
        let text = "First paragraph here.\nSecond paragraph is a little longer.\nThird.";
        let pieces: Vec<&str> = chunks(text, 30).collect();
        assert_eq!(pieces.concat(), text);
        assert!(pieces[0].ends_with('\n'), "{pieces:?}");
        assert!(pieces.iter().all(|p| !p.is_empty()));
        let polish = "Zażółć gęślą jaźń ".repeat(200);
        let pieces: Vec<&str> = chunks(&polish, 101).collect();
        assert_eq!(pieces.concat(), polish);
        assert!(pieces.iter().all(|p| p.len() <= 101));
    }

    proptest! {
        #[test]
        fn chunks_reassemble_the_text(text in "\\PC{0,400}", size in 4usize..200) {
            let pieces: Vec<&str> = chunks(&text, size).collect();
            prop_assert_eq!(pieces.concat(), text.clone());
            prop_assert!(pieces.iter().all(|p| !p.is_empty()));
        }
    }
}

#[test]
fn equal_scores_are_ordered_by_document_key_whatever_the_indexing_order() {
    let dir = TempDir::new().unwrap();
    // Three copies of one template, indexed against key order: tantivy alone breaks the tie by
    // document address, that is by indexing order.
    let copy = |slug| {
        practice(
            "riga",
            slug,
            Lang::En,
            "Language cafe",
            "Volunteers host a language cafe every week.",
            Domain::Interaction,
            "2022-01",
        )
    };
    let index = build(dir.path(), &[copy("zeta"), copy("alpha"), copy("mid")]);
    for preferred in [None, Some(Lang::En), Some(Lang::Pl)] {
        let plan = SearchPlan {
            parsed: parse("language cafe"),
            weights: LanguageWeights { preferred },
            detected_lang: None,
        };
        let mut request = SearchRequest {
            text: "language cafe".into(),
            ..SearchRequest::default()
        };
        let results = index.search(&request, &plan).unwrap();
        assert_eq!(
            ids(&results),
            ["riga/alpha.en", "riga/mid.en", "riga/zeta.en"],
            "preferred {preferred:?}"
        );
        assert!(
            results
                .hits
                .iter()
                .all(|h| h.score == results.hits[0].score)
        );
        // Page by page, the same order.
        request.per_page = 1;
        request.page = 2;
        let second = index.search(&request, &plan).unwrap();
        assert_eq!(ids(&second), ["riga/mid.en"], "preferred {preferred:?}");
        // Newest first: the same start date, so key order too.
        request.sort = Sort::Newest;
        request.per_page = 10;
        request.page = 1;
        let newest = index.search(&request, &plan).unwrap();
        assert_eq!(
            ids(&newest),
            ["riga/alpha.en", "riga/mid.en", "riga/zeta.en"],
            "newest, preferred {preferred:?}"
        );
    }
}
