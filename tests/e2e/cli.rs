//! The librarian's commands: check, index, search.

use std::time::{Duration, Instant};

use epi_tests::{Workspace, hit_keys, stderr, stdout};
use serde_json::Value;

fn search_json(workspace: &Workspace, args: &[&str]) -> Value {
    let mut all = vec!["search", "--json"];
    all.extend_from_slice(args);
    let output = workspace.run(&all);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).expect("JSON")
}

#[test]
fn the_fixture_corpus_checks_and_indexes_cleanly() {
    let workspace = Workspace::with_fixture_corpus();
    let check = workspace.run(&["check", "--strict"]);
    assert!(
        check.status.success(),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    let index = workspace.run(&["index", "--strict"]);
    assert_eq!(index.status.code(), Some(0), "{}", stderr(&index));
    let out = stdout(&index);
    assert!(out.contains("4 valid documents"), "{out}");
    assert!(
        out.contains("0 errors in 0 invalid files, 0 warnings"),
        "{out}"
    );
    assert!(stderr(&index).trim().is_empty(), "{}", stderr(&index));
}

#[test]
fn inflected_queries_find_polish_latvian_and_romanian_documents() {
    let workspace = Workspace::with_fixture_corpus();
    assert!(workspace.run(&["index"]).status.success());
    let polish = search_json(&workspace, &["integracja"]);
    assert!(hit_keys(&polish).contains(&"lublin/civic-dialogue.pl".to_owned()));
    let latvian = search_json(&workspace, &["integracija"]);
    assert_eq!(hit_keys(&latvian), ["riga/language-courses.lv"]);
    let romanian = search_json(&workspace, &["comunitate"]);
    assert_eq!(hit_keys(&romanian), ["cluj-napoca/one-stop-shop.ro"]);
    // Facet counts of the JSON output match the hits.
    let cities = polish["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["facet"] == "city")
        .unwrap();
    let counted: u64 = cities["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["count"].as_u64().unwrap())
        .sum();
    assert_eq!(counted, polish["total"].as_u64().unwrap());
}

#[test]
fn filters_narrow_and_bad_filters_are_usage_errors() {
    let workspace = Workspace::with_fixture_corpus();
    assert!(workspace.run(&["index"]).status.success());
    let governance = search_json(&workspace, &["", "--domain", "governance", "--lang", "en"]);
    assert_eq!(hit_keys(&governance), ["lublin/civic-dialogue.en"]);
    let bad = workspace.run(&["search", "x", "--domain", "goverance"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("did you mean 'governance'"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn a_broken_file_fails_the_rebuild_names_the_file_and_keeps_the_old_index() {
    let workspace = Workspace::with_fixture_corpus();
    assert!(workspace.run(&["index"]).status.success());
    let broken = workspace.corpus().join("riga/broken.en.md");
    let valid =
        std::fs::read_to_string(workspace.corpus().join("lublin/civic-dialogue.en.md")).unwrap();
    std::fs::write(
        &broken,
        valid
            .replace("domains = [\"governance\"]", "domains = [\"goverance\"]")
            .replace("city = \"Lublin\"", "city = \"Riga\""),
    )
    .unwrap();

    let output = workspace.run(&["index"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains(
            "riga/broken.en.md:7:12: error: unknown domain 'goverance' — did you mean 'governance'?"
        ),
        "{err}"
    );
    assert!(stdout(&output).contains("NOT replaced"));
    // The previous index still serves all four documents.
    let all = search_json(&workspace, &[""]);
    assert_eq!(all["total"], 4);

    // --skip-invalid publishes the valid ones and still exits 1.
    let skipped = workspace.run(&["index", "--skip-invalid"]);
    assert_eq!(skipped.status.code(), Some(1));
    assert!(stdout(&skipped).contains("published"));
}

#[test]
fn every_invalid_file_is_reported() {
    let workspace = Workspace::with_fixture_corpus();
    std::fs::write(
        workspace.corpus().join("riga/no-front-matter.lv.md"),
        "Teksts bez priekšvārda.\n",
    )
    .unwrap();
    std::fs::write(
        workspace.corpus().join("riga/bad-toml.en.md"),
        "+++\ntitle = \n+++\nBody\n",
    )
    .unwrap();
    std::fs::write(workspace.corpus().join("stray.md"), "x").unwrap();
    let output = workspace.run(&["check"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("riga/no-front-matter.lv.md:1:1: error"),
        "{err}"
    );
    assert!(err.contains("riga/bad-toml.en.md:2:"), "{err}");
    assert!(err.contains("stray.md: error: misplaced document"), "{err}");
    assert!(
        stdout(&output).contains("3 invalid files"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn missing_folders_are_usage_errors() {
    let workspace = Workspace::with_fixture_corpus();
    let output = workspace.run(&["--corpus", "/nonexistent/corpus", "check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("does not exist"),
        "{}",
        stderr(&output)
    );
    let output = workspace.run(&["search", "x"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("run `epi index`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_killed_rebuild_leaves_the_previous_index_serving() {
    let workspace = Workspace::with_fixture_corpus();
    assert!(workspace.run(&["index"]).status.success());

    // A larger corpus so that the rebuild is still running when it is killed.
    let big = workspace.dir.path().join("big");
    let generated = workspace.run(&[
        "gen-corpus",
        "--docs",
        "3000",
        "--seed",
        "7",
        "--out",
        big.to_str().unwrap(),
    ]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let mut child = workspace
        .epi()
        .args(["--corpus", big.to_str().unwrap(), "index"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the rebuild has created its working folder, then kill it mid-build.
    let started = Instant::now();
    loop {
        let building = std::fs::read_dir(workspace.index())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("building-"));
        if building || started.elapsed() > Duration::from_secs(30) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let all = search_json(&workspace, &[""]);
    assert_eq!(all["total"], 4, "the previous index still serves");
    // The next rebuild clears the abandoned one and succeeds.
    assert!(workspace.run(&["index"]).status.success());
    let leftovers = std::fs::read_dir(workspace.index())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("building-"))
        .count();
    assert_eq!(leftovers, 0);
}
