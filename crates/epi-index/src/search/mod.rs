//! Searching a published generation: text query, filters, disjunctive facet counts, snippets.

mod drill;
mod expansion;
mod facets;
pub mod query;
mod ranking;
mod similar;
mod snippets;
mod spelling;
mod vocabulary;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use epi_model::query::ParsedQuery;
use epi_model::search::{
    FacetCounts, FacetValue, Hit, InterpretedQuery, MAX_RESULT_WINDOW, ReaderVersion,
};
use epi_model::{FacetKind, Lang, Practice, PracticeId, SearchRequest, SearchResults, Sort};
use tantivy::collector::sort_key::SortByStaticFastValue;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::concepts::ConceptMatcher;
use crate::document::from_document;
use crate::error::{IndexError, Result};
use crate::schema::LibrarySchema;
use crate::store::{GenerationMeta, IndexStore, THESAURUS, open_generation};
use drill::{DrillSideways, Selection};
use facets::FacetColumns;
pub use query::LanguageWeights;
use query::QueryBuilder;
use ranking::KeyOrder;
use snippets::Snippets;
#[cfg(test)]
pub(crate) use snippets::chunks;

/// Most values returned per facet (cities and years can grow with the library).
const MAX_FACET_VALUES: usize = 200;

/// What the index knows across documents: which languages each practice has.
#[derive(Debug, Default)]
struct Catalogue {
    translations: HashMap<String, BTreeSet<Lang>>,
    /// City slug → the city's name as written locally.
    city_names: HashMap<String, String>,
}

impl Catalogue {
    fn build(
        searcher: &Searcher,
        schema: &LibrarySchema,
        versions: &[Version],
    ) -> Result<Catalogue> {
        let mut translations: HashMap<String, BTreeSet<Lang>> = HashMap::new();
        for version in versions {
            if let Some(lang) = Lang::from_code(&version.lang) {
                translations
                    .entry(version.practice_id.clone())
                    .or_default()
                    .insert(lang);
            }
        }
        let mut city_names: HashMap<String, String> = HashMap::new();
        for_each_pair(
            searcher,
            schema,
            schema.city,
            schema.city_name,
            |_, _, slug, name| {
                city_names
                    .entry(slug.to_owned())
                    .or_insert_with(|| name.to_owned());
            },
        )?;
        Ok(Catalogue {
            translations,
            city_names,
        })
    }
}

/// A live document's address, practice id and language code: what the catalogue and the
/// tie-break order both need, read in one pass when a snapshot opens.
#[derive(Debug)]
struct Version {
    segment: tantivy::index::SegmentId,
    doc: tantivy::DocId,
    practice_id: String,
    lang: String,
}

impl Version {
    fn read_all(searcher: &Searcher, schema: &LibrarySchema) -> Result<Vec<Version>> {
        let mut versions = Vec::new();
        for_each_pair(
            searcher,
            schema,
            schema.practice_id,
            schema.lang,
            |segment, doc, id, lang| {
                versions.push(Version {
                    segment,
                    doc,
                    practice_id: id.to_owned(),
                    lang: lang.to_owned(),
                })
            },
        )?;
        Ok(versions)
    }
}

/// Calls `each` with the segment, id and values of two single-valued string fast fields of every
/// live document.
fn for_each_pair(
    searcher: &Searcher,
    schema: &LibrarySchema,
    first: tantivy::schema::Field,
    second: tantivy::schema::Field,
    mut each: impl FnMut(tantivy::index::SegmentId, tantivy::DocId, &str, &str),
) -> Result<()> {
    let names = [first, second].map(|field| schema.schema.get_field_name(field));
    let context = "cannot read the catalogue fields";
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let (Some(firsts), Some(seconds)) = (
            fast.str(names[0]).map_err(IndexError::tantivy(context))?,
            fast.str(names[1]).map_err(IndexError::tantivy(context))?,
        ) else {
            continue;
        };
        let first_terms = facets::column_terms(&firsts)?;
        let second_terms = facets::column_terms(&seconds)?;
        for doc in segment.doc_ids_alive() {
            let a = firsts
                .term_ords(doc)
                .next()
                .and_then(|o| first_terms.get(o as usize));
            let b = seconds
                .term_ords(doc)
                .next()
                .and_then(|o| second_terms.get(o as usize));
            if let (Some(a), Some(b)) = (a, b) {
                each(segment.segment_id(), doc, a, b);
            }
        }
    }
    Ok(())
}

/// A consistent view: a searcher and the catalogue computed from it.
struct Snapshot {
    searcher: Searcher,
    catalogue: Catalogue,
    facet_columns: Arc<FacetColumns>,
    key_order: Arc<KeyOrder>,
}

