//! Reading the input reports: files, directories and standard input,
//! each checked so that bad input fails with a one-line reason naming it.
//!
//! Paths stay `Path`s from the command line to `open`: a name that is not
//! UTF-8 is opened as it is, never through a lossy copy, and only the
//! names printed for people are escaped ([`display_name`]).

use std::ffi::OsStr;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest file accepted. Far above any news report (a long one is
/// 30 KB) yet small enough that a mistaken argument (a disk image, a log)
/// fails at once instead of exhausting memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most input accepted in one run, all files together: about 400,000
/// news reports, and a bound on memory whatever the input.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

/// Where a report comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Standard input, named `-`.
    Stdin,
    /// A file, exactly as named (or as found in a directory).
    File(PathBuf),
}

impl Source {
    /// The name to print: escaped so that no control character or byte
    /// that is not UTF-8 reaches a terminal or breaks a line.
    pub fn display(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(path) => display_name(path.as_os_str()),
        }
    }

    /// The name for the summary: the path as text when it is UTF-8 (JSON
    /// escapes it exactly), otherwise with each invalid byte as U+FFFD
    /// (and the exact bytes in [`Source::raw_bytes`]).
    pub fn name(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Source::Stdin => "-".into(),
            Source::File(path) => path.to_string_lossy(),
        }
    }

    /// The path's bytes when it is not UTF-8 (so [`Source::name`] lost some).
    pub fn raw_bytes(&self) -> Option<Vec<u8>> {
        match self {
            Source::File(path) if path.to_str().is_none() => Some(path.as_os_str().as_encoded_bytes().to_vec()),
            _ => None,
        }
    }
}

/// `name` for a terminal or a log line: control characters (a newline, an
/// escape sequence) as `\n`, `\u{1b}`…, a backslash doubled, and each byte
/// that is not UTF-8 as `\xFF`.
pub fn display_name(name: &OsStr) -> String {
    summarize_format::printable_bytes(name.as_encoded_bytes())
}

/// A report read and checked: valid UTF-8 text with something in it.
#[derive(Clone, Debug)]
pub struct Report {
    /// Where it came from; its name in the summary is [`Source::name`].
    pub source: Source,
    /// The text summarized: the file's, or for a web page the article's
    /// extracted text (what the summary's spans refer to).
    pub text: String,
    /// For a web page: its article's title, byline and language (boxed:
    /// most reports are not web pages, and 10,000 of them each carried the
    /// room for one).
    pub web_page: Option<Box<summarize_format::WebPage>>,
}

