//! The bilingual lexicon: Chinese words and the English words their translations use,
//! and the English word normalization both sides share.
//!
//! The embedded lexicon is derived from CC-CEDICT (data/align/, CC BY-SA 4.0). Its
//! format, also accepted from a user's file: one line per Chinese word,
//! `WORD<TAB>english words separated by spaces`; lines for the same word merge.

use std::io::Read;
use std::sync::{Arc, LazyLock};

use rustc_hash::FxHashMap;

use crate::stages::word_list;

const CEDICT: &[u8] = include_bytes!("../../data/align/cedict_zh_en.tsv.gz");
const STOPWORDS: &str = include_str!("../../data/align/stopwords_en.txt");
const IRREGULAR: &str = include_str!("../../data/align/irregular_en.txt");

/// Words longer than this (in characters) are not looked up; CC-CEDICT's longest
/// useful entries (idioms) have four to eight.
const MAX_WORD_CHARS: usize = 8;

/// English word normalization: lowercase, irregular forms to their base, a light
/// suffix strip, stopwords dropped. Shared by the lexicon's glosses and the text so
/// `said`, `says` and `say` meet.
pub struct English {
    stopwords: rustc_hash::FxHashSet<&'static str>,
    irregular: FxHashMap<&'static str, &'static str>,
}

static ENGLISH: LazyLock<English> = LazyLock::new(|| English {
    stopwords: word_list(STOPWORDS).collect(),
    irregular: word_list(IRREGULAR)
        .filter_map(|line| line.split_once(' '))
        .collect(),
});

impl English {
    pub fn shared() -> &'static English {
        &ENGLISH
    }

    /// The normalized form of a lowercase ASCII word, or `None` for a stopword or a
    /// word too short to mean much.
    pub fn normalize(&self, word: &str) -> Option<String> {
        if word.len() < 2 || self.stopwords.contains(word) {
            return None;
        }
        let word = self.irregular.get(word).copied().unwrap_or(word);
        Some(stem(word))
    }
}

/// A light stemmer: enough to meet plural and tense forms (`studies`, `studied`,
/// `study` all become `studi`), applied the same way to glosses and text.
fn stem(word: &str) -> String {
    let mut w = word.to_string();
    let plural_es = w.len() > 4
        && w.ends_with("es")
        && (w[..w.len() - 2].ends_with(['s', 'x', 'z']) || w[..w.len() - 2].ends_with('h'));
    if w.ends_with("sses") || w.ends_with("ies") || plural_es {
        w.truncate(w.len() - 2);
    } else if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w.truncate(w.len() - 1);
    }
    let before = w.len();
    if w.len() > 5 && w.ends_with("ing") {
        w.truncate(w.len() - 3);
    } else if w.len() > 4 && w.ends_with("ed") {
        w.truncate(w.len() - 2);
    }
    if w.len() < before {
        // `running` → `runn` → `run`
        let bytes = w.as_bytes();
        let n = bytes.len();
        if n > 2 && bytes[n - 1] == bytes[n - 2] && !b"aeioulsz".contains(&bytes[n - 1]) {
            w.truncate(n - 1);
        }
    }
    if w.ends_with('y') {
        w.truncate(w.len() - 1);
        w.push('i');
    } else if w.len() > 3 && w.ends_with('e') {
        w.truncate(w.len() - 1);
    }
    w
}

/// Chinese words with the ids of their English words.
pub struct Lexicon {
    /// Words by the hash of their characters ([`word_key`]), each with its span of
    /// `glosses`. A 64-bit collision would only lend a word a wrong gloss.
    words: FxHashMap<u64, (u32, u32)>,
    /// Longest word (in characters) starting with each character: most characters
    /// start no word longer than two, so most lookups stop early.
    longest: FxHashMap<char, u8>,
    glosses: Vec<u32>,
    vocabulary: FxHashMap<Box<str>, u32>,
}

static EMBEDDED: LazyLock<Result<Arc<Lexicon>, String>> = LazyLock::new(|| {
    let mut text = String::new();
    flate2::read::GzDecoder::new(CEDICT)
        .read_to_string(&mut text)
        .map_err(|e| format!("the embedded lexicon cannot be read: {e}"))?;
    Ok(Arc::new(Lexicon::parse(&text, None)))
});

/// High bit of ids made by hashing words the lexicon does not know: such words can
/// still meet the same word on the other side (a name, an acronym).
const HASHED: u32 = 1 << 31;

impl Lexicon {
    /// The embedded CC-CEDICT lexicon (read once per process).
    pub fn embedded() -> Result<Arc<Lexicon>, String> {
        EMBEDDED.clone()
    }

    /// The embedded lexicon plus a user's entries, or the user's alone.
    pub fn from_file(path: &std::path::Path, with_embedded: bool) -> Result<Lexicon, String> {
        let user = std::fs::read(path)
            .map_err(|e| format!("cannot read lexicon {}: {e}", path.display()))?;
        let mut text = String::new();
        crate::io::compression::decompressing_reader(Box::new(std::io::Cursor::new(user)))
            .and_then(|mut reader| reader.read_to_string(&mut text))
            .map_err(|e| format!("cannot read lexicon {} as UTF-8 text: {e}", path.display()))?;
        if with_embedded {
            let mut all = String::new();
            flate2::read::GzDecoder::new(CEDICT)
                .read_to_string(&mut all)
                .map_err(|e| format!("the embedded lexicon cannot be read: {e}"))?;
            return Ok(Lexicon::parse(&all, Some(&text)));
        }
        Ok(Lexicon::parse(&text, None))
    }