impl Snapshot {
    /// Every language the practice is available in, in language order.
    fn translations(&self, practice: &Practice) -> Vec<Lang> {
        self.catalogue
            .translations
            .get(&practice.id.to_string())
            .map(|langs| langs.iter().copied().collect())
            .unwrap_or_else(|| vec![practice.lang])
    }

    /// A result line for one language version.
    fn hit(&self, practice: Practice, snippet_html: String, score: f32) -> Hit {
        let translations = self.translations(&practice);
        Hit {
            id: practice.id,
            lang: practice.lang,
            title: practice.title,
            summary: practice.summary,
            city: practice.city,
            country: practice.country,
            domains: practice.domains,
            themes: practice.themes,
            period: practice.period,
            status: practice.status,
            snippet_html,
            score,
            translations,
            reader_version: None,
        }
    }
}

/// A published index generation, open for searching.
pub struct LibraryIndex {
    dir: PathBuf,
    meta: GenerationMeta,
    reader: IndexReader,
    schema: LibrarySchema,
    snapshot: RwLock<Arc<Snapshot>>,
    /// The thesaurus the generation was built with (empty for a generation without one).
    concepts: Arc<ConceptMatcher>,
}

impl std::fmt::Debug for LibraryIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibraryIndex")
            .field("dir", &self.dir)
            .field("meta", &self.meta)
            .finish_non_exhaustive()
    }
}

/// What a search needs beyond the request: the parsed query and how to weigh languages.
#[derive(Debug, Clone, Default)]
pub struct SearchPlan {
    pub parsed: ParsedQuery,
    pub weights: LanguageWeights,
    pub detected_lang: Option<Lang>,
}

impl LibraryIndex {
    /// Opens the generation currently served from `store`.
    pub fn open_current(store: &IndexStore) -> Result<LibraryIndex> {
        let (dir, meta) = store.current_checked()?;
        Self::open_generation(&dir, meta)
    }

    fn open_generation(dir: &Path, meta: GenerationMeta) -> Result<LibraryIndex> {
        let (index, schema) = open_generation(dir)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(IndexError::tantivy("cannot open an index reader"))?;
        let snapshot = Self::snapshot(&reader, &schema)?;
        let concepts = Arc::new(ConceptMatcher::new(read_thesaurus(dir)?));
        Ok(LibraryIndex {
            dir: dir.to_path_buf(),
            meta,
            reader,
            schema,
            snapshot: RwLock::new(Arc::new(snapshot)),
            concepts,
        })
    }

    fn snapshot(reader: &IndexReader, schema: &LibrarySchema) -> Result<Snapshot> {
        let searcher = reader.searcher();
        let versions = Version::read_all(&searcher, schema)?;
        let catalogue = Catalogue::build(&searcher, schema, &versions)?;
        let facet_columns = Arc::new(FacetColumns::build(&searcher, schema)?);
        let key_order = Arc::new(KeyOrder::build(&searcher, versions));
        Ok(Snapshot {
            searcher,
            catalogue,
            facet_columns,
            key_order,
        })
    }

    fn current_snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Picks up commits made to this generation (incremental updates).
    pub fn reload(&self) -> Result<()> {
        self.reader
            .reload()
            .map_err(IndexError::tantivy("cannot reload the index"))?;
        let snapshot = Arc::new(Self::snapshot(&self.reader, &self.schema)?);
        match self.snapshot.write() {
            Ok(mut guard) => *guard = snapshot,
            Err(poisoned) => *poisoned.into_inner() = snapshot,
        }
        Ok(())
    }

