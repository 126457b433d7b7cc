//! `segment`: sentences of Chinese, English and mixed paragraphs, as byte spans that
//! cover the paragraph in order with only whitespace between them (lossless).
//!
//! Chinese: a sentence ends after `。！？` (and `!?` beside Chinese), or an ellipsis
//! (`……`) before a new sentence, with the closing quotes and brackets that follow it
//! (`。”`, `！」`, `？）`); inside a quotation that goes on, it does not. `；` ends
//! one only with `semicolon_ends_sentence`. English and other alphabets: `.!?` and
//! ellipses end a sentence before whitespace and what opens one (a capital, a quote,
//! `¿`, a digit), unless the period closes an abbreviation (data/segment/
//! abbreviations_<language>.txt, English where the language has none) or an initial;
//! after the abbreviations that can also end a sentence (`Co.`, `U.S.`), a pronoun
//! or another sentence opener decides. A quotation's attribution (`!" Hammel
//! added.`, `。”他说。`) stays with it. Numbered and lettered list items are
//! sentences of their own. Glued sentences that scraping leaves (`jump.Since`) are
//! split where the period sits between a lowercase word and a capitalised one,
//! outside dotted names (`Node.js`, `ASP.NET`, `Mr.Smith`). A heading glued to the
//! body that opens a paragraph (`一、总体要求 坚持…`, an English headline:
//! headline.rs) is a sentence of its own.
//!
//! This file scans a paragraph for stops and decides at each; the decisions read
//! lexicons.rs (the data files), words.rs (abbreviations and openers around a
//! period), glued.rs, quotes.rs (quotations and attributions), lists.rs,
//! headings.rs, headline.rs and dateline.rs (glued headings), and chars.rs.

use std::cell::OnceCell;
use std::path::PathBuf;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::{Stage, StageSpec, data_file, option_names, parse_options};
use crate::document::Document;
use crate::text::is_cjk;
use headline::Headlines;

mod chars;
mod dateline;
mod ends;
mod glued;
mod headings;
mod headline;
mod lexicons;
mod lists;
mod quotes;
#[cfg(test)]
mod tests;
mod words;

use chars::{
    arabic_follows, face_len, is_arabic, is_armenian, is_bullet_symbol, is_cjk_end, is_closer,
    is_emoji, is_greek, is_other_end, is_stop,
};
use dateline::Datelines;
use headings::{
    HEADING_NUMERALS, HeadingTitles, ORDINAL_NUMERALS, ends_with_part_number, is_part_number,
    split_numbered_headings, split_span,
};
use lexicons::{Continuations, ReportingVerbs, Rules};
use lists::{ends_in_abbreviation, list_item_follows};
use quotes::{Quotes, broken_off_quotation, opens_quotation, quotation_goes_on};
use words::opener_after_ellipsis;

const NAME: &str = "segment";
const ENGLISH: &str = include_str!("../../../data/segment/abbreviations_en.txt");
/// The other languages' abbreviations and sentence openers, by ISO 639-1 code.
const LANGUAGES: &[(&str, &str)] = &[
    (
        "ar",
        include_str!("../../../data/segment/abbreviations_ar.txt"),
    ),
    (
        "bg",
        include_str!("../../../data/segment/abbreviations_bg.txt"),
    ),
    (
        "cs",
        include_str!("../../../data/segment/abbreviations_cs.txt"),
    ),
    (
        "da",
        include_str!("../../../data/segment/abbreviations_da.txt"),
    ),
    (
        "de",
        include_str!("../../../data/segment/abbreviations_de.txt"),
    ),
    (
        "el",
        include_str!("../../../data/segment/abbreviations_el.txt"),
    ),
    (
        "es",
        include_str!("../../../data/segment/abbreviations_es.txt"),
    ),
    (
        "fr",
        include_str!("../../../data/segment/abbreviations_fr.txt"),
    ),
    (
        "it",
        include_str!("../../../data/segment/abbreviations_it.txt"),
    ),
    (
        "kk",
        include_str!("../../../data/segment/abbreviations_kk.txt"),
    ),
    (
        "nl",
        include_str!("../../../data/segment/abbreviations_nl.txt"),
    ),
    (
        "pl",
        include_str!("../../../data/segment/abbreviations_pl.txt"),
    ),
    (
        "ru",
        include_str!("../../../data/segment/abbreviations_ru.txt"),
    ),
    (
        "sk",
        include_str!("../../../data/segment/abbreviations_sk.txt"),
    ),
];

const REPORTING_VERBS: &str = include_str!("../../../data/segment/reporting_verbs.txt");
const CONTINUATIONS_ZH: &str = include_str!("../../../data/segment/continuations_zh.txt");
const HEADLINES_EN: &str = include_str!("../../../data/segment/headlines_en.txt");
const HEADING_TITLES_ZH: &str = include_str!("../../../data/segment/heading_titles_zh.txt");
const DATELINES: &str = include_str!("../../../data/segment/datelines.txt");

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "split paragraphs into sentences (Chinese, English, mixed); adds `sentences` to the output",
    options: option_names::<SegmentOptions>,
    build,
};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SegmentOptions {
    /// `；` ends a sentence.
    pub semicolon_ends_sentence: bool,
    /// A file replacing data/segment/abbreviations_en.txt (same format).
    pub abbreviations_file: Option<PathBuf>,
    /// Leave an English headline glued to its body (`… in Indonesia At least 384
    /// people …`), or a headline and byline glued before a news dateline, in one
    /// sentence.
    pub keep_glued_headlines: bool,
    /// A file replacing data/segment/headlines_en.txt (same format).
    pub headlines_file: Option<PathBuf>,
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: SegmentOptions = parse_options(table)?;
    Ok(Box::new(Segment {
        segmenter: Segmenter::new(&options)?,
    }))
}

pub struct Segment {
    segmenter: Segmenter,
}

impl Stage for Segment {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        doc.sentences = doc
            .paragraphs
            .iter()
            .map(|p| self.segmenter.split_in(&p.text, p.lang.or(doc.lang)))
            .collect();
    }
}

/// Most words of an Arabic heading that a colon ends.
const ARABIC_HEADING_WORDS: usize = 12;

/// Before the period at `i`, a time, a percentage, a date, a phone or an order
/// number (`14:00.`, `5%.`, `2024.6.15.`, `010-12345678.`, `20240615001.`): it
/// ends a Chinese clause, as a short number may not (`1.请`, `注意事项1.不要迟到`,
/// `图1.系统架构`), nor a section's (`2.1.1.数据来源`).
fn number_before_chinese(chars: &[(usize, char)], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|&(_, e)| !(e.is_ascii_digit() || matches!(e, ':' | '%' | ',' | '.' | '-')))
        .map_or(0, |k| k + 1);
    // From its first digit: `:1.` in `如下:1.请` is a list's number.
    let token = &chars[start..i];
    let token = &token[token
        .iter()
        .position(|&(_, e)| e.is_ascii_digit())
        .unwrap_or(token.len())..];
    let dots = token.iter().filter(|&&(_, e)| e == '.').count();
    let leading = token
        .iter()
        .take_while(|&&(_, e)| e.is_ascii_digit())
        .count();
    let long = leading >= 5 || (leading >= 3 && token.iter().any(|&(_, e)| e == '-'));
    // A decimal of two places or more is no section's number (`$9.99.太便宜`,
    // `3.14159.这是`; but `图1.1.系统`).
    let places = token
        .iter()
        .rev()
        .take_while(|&&(_, e)| e.is_ascii_digit())
        .count();
    let decimal = dots == 1 && places >= 2 && leading < token.len();
    // A version glued to its name (`v3.1.2.旧版本`, `Win10.请`), or after it with
    // its parts (`macOS 14.5.另外`; not a list's number, `下载App 2.注册`, `Gen
    // 3.电池`); not a section's letter (`A.1.3.请`).
    let named = match chars[..start] {
        [.., (_, name), (_, ' ')] => name.is_ascii_alphabetic() && dots > 0,
        [.., (_, name)] => name.is_ascii_alphabetic(),
        [] => false,
    };
    // (A step's label is none: a capital and its number after a colon, a semicolon
    // or the start, `步骤：S1.将…；S2.在…`.)
    let step_label = dots == 0
        && leading <= 2
        && start >= 1
        && chars[start - 1].1.is_ascii_uppercase()
        && (start == 1 || matches!(chars[start - 2].1, '：' | '；' | ':' | ';' | ' '));
    let version = chars[start..]
        .first()
        .is_some_and(|&(_, e)| e.is_ascii_digit())
        && named
        && !step_label;
    !token.is_empty()
        && ((dots >= 2 && leading == 4)
            || long
            || decimal
            || version
            || token.iter().any(|&(_, e)| matches!(e, ':' | '%')))
}

