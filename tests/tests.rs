//! End-to-end tests: the real `summarize` executable on real files.
//!
//! Each test runs the binary from the project root, so paths in snapshots
//! are relative and stable, and snapshots show exit code, stdout and stderr
//! together: exactly what a user of the command line sees.

use std::io::Write;
use std::process::{Command, Stdio};

const FIXTURES: [&str; 2] = ["fixtures/trump-putin-call-report-1.txt", "fixtures/trump-putin-call-report-2.txt"];

/// The result of one run, as a user would see it.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit: {}\n--- stdout\n{}--- stderr\n{}", self.code, self.stdout, self.stderr)
    }
}

fn summarize(args: &[&str]) -> Run {
    summarize_with_stdin(args, None)
}

fn summarize_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_summarize"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the summarize binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().expect("stdin is piped").write_all(bytes).expect("stdin accepts the input");
    }
    let output = child.wait_with_output().expect("the summarize binary finishes");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn with_fixtures<'a>(flags: &[&'a str]) -> Vec<&'a str> {
    flags.iter().copied().chain(FIXTURES).collect()
}

mod summary {
    use super::*;

    #[test]
    fn text_is_the_default() {
        insta::assert_snapshot!(summarize(&FIXTURES));
    }

    #[test]
    fn markdown_cites_sources() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--format", "markdown"])));
    }

    #[test]
    fn json_carries_spans_and_scores() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--format", "json"])));
    }

    #[test]
    fn html_links_every_citation_to_a_highlight_in_its_report() {
        let run = summarize(&with_fixtures(&["--format", "html", "--sentences", "4"]));
        assert_eq!((run.code, run.stderr.as_str()), (0, ""));
        let page = &run.stdout;
        assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
        for n in 1..=4 {
            assert!(page.contains(&format!("<a href=\"#s{n}\"")), "citation {n}");
            assert_eq!(page.matches(&format!("<mark id=\"s{n}\">")).count(), 1, "highlight {n}");
        }
        for fixture in FIXTURES {
            assert!(page.contains(&format!("<code>{fixture}</code>")), "{fixture} shown");
        }
        assert!(!page.contains("<script") && !page.contains("http"), "self-contained");
    }

    /// A saved BBC page (from Readability's test pages, see
    /// crates/html/tests/data/SOURCE.md).
    const WEB_PAGE: &str = "crates/html/tests/data/bbc-1/source.html";

    #[test]
    fn web_page_title_and_byline_go_to_the_document_entry() {
        insta::assert_snapshot!(summarize(&["-n", "3", "--format", "json", WEB_PAGE]));
    }

    #[test]
    fn web_page_spans_index_the_text_extract_prints() {
        let extracted = summarize(&["--extract", WEB_PAGE]);
        assert_eq!(extracted.code, 0);
        assert!(!extracted.stdout.contains('<'), "no markup in the article's text");
        let json = summarize(&["-n", "5", "--format", "json", WEB_PAGE]);
        let summary: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        for sentence in summary["sentences"].as_array().unwrap() {
            let (start, end) =
                (sentence["start"].as_u64().unwrap() as usize, sentence["end"].as_u64().unwrap() as usize);
            assert_eq!(&extracted.stdout[start..end], sentence["text"].as_str().unwrap());
        }
        // The title is in the document entry, not among the sentences.
        let title = summary["documents"][0]["extracted_from_html"]["title"].as_str().unwrap();
        assert!(!extracted.stdout.contains(title));
        // Text files are printed as they are.
        let plain = summarize(&["--extract", FIXTURES[0]]);
        assert_eq!(plain.stdout, std::fs::read_to_string(FIXTURES[0]).unwrap());
    }

    #[test]
    fn explain_gives_a_reason_for_every_sentence() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--explain"])));
    }

    #[test]
    fn order_by_score() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--order", "score", "--sentences", "4"])));
    }

    #[test]
    fn split_prints_sentences() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--split"])));
    }

    #[test]
    fn lang_auto_names_what_it_detected() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--lang", "auto", "--format", "json", "-n", "1"])));
        let explain = summarize(&with_fixtures(&["--lang", "auto", "--explain"])).stdout;
        assert_eq!(explain.lines().next(), Some("language: english (detected: [1] english [2] english)"));
    }

    #[test]
    fn lang_auto_on_english_changes_no_sentence() {
        for format in ["text", "markdown"] {
            let given = summarize(&with_fixtures(&["--format", format]));
            let auto = summarize(&with_fixtures(&["--lang", "auto", "--format", format]));
            assert_eq!(auto.to_string(), given.to_string(), "{format}");
        }
        let split = summarize(&with_fixtures(&["--split"]));
        assert_eq!(summarize(&with_fixtures(&["--split", "--lang", "auto"])).to_string(), split.to_string());
    }

    #[test]
    fn headline_byline_and_dateline_are_left_out() {
        insta::assert_snapshot!(summarize(&["-n", "2", "tests/data/dateline-byline-headline.txt"]));
    }

    #[test]
    fn headlines_and_short_lines_still_summarize() {
        insta::assert_snapshot!(summarize_with_stdin(&["-n", "1", "-"], Some(b"Storm hits coast\n\nTen hurt.\n")));
    }

    #[test]
    fn stdin_is_a_report() {
        let text = std::fs::read(FIXTURES[1]).unwrap();
        insta::assert_snapshot!(summarize_with_stdin(&["--sentences", "3", FIXTURES[0], "-"], Some(&text)));
    }
}

