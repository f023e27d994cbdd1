//! `cargo xtask eval [--data DIR] [--lang L] [--docs N | --groups N] [--words N[,N…]] [--per-topic] [--binary PATH] [-- ARGS…]`:
//! ROUGE of the release `summarize` binary against human summaries, next to
//! baselines.
//!
//! The data set is a folder of topics: `<topic>/*.txt` are the source
//! articles, `<topic>/reference/*.txt` the human summaries. For each topic
//! (sorted by name) the binary runs as `summarize --lang L --words N
//! --format json ARGS <articles>` (articles sorted by path; with `--docs N`
//! only the first N of them, the two-report case being `--docs 2`) and the
//! sentences it prints are the summary. `--groups N` instead makes every
//! run of N consecutive articles of a topic its own case, scored against
//! the topic's references: `--groups 2` gives 50 two-report cases on the
//! 10 topics where `--docs 2` gives 10, so a change to the two-report case
//! is measured with a fifth of the noise of one pair per topic. The protocol is the one
//! `xtask/data/eval/SOURCE.md` publishes scores with: summary and references
//! cut to their first N whitespace-separated words, ROUGE-1, ROUGE-2 and
//! ROUGE-L, averaged over a topic's references, then over topics. English
//! is tokenized as `rouge-score` does with stemming (see [`rouge::tokenize`]);
//! other languages with the Unicode tokenizer SOURCE.md gives for them
//! ([`rouge::tokenize_unicode`]). `--lang fr` alone evaluates
//! `multiling2011_fr`; `--words 250,100` prints one table per length.
//!
//! Under each table: the share of the selected sentences that are the first
//! sentence of their article (a lede), a sign of how much the summary leans
//! on the lead prior; with `--per-topic`, each case's ROUGE-2 recall for
//! every system, to see where a change wins and loses. `--binary PATH`
//! scores another build of `summarize` instead of building this checkout's
//! (say, one built from an older commit with `git worktree`), so a change
//! is compared with what came before on the same ROUGE code and data.
//!
//! The tables go to stdout and are the same bytes on every run; warnings
//! and timing go to stderr. On the default data set at 250 words, with all
//! articles, the LEAD row must reproduce the published LEAD scores, or the
//! task fails: that guards the ROUGE code itself.

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
const USAGE: &str = "usage: cargo xtask eval [--data DIR] [--lang L] [--docs N | --groups N] [--words N[,N...]] [--per-topic] [--binary PATH] [-- ARGS...]";

/// The data sets, relative to the project root: `{}` is the language code.
const DATA_PATTERN: &str = "xtask/data/eval/multiling2011_{}";

/// The default language.
const DEFAULT_LANG: &str = "en";

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
    let (references, topics) = load_topics(&options.data, options.articles)?;
    let binary = match &options.binary {
        Some(binary) => binary.clone(),
        None => release_binary()?,
    };
    let tokenize: fn(&str) -> Vec<String> = if options.english() { rouge::tokenize } else { rouge::tokenize_unicode };

    let mut summarize_time = Duration::ZERO;
    for (round, &words) in options.words.iter().enumerate() {
        let mut scores: [Vec<Scores>; SYSTEMS.len()] = Default::default();
        let (mut selected, mut ledes) = (0, 0);
        // Each topic's references, cut and tokenized once for all its cases and systems.
        let reference_tokens: Vec<Vec<Vec<String>>> = references
            .iter()
            .map(|texts| texts.iter().map(|r| tokenize(&rouge::cut_words(r, words))).collect())
            .collect();
        for topic in &topics {
            let started = Instant::now();
            let summary = summarize(&binary, topic, words, &options)?;
            summarize_time += started.elapsed();
            if summary.text.trim().is_empty() {
                eprintln!("warning: summarize printed nothing for topic {}", topic.name);
            }
            selected += summary.sentences;
            ledes += summary.ledes;
            let summaries = [
                summary.text,
                baseline::lead(&topic.articles, words),
                baseline::first_sentences(&topic.articles, words),
            ];
            for (system, text) in scores.iter_mut().zip(&summaries) {
                let summary = tokenize(&rouge::cut_words(text, words));
                let per_reference: Vec<Scores> =
                    reference_tokens[topic.folder].iter().map(|r| rouge::score(r, &summary)).collect();
                system.push(Scores::mean(&per_reference));
            }
        }
        let rows: Vec<(&str, Scores)> =
            SYSTEMS.into_iter().zip(&scores).map(|(name, s)| (name, Scores::mean(s))).collect();

        let reference_count: usize = references.iter().map(Vec::len).sum();
        let articles = match options.articles {
            Articles::First(n) => format!("first {n} articles of each topic, "),
            Articles::Groups(n) => format!("each run of {n} consecutive articles a case, {} cases, ", topics.len()),
            Articles::All => String::new(),
        };
        let mut extra = String::new();
        if let Some(binary) = &options.binary {
            write!(extra, ", binary {}", binary.display())?;
        }
        if !options.binary_args.is_empty() {
            write!(extra, ", summarize {}", options.binary_args.join(" "))?;
        }
        if round > 0 {
            println!();
        }
        println!(
            "ROUGE on {}: {} topics, {articles}{reference_count} references, summaries and references cut to {words} words{extra}",
            dataset_name(&options.data),
            references.len(),
        );
        print!("{}", table(&rows));
        println!(
            "summarize: {ledes} of {selected} selected sentences ({:.0}%) are the first sentence of their article",
            100.0 * ledes as f64 / selected.max(1) as f64
        );
        if options.per_topic {
            print!("{}", per_topic(&topics, &scores));
        }
        if dataset_name(&options.data) == "multiling2011_en"
            && words == DEFAULT_WORDS
            && options.articles == Articles::All
        {
            check_published_lead(&rows[1].1)?;
        }
    }
    eprintln!(
        "eval took {:.2} s in all, {:.2} s of it running summarize on {} cases",
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
    /// Language code, passed to the binary as `--lang`.
    lang: String,
    /// Which articles of each topic make a case.
    articles: Articles,
    /// Summary lengths in words, also where references are cut: one table each.
    words: Vec<usize>,
    /// Extra arguments for the binary (after `--`).
    binary_args: Vec<String>,
    /// Print each case's ROUGE-2 recall under the table.
    per_topic: bool,
    /// A `summarize` binary to score instead of this checkout's release build.
    binary: Option<PathBuf>,
}

