//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The EPI Good-Practice Library: a searchable library of good practices for migrant
/// integration, in eight languages.
#[derive(Debug, Parser)]
#[command(name = "epi", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub paths: Paths,

    /// Log format on standard error.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text, env = "EPI_LOG_FORMAT")]
    pub log_format: LogFormat,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct Paths {
    /// The corpus folder (the source documents).
    #[arg(long, global = true, env = "EPI_CORPUS", default_value = "corpus")]
    pub corpus: PathBuf,

    /// The index folder (derived from the corpus by `epi index`).
    #[arg(long, global = true, env = "EPI_INDEX", default_value = "index")]
    pub index: PathBuf,

    /// The data folder: accounts, submissions and the audit log (never commit it).
    #[arg(long, global = true, env = "EPI_DATA", default_value = "data")]
    pub data: PathBuf,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Rebuild the index from the corpus (the librarian's command).
    ///
    /// Reads every document, reports every invalid file, builds a new index beside the served
    /// one and swaps it in only when the build succeeded. With invalid files the index is not
    /// replaced unless --skip-invalid is given. Exit codes: 0 ok, 1 invalid corpus, 2 usage or
    /// IO error.
    Index(IndexArgs),
    /// Validate the corpus without indexing (for partners and CI). Exit 1 when invalid.
    Check(CheckArgs),
    /// Search the index and print ranked results with facet counts.
    Search(Box<SearchArgs>),
    /// Serve the library: search pages and the JSON API. Builds the index first when there is
    /// none, and switches to a new index as soon as `epi index` publishes one.
    Serve(ServeArgs),
    /// Measure relevance on the judged queries (tests/relevance): MRR@10, nDCG@10 and
    /// recall@10 per language and for cross-language queries, with and without expansion, and
    /// query language detection. Builds a fresh index of the corpus in a temporary folder.
    /// Exit 1 when a figure falls below the thresholds.
    Eval(EvalArgs),
    /// Write a deterministic synthetic corpus (for benchmarks).
    GenCorpus(GenCorpusArgs),
    /// Manage the accounts of partners and librarians (their access tokens).
    Accounts(AccountsArgs),
    /// Review submissions as a librarian: list, show, approve into the corpus, reject. Works
    /// with or without a running server.
    Review(ReviewArgs),
}

#[derive(Debug, Args)]
pub struct AccountsArgs {
    #[command(subcommand)]
    pub command: AccountsCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// Create an account and print its access token (shown this once only).
    Add {
        /// partner (submits for its organisation) or librarian (reviews).
        #[arg(long, value_parser = ["partner", "librarian"])]
        role: String,
        /// The organisation.
        #[arg(long)]
        org: String,
        /// The city slug the organisation works in (cluj-napoca).
        #[arg(long)]
        city: Option<String>,
        /// The account id (default: made from the organisation).
        #[arg(long)]
        id: Option<String>,
    },
    /// List the accounts (never their token hashes).
    List,
    /// Revoke an account: its token is refused from now on, also by a running server.
    Revoke {
        /// The account id.
        id: String,
    },
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Record this librarian account in the audit log (default: the operating system's user).
    #[arg(long = "as", global = true, value_name = "ACCOUNT_ID")]
    pub as_account: Option<String>,
    #[command(subcommand)]
    pub command: ReviewCommand,
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// List submissions (pending ones by default).
    List {
        /// pending, published, rejected or all.
        #[arg(long, default_value = "pending", value_parser = ["pending", "published", "rejected", "all"])]
        status: String,
    },
    /// Show a submission: its details, the validation report and the document.
    Show {
        /// The submission id.
        id: String,
    },
    /// Approve a submission: its document joins the corpus and the index.
    Approve {
        /// The submission id.
        id: String,
    },
    /// Reject a submission with a reason the partner will read.
    Reject {
        /// The submission id.
        id: String,
        /// Why (required).
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The judged queries.
    #[arg(long, default_value = "tests/relevance/queries.toml")]
    pub queries: PathBuf,
    /// The minimums to meet (nothing is checked with --no-check).
    #[arg(long, default_value = "tests/relevance/thresholds.toml")]
    pub thresholds: PathBuf,
    /// Report only; do not fail below the thresholds.
    #[arg(long)]
    pub no_check: bool,
    /// Also list every query with the practices it returned.
    #[arg(long)]
    pub verbose: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on, HOST:PORT (port 0 picks a free port and prints it).
    #[arg(long, env = "EPI_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Longest time a request may take, in seconds.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub request_timeout: u64,
    /// Searches run at once (default: twice the number of cores); more wait, then get 503.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub max_searches: Option<u64>,
    /// Mark session cookies `Secure` (the server is reached over TLS only).
    #[arg(long, env = "EPI_SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Trust `X-Forwarded-Proto: https` from a reverse proxy to mark cookies `Secure`.
    #[arg(long)]
    pub trust_proxy: bool,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Publish the index even when some files are invalid (they are left out).
    #[arg(long)]
    pub skip_invalid: bool,
    /// Treat warnings (such as a language that contradicts `lang`) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Index writer threads (default: the number of cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Treat warnings as errors.
    #[arg(long)]
    pub strict: bool,
    /// Print diagnostics as text or as a JSON array.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query: words (all must match), "phrases", -exclusions, OR.
    #[arg(default_value = "")]
    pub query: String,
    /// Only practices of this city (repeat for several).
    #[arg(long)]
    pub city: Vec<String>,
    /// Only this EPI domain: interaction, participation, governance (repeatable).
    #[arg(long)]
    pub domain: Vec<String>,
    /// Only documents in this language: en, ro, it, es, de, sv, pl, lv (repeatable).
    #[arg(long)]
    pub lang: Vec<String>,
    /// Only this theme (repeatable).
    #[arg(long)]
    pub theme: Vec<String>,
    /// Only this key feature (repeatable).
    #[arg(long)]
    pub key_feature: Vec<String>,
    /// Only this target group (repeatable).
    #[arg(long)]
    pub target_group: Vec<String>,
    /// Only this status: planned, pilot, ongoing, completed (repeatable).
    #[arg(long)]
    pub status: Vec<String>,
    /// Only this country code (repeatable).
    #[arg(long)]
    pub country: Vec<String>,
    /// Only practices active in this year (repeatable).
    #[arg(long)]
    pub year: Vec<String>,
    /// Only documents that mention this thesaurus concept, in any language (repeatable).
    #[arg(long)]
    pub topic: Vec<String>,
    /// Search only the words typed, without cross-language expansion.
    #[arg(long)]
    pub no_expand: bool,
    /// Order of results.
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    pub sort: SortArg,
    /// Page number, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub page: u32,
    /// Results per page.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub per_page: u32,
    /// The reader's language, used when the query's language is unclear.
    #[arg(long)]
    pub ui_lang: Option<String>,
    /// Print the results as JSON (the same document as the API).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Relevance,
    Newest,
}

#[derive(Debug, Args)]
pub struct GenCorpusArgs {
    /// Number of documents.
    #[arg(long)]
    pub docs: usize,
    /// Random seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output folder (created; must be empty or missing).
    #[arg(long)]
    pub out: PathBuf,
    /// How words are drawn: `zipf` (a vocabulary of tens of thousands of words per language,
    /// drawn with the rank-frequency law of real text) or `uniform` (the same 50 frequent words
    /// per language, drawn evenly: every query then matches every document of its language,
    /// the worst case for exact facet counts).
    #[arg(long, value_enum, default_value_t = VocabularyModel::Zipf)]
    pub vocabulary: VocabularyModel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VocabularyModel {
    Zipf,
    Uniform,
}
