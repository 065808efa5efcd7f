//! The corpus folder: listing its documents, reading them, and the checks that span files.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use epi_lang::Detector;
use epi_model::{Lang, Practice, PracticeId};

use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::location::DocLocation;
use crate::validate::{Outcome, parse_document};

/// Largest document accepted. Case studies are a few kilobytes; a megabyte is a mistake.
pub const MAX_DOCUMENT_BYTES: u64 = 1024 * 1024;

/// Files at the corpus root that are not documents.
const ROOT_FILES: [&str; 2] = ["README.md", "thesaurus.toml"];

/// Errors that stop the corpus from being read at all (as opposed to a bad document).
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("corpus folder {0} does not exist or is not a folder")]
    NotAFolder(PathBuf),
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// A document file of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CorpusFile {
    /// Relative to the corpus root, as shown in diagnostics.
    pub relative: PathBuf,
    pub location: DocLocation,
}

/// What a listing found: the documents, and the files that are not where documents go.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<CorpusFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A corpus folder.
#[derive(Debug, Clone)]
pub struct Corpus {
    root: PathBuf,
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> CorpusError + '_ {
    move |source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn is_hidden(name: &str) -> bool {
    name.starts_with('.')
}

impl Corpus {
    pub fn open(root: &Path) -> Result<Corpus, CorpusError> {
        if !root.is_dir() {
            return Err(CorpusError::NotAFolder(root.to_path_buf()));
        }
        Ok(Corpus {
            root: root.to_path_buf(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The absolute path of a file of the corpus.
    pub fn path_of(&self, file: &CorpusFile) -> PathBuf {
        self.root.join(&file.relative)
    }

    /// Lists the documents, sorted by path. Files that are not where documents go are reported.
    pub fn list(&self) -> Result<Listing, CorpusError> {
        let mut listing = Listing::default();
        let mut report = |relative: PathBuf, severity: Severity, message: String| {
            let mut diags = Diagnostics::new(relative);
            diags.push(severity, None, None, message);
            listing.diagnostics.extend(diags.into_vec());
        };
        let mut cities = Vec::new();
        for entry in fs::read_dir(&self.root).map_err(io_error(&self.root))? {
            let entry = entry.map_err(io_error(&self.root))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let file_type = entry.file_type().map_err(io_error(&entry.path()))?;
            if is_hidden(&name) || ROOT_FILES.contains(&name.as_str()) {
                continue;
            }
            if file_type.is_dir() {
                cities.push(entry.path());
            } else if name.ends_with(".md") {
                report(
                    PathBuf::from(&name),
                    Severity::Error,
                    "misplaced document: documents go in a city folder, as <city>/<practice-slug>.<lang>.md".into(),
                );
            }
        }
        let mut files = Vec::new();
        for city_dir in cities {
            let city_name = city_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            for entry in fs::read_dir(&city_dir).map_err(io_error(&city_dir))? {
                let entry = entry.map_err(io_error(&city_dir))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if is_hidden(&name) {
                    continue;
                }
                let relative = PathBuf::from(&city_name).join(&name);
                let file_type = entry.file_type().map_err(io_error(&entry.path()))?;
                if file_type.is_dir() {
                    report(relative, Severity::Error, "unexpected folder: a city folder holds only documents, <practice-slug>.<lang>.md".into());
                    continue;
                }
                if !name.ends_with(".md") {
                    report(
                        relative,
                        Severity::Warning,
                        "ignored: not a Markdown document (.md)".into(),
                    );
                    continue;
                }
                match DocLocation::from_relative_path(&relative) {
                    Ok(location) => files.push(CorpusFile { relative, location }),
                    Err(message) => report(relative, Severity::Error, message),
                }
            }
        }
        files.sort();
        listing.files = files;
        listing.diagnostics.sort_by(|a, b| a.file.cmp(&b.file));
        Ok(listing)
    }

    /// Reads and validates the thesaurus at the corpus root. No file is no thesaurus and no
    /// problem; an unreadable or invalid one is diagnostics.
    pub fn read_thesaurus(&self) -> (Option<crate::Thesaurus>, Vec<Diagnostic>) {
        let name = Path::new(crate::THESAURUS_FILE);
        match fs::read_to_string(self.root.join(name)) {
            Ok(text) => crate::parse_thesaurus(name, &text),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => (None, Vec::new()),
            Err(err) => {
                let mut diags = Diagnostics::new(name.to_path_buf());
                diags.push(
                    Severity::Error,
                    None,
                    None,
                    format!("cannot read the thesaurus: {err}"),
                );
                (None, diags.into_vec())
            }
        }
    }

    /// Reads and validates one document. Never fails: IO problems are diagnostics too.
    pub fn read(&self, file: &CorpusFile, detector: &Detector) -> Outcome {
        let path = self.path_of(file);
        let fail = |message: String| {
            let mut diags = Diagnostics::new(file.relative.clone());
            diags.push(Severity::Error, None, None, message);
            Outcome {
                document: None,
                diagnostics: diags.into_vec(),
            }
        };
        match fs::metadata(&path) {
            Ok(meta) if meta.len() > MAX_DOCUMENT_BYTES => {
                return fail(format!(
                    "the file has {} bytes: a document may have at most {MAX_DOCUMENT_BYTES}",
                    meta.len()
                ));
            }
            Ok(_) => {}
            Err(err) => return fail(format!("cannot read the file: {err}")),
        }
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) => return fail(format!("cannot read the file: {err}")),
        };
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&err.as_bytes()[..offset]).into_owned();
                let position = crate::diagnostic::Position::of_offset(&valid, offset, 1);
                let mut diags = Diagnostics::new(file.relative.clone());
                diags.push(
                    Severity::Error,
                    Some(position),
                    None,
                    "the file is not valid UTF-8: save it as UTF-8",
                );
                return Outcome {
                    document: None,
                    diagnostics: diags.into_vec(),
                };
            }
        };
        parse_document(&file.relative, &file.location, &text, detector)
    }
}