/// Whether `path` is read as a web page: its extension is `html` or `htm`
/// (in any case).
pub fn is_web_page(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Why an input cannot be used.
#[derive(Debug)]
pub enum InputError {
    /// The operating system could not open or read it (missing, permission).
    Io(std::io::Error),
    /// A symbolic link whose target does not exist.
    BrokenLink,
    /// A directory holding no `.txt`, `.html` or `.htm` file.
    EmptyDirectory,
    Empty,
    OnlyWhiteSpace,
    /// A NUL byte at this offset: a binary file, not text.
    Binary(usize),
    /// Invalid UTF-8 at this byte offset, on this line (from 1).
    NotUtf8 {
        offset: usize,
        line: usize,
    },
    /// A regular file of this many bytes, over [`MAX_FILE_BYTES`].
    TooLarge(u64),
    /// A stream (stdin, a pipe, a device) that went on past [`MAX_FILE_BYTES`].
    StreamTooLarge,
    /// All inputs together would pass [`MAX_TOTAL_BYTES`].
    TotalTooLarge,
    /// Text with no sentence that has a word in it.
    NoSentences,
    /// A `.html`/`.htm` file with no article to extract (not HTML, no
    /// text, no article, nested too deeply).
    WebPage(summarize_html::Error),
}

impl InputError {
    /// Exit codes, as documented in `--help`: 1 when the input cannot be
    /// read at all, 3 when it was read but is not usable text.
    pub fn exit_code(&self) -> u8 {
        match self {
            InputError::Io(_) | InputError::BrokenLink | InputError::EmptyDirectory => 1,
            _ => 3,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MIB: u64 = 1024 * 1024;
        match self {
            InputError::Io(error) => write!(f, "{}", io_reason(error)),
            InputError::BrokenLink => f.write_str("broken symbolic link (its target does not exist)"),
            InputError::EmptyDirectory => f.write_str("directory has no .txt, .html or .htm file"),
            InputError::Empty => f.write_str("file is empty"),
            InputError::OnlyWhiteSpace => f.write_str("file has only white space"),
            InputError::Binary(offset) => write!(f, "binary file (NUL byte at offset {offset}), not text"),
            InputError::NotUtf8 { offset, line } => {
                write!(f, "not UTF-8: invalid byte at offset {offset} (line {line}); convert it with iconv")
            }
            InputError::TooLarge(bytes) => {
                write!(f, "file is {bytes} bytes, over the {} MiB ({MAX_FILE_BYTES} bytes) limit", MAX_FILE_BYTES / MIB)
            }
            InputError::StreamTooLarge => {
                write!(f, "more than the {} MiB limit of one input was read; stopped there", MAX_FILE_BYTES / MIB)
            }
            InputError::TotalTooLarge => {
                write!(f, "all inputs together pass the {} MiB limit of one run; split the work", MAX_TOTAL_BYTES / MIB)
            }
            InputError::NoSentences => f.write_str("no sentence found (no words in the text)"),
            InputError::WebPage(error) => write!(f, "web page: {error}"),
        }
    }
}

impl std::error::Error for InputError {}

/// `io::Error`'s message without the "(os error 2)" suffix.
fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let message = error.to_string();
            message.split(" (os error").next().unwrap_or(&message).to_string()
        }
    }
}

/// An input that failed, with its name as printed.
#[derive(Debug)]
pub struct Failure {
    pub name: String,
    pub error: InputError,
}

impl Failure {
    /// `source` failed with `error`.
    pub fn new(source: &Source, error: InputError) -> Failure {
        Failure { name: source.display(), error }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.name, self.error)
    }
}

impl std::error::Error for Failure {}

/// Expands the arguments into the list of inputs: files as given, `-` as
/// standard input, a directory as its `.txt`, `.html` and `.htm` files
/// sorted by path.
pub fn expand(arguments: &[PathBuf]) -> Vec<Result<Named, Failure>> {
    let mut inputs = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            inputs.push(Ok(Named { source: Source::Stdin, metadata: None }));
            continue;
        }
        let source = Source::File(argument.clone());
        // A path that cannot be looked at fails when it is read, with its reason.
        let metadata = std::fs::metadata(argument).ok();
        if !metadata.as_ref().is_some_and(std::fs::Metadata::is_dir) {
            inputs.push(Ok(Named { source, metadata }));
            continue;
        }
        match text_files_in(argument) {
            Ok(files) if files.is_empty() => inputs.push(Err(Failure::new(&source, InputError::EmptyDirectory))),
            Ok(files) => inputs.extend(files),
            Err(error) => inputs.push(Err(Failure::new(&source, InputError::Io(error)))),
        }
    }
    inputs
}

/// An input as named or found, with what a look at it found (none for
/// standard input or a path that could not be looked at), so that it is
/// looked at once before it is read.
pub struct Named {
    pub source: Source,
    pub metadata: Option<std::fs::Metadata>,
}

