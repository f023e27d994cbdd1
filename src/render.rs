//! `--split`: every sentence of every report, one per line (or one JSON
//! object per line), for checking how the reports were split.

use std::fmt::Write as _;

use summarize_tokenize::{Language, split_sentences_in};

use crate::cli::Lang;
use crate::input::Report;

/// Each report's sentences, one per line, or one JSON object per line with
/// the report's path and the sentence's byte span, split with the rules of
/// `lang` (with `auto`, of the language detected in each report, English
/// if unsure; JSON then names it).
pub fn split(reports: &[Report], json: bool, lang: Lang) -> String {
    let mut out = String::new();
    for report in reports {
        let language = match lang {
            Lang::Given(language) => language,
            Lang::Auto => summarize_tokenize::detect_language(&report.text).unwrap_or(Language::English),
        };
        for span in split_sentences_in(&report.text, language) {
            let text = span.slice(&report.text);
            if json {
                let mut line = serde_json::json!({
                    "path": report.source.name(),
                    "start": span.start,
                    "end": span.end,
                    "text": text,
                });
                if lang == Lang::Auto {
                    line["language"] = language.name().into();
                }
                let _ = writeln!(out, "{line}");
            } else {
                let _ = writeln!(out, "{}", summarize_format::one_line(text));
            }
        }
    }
    out
}
