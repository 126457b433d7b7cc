//! What the aligner knows of a sentence or paragraph: its length, the English words
//! its translation should contain (through the lexicon), and its numbers.

use super::lexicon::{English, Lexicon};
use super::{names, numbers};
use crate::text::is_han;

/// Bits of a mask; words past the 128th share bits (a sentence rarely has that many,
/// and a paragraph's similarity only blurs a little).
pub type Mask = u128;

fn bit(index: usize) -> Mask {
    1 << (index % Mask::BITS as usize)
}

/// The bits of `count` words (all of them from the 128th on).
fn first_bits(count: usize) -> Mask {
    (0..count.min(Mask::BITS as usize)).fold(0, |m, k| m | bit(k))
}

/// A Chinese unit: for each English word id its translation may contain, the bits of
/// the Chinese words that would be matched by it.
#[derive(Debug, Clone, Default)]
pub struct ZhUnit {
    /// Characters other than whitespace.
    pub len: f64,
    pub glosses: Vec<(u32, Mask)>,
    /// Number of Chinese words (and Latin tokens) found, and their bits.
    pub tokens: usize,
    pub words: Mask,
    /// Anchor keys: numbers by value, and quotation and bracket structure.
    pub numbers: Vec<u64>,
    /// Romanizations its Han characters could have (see [`super::names`]).
    pub names: Vec<u64>,
}

/// An English unit: its normalized content words (ids, distinct) and numbers.
#[derive(Debug, Clone, Default)]
pub struct EnUnit {
    pub len: f64,
    pub words: Vec<u32>,
    /// Anchor keys: numbers by value, and quotation and bracket structure.
    pub numbers: Vec<u64>,
    /// Capitalized words that may be romanized Chinese names.
    pub names: Vec<u64>,
}

fn visible_len(text: &str) -> f64 {
    text.chars().filter(|c| !c.is_whitespace()).count() as f64
}

/// Anchor keys for structure that survives translation: a quotation, a bracketed
/// aside. Tagged apart from every number key.
const QUOTATION: u64 = 1 << 62 | 1;
const BRACKETS: u64 = 1 << 62 | 2;

fn structure(text: &str, keys: &mut Vec<u64>) {
    if text.contains(['“', '”', '「', '」', '"', '『', '‘']) {
        keys.push(QUOTATION);
    }
    if text.contains(['(', '（']) {
        keys.push(BRACKETS);
    }
}

fn distinct(mut keys: Vec<u64>) -> Vec<u64> {
    keys.sort_unstable();
    keys.dedup();
    keys
}

impl ZhUnit {
    pub fn new(text: &str, lexicon: &Lexicon) -> ZhUnit {
        let english = English::shared();
        let mut glosses: Vec<(u32, Mask)> = Vec::new();
        let mut count = 0usize;
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if is_han(c) {
                let end = rest.find(|c: char| !is_han(c)).unwrap_or(rest.len());
                lexicon.words_in(&rest[..end], |ids| {
                    glosses.extend(ids.iter().map(|&id| (id, bit(count))));
                    count += 1;
                });
                rest = &rest[end..];
            } else if c.is_ascii_alphabetic() {
                // Latin names and acronyms inside Chinese text meet themselves.
                let end = rest
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                if let Some(normal) = english.normalize(&rest[..end].to_ascii_lowercase()) {
                    glosses.push((lexicon.word_id(&normal), bit(count)));
                    count += 1;
                }
                rest = &rest[end..];
            } else {
                rest = &rest[c.len_utf8()..];
            }
        }
        let glosses = merge_glosses(glosses);
        let words = first_bits(count);
        let mut keys = Vec::new();
        numbers::chinese(text, &mut keys);
        structure(text, &mut keys);
        ZhUnit {
            len: visible_len(text),
            glosses,
            tokens: count,
            words,
            numbers: distinct(keys),
            names: names::chinese(text),
        }
    }
}

