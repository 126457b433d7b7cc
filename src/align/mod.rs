//! Chinese–English alignment: paragraphs, then sentences within aligned paragraphs.
//!
//! A bead joins 0–4 Chinese units with 0–4 English units. Its cost combines
//! - a length model (Gale–Church style): English characters per Chinese character
//!   follow a normal distribution around the document's own ratio, with a variance
//!   fitted on news (NTREX) and literary (MAC-Dev) text ([`LengthModel`]);
//! - lexical overlap: the share of Chinese words whose translation (CC-CEDICT or a
//!   user's lexicon) appears on the English side, and of English words so matched;
//!   Latin-script names and acronyms on the Chinese side match themselves;
//! - numbers that survive translation (`1.41 billion` ↔ `14.1亿`, years, dates) and
//!   names romanized in the English (`王琦瑶` ↔ `Wang Qiyao`, through pinyin);
//! - a prior per bead kind (1-1 cheapest).
//!
//! The search ([`dp`]) is dynamic programming in a band around the diagonal.

use std::ops::Range;
use std::sync::Arc;

pub mod beads;
mod dp;
pub mod lexicon;
pub mod names;
pub mod numbers;
pub mod sides;
pub mod units;

pub use lexicon::Lexicon;
use units::{EnUnit, ZhUnit};

/// A bead: Chinese units `zh` aligned with English units `en` (either may be empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    pub zh: Range<usize>,
    pub en: Range<usize>,
    /// 0–1: how well the two sides agree in length and words (0 for 1-0 and 0-1).
    pub score: f64,
}

impl Bead {
    /// `1-1`, `2-1`, `1-0`, ...: Chinese units first.
    pub fn kind(&self) -> String {
        format!("{}-{}", self.zh.len(), self.en.len())
    }
}

/// English characters (not counting whitespace) per Chinese character.
#[derive(Debug, Clone, Copy)]
pub struct LengthModel {
    /// The ratio a document's own ratio is pulled toward when it is short.
    pub ratio: f64,
    /// Variance of a bead's length difference, per Chinese character.
    pub variance: f64,
}

/// How much each kind of evidence counts; the defaults were tuned on MAC-Dev and a
/// perturbed NTREX set (see the README), never on MAC-Test.
#[derive(Debug, Clone)]
pub struct Model {
    pub length: LengthModel,
    /// Document ratio used for this alignment (set per document).
    pub ratio: f64,
    pub length_weight: f64,
    pub lexical_weight: f64,
    pub number_weight: f64,
    /// Bonus per romanized name found on both sides.
    pub name_weight: f64,
    /// Cost of leaving one unit unaligned.
    pub skip: f64,
    /// Extra cost per unit a bead has beyond 1-1 (1-2: one, 1-3: two).
    pub merge: f64,
    /// Extra cost when both sides have several units (2-2, 2-3).
    pub merge_both: f64,
    /// How much cheaper merging gets on the side with more units: the per-unit merge
    /// cost there drops by this times the log of the unit-count ratio (literary
    /// English splits a Chinese sentence far more often than news English does).
    pub merge_adapt: f64,
    /// Per-unit merge cost on each side for this document (set by `for_document`).
    merge_zh: f64,
    merge_en: f64,
}

impl Default for Model {
    fn default() -> Self {
        Model {
            length: LengthModel {
                ratio: 3.3,
                variance: 6.0,
            },
            ratio: 3.3,
            length_weight: 0.3,
            lexical_weight: 4.0,
            number_weight: 1.0,
            name_weight: 0.5,
            skip: 2.5,
            merge: 1.2,
            merge_both: 0.6,
            merge_adapt: 1.0,
            merge_zh: 1.2,
            merge_en: 1.2,
        }
    }
}

/// A bead's cost for the search and its score for the output.
pub struct Scored {
    pub cost: f64,
    pub score: f64,
}

/// Prior expectation of a word-overlap share where a bead has no lexicon words.
const OVERLAP_PRIOR: f64 = 0.25;
const OVERLAP_PRIOR_WEIGHT: f64 = 2.0;

