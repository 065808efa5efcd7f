//! The user query language: plain words (all must match), `"phrases"`, `-exclusions` and `OR`.
//!
//! Parsing never fails. Malformed input (unbalanced quotes, stray operators, control characters,
//! very long input) degrades to plain terms, and every change is reported as a [`QueryNote`] so
//! the interface can say what it did. The result is a small AST that the index crate turns into
//! tantivy queries built in code; user text never reaches a query parser.

use serde::Serialize;

/// Longest query accepted, in characters; the rest is cut (and reported).
pub const MAX_QUERY_CHARS: usize = 500;
/// Most words and phrases kept; more are dropped (and reported). Bounds the cost of a query.
pub const MAX_ATOMS: usize = 16;
/// Longest phrase, in words; longer phrases are cut (and reported).
pub const MAX_PHRASE_WORDS: usize = 8;

/// A word or a phrase, as the user typed it (before any language analysis).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum Atom {
    Word(String),
    Phrase(Vec<String>),
}

impl Atom {
    /// The words of the atom.
    pub fn words(&self) -> &[String] {
        match self {
            Atom::Word(word) => std::slice::from_ref(word),
            Atom::Phrase(words) => words,
        }
    }
}

impl std::fmt::Display for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // A quoted "OR" is a word, and must stay quoted to stay one.
            Atom::Word(word) if word == "OR" => f.write_str("\"OR\""),
            Atom::Word(word) => f.write_str(word),
            Atom::Phrase(words) => write!(f, "\"{}\"", words.join(" ")),
        }
    }
}

/// A required clause: at least one of its alternatives must match (`a OR b` is one clause).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause {
    pub any_of: Vec<Atom>,
}

/// What the parser changed in the user's input, so the interface can say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum QueryNote {
    /// The input was longer than [`MAX_QUERY_CHARS`] and was cut.
    Truncated { max_chars: usize },
    /// More than [`MAX_ATOMS`] words and phrases; the rest were ignored.
    TooManyTerms { max_terms: usize },
    /// A phrase longer than [`MAX_PHRASE_WORDS`] words was cut.
    PhraseTooLong { max_words: usize },
    /// A `"` had no partner; its words were searched as plain words.
    UnbalancedQuote,
    /// An operator with nothing to apply to (`OR` at an end, a lone `-`) was ignored.
    StrayOperator { operator: String },
    /// Control characters were removed.
    ControlCharacters,
    /// The input had no letters or digits (only symbols, emoji or operators), so nothing is
    /// required and every practice matches.
    NoWords,
}

impl QueryNote {
    /// A readable sentence for the interface and API clients.
    pub fn message(&self) -> String {
        match self {
            QueryNote::Truncated { max_chars } => {
                format!("the query was longer than {max_chars} characters and was shortened")
            }
            QueryNote::TooManyTerms { max_terms } => {
                format!("only the first {max_terms} words and phrases were searched")
            }
            QueryNote::PhraseTooLong { max_words } => {
                format!("a phrase was cut to its first {max_words} words")
            }
            QueryNote::UnbalancedQuote => {
                "a quotation mark had no partner, so its words were searched as plain words".into()
            }
            QueryNote::StrayOperator { operator } => {
                format!("'{operator}' had nothing to apply to and was ignored")
            }
            QueryNote::ControlCharacters => "control characters were removed".into(),
            QueryNote::NoWords => {
                "the query had no letters or digits to search for, so every practice is shown"
                    .into()
            }
        }
    }
}

/// A parsed query: required clauses, excluded atoms, and what was changed on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedQuery {
    pub clauses: Vec<Clause>,
    pub excluded: Vec<Atom>,
    pub notes: Vec<QueryNote>,
}

impl ParsedQuery {
    /// True when nothing is required: the query matches every document (minus exclusions).
    pub fn is_match_all(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Every positive atom, in order.
    pub fn positive_atoms(&self) -> impl Iterator<Item = &Atom> {
        self.clauses.iter().flat_map(|clause| clause.any_of.iter())
    }

    /// Every word of every positive atom, in order.
    pub fn positive_words(&self) -> impl Iterator<Item = &str> {
        self.positive_atoms()
            .flat_map(|atom| atom.words().iter().map(String::as_str))
    }

    /// The query written back in the query language, as it was interpreted.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        for clause in &self.clauses {
            let alternatives: Vec<String> = clause.any_of.iter().map(Atom::to_string).collect();
            parts.push(alternatives.join(" OR "));
        }
        for atom in &self.excluded {
            parts.push(format!("-{atom}"));
        }
        parts.join(" ")
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    Atom { atom: Atom, negated: bool },
    Or,
    Minus,
}

