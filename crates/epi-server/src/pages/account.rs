//! Signing in with an access token and out again, and what the other pages need of it: the
//! signed-in reader, forms read safely, CSRF checks.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};

use super::{PageError, Section, layout};
use crate::error::Failure;
use crate::session::{
    SESSION_COOKIE, SESSION_LIFETIME, SIGN_IN_COOKIE, Viewer, cookie, random_token, same_secret,
    set_cookie,
};
use crate::state::AppState;
use crate::ui_lang::UiLang;

/// How long the sign-in form's token is good for, in seconds.
const SIGN_IN_FORM_SECONDS: u64 = 60 * 60;

/// The fields of a submitted form, in order (repeated names, such as checkboxes, repeat).
pub type FormPairs = Vec<(String, String)>;

/// Reads an `application/x-www-form-urlencoded` body.
pub fn read_form(body: &Bytes) -> Result<FormPairs, PageError> {
    serde_urlencoded::from_bytes(body)
        .map_err(|_| PageError::from(Failure::BadRequest("the form could not be read".into())))
}

/// The first value of a form field.
pub fn field<'a>(pairs: &'a FormPairs, name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

/// Every value of a form field.
pub fn fields(pairs: &FormPairs, name: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(key, _)| key == name)
        .map(|(_, value)| value.clone())
        .collect()
}

/// Why a page refuses a reader: the response to send instead (a redirect to sign in, or 403).
/// Boxed: a response is large, and this travels in every page handler's `Result`.
#[derive(Debug)]
pub struct Refused(Box<Response>);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        *self.0
    }
}

impl From<Response> for Refused {
    fn from(response: Response) -> Refused {
        Refused(Box::new(response))
    }
}

/// The signed-in reader, or a redirect to the sign-in page that comes back here.
pub fn signed_in(ui: &UiLang) -> Result<&Viewer, Refused> {
    ui.viewer().ok_or_else(|| {
        let next = encode_component(ui.here());
        Redirect::to(&ui.href(&format!("/sign-in?next={next}")))
            .into_response()
            .into()
    })
}

/// The signed-in librarian, a redirect to sign in, or 403 for a partner.
pub fn librarian(ui: &UiLang) -> Result<&Viewer, Refused> {
    let viewer = signed_in(ui)?;
    if viewer.is_librarian() {
        Ok(viewer)
    } else {
        Err(PageError::localized(
            Failure::Forbidden("only librarians review submissions".into()),
            "error-forbidden-detail",
        )
        .into_response()
        .into())
    }
}

/// The signed-in reader whose session the form's CSRF token belongs to; 403 otherwise, and
/// nothing is done.
pub fn checked_form<'a>(ui: &'a UiLang, pairs: &FormPairs) -> Result<&'a Viewer, Refused> {
    let viewer = signed_in(ui)?;
    if viewer.csrf_matches(field(pairs, "csrf")) {
        Ok(viewer)
    } else {
        tracing::warn!(account = %viewer.account().id, "a form without its CSRF token was refused");
        Err(PageError::localized(
            Failure::Forbidden("the form's security token is missing or wrong".into()),
            "error-forbidden-detail",
        )
        .into_response()
        .into())
    }
}

/// Percent-encodes a query-string value.
fn encode_component(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|s| s.trim_start_matches('=').to_owned())
        .unwrap_or_default()
}

/// A local address to go back to after signing in: a path of this site, nothing else.
fn safe_next(next: Option<&str>) -> Option<&str> {
    next.filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.contains(['\\', '\r', '\n']))
}

fn client_ip(connection: Option<&Extension<ConnectInfo<SocketAddr>>>) -> IpAddr {
    connection.map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.0.ip())
}

/// What the sign-in form shows besides its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Notice {
    None,
    Rejected,
    TooMany,
    SignedOut,
}

fn sign_in_form(ui: &UiLang, csrf: &str, next: Option<&str>, notice: Notice) -> Markup {
    let rejected = notice == Notice::Rejected;
    let action = match next {
        Some(next) => ui.href(&format!("/sign-in?next={}", encode_component(next))),
        None => ui.href("/sign-in"),
    };
    layout(
        ui,
        &ui.t("sign-in-title"),
        Section::SignIn,
        html! {},
        html! {
            h1 { (ui.t("sign-in-title")) }
            @match notice {
                Notice::TooMany => p.notice role="alert" { (ui.t("sign-in-too-many")) },
                Notice::SignedOut => p.notice role="status" { (ui.t("signed-out")) },
                Notice::None | Notice::Rejected => {},
            }
            p { (ui.t("sign-in-intro")) }
            form.submission-form method="post" action=(action) {
                input type="hidden" name="csrf" value=(csrf);
                div.field {
                    label for="f-token" { (ui.t("sign-in-token-label")) }
                    p.hint #h-token { (ui.t("sign-in-token-hint")) }
                    @if rejected {
                        p.field-error #e-token { (ui.t("sign-in-rejected")) }
                    }
                    input #f-token type="password" name="token" required autocomplete="current-password"
                        aria-describedby=(if rejected { "h-token e-token" } else { "h-token" })
                        aria-invalid=[rejected.then_some("true")];
                }
                button type="submit" { (ui.t("sign-in-button")) }
            }
        },
    )
}

