//! The JSON API, versioned under `/api/v1`, and its OpenAPI 3.1 document (generated from the
//! handlers and types with utoipa, so it cannot drift from what is served).

use std::collections::BTreeMap;

use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use epi_model::search::FacetCounts;
use epi_model::{FacetKind, Lang, Practice, PracticeId, SearchRequest, SearchResults};
use serde::Serialize;
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::error::{ApiError, ApiPath, Failure, Problem, problem_response};
use crate::labels::{value_label, vocabulary_values};
use crate::markdown::to_safe_html;
use crate::params::parse_search;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/search", get(search))
        .route("/practices/{city}/{slug}", get(practice))
        .route("/facets", get(facets))
        .route("/health", get(health))
        .route("/openapi.json", get(openapi))
        .merge(crate::submissions_api::routes())
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(not_found)
}

async fn method_not_allowed() -> Response {
    problem_response(&Failure::MethodNotAllowed)
}

/// The OpenAPI document of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "EPI Good-Practice Library API",
        description = "Search and read the good practices for the local integration of migrants gathered by the European Pact for Integration. Errors are RFC 9457 problem documents.",
        version = "1.0.0",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2")
    ),
    paths(search, practice, facets, health),
    components(schemas(Problem, SearchResults, PracticeResponse, FacetsResponse, Health))
)]
struct ApiDoc;

/// The OpenAPI document as JSON.
pub fn openapi_document() -> serde_json::Value {
    let mut document = ApiDoc::openapi();
    document.merge(crate::submissions_api::SubmissionsDoc::openapi());
    serde_json::to_value(document).unwrap_or_default()
}

async fn openapi() -> Json<serde_json::Value> {
    Json(openapi_document())
}

async fn not_found() -> Response {
    problem_response(&Failure::NotFound(
        "no such API endpoint: see /api/v1/openapi.json".into(),
    ))
}

/// Search parameters (documentation only: parsing is `params::parse_search`, shared with the
/// search page).
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct SearchQuery {
    /// The query: words (all must match), "phrases", -exclusions and OR. Malformed input is
    /// never an error: it is read as plain words and `query.notes` says what changed.
    q: Option<String>,
    /// City slug (repeat for several: OR).
    city: Option<Vec<String>>,
    /// EPI domain: interaction, participation, governance (repeatable).
    domain: Option<Vec<String>>,
    /// Document language: en, ro, it, es, de, sv, pl, lv (repeatable).
    lang: Option<Vec<String>>,
    /// Theme id (repeatable).
    theme: Option<Vec<String>>,
    /// EPI key feature (repeatable).
    key_feature: Option<Vec<String>>,
    /// Target group id (repeatable).
    target_group: Option<Vec<String>>,
    /// Status: planned, pilot, ongoing, completed (repeatable).
    status: Option<Vec<String>>,
    /// Year the practice was active in (repeatable).
    year: Option<Vec<String>>,
    /// ISO 3166-1 alpha-2 country code (repeatable).
    country: Option<Vec<String>>,
    /// Thesaurus concept id (repeatable): documents that mention the concept, in any language.
    topic: Option<Vec<String>>,
    /// Cross-language expansion: concepts recognised in the query are also searched through
    /// their terms in every language, with a lower weight (default true). The expansions made
    /// are reported in `query.expansions`.
    expand: Option<bool>,
    /// Order: relevance (default) or newest.
    sort: Option<String>,
    /// Page number, from 1.
    page: Option<u32>,
    /// Results per page, 1 to 100 (default 10).
    per_page: Option<u32>,
    /// The reader's language: the tie-breaker when the query's language is unclear, the language
    /// whose results come first, and the language of `reader_version` summaries.
    ui: Option<String>,
}

/// Searches the library: ranked hits with highlighted snippets, disjunctive facet counts, and
/// the query as the library understood it.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    params(SearchQuery),
    responses(
        (status = 200, description = "A page of results", body = SearchResults),
        (status = 400, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Too many searches at once", body = Problem, content_type = "application/problem+json")
    )
)]
async fn search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<SearchResults>, ApiError> {
    let request = parse_search(raw.as_deref())?;
    let results = run_search(&state, request).await?;
    Ok(Json(results))
}

/// Runs a search on a blocking thread.
pub async fn run_search(
    state: &AppState,
    request: SearchRequest,
) -> Result<SearchResults, Failure> {
    state
        .with_index(move |index| epi_search::search(index, &request).map_err(Failure::from))
        .await
}

/// One language version of a practice: its metadata, Markdown body and rendered body.
#[derive(Debug, Serialize, ToSchema)]
pub struct PracticeVersion {
    #[serde(flatten)]
    pub practice: Practice,
    /// The body rendered to sanitised HTML.
    pub body_html: String,
}

/// A practice in every language it is available in.
#[derive(Debug, Serialize, ToSchema)]
pub struct PracticeResponse {
    pub id: PracticeId,
    /// The languages of the versions, in order.
    pub languages: Vec<Lang>,
    pub versions: Vec<PracticeVersion>,
}