/// Bytes that may start a character the scan must look at: ASCII terminators,
/// brackets and quotes, `;` and `:` (the Greek question mark and the Armenian full
/// stop as typed), `~` (a lilt that may end a Chinese clause), and the lead bytes
/// of the other scripts' stops and of the two- and three-byte forms
/// (`。！？…“”„「」（）«»`, `।`, `።`).
static MAY_MATTER: [bool; 256] = {
    let mut table = [false; 256];
    let interesting = [
        b'.', b'!', b'?', b'(', b')', b'[', b']', b'"', b';', b':', b'~', 0xC2, 0xD6, 0xD8, 0xDB,
        0xE0, 0xE1, 0xE2, 0xE3, 0xEF, 0xF0,
    ];
    let mut k = 0;
    while k < interesting.len() {
        table[interesting[k] as usize] = true;
        k += 1;
    }
    table
};

thread_local! {
    /// The characters around a stop, decoded: one buffer a thread, kept from
    /// paragraph to paragraph.
    static WINDOW: std::cell::Cell<Vec<(usize, char)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Characters before a terminator that its decision may read (the word before, a
/// dotted name), and bytes after it (the next word, a dotted name, an attribution:
/// 192 bytes hold an English one of a dozen words, `Mayor Brandon Johnson shouted
/// as the crowd pressed toward the stage`, and a Chinese one of 64 characters).
const CONTEXT_BEFORE: usize = 32;
const CONTEXT_AFTER_BYTES: usize = 192;

/// Longest reference mark's inside (`[citation needed]`), in bytes and words.
const REFERENCE_MARK_BYTES: usize = 24;
const REFERENCE_MARK_WORDS: usize = 3;
/// Most footnote numbers read after one period (`.11 12`).
const FOOTNOTE_NUMBERS: usize = 4;

/// Makes `window` the characters of `text[from..to]` with their offsets. Both ends
/// only move forward through a paragraph, and stops lie a few words apart, so the
/// characters the last window shares with this one are kept, not decoded again.
fn slide_window(window: &mut Vec<(usize, char)>, text: &str, from: usize, to: usize) {
    let decoded_to = window.last().map_or(0, |&(at, c)| at + c.len_utf8());
    let shared_from = window.first().is_some_and(|&(at, _)| at <= from) && from < decoded_to;
    if shared_from && decoded_to <= to {
        let stale = window.partition_point(|&(at, _)| at < from);
        window.drain(..stale);
        decode_into(window, text, decoded_to, to);
    } else {
        window.clear();
        decode_into(window, text, from, to);
    }
}

/// Appends the characters of `text[from..to]` with their offsets. ASCII text, as
/// English windows mostly are, is taken byte by byte through an iterator of known
/// length, which `extend` fills without a check a character.
fn decode_into(window: &mut Vec<(usize, char)>, text: &str, from: usize, to: usize) {
    let new = &text[from..to];
    if new.is_ascii() {
        window.extend(
            new.bytes()
                .enumerate()
                .map(|(at, b)| (from + at, char::from(b))),
        );
    } else {
        window.extend(new.char_indices().map(|(at, c)| (from + at, c)));
    }
}

/// What a terminator's decision reads: the language's rules, the characters around
/// it (`chars[i..j]` the terminator run and what closes its sentence, `chars[i..
/// closers_end]` the run and its closers, before emoji and emoticons), the
/// terminator it stands for, the quotation and bracket depths after it and the
/// sentence so far.
struct Decision<'a> {
    rules: &'a Rules,
    chars: &'a [(usize, char)],
    i: usize,
    j: usize,
    closers_end: usize,
    stop: char,
    depth: i32,
    /// Open brackets and quotations that hold their sentence ends.
    brackets: i32,
    /// Inside a quotation opened in Chinese text.
    in_chinese: bool,
    /// The quotation that closed here was the object of a word before it.
    object: bool,
    /// The quotation that closed here opened after Latin text.
    after_latin: bool,
    /// The quotation that closed here was introduced by a colon.
    after_colon: bool,
    /// The quotation that closed here opened right after a Chinese word.
    after_word: bool,
    sentence: &'a str,
    /// The sentence so far opens the paragraph.
    opens_paragraph: bool,
    /// The paragraph holds a Chinese list's mark `、` (looked up once, at the first
    /// Chinese ellipsis: a sentence without one lists nothing).
    enumerates: &'a OnceCell<bool>,
    paragraph: &'a str,
}

impl Decision<'_> {
    /// The sentence so far may hold a Chinese list (`苹果、香蕉`).
    fn may_list(&self) -> bool {
        *self
            .enumerates
            .get_or_init(|| self.paragraph.contains('、'))
    }
}

pub struct Segmenter {
    /// English, with the other scripts' abbreviations: for paragraphs in a language
    /// without a list of its own, or of no known language.
    default: Rules,
    languages: FxHashMap<&'static str, Rules>,
    verbs: ReportingVerbs,
    continuations: Continuations,
    heading_titles: HeadingTitles,
    datelines: Datelines,
    /// English headlines glued to the body; `None` leaves them.
    headlines: Option<Headlines>,
    semicolon: bool,
}

/// The length of the reference marks that open `rest`: bracketed numbers, ranges of
/// them, letters or a few words, one after another (`[2][3]`, `[2-3]`, `[a]`,
/// `[citation needed]`).
fn reference_marks_len(rest: &str) -> usize {
    let mut len = 0;
    while let Some(mark) = rest[len..].strip_prefix('[') {
        // (Read a mark's length only: an unclosed `[` is no mark.)
        let Some(close) = mark
            .bytes()
            .take(REFERENCE_MARK_BYTES + 1)
            .position(|b| b == b']')
        else {
            break;
        };
        let inside = &mark[..close];
        let words = inside.split(' ').count();
        if inside.is_empty()
            || close > REFERENCE_MARK_BYTES
            || words > REFERENCE_MARK_WORDS
            || !inside
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '–' | ','))
        {
            break;
        }
        len += close + 2;
    }
    len
}

/// `rest` past the spaces that open it (ASCII, ideographic or any other but a
/// line's end), if one does.
fn after_spaces(rest: &str) -> Option<&str> {
    // (One ASCII space is the common case: read no further.)
    let spaced = |c: char| c.is_whitespace() && c != '\n';
    match rest.as_bytes() {
        [b' ', next, ..] if next.is_ascii_graphic() => Some(&rest[1..]),
        _ if rest.starts_with(spaced) => Some(rest.trim_start_matches(spaced)),
        _ => None,
    }
}

