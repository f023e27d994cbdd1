//! Finding white space (`char::is_whitespace`) in UTF-8 without decoding
//! every character. Both the splitter and the tokenizer cut text at white
//! space first, and on plain text that scan is much of their work.

/// What a byte says about white space.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    /// Not white space, and not the first byte of a white-space character:
    /// other ASCII, continuation bytes, and the lead bytes of characters
    /// that are never white space.
    Plain,
    /// An ASCII white-space character.
    Space,
    /// The first byte of a multi-byte character that may be white space:
    /// `C2` (U+0085, U+00A0), `E1` (U+1680), `E2` (U+2000…U+205F) and `E3`
    /// (U+3000). Only these need decoding.
    Maybe,
}

static BYTES: [Byte; 256] = {
    let mut table = [Byte::Plain; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' => Byte::Space,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => Byte::Maybe,
            _ => Byte::Plain,
        };
        b += 1;
    }
    table
};

/// The end of the run of characters that are not white space starting at
/// byte `pos` (a character boundary) of `text`.
pub(crate) fn word_end(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // Eight bytes at a time, to the first that is ASCII white space (or
        // another byte below `!`) or the lead byte of a character that may
        // be white space (`C2`, `E1`, `E2`, `E3`): the only bytes that can
        // start white space. A branch per byte mispredicts at every word's
        // end, and stopping at every byte from 0x80 made text in other
        // scripts (Arabic, Cyrillic: every other byte) a byte at a time.
        while let Some(chunk) = bytes.get(pos..pos + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            // The high bit of each byte below 0x21 or equal to one of the
            // lead bytes. Each test is exact up to its first hit, which is
            // all that is used.
            let below = x.wrapping_sub(EACH * 0x21) & !x;
            let lead = |byte: u64| {
                let y = x ^ (EACH * byte);
                y.wrapping_sub(EACH) & !y
            };
            // ASCII chunks, most of most news, need only the first test.
            let hits = if x & (EACH * 0x80) == 0 {
                below & (EACH * 0x80)
            } else {
                (below | lead(0xC2) | lead(0xE1) | lead(0xE2) | lead(0xE3)) & (EACH * 0x80)
            };
            if hits != 0 {
                pos += (hits.trailing_zeros() / 8) as usize;
                break;
            }
            pos += 8;
        }
        let Some(&b) = bytes.get(pos) else { return pos };
        match BYTES[usize::from(b)] {
            Byte::Plain => pos += 1,
            Byte::Space => return pos,
            Byte::Maybe => match text.get(pos..).and_then(|rest| rest.chars().next()) {
                Some(c) if c.is_whitespace() => return pos,
                Some(c) => pos += c.len_utf8(),
                None => return pos,
            },
        }
    }
}

/// The white-space separated tokens of `text`, as `str::split_whitespace`
/// gives them, each with its byte offset: found with [`space`] and
/// [`word_end`], without decoding every character.
pub(crate) fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some((_, len)) = space(text, at) {
            at += len;
        }
        let start = at;
        at = word_end(text, start);
        text.get(start..at).filter(|token| !token.is_empty()).map(|token| (start, token))
    })
}

/// A one in every byte of a `u64`.
const EACH: u64 = u64::from_le_bytes([1; 8]);

/// The white-space character at byte `pos` (a character boundary) of
/// `text`, if there is one, and its length.
pub(crate) fn space(text: &str, pos: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(pos)?;
    // Tests in order of likelihood: a `match` makes a jump table here,
    // which mispredicts between words and white space.
    let kind = BYTES[usize::from(b)];
    if kind == Byte::Plain {
        None
    } else if kind == Byte::Space {
        Some((char::from(b), 1))
    } else {
        let c = text.get(pos..)?.chars().next().filter(|c| c.is_whitespace())?;
        Some((c, c.len_utf8()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_char_is_whitespace() {
        let mut text = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            // Past eight bytes, so that the word-at-a-time scan meets it.
            text.clear();
            text.push_str("Plain-text");
            text.push(c);
            text.push('x');
            let expect = c.is_whitespace().then_some((c, c.len_utf8()));
            assert_eq!(space(&text, 10), expect, "{c:?}");
            assert_eq!(word_end(&text, 0), if expect.is_some() { 10 } else { text.len() }, "{c:?}");
            assert_eq!(word_end(&text, 10), if expect.is_some() { 10 } else { text.len() }, "{c:?}");
        }
    }

    #[test]
    fn tokens_are_those_of_split_whitespace() {
        for text in ["", "  ", "one", " one  two\tthree\n", "a\u{a0}b\u{2003}c\u{3000}", "عربي  نص", "x\u{85}"] {
            let ours: Vec<&str> = tokens(text).map(|(_, token)| token).collect();
            assert_eq!(ours, text.split_whitespace().collect::<Vec<_>>(), "{text:?}");
            assert!(tokens(text).all(|(at, token)| text[at..].starts_with(token)));
        }
    }
}
