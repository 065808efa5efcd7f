//! The submissions API (`/api/v1/submissions`): partners submit practices and translations and
//! follow their review; librarians list, approve and reject. Authenticated with
//! `Authorization: Bearer <token>`; errors are problem documents, invalid documents answer 422
//! with every problem and the field it is in.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use epi_submit::{Account, Actor, DocumentFields, Draft, Kind, Status, Submission};
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

use crate::error::{ApiError, ApiPath, Failure, FieldProblem, Problem};
use crate::state::AppState;

/// Largest request body of a submission: a case study is a few kilobytes.
pub const MAX_SUBMISSION_BODY: usize = epi_submit::MAX_DOCUMENT_BYTES;
/// Largest body of a review action (a reason).
const MAX_REVIEW_BODY: usize = 16 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/submissions",
            post(create)
                .layer(DefaultBodyLimit::max(MAX_SUBMISSION_BODY))
                .get(list),
        )
        .route("/submissions/{id}", get(show))
        .route(
            "/submissions/{id}/approve",
            post(approve)
                .layer(DefaultBodyLimit::max(MAX_REVIEW_BODY))
                .fallback(post_only),
        )
        .route(
            "/submissions/{id}/reject",
            post(reject)
                .layer(DefaultBodyLimit::max(MAX_REVIEW_BODY))
                .fallback(post_only),
        )
}

/// 405 for the review actions, which only take POST (the API's own fallback allows GET).
async fn post_only() -> Response {
    let problem = Problem {
        kind: "/api/v1/problems/method-not-allowed".into(),
        title: Failure::MethodNotAllowed.title().into(),
        status: StatusCode::METHOD_NOT_ALLOWED.as_u16(),
        detail: "this address answers POST requests only".into(),
        errors: None,
    };
    (
        StatusCode::METHOD_NOT_ALLOWED,
        [
            (header::CONTENT_TYPE, "application/problem+json"),
            (header::ALLOW, "POST"),
        ],
        serde_json::to_vec(&problem).unwrap_or_default(),
    )
        .into_response()
}

/// The OpenAPI paths of this module, merged into the API's document.
#[derive(OpenApi)]
#[openapi(
    paths(create, list, show, approve, reject),
    components(schemas(SubmissionView, Created, RejectRequest, FieldProblem, DocumentFields)),
    modifiers(&BearerAuth)
)]
pub struct SubmissionsDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The account a request's bearer token belongs to. A missing, malformed, unknown, revoked
/// or wrong token all get the same 401.
async fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Account, Failure> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, token) = v.trim().split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then(|| token.trim().to_owned())
        })
        .ok_or(Failure::Unauthorized)?;
    state
        .with_desk(move |desk, _| {
            desk.accounts()
                .authenticate(&token)
                .map_err(Failure::from)?
                .ok_or(Failure::Unauthorized)
        })
        .await
}

fn require_librarian(account: &Account) -> Result<(), Failure> {
    if account.is_librarian() {
        Ok(())
    } else {
        Err(Failure::Forbidden(
            "only librarians review submissions".into(),
        ))
    }
}

/// A submission as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionView {
    pub id: String,
    /// pending, published or rejected.
    pub status: String,
    /// new or translation.
    pub kind: String,
    pub org: String,
    pub account: String,
    pub created: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// Why it was rejected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Where it goes in the corpus: `<city>/<slug>.<lang>`.
    pub target: String,
    pub title: String,
    pub status_url: String,
    /// The practice's page, once published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub practice_url: Option<String>,
    /// The whole document (front matter and Markdown); in single-submission answers only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

fn status_url(id: &str) -> String {
    format!("/api/v1/submissions/{id}")
}

fn view(submission: Submission, with_document: bool) -> SubmissionView {
    let practice_url = (submission.status == Status::Published).then(|| {
        format!(
            "/practices/{}/{}",
            submission.target.practice(),
            submission.target.lang
        )
    });
    SubmissionView {
        status_url: status_url(&submission.id),
        id: submission.id,
        status: submission.status.to_string(),
        kind: submission.kind.to_string(),
        org: submission.org,
        account: submission.account,
        created: submission.created,
        reviewed: submission.reviewed,
        reviewer: submission.reviewer,
        reason: submission.reason,
        target: submission.target.to_string(),
        title: submission.title,
        practice_url,
        document: with_document.then_some(submission.document),
    }
}

/// The answer to a new submission.
#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: String,
    /// Always `pending`.
    pub status: String,
    pub status_url: String,
}

