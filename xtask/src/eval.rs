//! `cargo xtask eval [--data DIR] [--words N]`: ROUGE of the release
//! `summarize` binary against human summaries, next to baselines.
//!
//! The data set is a folder of topics: `<topic>/*.txt` are the source
//! articles, `<topic>/reference/*.txt` the human summaries. For each topic
//! (sorted by name) the binary runs as `summarize --words N <articles>`
//! (articles sorted by path) and its stdout is the summary. The protocol is
//! the one `xtask/data/eval/SOURCE.md` publishes scores with: summary and
//! references cut to their first N whitespace-separated words, ROUGE-1,
//! ROUGE-2 and ROUGE-L as `rouge-score` computes them with stemming (see
//! [`rouge`]), averaged over a topic's references, then over topics.
//!
//! The table goes to stdout and is the same bytes on every run; warnings
//! and timing go to stderr. On the default data set at 250 words, the LEAD
//! row must reproduce the published LEAD scores, or the task fails: that
//! guards the ROUGE code itself.

mod baseline;
mod porter;
mod rouge;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};

use crate::{project_root, release_binary};
use rouge::Scores;

/// Usage line printed on bad arguments.
const USAGE: &str = "usage: cargo xtask eval [--data DIR] [--words N]";

/// The default data set, relative to the project root.
const DEFAULT_DATA: &str = "xtask/data/eval/multiling2011_en";

/// The default summary length, in words.
const DEFAULT_WORDS: usize = 250;

/// LEAD's published recall (%) on multiling2011_en at 250 words.
const PUBLISHED_LEAD: (f64, f64) = (41.60, 12.78);

/// How far (in points) the measured LEAD may be from the published one.
const PUBLISHED_TOLERANCE: f64 = 0.05;

/// The rows of the table: the binary, then the baselines of [`baseline`].
const SYSTEMS: [&str; 3] = ["summarize", "LEAD", "first sentences"];

/// Runs the task.
pub fn run(args: &[String]) -> Result<()> {
    let start = Instant::now();
    let options = Options::parse(args)?;
    let topics = load_topics(&options.data, options.words)?;
    let binary = release_binary()?;

    let mut summarize_time = Duration::ZERO;
    let mut scores: [Vec<Scores>; SYSTEMS.len()] = Default::default();
    for topic in &topics {
        let started = Instant::now();
        let summary = summarize(&binary, topic, options.words)?;
        summarize_time += started.elapsed();
        if summary.trim().is_empty() {
            eprintln!("warning: summarize printed nothing for topic {}", topic.name);
        }
        let summaries = [
            summary,
            baseline::lead(&topic.articles, options.words),
            baseline::first_sentences(&topic.articles, options.words),
        ];
        for (system, text) in scores.iter_mut().zip(&summaries) {
            system.push(topic.score(text, options.words));
        }
    }
    let rows: Vec<(&str, Scores)> = SYSTEMS.into_iter().zip(&scores).map(|(name, s)| (name, Scores::mean(s))).collect();

    let references: usize = topics.iter().map(|t| t.references.len()).sum();
    println!(
        "ROUGE on {}: {} topics, {references} references, summaries and references cut to {} words",
        dataset_name(&options.data),
        topics.len(),
        options.words,
    );
    print!("{}", table(&rows));
    if dataset_name(&options.data) == "multiling2011_en" && options.words == DEFAULT_WORDS {
        check_published_lead(&rows[1].1)?;
    }
    eprintln!(
        "eval took {:.2} s in all, {:.2} s of it running summarize on {} topics",
        start.elapsed().as_secs_f64(),
        summarize_time.as_secs_f64(),
        topics.len(),
    );
    Ok(())
}

/// The task's command-line options.
struct Options {
    /// Folder of topics.
    data: PathBuf,
    /// Summary length in words, also where references are cut.
    words: usize,
}

impl Options {
    /// Parses `--data DIR` and `--words N` (also as `--flag=value`).
    fn parse(args: &[String]) -> Result<Options> {
        let mut data = project_root().join(DEFAULT_DATA);
        let mut words = DEFAULT_WORDS;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) => (flag, Some(value.to_string())),
                None => (arg.as_str(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| args.next().cloned())
                    .with_context(|| format!("{flag} needs a value\n{USAGE}"))
            };
            match flag {
                "--data" => data = PathBuf::from(value()?),
                "--words" => {
                    let v = value()?;
                    words = v
                        .parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .with_context(|| format!("--words wants a positive integer, got {v:?}"))?;
                }
                _ => bail!("unknown argument {arg:?}\n{USAGE}"),
            }
        }
        let data = data.canonicalize().with_context(|| format!("no eval data at {}", data.display()))?;
        Ok(Options { data, words })
    }
}

/// One topic: its articles and its references, read once.
struct Topic {
    /// The folder's name.
    name: String,
    /// Paths of the articles, sorted.
    paths: Vec<PathBuf>,
    /// Text of each article, in the same order.
    articles: Vec<String>,
    /// ROUGE tokens of each reference, cut to the word budget.
    references: Vec<Vec<String>>,
}

