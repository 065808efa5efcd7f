//! The search page: one box, results with snippets, a facet sidebar with disjunctive counts,
//! removable filter chips, sort, pagination and a helpful empty state. Every state is a URL.

use axum::extract::{RawQuery, State};
use epi_i18n::{facet_key, in_language_key};
use epi_model::query::QueryNote;
use epi_model::search::{FacetCounts, Hit, MAX_RESULT_WINDOW};
use epi_model::{FacetKind, Lang, SearchRequest, SearchResults, Sort};
use maud::{Markup, PreEscaped, html};

use super::{PageError, Section, lang_attr, layout, rich};
use crate::labels::value_label;
use crate::params::{parse_search, url};
use crate::state::AppState;
use crate::ui_lang::UiLang;

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
    ui: UiLang,
    RawQuery(raw): RawQuery,
) -> Result<Markup, PageError> {
    let mut request = parse_search(raw.as_deref())?;
    // The reader's language breaks ties when the query's language is unclear; an explicit
    // `?ui=` has already said it.
    request.ui_lang.get_or_insert(ui.lang);
    // One trip to the blocking pool: the labels come from the same generation as the results.
    let (results, labels) = state
        .with_index({
            let request = request.clone();
            let lang = ui.lang;
            move |index| {
                let results = epi_search::search(index, &request)?;
                let labels = facet_labels(index, &results, &request, lang);
                Ok((results, labels))
            }
        })
        .await?;
    let title = if request.text.is_empty() {
        ui.t("search-title")
    } else {
        let query: String = request.text.chars().take(80).collect();
        ui.t_with("search-title-query", &[("query", query.into())])
    };
    Ok(layout(
        &ui,
        &title,
        Section::Search,
        html! {},
        render(&ui, &request, &results, &labels),
    ))
}

/// The label of every facet value the page shows: counted values and selected filters.
fn facet_labels(
    index: &epi_index::LibraryIndex,
    results: &SearchResults,
    request: &SearchRequest,
    lang: Lang,
) -> Labels {
    let mut labels = Labels::new();
    for facet in &results.facets {
        for value in &facet.values {
            labels.insert(
                (facet.facet, value.value.clone()),
                value_label(index, facet.facet, &value.value, lang),
            );
        }
    }
    for (kind, values) in &request.filters.0 {
        for value in values {
            labels
                .entry((*kind, value.clone()))
                .or_insert_with(|| value_label(index, *kind, value, lang));
        }
    }
    labels
}

fn label<'a>(labels: &'a Labels, kind: FacetKind, value: &'a str) -> &'a str {
    labels
        .get(&(kind, value.to_owned()))
        .map_or(value, String::as_str)
}

/// A facet's name in the reader's language.
fn facet_name(ui: &UiLang, kind: FacetKind) -> String {
    ui.t(&facet_key(kind))
}

/// A selected filter as its chip shows it: "City: Riga".
fn filter_name(ui: &UiLang, labels: &Labels, kind: FacetKind, value: &str) -> String {
    ui.t_with(
        "filter-chip",
        &[
            ("facet", facet_name(ui, kind).into()),
            ("value", label(labels, kind, value).into()),
        ],
    )
}