/// Reads a practice: every language version with metadata, Markdown and HTML body.
#[utoipa::path(
    get,
    path = "/api/v1/practices/{city}/{slug}",
    params(
        ("city" = String, Path, description = "City slug, e.g. cluj-napoca"),
        ("slug" = String, Path, description = "Practice slug, e.g. one-stop-shop")
    ),
    responses(
        (status = 200, description = "The practice", body = PracticeResponse),
        (status = 404, description = "No such practice", body = Problem, content_type = "application/problem+json")
    )
)]
async fn practice(
    State(state): State<AppState>,
    ApiPath((city, slug)): ApiPath<(String, String)>,
) -> Result<Json<PracticeResponse>, ApiError> {
    let id = practice_id(&city, &slug)?;
    let versions = load_practice(&state, id.clone()).await?;
    Ok(Json(PracticeResponse {
        id,
        languages: versions.iter().map(|v| v.lang).collect(),
        versions: versions
            .into_iter()
            .map(|practice| PracticeVersion {
                body_html: to_safe_html(&practice.body),
                practice,
            })
            .collect(),
    }))
}

/// Checks the two path segments of a practice id.
pub fn practice_id(city: &str, slug: &str) -> Result<PracticeId, Failure> {
    PracticeId::new(city, slug).map_err(|_| {
        Failure::NotFound(format!(
            "'{}/{}' is not a practice id: expected '<city>/<slug>' in lower-case letters, digits and '-'",
            city.chars().take(80).collect::<String>(),
            slug.chars().take(80).collect::<String>()
        ))
    })
}

/// Every version of a practice; not found when there is none.
pub async fn load_practice(state: &AppState, id: PracticeId) -> Result<Vec<Practice>, Failure> {
    let versions = state
        .with_index({
            let id = id.clone();
            move |index| index.practice(&id).map_err(Failure::from)
        })
        .await?;
    if versions.is_empty() {
        return Err(Failure::NotFound(format!("there is no practice '{id}'")));
    }
    Ok(versions)
}

/// One value of a facet's vocabulary.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacetValueInfo {
    pub value: String,
    /// The English label.
    pub label: String,
    /// Documents (language versions) with this value.
    pub count: u64,
}

/// A facet, its label and its values.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacetInfo {
    pub facet: FacetKind,
    pub label: String,
    pub values: Vec<FacetValueInfo>,
}

/// The facets of the library with labels and counts over the whole library.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacetsResponse {
    /// Documents (language versions) in the library.
    pub total: u64,
    pub facets: Vec<FacetInfo>,
}

/// Lists every facet's vocabulary with labels and counts over the whole library. Closed
/// vocabularies list every value, with 0 for values no practice has yet.
#[utoipa::path(
    get,
    path = "/api/v1/facets",
    responses((status = 200, description = "The facets", body = FacetsResponse))
)]
async fn facets(State(state): State<AppState>) -> Result<Json<FacetsResponse>, ApiError> {
    let response = state
        .with_index(|index| {
            let results = whole_library(index)?;
            let facets = results
                .facets
                .iter()
                .map(|counts| facet_info(index, counts))
                .collect();
            Ok(FacetsResponse {
                total: results.total,
                facets,
            })
        })
        .await?;
    Ok(Json(response))
}

/// The facet counts (and total) of the whole library: a search for everything, one hit long.
pub fn whole_library(index: &epi_index::LibraryIndex) -> Result<SearchResults, Failure> {
    let all = SearchRequest {
        per_page: 1,
        ..SearchRequest::default()
    };
    Ok(epi_search::search(index, &all)?)
}

fn facet_info(index: &epi_index::LibraryIndex, counts: &FacetCounts) -> FacetInfo {
    let kind = counts.facet;
    let mut by_value: BTreeMap<&str, u64> = counts
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.count))
        .collect();
    let values = match vocabulary_values(kind) {
        Some(vocabulary) => vocabulary
            .into_iter()
            .map(|value| (value.to_owned(), by_value.remove(value).unwrap_or(0)))
            .collect(),
        None => counts
            .values
            .iter()
            .map(|v| (v.value.clone(), v.count))
            .collect::<Vec<_>>(),
    };
    FacetInfo {
        facet: kind,
        label: kind.label().to_owned(),
        values: values
            .into_iter()
            .map(|(value, count)| FacetValueInfo {
                label: value_label(index, kind, &value, Lang::En),
                value,
                count,
            })
            .collect(),
    }
}

/// The server's health.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the server answers.
    pub status: String,
    /// Documents (language versions) served.
    pub documents: u64,
    /// The index generation being served.
    pub generation: String,
}

/// Tells whether the server is up and what it serves.
#[utoipa::path(
    get,
    path = "/api/v1/health",
    responses((status = 200, description = "The server is up", body = Health))
)]
async fn health(State(state): State<AppState>) -> impl IntoResponse {
    let index = state.library().current();
    Json(Health {
        status: "ok".into(),
        documents: index.num_documents(),
        generation: index
            .dir()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    })
}
