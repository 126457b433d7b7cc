//! `langid`: language per paragraph and per document (whatlang), and for Chinese
//! whether the script is Traditional, Simplified or mixed, judged by characters that
//! exist in only one of the scripts (lists derived from OpenCC's dictionaries).

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::LazyLock;

use serde::Deserialize;
use whatlang::{Detector, Lang};

use super::{Stage, StageSpec, data_file, option_names, parse_options};
use crate::document::{Document, Script};
use crate::text::{CharSet, is_han, is_hangul, is_kana};

const NAME: &str = "langid";
const ISO639: &str = include_str!("../../data/lang/iso639.tsv");
const ENGLISH_FUNCTION_WORDS: &str = include_str!("../../data/lang/english_function_words.txt");
/// Lines with fewer words than this (titles, bylines) are too short for whatlang to
/// be reliable.
const SHORT_LINE_WORDS: usize = 20;
/// Words read from a Latin-script paragraph for the English check.
const ENGLISH_SAMPLE_WORDS: usize = 40;
const TRADITIONAL_ONLY: &str = include_str!("../../data/script/traditional_only.txt");
const SIMPLIFIED_ONLY: &str = include_str!("../../data/script/simplified_only.txt");
/// whatlang's accuracy stops improving long before this; the cap bounds its cost.
const DETECTION_PREFIX: usize = 1024;

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "language per paragraph and document; Chinese script (traditional, simplified, mixed)",
    options: option_names::<LangidOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LangidOptions {
    /// Restrict detection to these languages (ISO 639-1 or 639-3 codes); empty: all
    /// 69 that whatlang knows.
    pub languages: Vec<String>,
    /// Share of script-specific characters one script needs for a text to count as
    /// that script rather than mixed.
    pub script_majority: f64,
    /// A file replacing the embedded English function words
    /// (data/lang/english_function_words.txt).
    pub english_words_file: Option<PathBuf>,
    /// Files replacing the embedded character lists (data/script/*.txt).
    pub traditional_chars_file: Option<PathBuf>,
    pub simplified_chars_file: Option<PathBuf>,
}

impl Default for LangidOptions {
    fn default() -> Self {
        LangidOptions {
            languages: Vec::new(),
            script_majority: 0.9,
            english_words_file: None,
            traditional_chars_file: None,
            simplified_chars_file: None,
        }
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    Ok(Box::new(Langid::new(parse_options(table)?)?))
}

/// whatlang's ISO 639-3 codes mapped to the ISO 639-1 codes qingxi writes.
static SHORT_CODES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    super::word_list(ISO639)
        .filter_map(|line| line.split_once('\t'))
        .collect()
});

/// The code written for a language: ISO 639-1 where it has one.
pub fn lang_code(lang: Lang) -> &'static str {
    SHORT_CODES.get(lang.code()).copied().unwrap_or(lang.code())
}

fn lang_from_code(code: &str) -> Option<Lang> {
    Lang::from_code(code).or_else(|| {
        SHORT_CODES
            .iter()
            .find(|(_, short)| **short == code)
            .and_then(|(long, _)| Lang::from_code(*long))
    })
}

pub struct Langid {
    detector: Detector,
    /// English is among the languages detected (no allowlist, or one that has it).
    english_allowed: bool,
    english_words: HashSet<Vec<u8>>,
    script_majority: f64,
    traditional: CharSet,
    simplified: CharSet,
}

