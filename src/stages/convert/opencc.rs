//! OpenCC's conversion semantics in Rust, over OpenCC 1.4.2's own dictionaries and
//! config files (data/opencc/, Apache-2.0):
//!
//! 1. normalization: the config's `normalization` dictionaries map compatibility
//!    ideographs to their unified forms;
//! 2. segmentation (`mmseg`): maximum forward matching with the segmentation
//!    dictionary cuts the text into segments: each match is a segment, and so is
//!    each run of unmatched text between matches;
//! 3. the conversion chain: each step converts every segment on its own, by
//!    maximum forward matching with its dictionary group, writing each match's first
//!    value and copying unmatched characters. A group with the `short_circuit`
//!    policy takes, at each position, the longest match of the first dictionary
//!    that has any.
//!
//! Without a `segmentation` the whole text is one segment. All dictionaries of a
//! group live in one trie whose nodes know which dictionaries end there, so one
//! walk per position finds every dictionary's longest match.

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::text::CharSet;
use serde::Deserialize;

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        /// The dictionary files, embedded: no files beside the binary.
        const DICTIONARIES: &[(&str, &str)] = &[$(($name, include_str!(concat!("../../../data/opencc/", $name)))),*];
    };
}

embedded!(
    "CJK_Compatibility_Ideographs.txt",
    "TSPhrases.txt",
    "TSCharacters.txt",
    "TSCharactersExt.txt",
    "TWPhrasesRev.txt",
    "TWVariantsRev.txt",
    "TWVariantsRevPhrases.txt",
    "HKPhrasesRev.txt",
    "HKVariantsRev.txt",
    "HKVariantsRevPhrases.txt",
);

/// The configs qingxi ships: OpenCC's Traditional → Simplified ones.
pub const CONFIGS: &[(&str, &str)] = &[
    ("t2s", include_str!("../../../data/opencc/config/t2s.json")),
    (
        "tw2s",
        include_str!("../../../data/opencc/config/tw2s.json"),
    ),
    (
        "tw2sp",
        include_str!("../../../data/opencc/config/tw2sp.json"),
    ),
    (
        "hk2s",
        include_str!("../../../data/opencc/config/hk2s.json"),
    ),
    (
        "hk2sp",
        include_str!("../../../data/opencc/config/hk2sp.json"),
    ),
];

/// Every embedded file as OpenCC lays them out: dictionaries and `NAME.json` configs.
pub fn embedded_files() -> impl Iterator<Item = (String, &'static str)> {
    DICTIONARIES
        .iter()
        .map(|(name, text)| (name.to_string(), *text))
        .chain(
            CONFIGS
                .iter()
                .map(|(name, json)| (format!("{name}.json"), *json)),
        )
}

pub fn config_names() -> Vec<&'static str> {
    CONFIGS.iter().map(|(name, _)| *name).collect()
}

#[derive(Deserialize)]
struct ConfigFile {
    #[serde(default)]
    normalization: Vec<Step>,
    segmentation: Option<Step>,
    conversion_chain: Vec<Step>,
}

#[derive(Deserialize)]
struct Step {
    dict: DictSpec,
}

#[derive(Deserialize)]
struct DictSpec {
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    dicts: Vec<DictSpec>,
}

impl DictSpec {
    /// The files of this spec, in group order.
    fn files(&self) -> Vec<&str> {
        match &self.file {
            Some(file) => vec![file.as_str()],
            None => self.dicts.iter().flat_map(DictSpec::files).collect(),
        }
    }
}

/// One dictionary's entries: key → first (default) value.
pub type Entries = Vec<(String, String)>;

/// Reads an OpenCC text dictionary: `key<TAB>value [value ...]`, `#` comments.
pub fn parse_dictionary(text: &str) -> Entries {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (key, values) = line.split_once('\t')?;
            let value = values.split(' ').next()?;
            Some((key.to_string(), value.to_string()))
        })
        .collect()
}

fn embedded_dictionary(file: &str) -> Result<Entries, String> {
    DICTIONARIES
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, text)| parse_dictionary(text))
        .ok_or_else(|| format!("dictionary {file} is not embedded"))
}

/// A group of dictionaries matched together (see the module notes).
pub struct Group {
    /// First step from the root, by BMP code point (0: no child): one load for the
    /// character every walk starts with.
    root: Vec<u32>,
    /// (node, character) → child node, for the other steps; node 0 is the root.
    children: FxHashMap<(u32, char), u32>,
    /// Per node: index into `ends` of the dictionaries whose keys end there, or
    /// `u32::MAX`.
    end_slot: Vec<u32>,
    /// (dictionary index, value) lists.
    ends: Vec<Vec<(u8, u32)>>,
    values: Vec<String>,
}

