//! The summarizer proper: documents in, selected sentences out. No I/O.
//!
//! Stages, each from its own crate: split sentences and tokenize
//! (`summarize-tokenize`), weigh terms and score sentences
//! (`summarize-tfidf`), select under a budget without repeating
//! (`summarize-redundancy`). Rendering is left to the caller.
//!
//! The result does not depend on the order the documents are given in:
//! they are processed in a canonical order (by content), so float sums and
//! tie-breaks are the same for any permutation; outputs name documents by
//! their input index.

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use summarize_redundancy::{Budget, Candidate, Decision, Options as SelectOptions, select};
use summarize_tfidf::{DenseVector, Idf, Scoring, TermId, Vocabulary, score_sentences};
use summarize_tokenize::{Language, Span, Tokenizer, ends_like_a_sentence, split_sentences};

/// What the pipeline needs besides the texts.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub budget: Budget,
    pub language: Language,
}

/// Why a sentence is not even a candidate for the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exclusion {
    /// It does not end like a sentence: a headline, a byline, a date line, or a
    /// lead-in ending in a colon.
    NoFinalPunctuation,
    /// Fewer words than a summary sentence needs to stand alone.
    TooShort,
}

impl Exclusion {
    pub fn describe(self) -> &'static str {
        match self {
            Exclusion::NoFinalPunctuation => "no final punctuation (a headline, byline, date line or lead-in)",
            Exclusion::TooShort => "too short to stand alone",
        }
    }
}

/// Sentences of fewer words than this are not candidates: they rarely carry
/// a fact of their own ("But so far, little has changed.").
pub const MIN_WORDS: usize = 6;

/// One sentence of one document, with everything the stages found.
#[derive(Clone, Debug)]
pub struct SentenceInfo {
    /// Input index of its document.
    pub document: usize,
    /// Its index among its document's sentences.
    pub position: usize,
    /// Its byte span in the document.
    pub span: Span,
    /// White-space separated words, as budgets and ROUGE count them.
    pub words: usize,
    /// Characters (Unicode scalar values).
    pub chars: usize,
    /// Why it is not a candidate, if it is not.
    pub excluded: Option<Exclusion>,
    /// Cosine with the cluster centroid: how much of the cluster's topic it carries.
    pub centroid: f32,
    /// The position prior, `1 + 1/(1 + p)` where `p` counts the report's body
    /// sentences before this one (headlines and datelines do not count).
    pub lead: f32,
    /// `0.5` for a sentence that opens mid-story ("But…", "He also…"): it
    /// leans on an antecedent the summary may not carry; `1.0` otherwise.
    pub standalone: f32,
}

impl SentenceInfo {
    /// The salience the selection uses: `centroid × lead × standalone`.
    pub fn score(&self) -> f32 {
        self.centroid * self.lead * self.standalone
    }

    /// The sentence as the selection sees it.
    pub fn as_candidate(&self) -> Candidate {
        Candidate { score: self.score(), words: self.words, chars: self.chars }
    }

