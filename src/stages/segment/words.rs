//! The words around a period: abbreviations, initials, numbers and the sentence
//! openers that decide whether it ends a sentence.

use super::ends::bracketed_sentence_at;
use super::glued::{glued_after_name, glued_initials, prose_opens};
use super::lexicons::{Kind, Rules};
use super::{Decision, Segmenter};
use crate::text::is_cjk;

/// Most Han characters of a transliterated name's part (`斯特拉辛斯基`).
const NAME_PART_HAN: usize = 6;

/// Fewest words of an English sentence whose last abbreviation ends it before
/// Chinese (`The flight lands at 5 p.m. 我们`).
const ENGLISH_SENTENCE_WORDS: usize = 3;
/// Fewest words of a sentence that a common noun after an abbreviation opens a
/// new one after (`the virus spread to the U.S. Health officials`).
const SUBJECT_CLAUSE_WORDS: usize = 4;

/// Lowercase letters before the capital of a word in camel case (`watchOS`).
const CAMEL_CASE_LOWERCASE: usize = 5;

/// The word (letters of alphabetic scripts, digits, inner periods, `°`, apostrophes)
/// just before position `i`, as written: `Dr` in `采访了Dr.`, `U.S` in `the U.S.`.
pub(super) fn word_before(chars: &[(usize, char)], i: usize) -> String {
    let start = chars[..i]
        .iter()
        .rposition(|&(_, d)| {
            !((d.is_alphanumeric() && !is_cjk(d)) || matches!(d, '.' | '°' | '\'' | '’'))
        })
        .map_or(0, |k| k + 1);
    chars[start..i].iter().map(|&(_, d)| d).collect()
}

/// Letters of the longest verb of a recipe's step (`marinate`).
const RECIPE_VERB_CHARS: usize = 12;

/// Letters of the shortest adverb ending in `-ly` that opens a sentence before its
/// comma (`Only,` is none: `Sadly,` is).
const SENTENCE_ADVERB_CHARS: usize = 5;

/// Capitals of the longest label after a part's abbreviation (`Sch. EIC`).
const LABEL_CAPITALS: usize = 3;

/// A capital letter alone starts at `chars[k]` and ends its paragraph or clause,
/// comes before Chinese, its own period or a lowercase word (`C for details`, `H as
/// her signature page`).
fn lone_label_at(chars: &[(usize, char)], k: usize) -> bool {
    // (Or a few: `Sch. SE if`, `Sch. EIC`.)
    let capitals = chars[k..]
        .iter()
        .take(LABEL_CAPITALS + 1)
        .take_while(|&&(_, e)| e.is_ascii_uppercase())
        .count();
    let k = k + capitals - 1;
    (1..=LABEL_CAPITALS).contains(&capitals)
        && match chars.get(k + 1).map(|&(_, e)| e) {
            None | Some(',' | ')' | ';' | ':' | '.' | '，' | '；' | '：' | '）' | '。') => {
                true
            }
            Some(e) if crate::text::is_han(e) => true,
            Some(' ') => chars.get(k + 2).is_some_and(|&(_, e)| e.is_lowercase()),
            _ => false,
        }
}

/// The word from `chars[start]` to the period at `chars[i]` stands in brackets
/// right after a title's abbreviation (`Col. (Ret.)`).
fn bracketed_after_title(rules: &Rules, chars: &[(usize, char)], start: usize, i: usize) -> bool {
    let Some(open) = start.checked_sub(1) else {
        return false;
    };
    chars[open].1 == '('
        && chars.get(i + 1).is_some_and(|&(_, e)| e == ')')
        && word_ending_before(chars, open).is_some_and(|(end, _)| {
            end >= 1
                && chars[end - 1].1 == '.'
                && rules.kind(&word_before(chars, end - 1).to_lowercase()) == Some(Kind::NeverEnds)
        })
}

/// The word (lowercased) before `written`, which ends at `chars[i]`: `lane` for
/// `B` in `use Lane B.`.
pub(super) fn preceding_word(chars: &[(usize, char)], i: usize, written: &str) -> String {
    preceding_word_as_written(chars, i, written).to_lowercase()
}

/// The word that ends before `chars[start]` past any whitespace, and where it ends;
/// `None` at the text's start.
fn word_ending_before(chars: &[(usize, char)], start: usize) -> Option<(usize, String)> {
    let end = chars[..start]
        .iter()
        .rposition(|&(_, e)| !e.is_whitespace())?
        + 1;
    Some((end, word_before(chars, end)))
}

/// The word before `written` (which ends at `chars[i]`) as it is written.
fn preceding_word_as_written(chars: &[(usize, char)], i: usize, written: &str) -> String {
    let start = i.saturating_sub(written.chars().count());
    word_ending_before(chars, start).map_or_else(String::new, |(_, word)| word)
}

/// The period at `chars[i]` follows a plain lowercase word (two letters or more, no
/// abbreviation) or a number, and a word forum text opens sentences with starts at
/// `chars[k]` (`casual_opener_at`: `it out. you have`, `24.04. it boots`, `driver.
/// thx`; not `approx. it`, `a.m. it`, nor `viz. is`).
pub(super) fn plain_word_opener(
    rules: &Rules,
    chars: &[(usize, char)],
    i: usize,
    k: usize,
) -> bool {
    (plain_or_number_before(rules, chars, i) || word_before_number_before(rules, chars, i))
        && casual_opener_at(rules, chars, k, true)
}

/// The period at `chars[i]` follows a lowercase word that is an abbreviation only
/// before a number, and no number comes before it: it is plain before a forum
/// sentence's opener (`lol no. the 4090 is`; not a unit, `12 min. then`).
fn word_before_number_before(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let word = word_before(chars, i);
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && rules.kind(&word) == Some(Kind::BeforeNumber)
        && !after_number(chars, i, &word)
}

/// Characters of the longest bracket after a word that the word is still read
/// through (`macOS 14.1 (M2).`).
const WORD_ASIDE_CHARS: usize = 24;

/// The period at `chars[i]` follows a plain word or a number (`plain_word_before`,
/// `number_before`), maybe with a bracket of its own after it (`on my mac (m2).`,
/// `macOS 14.1 (M2).`).
pub(super) fn plain_or_number_before(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let i = if i > 0 && chars[i - 1].1 == ')' {
        match chars[..i - 1].iter().rposition(|&(_, e)| e == '(') {
            Some(open) if i - open <= WORD_ASIDE_CHARS && open > 0 && chars[open - 1].1 == ' ' => {
                open - 1
            }
            _ => return false,
        }
    } else {
        i
    };
    plain_word_before(rules, chars, i) || number_before(rules, chars, i)
}

