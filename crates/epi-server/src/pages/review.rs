//! The librarians' review: the queue of pending submissions, and one submission with its
//! rendered preview, validation report, and the approve and reject forms.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use epi_model::Lang;
use epi_submit::{Actor, Checked, Status, Submission, SubmitError};
use maud::{Markup, PreEscaped, html};

use super::account::{checked_form, field, librarian, read_form};
use super::mine::{day, status_label};
use super::{PageError, PagePath, Section, csrf_field, lang_attr, layout, scrolling_table};
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::state::AppState;
use crate::submissions_api::approve_and_index;
use crate::ui_lang::UiLang;

/// `GET /review`: the pending submissions, oldest first.
pub async fn queue(
    State(state): State<AppState>,
    ui: UiLang,
    RawQuery(query): RawQuery,
) -> Response {
    if let Err(refused) = librarian(&ui) {
        return refused.into_response();
    }
    let pending = match state
        .with_desk(|desk, _| desk.list(Some(Status::Pending), None).map_err(Into::into))
        .await
    {
        Ok(list) => list,
        Err(failure) => return PageError::from(failure).into_response(),
    };
    let done = query.as_deref().and_then(|q| {
        if q.starts_with("approved") {
            Some("review-approved")
        } else if q.starts_with("rejected") {
            Some("review-rejected")
        } else {
            None
        }
    });
    layout(
        &ui,
        &ui.t("review-title"),
        Section::Review,
        html! {},
        html! {
            h1 { (ui.t("review-title")) }
            @if let Some(key) = done { p.notice role="status" { (ui.t(key)) } }
            @if pending.is_empty() {
                p { (ui.t("review-empty")) }
            } @else {
                p { (ui.t_with("review-intro", &[("count", pending.len().into())])) }
                (scrolling_table(&ui.t("review-title"), html! {
                    table.submissions {
                        thead {
                            tr {
                                th scope="col" { (ui.t("column-title")) }
                                th scope="col" { (ui.t("column-target")) }
                                th scope="col" { (ui.t("column-organisation")) }
                                th scope="col" { (ui.t("column-submitted")) }
                            }
                        }
                        tbody {
                            @for submission in &pending {
                                tr {
                                    td lang=[lang_attr(submission.target.lang, ui.lang)] {
                                        a href=(ui.href(&format!("/review/{}", submission.id))) { (submission.title) }
                                    }
                                    td { code { (submission.target) } " " (kind_label(&ui, submission)) }
                                    td { (submission.org) }
                                    td { (day(&submission.created)) }
                                }
                            }
                        }
                    }
                }))
            }
        },
    )
    .into_response()
}

fn kind_label(ui: &UiLang, submission: &Submission) -> String {
    ui.t(&format!("review-kind-{}", submission.kind))
}

/// One submission, and the report of the validator as it stands now.
async fn load(state: &AppState, id: String) -> Result<(Submission, Checked), Failure> {
    state
        .with_desk(move |desk, _| {
            let submission = desk.get(&id).map_err(Failure::from)?.ok_or_else(|| {
                Failure::NotFound(format!(
                    "there is no submission '{}'",
                    id.chars().take(64).collect::<String>()
                ))
            })?;
            let report = desk.review_report(&submission);
            Ok((submission, report))
        })
        .await
}

