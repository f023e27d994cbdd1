//! The English Golden Rules of sentence boundary detection (see
//! `tests/data/sentences/SOURCE.md`): 48 cases, each an input and the
//! sentences it should split into.

use std::path::Path;

use summarize_tokenize::split_sentences;

/// Cases that must pass: all of them.
const TARGET: usize = 48;

#[test]
fn golden_rules_en() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sentences/golden_rules_en.json");
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let cases: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let cases = cases.as_array().expect("a list of cases");

    let mut passed = 0;
    for (i, case) in cases.iter().enumerate() {
        let text = case["text"].as_str().expect("text");
        let expect: Vec<&str> = case["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| s.as_str().expect("a sentence").trim())
            .filter(|s| !s.is_empty())
            .collect();
        let got: Vec<&str> =
            split_sentences(text).iter().map(|span| span.slice(text).trim()).filter(|s| !s.is_empty()).collect();
        if got == expect {
            passed += 1;
        } else {
            println!("case {i} fails: {text:?}\n  expected {expect:#?}\n  got {got:#?}");
        }
    }
    println!("golden rules: {passed}/{}", cases.len());
    assert_eq!(cases.len(), 48, "the suite has 48 cases");
    assert!(passed >= TARGET, "golden rules: {passed}/{}, below {TARGET}", cases.len());
}
