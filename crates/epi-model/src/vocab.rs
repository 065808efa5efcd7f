//! The controlled vocabularies of the EPI framework and of the library's own metadata.
//!
//! Each vocabulary is a closed enum whose serialised form is the kebab-case id used in corpus
//! files, URLs and the API. The English label is the fallback for the user interface.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A value of a controlled vocabulary: an id, an English label, and the list of its peers.
pub trait Vocabulary: Sized + Copy + Eq + 'static {
    /// The name of the vocabulary as a corpus field (`domains`, `themes`, …).
    const FIELD: &'static str;
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The stable kebab-case id.
    fn id(self) -> &'static str;
    /// The English label.
    fn label(self) -> &'static str;

    /// Parses an id exactly (ids are lower-case kebab-case).
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.id() == id)
    }

    /// Every id, in display order.
    fn ids() -> impl Iterator<Item = &'static str> {
        Self::ALL.iter().map(|value| value.id())
    }
}

/// The error of parsing a value outside its vocabulary; it carries a suggestion when one is close.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} value '{value}' is not in the vocabulary{}", suggestion_text(.suggestion))]
pub struct UnknownValue {
    pub field: &'static str,
    pub value: String,
    pub suggestion: Option<&'static str>,
}

fn suggestion_text(suggestion: &Option<&'static str>) -> String {
    match suggestion {
        Some(s) => format!(" — did you mean '{s}'?"),
        None => String::new(),
    }
}

/// Parses `value` as a member of vocabulary `V`, suggesting the nearest id when it fails.
pub fn parse_vocab<V: Vocabulary>(value: &str) -> Result<V, UnknownValue> {
    V::from_id(value).ok_or_else(|| UnknownValue {
        field: V::FIELD,
        value: value.to_owned(),
        suggestion: crate::suggest::nearest(value, V::ids()),
    })
}

/// Declares one vocabulary enum with its ids and English labels. A macro because eight
/// vocabularies need the same six impls, and a table is easier to review than eight copies.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $field:literal, { $($variant:ident => ($id:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl Vocabulary for $name {
            const FIELD: &'static str = $field;
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                parse_vocab(s)
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                parse_vocab(&text).map_err(serde::de::Error::custom)
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                crate::openapi::string_enum(<$name as Vocabulary>::ids())
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
    };
}

vocabulary!(
    /// The three EPI domains of a local integration strategy.
    Domain, "domains", {
        Interaction => ("interaction", "Interaction"),
        Participation => ("participation", "Participation"),
        Governance => ("governance", "Governance"),
    }
);

vocabulary!(
    /// The five EPI key features of a strategy.
    KeyFeature, "key_features", {
        PoliticalCommitment => ("political-commitment", "Political commitment"),
        Participation => ("participation", "Participation"),
        Narrative => ("narrative", "Narrative"),
        Evaluation => ("evaluation", "Evaluation"),
        Sustainability => ("sustainability", "Sustainability"),
    }
);

vocabulary!(
    /// The six evaluation dimensions (the OECD-DAC criteria) EPI evaluates pilots on.
    EvalDimension, "evaluation", {
        Relevance => ("relevance", "Relevance"),
        Effectiveness => ("effectiveness", "Effectiveness"),
        Sustainability => ("sustainability", "Sustainability"),
        Efficiency => ("efficiency", "Efficiency"),
        Coherence => ("coherence", "Coherence"),
        Impact => ("impact", "Impact"),
    }
);

vocabulary!(
    /// What a practice is about.
    Theme, "themes", {
        LanguageLearning => ("language-learning", "Language learning"),
        LabourMarket => ("labour-market", "Labour market"),
        Entrepreneurship => ("entrepreneurship", "Entrepreneurship"),
        Education => ("education", "Education"),
        Housing => ("housing", "Housing"),
        Health => ("health", "Health"),
        Culture => ("culture", "Culture"),
        InterreligiousDialogue => ("interreligious-dialogue", "Interreligious dialogue"),
        AntiDiscrimination => ("anti-discrimination", "Anti-discrimination"),
        WelcomingServices => ("welcoming-services", "Welcoming services and one-stop shops"),
        Volunteering => ("volunteering", "Volunteering"),
        MediaNarrative => ("media-narrative", "Media and narrative"),
        CivicParticipation => ("civic-participation", "Civic participation"),
        InterculturalMediation => ("intercultural-mediation", "Intercultural mediation"),
        Neighbourhoods => ("neighbourhoods", "Neighbourhoods"),
        Women => ("women", "Women"),
        Youth => ("youth", "Youth"),
        DigitalInclusion => ("digital-inclusion", "Digital inclusion"),
        ResearchAndMonitoring => ("research-and-monitoring", "Research and monitoring"),
        StrategyAndPolicy => ("strategy-and-policy", "Strategy and policy"),
    }
);

