//! Turning the pipeline's analysis into what the user sees.

use std::fmt::Write as _;

use summarize_format::{Document, Location, ScorePart, Sentence, Summary};
use summarize_redundancy::Decision;

use crate::input::Report;
use crate::pipeline::Analysis;

/// The summary as plain data for `summarize-format`.
pub fn summary(reports: &[Report], analysis: &Analysis, by_score: bool) -> Summary {
    let documents = reports
        .iter()
        .zip(&analysis.sentence_counts)
        .enumerate()
        .map(|(index, (report, &sentences))| Document { id: index + 1, path: report.path.clone(), sentences })
        .collect();
    let order = if by_score { analysis.selected.clone() } else { analysis.selected_in_source_order() };
    let sentences = order
        .into_iter()
        .map(|index| {
            let info = &analysis.sentences[index];
            let report = &reports[info.document];
            let rank = analysis.selected.iter().position(|&s| s == index).unwrap_or(0);
            let also_in = analysis.also_in[rank]
                .iter()
                .map(|&other| {
                    let other = &analysis.sentences[other];
                    Location {
                        document: other.document + 1,
                        path: reports[other.document].path.clone(),
                        start: other.span.start,
                        end: other.span.end,
                    }
                })
                .collect();
            Sentence {
                text: info.span.slice(&report.text).to_string(),
                document: info.document + 1,
                path: report.path.clone(),
                start: info.span.start,
                end: info.span.end,
                position: info.position,
                score: info.score(),
                score_parts: info
                    .score_parts()
                    .into_iter()
                    .map(|(name, value)| ScorePart { name: name.into(), value })
                    .collect(),
                also_in,
            }
        })
        .collect();
    Summary { documents, sentences }
}

/// `--split`: every sentence of every report, one per line (or JSON object per line).
pub fn split(reports: &[Report], json: bool) -> String {
    let mut out = String::new();
    for report in reports {
        for span in summarize_tokenize::split_sentences(&report.text) {
            let text = span.slice(&report.text);
            if json {
                let line = serde_json::json!({
                    "path": report.path,
                    "start": span.start,
                    "end": span.end,
                    "text": text,
                });
                let _ = writeln!(out, "{line}");
            } else {
                let _ = writeln!(out, "{}", summarize_format::one_line(text));
            }
        }
    }
    out
}

/// `--explain`: each sentence with its score parts and the reason it was
/// or was not selected, grouped by report.
pub fn explain(reports: &[Report], analysis: &Analysis) -> String {
    let mut out = String::from("top terms of the cluster (centroid weight):");
    for (term, weight) in analysis.top_terms.iter().take(10) {
        let _ = write!(out, " {term} {weight:.4}");
    }
    out.push('\n');
    let name = |index: usize| {
        let info = &analysis.sentences[index];
        format!("{}#{}", info.document + 1, info.position)
    };
    let mut order: Vec<usize> = (0..analysis.sentences.len()).collect();
    order.sort_by_key(|&i| (analysis.sentences[i].document, analysis.sentences[i].position));
    let mut current_document = usize::MAX;
    for index in order {
        let info = &analysis.sentences[index];
        if info.document != current_document {
            current_document = info.document;
            let _ = writeln!(out, "\n[{}] {}", info.document + 1, reports[info.document].path);
        }
        let verdict = match (&info.excluded, &analysis.decisions[index]) {
            (Some(exclusion), _) => format!("not a candidate: {}", exclusion.describe()),
            (None, Some(Decision::Selected { rank, mmr })) => format!("SELECTED #{} (mmr {mmr:.4})", rank + 1),
            (None, Some(Decision::Redundant { with, similarity })) => {
                format!("redundant: repeats {} (similarity {similarity:.4})", name(*with))
            }
            (None, Some(Decision::OverBudget)) | (None, None) => "not selected: budget full".to_string(),
        };
        let text = summarize_format::one_line(info.span.slice(&reports[info.document].text));
        let _ = writeln!(
            out,
            "{} score {:.4} = centroid {:.4} × lead {:.4} × standalone {:.1}, words {:>3}: {verdict}\n    {}",
            name(index),
            info.score(),
            info.centroid,
            info.lead,
            info.standalone,
            info.words,
            text
        );
    }
    out
}
