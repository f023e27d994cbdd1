//! TF-IDF sentence vectors and salience scores for a cluster of reports.
//!
//! ```
//! use summarize_tfidf::{Idf, Vocabulary, score_sentences};
//!
//! let mut vocabulary = Vocabulary::new();
//! let sentences: Vec<Vec<u32>> = [
//!     "putin trump call ceasefir",
//!     "trump call putin",
//!     "weather sunni",
//! ]
//! .iter()
//! .map(|s| s.split(' ').map(|t| vocabulary.intern(t)).collect())
//! .collect();
//!
//! let idf = Idf::from_sentences(&sentences, vocabulary.len());
//! let scoring = score_sentences(&sentences, &idf);
//! // The off-topic sentence is the least central one.
//! assert!(scoring.scores[2] < scoring.scores[0]);
//! assert!(scoring.scores[2] < scoring.scores[1]);
//! ```
//!
//! # What the numbers mean
//!
//! A *term* is anything the caller interns in a [`Vocabulary`] (usually a
//! stemmed content word). Each sentence becomes a sparse vector with weight
//! `(1 + ln tf) × idf` per term, L2-normalised.
//!
//! **IDF is computed over sentences, not documents.** A summary of two
//! reports of one event is about the facts both reports share; with
//! document-level IDF over two documents each shared term gets
//! `ln(2/2) = 0` and exactly those facts vanish. Over sentences, a term is
//! rare when few *sentences* use it, which is what separates a specific fact
//! from filler. IDF is smoothed, `idf = ln((1 + n) / (1 + sf)) + 1`, so no
//! weight is ever zero or negative. [`Idf::from_background`] swaps in a
//! document-frequency table from a large corpus instead.
//!
//! The **centroid** is the mean of all sentence vectors of the cluster: the
//! cluster's topic in one vector. A sentence's **score** is the cosine
//! between its vector and the centroid, in `0.0..=1.0`: how much of what the
//! whole cluster talks about the sentence says (MEAD's centroid score).
//!
//! A sentence's **salience** ([`Salience`]) is its centroid score times a
//! [`lead_prior`] for its place in its report and a [`standalone_factor`]
//! for an opening that leans on earlier context; the parts are kept so that
//! every score can be explained.
//!
//! Everything here is plain data (`u32` term ids, `f32` weights, slices), so
//! the vectors can be used with any similarity-based selection.

#![deny(missing_docs)]

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

mod prior;

pub use prior::{LONG_SENTENCE_WORDS, Salience, lead_prior, length_factor, standalone_factor};

/// A dense id for an interned term.
pub type TermId = u32;

/// Interns term strings into dense [`TermId`]s, `0..len()`.
///
/// The terms lie one after another in one string, and the table that finds
/// them holds only ids: about 15 bytes a term besides its text, where a map
/// of boxed strings took over 100 (two allocations and a 24-byte slot).
/// With real news, a run meets tens of thousands of distinct words.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    /// Every term, one after another.
    text: String,
    /// Where each term ends in `text`, by id (`u32`: 4 bytes a term, not 8).
    ends: Vec<u32>,
    /// The ids, found by the hash of their term.
    ids: HashTable<TermId>,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// An empty vocabulary with room for `terms` terms before its table
    /// grows. Growing re-hashes every term held: a run that expects many
    /// small vocabularies (one per event) pays that again and again.
    ///
    /// ```
    /// use summarize_tfidf::Vocabulary;
    ///
    /// let mut vocabulary = Vocabulary::with_capacity(1_000);
    /// assert_eq!(vocabulary.intern("talk"), 0);
    /// assert_eq!(vocabulary.len(), 1);
    /// ```
    pub fn with_capacity(terms: usize) -> Vocabulary {
        Vocabulary { text: String::new(), ends: Vec::with_capacity(terms), ids: HashTable::with_capacity(terms) }
    }

    /// The id of `term`, adding it if it is new. Ids are given in order of
    /// first appearance, so the same input always gets the same ids. Past
    /// 4 GiB of distinct terms' text, a new term is not added and gets
    /// [`TermId::MAX`].
    pub fn intern(&mut self, term: &str) -> TermId {
        let hash = FxBuildHasher.hash_one(term);
        let Vocabulary { text, ends, ids } = self;
        if let Some(&id) = ids.find(hash, |&id| term_in(text, ends, id) == term) {
            return id;
        }
        let (Ok(id), Ok(end)) = (TermId::try_from(ends.len()), u32::try_from(text.len() + term.len())) else {
            return TermId::MAX;
        };
        text.push_str(term);
        ends.push(end);
        ids.insert_unique(hash, id, |&id| FxBuildHasher.hash_one(term_in(text, ends, id)));
        id
    }

    /// The id of `term`, if it has been interned.
    pub fn get(&self, term: &str) -> Option<TermId> {
        let hash = FxBuildHasher.hash_one(term);
        self.ids.find(hash, |&id| self.term(id) == term).copied()
    }

    /// The term behind `id` (`""` for an id this vocabulary never gave out).
    pub fn term(&self, id: TermId) -> &str {
        term_in(&self.text, &self.ends, id)
    }

    /// How many distinct terms have been interned.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether no term has been interned.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// Term `id` of a [`Vocabulary`]'s `text` and `ends` (`""` past the end).
