//! The order of hits: by relevance, documents in the reader's language first (when one is
//! preferred), then by score; or newest first. Equal keys in a stable order.
//!
//! Equal scores are common: two versions of one template, or short documents that match a word
//! alike. Tantivy breaks such ties by document address, which depends on the indexing thread a
//! document went to, so the same corpus indexed twice could order a page differently, and a
//! shared link to page 2 show other practices. Ties are broken by the document key instead
//! (`<city>/<slug>.<lang>`, in byte order), through the rank of every document in that order,
//! computed once per snapshot.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::sync::Arc;

use epi_model::Lang;
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, Searcher, SegmentReader};

use super::Version;

/// A document's place among equal scores: the lower its key, the higher this.
pub(super) type TieBreak = Reverse<u32>;

/// The rank of every live document in document-key order, per segment.
#[derive(Debug, Default)]
pub(super) struct KeyOrder {
    ranks: HashMap<SegmentId, Arc<Vec<u32>>>,
}

impl KeyOrder {
    pub(super) fn build(searcher: &Searcher, versions: Vec<Version>) -> KeyOrder {
        let mut keys: Vec<(String, SegmentId, DocId)> = versions
            .into_iter()
            .map(|version| {
                let mut key = version.practice_id;
                key.push('.');
                key.push_str(&version.lang);
                (key, version.segment, version.doc)
            })
            .collect();
        keys.sort_unstable();
        let mut ranks: HashMap<SegmentId, Vec<u32>> = searcher
            .segment_readers()
            .iter()
            .map(|segment| {
                let unranked = vec![u32::MAX; segment.max_doc() as usize];
                (segment.segment_id(), unranked)
            })
            .collect();
        for (rank, (_, segment, doc)) in keys.into_iter().enumerate() {
            if let Some(slot) = ranks
                .get_mut(&segment)
                .and_then(|ranks| ranks.get_mut(doc as usize))
            {
                *slot = u32::try_from(rank).unwrap_or(u32::MAX);
            }
        }
        KeyOrder {
            ranks: ranks
                .into_iter()
                .map(|(segment, ranks)| (segment, Arc::new(ranks)))
                .collect(),
        }
    }

    /// The tie-break of each document of `segment`.
    fn segment(&self, segment: &SegmentReader) -> impl Fn(DocId) -> TieBreak + use<> {
        let ranks = self.ranks.get(&segment.segment_id()).cloned();
        move |doc| {
            let rank = ranks.as_ref().and_then(|ranks| ranks.get(doc as usize));
            Reverse(rank.copied().unwrap_or(u32::MAX))
        }
    }
}

/// Sort key of documents otherwise equal (used after another key): document key.
pub(super) fn by_key(
    order: Arc<KeyOrder>,
) -> impl Fn(&SegmentReader) -> Box<dyn FnMut(DocId) -> TieBreak> + Send + Sync + 'static {
    move |segment: &SegmentReader| Box::new(order.segment(segment))
}

/// Per segment, the sort key of a document from its id and score.
type SegmentKey<K> = Box<dyn Fn(DocId, Score) -> K>;

/// Sort key: score, then document key.
pub(super) fn by_score(
    order: Arc<KeyOrder>,
) -> impl Fn(&SegmentReader) -> SegmentKey<(Score, TieBreak)> + Send + Sync + 'static {
    move |segment: &SegmentReader| {
        let tie_break = order.segment(segment);
        Box::new(move |doc, score| (score, tie_break(doc)))
    }
}

/// Sort key: documents in `lang` before the others, each group by score, then document key.
pub(super) fn language_first(
    lang_field: tantivy::schema::Field,
    lang: Lang,
    order: Arc<KeyOrder>,
) -> impl Fn(&SegmentReader) -> SegmentKey<(bool, Score, TieBreak)> + Send + Sync + 'static {
    move |segment: &SegmentReader| {
        let tie_break = order.segment(segment);
        let name = segment.schema().get_field_name(lang_field).to_owned();
        let column = segment.fast_fields().str(&name).ok().flatten();
        let ord = column
            .as_ref()
            .and_then(|c| c.dictionary().term_ord(lang.code()).ok().flatten());
        match (column, ord) {
            (Some(column), Some(ord)) => Box::new(move |doc, score| {
                let in_lang = column.term_ords(doc).next() == Some(ord);
                (in_lang, score, tie_break(doc))
            }),
            // No document of this segment is in the language.
            _ => Box::new(move |doc, score| (false, score, tie_break(doc))),
        }
    }
}
