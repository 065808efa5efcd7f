//! The submission desk: what partners and librarians do, each action checked, made durable
//! and written to the audit log before it is acknowledged.

use std::path::{Path, PathBuf};

use epi_corpus::DocLocation;
use epi_model::Lang;
use epi_model::practice::slugify;

use crate::accounts::{Account, Accounts, NewAccount};
use crate::audit::{Action, AuditEntry, AuditLog};
use crate::check::{
    self, Checked, FieldError, MAX_REASON_CHARS, check_slug, practice_exists, slug_from_title,
    version_exists,
};
use crate::durable;
use crate::error::{Result, SubmitError};
use crate::stamp::now_rfc3339;
use crate::submission::{Kind, Status, Submission, Submissions, Target, new_id};
use crate::token::Token;

/// Held while a submission is created or reviewed: the checks against other submissions and
/// the write are one step, also across processes.
const SUBMISSIONS_LOCK: &str = "submissions.lock";
/// Stands for a city the document does not name, so validation can still run (and report the
/// missing `city`).
const UNKNOWN_CITY: &str = "unknown-city";

/// Who acts: an account, or a librarian at the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: String,
    pub org: Option<String>,
}

impl Actor {
    pub fn account(account: &Account) -> Actor {
        Actor {
            id: account.id.clone(),
            org: Some(account.org.clone()),
        }
    }

    /// A librarian at the command line, known by the operating system's user name.
    pub fn local(user: &str) -> Actor {
        Actor {
            id: format!("local:{user}"),
            org: None,
        }
    }

    fn entry(&self, action: Action) -> AuditEntry {
        AuditEntry::new(&self.id, self.org.as_deref(), action)
    }
}

/// A document offered for review, and where it should go.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub kind: Kind,
    /// The city slug; taken from the document's `city` when absent.
    pub city: Option<String>,
    /// The practice slug; for a new practice made from the title when absent.
    pub slug: Option<String>,
    /// The language code; taken from the document (or detected) when absent.
    pub lang: Option<String>,
    /// The whole document: front matter and body.
    pub text: String,
}

/// An approved submission and the corpus file it became.
#[derive(Debug, Clone)]
pub struct Approved {
    pub submission: Submission,
    /// Relative to the corpus root.
    pub relative_path: PathBuf,
}

/// The data folder with its accounts, submissions and audit log, and the corpus approved
/// documents go to.
#[derive(Debug)]
pub struct Desk {
    data: PathBuf,
    corpus: PathBuf,
    accounts: Accounts,
    submissions: Submissions,
    audit: AuditLog,
}

impl Desk {
    pub fn new(data: &Path, corpus: &Path) -> Desk {
        Desk {
            data: data.to_path_buf(),
            corpus: corpus.to_path_buf(),
            accounts: Accounts::new(data),
            submissions: Submissions::new(data),
            audit: AuditLog::new(data),
        }
    }

    pub fn data(&self) -> &Path {
        &self.data
    }

    pub fn corpus(&self) -> &Path {
        &self.corpus
    }

    pub fn accounts(&self) -> &Accounts {
        &self.accounts
    }

    pub fn audit(&self) -> &AuditLog {
        &self.audit
    }

    fn lock(&self) -> Result<durable::LockGuard> {
        durable::create_dir_durably(&self.data)?;
        durable::lock(&self.data.join(SUBMISSIONS_LOCK))
    }

    /// Adds an account (see [`Accounts::add`]) and records who did.
    pub fn add_account(&self, actor: &Actor, new: NewAccount) -> Result<(Account, Token)> {
        let (account, token) = self.accounts.add(new)?;
        let details = format!("role {}, org {}", account.role, account.org);
        self.audit.append(
            &actor
                .entry(Action::AccountAdded)
                .account(&account.id)
                .details(&details),
        )?;
        Ok((account, token))
    }

    /// Revokes an account and records who did.
    pub fn revoke_account(&self, actor: &Actor, id: &str) -> Result<Account> {
        let account = self.accounts.revoke(id)?;
        self.audit
            .append(&actor.entry(Action::AccountRevoked).account(id))?;
        Ok(account)
    }

    /// Checks a draft without saving anything: target, document and conflicts with the corpus
    /// and with pending submissions. The preview shows this.
    pub fn check(&self, draft: &Draft) -> Checked {
        let mut checked = Checked::default();
        let Some(location) = self.locate(draft, &mut checked) else {
            return checked;
        };
        check::validate(&location, &draft.text, &mut checked);
        if let Some(target) = checked.target.clone() {
            match self.submissions.list() {
                Ok(all) => self.conflicts(draft.kind, &target, &all, &mut checked),
                Err(err) => tracing::warn!(error = %err, "cannot list submissions for the check"),
            }
        }
        checked
    }

