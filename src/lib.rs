//! An extractive summary of several news reports about one event, in their
//! own sentences: the whole pipeline of the `summarize` command as a library.
//!
//! ```
//! use summarize::{Budget, Document, Options, summarize};
//!
//! let documents = [
//!     Document::new("a.txt", "The council approved the budget on Monday after a long debate. \
//!                             Opposition members walked out of the chamber in protest."),
//!     Document::new("b.txt", "City councillors passed the new budget on Monday evening. \
//!                             The mayor called the vote a victory for the city's schools."),
//! ];
//! let mut options = Options::default();
//! options.budget = Budget::Sentences(2);
//! let summary = summarize(&documents, &options)?;
//! assert_eq!(summary.sentences.len(), 2);
//! for sentence in &summary.sentences {
//!     // Every sentence is a verbatim span of the report it names.
//!     let document = &documents[sentence.document - 1];
//!     assert_eq!(&document.text[sentence.start..sentence.end], sentence.text);
//! }
//! // The same summary the command line prints, in any of its formats.
//! let text = summarize::render(&summary, summarize::Format::Text);
//! assert_eq!(text.lines().count(), 2);
//! # Ok::<(), summarize::Error>(())
//! ```
//!
//! [`summarize`] gives the summary as plain data ([`Summary`], the same
//! value the command line renders as text, Markdown or JSON); [`analyze`]
//! gives the full account behind it ([`Analysis`]: every sentence with its
//! score parts and the reason it was or was not selected, as `--explain`
//! prints it).
//!
//! # Stages
//!
//! Each stage is its own crate, usable alone; this crate only composes them
//! and holds no policy of its own:
//!
//! 1. `summarize-tokenize` splits each report into sentences, leaves a
//!    report's dateline out of its first sentence, says which sentences are
//!    headlines, bylines or fragments rather than summary sentences
//!    ([`Exclusion`]), and turns each sentence into stemmed content words.
//! 2. `summarize-tfidf` weighs the words over the whole cluster and scores
//!    each sentence ([`Salience`]: centroid cosine × lead prior ×
//!    standalone factor × length factor).
//! 3. `summarize-redundancy` selects within the [`Budget`] without repeating
//!    (salience discounted by similarity to what is selected, near-duplicates
//!    dropped) and links each selected sentence to
//!    the sentences of other reports that say nearly the same (`also_in`).
//! 4. `summarize-format` renders the [`Summary`].
//!
//! The result does not depend on the order the documents are given in:
//! they are processed in a canonical order (by content), so float sums and
//! tie-breaks are the same for any permutation; outputs name documents by
//! their input index. No I/O, and no panic on any `&str`.

#![deny(missing_docs)]

use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use itertools::Itertools;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
pub use summarize_format::{Format, Summary, render, render_html};
use summarize_format::{Location, ScorePart, Sentence};
pub use summarize_redundancy::{Budget, Decision};
use summarize_redundancy::{
    Candidate, Candidates, Options as SelectOptions, Vectors, near_duplicates_by_vectors, select_vectors,
};
pub use summarize_tfidf::Salience;
use summarize_tfidf::{
    Idf, Scoring, TermId, VectorEntries, VectorSet, Vocabulary, lead_prior, length_factor, score_term_counts,
    standalone_factor,
};
pub use summarize_tokenize::{Exclusion, Language};
use summarize_tokenize::{Span, Tokenizer, dateline_len, exclusion, opens_with_headline};

/// One input report: a name to cite it by and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Document<'a> {
    /// How outputs name it (a path, a URL, `-` for standard input).
    pub name: &'a str,
    /// Its text. Byte spans in the output refer to it.
    pub text: &'a str,
}

impl<'a> Document<'a> {
    /// A document named `name` with `text`.
    pub fn new(name: &'a str, text: &'a str) -> Document<'a> {
        Document { name, text }
    }
}

/// The default budget: 100 words, the length of the DUC/TAC multi-document
/// summaries that extractive summarizers are compared on.
pub const DEFAULT_BUDGET: Budget = Budget::Words(100);

/// The order of a summary's sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Order {
    /// A story: first the sentence that introduces the event (the selected
    /// sentence nearest the top of its report by the lead prior, the most
    /// salient of those), then the others by relative position in their
    /// report (position ÷ sentences), then report, then position. A
    /// sentence comes after the sentences of its own report that precede
    /// it, and background from late in a report comes last.
    #[default]
    Story,
    /// Report order (as the documents were given), then position in the report.
    Source,
    /// The order they were selected in, most salient first.
    Score,
}

/// What a summary should be: its length, the reports' language, its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// How long the summary may be; never exceeded, sentences never cut.
    pub budget: Budget,
    /// The reports' language, for sentence rules, stopwords and stemming;
    /// with `detect_language`, the language used when detection is unsure.
    pub language: Language,
    /// Detect the reports' language ([`detect_language`]) rather than take
    /// `language` as given (`--lang auto`).
    pub detect_language: bool,
    /// The order of the summary's sentences.
    pub order: Order,
}

impl Default for Options {
    /// [`DEFAULT_BUDGET`], English (not detected), [`Order::Story`].
    fn default() -> Options {
        Options { budget: DEFAULT_BUDGET, language: Language::English, detect_language: false, order: Order::default() }
    }
}