mod invariants {
    use super::*;

    /// The file's bytes `start..end` are exactly the sentence's text.
    #[test]
    fn every_json_sentence_is_a_verbatim_slice_of_its_source() {
        for flags in [&["--format", "json"][..], &["--format", "json", "--sentences", "20"]] {
            let run = summarize(&with_fixtures(flags));
            let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            let sentences = json["sentences"].as_array().unwrap();
            assert!(!sentences.is_empty());
            for sentence in sentences {
                let source = std::fs::read(sentence["path"].as_str().unwrap()).unwrap();
                let (start, end) = (sentence["start"].as_u64().unwrap(), sentence["end"].as_u64().unwrap());
                assert_eq!(&source[start as usize..end as usize], sentence["text"].as_str().unwrap().as_bytes());
            }
        }
    }

    #[test]
    fn split_json_spans_are_exact() {
        let run = summarize(&with_fixtures(&["--split", "--format", "json"]));
        assert_eq!(run.code, 0);
        for line in run.stdout.lines() {
            let sentence: serde_json::Value = serde_json::from_str(line).unwrap();
            let source = std::fs::read(sentence["path"].as_str().unwrap()).unwrap();
            let (start, end) = (sentence["start"].as_u64().unwrap(), sentence["end"].as_u64().unwrap());
            assert_eq!(&source[start as usize..end as usize], sentence["text"].as_str().unwrap().as_bytes());
        }
    }

    #[test]
    fn budgets_hold_in_the_printed_summary() {
        for words in [10, 50, 100, 250] {
            let run = summarize(&with_fixtures(&["--words", &words.to_string()]));
            let printed = run.stdout.split_whitespace().count();
            assert!(printed <= words, "--words {words} printed {printed}");
            assert!(words < 50 || printed + 45 > words, "--words {words} left too much unused: {printed}");
        }
        for chars in [80, 300, 1000] {
            let run = summarize(&with_fixtures(&["--chars", &chars.to_string()]));
            let printed: usize = run.stdout.lines().map(|l| l.chars().count()).sum();
            assert!(printed <= chars, "--chars {chars} printed {printed}");
        }
        for sentences in [1, 3, 7] {
            let run = summarize(&with_fixtures(&["--sentences", &sentences.to_string()]));
            assert_eq!(run.stdout.lines().count(), sentences);
        }
    }

    #[test]
    fn every_text_line_is_a_sentence_of_a_fixture() {
        let sources: Vec<String> = FIXTURES
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap().split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let run = summarize(&with_fixtures(&["--sentences", "12"]));
        for line in run.stdout.lines() {
            assert!(sources.iter().any(|s| s.contains(line)), "not in any fixture: {line}");
        }
    }

