//! The command line: every flag, its help text and its checks.
//!
//! Kept apart from `main.rs`, and depending only on clap and
//! `summarize-tokenize`, so that `cargo xtask man` can include this file to
//! write shell completions and the man page from the same definition.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use summarize_tokenize::Language;

/// Summarize several news reports about one event in their own sentences.
///
/// Reads the reports, picks the sentences that carry what the reports
/// have in common, never repeats what another selected sentence already
/// says, and prints them in source order.
#[derive(Debug, Parser)]
#[command(
    name = "summarize",
    version,
    after_help = "\
Exit status:
  0  the summary (or --split's sentences) was printed
  1  an input could not be read (missing file, permission, directory without .txt files)
  2  the command line is wrong (unknown flag, bad value)
  3  an input is not usable text (empty, only white space, binary, not UTF-8,
     over the 64 MiB size limit, no sentence in it)
  4  no sentence fits the budget (sentences are never cut)"
)]
pub struct Args {
    /// Report files (UTF-8 text); `-` reads standard input; a directory
    /// stands for its `.txt` files, sorted by path.
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<PathBuf>,

    /// Budget: at most N sentences.
    #[arg(short = 'n', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    pub sentences: Option<u64>,

    /// Budget: at most N words (the default, at 100 words, when no budget is given).
    #[arg(short = 'w', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    pub words: Option<u64>,

    /// Budget: at most N characters (sentences are never cut).
    #[arg(short = 'c', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    pub chars: Option<u64>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,

    /// Order of the summary's sentences: `source` is report order (as the
    /// files were named), then position in the report; `score` is the order
    /// they were selected in, most salient first.
    #[arg(long, value_enum, default_value_t = Order::Source)]
    pub order: Order,

    /// Language of the reports, for stemming and stopwords: arabic, danish,
    /// dutch, english, finnish, french, german, greek, hungarian, italian,
    /// norwegian, portuguese, romanian, russian, spanish, swedish, tamil,
    /// turkish (or the two-letter code: en, fr, …).
    #[arg(long, default_value_t = Language::English, value_parser = parse_language)]
    pub lang: Language,

    /// Print the sentences of the input instead of a summary (one per line;
    /// with --format json one JSON object per line).
    #[arg(long, conflicts_with_all = ["explain", "order"])]
    pub split: bool,

    /// Print every sentence with its score parts and why it was or was not selected.
    #[arg(long)]
    pub explain: bool,

    /// On an input that cannot be used, print a warning naming it and go on
    /// with the others (the default is to stop with an error). Still fails
    /// when no input is usable.
    #[arg(long)]
    pub skip_bad: bool,
}

/// Default budget: 100 words, the length of the DUC/TAC multi-document
/// summaries that extractive summarizers are compared on.
pub const DEFAULT_WORDS: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Order {
    Source,
    Score,
}

fn parse_language(name: &str) -> Result<Language, String> {
    name.parse().map_err(|_| {
        let names: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
        format!("unknown language; one of: {}", names.join(", "))
    })
}
