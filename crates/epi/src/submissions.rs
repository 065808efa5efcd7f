//! `epi accounts` and `epi review`: the librarian's desk at the command line, on the same data
//! folder, corpus and index as a running server (or without one).

use std::io::Write;

use anyhow::{Context, Result, bail};
use epi_corpus::Corpus;
use epi_index::IndexStore;
use epi_ingest::updates::{self, ApplyOutcome};
use epi_submit::{Actor, Desk, NewAccount, Role, Status};

use crate::cli::{AccountsArgs, AccountsCommand, Paths, ReviewArgs, ReviewCommand};
use crate::commands::Outcome;

fn desk(paths: &Paths) -> Desk {
    Desk::new(&paths.data, &paths.corpus)
}

/// The person at the keyboard, for the audit log.
fn local_actor() -> Actor {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into());
    Actor::local(&user)
}

pub fn accounts(paths: &Paths, args: &AccountsArgs) -> Result<Outcome> {
    let desk = desk(paths);
    let mut out = std::io::stdout().lock();
    match &args.command {
        AccountsCommand::Add {
            role,
            org,
            city,
            id,
        } => {
            let role: Role = role.parse().map_err(anyhow::Error::msg)?;
            let (account, token) = desk.add_account(
                &local_actor(),
                NewAccount {
                    id: id.clone(),
                    role,
                    org: org.clone(),
                    city: city.clone(),
                },
            )?;
            writeln!(
                out,
                "added {} account '{}' for {}",
                account.role, account.id, account.org
            )?;
            writeln!(
                out,
                "token (shown once; give it to the account holder, it is not stored):"
            )?;
            writeln!(out, "{}", token.reveal())?;
        }
        AccountsCommand::List => {
            let accounts = desk.accounts().list()?;
            if accounts.is_empty() {
                writeln!(out, "no accounts in {}", paths.data.display())?;
            }
            for account in accounts {
                let state = match &account.revoked {
                    Some(when) => format!("revoked {when}"),
                    None => "active".to_owned(),
                };
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\tcreated {}\t{state}",
                    account.id,
                    account.role,
                    account.org,
                    account.city.as_deref().unwrap_or("-"),
                    account.created
                )?;
            }
        }
        AccountsCommand::Revoke { id } => {
            desk.revoke_account(&local_actor(), id)?;
            writeln!(out, "revoked '{id}': its token is refused from now on")?;
        }
    }
    Ok(Outcome::Ok)
}

pub fn review(paths: &Paths, args: &ReviewArgs) -> Result<Outcome> {
    let desk = desk(paths);
    let actor = match &args.as_account {
        Some(id) => {
            let account = desk
                .accounts()
                .active(id)?
                .with_context(|| format!("there is no active account '{id}'"))?;
            if !account.is_librarian() {
                bail!("'{id}' is not a librarian account");
            }
            Actor::account(&account)
        }
        None => local_actor(),
    };
    let mut out = std::io::stdout().lock();
    match &args.command {
        ReviewCommand::List { status } => {
            let status = match status.as_str() {
                "all" => None,
                other => Some(other.parse::<Status>().map_err(anyhow::Error::msg)?),
            };
            let list = desk.list(status, None)?;
            if list.is_empty() {
                writeln!(out, "no submissions")?;
            }
            for s in list {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    s.id, s.status, s.kind, s.target, s.org, s.title
                )?;
            }
        }
        ReviewCommand::Show { id } => {
            let submission = desk
                .get(id)?
                .with_context(|| format!("there is no submission '{id}'"))?;
            writeln!(out, "id:        {}", submission.id)?;
            writeln!(out, "status:    {}", submission.status)?;
            writeln!(out, "kind:      {}", submission.kind)?;
            writeln!(out, "target:    {}", submission.target)?;
            writeln!(
                out,
                "from:      {} ({})",
                submission.org, submission.account
            )?;
            writeln!(out, "submitted: {}", submission.created)?;
            if let (Some(when), Some(who)) = (&submission.reviewed, &submission.reviewer) {
                writeln!(out, "reviewed:  {when} by {who}")?;
            }
            if let Some(reason) = &submission.reason {
                writeln!(out, "reason:    {reason}")?;
            }
            let report = desk.review_report(&submission);
            for error in &report.errors {
                writeln!(out, "error:     {error}")?;
            }
            for warning in &report.warnings {
                writeln!(out, "warning:   {warning}")?;
            }
            writeln!(out, "\n{}", submission.document)?;
        }
        ReviewCommand::Approve { id } => {
            let approved = desk.approve(&actor, id)?;
            writeln!(
                out,
                "approved {id}: wrote {}",
                paths.corpus.join(&approved.relative_path).display()
            )?;
            index_now_or_later(paths, &approved.relative_path, &mut out)?;
        }
        ReviewCommand::Reject { id, reason } => {
            desk.reject(&actor, id, reason)?;
            writeln!(out, "rejected {id}")?;
        }
    }
    Ok(Outcome::Ok)
}

/// Asks for the approved file to be indexed, and indexes it here when no server holds the
/// index writer (a running server applies the request within a quarter of a second).
fn index_now_or_later(
    paths: &Paths,
    relative: &std::path::Path,
    out: &mut impl Write,
) -> Result<()> {
    updates::request_update(&paths.index, relative).context(
        "the document is in the corpus, but it could not be queued for indexing: run `epi index`",
    )?;
    let corpus = Corpus::open(&paths.corpus).context("cannot open the corpus")?;
    match updates::apply_if_free(&corpus, &IndexStore::new(&paths.index))? {
        ApplyOutcome::Applied(applied) => writeln!(
            out,
            "indexed: {} document(s) added to the served index",
            applied.documents
        )?,
        ApplyOutcome::LeftForWriter => {
            writeln!(out, "the running server indexes it within a second")?
        }
        ApplyOutcome::NoIndex => writeln!(
            out,
            "there is no index yet: `epi index` (or `epi serve`) builds it with this document"
        )?,
    }
    Ok(())
}
