//! `epi gen-corpus`: a deterministic synthetic corpus for benchmarks.
//!
//! Documents are valid corpus files in the eight languages, 500–1,500 words long, with metadata
//! spread over the vocabularies and over 40 cities. The text is words of each language in random
//! order: meaningless, but with realistic word lengths and language signal, so analysis and
//! detection cost what they cost on real documents.
//!
//! Two vocabulary models. `zipf` (the default) ranks 50 frequent real words of the language
//! first and then a long tail of words made from their beginnings and endings (so they keep the
//! language's letters), and draws word *r* with probability proportional to 1/*r* (Zipf's law,
//! as in real text): common words are in most documents, most words in few, and match sets have
//! realistic sizes. `uniform` draws the 50 real words evenly: every word is in every document of
//! its language, the worst case for a search engine that counts facets exactly.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};
use epi_model::practice::slugify;
use epi_model::{Domain, KeyFeature, Lang, Status, TargetGroup, Theme, Vocabulary};

use crate::cli::{GenCorpusArgs, VocabularyModel};

/// SplitMix64: tiny, fast and good enough for spreading test data; seeded, so repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn subset<T: Copy + PartialEq>(&mut self, items: &[T], min: usize, max: usize) -> Vec<T> {
        let count = min + self.below(max - min + 1);
        let mut out = Vec::with_capacity(count);
        while out.len() < count.min(items.len()) {
            let item = *self.pick(items);
            if !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }
}

