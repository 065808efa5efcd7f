//! Accounts and authentication: `accounts.toml`, its atomic rewrites, and token verification
//! with a cache that forgets everything as soon as the file changes.

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use epi_model::practice::{is_valid_slug, slugify};
use serde::{Deserialize, Serialize};

use crate::durable;
use crate::error::{Result, SubmitError};
use crate::stamp::now_rfc3339;
use crate::token::{Token, dummy_verify};

const FILE: &str = "accounts.toml";
const LOCK: &str = "accounts.lock";
/// Longest account id.
const MAX_ID_CHARS: usize = 64;
/// Longest organisation name.
const MAX_ORG_CHARS: usize = 200;
/// Verified tokens remembered; the cache is emptied when it is full (tokens are few).
const MAX_CACHED: usize = 1024;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Submits practices and translations for its organisation, and sees their review.
    Partner,
    /// Reviews submissions: approves them into the corpus or rejects them with a reason.
    Librarian,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Partner => "partner",
            Role::Librarian => "librarian",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Role, String> {
        match s {
            "partner" => Ok(Role::Partner),
            "librarian" => Ok(Role::Librarian),
            other => Err(format!(
                "unknown role '{other}': expected partner or librarian"
            )),
        }
    }
}

/// An account of `accounts.toml`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub id: String,
    pub role: Role,
    /// The organisation: partners see their organisation's submissions.
    pub org: String,
    /// The city slug the organisation works in, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The argon2id PHC string of the token.
    token_hash: String,
    pub created: String,
    /// When the account was revoked; its token is refused from then on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<String>,
}

/// The hash stays out of logs and listings.
impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Account")
            .field("id", &self.id)
            .field("role", &self.role)
            .field("org", &self.org)
            .field("city", &self.city)
            .field("created", &self.created)
            .field("revoked", &self.revoked)
            .finish_non_exhaustive()
    }
}

impl Account {
    pub fn is_active(&self) -> bool {
        self.revoked.is_none()
    }

    pub fn is_librarian(&self) -> bool {
        self.role == Role::Librarian
    }
}

/// What `epi accounts add` asks for.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// The id; derived from the organisation when not given.
    pub id: Option<String>,
    pub role: Role,
    pub org: String,
    pub city: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct AccountsFile {
    #[serde(default, rename = "account")]
    accounts: Vec<Account>,
}

/// Which version of the file a cache describes: a rewrite (rename) changes the inode, an edit
/// in place changes the modification time or the length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

fn stamp_of(path: &Path) -> Option<FileStamp> {
    let meta = fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(FileStamp {
        modified: meta.modified().ok(),
        len: meta.len(),
        inode,
    })
}

#[derive(Debug, Default)]
struct Cache {
    stamp: Option<FileStamp>,
    accounts: Arc<Vec<Account>>,
    /// SHA-256 of a verified token → its account id.
    verified: HashMap<[u8; 32], String>,
}

/// The accounts of a data folder.
#[derive(Debug)]
pub struct Accounts {
    path: PathBuf,
    lock_path: PathBuf,
    cache: Mutex<Cache>,
}

/// Whether `id` can be an account id: a slug of at most 64 characters (so it has no '_' and
/// can sit in a token).
pub fn is_valid_account_id(id: &str) -> bool {
    id.len() <= MAX_ID_CHARS && is_valid_slug(id)
}

impl Accounts {
    pub fn new(data: &Path) -> Accounts {
        Accounts {
            path: data.join(FILE),
            lock_path: data.join(LOCK),
            cache: Mutex::new(Cache::default()),
        }
    }

    fn read(&self) -> Result<Vec<Account>> {
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
        let file: AccountsFile = toml::from_str(&text).map_err(|err| SubmitError::Corrupt {
            path: self.path.clone(),
            message: err.message().to_owned(),
        })?;
        Ok(file.accounts)
    }

    fn write(&self, accounts: Vec<Account>) -> Result<()> {
        let text =
            toml::to_string(&AccountsFile { accounts }).map_err(|err| SubmitError::Corrupt {
                path: self.path.clone(),
                message: err.to_string(),
            })?;
        let header = "# Accounts of the EPI Good-Practice Library, managed with `epi accounts`.\n# Tokens are stored as argon2id hashes only.\n\n";
        durable::write_atomically(&self.path, format!("{header}{text}").as_bytes())
    }

    /// Every account, revoked ones included, in the file's order.
    pub fn list(&self) -> Result<Vec<Account>> {
        self.read()
    }

    pub fn get(&self, id: &str) -> Result<Option<Account>> {
        Ok(self.read()?.into_iter().find(|a| a.id == id))
    }

