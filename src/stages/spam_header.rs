//! `spam_header`: removes keyword-stuffed lines that SEO attackers inject into pages
//! (`五月丁香五月丁香激情,一级亚洲精品视频在线,东京热av一区二区不卡,...`).
//!
//! Structure decides, a lexicon confirms: a line is a candidate only when it is a
//! list of short phrases joined by commas, spaces or bars, with no sentence inside
//! it (no `。！？`, no `. `); it is removed when it holds at least two spam terms,
//! or one when the line also stands out: in the page's first lines, or in
//! the other Chinese script than the page. A lexicon hit in prose never removes it.

use std::path::PathBuf;

use serde::Deserialize;

use super::lexicon::Lexicon;
use super::{Stage, StageSpec, data_file, option_names, parse_options, word_list};
use crate::document::{Document, Script};

const NAME: &str = "spam_header";
const SPAM_ZH: &str = include_str!("../../data/noise/spam_zh.txt");
const SPAM_EN: &str = include_str!("../../data/noise/spam_en.txt");

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "remove injected keyword-stuffed spam lines (structure decides, a lexicon confirms)",
    options: option_names::<SpamHeaderOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SpamHeaderOptions {
    /// Files replacing the embedded term lists (data/noise/spam_zh.txt, spam_en.txt).
    pub terms_files: Vec<PathBuf>,
    /// Terms added to the lists.
    pub extra_terms: Vec<String>,
    /// A candidate line has at least this many phrases ...
    pub min_phrases: usize,
    /// ... of at most this many characters on average.
    pub max_mean_phrase_chars: usize,
    /// Lines this close to the top of the page count as headers.
    pub header_lines: usize,
}

impl Default for SpamHeaderOptions {
    fn default() -> Self {
        SpamHeaderOptions {
            terms_files: Vec::new(),
            extra_terms: Vec::new(),
            min_phrases: 3,
            max_mean_phrase_chars: 16,
            header_lines: 3,
        }
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: SpamHeaderOptions = parse_options(table)?;
    let mut lists = Vec::new();
    if options.terms_files.is_empty() {
        lists.push(SPAM_ZH.to_string());
        lists.push(SPAM_EN.to_string());
    }
    for path in &options.terms_files {
        lists.push(data_file("", Some(path))?);
    }
    let terms = lists
        .iter()
        .flat_map(|list| word_list(list).map(str::to_string))
        .chain(options.extra_terms.iter().cloned())
        .map(|term| (term, ()));
    Ok(Box::new(SpamHeader {
        terms: Lexicon::new(terms)?,
        options,
    }))
}

pub struct SpamHeader {
    terms: Lexicon<()>,
    options: SpamHeaderOptions,
}

/// Characters that join the phrases of a keyword-stuffed line.
fn is_phrase_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '，' | '、' | '|' | '｜' | '/' | ';' | '；' | '·' | '•' | '_' | '-' | '—'
        )
}

fn has_sentence(text: &str) -> bool {
    text.contains(['。', '！', '？']) || text.contains(". ") || text.ends_with(['.', '!', '?'])
}

impl SpamHeader {
    /// How many spam terms `text` holds, when the line has the shape of a keyword
    /// list; `None` when it does not.
    fn stuffed_hits(&self, text: &str) -> Option<usize> {
        if has_sentence(text) {
            return None;
        }
        let phrases: Vec<&str> = text
            .split(is_phrase_separator)
            .filter(|p| !p.is_empty())
            .collect();
        let chars: usize = phrases.iter().map(|p| p.chars().count()).sum();
        if phrases.len() < self.options.min_phrases
            || chars > self.options.max_mean_phrase_chars * phrases.len()
        {
            return None;
        }
        // Terms are counted over the whole line: English ones span the spaces that
        // also separate phrases (`hot girls, payday loans`).
        Some(self.terms.find(text).count())
    }
}

impl Stage for SpamHeader {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let doc_script = doc.script;
        let header_lines = self.options.header_lines;
        let mut position = 0;
        doc.remove_paragraphs_where(NAME, |p| {
            position += 1;
            let hits = self.stuffed_hits(&p.text)?;
            let other_script = matches!(
                (p.script, doc_script),
                (Some(Script::Simplified), Some(Script::Traditional))
                    | (Some(Script::Traditional), Some(Script::Simplified))
            );
            let stands_out = position <= header_lines || other_script;
            (hits >= 2 || (hits == 1 && stands_out)).then_some("spam-header")
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Document {
        super::super::run_with_defaults(&SPEC, text)
    }

    #[test]
    fn keyword_stuffed_lines_go() {
        let doc =
            run("丁香花园情色 激情视频,一级毛片在线,欧美精品一区二区,免费观看午夜\n正文第一段。");
        assert_eq!(doc.text(), "正文第一段。");
        assert_eq!(doc.edits[0].reason, "spam-header");
        let doc = run(
            "Intro line.\nfree porn videos | online casino bonus | cheap viagra pills | hot girls\nBody.",
        );
        assert_eq!(doc.text(), "Intro line.\nBody.");
    }

    #[test]
    fn prose_and_plain_lists_stay() {
        for clean in [
            "国产精品牌在国际市场上的份额持续增长，企业在线观看直播带货的比例也在提高。",
            "Online casino regulation was debated in parliament on Tuesday, officials said.",
            "苹果,香蕉,橘子,葡萄,西瓜",
            "科技,创新,人才,产业,生态",
        ] {
            assert_eq!(run(clean).text(), clean, "{clean}");
        }
    }

    #[test]
    fn one_hit_needs_the_line_to_stand_out() {
        let body = "\n正文第一段。\n正文第二段。\n正文第三段。\n";
        let top = format!("杭州,西湖,亚洲精品,龙井{body}");
        assert!(!run(&top).text().contains("西湖"));
        let buried = format!("正文开头。\n正文。\n正文。\n正文。{body}杭州,西湖,亚洲精品,龙井");
        assert!(run(&buried).text().contains("西湖"));
    }
}
