//! Where a document lives: `<city>/<slug>.<lang>.md` or `<city>/<slug>.md` under the corpus root.

use std::path::{Component, Path};

use epi_model::Lang;
use epi_model::practice::is_valid_slug;

/// What a document's path says about it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DocLocation {
    pub city: String,
    pub slug: String,
    /// The language named in the file name, when there is one.
    pub lang: Option<Lang>,
}

impl DocLocation {
    /// Reads a path relative to the corpus root. The error says what was expected.
    pub fn from_relative_path(path: &Path) -> Result<DocLocation, String> {
        let expected =
            "expected <city>/<practice-slug>.<lang>.md, in lower-case letters, digits and '-'";
        let components: Vec<&str> = path
            .components()
            .map(|c| match c {
                Component::Normal(part) => part.to_str(),
                _ => None,
            })
            .collect::<Option<_>>()
            .ok_or_else(|| format!("unexpected path: {expected}"))?;
        let [city, file] = components.as_slice() else {
            return Err(format!("misplaced file: {expected}"));
        };
        let stem = file
            .strip_suffix(".md")
            .ok_or_else(|| format!("not a Markdown file: {expected}"))?;
        let (slug, lang) = match stem.rsplit_once('.') {
            Some((slug, code)) => {
                let lang = Lang::from_code(code).ok_or_else(|| {
                    format!("unknown language '{code}' in the file name: expected one of en, ro, it, es, de, sv, pl, lv")
                })?;
                if code != lang.code() {
                    return Err(format!(
                        "write the language code in lower case: '{}'",
                        lang.code()
                    ));
                }
                (slug, Some(lang))
            }
            None => (stem, None),
        };
        if !is_valid_slug(city) {
            return Err(format!(
                "city folder '{city}' is not a valid slug: {expected}"
            ));
        }
        if !is_valid_slug(slug) || slug.len() < 3 {
            return Err(format!(
                "practice slug '{slug}' is not valid (3–80 characters): {expected}"
            ));
        }
        Ok(DocLocation {
            city: (*city).to_owned(),
            slug: slug.to_owned(),
            lang,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: &str, expected: Result<(&str, &str, Option<Lang>), &str>) {
        let got = DocLocation::from_relative_path(Path::new(path));
        match expected {
            Ok((city, slug, lang)) => {
                let got = got.unwrap_or_else(|e| panic!("{path}: {e}"));
                assert_eq!(
                    (got.city.as_str(), got.slug.as_str(), got.lang),
                    (city, slug, lang)
                );
            }
            Err(fragment) => {
                let err = got.expect_err(path);
                assert!(err.contains(fragment), "{path}: {err}");
            }
        }
    }

    #[test]
    fn reads_paths() {
        check(
            "riga/we-are-rigans.lv.md",
            Ok(("riga", "we-are-rigans", Some(Lang::Lv))),
        );
        check("riga/we-are-rigans.md", Ok(("riga", "we-are-rigans", None)));
        check("riga/we-are-rigans.fr.md", Err("unknown language 'fr'"));
        check("riga/we-are-rigans.LV.md", Err("lower case"));
        check("we-are-rigans.en.md", Err("misplaced"));
        check("a/b/c.en.md", Err("misplaced"));
        check("Riga/x-y-z.en.md", Err("city folder"));
        check("riga/We_Are.en.md", Err("practice slug"));
        check("riga/../x.en.md", Err("unexpected path"));
        check("riga/notes.txt", Err("not a Markdown"));
    }
}
