//! English headlines glued to the body. Text extraction that drops the line break
//! after a title leaves `Earthquakes and tsunamis in Indonesia At least 384 people
//! have been killed.`: one "sentence" to a segmenter that looks only at stops. The
//! join shows as a capitalised closed-class word (`At`, `The`, `Six`) after a word
//! a headline can end with, followed by lowercase prose. Only a join with all of
//! those signs is split: a missed headline costs one boundary, a wrong split two.

use rustc_hash::FxHashSet;

use crate::stages::sectioned_word_list;

/// Fewest words a headline has, and most.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=25;
/// Fewest words of a headline before a body that opens on names: fewer are an
/// adverbial more often (`'At one time Her Ladyship used to`).
const CLAUSE_HEADLINE_WORDS: usize = 4;
/// Fewest words of the body's sentence after the opener.
const BODY_WORDS: usize = 3;
/// Words after the opener within which the body's prose must show a lowercase word.
const LOOKAHEAD: usize = 4;
/// Words of the sentence looked at.
const MAX_WORDS: usize = *HEADLINE_WORDS.end() + 1 + LOOKAHEAD;
/// Bytes scanned for an opener: more than 25 words of most headlines.
const SCAN_BYTES: usize = 400;
/// Longest word lowercased without an allocation (longer than any listed one).
const LOWERCASE_ON_STACK: usize = 24;

/// Bytes of the longest word of a book's part or a page's furniture
/// (`advertisement`) and the space after it.
const CHAPTER_WORD_BYTES: usize = 14;

#[derive(Debug, Default)]
pub(super) struct Headlines {
    openers: FxHashSet<String>,
    label_openers: FxHashSet<String>,
    nonfinal: FxHashSet<String>,
    small: FxHashSet<String>,
    label_nouns: FxHashSet<String>,
    title_nouns: FxHashSet<String>,
    clause_words: FxHashSet<String>,
    /// A book's parts, and the numbers written as words that number them
    /// (`CHAPTER ONE It was`).
    chapters: FxHashSet<String>,
    unnumbered_chapters: FxHashSet<String>,
    /// Words of a page's furniture left in its text (`Advertisement`).
    page_furniture: FxHashSet<String>,
    number_words: FxHashSet<String>,
    /// Articles that open a body between capitalised words (`West Virginia The
    /// President`), and those that open one after any capitalised word
    /// (`California A shark attacked`).
    definite_articles: FxHashSet<String>,
    indefinite_articles: FxHashSet<String>,
    /// Words no article comes before: verbs, adverbs, prepositions (`car A ran`).
    not_after_articles: FxHashSet<String>,
    /// The first two letters of every part of a book, as for the openers.
    chapter_prefixes: OpenerPrefixes,
    /// The first two letters of every opener, for a test cheaper than a lookup.
    prefixes: OpenerPrefixes,
}

/// Two-letter starts as bits: `[first letter]` has bit `second letter` (26 for a
/// word of one letter or one going on with a non-letter, `It's`).
#[derive(Debug, Default)]
struct OpenerPrefixes([u32; 26]);

impl OpenerPrefixes {
    fn index(byte: Option<&u8>) -> Option<usize> {
        match byte {
            Some(b) if b.is_ascii_alphabetic() => Some(usize::from(b.to_ascii_lowercase() - b'a')),
            _ => None,
        }
    }

    fn bit(second: Option<&u8>) -> u32 {
        1 << Self::index(second).unwrap_or(26)
    }

    fn add(&mut self, word: &str) {
        let bytes = word.as_bytes();
        if let Some(first) = Self::index(bytes.first()) {
            self.0[first] |= Self::bit(bytes.get(1));
        }
    }

    /// Whether `bytes` (from an ASCII capital on) may start an opener.
    fn may_start(&self, bytes: &[u8]) -> bool {
        Self::index(bytes.first()).is_some_and(|first| self.0[first] & Self::bit(bytes.get(1)) != 0)
    }
}

