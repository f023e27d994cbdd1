//! `summarize`: an extractive summary of several news reports about one event.
//!
//! The binary owns everything that touches the outside world: arguments,
//! files, error messages and exit codes. The work itself is done by the
//! library crates through [`pipeline`].

mod input;
mod pipeline;
mod render;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use summarize_redundancy::Budget;
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
     over the 64 MiB size limit, no sentence in it)"
)]
struct Args {
    /// Report files (UTF-8 text); `-` reads standard input; a directory
    /// stands for its `.txt` files, sorted by path.
    #[arg(required = true, value_name = "FILES")]
    files: Vec<PathBuf>,

    /// Budget: at most N sentences.
    #[arg(short = 'n', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    sentences: Option<u64>,

    /// Budget: at most N words (the default, at 100 words, when no budget is given).
    #[arg(short = 'w', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    words: Option<u64>,

    /// Budget: at most N characters (sentences are never cut).
    #[arg(short = 'c', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    chars: Option<u64>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,

    /// Order of the summary's sentences: `source` is report order (as the
    /// files were named), then position in the report; `score` is the order
    /// they were selected in, most salient first.
    #[arg(long, value_enum, default_value_t = Order::Source)]
    order: Order,

    /// Language of the reports, for stemming and stopwords.
    #[arg(long, default_value_t = Language::English, value_parser = parse_language)]
    lang: Language,

    /// Print the sentences of the input instead of a summary (one per line;
    /// with --format json one JSON object per line).
    #[arg(long, conflicts_with_all = ["explain", "order"])]
    split: bool,

    /// Print every sentence with its score parts and why it was or was not selected.
    #[arg(long)]
    explain: bool,
}

/// Default budget: 100 words, the length of the DUC/TAC multi-document
/// summaries that extractive summarizers are compared on.
const DEFAULT_WORDS: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Order {
    Source,
    Score,
}

fn parse_language(name: &str) -> Result<Language, String> {
    name.parse().map_err(|_| {
        let names: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
        format!("unknown language; one of: {}", names.join(", "))
    })
}

impl Args {
    fn budget(&self) -> Budget {
        let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
        match (self.sentences, self.words, self.chars) {
            (Some(n), _, _) => Budget::Sentences(size(n)),
            (_, Some(n), _) => Budget::Words(size(n)),
            (_, _, Some(n)) => Budget::Chars(size(n)),
            _ => Budget::Words(DEFAULT_WORDS),
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // A closed pipe (`summarize … | head -1`) is the reader's choice, not an error.
            if let Some(io) = error.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("summarize: {error:#}");
            let code = error.downcast_ref::<input::Failure>().map_or(1, |f| f.error.exit_code());
            ExitCode::from(code)
        }
    }
}

fn run(args: &Args) -> anyhow::Result<()> {
    let mut reports = Vec::new();
    for path in input::expand(&args.files) {
        reports.push(input::read(&path?)?);
    }
    let texts: Vec<&str> = reports.iter().map(|r| r.text.as_str()).collect();
    let options = pipeline::Options { budget: args.budget(), language: args.lang };

    let output = if args.split {
        render::split(&reports, args.format == OutputFormat::Json)
    } else {
        let analysis = pipeline::summarize(&texts, &options);
        if let Some(report) = reports.iter().zip(&analysis.sentence_counts).find(|(_, count)| **count == 0) {
            return Err(input::Failure { path: report.0.path.clone(), error: input::InputError::NoSentences }.into());
        }
        if args.explain {
            render::explain(&reports, &analysis)
        } else {
            let summary = render::summary(&reports, &analysis, args.order == Order::Score);
            let format = match args.format {
                OutputFormat::Text => summarize_format::Format::Text,
                OutputFormat::Markdown => summarize_format::Format::Markdown,
                OutputFormat::Json => summarize_format::Format::Json,
            };
            summarize_format::render(&summary, format)
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(output.as_bytes())?;
    stdout.flush()?;
    Ok(())
}