impl Model {
    fn cost(&self, context: &dp::BeadContext, i0: usize, a: usize, j0: usize, b: usize) -> Scored {
        if a == 0 || b == 0 {
            return Scored {
                cost: self.skip * (a + b) as f64,
                score: 0.0,
            };
        }
        let (zh_len, en_len) = context.lengths(i0, a, j0, b);
        let length_p = self.length_probability(zh_len, en_len);
        let overlap = context.overlap(i0, a, j0, b);
        let lexical = (overlap.words_matched as f64 + OVERLAP_PRIOR * OVERLAP_PRIOR_WEIGHT)
            / (overlap.words_total as f64 + OVERLAP_PRIOR_WEIGHT);
        let merge = self.merge_zh * (a - 1) as f64
            + self.merge_en * (b - 1) as f64
            + if a > 1 && b > 1 { self.merge_both } else { 0.0 };
        let cost = merge - self.length_weight * length_p.max(1e-12).ln()
            + self.lexical_weight * (1.0 - lexical) * (a + b) as f64 / 2.0
            - self.number_weight * overlap.numbers_matched as f64 / 2.0
            - self.name_weight * overlap.names_matched as f64;
        Scored {
            cost,
            score: (0.5 * lexical + 0.5 * length_p).clamp(0.0, 1.0),
        }
    }

    /// Sets a weight by name (for tuning runs: `cargo bench --bench align -- --set skip=3`).
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), String> {
        let field = match name {
            "ratio" => &mut self.length.ratio,
            "variance" => &mut self.length.variance,
            "length_weight" => &mut self.length_weight,
            "lexical_weight" => &mut self.lexical_weight,
            "number_weight" => &mut self.number_weight,
            "name_weight" => &mut self.name_weight,
            "skip" => &mut self.skip,
            "merge" => &mut self.merge,
            "merge_both" => &mut self.merge_both,
            "merge_adapt" => &mut self.merge_adapt,
            _ => {
                return Err(format!(
                    "unknown model setting {name:?}: ratio, variance, length_weight, \
                     lexical_weight, number_weight, name_weight, skip, merge, merge_both or merge_adapt"
                ));
            }
        };
        *field = value;
        Ok(())
    }

    /// Two-sided tail probability of the length difference (Gale–Church's δ).
    fn length_probability(&self, zh_len: f64, en_len: f64) -> f64 {
        let expected = en_len / self.ratio;
        let spread = (self.length.variance * (zh_len + expected) / 2.0 + 1.0).sqrt();
        erfc((expected - zh_len).abs() / spread / std::f64::consts::SQRT_2)
    }

    /// The model for one document: its own length ratio, pulled toward the default
    /// by a pseudo-count so short documents stay sensible.
    pub fn for_document(&self, zh: &[ZhUnit], en: &[EnUnit]) -> Model {
        const PSEUDO_ZH_CHARS: f64 = 200.0;
        let zh_len: f64 = zh.iter().map(|u| u.len).sum();
        let en_len: f64 = en.iter().map(|u| u.len).sum();
        let ratio = (en_len + self.length.ratio * PSEUDO_ZH_CHARS) / (zh_len + PSEUDO_ZH_CHARS);
        // One unit of pseudo-count on each side keeps tiny documents near 1:1.
        let units = (en.len() as f64 + 1.0) / (zh.len() as f64 + 1.0);
        let cheaper = |more: f64| self.merge - self.merge_adapt * more.max(1.0).ln();
        Model {
            ratio,
            merge_zh: cheaper(1.0 / units).max(0.0),
            merge_en: cheaper(units).max(0.0),
            ..self.clone()
        }
    }
}

/// The complementary error function (Numerical Recipes' Chebyshev fit, error < 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87
                                        + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    if x >= 0.0 { r } else { 2.0 - r }
}

/// Which bead kinds a level allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Paragraph,
    Sentence,
}

impl Level {
    fn kinds(self) -> &'static [(usize, usize)] {
        match self {
            Level::Paragraph => &[(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2)],
            Level::Sentence => &[
                (1, 1),
                (1, 0),
                (0, 1),
                (1, 2),
                (2, 1),
                (2, 2),
                (1, 3),
                (3, 1),
                (1, 4),
                (2, 3),
            ],
        }
    }
}

/// One side of a document: paragraphs, each a list of sentences.
pub type Side = [Vec<String>];

/// A sentence-level (or paragraph-level) pair in document terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Paragraph indices on each side.
    pub zh_paragraphs: Range<usize>,
    pub en_paragraphs: Range<usize>,
    /// Sentence indices counted through the whole document, on each side.
    pub zh_sentences: Range<usize>,
    pub en_sentences: Range<usize>,
    pub score: f64,
}

impl Pair {
    /// The pair as a bead of sentence ids, as gold sets write them.
    pub fn sentence_ids(&self) -> beads::IdBead {
        (
            self.zh_sentences.clone().collect(),
            self.en_sentences.clone().collect(),
        )
    }

