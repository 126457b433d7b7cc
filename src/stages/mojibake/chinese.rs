//! Chinese mojibake: text whose bytes were decoded with the wrong one of UTF-8, GBK
//! and Big5. Such text is made of rare characters (`鍙戝竷` for `发布`), so a span is
//! a suspect when few of its Han characters are common ones, and it is repaired when
//! encoding it back and decoding it the right way is exact and gives common text.
//!
//! "Common" is the GB2312 level-1 block (the 3,755 most frequent Simplified
//! characters) joined with Big5's frequent block (5,401 Traditional characters),
//! both read out of the codecs themselves: no list of examples is involved.

use std::sync::LazyLock;

use encoding_rs::{BIG5, Encoding, GBK};

use crate::text::{CharSet, is_han};

/// Han characters of GB2312 level 1 and Big5's frequently used block.
static COMMON_HAN: LazyLock<CharSet> = LazyLock::new(|| {
    let mut chars = Vec::with_capacity(9200);
    // GB2312 level 1: rows 0xB0–0xD7, cells 0xA1–0xFE.
    for lead in 0xB0..=0xD7u8 {
        for trail in 0xA1..=0xFEu8 {
            chars.extend(decode_pair(GBK, lead, trail));
        }
    }
    // Big5 frequent: 0xA440–0xC67E, trails 0x40–0x7E and 0xA1–0xFE.
    for lead in 0xA4..=0xC6u8 {
        for trail in (0x40..=0x7Eu8).chain(0xA1..=0xFE) {
            if lead == 0xC6 && trail > 0x7E {
                break;
            }
            chars.extend(decode_pair(BIG5, lead, trail));
        }
    }
    CharSet::from_chars(chars)
});

/// The common Han characters (see the module notes).
pub fn common_han() -> &'static CharSet {
    &COMMON_HAN
}

fn decode_pair(encoding: &'static Encoding, lead: u8, trail: u8) -> Option<char> {
    let bytes = [lead, trail];
    let text = encoding.decode_without_bom_handling_and_without_replacement(&bytes)?;
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if is_han(c) => Some(c),
        _ => None,
    }
}

/// East Asian letters in `text`, and how many of them are common Han characters.
/// Letters are Han, and what mojibake mixes into it: private-use characters (GBK's
/// and Big5's user areas), kana, bopomofo, Hangul, box drawing.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Commonness {
    /// East Asian letters, Han or not.
    pub letters: usize,
    pub han: usize,
    pub common: usize,
}

impl Commonness {
    pub fn of(text: &str) -> Self {
        let common = common_han();
        let mut counts = Commonness::default();
        for c in text.chars().filter(|&c| !c.is_ascii()) {
            counts.add(c, common);
        }
        counts
    }

    /// Counts `c`; `common` is [`common_han`], passed in to keep lookups cheap.
    #[inline]
    pub fn add(&mut self, c: char, common: &CharSet) {
        if is_han(c) {
            self.letters += 1;
            self.han += 1;
            self.common += common.contains(c) as usize;
        } else if is_mojibake_companion(c) {
            self.letters += 1;
        }
    }

    /// A run that [`repair`] or [`looks_like_lost_mojibake`] would look into.
    pub fn is_suspect_run(self) -> bool {
        self.is_suspect(MIN_HAN)
    }

    /// Share of common Han characters among the letters (1 when there are none).
    pub fn score(self) -> f64 {
        if self.letters == 0 {
            1.0
        } else {
            self.common as f64 / self.letters as f64
        }
    }

    /// A span worth trying to repair: Chinese (some Han) that is mostly not common.
    fn is_suspect(self, min_letters: usize) -> bool {
        self.han > 0 && self.letters >= min_letters && self.score() < SUSPECT_BELOW
    }
}

/// A way text gets garbled: bytes in `written` read as `read`.
#[derive(Debug, Clone, Copy)]
struct MixUp {
    reason: &'static str,
    /// East Asian letters a span needs before this mix-up is tried. Strict UTF-8 is a
    /// strong check on its own; GBK and Big5 accept most byte pairs of each other,
    /// so their mix-ups need more text as evidence.
    min_han: usize,
    /// The encoding the bytes really were in.
    written: &'static Encoding,
    /// The encoding they were wrongly decoded with.
    read: &'static Encoding,
}

/// The mix-ups tried, most frequent first.
const MIX_UPS: [MixUp; 4] = [
    MixUp {
        reason: "utf8-read-as-gbk",
        min_han: 2,
        written: encoding_rs::UTF_8,
        read: GBK,
    },
    MixUp {
        reason: "utf8-read-as-big5",
        min_han: 2,
        written: encoding_rs::UTF_8,
        read: BIG5,
    },
    MixUp {
        reason: "big5-read-as-gbk",
        min_han: 4,
        written: BIG5,
        read: GBK,
    },
    MixUp {
        reason: "gbk-read-as-big5",
        min_han: 4,
        written: GBK,
        read: BIG5,
    },
];

