//! Deterministic news-like clusters for the benchmark.
//!
//! The sentences are real: every `*.txt` article one folder down in
//! `xtask/data/eval/multiling2011_en` (so not the `reference/` summaries) and
//! every `fixtures/*.txt`, cut into sentences by a rough rule (`. `, `? ` or
//! `! ` followed by an upper-case letter; good enough for generation). A
//! document draws whole sentences from that pool with [`SplitMix64`], groups
//! them into paragraphs of 1 to 4 sentences separated by blank lines, and
//! stops once it passes a length drawn between 1,000 and 1,800 bytes (about
//! 1.6 KB, a news article). The pool's 100 articles hold only about 5,700
//! distinct words, where real news of 10,000 articles holds tens of
//! thousands (names, places, rare words), and each distinct word costs the
//! summarizer memory; so some words of the drawn sentences are replaced by
//! made-up rare words ([`rare_word`]).
//!
//! A cluster of `n` documents is written to `target/bench-corpus/<n>/` as
//! `doc-00001.txt` and so on, with a key file `target/bench-corpus/<n>.key`
//! beside it: a hash of the generator version, the seed, `n` and the pool. The
//! cluster is written again only when that key is missing or differs.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The seed every cluster is drawn from.
pub const SEED: u64 = 0x5EED_0006;

/// Bumped whenever generation changes, so that old clusters are rewritten.
const VERSION: u64 = 3;

/// Fewest words a pool sentence must have: drops datelines and headings.
const MIN_WORDS: usize = 6;

/// One word in this many of four or more ASCII letters becomes a rare word:
/// 10,000 documents then hold about 62,000 distinct words, what Heaps' law
/// gives for their 2.7 million tokens with the constants measured on
/// Reuters' RCV1 newswire (`44 n^0.49`, Manning et al., *Introduction to
/// Information Retrieval*, 5.1.1).
const RARE_EVERY: usize = 10;

/// Octaves of rare-word ranks: ranks run up to `2^RARE_OCTAVES`.
const RARE_OCTAVES: usize = 18;

