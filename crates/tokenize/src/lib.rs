//! Sentence splitting, word tokens, stopwords and stemming for news text.
//!
//! ```
//! use summarize_tokenize::{split_sentences, Language, Tokenizer};
//!
//! let text = "Smith went to Washington. He met the president.";
//! let spans = split_sentences(text);
//! assert_eq!(spans.len(), 2);
//! assert_eq!(spans[1].slice(text), "He met the president.");
//!
//! let tokenizer = Tokenizer::new(Language::English);
//! assert_eq!(tokenizer.terms("Trump’s calls"), ["trump", "call"]);
//! ```
//!
//! Sentences are byte spans into the caller's text: nothing is copied or
//! rewritten, so every sentence can be traced to the exact bytes it came from.

use std::fmt;
use std::str::FromStr;

use rust_stemmers::{Algorithm, Stemmer};

/// A half-open byte range `start..end` into some text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The text this span covers. Returns `""` if the span does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Splits `text` into sentences, returned as trimmed byte spans in order.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if start.is_none() {
            if c.is_whitespace() {
                continue;
            }
            start = Some(i);
        }
        let end_here = match c {
            '.' | '?' | '!' | '…' => {
                // Swallow closing quotes and brackets after the terminator.
                let mut end = i + c.len_utf8();
                while let Some(&(j, q)) = chars.peek() {
                    if matches!(q, '"' | '\'' | '”' | '’' | ')' | ']') {
                        end = j + q.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                let next_is_space = chars.peek().is_none_or(|&(_, n)| n.is_whitespace());
                next_is_space.then_some(end)
            }
            '\n' if chars.peek().is_some_and(|&(_, n)| n == '\n') => Some(i),
            _ => None,
        };
        if let (Some(end), Some(s)) = (end_here, start) {
            let trimmed = text[s..end].trim_end();
            spans.push(Span { start: s, end: s + trimmed.len() });
            start = None;
        }
    }
    if let Some(s) = start {
        let trimmed = text[s..].trim_end();
        if !trimmed.is_empty() {
            spans.push(Span { start: s, end: s + trimmed.len() });
        }
    }
    spans
}

/// A language for stemming and stopwords.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    /// English (Snowball "english", i.e. Porter2).
    English,
}

impl Language {
    /// Every supported language.
    pub const ALL: &'static [Language] = &[Language::English];

    /// The lower-case name used on the command line (`english`).
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "english",
        }
    }

    fn algorithm(self) -> Algorithm {
        match self {
            Language::English => Algorithm::English,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for a language name that is not supported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language {:?}", self.0)
    }
}

impl std::error::Error for UnknownLanguage {}

impl FromStr for Language {
    type Err = UnknownLanguage;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownLanguage(s.to_string()))
    }
}

/// One word of a text, normalised for matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Where the word stands in the text given to [`Tokenizer::for_each_token`].
    pub span: Span,
    /// The lower-cased, stemmed form (the same for `Trump’s` and `Trump's`).
    pub term: &'a str,
    /// Whether the word is on the language's stopword list.
    pub stopword: bool,
}

const ENGLISH_STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "he", "his", "i", "in", "is",
    "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was",
    "we", "were", "with", "you",
];

/// Turns text into normalised word tokens: lower-cased, stopwords flagged, stemmed.
pub struct Tokenizer {
    language: Language,
    stemmer: Stemmer,
}

impl fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tokenizer").field("language", &self.language).finish()
    }
}

impl Tokenizer {
    /// A tokenizer for `language`.
    pub fn new(language: Language) -> Tokenizer {
        Tokenizer { language, stemmer: Stemmer::create(language.algorithm()) }
    }

    /// The language this tokenizer stems and filters for.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether a lower-cased word is a stopword.
    pub fn is_stopword(&self, word: &str) -> bool {
        ENGLISH_STOPWORDS.contains(&word)
    }

    /// Calls `f` with every word token of `text`, stopwords included (flagged).
    pub fn for_each_token(&self, text: &str, mut f: impl FnMut(Token<'_>)) {
        let mut word = String::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            if c.is_alphanumeric() || (start.is_some() && (c == '\'' || c == '’')) {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start.take() {
                word.clear();
                let raw = text[s..i].trim_end_matches(['\'', '’']);
                let raw = raw.strip_suffix("'s").or(raw.strip_suffix("’s")).unwrap_or(raw);
                word.extend(raw.chars().flat_map(char::to_lowercase).filter(|&c| c != '\'' && c != '’'));
                let stopword = self.is_stopword(&word);
                let stem = self.stemmer.stem(&word);
                f(Token { span: Span { start: s, end: i }, term: &stem, stopword });
            }
        }
    }

    /// Calls `f` with every non-stopword term of `text`, in order.
    pub fn for_each_term(&self, text: &str, mut f: impl FnMut(&str)) {
        self.for_each_token(text, |t| {
            if !t.stopword {
                f(t.term)
            }
        });
    }

    /// The non-stopword terms of `text`, in order.
    pub fn terms(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.for_each_term(text, |t| out.push(t.to_string()));
        out
    }
}