/// The period at `chars[i]` follows a number, a model or a version after a word (`a
/// 3080. it handles`, `read section 4.2. it explains`, `to f12. it fixed`), not a
/// label opening the sentence (`step 2. it asks`).
fn number_before(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    // (A percentage too: `battery at 87%. charging`.)
    let i = if i > 1 && chars[i - 1].1 == '%' {
        i - 1
    } else {
        i
    };
    let word = word_before(chars, i);
    let mut start = i.saturating_sub(word.chars().count());
    // (A release's parts after a hyphen too, `kernel 6.1.0-18.`, and a number's
    // thousands, `$1,299. gonna wait`.)
    while start >= 2 && matches!(chars[start - 1].1, '-' | ',') {
        let part = word_before(chars, start - 1);
        let thousands = chars[start - 1].1 == ',';
        if part.is_empty() || thousands && !part.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        start -= 1 + part.chars().count();
    }
    // (An amount too: `dropped to $899. grabbed one`.)
    if start >= 1 && super::chars::is_currency(chars[start - 1].1) {
        start -= 1;
    }
    let label = || {
        let noun = word_before(chars, start - 1);
        let noun_start = (start - 1).saturating_sub(noun.chars().count());
        rules.label_nouns.contains(&noun.to_lowercase())
            && chars[..noun_start]
                .iter()
                .rfind(|&&(_, e)| !e.is_whitespace())
                .is_none_or(|&(_, e)| matches!(e, '.' | '!' | '?' | ':'))
    };
    start >= 2
        && chars[start - 1].1 == ' '
        && chars[start - 2].1.is_alphabetic()
        && !label()
        // (A model, a size or a version too: `f12`, `7900xtx`, `16gb`, `v2.3`.)
        && word.bytes().any(|b| b.is_ascii_digit())
        && word
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The period at `chars[i]` follows a plain lowercase word (two letters or more, no
/// abbreviation) or a file's or a site's name (`README.md. it explains`,
/// `uni.edu. i reply`, `.env. it's`; not initials, `e.g. it`).
pub(super) fn plain_word_before(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let word = word_before(chars, i);
    let plain = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_lowercase());
    // (A dotfile too: `.env. it's ignored`, `.env.local. it takes`.)
    let named = word
        .rsplit_once('.')
        .is_some_and(|(_, last)| last.len() >= 2 && last.bytes().all(|b| b.is_ascii_lowercase()));
    // (Not a unit after its number: `5 ft. 2 in. she was`.)
    let unit = || rules.units.contains(&word) && after_amount(rules, chars, i, &word);
    (plain || named) && rules.kind(&word.to_lowercase()).is_none() && !unit()
}

/// A lowercase word that forum text opens sentences with starts at `chars[k]`: a
/// pronoun (`you have`), a casual opener (`thx`), or a negation's contraction
/// (`didn't work`); not a word of code (`anyway_flag`). Where a bare pronoun may
/// start an attribution instead (after one `?`: `Why? she asked`), only a
/// contracted one counts (`r/learnpython? they're`).
pub(super) fn casual_opener_at(
    rules: &Rules,
    chars: &[(usize, char)],
    k: usize,
    bare_pronoun_opens: bool,
) -> bool {
    let next: String = chars[k..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(char::is_ascii_lowercase)
        .collect();
    let rest = &chars[(k + next.len()).min(chars.len())..];
    let contracted = matches!(rest, [(_, '\'' | '’'), ..]);
    let negation = negation_before(&next, rest);
    let whole_word = rest
        .first()
        .is_none_or(|&(_, e)| e.is_whitespace() || matches!(e, ',' | '!' | '?'));
    (rules.pronouns.contains(&next) && (bare_pronoun_opens || contracted))
        || (rules.casual_openers.contains(&next) && whole_word)
        || negation
}

/// `word`, with `rest` after it, is a negation's contraction (`didn't`, `Don't`).
fn negation_before(word: &str, rest: &[(usize, char)]) -> bool {
    word.ends_with('n') && matches!(rest, [(_, '\'' | '’'), (_, 't'), ..])
}

/// A label of `rules` with its periods starts at `chars[k]`, before a space (`p.s.
/// bring me`).
pub(super) fn label_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let token: String = chars[k..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(|e| e.is_alphabetic() || *e == '.')
        .collect();
    token.ends_with('.')
        && chars
            .get(k + token.chars().count())
            .is_some_and(|&(_, e)| e == ' ')
        && rules
            .labels
            .contains(&token.trim_end_matches('.').to_lowercase())
}

/// A command of `rules` starts at `chars[k]`, a whole word before a space (`brew
/// install`; not `package.json`).
pub(super) fn command_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    // (With its hyphens and digits: `pre-commit run`, `python3 manage.py`.)
    let word: String = chars[k..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(|e| e.is_ascii_lowercase() || e.is_ascii_digit() || *e == '-')
        .collect();
    rules.commands.contains(&word) && chars.get(k + word.len()).is_some_and(|&(_, e)| e == ' ')
}

/// The word `written`, which ends at `chars[i]`, follows a number (`9 ft`).
fn after_number(chars: &[(usize, char)], i: usize, written: &str) -> bool {
    let start = i.saturating_sub(written.chars().count());
    chars[..start]
        .iter()
        .rev()
        .find(|&&(_, e)| !e.is_whitespace())
        .is_some_and(|&(_, e)| e.is_ascii_digit())
}

/// The word `written`, which ends at `chars[i]`, follows a number or a number and a
/// unit's modifier of `[unit modifiers]` (`9 ft`, `800 sq. ft`, `12 cu ft`).
pub(super) fn after_amount(
    rules: &Rules,
    chars: &[(usize, char)],
    i: usize,
    written: &str,
) -> bool {
    if after_number(chars, i, written) {
        return true;
    }
    let start = i.saturating_sub(written.chars().count());
    let Some(last) = chars[..start]
        .iter()
        .rposition(|&(_, e)| !e.is_whitespace())
    else {
        return false;
    };
    // (The modifier's own period, or its last letter.)
    let end = match chars[last].1 {
        '.' => last,
        e if e.is_ascii_alphabetic() => last + 1,
        _ => return false,
    };
    let modifier = word_before(chars, end);
    // (Or a rate's: `$15–20 per sq. ft. Prices vary`.)
    let rate = || {
        word_ending_before(chars, end - modifier.chars().count())
            .is_some_and(|(_, word)| word.eq_ignore_ascii_case("per"))
    };
    rules.unit_modifiers.contains(&modifier.to_lowercase())
        && (after_number(chars, end, &modifier) || rate())
}

/// The number before `written` (which ends at `chars[i]`) measures something: no
/// year and no rank, and a decimal, a number with a thousands' comma, one of two
/// digits or more, or one after a preposition (`4.2 V.`, `3,400 K.`, `450 K.`, `at 4
/// C.`; not `In 1962 A. Lindqvist`, `No. 6 C. Ruud`, `1 A. Kowalski`).
fn measured_before(rules: &Rules, chars: &[(usize, char)], i: usize, written: &str) -> bool {
    let start = i.saturating_sub(written.chars().count());
    let Some(end) = chars[..start]
        .iter()
        .rposition(|&(_, e)| !e.is_whitespace())
    else {
        return false;
    };
    let first = chars[..=end]
        .iter()
        .rposition(|&(_, e)| !(e.is_ascii_digit() || matches!(e, '.' | ',')))
        .map_or(0, |k| k + 1);
    let number: String = chars[first..=end].iter().map(|&(_, e)| e).collect();
    let year = number.len() == 4
        && number.bytes().all(|b| b.is_ascii_digit())
        && (number.starts_with('1') || number.starts_with("20"));
    let label_end = if first > 0 && chars[first - 1].1 == ' ' {
        first - 1
    } else {
        first
    };
    let label = word_before(chars, label_end);
    let label = label.trim_end_matches('.').to_lowercase();
    let rank = rules.kind(&label) == Some(Kind::BeforeNumber);
    // (A digit alone measures after a preposition: `kept at 4 C. Samples`.)
    let measured =
        number.contains(['.', ',']) || number.len() >= 2 || rules.phrase_openers.contains(&label);
    !rank && !year && measured
}

/// `written` (which ends at `chars[i]`) ends an address: a house number, then a
/// street's name in up to three plain capitalised words (`221 Baker St`, `1200 Oak
/// Dr`, `500 Lake Shore Dr`; not `9 A.M. Dr`).
fn street_address(chars: &[(usize, char)], i: usize, written: &str) -> bool {
    let mut start = i.saturating_sub(written.chars().count());
    for _ in 0..STREET_NAME_WORDS {
        let Some((end, name)) = word_ending_before(chars, start) else {
            return false;
        };
        if !(name.starts_with(char::is_uppercase) && name.chars().all(char::is_alphabetic)) {
            return false;
        }
        if after_number(chars, end, &name) {
            return true;
        }
        start = end - name.chars().count();
    }
    false
}

/// Words of the longest street's name read back to its house number.
const STREET_NAME_WORDS: usize = 3;

/// The word (lowercased) before the number before `written`, which ends at
/// `chars[i]`: `the` in `the 9:30 a.m.`.
fn word_before_number(chars: &[(usize, char)], i: usize, written: &str) -> Option<String> {
    let start = i.saturating_sub(written.chars().count());
    let before = &chars[..start];
    let number_end = before.iter().rposition(|&(_, e)| !e.is_whitespace())? + 1;
    let number_start = before[..number_end]
        .iter()
        .rposition(|&(_, e)| !(e.is_ascii_digit() || matches!(e, ':' | '.')))
        .map_or(0, |k| k + 1);
    if !before[number_start..number_end]
        .iter()
        .any(|&(_, e)| e.is_ascii_digit())
        || before.get(number_start.checked_sub(1)?)?.1 != ' '
    {
        return None;
    }
    Some(word_before(chars, number_start - 1).to_lowercase())
}

/// `word` is an English ordinal number (`42nd`, `5th`, `1st`).
fn is_ordinal_number(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// The title before the period at `chars[i]` (`written`), past the titles before
/// it, follows an article, a possessive or an ordinal (`a Lt. Col.`, `the Gen.`,
/// `2nd Lt.`): it is a rank's noun, not a name's title.
fn rank_noun_before(rules: &Rules, chars: &[(usize, char)], i: usize, written: &str) -> bool {
    let mut start = i.saturating_sub(written.chars().count());
    while let Some((end, word)) = word_ending_before(chars, start) {
        let title = word
            .strip_suffix('.')
            .is_some_and(|title| rules.kind(&title.to_lowercase()) == Some(Kind::NeverEnds));
        if word.is_empty() || !title {
            // (Counted as written: `İ` lowercases to two characters.)
            let word_start = end - word.chars().count();
            let word = word.to_lowercase();
            // (Ordinals in words past the listed ones by their form: `thirtieth`,
            // `twenty-first`.)
            let ordinal_word = rules.ordinal_words.contains(&word)
                || word.ends_with("ieth")
                || word
                    .rsplit_once('-')
                    .is_some_and(|(_, unit)| rules.ordinal_words.contains(unit));
            // (Or a rank's context: `made`, `rank of`.)
            let context = || {
                let before = word_ending_before(chars, word_start)
                    .map(|(_, before)| before.to_lowercase())
                    .unwrap_or_default();
                rules.rank_contexts.contains(&word)
                    || rules.rank_contexts.contains(&format!("{before} {word}"))
            };
            return rules.determiners.contains(&word)
                || is_ordinal_number(&word)
                || ordinal_word
                || context();
        }
        start = end - word.chars().count();
    }
    false
}

/// Digits of a US ZIP code (`48909`).
const ZIP_DIGITS: usize = 5;

/// A company's name starts at `chars[k]`: up to three capitalised words (or `&`),
/// then a name's suffix with its period (`Boeing Co.`, `Merck & Co.`).
fn company_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let text: String = chars[k..]
        .iter()
        .take(COMPANY_NAME_CHARS)
        .map(|&(_, e)| e)
        .collect();
    let mut words = text.split(' ');
    for taken in 0..=COMPANY_NAME_WORDS {
        let Some(word) = words.next() else {
            return false;
        };
        if let Some(suffix) = word.strip_suffix(['.', ',']) {
            let suffix = suffix.trim_end_matches('.');
            return taken > 0
                && suffix.starts_with(char::is_uppercase)
                && rules.kind(&suffix.to_lowercase()) == Some(Kind::NameSuffix);
        }
        let name = word == "&"
            || (word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic));
        if !name {
            return false;
        }
    }
    false
}

/// A person's name starts at `chars[k]`, the subject of a clause: a given name and a
/// surname, then a verb, or a regular past with its object, or an apposition after
/// a comma (`Jane Alvarez said`, `Peter Walsh called it`, `Jane Alvarez, its
/// founder,`); not a place's with its state (`New York, NY`), a works' name
/// (`Parking Garage struck`) nor a name before its noun (`Benton Harbor plant was`).
fn person_subject_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let capitalised = |word: &str| {
        word.chars().count() >= 2
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
    };
    let (given, surname) = word_and_next(chars, k);
    let after = k + given.chars().count() + 1 + surname.chars().count();
    let apposition = matches!(chars.get(after..after + 2), Some([(_, ','), (_, ' ')]))
        && rules.determiners.contains(&letters_at(chars, after + 2));
    let (verb, object) = if chars.get(after).is_some_and(|&(_, e)| e == ' ') {
        word_and_next(chars, after + 1)
    } else {
        (String::new(), String::new())
    };
    // (A verb in `-s` too, with its object: `Marion Ashdown runs it`.)
    let acts = rules.clause_verbs.contains(&verb) || verb_with_object(rules, &verb, &object);
    capitalised(&given)
        && capitalised(&surname)
        && !rules.openers.contains(&given.to_lowercase())
        && !is_gerund(&given)
        && (apposition || acts)
}

/// Words of the longest company's name before its suffix (`Lockheed Martin Space`),
/// and characters of the name and suffix read.
const COMPANY_NAME_WORDS: usize = 3;
const COMPANY_NAME_CHARS: usize = 64;

/// The capitalised word before the period at `chars[i]` ends a run of abbreviations,
/// not all initials nor all titles: the last of a journal's name (`N. Engl. J.
/// Med.上`, `Nat. Med.上`, `Annu. Rev. Biochem.上`; not `Mr. Brown.他`, `J. K.
/// Rowling.她`).
pub(super) fn after_abbreviation(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    // The dotted words before `chars[end]`, back to the first that is not one.
    let mut words = Vec::new();
    let mut end = i;
    while let Some(word) = citation_word_before(chars, end) {
        let letters = word.chars().count();
        words.push(word);
        if end < letters + 3
            || !matches!(
                chars[end - letters - 2..end - letters],
                [(_, '.'), (_, ' ')]
            )
        {
            break;
        }
        end -= letters + 2;
    }
    let Some(before) = words.get(1..).filter(|before| !before.is_empty()) else {
        return false;
    };
    let kinds: Vec<Option<Kind>> = before
        .iter()
        .map(|w| rules.kind(&w.to_lowercase()))
        .collect();
    before.iter().any(|w| w.chars().count() >= 2)
        && !kinds.iter().all(|&kind| kind == Some(Kind::NeverEnds))
        // (Nor a place's or a company's name: `Mt. Sinai. Approx. half`, `Co. Ltd.`.)
        && !kinds
            .iter()
            .any(|&kind| matches!(kind, Some(Kind::Place | Kind::NameSuffix)))
}

/// The word of a journal's abbreviated name that ends at `chars[end]`: capitalised,
/// not in capitals but for an initial (`Med`, `J`; not `OUT`).
fn citation_word_before(chars: &[(usize, char)], end: usize) -> Option<String> {
    let letters = chars[..end]
        .iter()
        .rev()
        .take_while(|&&(_, e)| e.is_ascii_alphabetic())
        .count();
    let word: String = chars[end - letters..end].iter().map(|&(_, e)| e).collect();
    citation_word(&word).then_some(word)
}

/// `word` may be a word of a journal's abbreviated name: capitalised, short, not in
/// capitals but for an initial (`Chem`, `J`; not `OUT`).
fn citation_word(word: &str) -> bool {
    let letters = word.chars().count();
    (1..=CITATION_WORD_LETTERS).contains(&letters)
        && word.starts_with(char::is_uppercase)
        && (letters == 1 || word.chars().skip(1).all(char::is_lowercase))
}

/// A time zone's name of capitalised words starts at `chars[k]`, ended by a word of
/// `[zone followers]` (`Central European Summer Time`, `New York time`,
/// `Coordinated Universal Time`).
fn zone_name_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let mut at = k;
    for _ in 0..ZONE_NAME_WORDS {
        let (word, _) = word_and_next(chars, at);
        if word.is_empty() {
            return false;
        }
        if at > k && rules.zone_followers.contains(&word.to_lowercase()) {
            // (The zone's name ends there: not `Game time had been`, `Prime time
            // audiences`.)
            let end = at + word.chars().count();
            let (next, _) = word_and_next(chars, end + 1);
            // (`Standard Time`: the name goes on.)
            if !rules.zone_followers.contains(&next.to_lowercase()) {
                return match chars.get(end).map(|&(_, e)| e) {
                    None => true,
                    Some(' ') => {
                        next.is_empty()
                            || rules.conjunctions.contains(&next)
                            || rules.phrase_openers.contains(&next)
                    }
                    Some(e) => e.is_ascii_punctuation(),
                };
            }
        }
        // (Not a question about the time: `on Nov. What time is`.)
        if !word.starts_with(char::is_uppercase) || rules.openers.contains(&word.to_lowercase()) {
            return false;
        }
        at += word.chars().count() + 1;
        if chars.get(at - 1).is_none_or(|&(_, e)| e != ' ') {
            return false;
        }
    }
    false
}

