//! `boilerplate`: removes page furniture line by line: copyright lines, share-icon
//! rows (`f t g m`, `分享到 微信 微博`), image file names, a "related reading"
//! heading with the link list under it, empty bylines (`2022-05-11 0 By`), and
//! datelines (`2022-10-14 10:00 來源:人民網`), whose date and publisher move to the
//! metadata (`date`, `publisher`).
//!
//! Lines are judged by shape and a small phrase list (data/noise/boilerplate.txt):
//! a line is furniture only when it is short and, but for dates, numbers and
//! punctuation, made of furniture phrases. Furniture particular to one site
//! (`Visit Charity Shop`) shows by repetition across the site's pages instead.

use std::path::PathBuf;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::lexicon::{Lexicon, tagged_lines};
use super::{Stage, StageSpec, data_file, option_names, parse_options};
use crate::document::Document;

const NAME: &str = "boilerplate";
const PHRASES: &str = include_str!("../../data/noise/boilerplate.txt");

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "remove copyright lines, share icons, image file names, related-reading lists, \
              empty bylines and datelines (date and publisher go to the metadata)",
    options: option_names::<BoilerplateOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BoilerplateOptions {
    /// A file replacing data/noise/boilerplate.txt.
    pub phrases_file: Option<PathBuf>,
    /// Furniture lines are at most this many characters.
    pub max_line_chars: usize,
    /// Lines of a related-reading list are at most this many characters.
    pub max_link_chars: usize,
}

impl Default for BoilerplateOptions {
    fn default() -> Self {
        BoilerplateOptions {
            phrases_file: None,
            max_line_chars: 100,
            max_link_chars: 60,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Copyright,
    Related,
    Share,
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: BoilerplateOptions = parse_options(table)?;
    let text = data_file(PHRASES, options.phrases_file.as_deref())?;
    let mut entries = Vec::new();
    for (kind, phrase) in tagged_lines(&text) {
        let kind = match kind {
            "copyright" => Kind::Copyright,
            "related" => Kind::Related,
            "share" => Kind::Share,
            other => {
                return Err(format!(
                    "boilerplate kind `{other}` is not copyright, related or share"
                ));
            }
        };
        entries.push((phrase.to_string(), kind));
    }
    Ok(Box::new(Boilerplate {
        phrases: Lexicon::new(entries)?,
        options,
    }))
}

pub struct Boilerplate {
    phrases: Lexicon<Kind>,
    options: BoilerplateOptions,
}

const DATE: &str = r"(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)";
const TIME: &str = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?";

static IMAGE_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\p{L}\p{N}_\-. ()（）]{1,80}\.(?:png|jpe?g|gif|webp|bmp|svg|tiff?)$")
        .unwrap_or_else(|e| panic!("{e}"))
});
static EMPTY_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{DATE}(?:\s+{TIME})?(?:\s+\d+)*\s*(?:by|作者|编辑|編輯|记者|記者|责任编辑|責任編輯)\s*[:：]?$"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{DATE}(?:\s*{TIME})?\s*)?(?:(?:来源|來源|source|出处|出處)\s*[:：]\s*(?P<publisher>[^\s]{{1,30}}))?$"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});

/// Letters only, lowercased: what a furniture phrase list has to cover.
fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

impl Boilerplate {
    /// The kind of furniture `text` is, judged alone.
    fn line_kind(&self, text: &str) -> Option<Furniture> {
        // A character is at most four bytes: longer lines need no counting.
        if text.len() > self.options.max_line_chars * 4 {
            return None;
        }
        let chars = text.chars().count();
        if chars > self.options.max_line_chars {
            return None;
        }
        if IMAGE_FILE.is_match(text) {
            return Some(Furniture::plain("image-filename"));
        }
        if let Some(found) = EMPTY_BYLINE.captures(text) {
            let date = found.name("date").map(|d| normalize_date(d.as_str()));
            return Some(Furniture {
                reason: "empty-byline",
                date,
                publisher: None,
            });
        }
        if let Some(found) = DATELINE.captures(text) {
            let date = found.name("date").map(|d| normalize_date(d.as_str()));
            let publisher = found.name("publisher").map(|p| p.as_str().to_string());
            if date.is_some() || publisher.is_some() {
                return Some(Furniture {
                    reason: "dateline",
                    date,
                    publisher,
                });
            }
        }
        if is_icon_row(text) {
            return Some(Furniture::plain("share-icons"));
        }
        let hits: Vec<_> = self.phrases.find(text).collect();
        let first = hits.first()?;
        let covered: usize = hits.iter().map(|h| letters(&text[h.start..h.end])).sum();
        let all_furniture = covered * 10 >= letters(text) * 8;
        match first.tag {
            Kind::Copyright if is_copyright_line(text, first.start) => {
                Some(Furniture::plain("copyright"))
            }
            Kind::Related if all_furniture => Some(Furniture::plain("related-reading")),
            Kind::Share if all_furniture => Some(Furniture::plain("share-icons")),
            _ => None,
        }
    }
}