impl Group {
    /// Builds from dictionaries in priority order.
    pub fn new(dictionaries: &[Entries]) -> Self {
        let mut children: FxHashMap<(u32, char), u32> = FxHashMap::default();
        let mut end_slot: Vec<u32> = vec![u32::MAX];
        let mut ends: Vec<Vec<(u8, u32)>> = Vec::new();
        let mut values = Vec::new();
        for (index, entries) in dictionaries.iter().enumerate() {
            for (key, value) in entries {
                let mut node = 0;
                for c in key.chars() {
                    let next = end_slot.len() as u32;
                    node = *children.entry((node, c)).or_insert(next);
                    if node == next {
                        end_slot.push(u32::MAX);
                    }
                }
                if end_slot[node as usize] == u32::MAX {
                    end_slot[node as usize] = ends.len() as u32;
                    ends.push(Vec::new());
                }
                let here = &mut ends[end_slot[node as usize] as usize];
                // A dictionary listing a key twice: its first line wins, as in OpenCC.
                if !here.iter().any(|&(d, _)| usize::from(d) == index) {
                    here.push((index as u8, values.len() as u32));
                    values.push(value.clone());
                }
            }
        }
        let mut root = vec![0u32; 0x10000];
        for (&(node, c), &child) in &children {
            if node == 0 && (c as u32) < 0x10000 {
                root[c as usize] = child;
            }
        }
        Group {
            root,
            children,
            end_slot,
            ends,
            values,
        }
    }

    fn child(&self, node: u32, c: char) -> Option<u32> {
        if node == 0 && (c as u32) < 0x10000 {
            Some(self.root[c as usize]).filter(|&child| child != 0)
        } else {
            self.children.get(&(node, c)).copied()
        }
    }

    /// The match at the start of `text`: (byte length, value), the longest of the
    /// first dictionary that has one.
    fn match_at(&self, text: &str) -> Option<(usize, &str)> {
        let mut node = 0;
        let mut best: Option<(u8, usize, u32)> = None;
        for (i, c) in text.char_indices() {
            let Some(next) = self.child(node, c) else {
                break;
            };
            node = next;
            let slot = self.end_slot[node as usize];
            if slot != u32::MAX {
                let end = i + c.len_utf8();
                for &(dict, value) in &self.ends[slot as usize] {
                    // Lower dictionary index wins; within one, the longer key.
                    if best.is_none_or(|(d, _, _)| dict <= d) {
                        best = Some((dict, end, value));
                    }
                }
            }
        }
        best.map(|(_, end, value)| (end, self.values[value as usize].as_str()))
    }

    /// Converts one segment by maximum forward matching.
    pub fn convert_into(&self, segment: &str, out: &mut String) {
        let mut rest = segment;
        while let Some(c) = rest.chars().next() {
            match self.match_at(rest) {
                Some((length, value)) => {
                    out.push_str(value);
                    rest = &rest[length..];
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
    }

    /// Cuts `text` into segments: each match, and each run of text between matches.
    fn segment<'a>(&self, text: &'a str) -> Vec<&'a str> {
        let mut segments = Vec::new();
        let (mut run_start, mut at) = (0, 0);
        while let Some(c) = text[at..].chars().next() {
            match self.match_at(&text[at..]) {
                Some((length, _)) => {
                    if run_start < at {
                        segments.push(&text[run_start..at]);
                    }
                    segments.push(&text[at..at + length]);
                    at += length;
                    run_start = at;
                }
                None => at += c.len_utf8(),
            }
        }
        if run_start < text.len() {
            segments.push(&text[run_start..]);
        }
        segments
    }
}

/// A conversion config, ready to run.
pub struct Converter {
    normalization: Vec<Group>,
    segmentation: Option<Group>,
    chain: Vec<Group>,
    /// Characters a conversion may change: where an entry's key differs from its
    /// value, and the compatibility ideographs. Text without any comes out as it
    /// went in (most Simplified text, for `t2s`).
    changes: CharSet,
}

impl Converter {
    /// Builds config `name`; `user` entries come first in the segmentation and in
    /// the first conversion step, so they take precedence.
    pub fn new(name: &str, user: &Entries) -> Result<Self, String> {
        let (_, json) = CONFIGS.iter().find(|(n, _)| *n == name).ok_or_else(|| {
            format!(
                "unknown config `{name}`; valid: {}",
                config_names().join(", ")
            )
        })?;
        let config: ConfigFile =
            serde_json::from_str(json).map_err(|e| format!("config {name}: {e}"))?;
        let load = |spec: &DictSpec, with_user: bool| -> Result<Vec<Entries>, String> {
            let mut dictionaries = Vec::new();
            if with_user && !user.is_empty() {
                dictionaries.push(user.clone());
            }
            for file in spec.files() {
                dictionaries.push(embedded_dictionary(file)?);
            }
            Ok(dictionaries)
        };
        let normalization = config
            .normalization
            .iter()
            .map(|step| load(&step.dict, false).map(|d| Group::new(&d)))
            .collect::<Result<_, _>>()?;
        let segmentation = config
            .segmentation
            .as_ref()
            .map(|s| load(&s.dict, true).map(|d| Group::new(&d)))
            .transpose()?;
        let mut chain = Vec::new();
        let mut changed: Vec<char> = Vec::new();
        for (i, step) in config.conversion_chain.iter().enumerate() {
            let dictionaries = load(&step.dict, i == 0)?;
            for (key, value) in dictionaries.iter().flatten() {
                changed.extend(changed_chars(key, value));
            }
            chain.push(Group::new(&dictionaries));
        }
        Ok(Converter {
            normalization,
            segmentation,
            chain,
            changes: CharSet::from_chars(
                changed
                    .into_iter()
                    .chain(COMPATIBILITY_IDEOGRAPHS.into_iter().flatten()),
            ),
        })
    }

