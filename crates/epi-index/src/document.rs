//! From a validated practice to a tantivy document, and back.

use epi_model::{Practice, Vocabulary};
use tantivy::TantivyDocument;
use tantivy::schema::Value;

use crate::error::{IndexError, Result};
use crate::schema::LibrarySchema;

/// Builds the tantivy document of one language version.
pub fn to_document(
    schema: &LibrarySchema,
    practice: &Practice,
    plain_body: &str,
    topics: &[String],
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(schema.doc_key, practice.doc_key());
    doc.add_text(schema.practice_id, practice.id.to_string());
    doc.add_text(schema.lang, practice.lang.code());
    doc.add_text(schema.city, practice.id.city());
    doc.add_text(schema.city_name, &practice.city);
    doc.add_text(schema.country, &practice.country);
    for value in &practice.domains {
        doc.add_text(schema.domain, value.id());
    }
    for value in &practice.key_features {
        doc.add_text(schema.key_feature, value.id());
    }
    for value in &practice.themes {
        doc.add_text(schema.theme, value.id());
    }
    for value in &practice.target_groups {
        doc.add_text(schema.target_group, value.id());
    }
    doc.add_text(schema.status, practice.status.id());
    for year in practice.period.years() {
        doc.add_text(schema.year, year.to_string());
    }
    for topic in topics {
        doc.add_text(schema.topic, topic);
    }
    doc.add_u64(schema.start, u64::from(practice.period.start.ordinal()));

    doc.add_text(schema.title(practice.lang), &practice.title);
    let text = practice_text(practice, plain_body);
    doc.add_text(schema.text(practice.lang), &text);
    doc.add_text(schema.all_text, &practice.title);
    doc.add_text(schema.all_text, &text);
    doc.add_text(schema.all_text, &practice.city);
    for organisation in &practice.organisations {
        doc.add_text(schema.all_text, organisation);
    }

    let json = serde_json::to_string(practice).unwrap_or_default();
    doc.add_text(schema.stored_practice, json);
    // The writer queues thousands of documents: give back the slack of the growing buffer.
    doc.shrink_to_fit();
    doc
}

/// The searchable text of a practice in its own language: summary, keywords, body, evidence.
fn practice_text(practice: &Practice, plain_body: &str) -> String {
    let mut text = String::with_capacity(plain_body.len() + 512);
    text.push_str(&practice.summary);
    text.push('\n');
    for keyword in &practice.keywords {
        text.push_str(keyword);
        text.push('\n');
    }
    text.push_str(plain_body);
    for evidence in practice.evaluation.values() {
        text.push('\n');
        text.push_str(evidence);
    }
    text
}

/// Reads the stored practice of a document.
pub fn from_document(schema: &LibrarySchema, doc: &TantivyDocument) -> Result<Practice> {
    let text_of = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let json = text_of(schema.stored_practice);
    serde_json::from_str(&json).map_err(|e| IndexError::Corrupt {
        doc_key: text_of(schema.doc_key),
        message: e.to_string(),
    })
}