/// The metadata every language version of a practice must share.
#[derive(Debug, Clone, PartialEq)]
struct SharedMetadata {
    country: String,
    domains: Vec<epi_model::Domain>,
    key_features: Vec<epi_model::KeyFeature>,
    themes: Vec<epi_model::Theme>,
    target_groups: Vec<epi_model::TargetGroup>,
    status: epi_model::Status,
    period: epi_model::Period,
}

fn sorted<T: Ord + Clone>(values: &[T]) -> Vec<T> {
    let mut values = values.to_vec();
    values.sort();
    values
}

impl SharedMetadata {
    fn of(practice: &Practice) -> Self {
        SharedMetadata {
            country: practice.country.clone(),
            domains: sorted(&practice.domains),
            key_features: sorted(&practice.key_features),
            themes: sorted(&practice.themes),
            target_groups: sorted(&practice.target_groups),
            status: practice.status,
            period: practice.period,
        }
    }

    fn differences(&self, other: &SharedMetadata) -> Vec<&'static str> {
        let mut fields = Vec::new();
        if self.country != other.country {
            fields.push("country");
        }
        if self.domains != other.domains {
            fields.push("domains");
        }
        if self.key_features != other.key_features {
            fields.push("key_features");
        }
        if self.themes != other.themes {
            fields.push("themes");
        }
        if self.target_groups != other.target_groups {
            fields.push("target_groups");
        }
        if self.status != other.status {
            fields.push("status");
        }
        if self.period != other.period {
            fields.push("period");
        }
        fields
    }
}

/// Checks that span documents: one file per language version, translations that agree on
/// their metadata, lineage links that point at practices of the corpus. Feed it every valid
/// document, then call [`CrossCheck::finish`].
#[derive(Debug, Default)]
pub struct CrossCheck {
    /// The versions of each practice. A short `Vec`, not a map: a practice has a handful of
    /// versions, and a B-tree node per practice cost kilobytes each on large corpora.
    versions: BTreeMap<PracticeId, Vec<(Lang, PathBuf, SharedMetadata)>>,
    links: Vec<(PathBuf, &'static str, PracticeId)>,
    diagnostics: Vec<Diagnostic>,
}

impl CrossCheck {
    /// Records a valid document. Returns false (and reports it) when another file already holds
    /// the same practice in the same language: only the first is kept.
    pub fn add(&mut self, file: &Path, practice: &Practice) -> bool {
        let versions = self.versions.entry(practice.id.clone()).or_default();
        if let Some((_, other, _)) = versions.iter().find(|(lang, _, _)| *lang == practice.lang) {
            let mut diags = Diagnostics::new(file.to_path_buf());
            diags.push(
                Severity::Error,
                None,
                Some("lang"),
                format!(
                    "{} is already in the corpus in {} ({}): each language version needs its own slug and language",
                    practice.id,
                    practice.lang.english_name(),
                    other.display()
                ),
            );
            self.diagnostics.extend(diags.into_vec());
            return false;
        }
        versions.push((
            practice.lang,
            file.to_path_buf(),
            SharedMetadata::of(practice),
        ));
        for id in &practice.adapted_from {
            self.links
                .push((file.to_path_buf(), "adapted_from", id.clone()));
        }
        for id in &practice.adapted_by {
            self.links
                .push((file.to_path_buf(), "adapted_by", id.clone()));
        }
        true
    }

    /// The diagnostics of the cross-file checks.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        for versions in self.versions.values_mut() {
            versions.sort_by_key(|(lang, _, _)| *lang);
            let mut iter = versions.iter();
            let Some((first_lang, first_file, first_meta)) = iter.next() else {
                continue;
            };
            for (lang, file, meta) in iter {
                let differences = first_meta.differences(meta);
                if !differences.is_empty() {
                    let mut diags = Diagnostics::new(file.clone());
                    diags.push(
                        Severity::Warning,
                        None,
                        None,
                        format!(
                            "this {} version differs from the {} version ({}) in: {}",
                            lang.english_name(),
                            first_lang.english_name(),
                            first_file.display(),
                            differences.join(", ")
                        ),
                    );
                    self.diagnostics.extend(diags.into_vec());
                }
            }
        }
        let known: BTreeSet<&PracticeId> = self.versions.keys().collect();
        for (file, field, id) in &self.links {
            if !known.contains(id) {
                let mut diags = Diagnostics::new(file.clone());
                diags.push(
                    Severity::Warning,
                    None,
                    Some(field),
                    format!("{field} names '{id}', which is not a practice of the corpus"),
                );
                self.diagnostics.extend(diags.into_vec());
            }
        }
        self.diagnostics
    }
}
