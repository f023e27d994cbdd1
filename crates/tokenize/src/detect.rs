//! Which [`Language`] a text is written in, with `whatlang`.

use std::sync::OnceLock;

use whatlang::{Detector, Lang};

use crate::Language;

/// How many bytes from the start of a text detection reads: a news
/// report's first paragraphs name its language as surely as the whole
/// report, and detection costs time with what it reads. On the 300
/// MultiLing 2011 reports (English, French, Arabic), 1 KiB is reliable and
/// right for all 300 (512 bytes: 298 reliable) at about 170 µs a report.
pub const DETECTION_SAMPLE: usize = 1024;

/// What [`Detection::of`] found: the most likely language, and how sure it
/// is.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Detection {
    /// The most likely of the languages [`Language`] lists.
    pub language: Language,
    /// whatlang's confidence, from 0 to 1.
    pub confidence: f64,
    /// Whether whatlang holds the answer reliable (its confidence threshold,
    /// and a clear lead over the runner-up). Short or mixed texts often
    /// are not.
    pub reliable: bool,
}

impl Detection {
    /// Detects the language of the first [`DETECTION_SAMPLE`] bytes of
    /// `text` among the languages [`Language`] lists and whatlang knows
    /// (52 of them; see [`detectable`]). `None` if the text has no letters
    /// to go by. Deterministic, and never panics.
    ///
    /// ```
    /// use summarize_tokenize::{Detection, Language};
    ///
    /// let d = Detection::of("Le président a annoncé lundi une réforme des retraites.").unwrap();
    /// assert_eq!(d.language, Language::French);
    /// assert!(Detection::of("12:30 — !!").is_none());
    /// ```
    pub fn of(text: &str) -> Option<Detection> {
        let mut end = text.len().min(DETECTION_SAMPLE);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let info = detector().detect(&text[..end])?;
        let language = from_whatlang(info.lang())?;
        Some(Detection { language, confidence: info.confidence(), reliable: info.is_reliable() })
    }
}

/// The language `text` is written in, if detection is reliable
/// ([`Detection::of`] and [`Detection::reliable`]); `None` when it is
/// unsure, so that the caller can fall back to a default.
///
/// ```
/// use summarize_tokenize::{detect_language, Language};
///
/// let text = "Die Bundesregierung hat am Montag neue Regeln für den Klimaschutz beschlossen.";
/// assert_eq!(detect_language(text), Some(Language::German));
/// assert_eq!(detect_language(""), None);
/// ```
pub fn detect_language(text: &str) -> Option<Language> {
    Detection::of(text).filter(|d| d.reliable).map(|d| d.language)
}

/// Whether [`Detection::of`] can find `language`: whatlang knows 52 of
/// ours (not, for example, Albanian, Basque or Kazakh).
pub fn detectable(language: Language) -> bool {
    Lang::all().iter().any(|&lang| from_whatlang(lang) == Some(language))
}

/// A whatlang detector limited to our languages, built once.
fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        let ours = Lang::all().iter().copied().filter(|&lang| from_whatlang(lang).is_some()).collect();
        Detector::with_allowlist(ours)
    })
}

