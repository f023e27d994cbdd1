//! Each language's sentence rules as data: one [`Rules`] table per
//! language, read by the splitter. Nothing else in the splitter depends on
//! the language.
//!
//! Word lists hold lower-case entries sorted by their UTF-8 bytes, so that
//! [`contains`](super::lexicon::contains) can binary-search them.

use super::lexicon::{
    AFTER_TIME, AMBIGUOUS, BEFORE_NUMBER, DATES, DETERMINERS, NAME_ENDINGS, NEVER_FINAL, SENTENCE_STARTERS,
    SPEECH_VERBS, STATES, TITLES,
};
use crate::Language;

/// The most letters an abbreviation on any list has (`psicol`, `paeddr`):
/// longer words are looked up in no list.
pub(super) const LONGEST: usize = 6;

/// Where the words that usually open a sentence come from.
#[derive(Clone, Copy, Debug)]
pub(super) enum Starters {
    /// A curated list (English: `The`, `How`, `Despite`, …).
    List(&'static [&'static str]),
    /// The language's stopword list (function words: articles, pronouns,
    /// conjunctions).
    Stopwords,
}

/// One language's sentence rules.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rules {
    /// Titles before a name, never final when capitalised (`Mr.`, `Srta.`).
    pub titles: &'static [&'static str],
    /// English's [`TITLES`] count as titles too (`Sen.` in Tagalog news).
    pub english_titles: bool,
    /// Abbreviations that never end a sentence, in any case (German
    /// `vgl.`, `kath.`), besides the Latin ones every language shares
    /// ([`LATIN_NEVER_FINAL`](super::lexicon::LATIN_NEVER_FINAL)).
    pub never: &'static [&'static str],
    /// Abbreviations that stand before a number (`No. 10`, `Кв. 234`).
    pub before_number: &'static [&'static str],
    /// Months and weekdays (`Jan. 5`, Spanish `Lun. 15`).
    pub dates: &'static [&'static str],
    /// [`Rules::dates`] match only when capitalised (English `mar`, `may`
    /// are words).
    pub dates_capitalised: bool,
    /// Abbreviations that often end a sentence as well (`Inc.`, `etc.`).
    pub ambiguous: &'static [&'static str],
    /// The part of the ambiguous ones that ends a name or a list.
    pub name_endings: &'static [&'static str],
    /// Ambiguous only when capitalised (AP state names).
    pub ambiguous_capitalised: &'static [&'static str],
    /// Words that usually open a sentence.
    pub starters: Starters,
    /// Verbs of saying: an attribution after a quotation (English), or a
    /// colon that introduces speech rather than ends a heading (Arabic).
    pub speech_verbs: &'static [&'static str],
    /// Determiners that can open a speaker's name in an attribution.
    pub determiners: &'static [&'static str],
    /// Words after `a.m.`/`p.m.` that continue the sentence (time zones).
    pub after_time: &'static [&'static str],
    /// Characters besides the shared terminators that end a sentence as
    /// `?` and `!` do: the Greek question mark `;`, and the ASCII `:` that
    /// Armenian types for its full stop `։`.
    pub stops: &'static [char],
    /// A colon before a new word ends a sentence, unless a verb of saying
    /// came before it in the sentence (Arabic: `سؤال وجواب: ماذا حدث…`).
    pub colon_ends: bool,
    /// A number with a period is an ordinal before a noun (German `vom 12.
    /// Juni`, `im 3. Jahrhundert`): it ends a sentence only before a word
    /// that usually opens one.
    pub ordinals: bool,
    /// Every noun is capitalised (German), so an ordinal before a
    /// capitalised word is as likely as anywhere (`am 3. Oktober`). Where
    /// only names are, a plain number ends its sentence before a clause
    /// that opens with a capitalised word, not an acronym or a name of
    /// several words (Croatian `a SDP-a 42. Vlada će…`, not Turkish `2. Ordu
    /// Komutanı`).
    pub nouns_capitalised: bool,
    /// Doubled initials abbreviate plurals (Spanish `EE. UU.`, `FF. AA.`).
    pub plural_initials: bool,
    /// Articles and prepositions elide onto the next word (Italian
    /// `l'Avv.`, French `d'Ing.`): the abbreviation is what follows the
    /// apostrophe.
    pub elision: bool,
    /// A period after an ordinary word ends the sentence even before a
    /// lower-case word (Greek, as pySBD splits it).
    pub period_ends_before_lower: bool,
    /// A quotation that opens a sentence and is followed by a lower-case
    /// word, its attribution, is one sentence with it, whatever it holds
    /// (Slovak `„Prieskumy beriem na ľahkú váhu. V podstate ma to
    /// nezaujíma,“ reagoval Matovič.`). English splits the quotation.
    pub attributed_quotations: bool,
    /// `?` and `!` end a sentence even before a lower-case word, unless a
    /// closing quotation mark follows them or the word is a verb of saying
    /// that makes the question a quotation (Kazakh, as pySBD splits it:
    /// `кім? не?` is two, `Не істеу керек? деген сұрақ` one).
    pub strong_ends_before_lower: bool,
    /// A period only marks an abbreviation and never ends a sentence (Thai
    /// `กทม.`, `ครม.`: Thai ends sentences with a space or a line break).
    pub periods_abbreviate: bool,
}

