//! Reading the input reports: files, directories and standard input,
//! each checked so that bad input fails with a one-line reason naming it.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest file accepted. Far above any news report (a long one is
/// 30 KB) yet small enough that a mistaken argument (a disk image, a log)
/// fails at once instead of exhausting memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A report read and checked: valid UTF-8 text with something in it.
#[derive(Clone, Debug)]
pub struct Report {
    /// As given on the command line (or found in a directory); `-` for stdin.
    pub path: String,
    pub text: String,
}

/// Why an input cannot be used.
#[derive(Debug)]
pub enum InputError {
    /// The operating system could not open or read it (missing, permission).
    Io(std::io::Error),
    /// A directory holding no `.txt` file.
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
    TooLarge(u64),
    /// Text with no sentence that has a word in it.
    NoSentences,
}

impl InputError {
    /// Exit codes, as documented in `--help`: 1 when the input cannot be
    /// read at all, 3 when it was read but is not usable text.
    pub fn exit_code(&self) -> u8 {
        match self {
            InputError::Io(_) | InputError::EmptyDirectory => 1,
            _ => 3,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(error) => write!(f, "{}", io_reason(error)),
            InputError::EmptyDirectory => f.write_str("directory has no .txt file"),
            InputError::Empty => f.write_str("file is empty"),
            InputError::OnlyWhiteSpace => f.write_str("file has only white space"),
            InputError::Binary(offset) => write!(f, "binary file (NUL byte at offset {offset}), not text"),
            InputError::NotUtf8 { offset, line } => {
                write!(f, "not UTF-8: invalid byte at offset {offset} (line {line}); convert it with iconv")
            }
            InputError::TooLarge(bytes) => write!(
                f,
                "file is {:.1} MiB, over the {} MiB limit",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            InputError::NoSentences => f.write_str("no sentence found (no words in the text)"),
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

/// An input that failed, with its path.
#[derive(Debug)]
pub struct Failure {
    pub path: String,
    pub error: InputError,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.error)
    }
}

impl std::error::Error for Failure {}

/// Expands the arguments into the list of inputs: files as given, `-` as
/// standard input, a directory as its `.txt` files sorted by path.
pub fn expand(arguments: &[PathBuf]) -> Vec<Result<String, Failure>> {
    let mut inputs = Vec::new();
    for argument in arguments {
        let path = argument.to_string_lossy().into_owned();
        if path == "-" || !argument.is_dir() {
            inputs.push(Ok(path));
            continue;
        }
        match text_files_in(argument) {
            Ok(files) if files.is_empty() => inputs.push(Err(Failure { path, error: InputError::EmptyDirectory })),
            Ok(files) => inputs.extend(files.into_iter().map(Ok)),
            Err(error) => inputs.push(Err(Failure { path, error: InputError::Io(error) })),
        }
    }
    inputs
}

fn text_files_in(directory: &Path) -> std::io::Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(directory)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") && path.is_file() {
            files.push(path.to_string_lossy().into_owned());
        }
    }
    files.sort();
    Ok(files)
}

/// Reads and checks one input (`-` is standard input).
pub fn read(path: &str) -> Result<Report, Failure> {
    let fail = |error| Failure { path: path.to_string(), error };
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(InputError::Io(e)))?;
        bytes
    } else {
        let file = std::fs::File::open(path).map_err(|e| fail(InputError::Io(e)))?;
        let metadata = file.metadata().map_err(|e| fail(InputError::Io(e)))?;
        if metadata.is_dir() {
            return Err(fail(InputError::EmptyDirectory));
        }
        if metadata.len() > MAX_FILE_BYTES {
            return Err(fail(InputError::TooLarge(metadata.len())));
        }
        let mut bytes = Vec::with_capacity(metadata.len() as usize);
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| fail(InputError::Io(e)))?;
        bytes
    };
    let text = check(bytes).map_err(fail)?;
    Ok(Report { path: path.to_string(), text })
}

/// The checks on a file's bytes, in the order a person would want to hear them.
pub fn check(bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::TooLarge(bytes.len() as u64));
    }
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
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
    fn good_text_passes_unchanged() {
        assert_eq!(check(b"Hi there.\n".to_vec()).unwrap(), "Hi there.\n");
    }
}
