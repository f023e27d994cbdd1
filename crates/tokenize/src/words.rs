//! Word tokens: segmentation, normalisation, stopwords and stemming.

use std::fmt;

use rust_stemmers::Stemmer;
use unicode_segmentation::UnicodeSegmentation;

use crate::chars;
use crate::sentences::is_acronym;
use crate::shape::token_words;
use crate::space::tokens;
use crate::stopwords::Stopwords;
use crate::{Language, Span};

/// One word of a text, normalised for matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Where the word stands in the text given to [`Tokenizer::for_each_token`],
    /// possessive `’s` included.
    pub span: Span,
    /// The normalised form: lower-cased and stemmed (the same for `Trump’s`
    /// and `Trump's`); stopwords, numbers and dotted acronyms (`u.s.`) are
    /// lower-cased but not stemmed.
    pub term: &'a str,
    /// Whether the word is on the language's stopword list.
    pub stopword: bool,
}

/// One word of a text, normalised but not yet stemmed: what
/// [`Tokenizer::for_each_word`] hands out, for callers that stem each
/// distinct word once and cache the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// Where the word stands in the text, possessive `’s` included.
    pub span: Span,
    /// The lower-cased form, before stemming.
    pub normalised: &'a str,
    /// Whether the word is on the language's stopword list.
    pub stopword: bool,
    /// Whether its term is [`Tokenizer::stem`] of `normalised` (`false` for
    /// stopwords, numbers and dotted acronyms, whose term is `normalised`).
    pub stemmed: bool,
}

/// Turns text into normalised word tokens: lower-cased, stopwords flagged,
/// stemmed. See the crate docs for the rules.
///
/// Building one loads the stopword list and the stemmer; build it once and
/// reuse it. It holds no mutable state, so one tokenizer can serve several
/// threads.
pub struct Tokenizer {
    language: Language,
    /// `None` for a language without a Snowball stemmer: words stay as
    /// normalised.
    stemmer: Option<Stemmer>,
    stopwords: Stopwords,
}

impl fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tokenizer").field("language", &self.language).finish_non_exhaustive()
    }
}

impl Default for Tokenizer {
    /// An English tokenizer.
    fn default() -> Self {
        Tokenizer::new(Language::default())
    }
}

impl Tokenizer {
    /// A tokenizer for `language`.
    pub fn new(language: Language) -> Tokenizer {
        Tokenizer { language, stemmer: language.algorithm().map(Stemmer::create), stopwords: Stopwords::new(language) }
    }