impl Rules {
    /// Rules with nothing language-specific: no abbreviation lists, the
    /// language's stopwords as sentence starters.
    const fn plain() -> Rules {
        Rules {
            titles: &[],
            english_titles: false,
            never: NEVER_FINAL,
            before_number: &[],
            dates: &[],
            dates_capitalised: false,
            ambiguous: &[],
            name_endings: &[],
            ambiguous_capitalised: &[],
            starters: Starters::Stopwords,
            speech_verbs: &[],
            determiners: &[],
            after_time: &[],
            stops: &[],
            colon_ends: false,
            ordinals: false,
            nouns_capitalised: false,
            plural_initials: false,
            elision: false,
            period_ends_before_lower: false,
            attributed_quotations: false,
            strong_ends_before_lower: false,
            periods_abbreviate: false,
        }
    }
}

/// The rules for `language`.
pub(super) fn rules(language: Language) -> &'static Rules {
    match language {
        Language::English => &ENGLISH,
        Language::Arabic => &ARABIC,
        Language::Armenian => &ARMENIAN,
        Language::Bulgarian => &BULGARIAN,
        Language::Danish => &DANISH,
        Language::Dutch => &DUTCH,
        Language::French => &FRENCH,
        Language::German => &GERMAN,
        Language::Greek => &GREEK,
        Language::Hindi => &HINDI,
        Language::Italian => &ITALIAN,
        Language::Kazakh => &KAZAKH,
        Language::Marathi => &MARATHI,
        Language::Norwegian => &NORWEGIAN,
        Language::Polish => &POLISH,
        Language::Russian => &RUSSIAN,
        Language::Slovak => &SLOVAK,
        Language::Spanish => &SPANISH,
        Language::Ukrainian => &UKRAINIAN,
        Language::Portuguese => &PORTUGUESE,
        Language::Catalan => &CATALAN,
        Language::Czech => &CZECH,
        Language::Finnish => &FINNISH,
        Language::Swedish => &SWEDISH,
        Language::Hungarian => &HUNGARIAN,
        Language::Indonesian | Language::Malay => &INDONESIAN,
        Language::Romanian => &ROMANIAN,
        Language::Turkish => &TURKISH,
        Language::Croatian => &CROATIAN,
        Language::Slovenian => &SLOVENIAN,
        Language::Latvian => &LATVIAN,
        Language::Estonian | Language::Basque => &ORDINALS,
        Language::Thai => &THAI,
        Language::Bengali => &BENGALI,
        Language::Hebrew => &HEBREW,
        Language::Nepali => &NEPALI,
        Language::Persian => &PERSIAN,
        Language::Tamil => &TAMIL,
        Language::Urdu => &URDU,
        Language::Korean => &KOREAN,
        Language::Gujarati => &GUJARATI,
        Language::Vietnamese => &VIETNAMESE,
        _ => &PLAIN,
    }
}

/// Whether `language` has a table of its own.
pub(super) fn has_own_rules(language: Language) -> bool {
    !std::ptr::eq(rules(language), &PLAIN)
}

/// Languages without rules of their own: universal rules only, with their
/// stopwords as sentence starters, the titles written the same in most
/// languages that use the Latin script (`Prof. Dr. Siti Nurbaya`, Hungarian
/// `dr. Nagy Péter`) never final in either case, and English's titles
/// (`Sen.`, `Rep.`, `Gen.`: Tagalog news writes them) with a few more
/// (Galician `Sra.`, Swahili `Bi.`, Tagalog `Brgy.`) when capitalised;
/// `art.` and `No.` before a number (an article of law, `Signal No. 3`).
static PLAIN: Rules = SHARED;

/// The rules of languages without a table of their own.
const SHARED: Rules = Rules {
    titles: SHARED_TITLES,
    english_titles: true,
    never: &["dr", "prof", "viz"],
    before_number: &["art", "no"],
    ..Rules::plain()
};

/// The shared rules for a script without capitals, with the language's
/// verbs of saying: the words after a quotation that ends in `?` or `!` are
/// its attribution when one of them is among them.
const fn with_speech_verbs(speech_verbs: &'static [&'static str]) -> Rules {
    Rules { speech_verbs, ..SHARED }
}

