//! The subcommands.

use std::io::Write;
use std::time::Instant;

use anyhow::{Context, Result};
use epi_corpus::Corpus;
use epi_index::{IndexStore, LibraryIndex};
use epi_ingest::{Options, Report};
use epi_model::{FacetKind, Lang, SearchRequest, Sort};

use crate::cli::{
    CheckArgs, EvalArgs, IndexArgs, OutputFormat, Paths, SearchArgs, ServeArgs, SortArg,
};
use crate::progress::Bar;

/// How a command ended, when it did not fail.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    InvalidCorpus,
}

fn open_corpus(paths: &Paths) -> Result<Corpus> {
    Corpus::open(&paths.corpus).context("cannot open the corpus (set --corpus or EPI_CORPUS)")
}

fn print_diagnostics(report: &Report) {
    let mut stderr = std::io::stderr().lock();
    for diagnostic in &report.diagnostics {
        let _ = writeln!(stderr, "{diagnostic}");
    }
}

fn print_summary(report: &Report, seconds: f64) {
    let mut out = std::io::stdout().lock();
    let megabytes = report.bytes as f64 / 1_000_000.0;
    let _ = writeln!(
        out,
        "{} valid documents ({megabytes:.1} MB of Markdown) in {seconds:.2} s, {:.1} MB/s",
        report.documents,
        if seconds > 0.0 {
            megabytes / seconds
        } else {
            0.0
        }
    );
    let by_lang: Vec<String> = report
        .by_lang
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let _ = writeln!(out, "  by language: {}", by_lang.join(", "));
    if report.by_city.len() <= 30 {
        let by_city: Vec<String> = report
            .by_city
            .iter()
            .map(|(c, n)| format!("{c} {n}"))
            .collect();
        let _ = writeln!(out, "  by city: {}", by_city.join(", "));
    } else {
        let _ = writeln!(out, "  cities: {}", report.by_city.len());
    }
    let _ = writeln!(
        out,
        "  {} errors in {} invalid files, {} warnings",
        report.errors(),
        report.invalid_files,
        report.warnings()
    );
}

pub fn index(paths: &Paths, args: &IndexArgs) -> Result<Outcome> {
    let corpus = open_corpus(paths)?;
    let store = IndexStore::new(&paths.index);
    let options = Options {
        skip_invalid: args.skip_invalid,
        strict: args.strict,
        writer_threads: args
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
    };
    let started = Instant::now();
    let report = epi_ingest::rebuild(&corpus, &store, &options, &Bar::new("indexing"))
        .context("the rebuild failed; the previous index is still served")?;
    print_diagnostics(&report);
    print_summary(&report, started.elapsed().as_secs_f64());
    match &report.published {
        Some(generation) => {
            println!("published {}", generation.display());
            Ok(if report.is_valid(&options) {
                Outcome::Ok
            } else {
                Outcome::InvalidCorpus
            })
        }
        None => {
            println!(
                "the index was NOT replaced: fix the invalid files above, or run with --skip-invalid to leave them out"
            );
            Ok(Outcome::InvalidCorpus)
        }
    }
}

pub fn eval(paths: &Paths, args: &EvalArgs) -> Result<Outcome> {
    let corpus = open_corpus(paths)?;
    let judgements = epi_eval::read_judgements(&args.queries)?;
    let thresholds = if args.no_check {
        epi_eval::Thresholds::default()
    } else {
        epi_eval::read_thresholds(&args.thresholds)?
    };
    // A fresh index of the corpus, so the figures describe the corpus and this build.
    let dir = tempfile::Builder::new()
        .prefix("epi-eval-")
        .tempdir()
        .context("cannot create a temporary folder for the evaluation index")?;
    let store = IndexStore::new(dir.path());
    let report = epi_ingest::rebuild(
        &corpus,
        &store,
        &Options::default(),
        &epi_ingest::NoProgress,
    )
    .context("cannot index the corpus for the evaluation")?;
    if report.published.is_none() {
        print_diagnostics(&report);
        anyhow::bail!("the corpus has invalid files: fix them before measuring relevance");
    }
    let index = LibraryIndex::open_current(&store)?;
    let report = epi_eval::evaluate(&index, &judgements)?;
    println!(
        "{} judged queries on {} documents of {}\n",
        judgements.len(),
        index.num_documents(),
        paths.corpus.display()
    );
    print!("{}", epi_eval::render_markdown(&report));
    if args.verbose {
        println!();
        for (with, without) in report
            .expanded
            .queries
            .iter()
            .zip(&report.unexpanded.queries)
        {
            println!(
                "{} RR {:.2} (without expansion {:.2}): {}",
                with.id,
                with.reciprocal_rank,
                without.reciprocal_rank,
                with.ranked.join(", ")
            );
        }
    }
    let failures = report.failures(&thresholds);
    if failures.is_empty() {
        if !args.no_check {
            println!("\nall thresholds of {} met", args.thresholds.display());
        }
        return Ok(Outcome::Ok);
    }
    eprintln!("\nbelow the thresholds of {}:", args.thresholds.display());
    for failure in &failures {
        eprintln!("  {failure}");
    }
    Ok(Outcome::InvalidCorpus)
}

