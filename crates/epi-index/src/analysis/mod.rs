//! Per-language text analysis.
//!
//! Every corpus language has its own analyser: split into words, drop overlong tokens, lower
//! case, remove stop words, stem, then fold diacritics. Stemming comes first because Snowball
//! needs "-ión", "-ów" and "-ā" to recognise endings. Because people also type without
//! diacritics ("migrantow", "integracion"), the stemming filter emits a second term at the same
//! position when it differs: the stem of the folded word. Query words go through the same
//! analyser, so an unaccented query meets an accented document on that second term.
//! A language-neutral analyser (folded, unstemmed, no stop words) backs the catch-all field for
//! names, acronyms and words a stemmer does not know.
//!
//! Analysers are bound to fields and are not stored in the index: [`register`] must run every
//! time an index is opened.

mod latvian;
mod stopwords;
mod truncate;

use std::borrow::Cow;
use std::cell::RefCell;

use rustc_hash::FxHashMap;

use epi_model::Lang;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, SimpleTokenizer, StopWordFilter, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};
use truncate::TruncateLong;

/// Tokens longer than this (in bytes) are cut to it, in documents and queries alike: long
/// tokens are mostly base64 or garbage, which would bloat the term dictionary, but a real long
/// word still has to find itself (truncate.rs).
const MAX_TOKEN_BYTES: usize = 60;

/// The analyser name of the catch-all field.
pub const NEUTRAL: &str = "epi_neutral";

/// The analyser name of a language's fields.
pub fn analyser_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "epi_en",
        Lang::Ro => "epi_ro",
        Lang::It => "epi_it",
        Lang::Es => "epi_es",
        Lang::De => "epi_de",
        Lang::Sv => "epi_sv",
        Lang::Pl => "epi_pl",
        Lang::Lv => "epi_lv",
    }
}

/// Registers the eight language analysers and the neutral one.
pub fn register(manager: &TokenizerManager) {
    for lang in Lang::ALL {
        manager.register(analyser_name(lang), language_analyser(lang));
    }
    manager.register(NEUTRAL, neutral_analyser());
}

fn stop_words(lang: Lang) -> StopWordFilter {
    let from_list = |words: &[&str]| StopWordFilter::remove(words.iter().map(|w| (*w).to_owned()));
    let tantivy_list = |language: Language| {
        StopWordFilter::new(language).expect("tantivy ships a stop list for this language")
    };
    match lang {
        Lang::En => tantivy_list(Language::English),
        Lang::Es => tantivy_list(Language::Spanish),
        Lang::De => tantivy_list(Language::German),
        Lang::Sv => tantivy_list(Language::Swedish),
        Lang::It => from_list(stopwords::ITALIAN),
        Lang::Ro => from_list(stopwords::ROMANIAN),
        Lang::Pl => from_list(stopwords::POLISH),
        Lang::Lv => from_list(stopwords::LATVIAN),
    }
}

/// The analyser of one language: tokenise, lower-case, stop words, then stem and fold.
pub fn language_analyser(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(TruncateLong::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(stop_words(lang))
        .filter(LangStemmer::new(lang))
        .build()
}

/// Folds a lower-case word to ASCII: "ș" → "s", "ł" → "l", "ß" → "ss". Characters without a
/// short Latin equivalent (other scripts) are kept, so nothing becomes unsearchable.
pub fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        match deunicode::deunicode_char(c) {
            _ if c.is_ascii() => folded.push(c),
            Some(ascii)
                if !ascii.is_empty()
                    && ascii.len() <= 3
                    && ascii.bytes().all(|b| b.is_ascii_alphanumeric()) =>
            {
                folded.extend(ascii.chars().map(|a| a.to_ascii_lowercase()));
            }
            _ => folded.push(c),
        }
    }
    Cow::Owned(folded)
}

/// The language-neutral analyser: tokenise, lower-case, fold. No stemming, no stop words.
pub fn neutral_analyser() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(TruncateLong::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Runs an analyser over `text`: each token's position and text.
pub fn analyse(analyser: &mut TextAnalyzer, text: &str) -> Vec<(usize, String)> {
    let mut tokens = Vec::new();
    let mut stream = analyser.token_stream(text);
    while stream.advance() {
        let token = stream.token();
        tokens.push((token.position, token.text.clone()));
    }
    tokens
}

/// Which stemmer a language uses.
#[derive(Clone, Copy)]
enum StemAlgorithm {
    Snowball(frostem::Stemmer),
    Latvian,
}

/// The stemming and folding token filter: Snowball (through frostem) for seven languages, the
/// in-project light stemmer for Latvian. Emits `fold(stem(w))`, then `fold(stem(fold(w)))` at
/// the same position when that differs.
#[derive(Clone, Copy)]
pub struct LangStemmer {
    lang: Lang,
    algorithm: StemAlgorithm,
}

impl std::fmt::Debug for LangStemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LangStemmer")
    }
}

