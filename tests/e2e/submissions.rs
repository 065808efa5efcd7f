//! Partner submissions and their review, end to end: the real server on a random loopback port
//! over a temporary copy of `tests/fixtures/library`, accounts made with the real `epi accounts`,
//! and what every step leaves on disk (the temporary corpus, data folder and index).

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use epi_tests::{Reply, Server, Workspace, encode, stderr, stdout};
use serde_json::{Value, json};

use crate::localised::{SEARCH_LABELS, check_localised_page, message_keys};

/// A word no fixture contains, to find a submitted practice by.
const MARKER: &str = "quokkawalk";

struct Desk {
    server: Server,
    workspace: Workspace,
    partner: String,
    librarian: String,
}

/// Accounts first (the command line, no server needed), then the server.
fn start() -> Desk {
    let workspace = Workspace::with_library_fixture();
    let partner = workspace.add_account("partner", "Riga City Council", Some("riga"));
    let librarian = workspace.add_account("librarian", "EPI Library", None);
    let server = Server::start(&workspace);
    Desk {
        server,
        workspace,
        partner,
        librarian,
    }
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

fn practice(title: &str, marker: &str) -> Value {
    json!({
        "title": title,
        "summary": "Volunteers walk newcomers through their new neighbourhood and introduce them to local services.",
        "city": "Riga",
        "country": "LV",
        "organisations": ["Riga City Council"],
        "domains": ["interaction"],
        "key_features": [],
        "themes": ["welcoming-services", "neighbourhoods"],
        "target_groups": ["newcomers"],
        "status": "pilot",
        "lang": "en",
        "license": "CC-BY-4.0",
        "source": "Written for the end-to-end tests; not a real case study.",
        "period": {"start": "2022-03"},
        "contact": {"organisation": "Riga City Council"},
        "body": format!("## Context\n\nNewcomers often did not know where the library, the clinic or the school of their district were, and felt alone in their first weeks. The walks were called {marker}.\n\n## What was done\n\nVolunteers from the neighbourhood walked with small groups of newcomers every Saturday, showing them the services, shops and parks nearby and answering their questions.\n")
    })
}

fn markdown(title: &str) -> String {
    format!(
        r#"+++
title = "{title}"
summary = "Residents and newcomers cook together once a month in a neighbourhood kitchen."
city = "Riga"
country = "LV"
organisations = ["Riga City Council"]
domains = ["interaction"]
key_features = []
themes = ["culture"]
target_groups = ["newcomers", "host-community"]
status = "ongoing"
lang = "en"
license = "CC-BY-4.0"
source = "Written for the end-to-end tests; not a real case study."

[period]
start = "2023"

[contact]
organisation = "Riga City Council"
+++

## Context

People of the same street rarely met, and newcomers had few chances to talk with their neighbours in an informal setting.

## What was done

Once a month, residents and newcomers cooked a meal together in a community kitchen and shared recipes from their countries.
"#
    )
}

impl Desk {
    fn post_json(&self, path: &str, token: &str, body: &Value) -> Reply {
        self.server.send(
            "POST",
            path,
            &[
                ("Authorization", &bearer(token)),
                ("Content-Type", "application/json"),
            ],
            body.to_string().as_bytes(),
        )
    }

    fn get_as(&self, path: &str, token: &str) -> Reply {
        self.server
            .get_with(path, &[("Authorization", &bearer(token))])
    }

    fn submit(&self, body: &Value) -> String {
        let reply = self.post_json("/api/v1/submissions", &self.partner, body);
        assert_eq!(reply.status, 201, "{}", reply.body);
        reply.json()["id"].as_str().unwrap().to_owned()
    }

    fn submission_files(&self) -> Vec<String> {
        match fs::read_dir(self.workspace.data().join("submissions")) {
            Ok(entries) => entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".json"))
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    fn audit(&self) -> Vec<Value> {
        fs::read_to_string(self.workspace.data().join("audit.log"))
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str(line).expect("a JSON line"))
            .collect()
    }

    fn corpus_files(&self) -> usize {
        count_files(&self.workspace.corpus())
    }

    /// Polls the search for `word` for at most `limit`; the keys of the hits.
    fn search_for(&self, word: &str, limit: Duration) -> Vec<String> {
        let started = Instant::now();
        loop {
            let reply = self
                .server
                .get(&format!("/api/v1/search?q={}", encode(word)));
            assert_eq!(reply.status, 200, "{}", reply.body);
            let keys = epi_tests::hit_keys(&reply.json());
            if !keys.is_empty() || started.elapsed() >= limit {
                return keys;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn count_files(dir: &Path) -> usize {
    let mut count = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            count += count_files(&entry.path());
        } else {
            count += 1;
        }
    }
    count
}

#[test]
fn a_partner_submits_through_the_api_and_a_librarian_publishes_it() {
    let desk = start();
    let reply = desk.post_json(
        "/api/v1/submissions",
        &desk.partner,
        &practice("Neighbourhood welcome walks", MARKER),
    );
    assert_eq!(reply.status, 201, "{}", reply.body);
    let created = reply.json();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["status"], "pending");
    assert_eq!(created["status_url"], format!("/api/v1/submissions/{id}"));
    assert_eq!(
        reply.header("location"),
        Some(format!("/api/v1/submissions/{id}").as_str())
    );
    assert_eq!(desk.submission_files(), [format!("{id}.json")]);

    // The partner sees it pending, in the list and on its own.
    let pending = desk.get_as("/api/v1/submissions?status=pending", &desk.partner);
    assert_eq!(pending.status, 200, "{}", pending.body);
    assert_eq!(pending.json()[0]["id"], id.as_str());
    let own = desk
        .get_as(&format!("/api/v1/submissions/{id}"), &desk.partner)
        .json();
    assert_eq!(own["status"], "pending");
    assert_eq!(own["target"], "riga/neighbourhood-welcome-walks.en");
    assert!(own["document"].as_str().unwrap().contains(MARKER));

    // Not searchable before it is approved; a partner cannot approve.
    assert!(desk.search_for(MARKER, Duration::ZERO).is_empty());
    let refused = desk.post_json(
        &format!("/api/v1/submissions/{id}/approve"),
        &desk.partner,
        &json!({}),
    );
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.content_type.starts_with("application/problem+json"));
    let corpus_file = desk
        .workspace
        .corpus()
        .join("riga/neighbourhood-welcome-walks.en.md");
    assert!(!corpus_file.exists());

    let approved = desk.post_json(
        &format!("/api/v1/submissions/{id}/approve"),
        &desk.librarian,
        &json!({}),
    );
    assert_eq!(approved.status, 200, "{}", approved.body);
    assert_eq!(approved.json()["status"], "published");
    let started = Instant::now();
    let found = desk.search_for(MARKER, Duration::from_secs(1));
    assert_eq!(
        found,
        ["riga/neighbourhood-welcome-walks.en"],
        "searchable within a second"
    );
    assert!(started.elapsed() <= Duration::from_secs(1));
    assert!(fs::read_to_string(&corpus_file).unwrap().contains(MARKER));
    let page = desk
        .server
        .get("/practices/riga/neighbourhood-welcome-walks/en");
    assert_eq!(page.status, 200);
    // Approved once only.
    let again = desk.post_json(
        &format!("/api/v1/submissions/{id}/approve"),
        &desk.librarian,
        &json!({}),
    );
    assert_eq!(again.status, 409, "{}", again.body);

    let actions: Vec<(String, String)> = desk
        .audit()
        .iter()
        .filter(|e| e["submission"] == id.as_str())
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["actor"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("submitted".to_owned(), "riga-city-council".to_owned()),
            ("approved".to_owned(), "epi-library".to_owned())
        ]
    );
}

