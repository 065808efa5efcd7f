//! Search parameters in URLs: parsing (shared by the page and the API) and canonical URLs.
//!
//! Parameters: `q`, one key per facet (`city`, `domain`, `lang`, …; repeat a key to select
//! several values), `sort` (`relevance` or `newest`), `page` (from 1) and `per_page`. Unknown
//! keys are ignored, so links that carry tracking parameters still work. Every invalid value is
//! a 400 whose message names the parameter and what was expected.

use epi_model::search::{MAX_PER_PAGE, MAX_RESULT_WINDOW};
use epi_model::{FacetKind, Lang, SearchRequest, Sort};

use crate::error::Failure;

/// Most filter values one request may select, over all facets.
pub const MAX_FILTER_VALUES: usize = 64;
/// Results per page when the request does not say.
pub const DEFAULT_PER_PAGE: usize = 10;

/// Parses a raw query string (without `?`) into a search request.
pub fn parse_search(raw: Option<&str>) -> Result<SearchRequest, Failure> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or_default())
        .map_err(|err| Failure::BadRequest(format!("the query string is malformed: {err}")))?;
    let mut request = SearchRequest {
        per_page: DEFAULT_PER_PAGE,
        ..SearchRequest::default()
    };
    let mut filter_values = 0;
    for (key, value) in &pairs {
        match key.as_str() {
            "q" => request.text.clone_from(value),
            "sort" => request.sort = value.parse().map_err(Failure::BadRequest)?,
            "page" => request.page = number(key, value, 1, usize::MAX)?,
            "per_page" => request.per_page = number(key, value, 1, MAX_PER_PAGE)?,
            "expand" => {
                request.expand = match value.trim() {
                    "true" | "1" | "on" => true,
                    "false" | "0" | "off" => false,
                    _ => {
                        return Err(Failure::BadRequest(format!(
                            "expand='{}' is not valid: expected true or false",
                            shorten(value)
                        )));
                    }
                }
            }
            "ui" => {
                request.ui_lang = Some(Lang::from_code(value).ok_or_else(|| {
                    Failure::BadRequest(format!(
                        "ui='{}' is not a language of the library: expected one of en, ro, it, es, de, sv, pl, lv",
                        shorten(value)
                    ))
                })?);
            }
            other => {
                let Some(kind) = FacetKind::from_param(other) else {
                    continue;
                };
                if value.trim().is_empty() {
                    continue;
                }
                filter_values += 1;
                if filter_values > MAX_FILTER_VALUES {
                    return Err(Failure::BadRequest(format!(
                        "too many filter values: select at most {MAX_FILTER_VALUES}"
                    )));
                }
                request
                    .filters
                    .add(kind, value)
                    .map_err(|err| Failure::BadRequest(err.to_string()))?;
            }
        }
    }
    if request.offset() >= MAX_RESULT_WINDOW {
        return Err(Failure::BadRequest(format!(
            "page {} is too deep: results are available up to the {MAX_RESULT_WINDOW}th; narrow the search instead",
            request.page
        )));
    }
    Ok(request)
}

fn number(key: &str, value: &str, min: usize, max: usize) -> Result<usize, Failure> {
    match value.trim().parse::<usize>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ if max == usize::MAX => Err(Failure::BadRequest(format!(
            "{key}='{}' is not valid: expected a whole number from {min}",
            shorten(value)
        ))),
        _ => Err(Failure::BadRequest(format!(
            "{key}='{}' is not valid: expected a whole number from {min} to {max}",
            shorten(value)
        ))),
    }
}

/// At most 40 characters of user input, for messages.
fn shorten(value: &str) -> String {
    let mut short: String = value.chars().take(40).collect();
    if value.chars().nth(40).is_some() {
        short.push('…');
    }
    short
}

/// The canonical query string of a request: `q`, the filters in facet order, then `sort`,
/// `per_page` and `page` when they differ from the defaults. Equal requests give equal URLs.
pub fn query_string(request: &SearchRequest) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if !request.text.is_empty() {
        pairs.push(("q", request.text.clone()));
    }
    for kind in FacetKind::ALL {
        for value in request.filters.values(kind) {
            pairs.push((kind.param(), value.to_owned()));
        }
    }
    if request.sort == Sort::Newest {
        pairs.push(("sort", "newest".into()));
    }
    if request.per_page != DEFAULT_PER_PAGE {
        pairs.push(("per_page", request.per_page.to_string()));
    }
    if !request.expand {
        pairs.push(("expand", "false".into()));
    }
    if request.page > 1 {
        pairs.push(("page", request.page.to_string()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// `path` with the canonical query string of `request`.
pub fn url(path: &str, request: &SearchRequest) -> String {
    let query = query_string(request);
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(raw: &str) -> String {
        match parse_search(Some(raw)) {
            Err(Failure::BadRequest(message)) => message,
            other => panic!("{raw}: expected a bad request, got {other:?}"),
        }
    }

    #[test]
    fn repeated_keys_select_several_values() {
        let request = parse_search(Some(
            "q=integracja&city=riga&city=Lublin&domain=governance&utm=x",
        ))
        .unwrap();
        assert_eq!(request.text, "integracja");
        assert!(request.filters.is_selected(FacetKind::City, "riga"));
        assert!(request.filters.is_selected(FacetKind::City, "lublin"));
        assert!(request.filters.is_selected(FacetKind::Domain, "governance"));
    }

    #[test]
    fn invalid_values_are_named() {
        assert!(bad("domain=goverance").contains("did you mean 'governance'"));
        assert!(bad("page=0").contains("page='0'"));
        assert!(bad("page=abc").contains("whole number"));
        assert!(bad("per_page=1000").contains("from 1 to 100"));
        assert!(bad("sort=random").contains("relevance or newest"));
        assert!(bad("page=5000&per_page=100").contains("too deep"));
        assert!(bad("ui=fr").contains("ui='fr'"));
        assert!(bad("expand=maybe").contains("true or false"));
        assert!(bad("topic=../x").contains("topic"));
        let many: Vec<String> = (0..70).map(|y| format!("year={}", 1950 + y)).collect();
        assert!(bad(&many.join("&")).contains("at most"));
    }

    #[test]
    fn canonical_urls_round_trip() {
        let raw =
            "q=%22one-stop+shop%22+-online&domain=governance&city=cluj-napoca&sort=newest&page=2";
        let request = parse_search(Some(raw)).unwrap();
        let canonical = query_string(&request);
        assert_eq!(parse_search(Some(&canonical)).unwrap(), request);
        assert_eq!(
            canonical,
            "q=%22one-stop+shop%22+-online&city=cluj-napoca&domain=governance&sort=newest&page=2"
        );
        assert_eq!(
            url(
                "/search",
                &SearchRequest {
                    per_page: DEFAULT_PER_PAGE,
                    ..SearchRequest::default()
                }
            ),
            "/search"
        );
    }
}
