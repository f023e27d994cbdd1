//! Extraction accuracy on the 11 news pages of Readability's test suite
//! (`tests/data`, see its SOURCE.md): for each page, the share of the
//! expected article's sentences that the extracted text contains, and the
//! share of extracted sentences that are not in the expected text (leaked
//! navigation, adverts, captions). Both texts are made by this crate
//! (`text_of` for `expected.html`) and split by the summarizer's own
//! sentence splitter; sentences are compared with white space ignored.
//! The expected text keeps figure captions and `extract` leaves them out
//! by rule, so captions and photo credits count as missed here.
//!
//! `cargo test -p summarize-html --test extraction -- --nocapture` prints
//! the table.

use std::collections::BTreeSet;
use std::path::Path;

use summarize_html::{extract, text_of};
use summarize_tokenize::split_sentences;

const PAGES: [&str; 11] = [
    "aktualne",
    "bbc-1",
    "cnn",
    "heise",
    "herald-sun-1",
    "la-nacion",
    "lemonde-1",
    "nytimes-1",
    "seattletimes-1",
    "telegraph",
    "wapo-1",
];

fn read(page: &str, file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(page).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sentences(text: &str) -> Vec<String> {
    split_sentences(text).iter().map(|s| s.slice(text).split_whitespace().collect()).collect()
}

/// (found, leaked) as fractions, with the sentences missed and leaked.
fn measure(expected: &[String], got: &[String]) -> (f64, f64, Vec<String>, Vec<String>) {
    let expected_set: BTreeSet<&String> = expected.iter().collect();
    let got_set: BTreeSet<&String> = got.iter().collect();
    let missed: Vec<String> = expected.iter().filter(|s| !got_set.contains(s)).cloned().collect();
    let leaked: Vec<String> = got.iter().filter(|s| !expected_set.contains(s)).cloned().collect();
    let found = 1.0 - missed.len() as f64 / expected.len().max(1) as f64;
    let leak = leaked.len() as f64 / got.len().max(1) as f64;
    (found, leak, missed, leaked)
}

#[test]
fn readability_test_pages_are_extracted_with_at_least_95_found_and_at_most_5_leaked() {
    let (mut found_sum, mut leaked_sum) = (0.0, 0.0);
    println!("| page | expected | extracted | found | leaked |");
    println!("|---|---|---|---|---|");
    for page in PAGES {
        let expected = sentences(&text_of(&read(page, "expected.html")));
        let article = extract(&read(page, "source.html")).unwrap_or_else(|e| panic!("{page}: {e}"));
        let got = sentences(&article.text);
        let (found, leaked, missed, leaked_sentences) = measure(&expected, &got);
        println!("| {page} | {} | {} | {:.1}% | {:.1}% |", expected.len(), got.len(), found * 100.0, leaked * 100.0);
        for s in &missed {
            println!("  missed: {s}");
        }
        for s in &leaked_sentences {
            println!("  leaked: {s}");
        }
        found_sum += found;
        leaked_sum += leaked;
    }
    let (found, leaked) = (found_sum / PAGES.len() as f64, leaked_sum / PAGES.len() as f64);
    println!("| average | | | {:.1}% | {:.1}% |", found * 100.0, leaked * 100.0);
    assert!(found >= 0.95, "found {found:.4} < 0.95");
    assert!(leaked <= 0.05, "leaked {leaked:.4} > 0.05");
}

#[test]
fn metadata_matches_readability_on_the_test_pages() {
    // Title and language as expected-metadata.json gives them; bylines
    // are compared where Readability finds one.
    let mut titles = 0;
    for page in PAGES {
        let metadata = read(page, "expected-metadata.json");
        let article = extract(&read(page, "source.html")).unwrap();
        let title = article.title.unwrap_or_default();
        if metadata.contains(&format!("\"title\": {}", json_string(&title))) {
            titles += 1;
        } else {
            println!("{page}: title {title:?} differs");
        }
        if let Some(language) = &article.language {
            assert!(metadata.contains(&format!("\"lang\": \"{language}\"")), "{page}: {language}");
        }
    }
    assert!(titles >= 10, "{titles} of 11 titles match");
}

/// `text` as a JSON string literal (quotes and backslashes escaped), enough
/// for the titles of the test pages.
fn json_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