    pub fn kind(&self, level: Level) -> String {
        match level {
            Level::Paragraph => {
                format!("{}-{}", self.zh_paragraphs.len(), self.en_paragraphs.len())
            }
            Level::Sentence => format!("{}-{}", self.zh_sentences.len(), self.en_sentences.len()),
        }
    }
}

/// The aligner: a lexicon and a model.
#[derive(Clone)]
pub struct Aligner {
    lexicon: Arc<Lexicon>,
    pub model: Model,
}

impl Aligner {
    pub fn new(lexicon: Arc<Lexicon>) -> Aligner {
        Aligner {
            lexicon,
            model: Model::default(),
        }
    }

    /// Aligns units given as text (sentences or paragraphs) at one level.
    pub fn align_texts(&self, zh: &[&str], en: &[&str], level: Level) -> Vec<Bead> {
        let zh: Vec<ZhUnit> = zh.iter().map(|t| ZhUnit::new(t, &self.lexicon)).collect();
        let en: Vec<EnUnit> = en.iter().map(|t| EnUnit::new(t, &self.lexicon)).collect();
        let model = self.document_model(&zh, &en);
        dp::align(&zh, &en, &model, level.kinds())
    }

    fn document_model(&self, zh: &[ZhUnit], en: &[EnUnit]) -> Model {
        self.model.for_document(zh, en)
    }

    /// Aligns a document: paragraphs first (when either side has more than one),
    /// then sentences within each aligned paragraph group. At `Level::Paragraph`
    /// the paragraph beads are the result.
    pub fn align_document(&self, zh: &Side, en: &Side, level: Level) -> Vec<Pair> {
        let all_zh: Vec<ZhUnit> = zh
            .iter()
            .flatten()
            .map(|s| ZhUnit::new(s, &self.lexicon))
            .collect();
        let all_en: Vec<EnUnit> = en
            .iter()
            .flatten()
            .map(|s| EnUnit::new(s, &self.lexicon))
            .collect();
        let model = self.document_model(&all_zh, &all_en);
        let zh_starts = starts(zh);
        let en_starts = starts(en);

        let paragraph_beads = if zh.len() <= 1 && en.len() <= 1 && level == Level::Sentence {
            vec![Bead {
                zh: 0..zh.len(),
                en: 0..en.len(),
                score: 0.0,
            }]
        } else {
            let zh_paragraphs: Vec<ZhUnit> = zh_starts
                .windows(2)
                .map(|w| ZhUnit::join(&all_zh[w[0]..w[1]]))
                .collect();
            let en_paragraphs: Vec<EnUnit> = en_starts
                .windows(2)
                .map(|w| EnUnit::join(&all_en[w[0]..w[1]]))
                .collect();
            dp::align(
                &zh_paragraphs,
                &en_paragraphs,
                &model,
                Level::Paragraph.kinds(),
            )
        };

        let groups = if level == Level::Sentence {
            absorb_unaligned(paragraph_beads)
        } else {
            paragraph_beads
        };
        let mut pairs = Vec::new();
        for bead in groups {
            let zh_span = zh_starts[bead.zh.start]..zh_starts[bead.zh.end];
            let en_span = en_starts[bead.en.start]..en_starts[bead.en.end];
            if level == Level::Paragraph {
                pairs.push(Pair {
                    zh_paragraphs: bead.zh,
                    en_paragraphs: bead.en,
                    zh_sentences: zh_span,
                    en_sentences: en_span,
                    score: bead.score,
                });
                continue;
            }
            let sentence_beads = dp::align(
                &all_zh[zh_span.clone()],
                &all_en[en_span.clone()],
                &model,
                Level::Sentence.kinds(),
            );
            for s in sentence_beads {
                let zh_sentences = zh_span.start + s.zh.start..zh_span.start + s.zh.end;
                let en_sentences = en_span.start + s.en.start..en_span.start + s.en.end;
                pairs.push(Pair {
                    zh_paragraphs: paragraph_range(&zh_starts, &zh_sentences),
                    en_paragraphs: paragraph_range(&en_starts, &en_sentences),
                    zh_sentences,
                    en_sentences,
                    score: s.score,
                });
            }
        }
        pairs
    }
}