/// The reports' language, as [`detect_language`] found it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DetectedLanguage {
    /// The language the reports are summarized in: the one most reports
    /// are reliably detected in (a tie goes to the first in
    /// [`Language::ALL`]), or the fallback when none is.
    pub language: Language,
    /// Each document's language, by input index; `None` where detection
    /// was unsure (too short, mixed, or a language whatlang does not know).
    pub documents: Vec<Option<Language>>,
}

/// Detects each document's language (from its first kilobyte, with
/// `summarize_tokenize::detect_language`) and chooses one for the cluster:
/// the most common, or `fallback` if no document is reliably detected. One
/// language serves all reports so that their words meet in one vocabulary.
/// Deterministic and independent of the documents' order; about 170 µs a
/// report, in parallel.
///
/// ```
/// use summarize::{Document, Language, detect_language};
///
/// let documents = [
///     Document::new("a.txt", "Le gouvernement a présenté mercredi son projet de loi au Parlement."),
///     Document::new("b.txt", "Les députés examineront le texte sur l'immigration dès la semaine prochaine."),
///     Document::new("c.txt", "—"),
/// ];
/// let detected = detect_language(&documents, Language::English);
/// assert_eq!(detected.language, Language::French);
/// assert_eq!(detected.documents, [Some(Language::French), Some(Language::French), None]);
/// ```
pub fn detect_language(documents: &[Document<'_>], fallback: Language) -> DetectedLanguage {
    let found: Vec<Option<Language>> =
        documents.par_iter().map(|d| summarize_tokenize::detect_language(d.text)).collect();
    let language = found
        .iter()
        .flatten()
        .copied()
        .counts()
        .into_iter()
        // Most documents first; among equals, the first in Language::ALL.
        .max_by(|(a, m), (b, n)| m.cmp(n).then(b.cmp(a)))
        .map_or(fallback, |(language, _)| language);
    DetectedLanguage { language, documents: found }
}

/// Why there is no summary.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// No document has a sentence with a word in it (or there is no document).
    NoSentences,
    /// No sentence fits the budget: sentences are never cut.
    NothingFits {
        /// The budget asked for.
        budget: Budget,
        /// The cost of the shortest candidate sentence, in the budget's unit.
        shortest: usize,
    },
    /// The documents hold more than [`MAX_SENTENCES`] sentences together.
    TooManySentences,
    /// The documents hold more than [`MAX_INPUT_BYTES`] bytes together.
    TooLarge,
}

/// The most sentences one run takes, all documents together: 4 million,
/// more than twice what 256 MiB of news holds (about 1.7 million), and
/// bounded in memory however short they are (a run holds about 45 bytes a
/// sentence beside its vectors and the text; 3,990,000 one-letter lines
/// peak at about 500 MB). Counted while splitting, so input past it fails
/// fast ([`Error::TooManySentences`]) instead of filling memory.
pub const MAX_SENTENCES: usize = 4_000_000;

/// The most bytes of text one run takes, all documents together: byte
/// offsets are kept as `u32`. The command line's own limit is far lower.
pub const MAX_INPUT_BYTES: usize = u32::MAX as usize;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NoSentences => f.write_str("no sentence found (no words in the text)"),
            Error::NothingFits { budget, shortest } => write!(
                f,
                "no sentence fits a budget of {} {} (the shortest candidate has {shortest}); sentences are never cut",
                budget.limit(),
                budget_unit(*budget),
            ),
            Error::TooManySentences => write!(
                f,
                "more than {MAX_SENTENCES} sentences in all, the limit of one run; split the work into smaller runs"
            ),
            Error::TooLarge => {
                write!(f, "more than {MAX_INPUT_BYTES} bytes of text in all, the limit of one run; split the work")
            }
        }
    }
}

impl std::error::Error for Error {}

/// The unit of `budget`, plural, for messages.
pub fn budget_unit(budget: Budget) -> &'static str {
    match budget {
        Budget::Sentences(_) => "sentences",
        Budget::Words(_) => "words",
        Budget::Chars(_) => "characters",
        _ => "units",
    }
}

/// Summarizes `documents`: the sentences that carry what the reports have in
/// common, each said once, within `options.budget`.
pub fn summarize(documents: &[Document<'_>], options: &Options) -> Result<Summary, Error> {
    let analysis = analyze(documents, options)?;
    if analysis.selected.is_empty() {
        return Err(analysis.why_empty());
    }
    Ok(analysis.summary(options.order))
}

/// One sentence of one document, with everything the stages found.
///
/// Counts and offsets are `u32` (44 bytes a sentence, where `usize` took
/// 72): [`analyze`] refuses input of more than [`MAX_INPUT_BYTES`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct SentenceInfo {
    /// Input index of its document.
    pub document: u32,
    /// Its index among its document's sentences.
    pub position: u32,
    /// Where it starts in the document, in bytes (a dateline left out).
    pub start: u32,
    /// Where it ends in the document, in bytes.
    pub end: u32,
    /// White-space separated words, as budgets and ROUGE count them.
    pub words: u32,
    /// Characters (Unicode scalar values).
    pub chars: u32,
    /// Why it is not a candidate, if it is not.
    pub excluded: Option<Exclusion>,
    /// Its salience and the parts it is made of.
    pub salience: Salience,
}

impl SentenceInfo {
    /// The salience the selection uses.
    pub fn score(&self) -> f32 {
        self.salience.score()
    }

    /// Its byte span in the document (a dateline left out).
    pub fn span(&self) -> Span {
        Span { start: self.start as usize, end: self.end as usize }
    }

    /// The sentence as the selection sees it.
    fn as_candidate(&self) -> Candidate {
        Candidate { score: self.score(), words: self.words, chars: self.chars }
    }
}

