//! A practice document: one language version of a good practice, as the corpus holds it.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::vocab::{Domain, EvalDimension, IccArea, KeyFeature, Status, TargetGroup, Theme};

/// Turns a name into a URL- and file-safe slug: ASCII-folded, lower case, words joined by `-`.
///
/// `"Linköping"` → `"linkoping"`, `"Cluj-Napoca"` → `"cluj-napoca"`, `"Rīga"` → `"riga"`.
pub fn slugify(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// True when `slug` is a valid slug: `a`–`z`, `0`–`9` and single inner `-`, 1 to 80 characters.
/// Slugs become directory and file names, so this is also the path-traversal guard.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 80
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// The id of a practice, shared by all its language versions: `<city-slug>/<practice-slug>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PracticeId {
    city: String,
    slug: String,
}

/// The error of parsing a malformed practice id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{0}' is not a practice id: expected '<city>/<slug>' in lower-case letters, digits and '-'"
)]
pub struct BadPracticeId(pub String);

impl PracticeId {
    /// Builds an id from two slugs, checking both.
    pub fn new(city: &str, slug: &str) -> Result<Self, BadPracticeId> {
        if is_valid_slug(city) && is_valid_slug(slug) {
            Ok(PracticeId {
                city: city.to_owned(),
                slug: slug.to_owned(),
            })
        } else {
            Err(BadPracticeId(format!("{city}/{slug}")))
        }
    }

    pub fn city(&self) -> &str {
        &self.city
    }

    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// The key of one language version: `<city>/<slug>.<lang>`.
    pub fn doc_key(&self, lang: Lang) -> String {
        format!("{self}.{lang}")
    }
}

impl fmt::Display for PracticeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.city, self.slug)
    }
}

impl FromStr for PracticeId {
    type Err = BadPracticeId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (city, slug) = s
            .split_once('/')
            .ok_or_else(|| BadPracticeId(s.to_owned()))?;
        PracticeId::new(city, slug).map_err(|_| BadPracticeId(s.to_owned()))
    }
}

impl Serialize for PracticeId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PracticeId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A calendar date known to the year, the month or the day. Case studies often know only
/// "June 2021", and inventing a day would be an invented fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// The error of parsing a malformed or impossible date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (for example 2021-06)")]
pub struct BadDate(pub String);

impl PartialDate {
    /// A sortable number: `YYYYMMDD`, with unknown parts as 0 so that "2021" sorts before "2021-01".
    pub fn ordinal(self) -> u32 {
        u32::from(self.year) * 10_000
            + u32::from(self.month.unwrap_or(0)) * 100
            + u32::from(self.day.unwrap_or(0))
    }
}