/// Joins each paragraph left unaligned to the group before it (or after it, at the
/// start), so the sentence search decides about its sentences: a paragraph that lost
/// a sentence in translation no longer matches in length, and skipping it whole
/// would lose the sentences that were translated.
fn absorb_unaligned(beads: Vec<Bead>) -> Vec<Bead> {
    let mut groups: Vec<Bead> = Vec::with_capacity(beads.len());
    let mut pending: Option<Bead> = None;
    for bead in beads {
        let unaligned = bead.zh.is_empty() || bead.en.is_empty();
        if let Some(last) = groups.last_mut().filter(|_| unaligned) {
            last.zh.end = bead.zh.end;
            last.en.end = bead.en.end;
            continue;
        }
        let mut bead = bead;
        if let Some(before) = pending.take() {
            bead.zh.start = before.zh.start;
            bead.en.start = before.en.start;
        }
        if unaligned {
            pending = Some(bead);
        } else {
            groups.push(bead);
        }
    }
    groups.extend(pending);
    groups
}

/// Index of each paragraph's first sentence, plus the total.
fn starts(side: &Side) -> Vec<usize> {
    let mut starts = vec![0];
    for p in side {
        starts.push(starts[starts.len() - 1] + p.len());
    }
    starts
}

/// The paragraphs sentences `sentences` lie in (empty at the right place when there
/// are none).
fn paragraph_range(starts: &[usize], sentences: &Range<usize>) -> Range<usize> {
    let paragraph_of = |s: usize| {
        starts
            .partition_point(|&start| start <= s)
            .saturating_sub(1)
    };
    if sentences.is_empty() {
        let at = starts.partition_point(|&start| start < sentences.start);
        return at..at;
    }
    paragraph_of(sentences.start)..paragraph_of(sentences.end - 1) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aligner() -> Aligner {
        Aligner::new(Lexicon::embedded().unwrap())
    }

    #[test]
    fn erfc_matches_known_values() {
        assert!((erfc(0.0) - 1.0).abs() < 1e-6);
        assert!((erfc(1.0) - 0.157_299_2).abs() < 1e-6);
        assert!((erfc(-1.0) - 1.842_700_8).abs() < 1e-6);
    }

    #[test]
    fn a_merged_sentence_becomes_a_two_to_one_bead() {
        let zh = [
            "中国经济去年增长了百分之五。",
            "政府说，明年的目标是4.5%。",
            "北京今天下雨。",
        ];
        let en = [
            "China's economy grew five percent last year.",
            "The government said next year's target is 4.5%, and that Beijing had rain today.",
        ];
        let beads = aligner().align_texts(&zh, &en, Level::Sentence);
        let kinds: Vec<String> = beads.iter().map(Bead::kind).collect();
        assert_eq!(kinds, ["1-1", "2-1"], "{beads:?}");
    }

    #[test]
    fn an_untranslated_sentence_is_left_out() {
        let zh = [
            "我们明天去上海。",
            "这是一个完全不相关的广告，请联系客服购买产品。",
            "天气很好。",
        ];
        let en = ["We are going to Shanghai tomorrow.", "The weather is good."];
        let beads = aligner().align_texts(&zh, &en, Level::Sentence);
        let kinds: Vec<String> = beads.iter().map(Bead::kind).collect();
        assert_eq!(kinds, ["1-1", "1-0", "1-1"], "{beads:?}");
    }

    #[test]
    fn empty_sides_give_only_skipped_units() {
        let beads = aligner().align_texts(&["一。", "二。"], &[], Level::Sentence);
        assert_eq!(beads.len(), 2);
        assert!(beads.iter().all(|b| b.en.is_empty()));
        assert!(aligner().align_texts(&[], &[], Level::Sentence).is_empty());
    }

    #[test]
    fn unaligned_paragraphs_join_their_neighbours() {
        let bead = |zh: Range<usize>, en: Range<usize>| Bead { zh, en, score: 0.0 };
        let groups = absorb_unaligned(vec![
            bead(0..1, 0..0),
            bead(1..2, 0..1),
            bead(2..2, 1..2),
            bead(2..3, 2..3),
        ]);
        assert_eq!(groups, vec![bead(0..2, 0..2), bead(2..3, 2..3)]);
        assert_eq!(
            absorb_unaligned(vec![bead(0..1, 0..0)]),
            vec![bead(0..1, 0..0)]
        );
    }

    #[test]
    fn paragraph_ranges_follow_sentences() {
        let starts = [0, 2, 5];
        assert_eq!(paragraph_range(&starts, &(1..3)), 0..2);
        assert_eq!(paragraph_range(&starts, &(2..2)), 1..1);
        assert_eq!(paragraph_range(&starts, &(4..5)), 1..2);
    }
}
