//! `segment`: sentences of Chinese, English and mixed paragraphs, as byte spans that
//! cover the paragraph in order with only whitespace between them (lossless).
//!
//! Chinese: a sentence ends after `。！？` (and `!?` beside Chinese), or an ellipsis
//! (`……`) before a new sentence, with the closing quotes and brackets that follow it
//! (`。”`, `！」`, `？）`); inside a quotation that goes on, it does not. `；` ends
//! one only with `semicolon_ends_sentence`. English and other alphabets: `.!?` and
//! ellipses end a sentence before whitespace and what opens one (a capital, a quote,
//! `¿`, a digit), unless the period closes an abbreviation (data/segment/
//! abbreviations_<language>.txt, English where the language has none) or an initial;
//! after the abbreviations that can also end a sentence (`Co.`, `U.S.`), a pronoun
//! or another sentence opener decides. A quotation's attribution (`!" Hammel
//! added.`, `。”他说。`) stays with it. Numbered and lettered list items are
//! sentences of their own. Glued sentences that scraping leaves (`jump.Since`) are
//! split where the period sits between a lowercase word and a capitalised one,
//! outside dotted names (`Node.js`, `ASP.NET`, `Mr.Smith`). A heading glued to the
//! body that opens a paragraph (`一、总体要求 坚持…`, an English headline:
//! headline.rs) is a sentence of its own.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::Deserialize;

use super::convert::opencc;
use super::{Stage, StageSpec, data_file, option_names, parse_options, sectioned_word_list};
use crate::document::Document;
use crate::text::is_cjk;
use headline::Headlines;

mod headline;

const NAME: &str = "segment";
const ENGLISH: &str = include_str!("../../../data/segment/abbreviations_en.txt");
/// The other languages' abbreviations and sentence openers, by ISO 639-1 code.
const LANGUAGES: &[(&str, &str)] = &[
    (
        "ar",
        include_str!("../../../data/segment/abbreviations_ar.txt"),
    ),
    (
        "bg",
        include_str!("../../../data/segment/abbreviations_bg.txt"),
    ),
    (
        "cs",
        include_str!("../../../data/segment/abbreviations_cs.txt"),
    ),
    (
        "da",
        include_str!("../../../data/segment/abbreviations_da.txt"),
    ),
    (
        "de",
        include_str!("../../../data/segment/abbreviations_de.txt"),
    ),
    (
        "el",
        include_str!("../../../data/segment/abbreviations_el.txt"),
    ),
    (
        "es",
        include_str!("../../../data/segment/abbreviations_es.txt"),
    ),
    (
        "fr",
        include_str!("../../../data/segment/abbreviations_fr.txt"),
    ),
    (
        "it",
        include_str!("../../../data/segment/abbreviations_it.txt"),
    ),
    (
        "kk",
        include_str!("../../../data/segment/abbreviations_kk.txt"),
    ),
    (
        "nl",
        include_str!("../../../data/segment/abbreviations_nl.txt"),
    ),
    (
        "pl",
        include_str!("../../../data/segment/abbreviations_pl.txt"),
    ),
    (
        "ru",
        include_str!("../../../data/segment/abbreviations_ru.txt"),
    ),
    (
        "sk",
        include_str!("../../../data/segment/abbreviations_sk.txt"),
    ),
];

const REPORTING_VERBS: &str = include_str!("../../../data/segment/reporting_verbs.txt");
const CONTINUATIONS_ZH: &str = include_str!("../../../data/segment/continuations_zh.txt");
const HEADLINES_EN: &str = include_str!("../../../data/segment/headlines_en.txt");

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "split paragraphs into sentences (Chinese, English, mixed); adds `sentences` to the output",
    options: option_names::<SegmentOptions>,
    build,
};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SegmentOptions {
    /// `；` ends a sentence.
    pub semicolon_ends_sentence: bool,
    /// A file replacing data/segment/abbreviations_en.txt (same format).
    pub abbreviations_file: Option<PathBuf>,
    /// Leave an English headline glued to its body (`… in Indonesia At least 384
    /// people …`) in one sentence.
    pub keep_glued_headlines: bool,
    /// A file replacing data/segment/headlines_en.txt (same format).
    pub headlines_file: Option<PathBuf>,
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: SegmentOptions = parse_options(table)?;
    Ok(Box::new(Segment {
        segmenter: Segmenter::new(&options)?,
    }))
}

pub struct Segment {
    segmenter: Segmenter,
}

impl Stage for Segment {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        doc.sentences = doc
            .paragraphs
            .iter()
            .map(|p| self.segmenter.split_in(&p.text, p.lang.or(doc.lang)))
            .collect();
    }
}

/// What the period after an abbreviation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// It may end a sentence too: it does when a sentence opener follows.
    Ordinary,
    /// Ends a name or a list (`Ltd.`, `etc.`): as `Ordinary`, and a clause's
    /// start (`Work is`) opens a sentence after it too.
    NameSuffix,
    /// Before a name or a number (`Mr.`, `Srta.`), or inside a sentence (`e.g.`).
    NeverEnds,
    /// Before a place's name, or at its end (`St. Louis`, `Baker St.`).
    Place,
    /// Before a number only (`No. 5`).
    BeforeNumber,
    /// Before a lowercase word, a number or a calendar word (`3 p.m. Monday`).
    BeforeLowercase,
}

/// One language's abbreviations and the words that decide after them.
#[derive(Debug, Default)]
struct Rules {
    abbreviations: HashMap<String, Kind>,
    openers: HashSet<String>,
    phrase_openers: HashSet<String>,
    /// Words no place's name starts with: after `St.` they open a sentence
    /// (`Baker St. It is`).
    pronouns: HashSet<String>,
    /// Verbs that show a clause after a name's suffix (`Co. Ltd. Work is`).
    clause_verbs: HashSet<String>,
    /// Words that forum text opens sentences with in lowercase (`thx everyone`).
    casual_openers: HashSet<String>,
    /// Words a label follows (`Lane B`, `group A`).
    label_nouns: HashSet<String>,
    /// Plurals that go on a name after an abbreviation (`the U.S. Marines`).
    name_plurals: HashSet<String>,
    /// Words that open a sentence after an abbreviation before a lowercase word
    /// (`the U.N. Several nations`), not a name (`the F.B.I. Most Wanted list`).
    openers_before_lowercase: HashSet<String>,
    /// Capitals that are units after degrees (`45° N.`, `37° C.`); the default
    /// (English) list serves every language.
    after_degrees: HashSet<String>,
    /// Days, months and time zones, which follow a time inside its sentence.
    calendar: HashSet<String>,
    /// The last parts of dotted names (`js`, `com`): a sentence may follow them
    /// glued (`D3.js.Performance is good`).
    name_endings: HashSet<String>,
    /// A number's period makes it an ordinal (`12. Juni`, `XII. Pluku`).
    ordinal_dots: bool,
    /// A sentence may open in lowercase (`κανένας. το κόστος`, `кім? не?`).
    lowercase_opens: bool,
    /// The Arabic comma `،` ends a sentence.
    comma_ends: bool,
}

impl Rules {
    /// Reads a data file in the format of data/segment/abbreviations_en.txt.
    fn parse(text: &str) -> Result<Rules, String> {
        let mut rules = Rules::default();
        for (section, line) in sectioned_word_list(text, "abbreviations") {
            let word = line.to_lowercase();
            let kind = match section {
                "abbreviations" => Kind::Ordinary,
                "name suffixes" => Kind::NameSuffix,
                "never end" => Kind::NeverEnds,
                "places" => Kind::Place,
                "before numbers" => Kind::BeforeNumber,
                "before lowercase" => Kind::BeforeLowercase,
                "options" if word == "ordinal_dots" => {
                    rules.ordinal_dots = true;
                    continue;
                }
                "options" if word == "lowercase_opens" => {
                    rules.lowercase_opens = true;
                    continue;
                }
                "options" if word == "comma_ends" => {
                    rules.comma_ends = true;
                    continue;
                }
                "options" => return Err(format!("unknown segment option `{line}`")),
                // The sections of words that decide, rather than abbreviations.
                _ => {
                    let words = match section {
                        "calendar" => &mut rules.calendar,
                        "openers" => &mut rules.openers,
                        "phrase openers" => &mut rules.phrase_openers,
                        "pronouns" => &mut rules.pronouns,
                        "clause verbs" => &mut rules.clause_verbs,
                        "name endings" => &mut rules.name_endings,
                        "casual openers" => &mut rules.casual_openers,
                        "label nouns" => &mut rules.label_nouns,
                        "name plurals" => &mut rules.name_plurals,
                        "openers before lowercase" => &mut rules.openers_before_lowercase,
                        "after degrees" => &mut rules.after_degrees,
                        _ => {
                            return Err(format!(
                                "unknown section [{section}] in a segment data file"
                            ));
                        }
                    };
                    words.insert(word);
                    continue;
                }
            };
            rules.abbreviations.insert(word, kind);
        }
        Ok(rules)
    }

    /// Takes `other`'s words that have no Latin letter: Cyrillic or Greek
    /// abbreviations cannot be mistaken for a word of a Latin-script language, so
    /// they hold whatever the paragraph's language.
    fn adopt_other_scripts(&mut self, other: &Rules) {
        let foreign = |w: &str| !w.chars().any(is_latin);
        for (word, &kind) in other.abbreviations.iter().filter(|(w, _)| foreign(w)) {
            self.abbreviations.entry(word.clone()).or_insert(kind);
        }
        let openers = other.openers.iter().filter(|w| foreign(w));
        self.openers.extend(openers.cloned());
    }

    /// The kind of abbreviation `word` (lowercased) is: listed, listed after an
    /// elision (`l'avv`), or letters with periods between them (`u.s`, `т.б`).
    fn kind(&self, word: &str) -> Option<Kind> {
        let bare = word.rsplit(['\'', '’']).next().unwrap_or(word);
        self.abbreviations
            .get(word)
            .or_else(|| self.abbreviations.get(bare))
            .copied()
            .or_else(|| {
                // Dotted initials (`u.s`), not a decimal (`6.4`).
                let letters = word.contains('.')
                    && word.split('.').all(|part| {
                        let mut chars = part.chars();
                        chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
                    });
                letters.then_some(Kind::Ordinary)
            })
    }
}

/// Latin letters (ASCII and the Latin-1, Extended-A/B and Additional blocks).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (c.is_alphabetic() && matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}'))
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}')
}

fn is_armenian(c: char) -> bool {
    matches!(c, '\u{531}'..='\u{58F}')
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{6FF}') && c.is_alphabetic()
}

/// Whitespace, then an Arabic letter.
fn arabic_follows(rest: &str) -> bool {
    let next = rest.trim_start();
    next.len() < rest.len() && next.chars().next().is_some_and(is_arabic)
}

/// Reporting verbs, for telling a quotation's attribution.
#[derive(Debug, Default)]
struct ReportingVerbs {
    /// Latin-script verbs: the word after the speaker.
    words: HashSet<String>,
    /// Chinese ones: how the clause ends.
    endings: Vec<String>,
    /// Words that end in a Chinese verb but report nothing (`知道`, `街道`).
    nonverbs: Vec<String>,
    /// What may follow a Chinese verb at the clause's end (`了一次`), longest first.
    complements: Vec<String>,
    /// The complements that show the speaker's action going on (`着`, `了一句`).
    ongoing: Vec<String>,
    /// Chinese verbs of statement, whose clause introduces what follows a comma
    /// (`”穆阿利姆表示，叙利亚…`); after any other the speaker's action goes on
    /// (`”她头也不抬地问，手里的针线一刻没停`).
    statements: Vec<String>,
    /// English words before a verb that make its clause narrate rather than
    /// attribute (`"I disagree." That was all he said.`, `Nobody answered`).
    narration: HashSet<String>,
    /// English words that open what may follow an attribution's verb: where or how
    /// it was said (`called from the kitchen`, `asked again`).
    after_verbs: HashSet<String>,
    /// Chinese words that open the speaker's next action after an attribution and a
    /// comma (`她说，随后低下了头`).
    actions: Vec<String>,
}

impl ReportingVerbs {
    fn parse(text: &str) -> Result<ReportingVerbs, String> {
        let mut verbs = ReportingVerbs::default();
        for (section, entry) in sectioned_word_list(text, "verbs") {
            match section {
                "verbs" if entry.starts_with('!') => {
                    verbs.nonverbs.push(entry[1..].to_string());
                }
                "verbs" if entry.chars().any(crate::text::is_han) => {
                    verbs.endings.push(entry.to_string());
                }
                "verbs" => {
                    verbs.words.insert(entry.to_lowercase());
                }
                "complements" => verbs.complements.push(entry.to_string()),
                "ongoing" => verbs.ongoing.push(entry.to_string()),
                "statements" => verbs.statements.push(entry.to_string()),
                "narration" => {
                    verbs.narration.insert(entry.to_lowercase());
                }
                "after verbs" => {
                    verbs.after_verbs.insert(entry.to_lowercase());
                }
                "actions" => verbs.actions.push(entry.to_string()),
                _ => {
                    return Err(format!(
                        "unknown section [{section}] in reporting_verbs.txt"
                    ));
                }
            }
        }
        verbs
            .complements
            .sort_by_key(|c| std::cmp::Reverse(c.chars().count()));
        Ok(verbs)
    }

    /// `clause` attributes a quotation (see `attribute`) with an aspect or a count
    /// after its verb (`他说着`, `小王说了一句`): the speaker's action goes on.
    fn acting(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        self.ongoing.iter().any(|c| clause.ends_with(c.as_str())) && self.attribute(&clause)
    }

    /// The speaker's next action opens `rest` (after an attribution's comma).
    fn action_at(&self, rest: &[(usize, char)]) -> bool {
        let start: String = rest
            .iter()
            .skip_while(|&&(_, e)| e.is_whitespace())
            .take(ACTION_WORD_HAN)
            .map(|&(_, e)| e)
            .collect();
        let start = simplified(&start);
        self.actions.iter().any(|a| start.starts_with(a.as_str()))
    }

    /// `clause` attributes a quotation in Chinese with a verb of speech, not of
    /// statement: what follows a comma after it is the speaker's action.
    fn narrating(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        clause.chars().all(crate::text::is_han)
            && self.attribute(&clause)
            && !self.statements.iter().any(|s| clause.ends_with(s.as_str()))
    }

    /// `clause` (what follows a closed quotation, up to the next stop) attributes it:
    /// a few words ending in a reporting verb (`Hammel added`, `这位投资银行家补充道`),
    /// in English maybe with an adverb or a phrase after it.
    fn attribute(&self, clause: &str) -> bool {
        if clause.chars().any(crate::text::is_han) {
            let clause = simplified(clause);
            let verb_end = self
                .complements
                .iter()
                .find_map(|c| clause.strip_suffix(c.as_str()))
                .unwrap_or(&clause);
            // The longest listed ending decides: `知道` reports nothing though it
            // ends in `道`, while `我回答` reports words though `回答` alone does not.
            let longest = |words: &[String]| {
                words
                    .iter()
                    .filter(|w| verb_end.ends_with(w.as_str()))
                    .map(|w| w.len())
                    .max()
                    .unwrap_or(0)
            };
            return clause.chars().count() <= ATTRIBUTION_HAN
                && longest(&self.endings) > longest(&self.nonverbs);
        }
        // The speaker, then the verb, then maybe an adverb (`Tom said quietly`) or
        // where or how it was said (`Mom called from the kitchen`).
        let words: Vec<&str> = clause.split_whitespace().collect();
        let Some(at) = words
            .iter()
            .take(ATTRIBUTION_WORDS)
            .position(|w| self.words.contains(&w.to_lowercase()))
        else {
            return false;
        };
        let (speaker, after) = (&words[..at], &words[at + 1..]);
        let manner = match after {
            [] => true,
            [adverb] => adverb.ends_with("ly") || self.after_verbs.contains(&adverb.to_lowercase()),
            [first, ..] => {
                self.after_verbs.contains(&first.to_lowercase())
                    && words.len() <= ATTRIBUTION_PHRASE_WORDS
            }
        };
        manner
            && !speaker
                .iter()
                .any(|w| self.narration.contains(&w.to_lowercase()))
    }
}

/// Chinese words that go on with a sentence after a closed quotation, the words
/// starting with one of them that open sentences all the same, and the words whose
/// object a quotation after them is.
#[derive(Debug, Default)]
struct Continuations {
    words: Vec<String>,
    /// Words that go on after a statement only: after a question they answer it
    /// (`“谁赢了？”是中国队。`).
    after_statements: Vec<String>,
    /// Words that go on after a quoted phrase, not after reported speech that a
    /// colon introduced (`“内卷”这个词`; `那句话：“做人要踏实。”这句话伴随了他`).
    after_phrases: Vec<String>,
    /// Words that carry a sentence past a Chinese ellipsis (`他想了想……还是没说`).
    after_pauses: Vec<String>,
    exceptions: Vec<String>,
    objects: Vec<String>,
    /// Words ending in an object word that take no object (`所以`, `可以`).
    object_exceptions: Vec<String>,
    /// Characters of the longest entry: as far as a lookup reads.
    longest: usize,
}

impl Continuations {
    /// Reads data/segment/continuations_zh.txt (`!` marks an exception).
    fn parse(text: &str) -> Result<Continuations, String> {
        let mut continuations = Continuations::default();
        for (section, entry) in sectioned_word_list(text, "after") {
            let (list, word) = match (section, entry.strip_prefix('!')) {
                ("after" | "after statements", Some(exception)) => {
                    (&mut continuations.exceptions, exception)
                }
                ("after", None) => (&mut continuations.words, entry),
                ("after statements", None) => (&mut continuations.after_statements, entry),
                ("after phrases", None) => (&mut continuations.after_phrases, entry),
                ("after pauses", None) => (&mut continuations.after_pauses, entry),
                ("before", Some(exception)) => (&mut continuations.object_exceptions, exception),
                ("before", None) => (&mut continuations.objects, entry),
                _ => {
                    return Err(format!(
                        "unknown section [{section}] in continuations_zh.txt"
                    ));
                }
            };
            list.push(word.to_string());
            continuations.longest = continuations.longest.max(word.chars().count());
        }
        Ok(continuations)
    }

    /// `chars` (what follows a closed quotation, a question if `question`, one a
    /// colon introduced if `introduced`) start with a listed word.
    fn follow(&self, chars: &[(usize, char)], question: bool, introduced: bool) -> bool {
        let ahead: String = chars.iter().take(self.longest).map(|&(_, e)| e).collect();
        let ahead = simplified(&ahead);
        let starts = |words: &[String]| words.iter().any(|w| ahead.starts_with(w.as_str()));
        (starts(&self.words)
            || (!question && starts(&self.after_statements))
            || (!introduced && starts(&self.after_phrases)))
            && !starts(&self.exceptions)
    }

    /// `rest` (after a Chinese ellipsis) opens with a word that carries the
    /// sentence on.
    fn after_pause(&self, rest: &[(usize, char)]) -> bool {
        let ahead: String = rest.iter().take(self.longest).map(|&(_, e)| e).collect();
        let ahead = simplified(&ahead);
        self.after_pauses.iter().any(|w| {
            ahead
                .strip_prefix(w.as_str())
                .is_some_and(|after| !after.starts_with(['，', ',']))
        }) && !self
            .exceptions
            .iter()
            .any(|w| ahead.starts_with(w.as_str()))
    }

    /// `before` (the text up to an opening quotation) ends with a word whose object
    /// the quotation is (`他总把`).
    fn object_before(&self, before: &str) -> bool {
        let tail = before.trim_end();
        let from = tail
            .char_indices()
            .rev()
            .nth(self.longest.saturating_sub(1))
            .map_or(0, |(at, _)| at);
        let tail = simplified(&tail[from..]);
        let ends = |words: &[String]| words.iter().any(|w| tail.ends_with(w.as_str()));
        ends(&self.objects) && !ends(&self.object_exceptions)
    }
}

/// Chinese text in Simplified characters, so that one word list serves both
/// scripts (`說` is read as `说`, `並` as `并`).
fn simplified(text: &str) -> Cow<'_, str> {
    // Only Han text loads the converter; most Chinese is Simplified already.
    if !text.chars().any(crate::text::is_han) {
        return Cow::Borrowed(text);
    }
    match opencc::shared("t2s") {
        Ok(converter) if converter.may_change(text) => Cow::Owned(converter.convert(text)),
        _ => Cow::Borrowed(text),
    }
}

