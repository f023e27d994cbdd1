//! The command line: every flag, its help text and its checks.
//!
//! Kept apart from `main.rs`: `--generate` writes shell completions and
//! the man page from this same definition, so they cannot drift from
//! `--help`.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, ValueEnum};
use summarize_tokenize::Language;

/// Summarize several news reports about one event in their own sentences.
///
/// Reads the reports, picks the sentences that carry what the reports
/// have in common, never repeats what another selected sentence already
/// says, and prints them as a story: the sentence that introduces the
/// event first, then the others by how far into their report they come.
#[derive(Debug, Parser)]
#[command(
    name = "summarize",
    version,
    max_term_width = 100,
    after_help = "\
Exit status:
  0  the summary (or --split's sentences, or --extract's text) was printed
  1  an input could not be read (missing file, permission, directory without .txt or .html files)
  2  the command line is wrong (unknown flag, bad value)
  3  an input is not usable text (empty, only white space, binary, not UTF-8,
     over the 64 MiB limit of one input or 256 MiB of all, more than 4,000,000
     sentences in all, no sentence in it, a web page that is not HTML, has no
     text or no article)
  4  no sentence fits the budget (sentences are never cut)
  5  --batch: one or more events failed (each has its error line)"
)]
pub struct Args {
    /// Report files (UTF-8 text); `-` reads standard input; a directory
    /// stands for its `.txt`, `.html` and `.htm` files, sorted by path. A
    /// `.html` or `.htm` file is a saved web page: its article is extracted
    /// (Mozilla's Readability) and summarized, and byte spans refer to that
    /// extracted text (--extract prints it).
    #[arg(required_unless_present_any = ["generate", "batch"], value_name = "FILES")]
    pub files: Vec<PathBuf>,

    /// Budget: at most N sentences.
    #[arg(short = 'n', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    pub sentences: Option<u64>,

    /// Budget: at most N words (the default, at 100 words, when no budget is
    /// given). Words are white-space separated tokens; in Chinese, Japanese,
    /// Thai, Lao, Khmer and Myanmar script each character counts as a word.
    #[arg(short = 'w', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    pub words: Option<u64>,

    /// Budget: at most N characters, counted in Unicode scalar values over the
    /// sentences themselves, without the line break printed after each
    /// (sentences are never cut).
    #[arg(short = 'c', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..),
          group = "budget")]
    pub chars: Option<u64>,

    /// Output format. `html` is one self-contained page (no script, no
    /// network): each sentence's citation links to it highlighted in the
    /// full text of its report, shown below; scores on hover.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,

    /// Order of the summary's sentences: `story` opens with the sentence
    /// that introduces the event (the selected one nearest the top of its
    /// report), then the others by relative position in their report
    /// (position ÷ sentences), then report; `source` is report order (as the
    /// files were named), then position in the report; `score` is the order
    /// they were selected in, most salient first.
    #[arg(long, value_enum, default_value_t = Order::Story)]
    pub order: Order,

    /// Language of the reports (sentence rules, stopwords, stemming), by
    /// English name or two-letter code, or `auto` to detect it.
    #[arg(
        long,
        default_value = "english",
        value_parser = language_parser(),
        hide_possible_values = true,
        long_help = language_help()
    )]
    pub lang: Lang,

    /// Print the sentences of the input instead of a summary (one per line;
    /// with --format json one JSON object per line).
    #[arg(long, conflicts_with_all = ["explain", "order"])]
    pub split: bool,

    /// Print the text each input is summarized from, instead of a summary:
    /// a text file as it is, a web page's extracted article; each ends with
    /// a line break. The byte spans of a summary (and of --split) index
    /// this text, so `summarize --extract page.html > page.txt` gives the
    /// file to check them against.
    #[arg(long, conflicts_with_all = ["split", "explain", "order", "format"])]
    pub extract: bool,

    /// Print every sentence with its score parts and why it was or was not selected.
    #[arg(long)]
    pub explain: bool,

    /// On an input that cannot be used, print a warning naming it and go on
    /// with the others (the default is to stop with an error). Still fails
    /// when no input is usable.
    #[arg(long)]
    pub skip_bad: bool,

    /// Summarize many events: read JSON Lines (from the one FILE given, or
    /// standard input), one event per line, `{"id": …, "documents": [{"name":
    /// …, "text": …}, …], "options": {"words": N, "lang": …}}`, and write one
    /// JSON line per event, in input order: the `--format json` summary with
    /// its `id`, or `{"id": …, "error": …}`. The budget, --lang and --order
    /// flags are the defaults for events that do not set their own.
    #[arg(long, conflicts_with_all = ["split", "extract", "explain", "format", "skip_bad"])]
    pub batch: bool,

    /// Write shell completions (bash, zsh, fish, elvish, powershell) or the
    /// man page (man) to standard output, and exit.
    #[arg(long, value_enum, value_name = "KIND", exclusive = true)]
    pub generate: Option<Generate>,
}

/// `--generate`'s values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
    Man,
}

/// `--format`'s values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Markdown,
    Json,
    Html,
}

impl OutputFormat {
    /// The library's format for `render`; `None` for `html`, which
    /// `render_html` writes from the summary and the reports' texts.
    pub fn for_render(self) -> Option<summarize::Format> {
        match self {
            OutputFormat::Text => Some(summarize::Format::Text),
            OutputFormat::Markdown => Some(summarize::Format::Markdown),
            OutputFormat::Json => Some(summarize::Format::Json),
            OutputFormat::Html => None,
        }
    }
}

/// `--order`'s values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Order {
    Story,
    Source,
    Score,
}

impl From<Order> for summarize::Order {
    fn from(order: Order) -> summarize::Order {
        match order {
            Order::Story => summarize::Order::Story,
            Order::Source => summarize::Order::Source,
            Order::Score => summarize::Order::Score,
        }
    }
}

/// `--lang`: a language, or `auto`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Detect each report's language; the most common one is used.
    Auto,
    /// The reports are in this language.
    Given(Language),
}

/// Language names as clap's possible values (so shells complete them), the
/// two-letter codes as aliases, and `auto`.
fn language_parser() -> impl TypedValueParser<Value = Lang> {
    let values = std::iter::once(PossibleValue::new("auto"))
        .chain(Language::ALL.iter().map(|language| PossibleValue::new(language.name()).alias(language.code())));
    PossibleValuesParser::new(values).map(|name| match name.as_str() {
        "auto" => Lang::Auto,
        name => Lang::Given(name.parse().unwrap_or_default()),
    })
}

/// `--lang`'s long help: every language, grouped by what it gets.
fn language_help() -> String {
    let mut help = String::from(
        "Language of the reports (sentence rules, stopwords, stemming), by English name or two-letter code \
         (en, fr, …). `auto` detects each report's language from its first kilobyte and uses the most common \
         one (English if detection is unsure); --explain and the JSON say what was detected.\n",
    );
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for language in Language::ALL {
        let support = language.support().to_string();
        match groups.iter_mut().find(|(s, _)| *s == support) {
            Some((_, names)) => names.push(language.name()),
            None => groups.push((support, vec![language.name()])),
        }
    }
    groups.sort();
    for (support, names) in groups {
        help.push_str(&format!("\n{}: {}.", capitalise(&support), names.join(", ")));
    }
    help
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
