//! "My submissions": the submissions of the reader's organisation, with their status and, when
//! rejected, the librarian's reason.

use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use epi_submit::{Status, Submission};
use maud::{Markup, html};

use super::account::signed_in;
use super::{PageError, Section, lang_attr, layout, scrolling_table};
use crate::state::AppState;
use crate::ui_lang::UiLang;

/// The label of a submission's status.
pub fn status_label(ui: &UiLang, status: Status) -> String {
    ui.t(&format!("submission-status-{status}"))
}

/// The date part of an RFC 3339 time.
pub fn day(time: &str) -> &str {
    time.get(..10).unwrap_or(time)
}

pub async fn page(
    State(state): State<AppState>,
    ui: UiLang,
    RawQuery(query): RawQuery,
) -> Response {
    let viewer = match signed_in(&ui) {
        Ok(viewer) => viewer,
        Err(refused) => return refused.into_response(),
    };
    let org = viewer.account().org.clone();
    let heading_org = org.clone();
    let submissions = match state
        .with_desk(move |desk, _| desk.list(None, Some(&org)).map_err(Into::into))
        .await
    {
        Ok(list) => list,
        Err(failure) => return PageError::from(failure).into_response(),
    };
    let submitted = query
        .as_deref()
        .is_some_and(|q| q.split('&').any(|p| p == "submitted"));
    layout(
        &ui,
        &ui.t("mine-title"),
        Section::Mine,
        html! {},
        html! {
            h1 { (ui.t("mine-title")) }
            @if submitted {
                p.notice role="status" { (ui.t("mine-submitted")) }
            }
            p { (ui.t_with("mine-intro", &[("org", heading_org.as_str().into())])) }
            @if submissions.is_empty() {
                p { (ui.t("mine-empty")) " " a href=(ui.href("/submit")) { (ui.t("nav-submit")) } }
            } @else {
                (scrolling_table(&ui.t("mine-title"), table(&ui, submissions.iter().rev())))
            }
        },
    )
    .into_response()
}

fn table<'a>(ui: &UiLang, submissions: impl Iterator<Item = &'a Submission>) -> Markup {
    html! {
        table.submissions {
            thead {
                tr {
                    th scope="col" { (ui.t("column-title")) }
                    th scope="col" { (ui.t("column-target")) }
                    th scope="col" { (ui.t("column-submitted")) }
                    th scope="col" { (ui.t("column-status")) }
                }
            }
            tbody {
                @for submission in submissions {
                    tr {
                        td lang=[lang_attr(submission.target.lang, ui.lang)] {
                            @if submission.status == Status::Published {
                                a href=(ui.href(&format!("/practices/{}/{}", submission.target.practice(), submission.target.lang))) { (submission.title) }
                            } @else {
                                (submission.title)
                            }
                        }
                        td { code { (submission.target) } }
                        td { (day(&submission.created)) }
                        td {
                            span class=(format!("status status-{}", submission.status)) { (status_label(ui, submission.status)) }
                            @if let Some(reason) = &submission.reason {
                                p.reason { strong { (ui.t("column-reason")) } " " (reason) }
                            }
                        }
                    }
                }
            }
        }
    }
}
