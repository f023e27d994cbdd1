//! Stopword lists: NLTK's, through the `stop-words` crate.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::Language;
use crate::words::normalise;

/// One language's stopwords, normalised like tokens, in a hash set built
/// once per tokenizer.
#[derive(Clone, Debug)]
pub(crate) struct Stopwords {
    words: HashSet<Cow<'static, str>, BuildHasherDefault<FxHasher>>,
}

impl Stopwords {
    pub(crate) fn new(language: Language) -> Self {
        let list = stop_words::lookup(language.code()).unwrap_or(&[]);
        let mut buf = String::new();
        let words = list
            .iter()
            .map(|&word| {
                buf.clear();
                normalise(language, word, &mut buf);
                if buf == word { Cow::Borrowed(word) } else { Cow::Owned(buf.clone()) }
            })
            .filter(|word| !word.is_empty())
            .collect();
        Stopwords { words }
    }

    /// Whether `word`, normalised, is a stopword.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }
}

/// The hash of rustc's `FxHasher`: a multiply and a rotate per eight bytes.
/// Stopwords are short and not chosen by an attacker, so the default
/// SipHash's protection against collisions buys nothing here but time.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_list() {
        for &language in Language::ALL {
            let stopwords = Stopwords::new(language);
            assert!(stopwords.len() >= 50, "{language}: {} stopwords", stopwords.len());
        }
    }

    #[test]
    fn english_keeps_news_content_words() {
        let english = Stopwords::new(Language::English);
        for word in ["the", "and", "he", "don't", "it's", "s"] {
            assert!(english.contains(word), "{word} should be a stopword");
        }
        // Lists such as stopwords-iso drop these, and with them the news.
        for word in ["said", "new", "million", "percent", "president", "us", "u.s.", "year"] {
            assert!(!english.contains(word), "{word} should not be a stopword");
        }
    }

    #[test]
    fn entries_are_normalised_like_tokens() {
        // NLTK's Greek list is unaccented, with a medial sigma for a final one.
        let greek = Stopwords::new(Language::Greek);
        assert!(greek.contains("αυτεσ"));
        assert!(greek.contains("αὐτὸσ"), "polytonic entries keep their accents");
        let french = Stopwords::new(Language::French);
        assert!(french.contains("l") && french.contains("qu") && french.contains("été"));
    }
}
