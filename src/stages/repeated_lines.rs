//! `repeated_lines`: lines that recur across a source's pages are boilerplate (the
//! CCNet approach): each line is normalized (lowercase, digits to 0, punctuation
//! and spaces out), hashed, and counted by the number of documents it occurs in.
//! A line seen in at least `min_docs` documents is removed from all of them (as
//! CCNet does; there is no "keep the first" here, since which copy is first depends
//! on input order, and the output must not).
//!
//! Counting is a separate pass so it scales past one machine:
//! `qingxi boilerplate count INPUT... -o shard.counts` per shard,
//! `qingxi boilerplate merge *.counts -o all.counts` to combine, then this stage
//! with `counts = "all.counts"`. Nothing here is English-only: the normalization
//! keeps every script's letters (C4's "lines must end in terminal punctuation"
//! would delete all Chinese, whose `。` is not in its set).

use std::collections::{HashMap, HashSet};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Stage, StageSpec, option_names, parse_options};
use crate::document::Document;

const NAME: &str = "repeated_lines";
const MAGIC: &[u8; 8] = b"QXLINES1";

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "remove lines found in many documents, from a table `qingxi boilerplate count` made",
    options: option_names::<RepeatedLinesOptions>,
    build,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RepeatedLinesOptions {
    /// The line-count table (`qingxi boilerplate count` / `merge`).
    pub counts: Option<PathBuf>,
    /// A line found in at least this many documents is boilerplate.
    pub min_docs: u32,
    /// Lines with fewer letters than this are left alone (`一、`, `1.`).
    pub min_letters: usize,
}

impl Default for RepeatedLinesOptions {
    fn default() -> Self {
        RepeatedLinesOptions {
            counts: None,
            min_docs: 2,
            min_letters: 4,
        }
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: RepeatedLinesOptions = parse_options(table)?;
    let path = options
        .counts
        .as_deref()
        .ok_or("needs counts = \"FILE\", a table made by `qingxi boilerplate count`")?;
    let counts = LineCounts::read(path)
        .map_err(|e| format!("cannot read line counts {}: {e}", path.display()))?;
    Ok(Box::new(RepeatedLines {
        repeated: counts
            .docs
            .into_iter()
            .filter(|&(_, docs)| docs >= options.min_docs)
            .map(|(hash, _)| hash)
            .collect(),
        options,
    }))
}

pub struct RepeatedLines {
    repeated: HashSet<u64>,
    options: RepeatedLinesOptions,
}

impl Stage for RepeatedLines {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        doc.remove_paragraphs_where(NAME, |p| {
            line_key(&p.text, self.options.min_letters)
                .filter(|key| self.repeated.contains(key))
                .map(|_| "repeated-line")
        });
    }
}

/// The hash of a line's normalized form, or `None` for lines too short to judge.
pub fn line_key(line: &str, min_letters: usize) -> Option<u64> {
    // FNV-1a: stable across runs, platforms and Rust versions, so tables made on
    // one machine work on another.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut letters = 0;
    for c in line.chars().flat_map(char::to_lowercase) {
        let c = if c.is_numeric() {
            '0'
        } else if c.is_alphabetic() {
            letters += 1;
            c
        } else {
            continue;
        };
        let mut buffer = [0u8; 4];
        for &byte in c.encode_utf8(&mut buffer).as_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    (letters >= min_letters).then_some(hash)
}

/// How many documents each line key occurs in.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct LineCounts {
    pub docs: HashMap<u64, u32>,
}

impl LineCounts {
    /// Counts each distinct line of a document once.
    pub fn add_document<'a>(&mut self, lines: impl IntoIterator<Item = &'a str>) {
        let keys: HashSet<u64> = lines.into_iter().filter_map(|l| line_key(l, 0)).collect();
        for key in keys {
            *self.docs.entry(key).or_default() += 1;
        }
    }

    pub fn merge(&mut self, other: LineCounts) {
        for (key, docs) in other.docs {
            let total = self.docs.entry(key).or_default();
            *total = total.saturating_add(docs);
        }
    }

    /// Writes the table: a magic tag, the entry count, then (key, documents) pairs in
    /// key order, little-endian, so equal counts give equal bytes.
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        let mut entries: Vec<(u64, u32)> = self.docs.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort_unstable();
        out.write_all(MAGIC)?;
        out.write_all(&(entries.len() as u64).to_le_bytes())?;
        for (key, docs) in entries {
            out.write_all(&key.to_le_bytes())?;
            out.write_all(&docs.to_le_bytes())?;
        }
        Ok(())
    }

    pub fn read(path: &Path) -> io::Result<Self> {
        let mut bytes = Vec::new();
        std::fs::File::open(path)?.read_to_end(&mut bytes)?;
        Self::parse(&bytes)
    }

    fn parse(bytes: &[u8]) -> io::Result<Self> {
        let invalid = |what: &str| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("not a qingxi line-count table ({what})"),
            )
        };
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or_else(|| invalid("wrong header"))?;
        let (count, mut rest) = rest
            .split_first_chunk::<8>()
            .ok_or_else(|| invalid("truncated"))?;
        let count = u64::from_le_bytes(*count) as usize;
        if rest.len() != count * 12 {
            return Err(invalid("truncated"));
        }
        let mut docs = HashMap::with_capacity(count);
        while let Some((key, after)) = rest.split_first_chunk::<8>() {
            let Some((n, after)) = after.split_first_chunk::<4>() else {
                return Err(invalid("truncated"));
            };
            docs.insert(u64::from_le_bytes(*key), u32::from_le_bytes(*n));
            rest = after;
        }
        Ok(LineCounts { docs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_digits_and_punctuation() {
        assert_eq!(
            line_key("Visit Charity Shop", 4),
            line_key("visit  charity-shop!", 4)
        );
        assert_eq!(line_key("Copyright 2019", 4), line_key("COPYRIGHT 2020", 4));
        assert_ne!(
            line_key("Visit Charity Shop", 4),
            line_key("Visit Charity Shops", 4)
        );
        assert_eq!(line_key("一、", 4), None);
    }

    #[test]
    fn tables_round_trip_and_merge() {
        let mut a = LineCounts::default();
        a.add_document(["menu", "story one", "menu"]);
        a.add_document(["menu", "story two"]);
        let mut b = LineCounts::default();
        b.add_document(["menu"]);
        a.merge(b);
        let mut bytes = Vec::new();
        a.write(&mut bytes).unwrap();
        let back = LineCounts::parse(&bytes).unwrap();
        assert_eq!(back, a);
        assert_eq!(back.docs[&line_key("menu", 0).unwrap()], 3);
        assert!(LineCounts::parse(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn repeated_lines_go_from_every_page() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.counts");
        let mut counts = LineCounts::default();
        counts.add_document(["Story A.", "Visit Charity Shop"]);
        counts.add_document(["Story B.", "Visit Charity Shop"]);
        counts
            .write(&mut std::fs::File::create(&path).unwrap())
            .unwrap();
        let mut table = toml::Table::new();
        table.insert("counts".into(), path.display().to_string().into());
        let stage = build(table).unwrap();
        let mut doc = Document::sample("Story A.\nVisit Charity Shop");
        stage.process(&mut doc);
        assert_eq!(doc.text(), "Story A.");
        assert_eq!(doc.edits[0].reason, "repeated-line");
    }
}
