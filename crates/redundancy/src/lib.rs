//! Budgeted, redundancy-aware sentence selection: salience discounted by
//! similarity to what is already selected.
//!
//! ```
//! use summarize_redundancy::{Budget, Candidate, Decision, Options, select};
//!
//! let candidates = [
//!     Candidate { score: 0.9, words: 12, chars: 70 },
//!     Candidate { score: 0.8, words: 11, chars: 66 }, // says the same as 0
//!     Candidate { score: 0.5, words: 9, chars: 50 },
//! ];
//! // Any similarity will do: here 0 and 1 are near-duplicates.
//! let similarity = |a: usize, b: usize| if a + b == 1 { 0.9 } else { 0.1 };
//! let selection = select(&candidates, Budget::Sentences(2), &Options::default(), similarity);
//! assert_eq!(selection.selected, [0, 2]);
//! assert!(matches!(selection.decisions[1], Decision::Redundant { with: 0, .. }));
//! ```
//!
//! # The algorithm
//!
//! Greedy under a budget. At each step, among the candidates that still fit
//! the remaining budget, take the one with the highest [`gain`],
//! `score × √(1 − s)` where `s` is its largest similarity to a selected
//! sentence, ties broken by the lower index (the caller's order, usually
//! document order). A candidate whose similarity to a selected sentence
//! reaches [`Options::duplicate_threshold`] is dropped as a near-duplicate,
//! whatever its score: a summary says each thing once.
//!
//! The discount is a share of the candidate's own salience, not a penalty
//! subtracted from it (Maximal Marginal Relevance,
//! `λ·score − (1 − λ)·s`): salience and similarity are on different scales,
//! and with two reports of one event nearly every sentence shares the
//! event's words with the first pick, so a subtracted similarity outweighed
//! the salience of everything on topic and the summary filled with
//! asides. A scaled discount has no weight to tune, and multiplying every
//! score by a constant changes no pick.
//!
//! Each candidate is compared with the *selected* sentences only, and only
//! once per selected sentence (the running maximum is kept), so a summary of
//! `k` sentences from `n` candidates costs `k × n` similarity calls, never
//! an `n × n` matrix. The similarity is passed in, so the crate works on
//! anyone's vectors.
//!
//! For sentences given as sparse vectors (similarity = dot product),
//! [`select_vectors`] and [`near_duplicates_by_vectors`] give the same
//! results in near-linear time for any budget (a lazy greedy over a priority
//! queue, and inverted indexes); use them when the budget may take many
//! sentences.
//!
//! [`near_duplicates_in_other_groups`] finds, for a selected sentence, the
//! sentence of each other report that says nearly the same: where else a
//! summary sentence is said.
//!
//! The budget is never exceeded and a sentence is never cut: a candidate too
//! long for what is left is passed over and a shorter one may still fill
//! the rest, so the budget is filled as closely as whole sentences allow.

#![deny(missing_docs)]

mod sparse;

pub use sparse::{Candidates, Vectors, near_duplicates_by_vectors, select_vectors};

/// A sentence that may be selected: its salience and its length.
///
/// Lengths are `u32` (12 bytes a candidate): a sentence of more than
/// 4 GiB is no summary sentence, and a selection may hold millions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Candidate {
    /// Salience, higher is better; any scale (scores are compared and
    /// scaled, never added to lengths or similarities). Negative and NaN
    /// scores count as 0.
    pub score: f32,
    /// Length in words, for [`Budget::Words`].
    pub words: u32,
    /// Length in characters, for [`Budget::Chars`].
    pub chars: u32,
}

/// How long the summary may be. Whole sentences only, never exceeded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// At most this many words in all.
    Words(usize),
    /// At most this many characters in all (sentences joined without separators).
    Chars(usize),
}

impl Budget {
    /// The cost of `candidate` in this budget's unit.
    pub fn cost(self, candidate: &Candidate) -> usize {
        match self {
            Budget::Sentences(_) => 1,
            Budget::Words(_) => candidate.words as usize,
            Budget::Chars(_) => candidate.chars as usize,
        }
    }

    /// The total allowed, in this budget's unit.
    pub fn limit(self) -> usize {
        match self {
            Budget::Sentences(n) | Budget::Words(n) | Budget::Chars(n) => n,
        }
    }
}

/// Tuning of the selection.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Options {
    /// Similarity at or above which a candidate counts as a near-duplicate
    /// of a selected sentence and is never taken.
    pub duplicate_threshold: f32,
}