pub fn check(paths: &Paths, args: &CheckArgs) -> Result<Outcome> {
    let corpus = open_corpus(paths)?;
    let options = Options {
        strict: args.strict,
        ..Options::default()
    };
    let started = Instant::now();
    let report = epi_ingest::check(&corpus, &options, &Bar::new("checking"))?;
    match args.format {
        OutputFormat::Json => {
            println!("{}", serde_json::to_string_pretty(&report.diagnostics)?);
        }
        OutputFormat::Text => {
            print_diagnostics(&report);
            print_summary(&report, started.elapsed().as_secs_f64());
        }
    }
    Ok(if report.is_valid(&options) {
        Outcome::Ok
    } else {
        Outcome::InvalidCorpus
    })
}

pub fn search(paths: &Paths, args: &SearchArgs) -> Result<Outcome> {
    let mut request = SearchRequest {
        text: args.query.clone(),
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Newest => Sort::Newest,
        },
        page: args.page as usize,
        per_page: args.per_page as usize,
        ui_lang: match &args.ui_lang {
            Some(code) => Some(code.parse::<Lang>()?),
            None => None,
        },
        ..SearchRequest::default()
    };
    request.expand = !args.no_expand;
    let filters: [(FacetKind, &Vec<String>); 10] = [
        (FacetKind::City, &args.city),
        (FacetKind::Domain, &args.domain),
        (FacetKind::Lang, &args.lang),
        (FacetKind::Theme, &args.theme),
        (FacetKind::KeyFeature, &args.key_feature),
        (FacetKind::TargetGroup, &args.target_group),
        (FacetKind::Status, &args.status),
        (FacetKind::Country, &args.country),
        (FacetKind::Year, &args.year),
        (FacetKind::Topic, &args.topic),
    ];
    for (kind, values) in filters {
        for value in values {
            request.filters.add(kind, value)?;
        }
    }
    let index = LibraryIndex::open_current(&IndexStore::new(&paths.index))?;
    let results = epi_search::search(&index, &request)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(Outcome::Ok);
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} results for \"{}\"",
        results.total, results.query.interpreted
    )?;
    for note in &results.query.notes {
        writeln!(out, "  note: {note}")?;
    }
    for (rank, hit) in results.hits.iter().enumerate() {
        let translations: Vec<&str> = hit.translations.iter().map(|l| l.code()).collect();
        writeln!(
            out,
            "\n{:>2}. {} [{}] — {}, {} ({})",
            results.per_page * (results.page - 1) + rank + 1,
            hit.title,
            hit.lang,
            hit.city,
            hit.period.start,
            hit.id
        )?;
        writeln!(
            out,
            "    score {:.2}; languages: {}",
            hit.score,
            translations.join(", ")
        )?;
        writeln!(out, "    {}", strip_marks(&hit.snippet_html))?;
    }
    writeln!(out, "\nfacets:")?;
    for facet in &results.facets {
        if facet.values.is_empty() {
            continue;
        }
        let values: Vec<String> = facet
            .values
            .iter()
            .take(12)
            .map(|v| {
                format!(
                    "{}{} {}",
                    if v.selected { "*" } else { "" },
                    v.value,
                    v.count
                )
            })
            .collect();
        writeln!(out, "  {}: {}", facet.facet.label(), values.join(", "))?;
    }
    Ok(Outcome::Ok)
}

pub fn serve(paths: &Paths, args: &ServeArgs) -> Result<Outcome> {
    let mut config = epi_server::ServerConfig::new(
        args.addr.clone(),
        paths.corpus.clone(),
        paths.index.clone(),
        paths.data.clone(),
    );
    config.cookies = epi_server::CookiePolicy {
        always_secure: args.secure_cookies,
        trust_forwarded_proto: args.trust_proxy,
    };
    config.request_timeout = std::time::Duration::from_secs(args.request_timeout);
    if let Some(max) = args.max_searches {
        config.max_concurrent_searches = max as usize;
    }
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime
        .block_on(epi_server::serve(config, |addr| {
            // The first line of standard output: scripts and tests read the port from it.
            println!("listening on http://{addr}");
            let _ = std::io::stdout().flush();
        }))
        .context("the server stopped")?;
    Ok(Outcome::Ok)
}

/// Snippet HTML as terminal text: highlights in brackets, entities decoded.
fn strip_marks(html: &str) -> String {
    html.replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace('\n', " ")
}