/// Words of the longest time zone's name (`Central European Summer Time`).
const ZONE_NAME_WORDS: usize = 4;

/// `word` is a capital or two and lowercase letters, no vowel and no doubled letter:
/// a title's abbreviation (`Pfc`, `Mgr`, `Br`, `SSgt`), not a word or an
/// interjection (`Hmm`, `Brr`), nor a Welsh name, where `w` is a vowel (`Cwm`,
/// `Bwlch`). (The caller leaves out listed words, states' among them: `Md`, `Vt`.)
fn unlisted_title(word: &str) -> bool {
    let consonant_capital = |c: char| c.is_ascii_uppercase() && !"AEIOUYW".contains(c);
    let mut chars = word.chars().peekable();
    if !chars.next().is_some_and(consonant_capital) {
        return false;
    }
    // (A second capital and two letters: `SSgt`, `LCpl`; not `TDs`.)
    let second = chars.next_if(|&c| consonant_capital(c)).is_some();
    let mut previous = None;
    let mut letters = 0;
    for c in chars {
        if !c.is_ascii_lowercase() || "aeiouyw".contains(c) || previous == Some(c) {
            return false;
        }
        previous = Some(c);
        letters += 1;
    }
    letters > usize::from(second)
}

/// Letters of the longest word of a journal's or a statute's abbreviated name
/// (`Intern.`, `Pharmacol.`).
const CITATION_WORD_LETTERS: usize = 9;

/// A journal's or a statute's abbreviated name goes on at `chars[k]`, after an
/// abbreviation: two capitalised abbreviations follow (`Chem. Soc.`, `N.Y. Acad.`,
/// `Rev. Psychol.`; not titles, `the U.S. Lt. Col. Smith`, nor initials, `J. J.
/// Abrams`), or one that is no title after a run that came before (`Clin. Microbiol.
/// Infect. both`) before a lowercase word, a comma or Chinese, or a listed one before
/// a comma or Chinese (`Ann. Surg., used`, `Ann. Oncol.上`).
fn citation_goes_on(
    rules: &Rules,
    chars: &[(usize, char)],
    k: usize,
    after_run: impl Fn() -> bool,
) -> bool {
    let Some((first, after)) = dotted_citation_word(chars, k) else {
        return false;
    };
    let title = |word: &str| rules.kind(word) == Some(Kind::NeverEnds);
    let second = chars
        .get(after)
        .is_some_and(|&(_, e)| e == ' ')
        .then(|| dotted_citation_word(chars, after + 1))
        .flatten();
    if let Some((second, _)) = second {
        return !(title(&first) && title(&second)) && (first.len() >= 2 || second.len() >= 2);
    }
    let before_clause = chars
        .get(after)
        .is_some_and(|&(_, e)| matches!(e, ',' | ';') || crate::text::is_han(e));
    let listed_before_clause = rules.kind(&first) == Some(Kind::Ordinary) && before_clause;
    // (After a run, not a listed one before a number: `Emerg. Infect. Dis. Approx.
    // 300 cases`, `J. Clin. Oncol. Fig. 2 shows`; but `Ecol. Evol. Syst. 46:1`.)
    // (A year and a comma are a volume's: `Int. Ed. 2018, 57`.)
    let number_next = matches!(chars.get(after..after + 2), Some([(_, ' '), (_, digit)]) if digit.is_ascii_digit())
        && chars[after + 1..]
            .iter()
            .find(|&&(_, e)| !e.is_ascii_digit())
            .is_none_or(|&(_, e)| e != ',');
    let run_goes_on = !(number_next && rules.kind(&first).is_some()) && after_run();
    !title(&first) && (listed_before_clause || run_goes_on)
}

/// The capitalised abbreviation at `chars[at]`, in lowercase without its last period
/// (`chem`, `n.y`), and where it ends.
fn dotted_citation_word(chars: &[(usize, char)], at: usize) -> Option<(String, usize)> {
    let mut end = at;
    loop {
        let letters = chars[end.min(chars.len())..]
            .iter()
            .take_while(|&&(_, e)| e.is_alphabetic())
            .count();
        if chars.get(end + letters).is_none_or(|&(_, e)| e != '.') {
            return None;
        }
        let part: String = chars[end..end + letters].iter().map(|&(_, e)| e).collect();
        if !citation_word(&part) {
            return None;
        }
        end += letters + 1;
        // Initials run on without a space (`N.Y.`).
        if letters > 1 || !chars.get(end).is_some_and(|&(_, e)| e.is_uppercase()) {
            break;
        }
    }
    let word = chars[at..end - 1]
        .iter()
        .flat_map(|&(_, e)| e.to_lowercase())
        .collect();
    Some((word, end))
}

/// A capitalised word and a section sign follow at `chars[k]`: a statute's name
/// (`Law § 349`, `Code § 1714`).
fn section_follows(chars: &[(usize, char)], k: usize) -> bool {
    let letters = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic())
        .count();
    letters >= 2
        && chars[k].1.is_uppercase()
        && matches!(
            chars.get(k + letters..k + letters + 2),
            Some([(_, ' '), (_, '§')])
        )
}

/// A number that a period makes an ordinal where the language writes them so:
/// up to three digits (`12.`) or a Roman numeral (`XII.`); not a year.
fn is_ordinal(word: &str) -> bool {
    let digits = !word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
    let roman = !word.is_empty() && word.chars().all(|c| "IVXLCDM".contains(c));
    digits || roman
}

/// A company's name comes before `written`, which ends at `chars[i]`: a comma
/// (`Banco Santander, S.A.`) or a capitalised word (`ING Groep N.V.`), not a title
/// nor a sentence's opener (`Dr. S.A. Khan`, `Chief Justice S.A. Bobde`, `Yesterday
/// S.A. Jones`).
fn company_before(rules: &Rules, chars: &[(usize, char)], i: usize, written: &str) -> bool {
    let start = i.saturating_sub(written.chars().count());
    if start < 2 || chars[start - 1].1 != ' ' {
        return false;
    }
    let before = preceding_word_as_written(chars, i, written);
    let lowercase = before.to_lowercase();
    // (Before a comma too: `Meanwhile, A.G. Barr reported`.)
    let name = !rules.openers.contains(&lowercase) && !rules.written_titles.contains(&lowercase);
    // (Nor after a paragraph's first word and its comma: `Still, P.C. Chacko`.)
    let comma = chars[start - 2].1 == ',' && {
        let (end, word) = word_ending_before(chars, start - 2).unwrap_or_default();
        let first = chars[..end.saturating_sub(word.chars().count())]
            .iter()
            .all(|&(_, e)| e.is_whitespace());
        !first && !rules.openers.contains(&word.to_lowercase())
    };
    comma || name && before.starts_with(char::is_uppercase) && !before.ends_with('.')
}

/// A capitalised word, then a verb (a regular past, a present in `-s` or one of
/// `[clause verbs]`) and its object start at `chars[k]` (`Amazon sells a longer
/// one`, `Tom wanted the 6 ft.`; not `Cento can of`).
fn subject_acts_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let (subject, verb) = word_and_next(chars, k);
    let after = k + subject.chars().count() + 1 + verb.chars().count();
    let object = if chars.get(after).is_some_and(|&(_, e)| e == ' ') {
        letters_at(chars, after + 1).to_lowercase()
    } else {
        String::new()
    };
    subject.starts_with(char::is_uppercase) && verb_with_object(rules, &verb, &object)
}

/// `verb` (a regular past, a present in `-s` or one of `[clause verbs]`) takes
/// `object` (lowercase), an article, a possessive or a pronoun: `sells a`, `lifted
/// it`.
fn verb_with_object(rules: &Rules, verb: &str, object: &str) -> bool {
    let present = verb.len() > 2 && verb.ends_with('s') && !verb.ends_with("ss");
    (is_past(verb) || present || rules.clause_verbs.contains(verb))
        && (rules.determiners.contains(object) || rules.pronouns.contains(object))
}

/// A capitalised participle and its phrase start at `chars[k]` (`Printed in China`,
/// `Made in Vietnam`, `Distributed by`): a line of a label of its own after a
/// company's name.
fn participle_phrase_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let (word, next) = word_and_next(chars, k);
    let participle = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && (is_past(&participle) || rules.clause_verbs.contains(&participle))
        && rules.phrase_openers.contains(&next)
}

/// A clause starts at `chars[k]`: a capitalised word (`Work`), then a verb of
/// `rules.clause_verbs` (`is`) maybe past a short phrase (`Terms of the deal were`,
/// `Heavy snow shut`), as a title does not (`Chief executive Tim`).
pub(super) fn clause_starts_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let word = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic())
        .count();
    let capitalised = word >= 2
        && chars[k].1.is_uppercase()
        && chars[k + 1..k + word]
            .iter()
            .all(|&(_, e)| e.is_lowercase());
    capitalised
        && chars.get(k + word).is_some_and(|&(_, e)| e == ' ')
        && verb_within(rules, chars, k + word + 1, LISTED_VERBS)
}

/// Words read after a clause's first word for its verb, the verb included (`the
/// park took`, `of up to 40% drew`).
const SUBJECT_WORDS: usize = 6;

/// The word starting at `chars[k]`, and the word after it when a space parts them
/// (`Mortality` and `fell`; empty if no space follows).
fn word_and_next(chars: &[(usize, char)], k: usize) -> (String, String) {
    let word = letters_at(chars, k);
    let end = k + word.chars().count();
    let spaced = chars.get(end).is_some_and(|&(_, e)| e == ' ');
    let next = if spaced {
        letters_at(chars, end + 1)
    } else {
        String::new()
    };
    (word, next)
}

/// The letters that start at `chars[at]` (empty past the end).
fn letters_at(chars: &[(usize, char)], at: usize) -> String {
    chars[at.min(chars.len())..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic())
        .map(|&(_, e)| e)
        .collect()
}

/// A capitalised noun of `[common subjects]` starts at `chars[k]` and a verb or
/// another lowercase word follows it, other than one of `[name joints]` or
/// `[singular name joints]` that joins a name (`Mortality fell`, `Health officials`,
/// `Life there`; not `Health and Human Services`): after an abbreviation it opens a
/// sentence.
fn common_subject_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let (word, next) = word_and_next(chars, k);
    let joint = rules.name_joints.contains(&next) || rules.singular_name_joints.contains(&next);
    word.starts_with(char::is_uppercase)
        && rules.common_subjects.contains(&word.to_lowercase())
        && next.starts_with(char::is_lowercase)
        && !(joint && name_goes_on(rules, chars, k + word.chars().count() + 1, &next))
}

/// The joint `joint` at `chars[at]` joins a name: a capitalised word follows it, or
/// a definite article and one (`Health and Human Services`, `Bureau of the Census`;
/// not `Sections of it`).
fn name_goes_on(rules: &Rules, chars: &[(usize, char)], at: usize, joint: &str) -> bool {
    let (_, after) = word_and_next(chars, at);
    let (_, after_article) = word_and_next(chars, at + joint.chars().count() + 1);
    after.starts_with(char::is_uppercase)
        || rules.definite_articles.contains(&after) && after_article.starts_with(char::is_uppercase)
}

/// A capitalised gerund with a verb after it, or its object or a phrase and then a
/// verb, starts at `chars[k]`, the subject of a clause (`Fighting resumed`, `Voting
/// begins`, `Mining companies were`, `Sweeping the park took`, `Building a plant in
/// Hungary is`): after an abbreviation it opens a sentence.
fn gerund_subject_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let (word, next) = word_and_next(chars, k);
    is_gerund(&word)
        && verb_within(
            rules,
            chars,
            k + word.chars().count() + 1,
            gerund_reading(rules, &next),
        )
}

