//! The skeleton of a new body: the five sections the corpus uses, headed in the language of
//! the document (not of the interface: the headings are part of the case study).

use epi_model::Lang;

/// The section headings of a case study in `lang`, as the corpus writes them.
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
            "Cum poate fi replicată",
        ],
        Lang::It => [
            "Contesto",
            "Che cosa è stato fatto",
            "Risultati",
            "Lezioni apprese",
            "Come replicarla",
        ],
        Lang::Es => [
            "Contexto",
            "Qué se hizo",
            "Resultados",
            "Lecciones aprendidas",
            "Cómo replicarla",
        ],
        Lang::De => [
            "Hintergrund",
            "Was umgesetzt wurde",
            "Ergebnisse",
            "Erkenntnisse",
            "So lässt sich die Praxis übertragen",
        ],
        Lang::Sv => [
            "Bakgrund",
            "Vad som gjordes",
            "Resultat",
            "Lärdomar",
            "Så kan andra göra likadant",
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
            "Kas tika paveikts",
            "Rezultāti",
            "Gūtās atziņas",
            "Kā pārņemt praksi",
        ],
    }
}

/// A body with the five section headings in `lang` and room under each.
pub fn body_skeleton(lang: Lang) -> String {
    let mut body = String::new();
    for heading in headings(lang) {
        body.push_str("## ");
        body.push_str(heading);
        body.push_str("\n\n\n\n");
    }
    body.trim_end().to_owned() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_five_distinct_headings() {
        for lang in Lang::ALL {
            let body = body_skeleton(lang);
            assert_eq!(body.matches("## ").count(), 5, "{lang}: {body}");
            let mut seen = headings(lang).to_vec();
            seen.dedup();
            assert_eq!(seen.len(), 5, "{lang}");
        }
        assert!(body_skeleton(Lang::Pl).starts_with("## Kontekst\n"));
    }
}