    #[test]
    fn same_input_same_bytes_and_file_order_does_not_change_the_choice() {
        let first = summarize(&FIXTURES).stdout;
        assert_eq!(first, summarize(&FIXTURES).stdout);
        let reversed = summarize(&[FIXTURES[1], FIXTURES[0]]).stdout;
        let sorted = |s: &str| {
            let mut lines: Vec<String> = s.lines().map(String::from).collect();
            lines.sort();
            lines
        };
        assert_eq!(sorted(&first), sorted(&reversed));
    }

    /// Both reports quote the press secretary's "weary and frustrated with
    /// both sides" line: a summary of any length says it once at most.
    #[test]
    fn a_quotation_both_reports_carry_appears_once() {
        for sentences in [4, 12, 30, 60] {
            let run = summarize(&with_fixtures(&["--sentences", &sentences.to_string()]));
            assert!(run.stdout.matches("weary and frustrated").count() <= 1, "{}", run.stdout);
        }
        // And the one kept names the other report's version.
        let run = summarize(&with_fixtures(&["--sentences", "60", "--format", "json"]));
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let weary = json["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["text"].as_str().unwrap().contains("weary and frustrated"))
            .expect("the quotation is in a 60-sentence summary");
        let other = if weary["path"] == FIXTURES[0] { FIXTURES[1] } else { FIXTURES[0] };
        assert_eq!(weary["also_in"][0]["path"], other);
    }

    #[test]
    fn a_directory_stands_for_its_text_files() {
        assert_eq!(summarize(&["fixtures"]).stdout, summarize(&FIXTURES).stdout);
    }
}

mod batch {
    use super::*;

    #[test]
    fn one_line_per_event_in_order_and_a_failure_stays_apart() {
        insta::assert_snapshot!(summarize(&["--batch", "tests/data/events.jsonl"]));
    }

