//! Server-rendered pages (maud): semantic HTML that works without JavaScript, with a skip
//! link, labelled controls, visible focus, and `lang` on every passage in another language than
//! the page.
//!
//! Every page is in the reader's interface language ([`UiLang`], negotiated by [`localize`]
//! once per request), with a language menu of plain links to the same page in the eight
//! languages and the matching `hreflang` alternates. Texts come from `epi-i18n`; failures are
//! rendered by [`localize`] too, because a handler's `?` does not know the language.

mod about;
mod account;
mod browse;
mod form;
mod mine;
mod practice;
mod review;
mod search;
mod submit;

use std::fmt::Write as _;

use axum::Router;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use epi_i18n::FluentValue;
use epi_model::Lang;
use maud::{DOCTYPE, Escaper, Markup, PreEscaped, html};

use crate::assets::STYLE_URL;
use crate::error::Failure;
use crate::state::AppState;
use crate::ui_lang::{UiLang, prefixed};

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
        .route(
            "/sign-in",
            get(account::sign_in_page).post(account::sign_in),
        )
        .route("/sign-out", axum::routing::post(account::sign_out))
        .route("/submit", get(submit::new_page).post(submit::new_post))
        .route(
            "/practices/{city}/{slug}/translate",
            get(submit::translate_page).post(submit::translate_post),
        )
        .route("/my/submissions", get(mine::page))
        .route("/review", get(review::queue))
        .route("/review/{id}", get(review::page))
        .route("/review/{id}/approve", axum::routing::post(review::approve))
        .route("/review/{id}/reject", axum::routing::post(review::reject))
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(not_found)
        .layer(from_fn(localize))
}

/// Negotiates the interface language once per page request (handlers get it as [`UiLang`]),
/// renders a failure as a page in that language, and adds the cookie and `Vary` header the
/// negotiation implies.
async fn localize(mut request: Request, next: Next) -> Response {
    let ui = UiLang::negotiate(request.uri(), request.headers(), request.extensions());
    request.extensions_mut().insert(ui.clone());
    let mut response = next.run(request).await;
    if let Some(Unrendered(error)) = response.extensions_mut().remove::<Unrendered>() {
        response = error.render(&ui);
    }
    ui.finish(&mut response);
    if ui.viewer().is_some() {
        // A page for one account: never kept by a shared cache.
        response.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("private, no-store"),
        );
    }
    response
}

async fn method_not_allowed() -> PageError {
    PageError::from(Failure::MethodNotAllowed)
}

async fn not_found() -> PageError {
    PageError::localized(
        Failure::NotFound("there is no page at this address".into()),
        "error-not-found-detail",
    )
}

/// The sections of the main navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Search,
    Cities,
    Domains,
    About,
    Submit,
    Mine,
    Review,
    SignIn,
    None,
}

/// A whole page: head, header with navigation and language menu, main content and footer.
pub fn layout(
    ui: &UiLang,
    title: &str,
    section: Section,
    head_extra: Markup,
    main: Markup,
) -> Markup {
    let nav = [
        (Section::Search, "/search", "nav-search"),
        (Section::Cities, "/cities", "nav-cities"),
        (Section::Domains, "/domains", "nav-domains"),
        (Section::About, "/about", "nav-about"),
    ];
    html! {
        (DOCTYPE)
        html lang=(ui.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (ui.t_with("page-title", &[("title", title.into())])) }
                link rel="stylesheet" href=(STYLE_URL.as_str());
                // This page in every interface language; the unprefixed address negotiates.
                @for lang in Lang::ALL {
                    link rel="alternate" hreflang=(lang.code()) href=(prefixed(lang, ui.here()));
                }
                link rel="alternate" hreflang="x-default" href=(ui.here());
                (head_extra)
            }
            body {
                a.skip-link href="#main" { (ui.t("skip-link")) }
                header.site-header {
                    div.inner {
                        a.brand href=(ui.href("/")) { (ui.t("site-name")) }
                        nav.site-nav aria-label=(ui.t("nav-main")) {
                            ul {
                                @for (target, href, key) in nav {
                                    li {
                                        @if section == target {
                                            a href=(ui.href(href)) aria-current="page" { (ui.t(key)) }
                                        } @else {
                                            a href=(ui.href(href)) { (ui.t(key)) }
                                        }
                                    }
                                }
                            }
                        }
                        (account_nav(ui, section))
                        (language_menu(ui))
                    }
                }
                main #main tabindex="-1" { (main) }
                footer.site-footer {
                    div.inner {
                        p {
                            (ui.t("footer-text")) " "
                            a href=(ui.href("/about")) { (ui.t("footer-about")) } " · "
                            a href="/api/v1/openapi.json" { (ui.t("footer-api")) }
                        }
                    }
                }
            }
        }
    }
}