/// The pipeline's full account of one run.
#[derive(Debug)]
#[non_exhaustive]
pub struct Analysis<'a> {
    /// The documents, in input order.
    pub documents: &'a [Document<'a>],
    /// The budget the selection was made for.
    pub budget: Budget,
    /// The language the reports were read in.
    pub language: Language,
    /// What language detection found, if it was asked for
    /// ([`Options::detect_language`]).
    pub detected: Option<DetectedLanguage>,
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

impl<'a> Analysis<'a> {
    /// The selected sentences (indices into `sentences`) in `order`.
    pub fn selected_in(&self, order: Order) -> Vec<usize> {
        let by_source = |&i: &usize| (self.sentences[i].document, self.sentences[i].position);
        match order {
            Order::Score => self.selected.clone(),
            Order::Story => {
                // Relative position, compared exactly: p1 / n1 against p2 / n2
                // as p1 × n2 against p2 × n1 (counts are at least 1).
                let relative = |&a: &usize, &b: &usize| {
                    let (a, b) = (&self.sentences[a], &self.sentences[b]);
                    let count = |info: &SentenceInfo| self.sentence_counts[info.document as usize].max(1);
                    (a.position as usize * count(b)).cmp(&(b.position as usize * count(a)))
                };
                let mut order: Vec<usize> = self
                    .selected
                    .iter()
                    .copied()
                    .sorted_by(|a, b| relative(a, b).then(by_source(a).cmp(&by_source(b))))
                    .collect();
                // The opener: nearest the top of its report (highest lead
                // prior), then most salient, then selected first.
                let opener = (0..order.len()).max_by(|&x, &y| {
                    let (a, b) = (&self.sentences[order[x]].salience, &self.sentences[order[y]].salience);
                    a.lead.total_cmp(&b.lead).then(a.score().total_cmp(&b.score())).then(y.cmp(&x))
                });
                if let Some(opener) = opener {
                    let first = order.remove(opener);
                    order.insert(0, first);
                }
                order
            }
            _ => self.selected.iter().copied().sorted_by_key(by_source).collect(),
        }
    }

    /// The text of sentence `index`.
    pub fn text(&self, index: usize) -> &'a str {
        let info = &self.sentences[index];
        info.span().slice(self.documents[info.document as usize].text)
    }

    /// The summary as plain data, its sentences in `order`.
    pub fn summary(&self, order: Order) -> Summary {
        let documents = self
            .documents
            .iter()
            .zip(&self.sentence_counts)
            .enumerate()
            .map(|(index, (document, &sentences))| summarize_format::Document {
                id: index + 1,
                path: document.name.to_string(),
                path_bytes: None,
                extracted_from_html: None,
                sentences,
                language: self
                    .detected
                    .as_ref()
                    .map(|d| d.documents[index].map_or("unknown", Language::name).to_string()),
            })
            .collect();
        // The rank of each selected sentence, so also_in is found without a scan.
        let rank: FxHashMap<usize, usize> = self.selected.iter().enumerate().map(|(rank, &i)| (i, rank)).collect();
        let sentences = self
            .selected_in(order)
            .into_iter()
            .map(|index| {
                let info = &self.sentences[index];
                let name = self.documents[info.document as usize].name;
                let also_in = self.also_in[rank[&index]]
                    .iter()
                    .map(|&other| {
                        let other = &self.sentences[other];
                        Location {
                            document: other.document as usize + 1,
                            path: self.documents[other.document as usize].name.to_string(),
                            start: other.start as usize,
                            end: other.end as usize,
                        }
                    })
                    .collect();
                Sentence {
                    text: self.text(index).to_string(),
                    document: info.document as usize + 1,
                    path: name.to_string(),
                    start: info.start as usize,
                    end: info.end as usize,
                    position: info.position as usize,
                    score: info.score(),
                    score_parts: info
                        .salience
                        .parts()
                        .into_iter()
                        .map(|(name, value)| ScorePart { name: name.into(), value })
                        .collect(),
                    also_in,
                }
            })
            .collect();
        let language = self.detected.as_ref().map(|d| d.language.name().to_string());
        Summary { documents, sentences, language }
    }

    /// Why nothing was selected: no sentence at all, or none that fits.
    pub fn why_empty(&self) -> Error {
        let shortest =
            self.sentences.iter().filter(|s| s.excluded.is_none()).map(|s| self.budget.cost(&s.as_candidate())).min();
        match shortest {
            None => Error::NoSentences,
            Some(shortest) => Error::NothingFits { budget: self.budget, shortest },
        }
    }

    /// Every sentence with its score parts and the reason it was or was not
    /// selected, grouped by document (what `summarize --explain` prints).
    pub fn explain(&self) -> String {
        let mut out = String::new();
        if let Some(detected) = &self.detected {
            let _ = write!(out, "language: {} (detected:", detected.language);
            for (index, language) in detected.documents.iter().enumerate() {
                let _ = write!(out, " [{}] {}", index + 1, language.map_or("unsure", Language::name));
            }
            out.push_str(")\n");
        }
        out.push_str("top terms of the cluster (centroid weight):");
        for (term, weight) in self.top_terms.iter().take(10) {
            let _ = write!(out, " {term} {weight:.4}");
        }
        out.push('\n');
        let name = |index: usize| {
            let info = &self.sentences[index];
            format!("{}#{}", info.document + 1, info.position)
        };
        let order =
            (0..self.sentences.len()).sorted_by_key(|&i| (self.sentences[i].document, self.sentences[i].position));
        let mut current_document = u32::MAX;
        for index in order {
            let info = &self.sentences[index];
            if info.document != current_document {
                current_document = info.document;
                let name = summarize_format::printable(self.documents[info.document as usize].name);
                let _ = writeln!(out, "\n[{}] {name}", info.document + 1);
            }
            let verdict = match (&info.excluded, &self.decisions[index]) {
                (Some(exclusion), _) => format!("not a candidate: {}", exclusion.describe()),
                (None, Some(Decision::Selected { rank, gain })) => format!("SELECTED #{} (gain {gain:.4})", rank + 1),
                (None, Some(Decision::Redundant { with, similarity })) => {
                    format!("redundant: repeats {} (similarity {similarity:.4})", name(*with as usize))
                }
                (None, _) => "not selected: budget full".to_string(),
            };
            let salience = &info.salience;
            let _ = writeln!(
                out,
                "{} score {:.4} = centroid {:.4} × lead {:.4} × standalone {:.1} × length {:.4}, words {:>3}: {verdict}\n    {}",
                name(index),
                info.score(),
                salience.centroid,
                salience.lead,
                salience.standalone,
                salience.length,
                info.words,
                summarize_format::one_line(self.text(index))
            );
        }
        out
    }
}