    /// The language this tokenizer stems and filters for.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether a word is on the language's stopword list. The word is
    /// normalised first (lower-cased, curly apostrophes made straight), so
    /// `Don’t` and `don't` are both stopwords in English.
    ///
    /// ```
    /// use summarize_tokenize::{Language, Tokenizer};
    ///
    /// let english = Tokenizer::new(Language::English);
    /// assert!(english.is_stopword("the") && english.is_stopword("Don’t"));
    /// assert!(!english.is_stopword("said") && !english.is_stopword("million"));
    /// ```
    pub fn is_stopword(&self, word: &str) -> bool {
        if word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
            return self.stopwords.contains(word);
        }
        let mut buf = String::new();
        normalise(self.language, word, &mut buf);
        self.stopwords.contains(&buf)
    }

    /// Calls `f` with every word token of `text` in order, stopwords
    /// included (flagged).
    ///
    /// `term` borrows a buffer that is reused from one token to the next:
    /// copy it if it must outlive the call.
    ///
    /// ```
    /// use summarize_tokenize::{Language, Tokenizer};
    ///
    /// let text = "The U.S. envoy’s talks";
    /// let mut tokens = Vec::new();
    /// Tokenizer::new(Language::English).for_each_token(text, |t| {
    ///     tokens.push((t.span.slice(text), t.term.to_string(), t.stopword))
    /// });
    /// assert_eq!(tokens, [
    ///     ("The", "the".to_string(), true),
    ///     ("U.S.", "u.s.".to_string(), false),
    ///     ("envoy’s", "envoy".to_string(), false),
    ///     ("talks", "talk".to_string(), false),
    /// ]);
    /// ```
    pub fn for_each_token(&self, text: &str, mut f: impl FnMut(Token<'_>)) {
        self.for_each_word(text, |word| {
            if !word.stemmed {
                return f(Token { span: word.span, term: word.normalised, stopword: word.stopword });
            }
            let stem = self.stem(word.normalised);
            // Arabic stemming takes a lone diacritic to nothing: no word.
            if !stem.is_empty() {
                f(Token { span: word.span, term: &stem, stopword: false });
            }
        });
    }

    /// Calls `f` with every word of `text` in order, normalised but not
    /// stemmed. [`Tokenizer::for_each_token`] is exactly this followed by
    /// [`Tokenizer::stem`] where [`Word::stemmed`] says so (and dropping a
    /// word whose stem is empty), so a caller may cache stems by
    /// `normalised`: most words of a news cluster repeat, and stemming is
    /// the costliest step.
    ///
    /// Returns the [`word_count`](crate::word_count) of `text`, as budgets
    /// count its words: the walk that finds the words finds that too, and
    /// a caller that needs both reads the text once.
    ///
    /// ```
    /// use summarize_tokenize::{Language, Tokenizer};
    ///
    /// let tokenizer = Tokenizer::new(Language::English);
    /// let mut words = Vec::new();
    /// let count = tokenizer.for_each_word("The talks — now", |w| words.push((w.normalised.to_string(), w.stemmed)));
    /// assert_eq!(words, [("the".to_string(), false), ("talks".to_string(), true), ("now".to_string(), false)]);
    /// assert_eq!(count, 4); // the dash counts, as ROUGE cuts
    /// assert_eq!(tokenizer.stem("talks"), "talk");
    /// ```
    pub fn for_each_word(&self, text: &str, mut f: impl FnMut(Word<'_>)) -> usize {
        let mut buf = String::new();
        for_each_raw_word(text, |word| self.word(text, word, &mut buf, &mut f))
    }

    /// The Snowball stem of an already normalised word; the word itself
    /// in a language without a stemmer ([`Language::support`]).
    pub fn stem<'w>(&self, normalised: &'w str) -> std::borrow::Cow<'w, str> {
        match &self.stemmer {
            Some(stemmer) => stemmer.stem(normalised),
            None => std::borrow::Cow::Borrowed(normalised),
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
    ///
    /// ```
    /// use summarize_tokenize::{Language, Tokenizer};
    ///
    /// let tokenizer = Tokenizer::new(Language::English);
    /// assert_eq!(tokenizer.terms("Trump’s calls"), ["trump", "call"]);
    /// ```
    pub fn terms(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.for_each_term(text, |t| out.push(t.to_string()));
        out
    }

    /// Splits `text` into sentences with the rules of this tokenizer's
    /// language: [`split_sentences_in`](crate::split_sentences_in) with
    /// [`Tokenizer::language`].
    ///
    /// ```
    /// use summarize_tokenize::{Language, Tokenizer};
    ///
    /// let text = "Pablo, ¿adónde vas? ¡¿Qué viste?!";
    /// let spanish = Tokenizer::new(Language::Spanish);
    /// let sentences: Vec<&str> = spanish.split_sentences(text).iter().map(|s| s.slice(text)).collect();
    /// assert_eq!(sentences, ["Pablo, ¿adónde vas?", "¡¿Qué viste?!"]);
    /// ```
    pub fn split_sentences(&self, text: &str) -> Vec<Span> {
        crate::split_sentences_in(text, self.language)
    }

    /// [`Tokenizer::split_sentences`] one sentence at a time
    /// ([`sentences_in`](crate::sentences_in) with this language).
    pub fn sentences<'t>(&self, text: &'t str) -> crate::Sentences<'t> {
        crate::sentences_in(text, self.language)
    }

    /// Splits one word at apostrophes as the language wants, and emits it.
    fn word(&self, text: &str, word: RawWord, buf: &mut String, f: &mut impl FnMut(Word<'_>)) {
        let span = word.span;
        let raw = &text[span.start..span.end];
        if word.acronym {
            return self.emit_acronym(span, raw, buf, f);
        }
        match apostrophes(self.language) {
            Apostrophes::Elision => {
                // `l’État` is `l` and `état`.
                let mut start = span.start;
                for part in raw.split_inclusive(is_apostrophe) {
                    let end = start + part.len();
                    let bare = part.trim_end_matches(is_apostrophe);
                    self.emit(Span { start, end }, bare, None, buf, f);
                    start = end;
                }
            }
            Apostrophes::Suffix => {
                // Turkish sets case endings off proper names: `Türkiye’nin`.
                let stem = raw.split(is_apostrophe).next().unwrap_or(raw);
                self.emit(span, stem, None, buf, f);
            }
            Apostrophes::Possessive => {
                let bare = raw.strip_suffix(['s', 'S']).and_then(|r| r.strip_suffix(is_apostrophe)).unwrap_or(raw);
                // The kinds of the whole word serve for `bare`: dropping `'s`
                // drops no digit, and an `S` taken for a capital only costs a
                // copy.
                self.emit(span, bare, word.kinds, buf, f);
            }
        }
    }

    /// Normalises a dotted acronym into `buf` and calls `f` with the word.
    fn emit_acronym(&self, span: Span, raw: &str, buf: &mut String, f: &mut impl FnMut(Word<'_>)) {
        buf.clear();
        normalise(self.language, raw, buf);
        if buf.is_empty() {
            return;
        }
        // `U.S` at the end of a text and `U.S.` are one term.
        if !buf.ends_with('.') {
            buf.push('.');
        }
        f(Word { span, normalised: buf, stopword: false, stemmed: false })
    }

    /// Normalises `raw` (into `buf` if it changes) and calls `f` with the
    /// word. `kinds` are the [`BYTE_KINDS`] of its bytes, if known.
    fn emit(&self, span: Span, raw: &str, kinds: Option<u8>, buf: &mut String, f: &mut impl FnMut(Word<'_>)) {
        // Most words are ASCII, and most of those lower-case already: the
        // kinds of their bytes tell a word that is its own normalised form
        // (no copy) and whether it holds a digit (no decoding).
        let kinds = kinds.unwrap_or_else(|| byte_kinds(raw));
        let (normalised, numeric) = if kinds & NOT_ASCII != 0 || (kinds & UPPER != 0 && dotless_i(self.language)) {
            buf.clear();
            normalise(self.language, raw, buf);
            (buf.as_str(), buf.chars().any(chars::is_numeric))
        } else if kinds & UPPER != 0 {
            buf.clear();
            normalise(self.language, raw, buf);
            (buf.as_str(), kinds & DIGIT != 0)
        } else {
            (raw, kinds & DIGIT != 0)
        };
        if normalised.is_empty() {
            return;
        }
        if numeric {
            return f(Word { span, normalised, stopword: false, stemmed: false });
        }
        // Stopwords are not stemmed: their term is the word itself.
        let stopword = self.stopwords.contains(normalised);
        f(Word { span, normalised, stopword, stemmed: !stopword && self.stemmer.is_some() })
    }
}

/// [`BYTE_KINDS`] flags.
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const UNDERSCORE: u8 = 8;
/// `.` or `:`, which [`piece`] may split at.
const SEPARATOR: u8 = 16;
/// A byte of a character that is not ASCII.
const NOT_ASCII: u8 = 32;
/// The bytes of UAX #29 words in ASCII.
const WORD: u8 = UPPER | LOWER | DIGIT | UNDERSCORE;

/// What each byte is, as flags: one table lookup answers every question the
/// hot path asks of a byte, without a branch.
static BYTE_KINDS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'A'..=b'Z' => UPPER,
            b'a'..=b'z' => LOWER,
            b'0'..=b'9' => DIGIT,
            b'_' => UNDERSCORE,
            b'.' | b':' => SEPARATOR,
            0x80.. => NOT_ASCII,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The [`BYTE_KINDS`] of the bytes of `word`, together.
fn byte_kinds(word: &str) -> u8 {
    word.bytes().fold(0, |kinds, b| kinds | BYTE_KINDS[usize::from(b)])
}

/// How a language uses apostrophes inside words.
enum Apostrophes {
    /// English and most others: drop a possessive `’s`, keep contractions
    /// whole (`don't`).
    Possessive,
    /// French and Italian: an elided article or pronoun is its own word
    /// (`l’`, `dell’`).
    Elision,
    /// Turkish: what follows the apostrophe is a case ending.
    Suffix,
}

fn apostrophes(language: Language) -> Apostrophes {
    match language {
        Language::French | Language::Italian => Apostrophes::Elision,
        Language::Turkish => Apostrophes::Suffix,
        _ => Apostrophes::Possessive,
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '＇')
}

/// Languages whose `I` lower-cases to a dotless `ı`.
fn dotless_i(language: Language) -> bool {
    matches!(language, Language::Turkish | Language::Azerbaijani)
}

/// Appends `word` to `out`, lower-cased, with every apostrophe straight,
/// and for Greek without tonos and with `ς` as `σ`, as NLTK's Greek list is
/// written. For Turkish and Azerbaijani, `I` lower-cases to `ı`; elsewhere
/// `İ` to `i`.
pub(crate) fn normalise(language: Language, word: &str, out: &mut String) {
    if word.is_ascii() && !(dotless_i(language) && word.contains('I')) {
        let from = out.len();
        out.push_str(word);
        out[from..].make_ascii_lowercase();
        return;
    }
    out.reserve(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            if c == 'I' && dotless_i(language) {
                out.push('ı');
            } else {
                out.push(c.to_ascii_lowercase());
            }
        } else if is_apostrophe(c) {
            out.push('\'');
        } else if c == 'İ' {
            out.push('i');
        } else if language == Language::Greek {
            out.extend(c.to_lowercase().map(fold_greek));
        } else {
            chars::push_lowercase(out, c);
        }
    }
}

fn fold_greek(c: char) -> char {
    match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        c => c,
    }
}

