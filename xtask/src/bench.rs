//! `cargo xtask bench [--corpus DIR] [--runs N]`: speed and peak memory of the
//! release `summarize`.
//!
//! Without `--corpus` it times the two fixtures and generated clusters of
//! 100, 1,000 and 10,000 news-like documents (see [`corpus`]); with it, the
//! `.txt` files of `DIR`. Each input is run `--runs` times (default 5) as
//! `summarize --sentences 10 <input>`, stdout discarded, and a non-zero exit
//! fails the task with the child's stderr. One row per input:
//!
//! - `wall ms`: median wall time of the child, from spawn to exit;
//! - `peak MB`: the child's peak resident memory as the OS counts it
//!   (`ru_maxrss`), the largest over the runs;
//! - `floor ms`: the floor, the median time, measured here in-process, of
//!   merely reading the same files with `std::fs::read_to_string` and
//!   counting their words with `str::split_whitespace`. No summarizer can beat
//!   it, so `wall/floor` says how much the pipeline costs over reading.
//!
//! With the standard corpus it also runs `summarize --batch` on 1,000 and
//! 10,000 events of 10 generated articles each (JSON Lines), and the
//! pathological input of an adversarial run: 33 million one-letter lines
//! (63 MB), once, which passes the sentence limit of one run and must be
//! refused with a one-line error, and the same lines just under the limit
//! (3,990,000), which must be summarized; both within 1 GB.
//!
//! Then the targets, PASS or FAIL each; the task is a report, so it exits 0
//! either way. MB means 10^6 bytes.
//!
//! Peak memory per child: each run goes through a fresh intermediate process,
//! this binary again as `bench --measure`, which spawns the one child, waits
//! for it and reads `getrusage(RUSAGE_CHILDREN)`. That maximum spans every
//! child a process has waited for, so only a process with exactly one child
//! gets that child's own peak (this process also waited for cargo). The wall
//! time is taken there too, so the intermediate's start-up is not counted.
//!
//! The input goes in as one directory argument when the binary accepts it
//! (probed on the fixtures: same output as the file list), otherwise as the
//! file names, relative to the input folder to keep the command line short.

mod corpus;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use nix::sys::resource::{UsageWho, getrusage};

use crate::{project_root, release_binary};

/// The hidden flag that makes this process the measuring intermediate.
const MEASURE: &str = "--measure";

/// Sizes of the generated clusters (the fixtures stand for 2).
const CLUSTERS: [usize; 3] = [100, 1_000, 10_000];

/// Linux's usual `ARG_MAX` (a quarter of the default 8 MiB stack): the most
/// bytes of arguments and environment one `exec` takes.
const ARG_MAX: usize = 2 << 20;

/// Bytes in one MB (10^6), for every size printed.
const MB: f64 = 1e6;