/// Analyzes `documents`: splits, scores and selects, and keeps the full
/// account ([`Analysis`]). [`summarize`] is this plus [`Analysis::summary`].
///
/// Fails only when the input passes a limit of one run: [`MAX_SENTENCES`]
/// sentences or [`MAX_INPUT_BYTES`] bytes in all.
pub fn analyze<'a>(documents: &'a [Document<'a>], options: &Options) -> Result<Analysis<'a>, Error> {
    // On a pool thread, the caller only waiting: glibc gives each allocating
    // thread its own arena and does not reuse memory freed in one for
    // another, so work on the caller's thread kept a third high-water mark
    // (10,000 articles: 47.6 MB peak before, 46 MB).
    rayon::scope(|_| analyze_within(documents, options, MAX_SENTENCES))
}

/// [`analyze`] with a limit of `max_sentences` (the tests' small limit).
fn analyze_within<'a>(
    documents: &'a [Document<'a>],
    options: &Options,
    max_sentences: usize,
) -> Result<Analysis<'a>, Error> {
    let detected = options.detect_language.then(|| detect_language(documents, options.language));
    let language = detected.as_ref().map_or(options.language, |d| d.language);
    let tokenizer = Tokenizer::new(language);
    let texts: Vec<&str> = documents.iter().map(|d| d.text).collect();
    let texts = texts.as_slice();
    let bytes = texts.iter().map(|t| t.len()).sum::<usize>();
    if bytes > MAX_INPUT_BYTES {
        return Err(Error::TooLarge);
    }
    let mut collected = Collected::new(texts.len(), bytes);
    // Sentences split so far, by all threads: past the limit, every thread
    // stops, before the sentences fill memory.
    let split = AtomicUsize::new(0);

    // Splitting and normalising run in parallel over fixed chunks of
    // documents; looking words up runs in order, one batch of chunks at a
    // time, while the next batch is being split, so that both cores stay
    // busy and only two batches' words are held. Term ids are given in
    // order of first appearance, the same for any number of threads.
    let order = canonical_order(texts);
    let read_batch = |batch: &[usize]| -> Vec<Chunk> {
        let read = |documents: &[usize]| read_chunk(texts, documents, &tokenizer, &split, max_sentences);
        batch.par_chunks(CHUNK_DOCUMENTS).map(read).collect()
    };
    let mut batches = order.chunks(CHUNK_DOCUMENTS * CHUNKS_PER_BATCH);
    let mut ready = batches.next().map(read_batch);
    while let Some(chunks) = ready.take() {
        if split.load(Ordering::Relaxed) > max_sentences {
            return Err(Error::TooManySentences);
        }
        let next = batches.next();
        ready = rayon::join(|| collected.add(chunks, &tokenizer), || next.map(read_batch)).1;
    }
    // Every sentence was counted once (a chunk stops only past the limit).
    if split.load(Ordering::Relaxed) > max_sentences {
        return Err(Error::TooManySentences);
    }
    let Collected { vocabulary, words, word_terms, mut sentences, mut counts, sentence_counts, .. } = collected;
    // Nothing after this needs the word cache or the spare capacity the
    // growing buffers doubled into (up to half of them, measured with
    // massif): free them before the vectors are weighed and compared.
    remember_stems(&tokenizer, &words, &word_terms, &vocabulary);
    drop((words, word_terms));
    sentences.shrink_to_fit();
    counts.shrink_to_fit();

    let idf = Idf::from_term_counts(&counts, vocabulary.len());
    let scoring = score_term_counts(counts, &idf);
    for (sentence, &score) in sentences.iter_mut().zip(&scoring.scores) {
        sentence.salience.centroid = score;
    }
    // What the selection does not need is freed before it.
    let top_terms = top_terms(&scoring, &vocabulary);
    drop(vocabulary);
    let Scoring { vectors, centroid, scores } = scoring;
    drop((centroid, scores));

    // Exclusions are preferences: input made only of headlines and short
    // lines still gets a summary, from all its sentences.
    if sentences.iter().all(|s| s.excluded.is_some()) {
        sentences.iter_mut().for_each(|s| s.excluded = None);
    }
    let candidates: Vec<u32> =
        (0..sentences.len() as u32).filter(|&i| sentences[i as usize].excluded.is_none()).collect();
    let select_options = SelectOptions::default();
    // Lazy greedy over the vectors themselves: the same picks as comparing
    // every candidate with every pick, in near-linear time for any budget.
    let view = CandidateSentences { sentences: &sentences, vectors: &vectors, indices: &candidates };
    let selection = select_vectors(&view, &view, options.budget, &select_options);

    let selected: Vec<usize> = selection.selected.iter().map(|&c| candidates[c] as usize).collect();
    // Candidates' decisions spread out to sentences in their own buffer
    // (same layout, collected in place), moved from the back: candidate k
    // is sentence candidates[k] >= k, so no decision is overwritten.
    let mut decisions: Vec<Option<Decision>> = selection
        .decisions
        .into_iter()
        .map(|decision| match decision {
            Decision::Redundant { with, similarity } => {
                Some(Decision::Redundant { with: candidates[with as usize], similarity })
            }
            other => Some(other),
        })
        .collect();
    decisions.resize(sentences.len(), None);
    for (k, &sentence) in candidates.iter().enumerate().rev() {
        let sentence = sentence as usize;
        if sentence != k {
            decisions[sentence] = decisions[k].take();
        }
    }
    drop(candidates);

    // Looked up through the terms that could make a sentence that similar,
    // not by comparing each selected sentence with every sentence.
    let also_in = near_duplicates_by_vectors(
        &selected,
        |i| sentences.get(i).map(|s| s.document),
        &AllVectors(&vectors),
        select_options.duplicate_threshold,
    );

    Ok(Analysis {
        documents,
        budget: options.budget,
        language,
        detected,
        sentences,
        sentence_counts,
        selected,
        decisions,
        also_in,
        top_terms,
    })
}

