//! Facet counting: one pass over the matching documents counts the values of several
//! multi-valued string facets at once.
//!
//! Each segment's facet columns are read into memory once per snapshot ([`FacetColumns`]): every
//! document's value ordinals in one flat array, and the values by ordinal. Facet vocabularies are
//! small, so this costs a few megabytes for 100,000 documents, and counting becomes array
//! indexing; reading the columnar fast fields per matching document (and decompressing their
//! dictionaries per counted value) was most of a search's time.

use std::collections::HashMap;
use std::sync::Arc;

use epi_model::FacetKind;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::error::{IndexError, Result};
use crate::schema::LibrarySchema;

/// Counts per facet value.
pub type FacetFruit = HashMap<FacetKind, HashMap<String, u64>>;

/// One facet of one segment, in memory.
#[derive(Debug)]
pub struct FacetOrds {
    /// `ords[starts[doc]..starts[doc + 1]]` are the value ordinals of `doc`.
    starts: Vec<u32>,
    ords: Vec<u32>,
    /// The values, by ordinal.
    terms: Vec<String>,
}

impl FacetOrds {
    fn read(column: &StrColumn, max_doc: DocId) -> Result<FacetOrds> {
        let mut starts = Vec::with_capacity(max_doc as usize + 1);
        let mut ords = Vec::with_capacity(max_doc as usize);
        for doc in 0..max_doc {
            starts.push(ords.len() as u32);
            ords.extend(column.term_ords(doc).map(|ord| ord as u32));
        }
        starts.push(ords.len() as u32);
        Ok(FacetOrds {
            starts,
            ords,
            terms: column_terms(column)?,
        })
    }

    fn of(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&start), Some(&end)) => &self.ords[start as usize..end as usize],
            _ => &[],
        }
    }
}

/// Every facet of every segment of one searcher, in memory.
#[derive(Debug, Default)]
pub struct FacetColumns {
    columns: HashMap<(SegmentOrdinal, FacetKind), Arc<FacetOrds>>,
}

impl FacetColumns {
    /// Reads every facet column of every segment once.
    pub fn build(searcher: &Searcher, schema: &LibrarySchema) -> Result<FacetColumns> {
        let mut columns = HashMap::new();
        for (ordinal, segment) in searcher.segment_readers().iter().enumerate() {
            for kind in FacetKind::ALL {
                let field = schema.facet_field_name(kind);
                let Some(column) = segment
                    .fast_fields()
                    .str(field)
                    .map_err(IndexError::tantivy("cannot read a facet column"))?
                else {
                    continue;
                };
                let ords = FacetOrds::read(&column, segment.max_doc())?;
                columns.insert((ordinal as SegmentOrdinal, kind), Arc::new(ords));
            }
        }
        Ok(FacetColumns { columns })
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

/// Counts the values of the given facets over the matching documents.
#[derive(Debug)]
pub struct FacetCountCollector {
    facets: Vec<FacetKind>,
    columns: Arc<FacetColumns>,
}

impl FacetCountCollector {
    /// Counts `facets`; `columns` are those of the searcher this collector runs on.
    pub fn new(facets: Vec<FacetKind>, columns: Arc<FacetColumns>) -> Self {
        FacetCountCollector { facets, columns }
    }
}

/// One facet of one segment with its counts by ordinal.
struct CountedColumn {
    kind: FacetKind,
    ords: Arc<FacetOrds>,
    counts: Vec<u64>,
}

pub struct FacetSegmentCollector {
    columns: Vec<CountedColumn>,
}

impl std::fmt::Debug for FacetSegmentCollector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FacetSegmentCollector")
            .finish_non_exhaustive()
    }
}

impl Collector for FacetCountCollector {
    type Fruit = FacetFruit;
    type Child = FacetSegmentCollector;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        _segment: &SegmentReader,
    ) -> tantivy::Result<FacetSegmentCollector> {
        let columns = self
            .facets
            .iter()
            .filter_map(|kind| {
                let ords = self.columns.columns.get(&(segment_local_id, *kind))?;
                Some(CountedColumn {
                    kind: *kind,
                    counts: vec![0; ords.terms.len()],
                    ords: Arc::clone(ords),
                })
            })
            .collect();
        Ok(FacetSegmentCollector { columns })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetFruit>) -> tantivy::Result<FacetFruit> {
        let mut merged = FacetFruit::new();
        for fruit in fruits {
            for (kind, counts) in fruit {
                let target = merged.entry(kind).or_default();
                for (value, count) in counts {
                    *target.entry(value).or_default() += count;
                }
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = FacetFruit;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for column in &mut self.columns {
            for &ord in column.ords.of(doc) {
                if let Some(count) = column.counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> FacetFruit {
        let mut fruit = FacetFruit::new();
        for column in self.columns {
            let values = fruit.entry(column.kind).or_default();
            for (ord, count) in column.counts.into_iter().enumerate() {
                if let (true, Some(term)) = (count > 0, column.ords.terms.get(ord)) {
                    values.insert(term.clone(), count);
                }
            }
        }
        fruit
    }
}