    #[test]
    fn standard_input_is_the_default_and_lines_match_format_json() {
        let events = std::fs::read("tests/data/events.jsonl").unwrap();
        let from_stdin = summarize_with_stdin(&["--batch"], Some(&events));
        assert_eq!(from_stdin.stdout, summarize(&["--batch", "tests/data/events.jsonl"]).stdout);
        // The first event's line is `--format json` of the same documents, plus the id.
        let first: serde_json::Value = serde_json::from_str(from_stdin.stdout.lines().next().unwrap()).unwrap();
        let event: serde_json::Value = serde_json::from_slice(events.split(|&b| b == b'\n').next().unwrap()).unwrap();
        let dir = std::env::temp_dir().join(format!("summarize-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut paths = Vec::new();
        for document in event["documents"].as_array().unwrap() {
            let path = dir.join(document["name"].as_str().unwrap());
            std::fs::write(&path, document["text"].as_str().unwrap()).unwrap();
            paths.push(path);
        }
        let output = Command::new(env!("CARGO_BIN_EXE_summarize"))
            .args(["-n", "2", "--format", "json"])
            .args(&paths)
            .current_dir(&dir)
            .output()
            .unwrap();
        let mut single: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        // Paths differ (names in the event, paths on disk); the rest is the same.
        let strip = |value: &mut serde_json::Value| {
            for key in ["documents", "sentences"] {
                for item in value[key].as_array_mut().unwrap() {
                    item.as_object_mut().unwrap().remove("path");
                    for also in item.get_mut("also_in").and_then(|a| a.as_array_mut()).into_iter().flatten() {
                        also.as_object_mut().unwrap().remove("path");
                    }
                }
            }
        };
        let mut first = first;
        assert_eq!(first.as_object_mut().unwrap().remove("id"), Some(serde_json::json!("council-vote")));
        strip(&mut first);
        strip(&mut single);
        assert_eq!(first, single);
    }
}

/// The library gives what the command line prints: a Rust program needs no
/// shelling out, and gets the same sentences.
mod library {
    use super::*;

    #[test]
    fn reproduces_the_cli_byte_for_byte() {
        let texts: Vec<String> = FIXTURES.iter().map(|path| std::fs::read_to_string(path).unwrap()).collect();
        let documents: Vec<summarize::Document> =
            FIXTURES.iter().zip(&texts).map(|(path, text)| summarize::Document::new(path, text)).collect();
        for (flag, format) in [
            ("text", summarize::Format::Text),
            ("markdown", summarize::Format::Markdown),
            ("json", summarize::Format::Json),
        ] {
            let summary = summarize::summarize(&documents, &summarize::Options::default()).unwrap();
            let cli = summarize(&with_fixtures(&["--format", flag]));
            assert_eq!(cli.code, 0);
            assert_eq!(summarize::render(&summary, format), cli.stdout, "--format {flag}");
        }
        let analysis = summarize::analyze(&documents, &summarize::Options::default()).unwrap();
        assert_eq!(analysis.explain(), summarize(&with_fixtures(&["--explain"])).stdout);
    }
}

mod bad_input {
    use super::*;

    #[test]
    fn web_page_that_is_not_html() {
        insta::assert_snapshot!(summarize(&["tests/data/not-a-page.html"]));
    }

    #[test]
    fn web_page_without_text() {
        insta::assert_snapshot!(summarize(&["tests/data/empty-page.html"]));
    }

    #[test]
    fn missing_file() {
        insta::assert_snapshot!(summarize(&[FIXTURES[0], "tests/data/no-such-report.txt"]));
    }

    #[test]
    fn empty_file() {
        insta::assert_snapshot!(summarize(&[FIXTURES[0], "tests/data/empty.txt"]));
    }

    #[test]
    fn only_white_space() {
        insta::assert_snapshot!(summarize(&["tests/data/whitespace.txt"]));
    }

    #[test]
    fn binary_file() {
        insta::assert_snapshot!(summarize(&["tests/data/archive.txt"]));
    }

    #[test]
    fn not_utf8() {
        insta::assert_snapshot!(summarize(&["tests/data/latin1.txt"]));
    }

    #[test]
    fn no_sentences() {
        insta::assert_snapshot!(summarize(&["tests/data/no-words.txt"]));
    }

    #[test]
    fn directory_without_text_files() {
        insta::assert_snapshot!(summarize(&["tests/data/no-text-files"]));
    }

    #[test]
    fn empty_stdin() {
        insta::assert_snapshot!(summarize_with_stdin(&["-"], Some(b"")));
    }

    #[test]
    fn skip_bad_warns_names_and_goes_on() {
        insta::assert_snapshot!(summarize(&["--skip-bad", "--sentences", "2", "tests/data/latin1.txt", FIXTURES[0]]));
    }

    #[test]
    fn skip_bad_still_fails_when_nothing_is_usable() {
        insta::assert_snapshot!(summarize(&["--skip-bad", "tests/data/empty.txt", "tests/data/archive.txt"]));
    }

    #[test]
    fn a_closed_pipe_ends_quietly() {
        // Enough output (every sentence of a long report) to overflow a pipe buffer.
        let path = std::env::temp_dir().join(format!("summarize-long-{}.txt", std::process::id()));
        let fixture = std::fs::read_to_string(FIXTURES[0]).unwrap();
        std::fs::write(&path, fixture.repeat(40)).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_summarize"))
            .arg("--split")
            .arg(&path)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first_line = String::new();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        std::io::BufRead::read_line(&mut stdout, &mut first_line).unwrap();
        drop(stdout);
        let output = child.wait_with_output().unwrap();
        assert!(!first_line.is_empty());
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    }

    #[test]
    fn budget_too_small_for_any_sentence() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--chars", "20"])));
    }

    #[test]
    fn zero_budget_is_a_usage_error() {
        let run = summarize(&with_fixtures(&["--words", "0"]));
        assert_eq!(run.code, 2);
        assert!(run.stderr.contains("--words"), "{}", run.stderr);
    }

    #[test]
    fn unknown_flag_is_a_usage_error() {
        let run = summarize(&with_fixtures(&["--summarise"]));
        assert_eq!(run.code, 2);
        assert!(run.stderr.contains("--summarise"), "{}", run.stderr);
    }

    #[test]
    fn usage_errors_are_one_line_like_every_other_error() {
        insta::assert_snapshot!(summarize(&with_fixtures(&["--lang", "klingon"])));
        for args in [&["--summarise"][..], &["--words", "0"], &["-n", "2", "-w", "3"], &["--lang"]] {
            let run = summarize(args);
            assert_eq!(run.code, 2, "{args:?}");
            assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
            assert!(run.stderr.starts_with("summarize: "), "{args:?}: {}", run.stderr);
        }
    }

    #[test]
    fn help_fits_an_80_column_terminal() {
        let output = Command::new(env!("CARGO_BIN_EXE_summarize")).arg("--help").env("COLUMNS", "80").output().unwrap();
        let help = String::from_utf8(output.stdout).unwrap();
        assert!(help.lines().count() > 20);
        for line in help.lines() {
            assert!(line.chars().count() <= 80, "{line:?}");
        }
    }

    #[test]
    fn generate_writes_completions_and_the_man_page() {
        let bash = summarize(&["--generate", "bash"]);
        assert_eq!(bash.code, 0);
        // --lang completes language names, not file names.
        assert!(bash.stdout.contains("english") && bash.stdout.contains("french"), "{}", bash.stdout);
        let man = summarize(&["--generate", "man"]);
        assert_eq!(man.code, 0);
        assert!(man.stdout.starts_with(".ie") || man.stdout.contains(".TH summarize"), "{}", &man.stdout[..200]);
    }

    #[test]
    fn file_over_the_size_limit() {
        // A sparse file: 65 MiB on paper, nothing on disk.
        let path = std::env::temp_dir().join(format!("summarize-huge-{}.txt", std::process::id()));
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(65 * 1024 * 1024).unwrap();
        let run = summarize(&[path.to_str().unwrap()]);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(run.code, 3);
        let expected =
            format!("summarize: {}: file is 68157440 bytes, over the 64 MiB (67108864 bytes) limit\n", path.display());
        assert_eq!(run.stderr, expected);
    }
}

/// Hostile names, unwritable streams, odd line breaks: each bug found by an
/// adversarial run, as a regression test.
mod hostile {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    use std::path::{Path, PathBuf};

