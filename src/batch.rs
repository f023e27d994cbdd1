//! `--batch`: many events in one run. JSON Lines in, one event per line;
//! one JSON line out per event, in input order.
//!
//! Input line: `{"id": ID, "documents": [{"name": NAME, "text": TEXT}, …],
//! "options": {…}}`, where `id` is any JSON value (echoed as given),
//! `name` is optional (default `documents[i]`), and `options` is optional:
//! `sentences`, `words` or `chars` (a budget), `lang` (a language or
//! `auto`), `order`, each
//! overriding the command line's. Blank lines are skipped.
//!
//! Output line: `{"id": ID, "version": 1, "documents": […], "sentences": […]}`,
//! the schema of `--format json` plus the id; or `{"id": ID, "error": REASON}`
//! for an event that failed (the others are unaffected). `id` is `null`
//! when the line could not be read as an event.
//!
//! Streaming: lines are read in rounds of [`ROUND_EVENTS`]; the events of a
//! round are summarized in parallel and written in input order before the
//! next round is read, so memory is bounded by one round whatever the
//! input's length, and the output does not depend on the number of threads.

use std::io::{BufRead, Read, Write};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use summarize::{Budget, Document, Language, Options, Order, Summary};

/// Events read and summarized together: enough to keep every core busy
/// between rounds, few enough to bound memory (about 16 MB of news).
pub const ROUND_EVENTS: usize = 1024;

/// The largest input line (one event) accepted.
pub const MAX_EVENT_BYTES: u64 = crate::input::MAX_FILE_BYTES;

/// What a run of the batch gave.
pub struct Outcome {
    /// Events read.
    pub events: usize,
    /// Events that failed (each has its error line).
    pub failed: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Event<'a> {
    #[serde(borrow)]
    id: &'a RawValue,
    documents: Vec<EventDocument>,
    #[serde(default)]
    options: EventOptions,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventDocument {
    name: Option<String>,
    text: String,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventOptions {
    sentences: Option<usize>,
    words: Option<usize>,
    chars: Option<usize>,
    lang: Option<String>,
    order: Option<String>,
}

#[derive(Serialize)]
struct SummaryLine<'a> {
    id: &'a RawValue,
    version: u32,
    #[serde(flatten)]
    summary: &'a Summary,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a RawValue,
    error: &'a str,
}

/// Summarizes every event of `input` into `output`, with `defaults` for
/// what an event does not say.
pub fn run(input: impl Read, output: &mut impl Write, defaults: &Options) -> std::io::Result<Outcome> {
    let mut input = std::io::BufReader::with_capacity(1 << 16, input);
    let mut outcome = Outcome { events: 0, failed: 0 };
    let mut line_number = 0;
    loop {
        let mut lines = Vec::with_capacity(ROUND_EVENTS);
        while lines.len() < ROUND_EVENTS {
            let mut line = Vec::new();
            let read = (&mut input).take(MAX_EVENT_BYTES + 1).read_until(b'\n', &mut line)?;
            if read == 0 {
                break;
            }
            line_number += 1;
            if line.len() as u64 > MAX_EVENT_BYTES && line.last() != Some(&b'\n') {
                // Skip the rest of the overlong line; it is one failed event.
                skip_line(&mut input)?;
                lines.push((line_number, Err(too_long())));
                continue;
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            lines.push((line_number, Ok(line)));
        }
        if lines.is_empty() {
            return Ok(outcome);
        }
        let results: Vec<(String, bool)> = lines
            .par_iter()
            .map(|(number, line)| match line {
                Ok(line) => summarize_event(line, defaults)
                    .unwrap_or_else(|error| (error_line(RawValue::NULL, &format!("line {number}: {error}")), false)),
                Err(error) => (error_line(RawValue::NULL, &format!("line {number}: {error}")), false),
            })
            .collect();
        for (line, ok) in results {
            outcome.events += 1;
            outcome.failed += usize::from(!ok);
            output.write_all(line.as_bytes())?;
        }
    }
}

fn too_long() -> String {
    format!("event is over the {} MiB limit of one line", MAX_EVENT_BYTES / (1024 * 1024))
}

/// Reads up to and including the next newline, keeping nothing.
fn skip_line(input: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => {
                input.consume(at + 1);
                return Ok(());
            }
            None => {
                let all = buffer.len();
                input.consume(all);
            }
        }
    }
}

/// One event's output line and whether it succeeded; `Err` when the line is
/// not an event at all (its id unknown).
fn summarize_event(line: &[u8], defaults: &Options) -> Result<(String, bool), String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("not UTF-8 at byte {}", e.valid_up_to()))?;
    let event: Event = serde_json::from_str(line).map_err(|e| format!("not an event: {e}"))?;
    let failed = |reason: String| (error_line(event.id, &reason), false);
    let options = match event_options(&event.options, defaults) {
        Ok(options) => options,
        Err(reason) => return Ok(failed(reason)),
    };
    let names: Vec<String> = event
        .documents
        .iter()
        .enumerate()
        .map(|(index, document)| document.name.clone().unwrap_or_else(|| format!("documents[{index}]")))
        .collect();
    for (document, name) in event.documents.iter().zip(&names) {
        if let Some(reason) = unusable(&document.text) {
            return Ok(failed(format!("{}: {reason}", summarize_format::printable(name))));
        }
    }
    if event.documents.is_empty() {
        return Ok(failed("no documents".to_string()));
    }
    let documents: Vec<Document> =
        event.documents.iter().zip(&names).map(|(document, name)| Document::new(name, &document.text)).collect();
    match summarize::summarize(&documents, &options) {
        Ok(summary) => {
            let line = SummaryLine { id: event.id, version: summarize_format::JSON_SCHEMA_VERSION, summary: &summary };
            // Plain structs with string keys always serialize.
            let mut out = serde_json::to_string(&line).unwrap_or_default();
            out.push('\n');
            Ok((out, true))
        }
        Err(error) => Ok(failed(error.to_string())),
    }
}

