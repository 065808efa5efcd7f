//! Partner submissions: accounts and their tokens, submissions waiting for review, the audit
//! log, and the librarians' review actions (approve: the document joins the corpus; reject: with
//! a reason the partner sees).
//!
//! Everything lives in one data folder (`data/` by default):
//!
//! ```text
//! data/
//!   accounts.toml          [[account]] id, role, org, city, token_hash (argon2id PHC), created, revoked
//!   accounts.lock          held (OS lock) while accounts.toml is rewritten
//!   submissions/<id>.json  one file per submission, rewritten atomically on every change
//!   submissions.lock       held while a submission is created or its status changes
//!   audit.log              JSON lines, appended under an OS lock, fsync'd before an action is acknowledged
//! ```
//!
//! A submitted document is validated by `epi_corpus::parse_document`, the validator of the
//! corpus itself, so a submission is accepted or refused exactly as `epi check` would. Every
//! write that an answer acknowledges is durable first: temporary file, fsync, rename, fsync of
//! the folder. An approved document is written to the corpus, never over an existing file.
//!
//! This crate knows no HTTP and no tantivy: the server and the command line call it, and
//! `epi-ingest` brings approved documents into the index.

mod accounts;
mod audit;
mod check;
mod desk;
mod durable;
mod error;
mod fields;
mod stamp;
mod submission;
mod template;
mod token;

pub use accounts::{Account, Accounts, NewAccount, Role, is_valid_account_id};
pub use audit::{Action, AuditEntry, AuditLog};
pub use check::{Checked, FieldError, MAX_DOCUMENT_BYTES, MAX_REASON_CHARS, check_slug};
pub use desk::{Actor, Approved, Desk, Draft};
pub use error::{Result, SubmitError};
pub use fields::{ContactFields, DocumentFields, LinkFields, PeriodFields};
pub use stamp::now_rfc3339;
pub use submission::{Kind, Status, Submission, Submissions, Target, is_valid_submission_id};
pub use template::body_skeleton;
pub use token::Token;

#[cfg(test)]
mod tests;
