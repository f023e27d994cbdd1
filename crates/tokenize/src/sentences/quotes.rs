//! Pairs quotation marks and brackets, so that the splitter can keep a
//! quotation that opens inside a sentence (`I said, ‘When …? When …?’`) in
//! that sentence.
//!
//! One linear pass with a small stack. Pairs never span a paragraph break
//! (a blank line, or a line break after a line that ends with a terminator,
//! a closing mark or a colon): news paragraphs often leave a quotation open
//! and reopen it in the next paragraph, and a mark left unpaired protects
//! nothing.

use super::{is_closer_context, is_opener_context, is_terminator, newline_weight};

/// How deep brackets and quotations may nest before further openers are
/// ignored; keeps memory bounded on hostile input such as `((((((…`.
const MAX_DEPTH: usize = 32;
/// How far below the top of the stack a closing mark looks for its opener.
const MAX_SEARCH: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Paren,
    Bracket,
    Brace,
    Corner,
    WhiteCorner,
    /// Chinese title marks `《…》`, and the single `〈…〉` inside them.
    Title,
    SingleTitle,
    /// `【…】`, around a heading or a source in Chinese and Japanese.
    Lenticular,
}

#[derive(Clone, Copy, Debug)]
enum Event {
    Open(Kind),
    Close(Kind),
}

#[derive(Clone, Copy, Debug)]
struct Open {
    kind: Kind,
    /// The opening character: `“` closes a quotation opened with `„`.
    mark: char,
    /// Index into the list of pairs.
    pair: usize,
}

/// What one pass over a text finds of its quotation marks and brackets.
pub(super) struct Marks {
    /// The matched `(open, close)` byte offsets, in order of the opening mark.
    pub(super) pairs: Vec<(usize, usize)>,
    /// Whether the text holds a guillemet (`«`, `»`, `‹`, `›`) anywhere,
    /// paired or not: the splitter then looks for spaced ones. Noted here
    /// because this pass looks at every such character anyway; four
    /// searches of the text for them cost 1% of a run.
    pub(super) guillemets: bool,
}

/// The [`Marks`] of `text`. With `lines_are_paragraphs`, every line break
/// ends a paragraph.
pub(super) fn marks(text: &str, lines_are_paragraphs: bool) -> Marks {
    const UNMATCHED: usize = usize::MAX;
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut guillemets = false;
    let mut stack: Vec<Open> = Vec::new();
    let mut prev = ' ';
    let mut last_visible = ' ';
    let mut newlines = 0u8;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Fast path: a run of ASCII without marks or line breaks. Spaces and
        // tabs in it change nothing but `prev`; anything else in it resets
        // the count of line breaks.
        let run = i;
        while bytes.get(i).is_some_and(|&b| PLAIN_ASCII[usize::from(b)]) {
            i += 1;
        }
        if i > run {
            if let Some(&b) = bytes[run..i].iter().rev().find(|&&b| !is_blank(b)) {
                newlines = 0;
                last_visible = char::from(b);
            }
            prev = char::from(bytes[i - 1]);
            continue;
        }
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            (char::from(b), 1)
        } else {
            match text[i..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let next = || text[i + len..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            let weight = newline_weight(c, next());
            if weight > 0 {
                newlines = newlines.saturating_add(weight);
                if newlines >= 2 || lines_are_paragraphs || ends_paragraph(last_visible) {
                    stack.clear();
                }
            }
        } else {
            newlines = 0;
            if is_mark(c) {
                guillemets |= matches!(c, '«' | '»' | '‹' | '›');
                match classify(prev, c, next(), stack.last()) {
                    Some(Event::Open(kind)) if stack.len() < MAX_DEPTH => {
                        stack.push(Open { kind, mark: c, pair: pairs.len() });
                        pairs.push((i, UNMATCHED));
                    }
                    Some(Event::Close(kind)) => {
                        let depth = stack.len();
                        let found = stack.iter().rev().take(MAX_SEARCH).position(|o| o.kind == kind);
                        if let Some(from_top) = found {
                            let at = depth - 1 - from_top;
                            pairs[stack[at].pair].1 = i;
                            stack.truncate(at);
                        }
                    }
                    _ => {}
                }
            }
            last_visible = c;
        }
        prev = c;
        i += len;
    }
    pairs.retain(|&(_, close)| close != UNMATCHED);
    Marks { pairs, guillemets }
}

/// ASCII that is not a character [`classify`] looks at, nor white space
/// other than [`is_blank`]: what the fast path of [`pairs`] skips. A table,
/// because a jump table per byte is slower.
static PLAIN_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = !matches!(
            b as u8,
            b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"' | b'\'' | b'`'
        );
        b += 1;
    }
    table
};

/// White space that breaks no line.
fn is_blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// The characters [`classify`] looks at.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | '`'
            | '（'
            | '）'
            | '「'
            | '」'
            | '『'
            | '』'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '【'
            | '】'
            | '„'
            | '“'
            | '”'
            | '‚'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '‹'
            | '›'
    )
}

fn ends_paragraph(c: char) -> bool {
    is_terminator(c) || super::is_closer(c) || c == ':'
}

