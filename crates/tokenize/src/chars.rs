//! `char::is_alphabetic`, `char::is_numeric` and lower-casing, answered
//! for the Basic Multilingual Plane from bitmaps the build script writes
//! (see `build.rs` for why), and by the standard library above it.

include!(concat!(env!("OUT_DIR"), "/char_tables.rs"));

/// The bit of `c` in `table`, if `c` is in the Basic Multilingual Plane.
fn bit(table: &[u64; 1024], c: char) -> Option<bool> {
    let code = u32::from(c);
    table.get((code / 64) as usize).map(|word| word >> (code % 64) & 1 == 1)
}

/// `c.is_alphabetic()`.
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { bit(&ALPHABETIC, c).unwrap_or_else(|| c.is_alphabetic()) }
}

/// `c.is_numeric()`.
pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { bit(&NUMERIC, c).unwrap_or_else(|| c.is_numeric()) }
}

/// `c.is_alphanumeric()`.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || is_numeric(c)
}

/// Appends `c.to_lowercase()` to `out`, without searching the case tables
/// for the many characters that have no other case (Arabic, Hebrew,
/// Devanagari, Chinese, …).
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if bit(&OWN_LOWERCASE, c) == Some(true) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Whether `word.to_lowercase()` is `word` itself: every character is its
/// own lower case (none of them is upper-case, so Greek's final sigma
/// does not arise either).
pub(crate) fn is_own_lowercase(word: &str) -> bool {
    word.chars().all(|c| if c.is_ascii() { !c.is_ascii_uppercase() } else { bit(&OWN_LOWERCASE, c).unwrap_or(false) })
}

/// `word.to_lowercase()`, borrowed when that is `word` itself: most words
/// of scripts without case (Arabic, Hebrew, …), looked up on word lists.
pub(crate) fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if is_own_lowercase(word) { word.into() } else { word.to_lowercase().into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agree_with_the_standard_library_on_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn a_word_is_its_own_lower_case_only_without_capitals() {
        for word in ["said", "قال", "שלום", "говорит", "ς", "東京", "", "it's"] {
            assert!(is_own_lowercase(word), "{word}");
            assert!(matches!(lowercase(word), std::borrow::Cow::Borrowed(w) if w == word), "{word}");
        }
        // Final sigma: `ΟΔΟΣ` is `οδος`, as only the whole word can say.
        for word in ["Said", "ΟΔΟΣ", "Говорит", "İ"] {
            assert!(!is_own_lowercase(word), "{word}");
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
        }
    }
}
