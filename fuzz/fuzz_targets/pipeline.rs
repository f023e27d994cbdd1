//! The whole library pipeline on any documents, budget, language and
//! order: never a panic, every sentence a verbatim span, the budget held,
//! every format rendered and the JSON read back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use summarize::{Budget, Document, Format, Language, Options, Order, analyze, render};

fuzz_target!(|data: &[u8]| {
    let [kind, size, language, order, rest @ ..] = data else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    // Up to four documents, separated by U+0001.
    let documents: Vec<Document> = text.split('\u{1}').take(4).map(|t| Document::new("fuzz", t)).collect();
    let size = usize::from(*size);
    let mut options = Options::default();
    options.budget = match kind % 3 {
        0 => Budget::Sentences(size % 16),
        1 => Budget::Words(size),
        _ => Budget::Chars(size * 4),
    };
    options.language = Language::ALL[usize::from(*language) % Language::ALL.len()];
    options.order = [Order::Story, Order::Source, Order::Score][usize::from(*order) % 3];

    // Past the run's limits (sentences, bytes) the answer is an error, never a panic.
    let Ok(analysis) = analyze(&documents, &options) else { return };
    let mut used = 0;
    for &index in &analysis.selected {
        let info = &analysis.sentences[index];
        let span = info.span();
        let sentence = documents[info.document as usize].text.get(span.start..span.end);
        assert!(sentence.is_some_and(|s| !s.is_empty()));
        used += match options.budget {
            Budget::Sentences(_) => 1,
            Budget::Words(_) => info.words as usize,
            _ => info.chars as usize,
        };
    }
    assert!(used <= options.budget.limit());
    let _ = analysis.explain();
    let summary = analysis.summary(options.order);
    for format in [Format::Text, Format::Markdown] {
        let rendered = render(&summary, format);
        assert!(rendered.lines().count() >= summary.sentences.len());
    }
    let json = render(&summary, Format::Json);
    let back = summarize_format::parse_json(&json).expect("the JSON reads back");
    assert_eq!(back.sentences.len(), summary.sentences.len());
});
