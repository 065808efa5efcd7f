//! End-to-end tests: the real `epi` binary over fixture corpora.

mod cli;
mod cross_language;
mod localised;
mod server;
mod submissions;
