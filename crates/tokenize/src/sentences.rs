//! Sentence splitting. The rules are described in the crate docs; this
//! module is organised as one linear pass over white-space separated
//! tokens, deciding after each token whether the sentence ends there.

mod lexicon;
mod quotes;
mod rules;

use std::collections::VecDeque;

use crate::chars;
use crate::space::{space, word_end};
use crate::stopwords::stopword_list;
use crate::{Language, Span};
use lexicon::{LATIN_NEVER_FINAL, NAME_CONNECTORS, TITLES, contains};
use rules::{LONGEST, Rules, Starters, rules};

/// Splits `text` into sentences, returned as byte spans in order.
///
/// The spans are trimmed of white space, never empty, never overlap, and
/// together cover every character of `text` that is not white space. The
/// text itself is not copied or changed: use [`Span::slice`] to read a
/// sentence. Runs in one linear pass and never panics.
///
/// ```
/// use summarize_tokenize::split_sentences;
///
/// let text = "“Let the process begin!” Trump posted. Talks start on Jan. 5 at 9 a.m. Sources said so.";
/// let sentences: Vec<&str> = split_sentences(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(
///     sentences,
///     ["“Let the process begin!” Trump posted.", "Talks start on Jan. 5 at 9 a.m.", "Sources said so."]
/// );
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    split_sentences_in(text, Language::English)
}

/// Splits `text` into sentences with the rules of `language`: its
/// abbreviations, how it writes ordinals and dates, and its punctuation
/// (see the crate docs). [`split_sentences`] is this with
/// [`Language::English`]; [`Tokenizer::split_sentences`](crate::Tokenizer::split_sentences)
/// is this with the tokenizer's language. Same promises as
/// [`split_sentences`].
///
/// ```
/// use summarize_tokenize::{split_sentences_in, Language};
///
/// let text = "Die Abstimmung vom 12. Juni war knapp. Wir trafen Dr. med. Meyer.";
/// let sentences: Vec<&str> =
///     split_sentences_in(text, Language::German).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(sentences, ["Die Abstimmung vom 12. Juni war knapp.", "Wir trafen Dr. med. Meyer."]);
/// ```
pub fn split_sentences_in(text: &str, language: Language) -> Vec<Span> {
    sentences_in(text, language).collect()
}

/// The sentences of `text` one at a time, as [`split_sentences_in`] gives
/// them, without holding them all: a caller can stop early, for example
/// at a limit on the number of sentences.
///
/// ```
/// use summarize_tokenize::{Language, sentences_in};
///
/// let text = "One. Two. Three.";
/// assert_eq!(sentences_in(text, Language::English).count(), 3);
/// assert_eq!(sentences_in(text, Language::English).nth(1).map(|s| s.slice(text)), Some("Two."));
/// ```
pub fn sentences_in(text: &str, language: Language) -> Sentences<'_> {
    // A byte-order mark opens some files; it belongs to no sentence.
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    Sentences { splitter: Splitter::new(body, language), offset: text.len() - body.len() }
}

/// The iterator of [`sentences_in`]: byte spans into the text, in order.
pub struct Sentences<'t> {
    splitter: Splitter<'t>,
    /// Bytes of the byte-order mark left out in front of the text.
    offset: usize,
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let span = self.splitter.next_span()?;
        Some(Span { start: span.start + self.offset, end: span.end + self.offset })
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

/// Whether the splitter has rules of its own for `language`.
pub(crate) fn has_own_rules(language: Language) -> bool {
    rules::has_own_rules(language)
}

/// Whether `text` ends the way a sentence does: with a terminator (`.`,
/// `?`, `!`, `…`, and those of other scripts, such as `؟`, `।` and `։`),
/// maybe followed by closing quotation marks or brackets. After a Greek
/// word, `;` is the question mark it is in Greek; after an Armenian word,
/// `:` is the full stop `։` it stands for. Headlines, bylines and
/// datelines do not end so.
///
/// ```
/// use summarize_tokenize::ends_like_a_sentence;
///
/// assert!(ends_like_a_sentence("“Let the process begin!”"));
/// assert!(ends_like_a_sentence("كيف حالك؟"));
/// assert!(ends_like_a_sentence("Πού είναι οι τουαλέτες;"));
/// assert!(ends_like_a_sentence("Մութ է:"));
/// assert!(!ends_like_a_sentence("Putin call: Trump hails breakthrough"));
/// assert!(!ends_like_a_sentence("first item;"));
/// ```
pub fn ends_like_a_sentence(text: &str) -> bool {
    let body = text.trim_end().trim_end_matches(is_closer);
    let mut chars = body.chars().rev();
    match chars.next() {
        Some(';') => chars.next().is_some_and(is_greek),
        Some(':') => chars.next().is_some_and(is_armenian),
        Some(c) => is_terminator(c),
        None => false,
    }
}

/// A letter of the Greek script (monotonic or polytonic).
fn is_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}')
}

/// A letter of the Armenian script.
fn is_armenian(c: char) -> bool {
    matches!(c, '\u{531}'..='\u{58f}' | '\u{fb13}'..='\u{fb17}')
}

/// Characters that can end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '?'
            | '!'
            | '…'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '？'
            | '！'
            | '。'
            | '｡'
            | '؟'
            | '۔'
            | '।'
            | '॥'
            | '։'
            | '\u{37e}'
    )
}

/// Terminators of scripts written without spaces between sentences.
fn is_cjk_stop(c: char) -> bool {
    matches!(c, '。' | '｡' | '！' | '？')
}

/// Closing quotation marks and brackets, which may follow a terminator
/// inside the sentence it ends.
fn is_closer(c: char) -> bool {
    is_quote_closer(c) || matches!(c, ')' | ']' | '}' | '）' | '】')
}

/// Closing quotation marks, with the Chinese title marks `》` `〉`.
fn is_quote_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | '」' | '』' | '》' | '〉')
}

/// Opening quotation marks and brackets, and the inverted `¿` and `¡` that
/// open a question or exclamation (in any language: they mean nothing else).
fn is_opener(c: char) -> bool {
    is_quote_opener(c) || matches!(c, '(' | '[' | '{' | '（' | '【' | '¿' | '¡')
}

/// Opening quotation marks, with the Chinese title marks `《` `〈`.
fn is_quote_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '`' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '「' | '『' | '《' | '〈')
}

/// Whether a quotation mark after `prev` stands where quotations open.
fn is_opener_context(prev: char) -> bool {
    prev.is_whitespace() || is_opener(prev) || matches!(prev, '—' | '–' | '-' | '/' | ':')
}

/// Whether a quotation mark before `next` stands where quotations close.
fn is_closer_context(next: char) -> bool {
    next.is_whitespace() || is_closer(next) || is_terminator(next) || matches!(next, ',' | ';' | ':' | '—' | '–' | '-')
}

/// How many line breaks a white-space character counts for (`next` is the
/// character after it): a form feed or paragraph separator ends a paragraph
/// alone, `\r\n` is one break.
fn newline_weight(c: char, next: char) -> u8 {
    match c {
        '\n' | '\u{0B}' | '\u{85}' | '\u{2028}' => 1,
        '\r' if next != '\n' => 1,
        '\u{0C}' | '\u{2029}' => 2,
        _ => 0,
    }
}

/// Lines longer than this (in characters) show that line breaks end
/// paragraphs rather than wrap them.
const WRAP_WIDTH: usize = 100;

/// Below this width (in characters) every line is short, as in a
/// newspaper column's text, and a short line tells nothing: a line break
/// there is white space.
const NARROWEST_WRAP: usize = 40;

/// The width of the widest line of `text`, in characters, counting up to
/// just past [`WRAP_WIDTH`]. If some line is longer than that, the text
/// breaks lines only between paragraphs, and every line break ends a
/// sentence; otherwise it may be hard-wrapped.
fn widest_line(text: &str) -> usize {
    let mut width = 0;
    let mut widest = 0;
    for &b in text.as_bytes() {
        if b == b'\n' || b == b'\r' {
            width = 0;
        } else if b & 0xC0 != 0x80 {
            width += 1;
            widest = widest.max(width);
            if widest > WRAP_WIDTH {
                break;
            }
        }
    }
    widest
}

/// Bullets that start a list item wherever they stand.
fn is_bullet(c: char) -> bool {
    const BULLETS: &[char] =
        &['•', '◦', '‣', '⁃', '▪', '▫', '●', '○', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '✗', '✘', '∙'];
    !c.is_ascii() && BULLETS.contains(&c)
}

/// Tokens that start a list item only at the start of a line.
fn is_line_bullet(tok: &str) -> bool {
    matches!(tok, "-" | "--" | "*" | "+" | "–" | "—")
}

fn is_dash(tok: &str) -> bool {
    matches!(tok, "-" | "--" | "–" | "—" | "―")
}

/// One white-space separated piece of the text, or part of one where a
/// sentence ends without a space (`died.The`).
#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    /// Line breaks in the white space before it: 0, 1, or 2 for a blank line.
    nl: u8,
    /// Split from the previous token at a missing space: a sentence ends.
    glued: bool,
}

/// A token stream with look-ahead.
struct Tokens<'t> {
    text: &'t str,
    rules: &'static Rules,
    pos: usize,
    ahead: VecDeque<Tok>,
    splits: Vec<usize>,
    /// The first byte from the start of the last token on that may hide a
    /// sentence end inside a token ([`next_glue`]): found once for many
    /// tokens, rather than by scanning each token again.
    glue: usize,
    /// The text holds a guillemet: only then are tokens looked at for
    /// spaced ones (a search of the text costs less than a look at every
    /// token).
    guillemets: bool,
}

impl<'t> Tokens<'t> {
    /// The tokens of `text`; `guillemets` says whether it holds one
    /// ([`quotes::Marks::guillemets`]).
    fn new(text: &'t str, rules: &'static Rules, guillemets: bool) -> Self {
        Tokens { text, rules, pos: 0, ahead: VecDeque::new(), splits: Vec::new(), glue: next_glue(text, 0), guillemets }
    }

    fn next(&mut self) -> Option<Tok> {
        if self.ahead.is_empty() {
            self.read();
        }
        self.ahead.pop_front()
    }

    /// The `i`th token after the last one returned.
    fn peek(&mut self, i: usize) -> Option<Tok> {
        while self.ahead.len() <= i {
            if !self.read() {
                return None;
            }
        }
        self.ahead.get(i).copied()
    }

    /// Reads one white-space separated token into the look-ahead queue (in
    /// parts, if it hides a sentence end). Returns false at the end.
    fn read(&mut self) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut nl = 0u8;
        let mut pos = self.pos;
        while let Some((c, len)) = space(text, pos) {
            let next = bytes.get(pos + 1).map_or(' ', |&b| b as char);
            nl = nl.saturating_add(newline_weight(c, next)).min(2);
            pos += len;
        }
        if pos >= bytes.len() {
            self.pos = pos;
            return false;
        }
        let start = pos;
        let mut end = word_end(text, start);
        // French typography spaces guillemets from what they enclose
        // (`« Non »`): a lone `«` is one token with the word after it, and
        // a `»` with the word before it, so that the quotation's ends are
        // read as everywhere else.
        if self.guillemets {
            end = join_spaced_guillemets(text, start, end);
        }
        self.pos = end;
        self.splits.clear();
        if self.glue < start {
            self.glue = next_glue(text, start);
        }
        // Most tokens have no terminator before their last byte: skip them.
        if self.glue + 1 < end {
            glued_splits(&text[start..end], self.rules, &mut self.splits);
        }
        let mut from = start;
        let mut glued = false;
        for &offset in &self.splits {
            self.ahead.push_back(Tok { start: from, end: start + offset, nl, glued });
            from = start + offset;
            nl = 0;
            glued = true;
        }
        self.ahead.push_back(Tok { start: from, end, nl, glued });
        true
    }
}

/// Where the token from `start` to `end` ends once joined with the
/// guillemets spaced from it: a lone `«` or `‹` with the word after it, a
/// `»` or `›` with no word after it (German and Danish open quotations
/// with `»Wir`) with the word before it.
fn join_spaced_guillemets(text: &str, start: usize, mut end: usize) -> usize {
    if text[start..end].chars().all(|c| matches!(c, '«' | '‹')) {
        end = spaced_neighbour(text, end).map_or(end, |next| word_end(text, next));
    }
    while let Some(next) = spaced_neighbour(text, end).filter(|&next| text[next..].starts_with(['»', '›'])) {
        let next_end = word_end(text, next);
        if text[next..next_end].chars().any(char::is_alphanumeric) {
            break;
        }
        end = next_end;
    }
    end
}

/// Where the next token starts, if only spaces (no line break) lie between
/// it and `end`.
fn spaced_neighbour(text: &str, end: usize) -> Option<usize> {
    let mut pos = end;
    while let Some((c, len)) = space(text, pos) {
        if newline_weight(c, ' ') > 0 {
            return None;
        }
        pos += len;
    }
    (pos > end && pos < text.len()).then_some(pos)
}