/// The `.txt`, `.html` and `.htm` entries of `directory` that are files,
/// sorted by path; an
/// entry that cannot be looked at (permission, a broken link) is a failure
/// of its own rather than silently left out.
fn text_files_in(directory: &Path) -> std::io::Result<Vec<Result<Named, Failure>>> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(directory)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") || is_web_page(&path) {
            paths.push(path);
        }
    }
    // Every path is `directory` joined with one name, so comparing the
    // bytes orders them as `Path`'s component-wise comparison does, at a
    // fifteenth of its cost (10,000 files: 15 ms, on the one thread
    // working then, down to 1).
    paths.sort_unstable_by(|a, b| a.as_os_str().as_encoded_bytes().cmp(b.as_os_str().as_encoded_bytes()));
    let mut files = Vec::new();
    for path in paths {
        let source = Source::File(path);
        let Source::File(path) = &source else { continue };
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => {}
            Ok(metadata) => files.push(Ok(Named { source, metadata: Some(metadata) })),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound && path.is_symlink() => {
                files.push(Err(Failure::new(&source, InputError::BrokenLink)));
            }
            Err(error) => files.push(Err(Failure::new(&source, InputError::Io(error)))),
        }
    }
    Ok(files)
}

/// The files accepted so far: each file is read once however often it is
/// named, and their sizes together stay under [`MAX_TOTAL_BYTES`] before
/// anything is read.
#[derive(Default)]
pub struct SeenFiles {
    /// (device, inode) of each file accepted.
    files: std::collections::HashSet<(u64, u64)>,
    /// Whether standard input was accepted.
    stdin: bool,
    /// The sizes of the regular files accepted.
    total: u64,
}

impl SeenFiles {
    /// [`Checked::Read`] to read it, [`Checked::Again`] when it names a
    /// file already accepted, or the failure when the inputs would pass the
    /// total limit.
    pub fn check(&mut self, named: Named) -> Result<Checked, Failure> {
        use std::os::unix::fs::MetadataExt;
        let Named { source, metadata } = named;
        if source == Source::Stdin {
            let again = std::mem::replace(&mut self.stdin, true);
            return Ok(if again { Checked::Again(source) } else { Checked::Read(source) });
        }
        // A file that cannot be looked at fails when it is read, with its reason.
        let Some(metadata) = metadata else { return Ok(Checked::Read(source)) };
        if !self.files.insert((metadata.dev(), metadata.ino())) {
            return Ok(Checked::Again(source));
        }
        if metadata.is_file() {
            self.total += metadata.len();
            if self.total > MAX_TOTAL_BYTES {
                return Err(Failure::new(&source, InputError::TotalTooLarge));
            }
        }
        Ok(Checked::Read(source))
    }
}

/// What [`SeenFiles::check`] decided about an input.
pub enum Checked {
    /// Read it.
    Read(Source),
    /// It names a file already accepted: it is read once.
    Again(Source),
}

/// Reads and checks one input.
pub fn read(source: Source) -> Result<Report, Failure> {
    let fail = |error| Failure::new(&source, error);
    let bytes = match &source {
        Source::Stdin => read_stream(std::io::stdin().lock(), 0).map_err(fail)?,
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound && path.is_symlink() {
                    fail(InputError::BrokenLink)
                } else {
                    fail(InputError::Io(e))
                }
            })?;
            let metadata = file.metadata().map_err(|e| fail(InputError::Io(e)))?;
            if metadata.is_dir() {
                return Err(fail(InputError::EmptyDirectory));
            }
            if metadata.is_file() && metadata.len() > MAX_FILE_BYTES {
                return Err(fail(InputError::TooLarge(metadata.len())));
            }
            // Sized from the metadata: a buffer grown by doubling kept a third
            // more than the text, a fifth of the peak on 10,000 reports.
            read_stream(file, metadata.len() as usize).map_err(fail)?
        }
    };
    let text = check(bytes).map_err(fail)?;
    let (text, web_page) = match &source {
        Source::File(path) if is_web_page(path) => {
            let (text, web_page) = extract(&text).map_err(fail)?;
            (text, Some(Box::new(web_page)))
        }
        _ => (text, None),
    };
    Ok(Report { source, text, web_page })
}

/// A web page's article: its text (checked like a file's) and what else is
/// known of it.
fn extract(html: &str) -> Result<(String, summarize_format::WebPage), InputError> {
    let article = summarize_html::extract(html).map_err(InputError::WebPage)?;
    let summarize_html::Article { title, byline, language, text, .. } = article;
    let text = check(text.into_bytes())?;
    Ok((text, summarize_format::WebPage { title, byline, language }))
}