impl PartialDate {
    /// True when `self` is certainly earlier than `other`, comparing only the parts both know:
    /// "2021" is not before "2021-06", "2021-05" is.
    pub fn is_before(self, other: PartialDate) -> bool {
        if self.year != other.year {
            return self.year < other.year;
        }
        match (self.month, other.month) {
            (Some(a), Some(b)) if a != b => a < b,
            (Some(_), Some(_)) => matches!((self.day, other.day), (Some(a), Some(b)) if a < b),
            _ => false,
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for PartialDate {
    type Err = BadDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadDate(s.to_owned());
        let parts: Vec<&str> = s.trim().split('-').collect();
        let number = |part: &str, len: usize| -> Result<u16, BadDate> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(parts[0], 4)?;
        if !(1900..=2100).contains(&year) {
            return Err(bad());
        }
        let month = match parts.get(1) {
            Some(part) => {
                let month = number(part, 2)?;
                if !(1..=12).contains(&month) {
                    return Err(bad());
                }
                Some(month as u8)
            }
            None => None,
        };
        let day = match (parts.get(2), month) {
            (Some(part), Some(month)) => {
                let day = number(part, 2)?;
                if day == 0 || day > u16::from(days_in_month(year, month)) {
                    return Err(bad());
                }
                Some(day as u8)
            }
            _ => None,
        };
        if parts.len() > 3 {
            return Err(bad());
        }
        Ok(PartialDate { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// When a practice ran: a start and, unless it goes on, an end.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
}

impl Period {
    /// The calendar years the period touches, for the year facet. An open period counts its
    /// start year only: "ongoing since 2019" is not evidence of activity in each later year.
    pub fn years(&self) -> impl Iterator<Item = u16> {
        let last = self
            .end
            .map_or(self.start.year, |end| end.year.max(self.start.year));
        self.start.year..=last
    }
}

/// Who to ask about a practice.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub organisation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A link to further material.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// One language version of a practice, validated: every vocabulary value is known, the id and
/// language are settled, the dates are real.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Practice {
    pub id: PracticeId,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub city: String,
    pub country: String,
    pub organisations: Vec<String>,
    pub domains: Vec<Domain>,
    pub key_features: Vec<KeyFeature>,
    pub themes: Vec<Theme>,
    pub target_groups: Vec<TargetGroup>,
    pub period: Period,
    pub status: Status,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Evidence for each evaluation dimension the practice was assessed on.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, String>))]
    pub evaluation: BTreeMap<EvalDimension, String>,
    #[serde(default)]
    pub icc_areas: Vec<IccArea>,
    #[serde(default)]
    pub adapted_from: Vec<PracticeId>,
    #[serde(default)]
    pub adapted_by: Vec<PracticeId>,
    pub contact: Contact,
    #[serde(default)]
    pub links: Vec<Link>,
    pub license: String,
    pub source: String,
    /// The Markdown body, as written.
    pub body: String,
}

impl Practice {
    /// The key of this language version: `<city>/<slug>.<lang>`.
    pub fn doc_key(&self) -> String {
        self.id.doc_key(self.lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_folds_and_joins() {
        assert_eq!(slugify("Linköping"), "linkoping");
        assert_eq!(slugify("Cluj-Napoca"), "cluj-napoca");
        assert_eq!(slugify("Rīga"), "riga");
        assert_eq!(slugify("  Ravenna  "), "ravenna");
        assert_eq!(slugify("Łódź / Śródmieście"), "lodz-srodmiescie");
    }

    #[test]
    fn slugs_reject_traversal() {
        for bad in [
            "", "..", "../etc", "a/b", "A", "a--b", "-a", "a-", "a.b", "a b",
        ] {
            assert!(!is_valid_slug(bad), "{bad:?} accepted");
        }
        assert!(is_valid_slug("one-stop-shop-2"));
    }

    #[test]
    fn practice_ids_parse() {
        let id: PracticeId = "cluj-napoca/one-stop-shop".parse().unwrap();
        assert_eq!(id.city(), "cluj-napoca");
        assert_eq!(id.doc_key(Lang::Ro), "cluj-napoca/one-stop-shop.ro");
        assert!("cluj-napoca".parse::<PracticeId>().is_err());
        assert!("../x/y".parse::<PracticeId>().is_err());
    }

    #[test]
    fn partial_dates() {
        let check = |s: &str, ok: bool| assert_eq!(s.parse::<PartialDate>().is_ok(), ok, "{s}");
        check("2021", true);
        check("2021-06", true);
        check("2024-02-29", true);
        check("2023-02-29", false);
        check("2021-13", false);
        check("2021-6", false);
        check("21-06-01", false);
        check("2021-06-01-01", false);
        check("June 2021", false);
        let date: PartialDate = "2021-06".parse().unwrap();
        assert_eq!(date.to_string(), "2021-06");
        assert!("2021".parse::<PartialDate>().unwrap() < date);
    }

    #[test]
    fn is_before_compares_known_parts() {
        let d = |s: &str| s.parse::<PartialDate>().unwrap();
        assert!(d("2021-05").is_before(d("2021-06")));
        assert!(!d("2021").is_before(d("2021-06")));
        assert!(!d("2021-06").is_before(d("2021")));
        assert!(d("2020").is_before(d("2021-01-01")));
        assert!(d("2021-06-01").is_before(d("2021-06-02")));
        assert!(!d("2021-06").is_before(d("2021-06-02")));
    }

    #[test]
    fn period_years() {
        let period = Period {
            start: "2020-11".parse().unwrap(),
            end: Some("2022-03".parse().unwrap()),
        };
        assert_eq!(period.years().collect::<Vec<_>>(), [2020, 2021, 2022]);
        let open = Period {
            start: "2019".parse().unwrap(),
            end: None,
        };
        assert_eq!(open.years().collect::<Vec<_>>(), [2019]);
    }
}
