//! Facet counting: one pass over the matching documents counts the values of several
//! multi-valued string fast fields at once.
//!
//! The values themselves are resolved once per snapshot ([`FacetTerms`]): a column's dictionary
//! is compressed in blocks, and turning each counted ordinal back into its string on every
//! search cost more than the counting.

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

/// Every facet column's values by ordinal, per segment of one searcher.
#[derive(Debug, Default)]
pub struct FacetTerms {
    terms: HashMap<(SegmentOrdinal, FacetKind), Arc<[String]>>,
}

impl FacetTerms {
    /// Reads every facet column's dictionary once, in order.
    pub fn build(searcher: &Searcher, schema: &LibrarySchema) -> Result<FacetTerms> {
        let mut terms = HashMap::new();
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
                terms.insert(
                    (ordinal as SegmentOrdinal, kind),
                    column_terms(&column)?.into(),
                );
            }
        }
        Ok(FacetTerms { terms })
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
    facets: Vec<(FacetKind, String)>,
    terms: Arc<FacetTerms>,
}

impl FacetCountCollector {
    /// `facets` pairs each facet with the name of its fast field; `terms` are the values of
    /// the searcher this collector runs on.
    pub fn new(facets: Vec<(FacetKind, String)>, terms: Arc<FacetTerms>) -> Self {
        FacetCountCollector { facets, terms }
    }
}

/// One facet column of one segment, with its counts by ordinal and its values.
struct CountedColumn {
    kind: FacetKind,
    column: StrColumn,
    counts: Vec<u64>,
    terms: Arc<[String]>,
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
        segment: &SegmentReader,
    ) -> tantivy::Result<FacetSegmentCollector> {
        let mut columns = Vec::with_capacity(self.facets.len());
        for (kind, field) in &self.facets {
            let terms = self.terms.terms.get(&(segment_local_id, *kind));
            if let (Some(column), Some(terms)) = (segment.fast_fields().str(field)?, terms) {
                let counts = vec![0u64; column.num_terms()];
                columns.push(CountedColumn {
                    kind: *kind,
                    column,
                    counts,
                    terms: Arc::clone(terms),
                });
            }
        }
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
        for counted in &mut self.columns {
            for ord in counted.column.term_ords(doc) {
                if let Some(count) = counted.counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> FacetFruit {
        let mut fruit = FacetFruit::new();
        for counted in self.columns {
            let values = fruit.entry(counted.kind).or_default();
            for (ord, count) in counted.counts.into_iter().enumerate() {
                if let (true, Some(term)) = (count > 0, counted.terms.get(ord)) {
                    values.insert(term.clone(), count);
                }
            }
        }
        fruit
    }
}
