//! `cargo xtask package`: each library crate packs for crates.io, and the
//! packed crate's own tests pass from the unpacked `.crate`, where nothing
//! of the workspace is beside it.

use anyhow::{Context, Result, bail};

use crate::{cargo, project_root};

/// The crates meant for crates.io, leaves first.
const LIBRARIES: [&str; 5] =
    ["summarize-tokenize", "summarize-tfidf", "summarize-redundancy", "summarize-format", "summarize-html"];

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
    // cargo from taking them for members of ours; its patches make a packed
    // crate that uses a sibling (summarize-html's accuracy test splits with
    // summarize-tokenize) find the packed sibling, as if both were published.
    let version = env!("CARGO_PKG_VERSION");
    let mut manifest = String::from("[workspace]\nmembers = [\"*\"]\nresolver = \"3\"\n\n[patch.crates-io]\n");
    for library in LIBRARIES {
        manifest.push_str(&format!("{library} = {{ path = \"{library}-{version}\" }}\n"));
    }
    std::fs::write(unpacked.join("Cargo.toml"), manifest)?;
    // One `cargo package` for all: it packs siblings into a local registry
    // first, so a crate that depends on an unpublished sibling packs too.
    let mut package = cargo();
    package.args(["package", "--quiet", "--allow-dirty"]);
    for library in LIBRARIES {
        package.args(["--package", library]);
    }
    if !package.status()?.success() {
        bail!("cargo package failed");
    }
    for library in LIBRARIES {
        let archive = target.join("package").join(format!("{library}-{version}.crate"));
        // `-m`: the files get the time of unpacking, not the archive's, or
        // cargo would take the previous run's build in package-check-target
        // for fresh and test stale code.
        let status = std::process::Command::new("tar")
            .arg("-xzmf")
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