    /// The named parts of [`SentenceInfo::score`], for output.
    pub fn score_parts(&self) -> [(&'static str, f32); 3] {
        [("centroid", self.centroid), ("lead", self.lead), ("standalone", self.standalone)]
    }
}

/// The pipeline's full account of one run.
#[derive(Debug)]
pub struct Analysis {
    /// Every sentence of every document, in processing order.
    pub sentences: Vec<SentenceInfo>,
    /// Sentences per document, by input index.
    pub sentence_counts: Vec<usize>,
    /// The selected sentences (indices into `sentences`), in selection order.
    pub selected: Vec<usize>,
    /// For each sentence: its selection decision, if it was a candidate.
    pub decisions: Vec<Option<Decision>>,
    /// For each selected sentence (same order as `selected`): sentences of
    /// other documents that say nearly the same, one per document at most.
    pub also_in: Vec<Vec<usize>>,
    /// The top centroid terms with their weights.
    pub top_terms: Vec<(String, f32)>,
}

impl Analysis {
    /// The selected sentences in source order: document input order, then position.
    pub fn selected_in_source_order(&self) -> Vec<usize> {
        let mut order = self.selected.clone();
        order.sort_by_key(|&i| (self.sentences[i].document, self.sentences[i].position));
        order
    }
}

/// Summarizes `texts` (one per document, in input order).
pub fn summarize(texts: &[&str], options: &Options) -> Analysis {
    let tokenizer = Tokenizer::new(options.language);
    let mut collected = Collected::new(texts.len());

    // Splitting and normalising run in parallel over fixed chunks of
    // documents; looking words up runs in order, one batch of chunks at a
    // time, while the next batch is being split, so that both cores stay
    // busy and only two batches' words are held. Term ids are given in
    // order of first appearance, the same for any number of threads.
    let order = canonical_order(texts);
    let read_batch = |batch: &[usize]| -> Vec<Chunk> {
        batch.par_chunks(CHUNK_DOCUMENTS).map(|documents| read_chunk(texts, documents, &tokenizer)).collect()
    };
    let mut batches = order.chunks(CHUNK_DOCUMENTS * CHUNKS_PER_BATCH);
    let mut ready = batches.next().map(read_batch);
    while let Some(chunks) = ready.take() {
        let next = batches.next();
        ready = rayon::join(|| collected.add(chunks, &tokenizer), || next.map(read_batch)).1;
    }
    let Collected { vocabulary, word_terms, mut sentences, mut terms, term_ends, sentence_counts } = collected;
    // The peak comes next, while the vectors are built: free the cache and
    // the spare capacity the growing buffers doubled into (up to half of
    // them, measured with massif).
    drop(word_terms);
    sentences.shrink_to_fit();
    terms.shrink_to_fit();

    let term_lists: Vec<&[TermId]> = term_ends
        .iter()
        .scan(0, |start, &end| {
            let list = &terms[*start..end];
            *start = end;
            Some(list)
        })
        .collect();

    let idf = Idf::from_sentences(&term_lists, vocabulary.len());
    let scoring = score_sentences(&term_lists, &idf);
    drop(term_lists);
    drop(terms);
    for (sentence, &score) in sentences.iter_mut().zip(&scoring.scores) {
        sentence.centroid = score;
    }

    // Exclusions are preferences: input made only of headlines and short
    // lines still gets a summary, from all its sentences.
    if sentences.iter().all(|s| s.excluded.is_some()) {
        sentences.iter_mut().for_each(|s| s.excluded = None);
    }
    let candidates: Vec<usize> = (0..sentences.len()).filter(|&i| sentences[i].excluded.is_none()).collect();
    let candidate_data: Vec<Candidate> = candidates.iter().map(|&i| sentences[i].as_candidate()).collect();
    let select_options = SelectOptions::default();
    // `select` asks for one selected sentence against every candidate in a
    // row: spread that sentence out once, then each comparison is lookups.
    let mut selected_vector = DenseVector::new();
    let mut loaded = usize::MAX;
    let selection = select(&candidate_data, options.budget, &select_options, |a, b| {
        if b != loaded {
            selected_vector.load(&scoring.vectors[candidates[b]]);
            loaded = b;
        }
        selected_vector.dot(&scoring.vectors[candidates[a]])
    });

    let mut decisions = vec![None; sentences.len()];
    for (&sentence, decision) in candidates.iter().zip(selection.decisions) {
        decisions[sentence] = Some(match decision {
            Decision::Redundant { with, similarity } => Decision::Redundant { with: candidates[with], similarity },
            other => other,
        });
    }
    let selected: Vec<usize> = selection.selected.iter().map(|&c| candidates[c]).collect();

    let also_in = selected
        .par_iter()
        .map(|&chosen| near_duplicates_elsewhere(&sentences, &scoring, chosen, select_options.duplicate_threshold))
        .collect();
    let top_terms =
        scoring.top_terms(20).into_iter().map(|(term, weight)| (vocabulary.term(term).to_string(), weight)).collect();

    Analysis { sentences, sentence_counts, selected, decisions, also_in, top_terms }
}

/// How many documents one thread splits at a time, and how many such
/// chunks make a batch (two batches are held at once: one being looked up,
/// the next being split). Small enough to spread 100 reports over two
/// cores; 8 chunks rather than 16 keep 10,000 reports about 1 MB lower in
/// peak memory, at no measurable cost in time.
const CHUNK_DOCUMENTS: usize = 16;
const CHUNKS_PER_BATCH: usize = 8;

/// A few documents split into sentences, with the normalised content words
/// of every sentence, not yet stemmed or looked up.
struct Chunk {
    sentences: Vec<SentenceInfo>,
    /// The normalised words, one after another.
    arena: String,
    /// Each word: its byte range in `arena`, and whether its term is its stem.
    words: Vec<(u32, u32, bool)>,
    /// Where each sentence's words end in `words`.
    word_ends: Vec<usize>,
}

/// Everything gathered from the chunks, in canonical document order.
struct Collected {
    vocabulary: Vocabulary,
    /// The term of every normalised word met so far (None: it has none), so
    /// each distinct word of the whole input is stemmed once.
    word_terms: FxHashMap<Box<str>, Option<TermId>>,
    sentences: Vec<SentenceInfo>,
    /// The content terms of every sentence, one after another.
    terms: Vec<TermId>,
    /// Where each sentence's terms end in `terms`.
    term_ends: Vec<usize>,
    /// Sentences per document, by input index.
    sentence_counts: Vec<usize>,
}

impl Collected {
    fn new(documents: usize) -> Collected {
        Collected {
            vocabulary: Vocabulary::new(),
            word_terms: FxHashMap::default(),
            sentences: Vec::new(),
            terms: Vec::new(),
            term_ends: Vec::new(),
            sentence_counts: vec![0; documents],
        }
    }

