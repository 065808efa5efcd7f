//! Validation: raw front matter and body → a [`Practice`], with every problem located.
//!
//! One validator serves the corpus, `epi check` and (later) web and API submissions, so a file
//! is accepted or refused the same way wherever it comes from.

use std::collections::BTreeMap;
use std::path::Path;

use epi_lang::{Detection, Detector};
use epi_model::practice::{Contact, Link, PartialDate, Period, Practice, PracticeId, slugify};
use epi_model::vocab::{Vocabulary, parse_vocab};
use epi_model::{EvalDimension, Lang};
use toml::Spanned;

use crate::countries;
use crate::diagnostic::{Diagnostic, Diagnostics, Position, Severity};
use crate::frontmatter::{self, KNOWN_KEYS, RawFrontMatter, Text, TextList};
use crate::location::DocLocation;

/// Limits on free-text fields, in characters.
const TITLE_CHARS: std::ops::RangeInclusive<usize> = 3..=200;
const SUMMARY_MAX_CHARS: usize = 600;
const MAX_KEYWORDS: usize = 7;
/// The minimum confidence at which detection may contradict a declared language.
const CONTRADICTION_CONFIDENCE: f64 = 0.5;

/// A valid document, ready to index.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedDocument {
    pub practice: Practice,
    /// The body as plain text (what is indexed and shown in snippets).
    pub plain_body: String,
    /// What language detection said of the text, when it said anything.
    pub detected: Option<Detection>,
}

/// The result of reading one document: the document when it is valid, and every diagnostic.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub document: Option<ParsedDocument>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Outcome {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Reads one document. `file` names it in diagnostics; `location` is what its path says (city,
/// slug and perhaps language), which the front matter must agree with.
pub fn parse_document(
    file: &Path,
    location: &DocLocation,
    text: &str,
    detector: &Detector,
) -> Outcome {
    let mut diagnostics = Diagnostics::new(file.to_path_buf());
    // Normalised as queries are (see `epi_model::text::normalise`). That never adds or removes
    // a line break, so line numbers in diagnostics stay those of the file.
    let text = epi_model::text::normalise(text);
    let document = parse_inner(location, &text, detector, &mut diagnostics);
    let has_errors = diagnostics.has_errors();
    Outcome {
        document: document.filter(|_| !has_errors),
        diagnostics: diagnostics.into_vec(),
    }
}

fn parse_inner(
    location: &DocLocation,
    text: &str,
    detector: &Detector,
    diags: &mut Diagnostics,
) -> Option<ParsedDocument> {
    let split = match frontmatter::split(text) {
        Ok(split) => split,
        Err(err) => {
            let position = Position {
                line: err.line,
                column: 1,
            };
            diags.push(Severity::Error, Some(position), None, err.message);
            return None;
        }
    };
    let raw: RawFrontMatter = match toml::from_str(split.front) {
        Ok(raw) => raw,
        Err(err) => {
            let position = err
                .span()
                .map(|span| Position::of_offset(split.front, span.start, split.front_first_line));
            diags.push(Severity::Error, position, None, toml_message(&err));
            return None;
        }
    };
    let at = |offset: usize| {
        Some(Position::of_offset(
            split.front,
            offset,
            split.front_first_line,
        ))
    };
    let mut v = Validator {
        diags,
        at: &at,
        end_of_front: at(split.front.len()),
    };
    v.build(raw, location, split.body, detector)
}

/// The TOML error's message without the source excerpt toml appends (we give file:line:col).
fn toml_message(err: &toml::de::Error) -> String {
    let message = err.message().trim().to_owned();
    if let Some(key) = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
    {
        let suggestion = epi_model::suggest::nearest(key, KNOWN_KEYS)
            .map(|s| format!(" — did you mean '{s}'?"))
            .unwrap_or_default();
        return format!("unknown key '{key}'{suggestion} (see corpus/README.md for the fields)");
    }
    format!("invalid TOML: {message}")
}

struct Validator<'a, 'd> {
    diags: &'d mut Diagnostics,
    at: &'a dyn Fn(usize) -> Option<Position>,
    end_of_front: Option<Position>,
}

