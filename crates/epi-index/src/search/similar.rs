//! Similar practices ("more like this"), for the practice page.
//!
//! The distinctive words of one language version (tf-idf over its own language field) become a
//! query against that field, so similar practices are found in the language the reader is
//! reading; shared themes add a little, so a short text still finds its neighbours. When that
//! language has too few, practices sharing themes and domains fill the list in the reader's
//! interface language. The practice itself is left out, and each practice appears once.

use std::collections::HashSet;

use epi_model::search::Hit;
use epi_model::{Lang, PracticeId, Vocabulary};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, MoreLikeThisQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, OwnedValue};
use tantivy::{TantivyDocument, Term};

use super::LibraryIndex;
use super::query::filter_query;
use crate::document::from_document;
use crate::error::{IndexError, Result};

/// Distinctive words taken from the source text.
const MAX_QUERY_TERMS: usize = 25;
/// Weight of one shared theme, against the text's similarity.
const THEME_BOOST: f32 = 0.3;

impl LibraryIndex {
    /// Up to `limit` practices similar to the `lang` version of `id`: in that language first,
    /// then, when it has too few, in `reader_lang`. Empty when the version does not exist.
    pub fn similar(
        &self,
        id: &PracticeId,
        lang: Lang,
        reader_lang: Lang,
        limit: usize,
    ) -> Result<Vec<Hit>> {
        let snapshot = self.current_snapshot();
        let searcher = &snapshot.searcher;
        let key = TermQuery::new(
            Term::from_field_text(self.schema.doc_key, &id.doc_key(lang)),
            IndexRecordOption::Basic,
        );
        let found = searcher
            .search(&key, &TopDocs::with_limit(1).order_by_score())
            .map_err(IndexError::tantivy("cannot look up a practice"))?;
        let Some((_, address)) = found.first() else {
            return Ok(Vec::new());
        };
        let doc: TantivyDocument = searcher
            .doc(*address)
            .map_err(IndexError::tantivy("cannot read a document"))?;
        let practice = from_document(&self.schema, &doc)?;
        let plain = epi_model::text::plain_text(&practice.body);
        let text = format!("{}\n{}\n{}", practice.title, practice.summary, plain);
        let like_this = MoreLikeThisQuery::builder()
            .with_min_doc_frequency(1)
            .with_min_term_frequency(2)
            .with_min_word_length(3)
            .with_max_query_terms(MAX_QUERY_TERMS)
            .with_document_fields(vec![(self.schema.text(lang), vec![OwnedValue::Str(text)])]);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Should, Box::new(like_this)),
            (
                Occur::Must,
                filter_query(self.schema.lang, [lang.code().to_owned()]),
            ),
            (
                Occur::MustNot,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.schema.practice_id, &id.to_string()),
                    IndexRecordOption::Basic,
                )),
            ),
        ];
        for theme in &practice.themes {
            let shared = TermQuery::new(
                Term::from_field_text(self.schema.theme, theme.id()),
                IndexRecordOption::Basic,
            );
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(shared), THEME_BOOST)),
            ));
        }
        let mut hits = Vec::with_capacity(limit);
        let mut seen = HashSet::from([id.clone()]);
        self.collect_similar(
            &snapshot,
            &BooleanQuery::new(clauses),
            limit,
            &mut seen,
            &mut hits,
        )?;
        if hits.len() < limit && reader_lang != lang {
            // Other languages share no words with this one, but they share the framework.
            let mut shared: Vec<(Occur, Box<dyn Query>)> = vec![(
                Occur::Must,
                filter_query(self.schema.lang, [reader_lang.code().to_owned()]),
            )];
            let values = practice
                .themes
                .iter()
                .map(|t| (self.schema.theme, t.id()))
                .chain(
                    practice
                        .domains
                        .iter()
                        .map(|d| (self.schema.domain, d.id())),
                );
            for (field, value) in values {
                shared.push((
                    Occur::Should,
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, value),
                        IndexRecordOption::Basic,
                    )),
                ));
            }
            self.collect_similar(
                &snapshot,
                &BooleanQuery::new(shared),
                limit,
                &mut seen,
                &mut hits,
            )?;
        }
        Ok(hits)
    }

    /// Adds the best matches of `query` to `hits`, up to `limit`, one per practice.
    fn collect_similar(
        &self,
        snapshot: &super::Snapshot,
        query: &dyn Query,
        limit: usize,
        seen: &mut HashSet<PracticeId>,
        hits: &mut Vec<Hit>,
    ) -> Result<()> {
        let searcher = &snapshot.searcher;
        // Ask for more than needed: already listed practices are skipped.
        let top = searcher
            .search(
                query,
                &TopDocs::with_limit(limit + seen.len()).order_by_score(),
            )
            .map_err(IndexError::tantivy("cannot find similar practices"))?;
        for (score, address) in top {
            if score <= 0.0 || hits.len() >= limit {
                break;
            }
            let doc: TantivyDocument = searcher
                .doc(address)
                .map_err(IndexError::tantivy("cannot read a document"))?;
            let similar = from_document(&self.schema, &doc)?;
            if seen.insert(similar.id.clone()) {
                let summary = super::snippets::html_escape(&similar.summary);
                hits.push(snapshot.hit(similar, summary, score));
            }
        }
        Ok(())
    }
}
