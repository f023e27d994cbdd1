//! Stopword lists through the `stop-words` crate: NLTK's where NLTK has
//! one, else stopwords-iso's ([`Language::support`](crate::Language::support)).
//! The build script writes each list into the library as one string (see
//! `build.rs` for why).

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use crate::Language;
use crate::words::normalise;

include!(concat!(env!("OUT_DIR"), "/stopword_lists.rs"));

/// One language's stopwords, normalised like tokens, in a hash set built
/// once per tokenizer.
#[derive(Clone, Debug)]
pub(crate) struct Stopwords {
    words: FxHashSet<Cow<'static, str>>,
}

impl Stopwords {
    pub(crate) fn new(language: Language) -> Self {
        let list = stopword_list(language.code()).unwrap_or_default();
        let mut buf = String::new();
        let words = list
            .split('\n')
            .map(|word| {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_list() {
        for &language in Language::ALL {
            let stopwords = Stopwords::new(language);
            // The shortest: stopwords-iso's Zulu (29), Somali, Sotho, Estonian.
            assert!(stopwords.len() >= 25, "{language}: {} stopwords", stopwords.len());
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
