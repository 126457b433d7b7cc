//! `normalize`: Unicode NFC; control, zero-width and BOM characters removed (tab
//! kept; newlines are paragraph breaks already); no-break, ideographic and other
//! Unicode spaces made ASCII; runs of spaces collapsed and paragraph ends trimmed;
//! paragraphs left empty dropped; the space scraping lost after sentence punctuation
//! in Latin text restored (`jump.Since` → `jump. Since`).

use std::collections::HashSet;
use std::path::PathBuf;

use serde::Deserialize;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::{Stage, StageSpec, data_file, option_names, parse_options, word_list};
use crate::document::Document;
use crate::text::is_cjk;

const NAME: &str = "normalize";
const GLUED_SUFFIXES: &str = include_str!("../../data/normalize/glued_suffixes.txt");

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "Unicode NFC, invisible characters out, spaces unified and collapsed, \
              lost spaces after Latin sentence punctuation restored",
    options: option_names::<NormalizeOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NormalizeOptions {
    /// Compose to Unicode NFC.
    pub nfc: bool,
    /// Insert the missing space in `jump.Since` and `people,Among`.
    pub restore_sentence_spaces: bool,
    /// A file replacing the embedded list of words that keep `x.Word` glued
    /// (domains, file extensions): data/normalize/glued_suffixes.txt.
    pub glued_suffixes_file: Option<PathBuf>,
    /// Words added to that list.
    pub extra_glued_suffixes: Vec<String>,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            nfc: true,
            restore_sentence_spaces: true,
            glued_suffixes_file: None,
            extra_glued_suffixes: Vec::new(),
        }
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    Ok(Box::new(Normalize::new(parse_options(table)?)?))
}

pub struct Normalize {
    nfc: bool,
    restore_sentence_spaces: bool,
    glued_suffixes: HashSet<String>,
}

impl Normalize {
    pub fn new(options: NormalizeOptions) -> Result<Self, String> {
        let list = data_file(GLUED_SUFFIXES, options.glued_suffixes_file.as_deref())?;
        let glued_suffixes = word_list(&list)
            .map(str::to_string)
            .chain(options.extra_glued_suffixes)
            .map(|w| w.to_ascii_lowercase())
            .collect();
        Ok(Normalize {
            nfc: options.nfc,
            restore_sentence_spaces: options.restore_sentence_spaces,
            glued_suffixes,
        })
    }

    /// Normalizes one paragraph's text; returns it with the invisible characters removed.
    fn paragraph(&self, text: String, counts: &mut Counts) -> (String, Removed) {
        // Invisible characters go first: between a letter and a combining mark they
        // would keep NFC from composing the pair, and a second run would then change
        // the text.
        let (text, removed) = clean_chars(text, counts);
        let text = if self.nfc { to_nfc(text, counts) } else { text };
        let text = if self.restore_sentence_spaces {
            self.restore_spaces(text, counts)
        } else {
            text
        };
        (text, removed)
    }

    fn restore_spaces(&self, text: String, counts: &mut Counts) -> String {
        let b = text.as_bytes();
        let mut inserts = Vec::new();
        for p in 1..b.len().saturating_sub(2) {
            if is_sentence_punct(b[p])
                && b[p + 1].is_ascii_uppercase()
                && b[p + 2].is_ascii_lowercase()
                && ends_latin_word(&b[..p])
                && !self.is_glued_token(b, p)
            {
                inserts.push(p + 1);
            }
        }
        if inserts.is_empty() {
            return text;
        }
        counts.sentence_spaces_restored += inserts.len() as u64;
        let mut out = String::with_capacity(text.len() + inserts.len());
        let mut start = 0;
        for at in inserts {
            out.push_str(&text[start..at]);
            out.push(' ');
            start = at;
        }
        out.push_str(&text[start..]);
        out
    }

    /// True when the punctuation at `p` sits inside a token that is one unit: a URL,
    /// an e-mail address, a dotted name (`www.Example.Com`, `Ph.D.Student`,
    /// `System.Collections.Generic`) or a domain/file name (`Baidu.Com`, `Report.Pdf`).
    fn is_glued_token(&self, b: &[u8], p: usize) -> bool {
        let token_start = b[..p]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |i| i + 1);
        let token_end = b[p + 1..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(b.len(), |i| p + 1 + i);
        let before = &b[token_start..p];
        let after = &b[p + 1..token_end];
        if [before, after]
            .iter()
            .any(|part| part.iter().any(|&c| c == b'@' || c == b'/') || has_inner_dot(part))
        {
            return true;
        }
        let word_len = after
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        let word = String::from_utf8_lossy(&after[..word_len]).to_ascii_lowercase();
        b[p] == b'.' && self.glued_suffixes.contains(&word)
    }
}

