//! The same selection and the same `also_in` links for candidates given as
//! sparse vectors (similarity = dot product), in near-linear time for any
//! budget.
//!
//! [`select`](crate::select) with a similarity closure must compare each
//! candidate with each new pick: `k × n` calls for `k` picks of `n`
//! candidates, quadratic when the budget takes everything. With the vectors
//! themselves, two things make it fast while keeping every pick and every
//! value bit for bit:
//!
//! - **Lazy greedy** (Minoux): a candidate's [`gain`](crate::gain) only
//!   falls as the selection grows, so a value computed earlier is an upper
//!   bound. A priority queue
//!   holds the bounds; only the top is brought up to date, and taken if it
//!   is still the best.
//! - **An inverted index of the selected sentences.** Bringing a candidate
//!   up to date needs its largest dot product with the selected set, and
//!   only selected sentences that share a term with it can have one. A
//!   term shared by many of them (say, a word in every sentence) is not
//!   walked: if it is the only such term of the candidate, the best
//!   sentence sharing nothing else scores exactly `weight × the term's
//!   largest selected weight`, kept per term. Only a candidate with two or
//!   more such terms walks their lists.
//!
//! Dot products are summed in term order, as a merge of the two sorted
//! lists: the same floats as spreading either vector out.

use std::collections::BinaryHeap;

use rayon::prelude::*;

use crate::{Budget, Candidate, Decision, Options, Selection, gain};

/// Sparse vectors by index, each sorted by term with each term once: a
/// slice of vectors (`&[Vec<(u32, f32)>]`, or of anything that is
/// `AsRef<[(u32, f32)]>`), or the caller's own layout, which may compute
/// each weight as it is read.
pub trait Vectors {
    /// One vector's `(term, weight)` pairs, in term order.
    type Vector<'a>: Iterator<Item = (u32, f32)> + Clone
    where
        Self: 'a;

    /// How many vectors.
    fn len(&self) -> usize;

    /// Whether there is none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Vector `index` (empty past the end).
    fn vector(&self, index: usize) -> Self::Vector<'_>;
}

impl<V: AsRef<[(u32, f32)]>> Vectors for [V] {
    type Vector<'a>
        = std::iter::Copied<std::slice::Iter<'a, (u32, f32)>>
    where
        V: 'a;

    fn len(&self) -> usize {
        <[V]>::len(self)
    }

    fn vector(&self, index: usize) -> Self::Vector<'_> {
        self.get(index).map_or(&[][..], AsRef::as_ref).iter().copied()
    }
}

impl<V: AsRef<[(u32, f32)]>> Vectors for Vec<V> {
    type Vector<'a>
        = std::iter::Copied<std::slice::Iter<'a, (u32, f32)>>
    where
        V: 'a;

    fn len(&self) -> usize {
        <[V]>::len(self)
    }

    fn vector(&self, index: usize) -> Self::Vector<'_> {
        self.as_slice().vector(index)
    }
}

/// Candidates by index: a slice of [`Candidate`]s, or the caller's own
/// records read as candidates (no copy of them all).
pub trait Candidates {
    /// How many candidates.
    fn len(&self) -> usize;

    /// Whether there is none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Candidate `index` (`index < len()`).
    fn candidate(&self, index: usize) -> Candidate;
}

impl Candidates for [Candidate] {
    fn len(&self) -> usize {
        <[Candidate]>::len(self)
    }

    fn candidate(&self, index: usize) -> Candidate {
        self.get(index).copied().unwrap_or_default()
    }
}

impl Candidates for Vec<Candidate> {
    fn len(&self) -> usize {
        <[Candidate]>::len(self)
    }

    fn candidate(&self, index: usize) -> Candidate {
        self.as_slice().candidate(index)
    }
}

/// `seen` of a candidate already decided (u32::MAX picks cannot happen:
/// there are fewer candidates).
const CLOSED: u32 = u32::MAX;

/// Posting lists longer than this are bounded, not walked.
const LONG_POSTINGS: usize = 32;

