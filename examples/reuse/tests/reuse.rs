//! Each crate used alone through its public API, as a dependent project
//! would: the whole pipeline, then every stage without its siblings.

use std::fmt::Write as _;

const FIXTURES: [(&str, &str); 2] = [
    ("fixtures/trump-putin-call-report-1.txt", include_str!("../../../fixtures/trump-putin-call-report-1.txt")),
    ("fixtures/trump-putin-call-report-2.txt", include_str!("../../../fixtures/trump-putin-call-report-2.txt")),
];

/// The pipeline as a library: the command line's default summary of the
/// fixtures, byte for byte (the root package's tests check the binary
/// prints the same bytes).
#[test]
fn the_whole_pipeline() {
    let documents: Vec<summarize::Document> =
        FIXTURES.iter().map(|(name, text)| summarize::Document::new(name, text)).collect();
    let summary = summarize::summarize(&documents, &summarize::Options::default()).unwrap();
    let text = summarize::render(&summary, summarize::Format::Text);
    let cli = include_str!("../../../tests/snapshots/tests__summary__text_is_the_default.snap");
    let printed = cli.split("--- stdout\n").nth(1).and_then(|rest| rest.split("--- stderr").next()).unwrap();
    assert_eq!(text, printed);
}

/// Tokenizing alone: sentences as byte spans, stemmed content words.
#[test]
fn tokenize_alone() {
    let (_, text) = FIXTURES[0];
    let tokenizer = summarize_tokenize::Tokenizer::new(summarize_tokenize::Language::English);
    let sentences = summarize_tokenize::split_sentences(text);
    assert!(sentences.len() > 10);
    let first = sentences.iter().map(|span| span.slice(text)).find(|s| summarize_tokenize::exclusion(s).is_none());
    let terms = tokenizer.terms(first.unwrap());
    assert!(terms.contains(&"trump".to_string()), "{terms:?}");
}

/// TF-IDF scoring alone, on terms from anywhere.
#[test]
fn tfidf_alone() {
    let mut vocabulary = summarize_tfidf::Vocabulary::new();
    let sentences: Vec<Vec<u32>> = ["putin trump call talk", "trump putin talk begin", "rain fell"]
        .iter()
        .map(|s| s.split(' ').map(|t| vocabulary.intern(t)).collect())
        .collect();
    let idf = summarize_tfidf::Idf::from_sentences(&sentences, vocabulary.len());
    let scoring = summarize_tfidf::score_sentences(&sentences, &idf);
    assert!(scoring.scores[2] < scoring.scores[0] && scoring.scores[2] < scoring.scores[1]);
    let salience = summarize_tfidf::Salience {
        centroid: scoring.scores[0],
        lead: summarize_tfidf::lead_prior(0),
        standalone: summarize_tfidf::standalone_factor("Putin and Trump talked."),
        length: summarize_tfidf::length_factor(4),
    };
    assert_eq!(salience.score(), scoring.scores[0] * 2.0);
}

/// Redundancy removal alone, with any similarity.
#[test]
fn redundancy_alone() {
    use summarize_redundancy::{Budget, Candidate, Options, select};
    let candidates = [
        Candidate { score: 0.9, words: 10, chars: 60 },
        Candidate { score: 0.8, words: 10, chars: 60 },
        Candidate { score: 0.3, words: 10, chars: 60 },
    ];
    let similarity = |a: usize, b: usize| if a + b == 1 { 0.95 } else { 0.0 };
    let selection = select(&candidates, Budget::Words(30), &Options::default(), similarity);
    assert_eq!(selection.selected, [0, 2]);
}

/// Formatting alone: a summary built by hand renders and reads back.
#[test]
fn format_alone() {
    use summarize_format::{Document, Format, Sentence, Summary, parse_json, render};
    let summary = Summary {
        documents: vec![Document { id: 1, path: "a.txt".into(), sentences: 1, ..Document::default() }],
        sentences: vec![Sentence {
            text: "Talks will begin.".into(),
            document: 1,
            path: "a.txt".into(),
            end: 17,
            ..Sentence::default()
        }],
        language: None,
    };
    let mut out = String::new();
    let _ = write!(out, "{}", render(&summary, Format::Markdown));
    assert!(out.contains("Talks will begin. [1]"));
    assert_eq!(parse_json(&render(&summary, Format::Json)).unwrap(), summary);
}