/// Offsets inside `tok` where a sentence ends without a space: after a
/// period, `?` or `!` between a lower-case word and a capitalised one or
/// one in capitals (`died.The`, `ended.NATO`, `world.I dag`), between a
/// number that is not an ordinal and a capitalised word (`1,000.That`,
/// `in 2005.The`; see [`ends_in_cardinal`]), and after the terminators of
/// scripts written without spaces (`。`). Addresses
/// (`Jane.Doe@example.com`) and abbreviations (`Mr.Smith`) are left whole.
fn glued_splits(tok: &str, rules: &Rules, out: &mut Vec<usize>) {
    let latin = !(tok.contains(['@', '/']) || tok.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("www.")));
    let mut prev = ' ';
    let mut prev2 = ' ';
    let mut run_start = 0;
    for (i, c) in tok.char_indices() {
        if c.is_alphabetic() {
            if !prev.is_alphabetic() {
                run_start = i;
            }
        } else if is_cjk_stop(c) {
            // Not before a closing mark: `「行こう。」と言った。` is one
            // sentence. But a quotation that a colon introduced ends its
            // sentence with it: `他说：“我们会解决。”居民们表示怀疑。`
            let mut at = i + c.len_utf8();
            if tok[at..].starts_with(is_closer) && colon_before_quotation(&tok[..i]) {
                at = tok.len() - tok[at..].trim_start_matches(is_closer).len();
            }
            let after = tok[at..].chars().next();
            if after.is_some_and(|n| !is_closer(n) && !is_terminator(n)) && out.last().is_none_or(|&last| last < at) {
                out.push(at);
            }
        } else if latin
            && matches!(c, '.' | '?' | '!')
            && ((prev.is_lowercase()
                && prev2.is_alphabetic()
                && !(c == '.' && is_abbreviation(&tok[run_start..i], rules)))
                || (prev.is_ascii_digit() && ends_in_cardinal(&tok[..i], rules.ordinals)))
        {
            let rest = &tok[i + 1..];
            let after = rest.trim_start_matches(['”', '’', ')', ']']);
            let word = after.trim_start_matches(['“', '‘', '(']);
            let mut chars = word.chars();
            let capitalised =
                chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
            // A word in capitals, such as a Roman numeral or an acronym
            // (`жағдайы.XVIII ғасыр`), but not a part of a name (`a.COM.UK`).
            let letters = word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len());
            let rest = &word[letters..];
            let capitals = letters >= 2
                && word[..letters].chars().all(char::is_uppercase)
                && !rest.strip_prefix('.').is_some_and(|r| r.starts_with(char::is_alphanumeric));
            // A one-letter word in capitals (`world.I dag`).
            let one_letter = letters == 1 && rest.is_empty() && word.starts_with(char::is_uppercase);
            // Words in capitals start a sentence only after a word: after a
            // number they are a unit or a part (`4.5.A`, `12.B`).
            let starts_word = capitalised || (prev.is_lowercase() && (capitals || one_letter));
            let at = tok.len() - after.len();
            if starts_word && out.last().is_none_or(|&last| last < at) {
                out.push(at);
            }
        }
        prev2 = prev;
        prev = c;
    }
}

/// Whether `word` is written in a script without capitals (Arabic).
fn is_caseless(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
}

/// Whether the last quotation opened in `text` follows a colon (`说：“`).
fn colon_before_quotation(text: &str) -> bool {
    let Some(open) = text.rfind(['“', '「', '『', '"']) else { return false };
    text[..open].trim_end().ends_with(['：', ':'])
}

/// Whether `text` ends in a number that a period cannot make an ordinal:
/// three or more digits (`2005`, `1,000`), and where `ordinals` are
/// written with a period (German `100.Geburtstag`), only one with a comma
/// in it (`1,000`, `3,5`).
fn ends_in_cardinal(text: &str, ordinals: bool) -> bool {
    let number = &text[text.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',').len()..];
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    if ordinals { digits >= 2 && number.contains(',') } else { digits >= 3 }
}

/// The offset of the first byte from `from` on that [`glued_splits`] may
/// split after (`.`, `?`, `!`, or the lead byte of `。`, `｡`, `？` or `！`),
/// or the length of `text`.
fn next_glue(text: &str, from: usize) -> usize {
    // A table: one predictable branch per byte; testing the bytes one by
    // one mispredicts on every letter.
    static GLUE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = matches!(b as u8, b'.' | b'?' | b'!') || b >= 0xE3;
            b += 1;
        }
        table
    };
    let rest = text.as_bytes().get(from..).unwrap_or_default();
    rest.iter().position(|&b| GLUE[usize::from(b)]).map_or(text.len(), |i| from + i)
}

/// Whether `word` (before a period) is an abbreviation of any kind.
fn is_abbreviation(word: &str, rules: &Rules) -> bool {
    !matches!(kind(word, rules), Kind::Regular)
}

/// What a token that ends in terminators looks like.
#[derive(Clone, Copy, Debug)]
struct Tail<'t> {
    /// The word before the terminators, without quotation marks and brackets.
    core: &'t str,
    /// Periods in the terminators; `…` counts three.
    dots: usize,
    /// The terminators include `?`, `!` or another that is not a period.
    strong: bool,
    /// The terminators include one of a script written without spaces.
    cjk: bool,
    /// A quotation mark closes after the terminators.
    quoted: bool,
    /// The terminators stand alone in brackets: `[...]`.
    bracketed: bool,
}

/// Reads the terminators at the end of `tok`, if it has any.
fn tail<'t>(tok: &'t str, rules: &Rules) -> Option<Tail<'t>> {
    // Most tokens end in a letter or digit: no need to decode from the end.
    if tok.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut end = tok.len();
    let mut quoted = false;
    while let Some(c) = tok[..end].chars().next_back() {
        // After a terminator at the end of a token, `“`, `‘` and `«` can
        // only close a quotation (German `„Und auch keine Lust.“`).
        let quote = is_quote_closer(c) || matches!(c, '“' | '‘' | '«');
        // A space only inside a token joined with its guillemet (`pas. »`).
        if !(quote || is_closer(c) || c.is_whitespace()) {
            break;
        }
        quoted |= quote;
        end -= c.len_utf8();
    }
    let closers = end;
    let (mut dots, mut strong, mut cjk) = (0usize, false, false);
    while let Some(c) = tok[..end].chars().next_back() {
        match c {
            '.' => dots = dots.saturating_add(1),
            '…' => dots = dots.saturating_add(3),
            c if is_terminator(c) || rules.stops.contains(&c) => {
                strong = true;
                cjk |= is_cjk_stop(c);
            }
            _ => break,
        }
        end -= c.len_utf8();
    }
    if end == closers {
        return None;
    }
    let word = &tok[..end];
    let core = word.trim_start_matches(is_opener).trim_end_matches(is_closer);
    let bracketed = core.is_empty() && word.starts_with(['[', '(', '（']);
    Some(Tail { core, dots, strong, cjk, quoted, bracketed })
}

/// A token of periods alone, as in a spaced ellipsis `. . .`.
fn is_dot_token(tok: &str) -> bool {
    // Periods alone start with one: most tokens are ruled out at once.
    if !tok.starts_with(['.', '…']) {
        return false;
    }
    let body = tok.trim_end_matches(is_closer);
    !body.is_empty() && body.chars().all(|c| c == '.' || c == '…')
}

fn dot_count(tok: &str) -> usize {
    tok.chars().map(|c| if c == '…' { 3 } else { usize::from(c == '.') }).sum()
}

/// What the word before a period is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// An ordinary word or number: the period ends the sentence.
    Regular,
    /// A title or `vs.`: never ends a sentence.
    Never,
    /// One capital letter: an initial (`George W. Bush`) or `I`.
    Initial,
    /// One lower-case letter (`p. 55`).
    Letter,
    /// Dotted capitals or letters: `U.S.`, `J.D.`, `Ph.D.`.
    Acronym,
    /// `a.m.` or `p.m.`.
    AmPm,
    /// `No.`, `p.`, `Vol.`: usually before a number.
    BeforeNumber,
    /// A month or weekday: `Jan.`, `Oct.`.
    Date,
    /// Often inside a sentence, often at its end: `Inc.`, `etc.`, `St.`.
    Ambiguous {
        /// Ends a name or list (`Inc.`, `etc.`), so more often final.
        name_end: bool,
    },
}

fn kind(core: &str, rules: &Rules) -> Kind {
    if rules.periods_abbreviate && !core.is_empty() {
        return Kind::Never;
    }
    if core.is_empty() || core.len() > 24 {
        return Kind::Regular;
    }
    let core = match rules.elision.then(|| core.rfind(['\'', '’'])).flatten() {
        // `l'Avv.`: the abbreviation is the word after the elided article.
        Some(i) => &core[i + core[i..].chars().next().map_or(1, char::len_utf8)..],
        None => core,
    };
    // `J.-P. Raffarin`, `Jean-M. Le Pen`: a compound given name cut to
    // its initials.
    if let Some((head, last)) = core.rsplit_once('-') {
        let mut letters = last.chars();
        if letters.next().is_some_and(char::is_uppercase)
            && letters.next().is_none()
            && head.starts_with(char::is_uppercase)
            && head.chars().all(|c| c.is_alphabetic() || c == '.')
        {
            return Kind::Initial;
        }
    }
    // Longer words are on no list: most words end here, without lookups.
    let listed = core.len() <= LONGEST || (core.len() <= 4 * LONGEST && core.chars().nth(LONGEST).is_none());
    if core.contains('.') {
        return if listed && (never_final(rules, core) || title(rules, core)) {
            Kind::Never
        } else if listed && contains(rules.ambiguous, core) {
            // Dotted list endings: Russian `т.д.`, Swedish `m.fl.`.
            Kind::Ambiguous { name_end: contains(rules.name_endings, core) }
        } else if !is_acronym(core) {
            Kind::Regular
        } else if core.eq_ignore_ascii_case("a.m") || core.eq_ignore_ascii_case("p.m") {
            Kind::AmPm
        } else {
            Kind::Acronym
        };
    }
    // An Indic letter's vowel signs make it no longer: `पी.` is an initial.
    let mut chars = core.chars().filter(|&c| !is_indic_sign(c));
    let Some(first) = chars.next() else { return Kind::Regular };
    let second = chars.next();
    if second.is_none() && first.is_alphabetic() {
        // One-letter titles and abbreviations come first: French `M. Le
        // Pen`, Russian `г. Волгоград`.
        return if (first.is_uppercase() && title(rules, core)) || never_final(rules, core) {
            Kind::Never
        } else if first.is_uppercase() {
            Kind::Initial
        } else {
            Kind::Letter
        };
    }
    let capitalised = first.is_uppercase();
    if !listed {
        Kind::Regular
    } else if (capitalised && title(rules, core)) || never_final(rules, core) {
        Kind::Never
    } else if (capitalised || !rules.dates_capitalised) && contains(rules.dates, core) {
        Kind::Date
    } else if (contains(rules.before_number, core) && core != "no") || matches!(core, "N°" | "n°" | "Nº" | "nº" | "№")
    {
        Kind::BeforeNumber
    } else if contains(rules.ambiguous, core) || (capitalised && contains(rules.ambiguous_capitalised, core)) {
        Kind::Ambiguous { name_end: contains(rules.name_endings, core) }
    } else if rules.plural_initials && capitalised && second == Some(first) && chars.next().is_none() {
        // Spanish `EE. UU.`: a doubled initial abbreviates a plural.
        Kind::Acronym
    } else if capitalised && is_vowelless(core) {
        // Unlisted abbreviations such as `Blvd` or `Mgr`.
        Kind::Ambiguous { name_end: false }
    } else {
        Kind::Regular
    }
}

/// A vowel sign, virama or other mark of the Indic scripts (U+0900 to
/// U+0DFF, each block laid out alike): part of the letter before it.
fn is_indic_sign(c: char) -> bool {
    let code = u32::from(c);
    (0x0900..=0x0DFF).contains(&code) && matches!(code & 0x7F, 0x00..=0x03 | 0x3A..=0x4F | 0x51..=0x57 | 0x62..=0x63)
}

/// `U.S`, `a.m`, `Ph.D`: letters in groups of one or two between periods,
/// at least one group a single letter.
pub(crate) fn is_acronym(core: &str) -> bool {
    let mut groups = 0;
    let mut single = false;
    for group in core.split('.') {
        // An Indic letter's vowel signs and virama are part of it: Tamil
        // `கி.மீ.` (km), `எம்.ஜி.ஆர்.` (M.G.R.).
        let letters = group.chars().filter(|&c| !is_indic_sign(c)).count();
        if !(1..=2).contains(&letters) || !group.chars().all(|c| c.is_alphabetic() || is_indic_sign(c)) {
            return false;
        }
        groups += 1;
        single |= letters == 1;
    }
    groups >= 2 && single
}

