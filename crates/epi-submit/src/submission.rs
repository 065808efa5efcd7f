//! Submissions on disk: one JSON file per submission in `data/submissions/`, written
//! atomically, named by a sortable random id.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use epi_model::Lang;
use epi_model::practice::is_valid_slug;
use serde::{Deserialize, Serialize};

use crate::durable;
use crate::error::{Result, SubmitError};
use crate::stamp::{hex, now_millis, random_bytes};

const FOLDER: &str = "submissions";

/// Where a submission's review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pending,
    Published,
    Rejected,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Published => "published",
            Status::Rejected => "rejected",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Status, String> {
        match s {
            "pending" => Ok(Status::Pending),
            "published" => Ok(Status::Published),
            "rejected" => Ok(Status::Rejected),
            other => Err(format!(
                "unknown status '{other}': expected pending, published or rejected"
            )),
        }
    }
}

/// A new practice, or a new language version of a published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    New,
    Translation,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::New => "new",
            Kind::Translation => "translation",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Kind, String> {
        match s {
            "new" => Ok(Kind::New),
            "translation" => Ok(Kind::Translation),
            other => Err(format!(
                "unknown kind '{other}': expected new or translation"
            )),
        }
    }
}

/// Where a submission goes in the corpus: `<city>/<slug>.<lang>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Target {
    pub city: String,
    pub slug: String,
    pub lang: Lang,
}

impl Target {
    /// The file of the corpus, relative to its root.
    pub fn relative_path(&self) -> PathBuf {
        Path::new(&self.city).join(format!("{}.{}.md", self.slug, self.lang))
    }

    /// The practice id, `<city>/<slug>`.
    pub fn practice(&self) -> String {
        format!("{}/{}", self.city, self.slug)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}.{}", self.city, self.slug, self.lang)
    }
}

impl FromStr for Target {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Target, String> {
        let bad = || format!("'{s}' is not a target: expected <city>/<slug>.<lang>");
        let (city, rest) = s.split_once('/').ok_or_else(bad)?;
        let (slug, lang) = rest.rsplit_once('.').ok_or_else(bad)?;
        let lang = Lang::from_code(lang).ok_or_else(bad)?;
        if !is_valid_slug(city) || !is_valid_slug(slug) || lang.code() != &rest[slug.len() + 1..] {
            return Err(bad());
        }
        Ok(Target {
            city: city.to_owned(),
            slug: slug.to_owned(),
            lang,
        })
    }
}

impl TryFrom<String> for Target {
    type Error = String;

    fn try_from(s: String) -> std::result::Result<Target, String> {
        s.parse()
    }
}

impl From<Target> for String {
    fn from(target: Target) -> String {
        target.to_string()
    }
}

/// One submission, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub id: String,
    pub status: Status,
    pub kind: Kind,
    /// The organisation of the account that submitted it.
    pub org: String,
    /// The account that submitted it.
    pub account: String,
    pub created: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// Why it was rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub target: Target,
    /// The document's title, for listings.
    pub title: String,
    /// The whole document: TOML front matter and Markdown body.
    pub document: String,
}

/// Whether `id` can be a submission id: what [`new_id`] makes, so never a path.
pub fn is_valid_submission_id(id: &str) -> bool {
    (8..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A new id: milliseconds since the epoch (zero-padded, so ids sort by time) and 40 random bits.
pub(crate) fn new_id() -> Result<String> {
    let random = random_bytes::<5>().map_err(SubmitError::io("cannot read the random source"))?;
    Ok(format!("{:013}-{}", now_millis(), hex(&random)))
}

/// The submissions folder of a data folder.
#[derive(Debug, Clone)]
pub struct Submissions {
    dir: PathBuf,
}

impl Submissions {
    pub fn new(data: &Path) -> Submissions {
        Submissions {
            dir: data.join(FOLDER),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Writes a submission durably (creating or replacing its file).
    pub(crate) fn save(&self, submission: &Submission) -> Result<()> {
        durable::create_dir_durably(&self.dir)?;
        let json = serde_json::to_vec_pretty(submission).map_err(|err| SubmitError::Corrupt {
            path: self.path_of(&submission.id),
            message: err.to_string(),
        })?;
        durable::write_atomically(&self.path_of(&submission.id), &json)
    }

    /// One submission; `None` when there is none with this id (or the id cannot be one).
    pub fn get(&self, id: &str) -> Result<Option<Submission>> {
        if !is_valid_submission_id(id) {
            return Ok(None);
        }
        let path = self.path_of(id);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => {
                return Err(SubmitError::io(format!("cannot read {}", path.display()))(
                    err,
                ));
            }
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|err| SubmitError::Corrupt {
                path,
                message: err.to_string(),
            })
    }

    /// Every submission, oldest first. A file that cannot be read is logged and left out, so
    /// one damaged file does not hide the others.
    pub fn list(&self) -> Result<Vec<Submission>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => {
                return Err(SubmitError::io(format!(
                    "cannot list {}",
                    self.dir.display()
                ))(err));
            }
        };
        let mut ids = Vec::new();
        for entry in entries {
            let entry = entry.map_err(SubmitError::io(format!(
                "cannot list {}",
                self.dir.display()
            )))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(".json")
                && is_valid_submission_id(id)
            {
                ids.push(id.to_owned());
            }
        }
        ids.sort();
        let mut submissions = Vec::with_capacity(ids.len());
        for id in ids {
            match self.get(&id) {
                Ok(Some(submission)) => submissions.push(submission),
                Ok(None) => {}
                Err(err) => tracing::warn!(submission = %id, error = %err, "unreadable submission"),
            }
        }
        Ok(submissions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_read_and_write_the_same() {
        let target: Target = "cluj-napoca/one-stop-shop.ro".parse().unwrap();
        assert_eq!(target.lang, Lang::Ro);
        assert_eq!(target.to_string(), "cluj-napoca/one-stop-shop.ro");
        assert_eq!(
            target.relative_path(),
            Path::new("cluj-napoca/one-stop-shop.ro.md")
        );
        for bad in [
            "x",
            "a/b",
            "../x/y.en",
            "a/b/c.en",
            "a/b.fr",
            "a/b.EN",
            "A/b.en",
        ] {
            assert!(bad.parse::<Target>().is_err(), "{bad}");
        }
    }

    #[test]
    fn ids_sort_by_time_and_are_safe() {
        let a = new_id().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = new_id().unwrap();
        assert!(a < b, "{a} {b}");
        assert!(is_valid_submission_id(&a), "{a}");
        for bad in ["../../etc/passwd", "a/b", "ABC-123456", "short", ""] {
            assert!(!is_valid_submission_id(bad), "{bad}");
        }
    }
}
