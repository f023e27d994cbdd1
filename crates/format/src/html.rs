//! One self-contained HTML page: the summary with a numbered citation after
//! each sentence, each citation linked to its sentence highlighted in the
//! full text of its source, shown below the summary.

use std::fmt::Write as _;

use crate::{Summary, one_line};

/// Renders `summary` as one self-contained HTML page (no script, no
/// external style, font or image: it opens offline and can be mailed as
/// one file).
///
/// `sources[i]` is the full text of `summary.documents[i]`: the text the
/// sentences' byte spans refer to (for a web page, its extracted text).
/// The page shows:
///
/// - the summary, each sentence followed by its number `[n]`, a link to
///   the sentence highlighted (`<mark id="s{n}">`) in its source, and
///   "also in {id}" links (the path on hover) to the near-identical
///   sentences listed in `also_in`, marked in their
///   own sources too (`<mark class="also" id="s{n}-{k}">`, `k` from 1);
/// - the score and its parts when the pointer rests on a number, and all of
///   them in a `<details>` table;
/// - each source in full, line breaks kept, as `<section id="d{id}">`; each
///   highlight is preceded by a link back to the summary sentence
///   (`<a class="back" data-n="{n}">`, its number drawn by the style so
///   that the text copies as the report's own bytes).
///
/// Every piece of the input (sentences, paths, texts, score part names) is
/// escaped, so no input can add markup. A sentence whose document has no
/// text in `sources`, or whose span is not a char-boundary range of that
/// text equal to its `text`, is shown without a link rather than with a
/// wrong highlight; an `also_in` span is checked the same way, less the
/// equality. Never panics; the same input gives the same bytes.
///
/// Why a separate function with the texts beside the summary rather than
/// a text on [`crate::Document`]: the [`Summary`] stays what the JSON
/// output serializes (no full texts in it), existing code that builds one
/// is unchanged, and the caller, who has read the files anyway, lends the
/// texts instead of copying them.
///
/// ```
/// use summarize_format::{Document, Sentence, Summary, render_html};
///
/// let text = "Talks will begin. They end <soon>.";
/// let summary = Summary {
///     documents: vec![Document { id: 1, path: "a&b.txt".into(), sentences: 2, ..Document::default() }],
///     sentences: vec![Sentence { text: "They end <soon>.".into(), document: 1, path: "a&b.txt".into(),
///                                start: 18, end: 34, position: 1, ..Sentence::default() }],
///     ..Summary::default()
/// };
/// let page = render_html(&summary, &[text]);
/// assert!(page.contains(r##"They end &lt;soon&gt;. <sup class="cite"><a href="#s1""##));
/// assert!(page.contains(r#"<mark id="s1">They end &lt;soon&gt;.</mark>"#));
/// assert!(page.contains("<code>a&amp;b.txt</code>"));
/// ```
pub fn render_html(summary: &Summary, sources: &[&str]) -> String {
    // Every highlight, per document index; and which links have a target.
    let index_of = |document: usize| summary.documents.iter().position(|d| d.id == document);
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); summary.documents.len()];
    let mut linked = Vec::with_capacity(summary.sentences.len());
    let mut also_linked = Vec::with_capacity(summary.sentences.len());
    for (i, sentence) in summary.sentences.iter().enumerate() {
        let n = i + 1;
        let index = index_of(sentence.document).filter(|&index| {
            sources
                .get(index)
                .and_then(|text| text.get(sentence.start..sentence.end))
                .is_some_and(|slice| slice == sentence.text)
        });
        if let Some(index) = index {
            let id = format!("s{n}");
            marks[index].push(Mark { start: sentence.start, end: sentence.end, id, also: false, n });
        }
        linked.push(index.is_some());
        let mut also = Vec::with_capacity(sentence.also_in.len());
        for (k, location) in sentence.also_in.iter().enumerate() {
            let index = index_of(location.document).filter(|&index| {
                sources.get(index).is_some_and(|text| text.get(location.start..location.end).is_some())
            });
            if let Some(index) = index {
                let id = format!("s{n}-{}", k + 1);
                marks[index].push(Mark { start: location.start, end: location.end, id, also: true, n });
            }
            also.push(index.is_some());
        }
        also_linked.push(also);
    }

    let mut out = String::new();
    let title = match summary.documents.len() {
        1 => "Summary of 1 report".to_string(),
        n => format!("Summary of {n} reports"),
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n"
    );

    // The summary.
    if summary.sentences.is_empty() {
        out.push_str("<p class=\"empty\">No sentence was selected.</p>\n");
    } else {
        out.push_str("<ol class=\"summary\">\n");
    }
    for (i, sentence) in summary.sentences.iter().enumerate() {
        let n = i + 1;
        let _ = write!(out, "<li id=\"c{n}\">");
        push_escaped(&mut out, &one_line(&sentence.text));
        let hover = score_line(sentence);
        out.push_str(" <sup class=\"cite\">");
        if linked[i] {
            let _ = write!(out, "<a href=\"#s{n}\" title=\"");
            push_escaped(&mut out, &hover);
            let _ = write!(out, "\">[{n}]</a>");
        } else {
            out.push_str("<span title=\"");
            push_escaped(&mut out, &hover);
            let _ = write!(out, "\">[{n}]</span>");
        }
        out.push_str("</sup>");
        for (k, location) in sentence.also_in.iter().enumerate() {
            out.push_str(" <sup class=\"also\">");
            // The source's number, as the Sources list shows it; its path
            // on hover (paths are long).
            if also_linked[i][k] {
                let _ = write!(out, "<a href=\"#s{n}-{}\" title=\"", k + 1);
                push_escaped(&mut out, &location.path);
                let _ = write!(out, "\">also in {}</a>", location.document);
            } else {
                out.push_str("<span title=\"");
                push_escaped(&mut out, &location.path);
                let _ = write!(out, "\">also in {}</span>", location.document);
            }
            out.push_str("</sup>");
        }
        out.push_str("</li>\n");
    }
    if !summary.sentences.is_empty() {
        out.push_str("</ol>\n");
        push_scores(&mut out, summary);
    }

    // The sources, in full.
    out.push_str("<h2>Sources</h2>\n");
    for (index, document) in summary.documents.iter().enumerate() {
        let _ = write!(out, "<section id=\"d{}\">\n<h3>{}. <code>", document.id, document.id);
        push_escaped(&mut out, &document.path);
        out.push_str("</code></h3>\n");
        match sources.get(index) {
            Some(text) => {
                out.push_str("<div class=\"text\">");
                push_marked(&mut out, text, &mut marks[index]);
                out.push_str("</div>\n");
            }
            None => out.push_str("<p class=\"empty\">Its text was not given.</p>\n"),
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The page's only style: system fonts, highlights, and the target of a
/// link outlined.
const STYLE: &str = "\
body { font: 16px/1.5 system-ui, -apple-system, \"Segoe UI\", sans-serif; color: #222; background: #fff; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.5rem; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin-bottom: 0.25rem; }
ol.summary li { margin-bottom: 0.5rem; }
sup { line-height: 0; }
sup.cite a, sup.cite span, sup.also a, a.back { text-decoration: none; }
a.back::before { content: attr(data-n); font-size: 0.7em; vertical-align: super; line-height: 0; margin-right: 1px; }
sup.also { color: #555; margin-left: 0.25em; white-space: nowrap; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #eee; padding-left: 1rem; }
mark { background: #ffe680; padding: 0 1px; }
mark.also { background: #d6ebff; }
mark:target { outline: 2px solid #d08700; }
mark.also:target { outline-color: #2a7ad0; }
li:target { background: #fff7d6; }
details { margin-top: 1rem; color: #444; }
table { border-collapse: collapse; font-size: 0.9rem; }
td, th { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: #777; font-style: italic; }
";

/// A highlight in a source: bytes `start..end`, its element id, whether it
/// marks an `also_in` sentence, and the summary sentence's number.
#[derive(Clone, Debug)]
struct Mark {
    start: usize,
    end: usize,
    id: String,
    also: bool,
    n: usize,
}

/// The hover text of a citation: the score and its parts.
fn score_line(sentence: &crate::Sentence) -> String {
    let mut line = format!("score {:.4}", sentence.score);
    if !sentence.score_parts.is_empty() {
        let parts: Vec<String> = sentence.score_parts.iter().map(|p| format!("{} {:.4}", p.name, p.value)).collect();
        let _ = write!(line, " ({})", parts.join(", "));
    }
    line
}

/// The `<details>` table of scores: one row per summary sentence.
fn push_scores(out: &mut String, summary: &Summary) {
    // One column per part name, in order of first appearance.
    let mut names: Vec<&str> = Vec::new();
    for part in summary.sentences.iter().flat_map(|s| &s.score_parts) {
        if !names.contains(&part.name.as_str()) {
            names.push(&part.name);
        }
    }
    out.push_str("<details>\n<summary>Scores</summary>\n<table>\n<tr><th>#</th><th>source</th><th>score</th>");
    for name in &names {
        out.push_str("<th>");
        push_escaped(out, name);
        out.push_str("</th>");
    }
    out.push_str("</tr>\n");
    for (i, sentence) in summary.sentences.iter().enumerate() {
        let _ = write!(out, "<tr><td class=\"number\">{}</td><td><code>", i + 1);
        push_escaped(out, &sentence.path);
        let _ = write!(out, "</code></td><td class=\"number\">{:.4}</td>", sentence.score);
        for name in &names {
            match sentence.score_parts.iter().find(|p| p.name == *name) {
                Some(part) => {
                    let _ = write!(out, "<td class=\"number\">{:.4}</td>", part.value);
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n</details>\n");
}

/// Appends `text` escaped, with `marks` (valid char-boundary ranges of
/// `text`) highlighted. Overlapping marks nest: the text is cut at every
/// mark boundary, and each piece is wrapped in every mark that covers it;
/// a mark's id and its number go on its first piece only.
fn push_marked(out: &mut String, text: &str, marks: &mut [Mark]) {
    marks.sort_by(|a, b| (a.start, b.end, a.also).cmp(&(b.start, a.end, b.also)));
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for mark in marks.iter() {
        cuts.push(mark.start);
        cuts.push(mark.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut opened = vec![false; marks.len()];
    for piece in cuts.windows(2) {
        let (a, b) = (piece[0], piece[1]);
        let covering: Vec<usize> = (0..marks.len()).filter(|&m| marks[m].start <= a && b <= marks[m].end).collect();
        for &m in &covering {
            if !opened[m] {
                let mark = &marks[m];
                // The number is drawn by CSS from data-n: it links back to
                // the summary but is not part of the source's text (a
                // reader who copies the text gets the report's bytes).
                let class = if mark.also { "back also" } else { "back" };
                let _ = write!(
                    out,
                    "<a class=\"{class}\" href=\"#c{n}\" data-n=\"{n}\" title=\"summary sentence {n}\"></a>",
                    n = mark.n
                );
            }
        }
        for &m in &covering {
            let mark = &marks[m];
            out.push_str("<mark");
            if mark.also {
                out.push_str(" class=\"also\"");
            }
            if !opened[m] {
                let _ = write!(out, " id=\"{}\"", mark.id);
                opened[m] = true;
            }
            out.push('>');
        }
        push_escaped(out, text.get(a..b).unwrap_or_default());
        for _ in &covering {
            out.push_str("</mark>");
        }
    }
    // Empty marks (start == end) have no piece: give them their anchor.
    for (m, mark) in marks.iter().enumerate() {
        if !opened[m] {
            let _ = write!(out, "<mark id=\"{}\"></mark>", mark.id);
        }
    }
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped: safe in element
/// content and in quoted attribute values.
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use dom_query::Document;

    use super::*;
    use crate::{Document as Doc, Location, ScorePart, Sentence};

    const A: &str =
        "Talks resumed in Geneva on Monday.\nBoth sides said the\nmood was good.\n\nA deal is not expected before May.";
    const B: &str = "Officials said talks resumed in Geneva on Monday. Nothing else was agreed.";

    fn sentence(document: usize, path: &str, text: &str, start: usize) -> Sentence {
        Sentence {
            text: text[start..].split_inclusive('.').next().unwrap_or_default().to_string(),
            document,
            path: path.into(),
            start,
            end: start + text[start..].find('.').map_or(0, |i| i + 1),
            ..Sentence::default()
        }
    }

    /// Two reports, two sentences; the first also in b.txt, with scores.
    fn summary() -> Summary {
        let mut first = sentence(1, "a.txt", A, 0);
        first.score = 0.512_34;
        first.score_parts =
            vec![ScorePart { name: "centroid".into(), value: 0.3 }, ScorePart { name: "lead".into(), value: 2.0 }];
        first.also_in = vec![Location { document: 2, path: "b.txt".into(), start: 0, end: 49 }];
        let second = sentence(1, "a.txt", A, 35);
        Summary {
            documents: vec![
                Doc { id: 1, path: "a.txt".into(), sentences: 3, ..Doc::default() },
                Doc { id: 2, path: "b.txt".into(), sentences: 2, ..Doc::default() },
            ],
            sentences: vec![first, second],
            ..Summary::default()
        }
    }

    /// `href` without its `#`, and the element it points to.
    fn target<'a>(page: &'a Document, href: &str) -> dom_query::Selection<'a> {
        let id = href.strip_prefix('#').expect("a fragment link");
        let found = page.select(&format!("[id=\"{id}\"]"));
        assert_eq!(found.length(), 1, "one element with id {id}");
        found
    }

    #[test]
    fn citations_link_to_their_sentence_highlighted_in_its_source() {
        let summary = summary();
        let page = Document::from(render_html(&summary, &[A, B]));
        let cites = page.select("ol.summary sup.cite a");
        assert_eq!(cites.length(), 2);
        for (i, cite) in cites.iter().enumerate() {
            let sentence = &summary.sentences[i];
            assert_eq!(cite.text().to_string(), format!("[{}]", i + 1));
            let mark = target(&page, &cite.attr("href").unwrap());
            assert!(mark.is("mark:not(.also)"));
            assert_eq!(mark.text().to_string(), sentence.text, "verbatim, line breaks kept");
            assert!(mark.is("section#d1 mark"), "in its own source");
            // The number before the highlight links back to the summary.
            let back = mark.prev_sibling();
            assert!(back.is("a.back"));
            assert_eq!(back.attr("data-n").unwrap().to_string(), (i + 1).to_string());
            assert!(target(&page, &back.attr("href").unwrap()).is("li"));
        }
        assert_eq!(cites.first().attr("title").unwrap().to_string(), "score 0.5123 (centroid 0.3000, lead 2.0000)");
    }

    #[test]
    fn also_in_sentences_are_marked_in_their_reports_too() {
        let page = Document::from(render_html(&summary(), &[A, B]));
        let also = page.select("ol.summary sup.also a");
        assert_eq!(also.length(), 1);
        assert_eq!(also.text().to_string(), "also in 2");
        assert_eq!(also.attr("title").unwrap().to_string(), "b.txt");
        let mark = target(&page, &also.attr("href").unwrap());
        assert!(mark.is("section#d2 mark.also"));
        assert_eq!(mark.text().to_string(), &B[..49]);
    }

    #[test]
    fn score_parts_are_in_a_details_table() {
        let page = Document::from(render_html(&summary(), &[A, B]));
        let rows: Vec<String> = page.select("details table tr").iter().map(|r| r.text().to_string()).collect();
        assert_eq!(rows, ["#sourcescorecentroidlead", "1a.txt0.51230.30002.0000", "2a.txt0.0000"]);
    }

    #[test]
    fn nothing_from_the_input_can_add_markup() {
        let evil_path = "x\"><script>alert(1)</script>&'<b>.txt";
        let text = "<script>alert('report')</script> Hello <img src=x onerror=alert(1)>. Fine & dandy \"ok\".";
        let summary = Summary {
            documents: vec![Doc { id: 1, path: evil_path.into(), sentences: 2, ..Doc::default() }],
            sentences: vec![Sentence {
                text: text[..text.find('.').unwrap() + 1].into(),
                document: 1,
                path: evil_path.into(),
                start: 0,
                end: text.find('.').unwrap() + 1,
                score_parts: vec![ScorePart { name: "<i>\"x\"</i>".into(), value: 1.0 }],
                also_in: vec![Location { document: 1, path: evil_path.into(), start: 34, end: text.len() }],
                ..Sentence::default()
            }],
            ..Summary::default()
        };
        let html = render_html(&summary, &[text]);
        let page = Document::from(html.as_str());
        for tag in ["script", "img", "b", "i", "link", "iframe", "object", "embed", "base"] {
            assert_eq!(page.select(tag).length(), 0, "no <{tag}> in\n{html}");
        }
        let allowed = ["href", "id", "class", "title", "charset", "name", "content", "data-n"];
        for element in page.select("*").iter() {
            for attribute in element.attrs() {
                assert!(allowed.contains(&&*attribute.name.local), "attribute {:?}", attribute.name.local);
            }
        }
        assert_eq!(page.select("h3 code").text().to_string(), evil_path);
        assert_eq!(page.select("sup.cite a").attr("title").unwrap().to_string(), "score 0.0000 (<i>\"x\"</i> 1.0000)");
        assert_eq!(page.select("section .text").text().to_string(), text);
        assert!(page.select("mark#s1").text().starts_with("<script>alert('report')</script>"));
    }

    #[test]
    fn page_is_self_contained() {
        let html = render_html(&summary(), &[A, B]);
        let page = Document::from(html.as_str());
        for selector in ["script", "link", "img", "[src]", "iframe", "@import"] {
            if !selector.starts_with('@') {
                assert_eq!(page.select(selector).length(), 0, "{selector}");
            }
        }
        assert!(!html.contains("http") && !html.contains("url(") && !html.contains("@import"));
    }

    #[test]
    fn a_sentence_that_does_not_match_its_source_gets_no_link() {
        let mut summary = summary();
        summary.sentences[0].end += 1; // no longer the sentence's bytes
        summary.sentences[1].document = 9; // no such document
        summary.sentences[0].also_in[0].end = 1000; // past the end
        let page = Document::from(render_html(&summary, &[A, B]));
        assert_eq!(page.select("a[href^=\"#s\"]").length(), 0);
        assert_eq!(page.select("mark").length(), 0);
        assert_eq!(page.select("sup.cite span").length(), 2);
        // Missing texts: the source is listed, said to be missing.
        let page = Document::from(render_html(&self::summary(), &[A]));
        assert_eq!(page.select("section#d2 p.empty").text().to_string(), "Its text was not given.");
        assert_eq!(page.select("a[href=\"#s1\"]").length(), 1);
    }

    #[test]
    fn overlapping_highlights_nest() {
        let mut summary = summary();
        // The second sentence's also_in overlaps the first sentence.
        summary.sentences[1].also_in = vec![Location { document: 1, path: "a.txt".into(), start: 10, end: 40 }];
        let html = render_html(&summary, &[A, B]);
        let page = Document::from(html.as_str());
        assert_eq!(page.select("mark#s1").text().to_string(), &A[..10]);
        assert_eq!(target(&page, "#s2-1").text().to_string(), &A[10..34]);
        assert_eq!(page.select("section#d1 .text").text().to_string(), A);
        let ids: Vec<String> = page.select("[id]").iter().filter_map(|e| e.attr("id")).map(|s| s.to_string()).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "ids are unique: {ids:?}");
    }

    #[test]
    fn small_page() {
        insta::assert_snapshot!(render_html(&summary(), &[A, B]));
    }

    #[test]
    fn empty_summary_still_lists_the_sources() {
        let summary = Summary { documents: summary().documents, sentences: vec![], ..Summary::default() };
        let page = Document::from(render_html(&summary, &[A, B]));
        assert_eq!(page.select("p.empty").text().to_string(), "No sentence was selected.");
        assert_eq!(page.select("section").length(), 2);
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #[test]
            fn any_texts_and_spans_render_a_page_with_unique_ids(
                texts in prop::collection::vec("\\PC{0,40}", 0..3),
                spans in prop::collection::vec((1usize..4, 0usize..50, 0usize..50), 0..5),
            ) {
                let documents = (1..=3).map(|id| Doc { id, path: format!("<{id}>"), sentences: 1, ..Doc::default() }).collect();
                let sentences = spans
                    .iter()
                    .map(|&(document, start, end)| Sentence {
                        text: texts.get(document - 1).and_then(|t| t.get(start..end)).unwrap_or("x").to_string(),
                        document,
                        start,
                        end,
                        also_in: vec![Location { document: 4 - document, path: String::new(), start: end, end: start + end }],
                        ..Sentence::default()
                    })
                    .collect();
                let sources: Vec<&str> = texts.iter().map(String::as_str).collect();
                let html = render_html(&Summary { documents, sentences, ..Summary::default() }, &sources);
                let page = Document::from(html.as_str());
                let ids: Vec<String> = page.select("[id]").iter().filter_map(|e| e.attr("id")).map(|s| s.to_string()).collect();
                let mut unique = ids.clone();
                unique.sort();
                unique.dedup();
                prop_assert_eq!(ids.len(), unique.len());
                for (i, text) in texts.iter().enumerate() {
                    let shown = page.select(&format!("section#d{} .text", i + 1)).text().to_string();
                    prop_assert_eq!(&shown, &text.replace('\r', "\n").replace('\0', "\u{FFFD}"));
                }
            }
        }
    }
}
