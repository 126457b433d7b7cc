//! `align`: for a bilingual page (Chinese and English paragraphs, interleaved or in
//! blocks), splits the paragraphs by language, aligns them, and adds the pairs to the
//! output as `pairs` ({zh, en, bead, score, ...}). Put it after `langid` (its verdict
//! per paragraph is used) and `convert`; `qingxi align` does the same for document
//! pairs given as two files, a folder, or JSONL with `zh` and `en` fields.

use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::segment::{SegmentOptions, Segmenter};
use super::{Stage, StageSpec, option_names, parse_options};
use crate::align::sides::{PairFilter, PairTexts, SideText, paragraph_language};
use crate::align::{Aligner, Level, Lexicon};
use crate::document::Document;

const NAME: &str = "align";

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "split a bilingual page into its Chinese and English paragraphs and align them; adds `pairs`",
    options: option_names::<AlignOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct AlignOptions {
    /// `sentence` or `paragraph`.
    level: String,
    /// Keep 1-0 and 0-1 beads (text with no counterpart).
    keep_unaligned: bool,
    /// Drop pairs scoring below this (0–1).
    min_score: f64,
    /// A lexicon file (`WORD<TAB>english words`) added to the built-in CC-CEDICT one.
    lexicon: Option<PathBuf>,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            level: "sentence".into(),
            keep_unaligned: false,
            min_score: 0.0,
            lexicon: None,
        }
    }
}

/// Parses `sentence` or `paragraph`.
pub fn parse_level(name: &str) -> Result<Level, String> {
    match name {
        "sentence" => Ok(Level::Sentence),
        "paragraph" => Ok(Level::Paragraph),
        other => Err(format!(
            "unknown level {other:?}: `sentence` or `paragraph`"
        )),
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: AlignOptions = parse_options(table)?;
    let lexicon = match &options.lexicon {
        Some(path) => Arc::new(Lexicon::from_file(path, true)?),
        None => Lexicon::embedded()?,
    };
    Ok(Box::new(Align {
        aligner: Aligner::new(lexicon),
        segmenter: Segmenter::new(&SegmentOptions::default())?,
        level: parse_level(&options.level)?,
        filter: PairFilter {
            keep_unaligned: options.keep_unaligned,
            min_score: options.min_score,
        },
    }))
}

struct Align {
    aligner: Aligner,
    segmenter: Segmenter,
    level: Level,
    filter: PairFilter,
}

impl Stage for Align {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let side = |lang| {
            SideText::from_document(doc, &self.segmenter, |p| {
                paragraph_language(p) == Some(lang)
            })
        };
        let (zh, en) = (side("zh"), side("en"));
        let texts = PairTexts::new(&zh, &en);
        let pairs: Vec<Value> = self
            .aligner
            .align_document(&zh.paragraphs, &en.paragraphs, self.level)
            .iter()
            .filter(|pair| self.filter.keeps(pair))
            .map(|pair| {
                let fields: Map<String, Value> = texts
                    .fields(pair, self.level)
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect();
                Value::Object(fields)
            })
            .collect();
        doc.annotations.insert("pairs".into(), Value::from(pairs));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::run_with_defaults;

    #[test]
    fn an_interleaved_page_becomes_pairs() {
        let doc = run_with_defaults(
            &SPEC,
            "中国经济去年增长了百分之五。\nChina's economy grew five percent last year.\n\
             北京今天下雨。\nIt rained in Beijing today.",
        );
        let pairs = doc.annotations["pairs"].as_array().unwrap();
        assert_eq!(pairs.len(), 2, "{pairs:?}");
        assert_eq!(pairs[1]["zh"], "北京今天下雨。");
        assert_eq!(pairs[1]["en"], "It rained in Beijing today.");
        assert_eq!(pairs[0]["bead"], "1-1");
    }

    #[test]
    fn a_bad_level_is_refused() {
        let mut table = toml::Table::new();
        table.insert("level".into(), toml::Value::String("word".into()));
        assert!(build(table).err().unwrap().contains("paragraph"));
    }
}