/// Selects like [`select`](crate::select) with `similarity(a, b)` = the dot
/// product of `vectors[a]` and `vectors[b]` (cosine for unit vectors): the
/// same picks, values and decisions, in `O(n log n)` heap work and, unless
/// candidates share two or more very common terms, near-linear similarity work.
///
/// `vectors[i]` is candidate `i`'s vector, sorted by term; a missing one
/// counts as empty. The last pass, which tells a candidate never taken
/// because it repeats a pick from one that did not fit, reads the vectors
/// on rayon's pool: hence `V: Sync`.
pub fn select_vectors<C: Candidates + ?Sized, V: Vectors + Sync + ?Sized>(
    candidates: &C,
    vectors: &V,
    budget: Budget,
    options: &Options,
) -> Selection {
    // Indices are u32 below; 4 billion candidates would need 50 GB.
    let count = candidates.len().min(u32::MAX as usize);
    let candidate = |i: usize| candidates.candidate(i);
    let vector = |i: usize| vectors.vector(i);
    let mut index = SelectedIndex::default();
    // Memory is per candidate, and a selection may have millions: 4 bytes
    // each here, 8 in the heap, and the decisions only once it is done.
    // How many picks each candidate's heap value has seen; CLOSED once it
    // is decided.
    let mut seen = vec![0u32; count];
    let mut heap: BinaryHeap<Entry> =
        (0..count).map(|i| Entry { gain: gain(candidate(i).score, 0.0), index: i as u32 }).collect();
    let mut selected: Vec<usize> = Vec::new();
    // The gain of each pick, and (candidate, rank, similarity) of each
    // repeat found on the way.
    let mut values: Vec<f32> = Vec::new();
    let mut repeats: Vec<(u32, u32, f32)> = Vec::new();
    // The budget left before each pick, non-increasing.
    let mut remaining_before: Vec<usize> = Vec::new();
    let mut used = 0usize;
    // Once the budget left is below every candidate's cost, what is still
    // queued can only be over budget: stop rather than pop it all.
    let cheapest = (0..count).map(|i| budget.cost(&candidate(i))).min().unwrap_or(0);
    while let Some(Entry { gain: bound, index: at }) = heap.pop() {
        if budget.limit() - used < cheapest {
            break;
        }
        let i = at as usize;
        if seen[i] == CLOSED {
            continue;
        }
        let remaining = budget.limit() - used;
        if budget.cost(&candidate(i)) > remaining {
            // The remaining budget only shrinks: it will never fit.
            seen[i] = CLOSED;
            continue;
        }
        let mut value = bound;
        if (seen[i] as usize) < selected.len() {
            let found = index.nearest(vector(i), &selected, selected.len(), options.duplicate_threshold, &vector);
            if let Some((rank, similarity)) = found.repeats {
                seen[i] = CLOSED;
                repeats.push((at, rank as u32, similarity));
                continue;
            }
            seen[i] = selected.len() as u32;
            value = gain(candidate(i).score, found.nearest);
            if value.total_cmp(&bound).is_lt() {
                heap.push(Entry { gain: value, index: at });
                continue;
            }
        }
        seen[i] = CLOSED;
        index.add(selected.len(), vector(i));
        remaining_before.push(remaining);
        used += budget.cost(&candidate(i));
        selected.push(i);
        values.push(value);
    }
    drop((heap, seen));
    let mut decisions = vec![Decision::OverBudget; count];
    for (rank, (&i, &value)) in selected.iter().zip(&values).enumerate() {
        decisions[i] = Decision::Selected { rank: rank as u32, gain: value };
    }
    for (i, rank, similarity) in repeats {
        decisions[i as usize] = Decision::Redundant { with: selected[rank as usize] as u32, similarity };
    }
    // Never taken: a repeat of a sentence picked while it still fitted, or
    // over budget. Most candidates share too little with every pick to
    // repeat one, which their bound shows: it is read for all of them in
    // parallel (a tenth of a 10,000-report run's work after splitting,
    // with the other core idle), and only the few left are compared.
    let undecided: Vec<usize> = decisions
        .par_iter()
        .enumerate()
        .filter(|&(i, decision)| {
            !matches!(decision, Decision::Selected { .. } | Decision::Redundant { .. })
                && index.bound(vector(i)) >= options.duplicate_threshold
        })
        .map(|(i, _)| i)
        .collect();
    for i in undecided {
        let cost = budget.cost(&candidate(i));
        let fitted = remaining_before.partition_point(|&left| left >= cost);
        let found = index.nearest(vector(i), &selected, fitted, options.duplicate_threshold, &vector);
        if let Some((rank, similarity)) = found.repeats {
            decisions[i] = Decision::Redundant { with: selected[rank] as u32, similarity };
        }
    }
    Selection { selected, decisions, used }
}

/// The dot product of two sparse vectors read in term order, summed in
/// term order.
fn dot(mut a: impl Iterator<Item = (u32, f32)>, mut b: impl Iterator<Item = (u32, f32)>) -> f32 {
    let (mut x, mut y, mut sum) = (a.next(), b.next(), 0.0);
    while let (Some((i, u)), Some((j, v))) = (x, y) {
        match i.cmp(&j) {
            std::cmp::Ordering::Less => x = a.next(),
            std::cmp::Ordering::Greater => y = b.next(),
            std::cmp::Ordering::Equal => {
                sum += u * v;
                x = a.next();
                y = b.next();
            }
        }
    }
    sum
}