/// The candidate sentences (`indices`), read in place as the selection
/// takes candidates and vectors: no copy per candidate.
struct CandidateSentences<'a> {
    sentences: &'a [SentenceInfo],
    vectors: &'a VectorSet,
    indices: &'a [u32],
}

impl Candidates for CandidateSentences<'_> {
    fn len(&self) -> usize {
        self.indices.len()
    }

    fn candidate(&self, index: usize) -> Candidate {
        self.indices.get(index).map_or_else(Candidate::default, |&i| self.sentences[i as usize].as_candidate())
    }
}

impl Vectors for CandidateSentences<'_> {
    type Vector<'v>
        = VectorEntries<'v>
    where
        Self: 'v;

    fn len(&self) -> usize {
        self.indices.len()
    }

    fn vector(&self, index: usize) -> VectorEntries<'_> {
        self.indices.get(index).map_or_else(VectorEntries::default, |&i| self.vectors.get(i as usize))
    }
}

/// Every sentence's vector, as the selection takes vectors.
struct AllVectors<'a>(&'a VectorSet);

impl Vectors for AllVectors<'_> {
    type Vector<'v>
        = VectorEntries<'v>
    where
        Self: 'v;

    fn len(&self) -> usize {
        self.0.len()
    }

    fn vector(&self, index: usize) -> VectorEntries<'_> {
        self.0.get(index)
    }
}

/// The cluster's 20 heaviest centroid terms, for `--explain`.
fn top_terms(scoring: &Scoring, vocabulary: &Vocabulary) -> Vec<(String, f32)> {
    scoring.top_terms(20).into_iter().map(|(term, weight)| (vocabulary.term(term).to_string(), weight)).collect()
}

/// How many documents one thread splits at a time, and how many such
/// chunks make a batch (two batches are held at once: one being looked up,
/// the next being split). Small enough to spread 100 reports over two
/// cores; 4 chunks rather than 16 keep 10,000 reports about 1.6 MB lower
/// in peak memory (the chunks' buffers stay in the threads' own malloc
/// arenas), at no measurable cost in time (0.49 s either way).
const CHUNK_DOCUMENTS: usize = 16;
const CHUNKS_PER_BATCH: usize = 4;

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

/// In [`Collected::word_terms`], a word without a term (4 bytes a word
/// where an `Option` takes 8). [`TermId::MAX`] is also what the vocabulary
/// gives past its limit, which holds no term either.
const NO_TERM: TermId = TermId::MAX;

/// About how many distinct words `bytes` of news hold, by Heaps' law
/// (`30 × √tokens`, a token every 6 bytes): the tables that intern them are
/// sized for that, so that they do not re-hash everything they hold each
/// time they grow. With `--batch`'s many small events, growing from empty
/// was 6% of the instructions; 10,000 bench reports (2.7 million tokens,
/// 44,800 distinct words) get about 49,000.
fn expected_distinct_words(bytes: usize) -> usize {
    (30.0 * (bytes as f64 / 6.0).sqrt()) as usize
}

/// Everything gathered from the chunks, in canonical document order.
struct Collected {
    vocabulary: Vocabulary,
    /// Every normalised word met so far, so that each distinct word of the
    /// whole input is stemmed once (interned compactly: real news brings
    /// tens of thousands of distinct words).
    words: Vocabulary,
    /// The term of each of `words`, by its id ([`NO_TERM`]: it has none).
    word_terms: Vec<TermId>,
    sentences: Vec<SentenceInfo>,
    /// Each sentence's distinct terms with their counts, in one flat array:
    /// weighed into its TF-IDF vector in place once the IDF is known.
    counts: VectorSet,
    /// Scratch: the terms of the sentence being looked up.
    terms: Vec<TermId>,
    /// Sentences per document, by input index.
    sentence_counts: Vec<usize>,
}