    /// Looks up the words of `chunks`, in order, and keeps their sentences.
    fn add(&mut self, chunks: Vec<Chunk>, tokenizer: &Tokenizer) {
        for chunk in chunks {
            let mut word_start = 0;
            for &word_end in &chunk.word_ends {
                for &(start, end, stemmed) in &chunk.words[word_start..word_end] {
                    let normalised = &chunk.arena[start as usize..end as usize];
                    let term = match self.word_terms.get(normalised) {
                        Some(&term) => term,
                        None => {
                            let term = if stemmed {
                                let stem = tokenizer.stem(normalised);
                                (!stem.is_empty()).then(|| self.vocabulary.intern(&stem))
                            } else {
                                Some(self.vocabulary.intern(normalised))
                            };
                            self.word_terms.insert(normalised.into(), term);
                            term
                        }
                    };
                    self.terms.extend(term);
                }
                self.term_ends.push(self.terms.len());
                word_start = word_end;
            }
            for sentence in &chunk.sentences {
                self.sentence_counts[sentence.document] += 1;
            }
            self.sentences.extend(chunk.sentences);
        }
    }
}

/// Splits `documents` (indices into `texts`) and normalises their words.
fn read_chunk(texts: &[&str], documents: &[usize], tokenizer: &Tokenizer) -> Chunk {
    let mut chunk = Chunk { sentences: Vec::new(), arena: String::new(), words: Vec::new(), word_ends: Vec::new() };
    for &document in documents {
        let text = texts[document];
        let mut body_position = 0;
        for (position, mut span) in split_sentences(text).into_iter().enumerate() {
            if body_position == 0 {
                // The report's first body sentence: its dateline is not part of
                // what it says ("KYIV, Ukraine (AP) — Russian forces…").
                span.start += dateline_length(span.slice(text));
            }
            let sentence = span.slice(text);
            tokenizer.for_each_word(sentence, |word| {
                if !word.stopword {
                    let start = chunk.arena.len();
                    chunk.arena.push_str(word.normalised);
                    // A chunk is a few documents, each under the 64 MiB input limit.
                    chunk.words.push((start as u32, chunk.arena.len() as u32, word.stemmed));
                }
            });
            chunk.word_ends.push(chunk.words.len());
            let words = sentence.split_whitespace().count();
            let excluded = exclusion(sentence, words);
            chunk.sentences.push(SentenceInfo {
                document,
                position,
                span,
                words,
                chars: sentence.chars().count(),
                excluded,
                centroid: 0.0,
                lead: 1.0 + 1.0 / (1.0 + body_position as f32),
                standalone: if tokenizer.language() == Language::English && opens_mid_story(sentence) {
                    0.5
                } else {
                    1.0
                },
            });
            if excluded != Some(Exclusion::NoFinalPunctuation) {
                body_position += 1;
            }
        }
    }
    chunk
}

/// Document indices sorted by content (then index), so that results do not
/// depend on the order files were named in.
fn canonical_order(texts: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..texts.len()).collect();
    order.sort_by(|&a, &b| texts[a].cmp(texts[b]).then(a.cmp(&b)));
    order
}

