//! Errors: what stops the server from starting, and what a request can fail with.
//!
//! A request failure has one meaning ([`Failure`]) and two faces: an RFC 9457 problem document
//! for the API and an HTML page for people. Internal details are logged, never sent.

use axum::extract::FromRequestParts;
use axum::extract::rejection::PathRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// What stops the server from starting or serving.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Index(#[from] epi_index::IndexError),
    #[error(transparent)]
    Ingest(#[from] epi_ingest::IngestError),
    #[error(
        "the corpus has {invalid_files} invalid files, so no index could be built: run `epi check`, fix them and start again"
    )]
    InvalidCorpus { invalid_files: usize },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the server stopped on an IO error: {0}")]
    Io(#[from] std::io::Error),
}

/// A problem with one field of a submitted document (`line` and `column` point into the
/// document's text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldProblem {
    /// The front-matter field (`domains`, `period.start`, `contact.email`, `body`, `slug`, …);
    /// absent for the document as a whole.
    pub field: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl From<epi_submit::FieldError> for FieldProblem {
    fn from(error: epi_submit::FieldError) -> FieldProblem {
        FieldProblem {
            field: error.field,
            line: error.line,
            column: error.column,
            message: error.message,
        }
    }
}

/// Why a request failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The request is malformed; the message says what to change.
    BadRequest(String),
    /// Nothing at this address.
    NotFound(String),
    /// The address exists, but not for this method.
    MethodNotAllowed,
    /// Too many searches at once; try again shortly.
    Busy,
    /// No credentials, or credentials that were not accepted (always the same answer).
    Unauthorized,
    /// Authenticated, but not allowed to do this; the message says why.
    Forbidden(String),
    /// The request clashes with the current state (a submission reviewed already, a file that
    /// exists).
    Conflict(String),
    /// The body is larger than this address accepts.
    TooLarge(String),
    /// The body is not of a type this address reads.
    UnsupportedMediaType(String),
    /// The request was understood, but its content is not valid; each problem names its field.
    Invalid(Vec<FieldProblem>),
    /// Too many attempts from this client; try again after this many seconds.
    TooManyRequests { retry_after: u64 },
    /// A fault of the server; details are in the log.
    Internal,
}

impl Failure {
    pub fn status(&self) -> StatusCode {
        match self {
            Failure::BadRequest(_) => StatusCode::BAD_REQUEST,
            Failure::NotFound(_) => StatusCode::NOT_FOUND,
            Failure::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Failure::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Failure::Unauthorized => StatusCode::UNAUTHORIZED,
            Failure::Forbidden(_) => StatusCode::FORBIDDEN,
            Failure::Conflict(_) => StatusCode::CONFLICT,
            Failure::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Failure::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Failure::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Failure::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Failure::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A short, stable title for the kind of failure.
    pub fn title(&self) -> &'static str {
        match self {
            Failure::BadRequest(_) => "Bad request",
            Failure::NotFound(_) => "Not found",
            Failure::MethodNotAllowed => "Method not allowed",
            Failure::Busy => "Busy",
            Failure::Unauthorized => "Unauthorized",
            Failure::Forbidden(_) => "Forbidden",
            Failure::Conflict(_) => "Conflict",
            Failure::TooLarge(_) => "Content too large",
            Failure::UnsupportedMediaType(_) => "Unsupported media type",
            Failure::Invalid(_) => "Invalid content",
            Failure::TooManyRequests { .. } => "Too many requests",
            Failure::Internal => "Internal error",
        }
    }

    /// A stable identifier of the kind of failure (the problem `type`, relative to the API).
    pub fn code(&self) -> &'static str {
        match self {
            Failure::BadRequest(_) => "bad-request",
            Failure::NotFound(_) => "not-found",
            Failure::MethodNotAllowed => "method-not-allowed",
            Failure::Busy => "busy",
            Failure::Unauthorized => "unauthorized",
            Failure::Forbidden(_) => "forbidden",
            Failure::Conflict(_) => "conflict",
            Failure::TooLarge(_) => "too-large",
            Failure::UnsupportedMediaType(_) => "unsupported-media-type",
            Failure::Invalid(_) => "invalid",
            Failure::TooManyRequests { .. } => "too-many-requests",
            Failure::Internal => "internal",
        }
    }