impl Collected {
    fn new(documents: usize, bytes: usize) -> Collected {
        let distinct = expected_distinct_words(bytes);
        Collected {
            vocabulary: Vocabulary::with_capacity(distinct),
            words: Vocabulary::with_capacity(distinct),
            word_terms: Vec::new(),
            sentences: Vec::with_capacity(bytes / 64),
            counts: VectorSet::with_capacity(bytes / 64, bytes / 8),
            terms: Vec::new(),
            sentence_counts: vec![0; documents],
        }
    }

    /// Looks up the words of `chunks`, in order, and keeps their sentences.
    fn add(&mut self, chunks: Vec<Chunk>, tokenizer: &Tokenizer) {
        for chunk in chunks {
            let mut word_start = 0;
            for &word_end in &chunk.word_ends {
                self.terms.clear();
                for &(start, end, stemmed) in &chunk.words[word_start..word_end] {
                    let normalised = &chunk.arena[start as usize..end as usize];
                    let word = self.words.intern(normalised) as usize;
                    let term = match self.word_terms.get(word) {
                        Some(&term) => (term != NO_TERM).then_some(term),
                        None => {
                            let term = if stemmed {
                                let vocabulary = &mut self.vocabulary;
                                with_stem(tokenizer, normalised, |stem| {
                                    (!stem.is_empty()).then(|| vocabulary.intern(stem))
                                })
                            } else {
                                Some(self.vocabulary.intern(normalised))
                            };
                            self.word_terms.push(term.unwrap_or(NO_TERM));
                            term
                        }
                    };
                    self.terms.extend(term);
                }
                self.counts.push_terms(&mut self.terms);
                word_start = word_end;
            }
            for sentence in &chunk.sentences {
                self.sentence_counts[sentence.document as usize] += 1;
            }
            self.sentences.extend(chunk.sentences);
        }
    }
}

/// Each word's stem: the words and the stems each interned (many words
/// share a stem), and the stem of each word by its id.
#[derive(Default)]
struct StemsOfWords {
    words: Vocabulary,
    stems: Vocabulary,
    stem_of: Vec<TermId>,
}

impl StemsOfWords {
    fn get(&self, word: &str) -> Option<&str> {
        let stem = *self.stem_of.get(self.words.get(word)? as usize)?;
        Some(self.stems.term(stem))
    }