/// A word found in the text, before normalisation.
#[derive(Clone, Copy, Debug)]
struct RawWord {
    span: Span,
    acronym: bool,
    /// The [`BYTE_KINDS`] of its bytes, if the scan that found it knows them.
    kinds: Option<u8>,
}

/// Calls `f` with every word of `text`: the UAX #29 words that contain a
/// letter or digit, with a dotted acronym's final period (`U.S.`), and
/// split at periods and colons that are not between digits (`died.The`,
/// `example.com`).
///
/// UAX #29 never joins words across white space, so the text is cut at
/// white space first, and pieces of pure ASCII take a fast path that
/// implements the same rules for ASCII.
///
/// Returns the [`word_count`](crate::word_count) of `text`: the same
/// white-space separated tokens, each counted as that function counts it.
fn for_each_raw_word(text: &str, mut f: impl FnMut(RawWord)) -> usize {
    let mut count = 0;
    for (start, chunk) in tokens(text) {
        if chunk.is_ascii() {
            count += 1;
            ascii_word_ranges(chunk, |from, to, kinds| {
                if kinds & (UPPER | LOWER | DIGIT) != 0 {
                    piece(text, start + from, start + to, Some(kinds), &mut f);
                }
            });
        } else {
            count += token_words(chunk);
            for (from, word) in chunk.split_word_bound_indices() {
                if word.chars().any(chars::is_alphanumeric) {
                    piece(text, start + from, start + from + word.len(), None, &mut f);
                }
            }
        }
    }
    count
}

