//! Numbered, lettered and bulleted list items, and the labels whose periods end nothing.

use super::Segmenter;
use super::chars::{is_bullet, is_stop};
use super::lexicons::Rules;

/// Letters of the longest Roman numeral read as a list label (`viii`).
pub(super) const ROMAN_LABEL_LETTERS: usize = 4;

/// `sentence` (so far) is a list item's label, which its period does not end: a
/// question's, an answer's or a step's number (`Q1`, `A12`, `S2`) alone at the sentence's start,
/// alone at the paragraph's (`opens_paragraph`), a number of up to three digits
/// (`1. Open the app`), or anywhere a Roman numeral of two letters or more (`IV.
/// Results`, `I. Gather the data. II. Clean it.`) or a Chinese label's word of
/// `[label nouns]` and number (`步骤1. 将…`); a bullet allowed. After words
/// a number is a count (`score: 3. Next`), after a question an answer (`How
/// many? 52. That`).
pub(super) fn is_list_label(rules: &Rules, sentence: &str, opens_paragraph: bool) -> bool {
    let label = sentence.trim().trim_start_matches(is_bullet).trim_start();
    // (A question's, an answer's or a step's letter: `Q1`, `A12`, `S2`.)
    let number = label.trim_start_matches(['Q', 'A', 'S']);
    let lettered = label.len() - number.len();
    let numbered = (1..=3).contains(&number.len())
        && lettered <= 1
        && (lettered == 1 || opens_paragraph)
        && number.bytes().all(|b| b.is_ascii_digit());
    let roman = (2..=4).contains(&label.len()) && label.chars().all(|c| "IVX".contains(c));
    // A Chinese label's word and number (`步骤1. 将…`, `图3. 模型结构`; not `总计120.`).
    let word = label.trim_end_matches(|c: char| c.is_ascii_digit());
    let han_label = (1..=3).contains(&(label.len() - word.len()))
        && word.chars().all(crate::text::is_han)
        && rules.label_nouns.contains(word);
    // After a Chinese colon, semicolon or comma a number counts an item (`方法：1.
    // 清理缓存；2. 重启路由器。`); not a score's or a time's second number (`比分为
    // 1：0. 下半场`).
    // (A step's letter may come between: `步骤：S1. 将…；S2. 加水…`.)
    let after_mark = (1..=2).contains(&(label.len() - word.len()))
        && word
            .strip_suffix(|c: char| c.is_ascii_uppercase())
            .unwrap_or(word)
            .strip_suffix(['：', '；', '，'])
            .is_some_and(|before| !before.ends_with(|c: char| c.is_ascii_digit()));
    numbered || roman || han_label || after_mark
}

/// `text`, after a comma, is one word and another comma: an item of a list.
pub(super) fn list_item_follows(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("");
    text.starts_with(char::is_whitespace) && word.ends_with('،') && word.len() > '،'.len_utf8()
}

/// A list item's label starts at `chars[k]`: a letter or a small Roman numeral in
/// lowercase, then `)` and a space (`b) `, `iv) `).
pub(super) fn item_label_at(chars: &[(usize, char)], k: usize) -> bool {
    let label: String = chars[k..]
        .iter()
        .take(ROMAN_LABEL_LETTERS + 1)
        .map(|&(_, c)| c)
        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect();
    let after = |n: usize| chars.get(k + label.len() + n).map(|&(_, c)| c);
    let roman = label.len() <= ROMAN_LABEL_LETTERS && label.chars().all(|c| "ivx".contains(c));
    // Or a number (`(2) Date it`).
    let number = (1..=2).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_digit());
    (label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase()) || roman || number)
        && after(0) == Some(')')
        && after(1).is_some_and(char::is_whitespace)
}

/// `rest` opens with a list item's number glued to Chinese (`2.锅中`, `3、加入`).
pub(super) fn glued_item_number(rest: &[(usize, char)]) -> bool {
    let digits = rest
        .iter()
        .take_while(|&&(_, d)| d.is_ascii_digit())
        .count();
    (1..=2).contains(&digits)
        && matches!(rest.get(digits), Some((_, '.' | '、')))
        && rest
            .get(digits + 1)
            .is_some_and(|&(_, d)| crate::text::is_han(d))
}

