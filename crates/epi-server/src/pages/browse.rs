//! Browsing: by city and by EPI domain, with counts.

use std::collections::BTreeMap;

use axum::extract::State;
use epi_i18n::Labelled;
use epi_model::search::Hit;
use epi_model::vocab::parse_vocab;
use epi_model::{Domain, FacetKind, Lang, PracticeId, SearchRequest, Sort, Vocabulary};
use maud::{Markup, html};

use super::{PageError, PagePath, Section, lang_attr, layout};
use crate::error::Failure;
use crate::params::url;
use crate::state::AppState;
use crate::ui_lang::UiLang;

/// Language versions listed on a browse page; a city or domain with more links to the search.
const BROWSE_LIMIT: usize = 100;

/// What a domain is about, for the browse pages and the About page.
pub fn domain_description(ui: &UiLang, domain: Domain) -> String {
    ui.t(&format!("description-{}", domain.label_key()))
}

/// Counts of a facet over the whole library, with the labels of its values in `lang`.
async fn counts(
    state: &AppState,
    kind: FacetKind,
    lang: Lang,
) -> Result<Vec<(String, String, u64)>, Failure> {
    state
        .with_index(move |index| {
            let values = crate::api::whole_library(index)?
                .facets
                .into_iter()
                .find(|f| f.facet == kind)
                .map(|f| f.values)
                .unwrap_or_default();
            Ok(values
                .into_iter()
                .map(|v| {
                    let label = crate::labels::value_label(index, kind, &v.value, lang);
                    (v.value, label, v.count)
                })
                .collect())
        })
        .await
}

/// "12 documents", in the reader's language.
fn documents(ui: &UiLang, count: u64) -> String {
    ui.t_with("documents-count", &[("count", count.into())])
}

pub async fn cities(State(state): State<AppState>, ui: UiLang) -> Result<Markup, PageError> {
    let mut cities = counts(&state, FacetKind::City, ui.lang).await?;
    cities.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(layout(
        &ui,
        &ui.t("cities-title"),
        Section::Cities,
        html! {},
        html! {
            h1 { (ui.t("cities-heading")) }
            p { (ui.t("cities-intro")) }
            ul.cards {
                @for (slug, name, count) in &cities {
                    li {
                        h2 { a href=(ui.href(&format!("/cities/{slug}"))) { (name) } }
                        p.meta { (documents(&ui, *count)) }
                    }
                }
            }
        },
    ))
}

pub async fn city(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath(city): PagePath<String>,
) -> Result<Markup, PageError> {
    let request = browse_request(FacetKind::City, &city, ui.lang)?;
    let (hits, total) = listing(&state, request.clone()).await?;
    let Some(first) = hits.first() else {
        return Err(Failure::NotFound(format!(
            "the library has no practice from '{}'",
            city.chars().take(60).collect::<String>()
        ))
        .into());
    };
    let name = first.city.clone();
    Ok(layout(
        &ui,
        &name,
        Section::Cities,
        html! {},
        html! {
            nav aria-label=(ui.t("breadcrumb")) { p.meta { a href=(ui.href("/cities")) { (ui.t("nav-cities")) } " › " (name) } }
            h1 { (ui.t_with("city-heading", &[("city", name.as_str().into())])) }
            (practice_list(&ui, &hits, total, &request))
        },
    ))
}

pub async fn domains(State(state): State<AppState>, ui: UiLang) -> Result<Markup, PageError> {
    let counts: BTreeMap<String, u64> = counts(&state, FacetKind::Domain, ui.lang)
        .await?
        .into_iter()
        .map(|(value, _, count)| (value, count))
        .collect();
    Ok(layout(
        &ui,
        &ui.t("domains-title"),
        Section::Domains,
        html! {},
        html! {
            h1 { (ui.t("domains-heading")) }
            p { (ui.t("domains-intro")) }
            ul.cards {
                @for domain in Domain::ALL {
                    li {
                        h2 { a href=(ui.href(&format!("/domains/{}", domain.id()))) { (ui.label(*domain)) } }
                        p { (domain_description(&ui, *domain)) }
                        p.meta { (documents(&ui, counts.get(domain.id()).copied().unwrap_or(0))) }
                    }
                }
            }
        },
    ))
}