fn review_page(
    ui: &UiLang,
    submission: &Submission,
    report: &Checked,
    reason_error: Option<&str>,
    reason: &str,
) -> Markup {
    let english = lang_attr(Lang::En, ui.lang);
    let doc_lang = lang_attr(submission.target.lang, ui.lang);
    let body = epi_corpus::split_front_matter(&submission.document)
        .map(|split| split.body)
        .unwrap_or(&submission.document);
    let preview = to_safe_html(body);
    let action = |verb: &str| ui.href(&format!("/review/{}/{verb}", submission.id));
    layout(
        ui,
        &submission.title,
        Section::Review,
        html! {},
        html! {
            nav aria-label=(ui.t("breadcrumb")) { p.meta { a href=(ui.href("/review")) { (ui.t("review-title")) } " › " (submission.id) } }
            h1 lang=[doc_lang] { (submission.title) }
            dl.meta-list {
                dt { (ui.t("column-target")) } dd { code { (submission.target) } " " (kind_label(ui, submission)) }
                dt { (ui.t("column-organisation")) } dd { (submission.org) " (" (submission.account) ")" }
                dt { (ui.t("column-submitted")) } dd { (day(&submission.created)) }
                dt { (ui.t("column-status")) } dd { (status_label(ui, submission.status)) }
                @if let Some(reason) = &submission.reason { dt { (ui.t("column-reason")) } dd { (reason) } }
            }
            section aria-labelledby="report" {
                h2 #report { (ui.t("review-report-heading")) }
                @if report.errors.is_empty() && report.warnings.is_empty() {
                    p { (ui.t("form-no-problems")) }
                }
                @if !report.errors.is_empty() {
                    ul.field-error lang=[english] { @for error in &report.errors { li { (error) } } }
                }
                @if !report.warnings.is_empty() {
                    h3 { (ui.t("form-warnings-heading")) }
                    ul lang=[english] { @for warning in &report.warnings { li { (warning) } } }
                }
            }
            @if submission.status == Status::Pending {
                section.review-actions aria-labelledby="decide" {
                    h2 #decide { (ui.t("review-decide-heading")) }
                    form method="post" action=(action("approve")) {
                        (csrf_field(ui))
                        button type="submit" { (ui.t("review-approve-button")) }
                    }
                    form method="post" action=(action("reject")) {
                        (csrf_field(ui))
                        div.field {
                            label for="f-reason" { (ui.t("review-reason-label")) }
                            p.hint #h-reason { (ui.t("review-reason-hint")) }
                            @if let Some(error) = reason_error {
                                p.field-error #e-reason lang=[english] { (error) }
                            }
                            textarea #f-reason name="reason" rows="4"
                                aria-describedby=(if reason_error.is_some() { "h-reason e-reason" } else { "h-reason" })
                                aria-invalid=[reason_error.map(|_| "true")] { (reason) }
                        }
                        button type="submit" { (ui.t("review-reject-button")) }
                    }
                }
            }
            section aria-labelledby="rendered" {
                h2 #rendered { (ui.t("form-preview-heading")) }
                article.body lang=[doc_lang] { (PreEscaped(preview)) }
            }
            section aria-labelledby="raw" {
                h2 #raw { (ui.t("review-raw-heading")) }
                pre.document lang=[doc_lang] { code { (submission.document) } }
            }
        },
    )
}

/// `GET /review/{id}`.
pub async fn page(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath(id): PagePath<String>,
) -> Response {
    if let Err(refused) = librarian(&ui) {
        return refused.into_response();
    }
    match load(&state, id).await {
        Ok((submission, report)) => {
            review_page(&ui, &submission, &report, None, "").into_response()
        }
        Err(failure) => PageError::from(failure).into_response(),
    }
}

/// `POST /review/{id}/approve`: into the corpus and the index, then back to the queue.
pub async fn approve(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath(id): PagePath<String>,
    body: Bytes,
) -> Response {
    let pairs = match read_form(&body) {
        Ok(pairs) => pairs,
        Err(err) => return err.into_response(),
    };
    if let Err(refused) = librarian(&ui) {
        return refused.into_response();
    }
    let viewer = match checked_form(&ui, &pairs) {
        Ok(viewer) => viewer,
        Err(refused) => return refused.into_response(),
    };
    match approve_and_index(&state, Actor::account(viewer.account()), id).await {
        Ok(_) => Redirect::to(&ui.href("/review?approved")).into_response(),
        Err(failure) => PageError::from(failure).into_response(),
    }
}

/// `POST /review/{id}/reject`: with a reason, or back to the page with the error next to the
/// reason.
pub async fn reject(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath(id): PagePath<String>,
    body: Bytes,
) -> Response {
    let pairs = match read_form(&body) {
        Ok(pairs) => pairs,
        Err(err) => return err.into_response(),
    };
    if let Err(refused) = librarian(&ui) {
        return refused.into_response();
    }
    let viewer = match checked_form(&ui, &pairs) {
        Ok(viewer) => viewer,
        Err(refused) => return refused.into_response(),
    };
    let reason = field(&pairs, "reason").unwrap_or_default().to_owned();
    let actor = Actor::account(viewer.account());
    let attempt = {
        let (id, reason) = (id.clone(), reason.clone());
        state
            .with_desk(move |desk, _| match desk.reject(&actor, &id, &reason) {
                Ok(_) => Ok(None),
                Err(SubmitError::Invalid(errors)) => Ok(Some(
                    errors
                        .into_iter()
                        .map(|e| e.message)
                        .collect::<Vec<_>>()
                        .join("; "),
                )),
                Err(err) => Err(Failure::from(err)),
            })
            .await
    };
    match attempt {
        Ok(None) => Redirect::to(&ui.href("/review?rejected")).into_response(),
        Ok(Some(error)) => match load(&state, id).await {
            Ok((submission, report)) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                review_page(&ui, &submission, &report, Some(&error), &reason),
            )
                .into_response(),
            Err(failure) => PageError::from(failure).into_response(),
        },
        Err(failure) => PageError::from(failure).into_response(),
    }
}
