//! Writes two things into the library.
//!
//! **The `stop-words` crate's lists**, as one string per language, words
//! separated by `\n`.
//! The crate hands its lists out as `&[&str]`: some 20,000 string slices,
//! each a pointer the dynamic loader must relocate at start-up in every
//! run, whichever language is used. That cost 0.75 MB of resident memory
//! (a run on the fixtures: 6.3 MB peak, 5.55 MB without the tables), 1.5%
//! of the 10,000-report bench's memory target. One string literal per
//! list needs no relocation, and only the pages of the list in use are
//! ever read.
//!
//! **Three properties of every character of the Basic Multilingual Plane**
//! as bitmaps (8 KB each): `char::is_alphabetic`, `char::is_numeric`, and
//! whether `char::to_lowercase` gives the character itself. The standard
//! library answers these by searching tables, which took a quarter of a
//! run on Arabic text, where every character asks; a bitmap is one load.
//! The build script is compiled by the same compiler as the library, so
//! the bitmaps hold the same Unicode version as the functions they stand
//! for (a test compares all 65,536 characters).

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut code = String::from(
        "/// The `stop-words` crate's list for `code` (NLTK's where NLTK has one,\n\
         /// else stopwords-iso's), its words separated by `\\n`.\n\
         pub(crate) fn stopword_list(code: &str) -> Option<&'static str> {\n    match code {\n",
    );
    for &language in stop_words::available_languages() {
        let words = stop_words::lookup(language).unwrap_or_default();
        // Debug formatting of a `str` is a valid Rust string literal.
        let _ = writeln!(code, "        {language:?} => Some({:?}),", words.join("\n"));
    }
    code.push_str("        _ => None,\n    }\n}\n\n");
    code.push_str(
        "/// Every code [`stopword_list`] knows.\n#[cfg(test)]\npub(crate) const STOPWORD_CODES: &[&str] = &[\n",
    );
    for &language in stop_words::available_languages() {
        let _ = writeln!(code, "    {language:?},");
    }
    code.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("stopword_lists.rs"), code).expect("writing the stopword lists");

    let mut tables = String::new();
    write_bitmap(&mut tables, "ALPHABETIC", "`char::is_alphabetic`", char::is_alphabetic);
    write_bitmap(&mut tables, "NUMERIC", "`char::is_numeric`", char::is_numeric);
    write_bitmap(&mut tables, "OWN_LOWERCASE", "`char::to_lowercase` is the character itself", |c| {
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    });
    std::fs::write(out_dir.join("char_tables.rs"), tables).expect("writing the character tables");
}

/// A bitmap of `property` over U+0000..U+FFFF: bit `c % 64` of word `c / 64`.
fn write_bitmap(out: &mut String, name: &str, what: &str, property: impl Fn(char) -> bool) {
    let mut words = [0u64; 1024];
    for (code, c) in (0..0x10000u32).filter_map(|code| char::from_u32(code).map(|c| (code, c))) {
        if property(c) {
            words[(code / 64) as usize] |= 1 << (code % 64);
        }
    }
    let _ = writeln!(out, "/// {what}, for each character of the Basic Multilingual Plane.");
    let _ = writeln!(out, "pub(crate) static {name}: [u64; 1024] = [");
    for word in words {
        let _ = writeln!(out, "    {word:#x},");
    }
    out.push_str("];\n\n");
}