    /// Creates an account and its token, which is returned once and never stored.
    pub fn add(&self, new: NewAccount) -> Result<(Account, Token)> {
        let org = new.org.trim();
        if org.is_empty() || org.chars().count() > MAX_ORG_CHARS || org.contains(char::is_control) {
            return Err(SubmitError::BadInput(format!(
                "the organisation must be one line of 1 to {MAX_ORG_CHARS} characters"
            )));
        }
        if let Some(city) = &new.city
            && !is_valid_slug(city)
        {
            return Err(SubmitError::BadInput(format!(
                "'{city}' is not a city slug: lower-case letters, digits and '-' (cluj-napoca)"
            )));
        }
        if let Some(id) = &new.id
            && !is_valid_account_id(id)
        {
            return Err(SubmitError::BadInput(format!(
                "'{id}' is not a valid account id: lower-case letters, digits and '-', at most {MAX_ID_CHARS} characters"
            )));
        }
        let _lock = durable::create_dir_durably(self.path.parent().unwrap_or(Path::new(".")))
            .and_then(|()| durable::lock(&self.lock_path))?;
        let mut accounts = self.read()?;
        let taken = |id: &str| accounts.iter().any(|a| a.id == id);
        let id = match new.id {
            Some(id) if taken(&id) => return Err(SubmitError::AccountExists(id)),
            Some(id) => id,
            None => {
                let mut base: String = slugify(org).chars().take(MAX_ID_CHARS - 4).collect();
                base = base.trim_end_matches('-').to_owned();
                if base.is_empty() {
                    base = "account".into();
                }
                let mut candidate = base.clone();
                let mut n = 2;
                while taken(&candidate) {
                    candidate = format!("{base}-{n}");
                    n += 1;
                }
                candidate
            }
        };
        let token = Token::generate(&id)?;
        let account = Account {
            id,
            role: new.role,
            org: org.to_owned(),
            city: new.city,
            token_hash: token.hash()?,
            created: now_rfc3339(),
            revoked: None,
        };
        accounts.push(account.clone());
        self.write(accounts)?;
        tracing::info!(account = %account.id, role = %account.role, org = %account.org, "account added");
        Ok((account, token))
    }

    /// Revokes an account: its token is refused from the next request on, by every process
    /// that checks the file (the server notices the change on each authentication).
    pub fn revoke(&self, id: &str) -> Result<Account> {
        let _lock = durable::lock(&self.lock_path)?;
        let mut accounts = self.read()?;
        let account = accounts
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or_else(|| SubmitError::NoAccount(id.to_owned()))?;
        if account.revoked.is_none() {
            account.revoked = Some(now_rfc3339());
        }
        let revoked = account.clone();
        self.write(accounts)?;
        tracing::info!(account = %id, "account revoked");
        Ok(revoked)
    }

    /// The account `id` when it exists and is not revoked, from the cached file (re-read when
    /// it changed): what a session is checked against on every request.
    pub fn active(&self, id: &str) -> Result<Option<Account>> {
        let (accounts, _) = self.fresh_accounts()?;
        Ok(accounts
            .iter()
            .find(|a| a.id == id && a.is_active())
            .cloned())
    }

    /// The active account a token belongs to; `None` for any token that is not accepted
    /// (malformed, unknown account, revoked, wrong secret), after the same amount of work.
    pub fn authenticate(&self, presented: &str) -> Result<Option<Account>> {
        let Some(token) = Token::parse(presented) else {
            dummy_verify(presented);
            return Ok(None);
        };
        let digest = token.digest();
        let (accounts, stamp) = self.fresh_accounts()?;
        {
            let cache = self.lock_cache();
            if let Some(id) = cache.verified.get(&digest)
                && let Some(account) = accounts.iter().find(|a| &a.id == id && a.is_active())
            {
                return Ok(Some(account.clone()));
            }
        }
        let Some(account) = accounts
            .iter()
            .find(|a| a.id == token.account() && a.is_active())
        else {
            dummy_verify(presented);
            return Ok(None);
        };
        // Verified without holding the cache: argon2 takes tens of milliseconds.
        if !token.verify(&account.token_hash) {
            return Ok(None);
        }
        let mut cache = self.lock_cache();
        if cache.stamp == stamp {
            if cache.verified.len() >= MAX_CACHED {
                cache.verified.clear();
            }
            cache.verified.insert(digest, account.id.clone());
        }
        Ok(Some(account.clone()))
    }

    /// The accounts as the file is now, re-read (and the verified tokens forgotten) when it
    /// changed since the last look.
    fn fresh_accounts(&self) -> Result<(Arc<Vec<Account>>, Option<FileStamp>)> {
        let stamp = stamp_of(&self.path);
        {
            let cache = self.lock_cache();
            if cache.stamp == stamp && stamp.is_some() {
                return Ok((Arc::clone(&cache.accounts), stamp));
            }
        }
        let accounts = Arc::new(self.read()?);
        let mut cache = self.lock_cache();
        cache.stamp = stamp;
        cache.accounts = Arc::clone(&accounts);
        cache.verified.clear();
        Ok((accounts, stamp))
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, Cache> {
        match self.cache.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }
}
