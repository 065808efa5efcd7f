//! "Submit a practice" and "Add a translation": the form, its preview, and the submission.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use epi_model::{Lang, PracticeId};
use epi_submit::{Checked, DocumentFields, Draft, FieldError, Kind, SubmitError};
use maud::html;

use super::account::{FormPairs, checked_form, field, read_form, signed_in};
use super::form::{FormView, fields_from_form, render};
use super::{PageError, PagePath, Section, layout};
use crate::api::practice_id;
use crate::error::Failure;
use crate::markdown::to_safe_html;
use crate::state::AppState;
use crate::ui_lang::UiLang;

/// The license suggested for new practices (the corpus's usual one).
const DEFAULT_LICENSE: &str = "CC-BY-4.0";

/// What the form is for.
#[derive(Debug, Clone)]
enum Purpose {
    New,
    /// A new language version of a published practice.
    Translation {
        id: PracticeId,
        title: String,
    },
}

impl Purpose {
    fn action(&self, ui: &UiLang) -> String {
        match self {
            Purpose::New => ui.href("/submit"),
            Purpose::Translation { id, .. } => ui.href(&format!("/practices/{id}/translate")),
        }
    }
}

fn page(
    ui: &UiLang,
    purpose: &Purpose,
    fields: &DocumentFields,
    slug: &str,
    checked: Option<&Checked>,
    preview: bool,
    status: StatusCode,
) -> Response {
    let (title, intro) = match purpose {
        Purpose::New => (ui.t("submit-title"), ui.t("submit-intro")),
        Purpose::Translation { title, .. } => (
            ui.t_with("translate-title", &[("title", title.as_str().into())]),
            ui.t("translate-intro"),
        ),
    };
    let no_errors: &[FieldError] = &[];
    let preview_html = preview.then(|| to_safe_html(&fields.body));
    let view = FormView {
        action: purpose.action(ui),
        fields,
        slug,
        slug_editable: matches!(purpose, Purpose::New),
        errors: checked.map_or(no_errors, |c| &c.errors),
        warnings: checked.map_or(no_errors, |c| &c.warnings),
        preview_html: preview_html.as_deref(),
    };
    let body = layout(
        ui,
        &title,
        Section::Submit,
        html! {},
        html! {
            h1 { (title) }
            p { (intro) }
            (render(ui, &view))
        },
    );
    (status, body).into_response()
}

/// `GET /submit`: an empty form, with what the account already says filled in.
pub async fn new_page(State(state): State<AppState>, ui: UiLang) -> Response {
    let viewer = match signed_in(&ui) {
        Ok(viewer) => viewer,
        Err(refused) => return refused.into_response(),
    };
    let account = viewer.account();
    let city = match account.city.clone() {
        Some(slug) => state
            .with_index(move |index| Ok(index.city_name(&slug)))
            .await
            .ok()
            .flatten(),
        None => None,
    };
    let fields = DocumentFields {
        city,
        organisations: vec![account.org.clone()],
        lang: Some(ui.lang.code().to_owned()),
        license: Some(DEFAULT_LICENSE.to_owned()),
        contact: epi_submit::ContactFields {
            organisation: Some(account.org.clone()),
            ..Default::default()
        },
        body: epi_submit::body_skeleton(ui.lang),
        ..DocumentFields::default()
    };
    page(&ui, &Purpose::New, &fields, "", None, false, StatusCode::OK)
}

/// `POST /submit`: preview or submit a new practice.
pub async fn new_post(State(state): State<AppState>, ui: UiLang, body: Bytes) -> Response {
    handle_post(&state, &ui, body, Purpose::New).await
}

/// The versions of a practice, or a not-found page.
async fn versions(
    state: &AppState,
    city: &str,
    slug: &str,
) -> Result<(PracticeId, Vec<epi_model::Practice>), Response> {
    let id = practice_id(city, slug).map_err(|f| PageError::from(f).into_response())?;
    let versions = crate::api::load_practice(state, id.clone())
        .await
        .map_err(|f| PageError::from(f).into_response())?;
    Ok((id, versions))
}