impl Headlines {
    /// Reads a data file in the format of data/segment/headlines_en.txt, with the
    /// words a label follows (`group A`).
    pub(super) fn parse(text: &str, label_nouns: FxHashSet<String>) -> Result<Headlines, String> {
        let mut headlines = Headlines {
            label_nouns,
            ..Headlines::default()
        };
        for (section, line) in sectioned_word_list(text, "") {
            let set = match section {
                "openers" => &mut headlines.openers,
                "label openers" => &mut headlines.label_openers,
                "nonfinal" => &mut headlines.nonfinal,
                "small" => &mut headlines.small,
                "title nouns" => &mut headlines.title_nouns,
                "clause words" => &mut headlines.clause_words,
                "chapters" => &mut headlines.chapters,
                "unnumbered chapters" => &mut headlines.unnumbered_chapters,
                "page furniture" => &mut headlines.page_furniture,
                "number words" => &mut headlines.number_words,
                "definite articles" => &mut headlines.definite_articles,
                "indefinite articles" => &mut headlines.indefinite_articles,
                "not after articles" => &mut headlines.not_after_articles,
                _ => {
                    return Err(format!(
                        "`{line}` is outside the sections of a headline data file \
                         ([openers], [label openers], [nonfinal], [small], [title nouns], \
                         [clause words], [chapters], [unnumbered chapters], [number words], \
                         [definite articles], [indefinite articles], [not after articles], \
                         [page furniture])"
                    ));
                }
            };
            set.insert(line.to_lowercase());
        }
        let openers = headlines.openers.iter().chain(&headlines.label_openers);
        for word in openers {
            headlines.prefixes.add(word);
        }
        for word in headlines
            .chapters
            .iter()
            .chain(&headlines.unnumbered_chapters)
            .chain(&headlines.page_furniture)
        {
            headlines.chapter_prefixes.add(word);
        }
        Ok(headlines)
    }

    /// Where the body starts in `sentence` after a chapter's heading that opens it
    /// with no stop: a part of a book, its number (digits, a Roman numeral or a
    /// number word) and a capitalised word (`Chapter 12 The rain had`, `CHAPTER XIV
    /// Mr. Darcy did not call`).
    pub(super) fn chapter_body_start(&self, sentence: &str) -> Option<usize> {
        // (Every sentence comes here: two letters say whether to look, and the first
        // word is found in its first bytes.)
        if !self.chapter_prefixes.may_start(sentence.as_bytes()) {
            return None;
        }
        let part_end = sentence
            .bytes()
            .take(CHAPTER_WORD_BYTES)
            .position(|b| b == b' ')?;
        let part = &sentence[..part_end];
        let mut words = sentence[part_end..].split_whitespace();
        let offset = |body: &str| body.as_ptr().addr() - sentence.as_ptr().addr();
        // A part without a number, or a page's furniture, before a capitalised word
        // (`PROLOGUE The night`, `customers. Advertisement The company`).
        if contains_lowercased(&self.unnumbered_chapters, part)
            || contains_lowercased(&self.page_furniture, part)
        {
            let body = words.next()?;
            return body.starts_with(char::is_uppercase).then(|| offset(body));
        }
        if !contains_lowercased(&self.chapters, part) {
            return None;
        }
        let number = words.next()?;
        let body = words.next()?;
        let roman = number.chars().all(|c| "IVXLC".contains(c));
        let numbered = number.chars().all(|c| c.is_ascii_digit())
            || roman
            || contains_lowercased(&self.number_words, number);
        // (The body may open with dialogue: `Chapter 2 "Are you awake?" she whispered`.)
        let opens = body
            .trim_start_matches(['"', '“', '‘', '\''])
            .starts_with(char::is_uppercase);
        (numbered && opens).then(|| offset(body))
    }