/// The length of a dateline that opens `sentence`, with the dash after it
/// (`KYIV, Ukraine (AP) — `), or 0. A dateline is a short lead-in of
/// capitalised place names, the first in capitals, maybe an agency in
/// parentheses, ended by a dash between spaces.
fn dateline_length(sentence: &str) -> usize {
    const LONGEST_DATELINE: usize = 80;
    let Some((dash_at, dash)) = [" — ", " – ", " -- ", " - "]
        .iter()
        .filter_map(|dash| sentence.find(dash).map(|at| (at, *dash)))
        .min()
        .filter(|&(at, _)| at <= LONGEST_DATELINE)
    else {
        return 0;
    };
    // Outside the agency's parentheses, every word is a capitalised place name.
    let place = sentence[..dash_at].split('(').next().unwrap_or_default();
    let mut words = place.split([' ', ',']).filter(|w| !w.is_empty());
    let first_in_capitals =
        words.next().is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.'));
    if !first_in_capitals || !words.all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return 0;
    }
    let after = dash_at + dash.len();
    after + (sentence.len() - after - sentence[after..].trim_start().len())
}

/// Whether an English sentence opens with a connective or a pronoun that
/// points back to something before it ("But…", "He also…", "This…").
fn opens_mid_story(sentence: &str) -> bool {
    let first_word = sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    matches!(
        first_word,
        "But"
            | "And"
            | "Yet"
            | "However"
            | "Also"
            | "Still"
            | "So"
            | "Instead"
            | "Meanwhile"
            | "Then"
            | "He"
            | "She"
            | "It"
            | "They"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "Such"
    )
}

fn exclusion(sentence: &str, words: usize) -> Option<Exclusion> {
    if !ends_like_a_sentence(sentence) {
        Some(Exclusion::NoFinalPunctuation)
    } else if words < MIN_WORDS {
        Some(Exclusion::TooShort)
    } else {
        None
    }
}

