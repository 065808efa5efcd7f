//! Snippets: the passage of a hit's body that best shows the query, highlighted with `<mark>`,
//! in the hit's language; the summary when no passage matches.
//!
//! Bodies are long, so the passage is looked for chunk by chunk (a chunk that cannot hold any
//! query stem is tried last) and the search stops at the first chunk with a match: the cost
//! follows the position of the match, not the length of the body.

use std::collections::HashMap;

use epi_model::{Lang, Practice};
use tantivy::Searcher;
use tantivy::query::Query;
use tantivy::snippet::SnippetGenerator;

use crate::schema::LibrarySchema;

/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 240;

/// Highlighted passages, one generator per language field, made on first use.
pub(super) struct Snippets<'a> {
    searcher: &'a Searcher,
    schema: &'a LibrarySchema,
    query: Option<Box<dyn Query>>,
    generators: HashMap<Lang, Option<Highlighter>>,
    neutral: Option<Option<Highlighter>>,
}

/// A snippet generator for one field, and the beginnings of its terms.
struct Highlighter {
    generator: SnippetGenerator,
    probes: Vec<String>,
}

impl<'a> Snippets<'a> {
    pub(super) fn new(
        searcher: &'a Searcher,
        schema: &'a LibrarySchema,
        query: Option<Box<dyn Query>>,
    ) -> Self {
        Snippets {
            searcher,
            schema,
            query,
            generators: HashMap::new(),
            neutral: None,
        }
    }

    fn generator(&self, field: tantivy::schema::Field) -> Option<Highlighter> {
        let query = self.query.as_ref()?;
        let mut generator = SnippetGenerator::create(self.searcher, &**query, field).ok()?;
        generator.set_max_num_chars(SNIPPET_CHARS);
        let mut terms = Vec::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field
                && let Some(text) = term.value().as_str()
            {
                terms.push(text.to_owned());
            }
        });
        Some(Highlighter {
            generator,
            probes: probes(&terms),
        })
    }

    /// The passage of `plain` that best matches the query, in the document's language; the
    /// escaped start of the summary when nothing in the body matches.
    pub(super) fn snippet(&mut self, practice: &Practice, plain: &str) -> String {
        let lang = practice.lang;
        if !self.generators.contains_key(&lang) {
            let generator = self.generator(self.schema.text(lang));
            self.generators.insert(lang, generator);
        }
        if let Some(Some(generator)) = self.generators.get(&lang)
            && let Some(snippet) = first_match(generator, plain)
        {
            return snippet;
        }
        if self.neutral.is_none() {
            self.neutral = Some(self.generator(self.schema.all_text));
        }
        if let Some(Some(generator)) = &self.neutral
            && let Some(snippet) = first_match(generator, plain)
        {
            return snippet;
        }
        let summary: String = practice.summary.chars().take(SNIPPET_CHARS).collect();
        html_escape(&summary)
    }
}

/// Bytes of text a snippet is looked for in at a time.
const SNIPPET_CHUNK_BYTES: usize = 600;

/// The best passage of the first chunk of `text` that has a match. A generator analyses all the
/// text it is given (stemming every word), which was a third of a search's time on long bodies;
/// any passage with the matched words serves the reader, so the cost follows the position of
/// the first match rather than the length of the document.
///
/// Chunks that cannot match are not analysed at all: the analysers only strip or rewrite the
/// ends of words and fold their letters, so the folded stem of a query term is the beginning of
/// the folded, lower-cased word it matches, and a chunk whose folded text does not contain any
/// query stem has no match. A body that matched only through its title (which is not part of
/// the body) is then not scanned word by word for nothing.
fn first_match(highlighter: &Highlighter, text: &str) -> Option<String> {
    let probes = &highlighter.probes;
    chunks(text, SNIPPET_CHUNK_BYTES)
        .filter(|chunk| probes.is_empty() || may_match(chunk, probes))
        .find_map(|chunk| {
            let snippet = highlighter.generator.snippet(chunk);
            (!snippet.highlighted().is_empty()).then(|| marked(&snippet))
        })
}

/// The ASCII beginnings of a field's query terms; empty (test every chunk) when a term has no
/// ASCII beginning to look for.
fn probes(terms: &[String]) -> Vec<String> {
    let mut probes: Vec<String> = Vec::new();
    for term in terms {
        // The whole ASCII beginning: the longer the probe, the fewer chunks it lets through.
        let probe: String = term.chars().take_while(char::is_ascii).collect();
        if probe.is_empty() {
            return Vec::new();
        }
        if !probes.contains(&probe) {
            probes.push(probe);
        }
    }
    probes
}

fn may_match(chunk: &str, probes: &[String]) -> bool {
    let lower = chunk.to_lowercase();
    let folded = crate::analysis::fold(&lower);
    probes.iter().any(|probe| folded.contains(probe.as_str()))
}

/// `text` in consecutive pieces of about `size` bytes, cut after a line break when there is
/// one in the second half of the piece, else after a space, never inside a character.
pub(crate) fn chunks(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if rest.len() <= size {
            return Some(std::mem::take(&mut rest));
        }
        let mut limit = size;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        if limit == 0 {
            // One character longer than a whole chunk: take it alone, so the scan advances.
            limit = rest.chars().next().map_or(rest.len(), char::len_utf8);
        }
        let window = &rest[..limit];
        let mut half = (size / 2).min(limit);
        while !window.is_char_boundary(half) {
            half -= 1;
        }
        // Both separators are one byte, so the position after one is a character boundary.
        let cut = window[half..]
            .rfind('\n')
            .or_else(|| window[half..].rfind(' '))
            .map_or(limit, |at| half + at + 1);
        let (chunk, tail) = rest.split_at(cut);
        rest = tail;
        Some(chunk)
    })
}

/// The snippet as escaped HTML with the matches in `<mark>` (tantivy writes `<b>`; its text is
/// escaped, so the only tags are its own).
fn marked(snippet: &tantivy::snippet::Snippet) -> String {
    snippet
        .to_html()
        .replace("<b>", "<mark>")
        .replace("</b>", "</mark>")
}

/// `text` escaped for HTML content and attribute values.
pub(super) fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