pub async fn domain(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath(domain): PagePath<String>,
) -> Result<Markup, PageError> {
    let domain: Domain = parse_vocab(&domain).map_err(|err| Failure::NotFound(err.to_string()))?;
    let request = browse_request(FacetKind::Domain, domain.id(), ui.lang)?;
    let (hits, total) = listing(&state, request.clone()).await?;
    let label = ui.label(domain);
    Ok(layout(
        &ui,
        &label,
        Section::Domains,
        html! {},
        html! {
            nav aria-label=(ui.t("breadcrumb")) { p.meta { a href=(ui.href("/domains")) { (ui.t("nav-domains")) } " › " (label) } }
            h1 { (ui.t_with("domain-heading", &[("domain", label.as_str().into())])) }
            p { (domain_description(&ui, domain)) }
            (practice_list(&ui, &hits, total, &request))
        },
    ))
}

/// The newest practices with one facet value; a value the facet cannot have is not found.
fn browse_request(kind: FacetKind, value: &str, reader: Lang) -> Result<SearchRequest, Failure> {
    let mut request = SearchRequest {
        sort: Sort::Newest,
        per_page: BROWSE_LIMIT,
        ui_lang: Some(reader),
        ..SearchRequest::default()
    };
    request
        .filters
        .add(kind, value)
        .map_err(|err| Failure::NotFound(err.to_string()))?;
    Ok(request)
}

async fn listing(state: &AppState, request: SearchRequest) -> Result<(Vec<Hit>, u64), Failure> {
    let results = crate::api::run_search(state, request).await?;
    Ok((results.hits, results.total))
}

/// One entry per practice (not per language version): the version in the reader's language
/// when there is one, with links to the others.
fn practice_list(ui: &UiLang, hits: &[Hit], total: u64, request: &SearchRequest) -> Markup {
    let mut practices: Vec<(&PracticeId, &Hit)> = Vec::new();
    for hit in hits {
        match practices.iter_mut().find(|(id, _)| *id == &hit.id) {
            Some(entry) if hit.lang == ui.lang => entry.1 = hit,
            Some(_) => {}
            None => practices.push((&hit.id, hit)),
        }
    }
    html! {
        p { (ui.t_with("practices-count", &[("count", practices.len().into())])) }
        ul.results {
            @for (id, hit) in &practices {
                li.result {
                    h2 { a href=(ui.href(&format!("/practices/{id}/{}", hit.lang))) lang=[lang_attr(hit.lang, ui.lang)] { (hit.title) } }
                    p.meta { (hit.city) " · " (hit.period.start.year) " · " (ui.label(hit.status)) }
                    p lang=[lang_attr(hit.lang, ui.lang)] { (hit.summary) }
                    p.meta {
                        (ui.t("languages-label")) " "
                        @for (i, lang) in hit.translations.iter().enumerate() {
                            @if i > 0 { ", " }
                            (language_link(ui, id, *lang))
                        }
                    }
                }
            }
        }
        @if total as usize > hits.len() {
            p {
                a href=(url(&ui.href("/search"), &SearchRequest { sort: Sort::Relevance, per_page: 10, ..request.clone() })) {
                    (ui.t_with("see-all", &[("count", total.into())]))
                }
            }
        }
    }
}

fn language_link(ui: &UiLang, id: &PracticeId, lang: Lang) -> Markup {
    html! { a href=(ui.href(&format!("/practices/{id}/{lang}"))) hreflang=(lang.code()) lang=(lang.code()) { (lang.native_name()) } }
}
