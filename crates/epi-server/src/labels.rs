//! Human labels of facet values: vocabulary labels in the reader's language, language names
//! (each in itself), city names (as the documents write them).

use epi_i18n::{Labelled, Messages};
use epi_index::LibraryIndex;
use epi_model::vocab::{Vocabulary, parse_vocab};
use epi_model::{Domain, FacetKind, KeyFeature, Lang, Status, TargetGroup, Theme};

/// The label of one facet value in `lang`; the value itself when there is nothing better.
pub fn value_label(index: &LibraryIndex, kind: FacetKind, value: &str, lang: Lang) -> String {
    fn vocab<V: Labelled>(value: &str, lang: Lang) -> Option<String> {
        parse_vocab::<V>(value)
            .ok()
            .map(|v| Messages::global().label(lang, v))
    }
    let label = match kind {
        FacetKind::City => index.city_name(value),
        FacetKind::Domain => vocab::<Domain>(value, lang),
        FacetKind::KeyFeature => vocab::<KeyFeature>(value, lang),
        FacetKind::Theme => vocab::<Theme>(value, lang),
        FacetKind::TargetGroup => vocab::<TargetGroup>(value, lang),
        FacetKind::Status => vocab::<Status>(value, lang),
        FacetKind::Lang => Lang::from_code(value).map(|l| l.native_name().to_owned()),
        FacetKind::Topic => index.thesaurus().concept(value).map(|c| c.name(lang)),
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
        FacetKind::City | FacetKind::Country | FacetKind::Year | FacetKind::Topic => None,
    }
}