vocabulary!(
    /// Who a practice is for.
    TargetGroup, "target_groups", {
        ThirdCountryNationals => ("third-country-nationals", "Third-country nationals"),
        Refugees => ("refugees", "Refugees"),
        AsylumSeekers => ("asylum-seekers", "Asylum seekers"),
        Newcomers => ("newcomers", "Newcomers"),
        MigrantWomen => ("migrant-women", "Migrant women"),
        ChildrenAndYouth => ("children-and-youth", "Children and youth"),
        Families => ("families", "Families"),
        Students => ("students", "Students"),
        Jobseekers => ("jobseekers", "Jobseekers"),
        Entrepreneurs => ("entrepreneurs", "Entrepreneurs"),
        Employers => ("employers", "Employers"),
        HostCommunity => ("host-community", "Host community"),
        PublicOfficials => ("public-officials", "Public officials"),
        CivilSociety => ("civil-society", "Civil society"),
        ReligiousCommunities => ("religious-communities", "Religious communities"),
        Volunteers => ("volunteers", "Volunteers"),
        Teachers => ("teachers", "Teachers"),
    }
);

vocabulary!(
    /// Where a practice stands.
    Status, "status", {
        Planned => ("planned", "Planned"),
        Pilot => ("pilot", "Pilot"),
        Ongoing => ("ongoing", "Ongoing"),
        Completed => ("completed", "Completed"),
    }
);

vocabulary!(
    /// The areas of the Council of Europe Intercultural Cities (ICC) Index.
    IccArea, "icc_areas", {
        Commitment => ("commitment", "Commitment"),
        Education => ("education", "Education"),
        Neighbourhoods => ("neighbourhoods", "Neighbourhoods"),
        PublicServices => ("public-services", "Public services"),
        BusinessAndLabourMarket => ("business-and-labour-market", "Business and labour market"),
        CulturalAndSocialLife => ("cultural-and-social-life", "Cultural and social life"),
        PublicSpace => ("public-space", "Public space"),
        MediationAndConflictResolution => ("mediation-and-conflict-resolution", "Mediation and conflict resolution"),
        Language => ("language", "Language"),
        MediaAndCommunication => ("media-and-communication", "Media and communication"),
        InternationalOutlook => ("international-outlook", "International outlook"),
        InterculturalIntelligence => ("intercultural-intelligence", "Intercultural intelligence and competence"),
        WelcomingNewcomers => ("welcoming-newcomers", "Welcoming newcomers"),
        LeadershipAndCitizenship => ("leadership-and-citizenship", "Leadership and citizenship"),
        AntiDiscrimination => ("anti-discrimination", "Anti-discrimination"),
        Participation => ("participation", "Participation"),
        Interaction => ("interaction", "Interaction"),
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    fn check_unique<V: Vocabulary + fmt::Debug>() {
        let mut ids: Vec<_> = V::ids().collect();
        let before = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), before, "duplicate id in {}", V::FIELD);
        for value in V::ALL {
            assert_eq!(V::from_id(value.id()), Some(*value));
            assert!(
                value
                    .id()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
            );
        }
    }

    #[test]
    fn ids_are_unique_kebab_case() {
        check_unique::<Domain>();
        check_unique::<KeyFeature>();
        check_unique::<EvalDimension>();
        check_unique::<Theme>();
        check_unique::<TargetGroup>();
        check_unique::<Status>();
        check_unique::<IccArea>();
    }

    #[test]
    fn framework_sizes_match_epi() {
        assert_eq!(Domain::ALL.len(), 3);
        assert_eq!(KeyFeature::ALL.len(), 5);
        assert_eq!(EvalDimension::ALL.len(), 6);
    }

    #[test]
    fn unknown_value_suggests() {
        let err = "goverance".parse::<Domain>().unwrap_err();
        assert_eq!(err.suggestion, Some("governance"));
        assert_eq!(
            err.to_string(),
            "domains value 'goverance' is not in the vocabulary — did you mean 'governance'?"
        );
        assert_eq!("xyzzy".parse::<Theme>().unwrap_err().suggestion, None);
    }

    #[test]
    fn serde_round_trip() {
        let json = serde_json::to_string(&[Theme::LabourMarket, Theme::Youth]).unwrap();
        assert_eq!(json, r#"["labour-market","youth"]"#);
        let back: Vec<Theme> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, [Theme::LabourMarket, Theme::Youth]);
        assert!(serde_json::from_str::<Theme>("\"labor-market\"").is_err());
    }
}
