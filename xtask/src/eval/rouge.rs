//! ROUGE-1, ROUGE-2 and ROUGE-L as Google's `rouge-score` computes them with
//! `use_stemmer=True`: text lower-cased, every run of characters outside
//! `[a-z0-9]` turned into one space, tokens longer than three characters
//! Porter-stemmed (NLTK's variant), no stop words removed.
//!
//! ```text
//! let reference = rouge::tokenize(&rouge::cut_words(reference, 250));
//! let summary = rouge::tokenize(&rouge::cut_words(summary, 250));
//! println!("{:.2}", 100.0 * rouge::score(&reference, &summary).r2.recall);
//! ```
//!
//! ROUGE-L is the LCS of the two token sequences. Once the texts are cut to
//! their first words and those words joined by spaces (see [`cut_words`]),
//! each text is a single "sentence", so this equals `rouge-score`'s
//! summary-level `rougeLsum` too.

use std::collections::HashMap;

use super::porter;

/// Precision, recall and F1 of one ROUGE variant, each in `0.0..=1.0`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    /// Share of the reference's units found in the summary.
    pub recall: f64,
    /// Share of the summary's units found in the reference.
    pub precision: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
}

impl Score {
    /// The score for `hits` units matched out of `reference` and `summary`
    /// units; a side with no units counts as one so nothing divides by zero.
    fn from_counts(hits: usize, reference: usize, summary: usize) -> Score {
        let recall = hits as f64 / reference.max(1) as f64;
        let precision = hits as f64 / summary.max(1) as f64;
        let f1 = if recall + precision > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Score { recall, precision, f1 }
    }

    /// The component-wise mean of `scores` (all zero for none).
    pub fn mean(scores: &[Score]) -> Score {
        let n = scores.len().max(1) as f64;
        Score {
            recall: scores.iter().map(|s| s.recall).sum::<f64>() / n,
            precision: scores.iter().map(|s| s.precision).sum::<f64>() / n,
            f1: scores.iter().map(|s| s.f1).sum::<f64>() / n,
        }
    }
}

/// ROUGE-1, ROUGE-2 and ROUGE-L of one summary against one reference.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    /// Unigram overlap.
    pub r1: Score,
    /// Bigram overlap.
    pub r2: Score,
    /// Longest common subsequence.
    pub rl: Score,
}

impl Scores {
    /// The mean of each variant over `scores` (all zero for none).
    pub fn mean(scores: &[Scores]) -> Scores {
        let pick = |f: fn(&Scores) -> Score| Score::mean(&scores.iter().map(f).collect::<Vec<_>>());
        Scores { r1: pick(|s| s.r1), r2: pick(|s| s.r2), rl: pick(|s| s.rl) }
    }
}

/// The first `n` whitespace-separated words of `text`, joined by single
/// spaces: the length cut applied to summaries and references alike.
pub fn cut_words(text: &str, n: usize) -> String {
    text.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// ROUGE tokens of `text`: lower-cased, split on anything outside
/// `[a-z0-9]`, tokens longer than three characters stemmed.
pub fn tokenize(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .map(|t| if t.len() > 3 { porter::stem(t) } else { t.to_string() })
        .collect()
}

/// ROUGE tokens for languages other than English, as `SOURCE.md` defines
/// them for the French and Arabic sets: NFC-normalised, case-folded, runs of
/// Unicode letters, combining marks and digits (`[\p{L}\p{M}\p{N}]+`), no
/// stemming. Case folding is lower-casing plus the full folds that differ
/// from it in these scripts (`ß` → `ss`, final sigma → `σ`).
pub fn tokenize_unicode(text: &str) -> Vec<String> {
    use std::sync::LazyLock;

    use unicode_normalization::UnicodeNormalization as _;
    static TOKEN: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"[\p{L}\p{M}\p{N}]+").expect("a valid pattern"));
    let folded: String = text.nfc().collect::<String>().to_lowercase().replace('ß', "ss").replace('ς', "σ");
    TOKEN.find_iter(&folded).map(|m| m.as_str().to_string()).collect()
}

