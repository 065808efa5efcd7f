//! The audit log: who did what, when, one JSON object per line in `data/audit.log`.
//!
//! An entry is appended in one write under an OS lock and fsync'd before the action it records
//! is acknowledged, so the log never misses an acknowledged action (it may, after a crash,
//! record an action whose answer never reached the client).

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::durable;
use crate::error::{Result, SubmitError};
use crate::stamp::now_rfc3339;

const FILE: &str = "audit.log";
/// Longest `details` text kept in an entry.
const MAX_DETAILS_CHARS: usize = 2000;

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Submitted,
    Approved,
    Rejected,
    AccountAdded,
    AccountRevoked,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub time: String,
    /// The account id (or `local:<user>` for the command line without `--as`).
    pub actor: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_org: Option<String>,
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

impl AuditEntry {
    /// An entry stamped now.
    pub fn new(actor: &str, actor_org: Option<&str>, action: Action) -> AuditEntry {
        AuditEntry {
            time: now_rfc3339(),
            actor: actor.to_owned(),
            actor_org: actor_org.map(str::to_owned),
            action,
            submission: None,
            account: None,
            details: None,
        }
    }

    pub fn submission(mut self, id: &str) -> AuditEntry {
        self.submission = Some(id.to_owned());
        self
    }

    pub fn account(mut self, id: &str) -> AuditEntry {
        self.account = Some(id.to_owned());
        self
    }

    pub fn details(mut self, details: &str) -> AuditEntry {
        self.details = Some(details.chars().take(MAX_DETAILS_CHARS).collect());
        self
    }
}

/// The audit log of a data folder.
#[derive(Debug, Clone)]
pub struct AuditLog {
    path: PathBuf,
}

impl AuditLog {
    pub fn new(data: &Path) -> AuditLog {
        AuditLog {
            path: data.join(FILE),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends an entry durably.
    pub fn append(&self, entry: &AuditEntry) -> Result<()> {
        let mut line = serde_json::to_vec(entry).map_err(|err| SubmitError::Corrupt {
            path: self.path.clone(),
            message: err.to_string(),
        })?;
        line.push(b'\n');
        durable::append_line(&self.path, &line)?;
        tracing::info!(actor = %entry.actor, action = ?entry.action, submission = ?entry.submission, account = ?entry.account, "audit");
        Ok(())
    }

    /// Every entry, oldest first. A line that cannot be read (a torn last line after a crash)
    /// is skipped with a warning.
    pub fn entries(&self) -> Result<Vec<AuditEntry>> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => {
                return Err(SubmitError::io(format!(
                    "cannot read {}",
                    self.path.display()
                ))(err));
            }
        };
        let mut entries = Vec::new();
        for (number, line) in text.lines().enumerate() {
            match serde_json::from_str(line) {
                Ok(entry) => entries.push(entry),
                Err(err) => {
                    tracing::warn!(line = number + 1, error = %err, "unreadable audit line")
                }
            }
        }
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_appended_as_json_lines() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::new(dir.path());
        assert!(log.entries().unwrap().is_empty());
        log.append(&AuditEntry::new("patrir", Some("PATRIR"), Action::Submitted).submission("s-1"))
            .unwrap();
        log.append(
            &AuditEntry::new("local:ana", None, Action::Rejected)
                .submission("s-1")
                .details("out of scope\nsecond line"),
        )
        .unwrap();
        let text = fs::read_to_string(log.path()).unwrap();
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(
            text.lines()
                .next()
                .unwrap()
                .contains(r#""action":"submitted""#)
        );
        let entries = log.entries().unwrap();
        assert_eq!(entries[0].actor_org.as_deref(), Some("PATRIR"));
        assert_eq!(entries[1].action, Action::Rejected);
        assert_eq!(
            entries[1].details.as_deref(),
            Some("out of scope\nsecond line")
        );
    }

    #[test]
    fn a_torn_last_line_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::new(dir.path());
        log.append(&AuditEntry::new("a", None, Action::AccountAdded).account("b"))
            .unwrap();
        durable::append_line(log.path(), b"{\"time\":\"20").unwrap();
        assert_eq!(log.entries().unwrap().len(), 1);
    }
}