#[test]
fn a_rejection_reason_reaches_the_partner() {
    let desk = start();
    let reply = desk.server.send(
        "POST",
        "/api/v1/submissions?city=riga&slug=neighbourhood-kitchen",
        &[
            ("Authorization", &bearer(&desk.partner)),
            ("Content-Type", "text/markdown; charset=utf-8"),
        ],
        markdown("Neighbourhood kitchen").as_bytes(),
    );
    assert_eq!(reply.status, 201, "{}", reply.body);
    let id = reply.json()["id"].as_str().unwrap().to_owned();

    let reject = format!("/api/v1/submissions/{id}/reject");
    let empty = desk.post_json(&reject, &desk.librarian, &json!({"reason": "  "}));
    assert_eq!(empty.status, 422, "{}", empty.body);
    assert_eq!(empty.json()["errors"][0]["field"], "reason");
    let malformed = desk.server.send(
        "POST",
        &reject,
        &[
            ("Authorization", &bearer(&desk.librarian)),
            ("Content-Type", "application/json"),
        ],
        b"{\"reason\": ",
    );
    assert_eq!(malformed.status, 400, "{}", malformed.body);
    let reason = "Please describe the results: how many people took part?";
    let rejected = desk.post_json(&reject, &desk.librarian, &json!({ "reason": reason }));
    assert_eq!(rejected.status, 200, "{}", rejected.body);

    let seen = desk
        .get_as(&format!("/api/v1/submissions/{id}"), &desk.partner)
        .json();
    assert_eq!(seen["status"], "rejected");
    assert_eq!(seen["reason"], reason);
    assert!(
        !desk
            .workspace
            .corpus()
            .join("riga/neighbourhood-kitchen.en.md")
            .exists()
    );

    // And on the partner's page, after signing in with the form.
    let session = sign_in(&desk.server, &desk.partner);
    let page = desk
        .server
        .get_with("/my/submissions", &[("Cookie", &session)]);
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Neighbourhood kitchen"), "{}", page.body);
    assert!(page.body.contains("Rejected"));
    assert!(page.body.contains("how many people took part?"));
}

