//! The index schema: one analysed title and text field per language, a folded catch-all field,
//! facet fields, and the stored document.

use epi_model::{FacetKind, Lang};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis;

/// Bumped whenever the schema, the analysers or the text they are given change: an index of
/// another version is rebuilt. 5: documents are normalised before indexing
/// (`epi_model::text::normalise`). 6: overlong words are cut, no longer dropped
/// (`analysis/truncate.rs`).
pub const SCHEMA_VERSION: u32 = 6;

/// Field handles, resolved once.
#[derive(Debug, Clone)]
pub struct LibrarySchema {
    pub schema: Schema,
    /// `<city>/<slug>.<lang>`: unique per document; the delete key of updates.
    pub doc_key: Field,
    /// `<city>/<slug>`: shared by the translations of a practice.
    pub practice_id: Field,
    pub lang: Field,
    pub city: Field,
    /// The city's name as written locally ("Linköping"), for display next to the slug facet.
    pub city_name: Field,
    pub country: Field,
    pub domain: Field,
    pub key_feature: Field,
    pub theme: Field,
    pub target_group: Field,
    pub status: Field,
    pub year: Field,
    /// Ids of the thesaurus concepts the document mentions: the language-independent topics.
    pub topic: Field,
    /// Start of the period as `YYYYMMDD` (unknown parts 0), for "newest first".
    pub start: Field,
    titles: [Field; 8],
    texts: [Field; 8],
    /// Everything searchable, folded and unstemmed, in any language.
    pub all_text: Field,
    /// The practice as JSON, for display. The plain text of the body is derived from its
    /// Markdown when a snippet needs it, not stored twice.
    pub stored_practice: Field,
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or_default()
}

fn analysed(analyser: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyser)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

impl LibrarySchema {
    pub fn build() -> LibrarySchema {
        let mut builder = Schema::builder();
        let doc_key = builder.add_text_field("doc_key", STRING | STORED);
        let practice_id = builder.add_text_field("practice_id", STRING | STORED | FAST);
        let mut facet = |name: &str| builder.add_text_field(name, STRING | FAST);
        let lang = facet("lang");
        let city = facet("city");
        let city_name = facet("city_name");
        let country = facet("country");
        let domain = facet("domain");
        let key_feature = facet("key_feature");
        let theme = facet("theme");
        let target_group = facet("target_group");
        let status = facet("status");
        let year = facet("year");
        let topic = facet("topic");
        let start = builder.add_u64_field("start", FAST | INDEXED);
        let titles = Lang::ALL.map(|l| {
            builder.add_text_field(&format!("title_{l}"), analysed(analysis::analyser_name(l)))
        });
        let texts = Lang::ALL.map(|l| {
            builder.add_text_field(&format!("text_{l}"), analysed(analysis::analyser_name(l)))
        });
        let all_text = builder.add_text_field("all_text", analysed(analysis::NEUTRAL));
        let stored_practice = builder.add_text_field("practice_json", STORED);
        LibrarySchema {
            schema: builder.build(),
            doc_key,
            practice_id,
            lang,
            city,
            city_name,
            country,
            domain,
            key_feature,
            theme,
            target_group,
            status,
            year,
            topic,
            start,
            titles,
            texts,
            all_text,
            stored_practice,
        }
    }

    /// The analysed title field of a language.
    pub fn title(&self, lang: Lang) -> Field {
        self.titles[lang_index(lang)]
    }

    /// The analysed text field (summary, keywords, body) of a language.
    pub fn text(&self, lang: Lang) -> Field {
        self.texts[lang_index(lang)]
    }

    /// The field behind a facet.
    pub fn facet(&self, kind: FacetKind) -> Field {
        match kind {
            FacetKind::City => self.city,
            FacetKind::Country => self.country,
            FacetKind::Domain => self.domain,
            FacetKind::KeyFeature => self.key_feature,
            FacetKind::Theme => self.theme,
            FacetKind::TargetGroup => self.target_group,
            FacetKind::Lang => self.lang,
            FacetKind::Status => self.status,
            FacetKind::Year => self.year,
            FacetKind::Topic => self.topic,
        }
    }

    /// The name of the field behind a facet (for fast-field access).
    pub fn facet_field_name(&self, kind: FacetKind) -> &str {
        self.schema.get_field_name(self.facet(kind))
    }
}