fn term_in<'a>(text: &'a str, ends: &[u32], id: TermId) -> &'a str {
    let id = id as usize;
    let Some(&end) = ends.get(id) else { return "" };
    let start = if id == 0 { 0 } else { ends[id - 1] };
    text.get(start as usize..end as usize).unwrap_or_default()
}

/// A sparse vector: `(term, weight)` pairs sorted by term id, no duplicates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseVector {
    // A boxed slice, not a Vec: one exact allocation per sentence, where a
    // collected Vec could hold up to twice its length (measured: a few MB
    // at 100,000 sentences).
    entries: Box<[(TermId, f32)]>,
}

impl SparseVector {
    /// Builds a vector from pairs in any order; weights of repeated terms add up.
    pub fn from_pairs(mut pairs: Vec<(TermId, f32)>) -> SparseVector {
        pairs.sort_unstable_by_key(|&(term, _)| term);
        pairs.dedup_by(|later, first| {
            let same = later.0 == first.0;
            if same {
                first.1 += later.1;
            }
            same
        });
        SparseVector { entries: pairs.into_boxed_slice() }
    }

    /// The `(term, weight)` pairs, sorted by term.
    pub fn entries(&self) -> &[(TermId, f32)] {
        &self.entries
    }

    /// The dot product, by merging the two sorted lists.
    pub fn dot(&self, other: &SparseVector) -> f32 {
        let (mut a, mut b) = (self.entries.iter().peekable(), other.entries.iter().peekable());
        let mut sum = 0.0;
        while let (Some(&&(ta, wa)), Some(&&(tb, wb))) = (a.peek(), b.peek()) {
            match ta.cmp(&tb) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    sum += wa * wb;
                    a.next();
                    b.next();
                }
            }
        }
        sum
    }

    /// The Euclidean length.
    pub fn norm(&self) -> f32 {
        euclidean_length(self.entries.iter().map(|&(_, w)| w))
    }

    /// The cosine of the angle between the two vectors, `0.0` if either is empty.
    pub fn cosine(&self, other: &SparseVector) -> f32 {
        let norms = self.norm() * other.norm();
        if norms > 0.0 { (self.dot(other) / norms).clamp(-1.0, 1.0) } else { 0.0 }
    }

    fn normalized(mut self) -> SparseVector {
        normalize(&mut self.entries);
        self
    }
}

/// The `(term, weight)` pairs, sorted by term, as other crates take vectors.
impl AsRef<[(TermId, f32)]> for SparseVector {
    fn as_ref(&self) -> &[(TermId, f32)] {
        &self.entries
    }
}

/// The `(term, weight)` pairs, sorted by term, by value.
impl<'a> IntoIterator for &'a SparseVector {
    type Item = (TermId, f32);
    type IntoIter = std::iter::Copied<std::slice::Iter<'a, (TermId, f32)>>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().copied()
    }
}

/// Divides `entries`' weights by their Euclidean length (if not zero).
fn normalize(entries: &mut [(TermId, f32)]) {
    let norm = euclidean_length(entries.iter().map(|&(_, w)| w));
    entries.iter_mut().for_each(|(_, w)| *w = normalised(*w, norm));
}

/// The Euclidean length of `weights`, summed in order: one definition, so
/// that a [`VectorSet`] weighed as it is read and a [`SparseVector`]
/// normalised at once give the same floats.
fn euclidean_length(weights: impl Iterator<Item = f32>) -> f32 {
    weights.map(|w| w * w).sum::<f32>().sqrt()
}