impl Topic {
    /// ROUGE of `summary` (cut to `words`) averaged over the references.
    fn score(&self, summary: &str, words: usize) -> Scores {
        let summary = rouge::tokenize(&rouge::cut_words(summary, words));
        let scores: Vec<Scores> = self.references.iter().map(|r| rouge::score(r, &summary)).collect();
        Scores::mean(&scores)
    }
}

/// Reads every topic folder of `data`, sorted by name.
fn load_topics(data: &Path, words: usize) -> Result<Vec<Topic>> {
    let mut topics = Vec::new();
    for dir in sorted_entries(data, |p| p.is_dir())? {
        let name = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let paths = sorted_entries(&dir, is_txt)?;
        let reference_dir = dir.join("reference");
        let references = if reference_dir.is_dir() { sorted_entries(&reference_dir, is_txt)? } else { Vec::new() };
        ensure!(!paths.is_empty(), "topic {name} has no articles (*.txt)");
        ensure!(!references.is_empty(), "topic {name} has no references (reference/*.txt)");
        let articles = paths.iter().map(|p| read(p)).collect::<Result<_>>()?;
        let references = references
            .iter()
            .map(|p| Ok(rouge::tokenize(&rouge::cut_words(&read(p)?, words))))
            .collect::<Result<_>>()?;
        topics.push(Topic { name, paths, articles, references });
    }
    ensure!(!topics.is_empty(), "no topic folders in {}", data.display());
    Ok(topics)
}

/// Entries of `dir` that satisfy `keep`, sorted by path.
fn sorted_entries(dir: &Path, keep: fn(&Path) -> bool) -> Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry.with_context(|| format!("reading {}", dir.display()))?.path();
        if keep(&path) {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Whether `path` is a `.txt` file.
fn is_txt(path: &Path) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e == "txt")
}

/// Reads a UTF-8 file.
fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// Runs `summarize --words N <articles>` on one topic and returns its stdout.
fn summarize(binary: &Path, topic: &Topic, words: usize) -> Result<String> {
    let output = Command::new(binary)
        .arg("--words")
        .arg(words.to_string())
        .args(&topic.paths)
        .output()
        .with_context(|| format!("running {} on topic {}", binary.display(), topic.name))?;
    if !output.status.success() {
        bail!(
            "summarize failed on topic {} ({}):\n{}",
            topic.name,
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        );
    }
    String::from_utf8(output.stdout).with_context(|| format!("summarize printed invalid UTF-8 on topic {}", topic.name))
}

/// The data set's folder name, for the heading.
fn dataset_name(data: &Path) -> String {
    data.file_name().unwrap_or(data.as_os_str()).to_string_lossy().into_owned()
}

/// The results table: recall and F1 of each variant, in percent.
fn table(rows: &[(&str, Scores)]) -> String {
    let mut out = format!(
        "{:<16} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n",
        "system", "R-1 R", "R-1 F", "R-2 R", "R-2 F", "R-L R", "R-L F"
    );
    for (name, s) in rows {
        let cells = [s.r1.recall, s.r1.f1, s.r2.recall, s.r2.f1, s.rl.recall, s.rl.f1];
        let _ = write!(out, "{name:<16}");
        for cell in cells {
            let _ = write!(out, " {:>6.2}", 100.0 * cell);
        }
        out.push('\n');
    }
    out
}

/// Fails unless `lead` matches the published LEAD recall on multiling2011_en.
fn check_published_lead(lead: &Scores) -> Result<()> {
    let measured = (100.0 * lead.r1.recall, 100.0 * lead.r2.recall);
    let (r1, r2) = PUBLISHED_LEAD;
    ensure!(
        (measured.0 - r1).abs() <= PUBLISHED_TOLERANCE && (measured.1 - r2).abs() <= PUBLISHED_TOLERANCE,
        "LEAD scores R-1 R {:.2}, R-2 R {:.2} but SOURCE.md publishes {r1:.2}, {r2:.2}: the ROUGE code or the data changed",
        measured.0,
        measured.1,
    );
    println!("LEAD matches the published R-1 R {r1:.2}, R-2 R {r2:.2}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_are_percent_with_two_decimals() {
        let score = rouge::Score { recall: 0.416, precision: 0.5, f1: 0.41289 };
        let scores = Scores { r1: score, r2: score, rl: rouge::Score::default() };
        assert_eq!(
            table(&[("LEAD", scores)]),
            "system            R-1 R  R-1 F  R-2 R  R-2 F  R-L R  R-L F\n\
             LEAD              41.60  41.29  41.60  41.29   0.00   0.00\n"
        );
    }

    #[test]
    fn options_parse_flags_and_reject_unknown_ones() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let options = Options::parse(&args(&["--data", "/", "--words=100"])).unwrap();
        assert_eq!((options.data, options.words), (PathBuf::from("/"), 100));
        assert!(Options::parse(&args(&["--words", "0", "--data", "/"])).is_err());
        assert!(Options::parse(&args(&["--data"])).is_err());
        assert!(Options::parse(&args(&["--frobnicate"])).is_err());
    }
}