/// Bengali (বলেন said, প্রশ্ন question).
static BENGALI: Rules = with_speech_verbs(&["জানান", "জানিয়েছেন", "প্রশ্ন", "বললেন", "বলে", "বলেছেন", "বলেন"]);

/// Gujarati (કહ્યું said, પૂછ્યું asked).
static GUJARATI: Rules = with_speech_verbs(&["ઉમેર્યું", "કહ્યું", "જણાવ્યું", "પૂછ્યું", "પ્રશ્ન", "લખ્યું", "સવાલ"]);

/// Hebrew (אמר said, שאל asked).
static HEBREW: Rules =
    with_speech_verbs(&["אמר", "אמרה", "אמרו", "הוסיף", "הוסיפה", "כתב", "כתבה", "צעק", "צעקו", "שאל", "שאלה", "שאלו"]);

/// Nepali (भने said, सोधे asked).
static NEPALI: Rules = with_speech_verbs(&["प्रश्न", "बताए", "भने", "भन्नुभयो", "सोधे"]);

/// Persian (گفت said, افزود added).
static PERSIAN: Rules = with_speech_verbs(&["افزود", "نوشت", "پرسید", "گفت", "گفته"]);

/// Tamil (என்று the quotative “that”, என்றார் said).
static TAMIL: Rules = with_speech_verbs(&["என", "என்றார்", "என்று", "கூறினார்", "கேட்டார்", "கேள்வி", "தெரிவித்தார்"]);

/// Urdu (کہا said, سوال question).
static URDU: Rules = with_speech_verbs(&["بتایا", "بولے", "سوال", "لکھا", "پوچھا", "کہا"]);

/// Korean: numbers with a period are ordinals and dates (`2024. 3. 15.`
/// is a date, year first); a sentence ends in a verb, not a number.
static KOREAN: Rules = Rules { ordinals: true, ..SHARED };

/// Titles of languages without rules of their own, besides English's.
const SHARED_TITLES: &[&str] = &["akad", "bi", "brgy", "dna", "ga", "me", "sr", "sra", "srta", "sta", "sto"];

/// Catalan, like Spanish: titles that are no word never end a sentence,
/// also in lower case (`el sr. Mas`), `aprox.`, and `art.`, `núm.`, `pàg.`
/// before a number.
static CATALAN: Rules = Rules {
    never: &["aprox", "av", "dr", "dra", "prof", "sr", "sra", "srta"],
    before_number: &["art", "núm", "p", "pàg", "tel"],
    ambiguous: &["etc"],
    name_endings: &["etc"],
    elision: true,
    ..Rules::plain()
};

/// Czech, like Slovak: academic titles before names in either case
/// (`doc. Ing.`, `prof.`, `MUDr.`), `např.`, `tzv.`, `tj.`, `č.` and `str.`
/// before a number, `tis.` and `mil.` before a unit, and ordinals with a
/// period (`1. ledna`).
static CZECH: Rules = Rules {
    never: &[
        "bc", "doc", "ing", "judr", "mgr", "mudr", "mvdr", "např", "paeddr", "phdr", "popř", "prof", "resp", "rndr",
        "sv", "t.j", "tj", "tzn", "tzv", "ul",
    ],
    before_number: &["obr", "odst", "písm", "str", "tab", "tel", "č", "čl"],
    // `atd.` and `Kč.` end a sentence before any capital, as ordinary words do.
    ambiguous: &["mil", "mld", "tis"],
    ordinals: true,
    attributed_quotations: true,
    ..Rules::plain()
};

/// Finnish: `esim.` (for example), `ks.` (see), `n.` (about), titles, and
/// ordinals with a period (`20. kesäkuuta`). `jne.` and `yms.` end a
/// sentence before any capital, as ordinary words do.
static FINNISH: Rules =
    Rules { never: &["dos", "dr", "esim", "ks", "n", "prof", "tri"], ordinals: true, ..Rules::plain() };

/// Swedish: `bl.a.`, `t.ex.`, `dvs.`, `ca.`, `enl.`, titles, `kl.` and
/// `nr.` before a number, `m.fl.` and `m.m.` ending a list. `osv.` and
/// `kr.` end a sentence before any capital, as ordinary words do.
static SWEDISH: Rules = Rules {
    never: &["bl.a", "ca", "dr", "dvs", "enl", "f.d", "fr.o.m", "jfr", "prof", "resp", "t.ex", "t.o.m"],
    before_number: &["kap", "kl", "nr", "s", "tel"],
    ambiguous: &["m.fl", "m.m"],
    name_endings: &["m.fl", "m.m"],
    ..Rules::plain()
};

