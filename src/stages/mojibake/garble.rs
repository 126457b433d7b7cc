//! Text that cannot be repaired: characters already lost before the text reached us.
//! Such spans are found, never guessed at; the stage's policy marks or drops them.

use super::chinese::{is_private_use, looks_like_lost_mojibake};
use crate::text::{is_cjk, is_han};

/// A garbled byte range of a paragraph and what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GarbleSpan {
    pub start: usize,
    pub end: usize,
    /// `replacement-chars` (U+FFFD), `replacement-mojibake` (`锟斤拷`: U+FFFD in
    /// UTF-8 read as GBK), `uninitialized-memory` (`烫烫烫`, `屯屯屯`), `lost-chars`
    /// (`?` standing for characters a converter could not map), `private-use`,
    /// `c1-controls`, `unrecoverable-mojibake`.
    pub reason: &'static str,
}

/// Spans closer than this many characters are one garbled stretch.
const MERGE_GAP_CHARS: usize = 2;
/// Characters that end a question in Chinese: a `?` after them is a real question mark.
const QUESTION_PARTICLES: &str = "吗呢么吧啊嘛呀哪谁何了的样少几儿";

/// Characters that only garbled text has (`?` needs its neighbours to tell).
pub fn is_garble_char(c: char) -> bool {
    matches!(c, '\u{FFFD}' | '锟' | '烫' | '屯' | '\u{80}'..='\u{9F}') || is_private_use(c)
}

/// Finds the garbled spans of `text`, merged where they nearly touch.
pub fn find(text: &str) -> Vec<GarbleSpan> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(at, _)| at);
    let has_han = chars.iter().any(|&(_, c)| is_han(c));
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let run = chars[i..].iter().take_while(|&&(_, d)| d == c).count();
        let (reason, len) = match c {
            '\u{FFFD}' => (Some("replacement-chars"), run),
            '锟' | '斤' | '拷' => match replacement_mojibake_run(&chars[i..]) {
                Some(n) => (Some("replacement-mojibake"), n),
                None => (None, run),
            },
            '烫' | '屯' if run >= 3 => (Some("uninitialized-memory"), run),
            '?' if lost_question_marks(&chars, i, run) => (Some("lost-chars"), run),
            '\u{80}'..='\u{9F}' => (Some("c1-controls"), run),
            c if has_han && is_private_use(c) => (Some("private-use"), run),
            _ => (None, run),
        };
        if let Some(reason) = reason {
            spans.push(GarbleSpan {
                start: chars[i].0,
                end: end_of(i + len),
                reason,
            });
        }
        i += len;
    }
    spans.extend(unrecoverable_mojibake(text));
    spans.sort_by_key(|s| s.start);
    merge(text, spans)
}

/// Length of a `锟斤拷` run starting here (it needs 锟 and at least three characters).
fn replacement_mojibake_run(chars: &[(usize, char)]) -> Option<usize> {
    let run = chars
        .iter()
        .take_while(|&&(_, c)| matches!(c, '锟' | '斤' | '拷'))
        .count();
    let has_kun = chars[..run].iter().any(|&(_, c)| c == '锟');
    (run >= 3 && has_kun).then_some(run)
}

/// A run of ASCII `?` standing for lost Chinese characters: two or more beside
/// Chinese, or one between Chinese (or private-use) characters that is not a
/// question mark after a question particle.
fn lost_question_marks(chars: &[(usize, char)], at: usize, run: usize) -> bool {
    let before = at.checked_sub(1).map(|i| chars[i].1);
    let after = chars.get(at + run).map(|&(_, c)| c);
    let chinese = |c: Option<char>| c.is_some_and(|c| is_cjk(c) || is_private_use(c));
    if run >= 2 {
        return chinese(before) || chinese(after);
    }
    chinese(before) && chinese(after) && !before.is_some_and(|c| QUESTION_PARTICLES.contains(c))
}