impl Default for Options {
    /// Near-duplicates from a similarity of `0.5`: with TF-IDF cosine, two
    /// reports' wordings of one fact land around 0.5 to 0.8, while sentences
    /// that merely share the topic stay under 0.3.
    fn default() -> Options {
        Options { duplicate_threshold: 0.5 }
    }
}

/// What happened to one candidate.
///
/// Ranks and indices are `u32` (12 bytes a decision, not 16: a selection
/// may decide millions of candidates), so at most `u32::MAX` candidates.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Decision {
    /// Selected; `rank` 0 was taken first.
    Selected {
        /// The step at which it was taken.
        rank: u32,
        /// Its [`gain`] when it was taken.
        gain: f32,
    },
    /// Dropped as a near-duplicate of the selected candidate `with`.
    Redundant {
        /// The index of the selected candidate it repeats.
        with: u32,
        /// Their similarity.
        similarity: f32,
    },
    /// Never taken: by the time it could have been, it no longer fit the budget.
    OverBudget,
}

/// The outcome of [`select`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Indices of the selected candidates, in the order they were taken.
    pub selected: Vec<usize>,
    /// One decision per candidate, in candidate order.
    pub decisions: Vec<Decision>,
    /// The part of the budget used, in the budget's unit.
    pub used: usize,
}

/// What taking a candidate of salience `score` adds, when its largest
/// similarity to a selected sentence is `nearest`: `score × √(1 − nearest)`,
/// with a negative or NaN score and a similarity outside `0.0..=1.0`
/// clamped into range; a NaN similarity counts as none, as the selections
/// ignore one when they look for the nearest pick. A candidate that shares a quarter of a selected
/// sentence's weight keeps 87% of its salience, one that shares half
/// keeps 71%.
///
/// The square root is measured, not chosen (`cargo xtask eval --groups 2`,
/// R-2 recall at 250 / 100 words, English, French, Arabic; MultiLing 2011's
/// 50 consecutive pairs of reports): the MMR it replaced scored 13.14 / 9.63,
/// 15.32 / 11.36, 12.05 / 10.89; `score × (1 − nearest)` 13.57 / 9.89,
/// 16.13 / 11.49, 12.60 / 11.10; the square root 13.57 / 10.07, 16.09 /
/// 11.70, 12.68 / 11.43.
///
/// ```
/// use summarize_redundancy::gain;
///
/// assert_eq!(gain(0.8, 0.0), 0.8);
/// assert_eq!(gain(0.8, 0.75), 0.4);
/// assert_eq!(gain(0.8, 1.0), 0.0);
/// assert_eq!(gain(0.8, f32::NAN), 0.8);
/// ```
pub fn gain(score: f32, nearest: f32) -> f32 {
    let novelty = if nearest.is_nan() { 1.0 } else { (1.0 - nearest).clamp(0.0, 1.0) };
    score.max(0.0) * novelty.sqrt()
}

/// Selects candidates greedily by [`gain`] within `budget` (see the crate docs).
///
/// `similarity(a, b)` gives the similarity of candidates `a` and `b`
/// (usually a cosine in `0.0..=1.0`); it is only ever called with a
/// selected candidate as `b`.
pub fn select(
    candidates: &[Candidate],
    budget: Budget,
    options: &Options,
    mut similarity: impl FnMut(usize, usize) -> f32,
) -> Selection {
    let mut decisions = vec![Decision::OverBudget; candidates.len()];
    let mut open: Vec<bool> = vec![true; candidates.len()];
    // The largest similarity of each candidate to the selected set, and to which one.
    let mut nearest: Vec<(f32, usize)> = vec![(0.0, usize::MAX); candidates.len()];
    let mut selected = Vec::new();
    let mut used = 0usize;
    loop {
        let remaining = budget.limit() - used;
        let mut best: Option<(usize, f32)> = None;
        for (index, candidate) in candidates.iter().enumerate() {
            if !open[index] {
                continue;
            }
            if budget.cost(candidate) > remaining {
                // The remaining budget only shrinks: it will never fit.
                open[index] = false;
                continue;
            }
            let value = gain(candidate.score, nearest[index].0);
            // Strictly greater: ties go to the lower index.
            if best.is_none_or(|(_, best_value)| value > best_value) {
                best = Some((index, value));
            }
        }
        let Some((chosen, value)) = best else { break };
        open[chosen] = false;
        decisions[chosen] = Decision::Selected { rank: selected.len() as u32, gain: value };
        used += budget.cost(&candidates[chosen]);
        selected.push(chosen);
        for index in 0..candidates.len() {
            if !open[index] {
                continue;
            }
            let sim = similarity(index, chosen);
            if sim > nearest[index].0 {
                nearest[index] = (sim, chosen);
            }
            if sim >= options.duplicate_threshold {
                open[index] = false;
                decisions[index] = Decision::Redundant { with: chosen as u32, similarity: sim };
            }
        }
    }
    Selection { selected, decisions, used }
}

