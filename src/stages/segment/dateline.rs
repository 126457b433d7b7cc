//! News datelines glued to the headline and byline before them. Scraped articles
//! arrive as `Storm hits coast By Jane Doe, Reuters LONDON (Reuters) - Heavy rain
//! …` or `国产大飞机完成首飞 新华社上海5月28日电 …`: the dateline (a city in
//! capitals and an agency's credit before a dash; an agency, a place and a date
//! before `电`) is where the body starts, so what comes before it in the paragraph's
//! first sentence is a headline, and maybe a byline (`By Jane Doe, Reuters`).

use std::sync::LazyLock;

use memchr::memmem::Finder;
use regex::Regex;
use rustc_hash::FxHashSet;

use super::chars::last_chars;
use super::headings::split_span;
use super::lexicons::opens_with_any;
use crate::stages::sectioned_word_list;

/// A city in capitals, maybe its state or country and a date, then an agency's
/// credit (the agency is checked against the list) and a dash before the body:
/// `LONDON (Reuters) - `, `ST. LOUIS, Mo. (AP) — `, `CUPERTINO, Calif., Sept. 12
/// (Reuters) - `.
static ENGLISH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"(?:^|\s)([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)*(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})? \(([A-Za-z][A-Za-z\-]{1,20}(?: [A-Z][A-Za-z\-]{1,12})?)\) [—–-]{1,2} )[A-Z"“0-9]"#,
    )
});

/// An agency (a few Han characters), maybe a place, a date and `电` or `讯`, set
/// apart by a space and followed by a bracket, a space or a comma: `新华社上海5月28日电`,
/// `本报北京3月1日讯` (not `5月28日电话`).
static CHINESE_DATELINE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\s(\p{Han}{2,10}\d{1,2}月\d{1,2}日[电讯])(?:[\s（(，,]|$)"));

/// A byline that ends where the dateline starts: `By` and names, joined by commas
/// and `and` (`By Jane Doe, Reuters `, `By John Smith and Mary Lee `).
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?:^|\s)(By [A-Z][\w'.\-]*(?:(?:,? | and )[A-Z][\w'.\-]*)*\s*)$"));

/// `sentence` (a paragraph's opening, up to a period) is a dateline's place
/// without a credit: a city in capitals, a comma and its state's or country's
/// abbreviation (`ST. PAUL, Minn`, `BOSTON, Mass`): the dash after it is the
/// dateline's, not a sentence's opening.
pub(super) fn is_dateline_place(sentence: &str) -> bool {
    // (A place's length first: the check runs at every stop of a paragraph's first
    // sentence.)
    let place = sentence.trim_start();
    if place.len() > DATELINE_CITY_BYTES + ", ".len() + DATELINE_STATE_CHARS {
        return false;
    }
    let Some((city, state)) = place.rsplit_once(", ") else {
        return false;
    };
    city.chars().filter(|c| c.is_alphabetic()).count() >= DATELINE_CITY_LETTERS
        && city
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''))
        && state.starts_with(char::is_uppercase)
        && state.chars().count() <= DATELINE_STATE_CHARS
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Letters of the shortest city of a dateline without a credit (`ROME`), and
/// characters of the longest state's abbreviation after it (`Calif`, `N.Y`).
const DATELINE_CITY_LETTERS: usize = 3;
/// Bytes of the longest city read (`SALT LAKE CITY`, `RIO DE JANEIRO`, with room).
const DATELINE_CITY_BYTES: usize = 40;
const DATELINE_STATE_CHARS: usize = 6;

/// The Chinese dateline's day (`日`, then `电` or `讯`), searched before the pattern.
static DAY: LazyLock<Finder> = LazyLock::new(|| Finder::new("日"));

fn regex(pattern: &str) -> Regex {
    // The patterns are constants: a failure is a bug in this file, caught by its tests.
    Regex::new(pattern).unwrap_or_else(|e| panic!("dateline pattern: {e}"))
}

/// Fewest words (English) or characters (Chinese) of a headline before a dateline.
const HEADLINE_WORDS: usize = 3;
const HEADLINE_HAN: usize = 4;

