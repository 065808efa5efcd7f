//! Cross-language search over HTTP on a copy of the bundled corpus: the example of a
//! Polish social worker searching for cultural mediation, the one-click language toggle, the
//! expansion reported by the API, the topic facet, and summaries in the reader's language.

use std::collections::BTreeSet;

use epi_tests::{Server, Workspace, encode};

fn bundled() -> (Server, Workspace) {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let workspace = Workspace::with_corpus_from(&corpus);
    let server = Server::start(&workspace);
    (server, workspace)
}

fn langs(results: &serde_json::Value) -> Vec<String> {
    results["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| hit["lang"].as_str().expect("lang").to_owned())
        .collect()
}

#[test]
fn a_polish_query_finds_other_languages_polish_first_and_only_polish_on_request() {
    let (server, _workspace) = bundled();
    let query = encode("mediacja kulturowa");

    let all = server.get(&format!("/api/v1/search?q={query}&ui=pl&per_page=50"));
    assert_eq!(all.status, 200, "{}", all.body);
    let all = all.json();
    let langs_all = langs(&all);
    let others: BTreeSet<&str> = langs_all
        .iter()
        .map(String::as_str)
        .filter(|l| *l != "pl")
        .collect();
    assert!(others.len() >= 3, "other languages: {langs_all:?}");
    let first_other = langs_all
        .iter()
        .position(|l| l != "pl")
        .expect("a foreign hit");
    assert!(first_other > 0, "no Polish hit first: {langs_all:?}");
    assert!(
        langs_all[first_other..].iter().all(|l| l != "pl"),
        "Polish hits are not all first: {langs_all:?}"
    );
    // The API says what it added.
    let expansions = all["query"]["expansions"].as_array().expect("expansions");
    let mediation = expansions
        .iter()
        .find(|e| e["concept"] == "intercultural-mediation")
        .expect("the concept was recognised");
    assert_eq!(mediation["matched"], "mediacja kulturowa");
    assert!(
        mediation["recognised_in"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "pl")
    );
    assert!(
        mediation["terms"]["sv"]
            .as_array()
            .is_some_and(|t| !t.is_empty())
    );

    // Only Polish: the language filter with the reader's language.
    let polish = server
        .get(&format!(
            "/api/v1/search?q={query}&ui=pl&lang=pl&per_page=50"
        ))
        .json();
    let langs_pl = langs(&polish);
    assert!(!langs_pl.is_empty());
    assert!(langs_pl.iter().all(|l| l == "pl"), "{langs_pl:?}");

    // Without expansion, the Polish words alone reach no other language.
    let typed = server
        .get(&format!(
            "/api/v1/search?q={query}&ui=pl&expand=false&per_page=50"
        ))
        .json();
    assert!(typed["query"]["expansions"].as_array().unwrap().is_empty());
    assert!(
        langs(&typed).iter().all(|l| l == "pl"),
        "{:?}",
        langs(&typed)
    );
}

#[test]
fn the_page_offers_the_language_toggle_and_reader_summaries() {
    let (server, _workspace) = bundled();
    let query = encode("mediacja kulturowa");
    let page = server.get(&format!("/pl/search?q={query}"));
    assert_eq!(page.status, 200);
    let body = &page.body;
    // The toggle: "all languages" is current, "only Polish" a link that adds lang=pl.
    assert!(
        body.contains("aria-current=\"true\">Wszystkie języki"),
        "{body}"
    );
    let only = "/pl/search?q=mediacja+kulturowa&amp;lang=pl";
    assert!(body.contains(only), "no link to {only}");
    // The expansion is said, with a way to search only the words typed.
    assert!(
        body.contains("Wyszukano także w pozostałych językach"),
        "{body}"
    );
    assert!(body.contains("expand=false"));
    // Hits in other languages show the practice's Polish or English summary.
    assert!(body.contains("class=\"reader-version\""), "{body}");
    assert!(body.contains("Streszczenie po angielsku") || body.contains("Streszczenie po polsku"));

    // Following the toggle: only Polish results, and the toggle now offers all languages.
    let polish = server.get(&format!("/pl/search?q={query}&lang=pl"));
    assert_eq!(polish.status, 200);
    assert!(
        polish
            .body
            .contains("aria-current=\"true\">Tylko po polsku"),
        "{}",
        polish.body
    );
}

#[test]
fn topics_are_a_language_independent_facet() {
    let (server, _workspace) = bundled();
    let facets = server.get("/api/v1/search?per_page=1").json();
    let topic = facets["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["facet"] == "topic")
        .expect("a topic facet");
    let values = topic["values"].as_array().unwrap();
    assert!(!values.is_empty(), "no topics were indexed");
    // Filtering by a topic returns documents in several languages, each mentioning it.
    let value = values[0]["value"].as_str().unwrap();
    let count = values[0]["count"].as_u64().unwrap();
    let filtered = server
        .get(&format!("/api/v1/search?topic={value}&per_page=100"))
        .json();
    assert_eq!(filtered["total"].as_u64(), Some(count));
    let langs: BTreeSet<String> = langs(&filtered).into_iter().collect();
    assert!(langs.len() >= 2, "topic {value} in {langs:?}");
    // An invalid topic is a 400 with a message, not a 500.
    let bad = server.get("/api/v1/search?topic=..%2Fx");
    assert_eq!(bad.status, 400, "{}", bad.body);
}
