//! Markdown bodies as safe HTML.
//!
//! pulldown-cmark passes raw HTML and `javascript:` links through untouched, so its output is
//! cleaned by ammonia (an allow-list sanitiser) before it reaches a page: no script, no event
//! handlers, no dangerous URL schemes, no markup that escapes its container.

use std::collections::HashSet;

use pulldown_cmark::{Options, Parser};

/// Renders a Markdown body to sanitised HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn renders_markdown() {
        let html = to_safe_html("## Context\n\nThe **city** opened a [desk](https://example.org).");
        assert!(html.contains("<h2>Context</h2>"), "{html}");
        assert!(html.contains("<strong>city</strong>"), "{html}");
        assert!(html.contains(r#"href="https://example.org""#), "{html}");
        assert!(html.contains("noopener"), "{html}");
    }

    #[test]
    fn removes_everything_that_could_run() {
        let hostile = concat!(
            "<script>alert(1)</script>\n\n",
            "<img src=x onerror=\"alert(2)\">\n\n",
            "[click](javascript:alert(3))\n\n",
            "<a href=\"data:text/html,<script>alert(4)</script>\">data</a>\n\n",
            "<iframe src=\"https://example.org\"></iframe>\n\n",
            "<div style=\"position:fixed\"></div></div></main>\n\n",
            "<svg onload=alert(5)></svg>",
        );
        let html = to_safe_html(hostile);
        for needle in [
            "<script",
            "onerror",
            "javascript:",
            "data:",
            "<iframe",
            "style=",
            "onload",
            "</main>",
        ] {
            assert!(!html.contains(needle), "{needle} survived in {html}");
        }
    }
}
