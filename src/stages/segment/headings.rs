//! Chinese numbered headings glued to their body (`一、总体要求 坚持…`, `第一章 总则`).

use super::lexicons::{Suffixes, simplified};
use crate::stages::{push_word_or_exception, sectioned_word_list};
use crate::text::is_cjk;

/// The words a heading's title ends with (data/segment/heading_titles_zh.txt): after
/// a list's number only such a title makes a heading.
#[derive(Debug, Default)]
pub(super) struct HeadingTitles {
    endings: Suffixes,
    /// Words that open a subject instead (`本`, `上述`).
    subject_starts: Vec<String>,
    /// Words that open or end a clause instead (`在`, `对`; `的`, `中`).
    clause_starts: Vec<String>,
    clause_endings: Vec<String>,
    /// Words that go on a clause, which no body opens with (`用于`, `应`).
    body_continuations: Vec<String>,
    /// Words that start with a body continuation but open a body (`由于`).
    body_openers: Vec<String>,
    /// What a `第…` marker numbers when it opens a heading (`章`, `回`).
    part_units: Vec<String>,
    /// Festivals and solar terms that date a source after its year (`重阳`).
    pub(super) date_names: Vec<String>,
    /// What names a span of an era in a source's date (`年间`, `末年`).
    pub(super) era_spans: Vec<String>,
    /// The kinds of an official document its title ends with (`通知`, `公示`), and
    /// the words its body opens with after no addressee (`根据`, `现将`).
    document_kinds: Vec<String>,
    document_openings: Vec<String>,
    /// Words that start with a document's opening but open a topic's clause
    /// (`为什么`, `经过`).
    topic_openings: Vec<String>,
    /// Words before a date that opens a document's body (`自`, `从`), and times
    /// that date it after one (`下周`).
    date_prepositions: Vec<String>,
    relative_dates: Vec<String>,
}

impl HeadingTitles {
    pub(super) fn parse(text: &str) -> Result<HeadingTitles, String> {
        let mut titles = HeadingTitles::default();
        for (section, word) in sectioned_word_list(text, "title endings") {
            match section {
                "title endings" => titles.endings.insert(word),
                "subject starts" => titles.subject_starts.push(word.to_string()),
                "clause starts" => titles.clause_starts.push(word.to_string()),
                "clause endings" => titles.clause_endings.push(word.to_string()),
                "body continuations" => push_word_or_exception(
                    word,
                    &mut titles.body_continuations,
                    &mut titles.body_openers,
                ),
                "part units" => titles.part_units.push(word.to_string()),
                "date names" => titles.date_names.push(word.to_string()),
                "era spans" => titles.era_spans.push(word.to_string()),
                "document kinds" => titles.document_kinds.push(word.to_string()),
                "date prepositions" => titles.date_prepositions.push(word.to_string()),
                "relative dates" => titles.relative_dates.push(word.to_string()),
                "document openings" => push_word_or_exception(
                    word,
                    &mut titles.document_openings,
                    &mut titles.topic_openings,
                ),
                _ => {
                    return Err(format!(
                        "unknown section [{section}] in heading_titles_zh.txt"
                    ));
                }
            }
        }
        Ok(titles)
    }

    /// `title` ends in a listed word.
    fn ends_in_title_word(&self, title: &str) -> bool {
        self.endings.longest_in(&simplified(title)) > 0
    }

    /// `title` and the `body` after it read as a heading and a sentence, not as a
    /// clause a stray space parted: the title is no clause and counts no list
    /// (`三、四季度`), and the body opens with no word that goes on a clause.
    fn parted(&self, title: &str, body: &str, chapter: bool) -> bool {
        let title = simplified(title);
        let body = simplified(body);
        // A Chinese numeral, not a year (`三、2025年工作安排`); after a chapter's
        // marker a word (`第一节 一般规定`).
        let counts = !chapter
            && title.starts_with(|c: char| !c.is_ascii_digit() && HEADING_NUMERALS.contains(c));
        // A listed noun may end like a clause (`目的`).
        let clause_ends = self
            .clause_endings
            .iter()
            .any(|w| title.ends_with(w.as_str()))
            && !self.ends_in_title_word(&title);
        !counts
            && !clause_ends
            && !self
                .clause_starts
                .iter()
                .any(|w| title.starts_with(w.as_str()))
            && (!self
                .body_continuations
                .iter()
                .any(|w| body.starts_with(w.as_str()))
                || self
                    .body_openers
                    .iter()
                    .any(|w| body.starts_with(w.as_str())))
    }