/// The TF-IDF weight of a term counted `count` times in its sentence, `(1 +
/// ln tf) × idf`, before normalising. Most counts are 1, and ln 1 is 0.
fn tf_idf(count: f32, idf: f32) -> f32 {
    let tf = if count == 1.0 { 1.0 } else { 1.0 + count.ln() };
    tf * idf
}

/// `weight` divided by its vector's length `norm` (a length of 0 leaves it
/// as it is): one definition for the weights read and the weights summed.
fn normalised(weight: f32, norm: f32) -> f32 {
    if norm > 0.0 { weight / norm } else { weight }
}

/// Many sparse vectors in one flat array, in order: vector `i` is a run
/// of `(term, weight)` pairs sorted by term, each term once, read with
/// [`VectorSet::get`].
///
/// Built from term counts ([`VectorSet::push_terms`]) and turned into
/// TF-IDF vectors ([`VectorSet::weigh`]). It keeps each term and its count
/// (5 bytes an entry) and computes a weight when it is read, `(1 + ln tf) ×
/// idf ÷ the vector's length`, rather than keeping `(term, weight)` pairs
/// (8 bytes): for 10,000 news reports, 1.5 million entries, 4.6 MB less at
/// the pipeline's peak, and the same floats bit for bit.
///
/// ```
/// use summarize_tfidf::{Idf, VectorSet};
///
/// let mut counts = VectorSet::new();
/// counts.push_terms(&mut [2, 0, 2]);
/// counts.push_terms(&mut []);
/// assert_eq!(counts.get(0).collect::<Vec<_>>(), [(0, 1.0), (2, 2.0)]);
/// assert_eq!(counts.get(1).len(), 0);
/// let idf = Idf::from_term_counts(&counts, 3);
/// counts.weigh(&idf);
/// assert!((counts.get(0).map(|(_, w)| w * w).sum::<f32>() - 1.0).abs() < 1e-6);
/// ```
///
/// Holds at most `u32::MAX` entries in all (a few a sentence): an entry
/// past that is not kept. A count is kept up to [`MAX_COUNT`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VectorSet {
    terms: Vec<TermId>,
    /// How many times each of `terms` occurs in its sentence.
    counts: Vec<u8>,
    /// Where each vector ends in `terms` (u32: 4 bytes a vector, not 8).
    ends: Vec<u32>,
    /// Set by [`VectorSet::weigh`]: what turns counts into weights.
    weighing: Option<Weighing>,
}

/// What [`VectorSet::weigh`] keeps to weigh entries as they are read.
#[derive(Clone, Debug, PartialEq)]
struct Weighing {
    idf: Idf,
    /// Each vector's Euclidean length before normalising.
    norms: Vec<f32>,
}

/// The largest count a [`VectorSet`] keeps for a term in one sentence: a
/// term said more often in one sentence counts this many times (`1 + ln
/// 255` is 6.5; such a sentence is a list, not prose).
pub const MAX_COUNT: u8 = u8::MAX;

impl VectorSet {
    /// An empty set.
    pub fn new() -> VectorSet {
        VectorSet::default()
    }

    /// An empty set with room for `vectors` vectors of `entries` entries
    /// in all, so that it need not grow (and copy) on the way there.
    pub fn with_capacity(vectors: usize, entries: usize) -> VectorSet {
        VectorSet {
            terms: Vec::with_capacity(entries),
            counts: Vec::with_capacity(entries),
            ends: Vec::with_capacity(vectors),
            weighing: None,
        }
    }

