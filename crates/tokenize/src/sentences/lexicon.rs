//! Word lists the English sentence rules consult (other languages' lists
//! are in `rules.rs`). All entries are lower-case and sorted by their
//! bytes, so that [`contains`] can binary-search them ignoring case.

use std::cmp::Ordering;

/// Whether the sorted, lower-case `list` holds `word`, ignoring case.
pub(super) fn contains(list: &[&str], word: &str) -> bool {
    if list.is_empty() {
        return false;
    }
    if word.is_ascii() {
        return list.binary_search_by(|probe| cmp_ignore_ascii_case(probe, word)).is_ok();
    }
    // Some rules look up every word (verbs of saying): no copy when the
    // word is its own lower case.
    let lower = crate::chars::lowercase(word);
    list.binary_search_by(|probe| probe.as_bytes().cmp(lower.as_bytes())).is_ok()
}

fn cmp_ignore_ascii_case(a: &str, b: &str) -> Ordering {
    let a = a.bytes().map(|b| b.to_ascii_lowercase());
    let b = b.bytes().map(|b| b.to_ascii_lowercase());
    a.cmp(b)
}

/// Titles and ranks written before a name (`Mr. Smith`, `Sen. Warren`), and
/// abbreviations that never end a sentence (`vs.`, `e.g.`). Matched only
/// when capitalised, except the last group.
pub(super) const TITLES: &[&str] = &[
    "adm", "amb", "atty", "brig", "capt", "cmdr", "col", "cpl", "cpt", "det", "dr", "fr", "gen", "gens", "gov", "govs",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mt", "pfc", "pres", "prof", "pvt",
    "rep", "reps", "rev", "rt", "sec", "sen", "sens", "sgt", "supt",
];

/// Latin abbreviations that never end a sentence, in any case and in every
/// language: `Roe vs. Wade`, `e.g. Paris`.
pub(super) const LATIN_NEVER_FINAL: &[&str] = &["e.g", "i.e", "v", "vs"];

/// English's own [`Rules::never`](super::rules::Rules::never), besides
/// [`LATIN_NEVER_FINAL`]: `viz.`, and `a.k.a.` before an alias (`John Doe,
/// a.k.a. "Big John," was arrested`).
pub(super) const NEVER_FINAL: &[&str] = &["a.k.a", "viz"];

/// Abbreviations that usually stand before a number (`No. 10`, `p. 55`),
/// in any case.
pub(super) const BEFORE_NUMBER: &[&str] = &[
    "approx", "art", "ca", "ch", "chap", "ext", "fig", "figs", "no", "nos", "nr", "nrs", "op", "p", "para", "pp", "pt",
    "pts", "tel", "vol", "vols",
];

/// Months and weekdays, matched only when capitalised: `Jan. 5`, `Oct. 3`.
pub(super) const DATES: &[&str] = &[
    "apr", "aug", "dec", "feb", "fri", "jan", "jul", "jun", "mar", "mon", "nov", "oct", "sat", "sep", "sept", "thu",
    "thur", "thurs", "tue", "tues", "wed",
];

/// Abbreviations that often end a sentence as well as stand inside one, in
/// any case: company suffixes, `etc.`, `Jr.`, street words.
pub(super) const AMBIGUOUS: &[&str] = &[
    "al", "assn", "assoc", "ave", "blvd", "bros", "cf", "co", "corp", "cos", "dept", "esq", "est", "etc", "ft", "govt",
    "hwy", "ibid", "inc", "intl", "jr", "llc", "ln", "ltd", "misc", "natl", "plc", "rd", "sq", "sr", "st", "univ",
];

/// The part of [`AMBIGUOUS`] that ends a name or a list and so is followed
/// by a new sentence more often than by more of the name: `Apple Inc.
/// Shares fell.`
pub(super) const NAME_ENDINGS: &[&str] = &["al", "bros", "co", "corp", "cos", "etc", "inc", "llc", "ltd", "plc"];

/// AP-style U.S. state abbreviations (`PHOENIX, Ariz. (AP)`), matched only
/// when capitalised because several are English words (`Ill.`, `Wash.`).
pub(super) const STATES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "mass",
    "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
    "wis", "wyo",
];

