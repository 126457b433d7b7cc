//! `join_lines`: joins a paragraph that a page break cut in the middle of a
//! sentence: a Latin-script line that ends without closing punctuation, followed by
//! one that continues it in lowercase (`... research institutions as the` /
//! `innovation branch of ...`). Each join is logged with both lines.

use serde::Deserialize;

use super::{Stage, StageSpec, option_names, parse_options};
use crate::document::Document;

const NAME: &str = "join_lines";

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "join a sentence broken across lines (ends mid-sentence, continues in lowercase)",
    options: option_names::<JoinLinesOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JoinLinesOptions {
    /// The first line must have at least this many words (a title does not continue).
    pub min_words: usize,
}

impl Default for JoinLinesOptions {
    fn default() -> Self {
        JoinLinesOptions { min_words: 5 }
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    Ok(Box::new(JoinLines {
        options: parse_options(table)?,
    }))
}

pub struct JoinLines {
    options: JoinLinesOptions,
}

impl JoinLines {
    fn continues(&self, first: &str, next: &str) -> bool {
        let ends_open = first
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_lowercase() || matches!(c, ',' | ';' | '-'));
        let starts_lower = next.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        ends_open && starts_lower && first.split_whitespace().count() >= self.options.min_words
    }
}

impl Stage for JoinLines {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let mut i = 0;
        while i + 1 < doc.paragraphs.len() {
            if !self.continues(&doc.paragraphs[i].text, &doc.paragraphs[i + 1].text) {
                i += 1;
                continue;
            }
            let next = doc.paragraphs.remove(i + 1);
            let original = format!("{}\n{}", doc.paragraphs[i].text, next.text);
            let joined = format!("{} {}", doc.paragraphs[i].text, next.text);
            doc.record_change(
                NAME,
                "broken-paragraph-joined",
                i,
                0,
                original,
                joined.clone(),
            );
            doc.paragraphs[i].text = joined;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Document {
        super::super::run_with_defaults(&SPEC, text)
    }

    #[test]
    fn a_sentence_cut_by_a_break_is_joined() {
        let doc = run(
            "It attracted such important research institutions as the\ninnovation branch of the academy.",
        );
        assert_eq!(
            doc.text(),
            "It attracted such important research institutions as the innovation branch of the academy."
        );
        assert_eq!(doc.edits[0].reason, "broken-paragraph-joined");
    }

    #[test]
    fn ends_and_titles_stay_apart() {
        for clean in [
            "The first paragraph ends here.\nthe second begins oddly.",
            "A short title\nand a line",
            "中文的一行\n另一行",
            "A line that ends with a number like 2019\nnext line starts lower",
        ] {
            assert_eq!(run(clean).text(), clean, "{clean}");
        }
    }
}