/// Runs the task.
pub fn run(args: &[String]) -> Result<()> {
    if args.first().map(String::as_str) == Some(MEASURE) {
        return measure_child(&args[1..]);
    }
    let mut corpus_dir = None;
    let mut runs = 5;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => corpus_dir = Some(PathBuf::from(args.next().context("--corpus DIR")?)),
            "--runs" => {
                runs = args.next().context("--runs N")?.parse().context("--runs N")?;
                ensure!(runs > 0, "--runs must be at least 1");
            }
            other => bail!("unknown option {other:?}; usage: bench [--corpus DIR] [--runs N]"),
        }
    }

    let root = project_root();
    let fixtures = root.join("fixtures");
    let standard = corpus_dir.is_none();
    let generated = root.join("target").join("bench-corpus");
    let pool = if standard { corpus::sentence_pool(&root)? } else { Vec::new() };
    let mut inputs = Vec::new();
    match corpus_dir {
        Some(dir) => inputs.push(std::path::absolute(&dir).context("--corpus DIR")?),
        None => {
            inputs.push(fixtures.clone());
            for n in CLUSTERS {
                inputs.push(corpus::ensure_cluster(&generated, &pool, n)?);
            }
        }
    }

    let binary = release_binary()?;
    let as_directory = accepts_directory(&binary, &fixtures)?;
    let mut rows = Vec::new();
    for dir in &inputs {
        rows.push(bench_input(&binary, dir, as_directory, runs, false)?);
    }
    let mut batch_rows = Vec::new();
    let mut short_lines = Vec::new();
    if standard {
        for n in BATCH_EVENTS {
            let events = corpus::ensure_events(&generated, &pool, n)?;
            batch_rows.push(bench_batch(&binary, &events, n, runs)?);
        }
        // 23 s and 6.7 GB before issue 11: one run is enough to see the peak.
        // Past the sentence limit now, so refused with a one-line error; the
        // same lines just under the limit go through the whole pipeline.
        for lines in [corpus::SHORT_LINES, corpus::SHORT_LINES_UNDER_LIMIT] {
            let dir = corpus::ensure_short_lines(&generated, lines)?;
            short_lines.push((lines, bench_input(&binary, &dir, as_directory, 1, true)?));
        }
    }

    let how = if as_directory { "one directory argument" } else { "file arguments" };
    println!("summarize --sentences 10, median of {runs} runs, input as {how}");
    println!(
        "floor: read every file (std::fs::read_to_string) and count its words (str::split_whitespace), in-process"
    );
    if cfg!(debug_assertions) {
        println!("note: xtask is unoptimised, so the floor is slower than it could be");
    }
    println!();
    print!("{}", table(&rows));
    if standard {
        println!();
        println!(
            "--batch, events of {} articles (docs counts articles), median of {runs} runs:",
            corpus::EVENT_DOCUMENTS
        );
        print!("{}", table(&batch_rows));
        println!();
        println!("pathological: one 120-character line, then 33 million (3,990,000) one-letter lines, 1 run:");
        let short_rows: Vec<&Row> = short_lines.iter().map(|(_, row)| row).collect();
        print!("{}", table(short_rows.into_iter()));
        for (lines, row) in &short_lines {
            if let Some(refusal) = &row.refused {
                println!("  {lines} lines: refused: {refusal}");
            }
        }
        println!();
        println!("targets:");
        let mut all = targets(&rows);
        all.extend(batch_targets(&rows, &batch_rows));
        all.extend(short_lines.iter().map(|(lines, row)| {
            let outcome = match &row.refused {
                Some(_) => "refused with one line",
                None => "summarized",
            };
            (
                format!(
                    "{lines} one-letter lines ({} MB): {outcome}, peak {} MB (at most 1000 MB)",
                    sig3(row.bytes as f64 / MB),
                    sig3(row.peak as f64 / MB)
                ),
                row.peak <= 1_000_000_000 && row.refused.as_ref().is_none_or(|r| r.lines().count() == 1),
            )
        }));
        for (target, pass) in all {
            println!("  {}  {target}", if pass { "PASS" } else { "FAIL" });
        }
    }
    Ok(())
}

/// Numbers of events in the `--batch` runs.
const BATCH_EVENTS: [usize; 2] = [1_000, 10_000];

/// Times `summarize --batch` on `n` events from the file `events`.
fn bench_batch(binary: &Path, events: &Path, n: usize, runs: usize) -> Result<Row> {
    let dir = events.parent().context("the events file has a folder")?;
    let args = vec!["--batch".to_string(), events.to_string_lossy().into_owned()];
    let bytes = events.metadata()?.len();
    measure_row(binary, dir, &args, &[events.to_path_buf()], runs, n * corpus::EVENT_DOCUMENTS, bytes, false)
}

/// The `--batch` targets: throughput near a single large run's, and memory
/// that does not grow with the number of events.
fn batch_targets(rows: &[Row], batch: &[Row]) -> Vec<(String, bool)> {
    let (Some(single), [small, large]) = (rows.last(), batch) else {
        return Vec::new();
    };
    let rate = |row: &Row| row.bytes as f64 / row.wall;
    vec![
        (
            format!(
                "--batch throughput at least 80% of one {}-article run: {} MB/s vs {} MB/s ({}%)",
                single.docs,
                sig3(rate(large) / MB),
                sig3(rate(single) / MB),
                sig3(100.0 * rate(large) / rate(single))
            ),
            rate(large) >= 0.8 * rate(single),
        ),
        (
            format!(
                "--batch peak memory flat: {} MB at {} events, {} MB at {} (at most +25%)",
                sig3(small.peak as f64 / MB),
                small.docs / corpus::EVENT_DOCUMENTS,
                sig3(large.peak as f64 / MB),
                large.docs / corpus::EVENT_DOCUMENTS
            ),
            large.peak as f64 <= 1.25 * small.peak as f64,
        ),
    ]
}

/// One row of the table.
struct Row {
    /// Number of `.txt` files.
    docs: usize,
    /// Their total size in bytes.
    bytes: u64,
    /// Median wall time of the binary, in seconds.
    wall: f64,
    /// Largest peak resident memory of the binary over the runs, in bytes.
    peak: u64,
    /// Median time of the floor, in seconds.
    floor: f64,
    /// The error line, when the binary refused the input (a documented
    /// limit) rather than summarizing it.
    refused: Option<String>,
}