impl Stage for Normalize {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let mut counts = Counts::default();
        for i in 0..doc.paragraphs.len() {
            let text = std::mem::take(&mut doc.paragraphs[i].text);
            let (text, removed) = self.paragraph(text, &mut counts);
            doc.paragraphs[i].text = text;
            for (reason, span) in [
                ("control-chars", removed.control),
                ("zero-width-chars", removed.zero_width),
            ] {
                if let Some((offset, chars)) = span {
                    doc.record_removal(NAME, reason, i, offset, chars);
                }
            }
        }
        let before = doc.paragraphs.len();
        doc.paragraphs.retain(|p| !p.text.is_empty());
        counts.empty_paragraphs_dropped = (before - doc.paragraphs.len()) as u64;
        counts.record(doc);
    }
}

#[derive(Default)]
struct Counts {
    nfc: u64,
    spaces_unified: u64,
    spaces_removed: u64,
    sentence_spaces_restored: u64,
    empty_paragraphs_dropped: u64,
}

impl Counts {
    fn record(&self, doc: &mut Document) {
        doc.count_change(NAME, "nfc", self.nfc);
        doc.count_change(NAME, "spaces_unified", self.spaces_unified);
        doc.count_change(NAME, "spaces_removed", self.spaces_removed);
        doc.count_change(
            NAME,
            "sentence_spaces_restored",
            self.sentence_spaces_restored,
        );
        doc.count_change(
            NAME,
            "empty_paragraphs_dropped",
            self.empty_paragraphs_dropped,
        );
    }
}

/// Invisible characters removed from a paragraph: (offset of the first, the characters).
#[derive(Default)]
struct Removed {
    control: Option<(usize, String)>,
    zero_width: Option<(usize, String)>,
}

fn to_nfc(text: String, counts: &mut Counts) -> String {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    let composed: String = text.nfc().collect();
    if composed != text {
        counts.nfc += 1;
    }
    composed
}

#[derive(PartialEq)]
enum Class {
    Keep,
    Space,
    Control,
    ZeroWidth,
}

fn classify(c: char, previous: Option<char>) -> Class {
    match c {
        '\t' => Class::Keep,
        ' '
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Class::Space,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Class::Control,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' | '\u{AD}' => Class::ZeroWidth,
        // Joiners shape emoji sequences and Arabic/Indic script; beside Latin or CJK
        // they are debris.
        '\u{200C}' | '\u{200D}' if previous.is_some_and(|p| !p.is_ascii() && !is_cjk(p)) => {
            Class::Keep
        }
        '\u{200C}' | '\u{200D}' => Class::ZeroWidth,
        _ => Class::Keep,
    }
}

fn needs_cleaning(text: &str) -> bool {
    text.starts_with(' ')
        || text.ends_with(' ')
        || text.contains("  ")
        || text.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7F)
        || (!text.is_ascii()
            && text
                .chars()
                .any(|c| !c.is_ascii() && classify(c, None) != Class::Keep))
}

fn clean_chars(text: String, counts: &mut Counts) -> (String, Removed) {
    let mut removed = Removed::default();
    if !needs_cleaning(&text) {
        return (text, removed);
    }
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut previous = None;
    for (i, c) in text.char_indices() {
        match classify(c, previous) {
            Class::Keep => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
                previous = Some(c);
            }
            Class::Space => {
                if c != ' ' {
                    counts.spaces_unified += 1;
                }
                if pending_space || out.is_empty() {
                    counts.spaces_removed += 1;
                }
                pending_space = !out.is_empty();
            }
            Class::Control => removed
                .control
                .get_or_insert_with(|| (i, String::new()))
                .1
                .push(c),
            Class::ZeroWidth => removed
                .zero_width
                .get_or_insert_with(|| (i, String::new()))
                .1
                .push(c),
        }
    }
    if pending_space {
        counts.spaces_removed += 1;
    }
    (out, removed)
}

fn is_sentence_punct(b: u8) -> bool {
    matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?')
}