/// The agencies of data/segment/datelines.txt, whose credit makes a dateline.
/// Han characters of the shortest and the longest Chinese headline read before a
/// lead's opening.
const LEAD_HEADLINE_HAN: usize = 6;
const HEADLINE_MAX_HAN: usize = 40;
/// Bytes of the longest such headline in UTF-8, three to a Han character.
const HEADLINE_MAX_BYTES: usize = 3 * HEADLINE_MAX_HAN;
/// Characters at a paragraph's end read for a page's credit: its label and value.
const CREDIT_TAIL_CHARS: usize = 24;

static IDEOGRAPHIC_SPACE: LazyLock<Finder> = LazyLock::new(|| Finder::new("\u{3000}"));

#[derive(Debug, Default)]
pub(super) struct Datelines {
    agencies: FxHashSet<String>,
    /// How a Chinese news lead opens after its headline (`记者`, `本报讯`), or glued
    /// to it (`本报讯（`), and how a clause, no headline, opens or ends before a
    /// stray space (`为了`, `期间`).
    lead_openings: Vec<String>,
    glued_lead_openings: Vec<Finder<'static>>,
    clause_openings: Vec<String>,
    clause_closings: Vec<String>,
    /// A page's credits that end a paragraph after a space (`来源：`).
    credit_labels: Vec<String>,
}

impl Datelines {
    pub(super) fn parse(text: &str) -> Result<Datelines, String> {
        let mut agencies = FxHashSet::default();
        let mut lead_openings = Vec::new();
        let mut glued_lead_openings = Vec::new();
        let mut clause_openings = Vec::new();
        let mut clause_closings = Vec::new();
        let mut credit_labels = Vec::new();
        for (section, entry) in sectioned_word_list(text, "agencies") {
            match section {
                "agencies" => {
                    agencies.insert(entry.to_string());
                }
                "lead openings" => lead_openings.push(entry.to_string()),
                "glued lead openings" => {
                    glued_lead_openings.push(Finder::new(entry.as_bytes()).into_owned());
                }
                "clause openings" => clause_openings.push(entry.to_string()),
                "clause closings" => clause_closings.push(entry.to_string()),
                "credit labels" => credit_labels.push(entry.to_string()),
                _ => return Err(format!("unknown section [{section}] in datelines.txt")),
            }
        }
        Ok(Datelines {
            agencies,
            lead_openings,
            glued_lead_openings,
            clause_openings,
            clause_closings,
            credit_labels,
        })
    }

    /// Splits the headline and byline glued before a dateline from the first span.
    pub(super) fn split_glued(&self, text: &str, spans: &mut Vec<(usize, usize)>) {
        let Some(&(start, end)) = spans.first() else {
            return;
        };
        let starts = self.starts(&text[start..end]);
        // Each cut is made in the last piece: offsets from the first span's start.
        for (k, &at) in starts.iter().enumerate() {
            let piece_start = spans[k].0;
            split_span(text, spans, k, start + at - piece_start);
        }
        // A page's credit after a space ends the paragraph.
        let last = spans.len() - 1;
        let (start, end) = spans[last];
        if let Some(at) = self.credit_start(&text[start..end]) {
            split_span(text, spans, last, at);
        }
    }

    /// Where a page's credit starts at the end of `sentence`, after a space and text
    /// with no stop (`…恢复正常通行 来源：杭州日报`): a label of `[credit labels]` and a
    /// short value with no space.
    fn credit_start(&self, sentence: &str) -> Option<usize> {
        // (Only a sentence with no stop of its own, and Chinese, is read.)
        if sentence.is_ascii() || sentence.ends_with(['。', '！', '？', '.', '!', '?']) {
            return None;
        }
        let tail_start = sentence.len() - last_chars(sentence, CREDIT_TAIL_CHARS).len();
        // (Every label ends in a colon: most tails hold none and are read no further.)
        if !sentence[tail_start..].contains(['：', ':']) {
            return None;
        }
        self.credit_labels.iter().find_map(|label| {
            let at = tail_start + sentence[tail_start..].rfind(label.as_str())?;
            let value = &sentence[at + label.len()..];
            let before = sentence[..at].strip_suffix([' ', '\u{3000}'])?;
            // (Not in a line of a page's labels: `发布日期：2023-11-02　来源：…`.)
            (!value.is_empty()
                && !value.contains(char::is_whitespace)
                && !before.contains(['：', ':'])
                && before.ends_with(|c: char| crate::text::is_han(c) || c.is_alphanumeric()))
            .then_some(at)
        })
    }

