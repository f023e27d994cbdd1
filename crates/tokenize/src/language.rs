//! The languages a [`Tokenizer`](crate::Tokenizer) can split, stem and
//! filter for, and what each one gets.

use std::fmt;
use std::str::FromStr;

use rust_stemmers::Algorithm;

/// A language of the reports: for sentence rules, stopwords and stemming.
///
/// Every language for which the `stop-words` crate has a maintained
/// stopword list: the NLTK lists where NLTK has one, else the
/// stopwords-iso list. 18 of them have a Snowball stemmer in
/// `rust-stemmers`; the others are not stemmed (words are only
/// lower-cased and normalised). [`Language::support`] says what each gets.
///
/// Parsed from its English name or its ISO 639-1 code, in any case:
///
/// ```
/// use summarize_tokenize::Language;
///
/// assert_eq!("german".parse(), Ok(Language::German));
/// assert_eq!("DE".parse(), Ok(Language::German));
/// assert_eq!("cs".parse(), Ok(Language::Czech));
/// assert_eq!(Language::default(), Language::English);
/// assert_eq!(Language::Greek.to_string(), "greek");
/// assert!("klingon".parse::<Language>().is_err());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Language {
    /// Afrikaans (`af`).
    Afrikaans,
    /// Albanian (`sq`).
    Albanian,
    /// Arabic (`ar`).
    Arabic,
    /// Armenian (`hy`).
    Armenian,
    /// Azerbaijani (`az`).
    Azerbaijani,
    /// Basque (`eu`).
    Basque,
    /// Belarusian (`be`).
    Belarusian,
    /// Bengali (`bn`).
    Bengali,
    /// Breton (`br`).
    Breton,
    /// Bulgarian (`bg`).
    Bulgarian,
    /// Catalan (`ca`).
    Catalan,
    /// Chinese (`zh`).
    Chinese,
    /// Croatian (`hr`).
    Croatian,
    /// Czech (`cs`).
    Czech,
    /// Danish (`da`).
    Danish,
    /// Dutch (`nl`).
    Dutch,
    /// English (`en`; Snowball "english", i.e. Porter2. The default).
    #[default]
    English,
    /// Esperanto (`eo`).
    Esperanto,
    /// Estonian (`et`).
    Estonian,
    /// Finnish (`fi`).
    Finnish,
    /// French (`fr`).
    French,
    /// Galician (`gl`).
    Galician,
    /// German (`de`).
    German,
    /// Greek (`el`; modern).
    Greek,
    /// Gujarati (`gu`).
    Gujarati,
    /// Hausa (`ha`).
    Hausa,
    /// Hebrew (`he`).
    Hebrew,
    /// Hindi (`hi`).
    Hindi,
    /// Hungarian (`hu`).
    Hungarian,
    /// Indonesian (`id`).
    Indonesian,
    /// Irish (`ga`).
    Irish,
    /// Italian (`it`).
    Italian,
    /// Japanese (`ja`).
    Japanese,
    /// Kazakh (`kk`).
    Kazakh,
    /// Korean (`ko`).
    Korean,
    /// Kurdish (`ku`; Kurmanji).
    Kurdish,
    /// Latin (`la`).
    Latin,
    /// Latvian (`lv`).
    Latvian,
    /// Lithuanian (`lt`).
    Lithuanian,
    /// Malay (`ms`).
    Malay,
    /// Marathi (`mr`).
    Marathi,
    /// Nepali (`ne`).
    Nepali,
    /// Norwegian (`no`; Bokmål).
    Norwegian,
    /// Persian (`fa`; Farsi).
    Persian,
    /// Polish (`pl`).
    Polish,
    /// Portuguese (`pt`).
    Portuguese,
    /// Romanian (`ro`).
    Romanian,
    /// Russian (`ru`).
    Russian,
    /// Slovak (`sk`).
    Slovak,
    /// Slovenian (`sl`).
    Slovenian,
    /// Somali (`so`).
    Somali,
    /// Sotho (`st`; Southern Sotho).
    Sotho,
    /// Spanish (`es`).
    Spanish,
    /// Swahili (`sw`).
    Swahili,
    /// Swedish (`sv`).
    Swedish,
    /// Tagalog (`tl`; Filipino).
    Tagalog,
    /// Tajik (`tg`).
    Tajik,
    /// Tamil (`ta`).
    Tamil,
    /// Thai (`th`).
    Thai,
    /// Turkish (`tr`).
    Turkish,
    /// Ukrainian (`uk`).
    Ukrainian,
    /// Urdu (`ur`).
    Urdu,
    /// Uzbek (`uz`).
    Uzbek,
    /// Vietnamese (`vi`).
    Vietnamese,
    /// Yoruba (`yo`).
    Yoruba,
    /// Zulu (`zu`).
    Zulu,
}