/// The text before the punctuation ends a Latin word or number, possibly closed by a
/// quote or bracket: `jump`, `2014`, `“project”`, `(R&D)`.
fn ends_latin_word(before: &[u8]) -> bool {
    const CLOSERS: [&str; 5] = [")", "\"", "'", "\u{201D}", "\u{2019}"];
    let word = CLOSERS
        .iter()
        .find_map(|closer| before.strip_suffix(closer.as_bytes()))
        .unwrap_or(before);
    word.last()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// A period inside the token followed by a letter or digit: `e.g`, `www.x`, `Node.js`.
fn has_inner_dot(part: &[u8]) -> bool {
    part.windows(2)
        .any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Source;

    fn normalize(text: &str) -> Document {
        let source = Source {
            file: "t".into(),
            record: 1,
        };
        let mut doc = Document::from_text("t".into(), source, text, "UTF-8");
        Normalize::new(NormalizeOptions::default())
            .unwrap()
            .process(&mut doc);
        doc
    }

    fn text(input: &str) -> String {
        normalize(input).text()
    }

    #[test]
    fn glued_sentences_get_their_space() {
        assert_eq!(
            text("triple jump.Since its opening"),
            "triple jump. Since its opening"
        );
        assert_eq!(text("16 people,Among them"), "16 people, Among them");
        assert_eq!(text("in 2014.The park"), "in 2014. The park");
        assert_eq!(text("a “project”.In terms"), "a “project”. In terms");
        assert_eq!(text("Really?Yes it is!Great"), "Really? Yes it is! Great");
    }

    #[test]
    fn units_that_look_glued_stay_whole() {
        for unit in [
            "up 4.0% to 1,234.5 yuan",
            "the U.S. Army and the U.S.Army",
            "see www.Example.Com or https://example.com/Path",
            "mail John.Smith@Example.com today",
            "open Report.Pdf and Baidu.Com",
            "Node.js and ASP.NET run System.Collections.Generic",
            "a Ph.D.Student",
            "at 10:30 on 3.5",
        ] {
            assert_eq!(text(unit), unit);
        }
    }

    #[test]
    fn chinese_punctuation_is_untouched() {
        let zh = "上半年,杭州高新区(滨江)地区生产总值首破千亿元,同比增长4.0%;数字经济。Since";
        assert_eq!(text(zh), zh);
    }

    #[test]
    fn invisible_characters_go_to_the_rejects() {
        let doc = normalize("\u{FEFF}a\u{200B}b\u{7}c\u{0}d");
        assert_eq!(doc.text(), "abcd");
        let reasons: Vec<_> = doc
            .edits
            .iter()
            .map(|e| (e.reason, e.text.as_str(), e.offset))
            .collect();
        assert_eq!(
            reasons,
            [
                ("control-chars", "\u{7}\u{0}", 8),
                ("zero-width-chars", "\u{FEFF}\u{200B}", 0)
            ]
        );
    }

    #[test]
    fn spaces_are_unified_collapsed_and_trimmed() {
        assert_eq!(
            text("\u{3000}\u{3000}今年以来，  天堂\u{A0}硅谷 \t x  "),
            "今年以来， 天堂 硅谷 \t x"
        );
        let doc = normalize("a \u{A0} b");
        assert_eq!(doc.text(), "a b");
        assert_eq!(doc.changes["normalize"]["spaces_unified"], 1);
    }

    #[test]
    fn emoji_joiners_stay_latin_joiners_go() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(text(family), family);
        assert_eq!(text("ab\u{200D}c"), "abc");
    }

    #[test]
    fn nfc_composes() {
        let doc = normalize("cafe\u{301}");
        assert_eq!(doc.text(), "café");
        assert_eq!(doc.changes["normalize"]["nfc"], 1);
    }

    #[test]
    fn paragraphs_left_empty_are_dropped() {
        let doc = normalize("a\n\u{200B}\nb");
        assert_eq!(doc.text(), "a\nb");
        assert_eq!(doc.edits[0].paragraph, 1);
    }

    #[test]
    fn clean_text_is_unchanged_and_normalizing_twice_changes_nothing() {
        let clean =
            "Hangzhou Bay is the only one. In 2021, 27 firms.\n今年以来，区科技局按照目标要求。";
        let doc = normalize(clean);
        assert_eq!(doc.text(), clean);
        assert!(doc.changes.is_empty() && doc.edits.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn idempotent(input in "[a-zA-Z0-9 .,:;!?\u{A0}\u{3000}\u{200B}\u{7}中文。，é\u{301}\n]{0,80}") {
            let once = text(&input);
            proptest::prop_assert_eq!(text(&once), once);
        }
    }
}