/// The splitmix64 generator: tiny, fast and fully determined by its seed.
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`; the modulo bias is negligible here).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The `.txt` files directly inside `dir`, sorted by path.
pub fn txt_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|ext| ext == "txt") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The sentences of the real articles, in a fixed order.
pub fn sentence_pool(root: &Path) -> Result<Vec<String>> {
    let eval = root.join("xtask/data/eval/multiling2011_en");
    let mut topics = Vec::new();
    for entry in fs::read_dir(&eval).with_context(|| format!("reading {}", eval.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            topics.push(path);
        }
    }
    topics.sort();
    topics.push(root.join("fixtures"));
    let mut pool = Vec::new();
    for topic in topics {
        for file in txt_files(&topic)? {
            let text = fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            pool.extend(
                split_sentences(&text)
                    .into_iter()
                    .filter(|s| s.split_whitespace().count() >= MIN_WORDS)
                    .map(String::from),
            );
        }
    }
    anyhow::ensure!(!pool.is_empty(), "no source sentences under {}", eval.display());
    Ok(pool)
}

/// Cuts text into sentences: at line breaks, and after `.`, `?` or `!`
/// followed by a space and an upper-case letter.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let ends = matches!(c, '.' | '?' | '!')
                && line[i + 1..].starts_with(' ')
                && line[i + 2..].starts_with(char::is_uppercase);
            if ends {
                sentences.push(line[start..=i].trim());
                start = i + 2;
                chars.next();
            }
        }
        sentences.push(line[start..].trim());
    }
    sentences.retain(|s| !s.is_empty());
    sentences
}

/// One document of about 1.6 KB drawn from `pool`.
pub fn document(pool: &[String], rng: &mut SplitMix64) -> String {
    let target = 1_000 + rng.below(801);
    let mut doc = String::with_capacity(target + 400);
    while doc.len() < target {
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        for k in 0..1 + rng.below(4) {
            if k > 0 {
                doc.push(' ');
            }
            push_with_rare_words(&mut doc, &pool[rng.below(pool.len())], rng);
        }
    }
    doc.push('\n');
    doc
}

/// Appends `sentence`, one in [`RARE_EVERY`] of its words of four or more
/// ASCII letters replaced by a [`rare_word`] (capitalised if it was).
fn push_with_rare_words(doc: &mut String, sentence: &str, rng: &mut SplitMix64) {
    for (i, word) in sentence.split(' ').enumerate() {
        if i > 0 {
            doc.push(' ');
        }
        if word.len() >= 4 && word.bytes().all(|b| b.is_ascii_alphabetic()) && rng.below(RARE_EVERY) == 0 {
            // Ranks drawn log-uniformly (an octave, then a rank within it):
            // rank r about as likely as 1/r, Zipf's law.
            let octave = rng.below(RARE_OCTAVES);
            let rank = (1 << octave) + rng.below(1 << octave);
            let rare = rare_word(rank);
            if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                let mut chars = rare.chars();
                doc.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                doc.push_str(chars.as_str());
            } else {
                doc.push_str(&rare);
            }
        } else {
            doc.push_str(word);
        }
    }
}

/// The made-up word of `rank`: its digits in base 24, each a syllable.
pub fn rare_word(rank: usize) -> String {
    const SYLLABLES: [&str; 24] = [
        "ka", "lo", "mi", "ren", "tor", "vak", "sel", "dun", "pra", "gim", "hol", "bes", "tin", "quo", "zar", "fel",
        "mon", "dre", "sul", "wix", "nap", "ort", "lem", "cay",
    ];
    let mut word = String::new();
    let mut rest = rank;
    loop {
        word.push_str(SYLLABLES[rest % SYLLABLES.len()]);
        rest /= SYLLABLES.len();
        if rest == 0 {
            return word;
        }
    }
}

/// The `n` documents of the cluster drawn with `seed`.
pub fn documents(pool: &[String], seed: u64, n: usize) -> Vec<String> {
    let mut rng = SplitMix64::new(seed ^ n as u64);
    (0..n).map(|_| document(pool, &mut rng)).collect()
}

/// Makes sure `dir/<n>/` holds the cluster of `n` documents, writing it only
/// when its key is missing or stale, and returns that folder.
pub fn ensure_cluster(dir: &Path, pool: &[String], n: usize) -> Result<PathBuf> {
    let cluster = dir.join(n.to_string());
    let key_file = dir.join(format!("{n}.key"));
    let key = key(pool, SEED, n);
    if cluster.is_dir() && fs::read_to_string(&key_file).is_ok_and(|k| k == key) {
        return Ok(cluster);
    }
    eprintln!("generating {} documents in {}", n, cluster.display());
    if cluster.exists() {
        fs::remove_dir_all(&cluster).with_context(|| format!("removing {}", cluster.display()))?;
    }
    fs::create_dir_all(&cluster).with_context(|| format!("creating {}", cluster.display()))?;
    for (i, doc) in documents(pool, SEED, n).iter().enumerate() {
        let path = cluster.join(format!("doc-{:05}.txt", i + 1));
        fs::write(&path, doc).with_context(|| format!("writing {}", path.display()))?;
    }
    fs::write(&key_file, key).with_context(|| format!("writing {}", key_file.display()))?;
    Ok(cluster)
}

/// Makes sure `dir/events-<n>.jsonl` holds `n` events of
/// [`EVENT_DOCUMENTS`] documents each (the `--batch` input), and returns it.
pub fn ensure_events(dir: &Path, pool: &[String], n: usize) -> Result<PathBuf> {
    let path = dir.join(format!("events-{n}.jsonl"));
    let key_file = dir.join(format!("events-{n}.key"));
    let key = key(pool, SEED ^ 0xE7E7, n);
    if path.is_file() && fs::read_to_string(&key_file).is_ok_and(|k| k == key) {
        return Ok(path);
    }
    eprintln!("generating {n} events in {}", path.display());
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut out = String::new();
    for (event, documents) in documents(pool, SEED ^ 0xE7E7, n * EVENT_DOCUMENTS).chunks(EVENT_DOCUMENTS).enumerate() {
        let documents: Vec<serde_json::Value> = documents
            .iter()
            .enumerate()
            .map(|(i, text)| serde_json::json!({"name": format!("doc-{i}"), "text": text}))
            .collect();
        out.push_str(&serde_json::json!({"id": event, "documents": documents}).to_string());
        out.push('\n');
    }
    fs::write(&path, out).with_context(|| format!("writing {}", path.display()))?;
    fs::write(&key_file, key).with_context(|| format!("writing {}", key_file.display()))?;
    Ok(path)
}

/// Documents per `--batch` event: a cluster of news about one event.
pub const EVENT_DOCUMENTS: usize = 10;

/// The one-letter lines of the pathological input of an adversarial run.
pub const SHORT_LINES: usize = 33_000_000;

/// As many lines, just under the sentence limit of one run.
pub const SHORT_LINES_UNDER_LIMIT: usize = 3_990_000;

/// Makes sure `dir/short-lines[-LINES]/short-lines.txt` holds the
/// pathological input of an adversarial run: a 120-character line, then
/// `lines` lines of one letter (33 million: 63 MB, 33 million sentences),
/// and returns its folder.
pub fn ensure_short_lines(dir: &Path, lines: usize) -> Result<PathBuf> {
    let folder = if lines == SHORT_LINES { dir.join("short-lines") } else { dir.join(format!("short-lines-{lines}")) };
    let path = folder.join("short-lines.txt");
    let size = 121 + 2 * lines as u64;
    if fs::metadata(&path).is_ok_and(|m| m.len() == size) {
        return Ok(folder);
    }
    eprintln!("generating {}", path.display());
    fs::create_dir_all(&folder).with_context(|| format!("creating {}", folder.display()))?;
    let mut text = "L".repeat(120);
    text.push('\n');
    text.push_str(&"x\n".repeat(lines));
    fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(folder)
}

/// A 64-bit FNV-1a hash, in hex, of everything that determines a cluster.
fn key(pool: &[String], seed: u64, n: usize) -> String {
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
        }
    };
    feed(&VERSION.to_le_bytes());
    feed(&seed.to_le_bytes());
    feed(&(n as u64).to_le_bytes());
    for sentence in pool {
        feed(sentence.as_bytes());
        feed(&[0]);
    }
    let mut hex = String::new();
    write!(hex, "{hash:016x}").expect("writing to a String cannot fail");
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool() -> Vec<String> {
        split_sentences("One small step here. Two steps there? Three! Four more steps.\nFive.")
            .into_iter()
            .map(String::from)
            .collect()
    }

    #[test]
    fn sentences_split_before_capitals_and_at_lines() {
        let text = "Mr. Smith went home. He slept, e.g. well.\nNext line? Yes! done.";
        assert_eq!(
            split_sentences(text),
            ["Mr.", "Smith went home.", "He slept, e.g. well.", "Next line?", "Yes! done."]
        );
    }

    #[test]
    fn same_seed_same_bytes() {
        let pool = pool();
        assert_eq!(documents(&pool, SEED, 20), documents(&pool, SEED, 20));
        assert_ne!(documents(&pool, SEED, 20), documents(&pool, SEED + 1, 20));
    }

    #[test]
    fn documents_have_news_length_and_paragraphs() {
        for doc in documents(&pool(), SEED, 50) {
            assert!((1_000..2_400).contains(&doc.len()), "{} bytes", doc.len());
            assert!(doc.contains("\n\n") && doc.ends_with('\n'));
        }
    }

    #[test]
    fn rare_words_are_distinct_and_drawn() {
        let words: std::collections::BTreeSet<String> = (0..100_000).map(rare_word).collect();
        assert_eq!(words.len(), 100_000);
        let doc = documents(&pool(), SEED, 200).concat();
        let rare = doc.split_whitespace().filter(|w| words.contains(&w.to_lowercase())).count();
        let long =
            doc.split_whitespace().filter(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_alphabetic())).count();
        // About one in RARE_EVERY (ranks past 100,000 are not counted here).
        assert!(rare * RARE_EVERY > long / 2 && rare * RARE_EVERY < long * 2, "{rare} of {long}");
    }

    #[test]
    fn key_changes_with_every_input() {
        let pool = pool();
        let base = key(&pool, SEED, 100);
        assert_eq!(base, key(&pool, SEED, 100));
        assert_ne!(base, key(&pool, SEED + 1, 100));
        assert_ne!(base, key(&pool, SEED, 1_000));
        assert_ne!(base, key(&pool[1..], SEED, 100));
    }
}