/// Query parameters of a Markdown submission.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkdownTarget {
    city: Option<String>,
    slug: Option<String>,
    lang: Option<String>,
    kind: Option<String>,
}

fn parse_kind(value: Option<&str>) -> Result<Kind, Failure> {
    match value {
        None | Some("") => Ok(Kind::New),
        Some(text) => text.parse().map_err(|message: String| {
            Failure::Invalid(vec![FieldProblem {
                field: Some("kind".into()),
                line: None,
                column: None,
                message,
            }])
        }),
    }
}

fn invalid(field: Option<&str>, message: impl Into<String>) -> Failure {
    Failure::Invalid(vec![FieldProblem {
        field: field.map(str::to_owned),
        line: None,
        column: None,
        message: message.into(),
    }])
}

/// A draft from a JSON body: the front-matter fields, `body`, and optionally `slug`, `kind`
/// and (for a translation) `practice` (`<city>/<slug>`).
fn draft_from_json(body: &[u8]) -> Result<Draft, Failure> {
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|err| Failure::BadRequest(format!("the body is not valid JSON: {err}")))?;
    let serde_json::Value::Object(mut map) = value else {
        return Err(Failure::BadRequest(
            "the body must be a JSON object with the document's fields".into(),
        ));
    };
    let mut take = |key: &str| -> Result<Option<String>, Failure> {
        match map.remove(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(text)) => Ok(Some(text)),
            Some(_) => Err(invalid(Some(key), format!("'{key}' must be a string"))),
        }
    };
    let kind = parse_kind(take("kind")?.as_deref())?;
    let mut slug = take("slug")?;
    let practice = take("practice")?;
    let mut city = None;
    if let Some(practice) = practice {
        let Some((practice_city, practice_slug)) = practice.split_once('/') else {
            return Err(invalid(
                Some("practice"),
                "'practice' is a practice id: <city>/<slug>, such as cluj-napoca/one-stop-shop",
            ));
        };
        city = Some(practice_city.to_owned());
        slug = Some(practice_slug.to_owned());
    }
    let fields: DocumentFields = serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|err| invalid(None, err.to_string()))?;
    Ok(Draft {
        kind,
        city,
        slug,
        lang: fields.lang.clone(),
        text: fields.to_document(),
    })
}

/// A draft from a Markdown body (the file as the corpus stores it), the target in the query.
fn draft_from_markdown(body: &[u8], query: Option<&str>) -> Result<Draft, Failure> {
    let target: MarkdownTarget = match query {
        Some(query) => serde_urlencoded::from_str(query)
            .map_err(|err| Failure::BadRequest(format!("invalid query parameters: {err}")))?,
        None => MarkdownTarget::default(),
    };
    let text = std::str::from_utf8(body)
        .map_err(|_| Failure::BadRequest("the document is not UTF-8 text".into()))?;
    Ok(Draft {
        kind: parse_kind(target.kind.as_deref())?,
        city: target.city,
        slug: target.slug,
        lang: target.lang,
        text: text.to_owned(),
    })
}

/// Submits a practice (or a translation) for review. Send the document either as JSON — the
/// front-matter fields by name plus `body`, and optionally `slug`, `kind` (`new` or
/// `translation`) and `practice` (`<city>/<slug>`, the practice a translation belongs to) — or
/// as `text/markdown`, the file exactly as the corpus stores it, with the target in the query:
/// `city`, `slug`, `lang` (optional) and `kind`. The document is checked by the corpus's own
/// validator. Bodies are limited to 256 KiB.
#[utoipa::path(
    post,
    path = "/api/v1/submissions",
    request_body(content(
        (DocumentFields = "application/json"),
        (String = "text/markdown")
    ), description = "The document"),
    params(
        ("city" = Option<String>, Query, description = "Markdown only: the city slug"),
        ("slug" = Option<String>, Query, description = "Markdown only: the practice slug (made from the title when absent)"),
        ("lang" = Option<String>, Query, description = "Markdown only: the language (from the document when absent)"),
        ("kind" = Option<String>, Query, description = "Markdown only: new (default) or translation")
    ),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Saved, waiting for review", body = Created, headers(("Location" = String, description = "The submission's address"))),
        (status = 400, description = "Malformed JSON or parameters", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that was not accepted", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 256 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Neither JSON nor Markdown", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The document is not valid: `errors` lists every problem with its field, line and column", body = Problem, content_type = "application/problem+json")
    )
)]
async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let account = authenticate(&state, &headers).await?;
    let body = body.map_err(body_failure)?;
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let draft = match media.as_str() {
        "application/json" => draft_from_json(&body)?,
        "text/markdown" | "text/x-markdown" => draft_from_markdown(&body, query.as_deref())?,
        _ => {
            return Err(Failure::UnsupportedMediaType(
                "send the document as application/json (fields) or text/markdown (the file)".into(),
            )
            .into());
        }
    };
    let submission = state
        .with_desk(move |desk, _| desk.submit(&account, &draft).map_err(Failure::from))
        .await?;
    tracing::info!(submission = %submission.id, target = %submission.target, org = %submission.org, "submission received");
    let location = status_url(&submission.id);
    let created = Created {
        id: submission.id,
        status: submission.status.to_string(),
        status_url: location.clone(),
    };
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(created),
    )
        .into_response())
}