/// The query syntax, shown as code in the help texts: `"quotes"`, `-word`, `OR`.
pub fn syntax_parts(ui: &UiLang) -> [(&'static str, Markup); 3] {
    [
        ("phrase", html! { code { (ui.t("syntax-phrase")) } }),
        ("exclude", html! { code { (ui.t("syntax-exclude")) } }),
        ("or", html! { code { "OR" } }),
    ]
}

fn render(
    ui: &UiLang,
    request: &SearchRequest,
    results: &SearchResults,
    labels: &Labels,
) -> Markup {
    html! {
        h1 { (ui.t("search-heading")) }
        form.search-box method="get" action=(ui.href("/search")) role="search" {
            div.search-form {
                label.visually-hidden for="q" { (ui.t("search-label")) }
                input #q type="search" name="q" value=(request.text)
                    placeholder=(ui.t("search-placeholder"))
                    autocomplete="off" maxlength="500";
                @for (kind, values) in &request.filters.0 {
                    @for value in values {
                        input type="hidden" name=(kind.param()) value=(value);
                    }
                }
                (kept_settings(request))
                button type="submit" { (ui.t("search-button")) }
            }
        }
        p.muted { (rich(ui, "search-help", &syntax_parts(ui))) }
        div.layout {
            (sidebar(ui, request, results, labels))
            div.results-column {
                (notes(ui, request, results))
                (chips(ui, request, labels))
                (toolbar(ui, request, results))
                @if results.hits.is_empty() {
                    (empty_state(ui, request, labels))
                } @else {
                    ol.results start=(request.offset() + 1) {
                        @for hit in &results.hits { (result(ui, hit)) }
                    }
                    (pagination(ui, request, results))
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

fn sidebar(
    ui: &UiLang,
    request: &SearchRequest,
    results: &SearchResults,
    labels: &Labels,
) -> Markup {
    let filters = ui.t("filters");
    html! {
        form.facets method="get" action=(ui.href("/search")) aria-label=(filters) {
            @if !request.text.is_empty() {
                input type="hidden" name="q" value=(request.text);
            }
            (kept_settings(request))
            h2.visually-hidden { (filters) }
            @for kind in sidebar_facets() {
                @if let Some(counts) = results.facets.iter().find(|f| f.facet == kind) {
                    (facet(ui, kind, counts, labels))
                }
            }
            button type="submit" { (ui.t("apply-filters")) }
        }
    }
}

fn facet(ui: &UiLang, kind: FacetKind, counts: &FacetCounts, labels: &Labels) -> Markup {
    let visible: Vec<_> = counts
        .values
        .iter()
        .filter(|v| v.count > 0 || v.selected)
        .collect();
    html! {
        @if !visible.is_empty() {
            fieldset {
                legend { (facet_name(ui, kind)) }
                ul {
                    @for value in visible {
                        @let id = format!("f-{}-{}", kind.param(), value.value);
                        li {
                            label for=(id) {
                                input #(id) type="checkbox" name=(kind.param()) value=(value.value) checked[value.selected];
                                // Language names are their own endonyms, in their own language.
                                @let own_lang = if kind == FacetKind::Lang { Lang::from_code(&value.value) } else { None };
                                span lang=[own_lang.and_then(|lang| lang_attr(lang, ui.lang))] { (label(labels, kind, &value.value)) }
                                span.count { (value.count) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What the parser changed in the reader's words, in the reader's language.
fn note_text(ui: &UiLang, note: &QueryNote) -> String {
    let max = |key: &str, max: usize| ui.t_with(key, &[("max", max.into())]);
    match note {
        QueryNote::Truncated { max_chars } => max("note-truncated", *max_chars),
        QueryNote::TooManyTerms { max_terms } => max("note-too-many-terms", *max_terms),
        QueryNote::PhraseTooLong { max_words } => max("note-phrase-too-long", *max_words),
        QueryNote::UnbalancedQuote => ui.t("note-unbalanced-quote"),
        QueryNote::StrayOperator { operator } => ui.t_with(
            "note-stray-operator",
            &[("operator", operator.as_str().into())],
        ),
        QueryNote::ControlCharacters => ui.t("note-control-characters"),
        QueryNote::NoWords => ui.t("note-no-words"),
    }
}

fn notes(ui: &UiLang, request: &SearchRequest, results: &SearchResults) -> Markup {
    // The search reports its notes as English sentences (for the API); parsing the same text
    // again gives them as values to say in the reader's language. Parsing is cheap and pure.
    let parsed = epi_model::query::parse(&request.text);
    html! {
        @if !results.query.expansions.is_empty() {
            @let names: Vec<String> = results.query.expansions.iter().map(|e| e.name.clone()).collect();
            p.notice role="status" {
                (ui.t_with("query-expanded", &[("concepts", names.join(", ").into())]))
                " "
                a href=(url(&ui.href("/search"), &SearchRequest { expand: false, page: 1, ..request.clone() })) {
                    (ui.t("query-expanded-off"))
                }
            }
        } @else if !request.expand && !request.text.is_empty() {
            p.notice role="status" {
                (ui.t("query-not-expanded")) " "
                a href=(url(&ui.href("/search"), &SearchRequest { expand: true, page: 1, ..request.clone() })) {
                    (ui.t("query-expanded-on"))
                }
            }
        }
        @if let Some(corrected) = &results.query.corrected {
            p.notice role="status" {
                (rich(ui, "query-corrected", &[
                    ("query", html! { (request.text) }),
                    ("corrected", html! { strong { (corrected) } }),
                ]))
            }
        }
        @for note in &parsed.notes {
            p.notice role="status" {
                (ui.t_with("query-adjusted", &[("note", note_text(ui, note).into())]))
            }
        }
    }
}

fn chips(ui: &UiLang, request: &SearchRequest, labels: &Labels) -> Markup {
    let search = ui.href("/search");
    html! {
        @if !request.filters.is_empty() {
            h2.visually-hidden { (ui.t("active-filters")) }
            ul.chips {
                @for (kind, values) in &request.filters.0 {
                    @for value in values {
                        @let name = filter_name(ui, labels, *kind, value);
                        li {
                            a href=(url(&search, &without(request, *kind, value)))
                              aria-label=(ui.t_with("remove-filter", &[("filter", name.as_str().into())])) {
                                (name) " " span aria-hidden="true" { "✕" }
                            }
                        }
                    }
                }
                li { a href=(url(&search, &SearchRequest { text: request.text.clone(), per_page: request.per_page, ..SearchRequest::default() })) { (ui.t("clear-filters")) } }
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

fn toolbar(ui: &UiLang, request: &SearchRequest, results: &SearchResults) -> Markup {
    let search = ui.href("/search");
    let sorted = |sort: Sort| {
        url(
            &search,
            &SearchRequest {
                sort,
                page: 1,
                ..request.clone()
            },
        )
    };
    // "Only in my language" / "all languages": the language filter set to the reader's
    // language alone, or removed.
    let only_mine = request.filters.values(FacetKind::Lang).eq([ui.lang.code()]);
    let mut mine = request.clone();
    mine.filters.0.remove(&FacetKind::Lang);
    let mut all = mine.clone();
    all.page = 1;
    // The reader's language is always a valid filter value.
    let _ = mine.filters.add(FacetKind::Lang, ui.lang.code());
    mine.page = 1;
    let only_label = ui.t_with(
        "results-only-language",
        &[("language", ui.t(&in_language_key(ui.lang)).into())],
    );
    html! {
        div.toolbar {
            p role="status" { (ui.t_with("results-count", &[("count", results.total.into())])) }
            nav aria-label=(ui.t("results-languages")) {
                @if only_mine {
                    strong aria-current="true" { (only_label) }
                    " · "
                    a href=(url(&search, &all)) { (ui.t("results-all-languages")) }
                } @else {
                    a href=(url(&search, &mine)) { (only_label) }
                    " · "
                    @if request.filters.values(FacetKind::Lang).next().is_none() {
                        strong aria-current="true" { (ui.t("results-all-languages")) }
                    } @else {
                        a href=(url(&search, &all)) { (ui.t("results-all-languages")) }
                    }
                }
            }
            nav aria-label=(ui.t("sort-nav")) {
                (ui.t("sort-label")) " "
                @if request.sort == Sort::Relevance {
                    strong aria-current="true" { (ui.t("sort-relevance")) }
                    " · "
                    a href=(sorted(Sort::Newest)) { (ui.t("sort-newest")) }
                } @else {
                    a href=(sorted(Sort::Relevance)) { (ui.t("sort-relevance")) }
                    " · "
                    strong aria-current="true" { (ui.t("sort-newest")) }
                }
            }
        }
    }
}

fn result(ui: &UiLang, hit: &Hit) -> Markup {
    let href = ui.href(&format!("/practices/{}/{}", hit.id, hit.lang));
    html! {
        li.result {
            article {
                h2 { a href=(href) lang=[lang_attr(hit.lang, ui.lang)] { (hit.title) } }
                p.meta {
                    (hit.city) " · " (hit.period.start.year)
                    @if let Some(end) = hit.period.end.filter(|end| end.year != hit.period.start.year) { "–" (end.year) }
                    " · " (ui.label(hit.status)) " · " (ui.t(&in_language_key(hit.lang)))
                }
                p.snippet lang=[lang_attr(hit.lang, ui.lang)] { (PreEscaped(&hit.snippet_html)) }
                @if let Some(version) = &hit.reader_version {
                    div.reader-version lang=[lang_attr(version.lang, ui.lang)] {
                        p.meta lang=(ui.lang.code()) {
                            (ui.t_with("reader-version", &[("language", ui.t(&in_language_key(version.lang)).into())]))
                        }
                        p {
                            a href=(ui.href(&format!("/practices/{}/{}", hit.id, version.lang))) hreflang=(version.lang.code()) { (version.title) }
                            " — " (version.summary)
                        }
                    }
                }
                @if hit.translations.len() > 1 {
                    p.meta {
                        (ui.t("also-in")) " "
                        @for (i, lang) in hit.translations.iter().filter(|l| **l != hit.lang).enumerate() {
                            @if i > 0 { ", " }
                            a href=(ui.href(&format!("/practices/{}/{}", hit.id, lang))) hreflang=(lang.code()) lang=(lang.code()) { (lang.native_name()) }
                        }
                    }
                }
                ul.tags aria-label=(ui.t("result-tags")) {
                    @for domain in &hit.domains { li { (ui.label(*domain)) } }
                    @for theme in &hit.themes { li { (ui.label(*theme)) } }
                }
            }
        }
    }
}

fn empty_state(ui: &UiLang, request: &SearchRequest, labels: &Labels) -> Markup {
    let search = ui.href("/search");
    html! {
        div.empty {
            h2 { (ui.t("empty-heading")) }
            ul {
                @for (kind, values) in &request.filters.0 {
                    @for value in values {
                        li {
                            a href=(url(&search, &without(request, *kind, value))) {
                                (ui.t_with("empty-remove-filter", &[("filter", filter_name(ui, labels, *kind, value).into())]))
                            }
                        }
                    }
                }
                @if !request.text.is_empty() && !request.filters.is_empty() {
                    li { a href=(url(&search, &SearchRequest { text: request.text.clone(), ..SearchRequest::default() })) { (ui.t_with("empty-search-all", &[("query", request.text.as_str().into())])) } }
                }
                li { (ui.t("empty-spelling")) }
                li { (ui.t("empty-other-language")) }
                li { a href=(ui.href("/cities")) { (ui.t("empty-browse")) } }
            }
        }
    }
}

fn pagination(ui: &UiLang, request: &SearchRequest, results: &SearchResults) -> Markup {
    let per_page = request.per_page.max(1);
    let reachable = (results.total as usize).min(MAX_RESULT_WINDOW);
    let pages = reachable.div_ceil(per_page).max(1);
    let current = request.page.min(pages);
    if pages <= 1 {
        return html! {};
    }
    let search = ui.href("/search");
    let link = |page: usize| {
        url(
            &search,
            &SearchRequest {
                page,
                ..request.clone()
            },
        )
    };
    let page_label = |page: usize| ui.t_with("page-number", &[("page", page.into())]);
    let first = current.saturating_sub(3).max(1);
    let last = (current + 3).min(pages);
    html! {
        nav aria-label=(ui.t("pagination")) {
            ul.pagination {
                @if current > 1 {
                    li { a href=(link(current - 1)) rel="prev" { (ui.t("page-previous")) } }
                }
                @if first > 1 {
                    li { a href=(link(1)) aria-label=(page_label(1)) { "1" } }
                    @if first > 2 { li { span aria-hidden="true" { "…" } } }
                }
                @for page in first..=last {
                    li {
                        @if page == current {
                            span aria-current="page" { (page) }
                        } @else {
                            a href=(link(page)) aria-label=(page_label(page)) { (page) }
                        }
                    }
                }
                @if last < pages {
                    @if last + 1 < pages { li { span aria-hidden="true" { "…" } } }
                    li { a href=(link(pages)) aria-label=(page_label(pages)) { (pages) } }
                }
                @if current < pages {
                    li { a href=(link(current + 1)) rel="next" { (ui.t("page-next")) } }
                }
            }
        }
    }
}