/// Words that begin sentences far more often than they continue a name,
/// lower-case: after an ambiguous abbreviation (`in the U.S. How about
/// you?`) one of these means a new sentence. Besides function words, the
/// plural nouns news sentences open with (`Syracuse, N.Y. Schools were
/// closed`), none of them a common surname (not `Banks`).
#[rustfmt::skip] // Wrapped, not one word a line.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "a", "about", "according", "after", "again", "all", "also", "although", "among", "an", "analysts", "and", "another",
    "any", "are", "as", "at", "authorities", "because", "before", "both", "but", "by", "can", "could", "critics",
    "demonstrators", "despite", "detectives", "did", "do", "doctors", "does", "during", "each", "earlier", "economists",
    "employees", "even", "every", "experts", "families", "few", "firefighters", "first", "for", "forecasters", "from",
    "had", "has", "have", "he", "her", "here", "his", "how", "however", "i", "if", "in", "instead", "investigators",
    "investors", "is", "it", "its", "just", "last", "later", "lawmakers", "many", "meanwhile", "more", "most", "much",
    "my", "neighbors", "neither", "next", "no", "nor", "not", "now", "of", "officers", "officials", "on", "once", "one",
    "only", "or", "other", "our", "over", "overall", "passengers", "police", "polls", "prices", "prosecutors",
    "protesters", "rescuers", "researchers", "residents", "results", "schools", "scientists", "several", "shares",
    "she", "since", "so", "some", "still", "stocks", "students", "such", "survivors", "that", "the", "their", "then",
    "there", "these", "they", "this", "those", "though", "thus", "to", "today", "traders", "troops", "two", "under",
    "until", "victims", "voters", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "why", "will", "with", "without", "witnesses", "workers", "would", "yesterday", "yet", "you", "your",
];

/// Small words that continue a capitalised name (`Bank of America`): a
/// capitalised word followed by one of these is not read as a clause start.
pub(super) const NAME_CONNECTORS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "da", "de", "del", "der", "des", "di", "dos", "du", "for", "from", "in", "la",
    "le", "of", "on", "or", "the", "to", "van", "von", "with", "y",
];

/// Verbs of saying, lower-case: `"Let it begin!" Trump posted.` keeps the
/// attribution in the sentence of its quotation.
#[rustfmt::skip] // Wrapped, not one word a line.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "acknowledged", "added", "adds", "admitted", "agreed", "announced", "answered", "argued", "asked", "asks",
    "boasted", "chanted", "claimed", "complained", "concluded", "continued", "countered", "cried", "declared",
    "demanded", "exclaimed", "explained", "insisted", "joked", "laughed", "noted", "observed", "pleaded", "posted",
    "posts", "predicted", "quipped", "recalled", "remarked", "replied", "replies", "responded", "said", "says",
    "screamed", "shouted", "sighed", "snapped", "stated", "suggested", "tells", "told", "tweeted", "tweets",
    "urged", "vowed", "warned", "whispered", "wondered", "writes", "wrote", "yelled",
];

/// Determiners that can open a speaker's name in an attribution (`The
/// president said`).
pub(super) const DETERMINERS: &[&str] =
    &["a", "an", "another", "her", "his", "its", "my", "one", "our", "the", "their"];

/// Words that follow `a.m.`/`p.m.` inside a sentence: time zones, days
/// and months (`at 10 a.m. Tuesday`, AP style).
#[rustfmt::skip] // Wrapped, not one word a line.
pub(super) const AFTER_TIME: &[&str] = &[
    "aedt", "aest", "april", "august", "bst", "cdt", "central", "cest", "cet", "cst", "ct", "december", "eastern",
    "edt", "eest", "eet", "est", "et", "february", "friday", "gmt", "hkt", "ist", "january", "jst", "july", "june",
    "kst", "march", "may", "mdt", "monday", "mountain", "msk", "mst", "mt", "november", "october", "pacific", "pdt",
    "pst", "pt", "saturday", "september", "sgt", "sunday", "thursday", "tuesday", "utc", "wednesday",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lower_case_and_unique() {
        let lists: &[(&str, &[&str])] = &[
            ("TITLES", TITLES),
            ("LATIN_NEVER_FINAL", LATIN_NEVER_FINAL),
            ("NEVER_FINAL", NEVER_FINAL),
            ("BEFORE_NUMBER", BEFORE_NUMBER),
            ("DATES", DATES),
            ("AMBIGUOUS", AMBIGUOUS),
            ("NAME_ENDINGS", NAME_ENDINGS),
            ("STATES", STATES),
            ("SENTENCE_STARTERS", SENTENCE_STARTERS),
            ("NAME_CONNECTORS", NAME_CONNECTORS),
            ("SPEECH_VERBS", SPEECH_VERBS),
            ("DETERMINERS", DETERMINERS),
            ("AFTER_TIME", AFTER_TIME),
        ];
        for (name, list) in lists {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{name}: {:?} before {:?}", pair[0], pair[1]);
            }
            for word in *list {
                assert_eq!(*word, word.to_ascii_lowercase(), "{name}");
            }
        }
        for word in NAME_ENDINGS {
            assert!(contains(AMBIGUOUS, word), "{word} is in NAME_ENDINGS but not AMBIGUOUS");
        }
    }

    #[test]
    fn lookup_ignores_ascii_case() {
        assert!(contains(TITLES, "Mr"));
        assert!(contains(TITLES, "MRS"));
        assert!(!contains(TITLES, "Mister"));
        assert!(contains(SENTENCE_STARTERS, "How"));
        assert!(!contains(SENTENCE_STARTERS, ""));
    }
}
