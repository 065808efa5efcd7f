//! Keys derived from other vocabularies: one message per value of each EPI vocabulary, per
//! facet and per language. Named here, once, so the pages and the completeness tests agree.

use epi_model::{
    Domain, EvalDimension, FacetKind, IccArea, KeyFeature, Lang, Status, TargetGroup, Theme,
    Vocabulary,
};

/// A vocabulary whose values have a label in the message files, under
/// `<KEY_PREFIX>-<id>` (`domain-interaction`, `theme-housing`, …).
pub trait Labelled: Vocabulary {
    /// The first part of every key of this vocabulary. Prefixes differ between vocabularies
    /// because ids repeat across them (`participation` is a domain, a key feature and an ICC
    /// area, with different translations in some languages).
    const KEY_PREFIX: &'static str;

    /// The key of this value's label.
    fn label_key(self) -> String {
        format!("{}-{}", Self::KEY_PREFIX, self.id())
    }
}

impl Labelled for Domain {
    const KEY_PREFIX: &'static str = "domain";
}

impl Labelled for KeyFeature {
    const KEY_PREFIX: &'static str = "key-feature";
}

impl Labelled for EvalDimension {
    const KEY_PREFIX: &'static str = "dimension";
}

impl Labelled for Theme {
    const KEY_PREFIX: &'static str = "theme";
}

impl Labelled for TargetGroup {
    const KEY_PREFIX: &'static str = "target-group";
}

impl Labelled for Status {
    const KEY_PREFIX: &'static str = "status";
}

impl Labelled for IccArea {
    const KEY_PREFIX: &'static str = "icc";
}

/// The key of a facet's name: `facet-` and its URL parameter in kebab case (`facet-key-feature`).
pub fn facet_key(kind: FacetKind) -> String {
    format!("facet-{}", kind.param().replace('_', "-"))
}

/// The key of "in <language>" (`in-language-pl`: "in Polish", "po polsku", …), for saying which
/// language a document is written in.
pub fn in_language_key(lang: Lang) -> String {
    format!("in-language-{}", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_kebab_case() {
        assert_eq!(Domain::Interaction.label_key(), "domain-interaction");
        assert_eq!(
            KeyFeature::PoliticalCommitment.label_key(),
            "key-feature-political-commitment"
        );
        assert_eq!(facet_key(FacetKind::TargetGroup), "facet-target-group");
        assert_eq!(in_language_key(Lang::Lv), "in-language-lv");
    }
}
