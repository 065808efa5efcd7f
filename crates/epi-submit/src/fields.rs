//! A document as separate fields (the JSON API and the web form), and back to the one text
//! format the corpus and the validator know: TOML front matter between `+++` lines, then
//! Markdown.
//!
//! Fields are kept as the strings the partner typed; nothing is checked here. The text is
//! generated with the keys in the order of `corpus/README.md`, and the shared validator then
//! reports every problem with the field it is in. A required field left empty is left out, so
//! the validator says it is missing.

use std::collections::BTreeMap;

use epi_model::{Practice, Vocabulary};
use serde::{Deserialize, Serialize};

/// The `period` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PeriodFields {
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
}

/// The `contact` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactFields {
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// One entry of `links`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LinkFields {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub url: String,
}

/// Every front-matter field, and the body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DocumentFields {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub organisations: Vec<String>,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub key_features: Vec<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub icc_areas: Vec<String>,
    #[serde(default)]
    pub adapted_from: Vec<String>,
    #[serde(default)]
    pub adapted_by: Vec<String>,
    #[serde(default)]
    pub license: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub period: PeriodFields,
    #[serde(default)]
    pub contact: ContactFields,
    #[serde(default)]
    pub links: Vec<LinkFields>,
    /// Evidence per evaluation dimension (`relevance`, `effectiveness`, …).
    #[serde(default)]
    pub evaluation: BTreeMap<String, String>,
    #[serde(default)]
    pub body: String,
}

