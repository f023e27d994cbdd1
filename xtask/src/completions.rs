//! `cargo xtask completions [--out DIR]`: shell completions and the man page,
//! written by the binary's own `--generate` into files.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use crate::{project_root, release_binary};

/// Writes `summarize.1` and a completion script for each shell into the
/// folder (default `target/completions`).
pub fn run(args: &[String]) -> Result<()> {
    let out = match args {
        [] => project_root().join("target").join("completions"),
        [flag, dir] if flag == "--out" => PathBuf::from(dir),
        _ => bail!("usage: cargo xtask completions [--out DIR]"),
    };
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    // Built once, then asked six times (not six `cargo run`s).
    let binary = release_binary()?;
    for (kind, file) in [
        ("bash", "summarize.bash"),
        ("zsh", "_summarize"),
        ("fish", "summarize.fish"),
        ("elvish", "summarize.elv"),
        ("powershell", "_summarize.ps1"),
        ("man", "summarize.1"),
    ] {
        let output = std::process::Command::new(&binary)
            .args(["--generate", kind])
            .output()
            .with_context(|| format!("running {}", binary.display()))?;
        if !output.status.success() {
            bail!("summarize --generate {kind} failed: {}", String::from_utf8_lossy(&output.stderr));
        }
        let path = out.join(file);
        std::fs::write(&path, output.stdout).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
