//! `--split`: every sentence of every report, one per line (or one JSON
//! object per line), for checking how the reports were split.

use std::fmt::Write as _;

use crate::input::Report;

/// Each report's sentences, one per line, or one JSON object per line with
/// the report's path and the sentence's byte span.
pub fn split(reports: &[Report], json: bool) -> String {
    let mut out = String::new();
    for report in reports {
        for span in summarize_tokenize::split_sentences(&report.text) {
            let text = span.slice(&report.text);
            if json {
                let line = serde_json::json!({
                    "path": report.name,
                    "start": span.start,
                    "end": span.end,
                    "text": text,
                });
                let _ = writeln!(out, "{line}");
            } else {
                let _ = writeln!(out, "{}", summarize_format::one_line(text));
            }
        }
    }
    out
}
