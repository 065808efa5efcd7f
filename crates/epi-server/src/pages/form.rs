//! The submission form: every front-matter field as a labelled control (vocabularies as
//! checkboxes and selects labelled in the reader's language), each error next to its field and
//! tied to it with `aria-describedby`, a summary of the errors linking to the fields, and the
//! preview (the sanitised body and the validation report). Works without JavaScript: Preview
//! and Submit are two buttons of one form.

use std::collections::BTreeMap;

use epi_i18n::Labelled;
use epi_model::{
    Domain, EvalDimension, IccArea, KeyFeature, Lang, Status, TargetGroup, Theme, Vocabulary,
};
use epi_submit::{DocumentFields, FieldError, LinkFields};
use maud::{Markup, PreEscaped, html};

use super::account::{FormPairs, field, fields};
use super::{csrf_field, lang_attr};
use crate::ui_lang::UiLang;

/// Link rows offered by the form (a document may have more when edited as a file).
const LINK_ROWS: usize = 3;

/// What the form shows.
#[derive(Debug)]
pub struct FormView<'a> {
    /// Where the form posts to.
    pub action: String,
    pub fields: &'a DocumentFields,
    /// The practice slug; editable for a new practice, fixed for a translation.
    pub slug: &'a str,
    pub slug_editable: bool,
    pub errors: &'a [FieldError],
    pub warnings: &'a [FieldError],
    /// The rendered, sanitised body, when the reader asked for a preview.
    pub preview_html: Option<&'a str>,
}

/// The id of a field's control: `period.start` → `f-period-start`.
fn control_id(name: &str) -> String {
    format!("f-{}", name.replace(['.', '_'], "-"))
}

fn error_id(name: &str) -> String {
    format!("e-{}", name.replace(['.', '_'], "-"))
}

/// Reads the form back into fields. Lists typed one per line are split into lines.
pub fn fields_from_form(pairs: &FormPairs) -> DocumentFields {
    let text = |name: &str| field(pairs, name).map(|v| v.replace("\r\n", "\n"));
    let lines = |name: &str| -> Vec<String> {
        field(pairs, name)
            .unwrap_or_default()
            .lines()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect()
    };
    let mut links = Vec::new();
    for row in 1..=LINK_ROWS {
        links.push(LinkFields {
            title: field(pairs, &format!("links.{row}.title"))
                .unwrap_or_default()
                .to_owned(),
            url: field(pairs, &format!("links.{row}.url"))
                .unwrap_or_default()
                .to_owned(),
        });
    }
    let mut evaluation = BTreeMap::new();
    for dimension in EvalDimension::ALL {
        if let Some(evidence) = text(&format!("evaluation.{}", dimension.id())) {
            evaluation.insert(dimension.id().to_owned(), evidence);
        }
    }
    DocumentFields {
        title: text("title"),
        summary: text("summary"),
        city: text("city"),
        country: text("country"),
        organisations: lines("organisations"),
        domains: fields(pairs, "domains"),
        key_features: fields(pairs, "key_features"),
        themes: fields(pairs, "themes"),
        target_groups: fields(pairs, "target_groups"),
        status: text("status"),
        lang: text("lang"),
        keywords: lines("keywords"),
        icc_areas: fields(pairs, "icc_areas"),
        adapted_from: lines("adapted_from"),
        adapted_by: lines("adapted_by"),
        license: text("license"),
        source: text("source"),
        period: epi_submit::PeriodFields {
            start: text("period.start"),
            end: text("period.end"),
        },
        contact: epi_submit::ContactFields {
            organisation: text("contact.organisation"),
            name: text("contact.name"),
            email: text("contact.email"),
            url: text("contact.url"),
        },
        links,
        evaluation,
        body: text("body").unwrap_or_default(),
    }
}

/// Renders errors about `names` next to a control; the element's id is `error_id(names[0])`.
struct Errors<'a> {
    all: &'a [FieldError],
    ui: &'a UiLang,
}

impl Errors<'_> {
    fn of(&self, names: &[&str]) -> Vec<&FieldError> {
        self.all
            .iter()
            .filter(|e| e.field.as_deref().is_some_and(|f| names.contains(&f)))
            .collect()
    }

    /// The error list of a field, and the `aria-describedby` value that points at it and at
    /// the hint.
    fn block(&self, names: &[&str], hint: Option<&str>) -> (Markup, Option<String>, bool) {
        let found = self.of(names);
        let id = error_id(names[0]);
        let mut described: Vec<String> = hint.map(str::to_owned).into_iter().collect();
        if !found.is_empty() {
            described.push(id.clone());
        }
        let english = lang_attr(Lang::En, self.ui.lang);
        let markup = html! {
            @if !found.is_empty() {
                ul.field-error #(id) lang=[english] {
                    @for error in &found { li { (error.message) } }
                }
            }
        };
        let described = (!described.is_empty()).then(|| described.join(" "));
        (markup, described, !found.is_empty())
    }
}

