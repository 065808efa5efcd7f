//! Facet counting: one pass over the matching documents counts the values of several
//! multi-valued string fast fields at once.

use std::collections::HashMap;

use epi_model::FacetKind;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts per facet value.
pub type FacetFruit = HashMap<FacetKind, HashMap<String, u64>>;

/// Counts the values of the given facets over the matching documents.
#[derive(Debug)]
pub struct FacetCountCollector {
    facets: Vec<(FacetKind, String)>,
}

impl FacetCountCollector {
    /// `facets` pairs each facet with the name of its fast field.
    pub fn new(facets: Vec<(FacetKind, String)>) -> Self {
        FacetCountCollector { facets }
    }
}

pub struct FacetSegmentCollector {
    columns: Vec<(FacetKind, StrColumn, Vec<u64>)>,
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
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<FacetSegmentCollector> {
        let mut columns = Vec::with_capacity(self.facets.len());
        for (kind, field) in &self.facets {
            if let Some(column) = segment.fast_fields().str(field)? {
                let counts = vec![0u64; column.num_terms()];
                columns.push((*kind, column, counts));
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
        for (_, column, counts) in &mut self.columns {
            for ord in column.term_ords(doc) {
                if let Some(count) = counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> FacetFruit {
        let mut fruit = FacetFruit::new();
        for (kind, column, counts) in self.columns {
            let values = fruit.entry(kind).or_default();
            let mut term = String::new();
            for (ord, count) in counts.into_iter().enumerate() {
                if count > 0 && column.ord_to_str(ord as u64, &mut term).unwrap_or(false) {
                    values.insert(term.clone(), count);
                }
            }
        }
        fruit
    }
}