/// What may be a list marker in `text`, as byte ranges: one to three digits, a
/// letter or a Roman numeral, then `.`, `)` or `.)`, and whitespace; before it the
/// paragraph's start or whitespace, with a bullet (`is_bullet`) and a space between, each
/// optional (`1.`, `b)`, `B.`, `IV.`, `• 9.`, `⁃10.`); or a stop, glued (`the
/// app.2. Tap`, `设置。2. 点击`).
fn marker_candidates<'a>(
    text: &'a str,
    rules: &'a Rules,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let bytes = text.as_bytes();
    // The label's word of the list so far (`Step`): later items may follow an item
    // that ends in no stop (`Step 1. Open the lid Step 2. Remove the filter`).
    let mut label: Option<&str> = None;
    memchr::memchr2_iter(b'.', b')', bytes).filter_map(move |at| {
        // `1.)` ends at its `)`, and is found at its `.`.
        if bytes[at] == b')' && at > 0 && bytes[at - 1] == b'.' {
            return None;
        }
        let end = if bytes[at] == b'.' && bytes.get(at + 1) == Some(&b')') {
            at + 2
        } else {
            at + 1
        };
        if !text[end..].starts_with(char::is_whitespace) {
            return None;
        }
        let digits = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        // Letters of one case (`b.`, `B.`, `iv.`, `IV.`): capitals must count up
        // like the rest, so initials (`J. Smith`) are none.
        let lowercase = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        let letters = if lowercase > 0 {
            lowercase
        } else {
            bytes[..at]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_uppercase())
                .count()
        };
        let roman = (2..=ROMAN_LABEL_LETTERS).contains(&letters)
            && roman_value(&text[at - letters..at].to_ascii_lowercase()).is_some();
        let body = match digits {
            // (A step's letter may come before its number: `S1.`, `S2.`.)
            1..=2
                if at > digits
                    && bytes[at - digits - 1].is_ascii_uppercase()
                    && (at == digits + 1
                        || bytes[at - digits - 2].is_ascii_whitespace()
                        || text[..at - digits - 1].ends_with(['：', '；'])) =>
            {
                at - digits - 1
            }
            1..=3 => at - digits,
            0 if letters == 1 || roman => at - letters,
            _ => return None,
        };
        // A month's day is no label (`by June 1. (Ex. 4 at 2.)`, which the pages'
        // numbers would make a list).
        let word_before = text[..body].trim_end();
        let word_before = &word_before[word_before.trim_end_matches(char::is_alphabetic).len()..];
        if digits > 0 && rules.calendar.contains(&word_before.to_lowercase()) {
            return None;
        }
        // Back from the body: an optional space, an optional bullet, then the start
        // or whitespace.
        let mut before = text[..body].char_indices().rev();
        let opens =
            |previous: Option<(usize, char)>| previous.is_none_or(|(_, c)| c.is_whitespace());
        let start = match before.next() {
            None => body,
            Some((space, c)) if c.is_whitespace() => match before.next() {
                Some((bullet, b)) if is_bullet(b) && opens(before.next()) => bullet,
                // A label's word goes with its number (`Step 1. Preheat`, `步骤 1. 将`).
                _ => match labelled_from(text, rules, space, label) {
                    Some(start) => {
                        label = Some(&text[start..space]);
                        start
                    }
                    None => body,
                },
            },
            Some((bullet, b)) if is_bullet(b) && opens(before.next()) => bullet,
            // After a colon that introduces the list (`注意：1. 本活动`), or a
            // heading's bracket (`【不良反应】1. 少数病人`).
            Some((_, ':' | '：' | '】')) => body,
            // Glued to a word's stop, before a capital (`the app.2. Tap`; not
            // `Fig.1. and`, nor an abbreviation's number, `No.1. The`).
            Some((stop, '.' | '!' | '?'))
                if before.next().is_some_and(|(_, w)| w.is_lowercase())
                    && text[end..].trim_start().starts_with(char::is_uppercase)
                    && !ends_in_abbreviation(&text[..stop], rules) =>
            {
                body
            }
            // After a Chinese stop, before Chinese (`设置。2. 点击`).
            Some((_, '。' | '！' | '？'))
                if text[end..].trim_start().starts_with(crate::text::is_han) =>
            {
                body
            }
            Some(_) => return None,
        };
        Some((start, end))
    })
}