/// ROUGE of the `summary` tokens against the `reference` tokens (see
/// [`tokenize`]).
pub fn score(reference: &[String], summary: &[String]) -> Scores {
    Scores {
        r1: ngram_score(reference, summary, 1),
        r2: ngram_score(reference, summary, 2),
        rl: lcs_score(reference, summary),
    }
}

/// ROUGE-N: n-grams in common (clipped to the smaller count) over the
/// n-grams of each side.
fn ngram_score(reference: &[String], summary: &[String], n: usize) -> Score {
    let reference = ngram_counts(reference, n);
    let summary = ngram_counts(summary, n);
    let hits = reference.iter().map(|(gram, &count)| count.min(summary.get(gram).copied().unwrap_or(0))).sum();
    Score::from_counts(hits, reference.values().sum(), summary.values().sum())
}

/// How often each n-gram of `tokens` occurs.
fn ngram_counts(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts = HashMap::new();
    for gram in tokens.windows(n) {
        *counts.entry(gram).or_insert(0) += 1;
    }
    counts
}

/// ROUGE-L: the longest common subsequence over the length of each side;
/// all zero when either side is empty, as in `rouge-score`.
fn lcs_score(reference: &[String], summary: &[String]) -> Score {
    if reference.is_empty() || summary.is_empty() {
        return Score::default();
    }
    Score::from_counts(lcs_len(reference, summary), reference.len(), summary.len())
}

