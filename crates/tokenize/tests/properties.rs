//! Properties that hold for any input: the splitter and the tokenizer never
//! panic, and their spans are well formed.

use proptest::prelude::*;
use summarize_tokenize::{
    Detection, Language, Span, Tokenizer, opens_with_headline, split_sentences, split_sentences_in, word_count,
};

/// Checks every promise `split_sentences` makes about its spans.
fn check_sentences(text: &str) -> Result<(), TestCaseError> {
    let spans = split_sentences(text);
    // Reading the first lines' shape never panics.
    let _ = opens_with_headline(text, &spans);
    check_spans(text, &spans)
}

/// Checks the spans of `split_sentences_in`, which makes the same promises.
fn check_spans(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    // A leading byte-order mark belongs to no sentence.
    let mut covered = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    for span in spans {
        prop_assert!(span.start < span.end, "empty span {span:?}");
        prop_assert!(covered <= span.start, "span {span:?} overlaps or is out of order");
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(span.end <= text.len());
        let sentence = span.slice(text);
        prop_assert_eq!(sentence, sentence.trim(), "span {:?} is not trimmed", span);
        let gap = &text[covered..span.start];
        prop_assert!(gap.trim().is_empty(), "{gap:?} before {span:?} is in no sentence");
        covered = span.end;
    }
    let rest = &text[covered..];
    prop_assert!(rest.trim().is_empty(), "{rest:?} at the end is in no sentence");
    Ok(())
}

/// Checks that tokens are in order, non-empty and on character boundaries,
/// and that the word walk counts words as [`word_count`] does.
fn check_tokens(tokenizer: &Tokenizer, text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(tokenizer.for_each_word(text, |_| {}), word_count(text), "counting {:?}", text);
    let mut tokens: Vec<(Span, String)> = Vec::new();
    tokenizer.for_each_token(text, |t| tokens.push((t.span, t.term.to_string())));
    let mut covered = 0;
    for (span, term) in &tokens {
        prop_assert!(span.start < span.end && span.end <= text.len(), "bad span {span:?}");
        prop_assert!(covered <= span.start, "token {span:?} overlaps or is out of order");
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(!term.is_empty(), "empty term for {:?}", span.slice(text));
        covered = span.end;
    }
    Ok(())
}

/// Pieces of news text and of hostile text, to be strung together.
fn piece() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u{A0}",
        "\u{2028}",
        "\u{2029}",
        "\u{0B}",
        "\u{0C}",
        "\u{85}",
        ".",
        "..",
        "...",
        ". . .",
        "…",
        "?",
        "!",
        "?!",
        "。",
        "？",
        ":",
        ";",
        ",",
        "—",
        "-",
        "•",
        "⁃",
        "(",
        ")",
        "[",
        "]",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "„",
        "«",
        "»",
        "「",
        "」",
        "Mr.",
        "Dr.",
        "St.",
        "Jan.",
        "No.",
        "Inc.",
        "etc.",
        "vs.",
        "a.m.",
        "P.M.",
        "U.S.",
        "J.D.",
        "U.S.A.",
        "e.g.",
        "I.",
        "W.",
        "1.",
        "2.)",
        "3)",
        "(a)",
        "b.",
        "$1.5",
        "3.5%",
        "2,000",
        "10:30",
        "N°.",
        "KYIV,",
        "(AP)",
        "The",
        "He",
        "said",
        "Trump",
        "posted.",
        "asked",
        "it",
        "died.The",
        "Jane.Doe@example.com",
        "www.x.com/A.B",
        "Trump’s",
        "don't",
        "l’État",
        "Türkiye’nin",
        "İstanbul",
        "Αυτές",
        "Путин",
        "அதனால்",
        "مرحبا",
        "你好",
        "e\u{301}",
        "\u{200B}",
        "\u{200D}",
        "\u{FEFF}",
        "\u{0}",
        "\u{1}",
        "\u{7F}",
        "\u{202E}",
        "🎉",
        "👍🏽",
        "\u{10FFFF}",
        "ß",
        "ﬁ",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        4 => fixed,
        1 => any::<String>(),
        1 => "[a-zA-Z]{1,12}",
        1 => "[.?!…\"'”’)]{1,6}",
        1 => "[¿¡;:،؟„“«»·]{1,3}",
        1 => "[0-9]{1,3}\\.",
    ]
}

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn sentences_of_arbitrary_strings(text in any::<String>()) {
        check_sentences(&text)?;
    }

    #[test]
    fn sentences_of_news_like_strings(text in news_like()) {
        check_sentences(&text)?;
    }

    #[test]
    fn detection_is_total_and_deterministic(text in any::<String>(), news in news_like()) {
        for text in [&text, &news] {
            let first = Detection::of(text);
            prop_assert_eq!(first, Detection::of(text));
            prop_assert!(first.is_none_or(|d| (0.0..=1.0).contains(&d.confidence)));
        }
    }

    #[test]
    fn tokens_of_news_like_strings(text in news_like()) {
        check_tokens(&Tokenizer::new(Language::English), &text)?;
    }

    #[test]
    fn ascii_words_are_white_space_separated_tokens(text in "[ a-z\t\n\u{0B}\u{0C}\r.]{0,400}", news in news_like()) {
        prop_assert_eq!(word_count(&text), text.split_whitespace().count());
        if news.is_ascii() {
            prop_assert_eq!(word_count(&news), news.split_whitespace().count());
        }
    }
}

proptest! {
    // Sixty-six languages a case: fewer cases.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn tokens_in_every_language(text in news_like(), arbitrary in any::<String>()) {
        for &language in Language::ALL {
            check_spans(&text, &split_sentences_in(&text, language))?;
            check_spans(&arbitrary, &split_sentences_in(&arbitrary, language))?;
            let tokenizer = Tokenizer::new(language);
            check_tokens(&tokenizer, &text)?;
            check_tokens(&tokenizer, &arbitrary)?;
        }
    }
}

/// Very long lines and runs stay linear: a quadratic pass would not finish.
/// (Tests run unoptimised, so only two inputs are the full 10 MB.)
#[test]
fn long_lines() {
    let big = 10 << 20;
    let small = 1 << 20;
    let news = "Mr. Smith said “Stop. Now?” at 5 a.m. in the U.S. … (AP) — ";
    let inputs = [
        news.repeat(big / news.len()),
        ".".repeat(big),
        ". ".repeat(small / 2),
        "a.".repeat(small / 2),
        "وقال: ".repeat(small / 12),
        "“".repeat(small / 3),
        "(".repeat(small),
        "x".repeat(small),
    ];
    let tokenizer = Tokenizer::new(Language::English);
    for text in &inputs {
        check_sentences(text).unwrap();
        for language in [Language::Arabic, Language::German] {
            check_spans(text, &split_sentences_in(text, language)).unwrap();
        }
        let mut end = text.len().min(small);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        check_tokens(&tokenizer, &text[..end]).unwrap();
    }
}