/// `marks` are reference marks that number notes (`[7]`, `[7][8]`, `[a]`, `[note
/// 3]`, `[注2]`), not a bracketed word (`[Editor's note: …]`, `[sic]`).
fn numbered_marks(marks: &str) -> bool {
    marks
        .split_terminator(']')
        .all(|mark| match mark.strip_prefix('[') {
            Some(inside) => {
                let number = inside
                    .strip_prefix("note ")
                    .or_else(|| inside.strip_prefix('注'))
                    .unwrap_or(inside);
                number.starts_with(|c: char| c.is_ascii_digit())
                    && number
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ','))
                    || inside.len() == 1 && inside.bytes().all(|b| b.is_ascii_lowercase())
            }
            None => false,
        })
}

/// The length of the exercise's score in brackets that opens `rest` (`（60分）`,
/// `(每小题4分，共12分)`); zero when none does.
fn score_len(rest: &str) -> usize {
    let Some(inside) = rest.strip_prefix(['（', '(']) else {
        return 0;
    };
    let Some(close) = inside.find(['）', ')']) else {
        return 0;
    };
    let score = &inside[..close];
    let counted = score.contains(|c: char| c.is_ascii_digit() || HEADING_NUMERALS.contains(c));
    if score.ends_with(SCORE_UNIT) && counted && score.chars().count() <= SCORE_CHARS {
        let opening = rest.chars().next().map_or(0, char::len_utf8);
        let closing = inside[close..].chars().next().map_or(0, char::len_utf8);
        opening + close + closing
    } else {
        0
    }
}

/// The unit of an exercise's score, and characters of the longest score in brackets
/// (`每小题4分，共12分`).
const SCORE_UNIT: char = '分';
const SCORE_CHARS: usize = 16;

/// A footnote's number may follow a period after `before`: a closing bracket, or a
/// word of three letters or more that is no abbreviation (not `fig.1`, `no.1`).
fn footnote_may_follow(before: &str, rules: &Rules) -> bool {
    let word = &before[before
        .trim_end_matches(|c: char| c.is_ascii_lowercase())
        .len()..];
    before.ends_with(')') || (word.len() >= 3 && !ends_in_abbreviation(before, rules))
}

/// The length of the footnote numbers that open `rest` (`11 12`, `3,4`): numbers of
/// one to three digits, then a space and a capital. Zero when there are none.
fn footnote_numbers_len(rest: &str) -> usize {
    let mut len = 0;
    for _ in 0..FOOTNOTE_NUMBERS {
        let digits = rest[len..].bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            return 0;
        }
        len += digits;
        let mut after = rest[len..].chars();
        match (after.next(), after.next()) {
            (Some(',' | ' '), Some(d)) if d.is_ascii_digit() => len += 1,
            (Some(space), Some(capital)) if space.is_whitespace() && capital.is_uppercase() => {
                return len;
            }
            _ => return 0,
        }
    }
    0
}

/// The length of the source that a Chinese dash gives after a stop, up to a space,
/// a stop (taken too) or the paragraph's end, or a short bracket gives: it belongs
/// to the sentence it follows
/// (`知识就是力量。——培根 这句话…`, `…照汗青。——文天祥《过零丁洋》`), unless that
/// sentence is a line of dialogue opened by a dash (`——你去哪儿？——回家。`).
fn source_len(
    stop: char,
    sentence: &str,
    quoted: bool,
    rest: &str,
    titles: &HeadingTitles,
) -> usize {
    if !(is_cjk_end(stop) || matches!(stop, '!' | '?')) {
        return 0;
    }
    // So does a short bracket glued to a quotation with no stop inside: a source or
    // the audience's response (`“…！”（掌声）`, `。”（据新华社）`, `？”（《论语·学而》）`);
    // not a news story's end mark (`（完）`). (After a bare stop a credit is a unit
    // of its own: `。（记者 王明）`.)
    if let Some((inside, _)) = rest
        .strip_prefix('（')
        .and_then(|r| r.split_once('）'))
        .filter(|_| quoted)
    {
        let short = inside.chars().count() <= SOURCE_CHARS;
        let stopless = !inside.contains(is_stop);
        // (Nor a list's next marker: `（1）“…。”（2）“…。”`.)
        let marker = inside
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || HEADING_NUMERALS.contains(c));
        return if short && stopless && !marker && inside != "完" {
            '（'.len_utf8() + inside.len() + '）'.len_utf8()
        } else {
            0
        };
    }
    let Some(source) = rest.strip_prefix("——") else {
        return 0;
    };
    if sentence.trim_start().starts_with("——") {
        return 0;
    }
    let Some((at, end)) = source
        .char_indices()
        .take(SOURCE_CHARS + 1)
        .find(|&(_, c)| c.is_whitespace() || is_cjk_end(c))
        .or((source.chars().count() <= SOURCE_CHARS).then_some((source.len(), ' ')))
    else {
        return 0;
    };
    // Before a stop only a name is a source (`——培根。`, `——让-雅克·卢梭。`,
    // `——弗朗西斯·培根（1597年）。`); a clause is a sentence (`。——这是爷爷常说的一句
    // 话。`).
    if at == 0 || (is_cjk_end(end) && !source_name(&source[..at], titles)) {
        return 0;
    }
    let stop_after = if is_cjk_end(end) { end.len_utf8() } else { 0 };
    "——".len() + at + stop_after
}