/// The UAX #29 words of an ASCII chunk: letters, digits and `_`, joined by
/// `:`, `.` or `'` between letters and by `,`, `;`, `.` or `'` between
/// digits. Calls `f` with each word's byte range and the [`BYTE_KINDS`] of
/// its bytes, gathered on the way.
fn ascii_word_ranges(chunk: &str, mut f: impl FnMut(usize, usize, u8)) {
    let b = chunk.as_bytes();
    let kind = |c: u8| BYTE_KINDS[usize::from(c)];
    let mut i = 0;
    while i < b.len() {
        if kind(b[i]) & WORD == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut kinds = 0;
        loop {
            while let Some(&c) = b.get(i).filter(|&&c| kind(c) & WORD != 0) {
                kinds |= kind(c);
                i += 1;
            }
            let (Some(&mid), Some(&after)) = (b.get(i), b.get(i + 1)) else { break };
            let before = b[i - 1];
            let letters =
                before.is_ascii_alphabetic() && after.is_ascii_alphabetic() && matches!(mid, b':' | b'.' | b'\'');
            let digits = before.is_ascii_digit() && after.is_ascii_digit() && matches!(mid, b',' | b';' | b'.' | b'\'');
            if !(letters || digits) {
                break;
            }
            kinds |= kind(mid);
            i += 1;
        }
        f(start, i, kinds);
    }
}

/// [`ascii_word_ranges`] without the kinds, as the tests compare it with UAX #29.
#[cfg(test)]
fn ascii_words(chunk: &str, mut f: impl FnMut(usize, usize)) {
    ascii_word_ranges(chunk, |from, to, _| f(from, to));
}

