//! Stop words for the languages tantivy has no list for (Romanian, Polish, Latvian), and an
//! Italian list that adds the elided articles and prepositions the tokenizer splits off
//! ("sull'occupazione").
//!
//! The lists hold function words only (articles, pronouns, prepositions, conjunctions, auxiliary
//! forms): a content word here would be unsearchable in its language field. They are written
//! lower case with diacritics, as tokens reach the stop filter before folding.

pub const ROMANIAN: &[&str] = &[
    "a", "acea", "aceasta", "această", "aceea", "acei", "aceia", "acel", "acela", "acele",
    "acelea", "acest", "acesta", "aceste", "acestea", "acestei", "acestor", "acestui", "ai", "al",
    "ale", "alt", "alte", "am", "ar", "are", "aș", "au", "avea", "avem", "aveți", "ca", "care",
    "ce", "cel", "cea", "cei", "cele", "cu", "cum", "da", "dacă", "dar", "de", "deci", "decât",
    "din", "dintre", "după", "e", "ea", "ei", "el", "ele", "este", "eu", "fi", "fie", "fost", "i",
    "ia", "iar", "il", "îl", "în", "îi", "într", "între", "își", "la", "le", "li", "lor", "lui",
    "mai", "ne", "nici", "nu", "o", "or", "ori", "pe", "pentru", "prin", "sa", "să", "sau", "se",
    "si", "și", "sub", "sunt", "s-a", "ta", "te", "tu", "un", "una", "unei", "unor", "unui", "vă",
    "voi",
];

pub const POLISH: &[&str] = &[
    "a", "aby", "ale", "albo", "ani", "bez", "bo", "być", "był", "była", "było", "były", "będzie",
    "co", "czy", "dla", "do", "gdy", "gdzie", "go", "i", "ich", "im", "iż", "ja", "jak", "jako",
    "je", "jego", "jej", "jest", "jeszcze", "jeśli", "już", "ku", "lub", "ma", "mi", "między",
    "my", "na", "nad", "nie", "niż", "o", "od", "oraz", "po", "pod", "przez", "przy", "się", "są",
    "ta", "tak", "także", "te", "tego", "tej", "ten", "to", "tu", "tych", "tym", "u", "w", "we",
    "więc", "z", "za", "ze", "że", "żeby",
];

pub const LATVIAN: &[&str] = &[
    "aiz", "ap", "ar", "arī", "bet", "bez", "bija", "biji", "biju", "bijām", "bijāt", "būs", "būt",
    "ir", "esmu", "esi", "esam", "esat", "gan", "ja", "jau", "jo", "kā", "kad", "kas", "ko", "kur",
    "kura", "kuri", "kuru", "kurš", "lai", "līdz", "no", "nu", "pa", "par", "pie", "pirms", "pret",
    "tā", "tad", "tas", "te", "tie", "to", "tur", "un", "uz", "vai", "vēl", "viņa", "viņi", "viņš",
    "zem",
];

/// Italian function words (the core of the Snowball list, which tantivy does not expose for
/// extension) and the elided forms left by splitting at the apostrophe ("dell'integrazione" →
/// "dell", …).
pub const ITALIAN: &[&str] = &[
    "a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "che", "chi", "ci", "coi",
    "col", "come", "con", "da", "dagli", "dai", "dal", "dalla", "dalle", "dallo", "degli", "dei",
    "del", "della", "delle", "dello", "di", "e", "è", "ed", "gli", "ha", "hanno", "i", "il", "in",
    "io", "la", "le", "lo", "loro", "ma", "mi", "ne", "negli", "nei", "nel", "nella", "nelle",
    "nello", "noi", "non", "o", "per", "più", "quale", "quando", "questa", "queste", "questi",
    "questo", "se", "si", "sia", "sono", "su", "sugli", "sui", "sul", "sulla", "sulle", "sullo",
    "tra", "fra", "un", "una", "uno", "voi", // elisions
    "l", "d", "c", "m", "t", "s", "v", "dell", "dall", "nell", "sull", "all", "coll", "quest",
    "quell", "tutt", "senz", "dev", "nessun",
];
