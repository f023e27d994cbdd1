//! The tokenizer on any text, in every language: never a panic, and the
//! sentence spans keep their promises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use summarize_tokenize::{
    Language, Tokenizer, dateline_len, detect_language, exclusion, split_sentences_in, word_count,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Each language's sentence rules, chosen by the first byte.
    let language = Language::ALL[data.first().map_or(0, |&b| b as usize) % Language::ALL.len()];
    let spans = split_sentences_in(text, language);
    let mut covered = 0;
    for span in &spans {
        // In order, on char boundaries, never empty, trimmed.
        assert!(span.start >= covered && span.start < span.end && span.end <= text.len());
        let sentence = text.get(span.start..span.end).expect("spans are on char boundaries");
        assert_eq!(sentence, sentence.trim());
        // Nothing but white space (or a byte-order mark) is left between sentences.
        assert!(is_blank(&text[covered..span.start]));
        covered = span.end;
        let _ = exclusion(sentence);
        assert!(dateline_len(sentence) <= sentence.len());
        assert!(word_count(sentence) >= 1);
    }
    assert!(is_blank(&text[covered..]));
    let _ = detect_language(text);
    let tokenizer = Tokenizer::new(language);
    for span in spans.iter().take(64) {
        let _ = tokenizer.terms(span.slice(text));
    }
});

/// White space and byte-order marks: what the splitter may leave out.
fn is_blank(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
}