fn words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "integration",
            "city",
            "community",
            "newcomers",
            "support",
            "local",
            "residents",
            "language",
            "course",
            "volunteers",
            "housing",
            "employment",
            "school",
            "families",
            "participation",
            "strategy",
            "municipality",
            "services",
            "refugees",
            "dialogue",
            "culture",
            "training",
            "partners",
            "network",
            "evaluation",
            "through",
            "with",
            "their",
            "which",
            "together",
            "people",
            "young",
            "women",
            "information",
            "meeting",
            "neighbourhood",
            "public",
            "access",
            "health",
            "education",
            "workshop",
            "organisations",
            "helped",
            "created",
            "shared",
            "learned",
            "practice",
            "everyday",
            "welcome",
            "council",
        ],
        Lang::Ro => &[
            "integrare",
            "oraș",
            "comunitate",
            "migranți",
            "sprijin",
            "local",
            "locuitori",
            "limba",
            "curs",
            "voluntari",
            "locuințe",
            "muncă",
            "școală",
            "familii",
            "participare",
            "strategie",
            "primăria",
            "servicii",
            "refugiați",
            "dialog",
            "cultură",
            "formare",
            "parteneri",
            "rețea",
            "evaluare",
            "prin",
            "împreună",
            "pentru",
            "care",
            "oamenii",
            "tineri",
            "femei",
            "informații",
            "întâlnire",
            "cartier",
            "public",
            "acces",
            "sănătate",
            "educație",
            "atelier",
            "organizații",
            "au",
            "ajutat",
            "creat",
            "învățat",
            "practică",
            "zilnic",
            "primire",
            "consiliu",
            "noii",
        ],
        Lang::It => &[
            "integrazione",
            "città",
            "comunità",
            "migranti",
            "sostegno",
            "locale",
            "cittadini",
            "lingua",
            "corso",
            "volontari",
            "abitare",
            "lavoro",
            "scuola",
            "famiglie",
            "partecipazione",
            "strategia",
            "comune",
            "servizi",
            "rifugiati",
            "dialogo",
            "cultura",
            "formazione",
            "partner",
            "rete",
            "valutazione",
            "attraverso",
            "insieme",
            "della",
            "degli",
            "persone",
            "giovani",
            "donne",
            "informazioni",
            "incontro",
            "quartiere",
            "pubblico",
            "accesso",
            "salute",
            "istruzione",
            "laboratorio",
            "associazioni",
            "hanno",
            "aiutato",
            "creato",
            "imparato",
            "pratica",
            "quotidiano",
            "accoglienza",
            "consiglio",
            "territorio",
        ],
        Lang::Es => &[
            "integración",
            "ciudad",
            "comunidad",
            "migrantes",
            "apoyo",
            "local",
            "vecinos",
            "idioma",
            "curso",
            "voluntarios",
            "vivienda",
            "empleo",
            "escuela",
            "familias",
            "participación",
            "estrategia",
            "ayuntamiento",
            "servicios",
            "refugiados",
            "diálogo",
            "cultura",
            "formación",
            "socios",
            "red",
            "evaluación",
            "través",
            "juntos",
            "también",
            "cuales",
            "personas",
            "jóvenes",
            "mujeres",
            "información",
            "reunión",
            "barrio",
            "público",
            "acceso",
            "salud",
            "educación",
            "taller",
            "asociaciones",
            "han",
            "ayudado",
            "creado",
            "aprendido",
            "práctica",
            "diario",
            "acogida",
            "concejalía",
            "diversidad",
        ],
        Lang::De => &[
            "Integration",
            "Stadt",
            "Gemeinschaft",
            "Zugewanderte",
            "Unterstützung",
            "örtlich",
            "Bewohner",
            "Sprache",
            "Kurs",
            "Ehrenamtliche",
            "Wohnen",
            "Arbeit",
            "Schule",
            "Familien",
            "Teilhabe",
            "Strategie",
            "Verwaltung",
            "Dienste",
            "Geflüchtete",
            "Dialog",
            "Kultur",
            "Ausbildung",
            "Partner",
            "Netzwerk",
            "Bewertung",
            "durch",
            "gemeinsam",
            "werden",
            "welche",
            "Menschen",
            "jungen",
            "Frauen",
            "Informationen",
            "Treffen",
            "Nachbarschaft",
            "öffentlich",
            "Zugang",
            "Gesundheit",
            "Bildung",
            "Werkstatt",
            "Vereine",
            "haben",
            "geholfen",
            "geschaffen",
            "gelernt",
            "Praxis",
            "täglich",
            "Willkommen",
            "Stadtrat",
            "Beratung",
        ],
        Lang::Sv => &[
            "integration",
            "staden",
            "gemenskap",
            "nyanlända",
            "stöd",
            "lokal",
            "invånare",
            "språket",
            "kurs",
            "volontärer",
            "bostäder",
            "arbete",
            "skolan",
            "familjer",
            "delaktighet",
            "strategi",
            "kommunen",
            "tjänster",
            "flyktingar",
            "dialog",
            "kultur",
            "utbildning",
            "partner",
            "nätverk",
            "utvärdering",
            "genom",
            "tillsammans",
            "också",
            "vilka",
            "människor",
            "unga",
            "kvinnor",
            "information",
            "möte",
            "grannskap",
            "offentlig",
            "tillgång",
            "hälsa",
            "lärande",
            "verkstad",
            "föreningar",
            "har",
            "hjälpt",
            "skapat",
            "lärt",
            "praktik",
            "vardag",
            "välkomnande",
            "fullmäktige",
            "språkvänner",
        ],
        Lang::Pl => &[
            "integracja",
            "miasto",
            "społeczność",
            "migranci",
            "wsparcie",
            "lokalny",
            "mieszkańcy",
            "język",
            "kurs",
            "wolontariusze",
            "mieszkania",
            "praca",
            "szkoła",
            "rodziny",
            "partycypacja",
            "strategia",
            "urząd",
            "usługi",
            "uchodźcy",
            "dialog",
            "kultura",
            "szkolenie",
            "partnerzy",
            "sieć",
            "ewaluacja",
            "poprzez",
            "razem",
            "również",
            "których",
            "ludzie",
            "młodzi",
            "kobiety",
            "informacje",
            "spotkanie",
            "dzielnica",
            "publiczny",
            "dostęp",
            "zdrowie",
            "edukacja",
            "warsztat",
            "organizacje",
            "pomogły",
            "stworzyły",
            "nauczyły",
            "praktyka",
            "codzienny",
            "przyjęcie",
            "rada",
            "cudzoziemców",
            "integracji",
        ],
        Lang::Lv => &[
            "integrācija",
            "pilsēta",
            "kopiena",
            "iebraucēji",
            "atbalsts",
            "vietējais",
            "iedzīvotāji",
            "valoda",
            "kurss",
            "brīvprātīgie",
            "mājoklis",
            "darbs",
            "skola",
            "ģimenes",
            "līdzdalība",
            "stratēģija",
            "pašvaldība",
            "pakalpojumi",
            "bēgļi",
            "dialogs",
            "kultūra",
            "apmācība",
            "partneri",
            "tīkls",
            "novērtējums",
            "caur",
            "kopā",
            "arī",
            "kuri",
            "cilvēki",
            "jaunieši",
            "sievietes",
            "informācija",
            "tikšanās",
            "apkaime",
            "publisks",
            "piekļuve",
            "veselība",
            "izglītība",
            "darbnīca",
            "organizācijas",
            "palīdzēja",
            "izveidoja",
            "iemācījās",
            "prakse",
            "ikdienas",
            "uzņemšana",
            "dome",
            "jauniebraucēji",
            "integrāciju",
        ],
    }
}