    /// How many vectors.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no vector.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Vector `index`'s `(term, weight)` pairs, sorted by term (none past
    /// the end): before [`VectorSet::weigh`], each weight is the term's
    /// count.
    pub fn get(&self, index: usize) -> VectorEntries<'_> {
        let Some(&end) = self.ends.get(index) else { return VectorEntries::default() };
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        let range = start as usize..end as usize;
        let weighing = self.weighing.as_ref().map(|w| (&w.idf, w.norms[index]));
        VectorEntries { terms: self.terms[range.clone()].iter(), counts: self.counts[range].iter(), weighing }
    }

    /// The vectors in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = VectorEntries<'_>> + '_ {
        (0..self.len()).map(|index| self.get(index))
    }

    /// The largest term id of any vector, plus one (0 for none).
    fn terms_len(&self) -> usize {
        self.terms.iter().max().map_or(0, |&t| t as usize + 1)
    }

    /// Adds the term counts of one sentence: `(term, how many times)`.
    /// `terms` is sorted in place. A weighed set is counts again after it
    /// (weigh it again).
    pub fn push_terms(&mut self, terms: &mut [TermId]) {
        self.weighing = None;
        terms.sort_unstable();
        let room = MAX_ENTRIES - self.terms.len();
        for run in terms.chunk_by(|a, b| a == b).take(room) {
            self.terms.push(run[0]);
            self.counts.push(u8::try_from(run.len()).unwrap_or(MAX_COUNT));
        }
        // At most MAX_ENTRIES (u32::MAX) entries are ever kept.
        self.ends.push(self.terms.len() as u32);
    }

    /// Turns term counts into TF-IDF weights, `(1 + ln tf) × idf`, each
    /// vector L2-normalised: the vectors [`sentence_vector`] makes. Weighing
    /// again with another IDF starts from the counts.
    pub fn weigh(&mut self, idf: &Idf) {
        self.weigh_reading(idf, |_, _| {});
    }

    /// [`VectorSet::weigh`], and in the same pass each term's weights summed
    /// over all vectors in order (in f64, as [`centroid`] sums them): the
    /// raw weights are computed once for the length and the sum, where
    /// weighing and then summing computed them twice and read every entry
    /// twice.
    fn weigh_and_sum(&mut self, idf: &Idf) -> Vec<f64> {
        let mut sums = vec![0.0f64; self.terms_len()];
        self.weigh_reading(idf, |term, weight| sums[term as usize] += f64::from(weight));
        sums
    }

    /// Weighs the vectors, calling `read` with each entry's weight, in order,
    /// as [`VectorSet::get`] gives it once weighed.
    fn weigh_reading(&mut self, idf: &Idf, mut read: impl FnMut(TermId, f32)) {
        let mut weighing = Weighing { idf: idf.clone(), norms: Vec::with_capacity(self.len()) };
        let mut raw: Vec<(TermId, f32)> = Vec::new();
        for index in 0..self.len() {
            raw.clear();
            // A length of 0 leaves the weights unnormalised.
            raw.extend(VectorEntries { weighing: Some((&weighing.idf, 0.0)), ..self.get(index) });
            let norm = euclidean_length(raw.iter().map(|&(_, w)| w));
            weighing.norms.push(norm);
            for &(term, weight) in &raw {
                read(term, normalised(weight, norm));
            }
        }
        self.weighing = Some(weighing);
    }

    /// Frees spare capacity.
    pub fn shrink_to_fit(&mut self) {
        self.terms.shrink_to_fit();
        self.counts.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// The most entries a [`VectorSet`] keeps, so that its offsets fit a `u32`.
const MAX_ENTRIES: usize = u32::MAX as usize;

/// One vector of a [`VectorSet`]: its `(term, weight)` pairs in term order,
/// each weight computed as it is read.
#[derive(Clone, Debug, Default)]
pub struct VectorEntries<'a> {
    terms: std::slice::Iter<'a, TermId>,
    counts: std::slice::Iter<'a, u8>,
    /// The IDF and the vector's length, once weighed (a length of 0 leaves
    /// the weights as they are).
    weighing: Option<(&'a Idf, f32)>,
}

impl Iterator for VectorEntries<'_> {
    type Item = (TermId, f32);

    fn next(&mut self) -> Option<(TermId, f32)> {
        let term = *self.terms.next()?;
        let count = f32::from(*self.counts.next()?);
        let Some((idf, norm)) = self.weighing else { return Some((term, count)) };
        // The same operations, in the same order, as `normalize` after
        // `sentence_vector`'s weights: the same floats.
        Some((term, normalised(tf_idf(count, idf.weight(term)), norm)))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.terms.size_hint()
    }
}

impl ExactSizeIterator for VectorEntries<'_> {}

/// One vector spread out over all term ids, for many fast dot products with
/// sparse vectors: each costs one array lookup per entry of the sparse one,
/// with no merging. Loading a new vector clears only what the last one set.
#[derive(Clone, Debug, Default)]
pub struct DenseVector {
    weights: Vec<f32>,
    loaded: Vec<TermId>,
}