/// Times the binary and the floor on the `.txt` files of `dir`; with
/// `may_refuse`, a refusal by a documented limit is a result, not a failure.
fn bench_input(binary: &Path, dir: &Path, as_directory: bool, runs: usize, may_refuse: bool) -> Result<Row> {
    let files = corpus::txt_files(dir)?;
    ensure!(!files.is_empty(), "no .txt files in {}", dir.display());
    let args = input_args(dir, &files, as_directory);
    let arg_bytes: usize = args.iter().map(|a| a.len() + 1).sum::<usize>()
        + std::env::vars_os().map(|(k, v)| k.len() + v.len() + 2).sum::<usize>();
    ensure!(
        arg_bytes < ARG_MAX - 4096,
        "{} files make a {arg_bytes}-byte command line, over ARG_MAX; \
         summarize must accept a directory argument for this input",
        files.len()
    );
    let mut bytes = 0;
    for file in &files {
        bytes += file.metadata()?.len();
    }
    measure_row(binary, dir, &args, &files, runs, files.len(), bytes, may_refuse)
}

/// The row for `binary --sentences 10 args` run `runs` times in `dir`, with
/// reading `files` as the floor; `docs` and `bytes` describe the input;
/// with `may_refuse`, a refusal by a documented limit is a result.
#[allow(clippy::too_many_arguments, reason = "one call per kind of row, each naming what it measures")]
fn measure_row(
    binary: &Path,
    dir: &Path,
    args: &[String],
    files: &[PathBuf],
    runs: usize,
    docs: usize,
    bytes: u64,
    may_refuse: bool,
) -> Result<Row> {
    let mut walls = Vec::new();
    let mut peak = 0;
    let mut refused = None;
    for _ in 0..runs {
        let (wall, rss, refusal) = measure(binary, dir, args, may_refuse)?;
        walls.push(wall.as_secs_f64());
        peak = peak.max(rss);
        refused = refused.or(refusal);
    }
    let mut floors = Vec::new();
    for _ in 0..runs {
        floors.push(floor(files)?.as_secs_f64());
    }
    Ok(Row { docs, bytes, wall: median(walls), peak, floor: median(floors), refused })
}

/// The arguments after `--sentences 10`: the folder `dir`, or the names of
/// its `files`, to be run in that folder.
fn input_args(dir: &Path, files: &[PathBuf], as_directory: bool) -> Vec<String> {
    if as_directory {
        return vec![dir.to_string_lossy().into_owned()];
    }
    files.iter().map(|f| f.file_name().unwrap_or_default().to_string_lossy().into_owned()).collect()
}

/// Whether `summarize` reads a directory argument: it must print the same as
/// for the directory's files named one by one.
fn accepts_directory(binary: &Path, fixtures: &Path) -> Result<bool> {
    let run = |args: Vec<String>| {
        Command::new(binary)
            .args(["--sentences", "10"])
            .args(args)
            .current_dir(fixtures)
            .stdin(Stdio::null())
            .output()
            .with_context(|| format!("running {}", binary.display()))
    };
    let files = run(input_args(fixtures, &corpus::txt_files(fixtures)?, false))?;
    if !files.status.success() {
        bail!(
            "summarize failed on the fixtures ({}):\n{}",
            files.status,
            String::from_utf8_lossy(&files.stderr).trim_end()
        );
    }
    let directory = run(input_args(fixtures, &[], true))?;
    Ok(directory.status.success() && directory.stdout == files.stdout)
}

/// Runs `binary --sentences 10 args` in `dir` through a fresh intermediate
/// process; returns its wall time and peak resident memory in bytes.
/// With `may_refuse`, an exit with a limit's error (`the limit of one
/// run`) is measured too, and its error line returned.
fn measure(binary: &Path, dir: &Path, args: &[String], may_refuse: bool) -> Result<(Duration, u64, Option<String>)> {
    let exe = std::env::current_exe().context("finding the xtask binary")?;
    let output = Command::new(exe)
        .args(["bench", MEASURE])
        .arg(binary)
        .args(["--sentences", "10"])
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .context("running the measuring process")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let parse = || -> Option<(Duration, u64)> {
        let (nanos, kib) = stdout.trim().split_once(' ')?;
        Some((Duration::from_nanos(nanos.parse().ok()?), kib.parse::<u64>().ok()? * 1024))
    };
    let mut refusal = None;
    if !output.status.success() {
        // The intermediate passes the child's stderr on as it is.
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stderr = stderr.trim_end();
        if !(may_refuse && stderr.contains("the limit of one run")) {
            bail!("summarize failed on {} ({}):\n{stderr}", dir.display(), output.status);
        }
        refusal = Some(format!("{stderr} ({})", output.status));
    }
    let (wall, peak) = parse().with_context(|| format!("unexpected measurement {stdout:?}"))?;
    Ok((wall, peak, refusal))
}