impl Langid {
    pub fn new(options: LangidOptions) -> Result<Self, String> {
        let english_allowed = options.languages.is_empty()
            || options
                .languages
                .iter()
                .any(|code| lang_from_code(code) == Some(Lang::Eng));
        let detector = if options.languages.is_empty() {
            Detector::new()
        } else {
            let langs = options
                .languages
                .iter()
                .map(|code| {
                    lang_from_code(code).ok_or_else(|| format!("unknown language code `{code}`"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Detector::with_allowlist(langs)
        };
        if !(0.5..=1.0).contains(&options.script_majority) {
            return Err("script_majority must be between 0.5 and 1.0".into());
        }
        let traditional = data_file(TRADITIONAL_ONLY, options.traditional_chars_file.as_deref())?;
        let simplified = data_file(SIMPLIFIED_ONLY, options.simplified_chars_file.as_deref())?;
        let english_words = data_file(
            ENGLISH_FUNCTION_WORDS,
            options.english_words_file.as_deref(),
        )?;
        Ok(Langid {
            detector,
            english_allowed,
            english_words: super::word_list(&english_words)
                .map(|w| w.to_ascii_lowercase().into_bytes())
                .collect(),
            script_majority: options.script_majority,
            traditional: CharSet::from_chars(super::word_list(&traditional).flat_map(str::chars)),
            simplified: CharSet::from_chars(super::word_list(&simplified).flat_map(str::chars)),
        })
    }

    /// One pass over `text` counting letters by writing system, and the Han
    /// characters only one Chinese script has.
    fn census(&self, text: &str) -> ScriptCounts {
        let mut counts = ScriptCounts::default();
        for c in text.chars() {
            if c.is_ascii() {
                counts.letters += c.is_ascii_alphabetic() as usize;
            } else if is_han(c) {
                counts.letters += 1;
                counts.han += 1;
                counts.traditional += self.traditional.contains(c) as usize;
                counts.simplified += self.simplified.contains(c) as usize;
            } else if is_kana(c) {
                counts.letters += 1;
                counts.kana += 1;
            } else if is_hangul(c) {
                counts.letters += 1;
                counts.hangul += 1;
            } else {
                counts.letters += c.is_alphabetic() as usize;
            }
        }
        counts
    }

    /// The language of a paragraph when it can be told cheaply: East Asian scripts
    /// decide it directly (kana means Japanese, Hangul Korean, Han alone Chinese),
    /// and English shows by its function words.
    fn quick_lang(&self, text: &str, counts: &ScriptCounts) -> Option<&'static str> {
        let east_asian = counts.han + counts.kana + counts.hangul;
        if east_asian > 0 && east_asian * 2 >= counts.letters {
            Some(if counts.hangul * 2 >= east_asian {
                "ko"
            } else if counts.kana * 10 >= east_asian {
                "ja"
            } else {
                "zh"
            })
        } else if self.english_allowed && self.looks_english(text) {
            Some("en")
        } else {
            None
        }
    }

    /// The language of a paragraph `quick_lang` could not tell. A short Latin-script
    /// line (a title, a byline) in a document whose other Latin text is English is
    /// English; on so little text whatlang guesses, and each call costs as much as
    /// a long paragraph. Everything else goes to whatlang's trigram model.
    fn slow_lang(&self, text: &str, english_context: bool) -> Option<&'static str> {
        let words = text.split_ascii_whitespace().take(SHORT_LINE_WORDS).count();
        if english_context && words < SHORT_LINE_WORDS {
            return Some("en");
        }
        self.detector
            .detect_lang(prefix(text, DETECTION_PREFIX))
            .map(lang_code)
    }

    /// At least a fifth of the paragraph's first words (and at least three) are
    /// English function words.
    fn looks_english(&self, text: &str) -> bool {
        let mut buffer = [0u8; 16];
        let (mut words, mut hits) = (0, 0);
        for word in text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .take(ENGLISH_SAMPLE_WORDS)
        {
            words += 1;
            if let Some(lower) = buffer.get_mut(..word.len()) {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                hits += self.english_words.contains(&*lower) as usize;
            }
        }
        hits >= 3 && hits * 5 >= words
    }

    /// The script of a text with these counts; `None` when it has no Han at all.
    fn script(&self, counts: ScriptCounts) -> Option<Script> {
        let telling = (counts.traditional + counts.simplified) as f64;
        Some(if counts.han == 0 {
            return None;
        } else if telling == 0.0 {
            Script::Neutral
        } else if counts.traditional as f64 >= self.script_majority * telling {
            Script::Traditional
        } else if counts.simplified as f64 >= self.script_majority * telling {
            Script::Simplified
        } else {
            Script::Mixed
        })
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct ScriptCounts {
    letters: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    traditional: usize,
    simplified: usize,
}

impl std::ops::AddAssign for ScriptCounts {
    fn add_assign(&mut self, other: Self) {
        self.letters += other.letters;
        self.han += other.han;
        self.kana += other.kana;
        self.hangul += other.hangul;
        self.traditional += other.traditional;
        self.simplified += other.simplified;
    }
}

impl Stage for Langid {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let mut doc_counts = ScriptCounts::default();
        let mut letters = Vec::with_capacity(doc.paragraphs.len());
        for p in &mut doc.paragraphs {
            let counts = self.census(&p.text);
            p.lang = self.quick_lang(&p.text, &counts);
            p.script = self.script(counts);
            doc_counts += counts;
            letters.push(counts.letters);
        }
        let english_context = doc.paragraphs.iter().any(|p| p.lang == Some("en"));
        for p in doc.paragraphs.iter_mut().filter(|p| p.lang.is_none()) {
            p.lang = self.slow_lang(&p.text, english_context);
        }
        let mut letters_by_lang: Vec<(&'static str, usize)> = Vec::new();
        for (p, letters) in doc.paragraphs.iter().zip(letters) {
            if let Some(lang) = p.lang {
                match letters_by_lang.iter_mut().find(|(l, _)| *l == lang) {
                    Some(entry) => entry.1 += letters,
                    None => letters_by_lang.push((lang, letters)),
                }
            }
        }
        let total: usize = letters_by_lang.iter().map(|(_, n)| n).sum();
        // Largest share first; ties by code so the output never depends on order.
        letters_by_lang.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        doc.lang = Some(letters_by_lang.first().map_or("und", |(lang, _)| lang));
        doc.lang_shares = letters_by_lang
            .iter()
            .map(|&(lang, n)| {
                (
                    lang,
                    if total == 0 {
                        0.0
                    } else {
                        round3(n as f64 / total as f64)
                    },
                )
            })
            .collect();
        doc.script = self.script(doc_counts);
    }
}

/// The Chinese script of some text by the default character lists (`None`: no Han).
pub fn detect_script<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Option<Script> {
    static DEFAULT: LazyLock<Langid> = LazyLock::new(|| {
        Langid::new(LangidOptions::default())
            .unwrap_or_else(|e| panic!("embedded langid data: {e}"))
    });
    let mut counts = ScriptCounts::default();
    for piece in pieces {
        counts += DEFAULT.census(piece);
    }
    DEFAULT.script(counts)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> Document {
        let mut doc = Document::sample(text);
        Langid::new(LangidOptions::default())
            .unwrap()
            .process(&mut doc);
        doc
    }

    #[test]
    fn chinese_scripts() {
        let d = detect("杭州高新區(濱江)向世界領先科技園區奮力邁進");
        assert_eq!((d.lang, d.script), (Some("zh"), Some(Script::Traditional)));
        let d = detect("杭州高新区(滨江)向世界领先科技园区奋力迈进");
        assert_eq!((d.lang, d.script), (Some("zh"), Some(Script::Simplified)));
        let d = detect("杭州高新区向世界领先\n杭州高新區向世界領先科技園區");
        assert_eq!(d.script, Some(Script::Mixed));
        let d = detect("中文和日文");
        assert_eq!(d.script, Some(Script::Neutral));
        assert_eq!(detect("English only").script, None);
    }

    #[test]
    fn document_language_is_the_largest_share() {
        let d = detect(
            "Recently, the planned evaluation results of the key science park were announced.\n\
             科技园",
        );
        assert_eq!(d.lang, Some("en"));
        assert_eq!(d.lang_shares[0].0, "en");
        assert_eq!(d.paragraphs[1].lang, Some("zh"));
        assert_eq!(detect("").lang, Some("und"));
    }

    #[test]
    fn japanese_and_korean_are_not_chinese() {
        let d = detect("これは日本語の文章です。東京は大きい都市です。");
        assert_eq!(d.lang, Some("ja"));
        assert_eq!(
            detect("한국어 문장입니다. 서울은 큰 도시입니다.").lang,
            Some("ko")
        );
        assert_eq!(detect("杭州・滨江 高新区的企业").lang, Some("zh"));
    }

    #[test]
    fn short_lines_in_english_documents_are_english() {
        let d = detect(
            "Copyright 2020 - Custom text here\n\
             Recently, the results of the key science park evaluation were announced by the district.",
        );
        assert_eq!(d.paragraphs[0].lang, Some("en"));
    }

    #[test]
    fn other_languages_go_to_whatlang() {
        let ru = "Это предложение написано на русском языке, а не на китайском.";
        assert_eq!(detect(ru).lang, Some("ru"));
        let fr = "Ceci est une phrase écrite en français, et elle parle de la ville.";
        assert_eq!(detect(fr).lang, Some("fr"));
        let de = "Das ist ein deutscher Satz über die Stadt und ihre Menschen.";
        assert_eq!(detect(de).lang, Some("de"));
    }

    #[test]
    fn language_allowlist_accepts_both_code_kinds() {
        let options = LangidOptions {
            languages: vec!["en".into(), "cmn".into()],
            ..LangidOptions::default()
        };
        assert!(Langid::new(options).is_ok());
        let options = LangidOptions {
            languages: vec!["xx".into()],
            ..LangidOptions::default()
        };
        assert!(Langid::new(options).is_err());
    }
}