/// A one-line text control.
fn input(
    errors: &Errors,
    name: &str,
    label: &str,
    value: Option<&str>,
    hint: Option<&str>,
    kind: &str,
) -> Markup {
    let hint_id = hint.map(|_| format!("h-{}", control_id(name)));
    let (error_list, described, invalid) = errors.block(&[name], hint_id.as_deref());
    html! {
        div.field {
            label for=(control_id(name)) { (label) }
            @if let (Some(hint), Some(id)) = (hint, &hint_id) { p.hint #(id) { (hint) } }
            (error_list)
            input #(control_id(name)) type=(kind) name=(name) value=(value.unwrap_or_default())
                aria-describedby=[described] aria-invalid=[invalid.then_some("true")];
        }
    }
}

/// A multi-line text control.
fn textarea(
    errors: &Errors,
    name: &str,
    label: &str,
    value: &str,
    hint: Option<&str>,
    rows: u32,
) -> Markup {
    let hint_id = hint.map(|_| format!("h-{}", control_id(name)));
    let (error_list, described, invalid) = errors.block(&[name], hint_id.as_deref());
    html! {
        div.field {
            label for=(control_id(name)) { (label) }
            @if let (Some(hint), Some(id)) = (hint, &hint_id) { p.hint #(id) { (hint) } }
            (error_list)
            textarea #(control_id(name)) name=(name) rows=(rows)
                aria-describedby=[described] aria-invalid=[invalid.then_some("true")] { (value) }
        }
    }
}

/// A group of checkboxes for a vocabulary, labelled in the reader's language.
fn checkboxes<V: Labelled>(
    ui: &UiLang,
    errors: &Errors,
    name: &str,
    legend: &str,
    chosen: &[String],
) -> Markup {
    let (error_list, described, _) = errors.block(&[name], None);
    html! {
        fieldset.checkboxes #(control_id(name)) aria-describedby=[described] {
            legend { (legend) }
            (error_list)
            @for value in V::ALL {
                @let id = format!("{}-{}", control_id(name), value.id());
                div.check {
                    input #(id) type="checkbox" name=(name) value=(value.id())
                        checked[chosen.iter().any(|c| c == value.id())];
                    label for=(id) { (ui.label(*value)) }
                }
            }
        }
    }
}

fn lines(values: &[String]) -> String {
    values.join("\n")
}

/// The whole form, with the preview and the report above it when there is one.
pub fn render(ui: &UiLang, view: &FormView) -> Markup {
    let errors = Errors {
        all: view.errors,
        ui,
    };
    let f = view.fields;
    let english = lang_attr(Lang::En, ui.lang);
    let doc_lang = f.lang.as_deref().and_then(Lang::from_code);
    let one_per_line = ui.t("form-one-per-line");
    let ids_hint = ui.t("form-practice-ids-hint");
    let date_hint = ui.t("form-date-hint");
    html! {
        @if !view.errors.is_empty() {
            section.error-summary role="alert" aria-labelledby="error-summary" tabindex="-1" {
                h2 #error-summary { (ui.t_with("form-errors-heading", &[("count", view.errors.len().into())])) }
                ul lang=[english] {
                    @for error in view.errors {
                        li {
                            @match &error.field {
                                Some(name) => a href=(format!("#{}", summary_target(name))) { (error) },
                                None => (error),
                            }
                        }
                    }
                }
            }
        }
        @if let Some(preview) = view.preview_html {
            section.preview aria-labelledby="preview" {
                h2 #preview { (ui.t("form-preview-heading")) }
                @if view.errors.is_empty() {
                    p.notice role="status" { (ui.t("form-no-problems")) }
                }
                @if !view.warnings.is_empty() {
                    h3 { (ui.t("form-warnings-heading")) }
                    ul lang=[english] { @for warning in view.warnings { li { (warning) } } }
                }
                article.body lang=[doc_lang.and_then(|l| lang_attr(l, ui.lang))] {
                    @if let Some(title) = &f.title { h1 { (title) } }
                    @if let Some(summary) = &f.summary { p.summary { (summary) } }
                    (PreEscaped(preview))
                }
            }
        }
        form.submission-form method="post" action=(view.action) novalidate {
            (csrf_field(ui))
            h2 { (ui.t("form-section-practice")) }
            @if view.slug_editable {
                (input(&errors, "slug", &ui.t("form-slug-label"), Some(view.slug), Some(&ui.t("form-slug-hint")), "text"))
            } @else {
                input type="hidden" name="slug" value=(view.slug);
                (errors.block(&["slug"], None).0)
            }
            (input(&errors, "title", &ui.t("form-title-label"), f.title.as_deref(), None, "text"))
            (textarea(&errors, "summary", &ui.t("form-summary-label"), f.summary.as_deref().unwrap_or_default(), Some(&ui.t("form-summary-hint")), 3))
            (language_select(ui, &errors, f.lang.as_deref()))
            (input(&errors, "city", &ui.t("field-city"), f.city.as_deref(), None, "text"))
            (input(&errors, "country", &ui.t("form-country-label"), f.country.as_deref(), Some(&ui.t("form-country-hint")), "text"))
            (textarea(&errors, "organisations", &ui.t("field-organisations"), &lines(&f.organisations), Some(&one_per_line), 3))

            h2 { (ui.t("form-section-framework")) }
            (checkboxes::<Domain>(ui, &errors, "domains", &ui.t("field-domains"), &f.domains))
            (checkboxes::<KeyFeature>(ui, &errors, "key_features", &ui.t("field-key-features"), &f.key_features))
            (checkboxes::<Theme>(ui, &errors, "themes", &ui.t("field-themes"), &f.themes))
            (checkboxes::<TargetGroup>(ui, &errors, "target_groups", &ui.t("field-target-groups"), &f.target_groups))
            (checkboxes::<IccArea>(ui, &errors, "icc_areas", &ui.t("field-icc-areas"), &f.icc_areas))
            (status_select(ui, &errors, f.status.as_deref()))
            fieldset #(control_id("period")) {
                legend { (ui.t("field-period")) }
                (errors.block(&["period"], None).0)
                (input(&errors, "period.start", &ui.t("form-period-start-label"), f.period.start.as_deref(), Some(&date_hint), "text"))
                (input(&errors, "period.end", &ui.t("form-period-end-label"), f.period.end.as_deref(), None, "text"))
            }

            h2 { (ui.t("form-section-text")) }
            (textarea(&errors, "body", &ui.t("form-body-label"), &f.body, Some(&ui.t("form-body-hint")), 24))
            (textarea(&errors, "keywords", &ui.t("form-keywords-label"), &lines(&f.keywords), Some(&one_per_line), 3))
            fieldset #(control_id("evaluation")) {
                legend { (ui.t("practice-evaluation")) }
                p.hint { (ui.t("form-evaluation-hint")) }
                (errors.block(&["evaluation"], None).0)
                @for dimension in EvalDimension::ALL {
                    @let name = format!("evaluation.{}", dimension.id());
                    (textarea(&errors, &name, &ui.label(*dimension), f.evaluation.get(dimension.id()).map_or("", String::as_str), None, 2))
                }
            }

            h2 { (ui.t("form-section-more")) }
            (textarea(&errors, "adapted_from", &ui.t("field-adapted-from"), &lines(&f.adapted_from), Some(&ids_hint), 2))
            (textarea(&errors, "adapted_by", &ui.t("field-adapted-by"), &lines(&f.adapted_by), Some(&ids_hint), 2))
            fieldset #(control_id("contact")) {
                legend { (ui.t("field-contact")) }
                (errors.block(&["contact"], None).0)
                (input(&errors, "contact.organisation", &ui.t("form-contact-organisation-label"), f.contact.organisation.as_deref(), None, "text"))
                (input(&errors, "contact.name", &ui.t("form-contact-name-label"), f.contact.name.as_deref(), None, "text"))
                (input(&errors, "contact.email", &ui.t("form-contact-email-label"), f.contact.email.as_deref(), None, "email"))
                (input(&errors, "contact.url", &ui.t("form-contact-url-label"), f.contact.url.as_deref(), None, "url"))
            }
            fieldset #(control_id("links")) {
                legend { (ui.t("field-links")) }
                (errors.block(&["links", "links.title", "links.url"], None).0)
                @for row in 1..=LINK_ROWS {
                    @let link = f.links.get(row - 1);
                    @let title_name = format!("links.{row}.title");
                    @let url_name = format!("links.{row}.url");
                    div.field {
                        label for=(control_id(&title_name)) { (ui.t_with("form-link-title-label", &[("number", row.into())])) }
                        input #(control_id(&title_name)) type="text" name=(title_name) value=(link.map_or("", |l| l.title.as_str()));
                    }
                    div.field {
                        label for=(control_id(&url_name)) { (ui.t_with("form-link-url-label", &[("number", row.into())])) }
                        input #(control_id(&url_name)) type="url" name=(url_name) value=(link.map_or("", |l| l.url.as_str()));
                    }
                }
            }
            (input(&errors, "license", &ui.t("field-licence"), f.license.as_deref(), None, "text"))
            (textarea(&errors, "source", &ui.t("field-source"), f.source.as_deref().unwrap_or_default(), Some(&ui.t("form-source-hint")), 3))

            div.actions {
                button type="submit" name="action" value="preview" { (ui.t("form-preview-button")) }
                button type="submit" name="action" value="submit" { (ui.t("form-submit-button")) }
            }
        }
    }
}

