//! The message bundles: one Fluent bundle per language, built once from the embedded files.

use std::fmt;
use std::sync::LazyLock;

use epi_model::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::keys::Labelled;

/// The message files, in [`Lang::ALL`] order. Embedded so the binary is self-contained.
pub(crate) const SOURCES: [(Lang, &str); 8] = [
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::Ro, include_str!("../locales/ro.ftl")),
    (Lang::It, include_str!("../locales/it.ftl")),
    (Lang::Es, include_str!("../locales/es.ftl")),
    (Lang::De, include_str!("../locales/de.ftl")),
    (Lang::Sv, include_str!("../locales/sv.ftl")),
    (Lang::Pl, include_str!("../locales/pl.ftl")),
    (Lang::Lv, include_str!("../locales/lv.ftl")),
];

/// The language every other one falls back to, and the reference for completeness.
const REFERENCE: Lang = Lang::En;

/// The concurrent flavour of the bundle: its formatter caches sit behind a mutex, so one
/// bundle per language can be shared by every request thread.
pub(crate) type Bundle = FluentBundle<FluentResource>;

/// A message file that does not parse, or defines a message twice.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locales/{lang}.ftl is invalid: {}", problems.join("; "))]
pub struct I18nError {
    pub lang: Lang,
    pub problems: Vec<String>,
}

/// The interface texts of every language.
pub struct Messages {
    /// In [`Lang::ALL`] order, like [`SOURCES`].
    bundles: Vec<(Lang, Bundle)>,
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages")
            .field(
                "languages",
                &self
                    .bundles
                    .iter()
                    .map(|(lang, _)| *lang)
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

static GLOBAL: LazyLock<Messages> = LazyLock::new(|| {
    let (messages, problems) = Messages::build();
    // The tests reject these files; should a broken one ship anyway, serve what parsed (Fluent
    // recovers entry by entry) rather than fail every page.
    for problem in problems {
        tracing::error!(error = %problem, "a message file is invalid");
    }
    messages
});

impl Messages {
    /// The shared instance, built on first use.
    pub fn global() -> &'static Messages {
        &GLOBAL
    }

    /// Builds the bundles, failing on the first file with a syntax error or a duplicate key.
    pub fn load() -> Result<Messages, I18nError> {
        let (messages, problems) = Messages::build();
        match problems.into_iter().next() {
            Some(problem) => Err(problem),
            None => Ok(messages),
        }
    }

    /// Builds every bundle from what parses, and reports what did not.
    fn build() -> (Messages, Vec<I18nError>) {
        let mut errors = Vec::new();
        let bundles = SOURCES
            .iter()
            .map(|(lang, source)| {
                let mut problems = Vec::new();
                let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(
                    |(partial, parse_errors)| {
                        problems.extend(parse_errors.iter().map(|err| {
                            format!("{err} at line {}", line_of(source, err.pos.start))
                        }));
                        partial
                    },
                );
                let mut bundle = Bundle::new_concurrent(vec![language_id(*lang)]);
                // The output goes into HTML: no U+2068/U+2069 around placeables.
                bundle.set_use_isolating(false);
                if let Err(add_errors) = bundle.add_resource(resource) {
                    problems.extend(add_errors.iter().map(ToString::to_string));
                }
                if !problems.is_empty() {
                    errors.push(I18nError {
                        lang: *lang,
                        problems,
                    });
                }
                (*lang, bundle)
            })
            .collect();
        (Messages { bundles }, errors)
    }

    pub(crate) fn bundle(&self, lang: Lang) -> &Bundle {
        let position = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.bundles[position].1
    }

    /// Whether `lang` has its own message `key` (without falling back to English).
    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.bundle(lang)
            .get_message(key)
            .is_some_and(|message| message.value().is_some())
    }

    /// The text of message `key` in `lang`.
    pub fn text(&self, lang: Lang, key: &str) -> String {
        self.format(lang, key, None)
    }

    /// The text of message `key` in `lang`, with its variables (`$count`, `$city`, …).
    pub fn text_with(&self, lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, key, Some(&fluent_args))
    }

    /// The label of a vocabulary value in `lang` (`Theme::Housing` → "Mieszkalnictwo").
    pub fn label<V: Labelled>(&self, lang: Lang, value: V) -> String {
        self.text(lang, &value.label_key())
    }

    /// Formats `key` in `lang`, else in English; a key missing even there comes out as
    /// `{key}`, the way Fluent shows a missing reference, so that it stands out on a page
    /// (and in the tests that look for it) instead of disappearing.
    fn format(&self, lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for candidate in [lang, REFERENCE] {
            let bundle = self.bundle(candidate);
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            if candidate != lang {
                tracing::warn!(key, lang = %lang, "message missing; using English");
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(key, lang = %candidate, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::warn!(key, "no such message");
        format!("{{{key}}}")
    }
}

/// The Unicode language identifier of a corpus language (it selects the plural rules).
pub(crate) fn language_id(lang: Lang) -> LanguageIdentifier {
    // Every code of `Lang` is a valid two-letter language subtag (a test checks it); the root
    // identifier only changes plural rules, so it is a safe fallback.
    lang.code().parse().unwrap_or_default()
}

/// The 1-based line of a byte offset, for error messages.
fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset)
        .map_or(0, |before| before.matches('\n').count())
        + 1
}
