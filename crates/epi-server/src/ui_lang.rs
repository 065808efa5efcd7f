//! The interface language of a page request, and the addresses that keep it.
//!
//! The language is negotiated in a fixed order: a `/xx/` prefix of the path, then `?ui=xx`,
//! then the `ui_lang` cookie, then `Accept-Language`, then English. The prefix is taken off
//! before routing ([`strip_prefix`]), so one route table serves `/pl/cities` and `/cities`; the
//! pages' middleware negotiates once per request and hands the result to the handlers as the
//! [`UiLang`] extractor. A page reached through a prefix (or `?ui=`) links with that prefix, so
//! the choice holds while the reader follows links; a response to a prefixed address sets the
//! cookie, so it also holds for addresses typed without one. The JSON API is not negotiated:
//! it stays English.

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::uri::PathAndQuery;
use axum::http::{Extensions, HeaderMap, HeaderValue, Uri, header};
use axum::response::Response;
use epi_i18n::{FluentValue, Labelled, Messages};
use epi_model::Lang;

use crate::session::Viewer;

/// The cookie that remembers the language picked from the menu.
pub const COOKIE: &str = "ui_lang";
/// How long the cookie is kept: a year, in seconds.
const COOKIE_MAX_AGE: u32 = 365 * 24 * 60 * 60;
/// Most `Accept-Language` entries read; browsers send a handful.
const MAX_ACCEPT_ENTRIES: usize = 32;

/// Where the interface language of a request came from, in the order they are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    /// The `/xx/` prefix of the address.
    Path,
    /// The `?ui=xx` parameter.
    Query,
    /// The `ui_lang` cookie.
    Cookie,
    /// The browser's `Accept-Language` header.
    AcceptLanguage,
    /// None of them: English.
    Default,
}

/// Left in the request by [`strip_prefix`]: the language of the prefix it took off.
#[derive(Debug, Clone, Copy)]
struct PrefixLang(Lang);

/// The negotiated interface language of a page request, with what pages need to keep it: the
/// address of the page in every language, and the texts.
#[derive(Debug, Clone)]
pub struct UiLang {
    pub lang: Lang,
    pub source: LangSource,
    /// The language the cookie holds, if any: a prefix that agrees with it needs no new cookie.
    cookie: Option<Lang>,
    /// This page's address without a language prefix and without `ui=`.
    here: String,
    /// The signed-in reader, when there is one (pages show their account's navigation).
    viewer: Option<Viewer>,
}

impl UiLang {
    /// Negotiates the language of a request (after [`strip_prefix`]).
    pub fn negotiate(uri: &Uri, headers: &HeaderMap, extensions: &Extensions) -> UiLang {
        let cookie = cookie_lang(headers);
        let query_lang = uri.query().and_then(ui_param);
        let accepted = || {
            headers
                .get_all(header::ACCEPT_LANGUAGE)
                .iter()
                .filter_map(|value| value.to_str().ok())
                .find_map(accept_language)
        };
        let (lang, source) = if let Some(PrefixLang(lang)) = extensions.get::<PrefixLang>() {
            (*lang, LangSource::Path)
        } else if let Some(lang) = query_lang {
            (lang, LangSource::Query)
        } else if let Some(lang) = cookie {
            (lang, LangSource::Cookie)
        } else if let Some(lang) = accepted() {
            (lang, LangSource::AcceptLanguage)
        } else {
            (Lang::En, LangSource::Default)
        };
        let here = match uri.query().map(without_ui_param) {
            Some(query) if !query.is_empty() => format!("{}?{query}", uri.path()),
            _ => uri.path().to_owned(),
        };
        UiLang {
            lang,
            source,
            cookie,
            here,
            viewer: extensions.get::<Viewer>().cloned(),
        }
    }

    /// The signed-in reader of the page.
    pub fn viewer(&self) -> Option<&Viewer> {
        self.viewer.as_ref()
    }

    /// Whether the address chose the language: then the page's links carry it on.
    fn chosen_by_address(&self) -> bool {
        matches!(self.source, LangSource::Path | LangSource::Query)
    }

    /// An internal address (`/cities`, `/search?q=…`) as this page links to it: with the
    /// language prefix when the address chose the language, else as it is.
    pub fn href(&self, path: &str) -> String {
        if self.chosen_by_address() {
            prefixed(self.lang, path)
        } else {
            path.to_owned()
        }
    }

    /// This page's address, without a language prefix.
    pub fn here(&self) -> &str {
        &self.here
    }

    /// A message in this language.
    pub fn t(&self, key: &str) -> String {
        Messages::global().text(self.lang, key)
    }

    /// A message with variables in this language.
    pub fn t_with(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        Messages::global().text_with(self.lang, key, args)
    }

    /// The label of a vocabulary value in this language.
    pub fn label<V: Labelled>(&self, value: V) -> String {
        Messages::global().label(self.lang, value)
    }

