//! Matches and disjunctive facet counts in one pass over the text matches ("drill sideways", as
//! Lucene calls it).
//!
//! A facet with a selection is counted as if its own selection were removed, so that its other
//! values stay visible with what choosing them would add. Counting each selected facet with its
//! own search iterates the text matches once more per selected facet. Here the text query runs
//! once, without the filters, and the in-memory facet slots of each matching document tell which
//! selected facets it misses:
//!
//! - a document that misses none is a result: it goes to the inner collector (top documents and
//!   total) and counts for every facet;
//! - a document that misses exactly one selected facet counts for that facet only (it would be a
//!   result if that facet's selection were removed);
//! - any other document counts for nothing.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use epi_model::FacetKind;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::facets::{FacetColumns, FacetFruit, SegmentFacets, merge_facet_fruits};

/// The selected values of each facet that has a selection; facet `i` of the list is bit `i` of
/// the masks below.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    facets: Vec<(FacetKind, HashSet<String>)>,
}

impl Selection {
    /// The selection of every facet with at least one selected value.
    pub fn new(selected: impl IntoIterator<Item = (FacetKind, Vec<String>)>) -> Selection {
        let facets = selected
            .into_iter()
            .filter(|(_, values)| !values.is_empty())
            .map(|(kind, values)| (kind, values.into_iter().collect()))
            .collect();
        Selection { facets }
    }

    /// The bit of `kind`, when it has a selection.
    fn bit(&self, kind: FacetKind) -> u32 {
        self.facets
            .iter()
            .position(|(k, _)| *k == kind)
            .map_or(0, |i| 1 << i)
    }

    /// Every selected facet's bit.
    fn required(&self) -> u32 {
        // FacetKind has far fewer than 32 kinds, each listed at most once.
        (1u32 << self.facets.len()) - 1
    }

    fn accepts(&self, kind: FacetKind, value: &str) -> bool {
        self.facets
            .iter()
            .any(|(k, values)| *k == kind && values.contains(value))
    }
}

/// Runs `inner` on the documents that match every selected facet, and counts every facet
/// disjunctively.
pub struct DrillSideways<C> {
    inner: C,
    selection: Arc<Selection>,
    columns: Arc<FacetColumns>,
}

impl<C> DrillSideways<C> {
    /// `columns` are those of the searcher the collector runs on.
    pub fn new(inner: C, selection: Selection, columns: Arc<FacetColumns>) -> Self {
        DrillSideways {
            inner,
            selection: Arc::new(selection),
            columns,
        }
    }
}

/// One segment's collection; see the module documentation.
pub struct DrillSidewaysSegment<S> {
    inner: S,
    segment: Arc<SegmentFacets>,
    /// Per slot: the bit of its facet when its value is selected, else 0.
    accepts: Vec<u32>,
    /// Per slot: the bit of its facet when that facet has a selection, else 0.
    facet_bits: Vec<u32>,
    required: u32,
    counts: Vec<u32>,
}

impl<C: Collector> Collector for DrillSideways<C> {
    type Fruit = (C::Fruit, FacetFruit);
    type Child = DrillSidewaysSegment<C::Child>;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let inner = self.inner.for_segment(segment_local_id, segment)?;
        let facets = self.columns.segment(segment_local_id);
        let (accepts, facet_bits) = facets
            .values()
            .iter()
            .map(|(kind, value)| {
                let bit = self.selection.bit(*kind);
                let accepts = if self.selection.accepts(*kind, value) {
                    bit
                } else {
                    0
                };
                (accepts, bit)
            })
            .unzip();
        Ok(DrillSidewaysSegment {
            inner,
            counts: vec![0; facets.values().len()],
            segment: facets,
            accepts,
            facet_bits,
            required: self.selection.required(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.inner.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<Self::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<Self::Fruit> {
        let (inner, facets): (Vec<_>, Vec<_>) = fruits.into_iter().unzip();
        Ok((self.inner.merge_fruits(inner)?, merge_facet_fruits(facets)))
    }
}

impl<S: SegmentCollector> SegmentCollector for DrillSidewaysSegment<S> {
    type Fruit = (S::Fruit, FacetFruit);

    fn collect(&mut self, doc: DocId, score: Score) {
        let slots = self.segment.of(doc);
        let satisfied = slots
            .iter()
            .fold(0, |mask, &slot| mask | self.accepts[slot as usize]);
        let missed = self.required & !satisfied;
        if missed == 0 {
            self.inner.collect(doc, score);
            for &slot in slots {
                self.counts[slot as usize] += 1;
            }
        } else if missed.is_power_of_two() {
            for &slot in slots {
                if self.facet_bits[slot as usize] == missed {
                    self.counts[slot as usize] += 1;
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let mut fruit: FacetFruit = HashMap::new();
        for (slot, count) in self.counts.into_iter().enumerate() {
            if count == 0 {
                continue;
            }
            if let Some((kind, value)) = self.segment.values().get(slot) {
                fruit
                    .entry(*kind)
                    .or_default()
                    .insert(value.clone(), u64::from(count));
            }
        }
        (self.inner.harvest(), fruit)
    }
}
