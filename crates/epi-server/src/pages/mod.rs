//! Server-rendered pages (maud): semantic HTML that works without JavaScript, with a skip
//! link, labelled controls, visible focus, and `lang` on every passage in another language than
//! the page.

mod about;
mod browse;
mod practice;
mod search;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use epi_model::Lang;
use maud::{DOCTYPE, Markup, html};

use crate::assets::STYLE_URL;
use crate::error::Failure;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(search::page))
        .route("/search", get(search::page))
        .route("/practices/{city}/{slug}", get(practice::default_version))
        .route("/practices/{city}/{slug}/{lang}", get(practice::version))
        .route("/cities", get(browse::cities))
        .route("/cities/{city}", get(browse::city))
        .route("/domains", get(browse::domains))
        .route("/domains/{domain}", get(browse::domain))
        .route("/about", get(about::page))
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(not_found)
}

async fn method_not_allowed() -> PageError {
    PageError(Failure::MethodNotAllowed)
}

/// The language pages are written in (the interface language).
pub const PAGE_LANG: Lang = Lang::En;

/// The sections of the main navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Search,
    Cities,
    Domains,
    About,
    None,
}

/// A whole page: head, header with navigation, main content and footer.
pub fn layout(title: &str, section: Section, head_extra: Markup, main: Markup) -> Markup {
    let nav = [
        (Section::Search, "/search", "Search"),
        (Section::Cities, "/cities", "Cities"),
        (Section::Domains, "/domains", "Domains"),
        (Section::About, "/about", "About"),
    ];
    html! {
        (DOCTYPE)
        html lang=(PAGE_LANG.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — EPI Good-Practice Library" }
                link rel="stylesheet" href=(STYLE_URL.as_str());
                (head_extra)
            }
            body {
                a.skip-link href="#main" { "Skip to main content" }
                header.site-header {
                    div.inner {
                        a.brand href="/" { "EPI Good-Practice Library" }
                        nav.site-nav aria-label="Main" {
                            ul {
                                @for (target, href, label) in nav {
                                    li {
                                        @if section == target {
                                            a href=(href) aria-current="page" { (label) }
                                        } @else {
                                            a href=(href) { (label) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main tabindex="-1" { (main) }
                footer.site-footer {
                    div.inner {
                        p {
                            "Good practices for the local integration of migrants from the European Pact for Integration (EPI, 2020–2022), co-funded by the EU Asylum, Migration and Integration Fund. "
                            a href="/about" { "About the library" } " · "
                            a href="/api/v1/openapi.json" { "API" }
                        }
                    }
                }
            }
        }
    }
}

/// `lang` for an element whose content is in `lang`, when that differs from the page's.
pub fn lang_attr(lang: Lang) -> Option<&'static str> {
    (lang != PAGE_LANG).then_some(lang.code())
}

/// A failure shown as a page.
#[derive(Debug)]
pub struct PageError(pub Failure);

impl From<Failure> for PageError {
    fn from(failure: Failure) -> PageError {
        PageError(failure)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let failure = self.0;
        let (heading, advice) = match failure.status() {
            StatusCode::NOT_FOUND => (
                "Page not found",
                "The address may be mistyped, or the practice may have moved.",
            ),
            StatusCode::BAD_REQUEST => (
                "This search could not be run",
                "Change the search and try again.",
            ),
            StatusCode::SERVICE_UNAVAILABLE => {
                ("The library is busy", "Please try again in a moment.")
            }
            _ => (
                "Something went wrong",
                "The problem has been logged. Please try again later.",
            ),
        };
        let body = layout(
            heading,
            Section::None,
            html! {},
            html! {
                h1 { (heading) }
                p.notice role="alert" { (failure.detail()) }
                p { (advice) }
                p { a href="/search" { "Go to the search page" } }
            },
        );
        let mut response = (failure.status(), body).into_response();
        crate::error::add_failure_headers(&failure, &mut response);
        response
    }
}

async fn not_found() -> PageError {
    PageError(Failure::NotFound("there is no page at this address".into()))
}
