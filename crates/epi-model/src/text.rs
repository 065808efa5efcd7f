//! Markdown bodies as plain text: what is indexed and shown in snippets. Derived from the
//! Markdown whenever it is needed, so the index stores the body once.

use std::borrow::Cow;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// `text` in Unicode normalisation form C, borrowed when it already is (the common case, checked
/// in one quick pass).
///
/// The same letter can arrive precomposed ("ș", one code point) or decomposed ("s" followed by
/// a combining comma below), as text typed on some systems or copied from PDFs does. Tokenisers
/// split words at combining marks, which are not letters, so a decomposed word would match
/// nothing. Every text that is searched or indexed (queries, documents, thesaurus terms) is
/// composed first.
pub fn nfc(text: &str) -> Cow<'_, str> {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        IsNormalized::No | IsNormalized::Maybe => Cow::Owned(text.nfc().collect()),
    }
}

/// The readable text of a Markdown body: headings, paragraphs, list items and code as plain
/// text, one block per line. Raw HTML is dropped (it is never rendered either).
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    for event in parser {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => text.push('\n'),
            Event::Start(Tag::Item) => {}
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_decomposed_letters_and_borrows_composed_text() {
        // Romanian "școală" with a combining comma below and a combining breve.
        let decomposed = "s\u{326}coala\u{306}";
        assert_eq!(nfc(decomposed), "școală");
        assert!(matches!(nfc("școală, Linköping, żółw"), Cow::Borrowed(_)));
        assert!(matches!(nfc("plain ASCII"), Cow::Borrowed(_)));
    }

    #[test]
    fn keeps_text_and_drops_markup() {
        let md = "## Context\n\nThe **city** opened a [desk](https://x.org).\n\n- one\n- two\n\n<script>alert(1)</script>\n";
        let text = plain_text(md);
        assert!(text.contains("Context\n"));
        assert!(text.contains("The city opened a desk."));
        assert!(text.contains("one\ntwo\n"));
        assert!(!text.contains("script"));
        assert!(!text.contains("**"));
    }
}
