//! What every page in every interface language must have, shared by the tests that walk pages:
//! the language menu and alternates, links that keep the language, and no message key or Fluent
//! marker shown instead of a text.

use epi_tests::Reply;

/// Every internal link of a page.
pub fn links(body: &str) -> Vec<String> {
    let mut found = Vec::new();
    for part in body.split("href=\"").skip(1) {
        let Some(end) = part.find('"') else { continue };
        let href = part[..end].replace("&amp;", "&");
        if href.starts_with('/') && !href.starts_with("//") {
            found.push(href);
        }
    }
    found
}

/// The interface languages, in the menu's order.
pub const UI_LANGUAGES: [&str; 8] = ["en", "ro", "it", "es", "de", "sv", "pl", "lv"];

/// The language prefix of an internal link (`/pl/cities` → `pl`), if it has one.
pub fn link_language(link: &str) -> Option<&'static str> {
    UI_LANGUAGES.into_iter().find(|lang| {
        link.strip_prefix('/')
            .and_then(|rest| rest.strip_prefix(lang))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
    })
}

/// The language prefix of a search page with parameters: `Some(None)` for `/search?…`,
/// `Some(Some("pl"))` for `/pl/search?…`, `None` for other pages.
pub fn search_language(link: &str) -> Option<Option<&'static str>> {
    let lang = link_language(link);
    let rest = lang.map_or(link, |lang| &link[lang.len() + 1..]);
    rest.starts_with("/search?").then_some(lang)
}

/// The keys of the reference message file, to catch one shown instead of its text.
pub fn message_keys() -> Vec<String> {
    include_str!("../../crates/epi-i18n/locales/en.ftl")
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(key, _)| key.to_owned())
        .filter(|key| key.starts_with(|c: char| c.is_ascii_lowercase()) && key.contains('-'))
        .collect()
}

/// The text of a page without its tags (attribute values and class names use key-like words).
fn visible_text(body: &str) -> String {
    let mut text = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// Fluent shows a missing message or variable as `{name}`, the library a missing key as
/// `{key}`, and isolation marks would wrap every variable: none may reach a page, and no key
/// may be shown as text.
pub fn assert_no_leaked_messages(path: &str, body: &str, keys: &[String]) {
    for marker in ['{', '}', '\u{2068}', '\u{2069}'] {
        assert!(!body.contains(marker), "{path} contains {marker:?}");
    }
    let text = visible_text(body);
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '-';
    for key in keys {
        for (at, _) in text.match_indices(key.as_str()) {
            let before = text[..at].chars().next_back();
            let after = text[at + key.len()..].chars().next();
            assert!(
                before.is_some_and(is_word) || after.is_some_and(is_word),
                "{path} shows the message key {key}"
            );
        }
    }
}

/// What every page in `lang` has: its language, the language menu, the alternates, links that
/// keep the prefix, the navigation in that language, and no message key or marker.
pub fn check_localised_page(
    path: &str,
    reply: &Reply,
    lang: &str,
    search_label: &str,
    keys: &[String],
) {
    let body = &reply.body;
    assert!(reply.content_type.starts_with("text/html"), "{path}");
    assert!(body.contains(&format!(r#"<html lang="{lang}">"#)), "{path}");
    let menu = body
        .split(r#"<nav class="lang-menu""#)
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .unwrap_or_else(|| panic!("{path} has no language menu"));
    for other in UI_LANGUAGES {
        assert!(
            menu.contains(&format!(r#"lang="{other}" hreflang="{other}""#)),
            "{path}: the menu lacks {other}"
        );
        assert!(
            body.contains(&format!(
                r#"<link rel="alternate" hreflang="{other}" href="/{other}/"#
            )),
            "{path}: no alternate in {other}"
        );
    }
    assert!(
        menu.contains(&format!(
            r#"lang="{lang}" hreflang="{lang}" aria-current="true""#
        )),
        "{path}: the current language is not marked"
    );
    assert_eq!(menu.matches("aria-current").count(), 1, "{path}");
    assert!(body.contains(r#"hreflang="x-default""#), "{path}");
    assert!(
        body.contains(&format!(">{search_label}</a>")),
        "{path}: the navigation is not in {lang}"
    );
    // Outside the language menu, every internal link stays in the page's language.
    let page_body = body.split("<body>").nth(1).unwrap_or_default();
    let without_menu = page_body.replacen(menu, "", 1);
    for link in links(&without_menu) {
        assert!(
            link.starts_with(&format!("/{lang}/")) || link.starts_with("/api/"),
            "{path}: the link {link} loses the language"
        );
    }
    assert_no_leaked_messages(path, body, keys);
}

/// The "Search" entry of the main navigation in each interface language.
pub const SEARCH_LABELS: [(&str, &str); 8] = [
    ("en", "Search"),
    ("ro", "Căutare"),
    ("it", "Cerca"),
    ("es", "Buscar"),
    ("de", "Suche"),
    ("sv", "Sök"),
    ("pl", "Szukaj"),
    ("lv", "Meklēt"),
];
