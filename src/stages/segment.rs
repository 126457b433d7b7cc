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
    "capt", "lt", "sgt", "no", "nos", "fig", "figs", "vol", "p", "pp", "vs", "v", "e.g", "i.e",
];

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
            '”' => self.curly = false,
            '"' => self.straight = !self.straight,
            _ => {}
        }
    }

    fn depth(&self) -> i32 {
        self.brackets + i32::from(self.curly) + i32::from(self.straight)
    }
}

pub struct Segmenter {
    abbreviations: HashSet<String>,
    semicolon: bool,
}

static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?P<marker>[•⁃\-–]?\s?(?:\d{1,3}|[a-z])(?:\.\)|\.|\)))\s")
        .unwrap_or_else(|e| panic!("{e}"))
});

const CLOSERS: &str = "\"'”’」』）)]】》";
/// Closers after which a sentence can end: quotes and brackets, not the title
/// marks of `《谁动了我的奶酪？》是一本书`.
const QUOTE_CLOSERS: &str = "\"'”’」』）)]】";
const CJK_ENDS: &str = "。！？";

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
        let mut spans = Vec::new();
        let mut start = 0;
        for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
            let piece = &text[start..cut.max(start)];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                spans.push((start + lead, start + lead + trimmed.len()));
            }
            start = cut.max(start);
        }
        spans
    }

    /// Byte offsets where a sentence ends (just after its closing characters).
    fn boundaries(&self, text: &str) -> Vec<usize> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut cuts = Vec::new();
        let mut quotes = Quotes::default();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i].1;
            quotes.see(c);
            let terminator = CJK_ENDS.contains(c)
                || matches!(c, '.' | '!' | '?' | '…')
                || (self.semicolon && c == '；');
            if !terminator {
                i += 1;
                continue;
            }
            // The terminator run (`?!`, `……`, `...`, `. . .`) and the closers after it.
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let spaced_dot =
                    d == ' ' && chars.get(j + 1).is_some_and(|&(_, e)| e == '.') && c == '.';
                if matches!(d, '.' | '!' | '?' | '…' | '！' | '？' | '。') || spaced_dot {
                    j += 1;
                } else {
                    break;
                }
            }
            while j < chars.len() && CLOSERS.contains(chars[j].1) {
                quotes.see(chars[j].1);
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(at, _)| at);
            if self.ends_here(&chars, i, j, quotes.depth()) {
                cuts.push(end);
            }
            i = j.max(i + 1);
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
        let spaced = next.is_whitespace();
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        let closed = j > i + 1 && chars[j - 1].1 != c && QUOTE_CLOSERS.contains(chars[j - 1].1);
        if j > i + 1 && chars[j - 1].1 == '》' {
            return false;
        }
        if CJK_ENDS.contains(c)
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
        let starts_sentence = first.is_uppercase() || "\"'“‘「".contains(first);
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
            // An initial (`Jonas E. Smith`), unless it is the pronoun before a new
            // sentence (`you and I. Did`).
            return !(word == "i" && opener);
        }
        if ALWAYS_GLUED.contains(&word.as_str()) {
            return true;
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
        let markers: Vec<(usize, usize)> = LIST_MARKER
            .captures_iter(text)
            .filter_map(|c| c.name("marker").map(|m| (m.start(), m.end())))
            .collect();
        if markers.len() < 2 {
            Vec::new()
        } else {
            markers
        }
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