/// `GET /practices/{city}/{slug}/translate?lang=xx`: the form pre-filled with the practice in
/// the reader's language (or its first), to be translated into a language it lacks.
pub async fn translate_page(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath((city, slug)): PagePath<(String, String)>,
    RawQuery(query): RawQuery,
) -> Response {
    if let Err(refused) = signed_in(&ui) {
        return refused.into_response();
    }
    let (id, versions) = match versions(&state, &city, &slug).await {
        Ok(found) => found,
        Err(refused) => return refused.into_response(),
    };
    let has = |lang: Lang| versions.iter().any(|v| v.lang == lang);
    let asked = serde_urlencoded::from_str::<FormPairs>(query.as_deref().unwrap_or(""))
        .ok()
        .and_then(|pairs| field(&pairs, "lang").and_then(Lang::from_code));
    let target = asked
        .filter(|lang| !has(*lang))
        .or_else(|| (!has(ui.lang)).then_some(ui.lang))
        .or_else(|| Lang::ALL.into_iter().find(|lang| !has(*lang)));
    let source = versions
        .iter()
        .find(|v| v.lang == ui.lang)
        .or_else(|| versions.first());
    let Some(source) = source else {
        return PageError::from(Failure::NotFound(format!("there is no practice '{id}'")))
            .into_response();
    };
    let mut fields = DocumentFields::from_practice(source);
    fields.lang = target.map(|l| l.code().to_owned());
    let purpose = Purpose::Translation {
        id: id.clone(),
        title: source.title.clone(),
    };
    page(
        &ui,
        &purpose,
        &fields,
        id.slug(),
        None,
        false,
        StatusCode::OK,
    )
}

/// `POST /practices/{city}/{slug}/translate`: preview or submit a translation.
pub async fn translate_post(
    State(state): State<AppState>,
    ui: UiLang,
    PagePath((city, slug)): PagePath<(String, String)>,
    body: Bytes,
) -> Response {
    let (id, versions) = match versions(&state, &city, &slug).await {
        Ok(found) => found,
        Err(refused) => return refused.into_response(),
    };
    let title = versions
        .first()
        .map(|v| v.title.clone())
        .unwrap_or_default();
    handle_post(&state, &ui, body, Purpose::Translation { id, title }).await
}

/// Checks the CSRF token, then previews (validation report and rendered body) or submits
/// (back to the form with every error next to its field, or on to "My submissions").
async fn handle_post(state: &AppState, ui: &UiLang, body: Bytes, purpose: Purpose) -> Response {
    let pairs = match read_form(&body) {
        Ok(pairs) => pairs,
        Err(err) => return err.into_response(),
    };
    let viewer = match checked_form(ui, &pairs) {
        Ok(viewer) => viewer.clone(),
        Err(refused) => return refused.into_response(),
    };
    let fields = fields_from_form(&pairs);
    let (kind, city, slug) = match &purpose {
        Purpose::New => (
            Kind::New,
            None,
            field(&pairs, "slug").unwrap_or_default().trim().to_owned(),
        ),
        Purpose::Translation { id, .. } => (
            Kind::Translation,
            Some(id.city().to_owned()),
            id.slug().to_owned(),
        ),
    };
    let draft = Draft {
        kind,
        city,
        slug: (!slug.is_empty()).then(|| slug.clone()),
        lang: fields.lang.clone(),
        text: fields.to_document(),
    };
    let submit = field(&pairs, "action") == Some("submit");
    let account = viewer.account().clone();
    let outcome = state
        .with_desk(move |desk, _| {
            if !submit {
                return Ok(Err(desk.check(&draft)));
            }
            match desk.submit(&account, &draft) {
                Ok(submission) => Ok(Ok(submission)),
                Err(SubmitError::Invalid(errors)) => Ok(Err(Checked {
                    errors,
                    ..Checked::default()
                })),
                Err(err) => Err(Failure::from(err)),
            }
        })
        .await;
    match outcome {
        Ok(Ok(submission)) => {
            tracing::info!(submission = %submission.id, account = %submission.account, "submission received from the form");
            Redirect::to(&ui.href("/my/submissions?submitted")).into_response()
        }
        Ok(Err(checked)) => {
            let status = if checked.errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            page(
                ui,
                &purpose,
                &fields,
                &slug,
                Some(&checked),
                !submit,
                status,
            )
        }
        Err(failure) => PageError::from(failure).into_response(),
    }
}
