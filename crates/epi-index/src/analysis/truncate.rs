//! Long tokens cut to a bounded length instead of dropped.
//!
//! Dropping an overlong token (tantivy's `RemoveLongFilter`) loses it on both sides: a document's
//! long word is not indexed, and the same word in a query analyses to nothing, so its clause
//! vanished and "integration <long word>" matched every practice about integration. Cutting
//! keeps the term dictionary bounded just as well, and since documents and queries are cut
//! alike, a long word (a German compound, a long identifier) still finds itself.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Cuts every token longer than `max_bytes` to its first `max_bytes` bytes, at a character
/// boundary. Offsets are kept, so a highlight covers the whole word.
#[derive(Clone, Copy, Debug)]
pub struct TruncateLong {
    max_bytes: usize,
}

impl TruncateLong {
    pub fn limit(max_bytes: usize) -> Self {
        TruncateLong { max_bytes }
    }
}

impl TokenFilter for TruncateLong {
    type Tokenizer<T: Tokenizer> = TruncateLongFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> TruncateLongFilter<T> {
        TruncateLongFilter {
            max_bytes: self.max_bytes,
            inner: tokenizer,
        }
    }
}

#[derive(Clone, Debug)]
pub struct TruncateLongFilter<T> {
    max_bytes: usize,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for TruncateLongFilter<T> {
    type TokenStream<'a> = TruncateLongStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        TruncateLongStream {
            max_bytes: self.max_bytes,
            tail: self.inner.token_stream(text),
        }
    }
}

#[derive(Debug)]
pub struct TruncateLongStream<T> {
    max_bytes: usize,
    tail: T,
}

impl<T: TokenStream> TokenStream for TruncateLongStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let text = &mut self.tail.token_mut().text;
        if text.len() > self.max_bytes {
            let mut cut = self.max_bytes;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