/// What a candidate's comparison with the selected set found.
struct Nearest {
    /// Its largest similarity to the selected sentences compared.
    nearest: f32,
    /// The first of them (by rank) it repeats, with their similarity.
    repeats: Option<(usize, f32)>,
}

/// Posting lists of the selected sentences, by term.
#[derive(Default)]
struct SelectedIndex {
    /// For each term: the ranks of the selected sentences that have it, in order.
    postings: Vec<Vec<u32>>,
    /// For each term: its largest weight among them.
    largest: Vec<f32>,
    /// For each term: its largest absolute weight among them.
    largest_abs: Vec<f32>,
    /// Scratch: ranks met while looking (deduplicated by sorting).
    ranks: Vec<u32>,
}

impl SelectedIndex {
    fn add(&mut self, rank: usize, vector: impl Iterator<Item = (u32, f32)>) {
        for (term, weight) in vector {
            let term = term as usize;
            if term >= self.postings.len() {
                self.postings.resize_with(term + 1, Vec::new);
                self.largest.resize(term + 1, 0.0);
                self.largest_abs.resize(term + 1, 0.0);
            }
            self.postings[term].push(rank as u32);
            self.largest[term] = self.largest[term].max(weight);
            self.largest_abs[term] = self.largest_abs[term].max(weight.abs());
        }
    }

    /// A bound on `vector`'s dot product with any selected sentence: each of
    /// its terms times the term's largest selected weight, in absolute
    /// value, summed in term order. Each addend is at least the dot
    /// product's own addend for that term (0 where the term is not shared),
    /// and float addition is monotonic, so the bound holds for the floats
    /// [`dot`] gives, not only for exact sums.
    fn bound(&self, vector: impl Iterator<Item = (u32, f32)>) -> f32 {
        vector.map(|(term, weight)| weight.abs() * self.largest_abs.get(term as usize).copied().unwrap_or(0.0)).sum()
    }

    /// Compares `vector` with the selected sentences of rank below `limit`.
    fn nearest<I: Iterator<Item = (u32, f32)> + Clone>(
        &mut self,
        vector: impl Iterator<Item = (u32, f32)> + Clone,
        selected: &[usize],
        limit: usize,
        threshold: f32,
        vectors: &impl Fn(usize) -> I,
    ) -> Nearest {
        self.ranks.clear();
        let mut long: Option<(usize, f32)> = None;
        let mut walk_long = false;
        for (term, weight) in vector.clone() {
            let Some(postings) = self.postings.get(term as usize) else { continue };
            if postings.len() <= LONG_POSTINGS {
                self.ranks.extend(postings.iter().filter(|&&r| (r as usize) < limit));
            } else if long.is_some() {
                walk_long = true;
            } else {
                long = Some((term as usize, weight));
            }
        }
        let mut bound = 0.0;
        if let Some((term, weight)) = long {
            // A sentence sharing only this term with `vector` scores exactly
            // weight × its weight; the largest is at most weight × largest,
            // and equals it unless the sentence holding the largest shares
            // more, and then scores at least that much itself.
            bound = weight * self.largest[term];
            walk_long |= bound >= threshold;
        }
        if walk_long {
            for (term, _) in vector.clone() {
                if let Some(postings) = self.postings.get(term as usize).filter(|p| p.len() > LONG_POSTINGS) {
                    self.ranks.extend(postings.iter().filter(|&&r| (r as usize) < limit));
                }
            }
            bound = 0.0;
        }
        self.ranks.sort_unstable();
        self.ranks.dedup();
        let mut found = Nearest { nearest: bound, repeats: None };
        for &rank in &self.ranks {
            let similarity = dot(vector.clone(), vectors(selected[rank as usize]));
            if similarity > found.nearest {
                found.nearest = similarity;
            }
            if similarity >= threshold && found.repeats.is_none() {
                found.repeats = Some((rank as usize, similarity));
            }
        }
        found
    }
}

