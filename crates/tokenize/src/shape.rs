//! What a sentence's shape says about its place in a summary: headlines,
//! bylines and fragments are not summary sentences, and a report's dateline
//! is not part of what its first sentence says.

use crate::Span;
use crate::sentences::ends_like_a_sentence;
use crate::space::tokens;

/// Why a sentence should not be offered to a summary.
///
/// These are preferences for the caller to apply: input made only of
/// headlines and short lines still deserves a summary from them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Exclusion {
    /// It does not end like a sentence: a headline, a byline, a date line, or a
    /// lead-in ending in a colon.
    NoFinalPunctuation,
    /// Fewer than [`MIN_WORDS`] words: too short to carry a fact of its own.
    TooShort,
    /// The report's first line, on its own, above a date line or byline: a
    /// headline even though it ends like a sentence (see [`opens_with_headline`]).
    Headline,
}

impl Exclusion {
    /// A short phrase saying why, for people (`--explain`).
    pub fn describe(self) -> &'static str {
        match self {
            Exclusion::NoFinalPunctuation => "no final punctuation (a headline, byline, date line or lead-in)",
            Exclusion::TooShort => "too short to stand alone",
            Exclusion::Headline => "a headline (the first line, alone above a date line or byline)",
        }
    }
}

/// Sentences of fewer words than this are not offered to a summary: they
/// rarely carry a fact of their own ("But so far, little has changed.").
pub const MIN_WORDS: usize = 6;

/// The words of `text` as budgets count them: white-space separated tokens
/// (as ROUGE counts them), except in scripts written without spaces
/// (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar), where each
/// character counts as a word, and a run of other letters or digits between
/// them as one more.
///
/// ```
/// use summarize_tokenize::word_count;
///
/// assert_eq!(word_count("Talks begin — at once."), 5); // the dash too, as ROUGE cuts
/// assert_eq!(word_count("東京で会議が開かれた。"), 10);
/// assert_eq!(word_count("2020年の東京"), 5); // 2020, 年, の, 東, 京
/// ```
pub fn word_count(text: &str) -> usize {
    if text.is_ascii() {
        return ascii_words(text.as_bytes());
    }
    tokens(text).map(|(_, token)| token_words(token)).sum()
}

/// The words of one white-space separated token: 1, unless it holds
/// characters of a script written without spaces. Those all lie at U+0E00
/// or above, three bytes or more in UTF-8, so most tokens of most
/// languages are settled by their bytes: asking each character of an
/// Arabic or Cyrillic report whether it is alphanumeric took a third of
/// the run's time.
pub(crate) fn token_words(token: &str) -> usize {
    if !token.bytes().any(|b| b >= 0xE0) || !token.chars().any(is_written_without_spaces) {
        return 1;
    }
    let mut words = WordsOfToken::default();
    token.chars().for_each(|c| words.push(c));
    words.words()
}

/// One white-space separated token being counted.
#[derive(Default)]
struct WordsOfToken {
    /// Whether it has any character.
    started: bool,
    /// Words counted in it so far, once it has a character of a script
    /// written without spaces.
    unspaced_words: usize,
    /// Whether a run of other characters with a letter or digit is open.
    run_has_word: bool,
}

impl WordsOfToken {
    fn push(&mut self, c: char) {
        self.started = true;
        if is_written_without_spaces(c) {
            self.unspaced_words += 1 + usize::from(self.run_has_word);
            self.run_has_word = false;
        } else if crate::chars::is_alphanumeric(c) {
            self.run_has_word = true;
        }
    }

    /// Its words: 1 for an ordinary token, 0 for none.
    fn words(&self) -> usize {
        match (self.started, self.unspaced_words) {
            (false, _) => 0,
            (true, 0) => 1,
            (true, n) => n + usize::from(self.run_has_word),
        }
    }
}

