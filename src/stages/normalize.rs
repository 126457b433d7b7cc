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
        let scan = scan(&text);
        // Invisible characters go first: between a letter and a combining mark they
        // would keep NFC from composing the pair, and a second run would then change
        // the text.
        let (text, mut removed) = if scan.needs_cleaning {
            clean_chars(&text, counts)
        } else {
            (text, Removed::default())
        };
        let text = if self.nfc && scan.maybe_unnormalized {
            to_nfc(text, &mut removed.changes)
        } else {
            text
        };
        let mut text = text;
        if self.restore_sentence_spaces {
            // A space splits a token, which can turn an earlier punctuation mark of it
            // from part of a dotted name into a sentence end: go on until nothing
            // changes, so that normalizing twice equals normalizing once.
            loop {
                let before = removed.changes.len();
                text = self.restore_spaces(text, &mut removed.changes);
                if removed.changes.len() == before {
                    break;
                }
            }
        }
        (text, removed)
    }

    fn restore_spaces(&self, text: String, changes: &mut Vec<Change>) -> String {
        let b = text.as_bytes();
        let mut inserts: Vec<usize> = memchr::memchr3_iter(b'.', b',', b';', b)
            .chain(memchr::memchr3_iter(b':', b'!', b'?', b))
            .filter(|&p| {
                p > 0
                    && p + 2 < b.len()
                    && b[p + 1].is_ascii_uppercase()
                    && b[p + 2].is_ascii_lowercase()
                    && ends_latin_word(&b[..p])
                    && !self.is_glued_token(b, p)
            })
            .map(|p| p + 1)
            .collect();
        inserts.sort_unstable();
        if inserts.is_empty() {
            return text;
        }
        let mut out = String::with_capacity(text.len() + inserts.len());
        let mut start = 0;
        for at in inserts {
            let (token_start, token_end) = token_around(b, at - 1);
            changes.push(Change {
                reason: "sentence-space-restored",
                offset: token_start,
                original: text[token_start..token_end].to_string(),
                replacement: format!("{} {}", &text[token_start..at], &text[at..token_end]),
            });
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
        let (token_start, token_end) = token_around(b, p);
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
            for change in removed.changes {
                doc.record_change(
                    NAME,
                    change.reason,
                    i,
                    change.offset,
                    change.original,
                    change.replacement,
                );
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
    spaces_unified: u64,
    spaces_removed: u64,
    empty_paragraphs_dropped: u64,
}

impl Counts {
    fn record(&self, doc: &mut Document) {
        doc.count_change(NAME, "spaces_unified", self.spaces_unified);
        doc.count_change(NAME, "spaces_removed", self.spaces_removed);
        doc.count_change(
            NAME,
            "empty_paragraphs_dropped",
            self.empty_paragraphs_dropped,
        );
    }
}

/// Invisible characters removed from a paragraph: (offset of the first, the characters),
/// and the content changes made to it.
#[derive(Default)]
struct Removed {
    control: Option<(usize, String)>,
    zero_width: Option<(usize, String)>,
    changes: Vec<Change>,
}

/// A content change to log: `original` at byte `offset` became `replacement`.
struct Change {
    reason: &'static str,
    offset: usize,
    original: String,
    replacement: String,
}

/// The whitespace-delimited token around byte `p`: (start, end).
fn token_around(b: &[u8], p: usize) -> (usize, usize) {
    let start = b[..p]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |i| i + 1);
    let end = b[p + 1..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(b.len(), |i| p + 1 + i);
    (start, end)
}

fn to_nfc(text: String, changes: &mut Vec<Change>) -> String {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    let composed: String = text.nfc().collect();
    if composed == text {
        return text;
    }
    changes.push(Change {
        reason: "nfc",
        offset: 0,
        replacement: composed.clone(),
        original: text,
    });
    composed
}

/// Characters that NFC never changes and that nothing composes with (quick check
/// Yes, combining class 0), covering Latin, CJK and their punctuation: a plain range
/// test where the general check costs a table lookup per character.
fn is_stable_starter(c: char) -> bool {
    matches!(c,
        '\0'..='\u{2FF}'
        | '\u{2002}'..='\u{206F}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{3098}'
        | '\u{309B}'..='\u{9FFF}'
        | '\u{FF00}'..='\u{FFEF}')
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
        // ASCII space and tab stay; `collapse_spaces` handles runs and ends.
        '\t' | ' ' => Class::Keep,
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Class::Space
        }
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

/// What one pass over a paragraph's bytes found.
struct Scan {
    /// Something [`clean_chars`] changes: a space at either end or doubled, a control,
    /// a Unicode space or an invisible character.
    needs_cleaning: bool,
    /// A character that is not a [stable starter](is_stable_starter): NFC must look.
    maybe_unnormalized: bool,
}

/// Bytes that need no closer look: tab, printable ASCII, UTF-8 continuation bytes,
/// and the lead bytes of U+00C0–U+02FF (Latin letters) and U+4000–U+9FFF (Han).
/// Every other byte is a control or starts a character worth decoding. Written as
/// range tests so that [`plain_bytes`] vectorizes.
fn is_plain_byte(b: u8) -> bool {
    (b.wrapping_sub(0x20) < 0x5F)
        | (b == b'\t')
        | (b.wrapping_sub(0x80) < 0x40)
        | (b.wrapping_sub(0xC3) < 9)
        | (b.wrapping_sub(0xE4) < 6)
}

const CHUNK: usize = 32;

/// Calls `f` with the position of every byte that is not [plain](is_plain_byte).
/// Each chunk becomes a bit mask in one fixed-size loop (which the compiler turns
/// into vector compares), and only its set bits are visited.
fn for_each_unplain(b: &[u8], mut f: impl FnMut(usize)) {
    let mut chunks = b.chunks_exact(CHUNK);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut mask = <&[u8; CHUNK]>::try_from(chunk).map_or(u32::MAX, |chunk| {
            chunk.iter().enumerate().fold(0u32, |mask, (i, &byte)| {
                mask | (u32::from(!is_plain_byte(byte)) << i)
            })
        });
        while mask != 0 {
            f(offset + mask.trailing_zeros() as usize);
            mask &= mask - 1;
        }
        offset += CHUNK;
    }
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        if !is_plain_byte(byte) {
            f(offset + i);
        }
    }
}