/// Whether `core` is on the language's titles (English's too, where its
/// rules take them): never final when capitalised.
fn title(rules: &Rules, core: &str) -> bool {
    contains(rules.titles, core) || (rules.english_titles && contains(TITLES, core))
}

/// Whether `core` is an abbreviation that never ends a sentence: a Latin
/// one, or one of the language's own.
fn never_final(rules: &Rules, core: &str) -> bool {
    contains(LATIN_NEVER_FINAL, core) || contains(rules.never, core)
}

/// A number that may be an ordinal: up to three digits, maybe after a
/// dash of a range (`12`, `-3`), or a Roman numeral of two to six letters
/// (`XII`; one letter is an initial).
fn is_ordinal(core: &str) -> bool {
    let digits = core.trim_start_matches(['-', '–']);
    let arabic = (1..=3).contains(&digits.len()) && is_number(digits);
    let roman = core.len() <= 6 && is_roman_numeral(core);
    arabic || roman
}

/// Whether `tok` ends in a question or exclamation mark, before any
/// closing marks: a quotation that ends in a full stop (Urdu `۔`) is a
/// sentence of its own, whatever follows it.
fn asks_or_exclaims(tok: &str) -> bool {
    tok.trim_end_matches(is_closer).ends_with(['?', '!', '؟', '？', '！', '‼', '⁉', '⁈', '⁇'])
}

/// How many words after a quotation [`Splitter::caseless_attribution`]
/// reads for a verb of saying: an attribution names a speaker in a few.
const ATTRIBUTION_WORDS: usize = 8;

/// Four digits: a year.
fn is_year(core: &str) -> bool {
    core.len() == 4 && is_number(core)
}

/// One or two digits and a period: the month or day of a date.
fn is_day_or_month(tok: &str) -> bool {
    tok.strip_suffix('.').is_some_and(|n| (1..=2).contains(&n.len()) && is_number(n))
}

/// Digits alone: a number that is no Roman numeral (`IV. Béla` is a king).
fn is_number(core: &str) -> bool {
    !core.is_empty() && core.bytes().all(|b| b.is_ascii_digit())
}

/// A capital and then lower-case letters (`Vlada`), not an acronym
/// (`HNL`): after an ordinal, where nouns are not capitalised, a name.
fn is_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    let rest = chars.next().filter(|c| c.is_uppercase()).map_or("", |_| chars.as_str());
    !rest.is_empty() && rest.chars().all(char::is_lowercase)
}

/// Lower-case vowels of the Latin, Cyrillic and Greek scripts.
const VOWELS: &str = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęėįųūōőűāēīœаеёиоуыэюяіїєαεηιουωάέήίόύώϊϋΐΰ";

/// A lower-case word of one to five letters without a vowel (`br`, `št`,
/// `plkst`, `nr`, Ukrainian `бл`): an abbreviation in any language.
fn is_vowelless_word(core: &str) -> bool {
    let mut letters = 0;
    for c in core.chars() {
        if !c.is_lowercase() || VOWELS.contains(c) {
            return false;
        }
        letters += 1;
    }
    (1..=5).contains(&letters)
}

/// What may follow a Roman numeral in its token (`XVI.`, `XII,`).
const NUMERAL_ENDS: [char; 4] = ['.', ',', ';', ':'];

/// A Roman numeral of two or more letters (`XII`): `I`, `V` and `C` alone
/// are more often words.
fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b"IVXLC".contains(&b))
}

/// A capitalised ASCII word of two to four letters without vowels: `Blvd`.
fn is_vowelless(core: &str) -> bool {
    (2..=4).contains(&core.len())
        && core.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !core.bytes().any(|b| b"aeiouyAEIOUY".contains(&b))
}

/// How the token after a possible sentence end begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A lower-case word: the sentence goes on.
    Lower,
    /// A capitalised word, or a word of a script without case.
    Upper,
    /// A number or a currency sign.
    Digit,
    /// Anything else: a dash, an ampersand.
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Next<'t> {
    class: Class,
    /// An opening quotation mark comes first.
    quoted: bool,
    /// The leading letters, to look up in word lists.
    word: &'t str,
    /// The token is one letter and nothing else.
    lone_letter: bool,
    /// The word is one or two letters elided onto the next (`L'accordo`),
    /// other than the `D'` and `O'` of surnames.
    elided: bool,
}

impl Next<'_> {
    fn new(tok: &str) -> Next<'_> {
        // White space only after a guillemet joined with its word (`« Non`).
        let rest = tok.trim_start_matches(|c: char| is_opener(c) || c.is_whitespace());
        let quoted = tok[..tok.len() - rest.len()].contains(is_quote_opener);
        // `...en toen`: an ellipsis before a word marks an omission at the
        // start of a sentence.
        let unellipsed = rest.trim_start_matches(['.', '…']);
        let ellipsis = unellipsed.len() != rest.len() && unellipsed.starts_with(chars::is_alphabetic);
        let rest = if ellipsis { unellipsed } else { rest };
        let word_len = rest.find(|c: char| !chars::is_alphabetic(c)).unwrap_or(rest.len());
        let word = &rest[..word_len];
        let mut chars = rest.chars();
        let class = match chars.next() {
            Some(_) if ellipsis || is_clitic_article(tok) => Class::Upper,
            None => Class::Other,
            Some(c) if c.is_uppercase() => Class::Upper,
            // `iPhone`, `eBay`: capitalised inside.
            Some(c) if c.is_lowercase() && chars.take(8).any(char::is_uppercase) => Class::Upper,
            Some(c) if c.is_lowercase() => Class::Lower,
            Some(c) if c.is_numeric() || matches!(c, '$' | '€' | '£' | '¥' | '#' | '№') => Class::Digit,
            Some(c) if c.is_alphabetic() => Class::Upper,
            Some(_) => Class::Other,
        };
        // A letter alone, without a period, is a word (Portuguese `O`,
        // Italian `I`), not an initial.
        let lone_letter = word_len == rest.len() && word.chars().nth(1).is_none();
        // `L'accordo`, `C'est`: an article or pronoun elided onto the
        // word. Not `D'` and `O'`, which open surnames (`F. D'Amico`, `J.
        // O'Brien`).
        let elided = (1..=2).contains(&word.chars().count())
            && !matches!(word, "D" | "O")
            && rest[word_len..].starts_with(['\'', '’']);
        Next { class, quoted, word, lone_letter, elided }
    }

    /// A capitalised word that usually starts a sentence (`The`, `How`):
    /// on `rules`' list, or on the language's `stopwords` (a letter alone
    /// too: Portuguese `O`), or an elided article where the language
    /// elides (`L'accordo`).
    fn starter(&self, rules: &Rules, stopwords: &str) -> bool {
        self.class == Class::Upper
            && (rules.elision && self.elided
                || match rules.starters {
                    Starters::List(list) => contains(list, self.word),
                    // One-letter words after an initial are more initials (`J.
                    // R. R.`); a letter alone is a word.
                    Starters::Stopwords => {
                        (self.lone_letter || self.word.chars().nth(1).is_some()) && is_stopword(stopwords, self.word)
                    }
                })
    }
}

/// An article elided to an apostrophe and a letter or two, which opens
/// sentences in lower case: Afrikaans `'n Man`, Dutch `'s Avonds`,
/// `'s-Hertogenbosch`.
fn is_clitic_article(tok: &str) -> bool {
    let Some(rest) = tok.strip_prefix(['\'', '’']) else { return false };
    let letters = rest.find(|c: char| !c.is_lowercase()).unwrap_or(rest.len());
    (1..=2).contains(&rest[..letters].chars().count()) && matches!(rest[letters..].chars().next(), None | Some('-'))
}

/// Whether `word` is on a stopword `list`, ignoring case. A linear scan:
/// it runs only after abbreviations.
fn is_stopword(list: &str, word: &str) -> bool {
    if word.is_ascii() {
        list.split('\n').any(|w| w.eq_ignore_ascii_case(word))
    } else {
        let lower = chars::lowercase(word);
        list.split('\n').any(|w| w == lower)
    }
}

/// A list item marker: `1.`, `2.)`, `3)`, `a.`, `(b)`, after an optional bullet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    value: u32,
    letter: bool,
    style: u8,
}

impl Marker {
    fn parse(tok: &str) -> Option<Marker> {
        let tok = tok.strip_prefix(is_bullet).unwrap_or(tok);
        let (body, style) = if let Some(inner) = tok.strip_prefix('(') {
            (inner.strip_suffix(')')?, 0)
        } else if let Some(body) = tok.strip_suffix(".)") {
            (body, 1)
        } else if let Some(body) = tok.strip_suffix(')') {
            (body, 2)
        } else {
            (tok.strip_suffix('.')?, 3)
        };
        let bytes = body.as_bytes();
        if (1..=3).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit) {
            let value = bytes.iter().fold(0, |v, &d| v * 10 + u32::from(d - b'0'));
            Some(Marker { value, letter: false, style })
        } else if let [b] = bytes {
            b.is_ascii_lowercase().then(|| Marker { value: u32::from(b - b'a'), letter: true, style })
        } else {
            None
        }
    }

    /// The marker of the item after this one.
    fn next(self) -> Marker {
        Marker { value: self.value + 1, ..self }
    }
}

/// The sentence being built.
#[derive(Clone, Copy, Debug)]
struct Sentence {
    start: usize,
    /// Tokens so far.
    words: usize,
    /// The first token is a bullet alone.
    bullet: bool,
    /// The marker the next item of a numbered list would have.
    expect: Option<Marker>,
    /// Periods in the current run of spaced dots (`. . .`), counting those
    /// stuck to the word before it.
    run: usize,
    /// Periods stuck to the end of the previous token.
    attached: usize,
    /// The previous token was periods alone.
    in_run: bool,
    /// The token before the current one, if in this sentence.
    before: Option<(usize, usize)>,
    /// A verb of saying came earlier in the sentence (see
    /// [`Rules::colon_ends`]).
    said: bool,
}

impl Sentence {
    fn new(start: usize) -> Self {
        Sentence {
            start,
            words: 0,
            bullet: false,
            expect: None,
            run: 0,
            attached: 0,
            in_run: false,
            before: None,
            said: false,
        }
    }
}

struct Splitter<'t> {
    text: &'t str,
    rules: &'static Rules,
    /// The language's stopwords, one a line, for [`Starters::Stopwords`].
    stopwords: &'static str,
    tokens: Tokens<'t>,
    /// Paired quotation marks and brackets, `(open, close)`.
    pairs: Vec<(usize, usize)>,
    next_pair: usize,
    /// No sentence ends before this closing mark: a quotation or bracket
    /// that opened inside the sentence.
    protect: Option<usize>,
    /// The widest line, counted up to just past [`WRAP_WIDTH`]: wider, the
    /// lines are paragraphs ([`Splitter::lines_are_paragraphs`]); else a
    /// line without a terminator under two thirds as wide is a headline or
    /// a byline, not a wrapped line.
    widest_line: usize,
    /// Where the last token read ends.
    last_end: usize,
    /// Whether the text has been read to its end.
    done: bool,
}

impl<'t> Splitter<'t> {
    fn new(text: &'t str, language: Language) -> Self {
        let widest_line = widest_line(text);
        let rules = rules(language);
        let marks = quotes::marks(text, widest_line > WRAP_WIDTH);
        Splitter {
            text,
            rules,
            stopwords: stopword_list(language.code()).unwrap_or_default(),
            tokens: Tokens::new(text, rules, marks.guillemets),
            pairs: marks.pairs,
            next_pair: 0,
            protect: None,
            widest_line,
            last_end: 0,
            done: false,
        }
    }

    /// The next sentence, `None` at the end of the text.
    fn next_span(&mut self) -> Option<Span> {
        if self.done {
            return None;
        }
        // Each call reads one whole sentence, so its state is a local (kept
        // in `self`, it was moved out and back at every token).
        let mut current: Option<Sentence> = None;
        while let Some(tok) = self.tokens.next() {
            self.last_end = tok.end;
            let s = current.get_or_insert_with(|| Sentence::new(tok.start));
            self.protect_quotations(tok, s.start);
            let text = &self.text[tok.start..tok.end];

            let marker = if s.words == 0 && text.chars().all(is_bullet) {
                s.bullet = true;
                None
            } else if s.words == 0 || (s.words == 1 && s.bullet) {
                Marker::parse(text)
            } else {
                None
            };
            if let Some(m) = marker {
                s.expect = Some(m.next());
            }

            let tail = tail(text, self.rules);
            let dots = is_dot_token(text);
            if self.rules.colon_ends && !s.said {
                s.said = contains(self.rules.speech_verbs, text.trim_end_matches(|c: char| !chars::is_alphabetic(c)));
            }
            if dots {
                if !s.in_run {
                    s.run = s.attached;
                }
                s.run = s.run.saturating_add(dot_count(text));
            }
            s.in_run = dots;
            s.attached = tail.filter(|t| !t.strong).map_or(0, |t| t.dots);
            s.words += 1;

            let Some(next) = self.tokens.peek(0) else { break };
            if self.ends(tok, next, s, marker.is_some(), tail, dots) {
                return Some(Span { start: s.start, end: tok.end });
            }
            s.before = Some((tok.start, tok.end));
        }
        self.done = true;
        current.map(|s| Span { start: s.start, end: self.last_end })
    }

