//! Checking a submission: its target (slugs, city, language) and its document, with the
//! corpus's own validator, and the problems as errors on named fields.

use std::fmt;
use std::path::Path;

use epi_corpus::{DocLocation, ParsedDocument, Severity, parse_document};
use epi_lang::Detector;
use epi_model::Lang;
use epi_model::practice::is_valid_slug;
use serde::Serialize;

use crate::submission::Target;

/// Largest document accepted, in bytes (the API refuses larger bodies with 413).
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;
/// Longest rejection reason, in characters.
pub const MAX_REASON_CHARS: usize = 2000;
/// Slug length, in characters.
const SLUG_CHARS: std::ops::RangeInclusive<usize> = 3..=80;

/// A problem with one field of a submission (`field` is `None` for the document as a whole,
/// such as a TOML syntax error). Line and column point into the document's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl FieldError {
    pub fn new(field: Option<&str>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.map(str::to_owned),
            line: None,
            column: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

/// What a check found: the errors that stop a submission, the warnings a reviewer should
/// see, and the document and target when the document is valid.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub errors: Vec<FieldError>,
    pub warnings: Vec<FieldError>,
    pub document: Option<ParsedDocument>,
    pub target: Option<Target>,
}

impl Checked {
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty() && self.document.is_some() && self.target.is_some()
    }
}

/// Checks a slug typed by a partner: `[a-z0-9-]`, 3–80 characters, no leading, trailing or
/// doubled '-' (so no '/', '.', '%' or '..' can reach a path).
pub fn check_slug(field: &str, value: &str) -> Result<(), FieldError> {
    if SLUG_CHARS.contains(&value.chars().count()) && is_valid_slug(value) {
        return Ok(());
    }
    let shown: String = value.chars().take(80).collect();
    Err(FieldError::new(
        Some(field),
        format!(
            "'{shown}' is not a valid {field}: use 3 to 80 lower-case letters a–z, digits and '-', such as one-stop-shop"
        ),
    ))
}

/// A slug made from a title: the first 80 characters of its slugified form, cut at a '-'.
pub(crate) fn slug_from_title(title: &str) -> String {
    let slug = epi_model::practice::slugify(title);
    if slug.len() <= *SLUG_CHARS.end() {
        return slug;
    }
    let cut = &slug[..*SLUG_CHARS.end()];
    cut.rsplit_once('-')
        .map_or(cut, |(head, _)| head)
        .trim_end_matches('-')
        .to_owned()
}

/// What the front matter says of the target before validation (ignoring any error, which
/// validation reports).
#[derive(Debug, Default)]
pub(crate) struct Peek {
    pub city: Option<String>,
    pub lang: Option<String>,
    pub title: Option<String>,
}

pub(crate) fn peek(text: &str) -> Peek {
    let Ok(split) = epi_corpus::split_front_matter(text) else {
        return Peek::default();
    };
    let Ok(table) = toml::from_str::<toml::Table>(split.front) else {
        return Peek::default();
    };
    let text_of = |key: &str| {
        table
            .get(key)
            .and_then(|v| v.as_str())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    Peek {
        city: text_of("city"),
        lang: text_of("lang"),
        title: text_of("title"),
    }
}

/// Validates `text` as the document at `location` with the corpus's validator.
pub(crate) fn validate(location: &DocLocation, text: &str, checked: &mut Checked) {
    let file = match location.lang {
        Some(lang) => format!("{}/{}.{lang}.md", location.city, location.slug),
        None => format!("{}/{}.md", location.city, location.slug),
    };
    if text.len() > MAX_DOCUMENT_BYTES {
        checked.errors.push(FieldError::new(
            None,
            format!(
                "the document has {} bytes: at most {MAX_DOCUMENT_BYTES} are accepted",
                text.len()
            ),
        ));
        return;
    }
    let outcome = parse_document(Path::new(&file), location, text, Detector::shared());
    for diagnostic in outcome.diagnostics {
        let error = FieldError {
            field: diagnostic.field,
            line: diagnostic.position.map(|p| p.line),
            column: diagnostic.position.map(|p| p.column),
            message: diagnostic.message,
        };
        match diagnostic.severity {
            Severity::Error => checked.errors.push(error),
            Severity::Warning => checked.warnings.push(error),
        }
    }
    if let Some(document) = outcome.document {
        checked.target = Some(Target {
            city: location.city.clone(),
            slug: location.slug.clone(),
            lang: document.practice.lang,
        });
        checked.document = Some(document);
    }
}

/// Whether the corpus has any version of the practice `<city>/<slug>`.
pub(crate) fn practice_exists(corpus: &Path, city: &str, slug: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(corpus.join(city)) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".md") else {
            return false;
        };
        stem == slug
            || stem
                .strip_prefix(slug)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|code| Lang::from_code(code).is_some())
    })
}