/// Hungarian: titles in lower case before a name (`dr. Nagy Péter`, `ifj.`,
/// `id.`, `özv.`), month abbreviations before a day (`ápr. 5-én`), and
/// ordinals with a period (`3. helyen`, `IV. Béla`).
static HUNGARIAN: Rules = Rules {
    never: &["dr", "id", "ifj", "prof", "özv"],
    dates: &["aug", "dec", "febr", "jan", "júl", "jún", "máj", "márc", "nov", "okt", "szept", "ápr"],
    ordinals: true,
    ..Rules::plain()
};

/// Indonesian and Malay: titles (`Prof. Dr.`, `Ir.`, `H.` for haji), `Jl.`
/// before a street's name, `No.` and `hal.` before a number, and `Tbk.`
/// ending a company's name.
static INDONESIAN: Rules = Rules {
    never: &["dr", "drs", "h", "hj", "ir", "jl", "kh", "prof"],
    before_number: &["hal", "no"],
    ambiguous: &["tbk"],
    name_endings: &["tbk"],
    ..Rules::plain()
};

/// Romanian: titles before names in either case (`dl.`, `dna.`, `dr.`,
/// `Ing.`, `prof. univ.`), `aprox.`, `str.` and `sec.` before a name or a
/// numeral, `art.`, `nr.` and `alin.` before a number, and the company
/// forms `S.A.` and `S.R.L.` ending a company's name.
static ROMANIAN: Rules = Rules {
    never: &["aprox", "conf", "dl", "dna", "dr", "ing", "lect", "prof", "sec", "str", "univ"],
    before_number: &["alin", "art", "nr", "p", "pag"],
    ambiguous: &["s.a", "s.r.l"],
    name_endings: &["s.a", "s.r.l"],
    ..Rules::plain()
};

/// Turkish: titles (`Prof. Dr.`, `Doç.`, `Yrd.`, `Org.`), `Mah.`, `Cad.`,
/// `Sok.` in addresses, and ordinals with a period (`2. Ordu`, `3. sırada`).
static TURKISH: Rules =
    Rules { never: &["cad", "doç", "dr", "mah", "org", "prof", "sok", "yrd"], ordinals: true, ..Rules::plain() };

/// Croatian: ordinals with a period (`1. HNL`), `npr.`, `tj.`, `tzv.`,
/// titles before names in lower case (`prof. dr. sc.`, `mr.`), `br.` and
/// `čl.` before a number; `dr.` is also `drugo` ending a list (`i dr.`).
static CROATIAN: Rules = Rules {
    never: &["mr", "npr", "prof", "sc", "tj", "tzv"],
    before_number: &["br", "st", "čl"],
    ambiguous: &["dr"],
    name_endings: &["dr"],
    ordinals: true,
    ..Rules::plain()
};

/// Slovenian, like Croatian: ordinals (`1. SNL`), `npr.`, `tj.`, `t. i.`,
/// `g.`, `ga.`, `gdč.` before names, `št.` and `čl.` before a number.
static SLOVENIAN: Rules = Rules {
    never: &["g", "ga", "gdč", "npr", "prof", "t.i", "tj"],
    before_number: &["tel", "čl", "št"],
    ambiguous: &["dr"],
    name_endings: &["dr"],
    ordinals: true,
    ..Rules::plain()
};

/// Latvian: ordinals (`14. Saeima`), `plkst.` before a time, `dz.` and
/// `nr.` before a number, and `u. c.`, `u. tml.` (and others, and the like)
/// ending a list.
static LATVIAN: Rules = Rules {
    never: &["dr", "plkst", "prof"],
    before_number: &["dz", "nr"],
    ambiguous: &["u.c", "u.tml"],
    name_endings: &["u.c", "u.tml"],
    ordinals: true,
    ..Rules::plain()
};

/// Estonian and Basque write ordinals with a period (`II. Euskal Mundu
/// Biltzarra`).
static ORDINALS: Rules = Rules {
    titles: SHARED_TITLES,
    english_titles: true,
    never: &["dr", "nt", "prof"],
    ordinals: true,
    ..Rules::plain()
};

/// Thai: a period only abbreviates.
static THAI: Rules = Rules { periods_abbreviate: true, ..Rules::plain() };

/// Vietnamese titles and places before a name: `TP.` (city), `Q.`
/// (district), `GS.`, `PGS.`, `TS.`, `ThS.`, `BS.` (professor, doctor,
/// master, physician).
static VIETNAMESE: Rules =
    Rules { never: &["bs", "dr", "gs", "pgs", "prof", "q", "ths", "tp", "ts"], ..Rules::plain() };

