//! `segment`: sentences of Chinese, English and mixed paragraphs, as byte spans that
//! cover the paragraph in order with only whitespace between them (lossless).
//!
//! Chinese: a sentence ends after `。！？` (and `!?` beside Chinese), or an ellipsis
//! (`……`) before a new sentence, with the closing quotes and brackets that follow it
//! (`。”`, `！」`, `？）`); inside a quotation that goes on, it does not. `；` ends
//! one only with `semicolon_ends_sentence`. English: `.!?` and ellipses end a
//! sentence before whitespace and a capital (or a quote, a digit after `!?`, or
//! Chinese), unless the period closes an abbreviation (data/segment/
//! abbreviations_en.txt) or an initial; after the abbreviations that can also end a
//! sentence (`Co.`, `U.S.`), a pronoun or another sentence opener decides. Numbered
//! and lettered list items are sentences of their own. Glued sentences that scraping
//! leaves (`jump.Since`) are split where the period sits between a lowercase word
//! and a capitalised one, outside dotted names (`Node.js`, `ASP.NET`, `Mr.Smith`).

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::{Stage, StageSpec, data_file, option_names, parse_options, word_list};
use crate::document::Document;
use crate::text::is_cjk;

const NAME: &str = "segment";
const ABBREVIATIONS: &str = include_str!("../../data/segment/abbreviations_en.txt");

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
    /// A file replacing data/segment/abbreviations_en.txt.
    pub abbreviations_file: Option<PathBuf>,
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
            .map(|p| self.segmenter.split(&p.text))
            .collect();
    }
}

/// The Latin word (letters, digits, inner periods, `°`) just before position `i`,
/// lowercased: `Dr` in `采访了Dr.`, `u.s` in `the U.S.`.
fn word_before(chars: &[(usize, char)], i: usize) -> String {
    let start = chars[..i]
        .iter()
        .rposition(|&(_, d)| !(d.is_ascii_alphanumeric() || d == '.' || d == '°' || d == '\''))
        .map_or(0, |k| k + 1);
    chars[start..i]
        .iter()
        .map(|&(_, d)| d.to_ascii_lowercase())
        .collect()
}

/// Words that open a sentence, deciding after an abbreviation that can also end one
/// (`... & Co. They said`).
const OPENERS: &[&str] = &[
    "i", "it", "he", "she", "they", "we", "you", "this", "that", "these", "those", "there", "how",
    "what", "who", "why", "when", "where", "but", "and", "so", "mr", "mrs", "ms", "dr", "the",
    "did", "do", "does", "is", "are", "was", "were", "can", "could", "will", "would", "should",
    "have", "has", "had", "my", "our", "your", "his", "her", "its", "their", "if", "then", "now",
    "yes", "no",
];
/// Abbreviations that come before a name or a number and so never end a sentence.
const ALWAYS_GLUED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "gov", "sen", "rep", "rev", "col",
    "capt", "lt", "sgt", "vs", "v", "e.g", "i.e",
];
/// Abbreviations that come before a number (`No. 5`, `Fig. 3`).
const BEFORE_NUMBERS: &[&str] = &["no", "nos", "fig", "figs", "vol", "p", "pp"];

/// Open quotations and brackets. Curly and straight double quotes toggle, since
/// scraped text often closes `“` with another `“`, or opens and closes with `"`.
#[derive(Default)]
struct Quotes {
    brackets: i32,
    curly: bool,
    straight: bool,
}

impl Quotes {
    fn see(&mut self, c: char) {
        match c {
            '「' | '『' | '（' | '(' | '《' => self.brackets += 1,
            '」' | '』' | '）' | ')' | '》' => self.brackets = (self.brackets - 1).max(0),
            '“' => self.curly = !self.curly,
            // Mixed styles (`“…"`, `"…”`): a closing mark closes whichever is open.
            '”' if !self.curly => self.straight = false,
            '”' => self.curly = false,
            '"' if self.curly && !self.straight => self.curly = false,
            '"' => self.straight = !self.straight,
            _ => {}
        }
    }