impl DenseVector {
    /// An empty (all-zero) vector.
    pub fn new() -> DenseVector {
        DenseVector::default()
    }

    /// Makes this vector equal to `vector`: a [`SparseVector`] (by
    /// reference), a [`VectorSet`] entry, or any `(term, weight)` pairs.
    pub fn load(&mut self, vector: impl IntoIterator<Item = (TermId, f32)>) {
        for &term in &self.loaded {
            self.weights[term as usize] = 0.0;
        }
        self.loaded.clear();
        for (term, weight) in vector {
            let index = term as usize;
            if index >= self.weights.len() {
                self.weights.resize(index + 1, 0.0);
            }
            self.weights[index] = weight;
            self.loaded.push(term);
        }
    }

    /// The dot product with a sparse vector: a [`SparseVector`] (by
    /// reference), a [`VectorSet`] entry, or any `(term, weight)` pairs.
    pub fn dot(&self, other: impl IntoIterator<Item = (TermId, f32)>) -> f32 {
        other.into_iter().map(|(term, weight)| self.weights.get(term as usize).map_or(0.0, |w| w * weight)).sum()
    }
}

/// Inverse document frequency weights, one per term id.
#[derive(Clone, Debug, PartialEq)]
pub struct Idf {
    weights: Vec<f32>,
}

impl Idf {
    /// Smoothed IDF with each sentence as a unit:
    /// `ln((1 + n) / (1 + sf(t))) + 1`, where `n` is the number of sentences
    /// and `sf(t)` the number of sentences containing `t`. Terms are ids
    /// below `vocabulary_len`; larger ids are ignored.
    pub fn from_sentences<S: AsRef<[TermId]>>(sentences: &[S], vocabulary_len: usize) -> Idf {
        let mut sentence_frequency = vec![0u32; vocabulary_len];
        let mut last_seen = vec![usize::MAX; vocabulary_len];
        for (index, sentence) in sentences.iter().enumerate() {
            for &term in sentence.as_ref() {
                let term = term as usize;
                if term < vocabulary_len && last_seen[term] != index {
                    last_seen[term] = index;
                    sentence_frequency[term] += 1;
                }
            }
        }
        Idf::smoothed(sentences.len() as f64, sentence_frequency.iter().map(|&f| f64::from(f)))
    }

    /// [`Idf::from_sentences`] from each sentence's term counts (each term
    /// once per vector, as [`VectorSet::push_terms`] makes them): the same
    /// weights, without the term lists.
    pub fn from_term_counts(counts: &VectorSet, vocabulary_len: usize) -> Idf {
        let mut sentence_frequency = vec![0u32; vocabulary_len];
        for &term in &counts.terms {
            if let Some(frequency) = sentence_frequency.get_mut(term as usize) {
                *frequency += 1;
            }
        }
        Idf::smoothed(counts.len() as f64, sentence_frequency.iter().map(|&f| f64::from(f)))
    }

    /// Smoothed IDF from a background table of `documents` documents and
    /// the number of them each term occurs in: `frequency(term)` is asked
    /// once for each term of `vocabulary`; terms it does not know count as 0.
    pub fn from_background(vocabulary: &Vocabulary, documents: u64, frequency: impl Fn(&str) -> Option<u64>) -> Idf {
        let frequencies = (0..vocabulary.len()).map(|id| frequency(vocabulary.term(id as TermId)).unwrap_or(0) as f64);
        Idf::smoothed(documents as f64, frequencies)
    }

    fn smoothed(units: f64, frequencies: impl Iterator<Item = f64>) -> Idf {
        let weights = frequencies.map(|f| (((1.0 + units) / (1.0 + f)).ln() + 1.0) as f32).collect();
        Idf { weights }
    }

    /// The weight of `term` (`1.0`, the weight of a term in every unit, for
    /// an id this table does not cover).
    pub fn weight(&self, term: TermId) -> f32 {
        self.weights.get(term as usize).copied().unwrap_or(1.0)
    }
}

/// Sentence vectors, the centroid and each sentence's score.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scoring {
    /// The L2-normalised TF-IDF vector of each sentence, in input order.
    /// Unit length, so a dot product between two of them is their cosine.
    pub vectors: VectorSet,
    /// The mean of all sentence vectors.
    pub centroid: SparseVector,
    /// Cosine of each sentence's vector with the centroid, in `0.0..=1.0`.
    pub scores: Vec<f32>,
}

