//! The About page: the EPI framework and how to use the library.

use epi_model::{Domain, EvalDimension, KeyFeature, Vocabulary};
use maud::{Markup, html};

use super::browse::domain_description;
use super::{Section, layout};

fn key_feature_description(feature: KeyFeature) -> &'static str {
    match feature {
        KeyFeature::PoliticalCommitment => {
            "the city's leadership stands behind the strategy and gives it a mandate and resources"
        }
        KeyFeature::Participation => {
            "migrants, residents and local organisations help design and run it"
        }
        KeyFeature::Narrative => {
            "the city tells a positive, shared story of diversity and belonging"
        }
        KeyFeature::Evaluation => "results are measured and used to improve the work",
        KeyFeature::Sustainability => "the work outlives its project funding",
    }
}

fn dimension_question(dimension: EvalDimension) -> &'static str {
    match dimension {
        EvalDimension::Relevance => "Does it answer real needs of migrants and the city?",
        EvalDimension::Effectiveness => "Did it reach its objectives?",
        EvalDimension::Sustainability => "Will the benefits last?",
        EvalDimension::Efficiency => "Were resources used well?",
        EvalDimension::Coherence => "Does it fit with the city's other policies and actors?",
        EvalDimension::Impact => "What difference did it make beyond its direct results?",
    }
}

pub async fn page() -> Markup {
    layout(
        "About",
        Section::About,
        html! {},
        html! {
            h1 { "About the library" }
            p {
                "The European Pact for Integration (EPI, 2020–2022) brought together seven cities — Cartagena, Cluj-Napoca, Dietzenbach, Linköping, Lublin, Ravenna and Riga — to design and pilot local strategies for the integration of third-country nationals, with funding from the EU Asylum, Migration and Integration Fund (AMIF). "
                "This library gathers what worked, so that other cities can replicate it."
            }
            h2 { "The EPI framework" }
            p { "Every practice is described with the same framework, which is also how you can filter the search." }
            h3 { "Three domains" }
            dl {
                @for domain in Domain::ALL {
                    dt { a href=(format!("/domains/{}", domain.id())) { (domain.label()) } }
                    dd { (domain_description(*domain)) }
                }
            }
            h3 { "Five key features" }
            p { "A strong local strategy shows:" }
            ul {
                @for feature in KeyFeature::ALL {
                    li { strong { (feature.label()) } ": " (key_feature_description(*feature)) "." }
                }
            }
            h3 { "Six evaluation dimensions" }
            p { "Pilots were evaluated against six questions, the OECD-DAC evaluation criteria; each practice gives its evidence for the dimensions it was assessed on." }
            table {
                thead { tr { th scope="col" { "Dimension" } th scope="col" { "Question" } } }
                tbody {
                    @for dimension in EvalDimension::ALL {
                        tr { th scope="row" { (dimension.label()) } td { (dimension_question(*dimension)) } }
                    }
                }
            }
            h3 { "The steps of a city's pact" }
            p { "Each city reviewed its intercultural policy, held round tables with local stakeholders, wrote an integration strategy and piloted it: a coordination body, a launch event and a City Integration Pact. Replication workshops then shared the results with cities outside the project." }
            h2 { "How to search" }
            ul {
                li { "Write in any of the eight languages of the library: English, Romanian, Italian, Spanish, German, Swedish, Polish or Latvian. Inflected forms and words typed without accents are found too." }
                li { "All words must match. Use " code { "\"quotes\"" } " for an exact phrase, " code { "-word" } " to exclude a word, and " code { "OR" } " between alternatives: " code { "housing OR vivienda" } "." }
                li { "Narrow the results with the filters: city, domain, language, theme, key feature, target group, status and year. Several values of one filter widen the search (either value); filters of different kinds narrow it." }
                li { "Every search has its own address: bookmark it or share it." }
                li { "Developers can use the same search through the " a href="/api/v1/openapi.json" { "JSON API" } "." }
            }
        },
    )
}