    /// Where the body starts in `sentence` (a paragraph's first), after a headline
    /// and a byline glued before its dateline: the byline's start, and the
    /// dateline's.
    fn starts(&self, sentence: &str) -> Vec<usize> {
        // The patterns run only where their fixed parts are.
        let bytes = sentence.as_bytes();
        let credit_ends =
            memchr::memchr_iter(b')', bytes).any(|at| bytes.get(at + 1) == Some(&b' '));
        if credit_ends
            && let Some(captures) = ENGLISH_DATELINE.captures(sentence)
            && let (Some(dateline), Some(agency)) = (captures.get(1), captures.get(2))
            && self.agencies.contains(agency.as_str())
        {
            let before = &sentence[..dateline.start()];
            if before.split_whitespace().count() < HEADLINE_WORDS {
                return Vec::new();
            }
            // A byline after a headline in sentence case (`… lose power By Jane Doe`);
            // in Title Case `By` may be the headline's own (`Killed By Police`).
            let byline = BYLINE.captures(before).and_then(|c| c.get(1)).filter(|b| {
                let headline = &before[..b.start()];
                headline.split_whitespace().count() >= HEADLINE_WORDS
                    && headline
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
            });
            return byline
                .map(|b| b.start())
                .into_iter()
                .chain(std::iter::once(dateline.start()))
                .collect();
        }
        let dated = !bytes.is_ascii()
            && DAY
                .find_iter(bytes)
                .any(|at| sentence[at + DAY.needle().len()..].starts_with(['电', '讯']));
        if dated && let Some(dateline) = CHINESE_DATELINE.captures(sentence).and_then(|c| c.get(1))
        {
            let headline = &sentence[..dateline.start()];
            if headline.chars().filter(|&c| crate::text::is_han(c)).count() >= HEADLINE_HAN {
                return vec![dateline.start()];
            }
        }
        self.lead_start(sentence).into_iter().collect()
    }

    /// Where a Chinese news lead starts after a headline that a space parts from it
    /// (`我市新增3条公交线路 记者昨日从…获悉`, `…交付使用 （记者 张明）昨天上午`), or
    /// that a reporter's credit follows with no space (`新春灯会今晚亮灯本报讯（记者…`):
    /// a headline of Han characters with no stop, and a lead that opens with a word
    /// of `[lead openings]`.
    fn lead_start(&self, sentence: &str) -> Option<usize> {
        // (It may open with a Latin word, a number or a quotation: `5G基站实现乡镇全覆
        // 盖`, `“一网通办”让群众少跑腿`.)
        if !sentence
            .starts_with(|c: char| crate::text::is_han(c) || c.is_ascii_alphanumeric() || c == '“')
            || sentence.is_ascii()
        {
            return None;
        }
        // (In a headline's length at most, by a byte scan: most paragraphs hold no
        // space there and are read no further.)
        let head = &sentence.as_bytes()[..sentence.len().min(HEADLINE_MAX_BYTES)];
        // (Not a space between Latin words or a model's number: `iPhone 16国行版`.)
        let space = memchr::memchr_iter(b' ', head).find(|&at| {
            !(at > 0
                && head[at - 1].is_ascii_alphanumeric()
                && head.get(at + 1).is_some_and(u8::is_ascii_alphanumeric))
        });
        let glued = self
            .glued_lead_openings
            .iter()
            .filter_map(|opening| opening.find(head));
        let end = [space, IDEOGRAPHIC_SPACE.find(head)]
            .into_iter()
            .flatten()
            .chain(glued)
            .min()?;
        let headline = &sentence[..end];
        // (A Latin word or a number counts as a character: `iPad Air 7正式发布`.)
        let latin_words = headline
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .count();
        let han = headline.chars().filter(|&c| crate::text::is_han(c)).count() + latin_words;
        // (Not a dateline, which its byline goes on: `人民网北京9月10日电 （记者 杜燕飞）`.)
        let plain = headline.chars().all(|c| {
            crate::text::is_han(c)
                || c.is_ascii_alphanumeric()
                || matches!(c, '《' | '》' | '·' | '“' | '”' | ' ' | '：' | '(' | ')')
        }) && !headline.ends_with(['电', '讯'])
            && !opens_with_any(headline, &self.clause_openings)
            && !self
                .clause_closings
                .iter()
                .any(|c| headline.ends_with(c.as_str()));
        let lead = sentence[end..].trim_start();
        // (The lead goes on past its opening: `他是一名 记者，很忙` is a stray space.)
        let opens_lead = self.lead_openings.iter().any(|o| {
            lead.strip_prefix(o.as_str())
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| {
                    crate::text::is_han(c) || c.is_whitespace() || matches!(c, '（' | '(')
                })
        });
        (plain && (LEAD_HEADLINE_HAN..=HEADLINE_MAX_HAN).contains(&han) && opens_lead)
            .then(|| sentence.len() - lead.len())
    }
}