impl Validator<'_, '_> {
    fn error<T>(&mut self, spanned: &Spanned<T>, field: &str, message: impl Into<String>) {
        let position = (self.at)(spanned.span().start);
        self.diags.error(position, field, message);
    }

    fn missing(&mut self, field: &str, what: &str) {
        let position = self.end_of_front;
        self.diags.error(
            position,
            field,
            format!("missing required field '{field}': {what}"),
        );
    }

    fn required_text(&mut self, value: Text, field: &str, what: &str) -> Option<String> {
        let Some(value) = value else {
            self.missing(field, what);
            return None;
        };
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.error(&value, field, format!("'{field}' is empty: {what}"));
            return None;
        }
        Some(text.to_owned())
    }

    fn optional_text(&mut self, value: Text, field: &str) -> Option<String> {
        let value = value?;
        let text = value.get_ref().trim();
        if text.is_empty() {
            self.error(
                &value,
                field,
                format!("'{field}' is empty: remove it or fill it in"),
            );
            return None;
        }
        Some(text.to_owned())
    }

    /// A list of free texts; `min` is the least number of entries.
    fn text_list(&mut self, value: TextList, field: &str, min: usize, what: &str) -> Vec<String> {
        let Some(list) = value else {
            if min > 0 {
                self.missing(field, what);
            }
            return Vec::new();
        };
        if list.get_ref().len() < min {
            self.error(
                &list,
                field,
                format!("'{field}' needs at least {min} entry: {what}"),
            );
        }
        let mut out = Vec::new();
        for item in list.into_inner() {
            let text = item.get_ref().trim();
            if text.is_empty() {
                self.error(&item, field, format!("empty entry in '{field}'"));
            } else if out.iter().any(|o: &String| o == text) {
                self.error(
                    &item,
                    field,
                    format!("'{text}' is listed twice in '{field}'"),
                );
            } else {
                out.push(text.to_owned());
            }
        }
        out
    }

    /// A list of vocabulary values; unknown values get a suggestion.
    fn vocab_list<V: Vocabulary>(&mut self, value: TextList, min: usize) -> Vec<V> {
        let field = V::FIELD;
        let allowed = V::ids().collect::<Vec<_>>().join(", ");
        let Some(list) = value else {
            if min > 0 {
                self.missing(field, &format!("one or more of {allowed}"));
            }
            return Vec::new();
        };
        if list.get_ref().len() < min {
            self.error(
                &list,
                field,
                format!("'{field}' needs at least {min} value: one or more of {allowed}"),
            );
        }
        let mut out: Vec<V> = Vec::new();
        for item in list.into_inner() {
            match parse_vocab::<V>(item.get_ref().trim()) {
                Ok(value) if out.contains(&value) => {
                    self.error(
                        &item,
                        field,
                        format!("'{}' is listed twice in '{field}'", value.id()),
                    );
                }
                Ok(value) => out.push(value),
                Err(err) => {
                    let hint = match err.suggestion {
                        Some(s) => format!("did you mean '{s}'?"),
                        None => format!("expected one of {allowed}"),
                    };
                    let singular = field.trim_end_matches('s');
                    self.error(
                        &item,
                        field,
                        format!("unknown {singular} '{}' — {hint}", err.value),
                    );
                }
            }
        }
        out
    }

    fn single_vocab<V: Vocabulary>(&mut self, value: Text, field: &str) -> Option<V> {
        let allowed = V::ids().collect::<Vec<_>>().join(", ");
        let Some(value) = value else {
            self.missing(field, &format!("one of {allowed}"));
            return None;
        };
        match parse_vocab::<V>(value.get_ref().trim()) {
            Ok(v) => Some(v),
            Err(err) => {
                let hint = match err.suggestion {
                    Some(s) => format!("did you mean '{s}'?"),
                    None => format!("expected one of {allowed}"),
                };
                self.error(
                    &value,
                    field,
                    format!("unknown {field} '{}' — {hint}", err.value),
                );
                None
            }
        }
    }

    fn date(&mut self, value: &Spanned<toml::Value>, field: &str) -> Option<PartialDate> {
        let parsed = match value.get_ref() {
            toml::Value::String(text) => text.parse::<PartialDate>().map_err(|e| e.to_string()),
            toml::Value::Datetime(datetime) => match (datetime.date, datetime.time) {
                (Some(date), None) => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
                    .parse::<PartialDate>()
                    .map_err(|e| e.to_string()),
                _ => {
                    Err("expected a date without a time, such as \"2021-06\" or 2021-06-15".into())
                }
            },
            toml::Value::Integer(year) => year
                .to_string()
                .parse::<PartialDate>()
                .map_err(|e| e.to_string()),
            other => Err(format!(
                "expected a date such as \"2021-06\", found a {}",
                other.type_str()
            )),
        };
        match parsed {
            Ok(date) => Some(date),
            Err(message) => {
                self.error(value, field, format!("{field}: {message}"));
                None
            }
        }
    }

    fn period(&mut self, raw: Option<Spanned<frontmatter::RawPeriod>>) -> Option<Period> {
        let Some(raw) = raw else {
            self.missing(
                "period",
                "a table with 'start' (and 'end' when it has ended)",
            );
            return None;
        };
        let span_holder = Spanned::new(raw.span(), ());
        let raw = raw.into_inner();
        let Some(start_value) = raw.start else {
            self.error(
                &span_holder,
                "period",
                "'period' needs a 'start' date, such as start = \"2021-06\"",
            );
            return None;
        };
        let start = self.date(&start_value, "period.start")?;
        let end = match &raw.end {
            Some(end_value) => {
                let end = self.date(end_value, "period.end")?;
                if end.is_before(start) {
                    self.error(
                        end_value,
                        "period.end",
                        format!("period.end {end} is before period.start {start}"),
                    );
                    return None;
                }
                Some(end)
            }
            None => None,
        };
        Some(Period { start, end })
    }

    fn url(&mut self, value: &Spanned<String>, field: &str) -> bool {
        let url = value.get_ref().trim();
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && url.len() > "https://".len() + 2
            && !url.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            self.error(
                value,
                field,
                format!("'{url}' is not a web address: expected http:// or https://"),
            );
        }
        ok
    }

    fn contact(&mut self, raw: Option<Spanned<frontmatter::RawContact>>) -> Option<Contact> {
        let Some(raw) = raw else {
            self.missing("contact", "a table with at least 'organisation'");
            return None;
        };
        let raw = raw.into_inner();
        let organisation = self.required_text(
            raw.organisation,
            "contact.organisation",
            "the organisation to contact",
        );
        if let Some(email) = &raw.email {
            let text = email.get_ref().trim();
            let valid = text.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !text.contains(char::is_whitespace)
            });
            if !valid {
                self.error(
                    email,
                    "contact.email",
                    format!("'{text}' is not an email address"),
                );
            }
        }
        if let Some(url) = &raw.url {
            self.url(url, "contact.url");
        }
        Some(Contact {
            organisation: organisation?,
            name: self.optional_text(raw.name, "contact.name"),
            email: self.optional_text(raw.email, "contact.email"),
            url: self.optional_text(raw.url, "contact.url"),
        })
    }

    fn links(&mut self, raw: Option<Spanned<Vec<Spanned<frontmatter::RawLink>>>>) -> Vec<Link> {
        let mut links = Vec::new();
        for item in raw.map(Spanned::into_inner).unwrap_or_default() {
            let span_holder = Spanned::new(item.span(), ());
            let item = item.into_inner();
            let title = self.optional_text(item.title, "links.title");
            let url = item.url.filter(|url| self.url(url, "links.url"));
            match (title, url) {
                (Some(title), Some(url)) => links.push(Link {
                    title,
                    url: url.into_inner().trim().to_owned(),
                }),
                _ => self.error(
                    &span_holder,
                    "links",
                    "each link needs a 'title' and a 'url'",
                ),
            }
        }
        links
    }

    fn practice_ids(&mut self, value: TextList, field: &str) -> Vec<PracticeId> {
        let mut ids = Vec::new();
        for item in value.map(Spanned::into_inner).unwrap_or_default() {
            match item.get_ref().trim().parse::<PracticeId>() {
                Ok(id) => ids.push(id),
                Err(err) => self.error(&item, field, err.to_string()),
            }
        }
        ids
    }

    fn evaluation(
        &mut self,
        raw: Option<Spanned<BTreeMap<Spanned<String>, Spanned<String>>>>,
    ) -> BTreeMap<EvalDimension, String> {
        let mut evaluation = BTreeMap::new();
        for (key, text) in raw.map(Spanned::into_inner).unwrap_or_default() {
            match parse_vocab::<EvalDimension>(key.get_ref()) {
                Ok(dimension) => {
                    let evidence = text.get_ref().trim();
                    if evidence.is_empty() {
                        self.error(
                            &text,
                            "evaluation",
                            format!(
                                "evaluation.{key} is empty: give the evidence or remove it",
                                key = dimension.id()
                            ),
                        );
                    } else {
                        evaluation.insert(dimension, evidence.to_owned());
                    }
                }
                Err(err) => {
                    let hint = match err.suggestion {
                        Some(s) => format!("did you mean '{s}'?"),
                        None => format!(
                            "expected one of {}",
                            EvalDimension::ids().collect::<Vec<_>>().join(", ")
                        ),
                    };
                    self.error(
                        &key,
                        "evaluation",
                        format!("unknown evaluation dimension '{}' — {hint}", key.get_ref()),
                    );
                }
            }
        }
        evaluation
    }

    fn build(
        &mut self,
        raw: RawFrontMatter,
        location: &DocLocation,
        body: &str,
        detector: &Detector,
    ) -> Option<ParsedDocument> {
        let title = self.required_text(raw.title.clone(), "title", "the practice's name");
        if let (Some(title), Some(span)) = (&title, &raw.title) {
            let chars = title.chars().count();
            if !TITLE_CHARS.contains(&chars) || title.contains('\n') {
                self.error(
                    span,
                    "title",
                    format!(
                        "the title must be one line of {}–{} characters (it has {chars})",
                        TITLE_CHARS.start(),
                        TITLE_CHARS.end()
                    ),
                );
            }
        }
        let summary = self.required_text(raw.summary.clone(), "summary", "1–3 sentences");
        if let (Some(summary), Some(span)) = (&summary, &raw.summary) {
            let chars = summary.chars().count();
            if chars > SUMMARY_MAX_CHARS {
                self.error(span, "summary", format!("the summary has {chars} characters: keep it to 1–3 sentences, at most {SUMMARY_MAX_CHARS} characters"));
            }
        }
        let city = self.required_text(raw.city.clone(), "city", "the city's name");
        if let (Some(city), Some(span)) = (&city, &raw.city) {
            let slug = slugify(city);
            if slug != location.city {
                self.error(span, "city", format!("city '{city}' does not match its folder '{}': the folder for '{city}' is '{slug}'", location.city));
            }
        }
        let country = self.required_text(
            raw.country.clone(),
            "country",
            "an ISO 3166-1 alpha-2 code such as RO",
        );
        if let (Some(code), Some(span)) = (&country, &raw.country)
            && !countries::is_iso_country(code)
        {
            let upper = code.to_ascii_uppercase();
            let hint = if countries::is_iso_country(&upper) {
                format!(" — write it in capitals: '{upper}'")
            } else {
                String::new()
            };
            self.error(
                span,
                "country",
                format!("'{code}' is not an ISO 3166-1 alpha-2 country code{hint}"),
            );
        }
        let organisations = self.text_list(
            raw.organisations,
            "organisations",
            1,
            "the organisations that ran the practice",
        );
        let domains = self.vocab_list(raw.domains, 1);
        if raw.key_features.is_none() {
            self.missing(
                "key_features",
                "a list of the EPI key features the practice shows (may be [])",
            );
        }
        let key_features = self.vocab_list(raw.key_features, 0);
        let themes = self.vocab_list(raw.themes, 1);
        let target_groups = self.vocab_list(raw.target_groups, 1);
        let icc_areas = self.vocab_list(raw.icc_areas, 0);
        let period = self.period(raw.period);
        let status = self.single_vocab(raw.status, "status");
        let keywords = self.text_list(raw.keywords.clone(), "keywords", 0, "");
        if let Some(span) = &raw.keywords
            && keywords.len() > MAX_KEYWORDS
        {
            self.error(
                span,
                "keywords",
                format!("{} keywords: give at most {MAX_KEYWORDS}", keywords.len()),
            );
        }
        let evaluation = self.evaluation(raw.evaluation);
        let adapted_from = self.practice_ids(raw.adapted_from, "adapted_from");
        let adapted_by = self.practice_ids(raw.adapted_by, "adapted_by");
        let contact = self.contact(raw.contact);
        let links = self.links(raw.links);
        let license = self.required_text(
            raw.license.clone(),
            "license",
            "an SPDX licence id such as CC-BY-4.0",
        );
        if let (Some(license), Some(span)) = (&license, &raw.license)
            && !license
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.+".contains(&b))
        {
            self.error(
                span,
                "license",
                format!("'{license}' is not an SPDX licence id such as CC-BY-4.0"),
            );
        }
        let source = self.required_text(raw.source, "source", "where the facts come from");

        let plain_body = epi_model::text::plain_text(body);
        if plain_body.split_whitespace().next().is_none() {
            self.diags.error(
                self.end_of_front,
                "body",
                "the body is empty: write the case study below the front matter",
            );
        }
        let lang = self.language(
            raw.lang,
            location,
            title.as_deref(),
            summary.as_deref(),
            &plain_body,
            detector,
        );

        let id = PracticeId::new(&location.city, &location.slug).ok()?;
        let (lang, detected) = lang?;
        Some(ParsedDocument {
            practice: epi_model::Practice {
                id,
                lang,
                title: title?,
                summary: summary?,
                city: city?,
                country: country?,
                organisations,
                domains,
                key_features,
                themes,
                target_groups,
                period: period?,
                status: status?,
                keywords,
                evaluation,
                icc_areas,
                adapted_from,
                adapted_by,
                contact: contact?,
                links,
                license: license?,
                source: source?,
                body: body.to_owned(),
            },
            plain_body,
            detected,
        })
    }

    /// Settles the document's language: the file name's and the front matter's must agree,
    /// detection fills a gap and is checked against what was declared.
    fn language(
        &mut self,
        declared: Text,
        location: &DocLocation,
        title: Option<&str>,
        summary: Option<&str>,
        body: &str,
        detector: &Detector,
    ) -> Option<(Lang, Option<Detection>)> {
        let mut front_lang = None;
        if let Some(value) = &declared {
            match Lang::from_code(value.get_ref()) {
                Some(lang) => front_lang = Some(lang),
                None => {
                    self.error(
                        value,
                        "lang",
                        format!(
                            "unknown language '{}': expected one of en, ro, it, es, de, sv, pl, lv",
                            value.get_ref()
                        ),
                    );
                    return None;
                }
            }
        }
        if let (Some(file_lang), Some(front), Some(value)) = (location.lang, front_lang, &declared)
            && file_lang != front
        {
            self.error(
                value,
                "lang",
                format!("lang '{front}' contradicts the file name, which says '{file_lang}'"),
            );
            return None;
        }
        let text = format!(
            "{}\n{}\n{}",
            title.unwrap_or(""),
            summary.unwrap_or(""),
            body
        );
        let detected = detector.detect_document(&text);
        match (location.lang.or(front_lang), detected) {
            (Some(lang), Some(detection))
                if detection.lang != lang && detection.confidence >= CONTRADICTION_CONFIDENCE =>
            {
                let position = declared.as_ref().and_then(|v| (self.at)(v.span().start));
                self.diags.warning(position, "lang", format!(
                    "the text reads as {} ({}, confidence {:.2}) but the document declares {} ({})",
                    detection.lang.english_name(), detection.lang, detection.confidence, lang.english_name(), lang
                ));
                Some((lang, detected))
            }
            (Some(lang), _) => Some((lang, detected)),
            (None, Some(detection)) => Some((detection.lang, detected)),
            (None, None) => {
                self.diags.error(self.end_of_front, "lang", "the language of the text could not be detected: add lang = \"..\" or name the file <slug>.<lang>.md");
                None
            }
        }
    }
}
