//! Sentence splitting, word tokens, stopwords and stemming for news text.
//!
//! ```
//! use summarize_tokenize::{split_sentences, Language, Tokenizer};
//!
//! let text = "Mr. Smith flew to the U.S. on Monday. “Is it over?” he asked.\n\n\
//!             Talks resume at 9 a.m. Tuesday.";
//! let sentences: Vec<&str> = split_sentences(text).iter().map(|s| s.slice(text)).collect();
//! assert_eq!(sentences, [
//!     "Mr. Smith flew to the U.S. on Monday.",
//!     "“Is it over?” he asked.",
//!     "Talks resume at 9 a.m. Tuesday.",
//! ]);
//!
//! let tokenizer = Tokenizer::new(Language::English);
//! assert_eq!(tokenizer.terms(sentences[0]), ["mr", "smith", "flew", "u.s.", "monday"]);
//! ```
//!
//! Two stages, each usable alone: [`split_sentences`] cuts a text into
//! sentences ([`Tokenizer::split_sentences`] or [`split_sentences_in`] with
//! the rules of another language), and a [`Tokenizer`] turns a text
//! (usually one sentence) into
//! normalised word [`Token`]s. Both speak in byte [`Span`]s into the
//! caller's text: nothing is copied or rewritten, so every sentence and
//! every word can be traced to the exact bytes it came from. Neither does
//! I/O, and neither panics on any `&str`.
//!
//! A third, smaller piece reads a sentence's shape for a summarizer:
//! [`exclusion`] says whether it is a headline, byline or fragment rather
//! than a summary sentence, and [`dateline_len`] finds the dateline that
//! opens a report (`KYIV, Ukraine (AP) — `), which is not part of what its
//! first sentence says.
//!
//! # Sentences
//!
//! Sentences are trimmed of white space, never empty, in order, and
//! together cover every character that is not white space. The splitter
//! makes one linear pass over the white-space separated tokens of the text
//! (after a linear pass that pairs quotation marks), deciding after each
//! token whether the sentence ends there; what comes next decides.
//!
//! ## Why our own rules
//!
//! On the English Golden Rules (48 cases written for the Pragmatic
//! Segmenter; `tests/golden_languages.rs`) these rules pass 48 of 48, and on
//! pySBD's cases in 21 other languages (`tests/golden_languages.rs`) at
//! least as many as pySBD itself: all but one Arabic and one Danish case. The
//! maintained crates we measured pass fewer: `sentencex` 43 of 48, and the
//! UAX #29 sentence boundaries of `unicode-segmentation` 28 of 48 (UAX #29
//! knows no abbreviations at all). Neither knows news typography either:
//! datelines, titles before names, `a.m.`, attributions after quotations.
//! Rules in plain code are also linear by construction and easy to extend
//! with a test per case.
//!
//! ## The rules
//!
//! - **Terminators** are `.` `?` `!` `…` (and `‼` `⁇` `⁈` `⁉` `؟` `۔` `।` `॥`
//!   `։` `。` `？` `！`, and the Greek question mark `;`, U+037E; the splitter
//!   reads an ASCII `;` as one with the Greek rules, and an ASCII `:` as the
//!   Armenian full stop `։` with the Armenian rules). Closing quotation
//!   marks and brackets after them stay in the sentence they end: `“Stop.”`.
//! - **A lower-case word next** continues the sentence: `Yahoo! in`,
//!   `& Co. at noon`, `“Why?” he asked.` A capitalised word, a word of a
//!   script without case, a number or an opening quotation mark may start a
//!   new one.
//! - **A period after an ordinary word or number** ends the sentence before
//!   a capitalised word or a number: `She has $100.00. It is…`
//! - **Abbreviations.** Titles before names never end a sentence (`Mr.`,
//!   `Mrs.`, `Dr.`, `Sen.`, `Rep.`, `Gov.`, `Gen.`, `Lt.`, `Col.`, `Mt.`;
//!   also `vs.`, `e.g.`). Months, weekdays, `No.` and `p.` go on before a
//!   number (`Jan. 5`, `No. 10`). Abbreviations that can end a sentence as
//!   well (`Inc.`, `Corp.`, `Co.`, `etc.`, `Jr.`, `St.`, AP state names such
//!   as `Ariz.`, unlisted vowel-less ones such as `Blvd.`), dotted acronyms
//!   (`U.S.`, `U.K.`, `E.U.`, `J.D.`) and initials (`George W. Bush`) end
//!   one only before a word that usually starts a sentence (a closed list:
//!   `The`, `He`, `How`, `In`, …), an opening quotation mark, or a line
//!   break. So `the U.S. Senate` stays whole and `in the U.S. How about
//!   you?` splits. Company suffixes, `etc.` and months also end before a
//!   clause (a capitalised word, then a lower-case one that does not
//!   continue a name): `Microsoft Corp. Shares fell.` `a.m.` and `p.m.` end a sentence before
//!   a capitalised word unless it is a time zone, day or month (`at 10 a.m.
//!   Tuesday`) or the time opens the sentence (`At 5 a.m. Mr. Smith left.`).
//! - **`?` and `!`** end a sentence before a capitalised word or a number,
//!   except where a quotation that opens the sentence is followed by its
//!   attribution: a capitalised speaker and a verb of saying, with no new
//!   quotation after it. `“Let the process begin!” Trump posted.` is one
//!   sentence; `“Are you serious?” He added, “It takes two.”` is two, and so
//!   is `He asked, “Why?” Nobody answered.`
//! - **Quotations that open inside a sentence** (after some of its words)
//!   are part of it, whatever they hold: `I said, ‘When…, Vladimir? When…?’`
//!   is one sentence. Quotations that open a sentence split like any text.
//!   Marks are paired within a paragraph; an unpaired mark (news often
//!   leaves a quotation open at a paragraph's end) protects nothing.
//!   Apostrophes (`Trump’s`, `’90s`) are told from quotation marks by the
//!   letters around them. Chinese title marks `《…》` `〈…〉` hold a title,
//!   never sentences, wherever they stand: `去看《摔跤吧！爸爸》好吗？`.
//!   Brackets that open a sentence and close without a terminator before
//!   the closing bracket hold an aside or a source, not sentences: `(«Айқын»,
//!   2010 жыл. № 70).` is one; `(He left. She stayed.)` is two.
//! - **Ellipses.** `…` and `...` end a sentence before a capitalised word;
//!   a spaced `. . .` goes on unless it has four dots; `[...]` never ends one.
//! - **A missing space** after a terminator between a lower-case word and
//!   a capitalised one or one in capitals ends a sentence (`died.The`,
//!   `ended.NATO`, `world.I dag`, Kazakh `жағдайы.XVIII ғасыр`), and so
//!   does one between a number a period cannot make an ordinal and a
//!   capitalised word (`1,000.That`, `in 2005.The`, not German
//!   `100.Geburtstag`); but not
//!   inside an address (`Jane.Doe@example.com`, URLs) or after an
//!   abbreviation (`Mr.Smith`). `。`, `？` and `！` end a sentence without
//!   a space.
//! - **Lists.** A bullet (`•`, `⁃`, …; `-` and `*` at the start of a line)
//!   starts a sentence, and so does the next marker of a numbered list
//!   (`1.` … `2.`, `a.` … `b.`, `1)`, `(a)`); a marker alone is not a
//!   sentence.
//! - **Lines.** A blank line always ends a sentence, so a headline without
//!   a period is a sentence of its own. If some line of the text is longer
//!   than 100 characters, the text is not hard-wrapped and every line break
//!   ends a sentence (each line is a paragraph, a heading or a list item).
//!   In text that may be wrapped, a line break ends a sentence after a
//!   terminator before a capitalised word (even after `U.S.`), after a
//!   colon (`he hinted at incentives:` then a quotation), and before a
//!   bullet, a list marker or a dateline (`KYIV, Ukraine (AP) —`);
//!   elsewhere it is white space.
//!
//! - **Titles that are surnames.** A title after a short capitalised word,
//!   or before a word that opens sentences, is a surname and may end one:
//!   `strongman Hun Sen. Sam Rainsy wrote`, `Amartya Sen. The economist`;
//!   `Texas Gov. Greg Abbott` and `GOP Sen. Ted Cruz` stay whole.
//! - **Cited passages.** A quotation followed by its source in brackets is
//!   one sentence, whatever it holds: `"Ei fu. Siccome immobile […]"
//!   (Manzoni).`
//!
//! ## Other languages
//!
//! [`split_sentences`] uses the English rules. [`split_sentences_in`] (and
//! [`Tokenizer::split_sentences`]) take a [`Language`] and read its rules
//! from one table of data per language; the code above does not branch on
//! the language. A table holds:
//!
//! - abbreviations in the same classes as English (titles, never final,
//!   before a number, dates, ambiguous): Spanish `Srta.`, `Lic.`, `Núm.`,
//!   Italian `Dott.`, `Avv.`, Russian `проф.`, `ул.`, `Кв.`, German
//!   `Dr. med.`, `kath.`, `vgl.`, Danish `Skt.`, Dutch `Mevr.`, French `Mme.`,
//!   Slovak `Ing.`, `napr.`, Polish `prof.`, `m.in.`, `np.`, Bulgarian `пл.`,
//!   `вкл.`, Ukrainian `вул.`, `кв.`, Hindi and Marathi `डॉ.`;
//! - words that open sentences, for the acronym rule (`Jeg bor i E.U. Hvad
//!   med dig?`): English keeps its curated list; other languages use their
//!   stopword list, which holds their articles, pronouns and conjunctions;
//! - German, Danish, Norwegian and Slovak **ordinals**: `vom 12. Juni`, `im
//!   3. Jahrhundert`, `XII. pluk` (Roman numerals too) go on; a number with
//!   a period ends a sentence before a word that opens one (`stieg auf 12.
//!   Das ist viel`);
//! - Slovak **attributions**: a quotation that opens a sentence and is
//!   followed by a lower-case word is one sentence with it (`„…váhu. V
//!   podstate ma to nezaujíma,“ reagoval Matovič.`); English splits it;
//! - Spanish **doubled initials** (`EE. UU.`, `FF. AA.`);
//! - French and Italian **elision**: `l'Avv. Cassioni` is the title `Avv.`;
//! - **punctuation**: Greek `;` is a question mark; Armenian `:` is the
//!   full stop `։` typed in ASCII (`Մութ է: Ես…`); in Arabic a colon ends a
//!   heading or label (`سؤال وجواب: ماذا حدث؟`) unless a verb of saying came
//!   before it (`وقال الرئيس: …`); Greek also ends a sentence at a period
//!   after an ordinary word before a lower-case word, and Kazakh at `?` and
//!   `!` before a lower-case word that is not a verb of saying (`кім? не?`,
//!   but `Не істеу керек? деген сұрақ`), as pySBD does.
//!
//! Some rules hold in every language: `¿` and `¡` open a sentence (`Pablo,
//! ¿adónde vas? ¡¿Qué viste?!`); after a terminator, `“`, `‘` and `«` close
//! a quotation (German `„Keine Lust.“ Wir gingen.`); an abbreviation with a
//! second period ends its sentence (`23 Nov.. Grazie.`); an ellipsis before
//! a word may open one (`raak. ...en toen`); a guillemet spaced from its
//! words belongs to the word beside it (French `« Non », a-t-il dit.`).
//! `।`, `۔`, `؟` and `։` are terminators everywhere. Languages without a
//! table of their own ([`Language::support`] says which) get these shared
//! rules, with their stopwords as sentence openers, `Dr.` and `Prof.` (in
//! either case) and English's titles (capitalised) never ending a
//! sentence, and a short word without vowels standing before a number
//! (`br. 25`). In every language a short lower-case abbreviation before a
//! Roman numeral does not end its sentence (`séc. XII`), and one of one
//! or two letters after a year ends a long one (`2025 r.`), unless the
//! language lists it as never final. An article elided to an apostrophe
//! opens a sentence (Afrikaans `'n Man`, Dutch `'s Avonds`). Where ordinals
//! take a period and only names are capitalised, a number ends its
//! sentence before a capitalised word that opens a clause (Croatian `a SDP
//! 42. Vlada će…`). In scripts without capitals, a quotation that ends in
//! `?` or `!` keeps the words after it when a verb of saying from the
//! language's list is among them before their sentence ends (Arabic,
//! Hebrew, Persian, Hindi, Marathi, Nepali, Urdu, Bengali, Gujarati,
//! Tamil). After an abbreviation, a letter alone that is a stopword
//! (Portuguese `O`) or an elided article (`L'accordo`) opens a sentence; a
//! particle between an initial and a capitalised word belongs to the name
//! (`J. M. G. Le Clézio`), and `J.-P.` is an initial. A year before a day
//! or month with its period is a date (Korean `2024. 3. 15.`), and a listed
//! dotted ending written with a space is that ending (`і т. д.`).
//!
//! Known limits: after an abbreviation, a capitalised word that neither
//! usually starts a sentence nor starts a clause is read as part of a name
//! (`sold to Berkshire Hathaway Inc. Warren Buffett said` stays one
//! sentence, like `Apple Inc. Chief Executive Tim Cook said`); in
//! hard-wrapped text a headline at least two thirds as wide as the widest
//! line runs into the next line (a shorter one ends there); and a long
//! quotation that opens inside a sentence makes a long sentence.
//!
//! # Words
//!
//! [`Tokenizer::for_each_token`] finds words, normalises them, flags
//! stopwords and stems:
//!
//! - **Words** are the Unicode (UAX #29) words that hold a letter or a
//!   digit, from `unicode-segmentation`, with an ASCII fast path that
//!   follows the same rules. Combining marks (Tamil vowel signs, accents in
//!   decomposed text) stay in their word; punctuation and emoji are no
//!   words.
//! - **Case:** lower-cased; Turkish `I` becomes `ı`, and `İ` becomes `i`.
//!   Greek loses its tonos and writes a final `ς` as `σ`, as NLTK's Greek
//!   list does (the Greek stemmer does the same).
//! - **Apostrophes:** `’`, `‘`, `ʼ` and `'` are one character, so `Trump’s`
//!   and `Trump's` are one term. In English and most languages a possessive
//!   `’s` is dropped (`trump`) and contractions stay whole (`don't`, a
//!   stopword). In French and Italian an elided article or pronoun is a word
//!   of its own (`l’État` is `l` and `état`). In Turkish the case ending
//!   after the apostrophe of a proper name is dropped (`Türkiye’nin`).
//! - **Dotted acronyms** stay whole with their periods and are neither
//!   stemmed nor stopwords: `U.S.` is the term `u.s.`, never the stopword
//!   `us`; `a.m.` is `a.m.`.
//! - **Numbers** stay as written and unstemmed: `3.5`, `2,000`, `1990s`,
//!   `g7`.
//! - **Hyphens and dashes split** words into their parts (UAX #29 does):
//!   `two-hour` is `two` and `hour`, so `cease-fire` matches `cease fire`.
//!   Periods and colons inside a word split it too, unless they stand
//!   between digits: `example.com` is `exampl` and `com`.
//! - **Stemming:** Snowball stemmers from `rust-stemmers` for the 18
//!   languages it has (Arabic, Danish, Dutch, English, Finnish, French,
//!   German, Greek, Hungarian, Italian, Norwegian, Portuguese, Romanian,
//!   Russian, Spanish, Swedish, Tamil, Turkish). The other languages are
//!   not stemmed: a word's term is its normalised form. (No light stemmer
//!   of our own: without a test set per language we could not show it
//!   helps.) Stopwords are flagged and not stemmed.
//!
//! The hot path allocates nothing per token: a word already in normal form
//! (lower-case ASCII, most words) is borrowed from the text, any other
//! normalised word goes into one buffer reused for the whole text, and the
//! term borrows it, or the stemmer's result (which allocates only when it
//! changes a word).
//!
//! # Stopwords
//!
//! Through the `stop-words` crate, every [`Language`] has a list: the NLTK
//! list (Snowball's lists, with additions) for the 32 languages NLTK
//! covers, which hold function words only; the stopwords-iso list for the
//! 34 others (Czech, Hindi, Polish, Ukrainian, …). The stopwords-iso lists
//! are longer and also hold content words (for English it has `said`,
//! `new`, `million`, `year` and `us`, which would drop the content of
//! news), so they are used only where NLTK has nothing. Each list is
//! normalised like the tokens and put in a hash set when a [`Tokenizer`]
//! is built. [`Language::support`] says which list a language gets.

