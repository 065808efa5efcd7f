//! The About page: the EPI framework and how to use the library.

use epi_i18n::Labelled;
use epi_model::{Domain, EvalDimension, KeyFeature, Vocabulary};
use maud::{Markup, html};

use super::browse::domain_description;
use super::search::syntax_parts;
use super::{Section, layout, rich};
use crate::ui_lang::UiLang;

pub async fn page(ui: UiLang) -> Markup {
    let mut syntax = syntax_parts(&ui).to_vec();
    syntax.push(("example", html! { code { (ui.t("about-howto-example")) } }));
    layout(
        &ui,
        &ui.t("about-title"),
        Section::About,
        html! {},
        html! {
            h1 { (ui.t("about-heading")) }
            p { (ui.t("about-intro")) }
            h2 { (ui.t("about-framework-heading")) }
            p { (ui.t("about-framework-intro")) }
            h3 { (ui.t("about-domains-heading")) }
            dl {
                @for domain in Domain::ALL {
                    dt { a href=(ui.href(&format!("/domains/{}", domain.id()))) { (ui.label(*domain)) } }
                    dd { (domain_description(&ui, *domain)) }
                }
            }
            h3 { (ui.t("about-features-heading")) }
            p { (ui.t("about-features-intro")) }
            ul {
                @for feature in KeyFeature::ALL {
                    li {
                        (rich(&ui, "about-feature-item", &[
                            ("feature", html! { strong { (ui.label(*feature)) } }),
                            ("description", html! { (ui.t(&format!("description-{}", feature.label_key()))) }),
                        ]))
                    }
                }
            }
            h3 { (ui.t("about-dimensions-heading")) }
            p { (ui.t("about-dimensions-intro")) }
            table {
                thead {
                    tr {
                        th scope="col" { (ui.t("about-dimension-column")) }
                        th scope="col" { (ui.t("about-question-column")) }
                    }
                }
                tbody {
                    @for dimension in EvalDimension::ALL {
                        tr {
                            th scope="row" { (ui.label(*dimension)) }
                            td { (ui.t(&format!("question-{}", dimension.label_key()))) }
                        }
                    }
                }
            }
            h3 { (ui.t("about-steps-heading")) }
            p { (ui.t("about-steps")) }
            h2 { (ui.t("about-howto-heading")) }
            ul {
                li { (ui.t("about-howto-languages")) }
                li { (rich(&ui, "about-howto-syntax", &syntax)) }
                li { (ui.t("about-howto-filters")) }
                li { (ui.t("about-howto-share")) }
                li {
                    (rich(&ui, "about-howto-api", &[
                        ("api", html! { a href="/api/v1/openapi.json" { (ui.t("about-api-link")) } }),
                    ]))
                }
            }
        },
    )
}