/// Parses user input. Never fails; see [`ParsedQuery::notes`] for what was changed.
pub fn parse(input: &str) -> ParsedQuery {
    let mut notes = Vec::new();
    let mut text: String = input.chars().take(MAX_QUERY_CHARS).collect();
    if input.chars().nth(MAX_QUERY_CHARS).is_some() {
        notes.push(QueryNote::Truncated {
            max_chars: MAX_QUERY_CHARS,
        });
    }
    // Normalised as the index is: a decomposed letter or a soft hyphen would otherwise split
    // its word in two.
    if let std::borrow::Cow::Owned(normalised) = crate::text::normalise(&text) {
        text = normalised;
    }
    if text.chars().any(char::is_control) {
        text = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        notes.push(QueryNote::ControlCharacters);
    }
    // Typographic quotes are quotes too: users paste them from documents.
    let text = text.replace(['“', '”', '„', '«', '»'], "\"");

    let tokens = tokenize(&text, &mut notes);
    let mut query = build(tokens, &mut notes);
    // Text typed but nothing to search: say so, or the whole library looks like an answer.
    if query.clauses.is_empty() && query.excluded.is_empty() && !input.trim().is_empty() {
        query.notes.push(QueryNote::NoWords);
    }
    query
}

fn tokenize(text: &str, notes: &mut Vec<QueryNote>) -> Vec<Token> {
    let balanced = text.matches('"').count().is_multiple_of(2);
    if !balanced {
        notes.push(QueryNote::UnbalancedQuote);
    }
    let mut tokens = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let negated = rest.starts_with('-');
        let after_sign = if negated { &rest[1..] } else { rest };
        if balanced && after_sign.starts_with('"') {
            let inner = &after_sign[1..];
            let end = inner.find('"').unwrap_or(inner.len());
            let words: Vec<String> = inner[..end]
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect();
            rest = inner.get(end + 1..).unwrap_or("");
            match words.len() {
                0 => {}
                1 => tokens.push(Token::Atom {
                    atom: Atom::Word(words.into_iter().next().unwrap_or_default()),
                    negated,
                }),
                _ => tokens.push(Token::Atom {
                    atom: Atom::Phrase(words),
                    negated,
                }),
            }
            continue;
        }
        let end = after_sign
            .find(char::is_whitespace)
            .unwrap_or(after_sign.len());
        let word = after_sign[..end].replace('"', "");
        rest = &after_sign[end..];
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            // Punctuation or symbols alone are dropped; a lone `-` is a stray operator.
            if negated {
                tokens.push(Token::Minus);
            }
        } else if word == "OR" && !negated {
            tokens.push(Token::Or);
        } else {
            tokens.push(Token::Atom {
                atom: Atom::Word(word.to_owned()),
                negated,
            });
        }
    }
    tokens
}

fn build(tokens: Vec<Token>, notes: &mut Vec<QueryNote>) -> ParsedQuery {
    let mut query = ParsedQuery::default();
    let mut atoms = 0usize;
    let mut pending_or = false;
    let stray = |notes: &mut Vec<QueryNote>, operator: &str| {
        let note = QueryNote::StrayOperator {
            operator: operator.to_owned(),
        };
        if !notes.contains(&note) {
            notes.push(note);
        }
    };
    for token in tokens {
        match token {
            Token::Or => {
                if pending_or || query.clauses.is_empty() {
                    stray(notes, "OR");
                }
                pending_or = !query.clauses.is_empty();
            }
            Token::Minus => stray(notes, "-"),
            Token::Atom { atom, negated } => {
                if atoms == MAX_ATOMS {
                    notes.push(QueryNote::TooManyTerms {
                        max_terms: MAX_ATOMS,
                    });
                    atoms += 1;
                    continue;
                } else if atoms > MAX_ATOMS {
                    continue;
                }
                atoms += 1;
                let atom = cap_phrase(atom, notes);
                if negated {
                    if pending_or {
                        stray(notes, "OR");
                        pending_or = false;
                    }
                    query.excluded.push(atom);
                } else if pending_or {
                    if let Some(last) = query.clauses.last_mut() {
                        last.any_of.push(atom);
                    }
                    pending_or = false;
                } else {
                    query.clauses.push(Clause { any_of: vec![atom] });
                }
            }
        }
    }
    if pending_or {
        stray(notes, "OR");
    }
    query.notes = std::mem::take(notes);
    query
}