/// `source` is a name, maybe with a year in brackets after it or a work and a date
/// after commas: a few Han characters, or a transliterated name's parts between
/// separators (`让-雅克·卢梭`, `马丁·路德·金，1963年8月28日`, `孔子《论语·为政》`,
/// `托马斯·杰斐逊，《独立宣言》，1776年`).
fn source_name(source: &str, titles: &HeadingTitles) -> bool {
    let mut parts = source.split('，');
    let name = parts.next().unwrap_or_default();
    // (An era may open a date, `公元前47年`, or a reign's name one in Chinese
    // numerals, `贞观十七年`; `约` may say it is near, `约公元前512年`; and a numbered
    // part of the work close it, `《道德经》第八章`, `《日知录》卷十三`, as `[part
    // units]` of the heading titles name them.)
    let date = |part: &str| {
        let part = part
            .strip_prefix("大约")
            .or_else(|| part.strip_prefix('约'))
            .unwrap_or(part);
        let part = part
            .strip_prefix("公元前")
            .or_else(|| part.strip_prefix("公元"))
            .unwrap_or(part);
        // (`前后` or `左右` may close any date: `1597年前后`, `开元二十四年前后`.)
        let part = part
            .strip_suffix("前后")
            .or_else(|| part.strip_suffix("左右"))
            .unwrap_or(part);
        let digits = part.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '年' | '月' | '日') || DATE_PART_HAN.contains(c)
        }) && part.starts_with(|c: char| c.is_ascii_digit());
        // (A reign's year may count in `载`, its first year is `元年`, and its
        // month, day, season or festival and the Western year in brackets may follow
        // it: `天宝七载`, `贞观元年`, `元丰五年七月`, `熙宁九年中秋`, `永和九年暮春`,
        // `庆历六年重阳`, `道光二十二年（1842年）`; a Western year may be written in
        // Chinese numerals, `一九〇三年`.)
        // (An era's name has two Han characters at least; a dynasty's, before a
        // span, one: `唐末`, `明初`.)
        let named_era = |era: &str, shortest: usize| {
            (shortest..=REIGN_NAME_HAN).contains(&era.chars().count())
                && era.chars().all(crate::text::is_han)
        };
        let reign = part
            .split_once(['年', '载'])
            .is_some_and(|(before, after)| {
                let era = match before.strip_suffix('元') {
                    Some(era) if !era.ends_with(|c: char| ORDINAL_NUMERALS.contains(c)) => era,
                    _ => before.trim_end_matches(|c: char| ORDINAL_NUMERALS.contains(c)),
                };
                // (The Western year in brackets read past: `（1279年）正月`.)
                let after = match after.split_once('（') {
                    Some((head, rest)) => rest
                        .split_once('）')
                        .map_or_else(|| after.to_string(), |(_, tail)| format!("{head}{tail}")),
                    None => after.to_string(),
                };
                let numbered = |rest: &str| {
                    rest.chars()
                        .all(|c| ORDINAL_NUMERALS.contains(c) || DATE_PART_HAN.contains(c))
                };
                let day = numbered(&after)
                    || titles
                        .date_names
                        .iter()
                        .any(|name| after.strip_suffix(name.as_str()).is_some_and(numbered));
                let western = era.is_empty() && before.chars().count() == YEAR_NUMERALS;
                let reign = era.len() < before.len() && named_era(era, 2);
                (reign || western) && day
            });
        // (An era's span: `熙宁年间`, `北宋熙宁年间`, `战国末年`, `唐朝中后期`.)
        let spanned = |part: &str| {
            titles.era_spans.iter().any(|span| {
                part.strip_suffix(span.as_str())
                    .is_some_and(|era| named_era(era, 1))
            })
        };
        // (A season or a festival may close the span: `开元末年春`, `嘉靖年间中秋`.)
        let undated = titles
            .date_names
            .iter()
            .find_map(|name| part.strip_suffix(name.as_str()))
            .unwrap_or_else(|| part.trim_end_matches(|c| DATE_PART_HAN.contains(c)));
        let span = spanned(part) || spanned(undated);
        digits || reign || span
    };
    let work = |part: &str| {
        part.starts_with('《')
            && part
                .split_once('》')
                .is_some_and(|(_, after)| after.is_empty() || is_part_number(after, titles))
    };
    // (A work alone is a source too, maybe with its date: `——《周易·乾卦》。`,
    // `——《史记·货殖列传》，西汉中期。`)
    if work(source) {
        return true;
    }
    if work(name) {
        return parts.all(date);
    }
    let bracketed_year = |part: &str| part.starts_with('（') && part.ends_with('）');
    if !parts.all(|part| date(part) || work(part)) {
        return false;
    }
    // (A work or a year in brackets glued to the name.)
    let name = match name.find(['《', '（']) {
        Some(at) if work(&name[at..]) || bracketed_year(&name[at..]) => &name[..at],
        _ => name,
    };
    let names: Vec<&str> = name.split(['·', '・', '-']).collect();
    if names.len() == 1 {
        return (1..=SOURCE_BEFORE_STOP_CHARS).contains(&name.chars().count());
    }
    names.len() <= SOURCE_NAME_PARTS
        && names.iter().all(|part| {
            (1..=SOURCE_NAME_PART_HAN).contains(&part.chars().count())
                && part.chars().all(crate::text::is_han)
        })
}

/// Parts of the longest transliterated name read as a source, and Han characters
/// of its longest part (`弗朗西斯`).
const SOURCE_NAME_PARTS: usize = 4;
const SOURCE_NAME_PART_HAN: usize = 4;

/// Han characters of the longest era's name before a year in numerals (`贞观`,
/// `中华民国`).
const REIGN_NAME_HAN: usize = 4;
/// What may follow a year in a source's date: months, days, named months and
/// seasons, maybe with a season's part (`七月`, `正月`, `中秋`, `暮春`, `初夏`).
const DATE_PART_HAN: &str = "月日正腊春夏秋冬中初暮仲孟季";
/// Numerals of a Western year written in Chinese numerals (`一九〇三年`).
const YEAR_NUMERALS: usize = 4;

/// The most `*` or `_` that close an emphasis (`**bold**`, `***both***`).
const EMPHASIS_MARKS: usize = 3;

/// Characters of the longest source after a dash (`——鲁迅《呐喊》`), and of the
/// longest before a stop (`——培根。`).
const SOURCE_CHARS: usize = 20;
const SOURCE_BEFORE_STOP_CHARS: usize = 6;

impl Segmenter {
    pub fn new(options: &SegmentOptions) -> Result<Self, String> {
        let english = data_file(ENGLISH, options.abbreviations_file.as_deref())?;
        let mut default = Rules::parse(&english)?;
        let mut languages = FxHashMap::default();
        for &(code, text) in LANGUAGES {
            let rules = Rules::parse(text)?;
            default.adopt_other_scripts(&rules);
            languages.insert(code, rules);
        }
        let headlines = if options.keep_glued_headlines {
            None
        } else {
            let text = data_file(HEADLINES_EN, options.headlines_file.as_deref())?;
            Some(Headlines::parse(&text, default.label_nouns.clone())?)
        };
        Ok(Segmenter {
            default,
            languages,
            verbs: ReportingVerbs::parse(REPORTING_VERBS)?,
            continuations: Continuations::parse(CONTINUATIONS_ZH)?,
            heading_titles: HeadingTitles::parse(HEADING_TITLES_ZH)?,
            datelines: Datelines::parse(DATELINES)?,
            headlines,
            semicolon: options.semicolon_ends_sentence,
        })
    }

    fn rules(&self, lang: Option<&str>) -> &Rules {
        lang.and_then(|code| self.languages.get(code))
            .unwrap_or(&self.default)
    }

    /// The sentence spans of `text`, a paragraph of no particular language (English
    /// abbreviations, and those of the other scripts).
    pub fn split(&self, text: &str) -> Vec<(usize, usize)> {
        self.split_in(text, None)
    }