    /// Where the body starts in `sentence` when a headline without a stop opens it.
    pub(super) fn body_start(&self, sentence: &str) -> Option<usize> {
        let ends = sentence
            .trim_end_matches(|c: char| is_closing(c))
            .ends_with(['.', '!', '?', '…']);
        if !ends {
            return None;
        }
        if let Some(at) = capitals_body_start(sentence) {
            return Some(at);
        }
        // This runs on every paragraph: a byte scan for a space before a capital
        // that begins a listed opener (rare inside a sentence) comes first, and only
        // such a sentence is cut into words.
        let bytes = sentence.as_bytes();
        let scanned = &bytes[..bytes.len().min(SCAN_BYTES)];
        let mut candidates = (1..scanned.len())
            .filter(|&at| scanned[at].is_ascii_uppercase() && scanned[at - 1] == b' ')
            .filter(|&at| {
                self.prefixes.may_start(&bytes[at..]) && {
                    let word = sentence[at..]
                        .split(char::is_whitespace)
                        .next()
                        .unwrap_or("");
                    contains_lowercased(&self.openers, word)
                        || contains_lowercased(&self.label_openers, word)
                }
            });
        let first = candidates.next()?;
        let mut words = [(0, ""); MAX_WORDS];
        let mut count = 0;
        for (slot, word) in words.iter_mut().zip(sentence.split_whitespace()) {
            *slot = (word.as_ptr().addr() - sentence.as_ptr().addr(), word);
            count += 1;
        }
        let words = &words[..count];
        let last = count.saturating_sub(BODY_WORDS);
        let allowed = *HEADLINE_WORDS.start()..=(*HEADLINE_WORDS.end()).min(last);
        std::iter::once(first)
            .chain(candidates)
            .filter_map(|at| words.iter().position(|&(start, _)| start == at))
            // (No headline leaves a quotation open: `said "open door A now"`.)
            .find(|&k| {
                allowed.contains(&k)
                    && self.joins_at(words, k)
                    && !quotation_open(&sentence[..words[k].0])
            })
            .map(|k| words[k].0)
    }

    /// Whether the body starts at `words[k]`.
    fn joins_at(&self, words: &[(usize, &str)], k: usize) -> bool {
        let (previous, candidate) = (words[k - 1].1, words[k].1);
        // The opener is a bare word: not `At,`, and not `"If` (a quotation inside
        // the sentence: `saying "If it takes`).
        if !is_capitalised(candidate) || core(candidate) != candidate {
            return false;
        }
        let opener = contains_lowercased(&self.openers, candidate);
        let opens = opener
            || (contains_lowercased(&self.label_openers, candidate)
                && self.not_a_label(&words[..k], candidate, &words[k + 1..]));
        if !opens {
            return false;
        }
        // A headline ends in a word or a number (closing marks aside), not `,` `:`
        // `-` (`said,' If you`), and not in `the` or `of`, nor in a noun that a
        // name follows (`the film The Godfather`).
        let ending = previous.trim_end_matches(is_closing).chars().next_back();
        if !ending.is_some_and(char::is_alphanumeric)
            || contains_lowercased(&self.nonfinal, core(previous))
            || contains_lowercased(&self.title_nouns, core(previous))
        {
            return false;
        }
        if self.prose_follows(&words[k + 1..]) {
            return true;
        }
        // A verb's past or a verb of saying takes a title as its object (`Mr
        // Goldsmith told The Sunday Telegraph`), so names after it are no body.
        let after_verb = core(previous).ends_with("ed")
            || contains_lowercased(&self.clause_words, core(previous));
        // Between capitalised words a preposition is a title's (`Machine Learning
        // With Python is`); an article opens a body (`West Virginia The President`).
        let in_title = is_capitalised(previous)
            && words
                .get(k + 1)
                .is_some_and(|&(_, next)| is_capitalised(next))
            && !contains_lowercased(&self.definite_articles, candidate);
        opener
            && !after_verb
            && !in_title
            && k >= CLAUSE_HEADLINE_WORDS
            && !self.title_case(&words[..k])
            && self.clause_follows(&words[k + 1..])
    }