fn cap_phrase(atom: Atom, notes: &mut Vec<QueryNote>) -> Atom {
    match atom {
        Atom::Phrase(mut words) if words.len() > MAX_PHRASE_WORDS => {
            words.truncate(MAX_PHRASE_WORDS);
            let note = QueryNote::PhraseTooLong {
                max_words: MAX_PHRASE_WORDS,
            };
            if !notes.contains(&note) {
                notes.push(note);
            }
            Atom::Phrase(words)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(parse(input).to_query_string(), expected, "input: {input:?}");
    }

    #[test]
    fn plain_words_are_all_required() {
        check("language course", "language course");
        let query = parse("language course");
        assert_eq!(query.clauses.len(), 2);
        assert!(query.notes.is_empty());
    }

    #[test]
    fn decomposed_letters_and_soft_hyphens_leave_one_word() {
        // "școală" typed with combining marks: one word, as precomposed, and no note.
        let query = parse("s\u{326}coala\u{306} -s\u{327}coala\u{306}");
        assert_eq!(query.to_query_string(), "școală -şcoală");
        assert!(query.notes.is_empty());
        // Pasted from a PDF, with a soft hyphen and a zero-width space inside the words.
        let query = parse("inte\u{AD}gration \"lan\u{200B}guage course\"");
        assert_eq!(query.to_query_string(), "integration \"language course\"");
        assert!(query.notes.is_empty());
    }

    #[test]
    fn phrases_exclusions_and_or() {
        check(r#""one stop shop" cluj"#, r#""one stop shop" cluj"#);
        check("housing -refugees", "housing -refugees");
        check(
            r#"housing -"social housing""#,
            r#"housing -"social housing""#,
        );
        check("housing OR vivienda labour", "housing OR vivienda labour");
        check("a OR b OR c", "a OR b OR c");
        check("\"single\"", "single");
    }

    #[test]
    fn malformed_input_degrades_with_notes() {
        let query = parse(r#""one stop shop"#);
        assert_eq!(query.to_query_string(), "one stop shop");
        assert_eq!(query.notes, [QueryNote::UnbalancedQuote]);

        let query = parse("OR housing OR");
        assert_eq!(query.to_query_string(), "housing");
        assert_eq!(
            query.notes,
            [QueryNote::StrayOperator {
                operator: "OR".into()
            }]
        );

        let query = parse("housing - -");
        assert_eq!(query.to_query_string(), "housing");
        assert!(!query.notes.is_empty());

        let query = parse("a\u{0}b\u{7}c");
        assert_eq!(query.to_query_string(), "a b c");
        assert_eq!(query.notes, [QueryNote::ControlCharacters]);
    }

    #[test]
    fn limits_are_enforced() {
        let long = "integration ".repeat(2_000);
        let query = parse(&long);
        assert!(query.notes.contains(&QueryNote::Truncated {
            max_chars: MAX_QUERY_CHARS
        }));
        assert!(query.notes.contains(&QueryNote::TooManyTerms {
            max_terms: MAX_ATOMS
        }));
        assert_eq!(query.clauses.len(), MAX_ATOMS);

        let phrase = format!("\"{}\"", "word ".repeat(50));
        let query = parse(&phrase);
        assert_eq!(
            query.positive_atoms().next().unwrap().words().len(),
            MAX_PHRASE_WORDS
        );
    }

    #[test]
    fn lowercase_or_is_a_word_and_punctuation_is_trimmed() {
        check("this or that", "this or that");
        check("(housing) [health]!", "housing health");
        check("emoji 🎉 only", "emoji only");
    }

    #[test]
    fn only_exclusions_match_all() {
        let query = parse("-refugees");
        assert!(query.is_match_all());
        assert_eq!(query.excluded.len(), 1);
        assert!(query.notes.is_empty());
    }

    #[test]
    fn text_without_words_says_everything_is_shown() {
        for input in ["!!!", "🎉", "*", "—", "\"\"\""] {
            let query = parse(input);
            assert!(query.is_match_all(), "{input}");
            assert!(query.notes.contains(&QueryNote::NoWords), "{input}");
        }
        let query = parse("OR");
        assert!(query.notes.contains(&QueryNote::NoWords));
        // An empty box is browsing, not a query that lost its words.
        assert!(parse("").notes.is_empty());
        assert!(parse("   ").notes.is_empty());
        // Words left after the symbols: no such note.
        assert!(!parse("🎉 integration").notes.contains(&QueryNote::NoWords));
    }

    proptest! {
        #[test]
        fn never_panics_and_respects_limits(input in "\\PC{0,700}") {
            let query = parse(&input);
            prop_assert!(query.positive_atoms().count() + query.excluded.len() <= MAX_ATOMS);
            for atom in query.positive_atoms().chain(query.excluded.iter()) {
                prop_assert!(!atom.words().is_empty());
                prop_assert!(atom.words().len() <= MAX_PHRASE_WORDS);
            }
        }

        #[test]
        fn interpretation_is_a_fixed_point(input in "[a-z \"()OR-]{0,80}") {
            let once = parse(&input).to_query_string();
            let twice = parse(&once).to_query_string();
            prop_assert_eq!(once, twice);
        }
    }
}