/// Whether the corpus has the version `target` (also as `<slug>.md` declaring its language).
pub(crate) fn version_exists(corpus: &Path, target: &Target) -> bool {
    if corpus.join(target.relative_path()).exists() {
        return true;
    }
    let unnamed = corpus
        .join(&target.city)
        .join(format!("{}.md", target.slug));
    std::fs::read_to_string(unnamed)
        .is_ok_and(|text| peek(&text).lang.as_deref() == Some(target.lang.code()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_checked() {
        for good in ["one-stop-shop", "abc", "a1-b2", &"x".repeat(80)] {
            assert!(check_slug("slug", good).is_ok(), "{good}");
        }
        for bad in [
            "../x",
            "a/b",
            "..%2F",
            "..",
            "ab",
            "-abc",
            "abc-",
            "a--b",
            "One-Stop",
            "a b c",
            "a.b.c",
            "ąbc",
            &"x".repeat(81),
            "",
        ] {
            let err = check_slug("slug", bad).unwrap_err();
            assert_eq!(err.field.as_deref(), Some("slug"), "{bad}");
        }
    }

    #[test]
    fn titles_become_slugs_of_at_most_80_characters() {
        assert_eq!(
            slug_from_title("EPI One-Stop-Shop for newcomers"),
            "epi-one-stop-shop-for-newcomers"
        );
        assert_eq!(
            slug_from_title("Miejska Rada ds. Cudzoziemców"),
            "miejska-rada-ds-cudzoziemcow"
        );
        let long = slug_from_title(&"integration ".repeat(20));
        assert!(long.len() <= 80 && !long.ends_with('-'), "{long}");
        assert!(check_slug("slug", &long).is_ok());
    }

    #[test]
    fn validation_errors_name_their_fields_and_lines() {
        let text = "+++\ntitle = \"Welcome desk\"\nsummary = \"A desk.\"\ncity = \"Riga\"\ncountry = \"lv\"\ndomains = [\"goverance\"]\n+++\n\n## Context\n\nText.\n";
        let location = DocLocation {
            city: "riga".into(),
            slug: "welcome-desk".into(),
            lang: Some(Lang::En),
        };
        let mut checked = Checked::default();
        validate(&location, text, &mut checked);
        assert!(!checked.is_valid());
        let domain = checked
            .errors
            .iter()
            .find(|e| e.field.as_deref() == Some("domains"))
            .expect("an error on domains");
        assert_eq!((domain.line, domain.column), (Some(6), Some(12)));
        assert!(
            domain.message.contains("did you mean 'governance'"),
            "{}",
            domain.message
        );
        let country = checked
            .errors
            .iter()
            .find(|e| e.field.as_deref() == Some("country"))
            .expect("an error on country");
        assert!(country.message.contains("'LV'"), "{}", country.message);
        for missing in [
            "themes",
            "target_groups",
            "period",
            "status",
            "contact",
            "license",
            "source",
        ] {
            assert!(
                checked
                    .errors
                    .iter()
                    .any(|e| e.field.as_deref() == Some(missing)),
                "no error on {missing}: {:?}",
                checked.errors
            );
        }
        let mut broken = Checked::default();
        validate(&location, "+++\ntitle = \n+++\n", &mut broken);
        assert_eq!(broken.errors.len(), 1);
        assert_eq!(broken.errors[0].field, None);
        assert_eq!(broken.errors[0].line, Some(2));
    }
}
