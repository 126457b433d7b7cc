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

use std::path::PathBuf;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::{Stage, StageSpec, data_file, option_names, parse_options};
use crate::document::Document;
use crate::text::is_cjk;
use headline::Headlines;

mod chars;
mod dateline;
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
    is_currency, is_emoji, is_greek, is_other_end, is_quote_closer,
};
use dateline::Datelines;
use glued::glued_question_or_exclamation;
use headings::{HeadingTitles, ends_with_part_number, split_numbered_headings, split_span};
use lexicons::{Continuations, Kind, ReportingVerbs, Rules, TOPIC_HAN};
use lists::{
    ROMAN_LABEL_LETTERS, ends_in_abbreviation, glued_item_number, is_list_label, item_label_at,
    list_item_follows,
};
use quotes::{Quotes, broken_off_quotation, opens_quotation, past_quotations, quotation_goes_on};
use words::{
    camel_case_at, casual_opener_at, command_at, english_sentence, label_at, lowercase_word_at,
    mostly_english, number_may_follow, opener_after_ellipsis, plain_or_number_before,
    plain_word_opener, word_before,
};

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

/// The quotation that `rest` goes on with closes after a comma, with no stop before
/// (`I suppose we could try," she said`).
fn quotation_ends_in_comma(rest: &[(usize, char)]) -> bool {
    let mut previous = None;
    for &(_, c) in rest {
        match c {
            '"' | '”' => return previous == Some(','),
            '.' | '!' | '?' | '…' | '。' | '！' | '？' => return false,
            _ => previous = Some(c),
        }
    }
    false
}

/// Most words of a short quotation whose sentences hold together (`"Go! Go! Go!"
/// until the final whistle`), and of one that a comma hands to its attribution
/// (`"Go home. Sleep. Eat something," the doctor told him.`).
const SHORT_QUOTATION_WORDS: usize = 6;
const ATTRIBUTED_QUOTATION_WORDS: usize = 10;
/// Characters read ahead for the close of such a quotation.
const SHORT_QUOTATION_CHARS: usize = 96;

/// The stop is inside a short quotation, open before it and closing in `rest`,
/// whose sentences hold together: `"Stop. Look. Listen." in three languages`, `"No.
/// Never."—ended`, `"No. Not today," he said`, `She said, "I'm done. Goodbye." She
/// never came back.` `sentence` is the sentence up to the stop. (Longer quotations,
/// as news writes them, end sentences inside, as NTREX's lines do.)
fn inside_short_quotation(sentence: &str, rest: &[(usize, char)]) -> bool {
    // (Most sentences quote nothing: a byte search says so.)
    if !(sentence.contains('"') || sentence.contains('“')) {
        return false;
    }
    // What is ahead decides first, reading a few words at most: the closing quote.
    let mut words_ahead = 0;
    let mut close = None;
    for (at, &(_, c)) in rest.iter().enumerate().take(SHORT_QUOTATION_CHARS) {
        match c {
            '"' | '”' => {
                close = Some(at);
                break;
            }
            // (Chinese goes on without spaces: not this.)
            _ if is_cjk(c) => return false,
            ' ' => {
                words_ahead += 1;
                if words_ahead > ATTRIBUTED_QUOTATION_WORDS {
                    return false;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        return false;
    };
    // A comma at its end hands it to an attribution.
    let attributed = rest[..close].last().is_some_and(|&(_, c)| c == ',')
        && rest
            .get(close + 2)
            .is_some_and(|&(_, c)| c.is_lowercase() || c.is_uppercase());
    let limit = if attributed {
        ATTRIBUTED_QUOTATION_WORDS
    } else {
        SHORT_QUOTATION_WORDS
    };
    // Open here: the sentence's last quotation mark opens one, after a space or a
    // bracket and before a word (not `League," he said`, where it closed one).
    let Some(opened) = sentence.rfind(['"', '“', '”']) else {
        return false;
    };
    let before = sentence[..opened].chars().next_back();
    let mut from_mark = sentence[opened..].chars();
    let mark = from_mark.next();
    let after = from_mark.next();
    let opens = mark != Some('”')
        && before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | ':'))
        && after.is_some_and(|c| !c.is_whitespace());
    opens && sentence[opened..].split_whitespace().count() + words_ahead <= limit
}

/// Most Han characters of a sentence's opening before a bracketed aside that has a
/// stop of its own and that the sentence goes on after (`那年夏天（那是1998年！）洪水来了`).
const ASIDE_OPENING_HAN: usize = 4;

/// Most words of an English name before Chinese that ends in a company's or a
/// list's suffix (`Johnson & Johnson Inc. 宣布`).
const NAME_SUBJECT_WORDS: usize = 4;

/// Fewest Han characters before a Chinese ellipsis that ends a sentence: fewer
/// make a pause.
const PAUSE_HAN: usize = 4;

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
    let version = chars[start..]
        .first()
        .is_some_and(|&(_, e)| e.is_ascii_digit())
        && named;
    !token.is_empty()
        && ((dots >= 2 && leading == 4)
            || long
            || decimal
            || version
            || token.iter().any(|&(_, e)| matches!(e, ':' | '%')))
}

/// Letters of the longest unit written after its number (`mAh`, `kcal`).
const UNIT_LETTERS: usize = 4;