/// Most words of an Arabic heading that a colon ends.
const ARABIC_HEADING_WORDS: usize = 12;

/// Fewest Han characters before a Chinese ellipsis that ends a sentence: fewer
/// make a pause.
const PAUSE_HAN: usize = 4;

/// The longest attribution: words in alphabetic text, characters in Chinese.
const ATTRIBUTION_WORDS: usize = 5;
/// Han characters of the longest word of `[actions]` in the verbs file.
const ACTION_WORD_HAN: usize = 4;
/// The longest English attribution with a phrase after its verb (`Ben whined from
/// the back seat of the car`).
const ATTRIBUTION_PHRASE_WORDS: usize = 10;
const ATTRIBUTION_HAN: usize = 24;
/// Most Han characters of a speaker's action between two parts of a quotation.
const ACTION_HAN: usize = 12;
/// Fewest words of an English sentence whose last abbreviation ends it before
/// Chinese (`The flight lands at 5 p.m. 我们`).
const ENGLISH_SENTENCE_WORDS: usize = 3;

/// The word (letters of alphabetic scripts, digits, inner periods, `°`, apostrophes)
/// just before position `i`, as written: `Dr` in `采访了Dr.`, `U.S` in `the U.S.`.
fn word_before(chars: &[(usize, char)], i: usize) -> String {
    let start = chars[..i]
        .iter()
        .rposition(|&(_, d)| {
            !((d.is_alphanumeric() && !is_cjk(d)) || matches!(d, '.' | '°' | '\'' | '’'))
        })
        .map_or(0, |k| k + 1);
    chars[start..i].iter().map(|&(_, d)| d).collect()
}

/// The word (lowercased) before `written`, which ends at `chars[i]`: `lane` for
/// `B` in `use Lane B.`.
fn preceding_word(chars: &[(usize, char)], i: usize, written: &str) -> String {
    preceding_word_as_written(chars, i, written).to_lowercase()
}

/// The word before `written` (which ends at `chars[i]`) as it is written.
fn preceding_word_as_written(chars: &[(usize, char)], i: usize, written: &str) -> String {
    let start = i.saturating_sub(written.chars().count());
    let end = chars[..start]
        .iter()
        .rposition(|&(_, d)| !d.is_whitespace())
        .map_or(0, |k| k + 1);
    word_before(chars, end)
}

/// The period at `chars[i]` follows a plain lowercase word (two letters or more, no
/// abbreviation) and a lowercase pronoun of `rules` starts at `chars[k]` (`it out.
/// you have`; not `approx. it`, `a.m. it`, nor `viz. is`).
fn plain_word_opener(rules: &Rules, chars: &[(usize, char)], i: usize, k: usize) -> bool {
    plain_word_before(rules, chars, i) && casual_opener_at(rules, chars, k, true)
}

/// The period at `chars[i]` follows a plain lowercase word: two letters or more, no
/// abbreviation.
fn plain_word_before(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let word = word_before(chars, i);
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_lowercase()) && rules.kind(&word).is_none()
}

/// A lowercase word that forum text opens sentences with starts at `chars[k]`: a
/// pronoun (`you have`), a casual opener (`thx`), or a negation's contraction
/// (`didn't work`); not a word of code (`anyway_flag`). Where a bare pronoun may
/// start an attribution instead (after one `?`: `Why? she asked`), only a
/// contracted one counts (`r/learnpython? they're`).
fn casual_opener_at(
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
    let negation = next.ends_with('n') && matches!(rest, [(_, '\'' | '’'), (_, 't'), ..]);
    let whole_word = rest
        .first()
        .is_none_or(|&(_, e)| e.is_whitespace() || matches!(e, ',' | '!' | '?'));
    (rules.pronouns.contains(&next) && (bare_pronoun_opens || contracted))
        || (rules.casual_openers.contains(&next) && whole_word)
        || negation
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

/// A number that a period makes an ordinal where the language writes them so:
/// up to three digits (`12.`) or a Roman numeral (`XII.`); not a year.
fn is_ordinal(word: &str) -> bool {
    let digits = !word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
    let roman = !word.is_empty() && word.chars().all(|c| "IVXLCDM".contains(c));
    digits || roman
}

/// `sentence` (so far) is a list item's label, which its period does not end: a
/// question's or an answer's number (`Q1`, `A12`) alone at the sentence's start,
/// alone at the paragraph's (`opens_paragraph`), a number of up to three digits
/// (`1. Open the app`), or anywhere a Roman numeral of two letters or more (`IV.
/// Results`, `I. Gather the data. II. Clean it.`) or a Chinese label's word of
/// `[label nouns]` and number (`步骤1. 将…`); a bullet allowed. After words
/// a number is a count (`score: 3. Next`), after a question an answer (`How
/// many? 52. That`).
fn is_list_label(rules: &Rules, sentence: &str, opens_paragraph: bool) -> bool {
    let label = sentence.trim().trim_start_matches(is_bullet).trim_start();
    let number = label.trim_start_matches(['Q', 'A']);
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
    numbered || roman || han_label
}

/// Before the period at `i`, a time, a percentage, a date, a phone or an order
/// number (`14:00.`, `5%.`, `2024.6.15.`, `010-12345678.`, `20240615001.`): it
/// ends a Chinese clause, as a short number may not (`1.请`, `注意事项1.不要迟到`,
/// `图1.系统架构`), nor a section's (`2.1.1.数据来源`).
fn number_before_chinese(chars: &[(usize, char)], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|&(_, e)| !(e.is_ascii_digit() || matches!(e, ':' | '%' | ',' | '.' | '-')))
        .map_or(0, |k| k + 1);
    // From its first digit: `:1.` in `如下:1.请` is a list's number.
    let token = &chars[start..i];
    let token = &token[token
        .iter()
        .position(|&(_, e)| e.is_ascii_digit())
        .unwrap_or(token.len())..];
    let dots = token.iter().filter(|&&(_, e)| e == '.').count();
    let leading = token
        .iter()
        .take_while(|&&(_, e)| e.is_ascii_digit())
        .count();
    let long = leading >= 5 || (leading >= 3 && token.iter().any(|&(_, e)| e == '-'));
    // A decimal of two places or more is no section's number (`$9.99.太便宜`,
    // `3.14159.这是`; but `图1.1.系统`).
    let places = token
        .iter()
        .rev()
        .take_while(|&&(_, e)| e.is_ascii_digit())
        .count();
    let decimal = dots == 1 && places >= 2 && leading < token.len();
    // A version glued to its name (`v3.1.2.旧版本`, `Win10.请`); not a section's
    // letter (`A.1.3.请`).
    let version = chars[start..]
        .first()
        .is_some_and(|&(_, e)| e.is_ascii_digit())
        && start > 0
        && chars[start - 1].1.is_ascii_alphabetic();
    !token.is_empty()
        && ((dots >= 2 && leading == 4)
            || long
            || decimal
            || version
            || token.iter().any(|&(_, e)| matches!(e, ':' | '%')))
}

/// A clause starts at `chars[k]`: a capitalised word (`Work`), then a verb of
/// `rules.clause_verbs` (`is`), as a title does not (`Chief executive Tim`).
fn clause_starts_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let word = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic())
        .count();
    let capitalised = word >= 2
        && chars[k].1.is_uppercase()
        && chars[k + 1..k + word]
            .iter()
            .all(|&(_, e)| e.is_lowercase());
    let verb: String = chars[(k + word + 1).min(chars.len())..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic())
        .map(|&(_, e)| e)
        .collect();
    capitalised
        && chars.get(k + word).is_some_and(|&(_, e)| e == ' ')
        && rules.clause_verbs.contains(&verb)
}

/// A capitalised plural, not a name's (`Marines`), with a lowercase word after it
/// other than a name's joint (`Securities and Exchange`), starts at `chars[k]`:
/// after an abbreviation it opens a sentence (`from the U.K. Tariffs had`), though
/// not after one before a place's name (`Mt. St. Helens erupted`).
fn plural_opens_at(rules: &Rules, chars: &[(usize, char)], k: usize) -> bool {
    let len = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic())
        .count();
    let word: String = chars[k..k + len].iter().map(|&(_, e)| e).collect();
    let lower = word.to_lowercase();
    let capitalised =
        len >= 4 && chars[k].1.is_uppercase() && word.chars().skip(1).all(char::is_lowercase);
    let plural = lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e));
    let next: String = chars[(k + len + 1).min(chars.len())..]
        .iter()
        .take_while(|&&(_, e)| e.is_alphabetic())
        .map(|&(_, e)| e)
        .collect();
    // Days in the plural are a time's (`5 p.m. Tuesdays and`).
    let day = rules.calendar.contains(lower.trim_end_matches('s'));
    capitalised
        && plural
        && !day
        && !rules.name_plurals.contains(&lower)
        && chars.get(k + len).is_some_and(|&(_, e)| e == ' ')
        && next.chars().next().is_some_and(char::is_lowercase)
        && !matches!(next.as_str(), "and" | "of")
}

/// Past the quotations that follow one another from `chars[k]` (`“挺住！”` in
/// `“加油！”“挺住！”等口号`): where the words after them start.
fn past_quotations(chars: &[(usize, char)], mut k: usize) -> usize {
    while let Some(&(_, open)) = chars.get(k) {
        let close = match open {
            '“' => '”',
            '「' => '」',
            _ => break,
        };
        match chars[k + 1..].iter().position(|&(_, e)| e == close) {
            Some(length) => k += length + 2,
            None => break,
        }
    }
    k
}

/// `!` or `?` ends an English sentence before Chinese (`See you tomorrow!明天`,
/// `“What's your name?”小明`, `What?这是`, `OMG!太好`): after a closed quotation,
/// a lowercase word, a word in capitals or a sentence opener, before a Han
/// character; not in a name (`Yahoo!中国`), nor before kana or brackets.
fn exclaims_before_han(d: &Decision, closed: bool) -> bool {
    let Some(&(_, next)) = d.chars.get(d.j) else {
        return false;
    };
    let word: Vec<char> = d.chars[..d.i]
        .iter()
        .rev()
        .take_while(|&&(_, e)| e.is_alphabetic() && !is_cjk(e))
        .map(|&(_, e)| e)
        .collect();
    let spelled: String = word.iter().rev().flat_map(|e| e.to_lowercase()).collect();
    let cased = |upper: bool| word.iter().all(|e| e.is_uppercase() == upper);
    let after_digit = d.i > 0 && matches!(d.chars[d.i - 1].1, '%' | '％' | '0'..='9');
    // The last word of a phrase in Title Case (`Happy New Year!新年快乐`); a name
    // after a plain word may carry its `!` (`visit Yahoo!中国`).
    let start = d.i - word.len();
    let previous_word_start = d.chars[..start.saturating_sub(1)]
        .iter()
        .rposition(|&(_, e)| !e.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let phrase = word.len() >= 2
        && start >= 2
        && d.chars[start - 1].1 == ' '
        && d.chars[start - 2].1.is_ascii_alphabetic()
        && d.chars[previous_word_start].1.is_ascii_uppercase();
    crate::text::is_han(next)
        && (closed
            || after_digit
            || phrase
            || (!word.is_empty() && cased(false))
            || (word.len() >= 2 && cased(true))
            || d.rules.openers.contains(&spelled))
}

/// The word before the period at `chars[i]` (back to a space or to Chinese) is an
/// abbreviation or initials (`Inc`, `Dr` in `据Dr.李`, `U.S.A`, `J.K`), which hold
/// before Chinese; a domain, an address or a code does not (`pku.edu.cn.请`, `Y/N.谢谢`).
fn initials_or_abbreviation(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|&(_, d)| d.is_whitespace() || is_cjk(d))
        .map_or(0, |k| k + 1);
    let word: String = chars[start..i]
        .iter()
        .flat_map(|&(_, d)| d.to_lowercase())
        .collect();
    let last = word.rsplit('.').next().unwrap_or_default();
    let initial = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    initial || rules.kind(&word).is_some() || rules.kind(last).is_some()
}

/// A sentence is glued to a dotted name that ends in a listed ending (`D3.js` +
/// `.Performance is good`). A package's path goes on to its class
/// (`java.util.List`): `util` is no ending.
fn glued_after_name(
    rules: &Rules,
    before: &str,
    after: &str,
    rest: Option<&[(usize, char)]>,
) -> bool {
    let ending = before.rsplit('.').next().unwrap_or_default().to_lowercase();
    rules.name_endings.contains(&ending) && prose_opens(after, rest)
}

/// Dotted initials (`U.S.`) open `rest` after `before`, a plain lowercase word
/// glued to them by its period (`alert.U.S. citizens`).
fn glued_initials(before: &str, rest: &[(usize, char)]) -> bool {
    let token: String = rest
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| !c.is_whitespace())
        .collect();
    let initials = token.trim_end_matches('.');
    before.len() >= 2
        && before.bytes().all(|b| b.is_ascii_lowercase())
        && initials.contains('.')
        && initials
            .split('.')
            .all(|part| part.len() == 1 && part.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `after` (a word glued after a period) is a capitalised word of three letters
/// or more, and a lowercase word follows it (`rest`, from the space after
/// `after`): a sentence's start (`Performance is`). (Three letters: a country's
/// code goes on a domain, `Amazon.com.Au`.)
fn prose_opens(after: &str, rest: Option<&[(usize, char)]>) -> bool {
    let mut letters = after.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase)
        && after.chars().count() >= 3
        && letters.all(char::is_lowercase);
    let prose_follows = rest.is_some_and(|rest| {
        rest.first().is_some_and(|&(_, c)| c == ' ')
            && rest.get(1).is_some_and(|&(_, c)| c.is_lowercase())
    });
    capitalised && prose_follows
}

/// `rest`, after a dash, closes a quotation and goes on with a capital or another
/// quotation after a space (`" He stopped`, `" "Save it`).
fn broken_off_quotation(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(['"', '”']) else {
        return false;
    };
    let Some(next) = after.strip_prefix(' ') else {
        return false;
    };
    // `I` may be the attribution's speaker (`"You promised—" I said`).
    !next.starts_with("I ")
        && next.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'))
}

/// A figure ends at the period `chars[i]`: a number of two characters or more
/// (`in 2019.The`, `3-1.Fans`), a price or a measure (`$9.99.Free`,
/// `60°C.Humidity`), or a day's number after its month (`Jan. 5.Over`); not a
/// version (`5.6.15.Final`), nor a single digit, which may mark a list (`1.The`).
fn figure_before(rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|&(_, d)| d.is_whitespace())
        .map_or(0, |k| k + 1);
    let token = &chars[start..i];
    let amount = token
        .iter()
        .position(|&(_, d)| !matches!(d, '$' | '€' | '£' | '¥' | '￥'))
        .map_or(&token[..0], |k| &token[k..]);
    let unit = amount
        .iter()
        .rev()
        .take_while(|&&(_, d)| d.is_ascii_alphabetic() || d == '°')
        .count();
    let figure = &amount[..amount.len() - unit];
    let numeric = figure.first().is_some_and(|&(_, d)| d.is_ascii_digit())
        && unit <= 4
        && figure
            .iter()
            .all(|&(_, d)| d.is_ascii_digit() || matches!(d, '-' | ':' | ',' | '/' | '.' | '%'));
    let after_month = || {
        let month = word_before(chars, start.saturating_sub(1));
        let month = month.trim_end_matches('.').to_lowercase();
        start > 0 && rules.calendar.contains(&month)
    };
    let version = figure.iter().filter(|&&(_, d)| d == '.').count() >= 2;
    numeric && !version && (token.len() >= 2 || after_month())
}

/// A lowercase word (two ASCII letters or more) starts at `chars[k]`.
fn lowercase_word_at(chars: &[(usize, char)], k: usize) -> bool {
    let word = chars[k..]
        .iter()
        .take_while(|&&(_, e)| e.is_ascii_alphabetic())
        .count();
    word >= 2
        && chars[k..k + word]
            .iter()
            .all(|&(_, e)| e.is_ascii_lowercase())
}

/// `wait?Sign`, `button!Your`: a word, `!` or `?`, a capital, with no
/// URL's query (`page?Id=5`) or name (`Yahoo!Japan`) around them, nor a quotation
/// whose attribution may follow (`'Oh no!'Yu-cun smiled`).
fn glued_question_or_exclamation(chars: &[(usize, char)], i: usize, j: usize) -> bool {
    // Emoji after the marks belong to them (`it!😍😍Will`).
    if chars[i..j]
        .iter()
        .any(|&(_, e)| !matches!(e, '!' | '?') && !is_emoji(e))
    {
        return false;
    }
    let marks = chars[i..j]
        .iter()
        .filter(|&&(_, e)| matches!(e, '!' | '?'))
        .count();
    // Hyphens join a word's parts (`Wi-Fi?Try`, `well-made!Yes`).
    let word_start = chars[..i]
        .iter()
        .rposition(|&(_, e)| !(e.is_ascii_alphanumeric() || e == '-'))
        .map_or(0, |k| k + 1);
    let word = &chars[word_start..i];
    // A lowercase word, a number (`at 6!Don't`, `iOS 17?Yes`), a question's word
    // (`Really?Yes`), or a run of marks after any word (`AMAZING!!!Best`, `what???how`);
    // not a name that carries its `!` (`Yahoo!Japan`).
    let digits = !word.is_empty() && word.iter().all(|&(_, e)| e.is_ascii_digit());
    let lowercase = word.len() >= 2
        && word
            .iter()
            .all(|&(_, e)| e.is_ascii_lowercase() || e == '-');
    let question = word.len() >= 2 && chars[i].1 == '?';
    let word_fits = marks >= 2 || digits || lowercase || question;
    // Whitespace, Chinese or the paragraph's start before the word, not the
    // window's edge (`http://example.com/…?Query`).
    let opens_word = word_start.checked_sub(1).map_or(chars[0].0 == 0, |k| {
        chars[k].1.is_whitespace() || is_cjk(chars[k].1)
    });
    let after: Vec<char> = chars[j..]
        .iter()
        .map(|&(_, e)| e)
        .take_while(|e| !e.is_whitespace())
        .collect();
    // After a run of marks a lowercase word opens one too, as forums write.
    let opens = after
        .first()
        .is_some_and(|e| e.is_uppercase() || (marks >= 2 && e.is_ascii_lowercase()));
    !word.is_empty()
        && word_fits
        && (opens_word || marks >= 2)
        && opens
        && !after.iter().any(|e| matches!(e, '=' | '&' | '/' | ':'))
}

/// Whether a sentence may start with a number after the period at `i`: after a
/// number (`2 + 2 es 4. 3 + 3`), a bracket or a quote (`(2019). 25 people`), or a
/// word longer than most unlisted abbreviations (`kwamen. 81 procent`, `in Aceh.
/// 2005: A`); not after `Rs.` or `N°.`.
fn number_may_follow(chars: &[(usize, char)], i: usize) -> bool {
    let word = word_before(chars, i);
    let mut letters = word.chars();
    let lowercase = letters.clone().all(char::is_lowercase);
    let capitalised =
        letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase);
    let count = word.chars().count();
    word.bytes().all(|b| b.is_ascii_digit())
        || (lowercase && count >= 3)
        || (capitalised && count >= 4)
}

/// Open quotations and brackets. Curly and straight double quotes toggle, since
/// scraped text often closes `“` with another `“`, or opens and closes with `"`.
#[derive(Default, Clone, Copy)]
struct Quotes {
    brackets: i32,
    curly: bool,
    straight: bool,
    /// A quotation opened low (`„…“`, German, Czech, Slovak): it holds its
    /// sentence ends, as `«…»` does (`„Prieskumy beriem na ľahkú váhu. V podstate…“`).
    low: bool,
    /// The outermost open quotation opened in Chinese text (`说了一句“Thank you.`):
    /// Chinese rules hold inside it, whatever its script.
    in_chinese: bool,
    /// What came before the outermost open quotation: a word whose object it is
    /// (`把“I'm fine.”挂在嘴边`), or Latin text (`He wrote “你好！” on the board`).
    /// Either way its sentence may go on after it.
    opened_as_object: bool,
    opened_after_latin: bool,
    /// A colon introduced the outermost open quotation (`那句话：“做人要踏实。”`):
    /// it is reported speech, not a phrase the next words name (`这句话`).
    opened_after_colon: bool,
}

