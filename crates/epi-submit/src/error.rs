//! The errors of the submission crate: what the caller did wrong, and what went wrong here.

use std::path::PathBuf;

use crate::check::FieldError;

/// What can go wrong with accounts, submissions and reviews.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    /// The document or its target is not acceptable; each error names its field.
    #[error("the submission is not valid: {}", summary(.0))]
    Invalid(Vec<FieldError>),
    /// A request that cannot be carried out as asked (an empty reason, a bad role, …).
    #[error("{0}")]
    BadInput(String),
    #[error("there is no account '{0}'")]
    NoAccount(String),
    #[error("there is already an account '{0}'")]
    AccountExists(String),
    #[error("there is no submission '{0}'")]
    NoSubmission(String),
    #[error("submission {id} is {status} already: only pending submissions can be reviewed")]
    NotPending { id: String, status: String },
    #[error("{0} exists already: a published file is never overwritten")]
    Exists(PathBuf),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} cannot be read: {message}")]
    Corrupt { path: PathBuf, message: String },
}

fn summary(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl SubmitError {
    pub(crate) fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> SubmitError {
        let context = context.into();
        move |source| SubmitError::Io { context, source }
    }

    /// One error on one field.
    pub(crate) fn field(field: &str, message: impl Into<String>) -> SubmitError {
        SubmitError::Invalid(vec![FieldError::new(Some(field), message)])
    }
}

pub type Result<T, E = SubmitError> = std::result::Result<T, E>;
