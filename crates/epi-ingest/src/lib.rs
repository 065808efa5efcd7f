//! Corpus → index: reads every document, validates it, and builds a new index generation that
//! is published (atomically swapped in) only when the build succeeded and the corpus is valid,
//! or the caller chose to skip invalid files.
//!
//! Parsing and validation run in parallel (rayon) in chunks, so memory stays bounded however
//! large the corpus; documents reach the index writer in path order, so builds are repeatable.

use std::collections::BTreeMap;
use std::path::PathBuf;

use epi_corpus::{Corpus, CorpusError, CrossCheck, Diagnostic, Severity};
use epi_index::{ConceptMatcher, IndexError, IndexStore};
use epi_lang::Detector;
use epi_model::Lang;
use rayon::prelude::*;

pub mod updates;

/// Documents parsed in parallel at a time: enough to keep both cores busy, small enough that
/// memory does not grow with the corpus.
const CHUNK: usize = 256;

/// How a rebuild or a check treats problems.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Publish the index even when some files are invalid (they are left out).
    pub skip_invalid: bool,
    /// Treat warnings as errors.
    pub strict: bool,
    /// Index writer threads.
    pub writer_threads: usize,
}

/// What a run found and did.
#[derive(Debug, Default)]
pub struct Report {
    /// Every diagnostic, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Documents that were valid (and, for a rebuild, indexed).
    pub documents: u64,
    pub by_lang: BTreeMap<Lang, u64>,
    pub by_city: BTreeMap<String, u64>,
    /// Files with at least one error (with `strict`, warnings count).
    pub invalid_files: usize,
    /// Bytes of Markdown read.
    pub bytes: u64,
    /// The published generation, when the run published one.
    pub published: Option<PathBuf>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// True when the corpus is valid under the options (no errors; no warnings when strict).
    pub fn is_valid(&self, options: &Options) -> bool {
        self.errors() == 0 && !(options.strict && self.warnings() > 0)
    }
}

/// Errors that stop a run (a bad document is a diagnostic, not an error).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Reports progress: the number of files, then each file done.
pub trait Progress: Sync {
    fn start(&self, files: u64);
    fn advance(&self, files: u64);
    fn finish(&self);
}

/// Progress that shows nothing.
#[derive(Debug)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _files: u64) {}
    fn advance(&self, _files: u64) {}
    fn finish(&self) {}
}

/// Validates the whole corpus without indexing.
pub fn check(
    corpus: &Corpus,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Report, IngestError> {
    run(corpus, options, progress, None)
}

/// Rebuilds the index from the whole corpus and publishes it when the corpus is valid (or
/// `skip_invalid`). On any failure the served generation is left as it was.
pub fn rebuild(
    corpus: &Corpus,
    store: &IndexStore,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Report, IngestError> {
    let build = store.begin_build(options.writer_threads.max(1))?;
    run(corpus, options, progress, Some(build))
}

fn run(
    corpus: &Corpus,
    options: &Options,
    progress: &dyn Progress,
    mut build: Option<epi_index::Build>,
) -> Result<Report, IngestError> {
    let detector = Detector::shared();
    let listing = corpus.list()?;
    let mut report = Report {
        diagnostics: listing.diagnostics,
        ..Report::default()
    };
    // The thesaurus is validated with the documents, so a broken one is caught by `epi check`.
    // Its concepts become the documents' topics, and the generation keeps it for expansion; an
    // invalid thesaurus is reported and left out (the documents are still indexed).
    let (thesaurus, thesaurus_diagnostics) = corpus.read_thesaurus();
    report.diagnostics.extend(thesaurus_diagnostics);
    let concepts = match (&mut build, thesaurus) {
        (Some(build), Some(thesaurus)) => {
            build.set_thesaurus(&thesaurus);
            Some(ConceptMatcher::new(thesaurus))
        }
        _ => None,
    };
    let mut cross = CrossCheck::default();
    progress.start(listing.files.len() as u64);
    for chunk in listing.files.chunks(CHUNK) {
        let outcomes: Vec<_> = chunk
            .par_iter()
            .map(|file| {
                let bytes = std::fs::metadata(corpus.path_of(file)).map_or(0, |m| m.len());
                let outcome = corpus.read(file, detector);
                let topics = match (&concepts, &outcome.document) {
                    (Some(concepts), Some(document)) => {
                        concepts.topics_of(&document.practice, &document.plain_body)
                    }
                    _ => Vec::new(),
                };
                (file, bytes, outcome, topics)
            })
            .collect();
        for (file, bytes, outcome, topics) in outcomes {
            report.bytes += bytes;
            report.diagnostics.extend(outcome.diagnostics);
            let Some(document) = outcome.document else {
                continue;
            };
            if !cross.add(&file.relative, &document.practice) {
                continue;
            }
            if let Some(build) = build.as_mut() {
                build.add(&document.practice, &document.plain_body, &topics)?;
            }
            report.documents += 1;
            *report.by_lang.entry(document.practice.lang).or_default() += 1;
            *report
                .by_city
                .entry(document.practice.city.clone())
                .or_default() += 1;
        }
        progress.advance(chunk.len() as u64);
    }
    progress.finish();
    report.diagnostics.extend(cross.finish());
    report.diagnostics.sort_by(|a, b| {
        a.file.cmp(&b.file).then_with(|| {
            a.position
                .map(|p| (p.line, p.column))
                .cmp(&b.position.map(|p| (p.line, p.column)))
        })
    });
    report.invalid_files = invalid_files(&report.diagnostics, options.strict);

    if let Some(build) = build {
        if report.is_valid(options) || options.skip_invalid {
            report.published = Some(build.publish()?);
        } else {
            tracing::warn!(
                invalid_files = report.invalid_files,
                "the corpus has invalid files: the index was not replaced"
            );
            drop(build);
        }
    }
    Ok(report)
}

fn invalid_files(diagnostics: &[Diagnostic], strict: bool) -> usize {
    let mut files: Vec<&PathBuf> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error || strict)
        .map(|d| &d.file)
        .collect();
    files.sort();
    files.dedup();
    files.len()
}