/// A capitalised gerund with its object or a phrase and then a verb starts at
/// `chars[k]` (`Finding it after dark is`), as a name ending in `-ing` with its
/// verb does not (`Dr. Fleming said`).
fn gerund_phrase_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let (_, next) = word_and_next(chars, k);
    !(rules.clause_verbs.contains(&next) || is_past(&next)) && gerund_subject_at(rules, chars, k)
}

/// How a gerund's clause is read to its verb: regular pasts count, and names pass
/// in its object or phrase (`a plant in Hungary is`), not after a noun, which may
/// follow a name that ends in `-ing` (`Boeing plant in Charleston voted`).
fn gerund_reading(rules: &Rules, next: &str) -> Reading {
    Reading {
        regular_pasts: true,
        names: rules.determiners.contains(next)
            || rules.pronouns.contains(next)
            || rules.phrase_openers.contains(next),
    }
}

/// A number and what it counts start at `chars[k]`, the subject of a clause whose
/// verb follows (`300 workers lost their jobs`, `200 people came`): after a
/// company's or a street's abbreviation it opens a sentence.
fn counted_subject_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let digits = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_ascii_digit() || e == ',')
        .count();
    let reading = Reading {
        regular_pasts: true,
        names: false,
    };
    // (Not a year that modifies a noun, `Acme Ltd. 2023 annual report was`, nor a
    // time back from now, `Arden Inc. 12 months ago was`.)
    let year = digits == YEAR_DIGITS;
    let (_, after_noun) = word_and_next(chars, k + digits + 1);
    digits > 0
        && !year
        && chars[k].1.is_ascii_digit()
        && chars.get(k + digits).is_some_and(|&(_, e)| e == ' ')
        && lowercase_word_at(chars, k + digits + 1)
        && !rules.times_back.contains(&after_noun)
        && verb_within(rules, chars, k + digits + 1, reading)
}

/// Digits of a year.
const YEAR_DIGITS: usize = 4;

/// A capitalised word ending in `-ing`, long enough to be a verb's (`Voting`, not
/// `King`).
fn is_gerund(word: &str) -> bool {
    word.chars().count() >= GERUND_LETTERS
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(|e| e.is_ascii_lowercase())
        && word.ends_with("ing")
}

/// What `verb_within` takes for a verb and passes on its way there.
#[derive(Clone, Copy)]
struct Reading {
    /// A regular past is a verb too (not after a name, which may take one: `North
    /// Ft. Myers opened`).
    regular_pasts: bool,
    /// Names after a preposition are passed (`in Hungary is`).
    names: bool,
}

/// A clause's verb read after a name: listed verbs only, no names passed.
const LISTED_VERBS: Reading = Reading {
    regular_pasts: false,
    names: false,
};

/// A verb of `rules.clause_verbs` (or a regular past, as `reading` says) comes
/// within a few words from `chars[at]`, past lowercase words, figures and, as
/// `reading` says, names after a preposition (`the park took`, `on strangers' doors
/// taught`, `of up to 40% drew`, `in Hungary is`); a capitalised word elsewhere or
/// a mark ends the search (`director Jane Smith said`, `chief, said`).
fn verb_within(rules: &Rules, chars: &[(usize, char)], mut at: usize, reading: Reading) -> bool {
    let mut previous = String::new();
    for _ in 0..SUBJECT_WORDS {
        let token: String = chars[at.min(chars.len())..]
            .iter()
            .take_while(|&&(_, e)| e != ' ')
            .map(|&(_, e)| e)
            .collect();
        let word: String = token
            .chars()
            .take_while(|&e| e.is_alphabetic() || e == '-')
            .collect();
        let lowercase = word.starts_with(|e: char| e.is_ascii_lowercase())
            && word.chars().all(|e| e.is_ascii_lowercase() || e == '-');
        if lowercase
            && (rules.clause_verbs.contains(&word) || reading.regular_pasts && is_past(&word))
        {
            return true;
        }
        // (A plural's possessive goes on: `strangers' doors`.)
        let marked = !matches!(&token[word.len()..], "" | "'" | "’");
        let figure = token
            .starts_with(|e: char| e.is_ascii_digit() || super::chars::is_currency(e))
            && token.chars().all(|e| {
                e.is_ascii_digit() || matches!(e, ',' | '.' | '%') || super::chars::is_currency(e)
            })
            && !token.ends_with(['.', ',']);
        let name = word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && reading.names
            && rules.phrase_openers.contains(&previous);
        if !(figure || (lowercase || name) && !marked) {
            return false;
        }
        previous = word;
        at += token.chars().count() + 1;
    }
    false
}

/// `word` is a verb's regular past (`resumed`, `crossed`).
pub(super) fn is_past(word: &str) -> bool {
    word.len() > PAST_ENDING.len()
        && word.ends_with(PAST_ENDING)
        && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// Letters of the shortest gerund read as a subject (`Voting`), and the ending of a
/// verb's past.
const GERUND_LETTERS: usize = 6;
const PAST_ENDING: &str = "ed";

/// A capitalised plural, not a name's (`Marines`), with a lowercase word after it
/// other than one of `[name joints]` that joins a name (`Securities and Exchange`;
/// not `Sections of it`), starts at `chars[k]`:
/// after an abbreviation it opens a sentence (`from the U.K. Tariffs had`), though
/// not after one before a place's name (`Mt. St. Helens erupted`).
pub(super) fn plural_opens_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let (word, next) = word_and_next(chars, k);
    let lower = word.to_lowercase();
    let capitalised = word.chars().count() >= 4
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    let plural = lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e));
    // Days in the plural are a time's (`5 p.m. Tuesdays and`).
    let day = rules.calendar.contains(lower.trim_end_matches('s'));
    capitalised
        && plural
        && !day
        && !rules.name_plurals.contains(&lower)
        && next.starts_with(char::is_lowercase)
        && !(rules.name_joints.contains(&next)
            && name_goes_on(rules, chars, k + word.chars().count() + 1, &next))
}

/// The word before the period at `chars[i]` (back to a space, a name's separator or
/// Chinese) is an abbreviation or initials (`Inc`, `Dr` in `据Dr.李`, `U.S.A`, `J.K`,
/// `F` in `约翰·F.肯尼迪`), which hold before Chinese; a domain, an address or a code
/// does not (`pku.edu.cn.请`, `Y/N.谢谢`), nor a letter glued to Chinese words
/// (`得了A.下次`, `麵也很Q.下次`) unless a transliterated name follows
/// (`经济学家W.阿瑟·刘易斯`).
pub(super) fn initials_or_abbreviation(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let separator = |d: char| matches!(d, '·' | '・' | '•');
    let start = chars[..i]
        .iter()
        .rposition(|&(_, d)| d.is_whitespace() || is_cjk(d) || separator(d))
        .map_or(0, |k| k + 1);
    let word: String = chars[start..i]
        .iter()
        .flat_map(|&(_, d)| d.to_lowercase())
        .collect();
    let last = word.rsplit('.').next().unwrap_or_default();
    let after_chinese = start > 0 && is_cjk(chars[start - 1].1) && !separator(chars[start - 1].1);
    // A transliterated name goes on to its separator (`经济学家W.阿瑟·刘易斯`).
    let name_follows = || {
        let given = chars[i + 1..]
            .iter()
            .take(NAME_PART_HAN + 1)
            .take_while(|&&(_, d)| crate::text::is_han(d))
            .count();
        given > 0 && chars.get(i + 1 + given).is_some_and(|&(_, d)| separator(d))
    };
    let initial = word.chars().count() == 1
        && word.chars().all(char::is_alphabetic)
        && (!after_chinese || name_follows());
    // Capitalised parts with dots between them are a degree's or a name's
    // abbreviation, no list needed (`D.Phil.学位`, `LL.M.学位`; not a domain's
    // lowercase parts, `pku.edu.cn.请`).
    let dotted = chars[start..i].iter().any(|&(_, d)| d == '.')
        && chars[start..i].split(|&(_, d)| d == '.').all(|part| {
            (1..=DOTTED_PART_LETTERS).contains(&part.len())
                && part[0].1.is_uppercase()
                && part.iter().all(|&(_, d)| d.is_ascii_alphabetic())
        });
    // (A state's too, capitalised: `在Boston, Mass.读完了博士`.)
    let state =
        chars.get(start).is_some_and(|&(_, d)| d.is_uppercase()) && rules.states.contains(&word);
    initial || dotted || state || rules.kind(&word).is_some() || rules.kind(last).is_some()
}

/// Letters of the longest part of a dotted abbreviation read without a list
/// (`Phil` in `D.Phil.`).
const DOTTED_PART_LETTERS: usize = 4;

/// Whether a sentence may start with a number after the period at `i`: after a
/// number, dotted too (`2 + 2 es 4. 3 + 3`, `ver. 1.14.2. 1.14.3 adds`), a bracket
/// or a quote (`(2019). 25 people`), a word longer than most unlisted
/// abbreviations (`kwamen. 81 procent`, `in Aceh. 2005: A`), a pronoun (`he loves
/// it. 5 stars`), a degree's unit (`2°C. −8°C is`), or a company's or a street's
/// abbreviation; not after `Rs.` or `N°.`.
pub(super) fn number_may_follow(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let word = word_before(chars, i);
    let degrees = word.rsplit_once('°').is_some_and(|(number, unit)| {
        number.ends_with(|c: char| c.is_ascii_digit())
            && (unit.is_empty() || rules.after_degrees.contains(&unit.to_lowercase()))
    });
    let mut letters = word.chars();
    let lowercase = letters.clone().all(char::is_lowercase);
    let capitalised =
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
    let count = word.chars().count();
    // (A dotted number too, a version's: `ver. 1.14.2. 1.14.3 adds`.)
    // (No word at all, after a sign or a bracket, is as good: `5%. 2023年`.)
    let number = !word.starts_with('.') && word.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    // (A company's or a street's abbreviation may end one before a count, as the
    // abbreviation's rules say: `Vetter Ltd.| 300 workers lost`.)
    let suffix = capitalised
        && matches!(
            rules.kind(&word.to_lowercase()),
            Some(Kind::NameSuffix | Kind::Place)
        );
    number
        || (lowercase && (count >= 3 || rules.pronouns.contains(&word)))
        || (capitalised && count >= 4)
        || suffix
        || degrees
}

/// `ahead` (after a spaced ellipsis) opens with a capitalised sentence opener: not
/// `I` (`is . . . I didn't`), nor a name's or a title's first word (`. . . The Times
/// had`, `'Markets Tumble . . . The Worst Week'`).
pub(super) fn opener_after_ellipsis(rules: &Rules, ahead: &str) -> bool {
    let mut words = ahead.split_whitespace();
    let word: String = words
        .next()
        .unwrap_or_default()
        .chars()
        .take_while(|d| d.is_alphabetic())
        .collect();
    let capital_follows = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase) && w != "I");
    let lowercased = word.to_lowercase();
    word != "I"
        && word.starts_with(char::is_uppercase)
        && (rules.openers.contains(&lowercased)
            || rules.openers_before_lowercase.contains(&lowercased))
        && !capital_follows
}

/// `sentence` (so far) is English with a few Chinese words in it: it opens with a
/// Latin word (past brackets), and its Latin words are four or more and outnumber
/// its Han characters (`Mao Ning (毛宁) said talks would resume in the U.S.`,
/// `【Bluetooth 5.3】Stable connection up to 10 m.`; not `Google I/O 2024 大会将于
/// 5月14日在 Mountain View, Calif.`).
pub(super) fn mostly_english(sentence: &str) -> bool {
    let opening = sentence.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '【' | '[' | '(' | '（' | '“' | '"')
    });
    let latin_words = sentence
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '\'' | '-')))
        .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()))
        .count();
    let han = sentence.chars().filter(|&c| crate::text::is_han(c)).count();
    opening.starts_with(|c: char| c.is_ascii_alphabetic())
        && latin_words >= MOSTLY_ENGLISH_WORDS
        && han < latin_words
}

/// Fewest Latin words of an English sentence with Chinese words in it.
const MOSTLY_ENGLISH_WORDS: usize = 4;