fn body_failure(rejection: BytesRejection) -> Failure {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Failure::TooLarge(format!(
            "the body is larger than {} KiB",
            MAX_SUBMISSION_BODY / 1024
        ))
    } else {
        Failure::BadRequest(format!("cannot read the body: {}", rejection.body_text()))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    status: Option<String>,
}

/// Lists submissions, oldest first: a librarian sees all, a partner its organisation's.
#[utoipa::path(
    get,
    path = "/api/v1/submissions",
    params(("status" = Option<String>, Query, description = "pending, published or rejected")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The submissions", body = Vec<SubmissionView>),
        (status = 400, description = "An unknown status", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that was not accepted", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Vec<SubmissionView>>, ApiError> {
    let account = authenticate(&state, &headers).await?;
    let query: ListQuery = serde_urlencoded::from_str(query.as_deref().unwrap_or(""))
        .map_err(|err| Failure::BadRequest(format!("invalid query parameters: {err}")))?;
    let status = match query.status.as_deref() {
        None | Some("") => None,
        Some(text) => Some(text.parse::<Status>().map_err(Failure::BadRequest)?),
    };
    let submissions = state
        .with_desk(move |desk, _| {
            let org = (!account.is_librarian()).then_some(account.org.as_str());
            desk.list(status, org).map_err(Failure::from)
        })
        .await?;
    Ok(Json(
        submissions.into_iter().map(|s| view(s, false)).collect(),
    ))
}

/// A submission the account may see: any for a librarian, its organisation's for a partner
/// (another organisation's is "not found", so ids reveal nothing).
async fn visible(state: &AppState, account: Account, id: String) -> Result<Submission, Failure> {
    state
        .with_desk(move |desk, _| {
            let not_found = || {
                Failure::NotFound(format!(
                    "there is no submission '{}'",
                    id.chars().take(64).collect::<String>()
                ))
            };
            let submission = desk
                .get(&id)
                .map_err(Failure::from)?
                .ok_or_else(not_found)?;
            if account.is_librarian() || submission.org == account.org {
                Ok(submission)
            } else {
                Err(not_found())
            }
        })
        .await
}

/// Reads one submission with its document and its review.
#[utoipa::path(
    get,
    path = "/api/v1/submissions/{id}",
    params(("id" = String, Path, description = "The submission id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The submission", body = SubmissionView),
        (status = 401, description = "No token, or a token that was not accepted", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such submission (or another organisation's)", body = Problem, content_type = "application/problem+json")
    )
)]
async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<SubmissionView>, ApiError> {
    let account = authenticate(&state, &headers).await?;
    let submission = visible(&state, account, id).await?;
    Ok(Json(view(submission, true)))
}

/// Approves a pending submission (librarians): its document joins the corpus and is searchable
/// within a second.
#[utoipa::path(
    post,
    path = "/api/v1/submissions/{id}/approve",
    params(("id" = String, Path, description = "The submission id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Published", body = SubmissionView),
        (status = 401, description = "No token, or a token that was not accepted", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a librarian", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such submission", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Reviewed already, or its file exists in the corpus", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The document is no longer valid", body = Problem, content_type = "application/problem+json")
    )
)]
async fn approve(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<SubmissionView>, ApiError> {
    let account = authenticate(&state, &headers).await?;
    require_librarian(&account)?;
    let submission = approve_and_index(&state, Actor::account(&account), id).await?;
    Ok(Json(view(submission, false)))
}

/// Approves a submission, then asks for its file to be indexed and applies the request at once
/// (the server holds the index writer), so the practice is searchable when this returns.
pub async fn approve_and_index(
    state: &AppState,
    actor: Actor,
    id: String,
) -> Result<Submission, Failure> {
    state
        .with_desk(move |desk, library| {
            let approved = desk.approve(&actor, &id).map_err(Failure::from)?;
            // The approval stands once the corpus file is written; indexing failures are
            // logged and retried by the poll (the request file stays until applied).
            match epi_ingest::updates::request_update(library.index_root(), &approved.relative_path) {
                Ok(_) => {
                    if let Err(err) = library.apply_updates() {
                        tracing::warn!(error = %err, "cannot index the approved document now; the poll retries");
                    }
                }
                Err(err) => tracing::error!(error = %err, file = %approved.relative_path.display(), "cannot ask for the approved document to be indexed; it is in the corpus and the next rebuild indexes it"),
            }
            Ok(approved.submission)
        })
        .await
}

/// Why a submission is rejected.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectRequest {
    /// What the partner should know or change (required, at most 2,000 characters).
    pub reason: String,
}