/// A TOML basic string (quoted, escaped).
fn quote(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn list(values: &[String]) -> String {
    let items: Vec<String> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .map(quote)
        .collect();
    format!("[{}]", items.join(", "))
}

fn has_items(values: &[String]) -> bool {
    values.iter().any(|v| !v.trim().is_empty())
}

/// `key = "value"`, unless the value is empty.
fn push_text(out: &mut String, key: &str, value: &Option<String>) {
    if let Some(value) = non_empty(value) {
        out.push_str(&format!("{key} = {}\n", quote(value)));
    }
}

/// `key = ["a", "b"]`, unless the list is empty and not `always` written.
fn push_list(out: &mut String, key: &str, values: &[String], always: bool) {
    if always || has_items(values) {
        out.push_str(&format!("{key} = {}\n", list(values)));
    }
}

impl DocumentFields {
    /// The document as the corpus stores it.
    pub fn to_document(&self) -> String {
        let mut out = String::from("+++\n");
        push_text(&mut out, "title", &self.title);
        push_text(&mut out, "summary", &self.summary);
        push_text(&mut out, "city", &self.city);
        push_text(&mut out, "country", &self.country);
        push_list(&mut out, "organisations", &self.organisations, false);
        push_list(&mut out, "domains", &self.domains, false);
        // Required, and may be empty: a form without ticks means "none".
        push_list(&mut out, "key_features", &self.key_features, true);
        push_list(&mut out, "themes", &self.themes, false);
        push_list(&mut out, "target_groups", &self.target_groups, false);
        push_text(&mut out, "status", &self.status);
        push_text(&mut out, "lang", &self.lang);
        push_list(&mut out, "keywords", &self.keywords, false);
        push_list(&mut out, "icc_areas", &self.icc_areas, false);
        push_list(&mut out, "adapted_from", &self.adapted_from, false);
        push_list(&mut out, "adapted_by", &self.adapted_by, false);
        push_text(&mut out, "license", &self.license);
        push_text(&mut out, "source", &self.source);

        if non_empty(&self.period.start).is_some() || non_empty(&self.period.end).is_some() {
            out.push_str("\n[period]\n");
            push_text(&mut out, "start", &self.period.start);
            push_text(&mut out, "end", &self.period.end);
        }
        let contact = &self.contact;
        if [
            &contact.organisation,
            &contact.name,
            &contact.email,
            &contact.url,
        ]
        .iter()
        .any(|v| non_empty(v).is_some())
        {
            out.push_str("\n[contact]\n");
            push_text(&mut out, "organisation", &contact.organisation);
            push_text(&mut out, "name", &contact.name);
            push_text(&mut out, "email", &contact.email);
            push_text(&mut out, "url", &contact.url);
        }
        for link in &self.links {
            let (title, url) = (link.title.trim(), link.url.trim());
            if title.is_empty() && url.is_empty() {
                continue;
            }
            out.push_str("\n[[links]]\n");
            if !title.is_empty() {
                out.push_str(&format!("title = {}\n", quote(title)));
            }
            if !url.is_empty() {
                out.push_str(&format!("url = {}\n", quote(url)));
            }
        }
        let evidence: Vec<(&String, &str)> = self
            .evaluation
            .iter()
            .map(|(k, v)| (k, v.trim()))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        if !evidence.is_empty() {
            out.push_str("\n[evaluation]\n");
            for (dimension, text) in evidence {
                // Keys are quoted: a partner's typo stays a readable key for the validator.
                out.push_str(&format!("{} = {}\n", quote(dimension.trim()), quote(text)));
            }
        }
        out.push_str("+++\n\n");
        let body = self.body.replace("\r\n", "\n");
        out.push_str(body.trim_end());
        out.push('\n');
        out
    }

    /// The fields of a published version: the starting point of a translation.
    pub fn from_practice(practice: &Practice) -> DocumentFields {
        fn ids<V: Vocabulary>(values: &[V]) -> Vec<String> {
            values.iter().map(|v| v.id().to_owned()).collect()
        }
        DocumentFields {
            title: Some(practice.title.clone()),
            summary: Some(practice.summary.clone()),
            city: Some(practice.city.clone()),
            country: Some(practice.country.clone()),
            organisations: practice.organisations.clone(),
            domains: ids(&practice.domains),
            key_features: ids(&practice.key_features),
            themes: ids(&practice.themes),
            target_groups: ids(&practice.target_groups),
            status: Some(practice.status.id().to_owned()),
            lang: Some(practice.lang.code().to_owned()),
            keywords: practice.keywords.clone(),
            icc_areas: ids(&practice.icc_areas),
            adapted_from: practice
                .adapted_from
                .iter()
                .map(ToString::to_string)
                .collect(),
            adapted_by: practice
                .adapted_by
                .iter()
                .map(ToString::to_string)
                .collect(),
            license: Some(practice.license.clone()),
            source: Some(practice.source.clone()),
            period: PeriodFields {
                start: Some(practice.period.start.to_string()),
                end: practice.period.end.map(|d| d.to_string()),
            },
            contact: ContactFields {
                organisation: Some(practice.contact.organisation.clone()),
                name: practice.contact.name.clone(),
                email: practice.contact.email.clone(),
                url: practice.contact.url.clone(),
            },
            links: practice
                .links
                .iter()
                .map(|l| LinkFields {
                    title: l.title.clone(),
                    url: l.url.clone(),
                })
                .collect(),
            evaluation: practice
                .evaluation
                .iter()
                .map(|(d, text)| (d.id().to_owned(), text.clone()))
                .collect(),
            body: practice.body.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_become_front_matter_in_the_corpus_order() {
        let fields = DocumentFields {
            title: Some("A \"quoted\" title".into()),
            city: Some("Riga".into()),
            domains: vec!["governance".into(), " ".into()],
            period: PeriodFields {
                start: Some("2021-06".into()),
                end: None,
            },
            links: vec![
                LinkFields {
                    title: "Site".into(),
                    url: "https://example.org".into(),
                },
                LinkFields::default(),
            ],
            evaluation: BTreeMap::from([("relevance".into(), "It mattered.".into())]),
            body: "## Context\r\n\r\nText.\n\n\n".into(),
            ..DocumentFields::default()
        };
        let text = fields.to_document();
        assert_eq!(
            text,
            "+++\ntitle = 'A \"quoted\" title'\ncity = \"Riga\"\ndomains = [\"governance\"]\nkey_features = []\n\n[period]\nstart = \"2021-06\"\n\n[[links]]\ntitle = \"Site\"\nurl = \"https://example.org\"\n\n[evaluation]\n\"relevance\" = \"It mattered.\"\n+++\n\n## Context\n\nText.\n"
        );
        let split = epi_corpus::split_front_matter(&text).unwrap();
        let table: toml::Table = toml::from_str(split.front).unwrap();
        assert_eq!(table["title"].as_str(), Some("A \"quoted\" title"));
    }
}