    /// What the reader should know, in a sentence.
    pub fn detail(&self) -> String {
        match self {
            Failure::BadRequest(message)
            | Failure::NotFound(message)
            | Failure::Forbidden(message)
            | Failure::Conflict(message)
            | Failure::TooLarge(message)
            | Failure::UnsupportedMediaType(message) => message.clone(),
            Failure::Unauthorized => "the token was not accepted: send `Authorization: Bearer <token>` with a valid token".into(),
            Failure::Invalid(problems) => format!(
                "the content is not valid: {} problem(s), listed in `errors`",
                problems.len()
            ),
            Failure::TooManyRequests { retry_after } => {
                format!("too many attempts from this address: try again in {retry_after} s")
            }
            Failure::MethodNotAllowed => "this address answers GET requests only".into(),
            Failure::Busy => {
                "the library is answering many searches at once; try again in a moment".into()
            }
            Failure::Internal => {
                "the library could not answer because of an internal fault; it has been logged"
                    .into()
            }
        }
    }

    /// Logs an internal error and hides its details from the client.
    pub fn internal(err: &dyn std::fmt::Display) -> Failure {
        tracing::error!(error = %err, "internal error");
        Failure::Internal
    }
}

impl From<epi_submit::SubmitError> for Failure {
    fn from(err: epi_submit::SubmitError) -> Failure {
        use epi_submit::SubmitError;
        match err {
            SubmitError::Invalid(errors) => {
                Failure::Invalid(errors.into_iter().map(FieldProblem::from).collect())
            }
            SubmitError::BadInput(message) => Failure::BadRequest(message),
            SubmitError::NoSubmission(_) | SubmitError::NoAccount(_) => {
                Failure::NotFound(err.to_string())
            }
            SubmitError::NotPending { .. }
            | SubmitError::Exists(_)
            | SubmitError::AccountExists(_) => Failure::Conflict(err.to_string()),
            SubmitError::Io { .. } | SubmitError::Corrupt { .. } => Failure::internal(&err),
        }
    }
}

impl From<epi_ingest::IngestError> for Failure {
    fn from(err: epi_ingest::IngestError) -> Failure {
        Failure::internal(&err)
    }
}

impl From<epi_index::IndexError> for Failure {
    fn from(err: epi_index::IndexError) -> Failure {
        Failure::internal(&err)
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong with this request, readable by a person.
    pub detail: String,
    /// For invalid content (422): every problem, with the field it is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldProblem>>,
}

/// A failure answered as `application/problem+json`.
#[derive(Debug)]
pub struct ApiError(pub Failure);

impl From<Failure> for ApiError {
    fn from(failure: Failure) -> ApiError {
        ApiError(failure)
    }
}

impl From<epi_index::IndexError> for ApiError {
    fn from(err: epi_index::IndexError) -> ApiError {
        ApiError(err.into())
    }
}

impl From<PathRejection> for Failure {
    /// A path segment that is not what the route expects (for example invalid UTF-8) is a bad
    /// request in the API's or the page's own error format, not axum's plain text.
    fn from(rejection: PathRejection) -> Failure {
        if rejection.status().is_client_error() {
            Failure::BadRequest(rejection.body_text())
        } else {
            tracing::error!(error = %rejection.body_text(), "a route's path parameters do not match its handler");
            Failure::Internal
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> ApiError {
        ApiError(rejection.into())
    }
}

/// `axum::extract::Path` whose rejection is a problem+json 400.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        problem_response(&self.0)
    }
}

/// The problem+json response of a failure.
pub fn problem_response(failure: &Failure) -> Response {
    let status = failure.status();
    let problem = Problem {
        kind: format!("/api/v1/problems/{}", failure.code()),
        title: failure.title().into(),
        status: status.as_u16(),
        detail: failure.detail(),
        errors: match failure {
            Failure::Invalid(problems) => Some(problems.clone()),
            _ => None,
        },
    };
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        body,
    )
        .into_response();
    add_failure_headers(failure, &mut response);
    response
}

/// Headers a failure implies, whatever its face: when to retry, which methods are allowed.
pub fn add_failure_headers(failure: &Failure, response: &mut Response) {
    let headers = response.headers_mut();
    match failure {
        Failure::Busy => {
            headers.insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
        }
        Failure::MethodNotAllowed => {
            headers.insert(header::ALLOW, header::HeaderValue::from_static("GET, HEAD"));
        }
        Failure::Unauthorized => {
            headers.insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"epi\""),
            );
        }
        Failure::TooManyRequests { retry_after } => {
            headers.insert(header::RETRY_AFTER, header::HeaderValue::from(*retry_after));
        }
        _ => {}
    }
}