/// The rules the crate was built with, tuned on the English Golden Rules
/// and news.
pub(super) static ENGLISH: Rules = Rules {
    titles: TITLES,
    never: NEVER_FINAL,
    before_number: BEFORE_NUMBER,
    dates: DATES,
    dates_capitalised: true,
    ambiguous: AMBIGUOUS,
    name_endings: NAME_ENDINGS,
    ambiguous_capitalised: STATES,
    starters: Starters::List(SENTENCE_STARTERS),
    speech_verbs: SPEECH_VERBS,
    determiners: DETERMINERS,
    after_time: AFTER_TIME,
    ..Rules::plain()
};

static ARABIC: Rules = Rules {
    speech_verbs: &[
        "أشار",
        "أشارت",
        "أضاف",
        "أضافت",
        "أضافوا",
        "أعلن",
        "أعلنت",
        "أعلنوا",
        "أكد",
        "أكدت",
        "أكدوا",
        "أوضح",
        "أوضحت",
        "تابع",
        "تابعت",
        "تساءل",
        "تساءلت",
        "تضيف",
        "تقول",
        "ذكر",
        "ذكرت",
        "ذكروا",
        "سأل",
        "سألت",
        "صاح",
        "صاحت",
        "صرح",
        "صرحت",
        "قال",
        "قالت",
        "قالوا",
        "هتف",
        "هتفت",
        "هتفوا",
        "وأشار",
        "وأشارت",
        "وأضاف",
        "وأضافت",
        "وأضافوا",
        "وأعلن",
        "وأعلنوا",
        "وأكد",
        "وأكدت",
        "وأكدوا",
        "وأوضح",
        "وأوضحت",
        "وتابع",
        "وتابعت",
        "وتساءل",
        "وتساءلت",
        "وتضيف",
        "وتقول",
        "وذكر",
        "وذكرت",
        "وذكروا",
        "وسأل",
        "وسألت",
        "وصاح",
        "وصاحت",
        "وصرح",
        "وصرحت",
        "وقال",
        "وقالت",
        "وقالوا",
        "وهتف",
        "وهتفت",
        "وهتفوا",
        "ويضيف",
        "ويقول",
        "ويقولون",
        "يضيف",
        "يقول",
        "يقولون",
    ],
    colon_ends: true,
    ..Rules::plain()
};

/// Armenian ends a sentence with `։` (a terminator in every language) or
/// the ASCII `:` typed for it, a stop here. Its `.` is a colon inside a
/// sentence (before a lower-case word, where no period ends one), and its
/// question and exclamation marks `՞` `՜` stand inside the word they
/// stress.
static ARMENIAN: Rules = Rules { stops: &[':'], ..Rules::plain() };

/// Bulgarian: `ул.`, `бул.`, `пл.` before a street or square, `гр.` and
/// `с.` before a town or village, `вкл.`, `напр.`, `т.е.`, and the months.
static BULGARIAN: Rules = Rules {
    titles: &["ген"],
    never: &[
        "акад",
        "бул",
        "вж",
        "вкл",
        "гр",
        "доц",
        "ж.к",
        "напр",
        "обл",
        "пл",
        "проф",
        "с",
        "св",
        "ср",
        "т.е",
        "т.нар",
        "ул",
    ],
    before_number: &["ал", "ап", "бр", "вх", "ет", "стр", "табл", "тел", "фиг", "чл", "№"],
    dates: &["авг", "апр", "дек", "ноем", "окт", "септ", "февр", "ян"],
    ambiguous: &["др", "лв", "млн", "млрд", "т.н", "хил"],
    name_endings: &["др", "лв", "т.н"],
    ..Rules::plain()
};

/// Danish: `dr.`, `hr.`, `prof.` before names, in either case (none is a
/// word), `dvs.`, and `kl.` before a time.
static DANISH: Rules = Rules {
    titles: &["fr", "frk", "sct", "skt", "st"],
    never: &["bl.a", "ca", "cand", "dr", "dvs", "evt", "f.eks", "hr", "jf", "mht", "pga", "prof"],
    before_number: &["kap", "kl", "nr", "pkt", "s", "stk", "tlf"],
    dates: &["apr", "aug", "dec", "feb", "jan", "jul", "jun", "man", "mar", "nov", "okt", "sep", "tir", "tors"],
    ambiguous: &["aps", "etc", "inc", "ltd", "m.fl", "mv", "osv"],
    name_endings: &["aps", "etc", "inc", "ltd", "osv"],
    ordinals: true,
    ..Rules::plain()
};

