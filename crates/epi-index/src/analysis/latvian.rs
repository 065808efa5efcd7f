//! A light Latvian stemmer, after Lucene's `LatvianStemmer` (Kreslins, "A stemming algorithm for
//! Latvian", 1996, as published in Lucene): it removes noun and adjective endings when enough of
//! the word is left, and undoes the palatalisation some endings cause (`šņ` → `sn`, `ļ` → `l`).
//!
//! No Rust stemmer for Latvian exists; this one is small enough to own. It expects lower-case
//! input and works on characters, not bytes.

/// An ending, the number of vowels a word must have more than for it to be removed, and whether
/// removing it can leave a palatalised consonant to undo.
struct Affix {
    ending: &'static str,
    min_vowels: usize,
    palatalises: bool,
}

const fn affix(ending: &'static str, min_vowels: usize, palatalises: bool) -> Affix {
    Affix {
        ending,
        min_vowels,
        palatalises,
    }
}

/// Longest endings first: the first that fits wins.
const AFFIXES: [Affix; 38] = [
    affix("ajiem", 3, false),
    affix("ajai", 3, false),
    affix("ajam", 2, false),
    affix("ajām", 2, false),
    affix("ajos", 2, false),
    affix("ajās", 2, false),
    affix("iem", 2, true),
    affix("ajā", 2, false),
    affix("ais", 2, false),
    affix("ai", 2, false),
    affix("ei", 2, false),
    affix("ām", 1, false),
    affix("am", 1, false),
    affix("ēm", 1, false),
    affix("īm", 1, false),
    affix("im", 1, false),
    affix("um", 1, false),
    affix("us", 1, true),
    affix("as", 1, false),
    affix("ās", 1, false),
    affix("es", 1, false),
    affix("os", 1, true),
    affix("ij", 1, false),
    affix("īs", 1, false),
    affix("ēs", 1, false),
    affix("is", 1, false),
    affix("ie", 1, false),
    affix("u", 1, true),
    affix("a", 1, true),
    affix("i", 1, true),
    affix("e", 1, false),
    affix("ā", 1, false),
    affix("ē", 1, false),
    affix("ī", 1, false),
    affix("ū", 1, false),
    affix("o", 1, false),
    affix("s", 0, false),
    affix("š", 0, false),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'ā' | 'ī' | 'ē' | 'ū')
}

fn ends_with(word: &[char], suffix: &str) -> bool {
    let suffix: Vec<char> = suffix.chars().collect();
    word.len() >= suffix.len() && word[word.len() - suffix.len()..] == suffix[..]
}

/// Stems one lower-case Latvian word.
pub fn stem(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let vowels = chars.iter().filter(|c| is_vowel(**c)).count();
    for affix in &AFFIXES {
        let ending_len = affix.ending.chars().count();
        if vowels > affix.min_vowels
            && chars.len() >= ending_len + 3
            && ends_with(&chars, affix.ending)
        {
            let removed_u = affix.ending.ends_with('u');
            chars.truncate(chars.len() - ending_len);
            if affix.palatalises {
                unpalatalise(&mut chars, removed_u);
            }
            break;
        }
    }
    chars.into_iter().collect()
}

/// Undoes the consonant change an ending caused, so that all forms meet on one stem.
fn unpalatalise(chars: &mut Vec<char>, removed_u: bool) {
    let len = chars.len();
    let set_last_two = |chars: &mut Vec<char>, a: char, b: char| {
        chars[len - 2] = a;
        chars[len - 1] = b;
    };
    // Genitive plural -u forms: "kš" ← "kst", "ņņ" ← "nn".
    if removed_u {
        if ends_with(chars, "kš") {
            chars[len - 1] = 's';
            chars.push('t');
            return;
        }
        if ends_with(chars, "ņņ") {
            set_last_two(chars, 'n', 'n');
            return;
        }
    }
    if ["pj", "bj", "mj", "vj"].iter().any(|s| ends_with(chars, s)) {
        // A labial consonant took an epenthetic "j".
        chars.pop();
    } else if ends_with(chars, "šņ") {
        set_last_two(chars, 's', 'n');
    } else if ends_with(chars, "žņ") {
        set_last_two(chars, 'z', 'n');
    } else if ends_with(chars, "šļ") {
        set_last_two(chars, 's', 'l');
    } else if ends_with(chars, "žļ") {
        set_last_two(chars, 'z', 'l');
    } else if ends_with(chars, "ļņ") {
        set_last_two(chars, 'l', 'n');
    } else if ends_with(chars, "ļļ") {
        set_last_two(chars, 'l', 'l');
    } else if let Some(last) = chars.last_mut() {
        *last = match *last {
            'č' => 'c',
            'ļ' => 'l',
            'ņ' => 'n',
            other => other,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    fn check_same_stem(words: &[&str]) {
        let first = stem(words[0]);
        for word in words {
            assert_eq!(stem(word), first, "{word} vs {}", words[0]);
        }
    }

    #[test]
    fn inflected_forms_meet() {
        check_same_stem(&[
            "integrācija",
            "integrāciju",
            "integrācijas",
            "integrācijai",
            "integrācijā",
        ]);
        check_same_stem(&["pilsēta", "pilsētas", "pilsētu", "pilsētai", "pilsētām"]);
        check_same_stem(&["kurss", "kursi", "kursu", "kursiem"]);
        check_same_stem(&["valoda", "valodas", "valodu", "valodai"]);
    }

    #[test]
    fn short_words_are_left_alone() {
        assert_eq!(stem("un"), "un");
        assert_eq!(stem("ar"), "ar");
        assert_eq!(stem("ir"), "ir");
    }

    #[test]
    fn palatalisation_is_undone() {
        // ābele (apple tree) → genitive plural ābeļu: both meet on "ābel".
        assert_eq!(stem("ābeļu"), stem("ābele"));
        assert_eq!(stem("briedis"), "bried");
    }
}