impl Options {
    /// Parses `--data DIR`, `--lang L`, `--docs N` or `--groups N`,
    /// `--words N[,N…]`, `--binary PATH` (also as `--flag=value`),
    /// `--per-topic` and, after `--`, arguments for the binary.
    fn parse(args: &[String]) -> Result<Options> {
        let mut data = None;
        let mut lang = DEFAULT_LANG.to_string();
        let mut articles = Articles::All;
        let mut words = vec![DEFAULT_WORDS];
        let mut binary_args = Vec::new();
        let mut per_topic = false;
        let mut binary = None;
        let positive = |flag: &str, v: &str| -> Result<usize> {
            v.parse().ok().filter(|&n| n > 0).with_context(|| format!("{flag} wants a positive integer, got {v:?}"))
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if arg == "--" {
                binary_args.extend(args.by_ref().cloned());
                break;
            }
            if arg == "--per-topic" {
                per_topic = true;
                continue;
            }
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
                "--data" => data = Some(PathBuf::from(value()?)),
                "--binary" => {
                    let path = PathBuf::from(value()?);
                    ensure!(path.is_file(), "--binary: no file at {}", path.display());
                    binary = Some(path);
                }
                "--lang" => lang = value()?,
                "--docs" | "--groups" => {
                    ensure!(articles == Articles::All, "--docs and --groups go alone, once\n{USAGE}");
                    let n = positive(flag, &value()?)?;
                    articles = if flag == "--docs" { Articles::First(n) } else { Articles::Groups(n) };
                }
                "--words" => words = value()?.split(',').map(|v| positive(flag, v.trim())).collect::<Result<_>>()?,
                _ => bail!("unknown argument {arg:?}\n{USAGE}"),
            }
        }
        let data = data.unwrap_or_else(|| project_root().join(DATA_PATTERN.replace("{}", &lang)));
        let data = data.canonicalize().with_context(|| format!("no eval data at {}", data.display()))?;
        Ok(Options { data, lang, articles, words, binary_args, per_topic, binary })
    }

    /// Whether the reports are English, scored with `rouge-score`'s tokenizer.
    fn english(&self) -> bool {
        matches!(self.lang.as_str(), "en" | "english")
    }
}

/// Which articles of each topic are summarized together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Articles {
    /// All of them: one case per topic.
    All,
    /// The first N (file order): one case per topic.
    First(usize),
    /// Every run of N consecutive articles (file order, a shorter last run
    /// dropped): one case per run, named `topic:k`.
    Groups(usize),
}

/// One case: a topic's articles, or some of them, read once.
struct Topic {
    /// The folder's name (`name:k` for the k-th run of `--groups`).
    name: String,
    /// The index of its topic folder, where its references are.
    folder: usize,
    /// Paths of the articles, sorted.
    paths: Vec<PathBuf>,
    /// Text of each article, in the same order.
    articles: Vec<String>,
}