/// Emits the words of one UAX #29 word at `start..end` of `text`, with the
/// [`BYTE_KINDS`] of its bytes if known.
fn piece(text: &str, start: usize, end: usize, kinds: Option<u8>, f: &mut impl FnMut(RawWord)) {
    if kinds.is_some_and(|k| k & SEPARATOR == 0) {
        // Nothing to split at: the common case.
        return f(RawWord { span: Span { start, end }, acronym: false, kinds });
    }
    let word = &text[start..end];
    if word.contains('.') && is_acronym(word) {
        // UAX #29 leaves the final period out: `U.S` `.`.
        let end = if text[end..].starts_with('.') { end + 1 } else { end };
        return f(RawWord { span: Span { start, end }, acronym: true, kinds: None });
    }
    if !word.contains(is_inner_separator) {
        return f(RawWord { span: Span { start, end }, acronym: false, kinds: None });
    }
    let mut from = start;
    let mut prev = ' ';
    let mut chars = word.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        if is_inner_separator(c) && !(chars::is_numeric(prev) && chars::is_numeric(next)) {
            emit_part(text, from, start + i, f);
            from = start + i + c.len_utf8();
        }
        prev = c;
    }
    emit_part(text, from, end, f);
}

fn emit_part(text: &str, start: usize, end: usize, f: &mut impl FnMut(RawWord)) {
    if text[start..end].chars().any(chars::is_alphanumeric) {
        f(RawWord { span: Span { start, end }, acronym: false, kinds: None });
    }
}