impl Scoring {
    /// The `n` heaviest centroid terms, heaviest first, ties broken by
    /// lower term id (first appearance).
    pub fn top_terms(&self, n: usize) -> Vec<(TermId, f32)> {
        let mut terms = self.centroid.entries().to_vec();
        // A total order (ids are unique), so picking the first n and then
        // sorting them gives what sorting everything gave: a cluster holds
        // tens of thousands of terms, and sorting them all was 4% of a
        // `--batch` run.
        let order = |a: &(TermId, f32), b: &(TermId, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if n < terms.len() {
            terms.select_nth_unstable_by(n, order);
            terms.truncate(n);
        }
        terms.sort_by(order);
        terms
    }
}

/// The TF-IDF vector of one sentence's terms: `(1 + ln tf) × idf`, L2-normalised.
pub fn sentence_vector(terms: &[TermId], idf: &Idf) -> SparseVector {
    let mut sorted = terms.to_vec();
    sorted.sort_unstable();
    let pairs =
        sorted.chunk_by(|a, b| a == b).map(|run| (run[0], tf_idf(run.len() as f32, idf.weight(run[0])))).collect();
    SparseVector { entries: pairs }.normalized()
}

/// Vectors, centroid and centroid-cosine scores for every sentence.
///
/// Sentences are any slices of term ids (`Vec<TermId>`, `&[TermId]`).
pub fn score_sentences<S: AsRef<[TermId]>>(sentences: &[S], idf: &Idf) -> Scoring {
    let mut counts = VectorSet::new();
    let mut scratch = Vec::new();
    for sentence in sentences {
        scratch.clear();
        scratch.extend_from_slice(sentence.as_ref());
        counts.push_terms(&mut scratch);
    }
    score_term_counts(counts, idf)
}

/// [`score_sentences`] from each sentence's term counts (as
/// [`VectorSet::push_terms`] makes them), weighed in place: the same
/// scoring with no other copy of the sentences.
pub fn score_term_counts(counts: VectorSet, idf: &Idf) -> Scoring {
    let mut vectors = counts;
    let sums = vectors.weigh_and_sum(idf);
    let centroid = mean_of_sums(&sums, vectors.len());
    // The centroid holds every term of the cluster: merging it with each
    // sentence would cost O(sentences × vocabulary). Spread out, each
    // sentence costs its own few lookups. Sentence vectors are unit length.
    let mut dense_centroid = DenseVector::new();
    dense_centroid.load(&centroid);
    let norm = centroid.norm();
    let scores =
        vectors.iter().map(|v| if norm > 0.0 { (dense_centroid.dot(v) / norm).clamp(0.0, 1.0) } else { 0.0 }).collect();
    Scoring { vectors, centroid, scores }
}

/// The mean of `vectors` (the empty vector for none).
pub fn centroid(vectors: &VectorSet) -> SparseVector {
    if vectors.is_empty() {
        return SparseVector::default();
    }
    // Summed densely over term ids (in f64, so the sum of many small weights
    // does not drift), then kept sparse.
    let mut sums = vec![0.0f64; vectors.terms_len()];
    for (term, weight) in vectors.iter().flatten() {
        sums[term as usize] += f64::from(weight);
    }
    mean_of_sums(&sums, vectors.len())
}

/// The mean of `count` vectors whose weights summed to `sums` by term id,
/// kept sparse (the empty vector for none).
fn mean_of_sums(sums: &[f64], count: usize) -> SparseVector {
    if count == 0 {
        return SparseVector::default();
    }
    let count = count as f64;
    let entries =
        (0..sums.len()).filter(|&t| sums[t] != 0.0).map(|t| (t as TermId, (sums[t] / count) as f32)).collect();
    SparseVector { entries }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intern_all(vocabulary: &mut Vocabulary, sentences: &[&str]) -> Vec<Vec<TermId>> {
        sentences.iter().map(|s| s.split_whitespace().map(|t| vocabulary.intern(t)).collect()).collect()
    }

    #[test]
    fn vocabulary_ids_follow_first_appearance() {
        let mut vocabulary = Vocabulary::new();
        assert_eq!(vocabulary.intern("b"), 0);
        assert_eq!(vocabulary.intern("a"), 1);
        assert_eq!(vocabulary.intern("b"), 0);
        assert_eq!(vocabulary.term(1), "a");
        assert_eq!(vocabulary.term(99), "");
        assert_eq!(vocabulary.get("c"), None);
    }

    #[test]
    fn vocabulary_round_trips_many_terms() {
        // Enough terms for the table to grow several times, an empty term,
        // and terms that are prefixes of one another.
        let terms: Vec<String> = (0..5000).map(|i| format!("t{i}")).chain(["".into(), "t".into()]).collect();
        let mut vocabulary = Vocabulary::new();
        for (id, term) in terms.iter().enumerate() {
            assert_eq!(vocabulary.intern(term), id as TermId);
        }
        for (id, term) in terms.iter().enumerate() {
            assert_eq!(vocabulary.intern(term), id as TermId);
            assert_eq!(vocabulary.get(term), Some(id as TermId));
            assert_eq!(vocabulary.term(id as TermId), term);
        }
        assert_eq!(vocabulary.len(), terms.len());
        assert_eq!(vocabulary.get("t5000"), None);
    }

    #[test]
    fn a_count_is_kept_up_to_max_count_and_weighing_again_starts_from_counts() {
        let mut counts = VectorSet::new();
        counts.push_terms(&mut [7; 1000]);
        counts.push_terms(&mut [3; 2]);
        assert_eq!(counts.get(0).collect::<Vec<_>>(), [(7, f32::from(MAX_COUNT))]);
        assert_eq!(counts.get(1).collect::<Vec<_>>(), [(3, 2.0)]);
        assert_eq!(counts.get(2).len(), 0);
        counts.weigh(&Idf { weights: vec![2.0; 8] });
        assert_eq!(counts.iter().flatten().collect::<Vec<_>>(), [(7, 1.0), (3, 1.0)]);
        // Two terms of different counts: weighing weights again, instead of
        // the counts, would give other floats.
        counts.push_terms(&mut [1, 1, 1, 2]);
        // Adding a vector makes the set counts again (it panicked once).
        assert_eq!(counts.get(2).collect::<Vec<_>>(), [(1, 3.0), (2, 1.0)]);
        let idf = Idf { weights: vec![1.0, 3.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0] };
        let mut once = counts.clone();
        once.weigh(&idf);
        counts.weigh(&Idf { weights: vec![5.0; 8] });
        counts.weigh(&idf);
        assert_eq!(counts.iter().flatten().collect::<Vec<_>>(), once.iter().flatten().collect::<Vec<_>>());
    }

    #[test]
    fn shared_terms_keep_weight_with_two_documents() {
        // The regression that document-level IDF has: with two reports,
        // a term both share would get ln(2/2) = 0.
        let mut vocabulary = Vocabulary::new();
        let sentences = intern_all(&mut vocabulary, &["putin call", "putin ceasefire", "call"]);
        let idf = Idf::from_sentences(&sentences, vocabulary.len());
        let putin = vocabulary.get("putin").unwrap();
        let ceasefire = vocabulary.get("ceasefire").unwrap();
        assert!(idf.weight(putin) > 1.0);
        assert!(idf.weight(ceasefire) > idf.weight(putin), "rarer terms weigh more");
    }

    #[test]
    fn cosine_of_sparse_vectors() {
        let a = SparseVector::from_pairs(vec![(3, 1.0), (1, 1.0)]);
        let b = SparseVector::from_pairs(vec![(1, 2.0), (2, 5.0), (1, 0.0)]);
        assert_eq!(a.entries(), &[(1, 1.0), (3, 1.0)]);
        assert_eq!(a.dot(&b), 2.0);
        assert!((a.cosine(&a) - 1.0).abs() < 1e-6);
        assert_eq!(a.cosine(&SparseVector::default()), 0.0);
    }

    #[test]
    fn dense_dot_matches_sparse_dot() {
        let a = SparseVector::from_pairs(vec![(1, 0.5), (7, 2.0)]);
        let b = SparseVector::from_pairs(vec![(7, 1.0), (3, 4.0), (1, 2.0)]);
        let mut dense = DenseVector::new();
        dense.load(&b);
        assert_eq!(dense.dot(&a), a.dot(&b));
        // Reloading clears what the previous vector set.
        dense.load(&SparseVector::from_pairs(vec![(3, 1.0)]));
        assert_eq!(dense.dot(&a), 0.0);
    }

    #[test]
    fn repeated_terms_are_damped() {
        let idf = Idf { weights: vec![1.0, 1.0] };
        let vector = sentence_vector(&[0, 0, 0, 0, 1], &idf);
        let weights: Vec<f32> = vector.entries().iter().map(|e| e.1).collect();
        assert!(weights[0] / weights[1] < 4.0 && weights[0] > weights[1]);
    }

    #[test]
    fn empty_input_scores_nothing() {
        let none: &[Vec<TermId>] = &[];
        let scoring = score_sentences(none, &Idf::from_sentences(none, 0));
        assert!(scoring.scores.is_empty());
        let scoring = score_sentences(&[vec![]], &Idf::from_sentences(&[vec![]], 0));
        assert_eq!(scoring.scores, [0.0]);
    }

    #[test]
    fn top_terms_break_ties_by_first_appearance() {
        let mut vocabulary = Vocabulary::new();
        let sentences = intern_all(&mut vocabulary, &["x y", "y x"]);
        let scoring = score_sentences(&sentences, &Idf::from_sentences(&sentences, 2));
        let top: Vec<TermId> = scoring.top_terms(5).iter().map(|t| t.0).collect();
        assert_eq!(top, [0, 1]);
    }

    #[test]
    fn top_terms_are_the_head_of_all_terms_sorted() {
        // Weights with many ties, in no order.
        let entries: Vec<(TermId, f32)> = (0..200).map(|t| (t, ((t * 37) % 23) as f32 / 23.0)).collect();
        let scoring = Scoring {
            vectors: VectorSet::default(),
            centroid: SparseVector { entries: entries.into() },
            scores: Vec::new(),
        };
        let mut all = scoring.centroid.entries().to_vec();
        all.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        for n in [0, 1, 7, 20, 199, 200, 500] {
            assert_eq!(scoring.top_terms(n), all[..n.min(all.len())], "n = {n}");
        }
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        proptest! {
            #[test]
            fn scores_are_cosines_and_vectors_unit_length(
                sentences in prop::collection::vec(prop::collection::vec(0u32..50, 0..20), 0..40),
            ) {
                let idf = Idf::from_sentences(&sentences, 50);
                let scoring = score_sentences(&sentences, &idf);
                prop_assert_eq!(scoring.scores.len(), sentences.len());
                for (vector, score) in scoring.vectors.iter().zip(&scoring.scores) {
                    prop_assert!((0.0..=1.0).contains(score));
                    let vector: Vec<(TermId, f32)> = vector.collect();
                    let norm = vector.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
                    prop_assert!(vector.is_empty() || (norm - 1.0).abs() < 1e-4);
                    prop_assert!(vector.windows(2).all(|w| w[0].0 < w[1].0));
                }
            }

            #[test]
            fn flat_vectors_equal_one_vector_at_a_time(
                sentences in prop::collection::vec(prop::collection::vec(0u32..50, 0..20), 0..40),
            ) {
                let idf = Idf::from_sentences(&sentences, 50);
                let scoring = score_sentences(&sentences, &idf);
                prop_assert_eq!(scoring.vectors.len(), sentences.len());
                let mut counts = VectorSet::new();
                for (index, sentence) in sentences.iter().enumerate() {
                    let vector = sentence_vector(sentence, &idf);
                    // Bit for bit: weighed as read, as one vector is weighed at once.
                    let flat: Vec<(TermId, f32)> = scoring.vectors.get(index).collect();
                    prop_assert_eq!(flat.as_slice(), vector.entries());
                    counts.push_terms(&mut sentence.clone());
                }
                prop_assert_eq!(Idf::from_term_counts(&counts, 50), idf);
            }

            #[test]
            fn weighing_and_summing_at_once_equals_weighing_then_summing(
                sentences in prop::collection::vec(prop::collection::vec(0u32..50, 0..20), 0..40),
            ) {
                let idf = Idf::from_sentences(&sentences, 50);
                let scoring = score_sentences(&sentences, &idf);
                let mut weighed = VectorSet::new();
                for sentence in &sentences {
                    weighed.push_terms(&mut sentence.clone());
                }
                weighed.weigh(&idf);
                // Bit for bit: the one pass gives the two passes' floats.
                prop_assert_eq!(&scoring.vectors, &weighed);
                prop_assert_eq!(scoring.centroid, centroid(&weighed));
            }
        }
    }
}