/// The form with a fresh double-submit token in a cookie.
fn sign_in_response(
    state: &AppState,
    headers: &HeaderMap,
    ui: &UiLang,
    next: Option<&str>,
    notice: Notice,
    status: StatusCode,
) -> Response {
    let Some(csrf) = random_token() else {
        return PageError::from(Failure::Internal).into_response();
    };
    let secure = state.cookies().secure(headers);
    let mut response = (status, sign_in_form(ui, &csrf, next, notice)).into_response();
    if let Some(value) = set_cookie(SIGN_IN_COOKIE, &csrf, SIGN_IN_FORM_SECONDS, secure) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn next_param(query: Option<&str>) -> Option<String> {
    let pairs: FormPairs = serde_urlencoded::from_str(query.unwrap_or("")).ok()?;
    let next = pairs
        .into_iter()
        .find(|(k, _)| k == "next")
        .map(|(_, v)| v)?;
    safe_next(Some(&next)).map(str::to_owned)
}

/// `GET /sign-in`.
pub async fn sign_in_page(
    State(state): State<AppState>,
    ui: UiLang,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let next = next_param(query.as_deref());
    let notice = if query.as_deref().is_some_and(|q| q.contains("signed-out")) {
        Notice::SignedOut
    } else {
        Notice::None
    };
    sign_in_response(
        &state,
        &headers,
        &ui,
        next.as_deref(),
        notice,
        StatusCode::OK,
    )
}

/// `POST /sign-in`: rate-limited per client address; a wrong token always gets the same
/// answer.
pub async fn sign_in(
    State(state): State<AppState>,
    ui: UiLang,
    headers: HeaderMap,
    connection: Option<Extension<ConnectInfo<SocketAddr>>>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let next = next_param(query.as_deref());
    let client = client_ip(connection.as_ref());
    if let Err(retry_after) = state.sign_in_attempt(client) {
        tracing::warn!(%client, "too many sign-in attempts");
        let mut response = sign_in_response(
            &state,
            &headers,
            &ui,
            next.as_deref(),
            Notice::TooMany,
            StatusCode::TOO_MANY_REQUESTS,
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
        return response;
    }
    let pairs = match read_form(&body) {
        Ok(pairs) => pairs,
        Err(err) => return err.into_response(),
    };
    let form_token = field(&pairs, "csrf").unwrap_or_default();
    let cookie_token = cookie(&headers, SIGN_IN_COOKIE).unwrap_or_default();
    if form_token.is_empty() || !same_secret(form_token, cookie_token) {
        return PageError::localized(
            Failure::Forbidden("the form's security token is missing or wrong".into()),
            "error-forbidden-detail",
        )
        .into_response();
    }
    let token = field(&pairs, "token").unwrap_or_default().to_owned();
    let account = state
        .with_desk(move |desk, _| desk.accounts().authenticate(&token).map_err(Failure::from))
        .await;
    let account = match account {
        Ok(Some(account)) => account,
        Ok(None) => {
            tracing::info!(%client, "a sign-in with a token that was not accepted");
            return sign_in_response(
                &state,
                &headers,
                &ui,
                next.as_deref(),
                Notice::Rejected,
                StatusCode::UNAUTHORIZED,
            );
        }
        Err(failure) => return PageError::from(failure).into_response(),
    };
    let Some(session) = state.sessions().open(&account.id) else {
        return PageError::from(Failure::Internal).into_response();
    };
    tracing::info!(account = %account.id, "signed in");
    let secure = state.cookies().secure(&headers);
    let target = next.unwrap_or_else(|| "/my/submissions".to_owned());
    let mut response = Redirect::to(&ui.href(&target)).into_response();
    let cookies = [
        set_cookie(SESSION_COOKIE, &session, SESSION_LIFETIME.as_secs(), secure),
        set_cookie(SIGN_IN_COOKIE, "", 0, secure),
    ];
    for value in cookies.into_iter().flatten() {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// `POST /sign-out`.
pub async fn sign_out(
    State(state): State<AppState>,
    ui: UiLang,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let pairs = match read_form(&body) {
        Ok(pairs) => pairs,
        Err(err) => return err.into_response(),
    };
    let viewer = match checked_form(&ui, &pairs) {
        Ok(viewer) => viewer,
        Err(refused) => return refused.into_response(),
    };
    state.sessions().close(viewer.session());
    tracing::info!(account = %viewer.account().id, "signed out");
    let mut response = Redirect::to(&ui.href("/sign-in?signed-out")).into_response();
    if let Some(value) = set_cookie(SESSION_COOKIE, "", 0, state.cookies().secure(&headers)) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_signing_in() {
        assert_eq!(safe_next(Some("/review")), Some("/review"));
        assert_eq!(safe_next(Some("//evil.example")), None);
        assert_eq!(safe_next(Some("https://evil.example")), None);
        assert_eq!(safe_next(Some("/\\evil")), None);
        assert_eq!(encode_component("/review?x=1&y"), "%2Freview%3Fx%3D1%26y");
    }
}
