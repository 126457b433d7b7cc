//! The word lists of data/segment, parsed: abbreviations and the words that decide
//! after them (one `Rules` a language), reporting verbs and Chinese continuations.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use super::chars::{is_latin, last_chars};
use crate::stages::convert::opencc;
use crate::stages::{push_word_or_exception, sectioned_word_list};

/// The marks of a plural and a place, and the Han characters of the longest noun
/// before one that opens a clause (`队员们`, `小朋友们`, `教室里`; a place's has two
/// at least: `心里` is the speaker's).
const PLURAL_MARK: char = '们';
const PLACE_MARK: char = '里';
const SUBJECT_NOUN_HAN: usize = 3;
/// The longest attribution: words in alphabetic text, characters in Chinese.
const ATTRIBUTION_WORDS: usize = 5;
pub(super) const ATTRIBUTION_HAN: usize = 50;
/// The longest listener after a verb of telling: Han characters (`售票窗口里的工作人员`), words
/// (`the court`).
const LISTENER_HAN: usize = 10;
const LISTENER_WORDS: usize = 2;
/// The longest audience before its noun (`a large cheering crowd`), and of its members
/// (`of local business owners`).
const AUDIENCE_WORDS: usize = 4;
/// Characters of the longest clause that names a quoted question (`是很多年轻人心中的疑问`).
const QUESTION_CLAUSE_CHARS: usize = 30;
/// Words of the longest phrase of `[fillers]` (`how shall I put it`).
pub(super) const FILLER_WORDS: usize = 5;
/// Characters of a clause's end read for a complement of manner (`得很干脆`, `得嗓
/// 子都哑了`): its opening of `[manner complements]` in the verbs file and more.
const MANNER_TAIL_HAN: usize = 12;
/// The mark between a verb said twice (`挥了挥`), and characters of the longest
/// object of a preposition before it (`朝大家`).
const DOUBLING_MARK: char = '了';
const AIM_HAN: usize = 8;
/// Han characters of the longest verb of telling between a cause's mark and the `的`
/// that makes them describe the speaker (`饱受质疑的`).
const CAUSED_OBJECT_HAN: usize = 2;
/// Han characters of the longest object after a brief act's complement (`我的后背`).
const BRIEF_OBJECT_HAN: usize = 4;
/// The word of contrast that makes a body's word the speaker's after an
/// attribution's comma (`她说，肩膀却一直在发抖`).
const CONTRAST: char = '却';
/// Characters read after an attribution's comma for the speaker's act: a
/// preposition, its object and a verb said twice (`向站台上的亲人挥了挥手`).
const ACTION_READ_HAN: usize = 1 + AIM_HAN + 3;
/// Characters of the longest noun after a quotation's demonstrative (`这句开场白`),
/// before a speaker's pronoun.
const NAMED_NOUN_HAN: usize = 3;
/// Characters read before a quotation for the verb that introduces it.
const VERB_BEFORE_QUOTATION_HAN: usize = 6;
/// Han characters of the longest topic that a Chinese ellipsis pauses after
/// (`说到这件事嘛……`).
pub(super) const TOPIC_HAN: usize = 8;
/// Han characters before a topic's particle read for a degree's adverb (`太好了呀`).
const EXCLAMATION_TAIL_HAN: usize = 3;
/// Han characters of the adjective or verb after an adverb of degree that ends a
/// clause, at most (`超快`, `很舒服`, `真的要吹爆`).
const DEGREE_WORD_HAN: usize = 4;
/// Numbers that count a quotation's words (`“闲人免进！”四个大字`), and the Han
/// characters read after one for the counted word (`个红色大字`).
/// Characters read after a Chinese ellipsis for the adverb that a time's clause
/// leads to (`直到第四天清晨，救援队才`).
const PAUSE_CLAUSE_CHARS: usize = 60;
const COUNT_NUMERALS: &str = "一两二三四五六七八九十几数0123456789";
const COUNTED_SPAN_HAN: usize = 5;
/// A stop, a comma or a semicolon, Chinese or ASCII: the end of the clause a
/// lookup reads.
fn ends_clause(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '，' | '；' | '.' | '!' | '?' | ',')
}

/// Words looked up by the character they open with, for the longest that opens a
/// text: a handful are compared, not the whole list.
#[derive(Debug, Default)]
struct Openings(FxHashMap<char, Vec<String>>);

impl Openings {
    fn insert(&mut self, word: &str) {
        if let Some(first) = word.chars().next() {
            self.0.entry(first).or_default().push(word.to_string());
        }
    }

    /// A word opens with `c`.
    fn may_open(&self, c: char) -> bool {
        self.0.contains_key(&c)
    }

    /// `text` after the longest word that opens it.
    fn strip_longest<'a>(&self, text: &'a str) -> Option<&'a str> {
        let first = text.chars().next()?;
        self.0
            .get(&first)?
            .iter()
            .filter_map(|w| text.strip_prefix(w.as_str()))
            .min_by_key(|after| after.len())
    }
}

/// Characters read for a spreading verb and the adverbs before it
/// (`短短几天之内就登上了微博热搜`), of a place before the verb (`在各大平台`), and of a
/// list's name (`B站热门榜`, `《人民日报》头版`).
const SPREAD_READ_CHARS: usize = 24;
const SPREAD_PLACE_CHARS: usize = 8;
const LIST_NAME_CHARS: usize = 10;
/// The longest English attribution with a phrase after its verb (`Ben whined from
/// the back seat of the car`).
const ATTRIBUTION_PHRASE_WORDS: usize = 12;

