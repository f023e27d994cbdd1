//! Writes the `stop-words` crate's lists into the library as one string per
//! language, words separated by `\n`.
//!
//! The crate hands its lists out as `&[&str]`: some 20,000 string slices,
//! each a pointer the dynamic loader must relocate at start-up in every
//! run, whichever language is used. That cost 0.75 MB of resident memory
//! (a run on the fixtures: 6.3 MB peak, 5.55 MB without the tables), 1.5%
//! of the 10,000-report bench's memory target. One string literal per
//! list needs no relocation, and only the pages of the list in use are
//! ever read.

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
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("stopword_lists.rs");
    std::fs::write(&out, code).expect("writing the stopword lists");
}