/// Length of the longest common subsequence of `a` and `b`, in
/// `O(a.len() * b.len())` time and `O(b.len())` space.
fn lcs_len<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row = vec![0; b.len() + 1];
    for x in a {
        let mut diagonal = 0; // row[j - 1] of the previous row
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that `actual` is `expected` up to rounding.
    fn close(actual: f64, expected: f64) {
        assert!((actual - expected).abs() < 1e-9, "got {actual}, expected {expected}");
    }

    /// Checks recall, precision and F1 of one score.
    fn check(score: Score, recall: f64, precision: f64, f1: f64) {
        close(score.recall, recall);
        close(score.precision, precision);
        close(score.f1, f1);
    }

    /// Scores two texts, as the eval does once they are cut.
    fn score(reference: &str, summary: &str) -> Scores {
        super::score(&tokenize(reference), &tokenize(summary))
    }

    /// Tokenizes `text` and joins the tokens with spaces.
    fn tokens(text: &str) -> String {
        tokenize(text).join(" ")
    }

    #[test]
    fn tokenize_lowercases_and_splits_on_non_alphanumerics() {
        assert_eq!(tokens("U.S. aid, $322-million (2005)!"), "u s aid 322 million 2005");
        assert_eq!(tokens("  Don't\tstop\n"), "don t stop");
        assert_eq!(tokens("café naïve"), "caf na ve");
        assert_eq!(tokens("...,;"), "");
    }

    #[test]
    fn tokenize_stems_only_tokens_longer_than_three_characters() {
        // Three letters or fewer stay as they are ("was", "its", "ies");
        // "ties", "ponies" and "dying" are stemmed.
        assert_eq!(tokens("was its ies ties ponies dying"), "was its ies tie poni die");
        assert_eq!(tokens("Cats ran"), "cat ran");
    }

    #[test]
    fn unicode_tokens_keep_accents_and_arabic_and_do_not_stem() {
        let tokens = |text: &str| tokenize_unicode(text).join(" ");
        // "é" as e + combining acute is composed first, so both spellings match.
        assert_eq!(tokens("Café CAFE\u{301}, l'été 2011!"), "café café l été 2011");
        assert_eq!(tokens("قال الرئيس: «نعم»."), "قال الرئيس نعم");
        assert_eq!(tokens("Straße running"), "strasse running");
    }

    #[test]
    fn cut_words_keeps_the_first_words() {
        assert_eq!(cut_words("a  b\nc\td e", 3), "a b c");
        assert_eq!(cut_words("one two", 5), "one two");
        assert_eq!(cut_words("", 5), "");
    }

    #[test]
    fn identical_texts_score_one() {
        let text = "The quick brown fox jumps over the lazy dog.";
        let scores = score(text, text);
        check(scores.r1, 1.0, 1.0, 1.0);
        check(scores.r2, 1.0, 1.0, 1.0);
        check(scores.rl, 1.0, 1.0, 1.0);
    }

    #[test]
    fn disjoint_texts_score_zero() {
        let scores = score("alpha beta gamma", "delta epsilon");
        assert_eq!(scores, Scores::default());
    }

    #[test]
    fn empty_texts_score_zero() {
        assert_eq!(score("", "some words"), Scores::default());
        assert_eq!(score("some words", ""), Scores::default());
    }

    #[test]
    fn bigram_overlap() {
        // Reference bigrams: "the cat", "cat sat", "sat on", "on the",
        // "the mat" (5). Summary bigrams: "the cat", "cat sat", "sat on",
        // "on a", "a mat" (5). Three in common.
        let scores = score("the cat sat on the mat", "the cat sat on a mat");
        check(scores.r2, 0.6, 0.6, 0.6);
        // Unigrams: reference has 6, summary 6, 5 in common ("the" clipped to
        // the summary's single "the").
        check(scores.r1, 5.0 / 6.0, 5.0 / 6.0, 5.0 / 6.0);
    }

    #[test]
    fn repeated_ngrams_are_clipped() {
        // Reference "a a a b": unigrams a×3, b×1. Summary "a b b": a×1, b×2.
        // Hits: min(3,1) + min(1,2) = 2.
        let scores = score("a a a b", "a b b");
        check(scores.r1, 2.0 / 4.0, 2.0 / 3.0, 2.0 * (0.5 * (2.0 / 3.0)) / (0.5 + 2.0 / 3.0));
    }

    #[test]
    fn rouge_l_uses_the_longest_common_subsequence() {
        // The example of Lin (2004). Without stemming, "police kill the
        // gunman" shares "police the gunman" (3 of 4) with the reference;
        // stemming makes "killed" and "kill" one token, so all 4 match.
        let reference = "police killed the gunman";
        check(score(reference, "police kill the gunman").rl, 1.0, 1.0, 1.0);
        check(score(reference, "police kills the gunman").rl, 1.0, 1.0, 1.0);
        check(score(reference, "police ate the gunman").rl, 0.75, 0.75, 0.75);
        // "the gunman kill police": LCS "the gunman", 2 of 4.
        check(score(reference, "the gunman kill police").rl, 0.5, 0.5, 0.5);
        // Order matters for ROUGE-L but not for ROUGE-1.
        check(score("a b c d", "d c b a").rl, 0.25, 0.25, 0.25);
        check(score("a b c d", "d c b a").r1, 1.0, 1.0, 1.0);
    }

    #[test]
    fn lcs_lengths() {
        let lcs = |a: &str, b: &str| lcs_len(a.as_bytes(), b.as_bytes());
        assert_eq!(lcs("", "abc"), 0);
        assert_eq!(lcs("abc", "abc"), 3);
        assert_eq!(lcs("abcbdab", "bdcaba"), 4);
        assert_eq!(lcs("xyz", "abc"), 0);
        assert_eq!(lcs("aaaa", "aa"), 2);
    }

    #[test]
    fn means_average_each_component() {
        let a = Score { recall: 0.2, precision: 0.4, f1: 0.6 };
        let b = Score { recall: 0.4, precision: 0.0, f1: 0.2 };
        check(Score::mean(&[a, b]), 0.3, 0.2, 0.4);
        assert_eq!(Score::mean(&[]), Score::default());
    }
}