    /// Remembers `stem` for `word` (a word it holds already keeps its own).
    fn insert(&mut self, word: &str, stem: &str) {
        if self.words.intern(word) as usize == self.stem_of.len() {
            self.stem_of.push(self.stems.intern(stem));
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }
}

/// Words whose stems each thread remembers across runs.
const STEM_MEMO_WORDS: usize = 16_384;

thread_local! {
    /// Stems of words met in earlier runs on this thread, for one language:
    /// many small runs (`--batch` events) share most of their vocabulary,
    /// and stemming was a fifth of their time. Filled after each run
    /// ([`remember_stems`]), bounded (about 0.7 MB), started afresh when
    /// full or when the language changes; a stem is a pure function of the
    /// word, so what is remembered never changes a result.
    static STEM_MEMO: std::cell::RefCell<(Language, StemsOfWords)> =
        std::cell::RefCell::new((Language::English, StemsOfWords::default()));
}

/// `f(tokenizer.stem(word))`, the stem looked up in this thread's
/// [`STEM_MEMO`] rather than computed again when an earlier run met it.
fn with_stem<R>(tokenizer: &Tokenizer, word: &str, f: impl FnOnce(&str) -> R) -> R {
    STEM_MEMO.with_borrow(|(language, memo)| match memo.get(word) {
        Some(stem) if *language == tokenizer.language() => f(stem),
        _ => f(&tokenizer.stem(word)),
    })
}

/// Adds the stemmed words of a finished run to this thread's [`STEM_MEMO`]
/// (a fresh memo when they would not fit), in order of first appearance.
/// Done after the run, not while its word cache grows; a run with more
/// distinct words than the memo holds is no small run and leaves it alone,
/// so that the memo adds nothing to a large run's peak.
fn remember_stems(tokenizer: &Tokenizer, words: &Vocabulary, word_terms: &[TermId], vocabulary: &Vocabulary) {
    if words.len() > STEM_MEMO_WORDS {
        return;
    }
    STEM_MEMO.with_borrow_mut(|(language, memo)| {
        if *language != tokenizer.language() || memo.len() + words.len() > STEM_MEMO_WORDS {
            *language = tokenizer.language();
            *memo = StemsOfWords::default();
        }
        for (id, &term) in word_terms.iter().enumerate() {
            // A word kept whole (not stemmed) is never looked up here, and
            // one whose stem is empty has no term: both are rare.
            let word = words.term(id as TermId);
            if term != NO_TERM && memo.get(word).is_none() {
                memo.insert(word, vocabulary.term(term));
            }
        }
    });
}

/// Sentences a thread splits before it adds them to the shared count.
const COUNT_EVERY: usize = 4096;

/// Splits `documents` (indices into `texts`) and normalises their words;
/// adds the sentences to `split`, and stops once it passes `max_sentences`.
fn read_chunk(
    texts: &[&str],
    documents: &[usize],
    tokenizer: &Tokenizer,
    split: &AtomicUsize,
    max_sentences: usize,
) -> Chunk {
    // Sized from the bytes, as news text runs (about 140 bytes a sentence,
    // a content word every 11 bytes, 6 bytes of it in the arena), so that
    // the buffers rarely grow by copying: growing them was 34,000
    // reallocations of 10,000 reports.
    let bytes: usize = documents.iter().map(|&d| texts[d].len()).sum();
    let mut chunk = Chunk {
        sentences: Vec::with_capacity(bytes / 128),
        arena: String::with_capacity(bytes / 2),
        words: Vec::with_capacity(bytes / 10),
        word_ends: Vec::with_capacity(bytes / 128),
    };
    let mut uncounted = 0;
    for &document in documents {
        let text = texts[document];
        let mut body_position = 0;
        // One sentence at a time, so that a limit stops the splitting; the
        // headline rule reads the first three.
        let mut spans = tokenizer.sentences(text);
        let head: Vec<Span> = spans.by_ref().take(3).collect();
        let headline = opens_with_headline(text, &head);
        for (position, mut span) in head.into_iter().chain(spans).enumerate() {
            uncounted += 1;
            if uncounted == COUNT_EVERY {
                uncounted = 0;
                if split.fetch_add(COUNT_EVERY, Ordering::Relaxed) + COUNT_EVERY > max_sentences {
                    return chunk;
                }
            }
            if body_position == 0 {
                // The report's first body sentence: its dateline is not part of
                // what it says ("KYIV, Ukraine (AP) — Russian forces…").
                span.start += dateline_len(span.slice(text));
            }
            let sentence = span.slice(text);
            // The walk over its words counts them as budgets do (`word_count`).
            let words = tokenizer.for_each_word(sentence, |word| {
                if !word.stopword {
                    let start = chunk.arena.len();
                    chunk.arena.push_str(word.normalised);
                    // A chunk is a few documents, each under the 64 MiB input limit.
                    chunk.words.push((start as u32, chunk.arena.len() as u32, word.stemmed));
                }
            });
            chunk.word_ends.push(chunk.words.len());
            let excluded = if position == 0 && headline { Some(Exclusion::Headline) } else { exclusion(sentence) };
            // The standalone factor reads English connectives and pronouns.
            let standalone = if tokenizer.language() == Language::English { standalone_factor(sentence) } else { 1.0 };
            // Offsets and counts fit: the input is at most MAX_INPUT_BYTES.
            chunk.sentences.push(SentenceInfo {
                document: document as u32,
                position: position as u32,
                start: span.start as u32,
                end: span.end as u32,
                words: words as u32,
                chars: sentence.chars().count() as u32,
                excluded,
                salience: Salience {
                    centroid: 0.0,
                    lead: lead_prior(body_position),
                    standalone,
                    length: length_factor(words),
                },
            });
            if !matches!(excluded, Some(Exclusion::NoFinalPunctuation | Exclusion::Headline)) {
                body_position += 1;
            }
        }
    }
    split.fetch_add(uncounted, Ordering::Relaxed);
    chunk
}

/// Document indices sorted by content (then index), so that results do not
/// depend on the order files were named in.
fn canonical_order(texts: &[&str]) -> Vec<usize> {
    (0..texts.len()).sorted_by(|&a, &b| texts[a].cmp(texts[b]).then(a.cmp(&b))).collect()
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    const FIXTURES: [&str; 2] = [
        include_str!("../fixtures/trump-putin-call-report-1.txt"),
        include_str!("../fixtures/trump-putin-call-report-2.txt"),
    ];

    const DOCUMENTS: [Document; 2] = [
        Document { name: "fixtures/trump-putin-call-report-1.txt", text: FIXTURES[0] },
        Document { name: "fixtures/trump-putin-call-report-2.txt", text: FIXTURES[1] },
    ];

    #[test]
    fn detected_language_is_the_most_common_and_order_free() {
        let french = "Le gouvernement a présenté mercredi son projet de loi sur l'immigration au Parlement.";
        let german = "Die Bundesregierung hat am Montag neue Regeln für den Klimaschutz beschlossen.";
        let documents = [Document::new("a", german), Document::new("b", french), Document::new("c", french)];
        let detected = detect_language(&documents, Language::English);
        assert_eq!(detected.language, Language::French);
        // A tie goes to the first in Language::ALL, whatever the order.
        for pair in [[german, french], [french, german]] {
            let documents = pair.map(|text| Document::new("x", text));
            assert_eq!(detect_language(&documents, Language::English).language, Language::French);
        }
        assert_eq!(detect_language(&[Document::new("x", "12 — 3")], Language::Greek).language, Language::Greek);
        assert_eq!(detect_language(&[], Language::English).documents, []);
    }

    #[test]
    fn analysis_with_detection_reads_and_reports_the_language() {
        let documents = [
            Document::new(
                "a",
                "Le Sénat a adopté mardi le budget. Les sénateurs ont voté le texte à une large majorité.",
            ),
            Document::new(
                "b",
                "Le budget a été adopté par le Sénat mardi soir. Le gouvernement s'est félicité du vote.",
            ),
        ];
        let detect = Options { detect_language: true, ..options(Budget::Sentences(1)) };
        let analysis = analyze(&documents, &detect).unwrap();
        assert_eq!(analysis.language, Language::French);
        assert!(analysis.explain().starts_with("language: french (detected: [1] french [2] french)\n"));
        let summary = analysis.summary(Order::Source);
        assert_eq!(summary.language.as_deref(), Some("french"));
        assert!(summary.documents.iter().all(|d| d.language.as_deref() == Some("french")));
        // Not asked: nothing detected, nothing said.
        let summary = analyze(&documents, &options(Budget::Sentences(1))).unwrap().summary(Order::Source);
        assert!(summary.language.is_none() && summary.documents.iter().all(|d| d.language.is_none()));
    }

    fn options(budget: Budget) -> Options {
        Options { budget, ..Options::default() }
    }

    fn fixture_analysis(budget: Budget) -> Analysis<'static> {
        analyze(&DOCUMENTS, &options(budget)).unwrap()
    }

