//! The search page: one box, results with snippets, a facet sidebar with disjunctive counts,
//! removable filter chips, sort, pagination and a helpful empty state. Every state is a URL.

use axum::extract::{RawQuery, State};
use epi_model::search::{FacetCounts, Hit, MAX_RESULT_WINDOW};
use epi_model::{FacetKind, SearchRequest, SearchResults, Sort, Vocabulary};
use maud::{Markup, PreEscaped, html};

use super::{PageError, Section, lang_attr, layout};
use crate::labels::value_label;
use crate::params::{parse_search, url};
use crate::state::AppState;

/// Facets shown in the sidebar, in order: all but country, which the city implies.
fn sidebar_facets() -> impl Iterator<Item = FacetKind> {
    FacetKind::ALL
        .into_iter()
        .filter(|kind| *kind != FacetKind::Country)
}

/// Labels of facet values, resolved once per page on the blocking side.
type Labels = std::collections::HashMap<(FacetKind, String), String>;

pub async fn page(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Markup, PageError> {
    let request = parse_search(raw.as_deref())?;
    // One trip to the blocking pool: the labels come from the same generation as the results.
    let (results, labels) = state
        .with_index({
            let request = request.clone();
            move |index| {
                let results = epi_search::search(index, &request)?;
                let labels = facet_labels(index, &results, &request);
                Ok((results, labels))
            }
        })
        .await?;
    let title = if request.text.is_empty() {
        "Search the library".to_owned()
    } else {
        format!(
            "{} — search",
            request.text.chars().take(80).collect::<String>()
        )
    };
    Ok(layout(
        &title,
        Section::Search,
        html! {},
        render(&request, &results, &labels),
    ))
}

/// The label of every facet value the page shows: counted values and selected filters.
fn facet_labels(
    index: &epi_index::LibraryIndex,
    results: &SearchResults,
    request: &SearchRequest,
) -> Labels {
    let mut labels = Labels::new();
    for facet in &results.facets {
        for value in &facet.values {
            labels.insert(
                (facet.facet, value.value.clone()),
                value_label(index, facet.facet, &value.value),
            );
        }
    }
    for (kind, values) in &request.filters.0 {
        for value in values {
            labels
                .entry((*kind, value.clone()))
                .or_insert_with(|| value_label(index, *kind, value));
        }
    }
    labels
}

fn label<'a>(labels: &'a Labels, kind: FacetKind, value: &'a str) -> &'a str {
    labels
        .get(&(kind, value.to_owned()))
        .map_or(value, String::as_str)
}

fn render(request: &SearchRequest, results: &SearchResults, labels: &Labels) -> Markup {
    html! {
        h1 { "Search the library of good practices" }
        form.search-box method="get" action="/search" role="search" {
            div.search-form {
                label.visually-hidden for="q" { "Search practices" }
                input #q type="search" name="q" value=(request.text)
                    placeholder="e.g. one-stop shop, integracja, mediazione interculturale"
                    autocomplete="off" maxlength="500";
                @for (kind, values) in &request.filters.0 {
                    @for value in values {
                        input type="hidden" name=(kind.param()) value=(value);
                    }
                }
                (kept_settings(request))
                button type="submit" { "Search" }
            }
        }
        p.muted {
            "Write in any of the library's eight languages. Use "
            code { "\"quotes\"" } " for a phrase, " code { "-word" } " to exclude a word and "
            code { "OR" } " for alternatives."
        }
        div.layout {
            (sidebar(request, results, labels))
            div.results-column {
                (notes(request, results))
                (chips(request, labels))
                (toolbar(request, results))
                @if results.hits.is_empty() {
                    (empty_state(request, labels))
                } @else {
                    ol.results start=(request.offset() + 1) {
                        @for hit in &results.hits { (result(hit)) }
                    }
                    (pagination(request, results))
                }
            }
        }
    }
}

/// The order and page size a form keeps when it is submitted (both forms start again at page 1).
fn kept_settings(request: &SearchRequest) -> Markup {
    html! {
        @if request.sort == Sort::Newest {
            input type="hidden" name="sort" value="newest";
        }
        @if request.per_page != crate::params::DEFAULT_PER_PAGE {
            input type="hidden" name="per_page" value=(request.per_page);
        }
    }
}

fn sidebar(request: &SearchRequest, results: &SearchResults, labels: &Labels) -> Markup {
    html! {
        form.facets method="get" action="/search" aria-label="Filters" {
            @if !request.text.is_empty() {
                input type="hidden" name="q" value=(request.text);
            }
            (kept_settings(request))
            h2.visually-hidden { "Filters" }
            @for kind in sidebar_facets() {
                @if let Some(counts) = results.facets.iter().find(|f| f.facet == kind) {
                    (facet(kind, counts, labels))
                }
            }
            button type="submit" { "Apply filters" }
        }
    }
}

fn facet(kind: FacetKind, counts: &FacetCounts, labels: &Labels) -> Markup {
    let visible: Vec<_> = counts
        .values
        .iter()
        .filter(|v| v.count > 0 || v.selected)
        .collect();
    html! {
        @if !visible.is_empty() {
            fieldset {
                legend { (kind.label()) }
                ul {
                    @for value in visible {
                        @let id = format!("f-{}-{}", kind.param(), value.value);
                        li {
                            label for=(id) {
                                input #(id) type="checkbox" name=(kind.param()) value=(value.value) checked[value.selected];
                                span { (label(labels, kind, &value.value)) }
                                span.count { (value.count) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn notes(request: &SearchRequest, results: &SearchResults) -> Markup {
    html! {
        @if let Some(corrected) = &results.query.corrected {
            p.notice role="status" {
                "Few practices matched “" (request.text) "”. Showing results for “"
                strong { (corrected) } "”."
            }
        }
        @for note in &results.query.notes {
            p.notice role="status" { "Your query was adjusted: " (note) "." }
        }
    }
}

fn chips(request: &SearchRequest, labels: &Labels) -> Markup {
    html! {
        @if !request.filters.is_empty() {
            h2.visually-hidden { "Active filters" }
            ul.chips {
                @for (kind, values) in &request.filters.0 {
                    @for value in values {
                        @let name = format!("{}: {}", kind.label(), label(labels, *kind, value));
                        li {
                            a href=(url("/search", &without(request, *kind, value)))
                              aria-label=(format!("Remove filter {name}")) {
                                (name) " " span aria-hidden="true" { "✕" }
                            }
                        }
                    }
                }
                li { a href=(url("/search", &SearchRequest { text: request.text.clone(), per_page: request.per_page, ..SearchRequest::default() })) { "Clear all filters" } }
            }
        }
    }
}

/// The request without one filter value, back on page 1.
fn without(request: &SearchRequest, kind: FacetKind, value: &str) -> SearchRequest {
    let mut changed = request.clone();
    if let Some(values) = changed.filters.0.get_mut(&kind) {
        values.remove(value);
        if values.is_empty() {
            changed.filters.0.remove(&kind);
        }
    }
    changed.page = 1;
    changed
}

fn toolbar(request: &SearchRequest, results: &SearchResults) -> Markup {
    let sorted = |sort: Sort| {
        url(
            "/search",
            &SearchRequest {
                sort,
                page: 1,
                ..request.clone()
            },
        )
    };
    html! {
        div.toolbar {
            p role="status" {
                @match results.total {
                    0 => "No practice matches",
                    1 => "1 document found",
                    n => { (n) " documents found" }
                }
            }
            nav aria-label="Sort" {
                "Sort: "
                @if request.sort == Sort::Relevance {
                    strong aria-current="true" { "relevance" }
                    " · "
                    a href=(sorted(Sort::Newest)) { "newest" }
                } @else {
                    a href=(sorted(Sort::Relevance)) { "relevance" }
                    " · "
                    strong aria-current="true" { "newest" }
                }
            }
        }
    }
}

fn result(hit: &Hit) -> Markup {
    let href = format!("/practices/{}/{}", hit.id, hit.lang);
    html! {
        li.result {
            article {
                h2 { a href=(href) lang=[lang_attr(hit.lang)] { (hit.title) } }
                p.meta {
                    (hit.city) " · " (hit.period.start.year)
                    @if let Some(end) = hit.period.end.filter(|end| end.year != hit.period.start.year) { "–" (end.year) }
                    " · " (hit.status.label()) " · in " (hit.lang.english_name())
                }
                p.snippet lang=[lang_attr(hit.lang)] { (PreEscaped(&hit.snippet_html)) }
                @if hit.translations.len() > 1 {
                    p.meta {
                        "Also in: "
                        @for (i, lang) in hit.translations.iter().filter(|l| **l != hit.lang).enumerate() {
                            @if i > 0 { ", " }
                            a href=(format!("/practices/{}/{}", hit.id, lang)) hreflang=(lang.code()) lang=(lang.code()) { (lang.native_name()) }
                        }
                    }
                }
                ul.tags aria-label="Domains and themes" {
                    @for domain in &hit.domains { li { (domain.label()) } }
                    @for theme in &hit.themes { li { (theme.label()) } }
                }
            }
        }
    }
}

fn empty_state(request: &SearchRequest, labels: &Labels) -> Markup {
    html! {
        div.empty {
            h2 { "No practice matches this search" }
            ul {
                @for (kind, values) in &request.filters.0 {
                    @for value in values {
                        li {
                            a href=(url("/search", &without(request, *kind, value))) {
                                "Remove the filter " (kind.label()) ": " (label(labels, *kind, value))
                            }
                        }
                    }
                }
                @if !request.text.is_empty() && !request.filters.is_empty() {
                    li { a href=(url("/search", &SearchRequest { text: request.text.clone(), ..SearchRequest::default() })) { "Search all practices for “" (request.text) "”" } }
                }
                li { "Check the spelling, or use fewer or more general words." }
                li { "Search in another language: practices are written in eight." }
                li { a href="/cities" { "Browse the practices by city" } }
            }
        }
    }
}

fn pagination(request: &SearchRequest, results: &SearchResults) -> Markup {
    let per_page = request.per_page.max(1);
    let reachable = (results.total as usize).min(MAX_RESULT_WINDOW);
    let pages = reachable.div_ceil(per_page).max(1);
    let current = request.page.min(pages);
    if pages <= 1 {
        return html! {};
    }
    let link = |page: usize| {
        url(
            "/search",
            &SearchRequest {
                page,
                ..request.clone()
            },
        )
    };
    let first = current.saturating_sub(3).max(1);
    let last = (current + 3).min(pages);
    html! {
        nav aria-label="Pages" {
            ul.pagination {
                @if current > 1 {
                    li { a href=(link(current - 1)) rel="prev" { "Previous" } }
                }
                @if first > 1 {
                    li { a href=(link(1)) aria-label="Page 1" { "1" } }
                    @if first > 2 { li { span aria-hidden="true" { "…" } } }
                }
                @for page in first..=last {
                    li {
                        @if page == current {
                            span aria-current="page" { (page) }
                        } @else {
                            a href=(link(page)) aria-label=(format!("Page {page}")) { (page) }
                        }
                    }
                }
                @if last < pages {
                    @if last + 1 < pages { li { span aria-hidden="true" { "…" } } }
                    li { a href=(link(pages)) aria-label=(format!("Page {pages}")) { (pages) } }
                }
                @if current < pages {
                    li { a href=(link(current + 1)) rel="next" { "Next" } }
                }
            }
        }
    }
}