/// Why a document's text cannot be summarized, as for a file.
fn unusable(text: &str) -> Option<&'static str> {
    if text.trim().is_empty() {
        Some("text is empty")
    } else if text.contains('\0') {
        Some("binary text (a NUL character), not text")
    } else if !text.chars().any(char::is_alphanumeric) {
        Some("no sentence found (no words in the text)")
    } else {
        None
    }
}

/// The command line's options with the event's own on top.
fn event_options(own: &EventOptions, defaults: &Options) -> Result<Options, String> {
    let mut options = *defaults;
    match (own.sentences, own.words, own.chars) {
        (None, None, None) => {}
        (Some(n), None, None) => options.budget = Budget::Sentences(n),
        (None, Some(n), None) => options.budget = Budget::Words(n),
        (None, None, Some(n)) => options.budget = Budget::Chars(n),
        _ => return Err("options: give at most one of sentences, words and chars".into()),
    }
    if options.budget.limit() == 0 {
        return Err("options: a budget must be at least 1".into());
    }
    match own.lang.as_deref() {
        None => {}
        Some("auto") => options.detect_language = true,
        Some(lang) => {
            options.language = lang.parse::<Language>().map_err(|_| format!("options: unknown language {lang:?}"))?;
            options.detect_language = false;
        }
    }
    if let Some(order) = &own.order {
        options.order = match order.as_str() {
            "source" => Order::Source,
            "score" => Order::Score,
            other => return Err(format!("options: unknown order {other:?} (source or score)")),
        };
    }
    Ok(options)
}

fn error_line(id: &RawValue, reason: &str) -> String {
    let mut out = serde_json::to_string(&ErrorLine { id, error: reason }).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(input: &str) -> (String, usize, usize) {
        let mut out = Vec::new();
        let outcome = run(input.as_bytes(), &mut out, &Options::default()).unwrap();
        (String::from_utf8(out).unwrap(), outcome.events, outcome.failed)
    }

    #[test]
    fn each_event_gets_one_line_in_order_and_failures_stay_apart() {
        let input = concat!(
            r#"{"id": 1, "documents": [{"name": "a", "text": "The council approved the budget on Monday after a debate."}], "options": {"sentences": 1}}"#,
            "\n\n",
            r#"{"id": "two", "documents": [{"text": "   "}]}"#,
            "\n",
            "not json\n",
            r#"{"id": [3], "documents": [{"text": "Storm hits the coast. Ten people were hurt in the town, officials said."}], "options": {"words": 2}}"#,
            "\n",
        );
        let (out, events, failed) = batch(input);
        assert_eq!((events, failed), (4, 3));
        let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["sentences"][0]["path"], "a");
        assert_eq!(lines[1], serde_json::json!({"id": "two", "error": "documents[0]: text is empty"}));
        assert_eq!(lines[2]["id"], serde_json::Value::Null);
        assert!(lines[2]["error"].as_str().unwrap().starts_with("line 4: not an event"));
        assert_eq!(lines[3]["id"], serde_json::json!([3]));
        assert!(lines[3]["error"].as_str().unwrap().starts_with("no sentence fits a budget of 2 words"));
    }

    #[test]
    fn the_same_events_give_the_same_bytes_in_any_round_size() {
        let event = |i: usize| {
            format!(
                r#"{{"id": {i}, "documents": [{{"text": "Report {i} says the council approved the budget on Monday. It passed by {i} votes to two after a long debate."}}]}}"#
            )
        };
        let input: String = (0..(ROUND_EVENTS + 10)).map(|i| event(i) + "\n").collect();
        let (out, events, failed) = batch(&input);
        assert_eq!((events, failed), (ROUND_EVENTS + 10, 0));
        for (i, line) in out.lines().enumerate() {
            assert!(line.starts_with(&format!(r#"{{"id":{i},"version":1,"#)), "{line}");
        }
    }

    #[test]
    fn event_options_override_the_command_line() {
        let own = EventOptions { chars: Some(300), lang: Some("fr".into()), ..EventOptions::default() };
        let options = event_options(&own, &Options::default()).unwrap();
        assert_eq!((options.budget, options.language), (Budget::Chars(300), Language::French));
        let auto = EventOptions { lang: Some("auto".into()), ..EventOptions::default() };
        assert!(event_options(&auto, &Options::default()).unwrap().detect_language);
        let mut detecting = Options::default();
        detecting.detect_language = true;
        let given = event_options(&own, &detecting).unwrap();
        assert_eq!((given.language, given.detect_language), (Language::French, false));
        let both = EventOptions { words: Some(3), sentences: Some(1), ..EventOptions::default() };
        assert!(event_options(&both, &Options::default()).is_err());
    }
}