/// Rejects a pending submission with a reason the partner sees (librarians).
#[utoipa::path(
    post,
    path = "/api/v1/submissions/{id}/reject",
    params(("id" = String, Path, description = "The submission id")),
    request_body(content = RejectRequest, content_type = "application/json"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Rejected", body = SubmissionView),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that was not accepted", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a librarian", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such submission", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Reviewed already", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An empty or too long reason", body = Problem, content_type = "application/problem+json")
    )
)]
async fn reject(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<SubmissionView>, ApiError> {
    let account = authenticate(&state, &headers).await?;
    require_librarian(&account)?;
    let body = body.map_err(body_failure)?;
    let request: RejectRequest = serde_json::from_slice(&body).map_err(|err| {
        Failure::BadRequest(format!(
            "expected a JSON object {{\"reason\": \"…\"}}: {err}"
        ))
    })?;
    let actor = Actor::account(&account);
    let submission = state
        .with_desk(move |desk, _| {
            desk.reject(&actor, &id, &request.reason)
                .map_err(Failure::from)
        })
        .await?;
    Ok(Json(view(submission, false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_openapi_document_has_the_submission_paths_and_the_bearer_scheme() {
        let document = crate::openapi_document();
        for (path, method) in [
            ("/api/v1/submissions", "post"),
            ("/api/v1/submissions", "get"),
            ("/api/v1/submissions/{id}", "get"),
            ("/api/v1/submissions/{id}/approve", "post"),
            ("/api/v1/submissions/{id}/reject", "post"),
        ] {
            assert!(
                document["paths"][path][method].is_object(),
                "{method} {path}"
            );
        }
        assert_eq!(
            document["components"]["securitySchemes"]["bearer"]["scheme"],
            "bearer"
        );
        // The search paths are still there.
        assert!(document["paths"]["/api/v1/health"]["get"].is_object());
        assert!(document["paths"]["/api/v1/search"]["get"].is_object());
    }

    #[test]
    fn json_drafts_take_their_target_from_the_request() {
        let draft = draft_from_json(
            br#"{"kind": "translation", "practice": "riga/language-courses", "title": "Kursy", "lang": "pl", "body": "Tekst."}"#,
        )
        .unwrap();
        assert_eq!(draft.kind, Kind::Translation);
        assert_eq!(draft.city.as_deref(), Some("riga"));
        assert_eq!(draft.slug.as_deref(), Some("language-courses"));
        assert_eq!(draft.lang.as_deref(), Some("pl"));
        assert!(
            draft.text.starts_with("+++\ntitle = \"Kursy\"\n"),
            "{}",
            draft.text
        );

        assert!(matches!(
            draft_from_json(b"[1, 2]"),
            Err(Failure::BadRequest(_))
        ));
        assert!(matches!(
            draft_from_json(b"{\"title\": "),
            Err(Failure::BadRequest(_))
        ));
        let Err(Failure::Invalid(problems)) = draft_from_json(br#"{"kind": "other"}"#) else {
            panic!("an unknown kind is invalid");
        };
        assert_eq!(problems[0].field.as_deref(), Some("kind"));
        let Err(Failure::Invalid(problems)) = draft_from_json(br#"{"titel": "x"}"#) else {
            panic!("an unknown field is invalid");
        };
        assert!(
            problems[0].message.contains("titel"),
            "{}",
            problems[0].message
        );
        let Err(Failure::Invalid(problems)) = draft_from_json(br#"{"slug": 5}"#) else {
            panic!("a slug must be text");
        };
        assert_eq!(problems[0].field.as_deref(), Some("slug"));
    }
}