/// Marathi, which ends sentences with a period: titles (`डॉ.`, `प्रा.`
/// professor, `श्री.`, `सौ.`, `कु.`, `कै.` late), `उदा.` (for example), `जि.`
/// (district); `क्र.`, `पृ.`, `ता.` (date) before a number.
static MARATHI: Rules = Rules {
    never: &["उदा", "कु", "कै", "चि", "जि", "डॉ", "पं", "प्रा", "प्रो", "श्री", "सौ", "स्व"],
    before_number: &["क्र", "ता", "पृ"],
    speech_verbs: &["प्रश्न", "म्हणाला", "म्हणाली", "म्हणाले", "विचारला", "विचारले", "सांगितले"],
    ..Rules::plain()
};

/// Kazakh: `мыс.` (for example), `б.з.б.` (BC), and `?` or `!` ending a
/// sentence before a lower-case word unless a verb of saying follows.
static KAZAKH: Rules = Rules {
    never: &["акад", "б.з.б", "б.з.д", "доц", "мыс", "проф"],
    before_number: &["тел", "№"],
    ambiguous: &["млн", "млрд", "руб", "трлн"],
    speech_verbs: &["деген", "дегенде", "деді", "дейді", "дейтін", "деп", "депті", "десе"],
    strong_ends_before_lower: true,
    ..Rules::plain()
};

/// Norwegian, like Danish.
static NORWEGIAN: Rules = Rules {
    titles: &["fr", "frk", "sct", "skt", "st"],
    never: &["bl.a", "ca", "dr", "dvs", "evt", "f.eks", "hr", "jf", "mht", "pga", "prof"],
    before_number: &["kap", "kl", "nr", "pkt", "s", "stk", "tlf"],
    ambiguous: &["as", "etc", "inc", "ltd", "osv"],
    name_endings: &["as", "etc", "inc", "ltd", "osv"],
    ordinals: true,
    ..Rules::plain()
};

/// Dutch: titles before names, written in lower case in running text
/// (`volgens dr. Pieters`, `mr. Moszkowicz`) and none of them a word, so
/// never final in either case; `a.s.` and `j.l.` (next, last) end a date.
static DUTCH: Rules = Rules {
    never: &[
        "bijv", "bv", "ca", "d.w.z", "dhr", "dr", "drs", "e.d", "ing", "ir", "m.a.w", "m.b.t", "mbt", "mevr", "mr",
        "mw", "o.a", "prof", "t.a.v",
    ],
    before_number: &["blz", "nr", "p", "tel"],
    ambiguous: &["a.s", "bv", "enz", "etc", "inc", "j.l", "ltd", "nv"],
    name_endings: &["a.s", "bv", "enz", "etc", "inc", "j.l", "ltd", "nv"],
    ..Rules::plain()
};

static FRENCH: Rules = Rules {
    titles: &["dr", "m", "me", "mgr", "mlle", "mlles", "mm", "mme", "mmes", "pr", "prof", "st", "ste"],
    never: &["av", "c.-à-d", "cf", "env"],
    before_number: &["art", "chap", "n", "no", "p", "pp", "tél", "vol"],
    dates: &["avr", "déc", "févr", "janv", "juil", "nov", "oct", "sept"],
    ambiguous: &["cie", "etc", "inc", "ltd", "sa"],
    name_endings: &["cie", "etc", "inc", "ltd"],
    elision: true,
    ..Rules::plain()
};

static GERMAN: Rules = Rules {
    titles: &["dipl", "dr", "fr", "frl", "hr", "hrn", "ing", "mag", "pfr", "prof", "st"],
    never: &[
        "abs", "allg", "bspw", "bzgl", "bzw", "ca", "chr", "dt", "ehem", "eigtl", "entspr", "ev", "evang", "evtl",
        "geb", "gegr", "gem", "gest", "ggf", "hl", "inkl", "jur", "kath", "med", "nat", "phil", "rer", "röm", "sog",
        "stud", "verh", "vgl", "zzgl",
    ],
    before_number: &["abb", "abs", "art", "bd", "kap", "nr", "nrn", "s", "tab", "tel", "ziff"],
    dates: &[
        "apr", "aug", "dez", "di", "do", "feb", "febr", "fr", "jan", "jul", "jun", "mi", "mo", "nov", "okt", "sa",
        "sep", "sept", "so",
    ],
    ambiguous: &["ag", "co", "etc", "gmbh", "inc", "jh", "jhd", "ltd", "mio", "mrd", "str", "usw"],
    name_endings: &["ag", "co", "etc", "gmbh", "inc", "ltd", "usw"],
    ordinals: true,
    nouns_capitalised: true,
    ..Rules::plain()
};