/// `!` or `?` ends an English sentence before Chinese (`See you tomorrow!明天`,
/// `“What's your name?”小明`, `What?这是`, `OMG!太好`): after a closed quotation,
/// a lowercase word, a word in capitals, a sentence opener, a whole English
/// sentence or a word alone, before a Han character; not in a name (`Yahoo!中国`),
/// nor before kana or brackets.
fn exclaims_before_han(d: &Decision, closed: bool) -> bool {
    let Some(&(_, next)) = d.chars.get(d.j) else {
        return false;
    };
    let word: Vec<char> = d.chars[..d.i]
        .iter()
        .rev()
        .take_while(|&&(_, e)| e.is_alphabetic() && !is_cjk(e))
        .map(|&(_, e)| e)
        .collect();
    let spelled: String = word.iter().rev().flat_map(|e| e.to_lowercase()).collect();
    // A name that carries its `!` (`Yahoo!`).
    let exclaiming_name = d.rules.exclaiming_names.contains(&spelled);
    let cased = |upper: bool| word.iter().all(|e| e.is_uppercase() == upper);
    let start = d.i - word.len();
    // (Or a unit written after the number: `降至-3.5℃!请`, `39°C!大家`, `高达6000mAh!续航`.)
    let after_digit = d.i > 0
        && matches!(d.chars[d.i - 1].1, '%' | '％' | '0'..='9' | '℃' | '℉' | '°')
        || (1..=UNIT_LETTERS).contains(&word.len())
            && start > 0
            && matches!(d.chars[start - 1].1, '0'..='9' | '°');
    // The last word of a phrase in Title Case (`Happy New Year!新年快乐`); a name
    // after a plain word may carry its `!` (`visit Yahoo!中国`).
    let previous_word_start = d.chars[..start.saturating_sub(1)]
        .iter()
        .rposition(|&(_, e)| !e.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let phrase = word.len() >= 2
        && start >= 2
        && d.chars[start - 1].1 == ' '
        && d.chars[start - 2].1.is_ascii_alphabetic()
        && d.chars[previous_word_start].1.is_ascii_uppercase();
    // A whole English sentence, or one word alone (`Welcome to Shanghai!这是`,
    // `Hello!请坐`), unless a name that carries its `!` ends it (`Yahoo!`).
    let sentence = d.sentence.trim();
    let whole = (english_sentence(sentence) || sentence.chars().eq(word.iter().rev().copied()))
        && !word.is_empty()
        && !exclaiming_name;
    // A capitalised word exclaimed in Chinese without quotation marks (`喊了一句
    // Hello!大家`, `一个词：Go!队员们`); a question's may be a title (`杂志Which?近日`).
    let interjection = d.chars[d.i].1 == '!'
        && start > 0
        && (crate::text::is_han(d.chars[start - 1].1) || matches!(d.chars[start - 1].1, '：' | ':'))
        && word.len() >= 2
        // (`word` runs backwards: its last letter is the first.)
        && word.last().is_some_and(|e| e.is_uppercase())
        && word[..word.len() - 1].iter().all(|e| e.is_lowercase())
        && !exclaiming_name;
    // A Chinese sentence's last word, set apart by a space as mixed text writes
    // Latin words (`欢迎使用 ChatBot!请输入`, `你用过 ChatGPT?我没用过`).
    let ends_chinese = start >= 2
        && d.chars[start - 1].1 == ' '
        && crate::text::is_han(d.chars[start - 2].1)
        && !word.is_empty()
        && !exclaiming_name;
    crate::text::is_han(next)
        && (closed
            || ends_chinese
            || after_digit
            || phrase
            || whole
            || interjection
            || (!word.is_empty() && cased(false))
            || (word.len() >= 2 && cased(true))
            || d.rules.openers.contains(&spelled))
}

/// Bytes that may start a character the scan must look at: ASCII terminators,
/// brackets and quotes, `;` and `:` (the Greek question mark and the Armenian full
/// stop as typed), and the lead bytes of the other scripts' stops and of the
/// two- and three-byte forms (`。！？…“”„「」（）«»`, `।`, `።`).
static MAY_MATTER: [bool; 256] = {
    let mut table = [false; 256];
    let interesting = [
        b'.', b'!', b'?', b'(', b')', b'[', b']', b'"', b';', b':', 0xC2, 0xD6, 0xD8, 0xDB, 0xE0,
        0xE1, 0xE2, 0xE3, 0xEF,
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

/// The length of the reference marks that open `rest`: bracketed numbers, letters
/// or a few words, one after another (`[2][3]`, `[a]`, `[citation needed]`).
fn reference_marks_len(rest: &str) -> usize {
    let mut len = 0;
    while let Some(mark) = rest[len..].strip_prefix('[') {
        let Some(close) = mark.find(']') else { break };
        let inside = &mark[..close];
        let words = inside.split(' ').count();
        if inside.is_empty()
            || close > REFERENCE_MARK_BYTES
            || words > REFERENCE_MARK_WORDS
            || !inside.chars().all(|c| c.is_alphanumeric() || c == ' ')
        {
            break;
        }
        len += close + 2;
    }
    len
}

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
fn source_len(stop: char, sentence: &str, quoted: bool, rest: &str) -> usize {
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
        let stopless = !inside.contains(['。', '！', '？', '.', '!', '?']);
        // (Nor a list's next marker: `（1）“…。”（2）“…。”`.)
        let marker = inside
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "一二三四五六七八九十".contains(c));
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
    // Before a stop only a name is a source (`——培根。`); a clause is a sentence
    // (`。——这是爷爷常说的一句话。`).
    if at == 0 || (is_cjk_end(end) && source[..at].chars().count() > SOURCE_BEFORE_STOP_CHARS) {
        return 0;
    }
    let stop_after = if is_cjk_end(end) { end.len_utf8() } else { 0 };
    "——".len() + at + stop_after
}

/// The most `*` or `_` that close an emphasis (`**bold**`, `***both***`).
const EMPHASIS_MARKS: usize = 3;

/// Characters of the longest source after a dash (`——鲁迅《呐喊》`), and of the
/// longest before a stop (`——培根。`).
const SOURCE_CHARS: usize = 20;
const SOURCE_BEFORE_STOP_CHARS: usize = 6;

/// The bracket that `rest` opens holds a stop before it closes (`想象力比知识更重要。）`).
fn bracket_holds_stop(rest: &[(usize, char)]) -> bool {
    rest.iter()
        .take(BRACKET_READ_CHARS)
        .map(|&(_, e)| e)
        .take_while(|&e| !matches!(e, '）' | ')'))
        .any(|e| is_cjk_end(e) || matches!(e, '.' | '!' | '?'))
}

/// What comes before the colon that introduced the quotations in a row that end
/// `sentence` (`网友纷纷留言` in `网友纷纷留言：“太感人了！”“看哭了`).
fn listed_after_colon(sentence: &str) -> Option<&str> {
    let mut opened = sentence.rfind(['“', '「'])?;
    while let Some(closed) = sentence[..opened].strip_suffix(['”', '」']) {
        opened = closed.rfind(['“', '「'])?;
    }
    sentence[..opened].strip_suffix('：')
}

/// The bracket opening at `chars[k]` holds words, a lowercase one among them, and no
/// number, as a sentence or a credit does and a citation does not (`(Reporting by
/// Tim Hepher)`, `(The mayor disagreed.)`; not `(Smith 55)`, `(Smith et al., 2010)`).
fn bracketed_words_at(chars: &[(usize, char)], k: usize) -> bool {
    let inside: String = chars[k + 1..]
        .iter()
        .map(|&(_, e)| e)
        .take(BRACKET_READ_CHARS)
        .take_while(|&e| !matches!(e, ')' | ']'))
        .collect();
    let mut words = inside.split(' ');
    // (Not a record's: `(Doc. 14 at 3.)`, `(Id. at 5.)`.)
    let first_word = words.next().filter(|w| !w.is_empty());
    let lowercase = |w: &&str, letters: usize| {
        let mut chars = w.chars();
        (0..letters).all(|_| chars.next().is_some_and(char::is_lowercase))
    };
    // (A number may stand in a sentence that the bracket closes with its stop: `(See
    // related story on page 6.)`; a sentence has a lowercase word, not one of words
    // and a page, `(Gov't Reply 5.)`, `(Opp'n 6.)`.)
    let lowercase_word = words.clone().any(|w| lowercase(&w, 2));
    let numbered = inside.bytes().any(|b| b.is_ascii_digit());
    // (Nor a pinpoint's: `(Slip op. at 9.)`.)
    let pinpoint = inside
        .match_indices(" at ")
        .any(|(at, _)| inside[at + 4..].starts_with(|c: char| c.is_ascii_digit()));
    // (Nor a record's of abbreviations: `(Pl.'s Br. 7.)`.)
    let abbreviated = inside
        .char_indices()
        .next_back()
        .is_some_and(|(last, _)| inside[..last].contains(". "));
    let sentence = inside.ends_with(['.', '!', '?'])
        && first_word.is_some_and(|w| !w.ends_with('.'))
        && !pinpoint
        && !abbreviated
        && (lowercase_word || !numbered);
    sentence || !numbered && words.any(|w| lowercase(&w, 1))
}

/// The bracket at `chars[k]`, after a quotation that English text opened, glosses
/// it: in lowercase (`“你好！” (hello) on the board`) or after Chinese words (`“热烈欢
/// 迎！” (A warm welcome…) in`); not a credit (`"…authorities." (Reporting by…)`).
fn glosses_quotation(d: &Decision, k: usize) -> bool {
    d.chars[k].1 == '('
        && (d.chars.get(k + 1).is_some_and(|&(_, e)| !e.is_uppercase())
            || d.sentence
                .rsplit(['“', '"'])
                .next()
                .is_some_and(|quoted| quoted.chars().any(is_cjk)))
}

/// Characters read inside a bracket after a quotation.
const BRACKET_READ_CHARS: usize = 80;

/// Whether the text from `chars[k]` opens a sentence (after whitespace that follows
/// a terminator; `closed`: the terminator closed a quotation).
fn opens_sentence(chars: &[(usize, char)], k: usize, closed: bool) -> bool {
    let at = |n: usize| chars.get(k + n).map(|&(_, d)| d);
    let Some(first) = at(0) else {
        return false;
    };
    // Scripts without case (Arabic, Hebrew, Devanagari) start sentences with any letter.
    let caseless = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
    if first.is_uppercase()
        || caseless
        || matches!(
            first,
            '"' | '\'' | '“' | '‘' | '「' | '『' | '¿' | '¡' | '«' | '„' | '‹' | '‚' | '`'
        )
    {
        return true;
    }
    match first {
        // `(He left.)`; but after a quotation a bracket opens a citation
        // (`..." (Smith 55).`), unless words and no number show a sentence or a
        // credit (`..." (Reporting by Tim Hepher)`).
        // Nor does a news agency's credit in a dateline (`ST. LOUIS, Mo. (AP) — A man`).
        '(' | '[' => {
            (!closed || bracketed_words_at(chars, k))
                && (at(1).is_some_and(|d| d.is_uppercase() || matches!(d, '«' | '"' | '“'))
                    || (first == '(' && item_label_at(chars, k + 1)))
                && !(first == '(' && dateline_credit_at(chars, k))
        }
        // A list's item: `i) Hello`, `b) Next`; a word in camel case opens one as a
        // capitalised word does (`rose. eBay shares fell`, `mRNA vaccines`).
        _ if first.is_ascii_lowercase() => item_label_at(chars, k) || camel_case_at(chars, k),
        // A mention opens a reply (`hilarious!!! @mike you need`).
        '@' => at(1).is_some_and(char::is_alphanumeric),
        // An emphasis opened on a capital (`simple. *Do not feed…*`, `_Really_`).
        '*' | '_' => {
            let marks = (0..EMPHASIS_MARKS)
                .take_while(|&n| matches!(at(n), Some('*' | '_')))
                .count();
            at(marks).is_some_and(char::is_uppercase)
        }
        // A dash that opens a line of dialogue or a new point: `? - Posted`.
        '-' | '–' | '—' => at(1) == Some(' ') && at(2).is_some_and(char::is_uppercase),
        // A dotted name (`.NET 8 requires`, `.env files are`) or a path (`/usr/local/bin
        // must`, `~/.bashrc`), and an environment's variable (`$HOME must be set`).
        // (A relative path too: `./build.sh will`, `../shared/ must`.)
        '.' if at(1).is_some_and(|d| d.is_ascii_alphabetic() || matches!(d, '/' | '\\'))
            || (at(1) == Some('.') && at(2) == Some('/')) =>
        {
            true
        }
        '/' => at(1).is_some_and(|d| d.is_ascii_lowercase()),
        '~' => at(1) == Some('/'),
        '$' => at(1).is_some_and(|d| d.is_ascii_uppercase()),
        // An ellipsis that marks words left out at the start: `...en toen`, `… The`.
        '.' | '…' => {
            let dots = (0..).take_while(|&n| at(n) == Some('.')).count();
            let after = if first == '…' { 1 } else { dots };
            (first == '…' || dots >= 3)
                && at(after).is_some_and(|d| {
                    d.is_alphabetic()
                        || (d.is_whitespace() && at(after + 1).is_some_and(char::is_uppercase))
                })
        }
        _ => false,
    }
}

/// A file's or a module's dotted name in lowercase starts at `chars[k]`, before a
/// space: it opens a sentence (`config.json must be valid`, `pandas.read_csv then
/// loads`); not an abbreviation's letters (`e.g. the`).
fn file_or_module_at(chars: &[(usize, char)], k: usize) -> bool {
    let token: Vec<char> = chars[k..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(|&e| e.is_ascii_lowercase() || e.is_ascii_digit() || matches!(e, '.' | '_'))
        .collect();
    let parts: Vec<&[char]> = token.split(|&e| e == '.').collect();
    parts.len() >= 2
        && parts.iter().all(|part| part.len() >= 2)
        && chars.get(k + token.len()).is_some_and(|&(_, e)| e == ' ')
}

/// `sentence` past the label of a list's item that opens it (`b) Add 1 tsp. salt`
/// reads from `Add`): a lowercase label starts no sentence in lowercase.
fn past_item_label(sentence: &str) -> &str {
    let sentence = sentence.trim_start();
    let label = sentence
        .split_once(' ')
        .map_or("", |(first, _)| first)
        .trim_start_matches('(');
    let marked = label.strip_suffix([')', '.']).is_some_and(|l| {
        (1..=ROMAN_LABEL_LETTERS).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphanumeric())
    });
    if marked {
        sentence[sentence.find(' ').map_or(0, |at| at + 1)..].trim_start()
    } else {
        sentence
    }
}

/// A dateline's credit starts at `chars[k]`: a bracketed name (`(AP)`, `(Reuters)`,
/// `(Xinhua)`), then a space and a dash.
fn dateline_credit_at(chars: &[(usize, char)], k: usize) -> bool {
    let Some(close) = chars[k + 1..]
        .iter()
        .take(CREDIT_CHARS + 1)
        .position(|&(_, d)| d == ')')
    else {
        return false;
    };
    let name = &chars[k + 1..k + 1 + close];
    let after = |n: usize| chars.get(k + close + 2 + n).map(|&(_, d)| d);
    name.first().is_some_and(|&(_, d)| d.is_uppercase())
        && name.iter().all(|&(_, d)| d.is_alphabetic() || d == ' ')
        && after(0) == Some(' ')
        && matches!(after(1), Some('—' | '–' | '-'))
}

/// Characters of the longest agency's name in a dateline's credit (`(Reuters)`,
/// `(Xinhua)`, `(AFP)`).
const CREDIT_CHARS: usize = 16;

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
            if !reopens {
                let outermost = quotes.depth() == 0;
                quotes.see(c);
                if outermost && quotes.depth() > 0 {
                    let chained = object_closed_at == Some(pos);
                    quotes.in_chinese = prev.is_some_and(is_cjk) || chained;
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
                    quotes.opened_after_latin =
                        latin_before.is_some_and(|p| p.is_ascii_alphanumeric());
                    quotes.opened_after_colon = matches!(before, Some(':' | '：'));
                    quotes.opened_after_word = prev.is_some_and(crate::text::is_han);
                }
            }
            // What the character ends, read as the stop it stands for here.
            let stop = match c {
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
                '）' | ')' if text[..pos].ends_with("（完") || text[..pos].ends_with("(完") => {
                    '。'
                }
                _ => c,
            };
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
                    && ahead.next().is_none_or(|t| {
                        t != '.' && !t.is_alphanumeric() && !matches!(t, '/' | '\\')
                    });
                if matches!(d, '.' | '!' | '?' | '…' | '！' | '？' | '。') || spaced_dot {
                    end += d.len_utf8();
                } else {
                    break;
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
            // Reference marks belong to the sentence they follow (`large.[2][3] Visitors`).
            end += reference_marks_len(&text[end..]);
            // Emoji after a stop close its sentence (`放假啦！🎉🎉 去哪`), set apart by
            // a space too (`We won! 🎉 Next stop`), and so do emoticons and kaomoji
            // (`worked. :) Marking this`, `太好了！^_^ 明天见`, `了。:( 改到`).
            let emoji_len = |rest: &str| -> usize {
                rest.chars()
                    .take_while(|&e| is_emoji(e))
                    .map(char::len_utf8)
                    .sum()
            };
            let faces_from = end;
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
            let faced = end > faces_from;
            let quoted = text[pos..end].contains(['”', '」']);
            end += source_len(stop, &text[sentence_start..pos], quoted, &text[end..]);
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

    /// Whether the terminator run `chars[i..j]` (closers included) ends a sentence.
    fn ends_here(&self, d: &Decision) -> bool {
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let Some(&(_, next)) = chars.get(j) else {
            return true;
        };
        let Some(k) = chars[j..].iter().position(|&(_, e)| !e.is_whitespace()) else {
            return true;
        };
        // The last closer, before any face (`。”`; not the `)` of `worked. :)`).
        let closer = chars[d.closers_end - 1].1;
        let first = chars[j + k].1;
        // What follows a comma or a colon is the same sentence (`！” ，“他穿着`).
        if matches!(first, '，' | ',' | '、' | '；' | ';' | '：' | ':') {
            return false;
        }
        // Marks alone in brackets comment on a word (`所谓的专家（？）声称`, `他竟然（！）没有来`).
        if i > 0
            && matches!(chars[i - 1].1, '（' | '(' | '[' | '【')
            && matches!(closer, '）' | ')' | ']' | '】')
            && chars[i..d.closers_end - 1]
                .iter()
                .all(|&(_, e)| matches!(e, '?' | '!' | '？' | '！'))
        {
            return false;
        }
        // A bracketed aside with its own stop, after the first word or two of a
        // sentence that goes on (`那天（真是倒霉透了！）我把钥匙弄丢了`, `他（真的是他
        // 吗？）竟然来了`), or after a title that it glosses (`《妈妈咪呀！》（Mamma
        // Mia!）中文版将于…`).
        if matches!(closer, '）' | ')')
            && crate::text::is_han(first)
            && d.sentence.rfind(['（', '(']).is_some_and(|open| {
                let opening = d.sentence[..open].trim();
                opening.ends_with('》')
                    || !opening.is_empty()
                        && opening.chars().count() <= ASIDE_OPENING_HAN
                        && opening.chars().all(crate::text::is_han)
            })
        {
            return false;
        }
        // So is what follows a Chinese dash that closes an aside (`他居然——真是没想
        // 到！——拿了冠军，还…`); one that opens a line of dialogue opens a sentence
        // (`——你去哪儿？——回家。`). (A short source after one is its sentence's:
        // see `source_len`.)
        if first == '—'
            && chars.get(j + k + 1).is_some_and(|&(_, e)| e == '—')
            && d.sentence
                .trim_start()
                .match_indices("——")
                .any(|(at, _)| at > 0)
        {
            return false;
        }
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        let closed = d.closers_end > i + 1 && closer != c && is_quote_closer(closer);
        // A bracket glued to a closed quotation glosses it: what follows is the
        // quotation's (`“一切都会好起来的。”（All will be well.）他在信的结尾写道。`).
        let gloss = closed
            && closer == '）'
            && d.sentence
                .rfind('（')
                .is_some_and(|at| d.sentence[..at].ends_with(['”', '」']));
        // Closed by a quotation mark, not a bracket: only a quotation has an
        // attribution (`(Nobody knew why.) The party continued.`).
        let quoted = closed && (gloss || !matches!(closer, ')' | ']' | '）' | '】'));
        let aside_sentence =
            closed && !quoted && d.sentence.trim_start().starts_with(['（', '(', '[', '【']);
        // A stop inside a title (`《你好！李焕英》`); not a source's title after a
        // stop (`。——文天祥《过零丁洋》 这两句`).
        if j > i + 1 && closer == '》' && !chars[i..j].iter().any(|&(_, e)| crate::text::is_han(e))
        {
            return false;
        }
        // A quotation's attribution belongs to its sentence (`!" Hammel added.`), and
        // so does what goes on after it in Chinese (`“谢谢！”就走了`), or after one
        // that is a word's object (`把“…。”挂在嘴边`), or in lowercase after one that
        // English text quotes (`He wrote “你好！” on the board`).
        if closed
            && (d.object
                || (d.after_latin
                    && (lowercase_word_at(chars, j + k) || glosses_quotation(d, j + k)))
                || (quoted && self.attribution_follows(d.rules, chars, j + k, d.after_colon))
                // A bracket glued to the quotation with a stop of its own glosses it
                // (`“Imagination is more important than knowledge.”（想象力比知识更重
                // 要。）这句话…`); not a list's marker (`。”（2）“…`).
                || (quoted && k == 0 && first == '（' && bracket_holds_stop(&chars[j + 1..]))
                // (Not past brackets that hold a sentence of their own: `。（据说是为了
                // 工作。）之后再也没回来。`)
                // (An English question quoted in Chinese is named, not asked: `“How
                // are you?”是英语中…`.)
                || (!aside_sentence && self.continuations.follow(
                    &chars[past_quotations(chars, j + k)..],
                    matches!(c, '?' | '？') && !prev.is_some_and(|p| p.is_ascii_alphabetic()),
                    d.after_colon,
                )))
        {
            return false;
        }
        // A joining arrow or tilde opens nothing (`（一定要早去！）→武侯祠→锦里`).
        if k == 0 && matches!(first, '→' | '←' | '～') {
            return false;
        }
        // A quotation inside its clause goes on before a particle or a predicate
        // that opens no sentence (`他“哼！”了一声`, `孩子们“哇！”地叫出声来`, `专辑
        // “Hello, Tomorrow!”将于月底上线`).
        if closed && d.after_word && k == 0 && self.continuations.goes_on_inside(&chars[j..]) {
            return false;
        }
        // Quotations in a row after a colon whose verb takes what was said as its
        // object are one list of it (`网友纷纷留言：“终于等到了！”“太好了！”`).
        if quoted
            && k == 0
            && matches!(first, '“' | '「')
            && listed_after_colon(d.sentence)
                .is_some_and(|before| self.continuations.object_before(before))
            // (Not a reply with its speaker: `喊：“吃饭啦！”“来了！”弟弟应道。`)
            && !self.attribution_follows(d.rules, chars, past_quotations(chars, j), false)
        {
            return false;
        }
        // So does an English phrase's `!` or `?` in a Chinese sentence, unquoted, before
        // words that go on (`你知道What's up?是什么意思吗？`, `他说了句Why not?就走了`).
        if !closed
            && matches!(c, '!' | '?')
            && prev.is_some_and(|p| p.is_ascii_alphabetic())
            && d.sentence.chars().any(crate::text::is_han)
            && self.continuations.follow(&chars[j + k..], false, false)
        {
            return false;
        }
        // A stop inside a topic tag ends nothing (`#我的2023！#今年`): an odd `#`
        // opened it, with no space since (`#北京暴雨#今天…！#` is closed).
        if next == '#'
            && chars[..i]
                .iter()
                .rev()
                .take_while(|&&(_, e)| !e.is_whitespace())
                .filter(|&&(_, e)| e == '#')
                .count()
                % 2
                == 1
        {
            return false;
        }
        // Inside brackets (and `«…»`, `„…“`) that go on, or a quotation in Chinese text
        // (`一句“Thank you. See you.”就走了`), a sentence does not end.
        if (d.brackets > 0 || d.in_chinese) && !closed {
            return false;
        }
        // A Chinese ellipsis (`……`, or `...` typed) after a word or two, or before
        // the word it follows again, is a pause (`这个……那个……`, `我……我不知道`,
        // `北京、上海...都`), not a sentence's end.
        // (`。。。` is typed for one too.)
        let dots = chars[i..j]
            .iter()
            .filter(|&&(_, e)| e == '.' || e == '。')
            .count();
        let ellipsis = c == '…' || dots >= 3;
        // An English ellipsis after a filler alone or before the word it follows
        // again is a pause (`Well... I suppose we could`, `Well, I... I don't know`).
        if ellipsis && prev.is_some_and(|p| p.is_ascii_alphabetic()) {
            let last = d
                .sentence
                .trim_end()
                .rsplit([' ', ','])
                .next()
                .unwrap_or_default();
            let next: String = chars[j + k..]
                .iter()
                .map(|&(_, e)| e)
                .take_while(char::is_ascii_alphabetic)
                .collect();
            let lone_filler = d.sentence.split_whitespace().nth(1).is_none()
                && d.rules.fillers.contains(&last.to_lowercase());
            if lone_filler || next.eq_ignore_ascii_case(last) {
                return false;
            }
        }
        // An ellipsis inside a quotation that goes on to a comma and its attribution
        // ends nothing (`"Well... I suppose we could try," she said slowly.`).
        if ellipsis && d.depth > 0 && !closed && quotation_ends_in_comma(&chars[j..]) {
            return false;
        }
        // (A question or an exclamation after it ends the sentence: `什么……？！你`.)
        let asks = chars[i..j]
            .iter()
            .any(|&(_, e)| matches!(e, '?' | '!' | '？' | '！'));
        if ellipsis && prev.is_some_and(is_cjk) && !closed && !asks {
            // The clause before: Han characters and digits back to any punctuation
            // (`风很大` in `天黑了，风很大……`, `橘子` in `苹果、香蕉、橘子……`,
            // `提高到了90分` in `…，提高到了90分……这`), read through a quotation
            // closed inside it (`脑子里“嗡”的一声……`), not past one opened.
            let mut quoted = false;
            let clause = d
                .sentence
                .chars()
                .rev()
                .take_while(move |&e| match e {
                    '”' | '」' if !quoted => {
                        quoted = true;
                        true
                    }
                    '“' | '「' if quoted => {
                        quoted = false;
                        true
                    }
                    _ => crate::text::is_han(e) || e.is_ascii_digit(),
                })
                .filter(|&e| !matches!(e, '“' | '”' | '「' | '」'));
            let before: Vec<char> = clause.clone().take(PAUSE_HAN).collect();
            // A topic before it (`这个问题嘛……`, `关于这件事……`).
            let topic = || {
                // (One character more than a topic's longest shows a longer clause.)
                let mut topic: Vec<char> = clause.take(TOPIC_HAN + 1).collect();
                topic.reverse();
                self.continuations
                    .topic_before_pause(&topic.into_iter().collect::<String>())
            };
            // A word said again after the pause: `我……我`, `所以……所以`, also past a
            // final particle (`他笑了……笑得很开心`).
            let ahead: Vec<char> = chars[j + k..].iter().take(2).map(|&(_, e)| e).collect();
            let said_again = |before: &[char]| {
                (1..=2).any(|n| {
                    before.len() >= n
                        && ahead.len() >= n
                        && before[..n].iter().rev().eq(ahead[..n].iter())
                })
            };
            let written_before: String = before.iter().rev().collect();
            let particle = self.continuations.final_particle(&written_before);
            let repeated = said_again(&before) || said_again(&before[particle..]);
            // An English sentence after it makes it an end (`等一下……Wait...`), not
            // a Latin name in the Chinese sentence (`那个……Apple的新品`).
            let english_follows = || {
                let latin = chars[j + k..]
                    .iter()
                    .take_while(|&&(_, e)| e.is_ascii_alphabetic())
                    .count();
                first.is_ascii_uppercase()
                    && chars.get(j + k + latin).is_none_or(|&(_, e)| !is_cjk(e))
            };
            // Web text types `。。。` for an ellipsis that ends a sentence (`无语了。。。
            // 这都`, `好吧。。。我认输了`, `气死我了。。。又被放鸽子了`): after a short
            // clause it pauses only in a list (`北京、上海、广州。。。都在`), and a word
            // that goes on after `……` opens a sentence after it.
            let typed = c == '。';
            let short = before.len() < PAUSE_HAN
                && particle == 0
                && (!typed
                    || d.sentence
                        .chars()
                        .rev()
                        .find(|&e| !(crate::text::is_han(e) || e.is_ascii_digit()))
                        == Some('、'));
            // (Not after an exclamation's particle: `真是太好了...终于放假了！`.)
            let goes_on =
                !typed && particle == 0 && self.continuations.after_pause(&chars[j + k..]);
            if (short || repeated || goes_on || topic()) && !english_follows() {
                return false;
            }
        }
        if is_cjk_end(c)
            || is_other_end(c)
            || (self.semicolon && c == '；')
            || c == '…' && prev.is_some_and(is_cjk)
            || matches!(c, '!' | '?')
                && (prev.is_some_and(is_cjk) || exclaims_before_han(d, closed))
        {
            // Inside a quotation that goes on, a sentence does not end. (English news
            // ends sentences inside long quotations, and NTREX's lines do too.)
            // A single quote that closes leaves the double one around it open
            // (`“老师说，‘要诚实。’我一直记得。”`).
            let inner = matches!(closer, '’' | '\'' | '」' | '』');
            return d.depth == 0 || (closed && !inner);
        }
        // An ASCII period used as a Chinese full stop: `生态.创新`, `通知.The`, before
        // a date or a time (`起.6月18日开售`) or the next item's number (`焯水.2.锅中`);
        // not a file's dot (`将.env复制`), nor a
        // relative path's (`执行./start.sh`, `运行../build.sh`).
        if c == '.' && prev.is_some_and(crate::text::is_han) {
            // (No decimal point follows a Han character: `票价为2.5元.3岁以下`.)
            let date_follows = || {
                let digits = chars[j..]
                    .iter()
                    .take_while(|&&(_, e)| e.is_ascii_digit())
                    .count();
                chars
                    .get(j + digits)
                    .is_some_and(|&(_, e)| crate::text::is_han(e))
            };
            // A name written with its dot runs into Chinese (`和.NET开发`, `.com域名`).
            let latin = chars[j..]
                .iter()
                .take_while(|&&(_, e)| e.is_ascii_alphanumeric())
                .count();
            let dotted_name =
                next.is_ascii_alphabetic() && chars.get(j + latin).is_some_and(|&(_, e)| is_cjk(e));
            return d.depth == 0
                && (!next.is_ascii_digit() || date_follows() || glued_item_number(&chars[j..]))
                && !next.is_ascii_lowercase()
                && next != '/'
                && !dotted_name;
        }
        if !next.is_whitespace() {
            // Glued: `jump.Since`, `it.我也`, `wait?Sign`; a dotted name is one word.
            // A quotation closed and the next one opened at once (`taken?""No`).
            let next_quotation = closed
                && matches!(next, '"' | '“')
                && chars.get(j + 1).is_some_and(|&(_, e)| e.is_uppercase());
            // A capitalised word glued to a closed double quotation opens a sentence
            // too (`"We did it!"The captain`). (A single quote may be a word's
            // apostrophe: `'Oh no!'Yu-cun smiled`.)
            let capital_after_quotation = matches!(closer, '"' | '”')
                && next.is_uppercase()
                && chars.get(j + 1).is_some_and(|&(_, e)| e.is_lowercase());
            return match c {
                // An English sentence ends on its number before Chinese (`founded in
                // 1998.它的总部`), as a short number in Chinese may not (`1.请`).
                // So does one on an abbreviation but a title's, as when a space
                // parts them (`starts at 9 a.m.活动地点`; not `据Dr.李`).
                '.' => {
                    self.glued_sentence(d.rules, chars, i, j)
                        || (crate::text::is_han(next)
                            && english_sentence(d.sentence)
                            && (prev.is_some_and(|p| p.is_ascii_digit())
                                || self.english_ends_before_han(d, j, false)))
                }
                '!' | '?' => {
                    next_quotation
                        || capital_after_quotation
                        || glued_question_or_exclamation(d.rules, chars, i, j)
                }
                _ => false,
            };
        }
        // A name that carries its `!` goes on unless a capitalised opener follows
        // (`Yahoo! Finance listed`, `Yahoo! 曾经是`, `Jeopardy! before`; `loved Yahoo!
        // It was`).
        if c == '!'
            && j == i + 1
            && d.rules
                .exclaiming_names
                .contains(&word_before(chars, i).to_lowercase())
        {
            let next_word: String = chars[j + k..]
                .iter()
                .take_while(|&&(_, e)| e.is_alphabetic() && !is_cjk(e))
                .flat_map(|&(_, e)| e.to_lowercase())
                .collect();
            return first.is_uppercase() && d.rules.openers.contains(&next_word);
        }
        if is_cjk(first) {
            // An ellipsis set apart by spaces goes on (`这一天 ... 这一天物理学家`), as
            // in English (`really ... well`).
            if dots >= 3 && prev.is_some_and(char::is_whitespace) {
                return false;
            }
            // `Apple Inc. 的股价`: an abbreviation holds before Chinese too, and so
            // does a list's number, after a stop too (`1. 加强组织领导`, `…个月。1. 本项目`);
            // but not at the end of an English sentence (`held at the U.N. 各国代表`,
            // `lands at 5 p.m. 我们`).
            if c != '.' {
                return true;
            }
            let english = self.english_ends_before_han(d, j + k, true);
            return english
                || !(self.is_abbreviation_before(d.rules, chars, i)
                    || is_list_label(d.rules, d.sentence, true));
        }
        // Inside a short quotation nothing ends (`"Go! Go! Go!" until the final
        // whistle`).
        if !closed
            && !d.in_chinese
            && !is_cjk_end(c)
            && inside_short_quotation(d.sentence, &chars[j..])
        {
            return false;
        }
        let opens = opens_sentence(chars, j + k, closed)
            || (d.rules.lowercase_opens && dots <= 1 && first.is_lowercase());
        // Forum text opens sentences in lowercase: after a run of `?` or `!`
        // (`windows 11??? i've`), or after one or a plain word's period before a
        // word that opens sentences (`figured it out. you have to`, `driver. thx`,
        // `didn't`, `r/learnpython? they're`); not after a quotation, where an
        // attribution goes on (`"You sold the car?!" he yelled`).
        let casual_start = first.is_lowercase()
            && !closed
            && match c {
                '!' | '?' => {
                    chars[i..j]
                        .iter()
                        .filter(|&&(_, e)| matches!(e, '!' | '?' | '！' | '？'))
                        .nth(1)
                        .is_some()
                        || casual_opener_at(d.rules, chars, j + k, false)
                        || label_at(d.rules, chars, j + k)
                        || command_at(d.rules, chars, j + k)
                        // (As after a period: `does this work on linux? the docs only`;
                        // not code's `parentURL ? new URL(…)`.)
                        || ((lowercase_word_at(chars, j + k)
                            || casual_opener_at(d.rules, chars, j + k, true))
                            && prev.is_some_and(char::is_alphabetic)
                            && past_item_label(d.sentence).starts_with(char::is_lowercase)
                            && !d.sentence.contains(['{', '}', '(', '=', ';']))
                }
                // A writer who opened the sentence in lowercase opens the next one
                // so too (`lol that's what happened to me. thought i was`).
                '.' => {
                    dots == 1
                        && (plain_word_opener(d.rules, chars, i, j + k)
                            || ((label_at(d.rules, chars, j + k)
                                || file_or_module_at(chars, j + k)
                                || command_at(d.rules, chars, j + k))
                                && !self.is_abbreviation_before(d.rules, chars, i))
                            || (lowercase_word_at(chars, j + k)
                                && past_item_label(d.sentence).starts_with(|e: char| {
                                    e.is_lowercase() || matches!(e, '@' | '#')
                                })
                                && plain_or_number_before(d.rules, chars, i)))
                }
                _ => false,
            };
        // A number opens a sentence, with its currency or a comparison before it
        // too (`$4.50 now buys`, `<300 ms is typical`).
        let number_opens = first.is_ascii_digit()
            || (is_currency(first) || matches!(first, '<' | '>' | '≤' | '≥' | '~' | '≈'))
                && chars
                    .get(j + k + 1)
                    .is_some_and(|&(_, e)| e.is_ascii_digit());
        match c {
            '!' | '?' => opens || casual_start || number_opens,
            '…' => opens,
            _ => {
                // A run of periods is an ellipsis; one period may close an abbreviation.
                if dots > 1 {
                    return opens;
                }
                (opens || casual_start || (number_opens && number_may_follow(d.rules, chars, i)))
                    && !self.abbreviation_holds(d, j + k)
                    && !is_list_label(d.rules, d.sentence, d.opens_paragraph)
            }
        }
    }

    /// An English sentence ends on the abbreviation before the Chinese at `chars[at]`
    /// (`lands at 5 p.m. 我们`, `starts at 9 a.m.活动`): not a title's, which goes on
    /// to a name in any script (`went to Prof. 李华 of Fudan`, `据Dr.李`), nor a short
    /// name's suffix, the Chinese sentence's subject (`Wang et al. 在2020年…`, `Apple
    /// Computer Inc. 宣布…`; a company's suffix may end a list of names, the subject of
    /// Chinese in a sentence of English names: `Sony Group Corp. 与 Honda Motor Co.,
    /// Ltd. 已成立`), nor before Chinese that goes on. `loosely`: a sentence of
    /// mostly English words counts.
    fn english_ends_before_han(&self, d: &Decision, at: usize, loosely: bool) -> bool {
        let kind = d.rules.kind(&word_before(d.chars, d.i).to_lowercase());
        if kind == Some(Kind::NeverEnds) {
            return false;
        }
        let suffix = kind == Some(Kind::NameSuffix);
        let subject = suffix && d.sentence.split_whitespace().count() <= NAME_SUBJECT_WORDS;
        let english =
            english_sentence(d.sentence) || loosely && !suffix && mostly_english(d.sentence);
        english && !subject && !self.continuations.follow(&d.chars[at..], false, false)
    }

    /// `clause`, a paragraph's start before a colon, is a heading: a few words, no
    /// reporting verb.
    fn arabic_heading(&self, clause: &str) -> bool {
        let mut words = clause.split_whitespace();
        !words.clone().any(|w| self.verbs.words.contains(w))
            && words.nth(ARABIC_HEADING_WORDS).is_none()
    }
}