/// `sentence` (so far) is English: no Chinese, and words enough to be no name
/// (initials are a name's: `J. R. R. 托尔金`).
pub(super) fn english_sentence(sentence: &str) -> bool {
    let initial = |w: &str| w.len() == 2 && w.ends_with('.');
    !sentence.chars().any(is_cjk)
        && sentence
            .split_whitespace()
            .filter(|w| !initial(w))
            .nth(ENGLISH_SENTENCE_WORDS - 1)
            .is_some()
}

/// A word in camel case starts at `chars[k]`: a capital after up to five lowercase
/// letters (`iPhone`, `eBay`, `macOS`).
pub(super) fn camel_case_at(chars: &[(usize, char)], k: usize) -> bool {
    let lowercase = chars[k..]
        .iter()
        .take_while(|&&(_, c)| c.is_ascii_lowercase())
        .count();
    (1..=CAMEL_CASE_LOWERCASE).contains(&lowercase)
        && chars
            .get(k + lowercase)
            .is_some_and(|&(_, c)| c.is_ascii_uppercase())
}

/// A lowercase word (two ASCII letters or more) starts at `chars[k]`.
pub(super) fn lowercase_word_at(chars: &[(usize, char)], k: usize) -> bool {
    let word = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_ascii_alphabetic())
        .count();
    word >= 2
        && chars[k..k + word]
            .iter()
            .all(|&(_, e)| e.is_ascii_lowercase())
}

/// What `abbreviation_holds` reads around the period at `d.i`: the word before it,
/// as written and lowercased, and the next word (at `k`, lowercased) and what
/// follows it.
struct Abbreviation {
    k: usize,
    written: String,
    word: String,
    next_word: String,
    /// The next word carries a period of its own (`No.`, `A.`).
    next_dotted: bool,
    /// Where the next word ends.
    after_next: usize,
    /// The next word opens a sentence (a listed opener, a quotation, a negation's
    /// contraction, a speaker's label).
    opener: bool,
    /// A quotation opening with a capital follows.
    quotation: bool,
    /// The next word starts a name before a capitalised word (`the U.S. Third Army`).
    name_opening: bool,
}

impl Segmenter {
    /// The period at `d.i` closes an abbreviation, an initial or an ordinal that the
    /// next word (at `k`) does not break away from.
    pub(super) fn abbreviation_holds(&self, d: &Decision, k: usize) -> bool {
        let rules = d.rules;
        let mut written = word_before(d.chars, d.i);
        // A single quote before the word opens a quotation (`signed 'J. Smith'`).
        if let Some(quoted) = written.strip_prefix(['\'', '’'])
            && quoted.starts_with(char::is_alphabetic)
        {
            written = quoted.to_string();
        }
        // Glued after a sentence's period (`Tuesday.Mr. Smith`): the word is `Mr`;
        // a dotted name keeps its dots (`www.irs.gov`, `U.S`).
        // (Not a degree's last letter: `Ph.D`.)
        if let Some((before, last)) = written.rsplit_once('.')
            && before.chars().count() > 1
            && before.chars().next_back().is_some_and(char::is_lowercase)
            && last.chars().next().is_some_and(char::is_uppercase)
            && last.chars().count() > 1
        {
            written = last.to_string();
        }
        let word = written.to_lowercase();
        // A command's flag is no abbreviation nor an initial (`pytest -v. Integration
        // tests`, `ls -l. Hidden files`).
        let start = d.i.saturating_sub(written.chars().count());
        // (Letters: a range's number is none, `1. -3. Jahrhundert`.)
        let flag = start >= 2
            && d.chars[start - 1].1 == '-'
            && matches!(d.chars[start - 2].1, ' ' | '-')
            && written.bytes().all(|b| b.is_ascii_alphabetic());
        if flag && d.chars[k].1.is_uppercase() {
            return false;
        }
        // A bracketed word after a title is part of it (`Lt. Col. (Ret.) David
        // Marsh`, `Gen. (ret.) Ann Dunwoody`).
        if bracketed_after_title(rules, d.chars, start, d.i) {
            return !rules
                .openers
                .contains(&word_and_next(d.chars, k).0.to_lowercase());
        }
        // No list names the word, nor a state or a unit.
        let unlisted = || {
            rules.kind(&word).is_none()
                && !rules.states.contains(&word)
                && !rules.units.contains(&word)
        };
        // A bracket that holds a capitalised sentence of its own opens one after any
        // abbreviation but a title, a square one too (`6 a.m.| [Editor's note: …]`,
        // `Quorra Inc.| (The name comes from a film.)`,
        // `Union Sq.| (Use the north entrance.)`, `the U.S.| (Mostly in Ohio.)`).
        if matches!(d.chars[k].1, '(' | '[')
            && d.chars.get(k + 1).is_some_and(|&(_, e)| e.is_uppercase())
            && d.chars.get(k + 2).is_some_and(|&(_, e)| e.is_lowercase())
            && rules.kind(&word) != Some(Kind::NeverEnds)
            && bracketed_sentence_at(d.chars, k)
        {
            return false;
        }
        // Capitalised abbreviations in a row name a journal or a statute (`J. Am.
        // Chem. Soc.`, `Ann. Intern. Med.`, `Gen. Bus. Law § 349`): nothing ends
        // inside the run.
        // (And a volume's number after one: `Annu. Rev. Ecol. Evol. Syst. 46:1`.)
        let run_before = || after_abbreviation(rules, d.chars, d.i);
        if (citation_goes_on(rules, d.chars, k, run_before)
            || section_follows(d.chars, k)
            || d.chars[k].1.is_ascii_digit() && run_before())
            && citation_word(&written)
        {
            return true;
        }
        // A capitalised word with no vowel is a title no list names before a full
        // name (`Pfc. Daniel Ortiz`, `Sfc. Ana Ruiz,`; not `Hmm. Daniel`, nor
        // Welsh, `Twp and Pwp." For readers`).
        let full_name = || {
            let (given, after_given) = word_and_next(d.chars, k);
            given.starts_with(char::is_uppercase)
                && given.chars().skip(1).all(char::is_lowercase)
                && given.chars().count() >= 2
                && after_given.starts_with(char::is_uppercase)
                && !rules.openers.contains(&given.to_lowercase())
        };
        if unlisted_title(&written)
            && full_name()
            && unlisted()
            && !rules.fillers.contains(&word)
            && !rules.streets.contains(&word)
        {
            return true;
        }
        // So is one before a company's suffix, and a listed abbreviation, not a
        // state's, after a name's word: a word of the company's name (`Linden
        // Property Mgmt. LLC`, `Acme Svcs. Inc. of Dayton`, `Delta Bldg. Co.`, `Mgmt.
        // LLC负责`). (Read only between capitals: most periods are not.)
        if written.starts_with(char::is_uppercase) && d.chars[k].1.is_ascii_uppercase() {
            let listed = rules.kind(&word).is_some();
            let suffix_next = || {
                let suffix: String = d.chars[k..]
                    .iter()
                    .map(|&(_, e)| e)
                    .take_while(char::is_ascii_alphabetic)
                    .flat_map(|e| e.to_lowercase())
                    .collect();
                rules.kind(&suffix) == Some(Kind::NameSuffix)
            };
            let in_name = || {
                listed
                    && !rules.states.contains(&word)
                    && preceding_word_as_written(d.chars, d.i, &written)
                        .starts_with(char::is_uppercase)
            };
            if (listed || unlisted_title(&written)) && suffix_next() && (unlisted() || in_name()) {
                return true;
            }
        }
        // A capital alone after a part's capitalised abbreviation labels the part
        // (`in App. C.`, `See App. C for details`, `See Exh. A, attached`; but `is
        // Paris. B and D are`).
        if written.starts_with(char::is_uppercase)
            && rules.parts.contains(&word)
            && lone_label_at(d.chars, k)
        {
            return true;
        }
        // Most periods follow a plain word of two letters or more that no list
        // names; every rule below starts from a listed word, an initial or dots
        // inside the word, so such a period ends its sentence whatever follows.
        if !written.contains('.')
            && written.chars().nth(1).is_some()
            && unlisted()
            && (!rules.ordinal_dots || !is_ordinal(&written))
        {
            return false;
        }
        // (One character for one: its length indexes `d.chars`, and `İ` lowercases
        // to two.)
        let next_word: String = d.chars[k..]
            .iter()
            .take_while(|&&(_, e)| e.is_alphanumeric())
            .map(|&(_, e)| e.to_lowercase().next().unwrap_or(e))
            .collect();
        // `¿` and `¡` open nothing but a sentence (`100 km/h. ¿En`).
        if matches!(d.chars[k].1, '¿' | '¡') {
            return false;
        }
        // A quotation opening with a capital opens a sentence too (`plc. “Risks`,
        // `5 p.m. 'Same time`).
        let quotation = matches!(d.chars[k].1, '“' | '"' | '‘' | '\'')
            && d.chars.get(k + 1).is_some_and(|&(_, e)| e.is_uppercase());
        // The next word is written with a period of its own (`No.`, `A.`).
        let next_dotted = d.chars[k + next_word.chars().count()..]
            .first()
            .is_some_and(|&(_, e)| e == '.');
        // Initials are no article or pronoun (`ca. A.D. 122`).
        let initials_next = next_dotted
            && next_word.chars().count() == 1
            && d.chars
                .get(k + 2)
                .is_some_and(|&(_, e)| e.is_ascii_uppercase());
        // A quantifier or an adverb before a lowercase word, after an abbreviation
        // that is no initial (`the U.S. Most shows sold out`).
        let after_next = k + next_word.chars().count();
        // (A comma may come between: `Inc. Subsequently, he joined`.)
        let comma = usize::from(d.chars.get(after_next).is_some_and(|&(_, e)| e == ','));
        let quantifier = rules.openers_before_lowercase.contains(&next_word)
            && word.chars().count() > 1
            && d.chars
                .get(after_next + comma)
                .is_some_and(|&(_, e)| e == ' ')
            && (lowercase_word_at(d.chars, after_next + comma + 1)
                || d.chars
                    .get(after_next + comma + 1)
                    .is_some_and(|&(_, e)| e.is_ascii_digit()));
        // A speaker's or a question's label opens one too (`of M.I.T. CHEN: Thanks`,
        // `the U.S. Q: Why?`).
        let label = !next_word.is_empty()
            && next_word.chars().all(char::is_alphabetic)
            && d.chars[k + next_word.chars().count()..]
                .first()
                .is_some_and(|&(_, e)| e == ':')
            && d.chars[k].1.is_uppercase();
        // A negation's contraction opens one too (`ends Sun. Don't miss it`), and so
        // does an adverb of the sentence before its comma (`Acme Inc. Separately, the
        // board met`).
        let negation =
            d.chars[k].1.is_uppercase() && negation_before(&next_word, &d.chars[after_next..]);
        let sentence_adverb = d.chars[k].1.is_uppercase()
            && next_word.chars().count() >= SENTENCE_ADVERB_CHARS
            && next_word.ends_with("ly")
            && d.chars.get(after_next).is_some_and(|&(_, e)| e == ',');
        // A name's first word before a capitalised word (`the U.S. Third Army`), and a
        // title before a lowercase word, a street's (`King Jr. Dr. near the park`),
        // open none.
        let name_opening = d.chars.get(after_next).is_some_and(|&(_, e)| e == ' ')
            && d.chars
                .get(after_next + 1)
                .is_some_and(|&(_, e)| e.is_uppercase())
            && rules.name_openers.contains(&next_word)
            // (Not a date's: `Co. Late Monday the company confirmed`.)
            && !rules
                .calendar
                .contains(&word_and_next(d.chars, after_next + 1).0.to_lowercase());
        let street_next = next_dotted
            && rules.kind(&next_word) == Some(Kind::NeverEnds)
            && d.chars.get(after_next + 1).is_some_and(|&(_, e)| e == ' ')
            && lowercase_word_at(d.chars, after_next + 2);
        // (The pronoun `I` is a capital: `cmt. i (Am. Law Inst.)` is a comment's letter;
        // and a number's abbreviation before its number goes on a citation: `Dkt. No.
        // 45`.)
        let lowercase_i = next_word == "i" && d.chars[k].1 == 'i';
        let numbered_next = next_dotted
            && d.chars
                .get(after_next + 2)
                .is_some_and(|&(_, e)| e.is_ascii_digit())
            && rules.kind(&next_word) == Some(Kind::BeforeNumber);
        let opener = (rules.openers.contains(&next_word)
            && !initials_next
            && !name_opening
            && !street_next
            && !lowercase_i
            && !numbered_next)
            || negation
            || sentence_adverb
            || quotation
            || quantifier
            || label;
        let a = Abbreviation {
            k,
            written,
            word,
            next_word,
            next_dotted,
            after_next,
            opener,
            quotation,
            name_opening,
        };
        if a.word.chars().count() == 1 && a.word.chars().all(char::is_alphabetic) {
            return self.initial_holds(d, a);
        }
        let Abbreviation {
            ref written,
            ref word,
            ref next_word,
            ..
        } = a;
        if rules.ordinal_dots && is_ordinal(written) {
            return !opener;
        }
        // One number's abbreviation before another (`U.S. Pat. No. 7,654,321`).
        let numbered = |w: &str| rules.kind(w) == Some(Kind::BeforeNumber);
        if next_dotted && numbered(next_word) && numbered(word) {
            return true;
        }
        // A month after its day or a preposition closes a date, as a time does
        // (`until 3 Feb. Admission is free`, `in Aug. Schools must`; but `3 Feb.
        // 2020`).
        let date_closes = || {
            let before = preceding_word(d.chars, d.i, written);
            after_number(d.chars, d.i, written)
                || rules.phrase_openers.contains(&before)
                || rules.determiners.contains(&before)
        };
        // Unlisted initials in lowercase close a measure or a note (`mean ± s.d.
        // Significance`), as a time's do (`p.m.`).
        let lowercase_initials = written.contains('.')
            && written.chars().all(|e| e.is_lowercase() || e == '.')
            && !rules.abbreviations.contains_key(word);
        // In mixed-case text a word in capitals is an acronym, not the abbreviation
        // it spells (`Do not freeze Buffer AL. Proteinase K is`; `et al.`), unless
        // capitals go on (`shooting ST. LOUIS, Mo.`).
        let acronym = written.chars().count() >= 2
            && written.chars().all(|e| e.is_ascii_uppercase())
            && d.sentence.chars().any(char::is_lowercase)
            && !d.chars[k..]
                .iter()
                .take_while(|&&(_, e)| e.is_alphabetic())
                .all(|&(_, e)| e.is_uppercase());
        let kind = match rules.kind(word) {
            // (A title's letters too: `measured by LC-MS/MS. Deficiency was`.)
            Some(Kind::Ordinary | Kind::NameSuffix | Kind::Place | Kind::NeverEnds) if acronym => {
                None
            }
            Some(Kind::Ordinary) if rules.calendar.contains(word) && date_closes() => {
                Some(Kind::BeforeLowercase)
            }
            Some(Kind::Ordinary) if lowercase_initials => Some(Kind::BeforeLowercase),
            Some(Kind::Ordinary)
                if rules.dotted_suffixes.contains(word)
                    && company_before(rules, d.chars, d.i, written) =>
            {
                Some(Kind::NameSuffix)
            }
            kind => kind,
        };
        if matches!(
            kind,
            Some(Kind::Ordinary | Kind::NameSuffix | Kind::BeforeLowercase)
        ) && plural_opens_at(rules, d.chars, k)
            && d.sentence
                .split_whitespace()
                .nth(ENGLISH_SENTENCE_WORDS - 1)
                .is_some()
            && !self.lone_phrase(rules, d.sentence)
        {
            return false;
        }
        // A state's abbreviation that opens a sentence, or follows a preposition or
        // an article, comes before a name (`Mass. Gov. Maura Healey said`, `by Calif.
        // Gov. Gavin Newsom`, `the Ill. Department`) unless a sentence opener follows
        // (`a win for Calif. The state had`); elsewhere it ends a place, as any word
        // does (`Fresno, Calif. Police said`, `D-Md. Republicans`, `in N.C. and Va.
        // Crews`, and the Mass in `celebrated Mass.`).
        // Before a listed abbreviation but a title it starts a statute's name too
        // (`Fla. Stat.`; not `celebrated Mass. Fr. O'Brien assisted`).
        // (Before a ZIP code it goes on: `Lansing, Mich. 48909`.)
        let zip_next = || {
            d.chars[k..]
                .iter()
                .take_while(|&&(_, e)| e.is_ascii_digit())
                .count()
                == ZIP_DIGITS
                && d.chars
                    .get(k + ZIP_DIGITS)
                    .is_none_or(|&(_, e)| !e.is_alphanumeric())
        };
        if kind.is_none()
            && written.starts_with(char::is_uppercase)
            && rules.states.contains(word)
            && (zip_next()
                || d.sentence.trim() == written
                || (next_dotted
                    && rules
                        .kind(next_word)
                        .is_some_and(|next| next != Kind::NeverEnds))
                || rules
                    .before_names
                    .contains(&preceding_word(d.chars, d.i, written)))
        {
            return !opener;
        }
        // A recipe's measure after a number goes on before its ingredient (`Whisk in
        // 1 tsp. Vanilla and`, `2 tbsp. honey`), not before a sentence opener (`Add 2
        // tbsp. The rest`).
        // (A weight is one in a recipe's step, its verb first or right before the
        // number: `Brown 1 lb. Italian sausage`, `In a large bowl, beat 8 oz. Philadelphia
        // cream cheese`.)
        let recipe_step = || {
            if !rules.units.contains(word) {
                return false;
            }
            let verb = |letters: &mut dyn Iterator<Item = char>| {
                let word: String = letters
                    .take(RECIPE_VERB_CHARS + 1)
                    .take_while(|e| e.is_alphabetic())
                    .flat_map(char::to_lowercase)
                    .collect();
                rules.recipe_verbs.contains(&word)
            };
            let number_start = d.i.saturating_sub(written.chars().count() + 1);
            let before_number = d.chars[..number_start]
                .iter()
                .rev()
                .skip_while(|&&(_, e)| e.is_ascii_digit() || matches!(e, '.' | ',' | '/'))
                .skip_while(|&&(_, e)| e == ' ');
            let mut backwards: Vec<char> = before_number
                .take(RECIPE_VERB_CHARS + 1)
                .take_while(|&&(_, e)| e.is_alphabetic())
                .map(|&(_, e)| e)
                .collect();
            backwards.reverse();
            verb(&mut d.sentence.trim_start().chars()) || verb(&mut backwards.into_iter())
        };
        if after_number(d.chars, d.i, written) && (rules.measures.contains(word) || recipe_step()) {
            // (An imperative takes an object: `set aside 2 tbsp. Stir the rest`.)
            let object = word_and_next(d.chars, k).1.to_lowercase();
            let imperative =
                rules.determiners.contains(&object) || rules.pronouns.contains(&object);
            // (So does a clause: `2 tbsp. Sugar is optional`.)
            // (And so does the next step's verb: `about 4 oz. Stir until it melts`.)
            let next_step = rules.recipe_verbs.contains(next_word);
            return !(opener
                || imperative
                || next_step
                || clause_starts_at(rules, d.chars, k)
                || subject_acts_at(rules, d.chars, k));
        }
        // A unit whose abbreviation is a title's or a place's too, in lowercase
        // after a number (`only 7 ft. Make sure`, `took 3 sec. Then`, `800 sq. ft.
        // Utilities`): a capital
        // after it opens a sentence; a number goes on (`5 ft. 10 in.`).
        if written.chars().all(|e| e.is_lowercase())
            && rules.units.contains(word)
            && after_amount(rules, d.chars, d.i, written)
        {
            // (A direction in capitals before a preposition goes on the distance:
            // `300 mi. SE of Bermuda`; not `14 mi. NE winds of 15 knots made`. One
            // with its own period does before anything: `200 mi. E. It is`.)
            let (direction, after) = word_and_next(d.chars, k);
            let capitals = direction.chars().all(char::is_uppercase);
            // (Not a name's initials: `walked 3 mi. E. J. Thompson`.)
            let direction_end = k + direction.chars().count();
            let initial_next = matches!(
                d.chars.get(direction_end..direction_end + 4),
                Some([(_, '.'), (_, ' '), (_, letter), (_, '.')]) if letter.is_uppercase()
            );
            let dotted =
                !initial_next && d.chars.get(direction_end).is_some_and(|&(_, e)| e == '.');
            let bearing = capitals
                && rules.compass_points.contains(next_word)
                && (dotted || rules.phrase_openers.contains(&after));
            // (A height's datum too: `3,500 ft. AGL`.)
            let datum = capitals && rules.height_datums.contains(next_word);
            // After a determiner the measure describes the noun after it (`the 6 ft.
            // USB-C cable`, `a 10 in. Phillips screwdriver`), unless a sentence opens
            // there (`cleared a 7 ft. The crowd roared`, `Crowds roared`, `the 3 ft.
            // Amazon sells a longer one`).
            let describes_noun = !opener
                && !plural_opens_at(rules, d.chars, k)
                && !subject_acts_at(rules, d.chars, k)
                && word_before_number(d.chars, d.i, written)
                    .is_some_and(|w| rules.determiners.contains(&w));
            // (A day or a month goes on the measure too: `crested at 41.3 ft. Monday
            // night`.)
            // (Not a day's possessive, a subject: `15 ft. Thursday's race was`.)
            let possessive = d
                .chars
                .get(k + next_word.chars().count())
                .is_some_and(|&(_, e)| matches!(e, '\'' | '’'));
            let dated = rules.calendar.contains(next_word)
                && !possessive
                && !clause_starts_at(rules, d.chars, k);
            return bearing
                || datum
                || describes_noun
                || dated
                || !(d.chars[k].1.is_uppercase() || quotation);
        }
        self.listed_abbreviation_holds(d, kind, a)
    }