/// Greek: `;` asks, a period after an ordinary word ends a sentence even
/// before a lower-case word (as pySBD splits it), and abbreviations that
/// never end one: `κ.` and `κα` (Mr, Mrs), `καθ.` (professor), `δηλ.`
/// (that is), `αι.` (century), `λεωφ.` and `οδ.` (avenue, street), `βλ.`
/// (see), `σελ.` (page).
static GREEK: Rules = Rules {
    never: &["αι", "βλ", "δηλ", "κ", "κα", "καθ", "λεωφ", "οδ", "σελ"],
    stops: &[';'],
    period_ends_before_lower: true,
    ..Rules::plain()
};

/// Hindi: titles abbreviated with a period (`डॉ.` doctor, `प्रो.`
/// professor, `पं.` pandit, `स्व.` late), never final since Devanagari has
/// no capitals to tell a title from a word; `क्र.`, `पृ.` before a number.
static HINDI: Rules = Rules {
    never: &["कु", "डा", "डॉ", "पं", "प्रो", "मो", "स्व"],
    before_number: &["क्र", "पृ", "सं"],
    speech_verbs: &[
        "कहते",
        "कहना",
        "कहा",
        "कही",
        "नारे",
        "पूछा",
        "पूछी",
        "पूछे",
        "बताया",
        "बोला",
        "बोली",
        "बोले",
        "लिखा",
        "सवाल",
    ],
    ..Rules::plain()
};

/// Italian: titles before names, written in lower case in running text
/// (`il sig. Rossi`, `l'avv. Agnelli`, ranks and offices: `il gen.
/// Figliuolo`, `il sen. Renzi`) and none of them a word, so never final in
/// either case (`gen.` is January too, but news spells the month out).
static ITALIAN: Rules = Rules {
    never: &[
        "amm", "arch", "avv", "ca", "cfr", "col", "dir", "dott", "dr", "egr", "es", "gen", "gent", "geom", "ing",
        "magg", "mons", "on", "prof", "psicol", "rag", "sen", "sig", "sig.ra", "sigg", "spett", "ten",
    ],
    before_number: &["art", "cap", "n", "nr", "p", "pag", "pp", "tel", "vol"],
    dates: &[
        "ago", "apr", "dic", "dom", "feb", "gen", "gio", "giu", "lug", "lun", "mag", "mar", "mer", "nov", "ott", "sab",
        "set", "ven",
    ],
    ambiguous: &["ecc", "etc", "inc", "ltd", "spa", "srl"],
    name_endings: &["ecc", "etc", "inc", "ltd", "spa", "srl"],
    elision: true,
    ..Rules::plain()
};

/// Polish: titles before names, written in lower case in running text
/// (`prof.`, `ks.`, `płk`), `np.`, `m.in.`, `tzw.`, `ul.`, and `ok.`,
/// `godz.`, `nr` before a number. `gen.`, `min.`, `por.` and `red.` are
/// titles only when capitalised (`5 min.` ends a sentence). The codes of
/// law (`k.k.`, `k.p.k.`) end a citation (`art. 148 § 1 k.k.`).
static POLISH: Rules = Rules {
    titles: &["gen", "min", "por", "red"],
    never: &[
        "abp", "al", "bp", "doc", "dr", "gm", "hab", "im", "insp", "inż", "kpt", "ks", "m.in", "mgr", "mjr", "mł",
        "nadkom", "np", "os", "pl", "pow", "prof", "płk", "tj", "tzn", "tzw", "ul", "wg", "woj", "św",
    ],
    before_number: &["art", "godz", "nr", "ok", "pkt", "poz", "rozdz", "rys", "str", "tab", "tel", "ust"],
    ambiguous: &["itd", "itp", "k.c", "k.k", "k.p.a", "k.p.k", "mld", "mln", "proc", "tys", "zł"],
    name_endings: &["itd", "itp", "k.c", "k.k", "k.p.a", "k.p.k", "zł"],
    ..Rules::plain()
};

/// Portuguese: titles, often in lower case before a name (`o sr. Silva`,
/// `o gen. Heleno`, `o dep. Lira`), `aprox.` and `Av.` (before a street's
/// name), none of them a word, never final in either case; `Cia.` and
/// `Ltda.` end company names.
static PORTUGUESE: Rules = Rules {
    never: &[
        "aprox", "av", "cel", "dep", "dr", "dra", "eng", "gen", "prof", "profa", "sen", "sr", "sra", "srta", "ten",
    ],
    before_number: &["art", "n", "nº", "p", "pág", "tel"],
    ambiguous: &["cia", "etc", "lda", "ltda"],
    name_endings: &["cia", "etc", "lda", "ltda"],
    ..Rules::plain()
};