/// `split_whitespace().count()` of ASCII text: the bytes that follow white
/// space and are not white space themselves (counting words was a tenth of
/// a `--batch` run's time). Counted in chunks into a byte, each position
/// compared with the one before rather than carrying a state from byte to
/// byte, so that the compiler can count many bytes at once: a third less
/// time than a byte-at-a-time loop.
fn ascii_words(text: &[u8]) -> usize {
    /// ASCII white space as `char::is_whitespace` sees it (with VT, FF).
    fn space(byte: u8) -> u8 {
        u8::from(byte == b' ' || byte.wrapping_sub(b'\t') < 5)
    }
    let mut words = 0;
    let mut after_space = 1;
    // At most 128 word starts a chunk: the count fits in a `u8`.
    for chunk in text.chunks(128) {
        let Some((&first, _)) = chunk.split_first() else { continue };
        let mut starts = after_space & (1 - space(first));
        for pair in chunk.windows(2) {
            starts += space(pair[0]) & (1 - space(pair[1]));
        }
        words += usize::from(starts);
        after_space = chunk.last().map_or(after_space, |&last| space(last));
    }
    words
}

/// Characters of scripts that do not separate words with spaces.
fn is_written_without_spaces(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
        | '\u{1000}'..='\u{109F}'   // Myanmar
        | '\u{1780}'..='\u{17FF}'   // Khmer
        | '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'   // Katakana extensions
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9D}'   // half-width Katakana
        | '\u{20000}'..='\u{2FFFF}' // CJK extensions B and later
    )
}

/// Why `sentence` should not be in a summary, if it should not.
///
/// ```
/// use summarize_tokenize::{exclusion, Exclusion};
///
/// assert_eq!(exclusion("Putin call: Trump hails breakthrough"), Some(Exclusion::NoFinalPunctuation));
/// assert_eq!(exclusion("Trump posted."), Some(Exclusion::TooShort));
/// assert_eq!(exclusion("Talks will begin immediately, the president said."), None);
/// ```
pub fn exclusion(sentence: &str) -> Option<Exclusion> {
    if !ends_like_a_sentence(sentence) {
        Some(Exclusion::NoFinalPunctuation)
    } else if fewer_words_than(sentence, MIN_WORDS) {
        Some(Exclusion::TooShort)
    } else {
        None
    }
}

/// Whether `text` has fewer than `n` words as [`word_count`] counts them,
/// reading no further than its first `n` white-space separated tokens, each
/// of which is at least one word: every sentence of the input is checked.
fn fewer_words_than(text: &str, n: usize) -> bool {
    tokens(text).take(n).count() < n && word_count(text) < n
}

/// Whether the first of `sentences` (spans of `text`, as
/// [`split_sentences`](crate::split_sentences) gives them) is a headline
/// that ends like a sentence: it is alone on its line, and so is the next
/// one, which does not end like a sentence (a date line or a byline).
/// Headlines often end in a period (`Tsunami aid deductible in the U.S.`;
/// Arabic news sites end every title with one), and such a headline would
/// otherwise count as the report's first sentence. A one-sentence lede
/// followed by its story is not one: the next line is a sentence.
///
/// ```
/// use summarize_tokenize::{opens_with_headline, split_sentences};
///
/// let text = "Police search six houses in Leeds.\n\nTuesday, July 12, 2005\n\nPolice searched six houses today.\n";
/// assert!(opens_with_headline(text, &split_sentences(text)));
/// let text = "Police searched six houses today.\n\nThe raids began at 6:30.\n";
/// assert!(!opens_with_headline(text, &split_sentences(text)));
/// ```
pub fn opens_with_headline(text: &str, sentences: &[Span]) -> bool {
    let alone = |span: &Span| {
        let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else { return false };
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_end = after.find('\n').unwrap_or(after.len());
        before[line_start..].trim().is_empty() && after[..line_end].trim().is_empty()
    };
    match sentences {
        [first, second, _, ..] => {
            alone(first)
                && alone(second)
                && !ends_like_a_sentence(second.slice(text))
                && ends_like_a_sentence(first.slice(text))
        }
        _ => false,
    }
}