    /// Adds what the negotiation implies to a page response: its language, the cookie when a
    /// prefix picked a language the cookie does not hold, and `Vary` when request headers
    /// picked it.
    pub fn finish(&self, response: &mut Response) {
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(self.lang.code()),
        );
        if self.source == LangSource::Path && self.cookie != Some(self.lang) {
            let cookie = format!(
                "{COOKIE}={}; Path=/; Max-Age={COOKIE_MAX_AGE}; SameSite=Lax; HttpOnly",
                self.lang
            );
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                headers.append(header::SET_COOKIE, value);
            }
        }
        if !self.chosen_by_address() {
            headers.append(
                header::VARY,
                HeaderValue::from_static("cookie, accept-language"),
            );
        }
    }
}

/// The language negotiated by the pages' middleware; negotiated here when a handler runs
/// without it, so the extractor never fails.
impl<S: Send + Sync> FromRequestParts<S> for UiLang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<UiLang, Infallible> {
        Ok(match parts.extensions.get::<UiLang>() {
            Some(ui) => ui.clone(),
            None => UiLang::negotiate(&parts.uri, &parts.headers, &parts.extensions),
        })
    }
}

/// `path` under the prefix of `lang`: `/` → `/pl/`, `/search?q=x` → `/pl/search?q=x`.
pub fn prefixed(lang: Lang, path: &str) -> String {
    format!("/{lang}{path}")
}

/// Takes a `/xx` language prefix off the path before routing and leaves its language in the
/// request. Only lower-case codes count (one address per page), and never in front of the API
/// or the assets, which have no language.
pub fn strip_prefix(mut request: Request) -> Request {
    let Some((lang, rest)) = split_prefix(request.uri().path()) else {
        return request;
    };
    let path_and_query = match request.uri().query() {
        Some(query) => format!("{rest}?{query}"),
        None => rest.to_owned(),
    };
    let mut parts = request.uri().clone().into_parts();
    // The new address is a piece of a valid one, so this cannot fail; if it did, the request
    // would go on unchanged and find no page.
    let Ok(path_and_query) = PathAndQuery::try_from(path_and_query) else {
        return request;
    };
    parts.path_and_query = Some(path_and_query);
    let Ok(uri) = Uri::from_parts(parts) else {
        return request;
    };
    *request.uri_mut() = uri;
    request.extensions_mut().insert(PrefixLang(lang));
    request
}

/// The language of a path's prefix and the path without it (`/pl/cities` → pl, `/cities`).
fn split_prefix(path: &str) -> Option<(Lang, &str)> {
    let rest = path.strip_prefix('/')?;
    let (first, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let lang = Lang::ALL.into_iter().find(|lang| lang.code() == first)?;
    let unlocalised = ["/api", "/assets"]
        .iter()
        .any(|root| tail == *root || tail.starts_with(&format!("{root}/")));
    if unlocalised {
        return None;
    }
    Some((lang, if tail.is_empty() { "/" } else { tail }))
}

/// The `ui` parameter of a query string, when it names a language of the library. (An invalid
/// one is reported by the search, which also reads it; here it is simply not a choice.)
fn ui_param(query: &str) -> Option<Lang> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).ok()?;
    pairs
        .iter()
        .find(|(key, _)| key == "ui")
        .and_then(|(_, value)| Lang::from_code(value))
}

/// A query string without its `ui` parameters; unchanged when it has none (or cannot be read).
fn without_ui_param(query: &str) -> String {
    match serde_urlencoded::from_str::<Vec<(String, String)>>(query) {
        Ok(pairs) if pairs.iter().any(|(key, _)| key == "ui") => {
            let kept: Vec<_> = pairs.into_iter().filter(|(key, _)| key != "ui").collect();
            serde_urlencoded::to_string(kept).unwrap_or_default()
        }
        _ => query.to_owned(),
    }
}

/// The language of the `ui_lang` cookie, if it holds one of the library's.
fn cookie_lang(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| Lang::from_code(value.trim_matches('"')))
}

/// The reader's preferred language among the library's, by the weights of an `Accept-Language`
/// header (RFC 9110 §12.5.4): the highest `q` wins, ties go to the earlier entry, `q=0` means
/// "not this one", and a tag matches on its primary subtag (`de-AT` is German). Entries with a
/// malformed weight are skipped; `*` adds nothing, since English is the default anyway.
pub fn accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, u16)> = None;
    for entry in header.split(',').take(MAX_ACCEPT_ENTRIES) {
        let mut fields = entry.split(';');
        let tag = fields.next().unwrap_or_default().trim();
        let weight = fields
            .filter_map(|param| param.trim().split_once('='))
            .find(|(name, _)| name.trim().eq_ignore_ascii_case("q"))
            .map_or(Some(1000), |(_, value)| weight(value));
        let (Some(weight), Some(primary)) = (weight, tag.split(['-', '_']).next()) else {
            continue;
        };
        let Some(lang) = Lang::from_code(primary) else {
            continue;
        };
        if weight > 0 && best.is_none_or(|(_, best_weight)| weight > best_weight) {
            best = Some((lang, weight));
        }
    }
    best.map(|(lang, _)| lang)
}

