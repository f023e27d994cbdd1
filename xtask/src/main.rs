//! Project automation, run as `cargo xtask <task>` (see `.cargo/config.toml`).
//!
//! Tasks (`cargo xtask` alone runs `snapshots`):
//! - `snapshots [--check]`: regenerate the insta snapshots, or with `--check`
//!   fail when any snapshot is stale or pending instead of writing.
//! - `eval [--data DIR] [--lang L] [--docs N | --groups N] [--words N[,N…]] [--binary PATH] [-- ARGS…]`: ROUGE of the release binary against
//!   human summaries (default: `xtask/data/eval/multiling2011_en`, 250 words).
//! - `bench [--corpus DIR] [--runs N]`: wall time and peak memory of the
//!   release binary on generated clusters of 2 to 10,000 reports.
//! - `completions [--out DIR]`: shell completions and the man page.
//! - `package`: pack each library crate and run its tests from the
//!   unpacked `.crate`, outside the workspace.

mod bench;
mod completions;
mod eval;
mod package;
mod snapshots;

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result, bail};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    match task.as_str() {
        // Plain `cargo xtask` regenerates the snapshots: the everyday task.
        "" | "snapshots" => snapshots::run(&rest),
        "eval" => eval::run(&rest),
        "bench" => bench::run(&rest),
        "completions" => completions::run(&rest),
        "package" => package::run(&rest),
        "help" | "--help" | "-h" => {
            println!("{}", HELP.trim());
            Ok(())
        }
        other => bail!("unknown task {other:?}\n\n{}", HELP.trim()),
    }
}

const HELP: &str = "
usage: cargo xtask [task] [options]     (no task: snapshots)

tasks:
  snapshots [--check]             regenerate insta snapshots (--check: fail if any is stale)
  eval [--data DIR] [--lang L] [--docs N | --groups N] [--words N,..] [--per-topic] [--binary PATH] [-- ARGS]
                                  ROUGE of the release binary (or PATH) against human summaries
  bench [--corpus DIR] [--runs N]  speed and memory of the release binary at scale
  completions [--out DIR]          shell completions and man page (default target/completions)
  package                          pack each library crate and test it outside the workspace
";

/// The workspace root, found from this crate's manifest directory.
fn project_root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// A `cargo` command run from the workspace root, using the cargo that ran us.
fn cargo() -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(project_root());
    command
}

/// Builds the release `summarize` binary and returns its path.
fn release_binary() -> Result<PathBuf> {
    let status = cargo()
        .args(["build", "--release", "--quiet", "--package", "summarize", "--bin", "summarize"])
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release failed");
    }
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| project_root().join("target"));
    let target = if target.is_absolute() { target } else { project_root().join(target) };
    Ok(target.join("release").join(format!("summarize{}", std::env::consts::EXE_SUFFIX)))
}