    use super::*;

    /// A fresh scratch folder for one test.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("summarize-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn run_in(dir: &Path, args: &[&OsStr]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_summarize"))
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    #[test]
    fn html_output_escapes_reports_and_file_names() {
        let dir = scratch("html-escapes");
        let name = "a\"<b>&'.txt";
        std::fs::write(
            dir.join(name),
            "The council approved the <script>alert(1)</script> budget on Monday evening.\n",
        )
        .unwrap();
        let run = run_in(&dir, &[OsStr::new("--format=html"), OsStr::new(name)]);
        assert_eq!(run.code, 0, "{run}");
        assert!(!run.stdout.contains("<script>") && !run.stdout.contains("<b>"), "{}", run.stdout);
        assert!(run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(run.stdout.contains("<code>a&quot;&lt;b&gt;&amp;&#39;.txt</code>"));
    }

    #[test]
    fn a_name_that_is_not_utf8_is_opened_as_it_is() {
        // Regression: the name went through to_string_lossy and was reopened,
        // so `a\xff.txt` summarized `a\u{fffd}.txt`.
        let dir = scratch("not-utf8-name");
        let intended = OsStr::from_bytes(b"a\xff.txt");
        std::fs::write(dir.join(intended), "Intended report: the council approved the budget.\n").unwrap();
        std::fs::write(dir.join("a\u{fffd}.txt"), "DECOY report: a different file was summarized here today.\n")
            .unwrap();
        let run = run_in(&dir, &[OsStr::new("-n"), OsStr::new("1"), intended]);
        assert_eq!((run.code, run.stdout.as_str()), (0, "Intended report: the council approved the budget.\n"));
        let json = run_in(&dir, &[OsStr::new("-n1"), OsStr::new("--format=json"), intended]);
        let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        assert_eq!(value["documents"][0]["path_bytes"], serde_json::json!([97, 255, 46, 116, 120, 116]));
        let markdown = run_in(&dir, &[OsStr::new("-n1"), OsStr::new("--format=markdown"), intended]);
        assert!(markdown.stdout.ends_with("1. `a\\xFF.txt`\n"), "{}", markdown.stdout);
        // The same in a directory.
        let run = run_in(&dir, &[OsStr::new("-n"), OsStr::new("2"), OsStr::new(".")]);
        assert_eq!(run.code, 0);
        assert!(run.stdout.contains("Intended") && run.stdout.contains("DECOY"), "{}", run.stdout);
    }

    #[test]
    fn names_with_control_characters_cannot_break_an_error_line() {
        let dir = scratch("control-name");
        let name = OsStr::from_bytes(b"bad\nname\x1b[31m.txt");
        std::fs::write(dir.join(name), "").unwrap();
        insta::assert_snapshot!(run_in(&dir, &[name]));
    }

    #[test]
    fn an_unwritable_stderr_is_not_a_panic() {
        let full = std::fs::File::create("/dev/full").unwrap();
        let status = Command::new(env!("CARGO_BIN_EXE_summarize")).args(["nosuch.txt"]).stderr(full).status().unwrap();
        assert_eq!(status.code(), Some(1));
        // Thousands of warnings into a reader that went away: the summary is
        // still written.
        let mut args: Vec<String> = (0..3000).map(|i| format!("missing{i}.txt")).collect();
        args.splice(0..0, ["--skip-bad".to_string(), "-n".into(), "1".into()]);
        args.extend(FIXTURES.iter().map(|f| f.to_string()));
        let mut child = Command::new(env!("CARGO_BIN_EXE_summarize"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stderr.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
    }

    #[test]
    fn a_full_disk_says_it_was_writing_the_output() {
        let full = std::fs::File::create("/dev/full").unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_summarize"))
            .args(FIXTURES)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("summarize: writing the output: No space left on device"), "{stderr}");
    }

    #[test]
    fn every_line_break_keeps_a_sentence_on_one_line() {
        // Regression: `\r` (and VT, FF, NEL, LS, PS) broke the splitter's lines
        // but stayed raw inside an output line.
        let dir = scratch("carriage-returns");
        let text = "Line one of the report is here\rand it goes on to the end.\rSecond sentence here too, with words.\r\u{2028}Third one\u{85}ends here at last.";
        std::fs::write(dir.join("c.txt"), text).unwrap();
        for flags in [&["--split"][..], &["-n", "3"], &["--explain"], &["-n", "3", "--format", "markdown"]] {
            let mut args: Vec<&OsStr> = flags.iter().map(OsStr::new).collect();
            args.push(OsStr::new("c.txt"));
            let run = run_in(&dir, &args);
            assert_eq!(run.code, 0, "{flags:?}: {}", run.stderr);
            for bad in ['\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'] {
                assert!(!run.stdout.contains(bad), "{flags:?} {bad:?}: {:?}", run.stdout);
            }
        }
    }

    #[test]
    fn stdin_twice_and_a_file_twice_are_read_once_with_a_word() {
        let twice = summarize(&["-n", "1", FIXTURES[0], "fixtures/../fixtures/trump-putin-call-report-1.txt"]);
        insta::assert_snapshot!(twice);
        let text = std::fs::read(FIXTURES[0]).unwrap();
        let stdin = summarize_with_stdin(&["-n", "1", "-", "-"], Some(&text));
        assert_eq!(stdin.code, 0);
        assert_eq!(stdin.stderr, "summarize: warning: - is the same file as one named before; it is read once\n");
    }

    #[test]
    fn streams_past_the_limit_say_so_without_a_size() {
        let run = summarize(&["/dev/zero"]);
        assert_eq!(run.code, 3);
        assert_eq!(
            run.stderr,
            "summarize: /dev/zero: more than the 64 MiB limit of one input was read; stopped there\n"
        );
    }

    #[test]
    fn a_broken_link_in_a_directory_is_named() {
        let dir = scratch("broken-link");
        std::os::unix::fs::symlink("nowhere.txt", dir.join("gone.txt")).unwrap();
        std::fs::write(dir.join("ok.txt"), "The council approved the budget on Monday night.\n").unwrap();
        let run = run_in(&dir, &[OsStr::new(".")]);
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (1, "summarize: ./gone.txt: broken symbolic link (its target does not exist)\n")
        );
    }
}