    /// The generation folder this index reads.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn meta(&self) -> &GenerationMeta {
        &self.meta
    }

    pub fn schema(&self) -> &LibrarySchema {
        &self.schema
    }

    /// Number of documents (language versions) served.
    pub fn num_documents(&self) -> u64 {
        self.current_snapshot().searcher.num_docs()
    }

    /// The known word nearest to `word` (one edit away, more frequent in the library), as the
    /// folded form the library indexes; `None` when the word is fine, short, or has no near
    /// neighbour. This is the typo-tolerant pass's dictionary.
    pub fn correct_word(&self, word: &str) -> Result<Option<String>> {
        let mut neutral = crate::analysis::neutral_analyser();
        let terms = crate::analysis::analyse(&mut neutral, word);
        let [(_, term)] = terms.as_slice() else {
            return Ok(None);
        };
        let snapshot = self.current_snapshot();
        spelling::correct(&snapshot.searcher, self.schema.all_text, term)
    }

    /// The local name of a city ("Linköping" for `linkoping`), when the library has it.
    pub fn city_name(&self, slug: &str) -> Option<String> {
        self.current_snapshot()
            .catalogue
            .city_names
            .get(slug)
            .cloned()
    }

    /// Every language version of a practice, in language order.
    pub fn practice(&self, id: &PracticeId) -> Result<Vec<Practice>> {
        let snapshot = self.current_snapshot();
        let query = TermQuery::new(
            Term::from_field_text(self.schema.practice_id, &id.to_string()),
            IndexRecordOption::Basic,
        );
        let found = snapshot
            .searcher
            .search(
                &query,
                &TopDocs::with_limit(Lang::ALL.len() * 2).order_by_score(),
            )
            .map_err(IndexError::tantivy("cannot look up a practice"))?;
        let mut versions = Vec::new();
        for (_, address) in found {
            let doc: TantivyDocument = snapshot
                .searcher
                .doc(address)
                .map_err(IndexError::tantivy("cannot read a document"))?;
            versions.push(from_document(&self.schema, &doc)?);
        }
        versions.sort_by_key(|p| p.lang);
        Ok(versions)
    }

    /// The title and summary of `practice` in the reader's language, else in English, when
    /// the practice has such a version (and the hit is not already in it).
    fn reader_version(
        &self,
        snapshot: &Snapshot,
        practice: &Practice,
        reader: Lang,
    ) -> Result<Option<ReaderVersion>> {
        let translations = snapshot.translations(practice);
        let Some(lang) = [reader, Lang::En]
            .into_iter()
            .find(|lang| *lang != practice.lang && translations.contains(lang))
        else {
            return Ok(None);
        };
        let query = TermQuery::new(
            Term::from_field_text(self.schema.doc_key, &practice.id.doc_key(lang)),
            IndexRecordOption::Basic,
        );
        let found = snapshot
            .searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .map_err(IndexError::tantivy("cannot look up a translation"))?;
        let Some((_, address)) = found.into_iter().next() else {
            return Ok(None);
        };
        let doc: TantivyDocument = snapshot
            .searcher
            .doc(address)
            .map_err(IndexError::tantivy("cannot read a document"))?;
        let version = from_document(&self.schema, &doc)?;
        Ok(Some(ReaderVersion {
            lang,
            title: version.title,
            summary: version.summary,
        }))
    }

    /// The thesaurus this generation was built with.
    pub fn thesaurus(&self) -> &epi_model::thesaurus::Thesaurus {
        self.concepts.thesaurus()
    }

    /// Runs a search.
    pub fn search(&self, request: &SearchRequest, plan: &SearchPlan) -> Result<SearchResults> {
        let snapshot = self.current_snapshot();
        let searcher = &snapshot.searcher;
        let expansions = if request.expand {
            expansion::find(
                &self.concepts,
                &plan.parsed,
                &mut query::Analysers::default(),
            )
        } else {
            Vec::new()
        };
        let builder = QueryBuilder {
            schema: &self.schema,
            weights: &plan.weights,
            expansions: &expansions,
            concepts: &self.concepts,
        };
        let text_query = builder.text_query(&plan.parsed);
        // The text query runs once, without the filters: the collector applies them from the
        // in-memory facet values and counts every facet disjunctively on the way (drill.rs).
        let selection = Selection::new(FacetKind::ALL.into_iter().map(|kind| {
            let values = request.filters.values(kind).map(str::to_owned).collect();
            (kind, values)
        }));
        let base_query: Box<dyn Query> = match &text_query {
            Some(query) => query.box_clone(),
            None => Box::new(AllQuery),
        };
        let columns = Arc::clone(&snapshot.facet_columns);

        let offset = request.offset().min(MAX_RESULT_WINDOW);
        let limit = request.per_page.clamp(1, epi_model::search::MAX_PER_PAGE);
        let context = "the search failed";
        let (addresses, total, mut counts) = match request.sort {
            Sort::Relevance if text_query.is_some() => match plan.weights.preferred {
                // Documents in the query's language (or the reader's) come first, then the
                // others, each group by relevance: a reader finds what she can read at once,
                // and translations of the concept below.
                Some(preferred) => {
                    let collector = TopDocs::with_limit(limit).and_offset(offset).tweak_score(
                        ranking::language_first(
                            self.schema.lang,
                            preferred,
                            Arc::clone(&snapshot.key_order),
                        ),
                    );
                    let ((top, total), counts) = searcher
                        .search(
                            &*base_query,
                            &DrillSideways::new((collector, Count), selection, columns),
                        )
                        .map_err(IndexError::tantivy(context))?;
                    let addresses = top
                        .into_iter()
                        .map(|((_, score, _), address)| (score, address))
                        .collect();
                    (addresses, total, counts)
                }
                None => {
                    let collector = TopDocs::with_limit(limit)
                        .and_offset(offset)
                        .tweak_score(ranking::by_score(Arc::clone(&snapshot.key_order)));
                    let ((top, total), counts) = searcher
                        .search(
                            &*base_query,
                            &DrillSideways::new((collector, Count), selection, columns),
                        )
                        .map_err(IndexError::tantivy(context))?;
                    let addresses: Vec<(f32, DocAddress)> = top
                        .into_iter()
                        .map(|((score, _), address)| (score, address))
                        .collect();
                    (addresses, total, counts)
                }
            },
            _ => {
                let field = self.schema.schema.get_field_name(self.schema.start);
                let collector = TopDocs::with_limit(limit).and_offset(offset).order_by((
                    (SortByStaticFastValue::<u64>::for_field(field), Order::Desc),
                    ranking::by_key(Arc::clone(&snapshot.key_order)),
                ));
                let ((top, total), counts) = searcher
                    .search(
                        &*base_query,
                        &DrillSideways::new((collector, Count), selection, columns),
                    )
                    .map_err(IndexError::tantivy(context))?;
                let addresses = top.into_iter().map(|(_, a)| (0.0, a)).collect();
                (addresses, total, counts)
            }
        };

        let highlight = builder.highlight_query(&plan.parsed);
        let mut snippets = Snippets::new(searcher, &self.schema, highlight);
        let mut hits = Vec::with_capacity(addresses.len());
        for (score, address) in addresses {
            let doc: TantivyDocument = searcher
                .doc(address)
                .map_err(IndexError::tantivy("cannot read a document"))?;
            let practice = from_document(&self.schema, &doc)?;
            let plain = epi_model::text::plain_text(&practice.body);
            let snippet_html = snippets.snippet(&practice, &plain);
            let reader_version = match request.ui_lang {
                Some(reader) if reader != practice.lang => {
                    self.reader_version(&snapshot, &practice, reader)?
                }
                _ => None,
            };
            let mut hit = snapshot.hit(practice, snippet_html, score);
            hit.reader_version = reader_version;
            hits.push(hit);
        }

        let facets = FacetKind::ALL
            .into_iter()
            .map(|kind| facet_counts(kind, counts.remove(&kind).unwrap_or_default(), request))
            .collect();
        Ok(SearchResults {
            total: total as u64,
            page: request.page.max(1),
            per_page: limit,
            hits,
            facets,
            query: InterpretedQuery {
                text: request.text.clone(),
                interpreted: plan.parsed.to_query_string(),
                detected_lang: plan.detected_lang,
                notes: InterpretedQuery::note_messages(&plan.parsed.notes),
                corrected: None,
                expansions: expansion::report(
                    &self.concepts,
                    &plan.parsed,
                    &expansions,
                    request.ui_lang.unwrap_or(Lang::En),
                ),
            },
        })
    }
}