/// `text` ends in an exercise's answer blank, brackets around spaces or nothing
/// (`下列说法正确的是（　　）`, `( )`), which asks as a question mark does.
fn ends_in_answer_blank(text: &str) -> bool {
    let Some(inside) = text.strip_suffix(['）', ')']) else {
        return false;
    };
    let blank = inside.trim_end();
    blank.ends_with(['（', '(']) && inside.len() - blank.len() <= ANSWER_BLANK_BYTES
}

/// Bytes of the widest answer blank's spaces (six ideographic spaces).
const ANSWER_BLANK_BYTES: usize = 18;

/// Where a label's word (`Step`, `步骤`) starts that ends before `text[space..]`,
/// capitalised or Chinese, and opens the text or a sentence, or is the `label` of
/// the list's items before: the list's marker starts there (`Step 1. Preheat…
/// Step 2. Mix…`; not `Unplug the unit 2) Remove`).
fn labelled_from(text: &str, rules: &Rules, space: usize, label: Option<&str>) -> Option<usize> {
    let before = &text[..space];
    let word = &before[before.trim_end_matches(char::is_alphabetic).len()..];
    let start = space - word.len();
    let opens = label == Some(word)
        || text[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(is_stop);
    let capitalised = word.starts_with(|c: char| c.is_uppercase() || crate::text::is_han(c));
    (capitalised && opens && rules.label_nouns.contains(&word.to_lowercase())).then_some(start)
}

/// `text` ends in a word of `rules`' abbreviations (`No` in `ranked No`).
pub(super) fn ends_in_abbreviation(text: &str, rules: &Rules) -> bool {
    let word = &text[text.trim_end_matches(char::is_alphabetic).len()..];
    rules.abbreviations.contains_key(&word.to_lowercase())
}

/// The numbers a list marker may stand for: as a number or a letter (`3.` and `c)`
/// are 3), and as a Roman numeral (`iii.` is 3; `i.` is 9 as a letter, 1 as a
/// numeral).
fn marker_values(marker: &str) -> [Option<u32>; 2] {
    // The number after a bullet or a label's word (`• 9.`, `Step 2.`).
    let number = marker.rsplit(char::is_whitespace).next().unwrap_or(marker);
    let body = number.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    let body = body.trim_end_matches(['.', ')']);
    // (A step's letter counts by its number: `S2.` is 2.)
    let stepped = body
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .filter(|number| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()));
    if let Ok(n) = stepped.unwrap_or(body).parse() {
        return [Some(n), None];
    }
    let body = body.to_ascii_lowercase();
    let mut letters = body.chars();
    let letter = match (letters.next(), letters.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(u32::from(c) - u32::from('a') + 1),
        _ => None,
    };
    [letter, roman_value(&body)]
}

/// A small lowercase Roman numeral's value (`iv` is 4), if `text` is one.
fn roman_value(text: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'i' => Some(1),
        'v' => Some(5),
        'x' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = text.chars().map(digit).collect::<Option<_>>()?;
    let mut value = 0;
    for (k, &d) in digits.iter().enumerate() {
        if digits.get(k + 1).is_some_and(|&next| next > d) {
            value -= i64::from(d);
        } else {
            value += i64::from(d);
        }
    }
    u32::try_from(value).ok().filter(|&v| v > 0)
}