/// Reads every topic folder of `data`, sorted by name: the text of each
/// folder's references, and the cases `articles` asks for.
fn load_topics(data: &Path, articles: Articles) -> Result<(Vec<Vec<String>>, Vec<Topic>)> {
    let mut all_references = Vec::new();
    let mut topics = Vec::new();
    for dir in sorted_entries(data, |p| p.is_dir())? {
        let folder = all_references.len();
        let name = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let mut paths = sorted_entries(&dir, is_txt)?;
        let reference_dir = dir.join("reference");
        let references = if reference_dir.is_dir() { sorted_entries(&reference_dir, is_txt)? } else { Vec::new() };
        ensure!(!paths.is_empty(), "topic {name} has no articles (*.txt)");
        ensure!(!references.is_empty(), "topic {name} has no references (reference/*.txt)");
        let references: Vec<String> = references.iter().map(|p| read(p)).collect::<Result<_>>()?;
        let cases: Vec<(String, Vec<PathBuf>)> = match articles {
            Articles::All => vec![(name, paths)],
            Articles::First(n) => {
                paths.truncate(n);
                vec![(name, paths)]
            }
            Articles::Groups(n) => {
                paths.chunks_exact(n).enumerate().map(|(k, run)| (format!("{name}:{k}"), run.to_vec())).collect()
            }
        };
        for (name, paths) in cases {
            let articles = paths.iter().map(|p| read(p)).collect::<Result<_>>()?;
            topics.push(Topic { name, folder, paths, articles });
        }
        all_references.push(references);
    }
    ensure!(!topics.is_empty(), "no topic folders (or no run of that many articles) in {}", data.display());
    Ok((all_references, topics))
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

/// What the binary printed for one topic.
struct Summary {
    /// The selected sentences, one per line.
    text: String,
    /// How many sentences were selected.
    sentences: usize,
    /// How many of them are the first sentence of their article.
    ledes: usize,
}

/// Runs `summarize --words N --format json` on one topic and reads its summary.
fn summarize(binary: &Path, topic: &Topic, words: usize, options: &Options) -> Result<Summary> {
    let output = Command::new(binary)
        .args(["--format", "json", "--lang", &options.lang, "--words", &words.to_string()])
        .args(&options.binary_args)
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
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)
        .with_context(|| format!("summarize printed invalid JSON on topic {}", topic.name))?;
    let sentences = json["sentences"].as_array().map(Vec::as_slice).unwrap_or_default();
    let mut summary = Summary { text: String::new(), sentences: sentences.len(), ledes: 0 };
    for sentence in sentences {
        let text = sentence["text"].as_str().context("a sentence without text")?;
        let document = sentence["document"].as_u64().context("a sentence without document")? as usize;
        let position = sentence["position"].as_u64().context("a sentence without position")? as usize;
        summary.text.push_str(text);
        summary.text.push('\n');
        let article = topic.articles.get(document.wrapping_sub(1)).context("a sentence of no article")?;
        if Some(position) == lede_position(article) {
            summary.ledes += 1;
        }
    }
    Ok(summary)
}

/// The position of an article's first sentence: the first that ends like a
/// sentence (title and date lines do not), after a headline that ends in a
/// period.
fn lede_position(article: &str) -> Option<usize> {
    let spans = summarize_tokenize::split_sentences(article);
    let skip = usize::from(summarize_tokenize::opens_with_headline(article, &spans));
    spans
        .iter()
        .skip(skip)
        .position(|span| summarize_tokenize::ends_like_a_sentence(span.slice(article)))
        .map(|p| p + skip)
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

/// One line per case: its name and each system's ROUGE-2 recall (%).
fn per_topic(topics: &[Topic], scores: &[Vec<Scores>]) -> String {
    let mut out = format!("{:<16}", "R-2 R per case");
    for name in SYSTEMS {
        let _ = write!(out, " {name:>16}");
    }
    out.push('\n');
    for (index, topic) in topics.iter().enumerate() {
        let _ = write!(out, "{:<16}", topic.name);
        for system in scores {
            let _ = write!(out, " {:>16.2}", 100.0 * system[index].r2.recall);
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
        let options = Options::parse(&args(&["--data", "/", "--words=250,100", "--docs", "2", "--", "-x"])).unwrap();
        assert_eq!(
            (options.data, options.words, options.articles, options.binary_args),
            (PathBuf::from("/"), vec![250, 100], Articles::First(2), vec!["-x".to_string()])
        );
        assert_eq!(Options::parse(&args(&["--data", "/", "--groups=2"])).unwrap().articles, Articles::Groups(2));
        assert!(Options::parse(&args(&["--data", "/", "--groups", "2", "--docs", "2"])).is_err());
        assert!(Options::parse(&args(&["--data", "/", "--per-topic"])).unwrap().per_topic);
        let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        let binary = Options::parse(&args(&["--data", "/", "--binary", manifest])).unwrap().binary;
        assert_eq!(binary, Some(PathBuf::from(manifest)));
        assert!(Options::parse(&args(&["--data", "/", "--binary", "/no/such/summarize"])).is_err());
        assert!(Options::parse(&args(&["--docs", "0", "--data", "/"])).is_err());
        assert!(Options::parse(&args(&["--words", "0", "--data", "/"])).is_err());
        assert!(Options::parse(&args(&["--data"])).is_err());
        assert!(Options::parse(&args(&["--frobnicate"])).is_err());
    }
}