/// Whether `c`, between `prev` and `next`, opens or closes a quotation or
/// bracket. Straight and curly single quotes between letters are
/// apostrophes (`Trump’s`), not quotation marks.
fn classify(prev: char, c: char, next: char, top: Option<&Open>) -> Option<Event> {
    let opens = is_opener_context(prev) && !next.is_whitespace();
    let closes = !prev.is_whitespace() && is_closer_context(next);
    let event = match c {
        '(' | '（' => Event::Open(Kind::Paren),
        ')' | '）' => Event::Close(Kind::Paren),
        '[' => Event::Open(Kind::Bracket),
        ']' => Event::Close(Kind::Bracket),
        '{' => Event::Open(Kind::Brace),
        '}' => Event::Close(Kind::Brace),
        '「' => Event::Open(Kind::Corner),
        '」' => Event::Close(Kind::Corner),
        '『' => Event::Open(Kind::WhiteCorner),
        '』' => Event::Close(Kind::WhiteCorner),
        '《' => Event::Open(Kind::Title),
        '》' => Event::Close(Kind::Title),
        '〈' => Event::Open(Kind::SingleTitle),
        '〉' => Event::Close(Kind::SingleTitle),
        '【' => Event::Open(Kind::Lenticular),
        '】' => Event::Close(Kind::Lenticular),
        '„' => Event::Open(Kind::Double),
        '“' => {
            // German „…“ closes with the English opening mark.
            if top.is_some_and(|o| o.kind == Kind::Double && o.mark == '„') {
                Event::Close(Kind::Double)
            } else {
                Event::Open(Kind::Double)
            }
        }
        // Swedish and Finnish open with ” as well.
        '”' if opens && !closes => Event::Open(Kind::Double),
        '”' => Event::Close(Kind::Double),
        '"' if opens => Event::Open(Kind::Double),
        '"' => Event::Close(Kind::Double),
        '‚' => Event::Open(Kind::Single),
        // ASCII archives (LDC newswire, Penn Treebank) open with `` and
        // close with '': two single quotes each way.
        '`' if opens => Event::Open(Kind::Single),
        '`' => return None,
        '‘' | '’' | '\'' if prev.is_alphanumeric() && next.is_alphanumeric() => return None,
        '‘' if top.is_some_and(|o| o.kind == Kind::Single && o.mark == '‚') => Event::Close(Kind::Single),
        '‘' => Event::Open(Kind::Single),
        // An opening straight or curly apostrophe before a digit is an
        // elision: ’90s.
        '’' | '\'' if opens && next.is_alphabetic() => Event::Open(Kind::Single),
        '’' | '\'' if !prev.is_whitespace() => Event::Close(Kind::Single),
        '«' if closes && !opens => Event::Close(Kind::Guillemet),
        '«' => Event::Open(Kind::Guillemet),
        // German »…« opens with the French closing mark.
        '»' if opens && !closes => Event::Open(Kind::Guillemet),
        '»' => Event::Close(Kind::Guillemet),
        '‹' if closes && !opens => Event::Close(Kind::SingleGuillemet),
        '‹' => Event::Open(Kind::SingleGuillemet),
        '›' if opens && !closes => Event::Open(Kind::SingleGuillemet),
        '›' => Event::Close(Kind::SingleGuillemet),
        _ => return None,
    };
    Some(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paired slices of `text`, in order of their opening marks.
    fn check(text: &str, expect: &[&str]) {
        let got: Vec<&str> = marks(text, false)
            .pairs
            .into_iter()
            .map(|(open, close)| {
                let len = text[close..].chars().next().map_or(0, char::len_utf8);
                &text[open..close + len]
            })
            .collect();
        assert_eq!(got, expect, "{text:?}");
    }

    #[test]
    fn nested_curly_quotes() {
        check("I said, ‘When, Vladimir? When?’” and “Trump’s” call", &["‘When, Vladimir? When?’", "“Trump’s”"]);
        check("“I said, ‘When?’”", &["“I said, ‘When?’”", "‘When?’"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        check("Ukraine’s ‘bloodbath’ the students’ union", &["‘bloodbath’"]);
        check("the ’90s and 'rock' music", &["'rock'"]);
        check("Let's go", &[]);
    }

    #[test]
    fn straight_quotes_by_context() {
        check(r#"She said, "This is great." she said."#, &[r#""This is great.""#]);
        check(r#"A 5" screen "here""#, &[r#""here""#]);
    }

    #[test]
    fn ascii_double_quotes_of_newswire_archives() {
        check("He said ``We will win,'' and left.", &["``We will win,''", "`We will win,'"]);
        check("a `code` span", &[]);
    }

    #[test]
    fn brackets() {
        check("He (He worked [there].) left", &["(He worked [there].)", "[there]"]);
        check("1) first 2) second", &[]);
    }

    #[test]
    fn german_and_french_marks() {
        check("Er sagte „Ja“ und »Nein«.", &["„Ja“", "»Nein«"]);
        check("Il a dit « Oui » hier.", &["« Oui »"]);
    }

    #[test]
    fn chinese_and_japanese_marks() {
        check("去看《摔跤吧！爸爸》好吗？", &["《摔跤吧！爸爸》"]);
        check("【新华社】「行こう。」", &["【新华社】", "「行こう。」"]);
    }

    #[test]
    fn pairs_end_at_paragraph_breaks() {
        check("“We will fight.\n“We will win,” he said.", &["“We will win,”"]);
        check("(open\n\nclose)", &[]);
        // A wrapped line, not a paragraph end: the pair holds.
        check("(open\nclose)", &["(open\nclose)"]);
        assert!(marks("(open\nclose)", true).pairs.is_empty(), "lines are paragraphs");
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let text = "(".repeat(10_000) + &")".repeat(10_000);
        assert_eq!(marks(&text, false).pairs.len(), MAX_DEPTH);
    }

    #[test]
    fn guillemets_are_noted_wherever_they_stand() {
        for text in ["« Non »", "»Wir", "‹a›", "x«", "no marks (here)", "“curly” — dash", "", "a\n\n«"] {
            let expect = ["«", "»", "‹", "›"].iter().any(|g| text.contains(g));
            assert_eq!(marks(text, false).guillemets, expect, "{text:?}");
            assert_eq!(marks(text, true).guillemets, expect, "{text:?}");
        }
    }
}