/// The value of `name="csrf"` in a page.
fn csrf_of(html: &str) -> String {
    let start =
        html.find(r#"name="csrf" value=""#).expect("a CSRF field") + r#"name="csrf" value=""#.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// `name=value` of a cookie the reply sets.
fn set_cookie(reply: &Reply, name: &str) -> Option<String> {
    reply
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, v)| v.split(';').next().unwrap_or_default().to_owned())
        .find(|pair| pair.starts_with(&format!("{name}=")))
}

/// Signs in with the form and returns the session cookie (`epi_session=…`).
fn sign_in(server: &Server, token: &str) -> String {
    let form = server.get("/sign-in");
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains(r#"<label for="f-token">"#),
        "the token field is labelled"
    );
    let csrf = csrf_of(&form.body);
    let cookie = set_cookie(&form, "epi_sign_in").expect("the sign-in form's cookie");
    let body = format!("csrf={}&token={}", encode(&csrf), encode(token));
    let reply = server.send(
        "POST",
        "/sign-in",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &cookie),
        ],
        body.as_bytes(),
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    let set = reply
        .headers
        .iter()
        .find(|(n, v)| n == "set-cookie" && v.starts_with("epi_session="))
        .map(|(_, v)| v.clone())
        .expect("a session cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Path=/"),
        "{set}"
    );
    set_cookie(&reply, "epi_session").unwrap()
}

fn form_body(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn form_fields<'a>(
    csrf: &'a str,
    title: &'a str,
    body: &'a str,
    domain: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("slug", ""),
        ("title", title),
        (
            "summary",
            "Residents and newcomers cook together once a month in a neighbourhood kitchen.",
        ),
        ("lang", "en"),
        ("city", "Riga"),
        ("country", "LV"),
        (
            "organisations",
            "Riga City Council\r\nRiga Neighbourhood Association",
        ),
        ("domains", domain),
        ("themes", "culture"),
        ("target_groups", "newcomers"),
        ("target_groups", "host-community"),
        ("status", "ongoing"),
        ("period.start", "2023-02"),
        ("period.end", ""),
        ("body", body),
        ("contact.organisation", "Riga City Council"),
        ("license", "CC-BY-4.0"),
        (
            "source",
            "Written for the end-to-end tests; not a real case study.",
        ),
    ]
}

const FORM_BODY: &str = "## Context\r\n\r\nPeople of the same street rarely met, and newcomers had few chances to talk with their neighbours in an informal setting.\r\n\r\n## What was done\r\n\r\nOnce a month, residents and newcomers cooked a meal together in a community kitchen and shared recipes from their countries.\r\n";

