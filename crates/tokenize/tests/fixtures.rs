//! Snapshots of how the fixture reports split: one sentence per line with
//! its byte span, for a person to check by eye.

use std::fmt::Write;

use summarize_tokenize::split_sentences;

#[test]
fn fixture_sentences() {
    insta::glob!("../../../fixtures", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let mut out = String::new();
        for span in split_sentences(&text) {
            writeln!(out, "{}..{}  {}", span.start, span.end, span.slice(&text)).unwrap();
        }
        insta::assert_snapshot!(out);
    });
}