    /// The initial before the period at `d.i` holds before what follows it.
    fn initial_holds(&self, d: &Decision, a: Abbreviation) -> bool {
        let rules = d.rules;
        let Abbreviation {
            k,
            written,
            word,
            next_word,
            next_dotted,
            ..
        } = a;
        // An initial (`Jonas E. Smith`, `Mary E. “Betty” Smith`), unless a
        // sentence opener follows (`you and I. Did`, `a grade A. The data`). A
        // capital alone is no sentence: it labels one (`Q. What is it? A. It`).
        // Nor does one before an abbreviation or another initial (`Pub. L. No.
        // 111`, `Fed. R. Civ. P.`, `J. A. Smith`).
        let label = d.sentence.trim() == written && written.chars().all(char::is_uppercase);
        let abbreviation_next =
            next_dotted && (next_word.chars().count() == 1 || rules.kind(&next_word).is_some());
        // A label's letter is no initial: a capital after it opens a sentence
        // (`use Lane B. Cars may`, `Plan B. Nobody`).
        // (A capital: `Ward v. Village of Monroeville` is a case's `v.`.)
        // So is a variable after an operator or an arrow (`B => A. Keep`).
        let start = d.i.saturating_sub(written.chars().count());
        let operand = d.chars[..start]
            .iter()
            .rev()
            .find(|&&(_, e)| e != ' ')
            .is_some_and(|&(_, e)| matches!(e, '=' | '>' | '<' | '+' | '→' | '⇒' | '↔' | '≠'));
        // (And a model's after a lowercase abbreviation that comes before a number or
        // never ends a sentence: `TX-400 rev. B. Thanks`, `model no. C. Please`; not
        // an editor's initial, `ed. J. Martin`.)
        let before = preceding_word_as_written(d.chars, d.i, &written);
        // The pronoun `I` after a conjunction ends a sentence before a clause (`by my
        // supervisor and I. Reviewers were positive`), where a name's initial follows
        // a name (`Mary I. Smith`).
        if written == "I"
            && rules.conjunctions.contains(&before)
            && clause_starts_at(rules, d.chars, k)
        {
            return false;
        }
        let labelled = d.chars[k].1.is_uppercase() && written.chars().all(char::is_uppercase) && {
            let coded = before.strip_suffix('.').is_some_and(|abbreviation| {
                abbreviation.len() >= 2
                    && abbreviation.bytes().all(|b| b.is_ascii_lowercase())
                    && matches!(
                        rules.kind(abbreviation),
                        Some(Kind::BeforeNumber | Kind::NeverEnds)
                    )
            });
            // (A label's noun may be abbreviated: `Ste. B. Ring the bell`, `App. B.
            // Responses were`.)
            let noun = before.strip_suffix('.').unwrap_or(&before).to_lowercase();
            operand || coded || rules.label_nouns.contains(&noun) || rules.parts.contains(&noun)
        };
        // A Latin lowercase letter after a number is a unit (`for 2 h.
        // Afterwards`; Russian's `1898 г.` is a year's, before its sentence goes on).
        // So is a letter after a unit and a slash (`128 mmol/L. Fluids`, `2
        // mV/V. Calibrate`; not initials after a name, `Chen/S. Gupta`).
        let unit_before = d.chars[..start.saturating_sub(1)]
            .iter()
            .rev()
            .take_while(|&&(_, e)| e.is_ascii_alphabetic())
            .last()
            .is_some_and(|&(_, e)| e.is_ascii_lowercase());
        let after_slash = start > 1 && d.chars[start - 1].1 == '/' && unit_before;
        // A compass point or a temperature's scale after degrees too (`45° N.
        // Winters`, `72.54° W.`, `37° C. Growth`).
        // (Or after a distance's unit: `200 mi. E. It is`.)
        let after_unit = || {
            before.strip_suffix('.').is_some_and(|unit| {
                rules.units.contains(unit) && start >= 2 && after_number(d.chars, start - 2, unit)
            })
        };
        let compass = written.chars().all(char::is_uppercase)
            && self.default.after_degrees.contains(&word)
            && (d.chars[..start]
                .iter()
                .rev()
                .find(|&&(_, e)| !e.is_whitespace())
                .is_some_and(|&(_, e)| matches!(e, '°' | '′' | '″' | '\'' | '"'))
                || after_unit() && !next_dotted);
        // So is a unit's symbol in capitals (`heated to 450 K. Pressure`), unless
        // an abbreviation follows (`872 F. Supp. 2d`); no compass point, which
        // opens a street's name (`1200 E. Main St.`).
        // (A law report's name has an apostrophe: `123 F. App'x 456`.)
        let report_next = || {
            d.chars[k..]
                .iter()
                .take_while(|&&(_, e)| !e.is_whitespace())
                .any(|&(_, e)| matches!(e, '\'' | '’'))
        };
        // (Not in a list of names: `13 C. Romero, 19 N. Otamendi`.)
        let listed_next = || {
            let name = letters_at(d.chars, k);
            d.chars
                .get(k + name.chars().count())
                .is_some_and(|&(_, e)| matches!(e, ',' | ';'))
        };
        let symbol = written.chars().all(|e| e.is_ascii_uppercase())
            && self.default.unit_symbols.contains(&word)
            && !next_dotted
            && !report_next()
            && measured_before(rules, d.chars, d.i, &written)
            && !listed_next();
        let unit = ((written.chars().all(|e| e.is_ascii_lowercase()) || symbol)
            && after_amount(rules, d.chars, d.i, &written)
            || after_slash
            || compass)
            // (Or a quotation or a bracket opening in a capital: `3,400 m. "It's`.)
            && (d.chars[k].1.is_uppercase()
                || (matches!(d.chars[k].1, '"' | '“' | '(')
                    && d.chars.get(k + 1).is_some_and(|&(_, e)| e.is_uppercase())));
        // An acronym after a letter opens a sentence in mixed-case text (`x
        // 10^9/L. CXR showed`, `in tube B. CXR showed`), not after a name or
        // another initial (`JOHN F. KENNEDY`, `Mary K. SMITH`, `J. R. R. TOLKIEN`,
        // `U. S. NAVY`).
        let letters = next_word.chars().count();
        let after_name = before.starts_with(char::is_uppercase);
        let acronym_next = !next_dotted
            && written.chars().all(|e| e.is_ascii_uppercase())
            && !after_name
            && letters >= 2
            && d.chars[k..k + letters]
                .iter()
                .all(|&(_, e)| e.is_ascii_uppercase())
            && d.sentence.chars().any(char::is_lowercase);
        // (A unit ends its sentence before initials too: `for 24 h. E. coli was`.)
        if ((labelled || acronym_next) && !abbreviation_next) || unit {
            return false;
        }
        // A surname that opens names or sentences too (`Jubal A. Early led`).
        if after_name && rules.name_openers.contains(&next_word) {
            return true;
        }
        // A letter set off by a comma, or after a label's noun, a linking verb or a
        // preposition, is no initial: a capitalised plural opens a clause after it
        // (`signed with a single letter, M. Experts believe`, `blood type is O.
        // Doctors were`, `a grade of F. Extensions are`; not a list's label, `V.
        // Limitations are`, nor a role before a name, `engineer L. Matthews leads`).
        let set_off = d.chars[..start]
            .iter()
            .rev()
            .find(|&&(_, e)| e != ' ')
            .is_some_and(|&(_, e)| e == ',')
            || {
                let word = before.to_lowercase();
                rules.label_nouns.contains(&word)
                    || rules.clause_verbs.contains(&word)
                    || rules.phrase_openers.contains(&word)
                    || rules.before_names.contains(&word)
            };
        if set_off && !after_name && !label && !next_dotted && plural_opens_at(rules, d.chars, k) {
            return false;
        }
        label || abbreviation_next || !rules.openers.contains(&next_word)
    }