//!
//! # Language detection
//!
//! [`detect_language`] names the language of a text (its first
//! [`DETECTION_SAMPLE`] bytes), or `None` when unsure; [`Detection::of`]
//! also gives the confidence. It uses `whatlang` (trigrams, 52 of our
//! languages), limited to the languages [`Language`] lists, and is
//! deterministic. Measured against `lingua` (21 languages) on the 300
//! MultiLing 2011 reports (first 200 characters) and 139 pySBD cases in
//! seven more languages: whatlang right on 300/300 and 128/137, lingua on
//! 299/300 and 135/137; but whatlang is 0.8 MB and 11 s to build, lingua
//! 117 MB and 78 s, and lingua was 16 times slower. On whole reports
//! whatlang is right and reliable on 300 of 300.

#![deny(missing_docs)]

mod chars;
mod detect;
mod language;
mod sentences;
mod shape;
mod space;
mod stopwords;
mod words;

pub use detect::{DETECTION_SAMPLE, Detection, detect_language, detectable};
pub use language::{Language, StopwordSource, Support, UnknownLanguage};
pub use sentences::{Sentences, ends_like_a_sentence, sentences_in, split_sentences, split_sentences_in};
pub use shape::{Exclusion, MIN_WORDS, dateline_len, exclusion, opens_with_headline, word_count};
pub use words::{Token, Tokenizer, Word};

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