/// [`near_duplicates_in_other_groups`](crate::near_duplicates_in_other_groups)
/// for every chosen item at once, with similarity = the dot product of
/// `vectors`: the same lists, without comparing each chosen item with
/// every item.
///
/// An item can reach `threshold` only through a term where `chosen`'s
/// weight × the term's largest weight anywhere is not negligible: the
/// chosen vector's terms whose such bounds sum below `threshold` are not
/// looked up; the items holding one of its other terms are compared in full
/// only where their products over those terms, plus that bound, reach
/// `threshold`.
///
/// Its two passes over all vectors run on rayon's pool, and hold no list
/// of entries: the lists are the same for any number of threads.
///
/// `group(i)` is item `i`'s group (any ordered id: `usize`, `u32`, …),
/// `None` for an item that has none, such as `|i| groups.get(i).copied()`
/// for a slice.
pub fn near_duplicates_by_vectors<G: Copy + Ord + Send + Sync, V: Vectors + Sync + ?Sized>(
    chosen: &[usize],
    group: impl Fn(usize) -> Option<G> + Sync,
    vectors: &V,
    threshold: f32,
) -> Vec<Vec<usize>> {
    let vector = |i: usize| vectors.vector(i);
    let items = vectors.len();
    // One piece of the items a thread: each pass keeps an array (or a list)
    // per piece, so no more of them than threads.
    let piece = items.div_ceil(rayon::current_num_threads()).max(PASS_ITEMS);
    // Each term's largest weight anywhere: a maximum, the same in any order.
    let largest = (0..items)
        .into_par_iter()
        .with_min_len(piece)
        .fold(Vec::new, |mut largest: Vec<f32>, item| {
            for (term, weight) in vector(item) {
                let term = term as usize;
                if term >= largest.len() {
                    largest.resize(term + 1, 0.0);
                }
                largest[term] = largest[term].max(weight.abs());
            }
            largest
        })
        .reduce(Vec::new, |a, b| {
            let (mut long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            long.iter_mut().zip(short).for_each(|(l, s)| *l = l.max(s));
            long
        });
    let terms = largest.len();
    // The terms each chosen item must be looked up by, each given a slot
    // that lists the chosen items looking it up with their weights, and
    // the bound of what a chosen item's other terms can add to a similarity.
    let mut slot = vec![NO_SLOT; terms];
    let mut lookups: Vec<Vec<(u32, f32)>> = Vec::new();
    let mut skipped_bounds = Vec::with_capacity(chosen.len());
    for (k, &c) in chosen.iter().enumerate() {
        let mut bounds: Vec<(f32, u32, f32)> = vector(c).map(|(t, w)| (w.abs() * largest[t as usize], t, w)).collect();
        bounds.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut skipped = 0.0;
        for (bound, term, weight) in bounds {
            if skipped + bound < threshold {
                skipped += bound;
                continue;
            }
            if slot[term as usize] == NO_SLOT {
                slot[term as usize] = lookups.len() as u32;
                lookups.push(Vec::new());
            }
            lookups[slot[term as usize] as usize].push((k as u32, weight));
        }
        skipped_bounds.push(skipped);
    }
    drop(largest);
    let own: Vec<Option<G>> = chosen.iter().map(|&c| group(c)).collect();
    // The chosen vectors' weights, read once rather than for every item.
    let chosen_vectors: Vec<Vec<(u32, f32)>> = chosen.iter().map(|&c| vector(c).collect()).collect();
    // One pass over all items: each item's products with the chosen items
    // over their key terms are summed as its entries are read. Only where
    // that sum plus what the other terms can add reaches `threshold` are the
    // two vectors compared in full, with `dot` itself, so the similarities
    // are the same floats. (A chosen item often shares a key term with a
    // tenth of all items, and its near duplicates are few.)
    let found: Vec<Vec<(usize, G, usize, f32)>> = (0..items)
        .into_par_iter()
        .with_min_len(piece)
        .fold(
            || (Vec::new(), vec![0.0f32; chosen.len()], Vec::new(), Vec::new()),
            |(mut found, mut partial, mut touched, mut entries), item| {
                // The item's weights, computed once for the sums and the
                // comparisons.
                entries.clear();
                entries.extend(vector(item));
                for &(term, weight) in &entries {
                    let slot = slot[term as usize];
                    if slot == NO_SLOT {
                        continue;
                    }
                    for &(k, chosen_weight) in &lookups[slot as usize] {
                        if partial[k as usize] == 0.0 {
                            touched.push(k);
                        }
                        partial[k as usize] += chosen_weight * weight;
                    }
                }
                touched.sort_unstable();
                touched.dedup();
                for &k in &touched {
                    let k = k as usize;
                    // The sum is added in another order than `dot`'s: a
                    // margin far above its rounding keeps the bound safe.
                    let reachable = partial[k] + skipped_bounds[k] >= threshold - BOUND_MARGIN;
                    partial[k] = 0.0;
                    if !reachable {
                        continue;
                    }
                    if let Some(group) = group(item)
                        && own[k].is_some_and(|own| own != group)
                    {
                        let similarity = dot(chosen_vectors[k].iter().copied(), entries.iter().copied());
                        if similarity >= threshold {
                            found.push((k, group, item, similarity));
                        }
                    }
                }
                touched.clear();
                (found, partial, touched, entries)
            },
        )
        .map(|(found, ..)| found)
        .collect();
    // By chosen item, each one's in item order (the pieces are in order).
    let mut by_chosen: Vec<Vec<(G, usize, f32)>> = vec![Vec::new(); chosen.len()];
    for (k, group, item, similarity) in found.into_iter().flatten() {
        by_chosen[k].push((group, item, similarity));
    }
    by_chosen.into_iter().map(|found| crate::best_per_group(found.into_iter(), threshold)).collect()
}

/// The fewest items a thread takes at a time in a pass over all vectors.
const PASS_ITEMS: usize = 4096;

/// The slot of a term no chosen item is looked up by.
const NO_SLOT: u32 = u32::MAX;

/// How far under the threshold a similarity's bound may fall and the pair
/// still be compared in full: the bound sums products in another order
/// than the comparison, and their rounding is some 10⁻⁶ at most.
const BOUND_MARGIN: f32 = 1e-3;

/// A heap entry: an upper bound of a candidate's gain. The greatest comes
/// first, ties to the lower index (as in the plain greedy).
#[derive(Clone, Copy, Debug)]
struct Entry {
    gain: f32,
    index: u32,
}

impl Ord for Entry {
    fn cmp(&self, other: &Entry) -> std::cmp::Ordering {
        self.gain.total_cmp(&other.gain).then(other.index.cmp(&self.index))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Entry) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Entry {}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::{near_duplicates_in_other_groups, select};

    /// Floats `range / 1000`: proptest's own float ranges trip a debug
    /// assertion in its sampler now and then (proptest 1.11).
    fn thousandths(range: std::ops::Range<i32>) -> impl Strategy<Value = f32> + Clone {
        range.prop_map(|n| n as f32 / 1000.0)
    }

    fn vectors() -> impl Strategy<Value = Vec<Vec<(u32, f32)>>> {
        // Few terms, so that many vectors share them (and some terms get
        // long posting lists); unit length, as cosines.
        prop::collection::vec(prop::collection::btree_map(0u32..12, thousandths(50..1000), 0..5), 0..80).prop_map(
            |maps| {
                maps.into_iter()
                    .map(|map| {
                        let norm = map.values().map(|w| w * w).sum::<f32>().sqrt();
                        map.into_iter().map(|(t, w)| (t, w / norm)).collect()
                    })
                    .collect()
            },
        )
    }

    fn budget() -> impl Strategy<Value = Budget> {
        prop_oneof![
            (0usize..100).prop_map(Budget::Sentences),
            (0usize..400).prop_map(Budget::Words),
            (0usize..2000).prop_map(Budget::Chars),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn same_selection_as_the_plain_greedy(
            vectors in vectors(),
            scores in prop::collection::vec(thousandths(-200..1000), 80),
            words in prop::collection::vec(1u32..30, 80),
            budget in budget(),
            threshold in prop_oneof![Just(0.5f32), thousandths(100..1000)],
        ) {
            let candidates: Vec<Candidate> = (0..vectors.len())
                .map(|i| Candidate { score: scores[i], words: words[i], chars: words[i] * 6 })
                .collect();
            let options = Options { duplicate_threshold: threshold };
            let plain = select(&candidates, budget, &options, |a, b| dot(vectors[a].iter().copied(), vectors[b].iter().copied()));
            prop_assert_eq!(select_vectors(&candidates, &vectors, budget, &options), plain);
        }

        #[test]
        fn same_links_as_comparing_with_every_item(
            vectors in vectors(),
            groups in prop::collection::vec(0usize..4, 80),
            threshold in prop_oneof![Just(0.5f32), thousandths(100..1000)],
        ) {
            let groups = &groups[..vectors.len()];
            let chosen: Vec<usize> = (0..vectors.len()).step_by(3).collect();
            let expected: Vec<Vec<usize>> = chosen
                .iter()
                .map(|&c| near_duplicates_in_other_groups(c, groups, threshold, |i| dot(vectors[c].iter().copied(), vectors[i].iter().copied())))
                .collect();
            let by_vectors = near_duplicates_by_vectors(&chosen, |i| groups.get(i).copied(), &vectors, threshold);
            prop_assert_eq!(by_vectors, expected);
        }
    }
}
