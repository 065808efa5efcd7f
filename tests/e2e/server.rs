//! The search server over HTTP: the real `epi serve` on a random loopback port, over the ten
//! documents of `tests/fixtures/library` (and, for the link check, the bundled corpus).

use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use epi_tests::{Reply, Server, Workspace, encode, hit_keys, stderr};

use crate::localised::{
    SEARCH_LABELS, assert_no_leaked_messages, check_localised_page, link_language, links,
    message_keys, search_language,
};
use serde_json::Value;

/// The server first: fields drop in order, and the server must stop before its folder goes.
fn start() -> (Server, Workspace) {
    let workspace = Workspace::with_library_fixture();
    (Server::start(&workspace), workspace)
}

fn search(server: &Server, query: &str) -> Value {
    let reply = server.get(&format!("/api/v1/search?{query}"));
    assert_eq!(reply.status, 200, "{query}: {}", reply.body);
    assert!(reply.content_type.starts_with("application/json"));
    reply.json()
}

fn total(results: &Value) -> u64 {
    results["total"].as_u64().unwrap()
}

fn facet_values(results: &Value, facet: &str) -> Vec<(String, u64)> {
    results["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["facet"] == facet)
        .map(|f| {
            f["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| {
                    (
                        v["value"].as_str().unwrap().to_owned(),
                        v["count"].as_u64().unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

const FACETS: [&str; 9] = [
    "city",
    "country",
    "domain",
    "key_feature",
    "theme",
    "target_group",
    "lang",
    "status",
    "year",
];

#[test]
fn facet_counts_equal_the_number_of_matching_documents() {
    let (server, _workspace) = start();
    for base in [
        "",
        "q=integration",
        "q=newcomers",
        "city=lublin",
        "q=integration&domain=governance",
    ] {
        let results = search(&server, &format!("{base}&per_page=1"));
        let mut checked = 0;
        for facet in FACETS {
            for (value, count) in facet_values(&results, facet) {
                let narrowed = search(
                    &server,
                    &format!("{base}&{facet}={}&per_page=1", encode(&value)),
                );
                // A facet with a selection is counted without its own filter (disjunctive):
                // selecting one more value of it shows what that value alone matches.
                let expected = if base.contains(&format!("{facet}=")) {
                    let without: Vec<&str> = base
                        .split('&')
                        .filter(|p| !p.starts_with(&format!("{facet}=")))
                        .collect();
                    total(&search(
                        &server,
                        &format!(
                            "{}&{facet}={}&per_page=1",
                            without.join("&"),
                            encode(&value)
                        ),
                    ))
                } else {
                    total(&narrowed)
                };
                assert_eq!(count, expected, "{base}: {facet}={value}");
                checked += 1;
            }
        }
        assert!(checked > 10, "{base}: only {checked} facet values");
    }
}

#[test]
fn several_values_of_a_facet_widen_and_facets_narrow() {
    let (server, _workspace) = start();
    let count = |query: &str| total(&search(&server, query));
    let lublin = count("city=lublin");
    let riga = count("city=riga");
    assert!(lublin > 0 && riga > 0);
    assert_eq!(count("city=lublin&city=riga"), lublin + riga);
    assert_eq!(
        count("city=lublin&city=riga&lang=pl"),
        count("city=lublin&lang=pl") + count("city=riga&lang=pl")
    );
    assert!(count("city=lublin&lang=pl") < lublin);
    // The selected facet still counts its other values.
    let selected = search(&server, "city=lublin");
    let cities = facet_values(&selected, "city");
    assert!(
        cities.iter().any(|(c, n)| c == "riga" && *n == riga),
        "{cities:?}"
    );
}

#[test]
fn phrases_must_match_in_order_and_exclusions_remove() {
    let (server, _workspace) = start();
    let phrase = search(&server, &format!("q={}", encode("\"one-stop shop\"")));
    assert_eq!(hit_keys(&phrase), ["cluj-napoca/one-stop-shop.en"]);
    let words = search(&server, &format!("q={}", encode("stop shop")));
    assert!(
        hit_keys(&words).contains(&"linkoping/digital-integration-day.en".to_owned()),
        "{words}"
    );
    let reversed = search(&server, &format!("q={}", encode("\"shop stop\"")));
    assert_eq!(total(&reversed), 0, "{reversed}");

    let with = search(&server, "q=newcomers&lang=en");
    assert!(hit_keys(&with).contains(&"cluj-napoca/one-stop-shop.en".to_owned()));
    let without = search(
        &server,
        &format!("q={}&lang=en", encode("newcomers -housing")),
    );
    assert!(!hit_keys(&without).contains(&"cluj-napoca/one-stop-shop.en".to_owned()));
    assert!(hit_keys(&without).contains(&"linkoping/digital-integration-day.en".to_owned()));
}

#[test]
fn pages_have_no_duplicates_or_gaps() {
    let (server, _workspace) = start();
    for query in ["", "q=integration", "sort=newest"] {
        let all = hit_keys(&search(&server, &format!("{query}&per_page=100")));
        assert!(all.len() >= 3, "{query}");
        let mut paged = Vec::new();
        for page in 1.. {
            let results = search(&server, &format!("{query}&per_page=3&page={page}"));
            let hits = hit_keys(&results);
            if hits.is_empty() {
                break;
            }
            paged.extend(hits);
        }
        assert_eq!(paged, all, "{query}");
    }
}

#[test]
fn a_misspelt_query_is_corrected_and_says_so() {
    let (server, _workspace) = start();
    let results = search(&server, "q=integratoin");
    assert!(total(&results) > 0, "{results}");
    assert_eq!(results["query"]["corrected"], "integration");
    assert_eq!(results["query"]["text"], "integratoin");
    let page = server.get("/search?q=integratoin");
    assert!(page.body.contains("Showing results for"), "{}", page.body);
}

#[test]
fn inflected_queries_match_in_polish_latvian_and_romanian() {
    let (server, _workspace) = start();
    let polish = search(&server, "q=integracja&lang=pl");
    assert_eq!(hit_keys(&polish), ["lublin/civic-dialogue.pl"]);
    let latvian = search(&server, "q=integracija&lang=lv");
    assert_eq!(hit_keys(&latvian), ["riga/language-courses.lv"]);
    let romanian = search(&server, "q=comunitate&lang=ro");
    assert_eq!(hit_keys(&romanian), ["cluj-napoca/one-stop-shop.ro"]);
    assert!(
        romanian["hits"][0]["snippet_html"]
            .as_str()
            .unwrap()
            .contains("<mark>comunităților</mark>")
    );
    // The same word typed with combining marks (a decomposed "ă" and "ț") finds the same
    // document.
    let decomposed = search(
        &server,
        &format!("q={}&lang=ro", encode("comunita\u{306}t\u{326}ilor")),
    );
    assert_eq!(hit_keys(&decomposed), ["cluj-napoca/one-stop-shop.ro"]);
    // And with a soft hyphen inside, as text copied from a PDF has.
    let hyphenated = search(
        &server,
        &format!("q={}&lang=ro", encode("comunită\u{AD}ților")),
    );
    assert_eq!(hit_keys(&hyphenated), ["cluj-napoca/one-stop-shop.ro"]);
}

#[test]
fn malformed_input_is_answered_with_200_or_400_and_a_message() {
    let (server, _workspace) = start();
    let long = "integration ".repeat(900);
    let degraded = [
        ("\"unbalanced quote", "partner"),
        ("integration OR", "nothing to apply"),
        ("- -", "nothing to apply"),
        ("a\u{1}b\u{7f}c", "control characters"),
        (long.as_str(), "shortened"),
        ("🙂🙂", "no letters or digits"),
        ("*:*", "no letters or digits"),
    ];
    for (input, note) in degraded {
        for path in ["/api/v1/search", "/search"] {
            let reply = server.get(&format!("{path}?q={}", encode(input)));
            assert_eq!(reply.status, 200, "{path} {input:.40}: {}", reply.body);
            if path.starts_with("/api") {
                let notes = reply.json()["query"]["notes"].to_string();
                assert!(notes.contains(note), "{input:.40}: {notes}");
            }
        }
    }
    // A word longer than the index keeps is cut like the index's words, not dropped: it still
    // has to match, so this query finds nothing rather than every practice about integration.
    let long_word = format!("integration {}", "x".repeat(80));
    let reply = server.get(&format!("/api/v1/search?q={}", encode(&long_word)));
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["total"], 0, "{}", reply.body);
    for input in [
        "🙂🙂 integration",
        "OR OR OR",
        "((((((((((",
        "\u{202e}evil",
        "*:*",
        "title:x AND",
    ] {
        let reply = server.get(&format!("/api/v1/search?q={}", encode(input)));
        assert_eq!(reply.status, 200, "{input}: {}", reply.body);
    }
    let bad = [
        ("domain=goverance", "did you mean 'governance'"),
        ("page=0", "page"),
        ("per_page=100000", "per_page"),
        ("sort=sideways", "relevance or newest"),
        ("lang=fr", "en, ro, it"),
        ("year=abc", "year"),
        ("q=%FF%FE", ""),
    ];
    for (query, message) in bad {
        let reply = server.get(&format!("/api/v1/search?{query}"));
        if query.starts_with("q=") {
            // Invalid UTF-8 in the query text is decoded leniently, never a failure.
            assert_eq!(reply.status, 200, "{query}: {}", reply.body);
            continue;
        }
        assert_eq!(reply.status, 400, "{query}: {}", reply.body);
        assert_eq!(reply.content_type, "application/problem+json");
        let detail = reply.json()["detail"].as_str().unwrap().to_owned();
        assert!(detail.contains(message), "{query}: {detail}");
        let page = server.get(&format!("/search?{query}"));
        assert_eq!(page.status, 400);
        assert!(
            page.body.contains(&html_escape(&detail)),
            "{query}: {}",
            page.body
        );
    }
}

#[test]
fn undecodable_path_segments_get_a_400_in_the_api_and_page_formats() {
    let (server, _workspace) = start();
    for path in ["/api/v1/practices/%FF/x", "/api/v1/submissions/%C3%28"] {
        let reply = server.get(path);
        assert_eq!(reply.status, 400, "{path}: {}", reply.body);
        assert_eq!(reply.content_type, "application/problem+json", "{path}");
        let detail = reply.json()["detail"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(detail.contains("UTF-8"), "{path}: {detail}");
    }
    for path in [
        "/practices/%FF/x",
        "/pl/practices/riga/x/%FF",
        "/cities/%FF",
        "/domains/%FF",
        "/review/%FF",
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 400, "{path}: {}", reply.body);
        assert!(
            reply.content_type.starts_with("text/html"),
            "{path}: {}",
            reply.content_type
        );
        assert!(reply.body.contains("UTF-8"), "{path}: {}", reply.body);
    }
    let polish = server.get("/pl/cities/%FF");
    assert!(polish.body.contains("<html lang=\"pl\""), "{}", polish.body);
}

/// Text as maud escapes it in element content.
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Validates `instance` against `#/components/schemas/{name}` of the served OpenAPI document.
fn check_schema(openapi: &Value, name: &str, instance: &Value) {
    let mut schema = openapi.clone();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema".into();
    schema["$ref"] = format!("#/components/schemas/{name}").into();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}\n{instance}");
}

#[test]
fn json_responses_validate_against_the_served_openapi_document() {
    let (server, _workspace) = start();
    let openapi = server.get("/api/v1/openapi.json").json();
    assert_eq!(openapi["openapi"], "3.1.0");
    for path in [
        "/api/v1/search",
        "/api/v1/practices/{city}/{slug}",
        "/api/v1/facets",
        "/api/v1/health",
    ] {
        assert!(
            openapi["paths"][path]["get"].is_object(),
            "{path} is not documented"
        );
    }
    for query in [
        "q=integration",
        "q=integratoin",
        "city=lublin&city=riga&sort=newest",
        "q=%22unbalanced",
    ] {
        check_schema(&openapi, "SearchResults", &search(&server, query));
    }
    let practice = server.get("/api/v1/practices/lublin/civic-dialogue");
    assert_eq!(practice.status, 200);
    check_schema(&openapi, "PracticeResponse", &practice.json());
    check_schema(
        &openapi,
        "FacetsResponse",
        &server.get("/api/v1/facets").json(),
    );
    check_schema(&openapi, "Health", &server.get("/api/v1/health").json());
    for path in [
        "/api/v1/search?page=0",
        "/api/v1/practices/nowhere/nothing",
        "/api/v1/nothing",
    ] {
        let reply = server.get(path);
        assert!(reply.status == 400 || reply.status == 404, "{path}");
        assert_eq!(reply.content_type, "application/problem+json", "{path}");
        check_schema(&openapi, "Problem", &reply.json());
    }
}

#[test]
fn the_search_forms_keep_filters_order_and_page_size() {
    let (server, _workspace) = start();
    let page = server.get("/search?q=integration&city=lublin&sort=newest&per_page=5&page=2");
    assert_eq!(page.status, 200);
    let form = page.body.split("<form").nth(1).expect("the search form");
    for kept in [
        r#"name="city" value="lublin""#,
        r#"name="sort" value="newest""#,
        r#"name="per_page" value="5""#,
    ] {
        assert!(form.contains(kept), "{kept} missing from {form}");
    }
    assert!(
        !form.contains(r#"name="page""#),
        "a new search starts at page 1"
    );
}

#[test]
fn other_methods_get_405_with_allow() {
    let (server, _workspace) = start();
    let api = server.request("POST", "/api/v1/search?q=x");
    assert_eq!(api.status, 405);
    assert_eq!(api.content_type, "application/problem+json");
    assert_eq!(api.header("allow"), Some("GET, HEAD"));
    assert!(api.json()["detail"].as_str().unwrap().contains("GET"));
    let page = server.request("DELETE", "/search");
    assert_eq!(page.status, 405);
    assert!(page.content_type.starts_with("text/html"));
    assert_eq!(page.header("allow"), Some("GET, HEAD"));
}

#[test]
fn a_practice_lists_its_translations_on_the_page_and_in_the_api() {
    let (server, _workspace) = start();
    let page = server.get("/practices/lublin/civic-dialogue/pl");
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<html lang="en">"#));
    assert!(
        page.body.contains(r#"<article lang="pl">"#),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(r#"href="/practices/lublin/civic-dialogue/en" hreflang="en""#),
        "{}",
        page.body
    );
    assert!(page.body.contains(r#"rel="alternate" hreflang="pl""#));
    let default = server.get("/practices/lublin/civic-dialogue");
    assert!(
        default.body.contains("<h1>Civic Dialogue Commission</h1>"),
        "{}",
        default.body
    );
    let api = server.get("/api/v1/practices/lublin/civic-dialogue").json();
    assert_eq!(api["languages"], serde_json::json!(["en", "pl"]));
    assert!(
        api["versions"][1]["body_html"]
            .as_str()
            .unwrap()
            .contains("<h2>Kontekst</h2>")
    );
    assert_eq!(
        server.get("/practices/lublin/civic-dialogue/sv").status,
        404
    );
    assert_eq!(server.get("/practices/lublin/../etc/passwd").status, 404);
    assert_eq!(server.get("/practices/nowhere/nothing").status, 404);
}

#[test]
fn every_response_carries_the_security_headers() {
    let (server, _workspace) = start();
    for path in ["/", "/api/v1/health", "/nothing"] {
        let reply = server.get(path);
        let csp = reply.header("content-security-policy").unwrap_or_default();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(
            reply.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert!(reply.header("referrer-policy").is_some(), "{path}");
    }
}

#[test]
fn a_reindex_while_requests_run_loses_none_and_is_picked_up() {
    let (server, workspace) = start();
    let server = Arc::new(server);
    let stop = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicUsize::new(0));
    let mut clients = Vec::new();
    for _ in 0..3 {
        let (server, stop, answered) = (
            Arc::clone(&server),
            Arc::clone(&stop),
            Arc::clone(&answered),
        );
        clients.push(std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let reply = server.get("/api/v1/search?q=integration&per_page=5");
                assert_eq!(reply.status, 200, "{}", reply.body);
                assert!(reply.json()["total"].as_u64().unwrap() > 0);
                answered.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    // A new practice in the corpus, then a rebuild while the clients search.
    let source = workspace.corpus().join("riga/language-courses.lv.md");
    let text = std::fs::read_to_string(&source).unwrap();
    std::fs::write(
        workspace.corpus().join("riga/evening-courses.lv.md"),
        text.replace(
            "Latviešu valodas kursi jauniebraucējiem",
            "Vakara kursi Zolitūdē",
        ),
    )
    .unwrap();
    for _ in 0..2 {
        let index = workspace.run(&["index"]);
        assert!(index.status.success(), "{}", stderr(&index));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if total(&search(&server, "q=Zolitude")) == 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the new generation was not picked up"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.join().expect("no request failed");
    }
    assert!(answered.load(Ordering::Relaxed) > 10);
}

#[test]
fn a_half_sent_request_is_cut_off() {
    let (server, _workspace) = start();
    let address = server.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let started = Instant::now();
    let mut buffer = Vec::new();
    // The server closes the connection (possibly with a 408) instead of waiting forever.
    let _ = stream.read_to_end(&mut buffer);
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "still open after {:?}",
        started.elapsed()
    );
    let silent = TcpStream::connect(address).unwrap();
    silent
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let started = Instant::now();
    let _ = (&silent).read_to_end(&mut Vec::new());
    assert!(started.elapsed() < Duration::from_secs(15));
    assert_eq!(
        server.get("/api/v1/health").status,
        200,
        "the server still serves"
    );
}

#[test]
fn sigterm_shuts_down_gracefully() {
    let (mut server, _workspace) = start();
    assert_eq!(server.get("/api/v1/health").status, 200);
    let status = std::process::Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(server.wait(), "the server did not exit cleanly");
}

#[test]
fn the_bundled_corpus_renders_and_every_link_works() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let workspace = Workspace::with_corpus_from(&corpus);
    let server = Server::start(&workspace);
    let mut queue: VecDeque<String> = [
        "/",
        "/search",
        "/cities",
        "/domains",
        "/about",
        "/api/v1/facets",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let mut seen: HashSet<String> = queue.iter().cloned().collect();
    let keys = message_keys();
    let mut practices = BTreeSet::new();
    let mut pages_by_language: BTreeMap<&str, usize> = BTreeMap::new();
    while let Some(path) = queue.pop_front() {
        let reply: Reply = server.get(&path);
        assert_eq!(reply.status, 200, "{path}");
        if !reply.content_type.starts_with("text/html") {
            continue;
        }
        let lang = link_language(&path);
        for needle in [
            &format!("<html lang=\"{}\"", lang.unwrap_or("en")),
            "<main",
            "<h1",
            r#"class="skip-link""#,
            "<title>",
        ] {
            assert!(reply.body.contains(needle), "{path} lacks {needle}");
        }
        if lang.is_none() {
            assert!(reply.body.contains("Skip to main content"), "{path}");
        }
        *pages_by_language.entry(lang.unwrap_or("none")).or_default() += 1;
        if path.starts_with("/practices/") {
            practices.insert(path.split('/').take(4).collect::<Vec<_>>().join("/"));
        }
        assert_no_leaked_messages(&path, &reply.body, &keys);
        for link in links(&reply.body) {
            // Search pages multiply with filters and pages: follow a bounded sample of them in
            // each language.
            let bounded = match search_language(&link) {
                None => true,
                Some(lang) => {
                    seen.iter()
                        .filter(|s| search_language(s) == Some(lang))
                        .count()
                        < 40
                }
            };
            if bounded && seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
    }
    // Every page in every interface language: the menu links them all.
    assert_eq!(pages_by_language.len(), 9, "{pages_by_language:?}");
    for (lang, count) in &pages_by_language {
        assert!(
            *count > 60,
            "only {count} pages in {lang}: {pages_by_language:?}"
        );
    }
    assert_eq!(practices.len(), 21, "{practices:?}");
}

#[test]
fn every_page_kind_speaks_every_language() {
    let (server, _workspace) = start();
    let keys = message_keys();
    assert!(keys.len() > 150, "{} keys", keys.len());
    for (lang, search_label) in SEARCH_LABELS {
        let pages = [
            ("/", 200),
            ("/search?q=integration", 200),
            (
                "/search?q=integration&city=lublin&domain=governance&sort=newest",
                200,
            ),
            ("/search?q=integratoin", 200),
            ("/search?q=%22unbalanced+OR&per_page=1", 200),
            ("/search?q=qqqxyzzy&theme=housing", 200),
            ("/practices/lublin/civic-dialogue", 200),
            ("/practices/lublin/civic-dialogue/pl", 200),
            ("/cities", 200),
            ("/cities/riga", 200),
            ("/domains", 200),
            ("/domains/governance", 200),
            ("/about", 200),
            ("/nothing/here", 404),
            ("/practices/lublin/civic-dialogue/sv", 404),
            ("/search?page=0", 400),
        ];
        for (page, status) in pages {
            let path = format!("/{lang}{page}");
            let reply = server.get(&path);
            assert_eq!(reply.status, status, "{path}: {}", reply.body);
            check_localised_page(&path, &reply, lang, search_label, &keys);
        }
        let path = format!("/{lang}/about");
        let refused = server.request("DELETE", &path);
        assert_eq!(refused.status, 405, "{path}");
        check_localised_page(&path, &refused, lang, search_label, &keys);
    }
    // Vocabulary labels and the About page are translated, not only the navigation.
    let polish = server.get("/pl/search?q=integracja");
    for text in ["Obszar", "Partycypacja", "Znaleziono", "po polsku"] {
        assert!(polish.body.contains(text), "/pl/search lacks {text}");
    }
    let latvian = server.get("/lv/about");
    assert!(
        latvian.body.contains("trešo valstu pilsoņu"),
        "{}",
        latvian.body
    );
    // A passage in the page's own language is not marked; one in another language is.
    let practice = server.get("/pl/practices/lublin/civic-dialogue/pl");
    assert!(practice.body.contains("<article>"), "{}", practice.body);
    let english = server.get("/pl/practices/lublin/civic-dialogue/en");
    assert!(
        english.body.contains(r#"<article lang="en">"#),
        "{}",
        english.body
    );
}

#[test]
fn the_interface_language_is_negotiated_in_order() {
    let (server, _workspace) = start();
    let lang_of = |reply: &Reply| {
        reply
            .body
            .split(r#"<html lang=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_owned()
    };
    let cookie = ("Cookie", "ui_lang=it");
    let accept = ("Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
    // (address, request headers, expected language)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 7] = [
        ("/sv/about?ui=pl", &[cookie, accept], "sv"),
        ("/about?ui=pl", &[cookie, accept], "pl"),
        ("/about", &[cookie, accept], "it"),
        ("/about", &[accept], "de"),
        (
            "/about",
            &[("Accept-Language", "fr-FR, lv;q=0.2, es;q=0.8")],
            "es",
        ),
        ("/about", &[("Accept-Language", "fr-FR, *;q=0.5")], "en"),
        ("/about", &[], "en"),
    ];
    for (path, headers, expected) in cases {
        let reply = server.get_with(path, headers);
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(lang_of(&reply), expected, "{path} with {headers:?}");
    }
    // A prefixed address remembers the choice for addresses without one.
    let chosen = server.get("/pl/cities");
    let set_cookie = chosen.header("set-cookie").unwrap_or_default();
    assert!(set_cookie.starts_with("ui_lang=pl;"), "{set_cookie:?}");
    let again = server.get_with("/pl/cities", &[("Cookie", "ui_lang=pl")]);
    assert_eq!(again.header("set-cookie"), None);
    let remembered = server.get_with("/cities", &[("Cookie", "ui_lang=pl")]);
    assert_eq!(lang_of(&remembered), "pl");
    // Negotiated pages link without a prefix (the cookie or header chooses again) and say so
    // to caches; an explicit `?ui=` is carried on in the links.
    assert!(remembered.body.contains(r#"href="/cities/riga""#));
    assert!(
        remembered
            .header("vary")
            .unwrap_or_default()
            .contains("cookie")
    );
    let explicit = server.get("/cities?ui=lv");
    assert!(explicit.body.contains(r#"href="/lv/cities/riga""#));
    // Unknown prefixes and upper case are not languages.
    assert_eq!(server.get("/fr/cities").status, 404);
    assert_eq!(server.get("/PL/cities").status, 404);
    // The JSON API is for developers: English whatever the reader's language.
    let facets = server.get_with("/api/v1/facets", &[cookie, accept]).json();
    assert!(facets.to_string().contains("\"Governance\""), "{facets}");
    let problem = server.get_with("/api/v1/nothing", &[("Cookie", "ui_lang=pl")]);
    assert_eq!(problem.content_type, "application/problem+json");
    assert_eq!(server.get("/pl/api/v1/health").status, 404);
}