    fn depth(&self) -> i32 {
        self.brackets + i32::from(self.curly) + i32::from(self.straight)
    }
}

/// Bytes that may start a character the scan must look at: ASCII terminators,
/// brackets and quotes, and the lead bytes of the other scripts' stops and of the
/// three-byte forms (`。！？…“”「」（）`, `।`, `።`).
static MAY_MATTER: [bool; 256] = {
    let mut table = [false; 256];
    let interesting = [
        b'.', b'!', b'?', b'(', b')', b'"', 0xD6, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF,
    ];
    let mut k = 0;
    while k < interesting.len() {
        table[interesting[k] as usize] = true;
        k += 1;
    }
    table
};

/// Characters either side of a terminator that its decision may read (the word
/// before, the next word, a dotted name).
const CONTEXT_CHARS: usize = 64;

/// Characters ahead within which an open quotation must close to hold a sentence
/// end inside it.
const QUOTATION_REACH: usize = 200;

/// Whether the next quotation mark or bracket in `rest` closes one (the quotation
/// open at this point goes on) rather than opening another or there being none.
fn quotation_goes_on(rest: &str, quotes: &Quotes) -> bool {
    // A quotation closed only this far on is more likely a stray mark's partner.
    let mut previous = None;
    for c in rest.chars().take(QUOTATION_REACH) {
        match c {
            '”' | '」' | '』' | '）' | ')' | '》' => return true,
            '“' => return quotes.curly,
            '「' | '『' | '（' | '(' | '《' => return false,
            // A straight quote at a sentence's start opens one.
            '"' => {
                let opens = previous.is_none_or(|p: char| {
                    p.is_whitespace() || is_cjk_end(p) || matches!(p, '.' | '!' | '?')
                });
                return quotes.straight && !opens;
            }
            _ => {}
        }
        previous = Some(c);
    }
    false
}

pub struct Segmenter {
    abbreviations: HashSet<String>,
    semicolon: bool,
}

static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?P<marker>[•⁃\-–]?\s?(?:\d{1,3}|[a-z])(?:\.\)|\.|\)))\s")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// Quotes and brackets that close after a terminator (`。”`, `?)`, `！》`).
fn is_closer(c: char) -> bool {
    is_quote_closer(c) || c == '》'
}

/// Closers after which a sentence can end: quotes and brackets, not the title
/// marks of `《谁动了我的奶酪？》是一本书`.
fn is_quote_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '」' | '』' | '）' | ')' | ']' | '】'
    )
}

fn is_cjk_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Full stops and question marks of other scripts: Devanagari `।`, Urdu `۔`,
/// Arabic `؟`, Armenian `։`, Ethiopic `።` and `፧`, Burmese `။`.
fn is_other_end(c: char) -> bool {
    matches!(c, '।' | '॥' | '۔' | '؟' | '։' | '።' | '፧' | '။')
}

impl Segmenter {
    pub fn new(options: &SegmentOptions) -> Result<Self, String> {
        let list = data_file(ABBREVIATIONS, options.abbreviations_file.as_deref())?;
        Ok(Segmenter {
            abbreviations: word_list(&list).map(|w| w.to_lowercase()).collect(),
            semicolon: options.semicolon_ends_sentence,
        })
    }

    /// The sentence spans of `text`.
    pub fn split(&self, text: &str) -> Vec<(usize, usize)> {
        let markers = self.list_markers(text);
        let mut cuts = self.boundaries(text);
        // A list marker's own period (`1.`, `a.`) ends nothing; the item starts there.
        cuts.retain(|&cut| {
            !markers
                .iter()
                .any(|&(start, end)| cut > start && cut <= end)
        });
        cuts.extend(markers.iter().map(|&(start, _)| start).filter(|&at| at > 0));
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
        spans
    }