/// Section headings, in the order of the case-study template.
fn headings(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::En => [
            "Context",
            "What was done",
            "Results",
            "Lessons learned",
            "How to replicate",
        ],
        Lang::Ro => [
            "Context",
            "Ce s-a făcut",
            "Rezultate",
            "Lecții învățate",
            "Cum se poate replica",
        ],
        Lang::It => [
            "Contesto",
            "Che cosa è stato fatto",
            "Risultati",
            "Lezioni apprese",
            "Come replicare",
        ],
        Lang::Es => [
            "Contexto",
            "Qué se hizo",
            "Resultados",
            "Lecciones aprendidas",
            "Cómo replicarlo",
        ],
        Lang::De => [
            "Kontext",
            "Was getan wurde",
            "Ergebnisse",
            "Gelernte Lektionen",
            "Wie man es überträgt",
        ],
        Lang::Sv => [
            "Sammanhang",
            "Vad som gjordes",
            "Resultat",
            "Lärdomar",
            "Hur man gör likadant",
        ],
        Lang::Pl => [
            "Kontekst",
            "Co zrobiono",
            "Rezultaty",
            "Wnioski",
            "Jak powtórzyć",
        ],
        Lang::Lv => [
            "Konteksts",
            "Kas tika darīts",
            "Rezultāti",
            "Gūtās mācības",
            "Kā atkārtot",
        ],
    }
}

/// Cities by language (country and name), five per language.
fn cities(lang: Lang) -> [(&'static str, &'static str); 5] {
    match lang {
        Lang::En => [
            ("IE", "Dublin"),
            ("IE", "Cork"),
            ("MT", "Valletta"),
            ("IE", "Galway"),
            ("IE", "Limerick"),
        ],
        Lang::Ro => [
            ("RO", "Cluj-Napoca"),
            ("RO", "Timișoara"),
            ("RO", "Iași"),
            ("RO", "Brașov"),
            ("RO", "Constanța"),
        ],
        Lang::It => [
            ("IT", "Ravenna"),
            ("IT", "Bologna"),
            ("IT", "Torino"),
            ("IT", "Monza"),
            ("IT", "Palermo"),
        ],
        Lang::Es => [
            ("ES", "Cartagena"),
            ("ES", "Murcia"),
            ("ES", "Bilbao"),
            ("ES", "Sevilla"),
            ("ES", "Getafe"),
        ],
        Lang::De => [
            ("DE", "Dietzenbach"),
            ("DE", "Offenbach"),
            ("DE", "Leipzig"),
            ("DE", "Erlangen"),
            ("AT", "Graz"),
        ],
        Lang::Sv => [
            ("SE", "Linköping"),
            ("SE", "Malmö"),
            ("SE", "Umeå"),
            ("SE", "Örebro"),
            ("SE", "Göteborg"),
        ],
        Lang::Pl => [
            ("PL", "Lublin"),
            ("PL", "Gdańsk"),
            ("PL", "Kraków"),
            ("PL", "Łódź"),
            ("PL", "Wrocław"),
        ],
        Lang::Lv => [
            ("LV", "Riga"),
            ("LV", "Liepāja"),
            ("LV", "Jelgava"),
            ("LV", "Valmiera"),
            ("LV", "Ventspils"),
        ],
    }
}

/// Words of one language, and how to draw them.
struct WordList {
    /// Words by rank, most frequent first.
    words: Vec<String>,
    /// `cumulative[r]`: the probability of drawing a word of rank ≤ r, scaled to `u64::MAX`
    /// (empty for uniform draws).
    cumulative: Vec<u64>,
}

/// Size of the Zipfian vocabulary of each language.
const ZIPF_WORDS: usize = 30_000;

impl WordList {
    fn new(lang: Lang, model: VocabularyModel) -> WordList {
        let real = words(lang);
        let mut words: Vec<String> = real.iter().map(|w| (*w).to_owned()).collect();
        if model == VocabularyModel::Uniform {
            return WordList {
                words,
                cumulative: Vec::new(),
            };
        }
        // The tail: a beginning of one real word joined to the ending of another, in a fixed
        // order, without repeats.
        let mut seen: std::collections::HashSet<String> = words.iter().cloned().collect();
        let chars: Vec<Vec<char>> = real.iter().map(|w| w.chars().collect()).collect();
        'fill: for head_len in 3..=6 {
            for tail_len in (2..=5).rev() {
                for (i, head) in chars.iter().enumerate() {
                    for (j, tail) in chars.iter().enumerate() {
                        if words.len() >= ZIPF_WORDS {
                            break 'fill;
                        }
                        if i == j || head.len() < head_len || tail.len() < tail_len {
                            continue;
                        }
                        let word: String = head[..head_len]
                            .iter()
                            .chain(&tail[tail.len() - tail_len..])
                            .collect();
                        if seen.insert(word.clone()) {
                            words.push(word);
                        }
                    }
                }
            }
        }
        let weights: Vec<f64> = (1..=words.len()).map(|rank| 1.0 / rank as f64).collect();
        let total: f64 = weights.iter().sum();
        let mut sum = 0.0;
        let cumulative = weights
            .iter()
            .map(|w| {
                sum += w / total;
                (sum.min(1.0) * u64::MAX as f64) as u64
            })
            .collect();
        WordList { words, cumulative }
    }

    fn draw(&self, rng: &mut Rng) -> &str {
        if self.cumulative.is_empty() {
            return rng.pick(&self.words).as_str();
        }
        let point = rng.next();
        let rank = self.cumulative.partition_point(|&c| c < point);
        &self.words[rank.min(self.words.len() - 1)]
    }
}

