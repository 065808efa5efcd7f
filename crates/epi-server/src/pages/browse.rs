//! Browsing: by city and by EPI domain, with counts.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use epi_model::search::Hit;
use epi_model::vocab::parse_vocab;
use epi_model::{Domain, FacetKind, Lang, PracticeId, SearchRequest, Sort, Vocabulary};
use maud::{Markup, html};

use super::{PAGE_LANG, PageError, Section, lang_attr, layout};
use crate::error::Failure;
use crate::params::url;
use crate::state::AppState;

/// Language versions listed on a browse page; a city or domain with more links to the search.
const BROWSE_LIMIT: usize = 100;

/// What a domain is about, for the browse pages and the About page.
pub fn domain_description(domain: Domain) -> &'static str {
    match domain {
        Domain::Interaction => {
            "Everyday contact between newcomers and long-standing residents: shared spaces, events, language exchange, volunteering and dialogue that build trust across backgrounds."
        }
        Domain::Participation => {
            "Migrants taking part in the life and decisions of the city: consultation, civic bodies, associations and the co-design of services and strategies."
        }
        Domain::Governance => {
            "How the city organises integration: political commitment, coordination between departments and partners, strategies, services, evaluation and funding."
        }
    }
}

/// Counts of a facet over the whole library.
async fn counts(state: &AppState, kind: FacetKind) -> Result<Vec<(String, String, u64)>, Failure> {
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
                    let label = crate::labels::value_label(index, kind, &v.value);
                    (v.value, label, v.count)
                })
                .collect())
        })
        .await
}

pub async fn cities(State(state): State<AppState>) -> Result<Markup, PageError> {
    let mut cities = counts(&state, FacetKind::City).await?;
    cities.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(layout(
        "Cities",
        Section::Cities,
        html! {},
        html! {
            h1 { "Practices by city" }
            p { "The seven EPI cities piloted local integration strategies from 2020 to 2022; other cities add their practices as they replicate them." }
            ul.cards {
                @for (slug, name, count) in &cities {
                    li {
                        h2 { a href=(format!("/cities/{slug}")) { (name) } }
                        p.meta { (count) " documents" }
                    }
                }
            }
        },
    ))
}

pub async fn city(
    State(state): State<AppState>,
    Path(city): Path<String>,
) -> Result<Markup, PageError> {
    let request = browse_request(FacetKind::City, &city)?;
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
        &name,
        Section::Cities,
        html! {},
        html! {
            nav aria-label="Breadcrumb" { p.meta { a href="/cities" { "Cities" } " › " (name) } }
            h1 { "Practices from " (name) }
            (practice_list(&hits, total, &request))
        },
    ))
}

pub async fn domains(State(state): State<AppState>) -> Result<Markup, PageError> {
    let counts: BTreeMap<String, u64> = counts(&state, FacetKind::Domain)
        .await?
        .into_iter()
        .map(|(value, _, count)| (value, count))
        .collect();
    Ok(layout(
        "Domains",
        Section::Domains,
        html! {},
        html! {
            h1 { "Practices by domain" }
            p { "EPI organises a local integration strategy in three domains." }
            ul.cards {
                @for domain in Domain::ALL {
                    li {
                        h2 { a href=(format!("/domains/{}", domain.id())) { (domain.label()) } }
                        p { (domain_description(*domain)) }
                        p.meta { (counts.get(domain.id()).copied().unwrap_or(0)) " documents" }
                    }
                }
            }
        },
    ))
}

pub async fn domain(
    State(state): State<AppState>,
    Path(domain): Path<String>,
) -> Result<Markup, PageError> {
    let domain: Domain = parse_vocab(&domain).map_err(|err| Failure::NotFound(err.to_string()))?;
    let request = browse_request(FacetKind::Domain, domain.id())?;
    let (hits, total) = listing(&state, request.clone()).await?;
    Ok(layout(
        domain.label(),
        Section::Domains,
        html! {},
        html! {
            nav aria-label="Breadcrumb" { p.meta { a href="/domains" { "Domains" } " › " (domain.label()) } }
            h1 { "Domain: " (domain.label()) }
            p { (domain_description(domain)) }
            (practice_list(&hits, total, &request))
        },
    ))
}

/// The newest practices with one facet value; a value the facet cannot have is not found.
fn browse_request(kind: FacetKind, value: &str) -> Result<SearchRequest, Failure> {
    let mut request = SearchRequest {
        sort: Sort::Newest,
        per_page: BROWSE_LIMIT,
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

/// One entry per practice (not per language version): the version in the page's language when
/// there is one, with links to the others.
fn practice_list(hits: &[Hit], total: u64, request: &SearchRequest) -> Markup {
    let mut practices: Vec<(&PracticeId, &Hit)> = Vec::new();
    for hit in hits {
        match practices.iter_mut().find(|(id, _)| *id == &hit.id) {
            Some(entry) if hit.lang == PAGE_LANG => entry.1 = hit,
            Some(_) => {}
            None => practices.push((&hit.id, hit)),
        }
    }
    html! {
        p { (practices.len()) " practices" }
        ul.results {
            @for (id, hit) in &practices {
                li.result {
                    h2 { a href=(format!("/practices/{id}/{}", hit.lang)) lang=[lang_attr(hit.lang)] { (hit.title) } }
                    p.meta { (hit.city) " · " (hit.period.start.year) " · " (hit.status.label()) }
                    p lang=[lang_attr(hit.lang)] { (hit.summary) }
                    p.meta {
                        "Languages: "
                        @for (i, lang) in hit.translations.iter().enumerate() {
                            @if i > 0 { ", " }
                            (language_link(id, *lang))
                        }
                    }
                }
            }
        }
        @if total as usize > hits.len() {
            p { a href=(url("/search", &SearchRequest { sort: Sort::Relevance, per_page: 10, ..request.clone() })) { "See all " (total) " documents in the search" } }
        }
    }
}

fn language_link(id: &PracticeId, lang: Lang) -> Markup {
    html! { a href=(format!("/practices/{id}/{lang}")) hreflang=(lang.code()) lang=(lang.code()) { (lang.native_name()) } }
}