/// Below this share of common characters a span is a suspect ...
pub const SUSPECT_BELOW: f64 = 0.8;
/// ... and a repair must reach this share ...
const REPAIRED_AT_LEAST: f64 = 0.95;
/// ... and gain this much over the span.
const MIN_GAIN: f64 = 0.25;
/// Spans with fewer East Asian letters carry too little evidence either way.
const MIN_HAN: usize = 2;

/// A span's repair: the mix-up undone and the text it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub reason: &'static str,
    pub text: String,
}

/// Undoes the mix-up that turns `span` into common Chinese, when one does so
/// exactly (every character encodes back, the bytes decode without error).
pub fn repair(span: &str) -> Option<Repair> {
    let before = Commonness::of(span);
    if !before.is_suspect(MIN_HAN) {
        return None;
    }
    MIX_UPS
        .iter()
        .filter(|mix_up| before.is_suspect(mix_up.min_han))
        .filter_map(|mix_up| {
            let bytes = encode(mix_up.read, span)?;
            let text = mix_up
                .written
                .decode_without_bom_handling_and_without_replacement(&bytes)?;
            let after = Commonness::of(&text);
            let plausible = after.han >= 1
                && after.han == after.letters
                && after.score() >= REPAIRED_AT_LEAST
                && after.score() - before.score() >= MIN_GAIN
                && !text.chars().any(|c| c.is_control() || is_private_use(c));
            plausible.then(|| (after.score(), mix_up.reason, text.into_owned()))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, reason, text)| Repair { reason, text })
}

/// True when `span` reads like UTF-8 decoded as GBK whose damage cannot be undone
/// exactly (bytes lost to `?` or U+FFFD): its own characters are rare, but the bytes
/// that do encode back decode, as far as they go, to common text.
pub fn looks_like_lost_mojibake(span: &str) -> bool {
    let before = Commonness::of(span);
    if !before.is_suspect(MIN_HAN * 2) {
        return false;
    }
    let bytes = encode_lossy(GBK, span);
    let (decoded, _) = encoding_rs::UTF_8.decode_without_bom_handling(&bytes);
    let after = Commonness::of(&decoded);
    after.han * 2 >= before.letters && after.score() >= REPAIRED_AT_LEAST
}

/// Characters that turn up among Han when Chinese bytes are read with the wrong
/// codec, and rarely in clean Chinese (the katakana middle dot and prolonged sound
/// mark, common in Chinese transliteration, are left out).
fn is_mojibake_companion(c: char) -> bool {
    is_private_use(c)
        || crate::text::is_hangul(c)
        || matches!(c, '\u{2500}'..='\u{257F}' | '\u{3040}'..='\u{30FA}' | '\u{3100}'..='\u{312F}')
}

/// Reverse tables of GBK's and Big5's two-byte codes, indexed by BMP code point
/// (0: none). encoding_rs encodes CJK by searching its decoding index, which made
/// encoding the slowest step of a repair; a lookup is one load.
struct DoubleByteCodes(Vec<u16>);

impl DoubleByteCodes {
    /// Reads the codes out of the decoder; where two codes decode to one character,
    /// the lead that comes first in `leads` wins.
    fn read_from(encoding: &'static Encoding, leads: impl Iterator<Item = u8>) -> Self {
        let mut codes = vec![0u16; 0x10000];
        for lead in leads {
            for trail in 0x40..=0xFEu8 {
                let bytes = [lead, trail];
                let Some(text) =
                    encoding.decode_without_bom_handling_and_without_replacement(&bytes)
                else {
                    continue;
                };
                let mut chars = text.chars();
                // GBK reads byte 0x80 alone as the euro sign too, and that is the byte
                // UTF-8 mojibake holds: leave € to the codec's own encoder.
                if let (Some(c), None) = (chars.next(), chars.next())
                    && c != '€'
                {
                    let slot = &mut codes[(c as usize) & 0xFFFF];
                    if (c as u32) < 0x10000 && *slot == 0 {
                        *slot = u16::from_be_bytes(bytes);
                    }
                }
            }
        }
        DoubleByteCodes(codes)
    }
}

static GBK_CODES: LazyLock<DoubleByteCodes> =
    LazyLock::new(|| DoubleByteCodes::read_from(GBK, 0x81..=0xFE));
/// Standard Big5 first: HKSCS (leads 0x87–0xA0) repeats some of its characters.
static BIG5_CODES: LazyLock<DoubleByteCodes> =
    LazyLock::new(|| DoubleByteCodes::read_from(BIG5, (0xA1..=0xFE).chain(0x81..=0xA0)));