    /// The abbreviation before the period at `d.i`, of `kind` in its list, holds
    /// before what follows it.
    fn listed_abbreviation_holds(&self, d: &Decision, kind: Option<Kind>, a: Abbreviation) -> bool {
        let rules = d.rules;
        let Abbreviation {
            k,
            written,
            word,
            next_word,
            next_dotted,
            after_next,
            opener,
            quotation,
            name_opening,
        } = a;
        match kind {
            // After a number a title's letters are a unit (`at 40 ms. The`).
            Some(Kind::NeverEnds) if after_number(d.chars, d.i, &written) => !opener,
            // A title in lowercase after a lowercase word is a noun (`our sales rep.
            // Nobody has called`, `rep. He`).
            Some(Kind::NeverEnds)
                if written.chars().all(char::is_lowercase)
                    && preceding_word_as_written(d.chars, d.i, &written)
                        .starts_with(char::is_lowercase) =>
            {
                // (A letter after it is a label: `hardware rev. A.`)
                !(opener && next_word.chars().count() > 1 || rules.pronouns.contains(&next_word))
            }
            // A street's after a capitalised word, before a clause (`Harbor Dr. It is
            // open daily`; a title before a name, `Dr. He Jiankui`).
            Some(Kind::NeverEnds)
                if rules.streets.contains(&word)
                    && preceding_word_as_written(d.chars, d.i, &written)
                        .starts_with(char::is_uppercase) =>
            {
                // (Or a title: `Harbor Dr. Dr. Lee works there`.)
                let title_next = next_dotted && rules.kind(&next_word) == Some(Kind::NeverEnds);
                // (After an address a clause does, or a plural or a common noun
                // that opens one: `1200 Oak Dr. Parking is free`, `500 Lake Shore Dr.
                // Visitors must sign in`.)
                let clause_next = opener
                    && d.chars.get(after_next).is_some_and(|&(_, e)| e == ' ')
                    && lowercase_word_at(d.chars, after_next + 1)
                    || street_address(d.chars, d.i, &written)
                        && (clause_starts_at(rules, d.chars, k)
                            || plural_opens_at(rules, d.chars, k)
                            || common_subject_at(rules, d.chars, k))
                    || gerund_phrase_at(rules, d.chars, k);
                !(clause_next || title_next)
            }
            // A title used as a rank's noun ends its clause before a phrase that
            // opens the next (`the rank of Sgt. After his discharge`, `promoted to
            // Capt. In 1944 he`): no name opens with a preposition and then a number,
            // an article or a pronoun.
            Some(Kind::NeverEnds) if !written.starts_with(char::is_uppercase) => true,
            Some(Kind::NeverEnds) => {
                let (object, _) = word_and_next(d.chars, after_next + 1);
                let phrase_next = d.chars[k].1.is_uppercase()
                    && rules.phrase_openers.contains(&next_word)
                    && d.chars.get(after_next).is_some_and(|&(_, e)| e == ' ')
                    && (d
                        .chars
                        .get(after_next + 1)
                        .is_some_and(|&(_, e)| e.is_ascii_digit())
                        || rules.determiners.contains(&object)
                        || rules.pronouns.contains(&object));
                // (`The` after any title: `made Sgt. The pay rise`, `Rear Adm. The
                // Navy marked`; a peer's or a cleric's styling goes on, `Gen. The
                // Lord Dannatt`, `the Rt. Rev. The Lord Bishop`.)
                let styled = rules.definite_articles.contains(next_word.as_str())
                    && object.starts_with(char::is_uppercase)
                    && rules.stylings.contains(&object.to_lowercase());
                let article_next = d.chars[k].1.is_uppercase()
                    && rules.definite_articles.contains(next_word.as_str())
                    && !styled;
                // After an article, a possessive or an ordinal the title is a rank's
                // noun: a sentence opener or a capitalised quotation opens a sentence
                // after it (`as a Capt. Few soldiers`, `the Gen. They were`, `2nd Lt.
                // This includes`, `the Lt. Col. "We need`).
                // (Not before another title or a name's first word: `The Rev. Dr.
                // King`, `the Dr. Who episode`.)
                let rank_noun = opener
                    && !styled
                    && !next_dotted
                    && !rules.name_openers.contains(&next_word)
                    && rank_noun_before(rules, d.chars, d.i, &written);
                // (A bracketed sentence after any title: `her rank was Sgt. (She had
                // been promoted in May.)`.)
                let bracketed = d.chars[k].1 == '(' && bracketed_sentence_at(d.chars, k);
                !(phrase_next || article_next || rank_noun || bracketed)
            }
            // `St. Louis`; but `Baker St. It is quiet`.
            // After a number it is a unit (`9 ft. The room`), and after a name the
            // end of a street's (`Elm St. The floats`, `Linden St. Call me`): it
            // holds unless a sentence opener follows, like any abbreviation.
            // After an ordinal it is a street's for sure, and a clause opens a
            // sentence (`42nd St. Coffee will be provided`; not `42nd St. Shuttle runs`).
            Some(Kind::Place)
                if is_ordinal_number(&preceding_word_as_written(d.chars, d.i, &written)) =>
            {
                !(opener || clause_starts_at(rules, d.chars, k))
            }
            // A capitalised plural opens one after an address's street (`221 Baker
            // St. Visitors must sign in`), where no place's name goes on (`Fort St.
            // James`).
            Some(Kind::Place)
                if after_number(d.chars, d.i, &written)
                    || preceding_word_as_written(d.chars, d.i, &written)
                        .starts_with(char::is_uppercase) =>
            {
                let address = street_address(d.chars, d.i, &written);
                // (Or another place's abbreviation: `5 Church St. St. Mary's is`.)
                let place_next = next_dotted && rules.kind(&next_word) == Some(Kind::Place);
                let clause_next = plural_opens_at(rules, d.chars, k)
                    || place_next
                    || clause_starts_at(rules, d.chars, k);
                // (A common noun opens a clause after any street: `Main St. Police
                // closed the area`, `Main St. Drivers should`; `Fort St. James is`,
                // whose name ends in `s`, is no plural.)
                let subject_next = common_subject_at(rules, d.chars, k)
                    || gerund_subject_at(rules, d.chars, k)
                    || counted_subject_at(rules, d.chars, k)
                    || plural_opens_at(rules, d.chars, k) && clause_starts_at(rules, d.chars, k);
                !(opener || subject_next || (address && clause_next))
            }
            Some(Kind::Place) => !rules.pronouns.contains(&next_word),
            // `No. 5`, `pp. 12`, `No. XR-500`, `Fig. S1`; but `no. What` ends a
            // sentence.
            // A Roman numeral of two letters or more counts too (`Vol. IV`; not
            // `No. I think`), and a letter before a stop (`in App. B.`).
            Some(Kind::BeforeNumber) => {
                // A sentence of that word alone answers (`Did it work? No. A later
                // version did.`): only a number goes on from it.
                let answer = d.sentence.trim() == written && rules.openers.contains(&word);
                let token = d.chars[k..]
                    .iter()
                    .take_while(|&&(_, e)| !e.is_whitespace());
                let word: Vec<char> = token
                    .clone()
                    .map(|&(_, e)| e)
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                let roman = word.len() >= 2 && word.iter().all(|&e| "IVXLCDM".contains(e));
                // A letter before a stop or a lowercase word (`in App. B.`, `Ex. A to
                // the Declaration`; not the pronoun, `No. I think`), but for a unit's
                // after a number, where an initial opens a sentence (`2 min. E. coli`).
                // (Or before Chinese: `在Bldg. C三楼`.)
                // (`I` is a numeral after a word that opens no sentence (`Vol. I
                // describes`, `art. I, § 8`), and after one that does only when
                // capitalised and before a preposition or a conjunction (`No. I in the
                // charts`; not `No. I think`, `told him no. I, for one`).)
                let pronoun_may_follow =
                    word.first() == Some(&'I') && rules.openers.contains(&written.to_lowercase());
                let numeral = !pronoun_may_follow || written.starts_with(char::is_uppercase);
                let letter = word.len() == 1
                    && !answer
                    && numeral
                    && !after_number(d.chars, d.i, &written)
                    && word[0].is_ascii_uppercase()
                    && (d.chars.get(k + 1).is_none_or(|&(_, e)| {
                        matches!(e, '.' | ',' | ';' | ':' | '?' | ')' | '，' | '。')
                            || crate::text::is_han(e)
                    }) || (d.chars.get(k + 1).is_some_and(|&(_, e)| e == ' ')
                        && lowercase_word_at(d.chars, (k + 2).min(d.chars.len()))
                        && (!pronoun_may_follow || {
                            let after = letters_at(d.chars, k + 2);
                            rules.phrase_openers.contains(&after)
                                || rules.conjunctions.contains(&after)
                                || rules.before_names.contains(&after)
                        })));
                // A unit's bracket goes on (`14.5 mo. (IQR 9.2–20.1)`, `6 wk. (Fig. 2)`).
                let bracket = d.chars[k].1 == '(' && after_number(d.chars, d.i, &written);
                roman || letter || bracket || token.clone().any(|&(_, e)| e.is_ascii_digit())
            }
            // A label opening its sentence (`P.S. The free stickers`).
            Some(Kind::Ordinary)
                if d.sentence.trim() == written && rules.labels.contains(&word) =>
            {
                true
            }
            // `At 5 a.m. Mr. Smith went`: a lone adverbial phrase is no sentence.
            // A common noun opens one (`the U.K. Mortality fell`, `the U.S. Health
            // officials urged`), and any clause after a day (`arrived Wed. Packaging
            // was fine`).
            Some(Kind::Ordinary) => {
                // (After a clause, not a phrase: `Analysts tracked U.S. Oil prices`.)
                let clause_before = d
                    .sentence
                    .split_whitespace()
                    .nth(SUBJECT_CLAUSE_WORDS - 1)
                    .is_some();
                // A title and a name after a noun with an article (`returned to the
                // U.S. Gen. Ellis said`; `U.S. Sen. Ted Cruz` and `our U.S. Rep. Mike
                // Lawler` are one name, `the U.S. Atty.'s office` one noun).
                let title_next = next_dotted
                    && rules.kind(&next_word) == Some(Kind::NeverEnds)
                    && rules
                        .definite_articles
                        .contains(&preceding_word(d.chars, d.i, &written))
                    && matches!(
                        d.chars.get(after_next + 1..after_next + 4),
                        Some([(_, ' '), (_, capital), (_, small)])
                            if capital.is_uppercase() && small.is_lowercase()
                    );
                !(opener
                    || title_next
                    || clause_before
                        && (common_subject_at(rules, d.chars, k)
                            || gerund_subject_at(rules, d.chars, k))
                    || rules.calendar.contains(&word) && clause_starts_at(rules, d.chars, k))
                    || self.lone_phrase(rules, d.sentence)
            }
            // `Co. Ltd. Work is expected`, but `Inc. CEO Tim Cook`; another company
            // opens one too (`Lockheed Martin Corp. Boeing Co. had`).
            Some(Kind::NameSuffix) => {
                !(opener
                    || clause_starts_at(rules, d.chars, k)
                    || participle_phrase_at(rules, d.chars, k)
                    || gerund_subject_at(rules, d.chars, k)
                    || person_subject_at(rules, d.chars, k)
                    || counted_subject_at(rules, d.chars, k)
                    || company_at(rules, d.chars, k))
                    || self.lone_phrase(rules, d.sentence)
            }
            Some(Kind::BeforeLowercase) => {
                let capital = d.chars[k].1.is_uppercase() || quotation || camel_case_at(d.chars, k);
                // A place's time is a time zone too (`8 p.m. Beijing time`), and so
                // is any zone's name (`Central European Summer Time`).
                let zone = zone_name_at(rules, d.chars, k);
                // After a determiner a time names the noun after it (`the 9 a.m.
                // Mass`, `The 5 p.m. News`).
                let names_noun = (!opener || name_opening)
                    && word_before_number(d.chars, d.i, &written)
                        .is_some_and(|w| rules.determiners.contains(&w));
                // A zone that is an adjective too goes on only with its zone's
                // words, a preposition or a capital (`5 a.m. Eastern time`, `9 p.m.
                // Pacific on Friday`; not `4:17 a.m. Local residents said`).
                // (Nor before a name it opens: `11 p.m. Eastern European leaders`,
                // `7 a.m. Central Park is`; but `Central European Time`.)
                let adjective = rules.zone_words.contains(&next_word) && {
                    let (zone, after) = word_and_next(d.chars, k);
                    let follows = |w: &str| rules.zone_followers.contains(&w.to_lowercase());
                    let name = after.starts_with(char::is_uppercase)
                        && !follows(&after)
                        && !follows(&word_and_next(d.chars, k + zone.chars().count() + 1).1);
                    name || after.starts_with(char::is_lowercase)
                        && !follows(&after)
                        && !rules.phrase_openers.contains(&after)
                };
                !capital
                    || zone
                    || names_noun
                    || (rules.calendar.contains(next_word.trim_end_matches('s'))
                        || rules.calendar.contains(&next_word))
                        && !adjective
                    || self.lone_phrase(rules, d.sentence)
            }
            None => false,
        }
    }

