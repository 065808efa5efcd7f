//! The practice page: one language version, rendered and sanitised, with its metadata, a
//! language switcher over the translations, similar practices, and the source and licence.

use axum::extract::{Path, State};
use epi_model::search::Hit;
use epi_model::{Lang, Practice, PracticeId, Vocabulary};
use maud::{Markup, PreEscaped, html};

use super::{PAGE_LANG, PageError, Section, lang_attr, layout};
use crate::api::practice_id;
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::state::AppState;

/// Similar practices shown under a practice.
const SIMILAR: usize = 5;

/// `/practices/{city}/{slug}`: the version in the page's language when there is one, else the
/// first available.
pub async fn default_version(
    State(state): State<AppState>,
    Path((city, slug)): Path<(String, String)>,
) -> Result<Markup, PageError> {
    render(&state, practice_id(&city, &slug)?, None).await
}

/// `/practices/{city}/{slug}/{lang}`: one language version.
pub async fn version(
    State(state): State<AppState>,
    Path((city, slug, lang)): Path<(String, String, String)>,
) -> Result<Markup, PageError> {
    let id = practice_id(&city, &slug)?;
    let lang = Lang::from_code(&lang).ok_or_else(|| {
        Failure::NotFound(format!(
            "'{}' is not a language of the library",
            lang.chars().take(20).collect::<String>()
        ))
    })?;
    render(&state, id, Some(lang)).await
}

/// The page of one version: `requested`, or by default the page's language when the practice
/// has it, else its first language.
async fn render(
    state: &AppState,
    id: PracticeId,
    requested: Option<Lang>,
) -> Result<Markup, PageError> {
    // One trip to the blocking pool: the versions and their neighbours from one generation.
    let (versions, lang, similar) = state
        .with_index({
            let id = id.clone();
            move |index| {
                let versions = index.practice(&id)?;
                let available = |lang: Lang| versions.iter().any(|v| v.lang == lang);
                let lang = match requested {
                    Some(lang) if available(lang) => lang,
                    Some(lang) => {
                        return Err(Failure::NotFound(format!(
                            "the practice '{id}' is not available in {}",
                            lang.english_name()
                        )));
                    }
                    None if available(PAGE_LANG) => PAGE_LANG,
                    None => match versions.first() {
                        Some(first) => first.lang,
                        None => {
                            return Err(Failure::NotFound(format!("there is no practice '{id}'")));
                        }
                    },
                };
                let similar = index.similar(&id, lang, PAGE_LANG, SIMILAR)?;
                Ok((versions, lang, similar))
            }
        })
        .await?;
    let languages: Vec<Lang> = versions.iter().map(|v| v.lang).collect();
    let Some(practice) = versions.into_iter().find(|v| v.lang == lang) else {
        return Err(Failure::NotFound(format!("there is no practice '{id}'")).into());
    };
    let head = html! {
        link rel="canonical" href=(format!("/practices/{id}/{lang}"));
        @for other in &languages {
            link rel="alternate" hreflang=(other.code()) href=(format!("/practices/{id}/{other}"));
        }
    };
    let body = to_safe_html(&practice.body);
    Ok(layout(
        &practice.title,
        Section::None,
        head,
        page(&practice, &languages, &body, &similar),
    ))
}