/// Our language for a whatlang language, if we have it.
fn from_whatlang(lang: Lang) -> Option<Language> {
    use Language as L;
    Some(match lang {
        Lang::Afr => L::Afrikaans,
        Lang::Ara => L::Arabic,
        Lang::Aze => L::Azerbaijani,
        Lang::Bel => L::Belarusian,
        Lang::Ben => L::Bengali,
        Lang::Bul => L::Bulgarian,
        Lang::Cat => L::Catalan,
        Lang::Ces => L::Czech,
        Lang::Cmn => L::Chinese,
        Lang::Dan => L::Danish,
        Lang::Deu => L::German,
        Lang::Ell => L::Greek,
        Lang::Eng => L::English,
        Lang::Epo => L::Esperanto,
        Lang::Est => L::Estonian,
        Lang::Fin => L::Finnish,
        Lang::Fra => L::French,
        Lang::Guj => L::Gujarati,
        Lang::Heb => L::Hebrew,
        Lang::Hin => L::Hindi,
        Lang::Hrv => L::Croatian,
        Lang::Hun => L::Hungarian,
        Lang::Hye => L::Armenian,
        Lang::Ind => L::Indonesian,
        Lang::Ita => L::Italian,
        Lang::Jpn => L::Japanese,
        Lang::Kor => L::Korean,
        Lang::Lat => L::Latin,
        Lang::Lav => L::Latvian,
        Lang::Lit => L::Lithuanian,
        Lang::Mar => L::Marathi,
        Lang::Nep => L::Nepali,
        Lang::Nld => L::Dutch,
        Lang::Nob => L::Norwegian,
        Lang::Pes => L::Persian,
        Lang::Pol => L::Polish,
        Lang::Por => L::Portuguese,
        Lang::Ron => L::Romanian,
        Lang::Rus => L::Russian,
        Lang::Slk => L::Slovak,
        Lang::Slv => L::Slovenian,
        Lang::Spa => L::Spanish,
        Lang::Swe => L::Swedish,
        Lang::Tam => L::Tamil,
        Lang::Tgl => L::Tagalog,
        Lang::Tha => L::Thai,
        Lang::Tur => L::Turkish,
        Lang::Ukr => L::Ukrainian,
        Lang::Urd => L::Urdu,
        Lang::Uzb => L::Uzbek,
        Lang::Vie => L::Vietnamese,
        Lang::Zul => L::Zulu,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_news_in_the_evaluated_languages() {
        let cases = [
            (Language::English, "President Donald Trump claimed on Monday that peace talks will begin immediately."),
            (Language::French, "Le gouvernement a présenté mercredi son projet de loi sur l'immigration au Parlement."),
            (Language::Arabic, "قال الرئيس الأمريكي إن المحادثات ستبدأ على الفور بعد مكالمة هاتفية مع نظيره الروسي."),
            (
                Language::Greek,
                "Ο πρωθυπουργός ανακοίνωσε νέα μέτρα για την οικονομία μετά τη συνεδρίαση του υπουργικού.",
            ),
            (Language::Czech, "Vláda ve středu schválila návrh zákona o státním rozpočtu na příští rok."),
            (Language::Hebrew, "ראש הממשלה הודיע היום על צעדים חדשים לחיזוק הכלכלה לאחר ישיבת הממשלה."),
            (Language::Hindi, "प्रधानमंत्री ने सोमवार को संसद में नई आर्थिक नीति की घोषणा की और विपक्ष ने इसका विरोध किया।"),
            (
                Language::Russian,
                "Президент заявил в понедельник, что переговоры начнутся немедленно после телефонного разговора.",
            ),
        ];
        for (language, text) in cases {
            assert_eq!(detect_language(text), Some(language), "{text}");
        }
    }

    #[test]
    fn unsure_or_empty_is_none() {
        for text in ["", "   ", "12:30 — 4.5%", "!!!", "\u{feff}"] {
            assert_eq!(detect_language(text), None, "{text:?}");
        }
    }

    #[test]
    fn reads_only_a_sample_and_never_splits_a_character() {
        let text = "é".repeat(DETECTION_SAMPLE) + " the";
        let _ = Detection::of(&text);
        let long = "Der Bundestag hat das Gesetz am Freitag beschlossen. ".repeat(200);
        assert_eq!(detect_language(&long), Some(Language::German));
    }

    #[test]
    fn detectable_languages() {
        let count = Language::ALL.iter().filter(|&&l| detectable(l)).count();
        assert_eq!(count, 52);
        assert!(detectable(Language::Czech) && detectable(Language::Hebrew) && detectable(Language::Hindi));
        assert!(!detectable(Language::Basque));
    }
}