    /// Protects quotations and brackets that open in `tok`, if the sentence
    /// (from `start`) already has words before them, and titles in title
    /// marks wherever they stand.
    fn protect_quotations(&mut self, tok: Tok, start: usize) {
        while let Some(&(open, close)) = self.pairs.get(self.next_pair) {
            if open >= tok.end {
                break;
            }
            self.next_pair += 1;
            let before = self.text.get(start..open).unwrap_or("");
            let inside = before.len() > 64 || before.chars().any(|c| !c.is_whitespace() && !is_opener(c));
            // Title marks hold a title, never sentences: `《摔跤吧！爸爸》`.
            let title = self.text[open..].starts_with(['《', '〈']);
            let aside = !inside && self.aside(open, close);
            if inside
                || title
                || aside
                || self.cited(close)
                || (self.rules.attributed_quotations && self.attributed(close))
            {
                self.protect = Some(self.protect.map_or(close, |p| p.max(close)));
            }
        }
    }

    /// Whether the mark at `close` closes a quotation followed by its
    /// source in brackets: `"Ei fu. Siccome immobile / […]" (Manzoni).` A
    /// cited passage is one unit, whatever it holds.
    fn cited(&self, close: usize) -> bool {
        let Some(rest) = self.text.get(close..) else { return false };
        let mut chars = rest.chars();
        chars.next();
        let after = chars.as_str().trim_start_matches([' ', '\t', '\u{a0}']);
        after.starts_with('(') && self.text[close..].starts_with(is_quote_closer)
    }

    /// Whether the brackets at `open` and `close` hold an aside or a source
    /// rather than sentences: they do not close after a terminator
    /// (`(«Айқын», 2010 жыл. № 70).`, but `(He left. She stayed.)`).
    fn aside(&self, open: usize, close: usize) -> bool {
        let Some(mark) = self.text.get(open..).and_then(|rest| rest.chars().next()) else { return false };
        if !matches!(mark, '(' | '[' | '（') {
            return false;
        }
        let inner = self.text.get(open + mark.len_utf8()..close).unwrap_or("").trim_end();
        // A few closing marks may stand between the last word and the bracket.
        let last = inner.chars().rev().take(8).find(|&c| !is_closer(c));
        last.is_some_and(|c| !is_terminator(c) && !self.rules.stops.contains(&c))
    }

    /// Whether the mark at `close` closes a quotation followed by a
    /// lower-case word, maybe after a comma or a dash: its attribution
    /// (`„…,“ reagoval Matovič`).
    fn attributed(&self, close: usize) -> bool {
        let Some(rest) = self.text.get(close..) else { return false };
        let mut chars = rest.chars();
        // Any quotation mark at a pair's close closes it: German and Slovak
        // close with `“`.
        if !chars.next().is_some_and(|c| is_quote_closer(c) || is_quote_opener(c)) {
            return false;
        }
        let after =
            chars.as_str().trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'));
        after.starts_with(char::is_lowercase)
    }

    /// Whether the sentence `s` ends after `tok`, with `next` after it.
    fn ends(&mut self, tok: Tok, next: Tok, s: &Sentence, at_marker: bool, tail: Option<Tail<'t>>, dots: bool) -> bool {
        if next.nl >= 2 || (next.nl == 1 && self.lines_are_paragraphs()) {
            return true;
        }
        if self.protect.is_some_and(|close| tok.end <= close) {
            return false;
        }
        if next.glued {
            return true;
        }
        let text = self.text;
        let this = &text[tok.start..tok.end];
        let after = &text[next.start..next.end];
        let newline = next.nl == 1;
        if after.starts_with(is_bullet) || (newline && is_line_bullet(after)) {
            return true;
        }
        if s.expect.is_some() && Marker::parse(after) == s.expect {
            return true;
        }
        if at_marker {
            return false;
        }
        if newline && (this.ends_with(':') || Marker::parse(after).is_some() || self.dateline()) {
            return true;
        }
        let rules = self.rules;
        if rules.colon_ends && !s.said && this.ends_with(':') && !this.ends_with("::") {
            // Arabic headings and labels: `سؤال وجواب: ماذا حدث…`.
            return Next::new(after).class == Class::Upper;
        }
        let Some(tail) = tail else {
            // `Storm Knocks Out Power\nMore than 40,000 homes…`: in text
            // that may be wrapped, a short line ends with its headline.
            return newline && self.short_line_before(tok.end) && Next::new(after).class == Class::Upper;
        };
        if tail.bracketed {
            return false;
        }
        if tail.cjk {
            return true;
        }
        if dots {
            // The end of a spaced ellipsis: `. . .` continues the sentence,
            // `. . . .` ends it.
            return !is_dot_token(after) && s.run >= 4 && Next::new(after).class == Class::Upper;
        }
        if is_dot_token(after) {
            // `compounds. . . . The`: the sentence ends before the dots.
            return !tail.strong
                && tail.dots > 0
                && kind(tail.core, rules) == Kind::Regular
                && self.capital_after_dots();
        }
        if after.starts_with('(') && after.ends_with(')') && self.dash_at(1) {
            // A dateline: `PHOENIX, Ariz. (AP) —`.
            return false;
        }
        let n = Next::new(after);
        if tail.strong {
            return match n.class {
                // Only a quotation that opens its sentence can be followed
                // by its attribution: `“Go!” Trump said.`, not `He asked,
                // “Why?” Nobody answered.`
                // In scripts without capitals a question or exclamation is
                // kept with the words after it when a verb of saying is
                // among them (Arabic `«من سيدفع الثمن؟» تساءل النائب`,
                // Hindi `“…?” विपक्ष के नेता ने पूछा।`).
                Class::Upper if tail.quoted && !newline && is_caseless(n.word) => {
                    !(asks_or_exclaims(this) && self.caseless_attribution())
                }
                Class::Upper => {
                    let opens = text[s.start..].starts_with(is_quote_opener);
                    !(tail.quoted && opens && !newline && self.attribution())
                }
                Class::Digit => true,
                Class::Lower => rules.strong_ends_before_lower && !tail.quoted && !contains(rules.speech_verbs, n.word),
                Class::Other => false,
            };
        }
        if tail.dots >= 3 {
            return n.class == Class::Upper;
        }
        let listed = kind(tail.core, rules);
        // `і т. д.`, `u. c.`: a listed dotted ending written spaced (also
        // where the letter alone never ends a sentence: Russian `д.`).
        let spaced = matches!(listed, Kind::Letter | Kind::Never).then(|| self.spaced_ending(tail.core, s)).flatten();
        let kind = match spaced.unwrap_or(listed) {
            // `Nov.. Grazie`: the abbreviation's period, then the sentence's.
            _ if tail.dots == 2 => Kind::Regular,
            Kind::Never if self.title_is_a_surname(tail.core, s, &n) => Kind::Regular,
            // Not what a language lists as never final: Russian `г.` is
            // also `город` before a name (`1898 г. В 1854 году` is one
            // sentence in pySBD's cases).
            kind if !matches!(kind, Kind::Regular | Kind::Never)
                && s.words > 3
                && self.year_or_century_before(tail.core, s) =>
            {
                Kind::Regular
            }
            kind => kind,
        };
        // `čl. 25`, `rr. Myslym Shyri nr. 25`: a short word without vowels
        // is an abbreviation before a number; `séc. XII`: any short
        // lower-case one before a Roman numeral.
        if (n.class == Class::Digit && is_vowelless_word(tail.core))
            || (n.class == Class::Upper
                && tail.core.chars().count() <= 5
                && tail.core.chars().all(char::is_lowercase)
                && is_roman_numeral(after.trim_end_matches(NUMERAL_ENDS)))
        {
            return false;
        }
        // Looked up only where a rule needs it: most periods end a sentence
        // after an ordinary word.
        let stopwords = self.stopwords;
        let starter = || n.starter(rules, stopwords);
        match n.class {
            Class::Lower => kind == Kind::Regular && rules.period_ends_before_lower,
            Class::Other => false,
            Class::Digit => match kind {
                // A date in numbers: `1. 1. 2025`, or year first (Korean and
                // Hungarian `2024. 3. 15.`).
                Kind::Regular => {
                    !(rules.ordinals && (is_ordinal(tail.core) || (is_year(tail.core) && is_day_or_month(after))))
                }
                Kind::Never | Kind::BeforeNumber | Kind::Date => false,
                _ => newline,
            },
            Class::Upper => match kind {
                Kind::Regular => {
                    !(rules.ordinals && is_ordinal(tail.core))
                        || n.quoted
                        || newline
                        || starter()
                        || (!rules.nouns_capitalised
                            && is_number(tail.core)
                            && is_title_case(n.word)
                            && self.clause_at(0))
                }
                Kind::Never => false,
                // `J. M. G. Le Clézio`: where stopwords open sentences, a
                // particle between an initial and a capitalised word
                // belongs to the name. (English's openers are no
                // particles: `P. The European Union said`.)
                Kind::Initial => {
                    starter() && !(matches!(rules.starters, Starters::Stopwords) && self.capitalised_at(1))
                }
                Kind::AmPm => !contains(rules.after_time, n.word) && (n.quoted || newline || s.words > 3 || starter()),
                Kind::Acronym | Kind::Letter | Kind::BeforeNumber => n.quoted || newline || starter(),
                Kind::Date => n.quoted || newline || starter() || self.clause_at(0),
                Kind::Ambiguous { name_end } => n.quoted || newline || starter() || (name_end && self.clause_at(0)),
            },
        }
    }

    /// Whether `core` is a one- or two-letter abbreviation right after a
    /// year or a Roman numeral: `2025 г.`, `2025 r.`, `XVI в.` (year,
    /// century), which ends a long sentence as often as not.
    fn year_or_century_before(&self, core: &str, s: &Sentence) -> bool {
        let Some((start, end)) = s.before else { return false };
        let before = self.text[start..end].trim_end_matches('.');
        (1..=2).contains(&core.chars().count())
            && core.chars().all(char::is_lowercase)
            && (is_year(before) || is_roman_numeral(before.trim_end_matches(NUMERAL_ENDS)))
    }

    /// The kind of `core`, one lower-case letter, with the letter and
    /// period before it, when the two are a listed ending written with a
    /// space (Ukrainian `т. д.`, Latvian `u. c.`, listed as `т.д`, `u.c`).
    fn spaced_ending(&self, core: &str, s: &Sentence) -> Option<Kind> {
        let (start, end) = s.before?;
        let letter = self.text[start..end].strip_suffix('.')?;
        if letter.chars().count() != 1 || !letter.chars().all(char::is_lowercase) {
            return None;
        }
        // Rare (a lower-case letter alone before a period): one small string.
        let joined = format!("{letter}.{core}");
        contains(self.rules.ambiguous, &joined)
            .then(|| Kind::Ambiguous { name_end: contains(self.rules.name_endings, &joined) })
    }

    /// Whether a title (`Sen.`) before `n` is a surname that ends the
    /// sentence: `strongman Hun Sen. Sam Rainsy wrote`. A title never
    /// precedes a word that opens sentences (`Amartya Sen. The economist`),
    /// and the capitalised words that qualify a title are places, parties
    /// and ranks (`Texas Gov.`, `GOP Sen.`, `Lt. Col.`), not a short
    /// given name such as `Hun`. A short word that is a function word is
    /// the article a title takes (`The Rev. Al Sharpton`, Spanish `El Sr.
    /// García`, German `Die Dr. Müller`), not a name.
    fn title_is_a_surname(&self, core: &str, s: &Sentence, n: &Next<'_>) -> bool {
        if !(core.starts_with(char::is_uppercase) && title(self.rules, core)) {
            return false;
        }
        // Only a curated list: stopword lists hold names too (Danish `Skt. Hans`).
        let curated = matches!(self.rules.starters, Starters::List(_));
        if curated && n.starter(self.rules, self.stopwords) && n.word.chars().nth(1).is_some() {
            return true;
        }
        let Some((start, end)) = s.before else { return false };
        let before = &self.text[start..end];
        let mut chars = before.chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        let rest = chars.as_str();
        capital
            && (1..=2).contains(&rest.chars().count())
            && rest.chars().all(char::is_lowercase)
            && !is_stopword(self.stopwords, before)
    }

