//! Markdown bodies as plain text: what is indexed and shown in snippets. Derived from the
//! Markdown whenever it is needed, so the index stores the body once.

use std::borrow::Cow;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// `text` as it is searched and indexed: in Unicode normalisation form C, without the invisible
/// characters that only hint at line breaks. Borrowed when there is nothing to change (the
/// common case, checked in one quick pass).
///
/// Both fix words that tokenisers would split in two, matching nothing:
/// - the same letter can arrive precomposed ("ș", one code point) or decomposed ("s" followed by
///   a combining comma below), as text typed on some systems or copied from PDFs does, and
///   combining marks are not letters;
/// - text copied from PDFs and web pages carries soft hyphens, zero-width spaces and word
///   joiners inside words ("inte\u{AD}gration"). Dropping them changes nothing a reader sees.
///
/// Queries, documents and thesaurus terms all go through here.
pub fn normalise(text: &str) -> Cow<'_, str> {
    if !text.contains(is_invisible_break) && is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|c| !is_invisible_break(*c))
            .nfc()
            .collect(),
    )
}

/// Soft hyphen, zero-width space, word joiner and the byte order mark (a zero-width no-break
/// space inside text).
fn is_invisible_break(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
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
    fn composes_letters_drops_invisible_breaks_and_borrows_clean_text() {
        // Romanian "școală" with a combining comma below and a combining breve.
        assert_eq!(normalise("s\u{326}coala\u{306}"), "școală");
        assert_eq!(
            normalise("\u{FEFF}inte\u{AD}gra\u{200B}tion in\u{2060}tegracja"),
            "integration integracja"
        );
        assert!(matches!(
            normalise("școală, Linköping, żółw"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(normalise("plain ASCII"), Cow::Borrowed(_)));
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