impl Quotes {
    fn see(&mut self, c: char) {
        match c {
            '「' | '『' | '（' | '(' | '[' | '《' | '«' | '‹' => self.brackets += 1,
            '」' | '』' | '）' | ')' | ']' | '》' | '»' | '›' => {
                self.brackets = (self.brackets - 1).max(0);
            }
            '„' => self.low = true,
            '“' | '”' if self.low && !self.curly => self.low = false,
            '“' => self.curly = !self.curly,
            // Mixed styles (`“…"`, `"…”`): a closing mark closes whichever is open.
            '”' if !self.curly => self.straight = false,
            '”' => self.curly = false,
            '"' if self.curly && !self.straight => self.curly = false,
            '"' => self.straight = !self.straight,
            _ => {}
        }
        self.forget_closed();
    }

    /// `c`, after a terminator, closes what is open: a `“` there closes a straight
    /// quotation too (`"…。“`).
    fn close(&mut self, c: char) {
        if c == '“' && !self.curly {
            self.straight = false;
            self.forget_closed();
        } else {
            self.see(c);
        }
    }

    /// A quotation that has closed says nothing of the next one.
    fn forget_closed(&mut self) {
        if self.depth() == 0 {
            self.in_chinese = false;
            self.opened_as_object = false;
            self.opened_after_latin = false;
            self.opened_after_colon = false;
        }
    }

    fn depth(&self) -> i32 {
        self.holding() + i32::from(self.curly) + i32::from(self.straight)
    }

    /// Open brackets and quotations whose sentence ends do not end their sentence.
    fn holding(&self) -> i32 {
        self.brackets + i32::from(self.low)
    }
}

/// Bytes that may start a character the scan must look at: ASCII terminators,
/// brackets and quotes, `;` and `:` (the Greek question mark and the Armenian full
/// stop as typed), and the lead bytes of the other scripts' stops and of the
/// two- and three-byte forms (`。！？…“”„「」（）«»`, `।`, `።`).
static MAY_MATTER: [bool; 256] = {
    let mut table = [false; 256];
    let interesting = [
        b'.', b'!', b'?', b'(', b')', b'[', b']', b'"', b';', b':', 0xC2, 0xD6, 0xD8, 0xDB, 0xE0,
        0xE1, 0xE2, 0xE3, 0xEF,
    ];
    let mut k = 0;
    while k < interesting.len() {
        table[interesting[k] as usize] = true;
        k += 1;
    }
    table
};

thread_local! {
    /// The characters around a stop, decoded: one buffer a thread, kept from
    /// paragraph to paragraph.
    static WINDOW: std::cell::Cell<Vec<(usize, char)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Characters before a terminator that its decision may read (the word before, a
/// dotted name), and after it (the next word, a dotted name, an attribution).
const CONTEXT_BEFORE: usize = 32;
const CONTEXT_AFTER: usize = 64;

/// Characters ahead within which an open quotation must close to hold a sentence
/// end inside it.
const QUOTATION_REACH: usize = 200;
/// Longest reference mark's inside (`[citation needed]`), in bytes and words.
const REFERENCE_MARK_BYTES: usize = 24;
const REFERENCE_MARK_WORDS: usize = 3;
/// Most footnote numbers read after one period (`.11 12`).
const FOOTNOTE_NUMBERS: usize = 4;

/// Makes `window` the characters of `text[from..to]` with their offsets. Both ends
/// only move forward through a paragraph, and stops lie a few words apart, so the
/// characters the last window shares with this one are kept, not decoded again.
fn slide_window(window: &mut Vec<(usize, char)>, text: &str, from: usize, to: usize) {
    let decoded_to = window.last().map_or(0, |&(at, c)| at + c.len_utf8());
    let shared_from = window.first().is_some_and(|&(at, _)| at <= from) && from < decoded_to;
    if shared_from && decoded_to <= to {
        let stale = window.partition_point(|&(at, _)| at < from);
        window.drain(..stale);
        let new = &text[decoded_to..to];
        window.extend(new.char_indices().map(|(at, c)| (decoded_to + at, c)));
    } else {
        window.clear();
        window.extend(text[from..to].char_indices().map(|(at, c)| (from + at, c)));
    }
}

/// `ahead` (after a spaced ellipsis) opens with a capitalised sentence opener: not
/// `I` (`is . . . I didn't`), nor a name's or a title's first word (`. . . The Times
/// had`, `'Markets Tumble . . . The Worst Week'`).
fn opener_after_ellipsis(rules: &Rules, ahead: &str) -> bool {
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

/// Whether the next quotation mark or bracket in `rest` closes one (the quotation
/// open at this point goes on) rather than opening another or there being none.
fn quotation_goes_on(rest: &str, quotes: &Quotes) -> bool {
    // A quotation closed only this far on is more likely a stray mark's partner.
    let mut previous = None;
    for (at, c) in rest.char_indices().take(QUOTATION_REACH) {
        match c {
            '”' | '」' | '』' | '）' | ')' | ']' | '》' | '»' | '›' => return true,
            // `“` closes the open quotation (a straight one too: `"…。“`), unless it
            // opens the next one.
            '“' => {
                return (quotes.curly || quotes.straight || quotes.low)
                    && !opens_quotation(&rest[at + c.len_utf8()..]);
            }
            '「' | '『' | '（' | '(' | '[' | '《' | '«' | '‹' | '„' => return false,
            // A straight quote closes a curly one (`“…。"`); at a sentence's start
            // it opens one.
            '"' => {
                let opens = previous.is_none_or(|p: char| {
                    p.is_whitespace() || is_cjk_end(p) || matches!(p, '.' | '!' | '?')
                });
                return (quotes.curly && !quotes.straight) || (quotes.straight && !opens);
            }
            _ => {}
        }
        previous = Some(c);
    }
    false
}

/// Whether a `“` just before `rest` opens a quotation: a `”` closes it before any
/// other `“`. (Scraped text also closes quotations with `“`.)
fn opens_quotation(rest: &str) -> bool {
    rest.chars()
        .take(QUOTATION_REACH)
        .find(|&c| matches!(c, '“' | '”'))
        == Some('”')
}

/// What a terminator's decision reads: the language's rules, the characters around
/// it (`chars[i..j]` the terminator run and its closers), the terminator it stands
/// for, the quotation and bracket depths after it and the sentence so far.
struct Decision<'a> {
    rules: &'a Rules,
    chars: &'a [(usize, char)],
    i: usize,
    j: usize,
    stop: char,
    depth: i32,
    /// Open brackets and quotations that hold their sentence ends.
    brackets: i32,
    /// Inside a quotation opened in Chinese text.
    in_chinese: bool,
    /// The quotation last opened was the object of a word before it, or opened
    /// after Latin text.
    object: bool,
    after_latin: bool,
    /// The quotation that closed here was introduced by a colon.
    after_colon: bool,
    sentence: &'a str,
    /// The sentence so far opens the paragraph.
    opens_paragraph: bool,
}

pub struct Segmenter {
    /// English, with the other scripts' abbreviations: for paragraphs in a language
    /// without a list of its own, or of no known language.
    default: Rules,
    languages: HashMap<&'static str, Rules>,
    verbs: ReportingVerbs,
    continuations: Continuations,
    /// English headlines glued to the body; `None` leaves them.
    headlines: Option<Headlines>,
    semicolon: bool,
}

/// Fewest and most characters of a numbered heading's title (`总体要求`): fewer
/// are more likely words that a stray space parted (`一、加强 领导。`), or a number
/// and its unit (`1.5 万人`). After a chapter's marker (`第一章 总则`) two will do.
const HEADING_TITLE_MIN: usize = 3;
const CHAPTER_TITLE_MIN: usize = 2;
const HEADING_TITLE_MAX: usize = 30;
/// Numerals of a heading's marker (`一、`, `12、`, `（三）`), and most of them.
/// (Formal numerals too, as Taiwan's documents number them: `貳、辦理方式`.)
const HEADING_NUMERALS: &str =
    "0123456789一二三四五六七八九十０１２３４５６７８９壹贰貳叁參肆伍陆陸柒捌玖拾";
const HEADING_MARKER_NUMERALS: usize = 3;
/// What a `第…` marker numbers: parts of a text that have titles (`第一章 总则`);
/// not an article (`第一条`), which its text follows.
const HEADING_UNITS: [&str; 5] = ["章", "节", "编", "卷", "部分"];

/// Where a numbered heading's marker ends at the start of `text`, and the fewest
/// characters of its title: `一、`, `3、`, `（三）`, and, set apart by a space,
/// `第一章` and section numbers (`2.3.1`).
fn heading_marker(text: &str) -> Option<(usize, usize)> {
    let numerals = |from: usize| {
        let count = text[from..]
            .chars()
            .take_while(|&c| HEADING_NUMERALS.contains(c))
            .count();
        let len: usize = text[from..].chars().take(count).map(char::len_utf8).sum();
        (1..=HEADING_MARKER_NUMERALS)
            .contains(&count)
            .then_some(from + len)
    };
    let spaced = |at: usize, title: usize| {
        text[at..]
            .starts_with(char::is_whitespace)
            .then_some((at, title))
    };
    if let Some(rest) = text.strip_prefix('第') {
        let after = numerals(text.len() - rest.len())?;
        let unit = HEADING_UNITS
            .iter()
            .find(|u| text[after..].starts_with(*u))?;
        return spaced(after + unit.len(), CHAPTER_TITLE_MIN);
    }
    let bracketed = text.starts_with(['（', '(']);
    let from = if bracketed {
        text.chars().next()?.len_utf8()
    } else {
        0
    };
    let at = numerals(from)?;
    match text[at..].chars().next()? {
        closer @ ('）' | ')') if bracketed => Some((at + closer.len_utf8(), HEADING_TITLE_MIN)),
        '、' if !bracketed => Some((at + '、'.len_utf8(), HEADING_TITLE_MIN)),
        '.' if !bracketed => {
            section_number_end(text).and_then(|end| spaced(end, HEADING_TITLE_MIN))
        }
        _ => None,
    }
}

/// The end of a section number opening `text`: a digit, then two or more parts of
/// one or two digits (`2.3.1`); not a decimal or a date (`1.5 万人`, `5.1 劳动节`,
/// `10.14`), which two parts (`1.1 背景`) cannot be told from.
fn section_number_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.first()?.is_ascii_digit() || bytes.get(1) != Some(&b'.') {
        return None;
    }
    let mut at = 1;
    let mut parts = 1;
    while bytes.get(at) == Some(&b'.') {
        let digits = bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(1..=2).contains(&digits) {
            return None;
        }
        at += 1 + digits;
        parts += 1;
    }
    (parts >= 3).then_some(at)
}

/// Where the body starts after a numbered heading that opens `text`, glued to it by
/// a space as a page's line break becomes when lines are joined (`一、总体要求
/// 坚持稳中求进。`, `第一章 总则 第一条 为了…`): a marker, a short title with no
/// punctuation, whitespace, then Chinese.
fn numbered_heading_body(text: &str) -> Option<usize> {
    let (marker_end, title_min) = heading_marker(text)?;
    let title_start =
        marker_end + (text[marker_end..].len() - text[marker_end..].trim_start().len());
    for (title, (at, c)) in text[title_start..].char_indices().enumerate() {
        if c.is_whitespace() {
            let body = text[title_start + at..].trim_start();
            // The body opens in Chinese, with a year or a count (`2023年，全区…`), or
            // with a heading of its own (`（一）加快…`).
            let after_digits = body.trim_start_matches(|d: char| d.is_ascii_digit());
            let starts_chinese = after_digits.chars().next().is_some_and(crate::text::is_han)
                || heading_marker(body).is_some();
            let titled = (title_min..=HEADING_TITLE_MAX).contains(&title);
            return (titled && starts_chinese).then_some(text.len() - body.len());
        }
        // Punctuation (`：`, `，`, `。`) means a sentence, not a title.
        if title == HEADING_TITLE_MAX
            || c.is_ascii_punctuation()
            || (is_cjk(c) && !crate::text::is_han(c))
        {
            return None;
        }
    }
    None
}

/// Splits a numbered heading from the body glued to it in the first span.
fn split_numbered_heading(text: &str, spans: &mut Vec<(usize, usize)>) {
    let Some(&(start, end)) = spans.first() else {
        return;
    };
    if let Some(at) = numbered_heading_body(&text[start..end]) {
        split_span(text, spans, 0, at);
    }
}

/// Cuts `spans[k]` in two where its text's body starts, `at` bytes in: the
/// whitespace before goes with neither.
fn split_span(text: &str, spans: &mut Vec<(usize, usize)>, k: usize, at: usize) {
    let (start, end) = spans[k];
    let head_end = start + text[start..start + at].trim_end().len();
    spans[k] = (start, head_end);
    spans.insert(k + 1, (start + at, end));
}

/// An emoji or a symbol used as one (`🎉`, `❤`, `☀`), or a mark that joins or
/// styles one (zero-width joiner, variation selector).
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{200D}' | '\u{FE0F}')
}

/// The length of the reference marks that open `rest`: bracketed numbers, letters
/// or a few words, one after another (`[2][3]`, `[a]`, `[citation needed]`).
fn reference_marks_len(rest: &str) -> usize {
    let mut len = 0;
    while let Some(mark) = rest[len..].strip_prefix('[') {
        let Some(close) = mark.find(']') else { break };
        let inside = &mark[..close];
        let words = inside.split(' ').count();
        if inside.is_empty()
            || close > REFERENCE_MARK_BYTES
            || words > REFERENCE_MARK_WORDS
            || !inside.chars().all(|c| c.is_alphanumeric() || c == ' ')
        {
            break;
        }
        len += close + 2;
    }
    len
}

/// A footnote's number may follow a period after `before`: a closing bracket, or a
/// word of three letters or more that is no abbreviation (not `fig.1`, `no.1`).
fn footnote_may_follow(before: &str, rules: &Rules) -> bool {
    let word = &before[before
        .trim_end_matches(|c: char| c.is_ascii_lowercase())
        .len()..];
    before.ends_with(')') || (word.len() >= 3 && !ends_in_abbreviation(before, rules))
}

/// The length of the footnote numbers that open `rest` (`11 12`, `3,4`): numbers of
/// one to three digits, then a space and a capital. Zero when there are none.
fn footnote_numbers_len(rest: &str) -> usize {
    let mut len = 0;
    for _ in 0..FOOTNOTE_NUMBERS {
        let digits = rest[len..].bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) {
            return 0;
        }
        len += digits;
        let mut after = rest[len..].chars();
        match (after.next(), after.next()) {
            (Some(',' | ' '), Some(d)) if d.is_ascii_digit() => len += 1,
            (Some(space), Some(capital)) if space.is_whitespace() && capital.is_uppercase() => {
                return len;
            }
            _ => return 0,
        }
    }
    0
}

/// Quotes and brackets that close after a terminator (`。”`, `?)`, `！》`).
fn is_closer(c: char) -> bool {
    is_quote_closer(c) || c == '》'
}

/// Closers after which a sentence can end: quotes and brackets, not the title
/// marks of `《谁动了我的奶酪？》是一本书`.
fn is_quote_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '」' | '』' | '）' | ')' | ']' | '】' | '»' | '›'
    )
}

fn is_cjk_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Full stops and question marks of other scripts: Devanagari `।`, Urdu `۔`,
/// Arabic `؟`, Armenian `։`, Ethiopic `።` and `፧`, Burmese `။`.
fn is_other_end(c: char) -> bool {
    matches!(c, '।' | '॥' | '۔' | '؟' | '։' | '።' | '፧' | '။')
}

/// `text`, after a comma, is one word and another comma: an item of a list.
fn list_item_follows(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("");
    text.starts_with(char::is_whitespace) && word.ends_with('،') && word.len() > '،'.len_utf8()
}

