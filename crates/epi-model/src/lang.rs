//! The eight languages of the corpus.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language the library indexes, analyses and detects. Nothing outside this set is ever
/// assumed: detection is restricted to it and every analysed field belongs to one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ro,
    It,
    Es,
    De,
    Sv,
    Pl,
    Lv,
}

impl Lang {
    /// Every corpus language, in a stable order (English first, then the partner cities').
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Ro,
        Lang::It,
        Lang::Es,
        Lang::De,
        Lang::Sv,
        Lang::Pl,
        Lang::Lv,
    ];

    /// The ISO 639-1 code, as used in file names, URLs and field names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::It => "it",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Sv => "sv",
            Lang::Pl => "pl",
            Lang::Lv => "lv",
        }
    }

    /// The language's name in itself (an endonym), for language menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ro => "Română",
            Lang::It => "Italiano",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Sv => "Svenska",
            Lang::Pl => "Polski",
            Lang::Lv => "Latviešu",
        }
    }

    /// The language's name in English.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ro => "Romanian",
            Lang::It => "Italian",
            Lang::Es => "Spanish",
            Lang::De => "German",
            Lang::Sv => "Swedish",
            Lang::Pl => "Polish",
            Lang::Lv => "Latvian",
        }
    }

    /// Parses a language code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error of parsing a language code outside the corpus languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}': expected one of en, ro, it, es, de, sv, pl, lv")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.code().to_uppercase().parse::<Lang>(), Ok(lang));
        }
        assert!("fr".parse::<Lang>().is_err());
    }

    #[test]
    fn serde_uses_codes() {
        assert_eq!(serde_json::to_string(&Lang::Lv).unwrap(), "\"lv\"");
        assert_eq!(serde_json::from_str::<Lang>("\"pl\"").unwrap(), Lang::Pl);
    }
}
