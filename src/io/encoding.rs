//! Decoding input bytes whose encoding is not known: BOMs, UTF-8, UTF-16 without a
//! BOM, and everything else by chardetng's guess (GBK/GB18030, Big5, Shift_JIS,
//! EUC-KR, windows-125x, ...).

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How much of a text chardetng reads to guess; enough for a stable guess, bounded cost.
const DETECTION_SAMPLE: usize = 64 * 1024;

/// Text decoded from bytes, with the encoding it was decoded from.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    /// Byte sequences that were malformed in that encoding and became U+FFFD.
    pub malformed: usize,
}

/// Decodes `bytes`, detecting their encoding. Never fails: bytes that no guess
/// explains become U+FFFD and are counted in `malformed`.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        return decode_with(encoding, &bytes[bom_len..]);
    }
    if let Some(encoding) = utf16_without_bom(&bytes) {
        return decode_with(encoding, &bytes);
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Decoded {
                text,
                encoding: UTF_8.name(),
                malformed: 0,
            };
        }
        Err(e) => e.into_bytes(),
    };
    if mostly_utf8(&bytes) {
        return decode_with(UTF_8, &bytes);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(DETECTION_SAMPLE)];
    detector.feed(sample, sample.len() == bytes.len());
    decode_with(detector.guess(None, Utf8Detection::Deny), &bytes)
}

/// Decodes with a known encoding, counting malformed sequences.
pub fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let malformed = if had_errors {
        text.chars()
            .filter(|&c| c == char::REPLACEMENT_CHARACTER)
            .count()
            - count_replacement_chars_in_source(encoding, bytes)
    } else {
        0
    };
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        malformed,
    }
}

/// U+FFFD already present in the source (valid UTF-8 `EF BF BD`) is not a decoding error.
fn count_replacement_chars_in_source(encoding: &'static Encoding, bytes: &[u8]) -> usize {
    if encoding == UTF_8 {
        memchr::memmem::find_iter(bytes, "\u{FFFD}".as_bytes()).count()
    } else {
        0
    }
}

/// UTF-16 without a BOM. Text in any 8-bit encoding has no NUL bytes, while UTF-16
/// has one in every ASCII character; so when NULs appear, the byte order whose
/// decoding reads as text (letters, CJK, punctuation, no controls) wins. Checked
/// before UTF-8: UTF-16 of ASCII and of many CJK characters is valid UTF-8 too.
pub(crate) fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    // NULs fall in the high byte of ASCII characters: odd offsets for LE, even for BE
    // (a few CJK characters, U+4E00 say, put one on the other side).
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let encoding = if odd >= 2 && even * 3 <= odd {
        UTF_16LE
    } else if even >= 2 && odd * 3 <= even {
        UTF_16BE
    } else {
        return None;
    };
    let big_endian = encoding == UTF_16BE;
    let units = sample.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    (plausible_share(units) >= 0.9).then_some(encoding)
}

/// Share of decoded characters that ordinary text is made of.
fn plausible_share(units: impl Iterator<Item = u16>) -> f64 {
    let (mut plausible, mut total) = (0usize, 0usize);
    for c in char::decode_utf16(units) {
        total += 1;
        let ok = c.is_ok_and(|c| {
            matches!(c, '\t' | '\n' | '\r')
                || (!c.is_control()
                    && (c.is_ascii()
                        || c.is_alphanumeric()
                        || crate::text::is_cjk(c)
                        || matches!(c, '\u{A0}'..='\u{BF}' | '\u{2000}'..='\u{206F}')))
        });
        plausible += ok as usize;
    }
    if total == 0 {
        0.0
    } else {
        plausible as f64 / total as f64
    }
}

/// UTF-8 with a few damaged sequences (a cut multi-byte character, a stray byte) is
/// still UTF-8: decoding it as a legacy encoding would garble every other character.
/// Text in a legacy CJK encoding fails UTF-8 validation every few bytes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut errors, mut multibyte, mut rest) = (0usize, 0usize, bytes);
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                multibyte += count_non_ascii(valid);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                multibyte += std::str::from_utf8(valid).map_or(0, count_non_ascii);
                errors += 1;
                if errors > 1 + bytes.len() / 200 {
                    return false;
                }
                // No error length means the input ends inside a character.
                rest = &after[e.error_len().unwrap_or(after.len())..];
            }
        }
    }
    multibyte >= errors * 10
}

fn count_non_ascii(text: &str) -> usize {
    text.chars().filter(|c| !c.is_ascii()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZH: &str = "杭州高新区向世界领先科技园区奋力迈进，今年以来，浙江省杭州高新区紧紧围绕建设天堂硅谷的战略定位，以高水平科技创新引领高质量发展。";
    const ZH_TRAD: &str = "杭州高新區向世界領先科技園區奮力邁進，今年以來，浙江省杭州高新區緊緊圍繞建設天堂硅谷的戰略定位，以高水平科技創新引領高質量發展。";

    fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, errors) = encoding.encode(text);
        assert!(!errors);
        bytes.into_owned()
    }

    #[test]
    fn utf8_passes_through() {
        let d = decode(ZH.as_bytes().to_vec());
        assert_eq!((d.text.as_str(), d.encoding, d.malformed), (ZH, "UTF-8", 0));
    }

    #[test]
    fn gbk_and_big5_are_detected() {
        let d = decode(encode(encoding_rs::GBK, ZH));
        assert_eq!((d.text.as_str(), d.encoding), (ZH, "GBK"));
        let d = decode(encode(encoding_rs::BIG5, ZH_TRAD));
        assert_eq!((d.text.as_str(), d.encoding), (ZH_TRAD, "Big5"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "Hello, 世界. A line of English text.";
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let mut with_bom = vec![0xff, 0xfe];
        with_bom.extend_from_slice(&le);
        assert_eq!(decode(with_bom).text, text);
        let d = decode(le);
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16LE"));
        let d = decode(be);
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16BE"));
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let mut bytes = vec![0xef, 0xbb, 0xbf];
        bytes.extend_from_slice(ZH.as_bytes());
        assert_eq!(decode(bytes).text, ZH);
    }

    #[test]
    fn damaged_utf8_stays_utf8_with_the_damage_counted() {
        let mut bytes = ZH.as_bytes().to_vec();
        bytes.insert(9, 0xff);
        let d = decode(bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.malformed, 1);
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn windows_1252_is_detected() {
        let text = "Café crème and naïve résumé, déjà vu for the señor.";
        let d = decode(encode(encoding_rs::WINDOWS_1252, text));
        assert_eq!((d.text.as_str(), d.encoding), (text, "windows-1252"));
    }
}
