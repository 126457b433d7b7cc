//! Latin mojibake: UTF-8 read as windows-1252, Latin-1, MacRoman, cp437 and the other
//! single-byte code pages (`cafÃ©`, `â€™`, `Ã¢â‚¬â„¢`). The repair itself is plsfix, a
//! Rust port of ftfy, set up so that it never touches what is not mojibake: no quote
//! uncurling, no width folding (which would turn Chinese `，：（）` into ASCII), no
//! ligature or line-break changes, no normalization (the normalize stage does NFC).
//!
//! plsfix reads every character with regular expressions; a cheap scan sends it only
//! the paragraphs that could hold mojibake: a character that a UTF-8 lead byte
//! becomes in one of those code pages, followed by one that a continuation byte
//! becomes (`Ã` then `©`), or a C1 control (bytes ftfy decodes as windows-1252).

use std::sync::LazyLock;

use plsfix::TextFixerConfig;

use crate::text::CharSet;

/// The single-byte encodings whose misreadings of UTF-8 the scan looks for.
/// cp437 is not in encoding_rs; its box-drawing leads are added by hand below.
const CODE_PAGES: [&encoding_rs::Encoding; 9] = [
    encoding_rs::WINDOWS_1252,
    encoding_rs::WINDOWS_1250,
    encoding_rs::WINDOWS_1251,
    encoding_rs::WINDOWS_1253,
    encoding_rs::WINDOWS_1254,
    encoding_rs::WINDOWS_1257,
    encoding_rs::MACINTOSH,
    encoding_rs::IBM866,
    encoding_rs::ISO_8859_2,
];

/// (characters UTF-8 lead bytes become, characters continuation bytes become)
static SIGNS: LazyLock<(CharSet, CharSet)> = LazyLock::new(|| {
    let decoded = |bytes: std::ops::RangeInclusive<u8>| -> Vec<char> {
        CODE_PAGES
            .iter()
            .flat_map(|encoding| {
                bytes.clone().filter_map(|b| {
                    let byte = [b];
                    let (text, _) = encoding.decode_without_bom_handling(&byte);
                    text.chars().next().filter(|&c| c != '\u{FFFD}')
                })
            })
            .collect()
    };
    let mut leads = decoded(0xC2..=0xF4);
    // cp437 draws UTF-8 lead bytes as box-drawing and block characters.
    leads.extend(('\u{2500}'..='\u{259F}').chain([
        '√', 'Γ', 'Σ', 'σ', 'Φ', 'Θ', 'Ω', 'δ', '∞', 'φ', 'ε', '∩', 'ß',
    ]));
    let mut continuations = decoded(0x80..=0xBF);
    continuations.extend(('\u{80}'..='\u{BF}').chain(['\u{FFFD}']));
    (
        CharSet::from_chars(leads),
        CharSet::from_chars(continuations),
    )
});

static CONFIG: LazyLock<TextFixerConfig> = LazyLock::new(|| TextFixerConfig {
    unescape_html: Some(false),
    remove_terminal_escapes: false,
    fix_encoding: true,
    restore_byte_a0: true,
    replace_lossy_sequences: true,
    decode_inconsistent_utf8: true,
    fix_c1_controls: true,
    fix_latin_ligatures: false,
    fix_character_width: false,
    uncurl_quotes: false,
    fix_line_breaks: false,
    remove_control_chars: false,
    normalization: None,
    max_decode_length: 1_000_000,
});

/// `previous` then `c` is what a UTF-8 lead byte and a continuation byte become.
pub fn is_sign_pair(previous: char, c: char) -> bool {
    let (leads, continuations) = &*SIGNS;
    !previous.is_ascii() && leads.contains(previous) && continuations.contains(c)
}

/// C1 controls: bytes 0x80–0x9F decoded as Latin-1 where windows-1252 was meant.
pub fn is_c1(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{9F}')
}

/// A space after `Ã`/`Â` that stood for a lost no-break space (`voilÃ le`, `Ã s`).
/// After a capital it is no sign: Portuguese capitals end in Ã (`AMANHÃ É`).
pub fn lost_no_break_space(before_previous: Option<char>, previous: Option<char>) -> bool {
    matches!(previous, Some('Ã' | 'Â'))
        && before_previous.is_none_or(|b| b.is_lowercase() || b.is_whitespace())
}

/// Repairs Latin mojibake in `text`; `None` when plsfix finds none, or when its
/// repair would conjure a lone letter of another alphabet out of two symbols
/// (`×“` reads as windows-1252 for `ד`, but a single Hebrew letter among Latin or
/// Chinese text is no word: real mojibake of such an alphabet spells words).
pub fn repair(text: &str) -> Option<String> {
    let fixed = plsfix::fix_text(text, Some(&CONFIG));
    if fixed == text {
        return None;
    }
    (lone_letters(&fixed) <= lone_letters(text)).then_some(fixed)
}

/// Letters of another alphabet with no letter of it beside them.
fn lone_letters(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            let neighbour = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|&c| is_other_alphabet(c))
            };
            is_other_alphabet(chars[i]) && !neighbour(i.checked_sub(1)) && !neighbour(Some(i + 1))
        })
        .count()
}

/// Letters of the alphabets single-byte mojibake can spell besides Latin: Cyrillic,
/// Hebrew, Arabic. Greek is left out: a lone Greek letter is a symbol in science
/// and units (`IL2Rγc`, `μm`).
fn is_other_alphabet(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52F}' | '\u{5D0}'..='\u{5EA}' | '\u{620}'..='\u{64A}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_utf8_read_as_single_byte_code_pages() {
        assert_eq!(repair("cafÃ©").as_deref(), Some("café"));
        assert_eq!(repair("donâ€™t").as_deref(), Some("don’t"));
        assert_eq!(repair("Ã¢â‚¬â„¢").as_deref(), Some("’"));
        assert_eq!(
            repair("g√¢teaux et r√©gime").as_deref(),
            Some("gâteaux et régime")
        );
    }

    #[test]
    fn leaves_clean_text_alone() {
        for clean in [
            "NÃO, AMANHÃ É OUTRO DIA em São Paulo; déjà vu; 5 €; emoji 🎉; 𠀀𪚥 rare CJK",
            "┌──┐ │ok│ └──┘ ├┤a┼┐ box drawing",
            "2×“3” and 4×‘5’",
            "上半年,杭州高新区(滨江)地区生产总值首破千亿元,同比增长4.0%;“科技创新鼎”。（一）ＡＢＣ",
            "“Quoted” English — with dashes… and ﬁ ligatures",
            "Привет, как её дела? Ещё раз.",
        ] {
            assert_eq!(repair(clean), None, "{clean}");
        }
    }

    #[test]
    fn signs() {
        assert!(is_sign_pair('Ã', '©') && is_sign_pair('â', '€') && is_sign_pair('√', '©'));
        assert!(!is_sign_pair('é', 'j') && !is_sign_pair('今', '“'));
        assert!(lost_no_break_space(Some('l'), Some('Ã')) && lost_no_break_space(None, Some('Ã')));
        assert!(!lost_no_break_space(Some('H'), Some('Ã')));
    }
}