/// For each other document, its sentence most similar to `chosen`, if at
/// least `threshold` similar. Costs one comparison per sentence.
fn near_duplicates_elsewhere(
    sentences: &[SentenceInfo],
    scoring: &Scoring,
    chosen: usize,
    threshold: f32,
) -> Vec<usize> {
    let mut best: Vec<(usize, usize, f32)> = Vec::new(); // (document, sentence, similarity)
    let mut chosen_vector = DenseVector::new();
    chosen_vector.load(&scoring.vectors[chosen]);
    for (index, sentence) in sentences.iter().enumerate() {
        if sentence.document == sentences[chosen].document {
            continue;
        }
        let similarity = chosen_vector.dot(&scoring.vectors[index]);
        if similarity < threshold {
            continue;
        }
        match best.iter_mut().find(|(document, _, _)| *document == sentence.document) {
            Some(entry) if similarity > entry.2 => *entry = (sentence.document, index, similarity),
            Some(_) => {}
            None => best.push((sentence.document, index, similarity)),
        }
    }
    best.sort_by_key(|&(document, _, _)| document);
    best.into_iter().map(|(_, sentence, _)| sentence).collect()
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    const FIXTURES: [&str; 2] = [
        include_str!("../fixtures/trump-putin-call-report-1.txt"),
        include_str!("../fixtures/trump-putin-call-report-2.txt"),
    ];

    fn fixture_analysis(budget: Budget) -> Analysis {
        summarize(&FIXTURES, &Options { budget, language: Language::English })
    }

    fn one_line(index: usize, analysis: &Analysis) -> String {
        let info = &analysis.sentences[index];
        let text = info.span.slice(FIXTURES[info.document]);
        format!("{}#{}: {}", info.document + 1, info.position, summarize_format::one_line(text))
    }

    #[test]
    fn fixture_top_terms_and_scores() {
        let analysis = fixture_analysis(Budget::Words(100));
        let mut out = String::from("top centroid terms:\n");
        for (term, weight) in &analysis.top_terms {
            let _ = writeln!(out, "{weight:.4} {term}");
        }
        out.push_str("\nsentence scores (centroid × lead × standalone), best first, ties by position:\n");
        let mut order: Vec<usize> = (0..analysis.sentences.len()).collect();
        order.sort_by(|&a, &b| analysis.sentences[b].score().total_cmp(&analysis.sentences[a].score()).then(a.cmp(&b)));
        for index in order {
            let info = &analysis.sentences[index];
            let _ = writeln!(
                out,
                "{:.4} = {:.4} × {:.4} × {:.1}  {}",
                info.score(),
                info.centroid,
                info.lead,
                info.standalone,
                one_line(index, &analysis)
            );
        }
        insta::assert_snapshot!(out);
    }

    #[test]
    fn fixture_redundancy_choices() {
        let analysis = fixture_analysis(Budget::Words(100));
        let mut out = String::new();
        for (index, decision) in analysis.decisions.iter().enumerate() {
            let verdict = match decision {
                Some(Decision::Selected { rank, .. }) => format!("selected #{}", rank + 1),
                Some(Decision::Redundant { with, similarity }) => {
                    format!("redundant with {} ({similarity:.4})", one_line(*with, &analysis))
                }
                Some(Decision::OverBudget) => continue,
                None => continue,
            };
            let _ = writeln!(out, "{verdict}: {}", one_line(index, &analysis));
        }
        insta::assert_snapshot!(out);
    }

    #[test]
    fn budgets_are_never_exceeded() {
        for budget in [Budget::Sentences(3), Budget::Words(60), Budget::Chars(400), Budget::Words(1)] {
            let analysis = fixture_analysis(budget);
            let used: usize = analysis
                .selected
                .iter()
                .map(|&i| match budget {
                    Budget::Sentences(_) => 1,
                    Budget::Words(_) => analysis.sentences[i].words,
                    Budget::Chars(_) => analysis.sentences[i].chars,
                })
                .sum();
            assert!(used <= budget.limit(), "{budget:?} used {used}");
        }
    }

    #[test]
    fn selected_sentences_are_verbatim_slices_on_char_boundaries() {
        let analysis = fixture_analysis(Budget::Sentences(10));
        for &index in &analysis.selected {
            let info = &analysis.sentences[index];
            let text = FIXTURES[info.document];
            assert!(text.is_char_boundary(info.span.start) && text.is_char_boundary(info.span.end));
            assert!(!info.span.slice(text).is_empty());
        }
    }

    #[test]
    fn document_order_does_not_change_the_selection() {
        let options = Options { budget: Budget::Words(100), language: Language::English };
        let forward = summarize(&FIXTURES, &options);
        let backward = summarize(&[FIXTURES[1], FIXTURES[0]], &options);
        let spans = |analysis: &Analysis, swap: bool| {
            let mut spans: Vec<(usize, Span)> = analysis
                .selected
                .iter()
                .map(|&i| {
                    let info = &analysis.sentences[i];
                    (if swap { 1 - info.document } else { info.document }, info.span)
                })
                .collect();
            spans.sort();
            spans
        };
        assert_eq!(spans(&forward, false), spans(&backward, true));
    }

    #[test]
    fn same_input_gives_the_same_analysis() {
        let a = fixture_analysis(Budget::Words(100));
        let b = fixture_analysis(Budget::Words(100));
        assert_eq!(a.selected, b.selected);
        assert_eq!(format!("{:?}", a.sentences), format!("{:?}", b.sentences));
    }

    #[test]
    fn input_of_only_short_lines_still_gets_a_summary() {
        let analysis = summarize(
            &["Storm hits coast\n\nTen hurt.\n"],
            &Options { budget: Budget::Sentences(1), language: Language::English },
        );
        assert_eq!(analysis.selected.len(), 1);
    }

    #[test]
    fn empty_input_selects_nothing() {
        let analysis = summarize(&[], &Options { budget: Budget::Words(100), language: Language::English });
        assert!(analysis.selected.is_empty());
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        fn budget() -> impl Strategy<Value = Budget> {
            prop_oneof![
                (1usize..8).prop_map(Budget::Sentences),
                (1usize..120).prop_map(Budget::Words),
                (1usize..800).prop_map(Budget::Chars),
            ]
        }

        proptest! {
            #[test]
            fn any_input_gives_verbatim_sentences_within_budget(
                texts in prop::collection::vec("(\\PC{0,40}[.!?\n ]){0,12}", 0..4),
                budget in budget(),
            ) {
                let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
                let options = Options { budget, language: Language::English };
                let analysis = summarize(&texts, &options);
                let mut used = 0;
                for &index in &analysis.selected {
                    let info = &analysis.sentences[index];
                    let text = texts[info.document];
                    prop_assert!(text.get(info.span.start..info.span.end).is_some_and(|s| !s.is_empty()));
                    used += budget.cost(&Candidate { score: 0.0, words: info.words, chars: info.chars });
                }
                prop_assert!(used <= budget.limit());
                let again = summarize(&texts, &options);
                prop_assert_eq!(again.selected, analysis.selected);
            }
        }
    }
}

