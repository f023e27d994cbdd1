//! Throughput of greedy selection: 100,000 candidates, a 10-sentence and a
//! 250-word budget, with a cheap deterministic similarity so that the
//! selection loop itself is what is measured.

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use summarize_redundancy::{Budget, Candidate, Options, select};

fn candidates(count: usize) -> Vec<Candidate> {
    (0..count)
        .map(|i| {
            let score = ((i * 7919) % 10_007) as f32 / 10_007.0;
            let words = 8 + (i * 31) as u32 % 40;
            Candidate { score, words, chars: words * 6 }
        })
        .collect()
}

fn similarity(a: usize, b: usize) -> f32 {
    ((a ^ b) % 97) as f32 / 200.0
}

fn selection(c: &mut Criterion) {
    let candidates = candidates(100_000);
    let mut group = c.benchmark_group("select");
    group.throughput(Throughput::Elements(candidates.len() as u64));
    group.sample_size(20);
    for budget in [Budget::Sentences(10), Budget::Words(250)] {
        group.bench_function(format!("{budget:?}/100k candidates"), |b| {
            b.iter(|| select(&candidates, budget, &Options::default(), similarity))
        });
    }
    group.finish();
}

criterion_group!(benches, selection);
criterion_main!(benches);
