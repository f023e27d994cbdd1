//! Throughput of the scoring inner loop: IDF, sentence vectors, centroid, scores.
//!
//! Input: 100,000 synthetic sentences of 12 terms drawn (fixed seed) from a
//! Zipf-like 50,000-term vocabulary, about the shape of 6,000 news reports.

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use summarize_tfidf::{Idf, TermId, score_sentences};

fn sentences(count: usize, vocabulary: u32) -> Vec<Vec<TermId>> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            (0..12)
                .map(|_| {
                    // Zipf-like: small ids are common, as stopword-free news terms are.
                    let uniform = (next() % 1_000_000) as f64 / 1_000_000.0;
                    ((f64::from(vocabulary)).powf(uniform) as u32).min(vocabulary - 1)
                })
                .collect()
        })
        .collect()
}

fn vectorize(c: &mut Criterion) {
    let sentences = sentences(100_000, 50_000);
    let mut group = c.benchmark_group("tfidf");
    group.throughput(Throughput::Elements(sentences.len() as u64));
    group.sample_size(20);
    group.bench_function("idf+vectors+centroid+scores/100k sentences", |b| {
        b.iter(|| {
            let idf = Idf::from_sentences(&sentences, 50_000);
            score_sentences(&sentences, &idf)
        })
    });
    group.finish();
}

criterion_group!(benches, vectorize);
criterion_main!(benches);
