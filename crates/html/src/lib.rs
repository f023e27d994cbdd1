//! Article text from a saved news web page, ready for sentence splitting.
//!
//! ```
//! use summarize_html::{extract, ErrorKind};
//!
//! let page = r#"<html lang="en"><head><title>Talks resume in Geneva</title>
//!   <meta name="author" content="Jane Doe"></head>
//!   <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
//!   <article><h1>Talks resume in Geneva</h1>
//!   <p>Negotiators from both countries met in Geneva on Monday, the first
//!      meeting since talks broke down in the spring of last year.</p>
//!   <h2>A new proposal</h2>
//!   <p>The proposal, seen by reporters, would freeze the dispute for ten
//!      years while a joint commission drew up a lasting settlement.</p>
//!   </article><footer>© Daily News. All rights reserved.</footer></body></html>"#;
//!
//! let article = extract(page).unwrap();
//! assert_eq!(article.title.as_deref(), Some("Talks resume in Geneva"));
//! assert_eq!(article.byline.as_deref(), Some("Jane Doe"));
//! assert_eq!(article.language.as_deref(), Some("en"));
//! assert!(article.text.starts_with("Negotiators from both countries met in Geneva on Monday,"));
//! assert!(article.text.contains("last year.\n\nA new proposal\n\nThe proposal, seen"));
//! assert!(!article.text.contains("Home") && !article.text.contains("rights reserved"));
//!
//! assert_eq!(extract("Just a line of text.").unwrap_err().kind(), ErrorKind::NotHtml);
//! ```
//!
//! [`extract`] finds the article in a web page the way the reader view of
//! Firefox does, and returns it as plain text with its title, byline and
//! language, without figure captions (they describe a picture the reader
//! does not see and end in photo credits). The text has one paragraph,
//! heading or list item per block,
//! blocks separated by blank lines, white space inside a block folded to
//! single spaces: a sentence splitter that ends a sentence at a blank line
//! sees a heading as a sentence of its own and never runs two paragraphs
//! together. [`text_of`] gives the same kind of text for all of a page or
//! a fragment, without looking for an article. The crate does no I/O and
//! never panics on any `&str`.
//!
//! # Why dom_smoothie
//!
//! The article is found by [`dom_smoothie`], a port of Mozilla's
//! Readability (the algorithm of Firefox's reader view). Measured on the 11
//! news pages of Readability's own test suite (`tests/extraction.rs`: the
//! share of the expected text's sentences found, and the share of
//! extracted sentences that are not in the expected text), with one HTML to
//! text conversion for all:
//!
//! | crate | found | leaked | crates built | clean debug build | release binary |
//! |---|---|---|---|---|---|
//! | `dom_smoothie` 0.19 | 100.0% | 0.0% | 60 | 10 s | +1.9 MB |
//! | `legible` 0.5 | 100.0% | 0.0% | 81 | 28 s | +3.3 MB |
//! | `readability` 0.3 (arc90 port, no reqwest) | 91.1% | 0.2% | 83 | 34 s | |
//! | `readability-rust` 0.1 | 92.5% | 10.8% | 134 | 53 s | |
//!
//! (Here both texts keep captions. [`extract`] then leaves captions out, as
//! a general rule: on these pages that misses 10 expected sentences, every
//! one a caption or a photo credit, for 97.4% found and still 0.0% leaked.)
//!
//! `dom_smoothie` and `legible` are equally accurate here; `dom_smoothie`
//! builds in a third of the time with fewer crates, makes a smaller binary,
//! was a little faster (29 ms against 39 ms for all 11 pages, release), and
//! is actively maintained. The pages are Readability's own test pages, on
//! which both ports are tested, so these figures are an upper bound for
//! pages in general.
//!
//! # Limits
//!
//! A page that nests elements more than [`MAX_DEPTH`] deep is refused
//! ([`ErrorKind::TooDeep`]): the extractor recurses over the tree, and a
//! deeper page could overflow the stack. Parsing itself (html5ever) takes
//! time that grows with the square of the nesting depth, so a page nested
//! tens of thousands deep takes seconds before it is refused; real pages
//! nest a few dozen deep.

#![deny(missing_docs)]

use std::fmt;

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability, TextMode};

/// The deepest element nesting [`extract`] accepts.
pub const MAX_DEPTH: usize = 512;

/// The article found in a web page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Article {
    /// The article's title (from the page's metadata, title or headline),
    /// if the page gives one.
    pub title: Option<String>,
    /// Its author or authors, if the page names them.
    pub byline: Option<String>,
    /// The page's language code as the page declares it (`en`, `en-GB`),
    /// if it does.
    pub language: Option<String>,
    /// The article as plain text, figure captions left out: one paragraph,
    /// heading or list item per block, blocks separated by a blank line, no
    /// leading or trailing white space. Never empty.
    pub text: String,
}

/// Why no article could be extracted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input has no HTML tag at all.
    NotHtml,
    /// The page has text, but no part of it reads as an article.
    NoArticle,
    /// The page shows no text at all (an empty body, or only scripts).
    EmptyBody,
    /// Elements are nested more than [`MAX_DEPTH`] deep.
    TooDeep,
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { kind }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::NotHtml => f.write_str("not HTML (no tag found)"),
            ErrorKind::NoArticle => f.write_str("no article found in the page"),
            ErrorKind::EmptyBody => f.write_str("the page has no text"),
            ErrorKind::TooDeep => {
                write!(f, "the page nests elements more than {MAX_DEPTH} deep")
            }
        }
    }
}

impl std::error::Error for Error {}

