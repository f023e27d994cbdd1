//! What a sentence's place, opening and length add to its centroid score:
//! the lead prior, the standalone factor and the length factor, and the
//! salience they make together.

/// A sentence's salience and the parts it is made of, so that every score
/// can be explained.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Salience {
    /// Cosine with the cluster centroid ([`crate::Scoring::scores`]): how much of
    /// the cluster's topic the sentence carries.
    pub centroid: f32,
    /// The position prior, [`lead_prior`].
    pub lead: f32,
    /// The standalone factor, [`standalone_factor`].
    pub standalone: f32,
    /// The length factor, [`length_factor`].
    pub length: f32,
}

impl Salience {
    /// The salience a selection uses: `centroid × lead × standalone × length`.
    pub fn score(&self) -> f32 {
        self.centroid * self.lead * self.standalone * self.length
    }

    /// The named parts of [`Salience::score`], for output.
    pub fn parts(&self) -> [(&'static str, f32); 4] {
        [("centroid", self.centroid), ("lead", self.lead), ("standalone", self.standalone), ("length", self.length)]
    }
}

/// The position prior `1 + 1/(1 + p)`, where `p` counts the report's body
/// sentences before this one (headlines and datelines do not count): news
/// puts what happened first, so a report's first sentence weighs double and
/// the prior fades towards 1 down the report.
pub fn lead_prior(body_position: usize) -> f32 {
    1.0 + 1.0 / (1.0 + body_position as f32)
}

/// Sentences up to this many words are scored whole; longer ones by density.
pub const LONG_SENTENCE_WORDS: usize = 30;

/// `min(1, 30 / words)`: a sentence of more than [`LONG_SENTENCE_WORDS`]
/// words is scored by what it carries per word. A centroid cosine does not
/// grow with length, but a long sentence spends more of a word budget: two
/// 20-word sentences usually carry more of a cluster than one 40-word
/// sentence (or a 40-word "sentence" that is a multi-sentence quotation).
/// Measured with `cargo xtask eval` (R-2 recall, full set 250 / 100 words,
/// two reports 250 / 100): English 21.34 / 14.77 / 15.18 / 14.37 → 22.51 /
/// 14.76 / 15.09 / 14.27, French 23.21 / 14.67 / 16.75 / 14.21 → 24.87 /
/// 16.78 / 16.32 / 14.82, Arabic 17.38 / 10.26 / 13.64 / 15.46 → 19.21 /
/// 11.71 / 13.43 / 16.38; 20 or 25 words lose, 35 and 40 words score
/// about the same as 30.
pub fn length_factor(words: usize) -> f32 {
    if words <= LONG_SENTENCE_WORDS { 1.0 } else { LONG_SENTENCE_WORDS as f32 / words as f32 }
}

/// `0.5` for an English sentence that opens mid-story, with a connective or a
/// pronoun that points back to something before it ("But…", "He also…",
/// "This…"): it leans on an antecedent the summary may not carry. `1.0`
/// otherwise.
pub fn standalone_factor(sentence: &str) -> f32 {
    if opens_mid_story(sentence) { 0.5 } else { 1.0 }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_that_lean_on_an_antecedent_open_mid_story() {
        for sentence in ["But Moscow disagreed.", "“But I think he’s had enough.”", "He also said so.", "This is new."]
        {
            assert_eq!(standalone_factor(sentence), 0.5, "{sentence}");
        }
        for sentence in ["Trump said so.", "Thereafter it rained.", "Hectic talks began.", "“Let it begin!” he said."]
        {
            assert_eq!(standalone_factor(sentence), 1.0, "{sentence}");
        }
    }

    #[test]
    fn long_sentences_are_scored_per_word() {
        assert_eq!(length_factor(0), 1.0);
        assert_eq!(length_factor(30), 1.0);
        assert_eq!(length_factor(60), 0.5);
    }

    #[test]
    fn the_lead_prior_fades_down_the_report() {
        assert_eq!(lead_prior(0), 2.0);
        assert_eq!(lead_prior(1), 1.5);
        assert!(lead_prior(100) > 1.0 && lead_prior(100) < lead_prior(99));
    }
}
