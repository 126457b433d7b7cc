//! From cleaned documents to the two sides an alignment needs, and from aligned pairs
//! to output records. Shared by `qingxi align` and the `align` stage.

use serde_json::{Value, json};

use super::{Level, Pair};
use crate::document::Document;
use crate::stages::segment::Segmenter;

/// One side of a document pair: paragraphs of sentences, and the input line each
/// paragraph came from.
#[derive(Debug, Clone, Default)]
pub struct SideText {
    pub paragraphs: Vec<Vec<String>>,
    pub origins: Vec<usize>,
}

impl SideText {
    /// The paragraphs of `doc` that `keep` accepts, split into sentences.
    pub fn from_document(
        doc: &Document,
        segmenter: &Segmenter,
        keep: impl Fn(&crate::document::Paragraph) -> bool,
    ) -> SideText {
        let mut side = SideText::default();
        for p in doc.paragraphs.iter().filter(|p| keep(p)) {
            let sentences: Vec<String> = segmenter
                .split(&p.text)
                .into_iter()
                .map(|(start, end)| p.text[start..end].to_string())
                .collect();
            if !sentences.is_empty() {
                side.paragraphs.push(sentences);
                side.origins.push(p.origin);
            }
        }
        side
    }

    /// Pre-segmented text: one sentence per line, blank lines between paragraphs.
    pub fn presegmented(text: &str) -> SideText {
        let mut side = SideText::default();
        let mut current = Vec::new();
        let mut origin = 0;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                if !current.is_empty() {
                    side.paragraphs.push(std::mem::take(&mut current));
                    side.origins.push(origin);
                }
                continue;
            }
            if current.is_empty() {
                origin = n;
            }
            current.push(line.to_string());
        }
        if !current.is_empty() {
            side.paragraphs.push(current);
            side.origins.push(origin);
        }
        side
    }

    pub fn sentence_count(&self) -> usize {
        self.paragraphs.iter().map(Vec::len).sum()
    }

    /// The sentences of the side, counted through the document.
    pub fn sentences(&self) -> impl Iterator<Item = &String> {
        self.paragraphs.iter().flatten()
    }
}

/// Whether a paragraph is Chinese or English, for splitting a bilingual page: the
/// `langid` stage's verdict where there is one, else whether Han characters make up
/// a good share of its letters.
pub fn paragraph_language(p: &crate::document::Paragraph) -> Option<&'static str> {
    match p.lang {
        Some("zh") => Some("zh"),
        Some("en") => Some("en"),
        Some(_) => None,
        None => {
            let han = p.text.chars().filter(|&c| crate::text::is_han(c)).count();
            let latin = p.text.chars().filter(char::is_ascii_alphabetic).count();
            match (han, latin) {
                (0, 0) => None,
                // A Chinese sentence with English names still has a Han character
                // for every few Latin letters.
                (h, l) if h * 4 >= l => Some("zh"),
                _ => Some("en"),
            }
        }
    }
}

/// Whether a pair goes to the output: 1-0 and 0-1 beads only when asked, and only
/// pairs scoring at least `min_score`.
#[derive(Debug, Clone, Copy)]
pub struct PairFilter {
    pub keep_unaligned: bool,
    pub min_score: f64,
}

impl PairFilter {
    pub fn keeps(&self, pair: &Pair) -> bool {
        let unaligned = pair.zh_sentences.is_empty() || pair.en_sentences.is_empty();
        if unaligned {
            self.keep_unaligned
        } else {
            pair.score >= self.min_score
        }
    }
}

/// Both sides' sentences indexed through the document, made once per document so
/// writing each pair costs only its own sentences.
pub struct PairTexts<'a> {
    zh: Vec<&'a str>,
    en: Vec<&'a str>,
}

impl<'a> PairTexts<'a> {
    pub fn new(zh: &'a SideText, en: &'a SideText) -> Self {
        PairTexts {
            zh: zh.sentences().map(String::as_str).collect(),
            en: en.sentences().map(String::as_str).collect(),
        }
    }

    /// The pair's Chinese text: its sentences joined directly.
    pub fn zh(&self, pair: &Pair) -> String {
        self.zh[pair.zh_sentences.clone()].concat()
    }

    /// The pair's English text: its sentences joined with a space.
    pub fn en(&self, pair: &Pair) -> String {
        self.en[pair.en_sentences.clone()].join(" ")
    }

    /// A pair as an output record (without the document id and pair index, which
    /// the caller adds first).
    pub fn fields(&self, pair: &Pair, level: Level) -> Vec<(&'static str, Value)> {
        let indices = |r: &std::ops::Range<usize>| Value::from(r.clone().collect::<Vec<_>>());
        vec![
            ("zh", json!(self.zh(pair))),
            ("en", json!(self.en(pair))),
            ("zh_paragraphs", indices(&pair.zh_paragraphs)),
            ("en_paragraphs", indices(&pair.en_paragraphs)),
            ("zh_sentences", indices(&pair.zh_sentences)),
            ("en_sentences", indices(&pair.en_sentences)),
            ("bead", json!(pair.kind(level))),
            ("score", json!((pair.score * 1000.0).round() / 1000.0)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presegmented_text_splits_paragraphs_at_blank_lines() {
        let side = SideText::presegmented("a\nb\n\n\nc\r\n");
        assert_eq!(side.paragraphs, vec![vec!["a", "b"], vec!["c"]]);
        assert_eq!(side.origins, [0, 4]);
        assert_eq!(side.sentence_count(), 3);
    }

    #[test]
    fn paragraphs_without_a_verdict_are_told_apart_by_their_letters() {
        let p = |text: &str| crate::document::Paragraph {
            text: text.into(),
            origin: 0,
            lang: None,
            script: None,
        };
        assert_eq!(
            paragraph_language(&p("苹果公司发布了iPhone 15。")),
            Some("zh")
        );
        assert_eq!(
            paragraph_language(&p("Apple released the iPhone 15.")),
            Some("en")
        );
        assert_eq!(paragraph_language(&p("2024 — 15")), None);
    }
}
