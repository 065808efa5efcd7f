//! The facet values of every document, in memory, for counting (see `drill.rs`).
//!
//! Each segment's facet columns are read into memory once per snapshot ([`FacetColumns`]): every
//! document's value ordinals in one flat array, and the values by ordinal. Facet vocabularies are
//! small, so this costs a few megabytes for 100,000 documents, and counting becomes array
//! indexing; reading the columnar fast fields per matching document (and decompressing their
//! dictionaries per counted value) was most of a search's time.

use std::collections::HashMap;
use std::sync::Arc;

use epi_model::FacetKind;
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Searcher, SegmentOrdinal, SegmentReader};

use crate::error::{IndexError, Result};
use crate::schema::LibrarySchema;

/// Counts per facet value.
pub type FacetFruit = HashMap<FacetKind, HashMap<String, u64>>;

/// Every facet of one segment, in memory, row by row: a document's values of all facets are
/// adjacent "slots", and a slot indexes one small array of counts. Counting a document is one
/// pass over a short contiguous slice into counts that stay in the L1 cache; a column per facet
/// cost nine scattered reads per document.
#[derive(Debug, Default)]
pub(super) struct SegmentFacets {
    /// `slots[starts[doc]..starts[doc + 1]]` are the facet values of `doc`.
    starts: Vec<u32>,
    slots: Vec<u32>,
    /// The facet and value of each slot.
    values: Vec<(FacetKind, String)>,
}

impl SegmentFacets {
    fn read(segment: &SegmentReader, schema: &LibrarySchema) -> Result<SegmentFacets> {
        let max_doc = segment.max_doc();
        let mut columns = Vec::new();
        let mut values = Vec::new();
        for kind in FacetKind::ALL {
            let field = schema.facet_field_name(kind);
            let Some(column) = segment
                .fast_fields()
                .str(field)
                .map_err(IndexError::tantivy("cannot read a facet column"))?
            else {
                continue;
            };
            let base = values.len() as u32;
            values.extend(column_terms(&column)?.into_iter().map(|term| (kind, term)));
            columns.push((base, column));
        }
        let mut starts = Vec::with_capacity(max_doc as usize + 1);
        let mut slots = Vec::with_capacity(max_doc as usize * columns.len());
        for doc in 0..max_doc {
            starts.push(slots.len() as u32);
            for (base, column) in &columns {
                slots.extend(column.term_ords(doc).map(|ord| base + ord as u32));
            }
        }
        starts.push(slots.len() as u32);
        slots.shrink_to_fit();
        Ok(SegmentFacets {
            starts,
            slots,
            values,
        })
    }

    /// The slots of `doc`.
    pub(super) fn of(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&start), Some(&end)) => &self.slots[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The facet and value of each slot.
    pub(super) fn values(&self) -> &[(FacetKind, String)] {
        &self.values
    }
}

/// Every facet of every segment of one searcher, in memory.
#[derive(Debug, Default)]
pub struct FacetColumns {
    segments: Vec<Arc<SegmentFacets>>,
}

impl FacetColumns {
    /// Reads every facet column of every segment once.
    pub fn build(searcher: &Searcher, schema: &LibrarySchema) -> Result<FacetColumns> {
        let segments = searcher
            .segment_readers()
            .iter()
            .map(|segment| SegmentFacets::read(segment, schema).map(Arc::new))
            .collect::<Result<_>>()?;
        Ok(FacetColumns { segments })
    }

    /// The facets of one segment of the searcher (none for an unknown segment).
    pub(super) fn segment(&self, ordinal: SegmentOrdinal) -> Arc<SegmentFacets> {
        self.segments
            .get(ordinal as usize)
            .cloned()
            .unwrap_or_default()
    }
}

/// Every value of a string column, by ordinal, read in one pass over its dictionary (looking
/// ordinals up one by one decompresses a dictionary block each time).
pub(super) fn column_terms(column: &StrColumn) -> Result<Vec<String>> {
    let mut values = Vec::with_capacity(column.num_terms());
    let mut stream = column
        .dictionary()
        .stream()
        .map_err(IndexError::io("cannot read a column dictionary"))?;
    while stream.advance() {
        values.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(values)
}

/// Adds up the facet counts of several segments.
pub(super) fn merge_facet_fruits(fruits: Vec<FacetFruit>) -> FacetFruit {
    let mut merged = FacetFruit::new();
    for fruit in fruits {
        for (kind, counts) in fruit {
            let target = merged.entry(kind).or_default();
            for (value, count) in counts {
                *target.entry(value).or_default() += count;
            }
        }
    }
    merged
}