/// The length in bytes of a dateline that opens `sentence`, with the dash
/// and the space after it (`KYIV, Ukraine (AP) — `), or 0. The dash may be
/// `—`, `–`, `--`, `-` or the `_` of ASCII newswire archives.
///
/// A dateline is a short lead-in of capitalised place names, the first in
/// capitals, maybe an agency in parentheses, ended by a dash between
/// spaces. It says where the report was filed, not what happened.
///
/// ```
/// use summarize_tokenize::dateline_len;
///
/// let sentence = "KYIV, Ukraine (AP) — Russian forces advanced.";
/// assert_eq!(&sentence[dateline_len(sentence)..], "Russian forces advanced.");
/// assert_eq!(dateline_len("Trump — as expected — spoke."), 0);
/// ```
pub fn dateline_len(sentence: &str) -> usize {
    const LONGEST_DATELINE: usize = 80;
    const DASHES: [&str; 5] = [" — ", " – ", " -- ", " - ", " _ "];
    // Only a dash that starts by LONGEST_DATELINE counts, so only the
    // bytes it can end by are searched (the last character boundary there
    // is at or after any such dash's end), not the whole first sentence of
    // every report: five searches each.
    let longest_dash = DASHES.iter().map(|dash| dash.len()).max().unwrap_or(0);
    let mut searched = sentence.len().min(LONGEST_DATELINE + longest_dash);
    while !sentence.is_char_boundary(searched) {
        searched -= 1;
    }
    let head = &sentence[..searched];
    let Some((dash_at, dash)) = DASHES
        .iter()
        .filter_map(|dash| head.find(dash).map(|at| (at, *dash)))
        .min()
        .filter(|&(at, _)| at <= LONGEST_DATELINE)
    else {
        return 0;
    };
    // Outside the agency's parentheses, every word is a capitalised place name.
    let place = sentence[..dash_at].split('(').next().unwrap_or_default();
    let mut words = place.split([' ', ',']).filter(|w| !w.is_empty());
    let first_in_capitals =
        words.next().is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.'));
    if !first_in_capitals || !words.all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return 0;
    }
    let after = dash_at + dash.len();
    after + (sentence.len() - after - sentence[after..].trim_start().len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split_sentences;

    #[test]
    fn a_first_line_ending_in_a_period_above_a_date_line_is_a_headline() {
        let check = |text: &str| opens_with_headline(text, &split_sentences(text));
        // Regression: MultiLing's Arabic titles end in a period; so do some English ones.
        assert!(check(
            "تفجيرات لندن : الشرطة تفتش منازل ليدز.\n\nالثلاثاء , 12 يوليو 2005\n\nقامت شرطة غرب يوركشاير بتفتيش ستة منازل.\n"
        ));
        assert!(check(
            "Tsunami aid deductible in the U.S.\n\nSaturday, January 8, 2005\n\nCitizens may write off donations.\n"
        ));
        // A one-sentence lede paragraph followed by its story, or a lede
        // sharing its line, is not a headline.
        assert!(!check("The Senate voted on Tuesday.\n\nThe vote was close.\n\nIt ends a long fight.\n"));
        assert!(!check("Trump spoke. But Moscow disagreed.\nTuesday\nMore text here.\n"));
        assert!(!check("Only one line."));
        // Spans that do not fit the text are not a headline, and no panic.
        assert!(!opens_with_headline(
            "ab",
            &[Span { start: 0, end: 9 }, Span { start: 5, end: 1 }, Span { start: 0, end: 1 }]
        ));
    }

    #[test]
    fn datelines_are_not_part_of_the_sentence() {
        for (sentence, rest) in [
            ("KYIV, Ukraine (AP) — Russian forces advanced.", "Russian forces advanced."),
            ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."),
            ("NEW YORK -- Stocks fell.", "Stocks fell."),
            // The LDC newswire corpora (DUC, TAC) write the dash as an underscore.
            ("PHNOM PENH, Cambodia (AP) _ Talks resumed.", "Talks resumed."),
            // Not datelines: no place in capitals, or the dash comes too late.
            ("Trump — as expected — spoke.", "Trump — as expected — spoke."),
            (
                "US officials said the talks — held in Istanbul — stalled badly.",
                "US officials said the talks — held in Istanbul — stalled badly.",
            ),
            ("NATO said nothing.", "NATO said nothing."),
        ] {
            assert_eq!(&sentence[dateline_len(sentence)..], rest, "{sentence}");
        }
        // The dash may start at byte 80 at most, whatever characters
        // surround that point.
        for pad in 70..90 {
            for tail in ["", "é", "—", "“x”"] {
                let place = format!("A{}", "B".repeat(pad - 1));
                for dash in [" — ", " – ", " -- ", " - ", " _ "] {
                    let sentence = format!("{place}{dash}{tail}Talks resumed.");
                    let expect = if pad <= 80 { place.len() + dash.len() } else { 0 };
                    assert_eq!(dateline_len(&sentence), expect, "{sentence}");
                }
            }
        }
        // Places of two-byte capitals, so that the dash's start and the
        // searched bytes' end fall beside characters of more than a byte.
        for capitals in 30..50 {
            let place = format!("A{}", "É".repeat(capitals));
            for dash in [" — ", " -- ", " _ "] {
                let sentence = format!("{place}{dash}Élan grew.");
                let expect = if place.len() <= 80 { place.len() + dash.len() } else { 0 };
                assert_eq!(dateline_len(&sentence), expect, "{sentence}");
            }
        }
    }

    #[test]
    fn ascii_words_are_counted_as_split_whitespace_counts_them() {
        for text in ["", " ", "one", " one  two\tthree\n", "a\u{0B}b\u{0C}c\rd", "— dash —", "x  y  "] {
            assert_eq!(word_count(text), text.split_whitespace().count(), "{text:?}");
        }
        // Across the 128-byte chunks, a word and a space on either side.
        for len in [127, 128, 129, 255, 256, 257] {
            for text in ["a ".repeat(len), " a".repeat(len), "ab ".repeat(len), "a".repeat(len)] {
                assert_eq!(ascii_words(text.as_bytes()), text.split_whitespace().count(), "{len}");
            }
        }
    }

    #[test]
    fn words_are_counted_sensibly_in_scripts_without_spaces() {
        // Regression: 100 words of Chinese or Thai was one 3 MB "word".
        assert_eq!(word_count("President Trump said so."), 4);
        assert_eq!(word_count("北京 上海"), 4);
        assert_eq!(word_count("สวัสดี"), 6);
        assert_eq!(word_count("Apple的iPhone发布了"), 6);
        assert_eq!(word_count(&"中".repeat(1_000_000)), 1_000_000);
        assert_eq!(word_count("「」。"), 1);
    }

    #[test]
    fn fewer_words_than_agrees_with_word_count() {
        for text in [
            "",
            "Trump posted.",
            "One two three four five.",
            "One two three four five six.",
            "東京で会議",
            "東京で会議が開かれた。",
            "a 北京上海 b",
        ] {
            for n in 0..12 {
                assert_eq!(fewer_words_than(text, n), word_count(text) < n, "{text:?} {n}");
            }
        }
    }

    #[test]
    fn headlines_and_fragments_are_not_candidates() {
        assert_eq!(exclusion("Putin call: Trump hails breakthrough"), Some(Exclusion::NoFinalPunctuation));
        assert_eq!(exclusion("Trump posted."), Some(Exclusion::TooShort));
        assert_eq!(exclusion("“We are generally on the right track,” he said."), None);
        // Regression: other scripts' terminators end sentences too.
        assert_eq!(exclusion("هل قال الرئيس إن المحادثات مع روسيا ستبدأ قريبا جدا؟"), None);
        assert_eq!(exclusion("प्रधानमंत्री ने कहा कि बातचीत जल्द ही शुरू होगी।"), None);
        // Greek asks with `;`: a question is a sentence, not a headline.
        assert_eq!(exclusion("Πότε θα αρχίσουν οι συνομιλίες με τη Ρωσία;"), None);
    }
}