    /// The sentence spans of `text`, a paragraph in `lang` (an ISO 639-1 code): its
    /// abbreviations where data/segment has them.
    pub fn split_in(&self, text: &str, lang: Option<&str>) -> Vec<(usize, usize)> {
        let rules = self.rules(lang);
        let mut bullets = Vec::new();
        let mut cuts = self.boundaries(text, rules, &mut bullets);
        let (markers, inline) = self.list_markers(text, rules, bullets);
        // A list marker's own period (`1.`, `a.`) ends nothing; the item starts
        // there, unless the list runs inside one sentence.
        // Markers are in order and apart: the one that may hold a cut is the last
        // starting before it.
        cuts.retain(|&cut| {
            let k = markers.partition_point(|&(start, _)| start < cut);
            k == 0 || cut > markers[k - 1].1
        });
        if !inline {
            cuts.extend(markers.iter().map(|&(start, _)| start).filter(|&at| at > 0));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
            let piece = &text[start..cut.max(start)];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let span = (start + lead, start + lead + trimmed.len());
                match spans.last_mut() {
                    // Stray punctuation (`。 。`, a dangling `“`) is no sentence: it
                    // stays with the one before.
                    Some(last) if !trimmed.chars().any(char::is_alphanumeric) => last.1 = span.1,
                    _ => spans.push(span),
                }
            }
            start = cut.max(start);
        }
        split_numbered_headings(text, &mut spans, &self.heading_titles);
        if self.headlines.is_some() {
            self.datelines.split_glued(text, &mut spans);
        }
        self.split_glued_headlines(text, lang, &mut spans);
        spans
    }

    /// Splits English headlines from the bodies they are glued to: a page's title,
    /// subtitles and first sentence can all arrive as one "sentence" that opens
    /// the paragraph.
    fn split_glued_headlines(
        &self,
        text: &str,
        lang: Option<&str>,
        spans: &mut Vec<(usize, usize)>,
    ) {
        let Some(headlines) = &self.headlines else {
            return;
        };
        if lang.is_some_and(|code| code != "en") {
            return;
        }
        // A chapter's heading, wherever a sentence opens with one.
        let mut k = 0;
        let mut chapters = false;
        while let Some(&(start, end)) = spans.get(k) {
            if let Some(at) = headlines.chapter_body_start(&text[start..end]) {
                split_span(text, spans, k, at);
                chapters = true;
                k += 1;
            }
            k += 1;
        }
        if chapters {
            return;
        }
        // Else a headline only at the paragraph's start, where extraction glues a
        // title; then again on the body, which may open with a subtitle.
        let mut k = 0;
        while let Some(&(start, end)) = spans.get(k) {
            let Some(at) = headlines.body_start(&text[start..end]) else {
                break;
            };
            split_span(text, spans, k, at);
            k += 1;
        }
    }

    /// Byte offsets where a sentence ends (just after its closing characters).
    /// (`bullets` receives the bullets that stand alone, `• eggs • milk`, found on
    /// the way: the items of a list run into one line.)
    fn boundaries(
        &self,
        text: &str,
        rules: &Rules,
        bullets: &mut Vec<(usize, usize)>,
    ) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut cuts = Vec::new();
        let mut quotes = Quotes::default();
        // The thread's buffer, with room for a stop's context and a few closers: no
        // paragraph allocates one or regrows it.
        let mut window = WINDOW.take();
        window.clear();
        window.reserve(CONTEXT_BEFORE + CONTEXT_AFTER_BYTES + 16);
        let mut sentence_start = 0;
        // Where a quotation that is a word's object closed on a stop: one opened
        // right there is the next of its kind (`台词“你瞅啥？”“瞅你咋地！”迅速走红`).
        let mut object_closed_at = None;
        // Whether the paragraph writes `。` (looked up at its first `．`).
        let mut writes_full_stop = None;
        let enumerates = OnceCell::new();
        let mut pos = 0;
        while pos < bytes.len() {
            // Most bytes (letters, Han characters, continuation bytes) can neither end
            // a sentence nor open or close a quotation: skip them undecoded.
            if !MAY_MATTER[usize::from(bytes[pos])] {
                // One tight scan to the next byte that may matter.
                pos += bytes[pos..]
                    .iter()
                    .position(|&b| MAY_MATTER[usize::from(b)])
                    .unwrap_or(bytes.len() - pos);
                continue;
            }
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            // A `“` while one is open either closes it or, when a `”` follows, opens
            // the next quotation (the first one was never closed).
            let reopens = c == '“' && quotes.curly && opens_quotation(&text[pos + c.len_utf8()..]);
            let prev = text[..pos].chars().next_back();
            // A face after a word ends its sentence in place of a stop.
            if quotes.depth() == 0
                && let Some(end) = self.face_ends_clause(c, prev, text, sentence_start, pos, rules)
            {
                cuts.push(end);
                sentence_start = end;
                pos = end;
                continue;
            }
            if !reopens {
                let outermost = quotes.depth() == 0;
                quotes.see(c);
                if outermost && quotes.depth() > 0 {
                    self.note_opening(&mut quotes, text, pos, object_closed_at == Some(pos));
                }
            }
            let stop =
                self.stop_read_as(c, text, pos, rules, sentence_start, &mut writes_full_stop);
            let terminator = is_cjk_end(stop)
                || is_other_end(stop)
                || matches!(stop, '.' | '!' | '?' | '…')
                || (self.semicolon && stop == '；');
            if !terminator {
                let end = pos + c.len_utf8();
                if is_bullet_symbol(c)
                    && prev.is_none_or(char::is_whitespace)
                    && text[end..].starts_with(char::is_whitespace)
                {
                    bullets.push((pos, end));
                }
                pos = end;
                continue;
            }
            // The terminator run (`?!`, `……`, `...`, `. . .`) and the closers after it.
            let mut end = terminator_run_end(text, pos, c);
            // Emoji, or their codes, between the stop and the mark that closes its
            // quotation belong to the quoted words (`完赛！🎉”配图是`, `明天见！[握手]”随后`).
            if quotes.depth() > 0 {
                let mut past = end;
                loop {
                    let len = emoji_len(&text[past..])
                        .max(emoji_code_len(&text[past..], &self.continuations));
                    if len == 0 {
                        break;
                    }
                    past += len;
                }
                // (So does a stray space there: `处理。 ” 但三天过去了`.)
                let spaced = text[past..].trim_start_matches(' ');
                if spaced.starts_with(['”', '」', '』']) {
                    past = text.len() - spaced.len();
                }
                if text[past..].starts_with(is_closer) {
                    end = past;
                }
            }
            // A Chinese stop after an abbreviation's period ends the sentence
            // (`ABC Co., Ltd.。成立于`, `前往U.S.。明天`).
            // So does a question or an exclamation mark (`the U.S.? Washington`).
            let stop = match text[pos..end]
                .chars()
                .find(|&d| is_cjk_end(d) || matches!(d, '?' | '!'))
            {
                Some(mark) if stop == '.' => mark,
                _ => stop,
            };
            if c == '.' && text[pos..end].contains(' ') {
                // Spaced ellipses: `is . . . I` goes on, and ends a sentence only
                // before a capitalised opener (`cuts out . . . The rest`);
                // `compounds. . . . The` ends at the period and the ellipsis opens
                // the next sentence.
                let dots = text[pos..end].matches('.').count();
                let after_space = prev.is_some_and(char::is_whitespace);
                let ahead = text[end..].trim_start();
                let next = ahead.chars().next();
                // Not inside a quotation.
                let opener = quotes.depth() == 0 && opener_after_ellipsis(rules, ahead);
                if dots == 3 && after_space && next.is_some() && !opener {
                    pos = end;
                    continue;
                }
                if dots >= 4 && !after_space && next.is_some_and(char::is_uppercase) {
                    cuts.push(pos + 1);
                    sentence_start = pos + 1;
                    pos = end;
                    continue;
                }
            }
            let opened = quotes;
            // A straight quote closes an open quotation, or one that text does not
            // follow directly; else it opens the next sentence (`。"我们…`).
            // `“` closes an open one after a terminator too (`。“` in scraped text),
            // unless it opens the next quotation.
            // Either mark closes a quotation the other opened (`"…。“`, `“…。"`).
            while let Some(d) = text[end..].chars().next().filter(|&d| {
                let rest = &text[end + d.len_utf8()..];
                let open = quotes.curly || quotes.straight || quotes.low;
                (is_closer(d) || (d == '“' && open && !opens_quotation(rest)))
                    && (d != '"'
                        || open
                        || rest
                            .chars()
                            .next()
                            .is_none_or(|e| e.is_whitespace() || is_closer(e)))
            }) {
                quotes.close(d);
                end += d.len_utf8();
            }
            // So do the marks that close an emphasis (`*Do not feed the bears.* They`,
            // `**Warning.** The floor`).
            let stars = text[end..]
                .bytes()
                .take_while(|&b| b == b'*' || b == b'_')
                .count();
            if (1..=EMPHASIS_MARKS).contains(&stars)
                && text[end + stars..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
            {
                end += stars;
            }
            // Reference marks belong to the sentence they follow (`large.[2][3] Visitors`),
            // spaced too when they are numbers (`fell to 41%. [7] Analysts`).
            end += reference_marks_len(&text[end..]);
            while let Some(rest) = after_spaces(&text[end..]) {
                let marks = reference_marks_len(rest);
                // (Not a bracket that a lowercase word goes on from, the next
                // sentence's subject: `from 1 to 10. [1-3] means mild pain`.)
                if marks > 0
                    && numbered_marks(&rest[..marks])
                    && rest[marks..].chars().next().is_none_or(char::is_whitespace)
                    && !rest[marks..].trim_start().starts_with(char::is_lowercase)
                {
                    end = text.len() - rest.len() + marks;
                } else {
                    break;
                }
            }
            // Emoji, emoticons and kaomoji after a stop close its sentence.
            let faces_from = end;
            end = faces_end(text, end);
            let faced = end > faces_from;
            let quoted = text[pos..end].contains(['”', '」']);
            end += source_len(
                stop,
                &text[sentence_start..pos],
                quoted,
                &text[end..],
                &self.heading_titles,
            );
            // So does an exercise's score glued to its stop (`根据要求写作。（60分）`,
            // `answer the questions below.（15分）`).
            if end == pos + c.len_utf8() {
                end += score_len(&text[end..]);
            }
            // So do footnote numbers glued to a word's period (`consultation.11 12
            // Take`, `(1987).1 According`).
            if c == '.'
                && end == pos + 1
                && text.as_bytes().get(end).is_some_and(u8::is_ascii_digit)
                && footnote_may_follow(&text[..pos], rules)
            {
                end += footnote_numbers_len(&text[end..]);
            }
            // What opened the quotation these closers closed, if they did.
            let closed_here = opened.depth() > 0 && quotes.depth() == 0;
            if closed_here && opened.opened_as_object {
                object_closed_at = Some(end);
            }
            // The decision reads a few words either side: decode just those.
            let from = text[..pos]
                .char_indices()
                .rev()
                .nth(CONTEXT_BEFORE - 1)
                .map_or(0, |(at, _)| at);
            // (Counted in bytes: no scan to find the end.)
            let mut to = (end + CONTEXT_AFTER_BYTES).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            slide_window(&mut window, text, from, to);
            let i = window.partition_point(|&(at, _)| at < pos);
            let j = window.partition_point(|&(at, _)| at < end);
            let closers_end = if faced {
                window.partition_point(|&(at, _)| at < faces_from)
            } else {
                j
            };
            if quotes.depth() > 0 && !quotation_goes_on(&text[end..], &quotes) {
                // Nothing ahead closes it: a stray quote (scraped text has many), not
                // a quotation the sentence is inside.
                quotes = Quotes::default();
            }
            let decision = Decision {
                rules,
                chars: &window,
                i,
                j,
                closers_end,
                stop,
                depth: quotes.depth(),
                brackets: quotes.holding(),
                in_chinese: quotes.in_chinese && quotes.depth() > 0,
                object: closed_here && opened.opened_as_object,
                after_latin: closed_here && opened.opened_after_latin,
                after_colon: closed_here && opened.opened_after_colon,
                after_word: closed_here && opened.opened_after_word,
                sentence: &text[sentence_start..pos],
                opens_paragraph: sentence_start == 0,
                enumerates: &enumerates,
                paragraph: text,
            };
            if self.ends_here(&decision) {
                cuts.push(end);
                sentence_start = end;
            }
            pos = end;
        }
        WINDOW.set(window);
        cuts
    }

    /// What `c` (at `text[pos]`) ends, read as the stop it stands for here; `c`
    /// itself when it stands for none. `writes_full_stop` keeps whether the
    /// paragraph writes `。`, looked up at its first `．`.
    fn stop_read_as(
        &self,
        c: char,
        text: &str,
        pos: usize,
        rules: &Rules,
        sentence_start: usize,
        writes_full_stop: &mut Option<bool>,
    ) -> char {
        let prev = text[..pos].chars().next_back();
        match c {
            // The Greek question mark and the Armenian full stop, as typed.
            ';' if prev.is_some_and(is_greek) => '?',
            // The interrobang asks and exclaims (`Are you serious‽ That's`).
            '‽' => '?',
            ':' if prev.is_some_and(is_armenian) => '։',
            // Arabic ends a heading that opens the paragraph with a colon (`سؤال
            // وجواب: ماذا`), between Arabic words; not a time (`05:01`), nor
            // what introduces reported words (`وقال الرئيس: إن`).
            ':' if prev.is_some_and(is_arabic)
                && arabic_follows(&text[pos + 1..])
                && sentence_start == 0
                && self.arabic_heading(&text[..pos]) =>
            {
                '۔'
            }
            // A comma before a one-word item of a list goes on (`الدم، والقلب،`).
            '،' if rules.comma_ends && !list_item_follows(&text[pos + c.len_utf8()..]) => '۔',
            // After a Latin word the fullwidth period is a full stop (`period．Does`).
            // In Chinese it is more often a comma mistyped (`后窗．是专供`) or a
            // list number's dot (`1．弄堂`), and goes on, unless the paragraph
            // writes no `。`: then it is the writer's full stop (`到此结束．感谢`,
            // `增长１２．５％．净利润`).
            '．' if prev.is_some_and(|p| p.is_ascii_alphabetic())
                && text[pos + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(|n| n.is_whitespace() || n.is_uppercase()) =>
            {
                '。'
            }
            '．' if prev.is_some_and(|p| crate::text::is_han(p) || matches!(p, '%' | '％'))
                && !*writes_full_stop.get_or_insert_with(|| text.contains('。')) =>
            {
                '。'
            }
            // A quotation broken off by a dash ends like an exclamation when a
            // sentence or another quotation follows (`"The key is—" He stopped`,
            // `"Well, I—" "Save it,"`); a lowercase attribution keeps it (`"I
            // was going to—" he said`), as an exclamation's does.
            '—' | '–'
                if prev.is_some_and(|p| p.is_ascii_alphanumeric())
                    && broken_off_quotation(&text[pos + c.len_utf8()..]) =>
            {
                '!'
            }
            // So does a Chinese one that another's words answer (`“你听我说——”
            // “我不听！”`).
            '—' if prev == Some('—')
                && ["”“", "」「"]
                    .iter()
                    .any(|marks| text[pos + c.len_utf8()..].starts_with(marks)) =>
            {
                '！'
            }
            // A news story's end mark is a unit of its own (`（完） 责任编辑：…`).
            '）' | ')' if text[..pos].ends_with("（完") || text[..pos].ends_with("(完") => '。',
            _ => c,
        }
    }

    /// Notes how the quotation that opens at `text[pos]` opened: after Chinese or
    /// Latin text, a colon, a word whose object it is, or right after the last one
    /// of its kind (`chained`: `台词“你瞅啥？”“瞅你咋地！”迅速走红`).
    fn note_opening(&self, quotes: &mut Quotes, text: &str, pos: usize, chained: bool) {
        let prev = text[..pos].chars().next_back();
        // (A quotation that opens a line is in Chinese text when Chinese follows its
        // close: `“I'm so proud. We made history!”主教练说道。`)
        let attributed_in_chinese = || {
            let mut rest = text[pos..].chars();
            let closer = match rest.next() {
                Some('“') => '”',
                Some('「') => '」',
                _ => return false,
            };
            let quotation = rest.as_str();
            quotation.find(closer).is_some_and(|close| {
                quotation[close + closer.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(crate::text::is_han)
            })
        };
        quotes.in_chinese = prev.is_some_and(is_cjk)
            || chained
            || prev.is_none_or(char::is_whitespace) && attributed_in_chinese();
        quotes.opened_as_object = chained
            || (quotes.in_chinese
                && (self.continuations.object_before(&text[..pos])
                    || ends_with_part_number(&text[..pos], &self.heading_titles)));
        let before = text[..pos].trim_end().chars().next_back();
        // (Past a comma too: `In Chinese, “吃了吗？” is less a question`.)
        let latin_before = text[..pos]
            .trim_end()
            .trim_end_matches(',')
            .chars()
            .next_back();
        quotes.opened_after_latin = latin_before.is_some_and(|p| p.is_ascii_alphanumeric());
        quotes.opened_after_colon = matches!(before, Some(':' | '：'));
        quotes.opened_after_word = prev.is_some_and(crate::text::is_han);
    }

    /// `clause`, a paragraph's start before a colon, is a heading: a few words, no
    /// reporting verb.
    fn arabic_heading(&self, clause: &str) -> bool {
        let mut words = clause.split_whitespace();
        !words.clone().any(|w| self.verbs.words.contains(w))
            && words.nth(ARABIC_HEADING_WORDS).is_none()
    }
}

/// The end of the terminator run that `c` at `text[pos]` opens (`?!`, `……`, `...`,
/// `. . .`).
fn terminator_run_end(text: &str, pos: usize, c: char) -> usize {
    let mut end = pos + c.len_utf8();
    loop {
        let rest = &text[end..];
        let mut ahead = rest.chars();
        let Some(d) = ahead.next() else { break };
        // `. . .`, but not `raak. ...en`, where an ellipsis opens the next one,
        // nor `SDK. .NET 8` or `+x. ./build.sh`, where a name or a path does.
        let spaced_dot = c == '.'
            && d == ' '
            && ahead.next() == Some('.')
            && ahead
                .next()
                .is_none_or(|t| t != '.' && !t.is_alphanumeric() && !matches!(t, '/' | '\\'));
        if matches!(d, '.' | '!' | '?' | '…' | '！' | '？' | '。') || spaced_dot {
            end += d.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// The end of the emoji and faces from `text[end]` on, which close the sentence
/// before them (`放假啦！🎉🎉 去哪`), set apart by a space too (`We won! 🎉 Next stop`):
/// emoticons and kaomoji as well (`worked. :) Marking this`, `太好了！^_^ 明天见`,
/// `了。:( 改到`).
fn faces_end(text: &str, mut end: usize) -> usize {
    end += emoji_len(&text[end..]);
    end += face_len(&text[end..]);
    loop {
        let space = text[end..].len() - text[end..].trim_start_matches(' ').len();
        if space == 0 {
            break;
        }
        let after = &text[end + space..];
        let emoji = emoji_len(after);
        let spaced = if emoji > 0 {
            emoji * usize::from(after[emoji..].starts_with(char::is_whitespace))
        } else {
            face_len(after)
        };
        if spaced > 0 {
            end += space + spaced;
        } else {
            break;
        }
    }
    end
}

impl Segmenter {
    /// The end of the face that `c` at `text[pos]` opens after `prev`, when it ends
    /// its clause in place of a stop: an emoticon after a word, before a capital or
    /// Chinese (`The sunrise was unreal :) Legs are dead`); a run of Weibo's emoji
    /// codes glued to a Chinese clause, or to a Latin word in one (`太治愈了[心]周一的
    /// 坏心情`, `刚拿到offer[鼓掌]Thanks`); a run of emoji after a clause's final
    /// particle, before a space (`拿到驾照啦🎉🎉 科目二挂了两次`; not a list's `拿铁☕️ 提拉
    /// 米苏`).
    fn face_ends_clause(
        &self,
        c: char,
        prev: Option<char>,
        text: &str,
        sentence_start: usize,
        pos: usize,
        rules: &Rules,
    ) -> Option<usize> {
        let han_before = prev.is_some_and(crate::text::is_han);
        match c {
            '[' if han_before || prev.is_some_and(|p| p.is_ascii_alphanumeric()) => {
                self.emoji_codes_end_clause(text, pos)
            }
            ':' | ';' if han_before || prev == Some(' ') => emoticon_ends_sentence(text, pos),
            '～' | '~' if han_before => self.tilde_ends_clause(text, sentence_start, pos),
            // (Only emoji are left to read: ASCII marks are none.)
            c if !c.is_ascii() && is_emoji(c) => match prev {
                Some(' ') => emoji_ends_english(rules, &text[sentence_start..pos], text, pos),
                _ if han_before || prev == Some('”') => {
                    self.emoji_end_clause(text, sentence_start, pos)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The end of the run of emoji at `text[pos]`, when the clause before it (from
    /// `sentence_start`) ends in a final particle after a few Han characters (`拿到
    /// 驾照啦`; not `酒吧`), and a space and Chinese, a capital or a digit follow it.
    fn emoji_end_clause(&self, text: &str, sentence_start: usize, pos: usize) -> Option<usize> {
        // (Tildes after the emoji go with them: `特别美✨～ 强烈推荐`.)
        let end = pos + emoji_len(&text[pos..]);
        let end = end + tildes_len(&text[end..]);
        let next = after_spaces(&text[end..])?.chars().next()?;
        // (Only the clause's end is read: a long paragraph with a face at every
        // few words would otherwise be read again at each.)
        let clause = clause_tail(&text[sentence_start..pos]);
        // (Or a predicate of degree, `面料摸着很舒服👍 给五星好评`, or a quotation
        // closed, `被夸“姐姐你好漂亮”😭😭 一整天`.)
        let ended = match clause.strip_suffix('”') {
            Some(quoted) => quoted.contains('“'),
            None => self.clause_ends_before_face(clause),
        };
        let opens = crate::text::is_han(next) || next.is_uppercase() || next.is_ascii_digit();
        (ended && opens).then_some(end)
    }

    /// `clause` (before a face or a tilde) ends in a final particle or a predicate
    /// of degree after a few Han characters (`拿到驾照啦`, `面料很舒服`; not `酒吧`).
    fn clause_ends_before_face(&self, clause: &str) -> bool {
        // (Latin words inside the clause are read past: `终于拿到offer了`.)
        let han = clause
            .chars()
            .rev()
            .take_while(|&e| crate::text::is_han(e) || e.is_ascii_alphanumeric())
            .filter(|&e| crate::text::is_han(e))
            .count();
        han >= PARTICLE_CLAUSE_HAN
            && (self.continuations.final_particle(clause) > 0
                || self.continuations.ends_in_degree(clause))
    }

    /// The end of the run of tildes at `text[pos]`, when the clause before it ends
    /// as before a face and Chinese follows, spaced or glued (`不接受商业合作哦～私信
    /// 不回`; not `今日穿搭分享～ 上衣`): web text types `～` for a stop's lilt.
    fn tilde_ends_clause(&self, text: &str, sentence_start: usize, pos: usize) -> Option<usize> {
        let end = pos + tildes_len(&text[pos..]);
        // (Or before a space and a capital: `谢谢大家的支持哦～ Love you all`.)
        let next = match after_spaces(&text[end..]) {
            Some(after) => after
                .chars()
                .next()
                .filter(|&c| c.is_uppercase() || crate::text::is_han(c)),
            None => text[end..]
                .chars()
                .next()
                .filter(|&c| crate::text::is_han(c)),
        };
        (next.is_some() && self.clause_ends_before_face(clause_tail(&text[sentence_start..pos])))
            .then_some(end)
    }

    /// The end of the run of emoji's codes at `text[pos]` (`[哭][哭]`), when it ends
    /// a clause: Chinese, a capital or a digit follows it, spaced or glued, and no word of
    /// `[code joints]` comes before or after it (`发了个[抱抱]给她`).
    fn emoji_codes_end_clause(&self, text: &str, pos: usize) -> Option<usize> {
        let mut end = pos;
        loop {
            let len = emoji_code_len(&text[end..], &self.continuations);
            if len == 0 {
                break;
            }
            end += len;
        }
        if end == pos {
            return None;
        }
        let after = text[end..].strip_prefix(' ').unwrap_or(&text[end..]);
        let next = after.chars().next()?;
        let before_from = text[..pos]
            .char_indices()
            .rev()
            .nth(CODE_JOINT_HAN - 1)
            .map_or(0, |(at, _)| at);
        let after_to = after
            .char_indices()
            .nth(CODE_JOINT_HAN)
            .map_or(after.len(), |(at, _)| at);
        let joined = self
            .continuations
            .joins_code(&text[before_from..pos], &after[..after_to]);
        let opens = crate::text::is_han(next) || next.is_uppercase() || next.is_ascii_digit();
        (opens && !joined).then_some(end)
    }
}

/// Han characters a clause holds at least before its final particle and a run of
/// emoji that end it (`下班啦🎉`).
const PARTICLE_CLAUSE_HAN: usize = 3;
/// Characters of the longest word of `[code joints]` read around an emoji's code.
const CODE_JOINT_HAN: usize = 2;

/// The length of the emoji's code in square brackets that opens `rest` (`[笑哭]`,
/// `[doge]`), or 0.
fn emoji_code_len(rest: &str, continuations: &Continuations) -> usize {
    let Some(inside) = rest.strip_prefix('[') else {
        return 0;
    };
    let close = inside
        .bytes()
        .take(EMOJI_CODE_BYTES + 1)
        .position(|b| b == b']');
    match close {
        Some(close) if continuations.emoji_code(&inside[..close]) => {
            close + '['.len_utf8() + ']'.len_utf8()
        }
        _ => 0,
    }
}

/// Bytes of the longest emoji's code (`[哆啦A梦吃惊]` and longer are rare).
const EMOJI_CODE_BYTES: usize = 16;

/// The last characters of `clause` that a face's or a tilde's check reads: its
/// particle, its predicate of degree, a quotation it closes.
fn clause_tail(clause: &str) -> &str {
    chars::last_chars(clause, CLAUSE_TAIL_CHARS)
}

/// Characters of a clause's end read before a face or a tilde (a quotation of a
/// few words, a degree's predicate and its subject).
const CLAUSE_TAIL_CHARS: usize = 32;

/// The length of the run of tildes that opens `rest` (`～～`, `~~~`).
fn tildes_len(rest: &str) -> usize {
    rest.chars()
        .take_while(|&e| matches!(e, '～' | '~'))
        .map(char::len_utf8)
        .sum()
}

/// The length of the run of emoji that opens `rest`.
fn emoji_len(rest: &str) -> usize {
    rest.chars()
        .take_while(|&e| is_emoji(e))
        .map(char::len_utf8)
        .sum()
}

/// The end of the run of emoji at `text[pos]`, set apart after an English clause of
/// two words or more, when a sentence opens after it (`fine 👍| The box`, `Tokyo
/// ✈️| 14 hours on a plane`, `in under a minute 💯| Only downside is`, `10 sec 😂|
/// tbh`): a listed opener or a quotation, a number, or a capitalised word and a verb
/// soon after it; not after an article or a preposition, where the emoji is a word
/// (`tickets to 🇯🇵 Japan`), nor a number after a verb (`has won 🥇 3 times`), nor
/// a name and no verb (`I ❤️ NY`, `our host 🙏 Maria for`, `Austria 🇦🇹 Slovenia and`).
fn emoji_ends_english(rules: &Rules, sentence: &str, text: &str, pos: usize) -> Option<usize> {
    let before = sentence.trim_end();
    let last = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let clause = before
        .split_whitespace()
        .nth(EMOJI_CLAUSE_WORDS - 1)
        .is_some()
        && before.ends_with(|c: char| c.is_alphanumeric() || matches!(c, ')' | '"' | '”' | '\''))
        && !(rules.determiners.contains(&last)
            || rules.before_names.contains(&last)
            || rules.phrase_openers.contains(&last));
    if !clause {
        return None;
    }
    let end = pos + emoji_len(&text[pos..]);
    let after = after_spaces(&text[end..])?;
    let word: String = after
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let lowercase = word.to_lowercase();
    let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase());
    // (A diary's clause opens with its verb: `Movie night 🍿| Watched Inception`,
    // `🏅| Ran, walked, crawled`; but a stop, a comma or `and` and a name after it
    // makes it the name of one addressed, `🍀 Rose!`, `🎂 Rose, you deserve`, `🎉 Drew
    // and Priya`.)
    let rest = &after[word.len()..];
    let next_word = |rest: &str| -> String {
        rest.trim_start()
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect()
    };
    let addressed = match rest.chars().next() {
        // (Not a regular past, which names no one: `😩| Exhausted.`)
        Some('!' | '.' | '?') => !lowercase.ends_with("ed"),
        Some(',') => {
            let next = next_word(&rest[1..]).to_lowercase();
            !(words::is_past(&next) || rules.clause_verbs.contains(&next))
        }
        _ => rest
            .strip_prefix(" and ")
            .is_some_and(|name| next_word(name).starts_with(|c: char| c.is_ascii_uppercase())),
    };
    let opener = capitalised
        && (rules.openers.contains(&lowercase)
            || (words::is_past(&lowercase) || rules.clause_verbs.contains(&lowercase))
                && !addressed)
        || rules.casual_openers.contains(&lowercase)
        || after
            .strip_prefix(['"', '“'])
            .is_some_and(|quoted| quoted.starts_with(char::is_uppercase));
    // (A name of one or two words and a past with its object is a clause too: `Lisbon 🇵🇹| Maria picked us up`, `Curry scored 40`, `Sarah showed Mike`,
    // `Chef Marco cooked everything`.)
    let name_acts = || {
        let mut next = after.split_whitespace().skip(1).peekable();
        next.next_if(|word| word.starts_with(|c: char| c.is_ascii_uppercase()));
        next.next()
            .is_some_and(|verb| words::is_past(verb) || rules.clause_verbs.contains(verb))
            && next
                .next()
                .is_some_and(|object| object.starts_with(char::is_alphanumeric))
    };
    // (A word alone before its stop is no clause's subject: `🍀 Rose! You've got`.)
    let alone = matches!(rest.chars().next(), Some('!' | '.' | '?'));
    let subject = capitalised && !alone && {
        let window: Vec<(usize, char)> = after.char_indices().take(EMOJI_CLAUSE_CHARS).collect();
        words::clause_starts_at(rules, &window, 0)
            || words::plural_opens_at(rules, &window, 0)
            || name_acts()
    };
    let number = after.starts_with(|c: char| c.is_ascii_digit())
        && !(rules.clause_verbs.contains(&last) || words::is_past(&last));
    (opener || subject || number).then_some(end)
}

/// Characters read after a run of emoji for a clause's verb.
const EMOJI_CLAUSE_CHARS: usize = 80;

/// Words of the shortest English clause that a run of emoji ends before a
/// capitalised word.
const EMOJI_CLAUSE_WORDS: usize = 2;

/// The end of the emoticon at `text[pos]`, when a space and a capitalised word or
/// Chinese follow it: it ends the sentence before it, as a stop would (`unreal :)
/// Legs`, `下班了 :) 这周末`).
fn emoticon_ends_sentence(text: &str, pos: usize) -> Option<usize> {
    let end = pos + face_len(&text[pos..]);
    let rest = &text[end..];
    let spaced = rest.strip_prefix(' ');
    // (A face ending in a letter, glued to Chinese, is a label's: `注意:D区`.)
    if end == pos || spaced.is_none() && text[pos..end].ends_with(char::is_alphabetic) {
        return None;
    }
    let next = spaced.unwrap_or(rest).chars().next()?;
    // A capital after a space, or Chinese, spaced or glued (`下雪了:)好想`; not a
    // face that a noun or `的` follows, `发了一个:)的表情`).
    let opens =
        spaced.is_some() && next.is_uppercase() || crate::text::is_han(next) && next != '的';
    // (Not in a list of names with a face each: `Lisbon :) Porto :) Madrid`.)
    let listed = spaced.is_some_and(|after| {
        let name = after.len() - after.trim_start_matches(char::is_alphabetic).len();
        after[name..]
            .strip_prefix(' ')
            .is_some_and(|more| face_len(more) > 0)
    });
    (opens && !listed).then_some(end)
}