    /// `sentence` (so far) is one short adverbial phrase (`At 5 a.m`).
    fn lone_phrase(&self, rules: &Rules, sentence: &str) -> bool {
        let mut words = sentence.split_whitespace();
        words
            .next()
            .is_some_and(|w| rules.phrase_openers.contains(&w.to_lowercase()))
            && words.count() < 4
    }

    /// The word before the period at `i` is an abbreviation or an initial.
    pub(super) fn is_abbreviation_before(
        &self,
        rules: &Rules,
        chars: &[(usize, char)],
        i: usize,
    ) -> bool {
        let written = word_before(chars, i);
        let word = written.to_lowercase();
        // (A state's too, capitalised: `在 Mountain View, Calif. 举行`.)
        let state = written.starts_with(char::is_uppercase) && rules.states.contains(&word);
        (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
            || rules.kind(&word).is_some()
            || state
    }

    pub(super) fn dotted_or_abbreviation(
        &self,
        rules: &Rules,
        chars: &[(usize, char)],
        i: usize,
    ) -> bool {
        // The word runs back to a space or to Chinese (`Dr` in `据Dr.李`).
        let start = chars[..i]
            .iter()
            .rposition(|&(_, d)| d.is_whitespace() || is_cjk(d))
            .map_or(0, |k| k + 1);
        let end = chars[i + 1..]
            .iter()
            .position(|&(_, d)| d.is_whitespace() || is_cjk(d))
            .map_or(chars.len(), |k| i + 1 + k);
        let before: String = chars[start..i].iter().map(|&(_, d)| d).collect();
        let after: String = chars[i + 1..end].iter().map(|&(_, d)| d).collect();
        // The period that ends a listed abbreviation after is its own (`Tuesday.Mr.
        // Smith`); other dots make a name (`Amazon.Com.`).
        let trimmed = after.trim_end_matches(['.', '!', '?']);
        let after = if rules.abbreviations.contains_key(&trimmed.to_lowercase()) {
            trimmed
        } else {
            after.as_str()
        };
        // A sentence opener (its letters: `I'll`) after a dotted name starts a
        // sentence (`Google.com.Then`).
        let opener = after
            .split(['\'', '’'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        // A time closes its sentence before a glued capital that is no day, month
        // or zone (`at 8 p.m.Doors open`; not `5 p.m.Monday.`, `a.m.Tuesdays`).
        let glued_word: String = after
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if rules.kind(&before.to_lowercase()) == Some(Kind::BeforeLowercase)
            && after.starts_with(char::is_uppercase)
            && !rules.calendar.contains(&glued_word)
            && !rules.calendar.contains(glued_word.trim_end_matches('s'))
        {
            return false;
        }
        // A decimal point is no dot of a name (`5.2%.Analysts`); a sentence opener
        // after a dotted name starts a sentence (`Google.com.Then`).
        // A title glued to a name is no dotted name (`Dr.Zhang.Questions`).
        let dotted_before = before
            .char_indices()
            .filter(|&(at, c)| {
                c == '.'
                    && !rules
                        .abbreviations
                        .contains_key(&before[..at].to_lowercase())
            })
            .any(|(at, _)| {
                let digit_before = before[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit());
                let digit_after = before[at + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit());
                !(digit_before && digit_after)
            })
            && !rules.openers.contains(&opener)
            && !glued_after_name(rules, &before, after, chars.get(end..));
        // After an address or a path, a sentence opener or a capitalised word with
        // prose after it starts a sentence (`li.na@fudan.edu.cn.I'll`,
        // `@acme/ui-kit.Install it`).
        let address = before.contains(['@', '/'])
            && !(rules.openers.contains(&opener) || prose_opens(after, chars.get(end..)));
        let initials_next = glued_initials(&before, &chars[i + 1..end]);
        // A company's suffix ends its sentence before a glued opener or clause, as
        // before a spaced one (`by Dell Inc.The deal`, `Foods Corp.Its`, `Unilever
        // plc.Sales have`, `Corp.Analysts expect`, `Inc.Jane Alvarez ran it`).
        // (A street's too, after its name: `moved to Elm St.It is`, `Union Sq.Police
        // said`; not a saint's, `St.Louis`.)
        let k = i + 1;
        let street = rules.kind(&before.to_lowercase()) == Some(Kind::Place)
            && preceding_word_as_written(chars, i, &before).starts_with(char::is_uppercase);
        // (A saint's goes on into a name unless an opener follows: `Port St.Lucie is`.)
        let saint = street && rules.saints.contains(&before.to_lowercase());
        let suffix_ends = (rules.kind(&before.to_lowercase()) == Some(Kind::NameSuffix) || street)
            && after.starts_with(char::is_uppercase)
            && (rules.openers.contains(&opener)
                || !saint && clause_starts_at(rules, chars, k)
                || gerund_subject_at(rules, chars, k)
                || person_subject_at(rules, chars, k)
                || plural_opens_at(rules, chars, k));
        // (So does a unit after its number before a glued sentence: `weighs 2.3
        // lbs.Dimensions are`, `takes 5 mins.Then`.)
        let unit_ends = || {
            let unit = before.to_lowercase();
            (rules.kind(&unit) == Some(Kind::BeforeNumber) || rules.units.contains(&unit))
                && after_number(chars, i, &before)
                && after.starts_with(char::is_uppercase)
                && (rules.openers.contains(&opener) || prose_opens(after, chars.get(end..)))
        };
        dotted_before
            || address
            || (after.contains(['.', '@', '/']) && !initials_next)
            || rules.abbreviations.contains_key(&before.to_lowercase())
                && !suffix_ends
                && !unit_ends()
    }
}
