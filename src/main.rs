//! `summarize`: an extractive summary of several news reports about one event.
//!
//! The binary owns everything that touches the outside world: arguments,
//! files, error messages, exit codes and writing the output. The work itself
//! is done by the `summarize` library.

mod batch;
mod cli;
mod input;
mod render;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;

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
            if error.chain().any(|cause| {
                cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            say(&format!("{error:#}"));
            let code = match (error.downcast_ref::<input::Failure>(), error.downcast_ref::<summarize::Error>()) {
                (Some(failure), _) => failure.error.exit_code(),
                (None, Some(summarize::Error::NothingFits { .. })) => 4,
                (None, Some(_)) => 3,
                (None, None) if error.is::<EventsFailed>() => 5,
                (None, None) => 1,
            };
            ExitCode::from(code)
        }
    }
}

/// Writes `summarize: {line}` to stderr. A stderr that cannot be written
/// (`2>/dev/full`, a closed pipe) loses the message but never panics: the
/// exit code still tells.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "summarize: {line}");
}

fn run(args: &Args) -> anyhow::Result<()> {
    if let Some(kind) = args.generate {
        return generate(kind);
    }
    let mut options = Options::default();
    options.budget = budget(args);
    match args.lang {
        cli::Lang::Auto => options.detect_language = true,
        cli::Lang::Given(language) => options.language = language,
    }
    options.order = args.order.into();
    if args.batch {
        return run_batch(args, &options);
    }
    let reports = read_reports(args)?;
    // Borrowed from the paths where they are UTF-8: no copy of each name.
    let names: Vec<_> = reports.iter().map(|r| r.source.name()).collect();
    let documents: Vec<Document> = reports.iter().zip(&names).map(|(r, name)| Document::new(name, &r.text)).collect();

    let output = if args.extract {
        let mut out = String::new();
        for report in &reports {
            out.push_str(&report.text);
            if !report.text.ends_with('\n') {
                out.push('\n');
            }
        }
        out
    } else if args.split {
        render::split(&reports, args.format == OutputFormat::Json, args.lang)
    } else {
        let analysis = summarize::analyze(&documents, &options).map_err(|error| match reports.as_slice() {
            // A run's limit passed by one file: name it, as every other input error does.
            [report] => anyhow::Error::new(error).context(report.source.display()),
            _ => anyhow::Error::new(error).context(format!("{} inputs together", reports.len())),
        })?;
        if args.explain {
            analysis.explain()
        } else if analysis.selected.is_empty() {
            return Err(analysis.why_empty().into());
        } else {
            let mut summary = analysis.summary(options.order);
            for (document, report) in summary.documents.iter_mut().zip(&reports) {
                document.path_bytes = report.source.raw_bytes();
                document.extracted_from_html = report.web_page.as_deref().cloned();
            }
            match args.format.for_render() {
                Some(format) => summarize::render(&summary, format),
                None => {
                    let texts: Vec<&str> = reports.iter().map(|r| r.text.as_str()).collect();
                    summarize::render_html(&summary, &texts)
                }
            }
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush()).context("writing the output")?;
    Ok(())
}

/// Some events of a batch failed; each has its error line in the output.
#[derive(Debug)]
struct EventsFailed {
    failed: usize,
    events: usize,
}

impl std::fmt::Display for EventsFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} of {} events failed; their output lines say why", self.failed, self.events)
    }
}

impl std::error::Error for EventsFailed {}

/// `--batch`: the events of the one file named (or standard input).
fn run_batch(args: &Args, options: &Options) -> anyhow::Result<()> {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let outcome = match args.files.as_slice() {
        [] => batch::run(std::io::stdin().lock(), &mut stdout, options),
        [path] if path.as_os_str() == "-" => batch::run(std::io::stdin().lock(), &mut stdout, options),
        [path] => {
            let source = input::Source::File(path.clone());
            let file = std::fs::File::open(path)
                .map_err(|error| input::Failure::new(&source, input::InputError::Io(error)))?;
            batch::run(file, &mut stdout, options)
        }
        _ => anyhow::bail!("--batch reads one file of events (or standard input), not {}", args.files.len()),
    };
    let outcome = outcome
        .and_then(|outcome| stdout.flush().map(|()| outcome))
        .context("reading the events or writing the output")?;
    if outcome.failed > 0 {
        return Err(EventsFailed { failed: outcome.failed, events: outcome.events }.into());
    }
    Ok(())
}

/// Reads and checks every input named, in order; with `--skip-bad`, warns
/// about each unusable one and goes on.
fn read_reports(args: &Args) -> anyhow::Result<Vec<input::Report>> {
    let mut reports = Vec::new();
    let mut skipped = None;
    let mut skip_or_fail = |failure: input::Failure| -> anyhow::Result<()> {
        if !args.skip_bad {
            return Err(failure.into());
        }
        say(&format!("warning: skipping {failure}"));
        skipped = Some(failure);
        Ok(())
    };
    let mut sources = Vec::new();
    let mut seen = input::SeenFiles::default();
    for named in input::expand(&args.files) {
        match named.and_then(|named| seen.check(named)) {
            Ok(input::Checked::Read(source)) => sources.push(source),
            // The same file named twice is read once: two copies of one
            // report would cite it twice and weigh its words double.
            Ok(input::Checked::Again(source)) => {
                say(&format!("warning: {} is the same file as one named before; it is read once", source.display()))
            }
            Err(failure) => skip_or_fail(failure)?,
        }
    }
    // Files are read and checked in parallel (checking is a pass over every
    // byte), then taken in order, so the first bad file named is the same.
    let inputs: Vec<_> = sources.into_par_iter().map(input::read).collect();
    reports.reserve_exact(inputs.len());
    let mut total = 0u64;
    for input in inputs {
        match input {
            Ok(report) => {
                total += report.text.len() as u64;
                if total > input::MAX_TOTAL_BYTES {
                    return Err(input::Failure::new(&report.source, input::InputError::TotalTooLarge).into());
                }
                reports.push(report);
            }
            Err(failure) => skip_or_fail(failure)?,
        }
    }
    if let (true, Some(last)) = (reports.is_empty(), skipped) {
        // --skip-bad skipped every input: fail with the last one's exit code.
        return Err(anyhow::Error::new(last).context("no usable input; the last one skipped was"));
    }
    Ok(reports)
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
    say(&format!("{message}; see 'summarize --help'"));
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