    /// Lines are paragraphs: every line break ends a sentence.
    fn lines_are_paragraphs(&self) -> bool {
        self.widest_line > WRAP_WIDTH
    }

    /// Whether the line that ends at `end` is under two thirds as wide as
    /// the widest line (of at least [`NARROWEST_WRAP`] characters): too
    /// short to be wrapped, which fills a line but for the word that did
    /// not fit.
    fn short_line_before(&self, end: usize) -> bool {
        let start = self.text[..end].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        self.widest_line >= NARROWEST_WRAP && 3 * self.text[start..end].chars().count() < 2 * self.widest_line
    }
    fn peek_str(&mut self, i: usize) -> Option<(Tok, &'t str)> {
        let tok = self.tokens.peek(i)?;
        Some((tok, &self.text[tok.start..tok.end]))
    }

    fn dash_at(&mut self, i: usize) -> bool {
        self.peek_str(i).is_some_and(|(t, s)| t.nl == 0 && is_dash(s))
    }

    /// After spaced dots, whether a capitalised word comes next.
    fn capital_after_dots(&mut self) -> bool {
        for i in 0..8 {
            match self.peek_str(i) {
                Some((_, s)) if is_dot_token(s) => continue,
                Some((_, s)) => return Next::new(s).class == Class::Upper,
                None => return false,
            }
        }
        true
    }

    /// Whether token `i` is a capitalised word on the same line.
    fn capitalised_at(&mut self, i: usize) -> bool {
        self.peek_str(i).is_some_and(|(t, s)| t.nl == 0 && s.starts_with(char::is_uppercase))
    }

    /// Whether the tokens from `i` read as the start of a clause: a
    /// capitalised word, then a lower-case word that does not continue a
    /// name (`Shares fell`, not `Bank of America`).
    fn clause_at(&mut self, i: usize) -> bool {
        let Some((_, first)) = self.peek_str(i) else { return false };
        if let Some(word) = first.strip_suffix(',') {
            // A subject and its apposition: `Inc. AOL, the leading…`.
            return !word.is_empty() && word.chars().all(char::is_alphanumeric);
        }
        if first.ends_with(|c: char| !c.is_alphanumeric()) {
            return false;
        }
        let Some((t, second)) = self.peek_str(i + 1) else { return false };
        let n = Next::new(second);
        t.nl == 0 && n.class == Class::Lower && !n.quoted && !contains(NAME_CONNECTORS, n.word)
    }

    /// Whether the next line opens with a dateline: `KYIV, Ukraine (AP) —`,
    /// `WASHINGTON (Reuters) -`.
    fn dateline(&mut self) -> bool {
        for i in 0..4 {
            let Some((t, s)) = self.peek_str(i) else { return false };
            if i > 0 && t.nl > 0 {
                return false;
            }
            if i > 0 && (s.starts_with('(') || is_dash(s)) {
                return true;
            }
            let (word, comma) = match s.strip_suffix(',') {
                Some(word) => (word, true),
                None => (s, false),
            };
            let capitals = word.chars().filter(|c| c.is_uppercase()).count();
            let caps = capitals >= 2 && word.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'));
            if !caps {
                return false;
            }
            if comma {
                return true;
            }
        }
        false
    }

    /// Whether the words after a quotation that ends in `?` or `!`, in a
    /// script without capitals, are its attribution: a verb of saying
    /// among them before their sentence ends, first where the verb leads
    /// (Arabic `«…؟» تساءل النائب`, Hebrew `"…?" שאל חבר הכנסת`), last where
    /// it ends the clause (Hindi `“…?” विपक्ष के नेता ने पूछा।`).
    fn caseless_attribution(&mut self) -> bool {
        for i in 0..ATTRIBUTION_WORDS {
            let Some((t, s)) = self.peek_str(i) else { return false };
            if i > 0 && t.nl > 0 {
                return false;
            }
            // Marks such as the Tamil virama are part of the word: only
            // punctuation is trimmed.
            let word = s
                .trim_start_matches(is_opener)
                .trim_end_matches(|c: char| is_terminator(c) || is_closer(c) || matches!(c, ',' | '،' | ';' | ':'));
            if contains(self.rules.speech_verbs, word) {
                return true;
            }
            if s.ends_with(is_terminator) {
                return false;
            }
        }
        false
    }

