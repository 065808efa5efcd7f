//! Analysis tests: in every language, inflected forms of a word meet on one term, with and
//! without diacritics; stop words go; the neutral analyser only folds.

use super::*;

/// The primary terms (one per word; the same-position alternatives left out).
fn terms(lang: Lang, text: &str) -> Vec<String> {
    let mut last_position = None;
    let mut out = Vec::new();
    for (position, term) in analyse(&mut language_analyser(lang), text) {
        if last_position != Some(position) {
            out.push(term);
        }
        last_position = Some(position);
    }
    out
}

/// Every term a single word yields (its folded stem and, when different, its folded word's stem).
fn word_terms(lang: Lang, word: &str) -> Vec<String> {
    analyse(&mut language_analyser(lang), word)
        .into_iter()
        .map(|(_, term)| term)
        .collect()
}

/// Every word of `forms` shares a term with the first: a query for one finds the others, typed
/// with or without diacritics.
fn check_meet(lang: Lang, forms: &[&str]) {
    let expected = word_terms(lang, forms[0]);
    assert!(!expected.is_empty(), "{lang}: {:?} has no term", forms[0]);
    for form in forms {
        let got = word_terms(lang, form);
        assert!(
            got.iter().any(|t| expected.contains(t)),
            "{lang}: {form} {got:?} does not meet {} {expected:?}",
            forms[0]
        );
    }
}

#[test]
fn english() {
    check_meet(Lang::En, &["integration", "integrations", "Integration"]);
    check_meet(Lang::En, &["volunteering", "volunteer", "volunteers"]);
    check_meet(Lang::En, &["communities", "community"]);
}

#[test]
fn romanian_both_spellings_and_no_diacritics() {
    // Comma-below (modern) and cedilla (legacy) spellings, and plain ASCII, all meet.
    check_meet(
        Lang::Ro,
        &[
            "comunităților",
            "comunităţilor",
            "comunitatilor",
            "comunitate",
            "comunitatea",
            "comunități",
        ],
    );
    check_meet(Lang::Ro, &["integrare", "integrarea"]);
    // Snowball Romanian keeps the genitive "-ări" apart from "-are"; typed with or without the
    // breve, the genitive still meets itself.
    check_meet(Lang::Ro, &["integrării", "integrarii"]);
    check_meet(
        Lang::Ro,
        &["migranților", "migranţilor", "migranții", "migrant"],
    );
}

#[test]
fn italian_with_elisions() {
    check_meet(Lang::It, &["integrazione", "integrazioni"]);
    check_meet(Lang::It, &["famiglie", "famiglia"]);
    assert_eq!(
        terms(Lang::It, "sull'occupazione"),
        terms(Lang::It, "occupazione")
    );
    assert_eq!(
        terms(Lang::It, "dell'integrazione"),
        terms(Lang::It, "integrazione")
    );
}

#[test]
fn spanish() {
    check_meet(Lang::Es, &["integración", "integraciones"]);
    check_meet(Lang::Es, &["diálogo", "dialogo", "diálogos"]);
    check_meet(Lang::Es, &["migrantes", "migrante"]);
}

#[test]
fn german() {
    check_meet(Lang::De, &["Integration", "Integrationen"]);
    check_meet(Lang::De, &["Flüchtlinge", "Flüchtling", "Fluchtlinge"]);
    check_meet(Lang::De, &["Städte", "Stadte"]);
}

#[test]
fn swedish() {
    check_meet(Lang::Sv, &["integration", "integrationen"]);
    check_meet(Lang::Sv, &["nyanlända", "nyanlanda"]);
    check_meet(Lang::Sv, &["språkvänner", "språkvännerna", "sprakvanner"]);
}

#[test]
fn polish() {
    check_meet(
        Lang::Pl,
        &[
            "integracja",
            "integracji",
            "integrację",
            "integracją",
            "integracje",
            "integracje",
        ],
    );
    check_meet(Lang::Pl, &["migrantów", "migrantow", "migrant"]);
}

#[test]
fn latvian() {
    check_meet(
        Lang::Lv,
        &[
            "integrācija",
            "integrāciju",
            "integrācijas",
            "integracija",
            "integraciju",
        ],
    );
    check_meet(Lang::Lv, &["valodas", "valoda", "valodu"]);
}

#[test]
fn stop_words_are_removed_per_language() {
    assert_eq!(
        terms(Lang::En, "the city and the people"),
        terms(Lang::En, "city people")
    );
    assert_eq!(
        terms(Lang::Ro, "și la comunitate"),
        terms(Lang::Ro, "comunitate")
    );
    assert_eq!(
        terms(Lang::Pl, "w ramach integracji"),
        terms(Lang::Pl, "ramach integracji")
    );
    assert_eq!(
        terms(Lang::Lv, "un ar integrāciju"),
        terms(Lang::Lv, "integrāciju")
    );
}

#[test]
fn neutral_analyser_folds_without_stemming() {
    let mut neutral = neutral_analyser();
    let tokens: Vec<String> = analyse(&mut neutral, "Linköping Cluj-Napoca Integración ŁÓDŹ")
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        tokens,
        ["linkoping", "cluj", "napoca", "integracion", "lodz"]
    );
}

#[test]
fn positions_survive_stop_words() {
    let tokens = analyse(&mut language_analyser(Lang::En), "one of the best");
    assert_eq!(tokens.iter().map(|(p, _)| *p).collect::<Vec<_>>(), [0, 3]);
}

#[test]
fn unaccented_words_get_a_second_term_at_the_same_position() {
    let tokens = analyse(&mut language_analyser(Lang::Pl), "migrantów dla");
    assert_eq!(tokens.len(), 2, "{tokens:?}");
    assert_eq!(tokens[0].0, tokens[1].0);
    assert!(analyse(&mut language_analyser(Lang::En), "migrants").len() == 1);
}

#[test]
fn fold_keeps_other_scripts() {
    assert_eq!(fold("ș"), "s");
    assert_eq!(fold("straße"), "strasse");
    assert_eq!(fold("łódź"), "lodz");
    assert_eq!(fold("мир"), "mir");
    assert_eq!(fold("東京"), "東京");
}

#[test]
fn overlong_tokens_are_cut_not_dropped() {
    let long = "a".repeat(200);
    assert_eq!(terms(Lang::En, &long), ["a".repeat(MAX_TOKEN_BYTES)]);
    let neutral = analyse(&mut neutral_analyser(), &long);
    assert_eq!(neutral, [(0, "a".repeat(MAX_TOKEN_BYTES))]);
    // Two-byte letters: the cut falls between characters, never inside one.
    let polish = "źż".repeat(40);
    for (_, term) in analyse(&mut neutral_analyser(), &polish) {
        assert!(term.len() <= MAX_TOKEN_BYTES && !term.is_empty(), "{term}");
    }
    // A long compound in a document and in a query gives the same term, so it finds itself;
    // words before and after it are untouched.
    let compound =
        "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
    let text = format!("die {compound} arbeitet");
    let in_text = terms(Lang::De, &text);
    assert_eq!(in_text.len(), 2, "{in_text:?}");
    assert_eq!(in_text[0], terms(Lang::De, compound)[0]);
    assert_eq!(in_text[1], terms(Lang::De, "arbeitet")[0]);
}
