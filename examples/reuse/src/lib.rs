//! Proof of reuse: `tests/` uses the `summarize` library and each stage crate
//! alone, through their public APIs only, the way a dependent project would.
//! This crate has no code of its own.
