//! Human labels of facet values: vocabulary labels, language names, city names.

use epi_index::LibraryIndex;
use epi_model::vocab::{Vocabulary, parse_vocab};
use epi_model::{Domain, FacetKind, KeyFeature, Lang, Status, TargetGroup, Theme};

/// The label of one facet value; the value itself when there is nothing better.
pub fn value_label(index: &LibraryIndex, kind: FacetKind, value: &str) -> String {
    fn vocab<V: Vocabulary>(value: &str) -> Option<String> {
        parse_vocab::<V>(value).ok().map(|v| v.label().to_owned())
    }
    let label = match kind {
        FacetKind::City => index.city_name(value),
        FacetKind::Domain => vocab::<Domain>(value),
        FacetKind::KeyFeature => vocab::<KeyFeature>(value),
        FacetKind::Theme => vocab::<Theme>(value),
        FacetKind::TargetGroup => vocab::<TargetGroup>(value),
        FacetKind::Status => vocab::<Status>(value),
        FacetKind::Lang => Lang::from_code(value).map(|l| l.native_name().to_owned()),
        FacetKind::Country | FacetKind::Year => None,
    };
    label.unwrap_or_else(|| value.to_owned())
}

/// Every value a facet can take when it is a closed vocabulary, in display order; `None` for
/// open facets (city, country, year), whose values come from the documents.
pub fn vocabulary_values(kind: FacetKind) -> Option<Vec<&'static str>> {
    fn ids<V: Vocabulary>() -> Option<Vec<&'static str>> {
        Some(V::ids().collect())
    }
    match kind {
        FacetKind::Domain => ids::<Domain>(),
        FacetKind::KeyFeature => ids::<KeyFeature>(),
        FacetKind::Theme => ids::<Theme>(),
        FacetKind::TargetGroup => ids::<TargetGroup>(),
        FacetKind::Status => ids::<Status>(),
        FacetKind::Lang => Some(Lang::ALL.iter().map(|l| l.code()).collect()),
        FacetKind::City | FacetKind::Country | FacetKind::Year => None,
    }
}