/// One pass over the bytes, decoding only the characters [`is_plain_byte`] cannot
/// vouch for.
fn scan(text: &str) -> Scan {
    let b = text.as_bytes();
    let mut scan = Scan {
        needs_cleaning: b.first() == Some(&b' ')
            || b.last() == Some(&b' ')
            || memchr::memmem::find(b, b"  ").is_some(),
        maybe_unnormalized: false,
    };
    for_each_unplain(b, |i| match text[i..].chars().next() {
        Some(c) if c.is_ascii() => scan.needs_cleaning = true,
        Some(c) => {
            scan.needs_cleaning |= classify(c, None) != Class::Keep;
            scan.maybe_unnormalized |= !is_stable_starter(c);
        }
        None => {}
    });
    scan
}

/// Removes controls and invisible characters, turns Unicode spaces into ASCII ones,
/// collapses space runs and trims the ends. Text between the characters it touches is
/// copied as whole slices.
fn clean_chars(text: &str, counts: &mut Counts) -> (String, Removed) {
    let mut removed = Removed::default();
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut copied = 0;
    for_each_unplain(b, |i| {
        let Some(c) = text[i..].chars().next() else {
            return;
        };
        let class = classify(c, text[..i].chars().next_back());
        if class == Class::Keep {
            return;
        }
        out.push_str(&text[copied..i]);
        copied = i + c.len_utf8();
        match class {
            Class::Space => {
                counts.spaces_unified += 1;
                out.push(' ');
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
            Class::Keep => {}
        }
    });
    out.push_str(&text[copied..]);
    (collapse_spaces(out, counts), removed)
}

/// Collapses runs of ASCII spaces to one and trims spaces at both ends.
fn collapse_spaces(text: String, counts: &mut Counts) -> String {
    let b = text.as_bytes();
    if b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && memchr::memmem::find(b, b"  ").is_none()
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    counts.spaces_removed += (text.len() - out.len()) as u64;
    out
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
    use crate::document::EditKind;

    fn normalize(text: &str) -> Document {
        let mut doc = Document::sample(text);
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
    fn restored_spaces_are_logged_with_the_original() {
        let doc = normalize("a triple jump.Since its opening");
        let edit = &doc.edits[0];
        assert_eq!(
            (edit.reason, edit.text.as_str(), edit.offset),
            ("sentence-space-restored", "jump.Since", 9)
        );
        assert_eq!(edit.kind, EditKind::Changed("jump. Since".into()));
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
        assert_eq!(doc.edits[0].reason, "nfc");
        assert_eq!(doc.edits[0].text, "cafe\u{301}");
        assert_eq!(doc.removals().count(), 0);
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

    #[test]
    fn plain_bytes_are_exactly_the_listed_ones() {
        for b in 0..=255u8 {
            let listed = matches!(b, b'\t' | 0x20..=0x7E | 0x80..=0xBF | 0xC3..=0xCB | 0xE4..=0xE9);
            assert_eq!(is_plain_byte(b), listed, "{b:#x}");
        }
        let text = format!("{}\u{3000}x\u{7}{}", "a".repeat(40), "中".repeat(20));
        let mut found = Vec::new();
        for_each_unplain(text.as_bytes(), |i| found.push(i));
        assert_eq!(found, [40, 44]);
    }

    #[test]
    fn stable_starters_are_really_stable() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0xFFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_stable_starter(c))
        {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn idempotent(input in "[a-zA-Z0-9 .,:;!?\u{A0}\u{3000}\u{200B}\u{7}中文。，é\u{301}\n]{0,80}") {
            let once = text(&input);
            proptest::prop_assert_eq!(text(&once), once);
        }
    }
}