static RUSSIAN: Rules = Rules {
    never: &[
        "акад",
        "в",
        "вв",
        "г",
        "гг",
        "гр",
        "д",
        "доц",
        "им",
        "напр",
        "ок",
        "пгт",
        "пос",
        "пр",
        "просп",
        "проф",
        "с",
        "см",
        "ср",
        "т.е",
        "т.к",
        "ул",
    ],
    before_number: &["кв", "корп", "н", "рис", "стр", "табл", "тел", "№"],
    dates: &["авг", "апр", "дек", "нояб", "окт", "сент", "февр", "янв"],
    ambiguous: &["млн", "млрд", "руб", "т.д", "т.п", "тыс"],
    name_endings: &["руб", "т.д", "т.п"],
    ..Rules::plain()
};

/// Slovak: titles before names, in either case (`Ing.`, `MUDr.`, `prof.`,
/// `gen.`), `napr.`, `tzv.`, `resp.`, `č.` before a number, and ordinals written
/// with a period (`na 10. pokus`, `7. apríla`, `XII. pluk`).
static SLOVAK: Rules = Rules {
    never: &[
        "bc", "cca", "doc", "gen", "ing", "judr", "kpt", "mgr", "mjr", "mudr", "napr", "paeddr", "phdr", "plk",
        "porov", "prof", "príp", "pí", "resp", "rndr", "sv", "t.j", "tj", "tzn", "tzv", "ul",
    ],
    before_number: &["obr", "ods", "písm", "roč", "str", "tab", "tel", "č", "čl"],
    ambiguous: &["atď", "kol", "mil", "mld", "spol", "tis"],
    name_endings: &["atď", "kol", "spol"],
    ordinals: true,
    attributed_quotations: true,
    ..Rules::plain()
};

/// Spanish: titles that are no word are never final, also in lower case
/// (`el sr. García`); `D.`, `Sta.`, `Ud.` only when capitalised (`a ud.`
/// can end a sentence, `d.` is a letter).
static SPANISH: Rules = Rules {
    titles: &["d", "sta", "sto", "ud", "uds", "vd", "vds"],
    never: &[
        "aprox", "arq", "cnel", "dn", "dr", "dra", "dña", "excma", "excmo", "gral", "ilmo", "ing", "lic", "mons",
        "pbro", "prof", "sr", "sra", "sras", "sres", "srta",
    ],
    before_number: &[
        "art", "av", "avda", "cap", "cra", "ext", "n", "no", "núm", "p", "pág", "párr", "párrf", "tel", "vol",
    ],
    dates: &[
        "abr", "ago", "dic", "dom", "ene", "feb", "jue", "jul", "jun", "lun", "mar", "may", "mié", "miér", "nov",
        "oct", "sep", "sept", "sáb", "vie",
    ],
    ambiguous: &["cía", "etc", "inc", "ltd", "ltda"],
    name_endings: &["cía", "etc", "inc", "ltd", "ltda"],
    plural_initials: true,
    ..Rules::plain()
};

/// Ukrainian, like Russian: `вул.`, `просп.`, `пл.` before a street or
/// square, `с.` and `смт` before a village, `кв.`, `буд.`, `ст.` before a
/// number, `т.д.`, `т.зв.`, and the months.
static UKRAINIAN: Rules = Rules {
    titles: &["ген"],
    never: &["акад", "вул", "див", "доц", "напр", "обл", "пл", "просп", "проф", "с", "смт", "т.зв", "т.ч", "ім"],
    before_number: &["буд", "кв", "корп", "рис", "ст", "стор", "табл", "тел", "№"],
    dates: &["бер", "вер", "груд", "жовт", "квіт", "лип", "лют", "серп", "січ", "трав", "черв"],
    ambiguous: &["грн", "коп", "млн", "млрд", "т.д", "т.п", "тис"],
    name_endings: &["грн", "коп", "т.д", "т.п"],
    ..Rules::plain()
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_lower_case_and_unique() {
        for &language in Language::ALL {
            let r = rules(language);
            let lists = [
                r.titles,
                r.never,
                r.before_number,
                r.dates,
                r.ambiguous,
                r.name_endings,
                r.ambiguous_capitalised,
                r.speech_verbs,
                r.determiners,
                r.after_time,
            ];
            for list in lists {
                for pair in list.windows(2) {
                    assert!(pair[0] < pair[1], "{language}: {:?} before {:?}", pair[0], pair[1]);
                }
                for word in list {
                    assert_eq!(*word, word.to_lowercase(), "{language}");
                }
            }
            for list in [r.titles, r.never, r.before_number, r.dates, r.ambiguous, r.ambiguous_capitalised] {
                for word in list {
                    assert!(word.chars().count() <= LONGEST, "{language}: {word} is longer than LONGEST");
                }
            }
            for word in r.name_endings {
                assert!(r.ambiguous.contains(word), "{language}: {word} ends names but is not ambiguous");
            }
        }
    }
}