#[cfg(test)]
mod tests {
    use super::Datelines;

    fn parts(text: &str) -> Vec<&str> {
        let datelines =
            Datelines::parse(include_str!("../../../data/segment/datelines.txt")).unwrap();
        let mut cuts = datelines.starts(text);
        cuts.push(text.len());
        let mut start = 0;
        cuts.into_iter()
            .map(|end| {
                let part = text[start..end].trim();
                start = end;
                part
            })
            .collect()
    }

    #[test]
    fn a_headline_and_byline_come_apart_at_the_dateline() {
        assert_eq!(
            parts(
                "Storm batters England, thousands lose power By Jane Doe, Reuters LONDON (Reuters) - Heavy rain fell."
            ),
            [
                "Storm batters England, thousands lose power",
                "By Jane Doe, Reuters",
                "LONDON (Reuters) - Heavy rain fell."
            ]
        );
        assert_eq!(
            parts(
                "Fed holds rates, signals cuts By John Smith and Mary Lee WASHINGTON (AP) — The Fed held."
            ),
            [
                "Fed holds rates, signals cuts",
                "By John Smith and Mary Lee",
                "WASHINGTON (AP) — The Fed held."
            ]
        );
        assert_eq!(
            parts(
                "Apple unveils a new phone CUPERTINO, Calif., Sept. 12 (Reuters) - Apple on Tuesday said."
            ),
            [
                "Apple unveils a new phone",
                "CUPERTINO, Calif., Sept. 12 (Reuters) - Apple on Tuesday said."
            ]
        );
        // In Title Case `By` may be the headline's.
        assert_eq!(
            parts("Man Killed By Police Officer ST. LOUIS, Mo. (AP) — A man died."),
            [
                "Man Killed By Police Officer",
                "ST. LOUIS, Mo. (AP) — A man died."
            ]
        );
        assert_eq!(
            parts(
                "国产大飞机C919完成首次商业飞行 新华社上海5月28日电（记者 王辰阳）5月28日，C919起飞。"
            ),
            [
                "国产大飞机C919完成首次商业飞行",
                "新华社上海5月28日电（记者 王辰阳）5月28日，C919起飞。"
            ]
        );
    }

    #[test]
    fn a_dateline_that_opens_the_paragraph_or_none_splits_nothing() {
        for text in [
            "LONDON (Reuters) - Heavy rain fell across England.",
            "ST. LOUIS, Mo. (AP) — A man was arrested Sunday.",
            "新华社北京1月5日电 国务院召开常务会议。",
            "The company (Apple) said it would grow.",
            "He said NASA (the agency) - not the contractor - was at fault.",
            "Use the Windows crypto API (Windows only) - or MS Crypto API NG (Windows only)",
            "Connect the cable to the port labeled HDMI (Input) - the one nearest the jack.",
            "All flights departing LONDON (Heathrow) - Terminal 5 - are delayed by fog.",
            "Wire stories usually begin with a dateline such as LONDON (Reuters) - followed by the report.",
            "Local elections 2024 results: LABOUR (Starmer) - 1,158 seats.",
            "他在5月28日说 我们5月28日电话联系过。",
        ] {
            assert_eq!(parts(text), [text.trim()], "{text}");
        }
    }
}