    /// A label opener (`A`, `Six`) after `headline` opens a body rather than naming
    /// something (`vitamin A deficiency`, `Chapter One is`): it does not follow a
    /// noun that labels take, and it follows a lowercase word or a number; or, with
    /// a content word in lowercase after it, a Title Case headline (`Mauls Chinese
    /// Farmer to Death A farmer was`) or, for `A`, any other.
    fn not_a_label(
        &self,
        headline: &[(usize, &str)],
        opener: &str,
        after: &[(usize, &str)],
    ) -> bool {
        let next = after.first();
        let Some(&(_, previous)) = headline.last() else {
            return false;
        };
        if contains_lowercased(&self.label_nouns, core(previous)) {
            return false;
        }
        // An article comes before a noun, never right before a verb or a
        // preposition: such an `A` is a label (`said door A was locked`, `tab A into
        // slot B`).
        let next_word = next.map_or("", |&(_, token)| core(token));
        if contains_lowercased(&self.indefinite_articles, opener)
            && (contains_lowercased(&self.small, next_word)
                || contains_lowercased(&self.clause_words, next_word)
                || contains_lowercased(&self.not_after_articles, next_word))
        {
            return false;
        }
        let after_lowercase = previous
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        // (Or a number's modifier: `Frozen Pond A 54-year-old man was`.)
        let content_next = next.is_some_and(|&(_, token)| {
            let word = core(token);
            word.chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() && word.contains('-'))
                && !contains_lowercased(&self.nonfinal, word)
                && !contains_lowercased(&self.small, word)
        });
        // After a capitalised word, only an indefinite article opens a sentence-case body
        // (`dive in California A shark attacked`); a number word or `Police` there
        // is part of a name (`BBC One`, `State Police`), as after a short Title Case
        // one (`The U.S. Capitol Police said`).
        let title_case = headline.len() >= CLAUSE_HEADLINE_WORDS && self.title_case(headline);
        // (An article opens a body with a verb after its noun: `A shark attacked`;
        // not `for Serie A club Genoa`.)
        let article = contains_lowercased(&self.indefinite_articles, opener)
            && after.get(1..).is_some_and(|rest| self.verb_within(rest));
        after_lowercase || (content_next && (article || title_case))
    }

    /// Nearly every word that Title Case capitalises is capitalised.
    fn title_case(&self, headline: &[(usize, &str)]) -> bool {
        let words: Vec<&str> = headline
            .iter()
            .map(|&(_, token)| core(token))
            .filter(|word| !word.is_empty() && !self.small.contains(*word))
            .collect();
        let capitalised = words
            .iter()
            .filter(|word| word.chars().next().is_some_and(|c| !c.is_lowercase()))
            .count();
        words.len() >= 3 && capitalised * 5 >= words.len() * 4
    }

    /// After a headline in sentence case, a body may open on names (`The Health
    /// Secretary has written`, `With the Nationals eliminated`): past them, its
    /// first lowercase word shows a clause, a verb or an adverb, where a title in
    /// running text goes on with anything (`reads The Economist over coffee`).
    fn clause_follows(&self, words: &[(usize, &str)]) -> bool {
        for &(_, token) in words.iter().take(LOOKAHEAD) {
            let word = core(token);
            let Some(first) = word.chars().next() else {
                continue;
            };
            if !first.is_lowercase() {
                continue;
            }
            if self.small.contains(word) {
                continue;
            }
            return self.verbal(word);
        }
        false
    }

    /// `word` (lowercase) reads as a clause's: a clause word, or a word ending in
    /// `-ed`, `-ly` or `-s`.
    fn verbal(&self, word: &str) -> bool {
        contains_lowercased(&self.clause_words, word)
            || word.ends_with("ed")
            || word.ends_with("ly")
            || (word.ends_with('s') && !word.ends_with("ss"))
    }

    /// A lowercase word among the first of `words`, not a small one, reads as a
    /// clause's (`verbal`).
    fn verb_within(&self, words: &[(usize, &str)]) -> bool {
        words.iter().take(LOOKAHEAD).any(|&(_, token)| {
            let word = core(token);
            word.starts_with(char::is_lowercase) && !self.small.contains(word) && self.verbal(word)
        })
    }

    /// The words after an opener go on in lowercase, as a body does and a Title Case
    /// headline does not: the first that is not a small word, a number or an
    /// acronym starts with a lowercase letter.
    fn prose_follows(&self, words: &[(usize, &str)]) -> bool {
        for &(_, token) in words.iter().take(LOOKAHEAD) {
            let word = core(token);
            let Some(first) = word.chars().next() else {
                continue;
            };
            let acronym = word.chars().filter(|c| c.is_uppercase()).count() > 1
                && !word.chars().any(char::is_lowercase);
            // Only a lowercase small word is skipped: a capitalised one (`As the
            // City`) is Title Case going on.
            if self.small.contains(word) || !first.is_alphabetic() || acronym {
                continue;
            }
            return first.is_lowercase();
        }
        false
    }
}