/// Sorts a facet's counts (years newest first, others by count) and marks the selection.
fn facet_counts(
    kind: FacetKind,
    counts: HashMap<String, u64>,
    request: &SearchRequest,
) -> FacetCounts {
    let mut values: BTreeMap<String, u64> = counts.into_iter().collect();
    // A selected value with no match still shows, with 0, so it can be removed.
    for value in request.filters.values(kind) {
        values.entry(value.to_owned()).or_insert(0);
    }
    let mut values: Vec<FacetValue> = values
        .into_iter()
        .map(|(value, count)| FacetValue {
            selected: request.filters.is_selected(kind, &value),
            value,
            count,
        })
        .collect();
    match kind {
        FacetKind::Year => values.sort_by(|a, b| b.value.cmp(&a.value)),
        _ => values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value))),
    }
    values.truncate(MAX_FACET_VALUES.max(values.iter().filter(|v| v.selected).count()));
    FacetCounts {
        facet: kind,
        values,
    }
}

/// The thesaurus stored with a generation; empty when it has none (built without a valid one).
fn read_thesaurus(dir: &Path) -> Result<epi_model::thesaurus::Thesaurus> {
    let path = dir.join(THESAURUS);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|err| IndexError::Io {
            context: format!("cannot read {}", path.display()),
            source: std::io::Error::other(err),
        }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Default::default()),
        Err(err) => Err(IndexError::Io {
            context: format!("cannot read {}", path.display()),
            source: err,
        }),
    }
}