/// A `q` value in thousandths: `1`, `0.8`, `0.125`; `None` when it is not one.
fn weight(value: &str) -> Option<u16> {
    let value = value.trim();
    let valid = !value.is_empty()
        && value.len() <= 5
        && value.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let number: f32 = value.parse().ok().filter(|_| valid)?;
    // The range check makes the conversion exact: at most 1000 thousandths.
    (0.0..=1.0)
        .contains(&number)
        .then(|| (number * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negotiate(path: &str, headers: &[(header::HeaderName, &str)]) -> UiLang {
        let request = Request::builder().uri(path).body(axum::body::Body::empty());
        let request = strip_prefix(request.expect("a valid request"));
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(name, HeaderValue::from_str(value).expect("a valid header"));
        }
        UiLang::negotiate(request.uri(), &map, request.extensions())
    }

    #[test]
    fn accept_language_follows_the_weights() {
        assert_eq!(accept_language("de-DE,de;q=0.9,en;q=0.5"), Some(Lang::De));
        assert_eq!(accept_language("fr-FR, pl;q=0.4, sv;q=0.6"), Some(Lang::Sv));
        assert_eq!(accept_language("en;q=0.5, lv"), Some(Lang::Lv));
        assert_eq!(accept_language("it;q=0, es;q=0.1"), Some(Lang::Es));
        assert_eq!(accept_language("ro;q=0.7, it;q=0.7"), Some(Lang::Ro));
        assert_eq!(accept_language("PL-pl"), Some(Lang::Pl));
        assert_eq!(
            accept_language("de;q=2, sv;q=abc, pl;q=0.3"),
            Some(Lang::Pl)
        );
        assert_eq!(accept_language("fr, *;q=0.5"), None);
        assert_eq!(accept_language(""), None);
        assert_eq!(accept_language(";;,,=;q="), None);
    }

    #[test]
    fn the_prefix_comes_off_before_routing() {
        assert_eq!(split_prefix("/pl/cities"), Some((Lang::Pl, "/cities")));
        assert_eq!(split_prefix("/lv"), Some((Lang::Lv, "/")));
        assert_eq!(split_prefix("/lv/"), Some((Lang::Lv, "/")));
        assert_eq!(split_prefix("/PL/cities"), None);
        assert_eq!(split_prefix("/pl/api/v1/search"), None);
        assert_eq!(split_prefix("/de/assets/style.css"), None);
        assert_eq!(split_prefix("/fr/cities"), None);
        assert_eq!(split_prefix("/plx/cities"), None);
        let ui = negotiate("/sv/search?q=boende&ui=pl", &[]);
        assert_eq!((ui.lang, ui.source), (Lang::Sv, LangSource::Path));
        assert_eq!(ui.here(), "/search?q=boende");
        assert_eq!(ui.href("/cities"), "/sv/cities");
        assert_eq!(ui.href("/"), "/sv/");
    }

    #[test]
    fn negotiation_order_is_prefix_query_cookie_header_default() {
        let cookie = (header::COOKIE, "theme=dark; ui_lang=it");
        let accept = (header::ACCEPT_LANGUAGE, "de-DE,de;q=0.9,en;q=0.5");
        let all = [cookie.clone(), accept.clone()];
        assert_eq!(negotiate("/es/about?ui=pl", &all).lang, Lang::Es);
        assert_eq!(negotiate("/about?ui=pl", &all).lang, Lang::Pl);
        assert_eq!(negotiate("/about?ui=xx", &all).lang, Lang::It);
        assert_eq!(negotiate("/about", &all).lang, Lang::It);
        assert_eq!(negotiate("/about", &[accept]).lang, Lang::De);
        assert_eq!(negotiate("/about", &[]).source, LangSource::Default);
        // Only an address keeps its language in the links; headers are sent again anyway.
        assert_eq!(negotiate("/about?ui=pl", &[]).href("/cities"), "/pl/cities");
        assert_eq!(negotiate("/about", &all).href("/cities"), "/cities");
    }

    #[test]
    fn a_prefix_sets_the_cookie_once() {
        let mut response = Response::new(axum::body::Body::empty());
        negotiate("/pl/cities", &[]).finish(&mut response);
        let set = response
            .headers()
            .get(header::SET_COOKIE)
            .expect("a cookie");
        assert!(set.to_str().unwrap().starts_with("ui_lang=pl; Path=/"));
        let mut again = Response::new(axum::body::Body::empty());
        negotiate("/pl/cities", &[(header::COOKIE, "ui_lang=pl")]).finish(&mut again);
        assert!(again.headers().get(header::SET_COOKIE).is_none());
        let mut unprefixed = Response::new(axum::body::Body::empty());
        negotiate("/cities", &[]).finish(&mut unprefixed);
        assert!(unprefixed.headers().get(header::SET_COOKIE).is_none());
        assert!(unprefixed.headers().get(header::VARY).is_some());
    }
}