#[cfg(test)]
mod rules {
    use super::*;

    #[test]
    fn sentences_that_lean_on_an_antecedent_open_mid_story() {
        for sentence in ["But Moscow disagreed.", "“But I think he’s had enough.”", "He also said so.", "This is new."]
        {
            assert!(opens_mid_story(sentence), "{sentence}");
        }
        for sentence in ["Trump said so.", "Thereafter it rained.", "Hectic talks began.", "“Let it begin!” he said."]
        {
            assert!(!opens_mid_story(sentence), "{sentence}");
        }
    }

    #[test]
    fn datelines_are_not_part_of_the_sentence() {
        for (sentence, rest) in [
            ("KYIV, Ukraine (AP) — Russian forces advanced.", "Russian forces advanced."),
            ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."),
            ("NEW YORK -- Stocks fell.", "Stocks fell."),
            // Not datelines: no place in capitals, or the dash comes too late.
            ("Trump — as expected — spoke.", "Trump — as expected — spoke."),
            (
                "US officials said the talks — held in Istanbul — stalled badly.",
                "US officials said the talks — held in Istanbul — stalled badly.",
            ),
            ("NATO said nothing.", "NATO said nothing."),
        ] {
            assert_eq!(&sentence[dateline_length(sentence)..], rest, "{sentence}");
        }
    }

    #[test]
    fn headlines_and_fragments_are_not_candidates() {
        assert_eq!(exclusion("Putin call: Trump hails breakthrough", 5), Some(Exclusion::NoFinalPunctuation));
        assert_eq!(exclusion("Trump posted.", 2), Some(Exclusion::TooShort));
        assert_eq!(exclusion("“We are generally on the right track,” he said.", 9), None);
        // Regression: other scripts' terminators end sentences too.
        assert_eq!(exclusion("هل قال الرئيس إن المحادثات مع روسيا ستبدأ قريبا جدا؟", 10), None);
        assert_eq!(exclusion("प्रधानमंत्री ने कहा कि बातचीत जल्द ही शुरू होगी।", 9), None);
    }
}