    fn parse(text: &str, more: Option<&str>) -> Lexicon {
        let english = English::shared();
        let mut vocabulary: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut merged: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
        let lines = text.lines().chain(more.into_iter().flat_map(str::lines));
        for line in lines {
            let Some((word, gloss)) = line.split_once('\t') else {
                continue;
            };
            let word = word.trim();
            if word.is_empty() || word.starts_with('#') || word.chars().count() > MAX_WORD_CHARS {
                continue;
            }
            let ids = merged.entry(word).or_default();
            for token in gloss.split(|c: char| !c.is_ascii_alphanumeric()) {
                let lower = token.to_ascii_lowercase();
                if let Some(normal) = english.normalize(&lower) {
                    let next = vocabulary.len() as u32;
                    let id = *vocabulary.entry(normal.into_boxed_str()).or_insert(next);
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        let mut glosses = Vec::new();
        let mut words = FxHashMap::default();
        let mut entries: Vec<_> = merged
            .into_iter()
            .filter(|(_, ids)| !ids.is_empty())
            .collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut longest: FxHashMap<char, u8> = FxHashMap::default();
        for (word, ids) in entries {
            if let Some(first) = word.chars().next() {
                let chars = word.chars().count() as u8;
                let entry = longest.entry(first).or_default();
                *entry = (*entry).max(chars);
            }
            let start = glosses.len() as u32;
            glosses.extend(ids);
            words.insert(word_key(word.chars()), (start, glosses.len() as u32));
        }
        Lexicon {
            words,
            longest,
            glosses,
            vocabulary,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether a lowercase English word occurs in the lexicon's translations.
    pub fn knows(&self, word: &str) -> bool {
        English::shared()
            .normalize(word)
            .is_none_or(|normal| self.vocabulary.contains_key(normal.as_str()))
    }

    /// The id of a normalized English word: its lexicon id, or a hash of it.
    pub fn word_id(&self, normal: &str) -> u32 {
        match self.vocabulary.get(normal) {
            Some(&id) => id,
            None => {
                use std::hash::{BuildHasher, Hasher};
                let mut hasher = rustc_hash::FxBuildHasher.build_hasher();
                hasher.write(normal.as_bytes());
                hasher.finish() as u32 | HASHED
            }
        }
    }

    /// Greedy longest-match words of a run of Han characters, each with its English
    /// word ids.
    pub fn words_in<'a>(&'a self, run: &str, mut found: impl FnMut(&'a [u32])) {
        let chars: Vec<char> = run.chars().collect();
        let mut start = 0;
        while start < chars.len() {
            let longest_here = self.longest.get(&chars[start]).copied().unwrap_or(0);
            let longest = (chars.len() - start).min(usize::from(longest_here));
            // Keys of longer words extend shorter ones: one multiply-add a length.
            let mut key = 0u64;
            let mut hit = None;
            for (len, &c) in chars[start..start + longest].iter().enumerate() {
                key = extend_key(key, c);
                if let Some(&(from, to)) = self.words.get(&key) {
                    hit = Some((len + 1, &self.glosses[from as usize..to as usize]));
                }
            }
            match hit {
                Some((len, ids)) => {
                    found(ids);
                    start += len;
                }
                None => start += 1,
            }
        }
    }
}

const KEY_BASE: u64 = 0x0000_0100_0000_01b3;

fn extend_key(key: u64, c: char) -> u64 {
    key.wrapping_mul(KEY_BASE).wrapping_add(u64::from(c))
}

/// The lookup key of a word: a polynomial hash of its characters.
fn word_key(chars: impl Iterator<Item = char>) -> u64 {
    chars.fold(0, extend_key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_forms_meet_their_base() {
        let english = English::shared();
        assert_eq!(english.normalize("said"), english.normalize("say"));
        assert_eq!(english.normalize("studies"), english.normalize("studied"));
        assert_eq!(english.normalize("running"), english.normalize("run"));
        assert_eq!(english.normalize("says"), english.normalize("say"));
        assert_eq!(english.normalize("houses"), english.normalize("house"));
        assert_eq!(english.normalize("moving"), english.normalize("moved"));
        assert_eq!(english.normalize("the"), None);
    }

    #[test]
    fn longest_words_are_found_with_their_translations() {
        let lexicon = Lexicon::parse("经济\teconomy economic\n经\tpass through\n济\taid\n", None);
        let mut found = Vec::new();
        lexicon.words_in("经济经", |ids| found.push(ids.len()));
        // `through` is a stopword.
        assert_eq!(found, [2, 1]);
        let economy = lexicon.word_id(&English::shared().normalize("economy").unwrap());
        assert!(economy & HASHED == 0);
        assert!(lexicon.word_id("qwertyuiop") & HASHED != 0);
    }
}