    /// Whether the tokens after a closing quotation mark are its
    /// attribution: a speaker and a verb of saying, `Trump posted.`, `The
    /// president said`, but not `He added, “…` (a new quotation follows).
    fn attribution(&mut self) -> bool {
        let Some((_, first)) = self.peek_str(0) else { return false };
        if !first.starts_with(char::is_uppercase) {
            return false;
        }
        let determiner = contains(self.rules.determiners, Next::new(first).word);
        let mut prev = first;
        for i in 1..=6 {
            if prev.ends_with(|c: char| !c.is_alphanumeric() && c != '.') {
                return false;
            }
            let Some((t, s)) = self.peek_str(i) else { return false };
            if t.nl > 0 {
                return false;
            }
            let word = s.trim_end_matches(|c: char| !c.is_alphanumeric());
            if word.starts_with(|c: char| c.is_lowercase()) && contains(self.rules.speech_verbs, word) {
                if s.ends_with(is_terminator) {
                    return true;
                }
                return match self.peek_str(i + 1) {
                    None => true,
                    Some((t, s)) => t.nl > 0 || !s.starts_with(is_quote_opener),
                };
            }
            if determiner {
                if i >= 4 {
                    return false;
                }
            } else if !s.starts_with(char::is_uppercase) {
                return false;
            }
            prev = s;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_belongs_to_no_sentence() {
        let text = "\u{feff}First one here. Second.";
        let spans: Vec<&str> = split_sentences(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(spans, ["First one here.", "Second."]);
    }

    #[track_caller]
    fn check(text: &str, expect: &[&str]) {
        let got: Vec<&str> = split_sentences(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, expect, "\ninput: {text:?}");
    }

    #[test]
    fn plain_sentences() {
        check("Hello World. My name is Jonas.", &["Hello World.", "My name is Jonas."]);
        check("What is it? It is! Yes.", &["What is it?", "It is!", "Yes."]);
        check("", &[]);
        check(" \n\t ", &[]);
        check("no terminator", &["no terminator"]);
        check("  padded.  ", &["padded."]);
    }

    #[test]
    fn titles_before_names() {
        for title in ["Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Prof."] {
            let text = format!("They met {title} Smith on Monday. He agreed.");
            check(&text, &[&format!("They met {title} Smith on Monday."), "He agreed."]);
        }
        check("Lt. Col. John Smith spoke.", &["Lt. Col. John Smith spoke."]);
        check(
            "St. Michael's Church is on 5th st. near the light.",
            &["St. Michael's Church is on 5th st. near the light."],
        );
        check("He lives on Main St. The house is red.", &["He lives on Main St.", "The house is red."]);
    }

    #[test]
    fn titles_that_are_surnames_end_sentences() {
        // Issue 10, found on newswire.
        check(
            "He met strongman Hun Sen. Sam Rainsy wrote about it.",
            &["He met strongman Hun Sen.", "Sam Rainsy wrote about it."],
        );
        check("It quoted Amartya Sen. The economist agreed.", &["It quoted Amartya Sen.", "The economist agreed."]);
        // Places, parties and ranks before a title leave it a title.
        for text in [
            "Texas Gov. Greg Abbott said so.",
            "Republican Sen. Ted Cruz spoke.",
            "GOP Sen. Ted Cruz spoke.",
            "The U.S. Rep. Jim Jordan spoke.",
            "Lt. Gen. Mark Smith spoke.",
            "Army Gen. Mark Milley spoke.",
        ] {
            check(text, &[text]);
        }
        // Nor does an article, which is no given name.
        check("He spoke. The Rev. Al Sharpton led the march.", &["He spoke.", "The Rev. Al Sharpton led the march."]);
        for (language, text) in [
            (Language::Spanish, "El Sr. García llegó el lunes."),
            (Language::French, "Le Dr. Martin a parlé."),
            (Language::German, "Die Dr. Müller kam."),
            (Language::Italian, "Il Sig. Rossi è arrivato."),
        ] {
            check_in(language, text, &[text]);
        }
    }

    #[test]
    fn a_company_then_a_subject_with_its_apposition() {
        // Issue 10, found on newswire.
        check(
            "The deal was with Sun Microsystems Inc. AOL, the leading online service, said so.",
            &["The deal was with Sun Microsystems Inc.", "AOL, the leading online service, said so."],
        );
        check("Apple Inc. Chief Executive Tim Cook spoke.", &["Apple Inc. Chief Executive Tim Cook spoke."]);
    }

    #[test]
    fn months_before_dates() {
        check("It began Jan. 5 and ended Oct. 3, 2024.", &["It began Jan. 5 and ended Oct. 3, 2024."]);
        check("The vote is on Nov. 12. Polls open early.", &["The vote is on Nov. 12.", "Polls open early."]);
        check("Sept. 11 changed everything.", &["Sept. 11 changed everything."]);
        check(
            "Prices rose in Jan. and in Feb. Analysts expect more.",
            &["Prices rose in Jan. and in Feb.", "Analysts expect more."],
        );
    }

    #[test]
    fn numbers_after_abbreviations() {
        check("He lives at No. 10 Downing Street.", &["He lives at No. 10 Downing Street."]);
        check("Please turn to p. 55.", &["Please turn to p. 55."]);
        check("She said no. 10 people left.", &["She said no.", "10 people left."]);
        check(
            "You can find it at N°. 1026.253.553. That is where.",
            &["You can find it at N°. 1026.253.553.", "That is where."],
        );
    }

    #[test]
    fn company_suffixes() {
        check("Apple Inc. said sales rose.", &["Apple Inc. said sales rose."]);
        check("Apple Inc. Chief Executive Tim Cook spoke.", &["Apple Inc. Chief Executive Tim Cook spoke."]);
        check("He sued Apple Inc. The case is open.", &["He sued Apple Inc.", "The case is open."]);
        check("He sued Microsoft Corp. Shares fell 3%.", &["He sued Microsoft Corp.", "Shares fell 3%."]);
        check("Pitt, Briggs & Co. at noon.", &["Pitt, Briggs & Co. at noon."]);
        check("Apples, pears, etc. are fruit.", &["Apples, pears, etc. are fruit."]);
        check("Apples, pears, etc. They are fruit.", &["Apples, pears, etc.", "They are fruit."]);
        check("It is Roe vs. Wade again.", &["It is Roe vs. Wade again."]);
        check("Brazil vs. Germany ended 7-1.", &["Brazil vs. Germany ended 7-1."]);
    }

    #[test]
    fn times_of_day() {
        check("At 5 a.m. Mr. Smith left.", &["At 5 a.m. Mr. Smith left."]);
        check(
            "He left the bank at 6 P.M. Mr. Smith then went home.",
            &["He left the bank at 6 P.M.", "Mr. Smith then went home."],
        );
        check("Polls close at 8 p.m. on Tuesday.", &["Polls close at 8 p.m. on Tuesday."]);
        check("Polls close at 8 p.m. ET on Tuesday.", &["Polls close at 8 p.m. ET on Tuesday."]);
        check("Polls closed at 8 p.m. Turnout was high.", &["Polls closed at 8 p.m.", "Turnout was high."]);
        check("It ended at 9 a.m.", &["It ended at 9 a.m."]);
        check("The Senate meets at 10 a.m. Tuesday.", &["The Senate meets at 10 a.m. Tuesday."]);
        check("It opens at 9 a.m. It closes at 5 p.m. Sunday.", &["It opens at 9 a.m.", "It closes at 5 p.m. Sunday."]);
    }

    #[test]
    fn dotted_acronyms() {
        check("The U.S. economy grew. U.K. officials agreed.", &["The U.S. economy grew.", "U.K. officials agreed."]);
        check("I live in the U.S. How about you?", &["I live in the U.S.", "How about you?"]);
        check("It works with the U.N. and the E.U. on aid.", &["It works with the U.N. and the E.U. on aid."]);
        check("The U.S. Senate voted.", &["The U.S. Senate voted."]);
        check("He left the E.U. It was 2020.", &["He left the E.U.", "It was 2020."]);
        check("I visited the U.S.A. last year.", &["I visited the U.S.A. last year."]);
        check("Aid reached the U.S.\nOfficials said so.", &["Aid reached the U.S.", "Officials said so."]);
    }

    #[test]
    fn initials() {
        check("J.D. Vance spoke. George W. Bush listened.", &["J.D. Vance spoke.", "George W. Bush listened."]);
        check(
            "We make a good team, you and I. Did you see Albert I. Jones?",
            &["We make a good team, you and I.", "Did you see Albert I. Jones?"],
        );
    }

    #[test]
    fn quotations_and_attributions() {
        check(
            "“Let the process begin!” Trump posted. He left.",
            &["“Let the process begin!” Trump posted.", "He left."],
        );
        check("\"Are you serious?\" he asked. No answer came.", &["\"Are you serious?\" he asked.", "No answer came."]);
        check("“Why?” the president asked.", &["“Why?” the president asked."]);
        check(
            "“Go!” White House Press Secretary Karoline Leavitt said.",
            &["“Go!” White House Press Secretary Karoline Leavitt said."],
        );
        check("He asked, “Why?” Nobody answered.", &["He asked, “Why?”", "Nobody answered."]);
        check("“Is it real?” He added, “It takes two.”", &["“Is it real?”", "He added, “It takes two.”"]);
        check(
            "“Big egos involved,” he said. “But I think so.”",
            &["“Big egos involved,” he said.", "“But I think so.”"],
        );
        check(
            r#"She turned to him, "This is great." She held the book."#,
            &[r#"She turned to him, "This is great.""#, "She held the book."],
        );
        check(
            "He called it “a disaster.” The firm declined to comment.",
            &["He called it “a disaster.”", "The firm declined to comment."],
        );
    }

    #[test]
    fn ascii_quotes_of_newswire_archives() {
        // LDC's newswire (DUC, TAC) writes quotations ``like this''.
        check(
            "They would prop up Hun Sen. ``We appeal to the bank,'' he said. It did not respond.",
            &["They would prop up Hun Sen.", "``We appeal to the bank,'' he said.", "It did not respond."],
        );
        check("He said ``Stop. Now.'' Nobody moved.", &["He said ``Stop. Now.''", "Nobody moved."]);
    }

    #[test]
    fn quotations_opened_inside_a_sentence_stay_whole() {
        check(
            "“I said, ‘When, Vladimir? When will it stop?’” He left.",
            &["“I said, ‘When, Vladimir? When will it stop?’”", "He left."],
        );
        check("He said: “Stop. Now.” Nobody moved.", &["He said: “Stop. Now.”", "Nobody moved."]);
        // Opened at the start of a sentence: the quoted sentences split.
        check("“Stop. Now,” he said.", &["“Stop.", "Now,” he said."]);
        // A paragraph break ends an unclosed quotation.
        check("He said, “Stop.\nNow go.", &["He said, “Stop.", "Now go."]);
    }

    #[test]
    fn datelines() {
        check(
            "KYIV, Ukraine (AP) — Russia struck. Ukraine replied.",
            &["KYIV, Ukraine (AP) — Russia struck.", "Ukraine replied."],
        );
        check("PHOENIX, Ariz. (AP) — Heat rose.", &["PHOENIX, Ariz. (AP) — Heat rose."]);
        check(
            "Strikes hit Kyiv\nKYIV, Ukraine (AP) — Russia struck.",
            &["Strikes hit Kyiv", "KYIV, Ukraine (AP) — Russia struck."],
        );
    }

    #[test]
    fn headlines_and_lines() {
        check("Trump calls Putin\n\nThe call lasted two hours.", &["Trump calls Putin", "The call lasted two hours."]);
        check("Title\r\n\r\nBody.", &["Title", "Body."]);
        check("Title\n  \nBody.", &["Title", "Body."]);
        check(
            "He hinted at incentives:\n“Russia wants trade,” he wrote.",
            &["He hinted at incentives:", "“Russia wants trade,” he wrote."],
        );
        // A single line break inside a sentence is only white space.
        check("the president of the\nUnited States spoke.", &["the president of the\nUnited States spoke."]);
        check("Steps:\n- one\n- two", &["Steps:", "- one", "- two"]);
    }

    #[test]
    fn line_breaks_end_sentences_in_unwrapped_text() {
        // A line longer than any wrapped one: each line is a paragraph.
        let body = "Londoners are commemorating the anniversary of the attacks on the transport network that claimed 52 lives.";
        check(&format!("Friday, July 7, 2006\n{body}"), &["Friday, July 7, 2006", body]);
        check(&format!("{body}\n  mitigation\n  adaptation"), &[body, "mitigation", "adaptation"]);
        check(&format!("He said, “Stop it\n{body}"), &["He said, “Stop it", body]);
        // Wrapped text: a line break alone is white space.
        check("Friday, July 7, 2006\nLondoners remember.", &["Friday, July 7, 2006\nLondoners remember."]);
    }

    #[test]
    fn ellipses() {
        check("It takes two to tango… if Russia agrees.", &["It takes two to tango… if Russia agrees."]);
        check("He paused… Then he left.", &["He paused…", "Then he left."]);
        check("I never meant that.... She left.", &["I never meant that....", "She left."]);
        check("It is . . . I mean it.", &["It is . . . I mean it."]);
        check("with a period . . . . Next sentence.", &["with a period . . . .", "Next sentence."]);
        check("\"Bohr [...] used stairways [...]\" (Smith 55).", &["\"Bohr [...] used stairways [...]\" (Smith 55)."]);
    }

    #[test]
    fn numbers_money_percentages() {
        check(
            "It cost $1.5 billion, up 3.5%. Shares rose 2.1 percent.",
            &["It cost $1.5 billion, up 3.5%.", "Shares rose 2.1 percent."],
        );
        check("She has $100.00. It is in her bag.", &["She has $100.00.", "It is in her bag."]);
        check(
            "Growth was 3.5 percent in 2024. 2025 looks worse.",
            &["Growth was 3.5 percent in 2024.", "2025 looks worse."],
        );
    }

    #[test]
    fn missing_space_after_period() {
        check("He died.The funeral is Monday.", &["He died.", "The funeral is Monday."]);
        check("Really?Yes.", &["Really?", "Yes."]);
        check("Mail Jane.Doe@example.com today.", &["Mail Jane.Doe@example.com today."]);
        check("See www.example.com/News.Html now.", &["See www.example.com/News.Html now."]);
        check("Ask Mr.Smith now.", &["Ask Mr.Smith now."]);
        check("He said.“We won.”", &["He said.", "“We won.”"]);
        check("It ended.NATO said so.", &["It ended.", "NATO said so."]);
        check("See example.COM.UK today.", &["See example.COM.UK today."]);
        // Regression (MultiLing 2011): `peace of mind.I have been told…` was one sentence.
        check("It was for peace of mind.I have been told so.", &["It was for peace of mind.", "I have been told so."]);
        check("Hello world.I dag is Tuesday.", &["Hello world.", "I dag is Tuesday."]);
        check("He bought 1,000.That is a lot.", &["He bought 1,000.", "That is a lot."]);
        check("It opened in 2005.The hall was full.", &["It opened in 2005.", "The hall was full."]);
        // Not a unit or a part after a number, nor a short number.
        check("See figure 4.5.A and 12.B today.", &["See figure 4.5.A and 12.B today."]);
    }

    #[test]
    fn missing_space_after_an_ordinal() {
        check_in(Language::German, "Er feierte den 100.Geburtstag.", &["Er feierte den 100.Geburtstag."]);
        check_in(Language::German, "Am 12.Mai war es kalt.", &["Am 12.Mai war es kalt."]);
        check_in(Language::German, "Es kostet 1,50.Das ist viel.", &["Es kostet 1,50.", "Das ist viel."]);
        check_in(Language::Turkish, "12.Mayıs günü geldi.", &["12.Mayıs günü geldi."]);
    }

    #[test]
    fn em_dashes() {
        check(
            "Putin — showing no shift — held firm. Talks stalled.",
            &["Putin — showing no shift — held firm.", "Talks stalled."],
        );
        check("He agreed—and then left.", &["He agreed—and then left."]);
    }

    #[test]
    fn lists() {
        check("1. The first item 2. The second item", &["1. The first item", "2. The second item"]);
        check("a. The first item b. The second item", &["a. The first item", "b. The second item"]);
        check("• 9. The first item • 10. The second item", &["• 9. The first item", "• 10. The second item"]);
        check("Items:\n1. Eggs\n2. Milk", &["Items:", "1. Eggs", "2. Milk"]);
    }

    #[test]
    fn scripts_without_spaces() {
        check("你好。我是学生。", &["你好。", "我是学生。"]);
        check("「行こう。」と言った。", &["「行こう。」と言った。"]);
        // A title in title marks is part of its sentence, whatever it holds.
        check("我们去看《摔跤吧！爸爸》好吗？好！", &["我们去看《摔跤吧！爸爸》好吗？", "好！"]);
        check("《摔跤吧！爸爸》上映了。好！", &["《摔跤吧！爸爸》上映了。", "好！"]);
    }

    #[test]
    fn other_scripts() {
        check("Привет. Как дела?", &["Привет.", "Как дела?"]);
        check("مرحبا. كيف حالك؟ بخير.", &["مرحبا.", "كيف حالك؟", "بخير."]);
        check("வணக்கம். நலமா?", &["வணக்கம்.", "நலமா?"]);
    }

    #[track_caller]
    fn check_in(language: Language, text: &str, expect: &[&str]) {
        let got: Vec<&str> = split_sentences_in(text, language).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, expect, "\n{language}: {text:?}");
    }

    #[test]
    fn inverted_marks_open_sentences() {
        check_in(Language::Spanish, "Pablo, ¿adónde vas? ¡¿Qué viste?!", &["Pablo, ¿adónde vas?", "¡¿Qué viste?!"]);
        check_in(Language::Spanish, "Mide 3m³. ¿Y la cara?", &["Mide 3m³.", "¿Y la cara?"]);
        check("He shouted ¡Vamos! and left.", &["He shouted ¡Vamos! and left."]);
    }

    #[test]
    fn language_abbreviations() {
        check_in(Language::Spanish, "Hola Srta. Ledesma. Buenos días.", &["Hola Srta. Ledesma.", "Buenos días."]);
        check_in(Language::Spanish, "Vive en los EE. UU. desde 2010.", &["Vive en los EE. UU. desde 2010."]);
        check_in(Language::Italian, "Sono l'Ing. Mengozzi. Arrivo.", &["Sono l'Ing. Mengozzi.", "Arrivo."]);
        check_in(Language::Italian, "Ci vediamo il 23 Nov.. Grazie.", &["Ci vediamo il 23 Nov..", "Grazie."]);
        check_in(Language::Russian, "Кв. 234 находится на 4 этаже.", &["Кв. 234 находится на 4 этаже."]);
        check_in(Language::Russian, "Уважаемый проф. Семенов! Просьба.", &["Уважаемый проф. Семенов!", "Просьба."]);
        check_in(Language::German, "Wir trafen Dr. med. Meyer.", &["Wir trafen Dr. med. Meyer."]);
        check_in(
            Language::Marathi,
            "श्री. शरद पवार आणि डॉ. जोशी आले. ते बोलले.",
            &["श्री. शरद पवार आणि डॉ. जोशी आले.", "ते बोलले."],
        );
        check_in(Language::Hindi, "कल डॉ. मनमोहन सिंह आए. वह बोले।", &["कल डॉ. मनमोहन सिंह आए.", "वह बोले।"]);
        check_in(
            Language::Polish,
            "Byli tam m.in. prof. Nowak i np. Kraków. Zaczęło się o godz. 12. Trwało 5 min. Potem wyszli.",
            &["Byli tam m.in. prof. Nowak i np. Kraków.", "Zaczęło się o godz. 12.", "Trwało 5 min.", "Potem wyszli."],
        );
        check_in(
            Language::Bulgarian,
            "Срещата е на пл. \"Света Неделя\". Ела.",
            &["Срещата е на пл. \"Света Неделя\".", "Ела."],
        );
        check_in(
            Language::Ukrainian,
            "Я мешкаю на вул. Свободи 12, кв. 5. Приходьте.",
            &["Я мешкаю на вул. Свободи 12, кв. 5.", "Приходьте."],
        );
        // English lists do not leak into other languages, and back.
        check("She met Dr. med. Meyer.", &["She met Dr. med.", "Meyer."]);
    }

    #[test]
    fn spaced_guillemets() {
        // French typography spaces guillemets (and `?`, `!`) from the words.
        for (text, expect) in [
            ("Il est parti. « Je reviendrai », a-t-il dit.", &["Il est parti.", "« Je reviendrai », a-t-il dit."][..]),
            (
                "Il a déclaré : « Nous ne céderons pas. » Les syndicats appellent.",
                &["Il a déclaré : « Nous ne céderons pas. »", "Les syndicats appellent."],
            ),
            (
                "« Allez-vous démissionner ? » lui a-t-on demandé. « Non », a-t-il répondu.",
                &["« Allez-vous démissionner ? » lui a-t-on demandé.", "« Non », a-t-il répondu."],
            ),
            (
                "Il a parlé de « quantité importante ». Les enquêteurs ont fouillé.",
                &["Il a parlé de « quantité importante ».", "Les enquêteurs ont fouillé."],
            ),
        ] {
            check_in(Language::French, text, expect);
        }
        // `»` opens quotations in German and Danish.
        check_in(
            Language::German,
            "Er sagte: »Wir geben nicht auf.« Die Gewerkschaft streikt.",
            &["Er sagte: »Wir geben nicht auf.«", "Die Gewerkschaft streikt."],
        );
    }

    #[test]
    fn abbreviations_of_more_languages() {
        // Found by probing news cases in 47 languages: titles in either
        // case, abbreviations before numbers and names, list and currency
        // endings, a date in numbers.
        for (language, first, second) in [
            (Language::Czech, "Podle prof. Jana Nováka je reforma nutná.", "Vláda ji projedná."),
            (Language::Czech, "Řada zemí, např. Německo a Rakousko, návrh podpořila.", "Česko se zdrželo."),
            (Language::Czech, "Novým předsedou se stal doc. Ing. Petr Svoboda.", "Funkce se ujme v září."),
            (Language::Czech, "Zákon vstoupí v platnost 1. 1. 2025.", "Opozice chce podat stížnost."),
            (Language::Swedish, "Mötet hålls den 1 maj kl. 14.00 på rådhuset.", "Alla är välkomna."),
            (Language::Swedish, "Företaget har ca. 3 000 anställda.", "De flesta arbetar i Göteborg."),
            (Language::Swedish, "Kungen, dvs. Carl XVI Gustaf, invigde bron.", "Tusentals åskådare kom."),
            (Language::Finnish, "Monet kaupungit, esim. Turku ja Oulu, ovat mukana.", "Helsinki harkitsee vielä."),
            (Language::Catalan, "Ho van explicar el sr. Mas i la sra. Rigau.", "La reunió va durar dues hores."),
            (
                Language::Catalan,
                "Segons l'art. 155 de la Constitució, el Govern pot intervenir.",
                "El Senat ho aprova.",
            ),
            (Language::Vietnamese, "Theo TS. Nguyễn Văn An, tình hình đã ổn định.", "Bộ Y tế sẽ công bố số liệu."),
            (Language::Turkish, "Prof. Dr. Ayşe Kaya sonuçları paylaştı.", "Sonuçlar dergide yayımlanacak."),
            (Language::Hungarian, "A kutatást dr. Nagy Péter vezette.", "Az eredményeket a Nature közölte."),
            (Language::Dutch, "Volgens prof. dr. Jaap van Dissel is voorzichtigheid geboden.", "Hij adviseert."),
            (Language::Danish, "Skatten stiger med 2,5 pct., dvs. 400 kr. om året.", "Det oplyser ministeriet."),
            (Language::Norwegian, "Møtet holdes 17. mai kl. 10.00 på Rådhusplassen.", "Alle er velkommen."),
            (
                Language::Greek,
                "Σύμφωνα με τον καθ. Γιώργο Παπαδόπουλο, η μεταρρύθμιση είναι αναγκαία.",
                "Το υπουργείο διαφωνεί.",
            ),
            (Language::Polish, "Szpital im. Jana Pawła II przyjął 40 rannych.", "Stan pięciu osób jest ciężki."),
            (Language::Polish, "Kurs euro wzrósł do 4,35 zł.", "Dolar kosztuje 4,02 zł."),
            (Language::Russian, "Магазины продают хлеб, молоко и т.д.", "Спрос на продукты вырос."),
            (Language::Russian, "Курс доллара вырос до 92,35 руб.", "Евро подорожал на 1,2 руб."),
            (Language::Bulgarian, "Курсът на долара достигна 1,82 лв.", "Еврото остава фиксирано."),
            (Language::Hungarian, "IV. Béla király újjáépítette az országot.", "Ezért második honalapítónak nevezik."),
            (Language::Hungarian, "A találkozó ápr. 5-én lesz Bécsben.", "Részt vesz a külügyminiszter is."),
            (Language::Indonesian, "Acara itu digelar di Jl. Sudirman No. 5, Jakarta Pusat.", "Ratusan orang hadir."),
            (
                Language::Indonesian,
                "Kontrak itu dimenangkan oleh PT Wijaya Karya (Persero) Tbk.",
                "Nilainya mencapai Rp2 triliun.",
            ),
            (Language::Romanian, "Sediul se află pe str. Victoriei nr. 12.", "Acolo lucrează 200 de oameni."),
            (Language::Romanian, "Clădirea datează din sec. XIX.", "Acum este muzeu."),
            (Language::Romanian, "Contractul a fost semnat cu Construcții S.R.L.", "Lucrările încep în martie."),
            (Language::Turkish, "Doç. Dr. Mehmet Demir açıklama yaptı.", "Artçı sarsıntıların süreceğini belirtti."),
            (Language::Turkish, "Toplantıya 2. Ordu Komutanı da katıldı.", "Toplantı iki saat sürdü."),
            (Language::German, "Betroffen sind rund 5 Mio. Menschen.", "Die Regierung will helfen."),
            // Shared rules: English titles, vowelless abbreviations before
            // numbers, a Roman numeral after an abbreviation, a year's
            // abbreviation ending a long sentence.
            (Language::Tagalog, "Nagsalita si Sen. Risa Hontiveros sa pagdinig kahapon.", "Dumalo rin ang iba."),
            (Language::Croatian, "Požar je izbio u zgradi u Ilici br. 25 oko 3 sata ujutro.", "Nitko nije ozlijeđen."),
            (Language::Latvian, "Pasākums sāksies plkst. 18.00 Rīgas pilī.", "Ieeja ir bez maksas."),
            (Language::Albanian, "Kisha u ndërtua në shek. XVI.", "Sot është muze."),
            (Language::Lithuanian, "Naujasis įstatymas įsigalios 2025 m.", "Jį parengė Finansų ministerija."),
            (Language::Polish, "Ustawa wejdzie w życie 1 stycznia 2025 r.", "Przygotowało ją Ministerstwo Finansów."),
            (
                Language::Croatian,
                "Utakmica 1. HNL između Dinama i Hajduka igra se u subotu.",
                "Ulaznice su rasprodane.",
            ),
            (Language::Estonian, "Tallinna Sadam teenis mullu rohkem kui 2022. a.", "Dividende makstakse mais."),
        ] {
            check_in(language, &format!("{first} {second}"), &[first, second]);
        }
    }

    #[test]
    fn romanian_company_form_inside_a_sentence() {
        // `S.A.` ends a name, and a lower-case word after it goes on with
        // the sentence (a capitalised word that opens a clause does not:
        // see `abbreviations_of_more_languages`).
        for text in ["Firma Petrom S.A. a anunțat un profit record.", "Acțiunile Banca Transilvania S.A. au crescut."]
        {
            check_in(Language::Romanian, text, &[text]);
        }
    }

    #[test]
    fn cjk_quotation_after_a_colon_ends_its_sentence() {
        check_in(
            Language::Chinese,
            "他说：“我们会尽快解决这个问题。”居民们对此表示怀疑。",
            &["他说：“我们会尽快解决这个问题。”", "居民们对此表示怀疑。"],
        );
        // Without a colon the quotation may go on into its attribution.
        check_in(Language::Japanese, "「行こう。」と言った。", &["「行こう。」と言った。"]);
    }

    #[test]
    fn arabic_quotation_before_its_verb_of_saying() {
        for (first, second) in [
            ("«من سيدفع الثمن؟» تساءل النائب خلال الجلسة.", "ولم يرد الوزير."),
            ("قال الوزير: «هل يعقل أن ننتظر أكثر؟» وأضاف أن الحكومة ستتحرك.", "ورحبت المعارضة بالقرار."),
        ] {
            check_in(Language::Arabic, &format!("{first} {second}"), &[first, second]);
        }
        check_in(Language::Arabic, "«هل انتهى الأمر؟» لا أحد يعرف.", &["«هل انتهى الأمر؟»", "لا أحد يعرف."]);
    }

    #[test]
    fn short_line_in_text_that_may_be_wrapped_is_a_headline() {
        check_in(
            Language::German,
            "Bahnstreik legt Verkehr lahm\nDie GDL hat erneut zum Streik aufgerufen. Betroffen ist der Fernverkehr.",
            &[
                "Bahnstreik legt Verkehr lahm",
                "Die GDL hat erneut zum Streik aufgerufen.",
                "Betroffen ist der Fernverkehr.",
            ],
        );
        // A wrapped line is as wide as its neighbours, and one that ends
        // before a lower-case word goes on.
        check(
            "The president said on Monday that the talks with the\nGovernment of Ukraine would begin soon, and that\nhe was hopeful.",
            &[
                "The president said on Monday that the talks with the\nGovernment of Ukraine would begin soon, and that\nhe was hopeful.",
            ],
        );
        check(
            "This is a sentence\ncut off in the middle because pdf.",
            &["This is a sentence\ncut off in the middle because pdf."],
        );
    }

    #[test]
    fn indic_initials() {
        for text in ["ए. पी. जे. अब्दुल कलाम भारत के 11वें राष्ट्रपति थे।", "बीजेपी अध्यक्ष जे. पी. नड्डा ने रैली को संबोधित किया."]
        {
            check_in(Language::Hindi, text, &[text]);
        }
        // Dotted letters with their vowel signs and viramas are an acronym.
        let text = "இந்த ஆலயம் கி.பி. 11-ஆம் நூற்றாண்டில் கட்டப்பட்டது.";
        check_in(Language::Tamil, text, &[text]);
    }

    #[test]
    fn an_elided_article_opens_a_sentence() {
        check_in(
            Language::Dutch,
            "De trein rijdt tot Breda. 's Avonds rijdt er geen trein. Het ongeluk was bij 's-Hertogenbosch.",
            &["De trein rijdt tot Breda.", "'s Avonds rijdt er geen trein.", "Het ongeluk was bij 's-Hertogenbosch."],
        );
        check_in(
            Language::Afrikaans,
            "Die man is gister gearresteer. ’n Verklaring word verwag.",
            &["Die man is gister gearresteer.", "’n Verklaring word verwag."],
        );
        // A longer word after an apostrophe is a quotation, not an article.
        check(
            "He said it was over. 'tis but a scratch, he added.",
            &["He said it was over. 'tis but a scratch, he added."],
        );
    }

    #[test]
    fn a_number_ends_before_a_clause_where_only_names_are_capitalised() {
        check_in(
            Language::Croatian,
            "HDZ je osvojio 61 mandat, a SDP 42. Vlada će biti sastavljena u svibnju.",
            &["HDZ je osvojio 61 mandat, a SDP 42.", "Vlada će biti sastavljena u svibnju."],
        );
        // An ordinal before a name of several words, a date or an acronym.
        check_in(
            Language::Turkish,
            "Toplantıya 2. Ordu Komutanı da katıldı.",
            &["Toplantıya 2. Ordu Komutanı da katıldı."],
        );
        check_in(Language::Slovak, "Založená 7. Apríla 2020 v Bratislave.", &["Založená 7. Apríla 2020 v Bratislave."]);
        check_in(Language::Croatian, "Igra u 2. HNL ligi.", &["Igra u 2. HNL ligi."]);
        // German capitalises every noun.
        check_in(Language::German, "Er kam am 3. Oktober zurück.", &["Er kam am 3. Oktober zurück."]);
    }

    #[test]
    fn a_question_and_its_attribution_in_scripts_without_capitals() {
        // The verb of saying ends the clause (Hindi, Urdu) or opens it (Hebrew).
        check_in(
            Language::Hindi,
            "“इसकी जिम्मेदारी कौन लेगा?” विपक्ष के नेता ने पूछा। मंत्री ने जवाब नहीं दिया।",
            &["“इसकी जिम्मेदारी कौन लेगा?” विपक्ष के नेता ने पूछा।", "मंत्री ने जवाब नहीं दिया।"],
        );
        check_in(
            Language::Gujarati,
            "“આ જવાબદારી કોણ લેશે?” વિપક્ષના નેતાએ પૂછ્યું. સરકારે જવાબ આપ્યો નથી.",
            &["“આ જવાબદારી કોણ લેશે?” વિપક્ષના નેતાએ પૂછ્યું.", "સરકારે જવાબ આપ્યો નથી."],
        );
        check_in(
            Language::Hebrew,
            "\"למה אף אחד לא עונה?\" שאל חבר הכנסת. המשרד טרם הגיב.",
            &["\"למה אף אחד לא עונה?\" שאל חבר הכנסת.", "המשרד טרם הגיב."],
        );
        // Without a verb of saying, the question is a sentence of its own;
        // so is a quotation that ends in a full stop, whatever follows.
        check_in(
            Language::Hindi,
            "“क्या यह सही है?” सरकार ने नई योजना शुरू की।",
            &["“क्या यह सही है?”", "सरकार ने नई योजना शुरू की।"],
        );
        check_in(
            Language::Urdu,
            "وزیر نے کہا، \"ہم پروگرام مکمل کریں گے۔\" انہوں نے مزید کہا کہ معیشت بہتر ہے۔",
            &["وزیر نے کہا، \"ہم پروگرام مکمل کریں گے۔\"", "انہوں نے مزید کہا کہ معیشت بہتر ہے۔"],
        );
    }

    #[test]
    fn a_lone_letter_or_an_elided_article_after_an_abbreviation_opens_a_sentence() {
        check_in(
            Language::Portuguese,
            "A taxa caiu para 10,75% a.a. O Copom se reúne em maio.",
            &["A taxa caiu para 10,75% a.a.", "O Copom se reúne em maio."],
        );
        check_in(
            Language::Italian,
            "Il contratto è stato firmato con Fincantieri S.p.A. L'investimento vale 2 miliardi.",
            &["Il contratto è stato firmato con Fincantieri S.p.A.", "L'investimento vale 2 miliardi."],
        );
        // Initials stay with a name, an elided surname's too.
        check_in(Language::Italian, "Lo scrisse G. D'Annunzio nel 1889.", &["Lo scrisse G. D'Annunzio nel 1889."]);
        check_in(Language::Portuguese, "Falou com J. R. Silva ontem.", &["Falou com J. R. Silva ontem."]);
    }

    #[test]
    fn a_particle_after_an_initial_belongs_to_the_name() {
        check_in(
            Language::French,
            "L'écrivain J. M. G. Le Clézio a reçu le prix. Il s'est dit ému.",
            &["L'écrivain J. M. G. Le Clézio a reçu le prix.", "Il s'est dit ému."],
        );
        check_in(
            Language::French,
            "Le texte est signé par Marc J. Le gouvernement a réagi.",
            &["Le texte est signé par Marc J.", "Le gouvernement a réagi."],
        );
    }

    #[test]
    fn a_compound_given_name_cut_to_its_initials() {
        check_in(
            Language::French,
            "Le Premier ministre J.-P. Raffarin a parlé. Selon Jean-M. Le Pen, c'est inacceptable.",
            &["Le Premier ministre J.-P. Raffarin a parlé.", "Selon Jean-M. Le Pen, c'est inacceptable."],
        );
    }

    #[test]
    fn dates_in_numbers_year_first() {
        check_in(
            Language::Korean,
            "정부는 2024. 3. 15. 새 정책을 발표했다. 이 정책은 다음 달부터 시행된다.",
            &["정부는 2024. 3. 15. 새 정책을 발표했다.", "이 정책은 다음 달부터 시행된다."],
        );
        check_in(Language::Hungarian, "A határidő 2024. 03. 15. volt.", &["A határidő 2024. 03. 15. volt."]);
        // A year that ends a sentence before a count is no date.
        check_in(
            Language::German,
            "Das war im Jahr 2024. 12 Menschen starben.",
            &["Das war im Jahr 2024.", "12 Menschen starben."],
        );
    }

    #[test]
    fn a_listed_ending_written_with_a_space() {
        check_in(
            Language::Ukrainian,
            "На ринку продають овочі, фрукти, м'ясо і т. д. Ціни зросли на 5 %.",
            &["На ринку продають овочі, фрукти, м'ясо і т. д.", "Ціни зросли на 5 %."],
        );
        // Russian `д.` alone never ends a sentence (дом, деревня), `т. д.` can.
        check_in(
            Language::Russian,
            "Продаются овощи, фрукты и т. д. Цены выросли на 5 %. Он живёт на ул. Ленина, д. 5.",
            &["Продаются овощи, фрукты и т. д.", "Цены выросли на 5 %.", "Он живёт на ул. Ленина, д. 5."],
        );
        // A single letter alone is still an initial or a letter.
        check_in(Language::Ukrainian, "Виступив проф. І. Франко.", &["Виступив проф. І. Франко."]);
    }

    #[test]
    fn aka_before_an_alias() {
        check(
            "John Doe, a.k.a. \"Big John,\" was arrested in Miami. He faces extradition.",
            &["John Doe, a.k.a. \"Big John,\" was arrested in Miami.", "He faces extradition."],
        );
    }

    #[test]
    fn a_short_word_with_a_vowel_ends_before_a_number() {
        // Only a word without vowels is an abbreviation before a number, in
        // its own script: `бл.` is, `дом.` is not.
        check_in(
            Language::Russian,
            "Он купил новый дом. 12 человек пришли на праздник.",
            &["Он купил новый дом.", "12 человек пришли на праздник."],
        );
        check_in(
            Language::Ukrainian,
            "Населення становить бл. 700 тис. осіб.",
            &["Населення становить бл. 700 тис. осіб."],
        );
    }

    #[test]
    fn thai_periods_abbreviate() {
        let text = "ที่ประชุม ครม. มีมติอนุมัติงบประมาณ 1.5 หมื่นล้านบาท";
        check_in(Language::Thai, text, &[text]);
    }

    #[test]
    fn lower_case_titles() {
        // Italian, Spanish and Portuguese news write titles in lower case
        // before a name; none of them is a word that could end a sentence.
        for (language, text) in [
            (Language::Italian, "Ieri il sig. Rossi è arrivato. Poi è partito."),
            (Language::Italian, "Lo ha detto l'avv. Agnelli ai giudici. Poi è partito."),
            (Language::Spanish, "Ayer el sr. García llegó. Luego se fue."),
            (Language::Portuguese, "Ontem o dr. Silva chegou. Depois saiu."),
        ] {
            let (first, second) = text.split_at(text.rfind(". ").unwrap() + 1);
            check_in(language, text, &[first, second.trim_start()]);
        }
        // `Ud.` is a title only when capitalised: `a ud.` can end a sentence.
        check_in(Language::Spanish, "Se lo dije a ud. Luego se fue.", &["Se lo dije a ud.", "Luego se fue."]);
    }

    #[test]
    fn one_letter_titles() {
        check_in(Language::French, "M. Le Pen a parlé. Il part.", &["M. Le Pen a parlé.", "Il part."]);
        check_in(Language::Russian, "Он посетил г. Волгоград.", &["Он посетил г. Волгоград."]);
        check_in(
            Language::Bulgarian,
            "Говори проф. Иванов. Откриха нов ген. Учените са доволни.",
            &["Говори проф. Иванов.", "Откриха нов ген.", "Учените са доволни."],
        );
        // English has none: an initial before a word that opens sentences ends one.
        check("We make a good team, you and I. The end.", &["We make a good team, you and I.", "The end."]);
    }

    #[test]
    fn german_ordinals() {
        check_in(Language::German, "Die Wahl vom 12. Juni ist gültig.", &["Die Wahl vom 12. Juni ist gültig."]);
        check_in(Language::German, "Im 3. Jahrhundert lebten sie.", &["Im 3. Jahrhundert lebten sie."]);
        check_in(
            Language::German,
            "Die Zahl stieg auf 12. Das ist viel.",
            &["Die Zahl stieg auf 12.", "Das ist viel."],
        );
        check("It rose to 12. Markets fell.", &["It rose to 12.", "Markets fell."]);
        check_in(Language::German, "Im XII. Jahrhundert lebten sie.", &["Im XII. Jahrhundert lebten sie."]);
        check_in(Language::Slovak, "Ide o príslušníkov XII. Pluku.", &["Ide o príslušníkov XII. Pluku."]);
        check_in(
            Language::Slovak,
            "Prednášal prof. Novák. Potom odišiel.",
            &["Prednášal prof. Novák.", "Potom odišiel."],
        );
        check_in(
            Language::Slovak,
            "Založená 7. Apríla 2020. Na zmluve je 20. marec.",
            &["Založená 7. Apríla 2020.", "Na zmluve je 20. marec."],
        );
    }

    #[test]
    fn starters_after_acronyms_come_from_stopwords() {
        check_in(Language::Danish, "Jeg bor i E.U. Hvad med dig?", &["Jeg bor i E.U.", "Hvad med dig?"]);
        check_in(Language::Danish, "Han arbejder for U.S. Government nu.", &["Han arbejder for U.S. Government nu."]);
    }

    #[test]
    fn language_punctuation() {
        check_in(Language::Greek, "Πού είναι; Τις Κυριακές.", &["Πού είναι;", "Τις Κυριακές."]);
        check("Where; Here.", &["Where; Here."]);
        // Armenian `։`, or the `:` typed for it; its `.` is a colon.
        check("Մութ է։ Ես գնում եմ։", &["Մութ է։", "Ես գնում եմ։"]);
        check_in(Language::Armenian, "Մութ է: Ես գնում եմ:", &["Մութ է:", "Ես գնում եմ:"]);
        check_in(Language::Armenian, "Պատասխանում եմ. սեր, գիտելիք:", &["Պատասխանում եմ. սեր, գիտելիք:"]);
        check("Note: Here.", &["Note: Here."]);
        // Kazakh `?` ends a sentence before a lower-case word, but not before
        // a verb of saying.
        check_in(Language::Kazakh, "Сұрақтар – кім? не?", &["Сұрақтар – кім?", "не?"]);
        check_in(Language::Kazakh, "Не істеу керек? деген сұрақ туды.", &["Не істеу керек? деген сұрақ туды."]);
        check("He said Yahoo! in 1999.", &["He said Yahoo! in 1999."]);
        check_in(Language::Arabic, "سؤال وجواب: ماذا حدث؟", &["سؤال وجواب:", "ماذا حدث؟"]);
        // A colon after a verb of saying introduces the words said.
        check_in(Language::Arabic, "وقال الرئيس: سنفوز.", &["وقال الرئيس: سنفوز."]);
        check_in(
            Language::German,
            "Sie sagte: „Keine Lust.“ Wir gingen.",
            &["Sie sagte: „Keine Lust.“", "Wir gingen."],
        );
    }

    #[test]
    fn cited_quotations_are_one_unit() {
        let text = "\"Ei fu. Siccome immobile [...]\" (Manzoni).";
        check_in(Language::Italian, text, &[text]);
        check("“Stop. Now,” he said.", &["“Stop.", "Now,” he said."]);
        // Slovak keeps a quotation with its attribution.
        let text = "„Beriem to na ľahkú váhu. Nezaujíma ma to,“ reagoval Matovič. Odišiel.";
        check_in(
            Language::Slovak,
            text,
            &["„Beriem to na ľahkú váhu. Nezaujíma ma to,“ reagoval Matovič.", "Odišiel."],
        );
        check_in(Language::Slovak, "„Stop. Teraz.“ Odišli.", &["„Stop.", "Teraz.“", "Odišli."]);
    }

    #[test]
    fn brackets_that_open_a_sentence() {
        // Closed without a terminator: an aside or a source, one unit.
        check(
            "(Reuters, May 5, 2024. No. 70) Stocks fell. Bonds rose.",
            &["(Reuters, May 5, 2024. No. 70) Stocks fell.", "Bonds rose."],
        );
        // Closed after one: sentences in brackets split as any.
        check("(He left. She stayed.) Then it rained.", &["(He left.", "She stayed.)", "Then it rained."]);
        check_in(
            Language::Kazakh,
            "Бұл туралы хабарлады. («Айқын», 23 сəуір 2010 жыл. № 70).",
            &["Бұл туралы хабарлады.", "(«Айқын», 23 сəуір 2010 жыл. № 70)."],
        );
    }

    #[test]
    fn an_ellipsis_can_open_a_sentence() {
        check_in(
            Language::Dutch,
            "Het was raak. ...en toen barste de hel los.",
            &["Het was raak.", "...en toen barste de hel los."],
        );
    }

    #[test]
    fn latin_abbreviations_never_end_a_sentence_in_any_language() {
        for &language in Language::ALL {
            for text in ["Roe vs. Wade was decided.", "Take sides, e.g. Bob Smith is one."] {
                assert_eq!(split_sentences_in(text, language).len(), 1, "{language}: {text}");
            }
        }
    }

    #[test]
    fn every_language_is_safe() {
        for &language in Language::ALL {
            for text in ["", "a. b; c: d؟ e। ¿", "Dr. 12. Juni EE. UU.. l'Avv. «x.» (y).", "\u{feff}:"] {
                let spans = split_sentences_in(text, language);
                assert!(spans.iter().all(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end)));
            }
        }
    }

    #[test]
    fn hostile_input_is_linear_and_safe() {
        let dots = ".".repeat(200_000);
        assert_eq!(split_sentences(&dots), [Span { start: 0, end: dots.len() }]);
        let spaced = ". ".repeat(100_000);
        assert_eq!(split_sentences(&spaced).len(), 1);
        let quotes = "“".repeat(50_000) + &"”".repeat(50_000);
        assert_eq!(split_sentences(&quotes).len(), 1);
        check("\0.\u{1}? \u{200B}!", &["\0.\u{1}? \u{200B}!"]);
    }
}
