//! Validation tests over whole documents: what partners see when they get something wrong.

use std::path::Path;

use epi_lang::Detector;
use epi_model::{Domain, Lang};

use crate::{DocLocation, Outcome, Severity, parse_document};

pub(crate) const VALID: &str = r#"+++
title = "EPI One-Stop-Shop for newcomers"
summary = "An online platform and a service desk that bring information for newcomers together."
city = "Cluj-Napoca"
country = "RO"
organisations = ["Cluj-Napoca City Hall", "PATRIR"]
domains = ["governance", "interaction"]
key_features = ["political-commitment"]
themes = ["welcoming-services"]
target_groups = ["newcomers"]
status = "completed"
license = "CC-BY-4.0"
source = "patrir.ro"

[period]
start = "2021-06"
end = 2021-11-30

[contact]
organisation = "PATRIR"
url = "https://patrir.ro/"

[evaluation]
relevance = "It answered the questions newcomers asked most often."
+++
## Context

The city wanted one place where newcomers could find information about housing, jobs, schools
and legal matters, instead of visiting many offices one after the other.

## What was done

An online platform and an in-person service desk were developed and piloted with local partners.
"#;

fn location(lang: Option<Lang>) -> DocLocation {
    DocLocation {
        city: "cluj-napoca".into(),
        slug: "one-stop-shop".into(),
        lang,
    }
}

fn parse(text: &str) -> Outcome {
    parse_document(
        Path::new("cluj-napoca/one-stop-shop.en.md"),
        &location(Some(Lang::En)),
        text,
        Detector::shared(),
    )
}

/// Every diagnostic as `line:column: severity: message`.
fn rendered(outcome: &Outcome) -> Vec<String> {
    outcome
        .diagnostics
        .iter()
        .map(|d| {
            d.to_string()
                .replace("cluj-napoca/one-stop-shop.en.md:", "")
        })
        .collect()
}

fn check_error(text: &str, expected: &str) {
    let outcome = parse(text);
    assert!(outcome.document.is_none(), "accepted: {text}");
    let all = rendered(&outcome);
    assert!(
        all.iter().any(|line| line.contains(expected)),
        "expected {expected:?} in {all:#?}"
    );
}

#[test]
fn a_valid_document_parses() {
    let outcome = parse(VALID);
    assert!(outcome.diagnostics.is_empty(), "{:#?}", rendered(&outcome));
    let document = outcome.document.unwrap();
    assert_eq!(
        document.practice.id.to_string(),
        "cluj-napoca/one-stop-shop"
    );
    assert_eq!(document.practice.lang, Lang::En);
    assert_eq!(
        document.practice.domains,
        [Domain::Governance, Domain::Interaction]
    );
    assert_eq!(
        document.practice.period.end.unwrap().to_string(),
        "2021-11-30"
    );
    assert!(document.plain_body.contains("one place where newcomers"));
    assert_eq!(document.detected.map(|d| d.lang), Some(Lang::En));
}

#[test]
fn decomposed_letters_and_soft_hyphens_are_stored_normalised() {
    // A title and a body typed with combining marks and a soft hyphen (as some systems and PDFs
    // produce).
    let text = VALID
        .replace("EPI One-Stop-Shop", "EPI s\u{326}coala\u{306}")
        .replace(
            "legal matters,",
            "legal matters (Linko\u{308}ping, s\u{326}coala\u{306}, inte\u{AD}gration),",
        );
    let outcome = parse(&text);
    assert!(outcome.diagnostics.is_empty(), "{:#?}", rendered(&outcome));
    let document = outcome.document.unwrap();
    assert_eq!(document.practice.title, "EPI școală for newcomers");
    assert!(
        document
            .plain_body
            .contains("(Linköping, școală, integration)")
    );
    assert!(!document.practice.body.contains(['\u{326}', '\u{AD}']));
}

#[test]
fn vocabulary_errors_point_at_the_value_and_suggest() {
    let text = VALID.replace(
        r#"domains = ["governance", "interaction"]"#,
        r#"domains = ["goverance", "interaction"]"#,
    );
    check_error(
        &text,
        "7:12: error: unknown domain 'goverance' — did you mean 'governance'?",
    );
}

