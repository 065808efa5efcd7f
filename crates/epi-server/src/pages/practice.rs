//! The practice page: one language version, rendered and sanitised, with its metadata, a
//! language switcher over the translations, similar practices, and the source and licence.

use axum::extract::State;
use epi_i18n::Labelled;
use epi_model::search::Hit;
use epi_model::{Lang, Practice, PracticeId, Vocabulary};
use maud::{Markup, PreEscaped, html};

use super::{PageError, PagePath, Section, lang_attr, layout};
use crate::api::practice_id;
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::state::AppState;
use crate::ui_lang::UiLang;

/// Similar practices shown under a practice.
const SIMILAR: usize = 5;

/// `/practices/{city}/{slug}`: the version in the reader's language when there is one, else
/// the first available.
pub async fn default_version(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath((city, slug)): PagePath<(String, String)>,
) -> Result<Markup, PageError> {
    render(&state, &ui, practice_id(&city, &slug)?, None).await
}

/// `/practices/{city}/{slug}/{lang}`: one language version.
pub async fn version(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath((city, slug, lang)): PagePath<(String, String, String)>,
) -> Result<Markup, PageError> {
    let id = practice_id(&city, &slug)?;
    let lang = Lang::from_code(&lang).ok_or_else(|| {
        Failure::NotFound(format!(
            "'{}' is not a language of the library",
            lang.chars().take(20).collect::<String>()
        ))
    })?;
    render(&state, &ui, id, Some(lang)).await
}

/// The page of one version: `requested`, or by default the reader's language when the practice
/// has it, else its first language.
async fn render(
    state: &AppState,
    ui: &UiLang,
    id: PracticeId,
    requested: Option<Lang>,
) -> Result<Markup, PageError> {
    let reader = ui.lang;
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
                    None if available(reader) => reader,
                    None => match versions.first() {
                        Some(first) => first.lang,
                        None => {
                            return Err(Failure::NotFound(format!("there is no practice '{id}'")));
                        }
                    },
                };
                let similar = index.similar(&id, lang, reader, SIMILAR)?;
                Ok((versions, lang, similar))
            }
        })
        .await?;
    let languages: Vec<Lang> = versions.iter().map(|v| v.lang).collect();
    let Some(practice) = versions.into_iter().find(|v| v.lang == lang) else {
        return Err(Failure::NotFound(format!("there is no practice '{id}'")).into());
    };
    // The versions in other languages are linked from the page with `hreflang`; the head's
    // alternates are the page in the other interface languages (one set, or they would
    // contradict each other).
    let head = html! {
        link rel="canonical" href=(ui.href(&format!("/practices/{id}/{lang}")));
    };
    let body = to_safe_html(&practice.body);
    Ok(layout(
        ui,
        &practice.title,
        Section::None,
        head,
        page(ui, &practice, &languages, &body, &similar),
    ))
}

fn page(
    ui: &UiLang,
    practice: &Practice,
    languages: &[Lang],
    body_html: &str,
    similar: &[Hit],
) -> Markup {
    let lang = lang_attr(practice.lang, ui.lang);
    html! {
        nav aria-label=(ui.t("breadcrumb")) {
            p.meta {
                a href=(ui.href("/cities")) { (ui.t("nav-cities")) } " › "
                a href=(ui.href(&format!("/cities/{}", practice.id.city()))) { (practice.city) }
            }
        }
        div.practice {
            article lang=[lang] {
                h1 { (practice.title) }
                @if languages.len() > 1 {
                    // Inside an article in another language, the menu is in the page's.
                    @let menu_lang = lang.map(|_| ui.lang.code());
                    nav.lang-switch aria-label=(ui.t("versions-nav")) lang=[menu_lang] {
                        h2.visually-hidden { (ui.t("available-in")) }
                        ul {
                            @for other in languages {
                                li {
                                    @if *other == practice.lang {
                                        span aria-current="true" lang=(other.code()) { (other.native_name()) }
                                    } @else {
                                        a href=(ui.href(&format!("/practices/{}/{}", practice.id, other))) hreflang=(other.code()) lang=(other.code()) { (other.native_name()) }
                                    }
                                }
                            }
                        }
                    }
                }
                p.summary { (practice.summary) }
                div.body { (PreEscaped(body_html)) }
            }
            aside.panel aria-label=(ui.t("practice-about")) {
                @if ui.viewer().is_some() && languages.len() < Lang::ALL.len() {
                    p { a href=(ui.href(&format!("/practices/{}/translate", practice.id))) { (ui.t("add-translation")) } }
                }
                (metadata(ui, practice))
            }
        }
        @if !similar.is_empty() {
            section aria-labelledby="similar" {
                h2 #similar { (ui.t("similar-practices")) }
                ul {
                    @for hit in similar {
                        li {
                            a href=(ui.href(&format!("/practices/{}/{}", hit.id, hit.lang))) lang=[lang_attr(hit.lang, ui.lang)] { (hit.title) }
                            span.muted { " — " (hit.city) }
                        }
                    }
                }
            }
        }
    }
}

