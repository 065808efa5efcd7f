//! Splitting a document into its `+++` TOML front matter and Markdown body, and the raw,
//! position-carrying shape of the front matter before validation.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A document cut in two. Offsets let diagnostics point at lines of the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    pub front: &'a str,
    /// The file line on which `front` starts (1-based).
    pub front_first_line: usize,
    pub body: &'a str,
}

/// Why a document could not be split, with the 1-based line it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitError {
    pub line: usize,
    pub message: String,
}

const FENCE: &str = "+++";

/// Splits `text` at its front-matter fences. A byte-order mark and CRLF line ends are accepted.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != FENCE {
        return Err(SplitError {
            line: 1,
            message: "a document must start with a line of '+++' opening the TOML front matter"
                .into(),
        });
    }
    let front_start = (first_line_end + 1).min(text.len());
    let mut offset = front_start;
    let mut line: usize = 2;
    for raw_line in text[front_start..].split_inclusive('\n') {
        if raw_line.trim_end() == FENCE {
            let body_start = offset + raw_line.len();
            return Ok(Split {
                front: &text[front_start..offset],
                front_first_line: 2,
                body: &text[body_start..],
            });
        }
        offset += raw_line.len();
        line += 1;
    }
    Err(SplitError {
        line: line.saturating_sub(1).max(1),
        message: "the front matter is not closed: add a line of '+++' after it".into(),
    })
}

pub(crate) type Text = Option<Spanned<String>>;
pub(crate) type TextList = Option<Spanned<Vec<Spanned<String>>>>;

/// The front matter as written, every value with its position. Every field is optional here so
/// that all missing fields are reported together by the validator, not one per run.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFrontMatter {
    pub title: Text,
    pub summary: Text,
    pub city: Text,
    pub country: Text,
    pub organisations: TextList,
    pub domains: TextList,
    pub key_features: TextList,
    pub themes: TextList,
    pub target_groups: TextList,
    pub period: Option<Spanned<RawPeriod>>,
    pub status: Text,
    pub lang: Text,
    pub keywords: TextList,
    pub evaluation: Option<Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
    pub icc_areas: TextList,
    pub adapted_from: TextList,
    pub adapted_by: TextList,
    pub contact: Option<Spanned<RawContact>>,
    pub links: Option<Spanned<Vec<Spanned<RawLink>>>>,
    pub license: Text,
    pub source: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPeriod {
    pub start: Option<Spanned<toml::Value>>,
    pub end: Option<Spanned<toml::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    pub organisation: Text,
    pub name: Text,
    pub email: Text,
    pub url: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLink {
    pub title: Text,
    pub url: Text,
}

/// Every top-level key, for "did you mean" on unknown keys.
pub(crate) const KNOWN_KEYS: [&str; 21] = [
    "title",
    "summary",
    "city",
    "country",
    "organisations",
    "domains",
    "key_features",
    "themes",
    "target_groups",
    "period",
    "status",
    "lang",
    "keywords",
    "evaluation",
    "icc_areas",
    "adapted_from",
    "adapted_by",
    "contact",
    "links",
    "license",
    "source",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_fences() {
        let doc = "+++\ntitle = \"x\"\n+++\n## Context\nBody\n";
        let split = split(doc).unwrap();
        assert_eq!(split.front, "title = \"x\"\n");
        assert_eq!(split.body, "## Context\nBody\n");
        assert_eq!(split.front_first_line, 2);
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let doc = "\u{feff}+++\r\ntitle = \"x\"\r\n+++\r\nBody";
        let split = split(doc).unwrap();
        assert_eq!(split.front, "title = \"x\"\r\n");
        assert_eq!(split.body, "Body");
    }

    #[test]
    fn reports_missing_fences() {
        assert_eq!(split("title = 1\n").unwrap_err().line, 1);
        let err = split("+++\ntitle = 1\n").unwrap_err();
        assert!(err.message.contains("not closed"));
        assert!(split("").is_err());
    }
}