/// Extracts the article from a web page.
///
/// # Errors
///
/// [`ErrorKind::NotHtml`] if `html` has no tag (`<` then a letter, `!`,
/// `/` or `?`, and a `>` after it), [`ErrorKind::TooDeep`] if elements
/// nest more than [`MAX_DEPTH`] deep, [`ErrorKind::EmptyBody`] if the page
/// shows no text, [`ErrorKind::NoArticle`] if it does but no article is
/// found in it.
pub fn extract(html: &str) -> Result<Article, Error> {
    if !has_a_tag(html) {
        return Err(ErrorKind::NotHtml.into());
    }
    let document = Document::from(html);
    if depth_exceeds(&document, MAX_DEPTH) {
        return Err(ErrorKind::TooDeep.into());
    }
    // Captions describe a picture the summary does not show, and end in
    // photo credits: Readability keeps them, we leave them out.
    document.select("figcaption").remove();
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let found = Readability::with_document(document, None, Some(config))
        .ok()
        .and_then(|mut readability| readability.parse().ok());
    let text = found.as_ref().map(|a| blocks(&a.text_content)).unwrap_or_default();
    let Some(article) = found.filter(|_| !text.is_empty()) else {
        return Err(if text_of(html).is_empty() { ErrorKind::EmptyBody } else { ErrorKind::NoArticle }.into());
    };
    Ok(Article {
        title: non_empty(&article.title),
        byline: article.byline.as_deref().and_then(non_empty),
        language: article.lang.as_deref().and_then(non_empty),
        text,
    })
}

/// The text of all of a page or fragment, formatted like [`Article::text`]
/// (scripts, styles and the head left out, captions kept), without looking
/// for an article; empty if it shows no text.
///
/// ```
/// let text = summarize_html::text_of("<h1>Talks</h1><p>They  met.<br>Twice.</p><ul><li>Geneva</li><li>Bern</li></ul>");
/// assert_eq!(text, "Talks\n\nThey met.\n\nTwice.\n\nGeneva\n\nBern");
/// ```
pub fn text_of(html: &str) -> String {
    let document = Document::from(html);
    document.select("head, script, style, noscript, template").remove();
    blocks(&document.root().formatted_text())
}

/// Whether `html` holds something that reads as a tag: `<` then an ASCII
/// letter, `!`, `/` or `?`, and a `>` somewhere after it.
fn has_a_tag(html: &str) -> bool {
    let bytes = html.as_bytes();
    bytes.windows(2).enumerate().any(|(i, pair)| {
        pair[0] == b'<'
            && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'!' | b'/' | b'?'))
            && bytes[i + 2..].contains(&b'>')
    })
}

/// Whether some node of `document` is nested more than `limit` deep
/// (iterative: no recursion on the input's depth).
fn depth_exceeds(document: &Document, limit: usize) -> bool {
    let mut stack: Vec<(NodeRef<'_>, usize)> = vec![(document.root(), 0)];
    while let Some((node, depth)) = stack.pop() {
        if depth > limit {
            return true;
        }
        stack.extend(node.element_children().into_iter().map(|child| (child, depth + 1)));
    }
    false
}

/// One block per line of `text`, each trimmed, empty ones dropped, joined
/// by blank lines.
fn blocks(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    lines.join("\n\n")
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(html: &str) -> Option<ErrorKind> {
        extract(html).err().map(|e| e.kind())
    }

    #[test]
    fn text_without_a_tag_is_not_html() {
        for text in ["", "plain text", "I <3 news", "a < b > c", "<", "<html"] {
            assert_eq!(kind(text), Some(ErrorKind::NotHtml), "{text:?}");
        }
    }

    #[test]
    fn a_page_without_text_has_an_empty_body() {
        for html in [
            "<html><head><title>Page</title></head><body></body></html>",
            "<body><script>document.write('news')</script><div> </div></body>",
            "<!DOCTYPE html>",
        ] {
            assert_eq!(kind(html), Some(ErrorKind::EmptyBody), "{html:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_before_the_extractor_recurses() {
        let deep = |n| format!("<body>{}<p>Text.</p>{}</body>", "<div>".repeat(n), "</div>".repeat(n));
        assert_eq!(kind(&deep(MAX_DEPTH + 10)), Some(ErrorKind::TooDeep));
        assert_ne!(kind(&deep(50)), Some(ErrorKind::TooDeep));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert_eq!(Error::from(ErrorKind::NoArticle).to_string(), "no article found in the page");
        assert_eq!(Error::from(ErrorKind::TooDeep).to_string(), "the page nests elements more than 512 deep");
    }

    #[test]
    fn blocks_are_separated_by_blank_lines() {
        assert_eq!(blocks("  a \n\n\n b\nc  \n"), "a\n\nb\n\nc");
        assert_eq!(blocks(" \n "), "");
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            #[test]
            fn any_text_extracts_or_fails_cleanly(text in "\\PC*") {
                if let Ok(article) = extract(&text) {
                    prop_assert!(!article.text.is_empty());
                    prop_assert!(!article.text.contains("\n\n\n"));
                }
            }

            #[test]
            fn any_tag_soup_extracts_or_fails_cleanly(
                parts in prop::collection::vec(
                    prop_oneof![
                        Just("<p>".to_string()), Just("</p>".to_string()),
                        Just("<div class=\"comment\">".to_string()), Just("</div>".to_string()),
                        Just("<br>".to_string()), Just("<h2>".to_string()), Just("<li>".to_string()),
                        Just("<script>".to_string()), Just("<table><td>".to_string()), Just("<!--".to_string()),
                        "[a-zA-Z ,.]{0,80}",
                        "\\PC{0,10}",
                    ],
                    0..60,
                ),
            ) {
                let html = parts.concat();
                if let Ok(article) = extract(&html) {
                    prop_assert!(!article.text.is_empty());
                    prop_assert_eq!(article.text.trim(), article.text.as_str());
                }
            }
        }
    }
}