    /// `title`, after a list's number, reads as a heading's: it ends in a listed
    /// word, and is no subject (`本项目的建设内容`).
    fn head_list_item(&self, title: &str) -> bool {
        let simple = simplified(title);
        self.ends_in_title_word(title)
            && !simple.contains('的')
            && !self
                .subject_starts
                .iter()
                .any(|s| simple.starts_with(s.as_str()))
    }
}

/// A heading's marker at the start of a text.
struct Marker {
    /// Where it ends.
    end: usize,
    /// The fewest characters of its title.
    title_min: usize,
    /// A list's number (`1.`): a heading only before a listed title.
    listed_title: bool,
    /// A chapter's (`第三章`): a heading with no title too, before a sentence
    /// (`第三章 他醒来的时候，天已经亮了。`).
    chapter: bool,
}

/// Fewest and most characters of a numbered heading's title (`总体要求`): fewer
/// are more likely words that a stray space parted (`一、加强 领导。`), or a number
/// and its unit (`1.5 万人`). After a chapter's marker (`第一章 总则`) two will do.
const HEADING_TITLE_MIN: usize = 3;
/// A title of data/segment/heading_titles_zh.txt may be shorter (`背景`).
const LISTED_TITLE_MIN: usize = 2;
const CHAPTER_TITLE_MIN: usize = 2;
/// Fewest characters of each half of a classical chapter's couplet title.
const COUPLET_HALF_MIN: usize = 5;
const HEADING_TITLE_MAX: usize = 30;

/// Numerals of a heading's marker (`一、`, `12、`, `（三）`), and most of them.
/// (Formal numerals too, as Taiwan's documents number them: `貳、辦理方式`.)
pub(super) const HEADING_NUMERALS: &str =
    "0123456789一二三四五六七八九十０１２３４５６７８９壹贰貳叁參肆伍陆陸柒捌玖拾";
const HEADING_MARKER_NUMERALS: usize = 3;
/// A `第…` marker's numerals may count past a hundred (`第一百零五回`, `第五百零九条`).
pub(super) const ORDINAL_NUMERALS: &str =
    "0123456789一二三四五六七八九十百零〇两０１２３４５６７８９";
const ORDINAL_MARKER_NUMERALS: usize = 6;

