//! The `[zh ids]:[en ids]` bead format of alignment gold sets (MAC, Bertalign,
//! Vecalign) and their strict and lax precision, recall and F1.
//!
//! Scoring follows Vecalign's and Bertalign's evaluation (after Sennrich & Volk):
//! precision over distinct predicted beads, 1-0 and 0-1 included; recall over gold
//! beads with both sides non-empty, against predicted beads with both sides
//! non-empty; a strict hit is an exact bead, a lax hit shares at least one
//! (zh, en) link. Counts are summed over documents.

use std::collections::HashSet;
use std::fmt::Write;

/// A bead as two lists of 0-based sentence ids.
pub type IdBead = (Vec<usize>, Vec<usize>);

/// Writes beads as `[0,1]:[2]` lines.
pub fn format(beads: impl IntoIterator<Item = IdBead>) -> String {
    let mut out = String::new();
    for (zh, en) in beads {
        let list = |ids: &[usize]| {
            ids.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(",")
        };
        let _ = writeln!(out, "[{}]:[{}]", list(&zh), list(&en));
    }
    out
}

/// Reads `[0,1]:[2]` lines (anything after a second `:` is ignored, blank lines
/// skipped); errors name the line.
pub fn parse(text: &str) -> Result<Vec<IdBead>, String> {
    let ids = |part: &str, line: usize| -> Result<Vec<usize>, String> {
        let inner = part
            .trim()
            .strip_prefix('[')
            .and_then(|p| p.strip_suffix(']'))
            .ok_or_else(|| format!("line {line}: expected [ids], got {part:?}"))?;
        inner
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(|id| {
                id.parse()
                    .map_err(|_| format!("line {line}: {id:?} is not a sentence id"))
            })
            .collect()
    };
    let mut beads = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.split(':');
        let (Some(zh), Some(en)) = (parts.next(), parts.next()) else {
            return Err(format!(
                "line {}: expected [ids]:[ids], got {line:?}",
                n + 1
            ));
        };
        beads.push((ids(zh, n + 1)?, ids(en, n + 1)?));
    }
    Ok(beads)
}

/// Strict and lax hit counts, summed over documents.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Counts {
    pub predicted: usize,
    pub predicted_strict: usize,
    pub predicted_lax: usize,
    pub gold: usize,
    pub gold_strict: usize,
    pub gold_lax: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn prf(hits_p: usize, total_p: usize, hits_r: usize, total_r: usize) -> Prf {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(hits_p, total_p);
    let recall = ratio(hits_r, total_r);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

impl Counts {
    /// Adds one document's gold and predicted beads.
    pub fn add(&mut self, gold: &[IdBead], predicted: &[IdBead]) {
        let nonempty = |beads: &[IdBead]| -> Vec<IdBead> {
            beads
                .iter()
                .filter(|(a, b)| !a.is_empty() || !b.is_empty())
                .cloned()
                .collect()
        };
        let gold = nonempty(gold);
        let predicted = nonempty(predicted);
        let (strict, lax, total) = hits(&gold, &predicted);
        self.predicted += total;
        self.predicted_strict += strict;
        self.predicted_lax += lax;
        let both = |beads: &[IdBead]| -> Vec<IdBead> {
            beads
                .iter()
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .cloned()
                .collect()
        };
        let (strict, lax, total) = hits(&both(&predicted), &both(&gold));
        self.gold += total;
        self.gold_strict += strict;
        self.gold_lax += lax;
    }

    pub fn strict(&self) -> Prf {
        prf(
            self.predicted_strict,
            self.predicted,
            self.gold_strict,
            self.gold,
        )
    }

    pub fn lax(&self) -> Prf {
        prf(self.predicted_lax, self.predicted, self.gold_lax, self.gold)
    }
}

/// (strict hits, lax hits, total) of the distinct `candidates` judged against `reference`.
fn hits(reference: &[IdBead], candidates: &[IdBead]) -> (usize, usize, usize) {
    let reference_set: HashSet<&IdBead> = reference.iter().collect();
    let links: HashSet<(usize, usize)> = reference
        .iter()
        .flat_map(|(a, b)| a.iter().flat_map(move |&s| b.iter().map(move |&t| (s, t))))
        .collect();
    let distinct: HashSet<&IdBead> = candidates.iter().collect();
    let (mut strict, mut lax) = (0, 0);
    for bead in &distinct {
        if reference_set.contains(bead) {
            strict += 1;
            lax += 1;
        } else if bead
            .0
            .iter()
            .any(|&s| bead.1.iter().any(|&t| links.contains(&(s, t))))
        {
            lax += 1;
        }
    }
    (strict, lax, distinct.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beads_round_trip_through_the_text_format() {
        let text = "[0]:[0]\n[1,2]:[1]\n[3]:[]\n[]:[2,3]\n";
        let beads = parse(text).unwrap();
        assert_eq!(beads[1], (vec![1, 2], vec![1]));
        assert_eq!(format(beads), text);
        assert!(parse("[0]-[1]").unwrap_err().contains("line 1"));
    }

    #[test]
    fn strict_and_lax_scores_follow_the_definition() {
        let gold = parse("[0]:[0]\n[1,2]:[1]\n[3]:[]\n").unwrap();
        let predicted = parse("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n").unwrap();
        let mut counts = Counts::default();
        counts.add(&gold, &predicted);
        // Precision: 4 predicted, strict hits [0]:[0] and [3]:[]; [1]:[1] is a lax hit.
        assert_eq!(
            (
                counts.predicted,
                counts.predicted_strict,
                counts.predicted_lax
            ),
            (4, 2, 3)
        );
        // Recall: gold beads with both sides, [0]:[0] strict, [1,2]:[1] lax.
        assert_eq!(
            (counts.gold, counts.gold_strict, counts.gold_lax),
            (2, 1, 2)
        );
        assert!((counts.strict().precision - 0.5).abs() < 1e-9);
        assert!((counts.lax().recall - 1.0).abs() < 1e-9);
    }
}
