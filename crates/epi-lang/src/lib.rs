//! Language detection restricted to the eight corpus languages.
//!
//! This crate is the only one that imports `lingua` and `whatlang`. Documents are checked with
//! whatlang first (fast, reliable on long text; it reads a sample) and lingua when whatlang is
//! unsure; queries, which are short, always go to lingua, which is far more accurate on a few
//! words. Detection is a signal, never the truth: callers decide what to do with a verdict that
//! is not clearly ahead.

use std::sync::OnceLock;

use epi_model::Lang;
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// How many characters of a document lingua reads: enough for a sure verdict, and it keeps
/// detection cheap on long documents.
const LINGUA_SAMPLE_CHARS: usize = 1_500;
/// How many characters of a document whatlang reads. Its cost grows with the text (it was half
/// of `epi check` on long case studies), while its verdict is settled long before: a few
/// thousand characters of running text are hundreds of words.
const WHATLANG_SAMPLE_CHARS: usize = 3_000;
/// The confidence lead over the runner-up a query language needs to count as "clearly ahead".
const QUERY_LEAD: f64 = 0.25;

/// A language verdict with its confidence in `0.0..=1.0`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    pub lang: Lang,
    pub confidence: f64,
}

/// The confidence of each corpus language for a short text, best first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryLanguages {
    pub ranked: Vec<Detection>,
}

impl QueryLanguages {
    /// The best language when it is clearly ahead of the runner-up, otherwise `None`: short
    /// queries are often ambiguous ("integration" is English, German and Swedish).
    pub fn clear_winner(&self) -> Option<Lang> {
        let best = self.ranked.first()?;
        let runner_up = self.ranked.get(1).map_or(0.0, |d| d.confidence);
        (best.confidence - runner_up >= QUERY_LEAD).then_some(best.lang)
    }

    /// The confidence of one language.
    pub fn confidence(&self, lang: Lang) -> f64 {
        self.ranked
            .iter()
            .find(|d| d.lang == lang)
            .map_or(0.0, |d| d.confidence)
    }
}

/// The detector. Cheap to share; build it once with [`Detector::shared`].
pub struct Detector {
    lingua: LanguageDetector,
    whatlang: whatlang::Detector,
}

fn to_lingua(lang: Lang) -> Language {
    match lang {
        Lang::En => Language::English,
        Lang::Ro => Language::Romanian,
        Lang::It => Language::Italian,
        Lang::Es => Language::Spanish,
        Lang::De => Language::German,
        Lang::Sv => Language::Swedish,
        Lang::Pl => Language::Polish,
        Lang::Lv => Language::Latvian,
    }
}

fn from_lingua(language: Language) -> Option<Lang> {
    Lang::ALL
        .into_iter()
        .find(|lang| to_lingua(*lang) == language)
}

fn to_whatlang(lang: Lang) -> whatlang::Lang {
    match lang {
        Lang::En => whatlang::Lang::Eng,
        Lang::Ro => whatlang::Lang::Ron,
        Lang::It => whatlang::Lang::Ita,
        Lang::Es => whatlang::Lang::Spa,
        Lang::De => whatlang::Lang::Deu,
        Lang::Sv => whatlang::Lang::Swe,
        Lang::Pl => whatlang::Lang::Pol,
        Lang::Lv => whatlang::Lang::Lav,
    }
}

fn from_whatlang(lang: whatlang::Lang) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| to_whatlang(*l) == lang)
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector")
            .field("languages", &Lang::ALL)
            .finish()
    }
}

impl Default for Detector {
    fn default() -> Self {
        Self::new()
    }
}

impl Detector {
    /// Builds a detector over the eight corpus languages.
    pub fn new() -> Self {
        let languages: Vec<Language> = Lang::ALL.into_iter().map(to_lingua).collect();
        let lingua = LanguageDetectorBuilder::from_languages(&languages).build();
        let whatlang =
            whatlang::Detector::with_allowlist(Lang::ALL.into_iter().map(to_whatlang).collect());
        Detector { lingua, whatlang }
    }

