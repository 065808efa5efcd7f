//! The message files against each other and against the vocabularies: every language has
//! exactly English's keys, uses only English's variables, formats without errors, and labels
//! every vocabulary value, facet and language.

use std::collections::{BTreeMap, BTreeSet};

use epi_model::{
    Domain, EvalDimension, FacetKind, IccArea, KeyFeature, Lang, Status, TargetGroup, Theme,
};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;

use crate::keys::{Labelled, facet_key, in_language_key};
use crate::messages::{Messages, SOURCES};

/// Every message of a file with the variables it uses.
fn messages_of(lang: Lang, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl does not parse: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let value = message
                    .value
                    .unwrap_or_else(|| panic!("{lang}.ftl: {} has no value", message.id.name));
                assert!(
                    message.attributes.is_empty(),
                    "{lang}.ftl: {} has attributes; the pages read values only",
                    message.id.name
                );
                let mut variables = BTreeSet::new();
                pattern_variables(&value, &mut variables);
                let previous = messages.insert(message.id.name.to_owned(), variables);
                assert!(
                    previous.is_none(),
                    "{lang}.ftl: {} is defined twice",
                    message.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{lang}.ftl: cannot parse {content:?}"),
            ast::Entry::Term(_)
            | ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

fn all_messages() -> Vec<(Lang, BTreeMap<String, BTreeSet<String>>)> {
    SOURCES
        .iter()
        .map(|(lang, source)| (*lang, messages_of(*lang, source)))
        .collect()
}

#[test]
fn the_sources_follow_the_language_order() {
    let order: Vec<Lang> = SOURCES.iter().map(|(lang, _)| *lang).collect();
    assert_eq!(order, Lang::ALL);
    for lang in Lang::ALL {
        assert_eq!(
            crate::messages::language_id(lang).language.as_str(),
            lang.code()
        );
    }
}

#[test]
fn every_file_loads_without_errors() {
    if let Err(err) = Messages::load() {
        panic!("{err}");
    }
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    let messages = all_messages();
    let english: BTreeSet<&String> = messages[0].1.keys().collect();
    let mut problems = Vec::new();
    for (lang, own) in &messages[1..] {
        let keys: BTreeSet<&String> = own.keys().collect();
        for missing in english.difference(&keys) {
            problems.push(format!("{lang}.ftl lacks {missing}"));
        }
        for extra in keys.difference(&english) {
            problems.push(format!("{lang}.ftl has {extra}, which en.ftl does not"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_use_only_the_english_variables() {
    let messages = all_messages();
    let english = &messages[0].1;
    let mut problems = Vec::new();
    for (lang, own) in &messages[1..] {
        for (key, variables) in own {
            let Some(expected) = english.get(key) else {
                continue;
            };
            for unknown in variables.difference(expected) {
                problems.push(format!(
                    "{lang}.ftl: {key} uses ${unknown}, which the pages do not pass"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_errors() {
    let loaded = Messages::load().expect("the files load");
    let english = &all_messages()[0].1;
    // Numbers that reach every plural category of the eight languages (Latvian's zero, Polish
    // few and many, Romanian few, fractions), and text for the variables that take text.
    let samples: Vec<FluentValue> = [0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 22.0, 101.0, 1.5]
        .into_iter()
        .map(FluentValue::from)
        .chain([FluentValue::from("Riga")])
        .collect();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let bundle = loaded.bundle(lang);
        for (key, variables) in english {
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                problems.push(format!("{lang}: {key} has no value"));
                continue;
            };
            for sample in &samples {
                let mut args = FluentArgs::new();
                for variable in variables {
                    args.set(variable.as_str(), sample.clone());
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    problems.push(format!("{lang}: {key}: {errors:?}"));
                } else if text.trim().is_empty() {
                    problems.push(format!("{lang}: {key} is empty"));
                } else if text.contains(['{', '}', '\u{2068}', '\u{2069}']) {
                    problems.push(format!("{lang}: {key} renders as {text:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn check_vocabulary<V: Labelled>(messages: &Messages, problems: &mut Vec<String>) {
    for value in V::ALL {
        for lang in Lang::ALL {
            if !messages.has(lang, &value.label_key()) {
                problems.push(format!("{lang}.ftl has no label for {}", value.label_key()));
            }
        }
        // The API stays English and takes its labels from the model: the English file must
        // say the same, or the pages and the API would name one value twice.
        let english = messages.label(Lang::En, *value);
        if english != value.label() {
            problems.push(format!(
                "en.ftl labels {} {english:?}, the model {:?}",
                value.label_key(),
                value.label()
            ));
        }
    }
}

#[test]
fn every_vocabulary_value_facet_and_language_has_a_label_in_every_language() {
    let messages = Messages::load().expect("the files load");
    let mut problems = Vec::new();
    check_vocabulary::<Domain>(&messages, &mut problems);
    check_vocabulary::<KeyFeature>(&messages, &mut problems);
    check_vocabulary::<EvalDimension>(&messages, &mut problems);
    check_vocabulary::<Theme>(&messages, &mut problems);
    check_vocabulary::<TargetGroup>(&messages, &mut problems);
    check_vocabulary::<Status>(&messages, &mut problems);
    check_vocabulary::<IccArea>(&messages, &mut problems);
    for lang in Lang::ALL {
        for kind in FacetKind::ALL {
            if !messages.has(lang, &facet_key(kind)) {
                problems.push(format!("{lang}.ftl has no {}", facet_key(kind)));
            }
        }
        for other in Lang::ALL {
            if !messages.has(lang, &in_language_key(other)) {
                problems.push(format!("{lang}.ftl has no {}", in_language_key(other)));
            }
        }
    }
    for kind in FacetKind::ALL {
        assert_eq!(messages.text(Lang::En, &facet_key(kind)), kind.label());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_are_translated() {
    // A file copied from English and left so would pass every other test. Some texts are the
    // same in several languages (names, "API", "Status", "Pilot"), but never most of them.
    let messages = Messages::load().expect("the files load");
    let english = &all_messages()[0].1;
    for lang in &Lang::ALL[1..] {
        let same: Vec<&String> = english
            .keys()
            .filter(|key| messages.text(*lang, key) == messages.text(Lang::En, key))
            .collect();
        assert!(
            same.len() * 10 < english.len(),
            "{lang}.ftl repeats English in {} of {} messages: {same:?}",
            same.len(),
            english.len()
        );
    }
}

#[test]
fn plurals_follow_each_language() {
    let messages = Messages::global();
    let count = |lang: Lang, n: u64| {
        messages.text_with(lang, "documents-count", &[("count", FluentValue::from(n))])
    };
    assert_eq!(count(Lang::En, 1), "1 document");
    assert_eq!(count(Lang::En, 2), "2 documents");
    assert_eq!(count(Lang::Pl, 1), "1 dokument");
    assert_eq!(count(Lang::Pl, 3), "3 dokumenty");
    assert_eq!(count(Lang::Pl, 5), "5 dokumentów");
    assert_eq!(count(Lang::Pl, 22), "22 dokumenty");
    assert_eq!(count(Lang::Lv, 1), "1 dokuments");
    assert_eq!(count(Lang::Lv, 10), "10 dokumentu");
    assert_eq!(count(Lang::Lv, 3), "3 dokumenti");
    assert_eq!(count(Lang::Ro, 1), "1 document");
    assert_eq!(count(Lang::Ro, 3), "3 documente");
    assert_eq!(count(Lang::Ro, 20), "20 de documente");
    assert_eq!(
        messages.text_with(Lang::En, "results-count", &[("count", 0.into())]),
        "No practice matches"
    );
}

#[test]
fn missing_messages_fall_back_to_english_then_stand_out() {
    let messages = Messages::global();
    assert_eq!(messages.text(Lang::Pl, "no-such-key"), "{no-such-key}");
    assert_eq!(messages.label(Lang::Pl, Theme::Housing), "Mieszkalnictwo");
    assert_eq!(
        messages.text_with(Lang::De, "city-heading", &[("city", "Rīga".into())]),
        "Praxisbeispiele aus Rīga"
    );
}