/// What the period after an abbreviation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) struct Rules {
    pub(super) abbreviations: FxHashMap<String, Kind>,
    pub(super) openers: FxHashSet<String>,
    pub(super) phrase_openers: FxHashSet<String>,
    /// Words no place's name starts with: after `St.` they open a sentence
    /// (`Baker St. It is`).
    pub(super) pronouns: FxHashSet<String>,
    /// Verbs that show a clause after a name's suffix (`Co. Ltd. Work is`).
    pub(super) clause_verbs: FxHashSet<String>,
    /// Words that forum text opens sentences with in lowercase (`thx everyone`).
    pub(super) casual_openers: FxHashSet<String>,
    /// Commands, which open sentences in lowercase (`brew install wget`).
    pub(super) commands: FxHashSet<String>,
    /// Words of hesitation: an ellipsis after one alone is a pause (`Well... I`).
    pub(super) fillers: FxHashSet<String>,
    /// Words a label follows (`Lane B`, `group A`).
    pub(super) label_nouns: FxHashSet<String>,
    /// Plurals that go on a name after an abbreviation (`the U.S. Marines`).
    pub(super) name_plurals: FxHashSet<String>,
    /// Words that open a sentence after an abbreviation before a lowercase word
    /// (`the U.N. Several nations`), not a name (`the F.B.I. Most Wanted list`).
    pub(super) openers_before_lowercase: FxHashSet<String>,
    /// Capitals that are units after degrees (`45° N.`, `37° C.`); the default
    /// (English) list serves every language.
    pub(super) after_degrees: FxHashSet<String>,
    /// Words of a peer's or a cleric's styling (`Lord`): `The` before one goes on a
    /// title (`Gen. The Lord Dannatt`).
    pub(super) stylings: FxHashSet<String>,
    /// Ordinals in words (`third`): a title after one is a rank's noun.
    pub(super) ordinal_words: FxHashSet<String>,
    /// Words, or two, that make a title after them a rank's noun (`rank of`, `made`).
    pub(super) rank_contexts: FxHashSet<String>,
    /// Directions in capitals that go on a distance after a unit (`300 mi. SE of`).
    pub(super) compass_points: FxHashSet<String>,
    /// What a height is measured from, in capitals after a unit (`3,500 ft. AGL`).
    pub(super) height_datums: FxHashSet<String>,
    /// A recipe's measures (`tbsp`): after a number, a capitalised word after them
    /// is the ingredient, unless it opens a sentence (`1 tsp. Vanilla`).
    pub(super) measures: FxHashSet<String>,
    /// A recipe's imperatives (`brown`): after one a weight is a measure (`Brown 1
    /// lb. Italian sausage`).
    pub(super) recipe_verbs: FxHashSet<String>,
    /// Capitals that are units' symbols after a number (`450 K.`, `4.2 V.`).
    pub(super) unit_symbols: FxHashSet<String>,
    /// Time zones that are adjectives too (`Local`, `Eastern`): they go on a time
    /// before the zone's own words or a preposition only.
    pub(super) zone_words: FxHashSet<String>,
    pub(super) zone_followers: FxHashSet<String>,
    /// Names written with `!` (`Yahoo!`): it ends a sentence only before an opener.
    pub(super) exclaiming_names: FxHashSet<String>,
    /// Code's types, whose members follow a period (`String.Format`).
    pub(super) code_types: FxHashSet<String>,
    /// Code's members that are words too (`DateTime.Now`, `Form.Text`).
    pub(super) code_members: FxHashSet<String>,
    /// States' abbreviations, capitalised (`Calif.`): before a name when they open
    /// a sentence or follow a word of `before_names` (`by Calif. Gov.`).
    pub(super) states: FxHashSet<String>,
    /// Prepositions and articles before a state's abbreviation that starts a name.
    pub(super) before_names: FxHashSet<String>,
    /// Articles and possessives: a time after one names the noun after it (`the 9
    /// a.m. Mass`), a day after one closes a date (`on a Sat. Overall`).
    pub(super) determiners: FxHashSet<String>,
    /// Titles that are a street's too (`Dr.`).
    pub(super) streets: FxHashSet<String>,
    /// Units whose abbreviation is a title's or a place's too (`ft`, `sec`).
    pub(super) units: FxHashSet<String>,
    /// Words between a number and its unit (`sq` in `800 sq. ft.`).
    pub(super) unit_modifiers: FxHashSet<String>,
    /// Words after a count and its unit that date back from now (`12 months ago`).
    pub(super) times_back: FxHashSet<String>,
    /// Places' abbreviations that are a saint's too (`St.Lucie`).
    pub(super) saints: FxHashSet<String>,
    /// Openers that start a name before a capitalised word (`Third Army`, `Late
    /// Show`).
    pub(super) name_openers: FxHashSet<String>,
    /// Abbreviations that label what follows (`P.S.`): they hold opening a sentence.
    pub(super) labels: FxHashSet<String>,
    /// Names that start in lowercase (`iOS`, `eBay`): glued after a word's period
    /// they open a sentence.
    pub(super) lowercase_names: FxHashSet<String>,
    /// Nouns seldom a name's part: before a lowercase word they open a sentence
    /// after an abbreviation (`the U.K. Mortality fell`).
    pub(super) common_subjects: FxHashSet<String>,
    /// Lowercase words that join a name's capitalised parts (`and`, `of`), and
    /// those that join a singular noun's only (`Education for All`).
    pub(super) name_joints: FxHashSet<String>,
    pub(super) singular_name_joints: FxHashSet<String>,
    /// Words that join a list's last item and go on after a zone's name (`and`).
    pub(super) conjunctions: FxHashSet<String>,
    /// Companies' suffixes written as initials (`S.A.`, `L.P.`).
    pub(super) dotted_suffixes: FxHashSet<String>,
    /// Abbreviations of a document's parts before a letter (`App. C`).
    pub(super) parts: FxHashSet<String>,
    /// Titles written out, before a name's initials (`Justice S.A. Bobde`).
    pub(super) written_titles: FxHashSet<String>,
    /// After one a country's abbreviation ends before a title (`the U.S. Gen.`).
    pub(super) definite_articles: FxHashSet<String>,
    /// Days, months and time zones, which follow a time inside its sentence.
    pub(super) calendar: FxHashSet<String>,
    /// The last parts of dotted names (`js`, `com`): a sentence may follow them
    /// glued (`D3.js.Performance is good`).
    pub(super) name_endings: FxHashSet<String>,
    /// A number's period makes it an ordinal (`12. Juni`, `XII. Pluku`).
    pub(super) ordinal_dots: bool,
    /// A sentence may open in lowercase (`κανένας. το κόστος`, `кім? не?`).
    pub(super) lowercase_opens: bool,
    /// The Arabic comma `،` ends a sentence.
    pub(super) comma_ends: bool,
}