/// For each other group, its item most similar to `chosen`, if at least
/// `threshold` similar: where else a selected sentence is said.
///
/// `groups[i]` is the group (usually the document) of item `i`;
/// `similarity(i)` is the similarity of item `i` to `chosen`. Items of
/// `chosen`'s own group are skipped, and so is every item when `chosen` is
/// not an index of `groups`. One item per group at most, the most similar
/// (ties to the lower index), listed by group. Costs one similarity call per
/// item of another group.
///
/// ```
/// use summarize_redundancy::near_duplicates_in_other_groups;
///
/// // Items 0 and 1 are in report 0, items 2 and 3 in report 1.
/// let groups = [0, 0, 1, 1];
/// let similarity = |i: usize| [1.0, 0.2, 0.7, 0.9][i];
/// assert_eq!(near_duplicates_in_other_groups(0, &groups, 0.5, similarity), [3]);
/// ```
pub fn near_duplicates_in_other_groups(
    chosen: usize,
    groups: &[usize],
    threshold: f32,
    mut similarity: impl FnMut(usize) -> f32,
) -> Vec<usize> {
    let Some(&own_group) = groups.get(chosen) else { return Vec::new() };
    let others = groups.iter().enumerate().filter(|&(_, &group)| group != own_group);
    best_per_group(others.map(|(item, &group)| (group, item, similarity(item))), threshold)
}