/// Sign in, or what the signed-in account can do, and sign out (a form: it changes state).
fn account_nav(ui: &UiLang, section: Section) -> Markup {
    let link = |target: Section, href: &str, key: &str| {
        html! {
            li {
                a href=(ui.href(href)) aria-current=[(section == target).then_some("page")] { (ui.t(key)) }
            }
        }
    };
    html! {
        nav.account-nav aria-label=(ui.t("nav-account")) {
            ul {
                @match ui.viewer() {
                    None => { (link(Section::SignIn, "/sign-in", "nav-sign-in")) }
                    Some(viewer) => {
                        (link(Section::Submit, "/submit", "nav-submit"))
                        (link(Section::Mine, "/my/submissions", "nav-my-submissions"))
                        @if viewer.is_librarian() {
                            (link(Section::Review, "/review", "nav-review"))
                        }
                        li {
                            form.inline method="post" action=(ui.href("/sign-out")) {
                                input type="hidden" name="csrf" value=(viewer.csrf());
                                button.link type="submit" { (ui.t("nav-sign-out")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The hidden field that proves a form was rendered by this site for this session.
pub fn csrf_field(ui: &UiLang) -> Markup {
    html! {
        @if let Some(viewer) = ui.viewer() {
            input type="hidden" name="csrf" value=(viewer.csrf());
        }
    }
}

/// Links to this page in the eight interface languages, each name in its own language. Plain
/// links: following one sets the cookie, so no script or form is needed.
fn language_menu(ui: &UiLang) -> Markup {
    html! {
        nav.lang-menu aria-label=(ui.t("language-menu")) {
            ul {
                @for lang in Lang::ALL {
                    li {
                        a href=(prefixed(lang, ui.here())) lang=(lang.code()) hreflang=(lang.code())
                          aria-current=[(lang == ui.lang).then_some("true")] {
                            (lang.native_name())
                        }
                    }
                }
            }
        }
    }
}

/// `lang` for an element whose content is in `lang`, when that differs from the page's.
pub fn lang_attr(lang: Lang, page: Lang) -> Option<&'static str> {
    (lang != page).then_some(lang.code())
}

/// A table that may be wider than a phone, in a region that scrolls sideways so that the page
/// itself does not (WCAG 1.4.10 Reflow); the region is focusable so that the keyboard can scroll
/// it too, and named by `label`.
pub fn scrolling_table(label: &str, table: Markup) -> Markup {
    html! {
        div.table-scroll role="region" tabindex="0" aria-label=(label) { (table) }
    }
}

/// Opens and closes the stand-in of a markup variable while a message is formatted: private-use
/// characters, which no message contains.
const PART_OPEN: char = '\u{E000}';
const PART_CLOSE: char = '\u{E001}';

/// A message whose variables are markup (a link, code, bold text). The message is formatted
/// with a stand-in for each part, its text is escaped, then the stand-ins are replaced by the
/// parts: translators move the parts freely, and no text of theirs is ever read as HTML.
pub fn rich(ui: &UiLang, key: &str, parts: &[(&str, Markup)]) -> Markup {
    let args: Vec<(&str, FluentValue)> = parts
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (*name, format!("{PART_OPEN}{i}{PART_CLOSE}").into()))
        .collect();
    let text = ui.t_with(key, &args);
    let mut html = String::with_capacity(text.len() + 64);
    let mut rest = text.as_str();
    while let Some(start) = rest.find(PART_OPEN) {
        push_escaped(&mut html, &rest[..start]);
        let after = &rest[start + PART_OPEN.len_utf8()..];
        let Some(end) = after.find(PART_CLOSE) else {
            rest = after;
            break;
        };
        if let Some((_, part)) = after[..end]
            .parse::<usize>()
            .ok()
            .and_then(|i| parts.get(i))
        {
            html.push_str(&part.0);
        }
        rest = &after[end + PART_CLOSE.len_utf8()..];
    }
    push_escaped(&mut html, rest);
    PreEscaped(html)
}

fn push_escaped(html: &mut String, text: &str) {
    // Writing to a String cannot fail.
    let _ = Escaper::new(html).write_str(text);
}

/// A failure shown as a page, in the reader's language.
#[derive(Debug, Clone)]
pub struct PageError {
    failure: Failure,
    /// A message that says what the failure's English detail says, for failures whose detail
    /// is always the same.
    detail_key: Option<&'static str>,
}

impl PageError {
    /// A failure whose detail the page shows as message `detail_key`.
    pub fn localized(failure: Failure, detail_key: &'static str) -> PageError {
        PageError {
            failure,
            detail_key: Some(detail_key),
        }
    }

    /// The page, once the language is known.
    fn render(&self, ui: &UiLang) -> Response {
        let failure = &self.failure;
        let (title_key, advice_key) = match failure.status() {
            StatusCode::NOT_FOUND => ("error-not-found-title", "error-not-found-advice"),
            StatusCode::BAD_REQUEST => ("error-bad-request-title", "error-bad-request-advice"),
            StatusCode::METHOD_NOT_ALLOWED => ("error-method-title", "error-method-advice"),
            StatusCode::SERVICE_UNAVAILABLE => ("error-busy-title", "error-busy-advice"),
            StatusCode::UNAUTHORIZED => ("error-unauthorized-title", "error-unauthorized-advice"),
            StatusCode::FORBIDDEN => ("error-forbidden-title", "error-forbidden-advice"),
            StatusCode::CONFLICT => ("error-conflict-title", "error-conflict-advice"),
            StatusCode::PAYLOAD_TOO_LARGE => ("error-too-large-title", "error-too-large-advice"),
            StatusCode::UNPROCESSABLE_ENTITY => ("error-invalid-title", "error-invalid-advice"),
            StatusCode::TOO_MANY_REQUESTS => ("error-too-many-title", "error-too-many-advice"),
            _ => ("error-internal-title", "error-internal-advice"),
        };
        let fixed_detail = self.detail_key.or(match failure {
            Failure::MethodNotAllowed => Some("error-method-detail"),
            Failure::Busy => Some("error-busy-detail"),
            Failure::Internal => Some("error-internal-detail"),
            Failure::Unauthorized => Some("error-unauthorized-detail"),
            Failure::Forbidden(_) => Some("error-forbidden-detail"),
            Failure::TooLarge(_) => Some("error-too-large-detail"),
            Failure::Invalid(_) => Some("error-invalid-detail"),
            Failure::TooManyRequests { .. } => Some("error-too-many-detail"),
            Failure::BadRequest(_)
            | Failure::NotFound(_)
            | Failure::Conflict(_)
            | Failure::UnsupportedMediaType(_) => None,
        });
        let heading = ui.t(title_key);
        let body = layout(
            ui,
            &heading,
            Section::None,
            html! {},
            html! {
                h1 { (heading) }
                @if let Some(key) = fixed_detail {
                    p.notice role="alert" { (ui.t(key)) }
                } @else {
                    // What exactly is wrong (which parameter, which practice), as the API says
                    // it: in English, and marked so.
                    p.notice role="alert" lang=[lang_attr(Lang::En, ui.lang)] { (failure.detail()) }
                }
                p { (ui.t(advice_key)) }
                p { a href=(ui.href("/search")) { (ui.t("error-go-to-search")) } }
            },
        );
        let mut response = (failure.status(), body).into_response();
        crate::error::add_failure_headers(failure, &mut response);
        response
    }
}

impl From<Failure> for PageError {
    fn from(failure: Failure) -> PageError {
        PageError {
            failure,
            detail_key: None,
        }
    }
}

impl From<axum::extract::rejection::PathRejection> for PageError {
    fn from(rejection: axum::extract::rejection::PathRejection) -> PageError {
        Failure::from(rejection).into()
    }
}

/// `axum::extract::Path` whose rejection is an error page in the reader's language.
#[derive(Debug, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(PageError))]
pub struct PagePath<T>(pub T);

/// A failure on its way to [`localize`], which renders it in the reader's language.
#[derive(Debug, Clone)]
struct Unrendered(PageError);

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        // The plain text is only what a response that skipped `localize` would show.
        let mut response = (self.failure.status(), self.failure.detail()).into_response();
        crate::error::add_failure_headers(&self.failure, &mut response);
        response.extensions_mut().insert(Unrendered(self));
        response
    }
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, Uri};

    use super::*;

    fn ui(path: &str) -> UiLang {
        let uri: Uri = path.parse().expect("a valid address");
        UiLang::negotiate(&uri, &HeaderMap::new(), &axum::http::Extensions::new())
    }

    #[test]
    fn rich_messages_escape_the_text_and_keep_the_markup() {
        let english = ui("/about?ui=en");
        let markup = rich(
            &english,
            "query-corrected",
            &[
                ("query", html! { "<b>" }),
                ("corrected", html! { strong { "integration" } }),
            ],
        );
        assert_eq!(
            markup.into_string(),
            "Few practices matched “&lt;b&gt;”. Showing results for “<strong>integration</strong>”."
        );
    }

    #[test]
    fn pages_say_their_language_and_link_in_it() {
        let polish = ui("/search?ui=pl&q=dom");
        let page = layout(&polish, "x", Section::Search, html! {}, html! {}).into_string();
        assert!(page.contains(r#"<html lang="pl">"#));
        assert!(page.contains(r#"<link rel="alternate" hreflang="de" href="/de/search?q=dom">"#));
        assert!(page.contains(r#"hreflang="x-default" href="/search?q=dom""#));
        assert!(page.contains(r#"href="/pl/cities""#));
        assert!(page.contains(r#"lang="pl" hreflang="pl" aria-current="true">Polski</a>"#));
        assert!(!page.contains(r#"hreflang="de" aria-current"#));
    }
}