/// The intermediate: runs `program args...` once, stdout discarded, and
/// prints `<wall nanoseconds> <peak KiB>`; if the child failed, also its
/// stderr as it is, and exits with its status.
fn measure_child(command: &[String]) -> Result<()> {
    let (program, args) = command.split_first().context("bench --measure PROGRAM ARGS...")?;
    let start = Instant::now();
    let output = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .with_context(|| format!("running {program}"))?;
    let wall = start.elapsed();
    // Linux reports ru_maxrss in KiB.
    let peak = getrusage(UsageWho::RUSAGE_CHILDREN).context("getrusage")?.max_rss();
    println!("{} {peak}", wall.as_nanos());
    if !output.status.success() {
        // The child's stderr as it is, and its exit status as ours, so
        // that the parent sees exactly what the child said.
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
        std::process::exit(output.status.code().unwrap_or(1));
    }
    Ok(())
}

/// The floor: reads every file and counts its words; returns the time taken.
fn floor(files: &[PathBuf]) -> Result<Duration> {
    let start = Instant::now();
    let mut words = 0;
    for file in files {
        let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        words += text.split_whitespace().count();
    }
    std::hint::black_box(words);
    Ok(start.elapsed())
}

/// The median of `values` (the mean of the middle two for an even count);
/// `values` must not be empty.
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 { values[mid] } else { (values[mid - 1] + values[mid]) / 2.0 }
}

/// `x` rounded to 3 significant digits, without exponent: `1234.5` is `1230`,
/// `0.012345` is `0.0123`.
fn sig3(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x}");
    }
    let digits = |x: f64| x.abs().log10().floor() as i32 + 1;
    let scale = 10f64.powi(3 - digits(x));
    let rounded = (x * scale).round() / scale;
    let decimals = (3 - digits(rounded)).max(0) as usize;
    format!("{rounded:.decimals$}")
}

/// The table, one line per row, fixed-width columns.
fn table<'r>(rows: impl IntoIterator<Item = &'r Row>) -> String {
    let mut out = format!(
        "{:>6} {:>9} {:>9} {:>9} {:>7} {:>9} {:>10}\n",
        "docs", "size MB", "wall ms", "peak MB", "MB/s", "floor ms", "wall/floor"
    );
    for row in rows {
        let size = row.bytes as f64 / MB;
        writeln!(
            out,
            "{:>6} {:>9} {:>9} {:>9} {:>7} {:>9} {:>10}",
            row.docs,
            sig3(size),
            sig3(row.wall * 1e3),
            sig3(row.peak as f64 / MB),
            sig3(size / row.wall),
            sig3(row.floor * 1e3),
            sig3(row.wall / row.floor),
        )
        .expect("writing to a String cannot fail");
    }
    out
}

/// The targets, each with whether it is met. `rows` are the fixtures and the
/// clusters of [`CLUSTERS`], in that order.
fn targets(rows: &[Row]) -> Vec<(String, bool)> {
    let [fixtures, hundred, thousand, largest] = rows else {
        return Vec::new();
    };
    let ms = |row: &Row| sig3(row.wall * 1e3);
    let scaling = |small: &Row, big: &Row| {
        let ratio = big.wall / small.wall;
        (format!("linear scaling {} -> {} docs: x{} (at most x11)", small.docs, big.docs, sig3(ratio)), ratio <= 11.0)
    };
    vec![
        (format!("{} docs under 1 s: {} ms", largest.docs, ms(largest)), largest.wall < 1.0),
        (
            format!(
                "{} docs peak memory at most 3x input: {} MB (limit {} MB)",
                largest.docs,
                sig3(largest.peak as f64 / MB),
                sig3(3.0 * largest.bytes as f64 / MB)
            ),
            largest.peak <= 3 * largest.bytes,
        ),
        scaling(hundred, thousand),
        scaling(thousand, largest),
        (format!("fixtures under 5 ms: {} ms", ms(fixtures)), fixtures.wall < 0.005),
        (
            format!(
                "{} docs within 5x of the floor (read + split into words): x{}",
                largest.docs,
                sig3(largest.wall / largest.floor)
            ),
            largest.wall <= 5.0 * largest.floor,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(vec![3.0]), 3.0);
        assert_eq!(median(vec![5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(vec![9.0, 1.0, 1.0, 8.0, 2.0]), 2.0);
    }

    #[test]
    fn three_significant_digits() {
        let cases =
            [(1234.5, "1230"), (123.45, "123"), (1.2345, "1.23"), (0.012345, "0.0123"), (9.996, "10.0"), (0.0, "0")];
        for (x, expect) in cases {
            assert_eq!(sig3(x), expect, "{x}");
        }
    }
}