/// Where an error of the summary links to: the control, or the group it belongs to.
fn summary_target(name: &str) -> String {
    match name {
        "links.title" | "links.url" => control_id("links"),
        other => control_id(other),
    }
}

fn language_select(ui: &UiLang, errors: &Errors, chosen: Option<&str>) -> Markup {
    let (error_list, described, invalid) = errors.block(&["lang"], None);
    html! {
        div.field {
            label for=(control_id("lang")) { (ui.t("form-lang-label")) }
            (error_list)
            select #(control_id("lang")) name="lang" aria-describedby=[described] aria-invalid=[invalid.then_some("true")] {
                option value="" { (ui.t("form-choose")) }
                @for lang in Lang::ALL {
                    option value=(lang.code()) lang=(lang.code()) selected[chosen == Some(lang.code())] { (lang.native_name()) }
                }
            }
        }
    }
}

fn status_select(ui: &UiLang, errors: &Errors, chosen: Option<&str>) -> Markup {
    let (error_list, described, invalid) = errors.block(&["status"], None);
    html! {
        div.field {
            label for=(control_id("status")) { (ui.t("field-status")) }
            (error_list)
            select #(control_id("status")) name="status" aria-describedby=[described] aria-invalid=[invalid.then_some("true")] {
                option value="" { (ui.t("form-choose")) }
                @for status in Status::ALL {
                    option value=(status.id()) selected[chosen == Some(status.id())] { (ui.label(*status)) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_reads_back_what_it_shows() {
        let pairs: FormPairs = [
            ("title", "Welcome walks"),
            ("organisations", "City Hall\r\n\r\n  PATRIR  \n"),
            ("domains", "interaction"),
            ("domains", "governance"),
            ("period.start", "2021-06"),
            ("links.1.title", "Site"),
            ("links.1.url", "https://example.org"),
            ("evaluation.relevance", "It mattered."),
            ("body", "## Context\r\n\r\nText."),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let fields = fields_from_form(&pairs);
        assert_eq!(fields.organisations, ["City Hall", "PATRIR"]);
        assert_eq!(fields.domains, ["interaction", "governance"]);
        assert_eq!(fields.period.start.as_deref(), Some("2021-06"));
        assert_eq!(fields.links[0].url, "https://example.org");
        assert_eq!(fields.evaluation["relevance"], "It mattered.");
        assert_eq!(fields.body, "## Context\n\nText.");
    }

    #[test]
    fn errors_sit_next_to_their_fields() {
        let uri: axum::http::Uri = "/submit?ui=de".parse().unwrap();
        let ui = UiLang::negotiate(&uri, &Default::default(), &Default::default());
        let errors = vec![FieldError {
            field: Some("domains".into()),
            line: Some(6),
            column: Some(12),
            message: "unknown domain 'goverance' — did you mean 'governance'?".into(),
        }];
        let fields = DocumentFields {
            domains: vec!["goverance".into()],
            ..DocumentFields::default()
        };
        let html = render(
            &ui,
            &FormView {
                action: "/submit".into(),
                fields: &fields,
                slug: "",
                slug_editable: true,
                errors: &errors,
                warnings: &[],
                preview_html: None,
            },
        )
        .into_string();
        assert!(
            html.contains(
                r#"<fieldset class="checkboxes" id="f-domains" aria-describedby="e-domains">"#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"<ul class="field-error" id="e-domains" lang="en"><li>unknown domain"#),
            "{html}"
        );
        assert!(html.contains(r##"<a href="#f-domains">"##), "{html}");
        // Labels in the reader's language.
        assert!(
            html.contains("Zielgruppen") || html.contains("Zielgruppe"),
            "{html}"
        );
    }
}