impl Rules {
    /// Reads a data file in the format of data/segment/abbreviations_en.txt.
    pub(super) fn parse(text: &str) -> Result<Rules, String> {
        let mut rules = Rules::default();
        for (section, line) in sectioned_word_list(text, "abbreviations") {
            // (A header with words after it, or a comment's line missing its `#`,
            // would otherwise be read as a word.)
            // (A rank's context may be two words, `rank of`, and a filler a phrase,
            // `to be honest`.)
            let words = match section {
                "rank contexts" => 2,
                "fillers" => FILLER_WORDS,
                _ => 1,
            };
            if line.starts_with('[') || line.split_whitespace().count() > words {
                return Err(format!(
                    "malformed line `{line}` in a segment data file: an entry is one word \
                     (two in [rank contexts], five in [fillers]), and a section's header \
                     `[name]` stands alone on its line"
                ));
            }
            let word = line.to_lowercase();
            let kind = match section {
                "abbreviations" => Kind::Ordinary,
                "measures" => {
                    rules.measures.insert(word.clone());
                    Kind::Ordinary
                }
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
                        "commands" => &mut rules.commands,
                        "fillers" => &mut rules.fillers,
                        "label nouns" => &mut rules.label_nouns,
                        "name plurals" => &mut rules.name_plurals,
                        "openers before lowercase" => &mut rules.openers_before_lowercase,
                        "after degrees" => &mut rules.after_degrees,
                        "compass points" => &mut rules.compass_points,
                        "height datums" => &mut rules.height_datums,
                        "ordinal words" => &mut rules.ordinal_words,
                        "rank contexts" => &mut rules.rank_contexts,
                        "stylings" => &mut rules.stylings,
                        "unit symbols" => &mut rules.unit_symbols,
                        "zone words" => &mut rules.zone_words,
                        "zone followers" => &mut rules.zone_followers,
                        "exclaiming names" => &mut rules.exclaiming_names,
                        "code types" => &mut rules.code_types,
                        "code members" => &mut rules.code_members,
                        "states" => &mut rules.states,
                        "before names" => &mut rules.before_names,
                        "determiners" => &mut rules.determiners,
                        "units" => &mut rules.units,
                        "unit modifiers" => &mut rules.unit_modifiers,
                        "times back" => &mut rules.times_back,
                        "saints" => &mut rules.saints,
                        "recipe verbs" => &mut rules.recipe_verbs,
                        "streets" => &mut rules.streets,
                        "lowercase names" => &mut rules.lowercase_names,
                        "labels" => &mut rules.labels,
                        "name openers" => &mut rules.name_openers,
                        "common subjects" => &mut rules.common_subjects,
                        "name joints" => &mut rules.name_joints,
                        "singular name joints" => &mut rules.singular_name_joints,
                        "conjunctions" => &mut rules.conjunctions,
                        "written titles" => &mut rules.written_titles,
                        "parts" => &mut rules.parts,
                        "dotted suffixes" => &mut rules.dotted_suffixes,
                        "definite articles" => &mut rules.definite_articles,
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
    pub(super) fn adopt_other_scripts(&mut self, other: &Rules) {
        let foreign = |w: &str| !w.chars().any(is_latin);
        for (word, &kind) in other.abbreviations.iter().filter(|(w, _)| foreign(w)) {
            self.abbreviations.entry(word.clone()).or_insert(kind);
        }
        let openers = other.openers.iter().filter(|w| foreign(w));
        self.openers.extend(openers.cloned());
    }

    /// The kind of abbreviation `word` (lowercased) is: listed, listed after an
    /// elision (`l'avv`), or letters with periods between them (`u.s`, `т.б`).
    pub(super) fn kind(&self, word: &str) -> Option<Kind> {
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

/// Reporting verbs, for telling a quotation's attribution.
#[derive(Debug, Default)]
pub(super) struct ReportingVerbs {
    /// Latin-script verbs: the word after the speaker.
    pub(super) words: FxHashSet<String>,
    /// Chinese ones: how the clause ends.
    endings: Suffixes,
    /// Words that end in a Chinese verb but report nothing (`知道`, `街道`).
    nonverbs: Suffixes,
    /// What may follow a Chinese verb at the clause's end (`了一次`), longest first.
    complements: Vec<String>,
    /// What opens a complement of manner after a Chinese verb (`得很`), and the
    /// first characters of those (`得`).
    manner_complements: Vec<String>,
    manner_openings: FxHashSet<char>,
    /// Subjects that name the quoted words (`这话`, `那句`), and the pronouns that
    /// name a speaker after them (`这句话他说得…`).
    quotation_names: Vec<String>,
    speaker_pronouns: Vec<String>,
    /// A demonstrative and a measure that open a quotation's name with any noun
    /// after them (`这句` in `这句开场白`).
    quotation_demonstratives: Vec<String>,
    /// Prepositions that aim the speaker's brief act (`朝`, `向`).
    action_prepositions: Vec<String>,
    /// A brief act's complements after its verb (`了一下`, `了一眼`), as characters.
    brief_complements: Vec<Vec<char>>,
    /// The speaker's body or mind, the speaker's only before a contrast (`手心却`).
    contrasted_bodies: Vec<String>,
    /// Words after one of `actions` that make it a noun of the reported words
    /// (`的`, `要`).
    content_marks: Vec<String>,
    /// Words that start with one of `content_marks` but are none (`的确`).
    content_mark_words: Vec<String>,
    /// Verbs of a voice heard (`传来`) and what it ends in (`声`, `嗓音`).
    voice_verbs: Vec<String>,
    voices: Vec<String>,
    /// The complements that show the speaker's action going on (`着`, `了一句`).
    ongoing: Vec<String>,
    /// Chinese verbs of statement, whose clause introduces what follows a comma
    /// (`”穆阿利姆表示，叙利亚…`); after any other the speaker's action goes on
    /// (`”她头也不抬地问，手里的针线一刻没停`).
    statements: Vec<String>,
    /// English words before a verb that make its clause narrate rather than
    /// attribute (`"I disagree." That was all he said.`, `Nobody answered`).
    narration: FxHashSet<String>,
    /// English words that open what may follow an attribution's verb: where or how
    /// it was said (`called from the kitchen`, `asked again`).
    after_verbs: FxHashSet<String>,
    /// Chinese words that open the speaker's next action after an attribution and a
    /// comma (`她说，随后低下了头`).
    actions: Vec<String>,
    /// Chinese verbs that are nouns too, among `endings` (`说明`, `呼吁`): they
    /// report only in a short clause without a word of `not_reporting`.
    news: FxHashSet<String>,
    /// Chinese words that make a news verb after them its noun (`的叮嘱`, `关注和呼吁`).
    noun_marks: Vec<String>,
    not_reporting: Vec<String>,
    not_reporting_exceptions: Vec<String>,
    /// Verbs that take a verb of telling as their noun anywhere in the clause
    /// (`此举引发摊主们的强烈质疑`).
    cause_marks: Vec<String>,
    not_reporting_starts: Vec<String>,
    /// Words that open a listener's clause, which attributes nothing (`听她说完`), and
    /// nouns that start with one (`听筒`).
    listening: Vec<String>,
    not_listening: Vec<String>,
    /// Verbs of telling that take a listener (`told reporters`, `告诉记者`), and the
    /// Chinese listeners.
    object_verbs: Vec<String>,
    listeners: Vec<String>,
    /// Chinese verbs of asking, and the people only asked, not told (`志愿者`).
    asking_verbs: Vec<String>,
    asked: Vec<String>,
    /// English words no listener is (`the`), and those that may open where or when
    /// after one (`on Friday`).
    not_listeners: FxHashSet<String>,
    after_listeners: FxHashSet<String>,
    /// English nouns of a gathering or a medium that a listener may be
    /// (`crowd`, `conference`), after an article or adjectives.
    audiences: FxHashSet<String>,
    /// Chinese verbs of answering, among `endings` (`应了一声`, `解释`).
    replies: Vec<String>,
    /// Chinese words that deny a verb (`没接话`), and the adverbs and auxiliaries that
    /// may stand between them (`并没有再追问`).
    negations: Vec<String>,
    negated_auxiliaries: Vec<String>,
    /// Double negatives, which affirm (`不得不承认`).
    affirmations: Vec<String>,
}

impl ReportingVerbs {
    pub(super) fn parse(text: &str) -> Result<ReportingVerbs, String> {
        let mut verbs = ReportingVerbs::default();
        for (section, entry) in sectioned_word_list(text, "verbs") {
            match section {
                "verbs" if entry.starts_with('!') => {
                    verbs.nonverbs.insert(&entry[1..]);
                }
                "verbs" if entry.chars().any(crate::text::is_han) => {
                    verbs.endings.insert(entry);
                }
                "verbs" => {
                    verbs.words.insert(entry.to_lowercase());
                }
                "complements" => verbs.complements.push(entry.to_string()),
                "quotation names" => verbs.quotation_names.push(entry.to_string()),
                "speaker pronouns" => verbs.speaker_pronouns.push(entry.to_string()),
                "voice verbs" => verbs.voice_verbs.push(entry.to_string()),
                "voices" => verbs.voices.push(entry.to_string()),
                "content marks" => push_word_or_exception(
                    entry,
                    &mut verbs.content_marks,
                    &mut verbs.content_mark_words,
                ),
                "action prepositions" => verbs.action_prepositions.push(entry.to_string()),
                "brief complements" => verbs.brief_complements.push(entry.chars().collect()),
                "contrasted bodies" => verbs.contrasted_bodies.push(entry.to_string()),
                "quotation demonstratives" => {
                    verbs.quotation_demonstratives.push(entry.to_string());
                }
                "manner complements" => {
                    verbs.manner_openings.extend(entry.chars().next());
                    verbs.manner_complements.push(entry.to_string());
                }
                "ongoing" => verbs.ongoing.push(entry.to_string()),
                "statements" => verbs.statements.push(entry.to_string()),
                "narration" => {
                    verbs.narration.insert(entry.to_lowercase());
                }
                "after verbs" => {
                    verbs.after_verbs.insert(entry.to_lowercase());
                }
                "actions" => verbs.actions.push(entry.to_string()),
                "noun marks" => verbs.noun_marks.push(entry.to_string()),
                "not reporting" => push_word_or_exception(
                    entry,
                    &mut verbs.not_reporting,
                    &mut verbs.not_reporting_exceptions,
                ),
                "not reporting starts" => verbs.not_reporting_starts.push(entry.to_string()),
                "cause marks" => verbs.cause_marks.push(entry.to_string()),
                "listening" => {
                    push_word_or_exception(entry, &mut verbs.listening, &mut verbs.not_listening)
                }
                "object verbs" => verbs.object_verbs.push(entry.to_lowercase()),
                "listeners" => verbs.listeners.push(entry.to_string()),
                "asking verbs" => verbs.asking_verbs.push(entry.to_string()),
                "asked" => verbs.asked.push(entry.to_string()),
                "not listeners" => {
                    verbs.not_listeners.insert(entry.to_lowercase());
                }
                "after listeners" => {
                    verbs.after_listeners.insert(entry.to_lowercase());
                }
                "audiences" => {
                    verbs.audiences.insert(entry.to_lowercase());
                }
                "replies" => {
                    verbs.endings.insert(entry);
                    verbs.replies.push(entry.to_string());
                }
                "news verbs" => {
                    verbs.endings.insert(entry);
                    verbs.news.insert(entry.to_string());
                }
                "negations" => {
                    push_word_or_exception(entry, &mut verbs.negations, &mut verbs.affirmations)
                }
                "negated auxiliaries" => verbs.negated_auxiliaries.push(entry.to_string()),
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

    /// `clause` (Chinese, Simplified) marks a denial, a passive or a demand past the
    /// speaker's description (`此事尚未得到官方证实`; not `一位未透露姓名的官员坦承`,
    /// `未来学家…提到`).
    fn marked_not_reporting(&self, clause: &str) -> bool {
        let mut tail =
            clause[clause.rfind('的').map_or(0, |at| at + '的'.len_utf8())..].to_string();
        for harmless in &self.not_reporting_exceptions {
            tail = tail.replace(harmless.as_str(), "");
        }
        self.not_reporting.iter().any(|w| tail.contains(w.as_str()))
    }

    /// `clause` (Chinese) takes its verb of telling as a cause's or a passive's
    /// noun (`此举引发摊主们的强烈质疑`, `这番表态引起了不少网友的吐槽`); not where those
    /// describe the speaker (`饱受质疑的负责人终于开口回应`).
    fn caused(&self, clause: &str) -> bool {
        self.cause_marks.iter().any(|mark| {
            clause.match_indices(mark.as_str()).any(|(at, _)| {
                let after = &clause[at + mark.len()..];
                let describes = after.split_once('的').is_some_and(|(object, _)| {
                    object.chars().count() <= CAUSED_OBJECT_HAN
                        && self.endings.longest_in(object) > 0
                });
                !describes
            })
        })
    }

    /// `clause` (Chinese) opens with a word of `[not reporting starts]` (`这是`,
    /// `这一点`): it comments on the quotation, no speaker's clause.
    pub(super) fn opens_no_attribution(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        opens_with_any(&clause, &self.not_reporting_starts)
    }

    /// `clause` (Chinese) ends in a verb of telling or, if `asking_too`, of asking,
    /// and its listener, a person of `[listeners]` (`一位家长当场质问校方`, `老李告诉本报
    /// 记者`, `质问物业公司负责人`; not `能告诉我们`) or one only asked (`问身边的志愿者`).
    fn told_someone(&self, clause: &str, asking_too: bool) -> bool {
        // (The English verbs of the list are read by the English attribution.)
        let told = self
            .object_verbs
            .iter()
            .filter(|verb| !verb.is_ascii())
            .map(|verb| (verb, false));
        let asked = self
            .asking_verbs
            .iter()
            .filter(|_| asking_too)
            .map(|verb| (verb, true));
        told.chain(asked).any(|(verb, asking)| {
            rfind_word(clause, verb).is_some_and(|at| {
                let (telling, listener) = clause.split_at(at + verb.len());
                // (Any plural of people: `同学们`, `团友们`.)
                let plural = listener.ends_with('们');
                let person = |people: &[String]| {
                    plural || people.iter().any(|l| listener.ends_with(l.as_str()))
                };
                (1..=LISTENER_HAN).contains(&listener.chars().count())
                    && listener.chars().all(crate::text::is_han)
                    && (person(&self.listeners) || (asking && person(&self.asked)))
                    && self.endings.longest_in(telling) > self.nonverbs.longest_in(telling)
                    && !self.denied(&clause[..at])
            })
        })
    }

    /// The words before a Chinese verb deny it (`陈默没接话`, `他并没有再追问`): the
    /// clause tells that nothing was said, no speaker's words.
    fn denied(&self, before_verb: &str) -> bool {
        let mut head = before_verb;
        loop {
            if self.negations.iter().any(|n| head.ends_with(n.as_str())) {
                return !self.affirmations.iter().any(|a| head.ends_with(a.as_str()));
            }
            // (The longest auxiliary: `不方便回答`, not `方` and `便`.)
            match self
                .negated_auxiliaries
                .iter()
                .filter_map(|a| head.strip_suffix(a.as_str()))
                .min_by_key(|shorter| shorter.len())
            {
                Some(shorter) => head = shorter,
                None => return false,
            }
        }
    }

    /// `clause` (Chinese) ends in a verb of answering (`我应了一声`).
    pub(super) fn replying(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        let verb_end = self.without_complement(&clause);
        let ends = |text: &str| self.replies.iter().any(|r| text.ends_with(r.as_str()));
        // (Or before the listener's next action: `我答应了一声就出门了`.)
        let then_acts = || {
            self.ongoing.iter().any(|c| {
                clause
                    .match_indices(c.as_str())
                    .any(|(at, _)| ends(&clause[..at]) || ends(&clause[..at + c.len()]))
            })
        };
        ends(&clause) || ends(verb_end) || then_acts() || self.voice_heard(&clause)
    }

    /// `clause` (Chinese, Simplified) tells of a voice heard (`隔壁传来孩子的背书声`,
    /// `门外传来一个粗哑的嗓音`): a verb of `[voice verbs]` and an ending of `[voices]`.
    fn voice_heard(&self, clause: &str) -> bool {
        self.voices.iter().any(|v| clause.ends_with(v.as_str()))
            && self.voice_verbs.iter().any(|v| clause.contains(v.as_str()))
    }

    /// `clause` attributes a quotation (see `attribute`) with an aspect or a count
    /// after its verb (`他说着`, `小王说了一句`): the speaker's action goes on. Bare,
    /// with no speaker, it opens the next sentence instead (`”说着，他指了指门前的路`).
    pub(super) fn acting(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        self.ongoing.iter().any(|c| clause.ends_with(c.as_str()))
            && self.names_speaker(&clause)
            && self.attribute(&clause)
    }

    /// `clause` (Chinese, Simplified) holds more than its verb and what follows the
    /// verb: a speaker (`他说着`, not `说着`).
    fn names_speaker(&self, clause: &str) -> bool {
        let verb_end = self.without_complement(clause);
        self.endings.longest_in(verb_end) < verb_end.len()
    }

    /// `clause` (Chinese, Simplified) without what may follow its verb: a listed
    /// complement (`了一句`), or a short one of manner (`他答得很干脆`, `她说得很轻`).
    fn without_complement<'a>(&self, clause: &'a str) -> &'a str {
        // (A complement of manner first, which may end in a listed one: `他喊得嗓子都
        // 哑了`.)
        let tail = last_chars(clause, MANNER_TAIL_HAN);
        let tail_start = clause.len() - tail.len();
        // (Most clauses hold no character that opens one: read those no further.)
        let manner = tail
            .chars()
            .any(|c| self.manner_openings.contains(&c))
            .then(|| {
                self.manner_complements
                    .iter()
                    .find_map(|m| tail.rfind(m.as_str()))
            })
            .flatten();
        if let Some(at) = manner {
            return &clause[..tail_start + at];
        }
        self.complements
            .iter()
            .find_map(|c| clause.strip_suffix(c.as_str()))
            .unwrap_or(clause)
    }

    /// `text` (Chinese) ends in a reporting verb (`小王在群里问`; not `在小说`).
    pub(super) fn ends_in_verb(&self, text: &str) -> bool {
        let tail = simplified(last_chars(text, VERB_BEFORE_QUOTATION_HAN));
        self.endings.longest_in(&tail) > self.nonverbs.longest_in(&tail)
    }

    /// The speaker's next action opens `rest` (after an attribution's comma).
    pub(super) fn action_at(&self, rest: &[(usize, char)]) -> bool {
        let start: String = rest
            .iter()
            .skip_while(|&&(_, e)| e.is_whitespace())
            .take(ACTION_READ_HAN)
            .map(|&(_, e)| e)
            .collect();
        let start = simplified(&start);
        // (Not a body's word that the reported words go on with: `眼睛的炎症`,
        // `目光要放长远`.)
        // (But a contrast tells of the speaker: `脸上的笑容却有些勉强`; and an entry's
        // `…` stands for any words: `眼神要多温柔有多温柔`, not `眼睛要多休息`.)
        let marks_nothing = |rest: &str| {
            self.content_mark_words.iter().any(|word| {
                let mut parts = word.split('…');
                let opening = parts.next().unwrap_or_default();
                rest.strip_prefix(opening).is_some_and(|mut after| {
                    parts.all(|part| {
                        after
                            .find(part)
                            .map(|at| after = &after[at + part.len()..])
                            .is_some()
                    })
                })
            })
        };
        let contrasted = self.contrasted_bodies.iter().any(|body| {
            start
                .strip_prefix(body.as_str())
                .is_some_and(|rest| rest.starts_with(CONTRAST))
        });
        let acts = contrasted
            || self.actions.iter().any(|a| {
                start.strip_prefix(a.as_str()).is_some_and(|rest| {
                    !opens_with_any(rest, &self.content_marks)
                        || marks_nothing(rest)
                        || rest.contains(CONTRAST)
                })
            });
        // A verb said twice is a brief act, maybe after where it was aimed (`握了握他
        // 的手`, `朝我挥了挥手`; not another's, `说着，他指了指`).
        let brief: Vec<char> = start.chars().collect();
        let doubled_at = |at: usize| {
            brief
                .get(at..at + 3)
                .is_some_and(|w| w[0] == w[2] && w[1] == DOUBLING_MARK && crate::text::is_han(w[0]))
        };
        // (Or done once after where it was aimed, ending the sentence: `向队员们示意了
        // 一下。`, `往窗外看了一眼。`; not the reported words' `在医院观察了一下，各项指
        // 标都正常`.)
        let once_at = |at: usize| {
            brief.get(at - 1).is_some_and(|&c| crate::text::is_han(c))
                && self.brief_complements.iter().any(|complement| {
                    // (Maybe with its object: `碰了一下杯。`, `拍了一下我的后背。`.)
                    brief.get(at..).is_some_and(|w| {
                        w.starts_with(complement)
                            && w[complement.len()..]
                                .iter()
                                .take(BRIEF_OBJECT_HAN + 1)
                                .find(|&&c| !crate::text::is_han(c))
                                .is_some_and(|&c| matches!(c, '。' | '！' | '!' | '…'))
                    })
                })
        };
        let aimed = self
            .action_prepositions
            .iter()
            .any(|p| start.starts_with(p.as_str()));
        // (Done once, it needs no aim: `凑过去闻了一下。`, `低头看了一眼手表。`; but not
        // another's, `他看了一眼`.)
        let another = opens_with_any(&start, &self.speaker_pronouns);
        acts || doubled_at(0)
            || aimed && (1..=AIM_HAN).any(|at| doubled_at(at + 1))
            || !another && (1..=AIM_HAN + 2).any(once_at)
    }

    /// `clause` attributes a quotation in Chinese with a verb of speech, not of
    /// statement: what follows a comma after it is the speaker's action.
    pub(super) fn narrating(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        clause.chars().all(crate::text::is_han)
            && self.names_speaker(&clause)
            && self.attribute(&clause)
            && !self.statements.iter().any(|s| clause.ends_with(s.as_str()))
            // (Telling a listener introduces new words too: `摊主告诉记者，今年…`.)
            && !self.told_someone(&clause, false)
    }

    /// `clause` (what follows a closed quotation, up to the next stop) attributes it:
    /// a few words ending in a reporting verb (`Hammel added`, `这位投资银行家补充道`),
    /// in English maybe with an adverb or a phrase after it.
    pub(super) fn attribute(&self, clause: &str) -> bool {
        // (A Chinese name may speak in English: `王先生 asked the woman`.)
        let english_verb = || {
            clause.bytes().any(|b| b.is_ascii_alphabetic())
                && clause
                    .split_whitespace()
                    .take(ATTRIBUTION_WORDS)
                    .any(|w| self.words.contains(&w.to_lowercase()))
        };
        if clause.chars().any(crate::text::is_han) && !english_verb() {
            let clause = simplified(clause);
            let opens = |words: &[String]| opens_with_any(&clause, words);
            // (Nor does one that names the words and tells how they were said with
            // no speaker: `这话说得很对`, `这句开场白说得很暖心`; but `这句话他说得特别认
            // 真`, `这句话冲口而出`.)
            let comments = || {
                let after = |names: &[String]| {
                    names
                        .iter()
                        .filter_map(|name| clause.strip_prefix(name.as_str()))
                        .min_by_key(|rest| rest.len())
                };
                let manner = |rest: &str| rest.chars().any(|c| self.manner_openings.contains(&c));
                // After a whole name anyone before the verb speaks (`这话老张说得很动
                // 情`); after a demonstrative a noun may go on the name, and a pronoun
                // speaks (`这句开场白说得很暖心`; `这句英文他说得很标准`).
                if let Some(rest) = after(&self.quotation_names) {
                    return manner(rest) && !self.names_speaker(rest);
                }
                after(&self.quotation_demonstratives).is_some_and(|rest| {
                    let before_verb: String = rest.chars().take(NAMED_NOUN_HAN + 1).collect();
                    manner(rest)
                        && !self
                            .speaker_pronouns
                            .iter()
                            .any(|p| before_verb.contains(p.as_str()))
                })
            };
            if opens(&self.listening) && !opens(&self.not_listening) || comments() {
                return false;
            }
            // A voice heard saying the words (`隔壁传来孩子的背书声`).
            if self.voice_heard(&clause) {
                return true;
            }
            let verb_end = self.without_complement(&clause);
            // The longest listed ending decides: `知道` reports nothing though it
            // ends in `道`, while `我回答` reports words though `回答` alone does not.
            // A verb that is a noun too reports in no clause with a mark of a noun, a
            // passive, a demand or a denial, nor after `这是` (`这是官方首次承认`);
            // those marks are read only for such a verb.
            // (Read once for the clause, however many of its verbs are tried.)
            let caused = std::cell::OnceCell::new();
            let reports = |text: &str| {
                let ending = self.endings.longest_in(text);
                let verb_start = text.len() - ending;
                let noun = || {
                    self.noun_marks
                        .iter()
                        .any(|m| text[..verb_start].ends_with(m.as_str()))
                };
                ending > self.nonverbs.longest_in(text)
                    && !self.denied(&text[..verb_start])
                    && !*caused.get_or_init(|| self.caused(&clause))
                    && (!self.news.contains(&text[verb_start..])
                        || !(noun()
                            || self.marked_not_reporting(&clause)
                            || self.opens_no_attribution(&clause)))
            };
            // A verb listed with its complement (`应了一声`) is read whole; one of
            // telling may have its listener after it (`质问校方`, `告诉本报记者`).
            let stripped = verb_end.len() < clause.len();
            // The speaker's verb going on or done as the next action follows
            // (`战士们高喊着冲上了山头`, `他吼完就摔门走了`).
            let then_acts = || {
                self.ongoing.iter().any(|c| {
                    clause.match_indices(c.as_str()).any(|(at, _)| {
                        let head = &clause[..at];
                        at + c.len() < clause.len() && self.names_speaker(head) && reports(head)
                    })
                })
            };
            return clause.chars().count() <= ATTRIBUTION_HAN
                && (reports(verb_end)
                    || (stripped && reports(&clause))
                    || self.told_someone(&clause, true)
                    || then_acts());
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
        let (speaker, mut after) = (&words[..at], &words[at + 1..]);
        let mut heard = false;
        // A verb of telling may have its listener first, a pronoun or a plain word
        // (`told reporters`, `told CNN`, `assured investors in a letter`), then at
        // most where or when (not `told the story again`, `asked her to read it`).
        if self.object_verbs.contains(&words[at].to_lowercase()) {
            let plain = after
                .iter()
                .take(LISTENER_WORDS)
                .take_while(|w| {
                    let w = w.to_lowercase();
                    !self.after_verbs.contains(&w) && !self.not_listeners.contains(&w)
                })
                .count();
            let listener = self.audience_len(after).unwrap_or(plain);
            let rest = &after[listener..];
            // (Or an adverb, `Kim asked the doctor quietly`, or a participle before
            // where, `told the group gathered near the fountain`.)
            let placed = rest.first().is_none_or(|w| {
                self.after_listeners.contains(&w.to_lowercase())
                    || (rest.len() == 1 && w.ends_with("ly"))
                    || ((w.ends_with("ed") || w.ends_with("ing"))
                        && rest
                            .iter()
                            .skip(1)
                            .take(2)
                            .any(|w| self.after_listeners.contains(&w.to_lowercase())))
            });
            if listener > 0 {
                if !placed {
                    return false;
                }
                after = rest;
                // (What follows the listener is placed already.)
                heard = words.len() <= ATTRIBUTION_PHRASE_WORDS;
            }
        }
        let manner = heard
            || match after {
                [] => true,
                [adverb] => {
                    adverb.ends_with("ly") || self.after_verbs.contains(&adverb.to_lowercase())
                }
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

    /// Words of an audience named with an article or adjectives after a verb of
    /// telling (`a cheering crowd`, `the news conference`, `a room full of donors`):
    /// a few words ending in a noun of `[audiences]`, maybe with its members after it.
    /// The first word may be an article, which before other nouns is a thing told
    /// (`told a story`).
    fn audience_len(&self, after: &[&str]) -> Option<usize> {
        let lower: Vec<String> = after
            .iter()
            .take(AUDIENCE_WORDS)
            .map(|w| {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        // The last noun of a compound (`a stunned council chamber`), before where or
        // when (`the whole family at dinner`).
        let phrase = lower
            .iter()
            .skip(1)
            .position(|w| self.after_listeners.contains(w))
            .map_or(lower.len(), |at| at + 1);
        let noun = lower[..phrase].iter().rposition(|w| {
            self.audiences.contains(w)
                || w.strip_suffix('s')
                    .is_some_and(|w| self.audiences.contains(w))
        })?;
        let plain = |w: &String| {
            !self.after_verbs.contains(w)
                && !self.after_listeners.contains(w)
                && !self.not_listeners.contains(w)
        };
        if !lower[1..noun.max(1)].iter().all(plain) {
            return None;
        }
        // The audience's members (`of donors`, `full of reporters`).
        let members = after[noun + 1..]
            .iter()
            .position(|w| w.eq_ignore_ascii_case("of"))
            .filter(|&of| of <= 1)
            .map_or(0, |of| {
                of + 1
                    + after[noun + of + 2..]
                        .iter()
                        .take(AUDIENCE_WORDS)
                        .take_while(|w| !self.after_listeners.contains(&w.to_lowercase()))
                        .count()
            });
        Some(noun + 1 + members)
    }
}

/// Chinese words that go on with a sentence after a closed quotation, the words
/// starting with one of them that open sentences all the same, and the words whose
/// object a quotation after them is.
#[derive(Debug, Default)]
pub(super) struct Continuations {
    pub(super) words: Vec<String>,
    /// Words that go on after a statement only: after a question they answer it
    /// (`“谁赢了？”是中国队。`).
    after_statements: Vec<String>,
    /// Words that open the speaker's next act after a statement, not after a
    /// question (`。”随即离开`; `？”随即门被推开了`).
    acts_after_statements: Vec<String>,
    /// Nouns that name a quoted question: a clause of `after_statements` ending in
    /// one goes on after a question too (`“明天会更好吗？”是很多人心中的疑问。`).
    question_names: Vec<String>,
    /// Words that go on after a quoted phrase, not after reported speech that a
    /// colon introduced (`“内卷”这个词`; `那句话：“做人要踏实。”这句话伴随了他`).
    after_phrases: Vec<String>,
    /// Words that carry a sentence past a Chinese ellipsis (`他想了想……还是没说`).
    after_pauses: Vec<String>,
    /// Conjunctions that open a time's clause after a Chinese ellipsis, and the
    /// adverbs that, in the clause or the one after it, carry the sentence on
    /// through it (`……直到傍晚才渐渐小了`, `……直到后来，才慢慢听懂`; not `……直到今天，
    /// 我还记得`).
    pause_conjunctions: Vec<String>,
    pause_conjunction_adverbs: Vec<String>,
    /// What a number counts when it names a quotation by its words (`四个大字`).
    counted_words: Vec<String>,
    /// Words that carry on a quotation opened right after a word, inside its clause
    /// (`他“哼！”了一声`, `版本“盛夏！”将于…上线`).
    inside_clauses: Vec<String>,
    /// Verbs and prepositions whose object is a plural or a place after them
    /// (`让同学们`, `在屋里`).
    before_plurals: Vec<String>,
    /// Personal pronouns, the crowd and its place, that open a clause of their own
    /// after a quotation that was a word's object (`发了一句“…?”| 我还没想好`).
    subject_pronouns: Vec<String>,
    /// Particles that end a topic before a pause (`这个问题嘛……`).
    topic_particles: Vec<String>,
    /// Prepositions that open a topic before a pause (`关于这件事……`).
    topic_openers: Vec<String>,
    /// Adverbs of degree that make a particle an exclamation's (`真美呀`), and
    /// those that open nouns too (`好`: `好友`).
    degree_adverbs: Vec<String>,
    noun_degree_adverbs: Vec<String>,
    /// Nouns and quantifiers that open with an adverb of degree's character
    /// (`超市`, `太阳`, `很多`).
    degree_nouns: Vec<String>,
    /// Particles that end an exclamation before an ellipsis (`无语了……`), and nouns
    /// that end in one's character (`酒吧`).
    final_particles: Vec<String>,
    particle_nouns: Vec<String>,
    /// Weibo's emoji codes (`笑哭`, `doge`), and the words that make one a noun
    /// inside its clause (`个`, `和`).
    emoji_codes: Vec<String>,
    code_joints: Vec<String>,
    /// Words that bring up an example in a bracket (`尤其是`, `比如`).
    example_openers: Vec<String>,
    /// Verbs of a quotation that spread (`刷屏`), verbs that take it onto a list
    /// (`登上`) and the lists (`热搜`), the adverbs and time words before them
    /// (`迅速`, `当天`), and units of time after a number (`天`).
    spreading_verbs: Openings,
    list_verbs: Openings,
    lists: Vec<String>,
    spreading_adverbs: Openings,
    spreading_times: Openings,
    exceptions: Vec<String>,
    objects: Suffixes,
    /// Words ending in an object word that take no object (`所以`, `可以`).
    object_exceptions: Suffixes,
    /// Characters of the longest entry: as far as a lookup reads.
    longest: usize,
}

impl Continuations {
    /// Reads data/segment/continuations_zh.txt (`!` marks an exception).
    pub(super) fn parse(text: &str) -> Result<Continuations, String> {
        let mut continuations = Continuations::default();
        for (section, entry) in sectioned_word_list(text, "after") {
            // (Looked up by how the text before a quotation ends.)
            if section == "before" {
                match entry.strip_prefix('!') {
                    Some(exception) => continuations.object_exceptions.insert(exception),
                    None => continuations.objects.insert(entry),
                }
                continue;
            }
            let openings = match section {
                "spreading verbs" => Some(&mut continuations.spreading_verbs),
                "list verbs" => Some(&mut continuations.list_verbs),
                "spreading adverbs" => Some(&mut continuations.spreading_adverbs),
                "spreading times" => Some(&mut continuations.spreading_times),
                _ => None,
            };
            if let Some(openings) = openings
                && !entry.starts_with('!')
            {
                openings.insert(entry);
                continue;
            }
            let (list, word) = match (section, entry.strip_prefix('!')) {
                (
                    "after" | "after statements" | "acts after statements" | "after pauses",
                    Some(exception),
                ) => (&mut continuations.exceptions, exception),
                ("after", None) => (&mut continuations.words, entry),
                ("after statements", None) => (&mut continuations.after_statements, entry),
                ("acts after statements", None) => {
                    (&mut continuations.acts_after_statements, entry)
                }
                ("question names", None) => (&mut continuations.question_names, entry),
                ("after phrases", None) => (&mut continuations.after_phrases, entry),
                ("after pauses", None) => (&mut continuations.after_pauses, entry),
                ("pause conjunctions", None) => (&mut continuations.pause_conjunctions, entry),
                ("pause conjunction adverbs", None) => {
                    (&mut continuations.pause_conjunction_adverbs, entry)
                }
                ("counted words", None) => (&mut continuations.counted_words, entry),
                ("inside clauses", None) => (&mut continuations.inside_clauses, entry),
                ("subject pronouns", None) => (&mut continuations.subject_pronouns, entry),
                ("before plurals", None) => (&mut continuations.before_plurals, entry),
                ("topic particles", None) => (&mut continuations.topic_particles, entry),
                ("topic openers", None) => (&mut continuations.topic_openers, entry),
                ("degree adverbs", None) => (&mut continuations.degree_adverbs, entry),
                ("degree adverbs", Some(adverb)) => {
                    (&mut continuations.noun_degree_adverbs, adverb)
                }
                ("degree nouns", None) => (&mut continuations.degree_nouns, entry),
                ("final particles", None) => (&mut continuations.final_particles, entry),
                ("final particles", Some(noun)) => (&mut continuations.particle_nouns, noun),
                ("emoji codes", None) => (&mut continuations.emoji_codes, entry),
                ("code joints", None) => (&mut continuations.code_joints, entry),
                ("example openers", None) => (&mut continuations.example_openers, entry),
                ("lists", None) => (&mut continuations.lists, entry),
                (_, Some(_)) => {
                    return Err(format!(
                        "`{entry}` in [{section}] of continuations_zh.txt: only [after], \
                         [after statements], [acts after statements], [after pauses], \
                         [final particles] and [before] take `!` exceptions \
                         (or the section is unknown)"
                    ));
                }
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
    pub(super) fn follow(&self, chars: &[(usize, char)], question: bool, introduced: bool) -> bool {
        let ahead = self.ahead(chars);
        let starts = |words: &[String]| opens_with_any(&ahead, words);
        (starts(&self.words)
            || self.spreads(chars)
            || (starts(&self.after_statements) && (!question || self.names_question(chars)))
            || (starts(&self.acts_after_statements) && !question)
            || (!introduced && (starts(&self.after_phrases) || self.counts_words(chars))))
            && !starts(&self.exceptions)
    }

    /// `sentence` (up to a quotation's stop) ends in the second quotation of a pair
    /// that a conjunction of the list joins (`“嗯。”和“好。`), and `next`, after it,
    /// goes on with the two as a noun: a comma, a count, a copula or `都` (`“是。”或者
    /// “否。”，别的…`, `两个问题`, `是…问候语`; not `“没问题。”和“交给我。”可他…`).
    pub(super) fn second_of_pair(&self, sentence: &str, next: char) -> bool {
        if !(matches!(next, '，' | ',' | '是' | '都') || COUNT_NUMERALS.contains(next)) {
            return false;
        }
        let Some(opening) = sentence.rfind(['“', '「']) else {
            return false;
        };
        let head = &sentence[..opening + '“'.len_utf8()];
        self.words.iter().any(|w| {
            w.ends_with(['“', '「'])
                && head
                    .strip_suffix(w.as_str())
                    .is_some_and(|before| before.ends_with(['”', '」']))
        })
    }

    /// `chars` open with a verb of a quotation that spread, after adverbs and time
    /// words (`迅速刷屏`, `当天就登上了热搜`, `短短几天就传遍`, `三天内红遍`).
    fn spreads(&self, chars: &[(usize, char)]) -> bool {
        // (Only what opens with an adverb, a time, a place or a verb of its lists is
        // read further: most text after a quotation, English above all, is not.)
        let Some(&(_, first)) = chars.first() else {
            return false;
        };
        let mut buffer = [0u8; 4];
        let first = simplified(first.encode_utf8(&mut buffer))
            .chars()
            .next()
            .unwrap_or(first);
        if !(self.spreading_adverbs.may_open(first)
            || self.spreading_verbs.may_open(first)
            || self.list_verbs.may_open(first)
            || COUNT_NUMERALS.contains(first)
            || matches!(first, '第' | '在'))
        {
            return false;
        }
        let ahead: String = chars
            .iter()
            .map(|&(_, e)| e)
            .take(SPREAD_READ_CHARS)
            .take_while(|&e| !ends_clause(e))
            .collect();
        let ahead = simplified(&ahead);
        let mut rest: &str = ahead.as_ref();
        while let Some(after) = self.past_spreading_adverb(rest) {
            rest = after;
        }
        // Where it spread may come before the verb (`在各大平台走红`, `在网上刷了屏`).
        if let Some(place) = rest.strip_prefix('在')
            && let Some((at, _)) = place
                .char_indices()
                .take(SPREAD_PLACE_CHARS + 1)
                .find(|&(at, _)| self.spreading_verb_at(&place[at..]))
        {
            rest = &place[at..];
        }
        self.spreading_verb_at(rest) && !opens_with_any(rest, &self.exceptions)
    }

    /// `rest` after the spreading adverb or the time that opens it: a word of
    /// `[spreading adverbs]`, or a number and a unit of `[spreading times]`, maybe
    /// counted or ordinal (`三天`, `48小时`, `几个小时`, `第二天`).
    fn past_spreading_adverb<'a>(&self, rest: &'a str) -> Option<&'a str> {
        let ordinal = rest.strip_prefix('第').unwrap_or(rest);
        let after_number = ordinal.trim_start_matches(|e| COUNT_NUMERALS.contains(e));
        let time = (after_number.len() < ordinal.len())
            .then(|| {
                let unit = after_number.strip_prefix('个').unwrap_or(after_number);
                self.spreading_times.strip_longest(unit)
            })
            .flatten();
        self.spreading_adverbs.strip_longest(rest).or(time)
    }

    /// `rest` opens with a spreading verb, or a verb that takes a quotation onto a
    /// list named within a few characters (`登上了热搜`, `冲上了B站热门榜`, `登上了《人民
    /// 日报》头版`).
    fn spreading_verb_at(&self, rest: &str) -> bool {
        let onto_list = || {
            self.list_verbs.strip_longest(rest).is_some_and(|object| {
                let object = object.strip_prefix('了').unwrap_or(object);
                let named = object
                    .char_indices()
                    .nth(LIST_NAME_CHARS)
                    .map_or(object, |(at, _)| &object[..at]);
                self.lists.iter().any(|l| named.contains(l.as_str()))
            })
        };
        self.spreading_verbs.strip_longest(rest).is_some() || onto_list()
    }

    /// The clause that opens `chars` ends in a noun that names a question (`是每个
    ///球迷心中的问题。`, `是他最大的疑问之一`).
    fn names_question(&self, chars: &[(usize, char)]) -> bool {
        let clause: String = chars
            .iter()
            .map(|&(_, e)| e)
            .take_while(|&e| !ends_clause(e))
            .take(QUESTION_CLAUSE_CHARS + 1)
            .collect();
        let clause = simplified(&clause);
        let clause = clause.strip_suffix("之一").unwrap_or(&clause);
        clause.chars().count() <= QUESTION_CLAUSE_CHARS
            && self
                .question_names
                .iter()
                .any(|n| clause.ends_with(n.as_str()))
    }

    /// The start of `chars`, as long as the longest listed word, in Simplified
    /// characters.
    fn ahead(&self, chars: &[(usize, char)]) -> String {
        let ahead: String = chars.iter().take(self.longest).map(|&(_, e)| e).collect();
        simplified(&ahead).into_owned()
    }

    /// `chars` (what follows a quotation) open with a personal pronoun, a plural or a
    /// place, the subject of a clause of its own.
    pub(super) fn subject_opens(&self, chars: &[(usize, char)]) -> bool {
        let ahead = self.ahead(chars);
        // (Or a plural noun or a place: `亲友们`, `小朋友们`, `教室里`; not an object,
        // `让同学们跟读`, `在屋里走来走去`, nor the speaker's mind, `心里却很难过`.)
        let noun = ahead
            .chars()
            .position(|c| !crate::text::is_han(c) || c == PLURAL_MARK || c == PLACE_MARK)
            .filter(|&at| at <= SUBJECT_NOUN_HAN);
        let plural = noun.is_some_and(|at| match ahead.chars().nth(at) {
            Some(PLURAL_MARK) => at >= 1,
            Some(PLACE_MARK) => at >= 2,
            _ => false,
        }) && !opens_with_any(&ahead, &self.before_plurals);
        plural || opens_with_any(&ahead, &self.subject_pronouns)
    }

    /// `chars` (what follows a quotation opened right after a word) start with a word
    /// of `[inside clauses]`.
    pub(super) fn goes_on_inside(&self, chars: &[(usize, char)]) -> bool {
        let ahead = self.ahead(chars);
        opens_with_any(&ahead, &self.inside_clauses)
    }

    /// `chars` count the quotation's words: a number, maybe after a demonstrative,
    /// then a word of [counted words] within a few Han characters (`四个大字`,
    /// `几个红色大字`, `一句`, `这三个字`).
    fn counts_words(&self, chars: &[(usize, char)]) -> bool {
        // (After a demonstrative too: `这三个字`.)
        let chars = match chars.first() {
            Some(&(_, '这' | '那' | '這')) => &chars[1..],
            _ => chars,
        };
        let Some((&(_, first), rest)) = chars.split_first() else {
            return false;
        };
        let span: String = rest
            .iter()
            .map(|&(_, e)| e)
            .take(COUNTED_SPAN_HAN)
            .take_while(|&e| crate::text::is_han(e))
            .collect();
        COUNT_NUMERALS.contains(first)
            && self.counted_words.iter().any(|w| span.contains(w.as_str()))
    }

    /// `rest` (after a Chinese ellipsis) opens with a word that carries the
    /// sentence on.
    pub(super) fn after_pause(&self, rest: &[(usize, char)]) -> bool {
        let ahead = self.ahead(rest);
        if opens_with_any(&ahead, &self.pause_conjunctions) {
            let clause: String = rest
                .iter()
                .map(|&(_, e)| e)
                .take(PAUSE_CLAUSE_CHARS)
                .take_while(|&e| !matches!(e, '。' | '！' | '？' | '；'))
                .collect();
            let clause = simplified(&clause);
            // (A clause that trails its sentence to the stop goes on too: `……直到终场
            // 哨声响起。`.)
            let trailing =
                !clause.contains(['，', ',']) && clause.chars().count() < PAUSE_CLAUSE_CHARS;
            return trailing
                || self
                    .pause_conjunction_adverbs
                    .iter()
                    .any(|w| clause.contains(w.as_str()));
        }
        self.after_pauses.iter().any(|w| {
            ahead
                .strip_prefix(w.as_str())
                .is_some_and(|after| !after.starts_with(['，', ',']))
        }) && !opens_with_any(&ahead, &self.exceptions)
    }

    /// `clause` (the Han characters before a Chinese ellipsis) is a short topic, which
    /// the ellipsis pauses after: it ends in a topic's particle (`这个问题嘛`) or
    /// opens with a preposition (`关于这件事`).
    pub(super) fn topic_before_pause(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        // A degree's adverb just before the particle makes it an exclamation's
        // (`这里的风景真美呀……`, `太好了呀……`).
        let chars: Vec<char> = clause.chars().collect();
        let particle_at = chars.len().saturating_sub(1);
        let tail: String = chars[particle_at.saturating_sub(EXCLAMATION_TAIL_HAN)..particle_at]
            .iter()
            .collect();
        let exclaims = self
            .degree_adverbs
            .iter()
            .chain(&self.noun_degree_adverbs)
            .any(|w| tail.contains(w.as_str()));
        clause.chars().count() <= TOPIC_HAN
            && !exclaims
            && (self
                .topic_particles
                .iter()
                .any(|w| clause.ends_with(w.as_str()))
                || self.opens_topic(&clause))
    }

    /// `clause` ends in a predicate of degree: its subject, an adverb of degree and
    /// one to four Han characters of its adjective or verb, with no `的` among them
    /// but maybe one closing them (`面料摸着很舒服`, `物流超快`, `我真的要吹爆`, `房间挺干净
    /// 的`; not `超大杯`, `超好吃的蛋糕`, `今天的太阳`, nor a noun of `[degree nouns]`,
    /// `去了超市`). An adverb that opens nouns too needs two (`好友`).
    pub(super) fn ends_in_degree(&self, clause: &str) -> bool {
        let clause = simplified(clause);
        let clause = clause.strip_suffix('的').unwrap_or(&clause);
        // Where the adjective or verb may start: one to four characters from the end.
        let starts = clause.char_indices().rev().take(DEGREE_WORD_HAN);
        starts.enumerate().any(|(taken, (word_start, _))| {
            let (before, word) = clause.split_at(word_start);
            let predicate = |adverb: &String| {
                let Some(subject) = before.strip_suffix(adverb.as_str()) else {
                    return false;
                };
                // (A subject, not a noun's modifier, `今天的太阳`, though `真的` is an
                // adverb, `这个App真的很好用`; nor a noun that opens with the adverb,
                // `去了超市`.)
                let modifier = subject.ends_with('的')
                    && !self
                        .degree_adverbs
                        .iter()
                        .any(|w| subject.ends_with(w.as_str()));
                let noun = opens_with_any(&clause[subject.len()..], &self.degree_nouns);
                subject.ends_with(|c: char| crate::text::is_han(c) || c.is_ascii_alphabetic())
                    && !modifier
                    && !noun
            };
            !word.contains('的')
                && (self.degree_adverbs.iter().any(predicate)
                    || taken > 0 && self.noun_degree_adverbs.iter().any(predicate))
        })
    }

    /// `clause` (Simplified) opens with a preposition or a verb that brings up a
    /// topic (`关于`, `提到`).
    pub(super) fn opens_topic(&self, clause: &str) -> bool {
        opens_with_any(clause, &self.topic_openers)
    }

    /// The characters of the particle that ends an exclamation at the end of
    /// `clause` (the Han characters before a Chinese ellipsis: `了` in `无语了`), or 0.
    /// Alone it is an interjection, no particle (`叶文洁：哦…… 伊文斯怎么样了？`).
    pub(super) fn final_particle(&self, clause: &str) -> usize {
        let clause = simplified(clause);
        if self
            .particle_nouns
            .iter()
            .any(|noun| clause.ends_with(noun.as_str()))
        {
            return 0;
        }
        self.final_particles
            .iter()
            .filter(|w| clause.len() > w.len() && clause.ends_with(w.as_str()))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    }

    /// `aside` (a bracket's words) opens with a word that brings up an example
    /// (`尤其是`, `比如`).
    pub(super) fn opens_example(&self, aside: &str) -> bool {
        opens_with_any(aside, &self.example_openers)
    }

    /// `name` is an emoji's code (`笑哭`, `doge`).
    pub(super) fn emoji_code(&self, name: &str) -> bool {
        let name = simplified(name);
        self.emoji_codes
            .iter()
            .any(|code| code.eq_ignore_ascii_case(&name))
    }

    /// A word that makes an emoji's code a noun ends `before` or opens `after`
    /// (`发了个`, `和`).
    pub(super) fn joins_code(&self, before: &str, after: &str) -> bool {
        let before = simplified(before);
        let after = simplified(after);
        self.code_joints
            .iter()
            .any(|joint| before.ends_with(joint.as_str()) || after.starts_with(joint.as_str()))
    }

    /// `before` (the text up to an opening quotation) ends with a word whose object
    /// the quotation is (`他总把`).
    pub(super) fn object_before(&self, before: &str) -> bool {
        let tail = before.trim_end();
        let from = tail
            .char_indices()
            .rev()
            .nth(
                self.objects
                    .longest
                    .max(self.object_exceptions.longest)
                    .saturating_sub(1),
            )
            .map_or(0, |(at, _)| at);
        let tail = simplified(&tail[from..]);
        self.objects.longest_in(&tail) > 0 && self.object_exceptions.longest_in(&tail) == 0
    }
}

/// Where `word` last occurs in `text`, found by its first character: cheaper than a
/// substring search for the short words looked up here.
fn rfind_word(text: &str, word: &str) -> Option<usize> {
    let first = word.chars().next()?;
    let mut end = text.len();
    while let Some(at) = text[..end].rfind(first) {
        if text[at..].starts_with(word) {
            return Some(at);
        }
        end = at;
    }
    None
}

/// Words that a text may end with, looked up by the text's last characters.
#[derive(Debug, Default)]
pub(super) struct Suffixes {
    words: FxHashSet<String>,
    /// Characters of the longest word.
    longest: usize,
}

impl Suffixes {
    pub(super) fn insert(&mut self, word: &str) {
        self.longest = self.longest.max(word.chars().count());
        self.words.insert(word.to_string());
    }

    /// Bytes of the longest listed word that `text` ends with; 0 for none.
    pub(super) fn longest_in(&self, text: &str) -> usize {
        text.char_indices()
            .rev()
            .take(self.longest)
            .map(|(at, _)| &text[at..])
            .filter(|ending| self.words.contains(*ending))
            .map(str::len)
            .last()
            .unwrap_or(0)
    }
}

/// Chinese text in Simplified characters, so that one word list serves both
/// scripts (`說` is read as `说`, `並` as `并`).
/// `text` opens with one of `words`.
pub(super) fn opens_with_any(text: &str, words: &[String]) -> bool {
    words.iter().any(|word| text.starts_with(word.as_str()))
}

pub(super) fn simplified(text: &str) -> Cow<'_, str> {
    // Only Han text loads the converter; most Chinese is Simplified already.
    if !text.chars().any(crate::text::is_han) {
        return Cow::Borrowed(text);
    }
    match opencc::shared("t2s") {
        Ok(converter) if converter.may_change(text) => Cow::Owned(converter.convert(text)),
        _ => Cow::Borrowed(text),
    }
}