fn sentence(rng: &mut Rng, vocabulary: &WordList, out: &mut String) -> usize {
    let length = 8 + rng.below(9);
    for i in 0..length {
        let word = vocabulary.draw(rng);
        if i == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push(' ');
            out.push_str(word);
        }
    }
    out.push_str(". ");
    length
}

fn document(rng: &mut Rng, vocabularies: &[WordList], number: usize) -> (String, String, String) {
    let lang = *rng.pick(&Lang::ALL);
    let vocabulary = &vocabularies[lang as usize];
    let (country, city) = *rng.pick(&cities(lang));
    let mut title = String::new();
    sentence(rng, vocabulary, &mut title);
    let title: String = title
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    let title = title.trim_end_matches('.').to_owned();
    let mut summary = String::new();
    sentence(rng, vocabulary, &mut summary);

    let target_words = 500 + rng.below(1001);
    let mut body = String::new();
    let mut written = 0;
    let sections = headings(lang);
    let mut section = 0;
    while written < target_words {
        if section < sections.len()
            && (written == 0 || written > target_words * section / sections.len())
        {
            let _ = write!(body, "\n## {}\n\n", sections[section]);
            section += 1;
        }
        for _ in 0..4 + rng.below(3) {
            written += sentence(rng, vocabulary, &mut body);
        }
        body.push_str("\n\n");
    }

    let quoted = |items: Vec<&str>| {
        items
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let domains = quoted(
        rng.subset(Domain::ALL, 1, 2)
            .iter()
            .map(|v| v.id())
            .collect(),
    );
    let features = quoted(
        rng.subset(KeyFeature::ALL, 0, 3)
            .iter()
            .map(|v| v.id())
            .collect(),
    );
    let themes = quoted(
        rng.subset(Theme::ALL, 1, 3)
            .iter()
            .map(|v| v.id())
            .collect(),
    );
    let groups = quoted(
        rng.subset(TargetGroup::ALL, 1, 3)
            .iter()
            .map(|v| v.id())
            .collect(),
    );
    let status = rng.pick(Status::ALL).id();
    let year = 2012 + rng.below(12);
    let month = 1 + rng.below(12);
    let city_slug = slugify(city);
    let slug = format!("practice-{number:06}");
    let text = format!(
        "+++\ntitle = \"{title}\"\nsummary = \"{summary}\"\ncity = \"{city}\"\ncountry = \"{country}\"\norganisations = [\"{city} City Council\"]\ndomains = [{domains}]\nkey_features = [{features}]\nthemes = [{themes}]\ntarget_groups = [{groups}]\nstatus = \"{status}\"\nlicense = \"CC-BY-4.0\"\nsource = \"Synthetic document generated by epi gen-corpus for benchmarks; not a real practice.\"\n\n[period]\nstart = \"{year}-{month:02}\"\n\n[contact]\norganisation = \"{city} City Council\"\n+++\n{body}",
        summary = summary.trim(),
    );
    (city_slug, format!("{slug}.{}.md", lang.code()), text)
}

pub fn run(args: &GenCorpusArgs) -> Result<()> {
    if args.out.exists() && fs::read_dir(&args.out)?.next().is_some() {
        bail!("{} is not empty: choose a new folder", args.out.display());
    }
    let mut rng = Rng(args.seed);
    let vocabularies: Vec<WordList> = Lang::ALL
        .into_iter()
        .map(|lang| WordList::new(lang, args.vocabulary))
        .collect();
    let mut bytes = 0usize;
    for number in 0..args.docs {
        let (city, file, text) = document(&mut rng, &vocabularies, number);
        let dir = args.out.join(&city);
        fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        write(&dir.join(file), &text)?;
        bytes += text.len();
    }
    println!(
        "wrote {} documents ({:.1} MB) to {}",
        args.docs,
        bytes as f64 / 1_000_000.0,
        args.out.display()
    );
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}