/// Where a language's stopword list comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum StopwordSource {
    /// NLTK's list (Snowball's lists, with additions): function words only.
    Nltk,
    /// The stopwords-iso list, for languages NLTK does not cover. These
    /// lists are longer and hold some content words as well.
    Iso,
}

impl fmt::Display for StopwordSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StopwordSource::Nltk => "NLTK",
            StopwordSource::Iso => "stopwords-iso",
        })
    }
}

/// What the tokenizer does for one language: see [`Language::support`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Support {
    /// Words are stemmed with the language's Snowball stemmer; without
    /// one they are left unstemmed (lower-cased and normalised only).
    pub stemmer: bool,
    /// Where the stopword list comes from.
    pub stopwords: StopwordSource,
    /// The sentence splitter has rules of its own for the language
    /// (abbreviations, ordinals, punctuation); the others get the rules
    /// every language shares.
    pub sentence_rules: bool,
}

impl fmt::Display for Support {
    /// `Snowball stemmer, NLTK stopwords, own sentence rules`, or with `no
    /// stemmer` and `shared sentence rules`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let stemmer = if self.stemmer { "Snowball stemmer" } else { "no stemmer" };
        let rules = if self.sentence_rules { "own sentence rules" } else { "shared sentence rules" };
        write!(f, "{stemmer}, {} stopwords, {rules}", self.stopwords)
    }
}

