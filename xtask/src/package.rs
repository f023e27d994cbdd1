//! `cargo xtask package`: each library crate packs for crates.io, and the
//! packed crate's own tests pass from the unpacked `.crate`, where nothing
//! of the workspace is beside it.

use anyhow::{Context, Result, bail};

use crate::{cargo, project_root};

/// The crates meant for crates.io, leaves first.
const LIBRARIES: [&str; 4] = ["summarize-tokenize", "summarize-tfidf", "summarize-redundancy", "summarize-format"];

/// Packs each library crate (`cargo package` builds it from the packed
/// sources), unpacks it outside the workspace and runs its tests there.
pub fn run(args: &[String]) -> Result<()> {
    if !args.is_empty() {
        bail!("usage: cargo xtask package");
    }
    let target = project_root().join("target");
    let unpacked = target.join("package-check");
    if unpacked.exists() {
        std::fs::remove_dir_all(&unpacked).with_context(|| format!("removing {}", unpacked.display()))?;
    }
    std::fs::create_dir_all(&unpacked)?;
    // A `Cargo.toml` with an empty workspace above the unpacked crates keeps
    // cargo from taking them for members of ours.
    std::fs::write(unpacked.join("Cargo.toml"), "[workspace]\nmembers = [\"*\"]\nresolver = \"3\"\n")?;
    for library in LIBRARIES {
        let status = cargo().args(["package", "--quiet", "--allow-dirty", "--package", library]).status()?;
        if !status.success() {
            bail!("cargo package -p {library} failed");
        }
        let version = env!("CARGO_PKG_VERSION");
        let archive = target.join("package").join(format!("{library}-{version}.crate"));
        let status = std::process::Command::new("tar")
            .arg("-xzf")
            .arg(&archive)
            .arg("-C")
            .arg(&unpacked)
            .status()
            .context("running tar")?;
        if !status.success() {
            bail!("could not unpack {}", archive.display());
        }
    }
    let status = cargo()
        .current_dir(&unpacked)
        .args(["test", "--quiet", "--workspace"])
        .env("CARGO_TARGET_DIR", target.join("package-check-target"))
        .status()?;
    if !status.success() {
        bail!("the packed crates' tests fail outside the workspace");
    }
    println!("packed and tested: {}", LIBRARIES.join(", "));
    Ok(())
}
