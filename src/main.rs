//! `summarize`: an extractive summary of several news reports about one event.
//!
//! The binary owns everything that touches the outside world: arguments,
//! files, error messages and exit codes. The work itself is done by the
//! library crates through [`pipeline`].

mod cli;
mod input;
mod pipeline;
mod render;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use rayon::prelude::*;
use summarize_redundancy::Budget;

use cli::{Args, DEFAULT_WORDS, Order, OutputFormat};

/// No sentence of the input fits the budget: an error, not an empty summary.
#[derive(Debug)]
struct NothingFits {
    budget: Budget,
    /// The cost of the shortest sentence, in the budget's unit.
    shortest: usize,
}

impl std::fmt::Display for NothingFits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.budget {
            Budget::Sentences(_) => "sentences",
            Budget::Words(_) => "words",
            Budget::Chars(_) => "characters",
        };
        write!(
            f,
            "no sentence fits a budget of {} {unit} (the shortest candidate has {}); sentences are never cut",
            self.budget.limit(),
            self.shortest
        )
    }
}

impl std::error::Error for NothingFits {}

/// The budget the flags ask for (at most one is given; clap checks that).
fn budget(args: &Args) -> Budget {
    let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    match (args.sentences, args.words, args.chars) {
        (Some(n), _, _) => Budget::Sentences(size(n)),
        (_, Some(n), _) => Budget::Words(size(n)),
        (_, _, Some(n)) => Budget::Chars(size(n)),
        _ => Budget::Words(DEFAULT_WORDS),
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
            let code = match (error.downcast_ref::<input::Failure>(), error.downcast_ref::<NothingFits>()) {
                (Some(failure), _) => failure.error.exit_code(),
                (None, Some(_)) => 4,
                (None, None) => 1,
            };
            ExitCode::from(code)
        }
    }
}

fn run(args: &Args) -> anyhow::Result<()> {
    let mut reports = Vec::new();
    let mut skipped = None;
    // Files are read and checked in parallel (checking is a pass over every
    // byte), then taken in order, so the first bad file named is the same.
    let inputs: Vec<_> =
        input::expand(&args.files).into_par_iter().map(|input| input.and_then(|path| input::read(&path))).collect();
    for input in inputs {
        match input {
            Ok(report) => reports.push(report),
            Err(failure) if args.skip_bad => {
                eprintln!("summarize: warning: skipping {failure}");
                skipped = Some(failure);
            }
            Err(failure) => return Err(failure.into()),
        }
    }
    if let (true, Some(last)) = (reports.is_empty(), skipped) {
        // --skip-bad skipped every input: fail with the last one's exit code.
        return Err(anyhow::Error::new(last).context("no usable input; the last one skipped was"));
    }
    let texts: Vec<&str> = reports.iter().map(|r| r.text.as_str()).collect();
    let options = pipeline::Options { budget: budget(args), language: args.lang };

    let output = if args.split {
        render::split(&reports, args.format == OutputFormat::Json)
    } else {
        let analysis = pipeline::summarize(&texts, &options);
        if analysis.selected.is_empty() && !args.explain {
            let candidates = analysis.sentences.iter().filter(|s| s.excluded.is_none());
            let shortest = candidates.map(|s| options.budget.cost(&s.as_candidate())).min();
            return Err(NothingFits { budget: options.budget, shortest: shortest.unwrap_or(0) }.into());
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