    /// Where a draft goes, as far as it can be told before validation; errors on `city`,
    /// `slug` or `lang` when the draft names them wrongly.
    fn locate(&self, draft: &Draft, checked: &mut Checked) -> Option<DocLocation> {
        let peek = check::peek(&draft.text);
        let city = match draft
            .city
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            Some(city) => match check_slug("city", city) {
                Ok(()) => city.to_owned(),
                Err(error) => {
                    checked.errors.push(error);
                    return None;
                }
            },
            None => peek
                .city
                .as_deref()
                .map(slugify)
                .filter(|c| epi_model::practice::is_valid_slug(c))
                .unwrap_or_else(|| UNKNOWN_CITY.to_owned()),
        };
        let slug = match draft
            .slug
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(slug) => slug.to_owned(),
            None if draft.kind == Kind::Translation => {
                checked.errors.push(FieldError::new(
                    Some("slug"),
                    "a translation names the practice it translates: give its slug",
                ));
                return None;
            }
            None => match &peek.title {
                Some(title) => slug_from_title(title),
                None => {
                    checked.errors.push(FieldError::new(
                        Some("slug"),
                        "give a slug for the practice, or a title to make one from",
                    ));
                    // Validation still runs, so every other problem is reported too.
                    "untitled-practice".to_owned()
                }
            },
        };
        if let Err(error) = check_slug("slug", &slug) {
            checked.errors.push(error);
            return None;
        }
        let lang = match draft
            .lang
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            Some(code) => match Lang::from_code(code) {
                Some(lang) => Some(lang),
                None => {
                    checked.errors.push(FieldError::new(
                        Some("lang"),
                        format!(
                            "unknown language '{}': expected one of en, ro, it, es, de, sv, pl, lv",
                            code.chars().take(20).collect::<String>()
                        ),
                    ));
                    return None;
                }
            },
            None => peek.lang.as_deref().and_then(Lang::from_code),
        };
        Some(DocLocation { city, slug, lang })
    }

    /// Adds the errors of a target that clashes with the corpus or with pending submissions.
    fn conflicts(&self, kind: Kind, target: &Target, all: &[Submission], checked: &mut Checked) {
        let pending = all.iter().filter(|s| s.status == Status::Pending);
        let practice = target.practice();
        match kind {
            Kind::New => {
                let taken = practice_exists(&self.corpus, &target.city, &target.slug)
                    || pending
                        .clone()
                        .any(|s| s.target.city == target.city && s.target.slug == target.slug);
                if taken {
                    checked.errors.push(FieldError::new(
                        Some("slug"),
                        format!(
                            "the practice {practice} exists already or is waiting for review: choose another slug, or add a translation of it"
                        ),
                    ));
                }
            }
            Kind::Translation => {
                if !practice_exists(&self.corpus, &target.city, &target.slug) {
                    checked.errors.push(FieldError::new(
                        Some("slug"),
                        format!("there is no published practice {practice} to translate"),
                    ));
                } else if version_exists(&self.corpus, target) {
                    checked.errors.push(FieldError::new(
                        Some("lang"),
                        format!(
                            "{practice} has a version in {} already",
                            target.lang.english_name()
                        ),
                    ));
                } else if pending.clone().any(|s| s.target == *target) {
                    checked.errors.push(FieldError::new(
                        Some("lang"),
                        format!(
                            "a version of {practice} in {} is already waiting for review",
                            target.lang.english_name()
                        ),
                    ));
                }
            }
        }
    }

    /// Saves a valid draft as a pending submission of `account`. The file and the audit entry
    /// are on disk when this returns.
    pub fn submit(&self, account: &Account, draft: &Draft) -> Result<Submission> {
        let mut checked = Checked::default();
        let Some(location) = self.locate(draft, &mut checked) else {
            return Err(SubmitError::Invalid(checked.errors));
        };
        check::validate(&location, &draft.text, &mut checked);
        let (Some(document), Some(target), true) = (
            checked.document.take(),
            checked.target.take(),
            checked.errors.is_empty(),
        ) else {
            return Err(SubmitError::Invalid(checked.errors));
        };
        // The conflict checks and the write are one step under the lock, so two partners
        // cannot both take the same slug.
        let _lock = self.lock()?;
        self.conflicts(draft.kind, &target, &self.submissions.list()?, &mut checked);
        if !checked.errors.is_empty() {
            return Err(SubmitError::Invalid(checked.errors));
        }
        let submission = Submission {
            id: new_id()?,
            status: Status::Pending,
            kind: draft.kind,
            org: account.org.clone(),
            account: account.id.clone(),
            created: now_rfc3339(),
            reviewed: None,
            reviewer: None,
            reason: None,
            target,
            title: document.practice.title,
            document: draft.text.clone(),
        };
        self.submissions.save(&submission)?;
        self.audit.append(
            &Actor::account(account)
                .entry(Action::Submitted)
                .submission(&submission.id)
                .details(&format!("{} {}", submission.kind, submission.target)),
        )?;
        Ok(submission)
    }

    pub fn get(&self, id: &str) -> Result<Option<Submission>> {
        self.submissions.get(id)
    }

    /// Submissions, oldest first, with the given status (any when `None`) and, when `org` is
    /// given, of that organisation only.
    pub fn list(&self, status: Option<Status>, org: Option<&str>) -> Result<Vec<Submission>> {
        Ok(self
            .submissions
            .list()?
            .into_iter()
            .filter(|s| status.is_none_or(|status| s.status == status))
            .filter(|s| org.is_none_or(|org| s.org == org))
            .collect())
    }

    /// The validation report of a stored submission, as it stands now (the corpus may have
    /// changed since it was submitted).
    pub fn review_report(&self, submission: &Submission) -> Checked {
        let mut checked = Checked::default();
        let location = DocLocation {
            city: submission.target.city.clone(),
            slug: submission.target.slug.clone(),
            lang: Some(submission.target.lang),
        };
        check::validate(&location, &submission.document, &mut checked);
        if submission.status == Status::Pending && version_exists(&self.corpus, &submission.target)
        {
            checked.errors.push(FieldError::new(
                Some("lang"),
                format!(
                    "{} is in the corpus already",
                    submission.target.relative_path().display()
                ),
            ));
        }
        checked
    }

    fn pending(&self, id: &str) -> Result<Submission> {
        let submission = self
            .submissions
            .get(id)?
            .ok_or_else(|| SubmitError::NoSubmission(id.chars().take(64).collect()))?;
        if submission.status != Status::Pending {
            return Err(SubmitError::NotPending {
                id: submission.id,
                status: submission.status.to_string(),
            });
        }
        Ok(submission)
    }

    /// Publishes a pending submission: writes its document to the corpus (never over an
    /// existing file), marks it published and records it. Indexing is the caller's next step.
    pub fn approve(&self, actor: &Actor, id: &str) -> Result<Approved> {
        let _lock = self.lock()?;
        let mut submission = self.pending(id)?;
        let mut checked = Checked::default();
        let location = DocLocation {
            city: submission.target.city.clone(),
            slug: submission.target.slug.clone(),
            lang: Some(submission.target.lang),
        };
        check::validate(&location, &submission.document, &mut checked);
        if !checked.errors.is_empty() {
            return Err(SubmitError::Invalid(checked.errors));
        }
        let relative_path = submission.target.relative_path();
        let path = self.corpus.join(&relative_path);
        durable::create_dir_durably(&self.corpus.join(&submission.target.city))?;
        match durable::write_new(&path, submission.document.as_bytes()) {
            Ok(()) => {}
            // An approval interrupted after the corpus write left this very file: finish it.
            Err(SubmitError::Exists(_))
                if std::fs::read(&path).is_ok_and(|b| b == submission.document.as_bytes()) => {}
            Err(err) => return Err(err),
        }
        submission.status = Status::Published;
        submission.reviewed = Some(now_rfc3339());
        submission.reviewer = Some(actor.id.clone());
        self.submissions.save(&submission)?;
        self.audit.append(
            &actor
                .entry(Action::Approved)
                .submission(&submission.id)
                .details(&relative_path.display().to_string()),
        )?;
        Ok(Approved {
            submission,
            relative_path,
        })
    }

    /// Rejects a pending submission with a reason the partner will read.
    pub fn reject(&self, actor: &Actor, id: &str, reason: &str) -> Result<Submission> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(SubmitError::field(
                "reason",
                "give the reason for the rejection: the partner reads it",
            ));
        }
        if reason.chars().count() > MAX_REASON_CHARS {
            return Err(SubmitError::field(
                "reason",
                format!("keep the reason to {MAX_REASON_CHARS} characters"),
            ));
        }
        let _lock = self.lock()?;
        let mut submission = self.pending(id)?;
        submission.status = Status::Rejected;
        submission.reviewed = Some(now_rfc3339());
        submission.reviewer = Some(actor.id.clone());
        submission.reason = Some(reason.to_owned());
        self.submissions.save(&submission)?;
        self.audit.append(
            &actor
                .entry(Action::Rejected)
                .submission(&submission.id)
                .details(reason),
        )?;
        Ok(submission)
    }
}