impl LangStemmer {
    pub fn new(lang: Lang) -> Self {
        use frostem::Algorithm;
        let snowball = |algorithm| StemAlgorithm::Snowball(frostem::Stemmer::new(algorithm));
        let algorithm = match lang {
            Lang::En => snowball(Algorithm::English),
            Lang::Ro => snowball(Algorithm::Romanian),
            Lang::It => snowball(Algorithm::Italian),
            Lang::Es => snowball(Algorithm::Spanish),
            Lang::De => snowball(Algorithm::German),
            Lang::Sv => snowball(Algorithm::Swedish),
            Lang::Pl => snowball(Algorithm::Polish),
            Lang::Lv => StemAlgorithm::Latvian,
        };
        LangStemmer { lang, algorithm }
    }

    /// Stems one lower-case word.
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        match self.algorithm {
            StemAlgorithm::Snowball(stemmer) => stemmer.stem(word),
            StemAlgorithm::Latvian => Cow::Owned(latvian::stem(word)),
        }
    }

    /// The terms of one lower-case word: the folded stem, and the stem of the folded word when
    /// it differs.
    pub fn terms(&self, word: &str) -> (String, Option<String>) {
        let primary = fold(&self.stem(word)).into_owned();
        let folded_word = fold(word);
        if let Cow::Borrowed(_) = folded_word {
            return (primary, None);
        }
        let secondary = fold(&self.stem(&folded_word)).into_owned();
        let secondary = (secondary != primary).then_some(secondary);
        (primary, secondary)
    }
}

impl TokenFilter for LangStemmer {
    type Tokenizer<T: Tokenizer> = LangStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> LangStemmerFilter<T> {
        LangStemmerFilter {
            stemmer: self,
            inner: tokenizer,
        }
    }
}

/// Most words the stem cache holds per language and thread before it starts again.
const STEM_CACHE_WORDS: usize = 16_384;

type StemTerms = (String, Option<String>);

thread_local! {
    /// The terms of words already stemmed on this thread, per language. Words repeat a great
    /// deal within and across documents and queries, and Snowball is the costliest step of
    /// analysis. The cache is per thread (indexing threads and the server's blocking pool are
    /// long-lived, and no lock is needed) rather than per analyser: tantivy clones analysers per
    /// field, segment and snippet generator, so a per-analyser cache started empty for every
    /// search's snippets. Bounded: a full language cache is cleared. Keys are short words that
    /// come from our own documents and queries, so the fast FxHash is used rather than SipHash
    /// (hash flooding needs a table an attacker can grow without bound; this one is bounded).
    static STEM_CACHE: RefCell<[FxHashMap<String, StemTerms>; Lang::ALL.len()]> =
        RefCell::new(std::array::from_fn(|_| FxHashMap::default()));
}

/// Calls `use_terms` with the terms of `word` in the stemmer's language, from the cache.
fn with_stem_terms<R>(
    stemmer: LangStemmer,
    word: &str,
    use_terms: impl FnOnce(&StemTerms) -> R,
) -> R {
    STEM_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let terms = &mut cache[stemmer.lang as usize];
        if let Some(found) = terms.get(word) {
            return use_terms(found);
        }
        if terms.len() >= STEM_CACHE_WORDS {
            terms.clear();
        }
        use_terms(
            terms
                .entry(word.to_owned())
                .or_insert_with(|| stemmer.terms(word)),
        )
    })
}

pub struct LangStemmerFilter<T> {
    stemmer: LangStemmer,
    inner: T,
}

impl<T: std::fmt::Debug> std::fmt::Debug for LangStemmerFilter<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangStemmerFilter")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

impl<T: Clone> Clone for LangStemmerFilter<T> {
    fn clone(&self) -> Self {
        LangStemmerFilter {
            stemmer: self.stemmer,
            inner: self.inner.clone(),
        }
    }
}

impl<T: Tokenizer> Tokenizer for LangStemmerFilter<T> {
    type TokenStream<'a> = LangStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        LangStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: self.stemmer,
            pending: None,
            current: Token::default(),
        }
    }
}

pub struct LangStemmerStream<T> {
    tail: T,
    stemmer: LangStemmer,
    /// The second term of the last word, emitted on the next call.
    pending: Option<String>,
    current: Token,
}

impl<T> std::fmt::Debug for LangStemmerStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangStemmerStream")
            .field("current", &self.current)
            .finish()
    }
}

impl<T: TokenStream> TokenStream for LangStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if let Some(secondary) = self.pending.take() {
            self.current.text = secondary;
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token();
        self.current.offset_from = token.offset_from;
        self.current.offset_to = token.offset_to;
        self.current.position = token.position;
        self.current.position_length = token.position_length;
        let (current, pending) = (&mut self.current.text, &mut self.pending);
        with_stem_terms(self.stemmer, &token.text, |(primary, secondary)| {
            current.clear();
            current.push_str(primary);
            pending.clone_from(secondary);
        });
        true
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests;