fn union(parts: impl Iterator<Item = Vec<u64>>) -> Vec<u64> {
    distinct(parts.flatten().collect())
}

impl ZhUnit {
    /// The unit of several units' text joined (a paragraph from its sentences),
    /// without reading the text again.
    pub fn join(units: &[ZhUnit]) -> ZhUnit {
        let mut glosses = Vec::new();
        let mut offset = 0usize;
        for unit in units {
            let shift = (offset % Mask::BITS as usize) as u32;
            glosses.extend(
                unit.glosses
                    .iter()
                    .map(|&(id, m)| (id, m.rotate_left(shift))),
            );
            offset += unit.tokens;
        }
        ZhUnit {
            len: units.iter().map(|u| u.len).sum(),
            glosses: merge_glosses(glosses),
            tokens: offset,
            words: first_bits(offset),
            numbers: union(units.iter().map(|u| u.numbers.clone())),
            names: union(units.iter().map(|u| u.names.clone())),
        }
    }
}

impl EnUnit {
    /// The unit of several units' text joined.
    pub fn join(units: &[EnUnit]) -> EnUnit {
        let mut words: Vec<u32> = units.iter().flat_map(|u| u.words.iter().copied()).collect();
        words.sort_unstable();
        words.dedup();
        EnUnit {
            len: units.iter().map(|u| u.len).sum(),
            words,
            numbers: union(units.iter().map(|u| u.numbers.clone())),
            names: union(units.iter().map(|u| u.names.clone())),
        }
    }
}

/// Sorts glosses by word id, one entry per id with the bits of all its words.
fn merge_glosses(mut glosses: Vec<(u32, Mask)>) -> Vec<(u32, Mask)> {
    glosses.sort_unstable_by_key(|&(id, _)| id);
    glosses.dedup_by(|later, first| {
        let same = later.0 == first.0;
        if same {
            first.1 |= later.1;
        }
        same
    });
    glosses
}

impl EnUnit {
    pub fn new(text: &str, lexicon: &Lexicon) -> EnUnit {
        let english = English::shared();
        let mut words: Vec<u32> = text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.bytes().next().is_some_and(|b| b.is_ascii_alphabetic()))
            .filter_map(|w| english.normalize(&w.to_ascii_lowercase()))
            .map(|normal| lexicon.word_id(&normal))
            .collect();
        words.sort_unstable();
        words.dedup();
        let mut keys = Vec::new();
        numbers::english(text, &mut keys);
        structure(text, &mut keys);
        EnUnit {
            len: visible_len(text),
            words,
            numbers: distinct(keys),
            names: names::english(text, lexicon),
        }
    }
}

/// What one Chinese unit and one English unit share: the Chinese words matched, the
/// English words matched, and the numbers matched on each side.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shared {
    pub zh: Mask,
    pub en: Mask,
    pub zh_numbers: u64,
    pub en_numbers: u64,
    /// English name candidates found among the Chinese side's romanizations.
    pub names: u64,
}

impl Shared {
    pub fn between(zh: &ZhUnit, en: &EnUnit) -> Shared {
        let mut shared = Shared::default();
        if !zh.glosses.is_empty() {
            for (k, id) in en.words.iter().enumerate() {
                if let Ok(at) = zh.glosses.binary_search_by_key(id, |&(g, _)| g) {
                    shared.zh |= zh.glosses[at].1;
                    shared.en |= bit(k);
                }
            }
        }
        for (k, key) in zh.numbers.iter().enumerate().take(64) {
            if let Ok(at) = en.numbers.binary_search(key) {
                shared.zh_numbers |= 1 << k;
                shared.en_numbers |= 1 << (at % 64);
            }
        }
        for (k, key) in en.names.iter().enumerate().take(64) {
            if zh.names.binary_search(key).is_ok() {
                shared.names |= 1 << k;
            }
        }
        shared
    }
}

impl EnUnit {
    pub fn word_mask(&self) -> Mask {
        first_bits(self.words.len())
    }
}
