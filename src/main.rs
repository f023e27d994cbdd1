//! `summarize`: an extractive summary of several news reports about one event.
//!
//! The binary owns everything that touches the outside world: arguments,
//! files, error messages, exit codes and writing the output. The work itself
//! is done by the `summarize` library.

mod cli;
mod input;
mod render;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use rayon::prelude::*;
use summarize::{Budget, DEFAULT_BUDGET, Document, Options};

use cli::{Args, Generate, OutputFormat};

/// The budget the flags ask for (at most one is given; clap checks that).
fn budget(args: &Args) -> Budget {
    let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    match (args.sentences, args.words, args.chars) {
        (Some(n), _, _) => Budget::Sentences(size(n)),
        (_, Some(n), _) => Budget::Words(size(n)),
        (_, _, Some(n)) => Budget::Chars(size(n)),
        _ => DEFAULT_BUDGET,
    }
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(error) => return usage_error(&error),
    };
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
            let code = match (error.downcast_ref::<input::Failure>(), error.downcast_ref::<summarize::Error>()) {
                (Some(failure), _) => failure.error.exit_code(),
                (None, Some(summarize::Error::NothingFits { .. })) => 4,
                (None, Some(_)) => 3,
                (None, None) => 1,
            };
            ExitCode::from(code)
        }
    }
}

fn run(args: &Args) -> anyhow::Result<()> {
    if let Some(kind) = args.generate {
        return generate(kind);
    }
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
    let documents: Vec<Document> = reports.iter().map(|r| Document::new(&r.path, &r.text)).collect();
    let mut options = Options::default();
    options.budget = budget(args);
    options.language = args.lang;
    options.order = args.order.into();

    let output = if args.split {
        render::split(&reports, args.format == OutputFormat::Json)
    } else {
        let analysis = summarize::analyze(&documents, &options);
        if args.explain {
            analysis.explain()
        } else if analysis.selected.is_empty() {
            return Err(analysis.why_empty().into());
        } else {
            summarize::render(&analysis.summary(options.order), args.format.into())
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(output.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// A command-line mistake in the one-line shape of every other error
/// (`summarize: …`, exit 2); `--help` and `--version` print as clap writes them.
fn usage_error(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    // clap's first paragraph is the message ("error: invalid value …" and
    // the possible values); usage and tips follow after a blank line.
    let rendered = error.render().to_string();
    let message =
        rendered.lines().take_while(|line| !line.trim().is_empty()).map(str::trim).collect::<Vec<_>>().join(" ");
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    let _ = writeln!(std::io::stderr(), "summarize: {message}; see 'summarize --help'");
    ExitCode::from(2)
}

/// `--generate`: completions for a shell, or the man page, on standard output.
fn generate(kind: Generate) -> anyhow::Result<()> {
    use clap::CommandFactory;
    use clap_complete::Shell;

    let mut command = Args::command();
    let mut stdout = std::io::stdout().lock();
    let shell = match kind {
        Generate::Man => {
            clap_mangen::Man::new(command).render(&mut stdout)?;
            return Ok(stdout.flush()?);
        }
        Generate::Bash => Shell::Bash,
        Generate::Zsh => Shell::Zsh,
        Generate::Fish => Shell::Fish,
        Generate::Elvish => Shell::Elvish,
        Generate::Powershell => Shell::PowerShell,
    };
    clap_complete::generate(shell, &mut command, "summarize", &mut stdout);
    Ok(stdout.flush()?)
}
