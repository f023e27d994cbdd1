//! Throughput of sentence splitting and tokenizing on real news text: the
//! MultiLing 2011 English source documents (`xtask/data/eval`) and the
//! fixtures, concatenated: a source checkout's data, not the packaged crate's.
//!
//! `cargo bench -p summarize-tokenize` (criterion reports MB/s).

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use summarize_tokenize::{Language, Tokenizer, split_sentences};

/// The `.txt` files directly inside `dir`, sorted.
fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir).map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
}

fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let eval = root.join("../../xtask/data/eval/multiling2011_en");
    let mut clusters: Vec<PathBuf> = fs::read_dir(&eval)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    clusters.retain(|p| p.is_dir());
    clusters.sort();
    let mut files: Vec<PathBuf> = clusters.iter().flat_map(|c| txt_files(c)).collect();
    files.extend(txt_files(&root.join("../../fixtures")));
    let mut text = String::new();
    for file in files {
        if let Ok(content) = fs::read_to_string(&file) {
            text.push_str(&content);
            text.push_str("\n\n");
        }
    }
    assert!(!text.is_empty(), "no corpus found under {}", eval.display());
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let tokenizer = Tokenizer::new(Language::English);
    let mut group = c.benchmark_group("news");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("split_sentences", |b| b.iter(|| split_sentences(black_box(&text))));
    group.bench_function("split_and_tokenize", |b| {
        b.iter(|| {
            let mut terms = 0usize;
            for span in split_sentences(black_box(&text)) {
                tokenizer.for_each_token(span.slice(&text), |t| terms += t.term.len());
            }
            terms
        })
    });
    // What the pipeline calls: words without stemming (it caches stems).
    let spans = split_sentences(&text);
    group.bench_function("for_each_word", |b| {
        b.iter(|| {
            let mut words = 0usize;
            for span in &spans {
                tokenizer.for_each_word(black_box(span.slice(&text)), |w| words += w.normalised.len());
            }
            words
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
