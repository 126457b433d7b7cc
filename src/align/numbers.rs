//! Numbers as alignment anchors: values that survive translation whatever their
//! spelling (`1.41 billion` ↔ `14.1亿`, `30,537` ↔ `30537`, `三月` ↔ `March`,
//! `2019年` ↔ `2019`). Each number becomes a key; equal values give equal keys.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::stages::word_list;

const ENGLISH_NUMBER_WORDS: &str = include_str!("../../data/align/numbers_en.txt");

static NUMBER_WORDS: LazyLock<FxHashMap<&'static str, f64>> = LazyLock::new(|| {
    word_list(ENGLISH_NUMBER_WORDS)
        .filter_map(|line| {
            let (word, value) = line.split_once(' ')?;
            Some((word, value.trim().parse().ok()?))
        })
        .collect()
});

/// The key of a value: whole numbers as themselves, fractions to three decimals
/// (tagged so `4.5` and `4500` differ).
pub fn key(value: f64) -> u64 {
    if value.fract() == 0.0 && (0.0..1e18).contains(&value) {
        value as u64
    } else {
        ((value * 1000.0).round().abs() as u64) | 1 << 63
    }
}

fn magnitude_en(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Parses `30,537`, `1.41` at the start of `text`; returns the value and its length.
fn leading_number(text: &str) -> Option<(f64, usize)> {
    let bytes = text.as_bytes();
    let mut end = 0;
    let mut digits = String::new();
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            digits.push(b as char);
        } else if (b == b',' || b == b'.')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            && !digits.is_empty()
        {
            if b == b'.' {
                if digits.contains('.') {
                    break;
                }
                digits.push('.');
            }
        } else {
            break;
        }
        end += 1;
    }
    Some((digits.parse().ok()?, end))
}

/// Number keys of an English text.
pub fn english(text: &str, keys: &mut Vec<u64>) {
    let words = &*NUMBER_WORDS;
    let mut rest = text;
    let mut pending: Option<f64> = None;
    while !rest.is_empty() {
        let start = rest
            .find(|c: char| c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        rest = &rest[start..];
        if rest.is_empty() {
            break;
        }
        if rest.as_bytes()[0].is_ascii_digit() {
            flush(&mut pending, keys);
            let Some((value, len)) = leading_number(rest) else {
                rest = &rest[1..];
                continue;
            };
            pending = Some(value);
            rest = &rest[len..];
            // `4th`, `1990s`: the letters belong to the number.
            let letters = rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            rest = &rest[letters..];
            continue;
        }
        let len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let word = rest[..len].to_ascii_lowercase();
        rest = &rest[len..];
        match (pending, magnitude_en(&word)) {
            (Some(value), Some(scale)) => pending = Some(value * scale),
            _ => {
                flush(&mut pending, keys);
                if let Some(&value) = words.get(word.as_str()) {
                    keys.push(key(value));
                }
            }
        }
    }
    flush(&mut pending, keys);
}

fn flush(pending: &mut Option<f64>, keys: &mut Vec<u64>) {
    if let Some(value) = pending.take() {
        keys.push(key(value));
    }
}

fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn chinese_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// The value of a run of Chinese numerals: `三十七` 37, `两万三千` 23000, `一九八六`
/// 1986 (digit by digit when there is no unit).
fn chinese_value(run: &[char]) -> Option<f64> {
    if !run.iter().any(|&c| chinese_unit(c).is_some()) {
        let mut value = 0u64;
        for &c in run {
            value = value.checked_mul(10)?.checked_add(chinese_digit(c)?)?;
        }
        return Some(value as f64);
    }
    let (mut total, mut section, mut digit) = (0f64, 0f64, 0f64);
    for &c in run {
        if let Some(d) = chinese_digit(c) {
            digit = d as f64;
        } else if let Some(unit) = chinese_unit(c) {
            let unit = unit as f64;
            if unit >= 1e4 {
                total = (total + section + digit) * unit;
                section = 0.0;
            } else {
                section += if digit == 0.0 { 1.0 } else { digit } * unit;
            }
            digit = 0.0;
        }
    }
    Some(total + section + digit)
}

/// Number keys of a Chinese text: Arabic numbers with their magnitude (`14.1亿`,
/// `1.5万`) and Chinese numerals. A lone `一` is skipped: it is part of too many
/// words (`一样`, `统一`) to mean the number one.
pub fn chinese(text: &str, keys: &mut Vec<u64>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_ascii_digit() {
            let Some((mut value, len)) = leading_number(&text[at..]) else {
                i += 1;
                continue;
            };
            let end = at + len;
            i = chars.partition_point(|&(offset, _)| offset < end);
            if let Some(&(_, next)) = chars.get(i)
                && let Some(scale) = chinese_unit(next).filter(|&u| u >= 10_000)
            {
                value *= scale as f64;
                i += 1;
            }
            keys.push(key(value));
            continue;
        }
        if chinese_digit(c).is_some() || (c == '十' && i + 1 < chars.len()) {
            let start = i;
            while i < chars.len()
                && (chinese_digit(chars[i].1).is_some() || chinese_unit(chars[i].1).is_some())
            {
                i += 1;
            }
            let run: Vec<char> = chars[start..i].iter().map(|&(_, c)| c).collect();
            if run != ['一']
                && let Some(value) = chinese_value(&run)
            {
                keys.push(key(value));
            }
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(text: &str) -> Vec<u64> {
        let mut keys = Vec::new();
        english(text, &mut keys);
        keys.sort_unstable();
        keys
    }

    fn zh(text: &str) -> Vec<u64> {
        let mut keys = Vec::new();
        chinese(text, &mut keys);
        keys.sort_unstable();
        keys
    }

    #[test]
    fn magnitudes_meet_across_languages() {
        assert_eq!(en("about 1.41 billion people"), zh("约14.1亿人"));
        assert_eq!(en("30,537 cases"), zh("30537例"));
        assert_eq!(en("1.5 million"), zh("150万"));
        assert_eq!(en("in March 2019"), zh("2019年三月"));
        assert_eq!(en("three sisters"), zh("三姐妹"));
        assert_eq!(zh("两万三千"), vec![key(23000.0)]);
        assert_eq!(zh("一九八六年"), vec![key(1986.0)]);
    }

    #[test]
    fn a_lone_yi_and_plain_words_are_not_numbers() {
        assert!(zh("统一的一样").is_empty());
        assert!(en("the cat sat").is_empty());
        assert_eq!(en("4.0% growth"), vec![key(4.0)]);
        assert_ne!(key(4.5), key(4500.0));
    }
}