/// Where the body starts after a headline in capitals (`SCHOOL BOARD DELAYS VOTE
/// Parents packed the hall`): a few words in capitals, a verb in `-S` among them
/// after the first (a legal lead-in has none: `IN WITNESS WHEREOF Landlord`), then a
/// capitalised word and a lowercase one, as a sentence opens.
fn capitals_body_start(sentence: &str) -> Option<usize> {
    // (Most paragraphs open in lowercase after their first letter: read no further.)
    let second = sentence.chars().nth(1)?;
    if !sentence.starts_with(|c: char| c.is_uppercase()) || second.is_lowercase() {
        return None;
    }
    let mut words = sentence
        .split_whitespace()
        .map(|word| (word.as_ptr().addr() - sentence.as_ptr().addr(), word));
    let shouted =
        |word: &str| word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase);
    // (A headline's verb in the present: `DELAYS`, `REOPENS`; not `WITNESS`, nor an
    // acronym, `NPDES`.)
    let verb_in_s = |word: &str| {
        let vowels = word.chars().filter(|c| "AEIOUY".contains(*c)).count();
        word.len() >= CAPITALS_WORD_LETTERS
            && word.ends_with('S')
            && !word.ends_with("SS")
            && vowels >= 2
    };
    let (mut capitals, mut verb, mut last) = (0, false, "");
    let (at, opener) = loop {
        let (at, word) = words.next()?;
        if !shouted(word) {
            break (at, word);
        }
        capitals += 1;
        verb |= capitals > 1 && verb_in_s(word);
        last = word;
    };
    // (A headline ends in a word, not an article or a label's colon: `FILE PHOTO: A
    // Huawei logo is seen`.)
    let ends_headline = last.chars().nth(1).is_some() && last.ends_with(char::is_alphanumeric);
    let capitalised = opener.chars().count() >= 2
        && opener.starts_with(char::is_uppercase)
        && opener.chars().skip(1).all(char::is_lowercase);
    // (The body holds `BODY_WORDS` at least: the opener, its lowercase word and the
    // rest, of which the last needed is `nth(BODY_WORDS - 3)`.)
    let prose = words
        .next()
        .is_some_and(|(_, word)| word.starts_with(char::is_lowercase))
        && words.nth(BODY_WORDS - 3).is_some();
    (capitals >= CAPITALS_HEADLINE_WORDS && verb && ends_headline && capitalised && prose)
        .then_some(at)
}

/// Fewest words of a headline in capitals, and letters of its verb at least.
const CAPITALS_HEADLINE_WORDS: usize = 3;
const CAPITALS_WORD_LETTERS: usize = 4;

/// `text` opens a double quotation it does not close.
fn quotation_open(text: &str) -> bool {
    let count = |mark: char| text.matches(mark).count();
    count('"') % 2 == 1 || count('“') > count('”')
}

/// Whether `set` (of lowercase words) holds `word` lowercased; ASCII words are
/// lowercased on the stack.
fn contains_lowercased(set: &FxHashSet<String>, word: &str) -> bool {
    let mut buffer = [0u8; LOWERCASE_ON_STACK];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(|w| set.contains(w))
        }
        _ => set.contains(&word.to_lowercase()),
    }
}

