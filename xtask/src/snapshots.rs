//! `cargo xtask snapshots [--check]`: regenerate or check the insta snapshots.

use anyhow::{Result, bail};

use crate::cargo;

/// Runs the whole test suite with insta writing (`INSTA_UPDATE=always`) or,
/// with `--check`, refusing to write (`CI=true`, `INSTA_UPDATE=no`) so that
/// any stale or missing snapshot fails.
pub fn run(args: &[String]) -> Result<()> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => bail!("usage: cargo xtask snapshots [--check]"),
    };
    let mut command = cargo();
    command.args(["test", "--workspace", "--all-targets", "--quiet"]);
    command.env_remove("INSTA_FORCE_PASS");
    if check {
        command.env("CI", "true").env("INSTA_UPDATE", "no");
    } else {
        // Write new and changed snapshots in place, no review tool needed;
        // run every test target even after a failure, since one target
        // (examples/reuse) reads a snapshot another one writes.
        command.arg("--no-fail-fast").env("INSTA_UPDATE", "always");
        command.env_remove("CI");
    }
    let status = command.status()?;
    if !status.success() {
        if check {
            bail!("snapshots are stale or tests fail: run `cargo xtask snapshots` and review the diff");
        }
        bail!("tests failed while regenerating snapshots");
    }
    if !check {
        println!("snapshots regenerated: review them with `git diff -- '*.snap'` before committing");
    }
    Ok(())
}
