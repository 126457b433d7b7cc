//! Names as alignment anchors: a Chinese name and its romanization in the English
//! text (王琦瑶 ↔ Wang Qiyao, 上海 ↔ Shanghai) meet through the characters' pinyin
//! readings (data/align/pinyin_readings.tsv.gz, from CC-CEDICT).

use std::io::Read;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::lexicon::Lexicon;
use crate::text::is_han;

const READINGS: &[u8] = include_bytes!("../../data/align/pinyin_readings.tsv.gz");

/// Readings of a character beyond this many are rare ones; they would only add
/// chance matches.
const MAX_READINGS: usize = 3;

/// Readings as (hash, BASE^length), so two-syllable keys are one multiply-add.
static PINYIN: LazyLock<FxHashMap<char, Vec<(u64, u64)>>> = LazyLock::new(|| {
    let mut text = String::new();
    // The embedded table is checked by a unit test; an unreadable one means no names.
    if flate2::read::GzDecoder::new(READINGS)
        .read_to_string(&mut text)
        .is_err()
    {
        return FxHashMap::default();
    }
    text.lines()
        .filter_map(|line| {
            let (chars, readings) = line.split_once('\t')?;
            let c = chars.chars().next()?;
            let readings = readings
                .split(' ')
                .take(MAX_READINGS)
                .map(|r| hash(r.as_bytes()))
                .collect();
            Some((c, readings))
        })
        .collect()
});

const BASE: u64 = 0x0100_0000_01b3;

/// A polynomial hash: the hash of `ab` follows from those of `a` and `b`.
fn hash(bytes: &[u8]) -> (u64, u64) {
    bytes.iter().fold((0u64, 1u64), |(h, power), &b| {
        (
            h.wrapping_mul(BASE).wrapping_add(u64::from(b)),
            power.wrapping_mul(BASE),
        )
    })
}

/// Keys of every one- and two-syllable romanization the Han characters of `text`
/// could have (`qi`, `yao`, `qiyao`), sorted and distinct.
pub fn chinese(text: &str) -> Vec<u64> {
    let pinyin = &*PINYIN;
    let mut keys = Vec::new();
    let mut previous: Option<&Vec<(u64, u64)>> = None;
    for c in text.chars() {
        let readings = if is_han(c) { pinyin.get(&c) } else { None };
        if let Some(readings) = readings {
            for &(reading, power) in readings {
                keys.push(reading);
                for &(before, _) in previous.into_iter().flatten() {
                    keys.push(before.wrapping_mul(power).wrapping_add(reading));
                }
            }
        }
        previous = readings;
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Keys of the words of an English sentence that may be romanized Chinese names:
/// capitalized words, except a sentence's first word when it is an ordinary English
/// word (`He`, `When`).
pub fn english(text: &str, lexicon: &Lexicon) -> Vec<u64> {
    let mut keys = Vec::new();
    let words = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2);
    for (n, word) in words.enumerate() {
        if !word.as_bytes()[0].is_ascii_uppercase() {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if n == 0 && lexicon.knows(&lower) {
            continue;
        }
        keys.push(hash(lower.as_bytes()).0);
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_meets_its_romanization() {
        let zh = chinese("王琦瑶住在上海。");
        let lexicon = Lexicon::embedded().unwrap();
        for key in english("Wang Qiyao lived in Shanghai.", &lexicon) {
            assert!(zh.binary_search(&key).is_ok());
        }
        assert!(english("He lived there.", &lexicon).is_empty());
    }
}
