//! Web sign-in sessions: a random id in an `HttpOnly` cookie, the account and a CSRF token kept
//! in memory on the server.
//!
//! A session ends after [`SESSION_LIFETIME`], on sign-out, when the server restarts, and as soon
//! as its account is revoked (checked on every request). Every form that changes something
//! carries the session's CSRF token (the synchronizer-token pattern), compared in constant time;
//! the sign-in form, which has no session yet, carries a token that must equal a cookie set
//! with the form (double submit).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use epi_submit::Account;
use subtle::ConstantTimeEq;

use crate::state::AppState;

/// The session cookie.
pub const SESSION_COOKIE: &str = "epi_session";
/// The cookie of the sign-in form's CSRF token.
pub const SIGN_IN_COOKIE: &str = "epi_sign_in";
/// How long a session lasts.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(8 * 60 * 60);
/// Sessions kept at most; beyond, expired ones are dropped, then the oldest.
const MAX_SESSIONS: usize = 10_000;

/// 32 random bytes from the operating system, base64url: session ids and CSRF tokens.
pub fn random_token() -> Option<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(URL_SAFE_NO_PAD.encode(bytes))
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[derive(Debug, Clone)]
struct Session {
    account: String,
    csrf: String,
    expires: Instant,
}

/// The open sessions.
#[derive(Debug, Default)]
pub struct Sessions {
    map: Mutex<HashMap<String, Session>>,
}

impl Sessions {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        match self.map.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Opens a session for `account`: its id (for the cookie). `None` when the system's random
    /// source fails.
    pub fn open(&self, account: &str) -> Option<String> {
        let id = random_token()?;
        let csrf = random_token()?;
        let now = Instant::now();
        let mut map = self.lock();
        if map.len() >= MAX_SESSIONS {
            map.retain(|_, s| s.expires > now);
        }
        if map.len() >= MAX_SESSIONS
            && let Some(oldest) = map
                .iter()
                .min_by_key(|(_, s)| s.expires)
                .map(|(id, _)| id.clone())
        {
            map.remove(&oldest);
        }
        map.insert(
            id.clone(),
            Session {
                account: account.to_owned(),
                csrf,
                expires: now + SESSION_LIFETIME,
            },
        );
        Some(id)
    }

    /// The account and CSRF token of a live session.
    fn get(&self, id: &str) -> Option<(String, String)> {
        let mut map = self.lock();
        let session = map.get(id)?;
        if session.expires <= Instant::now() {
            map.remove(id);
            return None;
        }
        Some((session.account.clone(), session.csrf.clone()))
    }

    pub fn close(&self, id: &str) {
        self.lock().remove(id);
    }
}

/// The signed-in reader of a page, put in the request by [`identify`].
#[derive(Debug, Clone)]
pub struct Viewer {
    account: Arc<Account>,
    session: String,
    csrf: String,
}

impl Viewer {
    pub fn account(&self) -> &Account {
        &self.account
    }

    pub fn is_librarian(&self) -> bool {
        self.account.is_librarian()
    }

    /// The CSRF token of the session, for the forms of the page.
    pub fn csrf(&self) -> &str {
        &self.csrf
    }

    pub fn session(&self) -> &str {
        &self.session
    }

    /// Whether a form's token is the session's.
    pub fn csrf_matches(&self, sent: Option<&str>) -> bool {
        sent.is_some_and(|sent| same_secret(sent, &self.csrf))
    }
}

/// The value of cookie `name`, if the request sent it.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim())
}

/// A `Set-Cookie` value: `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure` when the request
/// came over TLS. `max_age` 0 deletes the cookie.
pub fn set_cookie(name: &str, value: &str, max_age: u64, secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .ok()
}

/// Finds the session of a page request and leaves its [`Viewer`] in the request.
pub async fn identify(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let found = cookie(request.headers(), SESSION_COOKIE).and_then(|id| {
        state
            .sessions()
            .get(id)
            .map(|(account, csrf)| (id.to_owned(), account, csrf))
    });
    if let Some((session, account, csrf)) = found {
        // A stat of accounts.toml, and a read only when it changed: a revoked account's
        // session ends at its next request.
        match state.desk().accounts().active(&account) {
            Ok(Some(account)) => {
                request.extensions_mut().insert(Viewer {
                    account: Arc::new(account),
                    session,
                    csrf,
                });
            }
            Ok(None) => state.sessions().close(&session),
            Err(err) => tracing::warn!(error = %err, "cannot read the accounts"),
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_open_and_close() {
        let sessions = Sessions::default();
        let id = sessions.open("patrir").unwrap();
        let (account, csrf) = sessions.get(&id).unwrap();
        assert_eq!(account, "patrir");
        assert_eq!(csrf.len(), 43);
        assert!(sessions.get("other").is_none());
        sessions.close(&id);
        assert!(sessions.get(&id).is_none());
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
        assert!(!same_secret("", "a"));
    }

    #[test]
    fn cookies_are_http_only_and_lax() {
        let value = set_cookie(SESSION_COOKIE, "x", 60, true).unwrap();
        assert_eq!(
            value.to_str().unwrap(),
            "epi_session=x; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure"
        );
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; epi_session=abc; b=2"),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(&headers, "c"), None);
    }
}