/// A list item's label starts at `chars[k]`: a letter or a small Roman numeral in
/// lowercase, then `)` and a space (`b) `, `iv) `).
fn item_label_at(chars: &[(usize, char)], k: usize) -> bool {
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

/// `sentence` (so far) is English: no Chinese, and words enough to be no name.
fn english_sentence(sentence: &str) -> bool {
    !sentence.chars().any(is_cjk)
        && sentence
            .split_whitespace()
            .nth(ENGLISH_SENTENCE_WORDS - 1)
            .is_some()
}

/// A word in camel case starts at `chars[k]`: a capital after up to five lowercase
/// letters (`iPhone`, `eBay`, `macOS`).
fn camel_case_at(chars: &[(usize, char)], k: usize) -> bool {
    let lowercase = chars[k..]
        .iter()
        .take_while(|&&(_, c)| c.is_ascii_lowercase())
        .count();
    (1..=CAMEL_CASE_LOWERCASE).contains(&lowercase)
        && chars
            .get(k + lowercase)
            .is_some_and(|&(_, c)| c.is_ascii_uppercase())
}

/// Lowercase letters before the capital of a word in camel case (`watchOS`).
const CAMEL_CASE_LOWERCASE: usize = 5;

/// The length of the source that a Chinese dash gives after a stop, up to a space,
/// a stop (taken too) or the paragraph's end: it belongs to the sentence it follows
/// (`知识就是力量。——培根 这句话…`, `…照汗青。——文天祥《过零丁洋》`), unless that
/// sentence is a line of dialogue opened by a dash (`——你去哪儿？——回家。`).
fn source_len(stop: char, sentence: &str, rest: &str) -> usize {
    let Some(source) = rest.strip_prefix("——") else {
        return 0;
    };
    if !(is_cjk_end(stop) || matches!(stop, '!' | '?')) || sentence.trim_start().starts_with("——")
    {
        return 0;
    }
    let Some((at, end)) = source
        .char_indices()
        .take(SOURCE_CHARS + 1)
        .find(|&(_, c)| c.is_whitespace() || is_cjk_end(c))
        .or((source.chars().count() <= SOURCE_CHARS).then_some((source.len(), ' ')))
    else {
        return 0;
    };
    // Before a stop only a name is a source (`——培根。`); a clause is a sentence
    // (`。——这是爷爷常说的一句话。`).
    if at == 0 || (is_cjk_end(end) && source[..at].chars().count() > SOURCE_BEFORE_STOP_CHARS) {
        return 0;
    }
    let stop_after = if is_cjk_end(end) { end.len_utf8() } else { 0 };
    "——".len() + at + stop_after
}

/// The most `*` or `_` that close an emphasis (`**bold**`, `***both***`).
const EMPHASIS_MARKS: usize = 3;

/// Characters of the longest source after a dash (`——鲁迅《呐喊》`), and of the
/// longest before a stop (`——培根。`).
const SOURCE_CHARS: usize = 20;
const SOURCE_BEFORE_STOP_CHARS: usize = 6;

/// Letters of the longest Roman numeral read as a list label (`viii`).
const ROMAN_LABEL_LETTERS: usize = 4;

/// Whether the text from `chars[k]` opens a sentence (after whitespace that follows
/// a terminator; `closed`: the terminator closed a quotation).
fn opens_sentence(chars: &[(usize, char)], k: usize, closed: bool) -> bool {
    let at = |n: usize| chars.get(k + n).map(|&(_, d)| d);
    let Some(first) = at(0) else {
        return false;
    };
    // Scripts without case (Arabic, Hebrew, Devanagari) start sentences with any letter.
    let caseless = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
    if first.is_uppercase()
        || caseless
        || matches!(
            first,
            '"' | '\'' | '“' | '‘' | '「' | '『' | '¿' | '¡' | '«' | '„' | '‹' | '‚' | '`'
        )
    {
        return true;
    }
    match first {
        // `(He left.)`; but after a quotation a bracket opens a citation
        // (`..." (Smith 55).`).
        '(' | '[' => {
            !closed
                && (at(1).is_some_and(|d| d.is_uppercase() || matches!(d, '«' | '"' | '“'))
                    || (first == '(' && item_label_at(chars, k + 1)))
        }
        // A list's item: `i) Hello`, `b) Next`; a word in camel case opens one as a
        // capitalised word does (`rose. eBay shares fell`, `mRNA vaccines`).
        _ if first.is_ascii_lowercase() => item_label_at(chars, k) || camel_case_at(chars, k),
        // A mention opens a reply (`hilarious!!! @mike you need`).
        '@' => at(1).is_some_and(char::is_alphanumeric),
        // An emphasis opened on a capital (`simple. *Do not feed…*`, `_Really_`).
        '*' | '_' => {
            let marks = (0..EMPHASIS_MARKS)
                .take_while(|&n| matches!(at(n), Some('*' | '_')))
                .count();
            at(marks).is_some_and(char::is_uppercase)
        }
        // A dash that opens a line of dialogue or a new point: `? - Posted`.
        '-' | '–' | '—' => at(1) == Some(' ') && at(2).is_some_and(char::is_uppercase),
        // An ellipsis that marks words left out at the start: `...en toen`, `… The`.
        '.' | '…' => {
            let dots = (0..).take_while(|&n| at(n) == Some('.')).count();
            let after = if first == '…' { 1 } else { dots };
            (first == '…' || dots >= 3)
                && at(after).is_some_and(|d| {
                    d.is_alphabetic()
                        || (d.is_whitespace() && at(after + 1).is_some_and(char::is_uppercase))
                })
        }
        _ => false,
    }
}

impl Segmenter {
    pub fn new(options: &SegmentOptions) -> Result<Self, String> {
        let english = data_file(ENGLISH, options.abbreviations_file.as_deref())?;
        let mut default = Rules::parse(&english)?;
        let mut languages = HashMap::new();
        for &(code, text) in LANGUAGES {
            let rules = Rules::parse(text)?;
            default.adopt_other_scripts(&rules);
            languages.insert(code, rules);
        }
        let headlines = if options.keep_glued_headlines {
            None
        } else {
            let text = data_file(HEADLINES_EN, options.headlines_file.as_deref())?;
            Some(Headlines::parse(&text, default.label_nouns.clone())?)
        };
        Ok(Segmenter {
            default,
            languages,
            verbs: ReportingVerbs::parse(REPORTING_VERBS)?,
            continuations: Continuations::parse(CONTINUATIONS_ZH)?,
            headlines,
            semicolon: options.semicolon_ends_sentence,
        })
    }

    fn rules(&self, lang: Option<&str>) -> &Rules {
        lang.and_then(|code| self.languages.get(code))
            .unwrap_or(&self.default)
    }

    /// The sentence spans of `text`, a paragraph of no particular language (English
    /// abbreviations, and those of the other scripts).
    pub fn split(&self, text: &str) -> Vec<(usize, usize)> {
        self.split_in(text, None)
    }

    /// The sentence spans of `text`, a paragraph in `lang` (an ISO 639-1 code): its
    /// abbreviations where data/segment has them.
    pub fn split_in(&self, text: &str, lang: Option<&str>) -> Vec<(usize, usize)> {
        let rules = self.rules(lang);
        let mut bullets = Vec::new();
        let mut cuts = self.boundaries(text, rules, &mut bullets);
        let (markers, inline) = self.list_markers(text, rules, bullets);
        // A list marker's own period (`1.`, `a.`) ends nothing; the item starts
        // there, unless the list runs inside one sentence.
        // Markers are in order and apart: the one that may hold a cut is the last
        // starting before it.
        cuts.retain(|&cut| {
            let k = markers.partition_point(|&(start, _)| start < cut);
            k == 0 || cut > markers[k - 1].1
        });
        if !inline {
            cuts.extend(markers.iter().map(|&(start, _)| start).filter(|&at| at > 0));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
            let piece = &text[start..cut.max(start)];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let span = (start + lead, start + lead + trimmed.len());
                match spans.last_mut() {
                    // Stray punctuation (`。 。`, a dangling `“`) is no sentence: it
                    // stays with the one before.
                    Some(last) if !trimmed.chars().any(char::is_alphanumeric) => last.1 = span.1,
                    _ => spans.push(span),
                }
            }
            start = cut.max(start);
        }
        split_numbered_heading(text, &mut spans);
        self.split_glued_headlines(text, lang, &mut spans);
        spans
    }

    /// Splits English headlines from the bodies they are glued to: a page's title,
    /// subtitles and first sentence can all arrive as one "sentence" that opens
    /// the paragraph.
    fn split_glued_headlines(
        &self,
        text: &str,
        lang: Option<&str>,
        spans: &mut Vec<(usize, usize)>,
    ) {
        let Some(headlines) = &self.headlines else {
            return;
        };
        if lang.is_some_and(|code| code != "en") {
            return;
        }
        // Only at the paragraph's start, where extraction glues a title; then
        // again on the body, which may open with a subtitle.
        let mut k = 0;
        while let Some(&(start, end)) = spans.get(k) {
            let Some(at) = headlines.body_start(&text[start..end]) else {
                break;
            };
            split_span(text, spans, k, at);
            k += 1;
        }
    }

    /// Byte offsets where a sentence ends (just after its closing characters).
    /// (`bullets` receives the bullets that stand alone, `• eggs • milk`, found on
    /// the way: the items of a list run into one line.)
    fn boundaries(
        &self,
        text: &str,
        rules: &Rules,
        bullets: &mut Vec<(usize, usize)>,
    ) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut cuts = Vec::new();
        let mut quotes = Quotes::default();
        // The thread's buffer, with room for a stop's context and a few closers: no
        // paragraph allocates one or regrows it.
        let mut window = WINDOW.take();
        window.clear();
        window.reserve(CONTEXT_BEFORE + CONTEXT_AFTER + 16);
        let mut sentence_start = 0;
        // Where a quotation that is a word's object closed on a stop: one opened
        // right there is the next of its kind (`台词“你瞅啥？”“瞅你咋地！”迅速走红`).
        let mut object_closed_at = None;
        let mut pos = 0;
        while pos < bytes.len() {
            // Most bytes (letters, Han characters, continuation bytes) can neither end
            // a sentence nor open or close a quotation: skip them undecoded.
            if !MAY_MATTER[usize::from(bytes[pos])] {
                // One tight scan to the next byte that may matter.
                pos += bytes[pos..]
                    .iter()
                    .position(|&b| MAY_MATTER[usize::from(b)])
                    .unwrap_or(bytes.len() - pos);
                continue;
            }
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            // A `“` while one is open either closes it or, when a `”` follows, opens
            // the next quotation (the first one was never closed).
            let reopens = c == '“' && quotes.curly && opens_quotation(&text[pos + c.len_utf8()..]);
            let prev = text[..pos].chars().next_back();
            if !reopens {
                let outermost = quotes.depth() == 0;
                quotes.see(c);
                if outermost && quotes.depth() > 0 {
                    let chained = object_closed_at == Some(pos);
                    quotes.in_chinese = prev.is_some_and(is_cjk) || chained;
                    quotes.opened_as_object = chained
                        || (quotes.in_chinese && self.continuations.object_before(&text[..pos]));
                    let before = text[..pos].trim_end().chars().next_back();
                    quotes.opened_after_latin = before.is_some_and(|p| p.is_ascii_alphanumeric());
                    quotes.opened_after_colon = matches!(before, Some(':' | '：'));
                }
            }
            // The Greek question mark and the Armenian full stop, as typed.
            let stop = match c {
                ';' if prev.is_some_and(is_greek) => '?',
                // The interrobang asks and exclaims (`Are you serious‽ That's`).
                '‽' => '?',
                ':' if prev.is_some_and(is_armenian) => '։',
                // Arabic ends a heading that opens the paragraph with a colon (`سؤال
                // وجواب: ماذا`), between Arabic words; not a time (`05:01`), nor
                // what introduces reported words (`وقال الرئيس: إن`).
                ':' if prev.is_some_and(is_arabic)
                    && arabic_follows(&text[pos + 1..])
                    && sentence_start == 0
                    && self.arabic_heading(&text[..pos]) =>
                {
                    '۔'
                }
                // A comma before a one-word item of a list goes on (`الدم، والقلب،`).
                '،' if rules.comma_ends && !list_item_follows(&text[pos + c.len_utf8()..]) => '۔',
                // After a Latin word the fullwidth period is a full stop (`period．Does`).
                // In Chinese it is more often a comma mistyped (`后窗．是专供`) or a
                // list number's dot (`1．弄堂`), and goes on.
                '．' if prev.is_some_and(|p| p.is_ascii_alphabetic())
                    && text[pos + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_none_or(|n| n.is_whitespace() || n.is_uppercase()) =>
                {
                    '。'
                }
                // A quotation broken off by a dash ends like an exclamation when a
                // sentence or another quotation follows (`"The key is—" He stopped`,
                // `"Well, I—" "Save it,"`); a lowercase attribution keeps it (`"I
                // was going to—" he said`), as an exclamation's does.
                '—' | '–'
                    if prev.is_some_and(|p| p.is_ascii_alphanumeric())
                        && broken_off_quotation(&text[pos + c.len_utf8()..]) =>
                {
                    '!'
                }
                // A news story's end mark is a unit of its own (`（完） 责任编辑：…`).
                '）' | ')' if text[..pos].ends_with("（完") || text[..pos].ends_with("(完") => {
                    '。'
                }
                _ => c,
            };
            let terminator = is_cjk_end(stop)
                || is_other_end(stop)
                || matches!(stop, '.' | '!' | '?' | '…')
                || (self.semicolon && stop == '；');
            if !terminator {
                let end = pos + c.len_utf8();
                if is_bullet_symbol(c)
                    && prev.is_none_or(char::is_whitespace)
                    && text[end..].starts_with(char::is_whitespace)
                {
                    bullets.push((pos, end));
                }
                pos = end;
                continue;
            }
            // The terminator run (`?!`, `……`, `...`, `. . .`) and the closers after it.
            let mut end = pos + c.len_utf8();
            loop {
                let rest = &text[end..];
                let mut ahead = rest.chars();
                let Some(d) = ahead.next() else { break };
                // `. . .`, but not `raak. ...en`, where an ellipsis opens the next one.
                let spaced_dot =
                    c == '.' && d == ' ' && ahead.next() == Some('.') && ahead.next() != Some('.');
                if matches!(d, '.' | '!' | '?' | '…' | '！' | '？' | '。') || spaced_dot {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            // A Chinese stop after an abbreviation's period ends the sentence
            // (`ABC Co., Ltd.。成立于`, `前往U.S.。明天`).
            // So does a question or an exclamation mark (`the U.S.? Washington`).
            let stop = match text[pos..end]
                .chars()
                .find(|&d| is_cjk_end(d) || matches!(d, '?' | '!'))
            {
                Some(mark) if stop == '.' => mark,
                _ => stop,
            };
            if c == '.' && text[pos..end].contains(' ') {
                // Spaced ellipses: `is . . . I` goes on, and ends a sentence only
                // before a capitalised opener (`cuts out . . . The rest`);
                // `compounds. . . . The` ends at the period and the ellipsis opens
                // the next sentence.
                let dots = text[pos..end].matches('.').count();
                let after_space = prev.is_some_and(char::is_whitespace);
                let ahead = text[end..].trim_start();
                let next = ahead.chars().next();
                // Not inside a quotation.
                let opener = quotes.depth() == 0 && opener_after_ellipsis(rules, ahead);
                if dots == 3 && after_space && next.is_some() && !opener {
                    pos = end;
                    continue;
                }
                if dots >= 4 && !after_space && next.is_some_and(char::is_uppercase) {
                    cuts.push(pos + 1);
                    sentence_start = pos + 1;
                    pos = end;
                    continue;
                }
            }
            let opened = quotes;
            // A straight quote closes an open quotation, or one that text does not
            // follow directly; else it opens the next sentence (`。"我们…`).
            // `“` closes an open one after a terminator too (`。“` in scraped text),
            // unless it opens the next quotation.
            // Either mark closes a quotation the other opened (`"…。“`, `“…。"`).
            while let Some(d) = text[end..].chars().next().filter(|&d| {
                let rest = &text[end + d.len_utf8()..];
                let open = quotes.curly || quotes.straight || quotes.low;
                (is_closer(d) || (d == '“' && open && !opens_quotation(rest)))
                    && (d != '"'
                        || open
                        || rest
                            .chars()
                            .next()
                            .is_none_or(|e| e.is_whitespace() || is_closer(e)))
            }) {
                quotes.close(d);
                end += d.len_utf8();
            }
            // So do the marks that close an emphasis (`*Do not feed the bears.* They`,
            // `**Warning.** The floor`).
            let stars = text[end..]
                .bytes()
                .take_while(|&b| b == b'*' || b == b'_')
                .count();
            if (1..=EMPHASIS_MARKS).contains(&stars)
                && text[end + stars..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
            {
                end += stars;
            }
            // Reference marks belong to the sentence they follow (`large.[2][3] Visitors`),
            // and so do footnote numbers glued to a word's period (`consultation.11 12
            // Take`, `(1987).1 According`).
            end += reference_marks_len(&text[end..]);
            // Emoji after a stop close its sentence (`放假啦！🎉🎉 去哪`), set apart by
            // a space too (`We won! 🎉 Next stop`).
            let emoji_len = |rest: &str| -> usize {
                rest.chars()
                    .take_while(|&e| is_emoji(e))
                    .map(char::len_utf8)
                    .sum()
            };
            end += emoji_len(&text[end..]);
            loop {
                let space = text[end..].len() - text[end..].trim_start_matches(' ').len();
                let spaced = emoji_len(&text[end + space..]);
                if space > 0
                    && spaced > 0
                    && text[end + space + spaced..].starts_with(char::is_whitespace)
                {
                    end += space + spaced;
                } else {
                    break;
                }
            }
            end += source_len(stop, &text[sentence_start..pos], &text[end..]);
            if c == '.'
                && end == pos + 1
                && text.as_bytes().get(end).is_some_and(u8::is_ascii_digit)
                && footnote_may_follow(&text[..pos], rules)
            {
                end += footnote_numbers_len(&text[end..]);
            }
            // What opened the quotation these closers closed, if they did.
            let closed_here = opened.depth() > 0 && quotes.depth() == 0;
            if closed_here && opened.opened_as_object {
                object_closed_at = Some(end);
            }
            // The decision reads a few words either side: decode just those.
            let from = text[..pos]
                .char_indices()
                .rev()
                .nth(CONTEXT_BEFORE - 1)
                .map_or(0, |(at, _)| at);
            let to = text[end..]
                .char_indices()
                .nth(CONTEXT_AFTER)
                .map_or(text.len(), |(at, _)| end + at);
            slide_window(&mut window, text, from, to);
            let i = window.partition_point(|&(at, _)| at < pos);
            let j = window.partition_point(|&(at, _)| at < end);
            if quotes.depth() > 0 && !quotation_goes_on(&text[end..], &quotes) {
                // Nothing ahead closes it: a stray quote (scraped text has many), not
                // a quotation the sentence is inside.
                quotes = Quotes::default();
            }
            let decision = Decision {
                rules,
                chars: &window,
                i,
                j,
                stop,
                depth: quotes.depth(),
                brackets: quotes.holding(),
                in_chinese: quotes.in_chinese && quotes.depth() > 0,
                object: closed_here && opened.opened_as_object,
                after_latin: closed_here && opened.opened_after_latin,
                after_colon: closed_here && opened.opened_after_colon,
                sentence: &text[sentence_start..pos],
                opens_paragraph: sentence_start == 0,
            };
            if self.ends_here(&decision) {
                cuts.push(end);
                sentence_start = end;
            }
            pos = end;
        }
        WINDOW.set(window);
        cuts
    }

    /// Whether the terminator run `chars[i..j]` (closers included) ends a sentence.
    fn ends_here(&self, d: &Decision) -> bool {
        let (chars, i, j, c) = (d.chars, d.i, d.j, d.stop);
        let Some(&(_, next)) = chars.get(j) else {
            return true;
        };
        let Some(k) = chars[j..].iter().position(|&(_, e)| !e.is_whitespace()) else {
            return true;
        };
        let first = chars[j + k].1;
        // What follows a comma or a colon is the same sentence (`！” ，“他穿着`).
        if matches!(first, '，' | ',' | '、' | '；' | ';' | '：' | ':') {
            return false;
        }
        // So is what follows a Chinese dash that closes an aside (`他居然——真是没想
        // 到！——拿了冠军，还…`); one that opens a line of dialogue opens a sentence
        // (`——你去哪儿？——回家。`). (A short source after one is its sentence's:
        // see `source_len`.)
        if first == '—'
            && chars.get(j + k + 1).is_some_and(|&(_, e)| e == '—')
            && d.sentence
                .trim_start()
                .match_indices("——")
                .any(|(at, _)| at > 0)
        {
            return false;
        }
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        let closed = j > i + 1 && chars[j - 1].1 != c && is_quote_closer(chars[j - 1].1);
        // Closed by a quotation mark, not a bracket: only a quotation has an
        // attribution (`(Nobody knew why.) The party continued.`).
        let quoted = closed && !matches!(chars[j - 1].1, ')' | ']' | '）' | '】');
        // A stop inside a title (`《你好！李焕英》`); not a source's title after a
        // stop (`。——文天祥《过零丁洋》 这两句`).
        if j > i + 1
            && chars[j - 1].1 == '》'
            && !chars[i..j].iter().any(|&(_, e)| crate::text::is_han(e))
        {
            return false;
        }
        // A quotation's attribution belongs to its sentence (`!" Hammel added.`), and
        // so does what goes on after it in Chinese (`“谢谢！”就走了`), or after one
        // that is a word's object (`把“…。”挂在嘴边`), or in lowercase after one that
        // English text quotes (`He wrote “你好！” on the board`).
        if closed
            && (d.object
                || (d.after_latin && (lowercase_word_at(chars, j + k) || chars[j + k].1 == '('))
                || (quoted && self.attribution_follows(d.rules, chars, j + k, d.after_colon))
                || self.continuations.follow(
                    &chars[past_quotations(chars, j + k)..],
                    matches!(c, '?' | '？'),
                    d.after_colon,
                ))
        {
            return false;
        }
        // A stop inside a topic tag ends nothing (`#我的2023！#今年`): an odd `#`
        // opened it, with no space since (`#北京暴雨#今天…！#` is closed).
        if next == '#'
            && chars[..i]
                .iter()
                .rev()
                .take_while(|&&(_, e)| !e.is_whitespace())
                .filter(|&&(_, e)| e == '#')
                .count()
                % 2
                == 1
        {
            return false;
        }
        // Inside brackets (and `«…»`, `„…“`) that go on, or a quotation in Chinese text
        // (`一句“Thank you. See you.”就走了`), a sentence does not end.
        if (d.brackets > 0 || d.in_chinese) && !closed {
            return false;
        }
        // A Chinese ellipsis (`……`, or `...` typed) after a word or two, or before
        // the word it follows again, is a pause (`这个……那个……`, `我……我不知道`,
        // `北京、上海...都`), not a sentence's end.
        let dots = chars[i..j].iter().filter(|&&(_, e)| e == '.').count();
        if (c == '…' || dots >= 3) && prev.is_some_and(is_cjk) && !closed {
            // The clause before: Han characters and digits back to any punctuation
            // (`风很大` in `天黑了，风很大……`, `橘子` in `苹果、香蕉、橘子……`,
            // `提高到了90分` in `…，提高到了90分……这`).
            let clause = d
                .sentence
                .chars()
                .rev()
                .take_while(|&e| crate::text::is_han(e) || e.is_ascii_digit());
            let before: Vec<char> = clause.take(PAUSE_HAN).collect();
            // A word said again after the pause: `我……我`, `所以……所以`.
            let ahead: Vec<char> = chars[j + k..].iter().take(2).map(|&(_, e)| e).collect();
            let repeated = (1..=2).any(|n| {
                before.len() >= n
                    && ahead.len() >= n
                    && before[..n].iter().rev().eq(ahead[..n].iter())
            });
            // An English sentence after it makes it an end (`等一下……Wait...`), not
            // a Latin name in the Chinese sentence (`那个……Apple的新品`).
            let english_follows = || {
                let latin = chars[j + k..]
                    .iter()
                    .take_while(|&&(_, e)| e.is_ascii_alphabetic())
                    .count();
                first.is_ascii_uppercase()
                    && chars.get(j + k + latin).is_none_or(|&(_, e)| !is_cjk(e))
            };
            if (before.len() < PAUSE_HAN
                || repeated
                || self.continuations.after_pause(&chars[j + k..]))
                && !english_follows()
            {
                return false;
            }
        }
        if is_cjk_end(c)
            || is_other_end(c)
            || (self.semicolon && c == '；')
            || c == '…' && prev.is_some_and(is_cjk)
            || matches!(c, '!' | '?')
                && (prev.is_some_and(is_cjk) || exclaims_before_han(d, closed))
        {
            // Inside a quotation that goes on, a sentence does not end. (English news
            // ends sentences inside long quotations, and NTREX's lines do too.)
            // A single quote that closes leaves the double one around it open
            // (`“老师说，‘要诚实。’我一直记得。”`).
            let inner = matches!(chars[j - 1].1, '’' | '\'' | '」' | '』');
            return d.depth == 0 || (closed && !inner);
        }
        // An ASCII period used as a Chinese full stop: `生态.创新`, `通知.The`, before
        // a date or a time (`起.6月18日开售`); not a file's dot (`将.env复制`).
        if c == '.' && prev.is_some_and(crate::text::is_han) {
            let date_follows = || {
                let digits = chars[j..]
                    .iter()
                    .take_while(|&&(_, e)| e.is_ascii_digit())
                    .count();
                chars
                    .get(j + digits)
                    .is_some_and(|&(_, e)| matches!(e, '年' | '月' | '日' | '号' | '点' | '时'))
            };
            // A name written with its dot runs into Chinese (`和.NET开发`, `.com域名`).
            let latin = chars[j..]
                .iter()
                .take_while(|&&(_, e)| e.is_ascii_alphanumeric())
                .count();
            let dotted_name =
                next.is_ascii_alphabetic() && chars.get(j + latin).is_some_and(|&(_, e)| is_cjk(e));
            return d.depth == 0
                && (!next.is_ascii_digit() || date_follows())
                && !next.is_ascii_lowercase()
                && !dotted_name;
        }
        if !next.is_whitespace() {
            // Glued: `jump.Since`, `it.我也`, `wait?Sign`; a dotted name is one word.
            // A quotation closed and the next one opened at once (`taken?""No`).
            let next_quotation = closed
                && matches!(next, '"' | '“')
                && chars.get(j + 1).is_some_and(|&(_, e)| e.is_uppercase());
            // A capitalised word glued to a closed double quotation opens a sentence
            // too (`"We did it!"The captain`). (A single quote may be a word's
            // apostrophe: `'Oh no!'Yu-cun smiled`.)
            let capital_after_quotation = matches!(chars[j - 1].1, '"' | '”')
                && next.is_uppercase()
                && chars.get(j + 1).is_some_and(|&(_, e)| e.is_lowercase());
            return match c {
                // An English sentence ends on its number before Chinese (`founded in
                // 1998.它的总部`), as a short number in Chinese may not (`1.请`).
                '.' => {
                    self.glued_sentence(d.rules, chars, i, j)
                        || (crate::text::is_han(next)
                            && prev.is_some_and(|p| p.is_ascii_digit())
                            && english_sentence(d.sentence))
                }
                '!' | '?' => {
                    next_quotation
                        || capital_after_quotation
                        || glued_question_or_exclamation(chars, i, j)
                }
                _ => false,
            };
        }
        if is_cjk(first) {
            // An ellipsis set apart by spaces goes on (`这一天 ... 这一天物理学家`), as
            // in English (`really ... well`).
            if dots >= 3 && prev.is_some_and(char::is_whitespace) {
                return false;
            }
            // `Apple Inc. 的股价`: an abbreviation holds before Chinese too, and so
            // does a list's number (`1. 加强组织领导`); but not at the end of an
            // English sentence (`held at the U.N. 各国代表`, `lands at 5 p.m. 我们`).
            if c != '.' {
                return true;
            }
            let english = english_sentence(d.sentence)
                && !self.continuations.follow(&chars[j + k..], false, false);
            return english
                || !(self.is_abbreviation_before(d.rules, chars, i)
                    || is_list_label(d.rules, d.sentence, d.opens_paragraph));
        }
        let opens = opens_sentence(chars, j + k, closed)
            || (d.rules.lowercase_opens && dots <= 1 && first.is_lowercase());
        // Forum text opens sentences in lowercase: after a run of `?` or `!`
        // (`windows 11??? i've`), or after one or a plain word's period before a
        // word that opens sentences (`figured it out. you have to`, `driver. thx`,
        // `didn't`, `r/learnpython? they're`); not after a quotation, where an
        // attribution goes on (`"You sold the car?!" he yelled`).
        let casual_start = first.is_lowercase()
            && !closed
            && match c {
                '!' | '?' => {
                    chars[i..j]
                        .iter()
                        .filter(|&&(_, e)| matches!(e, '!' | '?' | '！' | '？'))
                        .nth(1)
                        .is_some()
                        || casual_opener_at(d.rules, chars, j + k, false)
                }
                // A writer who opened the sentence in lowercase opens the next one
                // so too (`lol that's what happened to me. thought i was`).
                '.' => {
                    dots == 1
                        && (plain_word_opener(d.rules, chars, i, j + k)
                            || (plain_word_before(d.rules, chars, i)
                                && lowercase_word_at(chars, j + k)
                                && d.sentence.trim_start().starts_with(|e: char| {
                                    e.is_lowercase() || matches!(e, '@' | '#')
                                })))
                }
                _ => false,
            };
        match c {
            '!' | '?' => opens || casual_start || first.is_ascii_digit(),
            '…' => opens,
            _ => {
                // A run of periods is an ellipsis; one period may close an abbreviation.
                if dots > 1 {
                    return opens;
                }
                (opens || casual_start || (first.is_ascii_digit() && number_may_follow(chars, i)))
                    && !self.abbreviation_holds(d, j + k)
                    && !is_list_label(d.rules, d.sentence, d.opens_paragraph)
            }
        }
    }

    /// A quotation's attribution starts at `chars[k]`: a short clause with a
    /// reporting verb (see `ReportingVerbs::attribute`), then a stop, or a comma
    /// and the speaker's action. (Before a comma the clause may introduce what
    /// follows instead: `She continued, "I…`, `。”穆阿利姆表示，叙利亚…`.)
    /// (`after_colon`: a colon introduced the quotation, so words quoted after it
    /// may be another speaker's: `他说：“…”她点了点头，“…”`.)
    fn attribution_follows(
        &self,
        rules: &Rules,
        chars: &[(usize, char)],
        k: usize,
        after_colon: bool,
    ) -> bool {
        // The clause runs to the next stop; a title's period is none (`"Are you
        // done?" Mr. Ito asked.`).
        let Some(len) = chars[k..]
            .iter()
            .take(ATTRIBUTION_HAN * 2)
            .enumerate()
            .position(|(n, &(_, e))| {
                matches!(
                    e,
                    '.' | '!' | '?' | ',' | '。' | '！' | '？' | '，' | ':' | '：'
                ) && !(e == '.'
                    && rules.kind(&word_before(chars, k + n).to_lowercase())
                        == Some(Kind::NeverEnds))
            })
        else {
            return false;
        };
        let clause: String = chars[k..k + len].iter().map(|&(_, e)| e).collect();
        let clause = clause.trim_end();
        if len == 0 {
            return false;
        }
        match chars[k + len].1 {
            // An attribution in the midst of its action goes on past a comma (`他说着，
            // 伸出了右手`, `他大叫了一声，冲了过去`), and so does any before the
            // speaker's next action (`她说，随后低下了头`); a bare one introduces new
            // words (`”|穆阿利姆表示，叙利亚…`).
            ',' | '，'
                if self.verbs.acting(clause)
                    || self.verbs.narrating(clause)
                    || (self.verbs.attribute(clause)
                        && self.verbs.action_at(&chars[k + len + 1..])) =>
            {
                return true;
            }
            ',' | '，' => {}
            // A colon introduces new words (`”|他说：“…`): a sentence of their own.
            ':' | '：' => return false,
            _ => return self.verbs.attribute(clause),
        }
        let after = k + len + 1;
        // In English an attribution goes on past a comma with the speaker's action
        // (`"Is it raining?" Dad asked, looking up.`); before a capitalised
        // quotation it introduces new words (`She continued, "I…`).
        if !clause.chars().any(crate::text::is_han) {
            let mut rest = chars[after..]
                .iter()
                .skip_while(|&&(_, e)| e.is_whitespace());
            let quotation = rest
                .next()
                .is_some_and(|&(_, e)| matches!(e, '"' | '“' | '\''))
                && rest.next().is_some_and(|&(_, e)| e.is_uppercase());
            return !quotation && self.verbs.attribute(clause);
        }
        // In Chinese a quotation interrupted by its attribution goes on after it
        // (`“快走！”老人喊道，“他们…”`), and so with a gesture before the attribution
        // (`“这个嘛……”他挠了挠头，笑着说，“我再想想。”`). (English marks that with a
        // lowercase word, `"Go!" he shouted, "they…`.)
        if !clause.chars().all(crate::text::is_han) {
            return false;
        }
        let resumes = |at: usize| {
            chars[at..]
                .iter()
                .find(|&&(_, e)| !e.is_whitespace())
                .is_some_and(|&(_, e)| matches!(e, '“' | '「' | '『' | '"'))
        };
        // So does a short action of the speaker's, told with a pronoun
        // (`“我不去。”他把筷子往桌上一拍，“要去你自己去！”`).
        if resumes(after) {
            let pronoun_action = !after_colon
                && clause.starts_with(['他', '她', '我', '你', '它'])
                && clause.chars().count() <= ACTION_HAN;
            return pronoun_action || self.verbs.attribute(clause);
        }
        let Some(second) = chars[after..]
            .iter()
            .take(ATTRIBUTION_HAN)
            .position(|&(_, e)| !crate::text::is_han(e))
        else {
            return false;
        };
        let attribution: String = chars[after..after + second]
            .iter()
            .map(|&(_, e)| e)
            .collect();
        // An action, then the attribution: before the quotation it resumes
        // (`“…”他挠了挠头，笑着说，“…”`), or ending the sentence (`“…。”老人捋了捋
        // 胡子，慢悠悠地说。`).
        let resumed = match chars[after + second].1 {
            '，' | ',' => resumes(after + second + 1),
            end => is_cjk_end(end),
        };
        second > 0 && resumed && self.verbs.attribute(&attribution)
    }

    /// `clause`, a paragraph's start before a colon, is a heading: a few words, no
    /// reporting verb.
    fn arabic_heading(&self, clause: &str) -> bool {
        let mut words = clause.split_whitespace();
        !words.clone().any(|w| self.verbs.words.contains(w))
            && words.nth(ARABIC_HEADING_WORDS).is_none()
    }

    /// The period at `d.i` closes an abbreviation, an initial or an ordinal that the
    /// next word (at `k`) does not break away from.
    fn abbreviation_holds(&self, d: &Decision, k: usize) -> bool {
        let rules = d.rules;
        let mut written = word_before(d.chars, d.i);
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
        let next_word: String = d.chars[k..]
            .iter()
            .take_while(|&&(_, e)| e.is_alphanumeric())
            .flat_map(|&(_, e)| e.to_lowercase())
            .collect();
        // `¿` and `¡` open nothing but a sentence (`100 km/h. ¿En`).
        if matches!(d.chars[k].1, '¿' | '¡') {
            return false;
        }
        // A quotation opening with a capital opens a sentence too (`plc. “Risks`).
        let quotation = matches!(d.chars[k].1, '“' | '"')
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
            && lowercase_word_at(d.chars, after_next + comma + 1);
        let opener =
            (rules.openers.contains(&next_word) && !initials_next) || quotation || quantifier;
        if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
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
            let labelled = d.chars[k].1.is_uppercase()
                && rules
                    .label_nouns
                    .contains(&preceding_word(d.chars, d.i, &written));
            // A Latin lowercase letter after a number is a unit (`for 2 h.
            // Afterwards`; Russian's `1898 г.` is a year's, before its sentence goes on).
            // So is a letter after a unit and a slash (`128 mmol/L. Fluids`, `2
            // mV/V. Calibrate`; not initials after a name, `Chen/S. Gupta`).
            let start = d.i.saturating_sub(written.chars().count());
            let unit_before = d.chars[..start.saturating_sub(1)]
                .iter()
                .rev()
                .take_while(|&&(_, e)| e.is_ascii_alphabetic())
                .last()
                .is_some_and(|&(_, e)| e.is_ascii_lowercase());
            let after_slash = start > 1 && d.chars[start - 1].1 == '/' && unit_before;
            // A compass point or a temperature's scale after degrees too (`45° N.
            // Winters`, `72.54° W.`, `37° C. Growth`).
            let compass = written.chars().all(char::is_uppercase)
                && self.default.after_degrees.contains(&word)
                && d.chars[..start]
                    .iter()
                    .rev()
                    .find(|&&(_, e)| !e.is_whitespace())
                    .is_some_and(|&(_, e)| matches!(e, '°' | '′' | '″' | '\'' | '"'));
            let unit = (written.chars().all(|e| e.is_ascii_lowercase())
                && after_number(d.chars, d.i, &written)
                || after_slash
                || compass)
                && d.chars[k].1.is_uppercase();
            if (labelled || unit) && !abbreviation_next {
                return false;
            }
            return label || abbreviation_next || !rules.openers.contains(&next_word);
        }
        if rules.ordinal_dots && is_ordinal(&written) {
            return !opener;
        }
        // One number's abbreviation before another (`U.S. Pat. No. 7,654,321`).
        let numbered = |w: &str| rules.kind(w) == Some(Kind::BeforeNumber);
        if next_dotted && numbered(&next_word) && numbered(&word) {
            return true;
        }
        // A month after its day or a preposition closes a date, as a time does
        // (`until 3 Feb. Admission is free`, `in Aug. Schools must`; but `3 Feb.
        // 2020`).
        let date_closes = || {
            after_number(d.chars, d.i, &written)
                || rules
                    .phrase_openers
                    .contains(&preceding_word(d.chars, d.i, &written))
        };
        // Unlisted initials in lowercase close a measure or a note (`mean ± s.d.
        // Significance`), as a time's do (`p.m.`).
        let lowercase_initials = !rules.abbreviations.contains_key(&word)
            && written.contains('.')
            && written.chars().all(|e| e.is_lowercase() || e == '.');
        let kind = match rules.kind(&word) {
            Some(Kind::Ordinary) if rules.calendar.contains(&word) && date_closes() => {
                Some(Kind::BeforeLowercase)
            }
            Some(Kind::Ordinary) if lowercase_initials => Some(Kind::BeforeLowercase),
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
        match kind {
            // After a number a title's letters are a unit (`at 40 ms. The`).
            Some(Kind::NeverEnds) if after_number(d.chars, d.i, &written) => !opener,
            Some(Kind::NeverEnds) => true,
            // `St. Louis`; but `Baker St. It is quiet`.
            // After a number it is a unit (`9 ft. The room`), and after a name the
            // end of a street's (`Elm St. The floats`, `Linden St. Call me`): it
            // holds unless a sentence opener follows, like any abbreviation.
            Some(Kind::Place)
                if after_number(d.chars, d.i, &written)
                    || preceding_word_as_written(d.chars, d.i, &written)
                        .starts_with(char::is_uppercase) =>
            {
                !opener
            }
            Some(Kind::Place) => !rules.pronouns.contains(&next_word),
            // `No. 5`, `pp. 12`, `No. XR-500`, `Fig. S1`; but `no. What` ends a
            // sentence.
            // A Roman numeral of two letters or more counts too (`Vol. IV`; not
            // `No. I think`), and a letter before a stop (`in App. B.`).
            Some(Kind::BeforeNumber) => {
                let token = d.chars[k..]
                    .iter()
                    .take_while(|&&(_, e)| !e.is_whitespace());
                let word: Vec<char> = token
                    .clone()
                    .map(|&(_, e)| e)
                    .take_while(|e| e.is_alphanumeric())
                    .collect();
                let roman = word.len() >= 2 && word.iter().all(|&e| "IVXLCDM".contains(e));
                // A letter before a stop or a lowercase word (`in App. B.`, `Ex. A to
                // the Declaration`; not the pronoun, `No. I think`).
                let letter = word.len() == 1
                    && word[0].is_ascii_uppercase()
                    && (d
                        .chars
                        .get(k + 1)
                        .is_none_or(|&(_, e)| matches!(e, '.' | ',' | ';' | ')'))
                        || (word[0] != 'I'
                            && d.chars.get(k + 1).is_some_and(|&(_, e)| e == ' ')
                            && lowercase_word_at(d.chars, (k + 2).min(d.chars.len()))));
                roman || letter || token.clone().any(|&(_, e)| e.is_ascii_digit())
            }
            // `At 5 a.m. Mr. Smith went`: a lone adverbial phrase is no sentence.
            Some(Kind::Ordinary) => !opener || self.lone_phrase(rules, d.sentence),
            // `Co. Ltd. Work is expected`, but `Inc. CEO Tim Cook`.
            Some(Kind::NameSuffix) => {
                !(opener || clause_starts_at(rules, d.chars, k))
                    || self.lone_phrase(rules, d.sentence)
            }
            Some(Kind::BeforeLowercase) => {
                let capital = d.chars[k].1.is_uppercase() || quotation || camel_case_at(d.chars, k);
                // A place's time is a time zone too (`8 p.m. Beijing time`).
                let rest = &d.chars[k..];
                let length = rest
                    .iter()
                    .take_while(|&&(_, e)| e.is_alphanumeric())
                    .count();
                let following: String = rest[length..].iter().take(6).map(|&(_, e)| e).collect();
                let zone = following.trim_start().starts_with("time") && !opener;
                !capital
                    || zone
                    || rules.calendar.contains(next_word.trim_end_matches('s'))
                    || rules.calendar.contains(&next_word)
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
    fn is_abbreviation_before(&self, rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
        let word = word_before(chars, i).to_lowercase();
        (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
            || rules.kind(&word).is_some()
    }

    /// `jump.Since`: a lowercase word, a period, a capitalised word; neither side a
    /// dotted name, an abbreviation, a URL or an address.
    fn glued_sentence(&self, rules: &Rules, chars: &[(usize, char)], i: usize, j: usize) -> bool {
        // A quotation may open the next sentence (`appeal.“We disagree`).
        let quote = usize::from(chars.get(j).is_some_and(|&(_, d)| matches!(d, '“' | '"')));
        let next: Vec<char> = chars[j + quote..].iter().take(2).map(|&(_, d)| d).collect();
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        // A percentage's period is no decimal point (`增长5%.2025年`).
        if matches!(prev, Some('%' | '％')) && next.first().is_some_and(char::is_ascii_digit) {
            return true;
        }
        if quote == 0 && next.first().is_some_and(|&d| is_cjk(d)) {
            // `it.我也`, `OK.我们走吧`, a time in Chinese (`定于10:30.请`), a measure
            // (`８．２％.其中`); not
            // `U.S.A.工作`, `Inc.的`, nor a list's number (`1.请`). A quotation
            // closed after the period ends with it (`by 5 p.m.”可我`).
            if chars[i + 1..j]
                .iter()
                .any(|&(_, d)| matches!(d, '”' | '"' | '’' | '\'' | '」' | '』'))
            {
                return true;
            }
            // An ordinal's number ends one too (`排名第3.下一场`).
            let digits = chars[..i]
                .iter()
                .rev()
                .take_while(|&&(_, e)| e.is_ascii_digit())
                .count();
            let ordinal = digits > 0 && i > digits && chars[i - digits - 1].1 == '第';
            return (prev
                .is_some_and(|p| p.is_ascii_alphabetic() || matches!(p, ')' | '％' | '‰' | '℃'))
                || number_before_chinese(chars, i)
                || ordinal)
                && !initials_or_abbreviation(rules, chars, i);
        }
        // `I` opens one too (`Yes.I told you`, `it.I'm`), though not after a label's
        // noun (`Part.I`).
        let pronoun_i = next.len() == 2
            && next[0] == 'I'
            && matches!(next[1], ' ' | '\'' | '’')
            && !rules
                .label_nouns
                .contains(&word_before(chars, i).to_lowercase());
        // So do initials after a plain word (`alert.U.S. citizens`).
        let initials = next.len() == 2
            && next[0].is_ascii_uppercase()
            && next[1] == '.'
            && glued_initials(&word_before(chars, i), &chars[j..]);
        let capitalised = next.len() == 2 && next[0].is_uppercase() && next[1].is_lowercase()
            || pronoun_i
            || initials;
        // A change of script across the period (`жағдайы.XVIII ғасырдың`) is no name.
        let script_changes = next
            .first()
            .is_some_and(|&d| d.is_uppercase() && is_latin(d))
            && prev.is_some_and(|p| p.is_lowercase() && !is_latin(p));
        // A figure ends one too (`in 2019.The`, `5.2%.Analysts`, `$9.99.Free`).
        let number_before = figure_before(rules, chars, i);
        let closing = prev.is_some_and(|p| matches!(p, ')' | ']'));
        // After a name in capitals, a sentence opener starts one (`ASP.NET.It`).
        let next_word: String = chars[j + quote..]
            .iter()
            .take_while(|&&(_, d)| d.is_alphabetic())
            .flat_map(|&(_, d)| d.to_lowercase())
            .collect();
        let opener = rules.openers.contains(&next_word);
        let word_ends = prev.is_some_and(char::is_lowercase)
            || (capitalised && (number_before || closing || opener));
        (capitalised || script_changes)
            && word_ends
            && !self.dotted_or_abbreviation(rules, chars, i)
    }

    fn dotted_or_abbreviation(&self, rules: &Rules, chars: &[(usize, char)], i: usize) -> bool {
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
        dotted_before
            || address
            || (after.contains(['.', '@', '/']) && !initials_next)
            || rules.abbreviations.contains_key(&before.to_lowercase())
    }

    /// The list markers of `text` (`1.`, `2.)`, `b.`, `• 9.`, and `bullets` when there
    /// are two or more) as byte ranges, when the paragraph holds a list (two or
    /// more), and whether the list runs inside one sentence, its numbers after
    /// commas, a conjunction or semicolons (`reasons: 1. cost, 2. time and 3. risk`).
    fn list_markers(
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
        let candidates: Vec<(usize, usize, [Option<u32>; 2], bool)> =
            marker_candidates(text, rules)
                .map(|(start, end)| {
                    let marker = &text[start..end];
                    let bulleted = marker.starts_with(is_bullet);
                    (start, end, marker_values(marker), bulleted)
                })
                .collect();
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
                || [" and", " or"].iter().any(|w| before.ends_with(w))
        });
        if markers.len() < 2 {
            (Vec::new(), false)
        } else {
            (markers, inline)
        }
    }
}

fn is_bullet(c: char) -> bool {
    is_bullet_symbol(c) || matches!(c, '-' | '–')
}

/// A bullet that is no dash: alone between words, two or more start a list's items
/// (`• eggs • milk`, `● Salt ● Pepper`).
fn is_bullet_symbol(c: char) -> bool {
    matches!(c, '•' | '⁃' | '●' | '■' | '▪' | '◆')
}

/// What may be a list marker in `text`, as byte ranges: one to three digits or a
/// lowercase letter, then `.`, `)` or `.)`, and whitespace; before it the paragraph's
/// start or whitespace, with a bullet (`•⁃-–`) and a space between, each optional
/// (`1.`, `b)`, `• 9.`, `⁃10.`); or a stop, glued (`the app.2. Tap`, `设置。2. 点击`).
fn marker_candidates<'a>(
    text: &'a str,
    rules: &'a Rules,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let bytes = text.as_bytes();
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
        let letters = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        let roman = (2..=ROMAN_LABEL_LETTERS).contains(&letters)
            && roman_value(&text[at - letters..at]).is_some();
        let body = match digits {
            1..=3 => at - digits,
            0 if letters == 1 || roman => at - letters,
            _ => return None,
        };
        // Back from the body: an optional space, an optional bullet, then the start
        // or whitespace.
        let mut before = text[..body].char_indices().rev();
        let opens =
            |previous: Option<(usize, char)>| previous.is_none_or(|(_, c)| c.is_whitespace());
        let start = match before.next() {
            None => body,
            Some((_, c)) if c.is_whitespace() => match before.next() {
                Some((bullet, b)) if is_bullet(b) && opens(before.next()) => bullet,
                // The space is what comes before the marker.
                _ => body,
            },
            Some((bullet, b)) if is_bullet(b) && opens(before.next()) => bullet,
            // After a colon that introduces the list (`注意：1. 本活动`).
            Some((_, ':' | '：')) => body,
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

/// `text` ends in a word of `rules`' abbreviations (`No` in `ranked No`).
fn ends_in_abbreviation(text: &str, rules: &Rules) -> bool {
    let word = &text[text.trim_end_matches(char::is_alphabetic).len()..];
    rules.abbreviations.contains_key(&word.to_lowercase())
}

/// The numbers a list marker may stand for: as a number or a letter (`3.` and `c)`
/// are 3), and as a Roman numeral (`iii.` is 3; `i.` is 9 as a letter, 1 as a
/// numeral).
fn marker_values(marker: &str) -> [Option<u32>; 2] {
    let body = marker.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    let body = body.trim_end_matches(['.', ')']);
    if let Ok(n) = body.parse() {
        return [Some(n), None];
    }
    let mut letters = body.chars();
    let letter = match (letters.next(), letters.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(u32::from(c) - u32::from('a') + 1),
        _ => None,
    };
    [letter, roman_value(body)]
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
        segmenter
            .split(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn chinese() {
        assert_eq!(
            sentences("上半年增长4.0%。规模以上工业增加值384.8亿元。"),
            ["上半年增长4.0%。", "规模以上工业增加值384.8亿元。"]
        );
        assert_eq!(
            sentences("他说：“我们一定会成功。”大家都鼓起掌来。"),
            ["他说：“我们一定会成功。”", "大家都鼓起掌来。"]
        );
        assert_eq!(
            sentences("他说：“第一。第二。”然后走了。"),
            ["他说：“第一。第二。”", "然后走了。"]
        );
        assert_eq!(
            sentences("一是抓好联系；二是抓好批复。"),
            ["一是抓好联系；二是抓好批复。"]
        );
    }

    #[test]
    fn english() {
        assert_eq!(
            sentences("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert_eq!(
            sentences("My name is Jonas E. Smith."),
            ["My name is Jonas E. Smith."]
        );
        assert_eq!(
            sentences("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(
            sentences("I live in the U.S. How about you?"),
            ["I live in the U.S.", "How about you?"]
        );
        assert_eq!(
            sentences("She has $100.00. It is in her bag."),
            ["She has $100.00.", "It is in her bag."]
        );
        assert_eq!(
            sentences("1. The first item 2. The second item"),
            ["1. The first item", "2. The second item"]
        );
    }

    #[test]
    fn glued_sentences_split_and_dotted_names_stay() {
        assert_eq!(
            sentences("the triple jump.Since its opening"),
            ["the triple jump.", "Since its opening"]
        );
        // Before Chinese: a Latin word's period ends a sentence; a dotted name's and
        // an abbreviation's do not.
        assert_eq!(sentences("他说OK.我们走吧。"), ["他说OK.", "我们走吧。"]);
        for whole in ["他在U.S.A.工作。", "Apple Inc.的股价上涨。"] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("Today is Tuesday.Mr. Smith went home."),
            ["Today is Tuesday.", "Mr. Smith went home."]
        );
        assert_eq!(
            sentences("Revenue rose in 2019.The company said so."),
            ["Revenue rose in 2019.", "The company said so."]
        );
        for (glued, first) in [
            (
                "The price rose 5.2%.Analysts were surprised.",
                "The price rose 5.2%.",
            ),
            (
                "The final score was 3-1.Fans celebrated.",
                "The final score was 3-1.",
            ),
            (
                "Download it from Google.com.Then unzip it.",
                "Download it from Google.com.",
            ),
            (
                "It was fine (mostly).The end came soon.",
                "It was fine (mostly).",
            ),
        ] {
            assert_eq!(sentences(glued)[0], first, "{glued}");
        }
        for whole in [
            "We use Node.js and ASP.NET daily.",
            "See Mr.Smith at St.Louis now.",
            "Visit Google.com today.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn a_stray_quote_does_not_hold_the_rest_of_the_paragraph() {
        // `押韵"` opens a quotation that nothing closes: later stops still end sentences.
        assert_eq!(
            sentences("他们担心“与 Pwp 押韵\"对于读者来说，这是大便的意思。一位议员表示不满。"),
            [
                "他们担心“与 Pwp 押韵\"对于读者来说，这是大便的意思。",
                "一位议员表示不满。"
            ]
        );
        // A straight quote after a stop opens the next sentence.
        assert_eq!(
            sentences("他注意到了这一情况。\"我冲着每个人叫喊。\""),
            ["他注意到了这一情况。", "\"我冲着每个人叫喊。\""]
        );
        // An attribution after a quotation belongs to it.
        assert_eq!(
            sentences("“水里有鲨鱼！” Hammel 接着说。该男童被空运至医院。"),
            ["“水里有鲨鱼！” Hammel 接着说。", "该男童被空运至医院。"]
        );
        assert_eq!(
            sentences("他说：“我们一定会成功。”大家都鼓起掌来。"),
            ["他说：“我们一定会成功。”", "大家都鼓起掌来。"]
        );
        // A dangling `“` closing a quotation stays with its sentence.
        assert_eq!(sentences("他说：“很好。“"), ["他说：“很好。“"]);
    }

    #[test]
    fn reference_marks_brackets_and_the_fullwidth_period() {
        // Reference marks stay with the sentence they follow.
        assert_eq!(
            sentences("It opened in 1990.[1] The park is large.[2][3] Visitors come."),
            [
                "It opened in 1990.[1]",
                "The park is large.[2][3]",
                "Visitors come."
            ]
        );
        assert_eq!(
            sentences("It opened in 1990.[citation needed] The park is large."),
            ["It opened in 1990.[citation needed]", "The park is large."]
        );
        // Footnote numbers glued to a word's period, before a capital.
        assert_eq!(
            sentences("It creates a gap in a consultation.11 12 Take the common cold."),
            [
                "It creates a gap in a consultation.11 12",
                "Take the common cold."
            ]
        );
        assert_eq!(
            sentences("It is from the Wall Street Journal (1987).1 According to it."),
            [
                "It is from the Wall Street Journal (1987).1",
                "According to it."
            ]
        );
        let figure = "See no.1 The Times for it.";
        assert_eq!(sentences(figure), [figure]);
        // Square brackets hold their stops, as round ones do.
        let bracketed = "[15: 12:32] [16: firma? 13:28]";
        assert_eq!(sentences(bracketed), [bracketed]);
        // After a Latin word the fullwidth period ends a sentence; in Chinese it is
        // often a mistyped comma, or a list number's dot.
        assert_eq!(
            sentences("Test strange period．Does it segment correctly．"),
            ["Test strange period．", "Does it segment correctly．"]
        );
        for whole in [
            "它们又辽阔又密实．有些像麦田。",
            "1．弄堂",
            "价格为￥１２．５元。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn review_six_forums_citations_lists_and_dialogue() {
        for (text, want) in [
            // Forum text opens sentences in lowercase.
            (
                "does it work on windows 11??? i've been stuck for 2 days",
                &[
                    "does it work on windows 11???",
                    "i've been stuck for 2 days",
                ][..],
            ),
            (
                "ok so i figured it out. you have to disable secure boot.",
                &[
                    "ok so i figured it out.",
                    "you have to disable secure boot.",
                ],
            ),
            // `A` opens a sentence after an abbreviation.
            (
                "It went to Lockheed Martin Corp. A spokesperson declined.",
                &[
                    "It went to Lockheed Martin Corp.",
                    "A spokesperson declined.",
                ],
            ),
            // Legal citations hold.
            (
                "Under Cal. Civ. Code § 1542, it does not. The parties waive it.",
                &[
                    "Under Cal. Civ. Code § 1542, it does not.",
                    "The parties waive it.",
                ],
            ),
            (
                "It became Pub. L. No. 111-148 in 2010. It is the ACA.",
                &["It became Pub. L. No. 111-148 in 2010.", "It is the ACA."],
            ),
            // Roman numerals label items; a number between does not break the count.
            (
                "i. The tenant pays. ii. The tenant stays. iii. The landlord repairs.",
                &[
                    "i. The tenant pays.",
                    "ii. The tenant stays.",
                    "iii. The landlord repairs.",
                ],
            ),
            (
                "1. Set it to 3.3 V. 2. Connect GND to pin 6. 3. Measure the current.",
                &[
                    "1. Set it to 3.3 V.",
                    "2. Connect GND to pin 6.",
                    "3. Measure the current.",
                ],
            ),
            // A Chinese quotation interrupted by its attribution goes on.
            (
                "“快走！”老人喊道，“他们马上就到了！”",
                &["“快走！”老人喊道，“他们马上就到了！”"],
            ),
            // An attribution may name the one asked.
            (
                "『这到底是怎么回事？』我在心里问自己。",
                &["『这到底是怎么回事？』我在心里问自己。"],
            ),
            // After reported speech a colon introduced, `这句话` opens a sentence.
            (
                "他想起那句话：“做人要踏实。”这句话伴随了他一生。",
                &["他想起那句话：“做人要踏实。”", "这句话伴随了他一生。"],
            ),
            // Emoji after a stop close its sentence.
            (
                "今天终于放假啦！🎉🎉 去哪玩好呢？",
                &["今天终于放假啦！🎉🎉", "去哪玩好呢？"],
            ),
            // Any `…道` reports words, but `知道` does not; `着` may follow the verb.
            ("“太好了！”孩子们欢呼道。", &["“太好了！”孩子们欢呼道。"]),
            ("“冲啊！”战士们高喊着。", &["“冲啊！”战士们高喊着。"]),
            ("“明天见。”我知道。", &["“明天见。”", "我知道。"]),
            // A Chinese stop after an abbreviation's period ends the sentence.
            (
                "英文名是ABC Co., Ltd.。成立于2010年。",
                &["英文名是ABC Co., Ltd.。", "成立于2010年。"],
            ),
            // So does a question mark, and `etc.` before a capital.
            (
                "What's the capital of the U.S.? Washington, D.C. is.",
                &["What's the capital of the U.S.?", "Washington, D.C. is."],
            ),
            (
                "Prices vary, etc. Ask the staff.",
                &["Prices vary, etc.", "Ask the staff."],
            ),
            // An English sentence's abbreviation before Chinese ends it.
            (
                "The flight lands at 5 p.m. 我们四点出发。",
                &["The flight lands at 5 p.m.", "我们四点出发。"],
            ),
            // A domain or a code before Chinese is no abbreviation.
            (
                "邮箱是zhang.san@pku.edu.cn.请联系他.",
                &["邮箱是zhang.san@pku.edu.cn.", "请联系他."],
            ),
            ("请回复Y/N.谢谢!", &["请回复Y/N.", "谢谢!"]),
            // `!` after a number before Chinese ends a sentence.
            (
                "今年增长5.2%!明年目标为5%左右?专家认为可以实现。",
                &["今年增长5.2%!", "明年目标为5%左右?", "专家认为可以实现。"],
            ),
            ("“Stop!”他大喊一声。", &["“Stop!”他大喊一声。"]),
            // An initial holds before another, `A` and `I` too.
            (
                "导师是Prof. J. A. Smith。他来过中国。",
                &["导师是Prof. J. A. Smith。", "他来过中国。"],
            ),
            (
                "It was J. I. Smith. He left.",
                &["It was J. I. Smith.", "He left."],
            ),
            // English text goes on after a Chinese quotation into a bracket.
            (
                "The banner read “欢迎！” (Welcome!) in red.",
                &["The banner read “欢迎！” (Welcome!) in red."],
            ),
            // `由` carries a sentence on after a quotation, and `介绍` attributes one.
            (
                "歌曲“Hello, World!”由他演唱。",
                &["歌曲“Hello, World!”由他演唱。"],
            ),
            (
                "“签约额达到156.8亿元。”主办方介绍。",
                &["“签约额达到156.8亿元。”主办方介绍。"],
            ),
            (
                "“我很好。”由此可见他很好。",
                &["“我很好。”", "由此可见他很好。"],
            ),
            // `称` reports words; an attribution in its action goes on past a comma.
            (
                "“这是一个误会。”公司回应称。",
                &["“这是一个误会。”公司回应称。"],
            ),
            (
                "“你好。”他说着，伸出了右手。",
                &["“你好。”他说着，伸出了右手。"],
            ),
            (
                "“谢谢。”穆阿利姆表示，叙利亚欢迎。",
                &["“谢谢。”", "穆阿利姆表示，叙利亚欢迎。"],
            ),
            // A quotation counted or modified stays inside its sentence.
            (
                "一句“你辛苦了！”让他热泪盈眶。",
                &["一句“你辛苦了！”让他热泪盈眶。"],
            ),
            (
                "金的“I have a dream.”演讲激励了人。",
                &["金的“I have a dream.”演讲激励了人。"],
            ),
            // A quotation right after one that is an object is another.
            (
                "台词“你瞅啥？”“瞅你咋地！”迅速走红网络。",
                &["台词“你瞅啥？”“瞅你咋地！”迅速走红网络。"],
            ),
            (
                "“你好！”“你好！”两人握了握手。",
                &["“你好！”", "“你好！”", "两人握了握手。"],
            ),
            // A percentage's period, and a version's before Chinese, end a sentence.
            (
                "今年增长5%.2025年目标为5.5%.",
                &["今年增长5%.", "2025年目标为5.5%."],
            ),
            (
                "请升级到v3.1.2.旧版本将停止维护.",
                &["请升级到v3.1.2.", "旧版本将停止维护."],
            ),
            ("A.1.3.请记住.", &["A.1.3.请记住."]),
            // A decimal of two places before a period and Chinese ends a sentence.
            (
                "这个价格是$9.99.太便宜了!",
                &["这个价格是$9.99.", "太便宜了!"],
            ),
            // A place's abbreviation after a number is a unit.
            (
                "The ceiling is 9 ft. The room is big.",
                &["The ceiling is 9 ft.", "The room is big."],
            ),
            (
                "I can see Ft. Worth from here.",
                &["I can see Ft. Worth from here."],
            ),
            (
                "He joined the F.B.I. Two years later he quit.",
                &["He joined the F.B.I.", "Two years later he quit."],
            ),
            // A pause counts its clause's digits.
            (
                "从60分提高到了90分……这简直是奇迹！",
                &["从60分提高到了90分……", "这简直是奇迹！"],
            ),
            // Steps and prepositions open sentences after an abbreviation.
            (
                "Second, wait 30 sec. Third, plug it in.",
                &["Second, wait 30 sec.", "Third, plug it in."],
            ),
            (
                "It is U.S. Pat. No. 7,654,321. It expires.",
                &["It is U.S. Pat. No. 7,654,321.", "It expires."],
            ),
            // A list a colon introduces.
            (
                "注意：1. 本活动解释权归主办方。2. 如有疑问请致电。",
                &["注意：", "1. 本活动解释权归主办方。", "2. 如有疑问请致电。"],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        // But an attribution goes on in lowercase after a quotation.
        let attributed = "\"You sold the car?!\" he yelled, slamming the door.";
        assert_eq!(sentences(attributed), [attributed]);
    }

    #[test]
    fn ellipses_dates_and_other_scripts() {
        assert_eq!(
            sentences("the thing is . . . I didn't mean it."),
            ["the thing is . . . I didn't mean it."]
        );
        assert_eq!(
            sentences("into compounds. . . . The practice was not abandoned."),
            ["into compounds.", ". . . The practice was not abandoned."]
        );
        // A date is no list marker: `20.` ends the sentence.
        assert_eq!(
            sentences("She came on July 20. She left on Aug. 3. Then she returned."),
            [
                "She came on July 20.",
                "She left on Aug. 3.",
                "Then she returned."
            ]
        );
        assert_eq!(sentences("a grade A. The data"), ["a grade A.", "The data"]);
        assert_eq!(
            sentences("No, no, no. What now?"),
            ["No, no, no.", "What now?"]
        );
        assert_eq!(sentences("यह एक है। वह दो है।"), ["यह एक है।", "वह दो है।"]);
        assert_eq!(
            sentences("خوشبختم، آقای رضا. شما کجایی هستید؟ من از تهران هستم."),
            [
                "خوشبختم، آقای رضا.",
                "شما کجایی هستید؟",
                "من از تهران هستم."
            ]
        );
    }

    fn sentences_in<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
        let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
        segmenter
            .split_in(text, Some(lang))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn a_quotation_keeps_its_attribution() {
        assert_eq!(
            sentences("\"Get out of the water!\" Maria shouted. Nobody moved."),
            ["\"Get out of the water!\" Maria shouted.", "Nobody moved."]
        );
        assert_eq!(
            sentences("“我们明天出发。”他说。大家都同意了。"),
            ["“我们明天出发。”他说。", "大家都同意了。"]
        );
        // Before a comma the clause introduces what follows.
        assert_eq!(
            sentences("“会议结束了。”主席表示，明年再开。"),
            ["“会议结束了。”", "主席表示，明年再开。"]
        );
    }

    #[test]
    fn a_curly_quote_that_opens_the_next_quotation() {
        // The first quotation is never closed; `。“` opens the next one.
        assert_eq!(
            sentences("他说：“计划已经确定。“下周开始执行。”记者问了细节。"),
            [
                "他说：“计划已经确定。",
                "“下周开始执行。”",
                "记者问了细节。"
            ]
        );
    }

    #[test]
    fn a_quotation_closed_by_the_other_kind_of_mark() {
        // `"` opens, `“` closes (and the other way round): one quotation each.
        assert_eq!(
            sentences("他说。\"我们要开战。几百万人会送命。关系很好。“他说他努力了。"),
            [
                "他说。",
                "\"我们要开战。几百万人会送命。关系很好。“",
                "他说他努力了。"
            ]
        );
        assert_eq!(
            sentences("“我们已谈过了。他踢进了一球。\"但是斯特林占得先机。"),
            ["“我们已谈过了。他踢进了一球。\"", "但是斯特林占得先机。"]
        );
    }

    #[test]
    fn traditional_chinese_reads_the_same_word_lists() {
        for whole in [
            "「我們已盡了最大努力。」消防處發言人說。",
            "他強調：「我沒有違法。」並表示會全力配合調查。",
            "校長引用『革命尚未成功，同志仍須努力。』藉此勉勵學生。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn a_quotation_inside_another_ends_nothing() {
        let whole = "他寫道：「媽媽常說：『錢不是萬能的。』這句話我一直記得。」";
        assert_eq!(sentences(whole), [whole]);
        // `是` goes on after a closed quotation; `是的` opens a sentence.
        let subject = "「絕不退讓。」是現場群眾高喊的口號。";
        assert_eq!(sentences(subject), [subject]);
        assert_eq!(
            sentences("他说：“我们走。”是的，他们走了。"),
            ["他说：“我们走。”", "是的，他们走了。"]
        );
    }

    #[test]
    fn a_quotation_that_is_an_object_goes_on() {
        for whole in [
            "他总把“I'm fine.”挂在嘴边。",
            "他把“做人要诚实。”当作座右铭。",
            "He wrote “你好！” on the whiteboard and left.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        // After Latin text, a capital still opens the next sentence.
        assert_eq!(
            sentences("He wrote “你好！” Then he left."),
            ["He wrote “你好！”", "Then he left."]
        );
    }

    #[test]
    fn ascii_stops_before_chinese() {
        assert_eq!(
            sentences("老师问：“What's your name?”小明答不上来。"),
            ["老师问：“What's your name?”", "小明答不上来。"]
        );
        assert_eq!(
            sentences("See you tomorrow!明天上午9点集合。"),
            ["See you tomorrow!", "明天上午9点集合。"]
        );
        assert_eq!(
            sentences("会议定于10:30.请准时参加."),
            ["会议定于10:30.", "请准时参加."]
        );
        // A list's or a figure's number before Chinese opens its item or caption;
        // a name keeps its `!`.
        for whole in [
            "要求如下：1.请注意安全。",
            "注意事项1.不要迟到2.带好证件",
            "图1.系统架构示意图",
            "He joined Yahoo!中国 in 2005.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn list_labels_and_inline_enumerations() {
        assert_eq!(sentences("1. Open the app."), ["1. Open the app."]);
        // A capital alone labels a question or an answer.
        assert_eq!(
            sentences("Q. What is his name? A. His name is Alfred E. Sloan."),
            ["Q. What is his name?", "A. His name is Alfred E. Sloan."]
        );
        // Items labelled with a letter or a Roman numeral, in brackets or before one.
        assert_eq!(
            sentences("(i) Hello world. (ii) Hello world. (iii) Bye."),
            ["(i) Hello world.", "(ii) Hello world.", "(iii) Bye."]
        );
        assert_eq!(
            sentences("i) Hello world. ii) Hello world. iv) Bye."),
            ["i) Hello world.", "ii) Hello world.", "iv) Bye."]
        );
        // Bullets that run a list into one line start its items.
        assert_eq!(
            sentences("Ingredients: • eggs • milk • bread. Mix well."),
            ["Ingredients:", "• eggs", "• milk", "• bread.", "Mix well."]
        );
        // One bullet between words separates them, as a menu does; it lists nothing.
        let menu = "Price • Free shipping";
        assert_eq!(sentences(menu), [menu]);
        assert_eq!(
            sentences("Q1. What is the policy? A1. Refunds are issued."),
            ["Q1. What is the policy?", "A1. Refunds are issued."]
        );
        for whole in [
            "He listed three reasons: 1. cost, 2. time and 3. risk.",
            "He listed three reasons: 1. Cost, 2. Time and 3. Risk.",
            "Results are shown in Fig.1. and Fig.2. of the paper.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        // After words a number is a count, after a question an answer; after an
        // abbreviation it is its number.
        assert_eq!(
            sentences("How many votes? 52. That was enough."),
            ["How many votes?", "52.", "That was enough."]
        );
        assert_eq!(
            sentences("He was ranked No.1. The team was ranked No.2. Then it fell."),
            [
                "He was ranked No.1.",
                "The team was ranked No.2.",
                "Then it fell."
            ]
        );
        assert_eq!(
            sentences("The vote count: 52. The motion passed."),
            ["The vote count: 52.", "The motion passed."]
        );
        assert_eq!(
            sentences("The numbers were 4, 8, 15, 42. The jackpot rolled over."),
            ["The numbers were 4, 8, 15, 42.", "The jackpot rolled over."]
        );
        // A time's digits are no label (`on 15:16.`).
        assert_eq!(
            sentences("He scored on 15:16. Dwyer replied."),
            ["He scored on 15:16.", "Dwyer replied."]
        );
        assert_eq!(
            sentences("1. Open the app.2. Tap Settings.3. Choose Privacy."),
            ["1. Open the app.", "2. Tap Settings.", "3. Choose Privacy."]
        );
        assert_eq!(
            sentences("The benefits are clear.1) Lower costs. 2) Faster delivery."),
            [
                "The benefits are clear.",
                "1) Lower costs.",
                "2) Faster delivery."
            ]
        );
    }

    #[test]
    fn glued_questions_exclamations_and_quotations() {
        assert_eq!(
            sentences("Why wait?Sign up today."),
            ["Why wait?", "Sign up today."]
        );
        assert_eq!(
            sentences("The company would appeal.“We disagree,” a spokesman said."),
            [
                "The company would appeal.",
                "“We disagree,” a spokesman said."
            ]
        );
        for whole in [
            "'Oh no!'Yu-cun smiled back.",
            "Open example.com/page?Id=5 now.",
            "He joined Yahoo!Japan last year.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn a_pronoun_after_an_abbreviation_opens_a_sentence() {
        assert_eq!(
            sentences("He lives on Baker St. It is a quiet street."),
            ["He lives on Baker St.", "It is a quiet street."]
        );
        assert_eq!(
            sentences("Both hold an M.B.A. Neither has served."),
            ["Both hold an M.B.A.", "Neither has served."]
        );
        // A title's name may be a pronoun's word (`He`, `You` are surnames).
        for whole in [
            "He met St. Louis officials.",
            "Vice Premier Mr. He Lifeng met the delegation.",
            "How can you tell Mr. You to do such a thing?",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn review_four_numbers_codes_and_glued_chinese() {
        // A decimal is no dotted initial.
        assert_eq!(
            sentences("The quake measured 6.4. Buildings swayed."),
            ["The quake measured 6.4.", "Buildings swayed."]
        );
        // An abbreviation glued to Chinese holds; a file's dot is no stop.
        for whole in [
            "据Dr.李介绍，项目进展顺利。",
            "请将.env.example复制为.env，然后重启。",
            "Model No. XR-500 comes in two colors.",
            "See Fig. S1 in the supplement.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        // A street's suffix before a clause ends a sentence.
        assert_eq!(
            sentences("It is at No. 8 Jianguo Rd. Guests can park for free."),
            ["It is at No. 8 Jianguo Rd.", "Guests can park for free."]
        );
        assert_eq!(
            sentences("1. 打开设置。2. 点击隐私。"),
            ["1. 打开设置。", "2. 点击隐私。"]
        );
        assert_eq!(sentences("What?这是真的吗？"), ["What?", "这是真的吗？"]);
        assert_eq!(
            sentences("电话：010-12345678.地址：北京市海淀区."),
            ["电话：010-12345678.", "地址：北京市海淀区."]
        );
        let whole = "他说了很多诸如“我尽力了。”之类的话。";
        assert_eq!(sentences(whole), [whole]);
    }

    #[test]
    fn a_news_end_mark_is_a_unit() {
        assert_eq!(
            sentences("比赛今晚开打。（完） 责任编辑：周杰"),
            ["比赛今晚开打。", "（完）", "责任编辑：周杰"]
        );
    }

    #[test]
    fn a_topic_tag_holds_its_stop() {
        let post = "#我的2023！#今年收获满满，感谢遇见。";
        assert_eq!(sentences(post), [post]);
        // A closed tag holds nothing; a mention opens a reply.
        assert_eq!(
            sentences("#北京暴雨#雨太大了！#身边事#地铁停运了。"),
            ["#北京暴雨#雨太大了！", "#身边事#地铁停运了。"]
        );
        assert_eq!(
            sentences("that's hilarious!!! @mike you need to see this"),
            ["that's hilarious!!!", "@mike you need to see this"]
        );
    }

    #[test]
    fn spaced_section_and_chapter_headings() {
        assert_eq!(
            sentences("2.3.1 研究背景 近年来，人工智能技术快速发展。"),
            ["2.3.1 研究背景", "近年来，人工智能技术快速发展。"]
        );
        assert_eq!(
            sentences("第一章 总则 第一条 为了规范数据处理活动，制定本条例。"),
            ["第一章 总则", "第一条 为了规范数据处理活动，制定本条例。"]
        );
        // An article is no heading; a date or a decimal is no section number.
        for whole in [
            "第一条 为了规范 数据处理活动，制定本条例。",
            "2022.10.14 杭州高新区 发布公告。",
            "10.14 杭州高新区 发布公告。",
            "1.5 万人 参加了活动。",
            "5.1 劳动节 期间，全国出游人数创新高。",
            "2.1.1.数据来源 本文数据来自统计年鉴。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn quotations_within_a_chinese_sentence() {
        for whole in [
            "群众喊出“加油！”“挺住！”等口号，为救援人员鼓劲。",
            "他们高呼“万岁！”的口号。",
            "“真的不容易啊！”他感慨道。",
            "『你確定嗎？』她又問了一次。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        // `等` before a pronoun is `until`, `是啊` answers, `所以` takes no object,
        // `欢呼` is no reporting verb: each opens a sentence.
        for (text, first) in [
            ("“你先走。”等他走远了，我才出发。", "“你先走。”"),
            ("他问：“你还好吗？”是啊，我很好。", "他问：“你还好吗？”"),
            ("所以“谢谢。”大家都走了。", "所以“谢谢。”"),
            ("“大家好！”现场一片欢呼。", "“大家好！”"),
            ("“谁赢了？”是中国队。", "“谁赢了？”"),
            ("“别走！”等等我！", "“别走！”"),
        ] {
            assert_eq!(sentences(text), [first, &text[first.len()..]]);
        }
        // A bracket closed after a quotation that was an object ends its sentence.
        assert_eq!(
            sentences("他将“安全第一”写在墙上。【编者按：有删节。】以下为正文。"),
            [
                "他将“安全第一”写在墙上。",
                "【编者按：有删节。】",
                "以下为正文。"
            ]
        );
    }

    #[test]
    fn chinese_with_ascii_stops_and_numbers() {
        assert_eq!(
            sentences("会议时间:2024.6.15 14:00.地点:会议室."),
            ["会议时间:2024.6.15 14:00.", "地点:会议室."]
        );
        let pause = "北京、上海、广州...都出台了相关政策.";
        assert_eq!(sentences(pause), [pause]);
        let heading = "1. 加强组织领导";
        assert_eq!(sentences(heading), [heading]);
    }

    #[test]
    fn a_clause_after_a_company_suffix_opens_a_sentence() {
        assert_eq!(
            sentences("It hired Harbour Engineering Co. Ltd. Work is due in March."),
            [
                "It hired Harbour Engineering Co. Ltd.",
                "Work is due in March."
            ]
        );
        for whole in [
            "Apple Inc. CEO Tim Cook spoke.",
            "Apple Inc. Chief executive Tim Cook spoke.",
            "Alibaba Group Holding Ltd. Chairman Joe Tsai spoke.",
            "Martin Luther King Jr. Day is a holiday.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn glued_after_a_dotted_name() {
        assert_eq!(
            sentences("The talk was given by Dr.Zhang.Questions followed."),
            ["The talk was given by Dr.Zhang.", "Questions followed."]
        );
        assert_eq!(
            sentences("The site runs on ASP.NET.It was built in 2012."),
            ["The site runs on ASP.NET.", "It was built in 2012."]
        );
        let whole = "Use Node.js and ASP.NET with Mr.Smith in St.Louis today.";
        assert_eq!(sentences(whole), [whole]);
    }

    #[test]
    fn a_quotation_opened_low_holds_its_sentence_ends() {
        assert_eq!(
            sentences("„Das ist gut. Wir gehen jetzt“, sagte er. Dann ging er."),
            ["„Das ist gut. Wir gehen jetzt“, sagte er.", "Dann ging er."]
        );
        // Closed, it ends its sentence as any quotation does.
        assert_eq!(
            sentences("Sie flüsterte: „Und auch keine Lust.“ Wir gingen."),
            ["Sie flüsterte: „Und auch keine Lust.“", "Wir gingen."]
        );
        // Never closed, it holds nothing.
        assert_eq!(
            sentences("„Das ist gut. Wir gehen jetzt."),
            ["„Das ist gut.", "Wir gehen jetzt."]
        );
    }

    #[test]
    fn what_goes_on_after_a_chinese_quotation_stays_with_it() {
        for whole in [
            "他引用了一句古话：“千里之行，始于足下。”并以此勉励青年学生。",
            "“谁来负责？”成了大家最关心的问题。",
            "“你为什么不早说？”妈妈生气地问。",
            "他说：“老师告诉我们，‘做人要诚实。’我一直记得。”",
            "他用英文说了一句“Thank you. See you tomorrow.”就走了。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("他说：“我们会成功。”就在这时，大家鼓起掌来。"),
            ["他说：“我们会成功。”", "就在这时，大家鼓起掌来。"]
        );
    }

    #[test]
    fn a_chinese_ellipsis_ends_a_clause_not_a_pause() {
        assert_eq!(
            sentences("他等了很久……终于，门开了。"),
            ["他等了很久……", "终于，门开了。"]
        );

        for whole in [
            "我……我不知道。",
            "这个……那个……我不知道该怎么说。",
            "1882年9月30日这一天 ... 这一天物理学家盖革在德国诞生。",
            "我跟他斗了半天所以……所以连饭也没吃。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn a_numbered_heading_glued_to_its_body() {
        assert_eq!(
            sentences("一、总体要求 坚持稳中求进。推动发展。"),
            ["一、总体要求", "坚持稳中求进。", "推动发展。"]
        );
        assert_eq!(
            sentences("（三）加强管理 提高效率。"),
            ["（三）加强管理", "提高效率。"]
        );
        for whole in [
            "一、2020年重点工作完成情况",
            "2022.10.14 杭州高新区发布公告。",
            "一、指导思想：坚持 稳中求进。",
            "（记者 王明）杭州高新区向世界领先科技园区奋力迈进。",
            "一、加强 领导。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn numbers_and_openers_after_a_period() {
        assert_eq!(
            sentences("The floods came in spring. 2019 was worse."),
            ["The floods came in spring.", "2019 was worse."]
        );
        assert_eq!(
            sentences("Call ext. 4410 today."),
            ["Call ext. 4410 today."]
        );
        assert_eq!(
            sentences("It closed at 4 p.m. However, the queue stayed."),
            ["It closed at 4 p.m.", "However, the queue stayed."]
        );
        assert_eq!(
            sentences("By 9 a.m. Dr. Lee had left. She came back at noon."),
            ["By 9 a.m. Dr. Lee had left.", "She came back at noon."]
        );
    }

    #[test]
    fn other_languages() {
        assert_eq!(
            sentences_in("Das Treffen ist am 3. Oktober. Wir kommen.", "de"),
            ["Das Treffen ist am 3. Oktober.", "Wir kommen."]
        );
        assert_eq!(
            sentences_in("Llegó la Sra. Gómez. ¿Dónde estabas? ¡Aquí!", "es"),
            ["Llegó la Sra. Gómez.", "¿Dónde estabas?", "¡Aquí!"]
        );
        let doctor = "Wir trafen Dr. med. Meyer in der Stadt.";
        assert_eq!(sentences_in(doctor, "de"), [doctor]);
        assert_eq!(
            sentences_in("Ho parlato con l'Avv. Rossi ieri.", "it"),
            ["Ho parlato con l'Avv. Rossi ieri."]
        );
        // Cyrillic abbreviations and initials hold whatever the language.
        assert_eq!(
            sentences("Доклад сделал проф. П. И. Иванов в г. Москве. Все пришли."),
            [
                "Доклад сделал проф. П. И. Иванов в г. Москве.",
                "Все пришли."
            ]
        );
        // The Greek question mark and the Armenian full stop typed as `:`.
        assert_eq!(sentences("Τι κάνεις; Καλά."), ["Τι κάνεις;", "Καλά."]);
        assert_eq!(sentences("Բարև: Ինչպե՞ս ես:"), ["Բարև:", "Ինչպե՞ս ես:"]);
        // An Arabic colon between words ends a heading; a time's does not, nor one
        // that introduces reported words.
        assert_eq!(
            sentences("الساعة 05:01 سؤال وجواب: ماذا حدث؟"),
            ["الساعة 05:01 سؤال وجواب:", "ماذا حدث؟"]
        );
        let reported = "وقال الرئيس: إن الوضع صعب جدا.";
        assert_eq!(sentences(reported), [reported]);
        // A period glued between scripts: `жағдайы.XVIII`.
        assert_eq!(
            sentences("Ресей жағдайы.XVIII ғасырда болды."),
            ["Ресей жағдайы.", "XVIII ғасырда болды."]
        );
        // Greek and Kazakh sentences may open in lowercase; not English ones.
        assert_eq!(
            sentences_in("Δε δούλευε κανένας. το κόστος ήταν μικρό.", "el"),
            ["Δε δούλευε κανένας.", "το κόστος ήταν μικρό."]
        );
        assert_eq!(sentences_in("кім? не?", "kk"), ["кім?", "не?"]);
        assert_eq!(sentences("кім? не?"), ["кім? не?"]);
        // With Arabic's rules a comma ends a sentence, unless a one-word item of a
        // list follows.
        assert_eq!(
            sentences_in("ضغط الدم، والقلب، زرعها عملاء، وبدأت", "ar"),
            ["ضغط الدم، والقلب،", "زرعها عملاء،", "وبدأت"]
        );
        assert_eq!(sentences("ضغط الدم، زرعها عملاء"), ["ضغط الدم، زرعها عملاء"]);
    }

    #[test]
    fn review_thirteen_citations_dates_dotted_names_lists_and_forums() {
        let citation = "It appeared in Proc. Natl. Acad. Sci. U.S.A. in 2019. A study followed.";
        assert_eq!(
            sentences(citation),
            [
                "It appeared in Proc. Natl. Acad. Sci. U.S.A. in 2019.",
                "A study followed."
            ]
        );
        assert_eq!(
            sentences("Values are given in Refs. 12–14. We use newer data."),
            ["Values are given in Refs. 12–14.", "We use newer data."]
        );
        // A month after its day closes the date; a year or a lowercase word goes on.
        assert_eq!(
            sentences("The show runs until 3 Feb. Admission is free."),
            ["The show runs until 3 Feb.", "Admission is free."]
        );
        for whole in [
            "It was signed on 12 Sept. 2019 in Paris.",
            "On 3 Feb. Smith resigned.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("It uses Vue.js and D3.js.Performance is good."),
            ["It uses Vue.js and D3.js.", "Performance is good."]
        );
        for whole in [
            "The class java.util.List is an interface.",
            "Visit Amazon.com.Au today.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        // Items in lowercase after semicolons are phrases; capitalised, sentences.
        assert_eq!(
            sentences("Choose one: a) pay online; b) pay by cheque. Fees apply."),
            [
                "Choose one: a) pay online; b) pay by cheque.",
                "Fees apply."
            ]
        );
        assert_eq!(
            sentences("Two things: 1. The dog was old; 2. The cat was blind."),
            [
                "Two things:",
                "1. The dog was old;",
                "2. The cat was blind."
            ]
        );
        assert_eq!(
            sentences("i tried that already. didn't work. thx anyway"),
            ["i tried that already.", "didn't work.", "thx anyway"]
        );
        let code = "Set it in this directory. anyway_flag is read first.";
        assert_eq!(sentences(code), [code]);
        // Quantities open sentences after an abbreviation; a backtick opens a
        // quotation (or a code span).
        assert_eq!(
            sentences("He was President of the U.S. Millions attended."),
            ["He was President of the U.S.", "Millions attended."]
        );
        assert_eq!(
            sentences("Sales held in 1990. `So what?' asks Rep. Dicks."),
            ["Sales held in 1990.", "`So what?' asks Rep. Dicks."]
        );
        assert_eq!(
            sentences("“这个嘛……”他挠了挠头，笑着说，“我再想想。”"),
            ["“这个嘛……”他挠了挠头，笑着说，“我再想想。”"]
        );
    }

    #[test]
    fn review_fourteen_labels_dates_answers_pauses_and_headings() {
        assert_eq!(
            sentences("Trucks must use Lane B. Cars may use either lane."),
            ["Trucks must use Lane B.", "Cars may use either lane."]
        );
        assert_eq!(
            sentences("The rules take effect in Aug. Schools must comply."),
            ["The rules take effect in Aug.", "Schools must comply."]
        );
        for whole in ["He met John B. Smith there.", "In Aug. Smith resigned."] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("“钥匙呢？”妈妈问。“在桌上。”我答。"),
            ["“钥匙呢？”妈妈问。", "“在桌上。”我答。"]
        );
        assert_eq!(
            sentences("“三年了……”他喃喃自语，“整整三年了。”"),
            ["“三年了……”他喃喃自语，“整整三年了。”"]
        );
        // One `…` after a short clause is a pause, a space after it or not (`嗯…
        // 我想想`), and so is a stammer.
        for whole in ["我… 我不知道。", "所以…… 所以连饭也没吃。", "嗯… 我想想。"]
        {
            assert_eq!(sentences(whole), [whole]);
        }
        // A number's period and a space part no heading: a stray space is as likely
        // (`2. 各单位要 认真落实。`).
        assert_eq!(
            sentences("2. 各单位要 认真落实。"),
            ["2. 各单位要 认真落实。"]
        );
        assert_eq!(
            sentences("貳、辦理方式 本案採線上報名。"),
            ["貳、辦理方式", "本案採線上報名。"]
        );
        assert_eq!(sentences("1.5 万人参加了活动。"), ["1.5 万人参加了活动。"]);
    }

    #[test]
    fn review_fifteen_plurals_after_abbreviations_and_chinese_attributions() {
        for (text, first) in [
            (
                "It was shipped in from the U.K. Tariffs had made it cheap.",
                "U.K.",
            ),
            (
                "The suit names Brightwater Corp. Lawyers for it said nothing.",
                "Corp.",
            ),
            (
                "The city was founded in 814 B.C. Historians doubt it.",
                "B.C.",
            ),
        ] {
            let got = sentences(text);
            assert_eq!(got.len(), 2, "{text}");
            assert!(got[0].ends_with(first), "{got:?}");
        }
        // A name's plural goes on; so does a plural before `and`, and one after a
        // place's abbreviation, or in a sentence of two words so far.
        for whole in [
            "A spokesman for the U.S. Marines said the base was safe.",
            "He filed with the U.S. Securities and Exchange Commission.",
            "Mt. St. Helens erupted in 1980.",
            "The U.S. Treasuries market was calm.",
            "Vol. IV appeared in 1871.",
            "It was founded by Wm. Harrison in 1888.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(sentences("No. I think not."), ["No.", "I think not."]);
        for whole in [
            "“你以为这样就完了？”她冷笑一声，“没那么简单。”",
            "“这下完了。”我心想。",
            "屏幕上只显示“连接失败，请重试。”几个字。",
            "“我再也不来了！”这样的誓言，他第二天就忘了。",
            "苹果公司（Apple Inc.）今天发布了新品。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("她写道：“Please reply by 5 p.m.”可我八点才看到。"),
            ["她写道：“Please reply by 5 p.m.”", "可我八点才看到。"]
        );
    }

    #[test]
    fn review_sixteen_glued_marks_amounts_addresses_and_forums() {
        for (text, want) in [
            (
                "Really?Yes.I told you so.",
                &["Really?", "Yes.", "I told you so."][..],
            ),
            (
                "That was AMAZING!!!Best ever!!!",
                &["That was AMAZING!!!", "Best ever!!!"],
            ),
            (
                "wait what???how did that happen",
                &["wait what???", "how did that happen"],
            ),
            (
                "Loved it!😍😍Will buy again.",
                &["Loved it!😍😍", "Will buy again."],
            ),
            (
                "See you at 6!Don't be late.",
                &["See you at 6!", "Don't be late."],
            ),
            (
                "Price: $9.99.Free shipping.",
                &["Price: $9.99.", "Free shipping."],
            ),
            (
                "Up to 60°C.Humidity: 5%.",
                &["Up to 60°C.", "Humidity: 5%."],
            ),
            (
                "It ended on Jan. 5.Over 300 voted.",
                &["It ended on Jan. 5.", "Over 300 voted."],
            ),
            (
                "Mail li.na@fudan.edu.cn.I'll reply.",
                &["Mail li.na@fudan.edu.cn.", "I'll reply."],
            ),
            (
                "Get @acme/ui-kit.Install it now.",
                &["Get @acme/ui-kit.", "Install it now."],
            ),
            (
                "It issued an alert.U.S. citizens left.",
                &["It issued an alert.", "U.S. citizens left."],
            ),
            (
                "\"Is it taken?\"\"No, go ahead.\"",
                &["\"Is it taken?\"", "\"No, go ahead.\""],
            ),
            (
                "ask on r/learnpython? they're nice",
                &["ask on r/learnpython?", "they're nice"],
            ),
            (
                "the driver. still no sound.",
                &["the driver.", "still no sound."],
            ),
            (
                "售价仅¥4,999起.6月18日开售.",
                &["售价仅¥4,999起.", "6月18日开售."],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "I use Yahoo!Japan daily.",
            "See Part.I for details.",
            "It is in src/main.Rs now.",
            "Why? she asked.",
            "他在Stanford读完M.Sc.后加入了公司。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn reviews_seventeen_and_eighteen_dialogue_units_and_notes() {
        for (text, want) in [
            (
                "\"I was going to tell you—\" \"Tell me what?\" Jonah interrupted.",
                &[
                    "\"I was going to tell you—\"",
                    "\"Tell me what?\" Jonah interrupted.",
                ][..],
            ),
            (
                "\"The key is—\" He stopped. \"Did you hear?\"",
                &["\"The key is—\"", "He stopped.", "\"Did you hear?\""],
            ),
            (
                "It was annealed for 2 h. Afterwards, it cooled.",
                &["It was annealed for 2 h.", "Afterwards, it cooled."],
            ),
            (
                "Values are mean ± s.d. Significance was set at 5%.",
                &["Values are mean ± s.d.", "Significance was set at 5%."],
            ),
            (
                "It is in Appendix A (see esp. Eqs. (A.3)–(A.7)). It holds.",
                &[
                    "It is in Appendix A (see esp. Eqs. (A.3)–(A.7)).",
                    "It holds.",
                ],
            ),
            (
                "The vote is on Nov. What time is the rally?",
                &["The vote is on Nov.", "What time is the rally?"],
            ),
            (
                "工业增长８．２％.其中服务业增长５％.",
                &["工业增长８．２％.", "其中服务业增长５％."],
            ),
            (
                "“我们赢了。”穆阿利姆表示，叙利亚将继续。",
                &["“我们赢了。”", "穆阿利姆表示，叙利亚将继续。"],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "\"I was going to—\" he said.",
            "\"Are you sure?\" Tom stammered.",
            "\"Fine?\" Tom said quietly.",
            "The wall was begun ca. A.D. 122 under Hadrian.",
            "It starts at 8 p.m. Beijing time.",
            "Дом построен в 1898 г. Саргон жил там.",
            "“你来了？”她头也不抬地问，手里的针线一刻没停。",
            "“我不去。”他把筷子往桌上一拍，“要去你自己去！”",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn review_twenty_false_splits_of_the_newer_rules() {
        for whole in [
            "He has played for the U.S. Nationals since 2019.",
            "Doors open at 5 p.m. Tuesdays and Fridays.",
            "Use flag?Yes:No in the template.",
            "Upgrade to 5.6.15.Final now.",
            "\"You promised me that—\" I said.",
            "回复“Yes!”即可报名参加。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("他说：“我们走吧。”她点了点头，“好。”"),
            ["他说：“我们走吧。”", "她点了点头，“好。”"]
        );
    }

    #[test]
    fn reviews_twenty_one_and_twenty_two_streets_asides_labels_and_sources() {
        for (text, want) in [
            (
                "The parade passes down Elm St. The floats are enormous.",
                &["The parade passes down Elm St.", "The floats are enormous."][..],
            ),
            (
                "The resolution passed at the U.N. Several nations abstained.",
                &[
                    "The resolution passed at the U.N.",
                    "Several nations abstained.",
                ],
            ),
            (
                "He left early. (Nobody knew why.) The party continued.",
                &[
                    "He left early.",
                    "(Nobody knew why.)",
                    "The party continued.",
                ],
            ),
            (
                "\"I disagree.\" That was all he said.",
                &["\"I disagree.\"", "That was all he said."],
            ),
            (
                "The tape cuts out . . . The rest is lost.",
                &["The tape cuts out . . .", "The rest is lost."],
            ),
            (
                "The event starts at 8 p.m.Doors open at 7.",
                &["The event starts at 8 p.m.", "Doors open at 7."],
            ),
            (
                "\"We did it!\"The captain raised the trophy.",
                &["\"We did it!\"", "The captain raised the trophy."],
            ),
            (
                "I. Gather the data. II. Clean it. III. Analyze it.",
                &["I. Gather the data.", "II. Clean it.", "III. Analyze it."],
            ),
            (
                "Sales of the tablet rose. eBay shares fell.",
                &["Sales of the tablet rose.", "eBay shares fell."],
            ),
            (
                "话剧里有一句台词：“大清国要完！”这句话至今仍被人津津乐道。",
                &[
                    "话剧里有一句台词：“大清国要完！”",
                    "这句话至今仍被人津津乐道。",
                ],
            ),
            ("——你去哪儿？——回家。", &["——你去哪儿？", "——回家。"]),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "We met at Mt. St. Helens last fall.",
            "the thing is . . . I didn't mean it.",
            "Doors open at 5 p.m.Monday through Friday.",
            "'Oh no!'Yu-cun smiled back.",
            "Prices fell, e.g. iPhone models lost 10%.",
            "“快走！”他喊道。",
            "知识就是力量。——培根",
            "他居然——真是没想到！——拿了全国冠军。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn review_twenty_three_false_splits_of_reviews_twenty_one_and_two() {
        for (text, want) in [
            (
                "The band toured the U.S. Most shows sold out within hours.",
                &[
                    "The band toured the U.S.",
                    "Most shows sold out within hours.",
                ][..],
            ),
            (
                "\"Is anyone there?\" Nobody answered.",
                &["\"Is anyone there?\"", "Nobody answered."],
            ),
            (
                "The app runs on Windows, Linux, etc. macOS support is coming soon.",
                &[
                    "The app runs on Windows, Linux, etc.",
                    "macOS support is coming soon.",
                ],
            ),
            (
                "标语写着：“安全第一！”工人们每天都经过这条人行道。",
                &["标语写着：“安全第一！”", "工人们每天都经过这条人行道。"],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "He won the N.B.A. Most Valuable Player award.",
            "The letter was signed by William P. Few for the board.",
            "The deadline is 5 p.m.Monday.",
            "Yoga is at 8 a.m.Tuesdays and Thursdays.",
            "He said \"sure that . . . The Times had it first\" and left.",
            "\"Hurry up!\"Mom called from the kitchen.",
            "\"Is it raining?\" Dad asked, looking up.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn review_twenty_four_attributions_in_english_and_chinese() {
        for whole in [
            "\"Will it ever stop raining?\" Elsa wondered aloud.",
            "\"Breakfast!\" Dad called up the stairs.",
            "\"You did what?!\" Carla shrieked.",
            "“去图书馆。”我回答。",
            "「好啊。那就這麼說定了！」阿明笑著回答。",
            "“她刚才说‘我不去了’。”小红告诉我。",
            "“小心脚下！”向导回头提醒我们。",
            "他嘴里说着“对不起！”跑出了房间。",
            "他那句“你确定吗？”让我犹豫了很久。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("“我们还没想好。”他同时提醒，要警惕外部风险。"),
            ["“我们还没想好。”", "他同时提醒，要警惕外部风险。"]
        );
        assert_eq!(
            sentences("“我不知道。”我没有回答。"),
            ["“我不知道。”", "我没有回答。"]
        );
    }

    #[test]
    fn reviews_twenty_five_and_six_units_emoji_interrobangs_and_chinese_labels() {
        for (text, want) in [
            (
                "Sodium was 128 mmol/L. Fluids were restricted.",
                &["Sodium was 128 mmol/L.", "Fluids were restricted."][..],
            ),
            (
                "Are you serious‽ That's incredible.",
                &["Are you serious‽", "That's incredible."],
            ),
            (
                "We won the championship! 🎉 Next stop, the parade.",
                &["We won the championship! 🎉", "Next stop, the parade."],
            ),
            (
                "He then earned a Ph.D. Afterward he taught in Chicago.",
                &["He then earned a Ph.D.", "Afterward he taught in Chicago."],
            ),
            (
                "\"Is anyone there?\" No one answered.",
                &["\"Is anyone there?\"", "No one answered."],
            ),
            (
                "步骤1. 将肉切块。步骤2. 冷水下锅。",
                &["步骤1. 将肉切块。", "步骤2. 冷水下锅。"],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in ["Great! 🎉 and then we left.", "图1. 模型整体结构。"] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn reviews_twenty_seven_and_eight_sources_labels_units_and_glued_marks() {
        for (text, want) in [
            (
                "知识就是力量。——培根 这句话我从小就记得。",
                &["知识就是力量。——培根", "这句话我从小就记得。"][..],
            ),
            (
                "留取丹心照汗青。——文天祥《过零丁洋》 这两句诗家喻户晓。",
                &["留取丹心照汗青。——文天祥《过零丁洋》", "这两句诗家喻户晓。"],
            ),
            (
                "梅花香自苦寒来。——这是爷爷常说的一句话。",
                &["梅花香自苦寒来。", "——这是爷爷常说的一句话。"],
            ),
            ("“去哪儿？”她没告诉我。", &["“去哪儿？”", "她没告诉我。"]),
            (
                "The load cell reads 2 mV/V. Calibrate it first.",
                &["The load cell reads 2 mV/V.", "Calibrate it first."],
            ),
            (
                "He worked for Globex Inc. Subsequently, he joined a startup.",
                &[
                    "He worked for Globex Inc.",
                    "Subsequently, he joined a startup.",
                ],
            ),
            (
                "Want faster Wi-Fi?Try our new router.",
                &["Want faster Wi-Fi?", "Try our new router."],
            ),
            (
                "Happy New Year!新年快乐！",
                &["Happy New Year!", "新年快乐！"],
            ),
            (
                "Exam passed! 🙌 🙌 Time to sleep.",
                &["Exam passed! 🙌 🙌", "Time to sleep."],
            ),
            ("总计120. 请核对。", &["总计120.", "请核对。"]),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "For background, cf. Later Medieval Europe by Daniel Waley.",
            "Send it to R. Diaz/M. Okafor by Friday.",
            "“我不知道。”小李摇摇头回答。",
            "他想了想……还是没说出口。",
            "It costs €24.90 incl. VAT and shipping.",
            "I visited Yahoo!中国 yesterday.",
            "定理2. 三角形的内角和等于180度。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn reviews_twenty_nine_to_thirty_two_coordinates_lists_emphasis_headings_and_mixed_text() {
        for (text, want) in [
            (
                "The wreck lies at 49.9469° W. Divers reached it in 1986.",
                &[
                    "The wreck lies at 49.9469° W.",
                    "Divers reached it in 1986.",
                ][..],
            ),
            (
                "(1) Sign the form. (2) Date it.",
                &["(1) Sign the form.", "(2) Date it."],
            ),
            (
                "● Salt ● Pepper ● Cumin",
                &["● Salt", "● Pepper", "● Cumin"],
            ),
            (
                "**Warning.** The floor is wet.",
                &["**Warning.**", "The floor is wet."],
            ),
            (
                "一、基本情况 2023年，全区投资增长8.7%。其中工业投资增长15.2%。",
                &[
                    "一、基本情况",
                    "2023年，全区投资增长8.7%。",
                    "其中工业投资增长15.2%。",
                ],
            ),
            (
                "座右铭是“Stay hungry, stay foolish.”这句话出自乔布斯的演讲。",
                &[
                    "座右铭是“Stay hungry, stay foolish.”",
                    "这句话出自乔布斯的演讲。",
                ],
            ),
            (
                "The company was founded in 1998.它的总部位于深圳。",
                &["The company was founded in 1998.", "它的总部位于深圳。"],
            ),
            (
                "等一下……Wait...你刚才说什么？",
                &["等一下……", "Wait...", "你刚才说什么？"],
            ),
            (
                "The rule is simple. *Do not feed the bears.*",
                &["The rule is simple.", "*Do not feed the bears.*"],
            ),
            (
                "Cultures grew at 37° C. Growth was checked daily.",
                &["Cultures grew at 37° C.", "Growth was checked daily."],
            ),
            (
                "他等了很久……就在这时，电话响了。",
                &["他等了很久……", "就在这时，电话响了。"],
            ),
            (
                "二、主要任务　（一）加快构建现代化产业体系。推动转型升级。",
                &[
                    "二、主要任务",
                    "（一）加快构建现代化产业体系。",
                    "推动转型升级。",
                ],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "Amb. Kovacs met the envoy.",
            "He taught school in Fort St. James for a decade.",
            "他精通C#和.NET开发，也会一点C++。",
            "ambitious adj. 有雄心的",
            "他常说“Stay hungry. Stay foolish.”这句话。",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    #[test]
    fn reviews_thirty_three_and_four_forum_lowercase_units_exhibits_and_actions() {
        for (text, want) in [
            (
                "lol that's what happened to me. thought i was the only one",
                &[
                    "lol that's what happened to me.",
                    "thought i was the only one",
                ][..],
            ),
            (
                "The response peaks at 40 ms. The latency is consistent.",
                &["The response peaks at 40 ms.", "The latency is consistent."],
            ),
            (
                "It's at 123 Main St. Look for the red door.",
                &["It's at 123 Main St.", "Look for the red door."],
            ),
            (
                "“嗯……让我想想。”老人捋了捋胡子，慢悠悠地说。“三十年前，这里是荒地。”",
                &[
                    "“嗯……让我想想。”老人捋了捋胡子，慢悠悠地说。",
                    "“三十年前，这里是荒地。”",
                ],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "Ex. A to the Declaration of J. Smith is a true copy.",
            "Ms. Smith arrived late.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
        assert_eq!(
            sentences("“好。”他点点头，走了出去。"),
            ["“好。”", "他点点头，走了出去。"]
        );
    }

    #[test]
    fn reviews_thirty_five_and_six_spans_of_time_titled_speakers_and_ordinals() {
        for (text, want) in [
            (
                "Loading took forever . . . Eventually I gave up.",
                &["Loading took forever . . .", "Eventually I gave up."][..],
            ),
            (
                "球队目前排名第3.下一场将迎战排名第1的对手.",
                &["球队目前排名第3.", "下一场将迎战排名第1的对手."],
            ),
            (
                "他问：“地铁什么时候通？”没有人能回答。",
                &["他问：“地铁什么时候通？”", "没有人能回答。"],
            ),
        ] {
            assert_eq!(sentences(text), want, "{text}");
        }
        for whole in [
            "The climb took 4 hrs. 20 min. in total.",
            "\"Are you done?\" Mr. Ito asked.",
            "\"Is it safe?\" Dr. Cole wondered aloud.",
        ] {
            assert_eq!(sentences(whole), [whole]);
        }
    }

    proptest::proptest! {
        #[test]
        fn spans_cover_the_text_with_only_whitespace_between(text in "[a-zA-Z0-9 .!?;:,()\"'。！？，“”「」《》…¿¡«»„ΤαԲբжسو说\\n]{0,60}") {
            let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
            let spans = segmenter.split(&text);
            let mut at = 0;
            for (start, end) in spans {
                proptest::prop_assert!(start >= at && end >= start);
                proptest::prop_assert!(text[at..start].trim().is_empty());
                at = end;
            }
            proptest::prop_assert!(text[at..].trim().is_empty());
        }
    }
}