/// A furniture line: its reason code, and what it says of the page.
struct Furniture {
    reason: &'static str,
    date: Option<String>,
    publisher: Option<String>,
}

impl Furniture {
    fn plain(reason: &'static str) -> Self {
        Furniture {
            reason,
            date: None,
            publisher: None,
        }
    }
}

/// A copyright notice rather than prose about copyright: it carries a year or ©, and
/// opens with the notice or states the reservation of rights.
fn is_copyright_line(text: &str, first_phrase_at: usize) -> bool {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(?:19|20)\d{2}\b").unwrap_or_else(|e| panic!("{e}")));
    let lower = text.to_lowercase();
    let reserved = ["all rights reserved", "版权所有", "版權所有", "©"]
        .iter()
        .any(|phrase| lower.contains(phrase));
    (text.contains('©') || YEAR.is_match(text)) && (first_phrase_at == 0 || reserved)
}

/// A row of one- or two-letter tokens: share icons rendered as their letters.
fn is_icon_row(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    tokens.len() >= 3
        && tokens
            .iter()
            .all(|t| t.len() <= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
}

/// `2022年5月1日` and `2022/5/1` as `2022-05-01`.
fn normalize_date(date: &str) -> String {
    let parts: Vec<&str> = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [y, m, d] => format!("{y}-{m:0>2}-{d:0>2}"),
        _ => date.to_string(),
    }
}

/// A statement's end (quoted or not). Link titles can be questions or
/// exclamations, not statements.
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['”', '"', '」', '’', '\''])
        .ends_with(['。', '.'])
}

impl Stage for Boilerplate {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let mut reasons: Vec<Option<&'static str>> = vec![None; doc.paragraphs.len()];
        let mut in_related_list = false;
        for (i, paragraph) in doc.paragraphs.iter().enumerate() {
            let text = paragraph.text.trim();
            if in_related_list {
                let link =
                    text.chars().count() <= self.options.max_link_chars && !ends_sentence(text);
                if link {
                    reasons[i] = Some("related-reading");
                    continue;
                }
                in_related_list = false;
            }
            let Some(furniture) = self.line_kind(text) else {
                continue;
            };
            reasons[i] = Some(furniture.reason);
            in_related_list = furniture.reason == "related-reading";
            if let Some(date) = furniture.date {
                doc.annotations.entry("date").or_insert(date.into());
            }
            if let Some(publisher) = furniture.publisher {
                doc.annotations
                    .entry("publisher")
                    .or_insert(publisher.into());
            }
        }
        let mut reasons = reasons.into_iter();
        doc.remove_paragraphs_where(NAME, |_| reasons.next().flatten());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Document {
        super::super::run_with_defaults(&SPEC, text)
    }

    fn removed(doc: &Document) -> Vec<(&'static str, &str)> {
        doc.removals()
            .map(|e| (e.reason, e.text.as_str()))
            .collect()
    }

    #[test]
    fn each_kind_goes() {
        let doc = run(
            "© 2023 Example Daily. All rights reserved.\nTitle of the story\n2021-03-04 12 By\n\
             The story begins here.\nlogo_banner-2021.JPG\nl f w p\n延伸阅读：\n另一篇文章的标题\n第三篇文章标题",
        );
        assert_eq!(doc.text(), "Title of the story\nThe story begins here.");
        assert_eq!(doc.annotations["date"], "2021-03-04");
        let reasons: Vec<_> = removed(&doc).iter().map(|r| r.0).collect();
        assert_eq!(
            reasons,
            [
                "copyright",
                "empty-byline",
                "image-filename",
                "share-icons",
                "related-reading",
                "related-reading",
                "related-reading"
            ]
        );
    }

    #[test]
    fn datelines_move_to_the_metadata() {
        let doc = run("标题\n2021年3月4日 08:30 来源：新华网\n正文。");
        assert_eq!(doc.text(), "标题\n正文。");
        assert_eq!(doc.annotations["date"], "2021-03-04");
        assert_eq!(doc.annotations["publisher"], "新华网");
    }

    #[test]
    fn prose_mentioning_furniture_stays() {
        for clean in [
            "The company said all rights reserved by the original authors would be respected.",
            "He sued for copyright infringement and won.",
            "分享经济在过去五年快速发展，微信和微博成为主要的传播渠道。",
            "Related articles about the policy were published last week by several newspapers.",
            "2021年3月4日，国务院发布了新的政策文件。",
        ] {
            assert_eq!(run(clean).text(), clean, "{clean}");
        }
    }

    #[test]
    fn a_related_list_ends_at_prose() {
        let doc = run(
            "正文。\n相关阅读\n标题一\n标题二\n这是一段很长的正文内容，它以句号结尾，因此不是链接列表的一部分。",
        );
        assert_eq!(
            doc.text(),
            "正文。\n这是一段很长的正文内容，它以句号结尾，因此不是链接列表的一部分。"
        );
    }
}