/// `text` in `encoding`; `None` when a character has no code there.
fn encode(encoding: &'static Encoding, text: &str) -> Option<Vec<u8>> {
    let codes = if encoding == GBK {
        &*GBK_CODES
    } else if encoding == BIG5 {
        &*BIG5_CODES
    } else {
        return Some(text.as_bytes().to_vec());
    };
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        let code = if (c as u32) < 0x10000 {
            codes.0[c as usize]
        } else {
            0
        };
        if c.is_ascii() {
            bytes.push(c as u8);
        } else if code != 0 {
            bytes.extend_from_slice(&code.to_be_bytes());
        } else {
            // Rare: GB18030's four-byte codes, the euro sign's single byte.
            let mut buffer = [0u8; 4];
            let (encoded, _, unmappable) = encoding.encode(c.encode_utf8(&mut buffer));
            if unmappable {
                return None;
            }
            bytes.extend_from_slice(&encoded);
        }
    }
    Some(bytes)
}

/// Like [`encode`], skipping characters that have no code.
fn encode_lossy(encoding: &'static Encoding, text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for c in text.chars() {
        bytes.extend(encode(encoding, c.encode_utf8(&mut buffer)).unwrap_or_default());
    }
    bytes
}

pub fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn garble(text: &str, written: &'static Encoding, read: &'static Encoding) -> String {
        let (bytes, _, unmappable) = written.encode(text);
        assert!(!unmappable);
        read.decode_without_bom_handling_and_without_replacement(&bytes)
            .expect("this sample garbles without loss")
            .into_owned()
    }

    #[test]
    fn common_characters_come_from_the_codecs() {
        let common = &*COMMON_HAN;
        assert!(common.contains('发') && common.contains('布') && common.contains('發'));
        assert!(!common.contains('鍙') && !common.contains('戝'));
        assert!(Commonness::of("杭州高新区向世界领先科技园区奋力迈进").score() > 0.95);
        assert!(Commonness::of("杭州高新區向世界領先科技園區奮力邁進").score() > 0.95);
    }

    #[test]
    fn utf8_read_as_gbk_is_repaired() {
        let clean = "发布会今天在杭州举行";
        let broken = garble(clean, encoding_rs::UTF_8, GBK);
        assert_ne!(broken, clean);
        let repair = repair(&broken).unwrap();
        assert_eq!(
            (repair.reason, repair.text.as_str()),
            ("utf8-read-as-gbk", clean)
        );
    }

    #[test]
    fn big5_and_gbk_mix_ups_are_repaired() {
        let traditional = "臺灣的經濟發展與產業結構";
        let broken = garble(traditional, BIG5, GBK);
        assert_eq!(repair(&broken).unwrap().text, traditional);
        let simplified = "经济发展与产业结构调整";
        let broken = garble(simplified, GBK, BIG5);
        assert_eq!(repair(&broken).unwrap().text, simplified);
    }

    #[test]
    fn clean_text_is_left_alone() {
        for clean in [
            "杭州高新区向世界领先科技园区奋力迈进",
            "杭州高新區向世界領先科技園區奮力邁進",
            "龘靐齉齾爩麤",
            "魑魅魍魉",
        ] {
            assert_eq!(repair(clean), None, "{clean}");
        }
    }

    #[test]
    fn table_encoding_matches_the_gbk_codec_everywhere() {
        for c in (0x80..0x10000).filter_map(char::from_u32) {
            let mut buffer = [0u8; 4];
            let text = c.encode_utf8(&mut buffer);
            let (expected, _, unmappable) = GBK.encode(text);
            assert_eq!(
                encode(GBK, text),
                (!unmappable).then(|| expected.into_owned()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn table_encoding_covers_what_big5_decodes() {
        // encoding_rs's Big5 encoder leaves out the HKSCS codes its decoder reads; the
        // table has them, so text decoded through them encodes back exactly.
        let text = "臺灣的經濟 and À €";
        let (expected, _, _) = BIG5.encode("臺灣的經濟 and ");
        let bytes = encode(BIG5, text).unwrap();
        assert!(bytes.starts_with(&expected));
        let back = BIG5
            .decode_without_bom_handling_and_without_replacement(&bytes)
            .unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn lossy_mojibake_is_recognised() {
        let clean = "杭州高新区向世界领先科技园区奋力迈进";
        let mut broken = garble(clean, encoding_rs::UTF_8, GBK);
        broken.pop();
        broken.push('?');
        assert!(looks_like_lost_mojibake(&broken), "{broken}");
        assert!(!looks_like_lost_mojibake(clean));
    }
}