    fn one_line(index: usize, analysis: &Analysis) -> String {
        let info = &analysis.sentences[index];
        format!("{}#{}: {}", info.document + 1, info.position, summarize_format::one_line(analysis.text(index)))
    }

    #[test]
    fn fixture_top_terms_and_scores() {
        let analysis = fixture_analysis(Budget::Words(100));
        let mut out = String::from("top centroid terms:\n");
        for (term, weight) in &analysis.top_terms {
            let _ = writeln!(out, "{weight:.4} {term}");
        }
        out.push_str("\nsentence scores (centroid × lead × standalone × length), best first, ties by position:\n");
        let mut order: Vec<usize> = (0..analysis.sentences.len()).collect();
        order.sort_by(|&a, &b| analysis.sentences[b].score().total_cmp(&analysis.sentences[a].score()).then(a.cmp(&b)));
        for index in order {
            let info = &analysis.sentences[index];
            let _ = writeln!(
                out,
                "{:.4} = {:.4} × {:.4} × {:.1} × {:.4}  {}",
                info.score(),
                info.salience.centroid,
                info.salience.lead,
                info.salience.standalone,
                info.salience.length,
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
                    format!("redundant with {} ({similarity:.4})", one_line(*with as usize, &analysis))
                }
                _ => continue,
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
                    Budget::Words(_) => analysis.sentences[i].words as usize,
                    _ => analysis.sentences[i].chars as usize,
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
            let text = FIXTURES[info.document as usize];
            assert!(text.is_char_boundary(info.start as usize) && text.is_char_boundary(info.end as usize));
            assert!(!info.span().slice(text).is_empty());
        }
    }

    #[test]
    fn document_order_does_not_change_the_selection() {
        let options = options(Budget::Words(100));
        let forward = analyze(&DOCUMENTS, &options).unwrap();
        let reversed = [DOCUMENTS[1], DOCUMENTS[0]];
        let backward = analyze(&reversed, &options).unwrap();
        let spans = |analysis: &Analysis, swap: bool| {
            let mut spans: Vec<(u32, Span)> = analysis
                .selected
                .iter()
                .map(|&i| {
                    let info = &analysis.sentences[i];
                    (if swap { 1 - info.document } else { info.document }, info.span())
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
    fn stem_memo_gives_back_what_it_was_given() {
        let mut memo = StemsOfWords::default();
        memo.insert("talks", "talk");
        memo.insert("talking", "talk");
        memo.insert("peace", "peac");
        // A word held already keeps its own stem.
        memo.insert("talks", "tal");
        assert_eq!(memo.len(), 3);
        assert_eq!(memo.get("talks"), Some("talk"));
        assert_eq!(memo.get("talking"), Some("talk"));
        assert_eq!(memo.get("peace"), Some("peac"));
        assert_eq!(memo.get("war"), None);
    }

    #[test]
    fn input_of_only_short_lines_still_gets_a_summary() {
        let documents = [Document::new("storm", "Storm hits coast\n\nTen hurt.\n")];
        let analysis = analyze(&documents, &options(Budget::Sentences(1))).unwrap();
        assert_eq!(analysis.selected.len(), 1);
    }

    #[test]
    fn input_past_the_sentence_limit_is_refused_not_held() {
        // 5,000 one-word lines in each of three documents, against limits
        // around their 15,000 sentences.
        let text = "Storm.\n".repeat(5000);
        let documents = [Document::new("a", &text), Document::new("b", &text), Document::new("c", &text)];
        let options = options(Budget::Sentences(1));
        assert!(analyze_within(&documents, &options, 15_000).is_ok());
        for limit in [0, 4095, 4096, 14_999] {
            assert_eq!(analyze_within(&documents, &options, limit).err(), Some(Error::TooManySentences), "{limit}");
        }
        insta::assert_snapshot!(Error::TooManySentences.to_string(), @"more than 4000000 sentences in all, the limit of one run; split the work into smaller runs");
    }

    #[test]
    fn empty_input_selects_nothing() {
        let analysis = analyze(&[], &Options::default()).unwrap();
        assert!(analysis.selected.is_empty());
        assert_eq!(summarize(&[], &Options::default()), Err(Error::NoSentences));
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
                let documents: Vec<Document> = texts.iter().map(|text| Document::new("t", text)).collect();
                let options = Options { budget, ..Options::default() };
                let analysis = analyze(&documents, &options).unwrap();
                let mut used = 0;
                for &index in &analysis.selected {
                    let info = &analysis.sentences[index];
                    let text = documents[info.document as usize].text;
                    prop_assert!(text.get(info.span().start..info.span().end).is_some_and(|s| !s.is_empty()));
                    used += budget.cost(&Candidate { score: 0.0, words: info.words, chars: info.chars });
                }
                prop_assert!(used <= budget.limit());
                let again = analyze(&documents, &options).unwrap();
                prop_assert_eq!(again.selected, analysis.selected);
            }
        }
    }
}
