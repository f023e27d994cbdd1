//! Baseline summaries that any summarizer should beat, built from the
//! articles' raw text exactly as the published baseline scores were.

use super::rouge::cut_words;

/// LEAD: the articles' text in the order given (title and date lines
/// included, as distributed), cut to their first `words` words. This
/// reproduces the published LEAD scores of multiling2011_en; dropping the
/// title and date lines instead raises R-2 recall by about 0.25.
pub fn lead(articles: &[String], words: usize) -> String {
    cut_words(&articles.join("\n"), words)
}

/// The first sentence of each article in turn, then the second of each,
/// and so on, cut to `words` words. Title and date lines count as
/// sentences, so the first round is the titles.
pub fn first_sentences(articles: &[String], words: usize) -> String {
    let sentences: Vec<Vec<&str>> = articles.iter().map(|a| split_sentences(a)).collect();
    let mut picked = Vec::new();
    let mut count = 0;
    for round in 0.. {
        let before = picked.len();
        for sentence in sentences.iter().filter_map(|s| s.get(round)) {
            picked.push(*sentence);
            count += sentence.split_whitespace().count();
        }
        if count >= words || picked.len() == before {
            break;
        }
    }
    cut_words(&picked.join(" "), words)
}

/// Splits text into sentences: every non-blank line on its own, cut after
/// `.`, `!` or `?` (and any closing quotes or brackets) followed by
/// whitespace. Rough, but enough for a baseline.
fn split_sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek() {
                if !matches!(q, '"' | '\'' | ')' | ']' | '”' | '’') {
                    break;
                }
                end = j + q.len_utf8();
                chars.next();
            }
            if chars.peek().is_some_and(|&(_, n)| n.is_whitespace()) {
                sentences.push(&line[start..end]);
                start = end;
            }
        }
        sentences.push(&line[start..]);
    }
    sentences.into_iter().map(str::trim).filter(|s| !s.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two tiny articles: title, blank, date, blank, body.
    fn articles() -> Vec<String> {
        vec![
            "Quake hits\n\nMonday\n\nA quake hit. Many fled.\n".to_string(),
            "Aid arrives\n\nTuesday\n\n\"Aid came.\" It helped!\n".to_string(),
        ]
    }

    #[test]
    fn lead_takes_the_first_words_across_articles() {
        assert_eq!(lead(&articles(), 4), "Quake hits Monday A");
        assert_eq!(lead(&articles(), 9), "Quake hits Monday A quake hit. Many fled. Aid");
    }

    #[test]
    fn first_sentences_go_round_the_articles() {
        assert_eq!(
            first_sentences(&articles(), 100),
            "Quake hits Aid arrives Monday Tuesday A quake hit. \"Aid came.\" Many fled. It helped!"
        );
        // Stops after the round that reaches the budget, then cuts.
        assert_eq!(first_sentences(&articles(), 5), "Quake hits Aid arrives Monday");
    }

    #[test]
    fn sentences_split_after_terminal_punctuation_and_at_lines() {
        let text = "Title line\n\nHe said \"no.\" Then left. U.S. aid (3.5%) rose.\nLast";
        assert_eq!(
            split_sentences(text),
            ["Title line", "He said \"no.\"", "Then left.", "U.S.", "aid (3.5%) rose.", "Last"]
        );
    }
}