#[test]
fn the_form_previews_safely_keeps_what_was_typed_and_submits_with_its_csrf_token() {
    let desk = start();
    let session = sign_in(&desk.server, &desk.partner);
    let cookie = [("Cookie", session.as_str())];
    let form = desk.server.get_with("/submit", &cookie);
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(
        form.body.contains("## Context"),
        "the body is pre-filled with the sections"
    );
    assert!(
        form.body
            .contains(r#"<label for="f-domains-governance">Governance</label>"#),
        "{}",
        form.body
    );
    assert!(form.body.contains("Sign out") && form.body.contains("My submissions"));
    assert!(
        !form.body.contains(">Review<"),
        "a partner has no review link"
    );
    let csrf = csrf_of(&form.body);
    let post = |pairs: &[(&str, &str)]| {
        desk.server.send(
            "POST",
            "/submit",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", &session),
            ],
            form_body(pairs).as_bytes(),
        )
    };

    // Preview: hostile Markdown is rendered harmless, and nothing is saved.
    let hostile =
        format!("{FORM_BODY}\r\n<script>alert(1)</script>\r\n\r\n[click](javascript:alert(2))\r\n");
    let mut fields = form_fields(&csrf, "Neighbourhood kitchen", &hostile, "interaction");
    fields.push(("action", "preview"));
    let preview = post(&fields);
    assert_eq!(preview.status, 200, "{}", preview.body);
    let rendered = section(&preview.body, r#"<section class="preview""#);
    assert!(rendered.contains("<h2>What was done</h2>"), "{rendered}");
    assert!(
        !rendered.contains("<script") && !rendered.contains("javascript:"),
        "{rendered}"
    );
    // The text typed comes back escaped in its field, never as markup.
    assert!(!preview.body.contains("<script>alert"), "{}", preview.body);
    assert!(
        preview
            .body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{}",
        preview.body
    );
    assert!(
        preview.body.contains("No problems found"),
        "{}",
        preview.body
    );
    assert!(desk.submission_files().is_empty());
    assert!(
        preview
            .header("content-security-policy")
            .is_some_and(|csp| csp.contains("script-src 'self'"))
    );

    // A typo: back with the error next to its field and everything typed kept.
    let mut fields = form_fields(&csrf, "Neighbourhood kitchen", FORM_BODY, "interactoin");
    fields.push(("action", "submit"));
    let invalid = post(&fields);
    assert_eq!(invalid.status, 422, "{}", invalid.body);
    assert!(
        invalid
            .body
            .contains(r#"id="f-domains" aria-describedby="e-domains""#),
        "{}",
        invalid.body
    );
    assert!(
        invalid.body.contains("did you mean &#39;interaction&#39;")
            || invalid.body.contains("did you mean 'interaction'"),
        "{}",
        invalid.body
    );
    assert!(
        invalid.body.contains("Riga Neighbourhood Association"),
        "typed text comes back"
    );
    assert!(desk.submission_files().is_empty());

    // Without the CSRF token (or with another): refused, nothing saved.
    for token in ["", "forged"] {
        let mut fields = form_fields(token, "Neighbourhood kitchen", FORM_BODY, "interaction");
        fields.push(("action", "submit"));
        let forged = post(&fields);
        assert_eq!(forged.status, 403, "{}", forged.body);
    }
    assert!(desk.submission_files().is_empty());

    let mut fields = form_fields(&csrf, "Neighbourhood kitchen", FORM_BODY, "interaction");
    fields.push(("action", "submit"));
    let submitted = post(&fields);
    assert_eq!(submitted.status, 303, "{}", submitted.body);
    assert_eq!(desk.submission_files().len(), 1);
    let mine = desk.server.get_with("/my/submissions?submitted", &cookie);
    assert!(mine.body.contains("Neighbourhood kitchen"), "{}", mine.body);
    assert!(mine.body.contains("Waiting for review"));
    let api = desk.get_as("/api/v1/submissions", &desk.partner).json();
    assert_eq!(api[0]["target"], "riga/neighbourhood-kitchen.en");
    assert_eq!(api[0]["status"], "pending");

    // The librarian's review page renders the document safely too, and approves with a form.
    let librarian = sign_in(&desk.server, &desk.librarian);
    let queue = desk.server.get_with("/review", &[("Cookie", &librarian)]);
    assert!(
        queue.body.contains("Neighbourhood kitchen"),
        "{}",
        queue.body
    );
    let id = api[0]["id"].as_str().unwrap();
    let review = desk
        .server
        .get_with(&format!("/review/{id}"), &[("Cookie", &librarian)]);
    assert_eq!(review.status, 200, "{}", review.body);
    let rendered = section(&review.body, r#"<section aria-labelledby="rendered""#);
    assert!(rendered.contains("<h2>Context</h2>"), "{rendered}");
    let csrf = csrf_of(&review.body);
    let approve = |token: &str| {
        desk.server.send(
            "POST",
            &format!("/review/{id}/approve"),
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", &librarian),
            ],
            form_body(&[("csrf", token)]).as_bytes(),
        )
    };
    assert_eq!(approve("").status, 403);
    assert!(
        !desk
            .workspace
            .corpus()
            .join("riga/neighbourhood-kitchen.en.md")
            .exists()
    );
    assert_eq!(approve(&csrf).status, 303);
    assert!(
        desk.workspace
            .corpus()
            .join("riga/neighbourhood-kitchen.en.md")
            .exists()
    );
    // A partner's session cannot review.
    assert_eq!(desk.server.get_with("/review", &cookie).status, 403);
}

#[test]
fn a_translation_is_offered_on_the_practice_page_and_submitted() {
    let desk = start();
    // Readers who are not signed in are not offered it.
    let anonymous = desk.server.get("/practices/riga/language-courses/lv");
    assert!(!anonymous.body.contains("/translate"));
    let session = sign_in(&desk.server, &desk.partner);
    let cookie = [("Cookie", session.as_str())];
    let page = desk
        .server
        .get_with("/practices/riga/language-courses/lv", &cookie);
    assert!(
        page.body
            .contains(r#"href="/practices/riga/language-courses/translate""#),
        "{}",
        page.body
    );
    let form = desk.server.get_with(
        "/practices/riga/language-courses/translate?lang=en",
        &cookie,
    );
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(
        form.body
            .contains(r#"value="Latviešu valodas kursi jauniebraucējiem""#),
        "pre-filled"
    );
    assert!(
        form.body
            .contains(r#"<option value="en" lang="en" selected>"#),
        "the new language"
    );
    assert!(
        form.body
            .contains(r#"type="hidden" name="slug" value="language-courses""#)
    );

    let csrf = csrf_of(&form.body);
    let mut fields = form_fields(
        &csrf,
        "Latvian courses for newcomers",
        FORM_BODY,
        "interaction",
    );
    fields.push(("action", "submit"));
    let submitted = desk.server.send(
        "POST",
        "/practices/riga/language-courses/translate",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &session),
        ],
        form_body(&fields).as_bytes(),
    );
    assert_eq!(submitted.status, 303, "{}", submitted.body);
    let list = desk.get_as("/api/v1/submissions", &desk.partner).json();
    assert_eq!(list[0]["target"], "riga/language-courses.en");
    assert_eq!(list[0]["kind"], "translation");

    // The same language again waits for the first; a practice that does not exist cannot be
    // translated.
    let mut again = practice("Latvian courses for newcomers", MARKER);
    again["kind"] = json!("translation");
    again["practice"] = json!("riga/language-courses");
    let reply = desk.post_json("/api/v1/submissions", &desk.partner, &again);
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert_eq!(reply.json()["errors"][0]["field"], "lang");
    again["practice"] = json!("riga/no-such-practice");
    let reply = desk.post_json("/api/v1/submissions", &desk.partner, &again);
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert_eq!(reply.json()["errors"][0]["field"], "slug");
}

#[test]
fn every_account_page_speaks_every_language() {
    let desk = start();
    let keys = message_keys();
    // One submission waits for review and one was rejected, so the lists and the review page
    // have rows to show.
    let pending = desk.submit(&practice("Neighbourhood welcome walks", MARKER));
    let rejected = desk.submit(&practice("Neighbourhood kitchens", "kitchenmarker"));
    let reply = desk.post_json(
        &format!("/api/v1/submissions/{rejected}/reject"),
        &desk.librarian,
        &json!({"reason": "Please add the results of the pilot."}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let partner = sign_in(&desk.server, &desk.partner);
    let librarian = sign_in(&desk.server, &desk.librarian);

    for (lang, search_label) in SEARCH_LABELS {
        let check = |path: &str, cookie: Option<&str>, status: u16| -> Reply {
            let path = format!("/{lang}{path}");
            let headers: Vec<(&str, &str)> = cookie.map(|c| ("Cookie", c)).into_iter().collect();
            let reply = desk.server.get_with(&path, &headers);
            assert_eq!(reply.status, status, "{path}: {}", reply.body);
            check_localised_page(&path, &reply, lang, search_label, &keys);
            reply
        };
        check("/sign-in", None, 200);
        let form = check("/submit", Some(&partner), 200);
        check("/my/submissions", Some(&partner), 200);
        check(
            "/practices/riga/language-courses/translate?lang=en",
            Some(&partner),
            200,
        );
        check("/review", Some(&partner), 403);
        check("/review", Some(&librarian), 200);
        check(&format!("/review/{pending}"), Some(&librarian), 200);
        check(&format!("/review/{rejected}"), Some(&librarian), 200);

        // Signed out, a desk page sends the reader to sign in, in her language.
        let path = format!("/{lang}/submit");
        let redirect = desk.server.get(&path);
        assert_eq!(redirect.status, 303, "{path}");
        assert!(
            redirect
                .header("location")
                .is_some_and(|to| to.starts_with(&format!("/{lang}/sign-in?next="))),
            "{path}: {:?}",
            redirect.header("location")
        );

        // A form sent back with a problem is a page in the same language.
        let csrf = csrf_of(&form.body);
        let mut fields = form_fields(&csrf, "Neighbourhood kitchen", FORM_BODY, "interactoin");
        fields.push(("action", "submit"));
        let path = format!("/{lang}/submit");
        let invalid = desk.server.send(
            "POST",
            &path,
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", &partner),
            ],
            form_body(&fields).as_bytes(),
        );
        assert_eq!(invalid.status, 422, "{path}: {}", invalid.body);
        check_localised_page(&path, &invalid, lang, search_label, &keys);
    }
    assert_eq!(desk.submission_files().len(), 2, "nothing else was saved");
}

#[test]
fn hostile_and_malformed_requests_get_the_right_answer_and_change_nothing() {
    let desk = start();
    let corpus_before = desk.corpus_files();
    let doc = practice("Neighbourhood welcome walks", MARKER);

    // Tokens: missing, malformed, unknown account, wrong secret: all the same 401.
    let missing = desk.server.send(
        "POST",
        "/api/v1/submissions",
        &[("Content-Type", "application/json")],
        doc.to_string().as_bytes(),
    );
    assert_eq!(missing.status, 401, "{}", missing.body);
    let wrong_secret = format!("{}x", desk.partner);
    let mut details = Vec::new();
    for token in ["garbage", "epi_nobody_c2VjcmV0", wrong_secret.as_str()] {
        let reply = desk.post_json("/api/v1/submissions", token, &doc);
        assert_eq!(reply.status, 401, "{token}: {}", reply.body);
        assert!(reply.header("www-authenticate").is_some());
        details.push(reply.json()["detail"].clone());
    }
    assert!(details.windows(2).all(|w| w[0] == w[1]), "{details:?}");

    // Path traversal in the slug, as JSON and as query parameters.
    for slug in ["../x", "a/b", "..%2F", "../../etc/passwd"] {
        let mut body = doc.clone();
        body["slug"] = json!(slug);
        let reply = desk.post_json("/api/v1/submissions", &desk.partner, &body);
        assert_eq!(reply.status, 422, "{slug}: {}", reply.body);
        assert_eq!(reply.json()["errors"][0]["field"], "slug", "{slug}");
        let reply = desk.server.send(
            "POST",
            &format!("/api/v1/submissions?city=riga&slug={}", encode(slug)),
            &[
                ("Authorization", &bearer(&desk.partner)),
                ("Content-Type", "text/markdown"),
            ],
            markdown("Neighbourhood kitchen").as_bytes(),
        );
        assert_eq!(reply.status, 422, "{slug}: {}", reply.body);
    }
    let raw = desk.server.send(
        "POST",
        "/api/v1/submissions?city=riga&slug=..%2F..%2Fx",
        &[
            ("Authorization", &bearer(&desk.partner)),
            ("Content-Type", "text/markdown"),
        ],
        markdown("Neighbourhood kitchen").as_bytes(),
    );
    assert_eq!(raw.status, 422, "{}", raw.body);

    // Invalid fields: 422 with each error's field, line and column.
    let mut invalid = doc.clone();
    invalid["domains"] = json!(["goverance"]);
    invalid["country"] = json!("lv");
    let reply = desk.post_json("/api/v1/submissions", &desk.partner, &invalid);
    assert_eq!(reply.status, 422, "{}", reply.body);
    let errors = reply.json()["errors"].as_array().unwrap().clone();
    let domains = errors
        .iter()
        .find(|e| e["field"] == "domains")
        .expect("an error on domains");
    assert!(domains["line"].as_u64().is_some() && domains["column"].as_u64().is_some());
    assert!(domains["message"].as_str().unwrap().contains("governance"));
    assert!(errors.iter().any(|e| e["field"] == "country"));

    // Too large, malformed JSON, unknown media type.
    let mut huge = doc.clone();
    huge["body"] = json!("word ".repeat(60_000));
    let reply = desk.post_json("/api/v1/submissions", &desk.partner, &huge);
    assert_eq!(reply.status, 413, "{}", reply.body);
    assert!(reply.content_type.starts_with("application/problem+json"));
    let reply = desk.server.send(
        "POST",
        "/api/v1/submissions",
        &[
            ("Authorization", &bearer(&desk.partner)),
            ("Content-Type", "application/json"),
        ],
        b"{\"title\": \"unterminated",
    );
    assert_eq!(reply.status, 400, "{}", reply.body);
    let reply = desk.server.send(
        "POST",
        "/api/v1/submissions",
        &[
            ("Authorization", &bearer(&desk.partner)),
            ("Content-Type", "application/xml"),
        ],
        b"<doc/>",
    );
    assert_eq!(reply.status, 415, "{}", reply.body);

    // A partner cannot review, and cannot see another organisation's submission.
    let other = desk
        .workspace
        .add_account("partner", "Lublin City Hall", Some("lublin"));
    let mut hostile = doc.clone();
    hostile["body"] = json!(format!(
        "{}\n<script>alert(1)</script>\n\n[click](javascript:alert(2))\n",
        doc["body"].as_str().unwrap()
    ));
    let id = desk.submit(&hostile);
    for verb in ["approve", "reject"] {
        let reply = desk.post_json(
            &format!("/api/v1/submissions/{id}/{verb}"),
            &desk.partner,
            &json!({"reason": "x"}),
        );
        assert_eq!(reply.status, 403, "{verb}: {}", reply.body);
    }
    assert_eq!(
        desk.get_as(&format!("/api/v1/submissions/{id}"), &other)
            .status,
        404
    );
    assert!(
        desk.get_as("/api/v1/submissions", &other)
            .json()
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        desk.get_as("/api/v1/submissions/..%2F..%2Faccounts", &desk.librarian)
            .status,
        404
    );

    // The librarian's preview of it runs nothing.
    let librarian = sign_in(&desk.server, &desk.librarian);
    let review = desk
        .server
        .get_with(&format!("/review/{id}"), &[("Cookie", &librarian)]);
    assert_eq!(review.status, 200, "{}", review.body);
    let rendered = section(&review.body, r#"<section aria-labelledby="rendered""#);
    assert!(rendered.contains("<h2>What was done</h2>"), "{rendered}");
    assert!(
        !rendered.contains("<script") && !rendered.contains("javascript:"),
        "{rendered}"
    );
    assert!(!review.body.contains("<script>"), "{}", review.body);

    // Nothing reached the corpus, and only the one valid submission the data folder.
    assert_eq!(desk.corpus_files(), corpus_before);
    assert_eq!(desk.submission_files(), [format!("{id}.json")]);
    let submitted = desk
        .audit()
        .iter()
        .filter(|e| e["action"] == "submitted")
        .count();
    assert_eq!(submitted, 1);
}

#[test]
fn sign_in_is_rate_limited_and_wrong_tokens_get_one_answer() {
    let desk = start();
    let form = desk.server.get("/sign-in");
    let csrf = csrf_of(&form.body);
    let cookie = set_cookie(&form, "epi_sign_in").unwrap();
    let attempt = |token: &str, csrf: &str| {
        desk.server.send(
            "POST",
            "/sign-in",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", &cookie),
            ],
            form_body(&[("csrf", csrf), ("token", token)]).as_bytes(),
        )
    };
    // Without the form's token: refused before the token is even looked at.
    assert_eq!(attempt(&desk.partner, "forged").status, 403);
    let wrong_secret = format!("{}x", desk.partner);
    let mut answers = Vec::new();
    for token in ["garbage", "epi_nobody_c2VjcmV0", &wrong_secret, ""] {
        let reply = attempt(token, &csrf);
        assert_eq!(reply.status, 401, "{token}");
        assert!(set_cookie(&reply, "epi_session").is_none());
        let error = reply
            .body
            .find("The token was not accepted")
            .expect("the one answer");
        assert!(reply.body.contains(r#"aria-describedby="h-token e-token""#));
        answers.push(error > 0);
    }
    // The sixth attempt within the minute (the forged one counted too) waits.
    let limited = attempt(&desk.partner, &csrf);
    assert_eq!(limited.status, 429, "{}", limited.body);
    let retry: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
}

#[test]
fn two_hundred_concurrent_submissions_are_each_on_disk_and_audited_once() {
    let desk = start();
    const TOTAL: usize = 200;
    const THREADS: usize = 20;
    let ids: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|thread| {
                let desk = &desk;
                scope.spawn(move || {
                    (0..TOTAL / THREADS)
                        .map(|i| {
                            let n = thread * (TOTAL / THREADS) + i;
                            desk.submit(&practice(
                                &format!("Neighbourhood welcome walks {n}"),
                                MARKER,
                            ))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert_eq!(ids.len(), TOTAL);
    let mut files = desk.submission_files();
    files.sort();
    let mut expected: Vec<String> = ids.iter().map(|id| format!("{id}.json")).collect();
    expected.sort();
    assert_eq!(files, expected);
    let audit = desk.audit();
    for id in &ids {
        let count = audit
            .iter()
            .filter(|e| e["action"] == "submitted" && e["submission"] == id.as_str())
            .count();
        assert_eq!(count, 1, "{id}");
    }
}

#[test]
fn an_acknowledged_submission_survives_a_kill() {
    let mut desk = start();
    let id = desk.submit(&practice("Neighbourhood welcome walks", MARKER));
    desk.server.kill();
    assert!(
        desk.workspace
            .data()
            .join("submissions")
            .join(format!("{id}.json"))
            .exists()
    );
    desk.server = Server::start(&desk.workspace);
    let seen = desk.get_as(&format!("/api/v1/submissions/{id}"), &desk.partner);
    assert_eq!(seen.status, 200, "{}", seen.body);
    assert_eq!(seen.json()["status"], "pending");
}

#[test]
fn accounts_and_reviews_from_the_command_line_with_and_without_a_server() {
    let mut desk = start();
    let listed = desk.workspace.run(&["accounts", "list"]);
    assert!(listed.status.success(), "{}", stderr(&listed));
    let text = stdout(&listed);
    assert!(
        text.contains("riga-city-council\tpartner\tRiga City Council\triga"),
        "{text}"
    );
    assert!(
        !text.contains("argon2") && !text.contains("epi_"),
        "never a hash or a token: {text}"
    );

    // Revoked while the server runs: refused at once.
    let temporary = desk
        .workspace
        .add_account("partner", "Temporary Partner", None);
    assert_eq!(desk.get_as("/api/v1/submissions", &temporary).status, 200);
    let revoked = desk
        .workspace
        .run(&["accounts", "revoke", "temporary-partner"]);
    assert!(revoked.status.success(), "{}", stderr(&revoked));
    assert_eq!(desk.get_as("/api/v1/submissions", &temporary).status, 401);
    assert!(stdout(&desk.workspace.run(&["accounts", "list"])).contains("revoked"));

    // Approved at the command line while the server runs: the server indexes it.
    let first = desk.submit(&practice("Neighbourhood welcome walks", MARKER));
    let second = desk.submit(&practice("Evening language cafe", "wombatcafe"));
    let third = desk.submit(&practice("Library welcome desk", "numbatdesk"));
    let list = stdout(&desk.workspace.run(&["review", "list"]));
    assert!(list.contains(&first) && list.contains(&second), "{list}");
    let show = desk.workspace.run(&["review", "show", &first]);
    assert!(stdout(&show).contains(MARKER), "{}", stdout(&show));
    let approved = desk.workspace.run(&["review", "approve", &first]);
    assert!(approved.status.success(), "{}", stderr(&approved));
    assert_eq!(
        desk.search_for(MARKER, Duration::from_secs(3)),
        ["riga/neighbourhood-welcome-walks.en"]
    );
    let rejected = desk.workspace.run(&[
        "review",
        "--as",
        "epi-library",
        "reject",
        &second,
        "--reason",
        "Out of scope",
    ]);
    assert!(rejected.status.success(), "{}", stderr(&rejected));
    let seen = desk
        .get_as(&format!("/api/v1/submissions/{second}"), &desk.partner)
        .json();
    assert_eq!(
        (seen["status"].as_str(), seen["reason"].as_str()),
        (Some("rejected"), Some("Out of scope"))
    );
    let no_reason = desk
        .workspace
        .run(&["review", "reject", &third, "--reason", " "]);
    assert!(!no_reason.status.success());

    // Without a server, the command line indexes the approval itself.
    desk.server.kill();
    let approved = desk.workspace.run(&["review", "approve", &third]);
    assert!(approved.status.success(), "{}", stderr(&approved));
    assert!(
        stdout(&approved).contains("indexed"),
        "{}",
        stdout(&approved)
    );
    let search = desk.workspace.run(&["search", "numbatdesk", "--json"]);
    let results: Value = serde_json::from_str(&stdout(&search)).unwrap();
    assert_eq!(
        epi_tests::hit_keys(&results),
        ["riga/library-welcome-desk.en"]
    );
    let audit = desk.audit();
    let rejection = audit.iter().find(|e| e["action"] == "rejected").unwrap();
    assert_eq!(rejection["actor"], "epi-library");
    let approval = audit.iter().find(|e| e["action"] == "approved").unwrap();
    assert!(
        approval["actor"].as_str().unwrap().starts_with("local:"),
        "{approval}"
    );
    assert!(audit.iter().any(|e| e["action"] == "account-revoked"));
}

#[test]
fn a_practice_approved_during_a_rebuild_is_searchable_after_the_swap() {
    let desk = start();
    // A corpus large enough that a rebuild takes a while.
    let generated = tempfile::tempdir().unwrap();
    let out = generated.path().join("corpus");
    let gen_corpus = desk.workspace.run(&[
        "gen-corpus",
        "--docs",
        "600",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(gen_corpus.status.success(), "{}", stderr(&gen_corpus));
    epi_tests::copy_dir(&out, &desk.workspace.corpus());
    let id = desk.submit(&practice("Neighbourhood welcome walks", MARKER));

    let mut rebuild = desk
        .workspace
        .epi()
        .args(["index"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the rebuild has started (its folder exists), then approve.
    let started = Instant::now();
    let building = || {
        fs::read_dir(desk.workspace.index()).unwrap().any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("building-")
        })
    };
    while !building() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the rebuild did not start"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let approved = desk.post_json(
        &format!("/api/v1/submissions/{id}/approve"),
        &desk.librarian,
        &json!({}),
    );
    assert_eq!(approved.status, 200, "{}", approved.body);
    assert!(
        rebuilding_still(&mut rebuild),
        "the approval landed during the rebuild"
    );
    let status = rebuild.wait().unwrap();
    assert!(status.success());
    // The swap happens within a poll; after it the practice is still found.
    let generation = fs::read_to_string(desk.workspace.index().join("CURRENT")).unwrap();
    let swapped = Instant::now();
    loop {
        let health = desk.server.get("/api/v1/health").json();
        if health["generation"] == generation.trim() {
            break;
        }
        assert!(
            swapped.elapsed() < Duration::from_secs(10),
            "the server did not switch"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        desk.search_for(MARKER, Duration::from_secs(1)),
        ["riga/neighbourhood-welcome-walks.en"]
    );
}

/// The HTML of the section that starts with `start`.
fn section<'a>(html: &'a str, start: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {html}"));
    let rest = &html[from..];
    &rest[..rest
        .find("</section>")
        .map_or(rest.len(), |end| end + "</section>".len())]
}

/// Whether the rebuild was still running (not finished) when asked.
fn rebuilding_still(child: &mut std::process::Child) -> bool {
    matches!(child.try_wait(), Ok(None))
}