/// Keeps the markers in capitals (`A.`, `II.`) of lists that start at `A.` or `I.`
/// where a sentence opens and count on one by one (`I. Overview II. Installation
/// III. Troubleshooting`): other capitals are initials or a name's numeral (`John
/// F. Kennedy met George G. Marshall`, `Rocky II. … Rocky III.`).
fn keep_capital_lists(
    text: &str,
    rules: &Rules,
    candidates: &mut Vec<(usize, usize, [Option<u32>; 2], bool)>,
) {
    let in_capitals = |&(start, end, ..): &(usize, usize, [Option<u32>; 2], bool)| {
        // (The letters after a label's word: `Question 4.` counts in digits.)
        let marker = &text[start..end];
        marker
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or(marker)
            .starts_with(|c: char| c.is_ascii_uppercase())
    };
    if !candidates.iter().any(in_capitals) {
        return;
    }
    // The value a marker counts by in its list, and how it counts: by letter or by
    // Roman numeral (`I.` is both).
    let mut expected: Option<(usize, u32)> = None;
    let mut kept = vec![true; candidates.len()];
    for (k, candidate) in candidates.iter().enumerate() {
        if !in_capitals(candidate) {
            continue;
        }
        let values = candidate.2;
        let follows =
            expected.and_then(|(kind, value)| (values[kind] == Some(value)).then_some(kind));
        // (Not after a title or an initial: `Dr. A. B. Singh`.)
        let before = text[..candidate.0].trim_end();
        let after_abbreviation = before.strip_suffix('.').is_some_and(|word_end| {
            ends_in_abbreviation(word_end, rules)
                || word_end.rsplit(' ').next().is_some_and(|w| w.len() == 1)
        });
        let opens_sentence = (before
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '。' | '！' | '？' | '：'))
            || ends_in_answer_blank(before))
            && !after_abbreviation;
        let starts = (0..2)
            .find(|&kind| values[kind] == Some(1))
            .filter(|_| opens_sentence);
        match follows.or(starts) {
            Some(kind) => expected = values[kind].map(|value| (kind, value + 1)),
            None => kept[k] = false,
        }
    }
    let mut kept = kept.into_iter();
    candidates.retain(|_| kept.next().unwrap_or(true));
}

impl Segmenter {
    /// The list markers of `text` (`1.`, `2.)`, `b.`, `• 9.`, and `bullets` when there
    /// are two or more) as byte ranges, when the paragraph holds a list (two or
    /// more), and whether the list runs inside one sentence, its numbers after
    /// commas, a conjunction or semicolons (`reasons: 1. cost, 2. time and 3. risk`).
    pub(super) fn list_markers(
        &self,
        text: &str,
        rules: &Rules,
        bullets: Vec<(usize, usize)>,
    ) -> (Vec<(usize, usize)>, bool) {
        // Every marker ends in `.` or `)` or is a bullet; most Chinese paragraphs
        // have none of them.
        if memchr::memchr2(b'.', b')', text.as_bytes()).is_none() && bullets.is_empty() {
            return (Vec::new(), false);
        }
        // Markers count up (`1.` `2.` `3.`, `a)` `b)`) or carry a bullet: a year or
        // a date that ends a sentence (`on July 20. She`) does not.
        let mut candidates: Vec<(usize, usize, [Option<u32>; 2], bool)> =
            marker_candidates(text, rules)
                .map(|(start, end)| {
                    let marker = &text[start..end];
                    let bulleted = marker.starts_with(is_bullet);
                    (start, end, marker_values(marker), bulleted)
                })
                .collect();
        keep_capital_lists(text, rules, &mut candidates);
        // A marker counts on from its neighbour, or from the one past it when a
        // number between ends a sentence (`pin 6. 3. Measure`).
        let counts_on = |k: usize, step: isize| {
            (1..=2).any(|apart: isize| {
                let other = k
                    .checked_add_signed(step * apart)
                    .and_then(|o| candidates.get(o));
                other.is_some_and(|o| {
                    candidates[k].2.iter().zip(o.2).any(|(v, w)| match (v, w) {
                        (Some(v), Some(w)) => i64::from(w) - i64::from(*v) == step as i64,
                        _ => false,
                    })
                })
            })
        };
        let mut markers: Vec<(usize, usize)> = (0..candidates.len())
            .filter(|&k| candidates[k].3 || counts_on(k, -1) || counts_on(k, 1))
            .map(|k| (candidates[k].0, candidates[k].1))
            .collect();
        if bullets.len() >= 2 {
            // A bullet before a number (`• 9.`) is that number's marker already.
            markers.extend(bullets);
            markers.sort_unstable_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
            markers.dedup_by_key(|&mut (start, _)| start);
        }
        // After a semicolon, only an item in lowercase is a phrase of the sentence
        // (`Choose one: a) pay online; b) pay by cheque.`); a capitalised one is a
        // sentence of its own (`1. The leader had no dog; 2. The dog was blind`).
        let inline = markers.iter().skip(1).any(|&(start, end)| {
            let before = text[..start].trim_end();
            let lowercase_item = text[end..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            before.ends_with([',', '，'])
                || (before.ends_with([';', '；']) && lowercase_item)
                || before
                    .rsplit_once(' ')
                    .is_some_and(|(_, word)| rules.conjunctions.contains(word))
        });
        if markers.len() < 2 {
            (Vec::new(), false)
        } else {
            (markers, inline)
        }
    }
}
