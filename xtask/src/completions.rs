//! `cargo xtask completions [--out DIR]`: shell completions and the man page.
//!
//! Both are generated from the binary's own clap definition (`src/cli.rs`,
//! included here as a module), so they cannot drift from `--help`.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::CommandFactory;
use clap_complete::Shell;

use crate::project_root;

#[allow(dead_code, reason = "the binary reads the fields; here only the clap definition is used")]
#[path = "../../src/cli.rs"]
mod cli;

/// Writes `summarize.1` and a completion script for each shell clap knows into
/// the folder (default `target/completions`).
pub fn run(args: &[String]) -> Result<()> {
    let out = match args {
        [] => project_root().join("target").join("completions"),
        [flag, dir] if flag == "--out" => PathBuf::from(dir),
        _ => bail!("usage: cargo xtask completions [--out DIR]"),
    };
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let mut command = cli::Args::command();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Elvish, Shell::PowerShell] {
        let path = clap_complete::generate_to(shell, &mut command, "summarize", &out)
            .with_context(|| format!("writing {shell} completions to {}", out.display()))?;
        println!("wrote {}", path.display());
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page).context("rendering the man page")?;
    let path = out.join("summarize.1");
    std::fs::write(&path, page).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}