/// The numbered heading's marker at the start of `text`: `一、`, `3、`, `（三）`, a
/// list's number (`1.`), and, set apart by a space, `第一章` and section numbers
/// (`2.3.1`).
fn heading_marker(text: &str, part_units: &[String]) -> Option<Marker> {
    // (Most sentences open on none of a marker's characters: say so at once.)
    let first = text.chars().next()?;
    let numeral = first.is_ascii_digit() || !first.is_ascii() && HEADING_NUMERALS.contains(first);
    if !(numeral || matches!(first, '第' | '（' | '(')) {
        return None;
    }
    let numerals = |from: usize| {
        let count = text[from..]
            .chars()
            .take_while(|&c| HEADING_NUMERALS.contains(c))
            .count();
        let len: usize = text[from..].chars().take(count).map(char::len_utf8).sum();
        (1..=HEADING_MARKER_NUMERALS)
            .contains(&count)
            .then_some(from + len)
    };
    let marker = |end: usize, title_min: usize| Marker {
        end,
        title_min,
        listed_title: false,
        chapter: false,
    };
    let spaced = |at: usize, title_min: usize| {
        text[at..]
            .starts_with(char::is_whitespace)
            .then_some(marker(at, title_min))
    };
    if let Some(rest) = text.strip_prefix('第') {
        let unit_on = rest.trim_start_matches(|c: char| ORDINAL_NUMERALS.contains(c));
        let count = rest[..rest.len() - unit_on.len()].chars().count();
        if !(1..=ORDINAL_MARKER_NUMERALS).contains(&count) {
            return None;
        }
        let after = text.len() - unit_on.len();
        let unit = part_units
            .iter()
            .find(|u| text[after..].starts_with(u.as_str()))?;
        return spaced(after + unit.len(), CHAPTER_TITLE_MIN).map(|marker| Marker {
            chapter: true,
            ..marker
        });
    }
    let bracketed = text.starts_with(['（', '(']);
    let from = if bracketed {
        text.chars().next()?.len_utf8()
    } else {
        0
    };
    let at = numerals(from)?;
    match text[at..].chars().next()? {
        closer @ ('）' | ')') if bracketed => {
            Some(marker(at + closer.len_utf8(), HEADING_TITLE_MIN))
        }
        '、' if !bracketed => Some(marker(at + '、'.len_utf8(), HEADING_TITLE_MIN)),
        // `2.3.1 数据来源`, or a number alone (`1. 项目概况`, `1.项目概况`; not a
        // decimal, `1.5 万人`, whose title would be a digit). A section's number of
        // two parts reads as a decimal too (`5.1 劳动节`): before a listed title only
        // (`3.2 技术路线`).
        '.' if !bracketed => section_number_end(text)
            .and_then(|end| spaced(end, HEADING_TITLE_MIN))
            .or_else(|| {
                let title = text[at + 1..].trim_start();
                let digits = text[from..at].bytes().all(|b| b.is_ascii_digit());
                (digits && title.starts_with(|c: char| !c.is_ascii_digit())).then_some(Marker {
                    listed_title: true,
                    ..marker(at + 1, HEADING_TITLE_MIN)
                })
            })
            .or_else(|| {
                let digits = text[at + 1..]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                let end = at + 1 + digits;
                let first = text[from..at].bytes().all(|b| b.is_ascii_digit());
                let han_title = text[end..].trim_start().starts_with(crate::text::is_han);
                (first && (1..=2).contains(&digits) && han_title)
                    .then(|| spaced(end, HEADING_TITLE_MIN))
                    .flatten()
                    .map(|marker| Marker {
                        listed_title: true,
                        ..marker
                    })
            }),
        _ => None,
    }
}

/// `text` is a numbered part alone: an ordinal and a unit of `[part units]`
/// (`第八章`), or a unit and its number (`卷十三`).
pub(super) fn is_part_number(text: &str, titles: &HeadingTitles) -> bool {
    let unit_first = titles.part_units.iter().any(|unit| {
        text.strip_prefix(unit.as_str()).is_some_and(|number| {
            (1..=ORDINAL_MARKER_NUMERALS).contains(&number.chars().count())
                && number.chars().all(|c| ORDINAL_NUMERALS.contains(c))
        })
    });
    unit_first || text.starts_with('第') && ends_with_part_number(text, titles)
}

/// `text` ends with a part's number (`第二章`, `第12回`): a quotation right after
/// it is that part's title (`在第二章“何以为家”一节中`), which the sentence goes on
/// past.
pub(super) fn ends_with_part_number(text: &str, titles: &HeadingTitles) -> bool {
    titles.part_units.iter().any(|unit| {
        text.strip_suffix(unit.as_str()).is_some_and(|before| {
            let stem = before.trim_end_matches(|c: char| ORDINAL_NUMERALS.contains(c));
            (1..=ORDINAL_MARKER_NUMERALS).contains(&before[stem.len()..].chars().count())
                && stem.ends_with('第')
        })
    })
}

/// The end of a section number opening `text`: a digit, then two or more parts of
/// one or two digits (`2.3.1`); not a decimal or a date (`1.5 万人`, `5.1 劳动节`,
/// `10.14`), which two parts (`1.1 背景`) cannot be told from.
fn section_number_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.first()?.is_ascii_digit() || bytes.get(1) != Some(&b'.') {
        return None;
    }
    let mut at = 1;
    let mut parts = 1;
    while bytes.get(at) == Some(&b'.') {
        let digits = bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(1..=2).contains(&digits) {
            return None;
        }
        at += 1 + digits;
        parts += 1;
    }
    (parts >= 3).then_some(at)
}

