//! "Did you mean …?" for controlled vocabularies.

/// The valid value closest to `input`, when it is close enough to be a plausible typo.
///
/// Uses the normalised Damerau-Levenshtein similarity: one or two slips in a word of ten letters
/// still suggest, an unrelated word does not.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.trim().to_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for candidate in candidates {
        let score = strsim::normalized_damerau_levenshtein(&input, candidate);
        if best.is_none_or(|(_, best_score)| score > best_score) {
            best = Some((candidate, score));
        }
    }
    best.filter(|(_, score)| *score >= 0.6).map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    const DOMAINS: [&str; 3] = ["interaction", "participation", "governance"];

    #[test]
    fn suggests_close_values_only() {
        assert_eq!(nearest("goverance", DOMAINS), Some("governance"));
        assert_eq!(nearest("Participaton", DOMAINS), Some("participation"));
        assert_eq!(nearest("housing", DOMAINS), None);
    }
}