fn page(practice: &Practice, languages: &[Lang], body_html: &str, similar: &[Hit]) -> Markup {
    let lang = lang_attr(practice.lang);
    html! {
        nav aria-label="Breadcrumb" {
            p.meta {
                a href="/cities" { "Cities" } " › "
                a href=(format!("/cities/{}", practice.id.city())) { (practice.city) }
            }
        }
        div.practice {
            article lang=[lang] {
                h1 { (practice.title) }
                @if languages.len() > 1 {
                    nav.lang-switch aria-label="Language versions" lang=(super::PAGE_LANG.code()) {
                        h2.visually-hidden { "Available in" }
                        ul {
                            @for other in languages {
                                li {
                                    @if *other == practice.lang {
                                        span aria-current="true" lang=(other.code()) { (other.native_name()) }
                                    } @else {
                                        a href=(format!("/practices/{}/{}", practice.id, other)) hreflang=(other.code()) lang=(other.code()) { (other.native_name()) }
                                    }
                                }
                            }
                        }
                    }
                }
                p.summary { (practice.summary) }
                div.body { (PreEscaped(body_html)) }
            }
            aside.panel aria-label="About this practice" {
                (metadata(practice))
            }
        }
        @if !similar.is_empty() {
            section aria-labelledby="similar" {
                h2 #similar { "Similar practices" }
                ul {
                    @for hit in similar {
                        li {
                            a href=(format!("/practices/{}/{}", hit.id, hit.lang)) lang=[lang_attr(hit.lang)] { (hit.title) }
                            span.muted { " — " (hit.city) }
                        }
                    }
                }
            }
        }
    }
}

fn metadata(practice: &Practice) -> Markup {
    html! {
        h2 { "About this practice" }
        dl {
            dt { "City" }
            dd { a href=(format!("/cities/{}", practice.id.city())) { (practice.city) } " (" (practice.country) ")" }
            dt { "Organisations" }
            dd { (practice.organisations.join(", ")) }
            dt { "Period" }
            dd {
                (practice.period.start)
                @if let Some(end) = practice.period.end { " – " (end) } @else { " – ongoing" }
            }
            dt { "Status" }
            dd { (practice.status.label()) }
            dt { "Domains" }
            dd {
                @for (i, domain) in practice.domains.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(format!("/domains/{}", domain.id())) { (domain.label()) }
                }
            }
            @if !practice.key_features.is_empty() {
                dt { "Key features" }
                dd { (labels(&practice.key_features)) }
            }
            dt { "Themes" }
            dd {
                @for (i, theme) in practice.themes.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(format!("/search?theme={}", theme.id())) { (theme.label()) }
                }
            }
            dt { "Target groups" }
            dd { (labels(&practice.target_groups)) }
            @if !practice.icc_areas.is_empty() {
                dt { "Intercultural Cities Index areas" }
                dd { (labels(&practice.icc_areas)) }
            }
            @if !practice.adapted_from.is_empty() {
                dt { "Adapted from" }
                dd { (lineage(&practice.adapted_from)) }
            }
            @if !practice.adapted_by.is_empty() {
                dt { "Adapted by" }
                dd { (lineage(&practice.adapted_by)) }
            }
        }
        @if !practice.evaluation.is_empty() {
            h2 { "Evaluation" }
            dl {
                @for (dimension, evidence) in &practice.evaluation {
                    dt { (dimension.label()) }
                    dd lang=[lang_attr(practice.lang)] { (evidence) }
                }
            }
        }
        h2 { "Contact and sources" }
        dl {
            dt { "Contact" }
            dd {
                (practice.contact.organisation)
                @if let Some(name) = &practice.contact.name { br; (name) }
                @if let Some(email) = &practice.contact.email { br; a href=(format!("mailto:{email}")) { (email) } }
                @if let Some(url) = &practice.contact.url { br; a href=(url) rel="noopener noreferrer" { (url) } }
            }
            @if !practice.links.is_empty() {
                dt { "Links" }
                dd {
                    ul {
                        @for link in &practice.links {
                            li { a href=(link.url) rel="noopener noreferrer" lang=[lang_attr(practice.lang)] { (link.title) } }
                        }
                    }
                }
            }
            dt { "Source" }
            dd lang=[lang_attr(practice.lang)] { (practice.source) }
            dt { "Licence" }
            dd { (practice.license) }
        }
    }
}

fn labels<V: Vocabulary>(values: &[V]) -> String {
    values
        .iter()
        .map(|v| v.label())
        .collect::<Vec<_>>()
        .join(", ")
}

fn lineage(ids: &[PracticeId]) -> Markup {
    html! {
        @for (i, id) in ids.iter().enumerate() {
            @if i > 0 { ", " }
            a href=(format!("/practices/{id}")) { (id) }
        }
    }
}