fn metadata(ui: &UiLang, practice: &Practice) -> Markup {
    let content_lang = lang_attr(practice.lang, ui.lang);
    html! {
        h2 { (ui.t("practice-about")) }
        dl {
            dt { (ui.t("field-city")) }
            dd { a href=(ui.href(&format!("/cities/{}", practice.id.city()))) { (practice.city) } " (" (practice.country) ")" }
            dt { (ui.t("field-organisations")) }
            dd { (practice.organisations.join(", ")) }
            dt { (ui.t("field-period")) }
            dd {
                (practice.period.start)
                @if let Some(end) = practice.period.end { " – " (end) } @else { " – " (ui.t("period-ongoing")) }
            }
            dt { (ui.t("field-status")) }
            dd { (ui.label(practice.status)) }
            dt { (ui.t("field-domains")) }
            dd {
                @for (i, domain) in practice.domains.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(ui.href(&format!("/domains/{}", domain.id()))) { (ui.label(*domain)) }
                }
            }
            @if !practice.key_features.is_empty() {
                dt { (ui.t("field-key-features")) }
                dd { (labels(ui, &practice.key_features)) }
            }
            dt { (ui.t("field-themes")) }
            dd {
                @for (i, theme) in practice.themes.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(ui.href(&format!("/search?theme={}", theme.id()))) { (ui.label(*theme)) }
                }
            }
            dt { (ui.t("field-target-groups")) }
            dd { (labels(ui, &practice.target_groups)) }
            @if !practice.icc_areas.is_empty() {
                dt { (ui.t("field-icc-areas")) }
                dd { (labels(ui, &practice.icc_areas)) }
            }
            @if !practice.adapted_from.is_empty() {
                dt { (ui.t("field-adapted-from")) }
                dd { (lineage(ui, &practice.adapted_from)) }
            }
            @if !practice.adapted_by.is_empty() {
                dt { (ui.t("field-adapted-by")) }
                dd { (lineage(ui, &practice.adapted_by)) }
            }
        }
        @if !practice.evaluation.is_empty() {
            h2 { (ui.t("practice-evaluation")) }
            dl {
                @for (dimension, evidence) in &practice.evaluation {
                    dt { (ui.label(*dimension)) }
                    dd lang=[content_lang] { (evidence) }
                }
            }
        }
        h2 { (ui.t("practice-contact-sources")) }
        dl {
            dt { (ui.t("field-contact")) }
            dd {
                (practice.contact.organisation)
                @if let Some(name) = &practice.contact.name { br; (name) }
                @if let Some(email) = &practice.contact.email { br; a href=(format!("mailto:{email}")) { (email) } }
                @if let Some(url) = &practice.contact.url { br; a href=(url) rel="noopener noreferrer" { (url) } }
            }
            @if !practice.links.is_empty() {
                dt { (ui.t("field-links")) }
                dd {
                    ul {
                        @for link in &practice.links {
                            li { a href=(link.url) rel="noopener noreferrer" lang=[content_lang] { (link.title) } }
                        }
                    }
                }
            }
            dt { (ui.t("field-source")) }
            dd lang=[content_lang] { (practice.source) }
            dt { (ui.t("field-licence")) }
            dd { (practice.license) }
        }
    }
}

fn labels<V: Labelled>(ui: &UiLang, values: &[V]) -> String {
    values
        .iter()
        .map(|v| ui.label(*v))
        .collect::<Vec<_>>()
        .join(", ")
}

fn lineage(ui: &UiLang, ids: &[PracticeId]) -> Markup {
    html! {
        @for (i, id) in ids.iter().enumerate() {
            @if i > 0 { ", " }
            a href=(ui.href(&format!("/practices/{id}"))) { (id) }
        }
    }
}