/// Where the body starts after a numbered heading that opens `text`, glued to it by
/// a space as a page's line break becomes when lines are joined (`一、总体要求
/// 坚持稳中求进。`, `第一章 总则 第一条 为了…`): a marker, a short title with no
/// punctuation, whitespace, then Chinese.
fn numbered_heading_body(text: &str, titles: &HeadingTitles) -> Option<usize> {
    let marker = heading_marker(text, &titles.part_units)?;
    let title_start =
        marker.end + (text[marker.end..].len() - text[marker.end..].trim_start().len());
    for (title, (at, c)) in text[title_start..].char_indices().enumerate() {
        if c.is_whitespace() {
            let mut body = text[title_start + at..].trim_start();
            let mut title_end = title_start + at;
            // A classical chapter's title is a couplet, two halves of one length
            // (`第三回 托内兄如海荐西宾 接外孙贾母惜孤女 却说…`); not a chapter's title
            // and an article (`第三章 法律责任 第二十条 违反…`).
            if marker.chapter && title >= COUPLET_HALF_MIN && !body.starts_with('第') {
                let half = body.chars().take_while(|&d| crate::text::is_han(d)).count();
                let half_len: usize = body.chars().take(half).map(char::len_utf8).sum();
                // (The couplet may end the line: `第三回 贾雨村夤缘复旧职 林黛玉抛父进京都`.)
                let rest = &body[half_len..];
                if half == title && (rest.is_empty() || rest.starts_with(char::is_whitespace)) {
                    title_end = text.len() - body.len() + half_len;
                    body = body[half_len..].trim_start();
                }
            }
            // The body opens in Chinese (a title or a quotation too: `《…法》`), with
            // a year, a count or a Latin word before it (`2023年，全区…`, `AI 技术的…`),
            // or with a heading of its own (`（一）加快…`).
            let after_latin = body
                .trim_start_matches(|d: char| d.is_ascii_alphanumeric())
                .trim_start_matches(' ');
            let starts_chinese = after_latin
                .chars()
                .next()
                .is_some_and(|d| crate::text::is_han(d) || matches!(d, '《' | '“' | '「'))
                || heading_marker(body, &titles.part_units).is_some();
            // A listed title may be short (`二、背景 政府…`), and after a list's
            // number it must be listed.
            let title_text = &text[title_start..title_end];
            let listed = || {
                if marker.listed_title {
                    titles.head_list_item(title_text)
                } else {
                    titles.ends_in_title_word(title_text)
                }
            };
            let titled = title <= HEADING_TITLE_MAX
                && titles.parted(title_text, body, marker.chapter)
                && if title >= marker.title_min {
                    !marker.listed_title || listed()
                } else {
                    title >= LISTED_TITLE_MIN && listed()
                };
            return (titled && starts_chinese).then_some(text.len() - body.len());
        }
        // Punctuation (`：`, `，`, `。`) means a sentence, not a title: the body, after
        // a chapter's marker alone.
        if title == HEADING_TITLE_MAX
            || c.is_ascii_punctuation()
            || (is_cjk(c) && !crate::text::is_han(c))
        {
            // (Not a sentence that lists the chapters: `第一章 介绍…，第二章 综述…`.)
            let body = &text[title_start..];
            let lists_chapters = body.match_indices('第').any(|(k, _)| {
                heading_marker(&body[k..], &titles.part_units).is_some_and(|m| m.chapter)
            });
            // (Or a quotation or a title: `第三章 “你终于来了。”老人说。`.)
            let opens_chinese = body
                .starts_with(|d: char| crate::text::is_han(d) || matches!(d, '“' | '「' | '《'));
            return (marker.chapter && opens_chinese && !lists_chapters).then_some(title_start);
        }
    }
    None
}