    /// The process-wide detector (lingua loads its models lazily, once).
    pub fn shared() -> &'static Detector {
        static DETECTOR: OnceLock<Detector> = OnceLock::new();
        DETECTOR.get_or_init(Detector::new)
    }

    /// The language of a document's text (title, summary and body), or `None` when the text
    /// has no recognisable language (too short, or only names and numbers).
    pub fn detect_document(&self, text: &str) -> Option<Detection> {
        if let Some(info) = self
            .whatlang
            .detect(prefix_chars(text, WHATLANG_SAMPLE_CHARS))
            && info.is_reliable()
            && let Some(lang) = from_whatlang(info.lang())
        {
            return Some(Detection {
                lang,
                confidence: info.confidence(),
            });
        }
        let sample = prefix_chars(text, LINGUA_SAMPLE_CHARS);
        self.rank(sample).ranked.into_iter().next()
    }

    /// The confidence of each corpus language for a short text such as a query.
    pub fn rank(&self, text: &str) -> QueryLanguages {
        let ranked = self
            .lingua
            .compute_language_confidence_values(text)
            .into_iter()
            .filter_map(|(language, confidence)| {
                from_lingua(language).map(|lang| Detection { lang, confidence })
            })
            .filter(|d| d.confidence > 0.0)
            .collect();
        QueryLanguages { ranked }
    }
}

/// The longest prefix of `text` with at most `max` characters, cut on a character boundary.
fn prefix_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((index, _)) => &text[..index],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Corpus-like sentences, one per language.
    const SAMPLES: [(Lang, &str); 8] = [
        (
            Lang::En,
            "The city set up a one-stop shop where newcomers can ask about housing, jobs and schools, and the municipality evaluated the pilot with local partners.",
        ),
        (
            Lang::Ro,
            "Primăria a deschis un ghișeu unic unde noii veniți pot afla informații despre locuințe, locuri de muncă și școli, iar proiectul pilot a fost evaluat împreună cu partenerii locali.",
        ),
        (
            Lang::It,
            "Il Comune ha creato un registro delle famiglie accoglienti per sostenere l'integrazione dei rifugiati, con il coinvolgimento delle associazioni del territorio.",
        ),
        (
            Lang::Es,
            "El Ayuntamiento organizó talleres educativos en los colegios sobre la gestión de la diversidad religiosa y el diálogo intercultural con las comunidades locales.",
        ),
        (
            Lang::De,
            "Im Haus der Integration arbeiten die Stadt, die Wohlfahrtsverbände und ehrenamtliche Flüchtlingshilfe unter einem Dach zusammen, um Neuzugewanderte zu beraten.",
        ),
        (
            Lang::Sv,
            "Kommunen ordnade en digital integrationsdag där föreningar visade hur språkvänner och mentorskap kan minska ensamheten bland nyanlända i staden.",
        ),
        (
            Lang::Pl,
            "Miasto powołało Komisję Dialogu Obywatelskiego, która wspiera system integracji cudzoziemców i łączy urzędników z organizacjami pozarządowymi działającymi na rzecz migrantów.",
        ),
        (
            Lang::Lv,
            "Rīgas dome organizēja latviešu valodas un kultūras kursus jauniebraucējiem, un brīvprātīgie palīdzēja integrācijas procesā visās pilsētas apkaimēs.",
        ),
    ];

    #[test]
    fn detects_each_corpus_language_on_document_text() {
        let detector = Detector::shared();
        for (lang, text) in SAMPLES {
            let detection = detector.detect_document(text).expect("a verdict");
            assert_eq!(detection.lang, lang, "{text}");
        }
    }

    #[test]
    fn long_documents_are_judged_on_a_sample_cut_between_characters() {
        let detector = Detector::shared();
        for (lang, text) in SAMPLES {
            // Far longer than the sample, with the sample's end falling at every offset of the
            // sentence across the languages: the cut must land on a character boundary.
            let long = format!("{text} ").repeat(WHATLANG_SAMPLE_CHARS / 40);
            assert!(long.chars().count() > WHATLANG_SAMPLE_CHARS);
            let detection = detector.detect_document(&long).expect("a verdict");
            assert_eq!(detection.lang, lang, "{text}");
        }
    }

    #[test]
    fn ranks_short_queries() {
        let detector = Detector::shared();
        assert_eq!(
            detector.rank("mediacja międzykulturowa").clear_winner(),
            Some(Lang::Pl)
        );
        assert_eq!(
            detector.rank("latviešu valodas kursi").clear_winner(),
            Some(Lang::Lv)
        );
        assert_eq!(
            detector.rank("familias de acogida").clear_winner(),
            Some(Lang::Es)
        );
    }

    #[test]
    fn nothing_to_detect_gives_no_verdict() {
        let detector = Detector::shared();
        assert_eq!(detector.detect_document("1234 5678"), None);
        assert!(detector.rank("").clear_winner().is_none());
    }

    #[test]
    fn prefix_cuts_on_char_boundaries() {
        assert_eq!(prefix_chars("ąęł", 2), "ąę");
        assert_eq!(prefix_chars("ab", 5), "ab");
    }
}