    /// Byte offsets where a sentence ends (just after its closing characters).
    fn boundaries(&self, text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut cuts = Vec::new();
        let mut quotes = Quotes::default();
        let mut window: Vec<(usize, char)> = Vec::new();
        let mut pos = 0;
        while pos < bytes.len() {
            // Most bytes (letters, Han characters, continuation bytes) can neither end
            // a sentence nor open or close a quotation: skip them undecoded.
            if !MAY_MATTER[usize::from(bytes[pos])] {
                pos += 1;
                continue;
            }
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            quotes.see(c);
            let terminator = is_cjk_end(c)
                || is_other_end(c)
                || matches!(c, '.' | '!' | '?' | '…')
                || (self.semicolon && c == '；');
            if !terminator {
                pos += c.len_utf8();
                continue;
            }
            // The terminator run (`?!`, `……`, `...`, `. . .`) and the closers after it.
            let mut end = pos + c.len_utf8();
            loop {
                let rest = &text[end..];
                let mut ahead = rest.chars();
                let Some(d) = ahead.next() else { break };
                let spaced_dot = c == '.' && d == ' ' && ahead.next() == Some('.');
                if matches!(d, '.' | '!' | '?' | '…' | '！' | '？' | '。') || spaced_dot {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            if c == '.' && text[pos..end].contains(' ') {
                // Spaced ellipses: `is . . . I` goes on; `compounds. . . . The` ends
                // at the period and the ellipsis opens the next sentence.
                let dots = text[pos..end].matches('.').count();
                let after_space = text[..pos]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_whitespace);
                let next = text[end..].trim_start().chars().next();
                if dots == 3 && after_space && next.is_some() {
                    pos = end;
                    continue;
                }
                if dots >= 4 && !after_space && next.is_some_and(char::is_uppercase) {
                    cuts.push(pos + 1);
                    pos = end;
                    continue;
                }
            }
            // A straight quote closes an open quotation, or one that text does not
            // follow directly; else it opens the next sentence (`。"我们…`).
            // `“` closes an open one after a terminator too (`。“` in scraped text).
            while let Some(d) = text[end..].chars().next().filter(|&d| {
                (is_closer(d) || (d == '“' && quotes.curly))
                    && (d != '"'
                        || quotes.straight
                        || text[end + 1..]
                            .chars()
                            .next()
                            .is_none_or(|e| e.is_whitespace() || is_closer(e)))
            }) {
                quotes.see(d);
                end += d.len_utf8();
            }
            // The decision reads a few words either side: decode just those.
            let from = text[..pos]
                .char_indices()
                .rev()
                .nth(CONTEXT_CHARS - 1)
                .map_or(0, |(at, _)| at);
            let to = text[end..]
                .char_indices()
                .nth(CONTEXT_CHARS)
                .map_or(text.len(), |(at, _)| end + at);
            window.clear();
            window.extend(text[from..to].char_indices().map(|(at, d)| (from + at, d)));
            let i = window.partition_point(|&(at, _)| at < pos);
            let j = window.partition_point(|&(at, _)| at < end);
            if quotes.depth() > 0 && !quotation_goes_on(&text[end..], &quotes) {
                // Nothing ahead closes it: a stray quote (scraped text has many), not
                // a quotation the sentence is inside.
                quotes = Quotes::default();
            }
            if self.ends_here(&window, i, j, quotes.depth()) {
                cuts.push(end);
            }
            pos = end;
        }
        cuts
    }

    /// Whether the terminator run `chars[i..j]` (closers included) ends a sentence.
    fn ends_here(&self, chars: &[(usize, char)], i: usize, j: usize, depth: i32) -> bool {
        let c = chars[i].1;
        let Some(&(_, next)) = chars.get(j) else {
            return true;
        };
        let after_space = chars[j..]
            .iter()
            .find(|&&(_, d)| !d.is_whitespace())
            .map(|&(_, d)| d);
        // What follows a comma or a colon is the same sentence (`！” ，“他穿着`).
        if after_space.is_some_and(|d| matches!(d, '，' | ',' | '、' | '；' | ';' | '：' | ':'))
        {
            return false;
        }
        let spaced = next.is_whitespace();
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        let closed = j > i + 1 && chars[j - 1].1 != c && is_quote_closer(chars[j - 1].1);
        if j > i + 1 && chars[j - 1].1 == '》' {
            return false;
        }
        if is_cjk_end(c)
            || is_other_end(c)
            || (self.semicolon && c == '；')
            || c == '…' && prev.is_some_and(is_cjk)
        {
            // Inside a quotation that goes on, a sentence does not end.
            return depth == 0 || closed;
        }
        if matches!(c, '!' | '?') && prev.is_some_and(is_cjk) {
            return depth == 0 || closed;
        }
        // An ASCII period used as a Chinese full stop: `生态.创新`, `通知.The`.
        if c == '.' && prev.is_some_and(crate::text::is_han) {
            return depth == 0 && !next.is_ascii_digit();
        }
        if !spaced {
            // Glued: `jump.Since`, `it.我也`; a dotted name is one word.
            return c == '.' && self.glued_sentence(chars, i, j);
        }
        let Some(first) = after_space else {
            return true;
        };
        if is_cjk(first) {
            // `Apple Inc. 的股价`: an abbreviation holds before Chinese too.
            return c != '.' || !self.is_abbreviation_before(chars, i);
        }
        // A bracket after a quotation opens a citation (`..." (Smith 55).`), not a sentence.
        // Scripts without case (Arabic, Hebrew, Devanagari) start sentences with any letter.
        let caseless = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
        let starts_sentence =
            first.is_uppercase() || caseless || matches!(first, '"' | '\'' | '“' | '‘' | '「');
        match c {
            '!' | '?' => starts_sentence || first.is_ascii_digit(),
            '…' => starts_sentence,
            _ => {
                // A run of periods is an ellipsis; one period may close an abbreviation.
                if j - i > 1 && chars[i..j].iter().filter(|&&(_, d)| d == '.').count() > 1 {
                    return starts_sentence;
                }
                starts_sentence && !self.abbreviation_holds(chars, i, j)
            }
        }
    }

    /// The period at `i` closes an abbreviation or an initial that the next word does
    /// not break away from.
    fn abbreviation_holds(&self, chars: &[(usize, char)], i: usize, j: usize) -> bool {
        let word = word_before(chars, i);
        let next_word: String = chars[j..]
            .iter()
            .skip_while(|&&(_, d)| d.is_whitespace())
            .take_while(|&&(_, d)| d.is_alphanumeric())
            .map(|&(_, d)| d.to_ascii_lowercase())
            .collect();
        let opener = OPENERS.contains(&next_word.as_str());
        if word.chars().count() == 1 && word.chars().all(|d| d.is_alphabetic()) {
            // An initial (`Jonas E. Smith`), unless a sentence opener follows
            // (`you and I. Did`, `a grade A. The data`).
            return !opener;
        }
        if ALWAYS_GLUED.contains(&word.as_str()) {
            return true;
        }
        if BEFORE_NUMBERS.contains(&word.as_str()) {
            // `No. 5`, `pp. 12`; but `no. What` ends a sentence.
            return next_word.starts_with(|d: char| d.is_ascii_digit());
        }
        let known = self.abbreviations.contains(&word)
            || (word.contains('.') && word.split('.').all(|part| part.chars().count() == 1));
        known && !opener
    }

    /// The word before the period at `i` is an abbreviation or an initial.
    fn is_abbreviation_before(&self, chars: &[(usize, char)], i: usize) -> bool {
        let word = word_before(chars, i);
        (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
            || self.abbreviations.contains(&word)
            || (word.contains('.') && word.split('.').all(|part| part.chars().count() == 1))
    }

    /// `jump.Since`: a lowercase word, a period, a capitalised word; neither side a
    /// dotted name, an abbreviation, a URL or an address.
    fn glued_sentence(&self, chars: &[(usize, char)], i: usize, j: usize) -> bool {
        let next: Vec<char> = chars[j..].iter().take(2).map(|&(_, d)| d).collect();
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        if next.first().is_some_and(|&d| is_cjk(d)) {
            return prev.is_some_and(|p| p.is_ascii_lowercase())
                && !self.dotted_or_abbreviation(chars, i);
        }
        let capitalised =
            next.len() == 2 && next[0].is_ascii_uppercase() && next[1].is_ascii_lowercase();
        capitalised
            && prev.is_some_and(|p| p.is_ascii_lowercase())
            && !self.dotted_or_abbreviation(chars, i)
    }

    fn dotted_or_abbreviation(&self, chars: &[(usize, char)], i: usize) -> bool {
        let start = chars[..i]
            .iter()
            .rposition(|&(_, d)| d.is_whitespace())
            .map_or(0, |k| k + 1);
        let end = chars[i + 1..]
            .iter()
            .position(|&(_, d)| d.is_whitespace() || is_cjk(d))
            .map_or(chars.len(), |k| i + 1 + k);
        let before: String = chars[start..i].iter().map(|&(_, d)| d).collect();
        let after: String = chars[i + 1..end].iter().map(|&(_, d)| d).collect();
        before.contains(['.', '@', '/'])
            || after.contains(['.', '@', '/'])
            || self.abbreviations.contains(&before.to_lowercase())
    }

    /// The list markers of `text` (`1.`, `2.)`, `b.`, `• 9.`) as byte ranges, when the
    /// paragraph holds a list (two or more).
    fn list_markers(&self, text: &str) -> Vec<(usize, usize)> {
        // Every marker ends in `.` or `)`; most Chinese paragraphs have neither.
        if memchr::memchr2(b'.', b')', text.as_bytes()).is_none() {
            return Vec::new();
        }
        // Markers count up (`1.` `2.` `3.`, `a)` `b)`) or carry a bullet: a year or
        // a date that ends a sentence (`on July 20. She`) does not.
        let candidates: Vec<(usize, usize, Option<u32>, bool)> = LIST_MARKER
            .captures_iter(text)
            .filter_map(|c| c.name("marker"))
            .map(|m| {
                let bulleted = m.as_str().starts_with(['•', '⁃', '-', '–']);
                (m.start(), m.end(), marker_value(m.as_str()), bulleted)
            })
            .collect();
        let counts_on = |k: usize, step: isize| {
            let other = k.checked_add_signed(step).and_then(|o| candidates.get(o));
            match (candidates[k].2, other.and_then(|o| o.2)) {
                (Some(v), Some(w)) => i64::from(w) - i64::from(v) == step as i64,
                _ => false,
            }
        };
        let markers: Vec<(usize, usize)> = (0..candidates.len())
            .filter(|&k| candidates[k].3 || counts_on(k, -1) || counts_on(k, 1))
            .map(|k| (candidates[k].0, candidates[k].1))
            .collect();
        if markers.len() < 2 {
            Vec::new()
        } else {
            markers
        }
    }
}

/// The number of a list marker: `3.` is 3, `c)` is 3.
fn marker_value(marker: &str) -> Option<u32> {
    let body = marker.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    let body = body.trim_end_matches(['.', ')']);
    if let Ok(n) = body.parse() {
        return Some(n);
    }
    let mut letters = body.chars();
    match (letters.next(), letters.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(u32::from(c) - u32::from('a') + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
        segmenter
            .split(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn chinese() {
        assert_eq!(
            sentences("上半年增长4.0%。规模以上工业增加值384.8亿元。"),
            ["上半年增长4.0%。", "规模以上工业增加值384.8亿元。"]
        );
        assert_eq!(
            sentences("他说：“我们一定会成功。”大家都鼓起掌来。"),
            ["他说：“我们一定会成功。”", "大家都鼓起掌来。"]
        );
        assert_eq!(
            sentences("他说：“第一。第二。”然后走了。"),
            ["他说：“第一。第二。”", "然后走了。"]
        );
        assert_eq!(
            sentences("一是抓好联系；二是抓好批复。"),
            ["一是抓好联系；二是抓好批复。"]
        );
    }

    #[test]
    fn english() {
        assert_eq!(
            sentences("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(
            sentences("My name is Jonas E. Smith."),
            ["My name is Jonas E. Smith."]
        );
        assert_eq!(
            sentences("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(
            sentences("I live in the U.S. How about you?"),
            ["I live in the U.S.", "How about you?"]
        );
        assert_eq!(
            sentences("She has $100.00. It is in her bag."),
            ["She has $100.00.", "It is in her bag."]
        );
        assert_eq!(
            sentences("1. The first item 2. The second item"),
            ["1. The first item", "2. The second item"]
        );
    }

    #[test]
    fn glued_sentences_split_and_dotted_names_stay() {
        assert_eq!(
            sentences("the triple jump.Since its opening"),
            ["the triple jump.", "Since its opening"]
        );
        for whole in [
            "We use Node.js and ASP.NET daily.",
            "See Mr.Smith at St.Louis now.",
            "Visit Google.com today.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn a_stray_quote_does_not_hold_the_rest_of_the_paragraph() {
        // `押韵"` opens a quotation that nothing closes: later stops still end sentences.
        assert_eq!(
            sentences("他们担心“与 Pwp 押韵\"对于读者来说，这是大便的意思。一位议员表示不满。"),
            [
                "他们担心“与 Pwp 押韵\"对于读者来说，这是大便的意思。",
                "一位议员表示不满。"
            ]
        );
        // A straight quote after a stop opens the next sentence.
        assert_eq!(
            sentences("他注意到了这一情况。\"我冲着每个人叫喊。\""),
            ["他注意到了这一情况。", "\"我冲着每个人叫喊。\""]
        );
        // A dangling `“` closing a quotation stays with its sentence.
        assert_eq!(sentences("他说：“很好。“"), ["他说：“很好。“"]);
    }

    #[test]
    fn ellipses_dates_and_other_scripts() {
        assert_eq!(
            sentences("the thing is . . . I didn't mean it."),
            ["the thing is . . . I didn't mean it."]
        );
        assert_eq!(
            sentences("into compounds. . . . The practice was not abandoned."),
            ["into compounds.", ". . . The practice was not abandoned."]
        );
        // A date is no list marker: `20.` ends the sentence.
        assert_eq!(
            sentences("She came on July 20. She left on Aug. 3. Then she returned."),
            [
                "She came on July 20.",
                "She left on Aug. 3.",
                "Then she returned."
            ]
        );
        assert_eq!(sentences("a grade A. The data"), ["a grade A.", "The data"]);
        assert_eq!(
            sentences("No, no, no. What now?"),
            ["No, no, no.", "What now?"]
        );
        assert_eq!(sentences("यह एक है। वह दो है।"), ["यह एक है।", "वह दो है।"]);
        assert_eq!(
            sentences("خوشبختم، آقای رضا. شما کجایی هستید؟ من از تهران هستم."),
            [
                "خوشبختم، آقای رضا.",
                "شما کجایی هستید؟",
                "من از تهران هستم."
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn spans_cover_the_text_with_only_whitespace_between(text in "[a-zA-Z .!?。！？“”\\n]{0,60}") {
            let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
            let spans = segmenter.split(&text);
            let mut at = 0;
            for (start, end) in spans {
                proptest::prop_assert!(start >= at && end >= start);
                proptest::prop_assert!(text[at..start].trim().is_empty());
                at = end;
            }
            proptest::prop_assert!(text[at..].trim().is_empty());
        }
    }
}