/// A token without the punctuation around it (`'see'` → `see`, `U.S.` → `U.S`).
fn core(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The first letter uppercase and, in a word of more than one letter, some other
/// letter lowercase: `The`, `It's`, `McDonald`, `A`; not `AT`.
fn is_capitalised(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase)
        && (word.chars().count() == 1 || letters.any(char::is_lowercase))
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::segment::{ENGLISH, HEADLINES_EN, Rules};

    fn split(text: &str) -> Option<(&str, &str)> {
        let rules = Rules::parse(ENGLISH).unwrap();
        let headlines = Headlines::parse(HEADLINES_EN, rules.label_nouns).unwrap();
        headlines
            .body_start(text)
            .map(|at| (text[..at].trim_end(), &text[at..]))
    }

    #[test]
    fn a_headline_glued_to_its_body_comes_apart() {
        assert_eq!(
            split("Earthquakes and tsunamis in Indonesia At least 384 people have died."),
            Some((
                "Earthquakes and tsunamis in Indonesia",
                "At least 384 people have died."
            ))
        );
        assert_eq!(
            split(
                "Kavanaugh Investigation Could Change Their Minds The FBI investigation is under way."
            ),
            Some((
                "Kavanaugh Investigation Could Change Their Minds",
                "The FBI investigation is under way."
            ))
        );
        assert_eq!(
            split("Catalans mark independence vote anniversary Six people were arrested."),
            Some((
                "Catalans mark independence vote anniversary",
                "Six people were arrested."
            ))
        );
        assert_eq!(
            split("Killer Pig Mauls Chinese Farmer to Death A farmer was killed by a pig."),
            Some((
                "Killer Pig Mauls Chinese Farmer to Death",
                "A farmer was killed by a pig."
            ))
        );
    }

    #[test]
    fn a_sentence_case_headline_may_be_followed_by_names_or_an_article() {
        assert_eq!(
            split("Trump rallies in West Virginia The President obliquely referred to it."),
            Some((
                "Trump rallies in West Virginia",
                "The President obliquely referred to it."
            ))
        );
        assert_eq!(
            split(
                "Pitcher wants to play spoiler vs. Rockies With the Nationals eliminated, he rests."
            ),
            Some((
                "Pitcher wants to play spoiler vs. Rockies",
                "With the Nationals eliminated, he rests."
            ))
        );
        assert_eq!(
            split("Shark bites boy on lobster dive in California A shark attacked a boy."),
            Some((
                "Shark bites boy on lobster dive in California",
                "A shark attacked a boy."
            ))
        );
    }

    #[test]
    fn a_body_may_open_on_a_preposition_or_an_approximation() {
        assert_eq!(
            split("Government unveils new climate targets Under the plan, emissions fall."),
            Some((
                "Government unveils new climate targets",
                "Under the plan, emissions fall."
            ))
        );
        assert_eq!(
            split("Hospital Waiting Lists Hit Record High Nearly 7.6 million people wait."),
            Some((
                "Hospital Waiting Lists Hit Record High",
                "Nearly 7.6 million people wait."
            ))
        );
    }

    #[test]
    fn labels_and_titles_in_running_text_stay_whole() {
        for sentence in [
            "People with vitamin A deficiency are at risk.",
            "Each of the players on team A scored twice.",
            "Every morning she reads The Economist over coffee.",
            "Mr Goldsmith told The Sunday Telegraph that it was wrong.",
            "Her new novel The Quiet Hours comes out in May.",
            "They credit the Louisiana State Police fugitive task force.",
            "Millions of viewers on BBC One watched the final.",
            "The merge base between A and B was the bottom of the range.",
            "Mice in cohort A gained less weight than the controls.",
            "The online course Introduction To Machine Learning With Python is free.",
        ] {
            assert_eq!(split(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn ordinary_sentences_and_title_case_stay_whole() {
        for sentence in [
            "He said The Times was wrong about it.",
            "The plan they chose was Plan A and it worked.",
            "Churches Fall Silent As the City Changes Its Ways Forever.",
            "Reports from the Foreign Office say that talks went well.",
            "She moved to the US in 2010 and it was a good year.",
            "Trump says he will sign the bill.",
            "No headline here, At least not one with a comma.",
            "A source close to Jones said last night \"We would not comment.\"",
            "People with the blood group Type A are more at risk.",
            "The crew of the Apollo Eleven was welcomed home.",
            "Palin faces three Class A misdemeanours, which carry fines.",
            "After a long wait one of them said,' If you stand there, they will come.'",
        ] {
            assert_eq!(split(sentence), None, "{sentence}");
        }
    }
}