impl Language {
    /// Every supported language, in the order of their names.
    pub const ALL: &'static [Language] = &[
        Language::Afrikaans,
        Language::Albanian,
        Language::Arabic,
        Language::Armenian,
        Language::Azerbaijani,
        Language::Basque,
        Language::Belarusian,
        Language::Bengali,
        Language::Breton,
        Language::Bulgarian,
        Language::Catalan,
        Language::Chinese,
        Language::Croatian,
        Language::Czech,
        Language::Danish,
        Language::Dutch,
        Language::English,
        Language::Esperanto,
        Language::Estonian,
        Language::Finnish,
        Language::French,
        Language::Galician,
        Language::German,
        Language::Greek,
        Language::Gujarati,
        Language::Hausa,
        Language::Hebrew,
        Language::Hindi,
        Language::Hungarian,
        Language::Indonesian,
        Language::Irish,
        Language::Italian,
        Language::Japanese,
        Language::Kazakh,
        Language::Korean,
        Language::Kurdish,
        Language::Latin,
        Language::Latvian,
        Language::Lithuanian,
        Language::Malay,
        Language::Marathi,
        Language::Nepali,
        Language::Norwegian,
        Language::Persian,
        Language::Polish,
        Language::Portuguese,
        Language::Romanian,
        Language::Russian,
        Language::Slovak,
        Language::Slovenian,
        Language::Somali,
        Language::Sotho,
        Language::Spanish,
        Language::Swahili,
        Language::Swedish,
        Language::Tagalog,
        Language::Tajik,
        Language::Tamil,
        Language::Thai,
        Language::Turkish,
        Language::Ukrainian,
        Language::Urdu,
        Language::Uzbek,
        Language::Vietnamese,
        Language::Yoruba,
        Language::Zulu,
    ];

    /// Name, code, stemmer and stopword source: one row per language.
    fn row(self) -> (&'static str, &'static str, Option<Algorithm>, StopwordSource) {
        use Language::*;
        use StopwordSource::{Iso, Nltk};
        match self {
            Afrikaans => ("afrikaans", "af", None, Iso),
            Albanian => ("albanian", "sq", None, Nltk),
            Arabic => ("arabic", "ar", Some(Algorithm::Arabic), Nltk),
            Armenian => ("armenian", "hy", None, Iso),
            Azerbaijani => ("azerbaijani", "az", None, Nltk),
            Basque => ("basque", "eu", None, Nltk),
            Belarusian => ("belarusian", "be", None, Nltk),
            Bengali => ("bengali", "bn", None, Nltk),
            Breton => ("breton", "br", None, Iso),
            Bulgarian => ("bulgarian", "bg", None, Iso),
            Catalan => ("catalan", "ca", None, Nltk),
            Chinese => ("chinese", "zh", None, Nltk),
            Croatian => ("croatian", "hr", None, Iso),
            Czech => ("czech", "cs", None, Iso),
            Danish => ("danish", "da", Some(Algorithm::Danish), Nltk),
            Dutch => ("dutch", "nl", Some(Algorithm::Dutch), Nltk),
            English => ("english", "en", Some(Algorithm::English), Nltk),
            Esperanto => ("esperanto", "eo", None, Iso),
            Estonian => ("estonian", "et", None, Iso),
            Finnish => ("finnish", "fi", Some(Algorithm::Finnish), Nltk),
            French => ("french", "fr", Some(Algorithm::French), Nltk),
            Galician => ("galician", "gl", None, Iso),
            German => ("german", "de", Some(Algorithm::German), Nltk),
            Greek => ("greek", "el", Some(Algorithm::Greek), Nltk),
            Gujarati => ("gujarati", "gu", None, Iso),
            Hausa => ("hausa", "ha", None, Iso),
            Hebrew => ("hebrew", "he", None, Nltk),
            Hindi => ("hindi", "hi", None, Iso),
            Hungarian => ("hungarian", "hu", Some(Algorithm::Hungarian), Nltk),
            Indonesian => ("indonesian", "id", None, Nltk),
            Irish => ("irish", "ga", None, Iso),
            Italian => ("italian", "it", Some(Algorithm::Italian), Nltk),
            Japanese => ("japanese", "ja", None, Iso),
            Kazakh => ("kazakh", "kk", None, Nltk),
            Korean => ("korean", "ko", None, Iso),
            Kurdish => ("kurdish", "ku", None, Iso),
            Latin => ("latin", "la", None, Iso),
            Latvian => ("latvian", "lv", None, Iso),
            Lithuanian => ("lithuanian", "lt", None, Iso),
            Malay => ("malay", "ms", None, Iso),
            Marathi => ("marathi", "mr", None, Iso),
            Nepali => ("nepali", "ne", None, Nltk),
            Norwegian => ("norwegian", "no", Some(Algorithm::Norwegian), Nltk),
            Persian => ("persian", "fa", None, Iso),
            Polish => ("polish", "pl", None, Iso),
            Portuguese => ("portuguese", "pt", Some(Algorithm::Portuguese), Nltk),
            Romanian => ("romanian", "ro", Some(Algorithm::Romanian), Nltk),
            Russian => ("russian", "ru", Some(Algorithm::Russian), Nltk),
            Slovak => ("slovak", "sk", None, Iso),
            Slovenian => ("slovenian", "sl", None, Nltk),
            Somali => ("somali", "so", None, Iso),
            Sotho => ("sotho", "st", None, Iso),
            Spanish => ("spanish", "es", Some(Algorithm::Spanish), Nltk),
            Swahili => ("swahili", "sw", None, Iso),
            Swedish => ("swedish", "sv", Some(Algorithm::Swedish), Nltk),
            Tagalog => ("tagalog", "tl", None, Iso),
            Tajik => ("tajik", "tg", None, Nltk),
            Tamil => ("tamil", "ta", Some(Algorithm::Tamil), Nltk),
            Thai => ("thai", "th", None, Iso),
            Turkish => ("turkish", "tr", Some(Algorithm::Turkish), Nltk),
            Ukrainian => ("ukrainian", "uk", None, Iso),
            Urdu => ("urdu", "ur", None, Iso),
            Uzbek => ("uzbek", "uz", None, Nltk),
            Vietnamese => ("vietnamese", "vi", None, Iso),
            Yoruba => ("yoruba", "yo", None, Iso),
            Zulu => ("zulu", "zu", None, Iso),
        }
    }

    /// The lower-case English name used on the command line (`english`).
    pub fn name(self) -> &'static str {
        self.row().0
    }

    /// The ISO 639-1 code (`en`).
    pub fn code(self) -> &'static str {
        self.row().1
    }

    /// What the tokenizer does for this language: stemming, the source of
    /// its stopwords, and whether the sentence splitter has rules of its
    /// own for it. For `--help` and documentation:
    ///
    /// ```
    /// use summarize_tokenize::{Language, StopwordSource};
    ///
    /// let czech = Language::Czech.support();
    /// assert!(!czech.stemmer);
    /// assert_eq!(czech.stopwords, StopwordSource::Iso);
    /// assert_eq!(
    ///     Language::German.support().to_string(),
    ///     "Snowball stemmer, NLTK stopwords, own sentence rules"
    /// );
    /// assert_eq!(Language::Czech.support().to_string(), "no stemmer, stopwords-iso stopwords, own sentence rules");
    /// assert_eq!(Language::Lithuanian.support().to_string(), "no stemmer, stopwords-iso stopwords, shared sentence rules");
    /// assert_eq!(Language::Hindi.support().to_string(), "no stemmer, stopwords-iso stopwords, own sentence rules");
    /// ```
    pub fn support(self) -> Support {
        let (_, _, algorithm, stopwords) = self.row();
        Support { stemmer: algorithm.is_some(), stopwords, sentence_rules: crate::sentences::has_own_rules(self) }
    }

    /// The Snowball stemmer, if `rust-stemmers` has one for this language.
    pub(crate) fn algorithm(self) -> Option<Algorithm> {
        self.row().2
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for a language name that is not supported: it holds the name.
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

    /// Parses an English name (`english`) or ISO 639-1 code (`en`), ignoring
    /// ASCII case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.name().eq_ignore_ascii_case(s) || l.code().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownLanguage(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_round_trip() {
        for &language in Language::ALL {
            assert_eq!(language.name().parse(), Ok(language));
            assert_eq!(language.code().parse(), Ok(language));
            assert_eq!(language.to_string().to_uppercase().parse(), Ok(language));
        }
    }

    #[test]
    fn all_is_sorted_by_name_and_complete() {
        let names: Vec<_> = Language::ALL.iter().map(|l| l.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
        let mut codes: Vec<_> = Language::ALL.iter().map(|l| l.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), names.len(), "codes are unique");
        let stemmed = Language::ALL.iter().filter(|l| l.support().stemmer).count();
        assert_eq!(stemmed, 18, "every rust-stemmers 1.2 algorithm");
    }

    #[test]
    fn every_stopword_list_exists() {
        // Every language the stop-words crate has (NLTK or ISO) is here,
        // but for NLTK's "hinglish", which is no language.
        for &code in crate::stopwords::STOPWORD_CODES {
            if code != "hinglish" {
                assert!(code.parse::<Language>().is_ok(), "{code} has stopwords but is no Language");
            }
        }
        for &language in Language::ALL {
            assert!(crate::stopwords::stopword_list(language.code()).is_some(), "{language}");
        }
    }

    #[test]
    fn the_issue_languages_are_accepted() {
        for name in ["czech", "hebrew", "hindi", "cs", "he", "hi"] {
            let language: Language = name.parse().expect(name);
            assert!(!language.support().stemmer);
        }
    }

    #[test]
    fn unknown_names_are_errors() {
        assert_eq!("".parse::<Language>(), Err(UnknownLanguage(String::new())));
        assert_eq!("klingon".parse::<Language>().unwrap_err().to_string(), "unknown language \"klingon\"");
    }
}