/// Periods and colons that UAX #29 keeps inside words (`example.com`,
/// `S:t`).
fn is_inner_separator(c: char) -> bool {
    matches!(c, '.' | ':' | '․' | '﹒' | '．' | '︓' | '﹕' | '：')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(text of the span, term, stopword)` for each token.
    #[track_caller]
    fn check(language: Language, text: &str, expect: &[(&str, &str, bool)]) {
        let mut got = Vec::new();
        Tokenizer::new(language)
            .for_each_token(text, |t| got.push((t.span.slice(text).to_string(), t.term.to_string(), t.stopword)));
        let expect: Vec<_> = expect.iter().map(|&(s, t, w)| (s.to_string(), t.to_string(), w)).collect();
        assert_eq!(got, expect, "\ninput: {text:?}");
    }

    /// The non-stopword terms, English.
    #[track_caller]
    fn terms(text: &str, expect: &[&str]) {
        assert_eq!(Tokenizer::new(Language::English).terms(text), expect, "\ninput: {text:?}");
    }

    #[test]
    fn lower_cases_stems_and_flags_stopwords() {
        check(
            Language::English,
            "The talks were Breaking",
            &[("The", "the", true), ("talks", "talk", false), ("were", "were", true), ("Breaking", "break", false)],
        );
    }

    #[test]
    fn curly_and_straight_apostrophes_alike() {
        terms("Trump’s Trump's TRUMP’S", &["trump", "trump", "trump"]);
        terms("the students’ union", &["student", "union"]);
        terms("don’t won't it’s", &[]);
        terms("O’Neill rock'n'roll", &["o'neil", "rock'n'rol"]);
    }

    #[test]
    fn dotted_acronyms_stay_whole() {
        check(
            Language::English,
            "U.S. us U.K. a.m. J.D. Ph.D.",
            &[
                ("U.S.", "u.s.", false),
                ("us", "us", false),
                ("U.K.", "u.k.", false),
                ("a.m.", "a.m.", false),
                ("J.D.", "j.d.", false),
                ("Ph.D.", "ph.d.", false),
            ],
        );
        terms("in the U.S", &["u.s."]);
        terms("U.S.-led talks", &["u.s.", "led", "talk"]);
    }

    #[test]
    fn numbers_stay_whole() {
        terms(
            "$1.5 billion, 3.5%, 2,000 troops, 10:30, 1990s, G7",
            &["1.5", "billion", "3.5", "2,000", "troop", "10", "30", "1990s", "g7"],
        );
    }

    #[test]
    fn hyphenated_words_split_into_parts() {
        terms("a two-hour, 30-day cease-fire", &["two", "hour", "30", "day", "ceas", "fire"]);
        terms("Russia–Ukraine war—peace", &["russia", "ukrain", "war", "peac"]);
    }

    #[test]
    fn periods_inside_words_split() {
        terms("died.Police example.com", &["die", "polic", "exampl", "com"]);
        terms("version 3.5.1", &["version", "3.5.1"]);
    }

    #[test]
    fn unicode_words() {
        check(Language::Russian, "Путин заявил", &[("Путин", "путин", false), ("заявил", "заяв", false)]);
        check(Language::German, "Die Straße", &[("Die", "die", true), ("Straße", "strass", false)]);
        // Tamil vowel signs and the virama are part of the word. (Snowball's
        // Tamil stemmer strips `இந்` as a pronoun prefix.)
        check(Language::Tamil, "அதனால் இந்தியா", &[("அதனால்", "அதனால்", true), ("இந்தியா", "தியா", false)]);
        // Combining accents (NFD) stay with their letter.
        terms("cafe\u{301} naïve", &["cafe\u{301}", "naïv"]);
        terms("emoji 🎉 here __ _x_", &["emoji", "_x_"]);
    }

    #[test]
    fn greek_folds_accents_for_stopwords() {
        check(
            Language::Greek,
            "Αυτές οι αποφάσεις",
            &[("Αυτές", "αυτεσ", true), ("οι", "οι", true), ("αποφάσεις", "αποφασ", false)],
        );
    }

    #[test]
    fn french_and_italian_elision() {
        check(
            Language::French,
            "l’État qu'il",
            &[("l’", "l", true), ("État", "état", false), ("qu'", "qu", true), ("il", "il", true)],
        );
        check(Language::Italian, "dell’anno", &[("dell’", "dell", true), ("anno", "anno", false)]);
    }

    #[test]
    fn languages_without_a_stemmer_keep_their_words() {
        // Czech and Hindi: stopwords-iso lists, no stemmer.
        check(
            Language::Czech,
            "Vláda a parlamenty",
            &[("Vláda", "vláda", false), ("a", "a", true), ("parlamenty", "parlamenty", false)],
        );
        check(Language::Hindi, "सरकार ने कहा", &[("सरकार", "सरकार", false), ("ने", "ने", true), ("कहा", "कहा", true)]);
        // Hebrew: NLTK's list, no stemmer.
        check(
            Language::Hebrew,
            "הממשלה של ישראל",
            &[("הממשלה", "הממשלה", false), ("של", "של", true), ("ישראל", "ישראל", false)],
        );
        let czech = Tokenizer::new(Language::Czech);
        czech.for_each_word("parlamenty", |w| assert!(!w.stemmed));
        assert_eq!(czech.stem("parlamenty"), "parlamenty");
    }

    #[test]
    fn turkish_case_endings_and_dotted_i() {
        check(
            Language::Turkish,
            "Türkiye’nin İstanbul",
            &[("Türkiye’nin", "türki", false), ("İstanbul", "istanbul", false)],
        );
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "  Zelensky’s  U.S.  trip ";
        let mut spans = Vec::new();
        Tokenizer::default().for_each_token(text, |t| spans.push(t.span));
        let slices: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(slices, ["Zelensky’s", "U.S.", "trip"]);
        assert_eq!(spans[0], Span { start: 2, end: 14 });
    }

    proptest::proptest! {
        /// The ASCII fast path finds the words UAX #29 finds.
        #[test]
        fn ascii_words_agree_with_uax29(chunk in "[a-zA-Z0-9_.,;:'\"!?()$%&/@#-]{0,40}") {
            let mut fast = Vec::new();
            ascii_words(&chunk, |from, to| fast.push(&chunk[from..to]));
            let uax29: Vec<&str> = chunk
                .split_word_bound_indices()
                .map(|(_, w)| w)
                .filter(|w| w.chars().any(char::is_alphanumeric) || w.contains('_'))
                .collect();
            proptest::prop_assert_eq!(fast, uax29);
        }
    }

    #[test]
    fn is_stopword_normalises() {
        let english = Tokenizer::new(Language::English);
        assert!(english.is_stopword("THE"));
        assert!(english.is_stopword("isn’t"));
        assert!(!english.is_stopword("u.s."));
        assert!(!english.is_stopword(""));
        let greek = Tokenizer::new(Language::Greek);
        assert!(greek.is_stopword("αυτές"));
    }
}