    /// Whether converting `text` may change it.
    pub fn may_change(&self, text: &str) -> bool {
        text.chars().any(|c| self.changes.contains(c))
    }

    pub fn convert(&self, text: &str) -> String {
        if !self.may_change(text) {
            return text.to_string();
        }
        let mut current = Cow::Borrowed(text);
        // Only compatibility ideographs change here; text without any skips the pass.
        if text.chars().any(is_compatibility_ideograph) {
            for group in &self.normalization {
                let mut out = String::with_capacity(current.len());
                group.convert_into(&current, &mut out);
                current = Cow::Owned(out);
            }
        }
        if let ([group], None) = (self.chain.as_slice(), &self.segmentation) {
            let mut out = String::with_capacity(current.len());
            group.convert_into(&current, &mut out);
            return out;
        }
        let mut segments: Vec<String> = match &self.segmentation {
            Some(group) => group
                .segment(&current)
                .into_iter()
                .map(str::to_string)
                .collect(),
            None => vec![current.into_owned()],
        };
        for group in &self.chain {
            for segment in &mut segments {
                let mut out = String::with_capacity(segment.len());
                group.convert_into(segment, &mut out);
                *segment = out;
            }
        }
        segments.concat()
    }
}

/// The characters of `key` that its `value` changes: those that differ where both
/// have as many characters, all of them otherwise.
fn changed_chars<'a>(key: &'a str, value: &'a str) -> impl Iterator<Item = char> + 'a {
    let aligned = key.chars().count() == value.chars().count();
    key.chars()
        .zip(value.chars().map(Some).chain(std::iter::repeat(None)))
        .filter(move |&(k, v)| !aligned || Some(k) != v)
        .map(|(k, _)| k)
}

/// The CJK compatibility ideographs, which normalization replaces.
const COMPATIBILITY_IDEOGRAPHS: [std::ops::RangeInclusive<char>; 2] =
    ['\u{F900}'..='\u{FAFF}', '\u{2F800}'..='\u{2FA1F}'];

fn is_compatibility_ideograph(c: char) -> bool {
    COMPATIBILITY_IDEOGRAPHS
        .iter()
        .any(|range| range.contains(&c))
}

/// The converters without user dictionaries, each built once per process when it is
/// first asked for (the segmenter reads only `t2s`).
pub fn shared(name: &str) -> Result<&'static Converter, String> {
    static CONVERTERS: [OnceLock<Result<Converter, String>>; CONFIGS.len()] =
        [const { OnceLock::new() }; CONFIGS.len()];
    let k = CONFIGS
        .iter()
        .position(|(n, _)| *n == name)
        .ok_or_else(|| {
            format!(
                "unknown config `{name}`; valid: {}",
                config_names().join(", ")
            )
        })?;
    CONVERTERS[k]
        .get_or_init(|| Converter::new(name, &Vec::new()))
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_config_builds() {
        for name in config_names() {
            assert!(shared(name).is_ok(), "{name}");
        }
        assert!(shared("s2t").is_err());
    }

    #[test]
    fn phrases_beat_characters() {
        let t2s = shared("t2s").unwrap();
        assert_eq!(
            t2s.convert("杭州高新區(濱江)向世界領先科技園區奮力邁進"),
            "杭州高新区(滨江)向世界领先科技园区奋力迈进"
        );
        assert_eq!(
            t2s.convert("Latin, 123 and ，。 stay"),
            "Latin, 123 and ，。 stay"
        );
    }

    #[test]
    fn regional_vocabulary() {
        let tw2sp = shared("tw2sp").unwrap();
        assert_eq!(tw2sp.convert("軟體和滑鼠"), "软件和鼠标");
    }

    #[test]
    fn user_entries_take_precedence() {
        let user = vec![("濱江".to_string(), "滨江区".to_string())];
        let converter = Converter::new("t2s", &user).unwrap();
        assert_eq!(converter.convert("濱江"), "滨江区");
    }
}