/// Reads at most [`MAX_FILE_BYTES`] from a file, a pipe or a device,
/// `expected_len` bytes long if known (0 if not).
fn read_stream(reader: impl Read, expected_len: usize) -> Result<Vec<u8>, InputError> {
    // One byte more than expected, so reaching the end needs no regrowth.
    let mut bytes = Vec::with_capacity(expected_len.saturating_add(1).min(MAX_FILE_BYTES as usize + 1));
    reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(InputError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::StreamTooLarge);
    }
    Ok(bytes)
}

/// The checks on a file's bytes, in the order a person would want to hear them.
pub fn check(bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::StreamTooLarge);
    }
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    // `contains` on bytes is the standard library's word-at-a-time memchr;
    // `position` a byte at a time, 1% of a run (callgrind), so it only
    // runs to name the offset.
    if bytes.contains(&0) {
        let offset = bytes.iter().position(|&b| b == 0).unwrap_or_default();
        return Err(InputError::Binary(offset));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError::NotUtf8 { offset, line }
    })?;
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(InputError::OnlyWhiteSpace);
    }
    // Text with a word has a sentence: the splitter puts every
    // non-white-space character in one (a property test of the tokenizer),
    // so after this check no report reaches the pipeline without one.
    if !text.chars().any(char::is_alphanumeric) {
        return Err(InputError::NoSentences);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_error(bytes: &[u8]) -> String {
        check(bytes.to_vec()).unwrap_err().to_string()
    }

    #[test]
    fn each_bad_input_has_its_reason() {
        assert_eq!(check_error(b""), "file is empty");
        assert_eq!(check_error(b" \n\t\n"), "file has only white space");
        assert_eq!(check_error(b"PK\x03\x04\x00\x01"), "binary file (NUL byte at offset 4), not text");
        assert_eq!(
            check_error(b"line one\nline \xff two"),
            "not UTF-8: invalid byte at offset 14 (line 2); convert it with iconv"
        );
        assert_eq!(check_error("… ?! —".as_bytes()), "no sentence found (no words in the text)");
    }

    #[test]
    fn printed_names_cannot_break_a_line_or_a_terminal() {
        use std::os::unix::ffi::OsStrExt;
        for (name, shown) in [
            (&b"a\nb.txt"[..], "a\\nb.txt"),
            (b"a\x1b[31mred.txt", "a\\u{1b}[31mred.txt"),
            (b"a\xff.txt", "a\\xFF.txt"),
            (b"back\\slash.txt", "back\\\\slash.txt"),
            (b"caf\xc3\xa9 `x`.txt", "café `x`.txt"),
        ] {
            assert_eq!(display_name(OsStr::from_bytes(name)), shown);
        }
    }

    #[test]
    fn a_directory_stands_for_its_text_files_sorted_by_path() {
        let dir = std::env::temp_dir().join(format!("summarize-list-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub.txt")).unwrap();
        let names = ["b.txt", "a.txt", "a0.txt", "A.txt", "a.b.txt", "z.html", "notes.md", "é.txt"];
        for name in names {
            std::fs::write(dir.join(name), "Text.").unwrap();
        }
        let listed: Vec<PathBuf> = text_files_in(&dir)
            .unwrap()
            .into_iter()
            .map(|named| match named.map(|n| n.source) {
                Ok(Source::File(path)) => path,
                _ => panic!("every file is readable"),
            })
            .collect();
        std::fs::remove_dir_all(&dir).unwrap();
        // Not the notes, nor the directory named like a text file.
        let expected = ["A.txt", "a.b.txt", "a.txt", "a0.txt", "b.txt", "z.html", "é.txt"].map(|name| dir.join(name));
        assert_eq!(listed, expected);
    }

    #[test]
    fn good_text_passes_unchanged() {
        assert_eq!(check(b"Hi there.\n".to_vec()).unwrap(), "Hi there.\n");
    }
}
