//! The `epi` command: thin glue over the library crates. Exit codes: 0 ok, 1 invalid corpus,
//! 2 usage or IO error.

mod cli;
mod commands;
mod gen_corpus;
mod progress;
mod submissions;

use std::process::ExitCode;

/// mimalloc rather than the system allocator: indexing hands documents from the parsing threads
/// to tantivy's indexing threads, and glibc's per-thread arenas kept hundreds of megabytes of
/// freed memory (measured in docs/BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use cli::{Cli, Command, LogFormat};

fn init_tracing(format: LogFormat, default_level: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("EPI_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A server's log is its request log; the librarian's commands speak only of problems.
    let default_level = match cli.command {
        Command::Serve(_) => "info",
        _ => "warn",
    };
    init_tracing(cli.log_format, default_level);
    let result = match &cli.command {
        Command::Index(args) => commands::index(&cli.paths, args),
        Command::Check(args) => commands::check(&cli.paths, args),
        Command::Search(args) => commands::search(&cli.paths, args),
        Command::Serve(args) => commands::serve(&cli.paths, args),
        Command::Eval(args) => commands::eval(&cli.paths, args),
        Command::GenCorpus(args) => gen_corpus::run(args).map(|()| commands::Outcome::Ok),
        Command::Accounts(args) => submissions::accounts(&cli.paths, args),
        Command::Review(args) => submissions::review(&cli.paths, args),
    };
    match result {
        Ok(commands::Outcome::Ok) => ExitCode::SUCCESS,
        Ok(commands::Outcome::InvalidCorpus) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}

/// A reader that stopped reading (`epi search … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