/// Where the body starts after an official document's title that opens `text`,
/// glued to it by a space (`关于2024年度拟录用公务员的公示 根据…`, `市政府办公室关于印发
/// 《…》的通知 各区人民政府：`): a title with `关于` in it and no stop nor comma, ending
/// in a kind of `[document kinds]`, then whitespace and a body that opens as a
/// document's does: with its addressee and a colon, a date or a count, or a word of
/// `[document openings]` (not a topic's clause, `关于那份通知 大家私下里议论了好几天`,
/// `关于退款流程的说明 在订单详情页的最下方`).
fn document_title_body(text: &str, titles: &HeadingTitles) -> Option<usize> {
    // (A title opens in Chinese and a space ends it: most paragraphs are read no
    // further.)
    let head = &text.as_bytes()[..text.len().min(DOCUMENT_TITLE_MAX * 3)];
    if !text.starts_with(crate::text::is_han) || memchr::memchr2(b' ', b'\t', head).is_none() {
        return None;
    }
    let title_end = text
        .char_indices()
        .take(DOCUMENT_TITLE_MAX + 1)
        .find(|&(_, c)| c.is_whitespace())?
        .0;
    // (Most paragraphs hold no `关于` there: read that first, in both scripts.)
    let raw = &text[..title_end];
    if !(raw.contains("关于") || raw.contains("關於")) {
        return None;
    }
    let title = simplified(raw);
    let plain = title.chars().all(|c| {
        !(c.is_ascii_punctuation() || is_cjk(c) && !crate::text::is_han(c))
            || matches!(c, '《' | '》' | '“' | '”' | '（' | '）' | '、' | '—')
    });
    let body = text[title_end..].trim_start();
    let titled = plain
        && title.contains("关于")
        && titles
            .document_kinds
            .iter()
            .any(|kind| title.ends_with(kind.as_str()));
    let addressed = body
        .chars()
        .take(ADDRESSEE_MAX + 1)
        .take_while(|&c| !matches!(c, '。' | '！' | '？' | '；'))
        .any(|c| c == '：');
    let opening: String = body.chars().take(DOCUMENT_OPENING_MAX).collect();
    let opening = simplified(&opening);
    // (Or with a date or a count: `…的通报 三季度，全市…`, `2024年，我市…`, `自3月1日
    // 起，…`.)
    let date = titles
        .date_prepositions
        .iter()
        .find_map(|word| opening.strip_prefix(word.as_str()));
    let dated = date
        .unwrap_or(&opening)
        .starts_with(|c: char| ORDINAL_NUMERALS.contains(c))
        || date.is_some_and(|date| {
            titles
                .relative_dates
                .iter()
                .any(|time| date.starts_with(time.as_str()))
        });
    let opens = addressed
        || dated
        || titles
            .document_openings
            .iter()
            .any(|word| opening.starts_with(word.as_str()))
            && !titles
                .topic_openings
                .iter()
                .any(|word| opening.starts_with(word.as_str()));
    (titled && opens && body.starts_with(|c: char| crate::text::is_han(c) || c.is_ascii_digit()))
        .then_some(text.len() - body.len())
}

/// Characters of the longest addressee read before its colon (`各区人民政府，市政府各委、
/// 办、局：`).
const ADDRESSEE_MAX: usize = 40;
/// Characters read at a body's opening: a date's preposition and a relative date
/// (`将于本周`), longer than any word of `[document openings]`.
const DOCUMENT_OPENING_MAX: usize = 4;

/// Characters of the longest official document's title read for its end.
const DOCUMENT_TITLE_MAX: usize = 60;

/// Splits numbered headings from the bodies glued to them: at the paragraph's
/// start, after a sentence (`…工作。（二）强化资金保障 市财政…`), or after another
/// heading (`四、保障措施 （一）加强组织领导 成立…`); and an official document's title
/// from its body at the paragraph's start.
pub(super) fn split_numbered_headings(
    text: &str,
    spans: &mut Vec<(usize, usize)>,
    titles: &HeadingTitles,
) {
    if let Some(&(0, end)) = spans.first()
        && let Some(at) = document_title_body(&text[..end], titles)
    {
        split_span(text, spans, 0, at);
    }
    let mut k = 0;
    while let Some(&(start, end)) = spans.get(k) {
        if let Some(at) = numbered_heading_body(&text[start..end], titles) {
            split_span(text, spans, k, at);
        }
        k += 1;
    }
}

/// Cuts `spans[k]` in two where its text's body starts, `at` bytes in: the
/// whitespace before goes with neither.
pub(super) fn split_span(text: &str, spans: &mut Vec<(usize, usize)>, k: usize, at: usize) {
    let (start, end) = spans[k];
    let head_end = start + text[start..start + at].trim_end().len();
    spans[k] = (start, head_end);
    spans.insert(k + 1, (start + at, end));
}