#[test]
fn every_vocabulary_error_is_reported_at_once() {
    let text = VALID
        .replace(
            r#"themes = ["welcoming-services"]"#,
            r#"themes = ["welcome"]"#,
        )
        .replace(r#"status = "completed""#, r#"status = "done""#)
        .replace(
            r#"target_groups = ["newcomers"]"#,
            r#"target_groups = ["newcomer"]"#,
        );
    let outcome = parse(&text);
    let all = rendered(&outcome);
    assert_eq!(all.len(), 3, "{all:#?}");
    assert!(
        all[0].starts_with("9:11: error: unknown theme 'welcome'"),
        "{all:#?}"
    );
    assert!(
        all[1]
            .contains("10:18: error: unknown target_group 'newcomer' — did you mean 'newcomers'?"),
        "{all:#?}"
    );
    assert!(
        all[2].contains("11:10: error: unknown status 'done'"),
        "{all:#?}"
    );
}

#[test]
fn unknown_keys_are_errors_with_a_suggestion() {
    let text = VALID.replace("license =", "licence =");
    check_error(
        &text,
        "12:1: error: unknown key 'licence' — did you mean 'license'?",
    );
}

#[test]
fn missing_required_fields_are_all_named() {
    let text = VALID
        .replace("city = \"Cluj-Napoca\"\n", "")
        .replace("source = \"patrir.ro\"\n", "");
    let outcome = parse(&text);
    let all = rendered(&outcome);
    assert!(
        all.iter()
            .any(|l| l.contains("missing required field 'city'")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|l| l.contains("missing required field 'source'")),
        "{all:#?}"
    );
}

#[test]
fn malformed_dates_and_toml_are_located() {
    check_error(
        &VALID.replace(r#"start = "2021-06""#, r#"start = "June 2021""#),
        "16:9: error: period.start: 'June 2021' is not a date",
    );
    check_error(
        &VALID.replace("end = 2021-11-30", "end = \"2020-01\""),
        "period.end 2020-01 is before period.start 2021-06",
    );
    check_error(
        &VALID.replace(r#"country = "RO""#, r#"country = "RO"#),
        "5:14: error: invalid TOML: invalid basic string",
    );
    check_error(
        &VALID.replace(r#"title = "EPI One-Stop-Shop for newcomers""#, "title = 5"),
        "2:9: error: invalid TOML",
    );
}

#[test]
fn field_rules() {
    check_error(
        &VALID.replace(r#""RO""#, r#""ro""#),
        "write it in capitals: 'RO'",
    );
    check_error(
        &VALID.replace(r#""RO""#, r#""XX""#),
        "'XX' is not an ISO 3166-1 alpha-2",
    );
    check_error(
        &VALID.replace(r#"city = "Cluj-Napoca""#, r#"city = "Cluj""#),
        "city 'Cluj' does not match its folder 'cluj-napoca'",
    );
    check_error(
        &VALID.replace("https://patrir.ro/", "javascript:alert(1)"),
        "is not a web address",
    );
    check_error(
        &VALID.replace("relevance =", "relevence ="),
        "unknown evaluation dimension 'relevence' — did you mean 'relevance'?",
    );
    check_error(
        &VALID.replace(r#"["newcomers"]"#, r#"["newcomers", "newcomers"]"#),
        "'newcomers' is listed twice",
    );
}

#[test]
fn fences_are_required() {
    check_error(
        &VALID.replacen("+++\n", "", 1),
        "1:1: error: a document must start with a line of '+++'",
    );
    let unclosed = VALID.replacen("+++\n##", "##", 1);
    check_error(&unclosed, "not closed");
}

#[test]
fn a_contradicting_language_is_a_warning() {
    let german = VALID.replace(
        "The city wanted one place where newcomers could find information about housing, jobs, schools\nand legal matters, instead of visiting many offices one after the other.",
        "Die Stadt wollte einen Ort schaffen, an dem Neuzugewanderte Informationen über Wohnungen, Arbeit, Schulen\nund rechtliche Fragen finden, statt nacheinander viele Ämter aufsuchen zu müssen. Die Beratung fand im Haus der Integration statt, und alle Gespräche wurden auf Deutsch geführt.",
    ).replace("An online platform and an in-person service desk were developed and piloted with local partners.", "Eine Plattform und ein Beratungsschalter wurden gemeinsam mit den örtlichen Partnern entwickelt und erprobt.");
    let outcome = parse(&german);
    assert!(outcome.document.is_some());
    let warning = outcome
        .diagnostics
        .iter()
        .find(|d| d.severity == Severity::Warning)
        .expect("a warning");
    assert!(
        warning.message.contains("reads as German"),
        "{}",
        warning.message
    );
}

#[test]
fn a_missing_language_is_detected() {
    let outcome = parse_document(
        Path::new("cluj-napoca/one-stop-shop.md"),
        &location(None),
        VALID,
        Detector::shared(),
    );
    assert_eq!(outcome.document.unwrap().practice.lang, Lang::En);
}

#[test]
fn the_front_matter_language_must_match_the_file_name() {
    let text = VALID.replace(
        "status = \"completed\"\n",
        "status = \"completed\"\nlang = \"ro\"\n",
    );
    check_error(
        &text,
        "lang 'ro' contradicts the file name, which says 'en'",
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Whatever the bytes, parsing returns: a document or diagnostics, never a panic.
        #[test]
        fn parsing_never_panics(front in "\\PC{0,300}", body in "\\PC{0,200}") {
            let text = format!("+++\n{front}\n+++\n{body}");
            let outcome = parse(&text);
            prop_assert!(outcome.document.is_some() || !outcome.diagnostics.is_empty());
        }

        #[test]
        fn mutated_valid_documents_never_panic(cut in 0usize..1500, insert in "\\PC{0,5}") {
            let mut text = VALID.to_owned();
            let cut = (0..=cut.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            text.insert_str(cut, &insert);
            let _ = parse(&text);
        }
    }
}