/// Of `(group, item, similarity)` triples in item order, the most similar
/// item of each group at or above `threshold` (ties to the earlier item),
/// listed by group: what both near-duplicate searches return.
fn best_per_group<G: Copy + Ord>(found: impl Iterator<Item = (G, usize, f32)>, threshold: f32) -> Vec<usize> {
    let mut best: Vec<(G, usize, f32)> = Vec::new();
    for (group, item, similarity) in found.filter(|&(_, _, similarity)| similarity >= threshold) {
        match best.iter_mut().find(|(g, _, _)| *g == group) {
            Some(entry) if similarity > entry.2 => *entry = (group, item, similarity),
            Some(_) => {}
            None => best.push((group, item, similarity)),
        }
    }
    best.sort_by_key(|&(group, _, _)| group);
    best.into_iter().map(|(_, item, _)| item).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(score: f32, words: u32) -> Candidate {
        Candidate { score, words, chars: words * 6 }
    }

    fn unrelated(_: usize, _: usize) -> f32 {
        0.0
    }

    #[test]
    fn takes_best_scores_within_sentence_budget() {
        let candidates = [candidate(0.1, 5), candidate(0.9, 5), candidate(0.5, 5)];
        let selection = select(&candidates, Budget::Sentences(2), &Options::default(), unrelated);
        assert_eq!(selection.selected, [1, 2]);
        assert_eq!(selection.used, 2);
        assert_eq!(selection.decisions[0], Decision::OverBudget);
    }

    #[test]
    fn word_budget_is_filled_with_whole_sentences_and_never_exceeded() {
        let candidates = [candidate(0.9, 8), candidate(0.8, 5), candidate(0.7, 2)];
        let selection = select(&candidates, Budget::Words(10), &Options::default(), unrelated);
        // 8 fits, 5 would overflow, 2 fills the rest exactly.
        assert_eq!(selection.selected, [0, 2]);
        assert_eq!(selection.used, 10);
    }

    #[test]
    fn char_budget_counts_chars() {
        let candidates = [candidate(0.9, 10), candidate(0.8, 1)];
        let selection = select(&candidates, Budget::Chars(7), &Options::default(), unrelated);
        assert_eq!(selection.selected, [1]);
        assert_eq!(selection.used, 6);
    }

    #[test]
    fn near_duplicates_are_dropped_and_named() {
        let candidates = [candidate(0.9, 5), candidate(0.85, 5), candidate(0.2, 5)];
        let similarity = |a: usize, b: usize| if a.min(b) == 0 && a.max(b) == 1 { 0.8 } else { 0.0 };
        let selection = select(&candidates, Budget::Sentences(3), &Options::default(), similarity);
        assert_eq!(selection.selected, [0, 2]);
        assert_eq!(selection.decisions[1], Decision::Redundant { with: 0, similarity: 0.8 });
    }

    #[test]
    fn novelty_outweighs_a_small_score_lead() {
        // 1 is close to 0 (but not a duplicate): 0.8 × √0.6 < 0.7; 2 is new.
        let candidates = [candidate(0.9, 5), candidate(0.8, 5), candidate(0.7, 5)];
        let similarity = |a: usize, b: usize| if a + b == 1 { 0.4 } else { 0.0 };
        let selection = select(&candidates, Budget::Sentences(2), &Options::default(), similarity);
        assert_eq!(selection.selected, [0, 2]);
    }

    #[test]
    fn ties_go_to_the_earlier_candidate() {
        let candidates = [candidate(0.5, 5), candidate(0.5, 5)];
        let selection = select(&candidates, Budget::Sentences(1), &Options::default(), unrelated);
        assert_eq!(selection.selected, [0]);
    }

    #[test]
    fn compares_only_with_the_selected_set() {
        let candidates: Vec<Candidate> = (0..50).map(|i| candidate(i as f32, 1)).collect();
        let mut calls = 0;
        let selection = select(&candidates, Budget::Sentences(3), &Options::default(), |_, b| {
            calls += 1;
            assert!(b >= 47, "second argument is always a selected candidate");
            0.0
        });
        assert_eq!(selection.selected, [49, 48, 47]);
        assert!(calls <= 3 * 50);
    }

    #[test]
    fn empty_and_zero_budgets() {
        let none = select(&[], Budget::Words(10), &Options::default(), unrelated);
        assert!(none.selected.is_empty());
        let zero = select(&[candidate(1.0, 1)], Budget::Words(0), &Options::default(), unrelated);
        assert!(zero.selected.is_empty());
        assert_eq!(zero.decisions, [Decision::OverBudget]);
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        fn candidates() -> impl Strategy<Value = Vec<Candidate>> {
            prop::collection::vec(
                (0u32..1000, 0u32..40, 0u32..300).prop_map(|(score, words, chars)| Candidate {
                    score: score as f32 / 1000.0,
                    words,
                    chars,
                }),
                0..60,
            )
        }

        fn budget() -> impl Strategy<Value = Budget> {
            prop_oneof![
                (0usize..10).prop_map(Budget::Sentences),
                (0usize..200).prop_map(Budget::Words),
                (0usize..1500).prop_map(Budget::Chars),
            ]
        }

        /// A deterministic pseudo-similarity in 0..1 from the pair and the seed.
        fn similarity(seed: u64) -> impl Fn(usize, usize) -> f32 + Copy {
            move |a, b| ((a * 31 + b * 17 + seed as usize) % 100) as f32 / 100.0
        }

        proptest! {
            #[test]
            fn budget_holds_and_every_candidate_gets_one_decision(
                candidates in candidates(),
                budget in budget(),
                seed in 0u64..1000,
            ) {
                let similarity = similarity(seed);
                let selection = select(&candidates, budget, &Options::default(), similarity);
                let used: usize = selection.selected.iter().map(|&i| budget.cost(&candidates[i])).sum();
                prop_assert_eq!(used, selection.used);
                prop_assert!(used <= budget.limit());
                prop_assert_eq!(selection.decisions.len(), candidates.len());
                let selected_count = selection.decisions.iter().filter(|d| matches!(d, Decision::Selected { .. })).count();
                prop_assert_eq!(selected_count, selection.selected.len());
                let again = select(&candidates, budget, &Options::default(), similarity);
                prop_assert_eq!(again, selection);
            }

            #[test]
            fn scaling_every_score_changes_no_pick(
                candidates in candidates(),
                budget in budget(),
                seed in 0u64..1000,
            ) {
                // Salience is discounted, not offset, by similarity: only the
                // order of scores matters (× 4 is exact in floating point).
                let similarity = similarity(seed);
                let scaled: Vec<Candidate> =
                    candidates.iter().map(|c| Candidate { score: c.score * 4.0, ..*c }).collect();
                let selection = select(&candidates, budget, &Options::default(), similarity);
                let scaled = select(&scaled, budget, &Options::default(), similarity);
                prop_assert_eq!(scaled.selected, selection.selected);
            }
        }
    }
}