/// Runs of non-ASCII text that read like UTF-8 decoded as GBK with bytes lost.
fn unrecoverable_mojibake(text: &str) -> Vec<GarbleSpan> {
    non_ascii_runs(text)
        .filter(|&(start, end)| looks_like_lost_mojibake(&text[start..end]))
        .map(|(start, end)| GarbleSpan {
            start,
            end,
            reason: "unrecoverable-mojibake",
        })
        .collect()
}

/// Byte ranges of the maximal runs of non-ASCII characters. Chinese mojibake keeps
/// ASCII as it is, so each run garbles (and repairs) on its own.
pub fn non_ascii_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(|b| !b.is_ascii())?;
        let end = bytes[start..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |n| start + n);
        at = end;
        Some((start, end))
    })
}

fn merge(text: &str, spans: Vec<GarbleSpan>) -> Vec<GarbleSpan> {
    let mut merged: Vec<GarbleSpan> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last)
                if span.start <= last.end
                    || text[last.end..span.start].chars().count() <= MERGE_GAP_CHARS =>
            {
                last.end = last.end.max(span.end);
            }
            _ => merged.push(span),
        }
    }
    merged
}

/// The byte range of the sentence around `start..end`: back to the previous sentence
/// end, forward through the next one (closing quotes and brackets included).
pub fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let sentence_start = text[..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| ends_sentence(text, i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut sentence_end = text.len();
    for (i, c) in text[end..].char_indices() {
        if ends_sentence(text, end + i, c) {
            sentence_end = end + i + c.len_utf8();
            let closers = text[sentence_end..]
                .chars()
                .take_while(|c| "”’」』）)】》\"'".contains(*c))
                .map(char::len_utf8)
                .sum::<usize>();
            sentence_end += closers;
            break;
        }
    }
    (sentence_start, sentence_end)
}

fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '。' | '！' | '？' | '；' => true,
        '.' | '!' | '?' => text[at + 1..].starts_with(char::is_whitespace) || at + 1 == text.len(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, &'static str)> {
        find(text)
            .into_iter()
            .map(|s| (&text[s.start..s.end], s.reason))
            .collect()
    }

    #[test]
    fn each_kind_is_found() {
        assert_eq!(
            spans("前文\u{FFFD}\u{FFFD}后文"),
            [("\u{FFFD}\u{FFFD}", "replacement-chars")]
        );
        assert_eq!(
            spans("标题锟斤拷锟斤拷内容"),
            [("锟斤拷锟斤拷", "replacement-mojibake")]
        );
        assert_eq!(
            spans("数据烫烫烫烫结束"),
            [("烫烫烫烫", "uninitialized-memory")]
        );
        assert_eq!(
            spans("在??低\u{E499}?、大华股份"),
            [("??低\u{E499}?", "lost-chars")]
        );
        assert_eq!(spans("text \u{85} here"), [("\u{85}", "c1-controls")]);
    }

    #[test]
    fn look_alikes_are_not_garble() {
        for clean in [
            "你吃饭了吗?我吃了。",
            "你吃饭了?我吃了。",
            "为什么?",
            "What? Why?? Really?",
            "五公斤的米,烫烫的汤",
            "\u{E000} alone in English",
            "Lo mismo ¿Qué? Sí.",
        ] {
            assert_eq!(spans(clean), [], "{clean}");
        }
    }

    #[test]
    fn sentences_are_cut_at_their_ends() {
        let text = "第一句。第二句有??乱码。第三句。";
        let garbled = find(text);
        let (start, end) = sentence_around(text, garbled[0].start, garbled[0].end);
        assert_eq!(&text[start..end], "第二句有??乱码。");
        let text = "One sentence. A \u{FFFD} broken one. Last.";
        let garbled = find(text);
        let (start, end) = sentence_around(text, garbled[0].start, garbled[0].end);
        assert_eq!(&text[start..end].trim(), &"A \u{FFFD} broken one.");
    }

    #[test]
    fn non_ascii_runs_split_at_ascii() {
        let runs: Vec<_> = non_ascii_runs("ab中文c英d").collect();
        assert_eq!(runs, [(2, 8), (9, 12)]);
    }
}
