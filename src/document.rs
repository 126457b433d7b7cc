//! The document model every stage works on.
//!
//! A document is a list of paragraphs plus everything known about where it came from.
//! Stages change paragraphs only through the methods here, so every removal is recorded
//! as an [`Edit`] (and later written to the rejects stream) and every change is counted.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

/// Where a document came from: the input file (or `-` for stdin) and its record number
/// (the 1-based line for JSONL, 1 for a plain-text file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub file: String,
    pub record: u64,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.record)
    }
}

/// Chinese script of a text, judged from characters that exist in only one script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Simplified,
    Traditional,
    Mixed,
    /// No character that tells the scripts apart (or no Chinese at all).
    Neutral,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
            Script::Mixed => "mixed",
            Script::Neutral => "neutral",
        }
    }
}

/// One paragraph (a line of the input text) and what detection found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    /// 0-based line index in the document's input text, kept when earlier lines go.
    pub origin: usize,
    pub lang: Option<&'static str>,
    pub script: Option<Script>,
}

/// What an edit did to its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditKind {
    /// The span is gone from the document and goes to the rejects.
    Removed,
    /// The span became this text (a repair, a restored space).
    Changed(String),
    /// The span stays but is marked (garbled text under the `mark` policy).
    Flagged,
}

/// An edit made by a stage, kept with the original text so it can be explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub stage: &'static str,
    /// A short kebab-case code a user can filter on (`control-chars`, `spam-header`, ...).
    pub reason: &'static str,
    /// The original text, exactly as it was.
    pub text: String,
    pub kind: EditKind,
    /// Input line index of the paragraph it was removed from.
    pub paragraph: usize,
    /// Byte offset of the (first) removed span in the paragraph as the stage saw it.
    pub offset: usize,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub source: Source,
    pub paragraphs: Vec<Paragraph>,
    /// Document language (ISO 639-1 where one exists), set by the `langid` stage.
    pub lang: Option<&'static str>,
    pub script: Option<Script>,
    /// Share of the document's letters per language, set by the `langid` stage.
    pub lang_shares: Vec<(&'static str, f64)>,
    /// Encoding the input bytes were decoded from.
    pub encoding: &'static str,
    /// Fields of the input record other than text and id (the datatrove/dolma convention).
    pub metadata: Map<String, Value>,
    pub edits: Vec<Edit>,
    /// Sentence spans per paragraph (byte ranges in its text), set by `segment`.
    pub sentences: Vec<Vec<(usize, usize)>>,
    /// Facts stages add to the output metadata (`garble_score`).
    pub annotations: Map<String, Value>,
    /// Changes to spacing and encoding damage, counted per stage and kind (too many
    /// and too slight to log one by one as edits).
    pub changes: BTreeMap<&'static str, BTreeMap<&'static str, u64>>,
}

impl Document {
    /// Builds a document from its text: one paragraph per line, blank lines dropped
    /// (they carry no content), `\r\n` line ends accepted.
    pub fn from_text(id: String, source: Source, text: &str, encoding: &'static str) -> Self {
        let paragraphs = split_lines(text)
            .enumerate()
            .map(|(origin, line)| Paragraph {
                text: line.strip_suffix('\r').unwrap_or(line).to_string(),
                origin,
                lang: None,
                script: None,
            })
            .filter(|p| !p.text.trim().is_empty())
            .collect();
        Document {
            id,
            source,
            paragraphs,
            lang: None,
            script: None,
            lang_shares: Vec::new(),
            encoding,
            metadata: Map::new(),
            edits: Vec::new(),
            sentences: Vec::new(),
            annotations: Map::new(),
            changes: BTreeMap::new(),
        }
    }

    /// The document text as written to the output: paragraphs joined by newlines.
    pub fn text(&self) -> String {
        let len = self.paragraphs.iter().map(|p| p.text.len() + 1).sum();
        let mut text = String::with_capacity(len);
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(&p.text);
        }
        text
    }

    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// Records that `stage` removed `text` from paragraph `index` at byte `offset`.
    pub fn record_removal(
        &mut self,
        stage: &'static str,
        reason: &'static str,
        index: usize,
        offset: usize,
        text: String,
    ) {
        self.push_edit(stage, reason, index, offset, text, EditKind::Removed);
    }

    /// Records that `stage` changed `original` into `replacement` in paragraph `index`.
    pub fn record_change(
        &mut self,
        stage: &'static str,
        reason: &'static str,
        index: usize,
        offset: usize,
        original: String,
        replacement: String,
    ) {
        self.push_edit(
            stage,
            reason,
            index,
            offset,
            original,
            EditKind::Changed(replacement),
        );
    }

    /// Records that `stage` marked `text` at byte `offset` of paragraph `index`.
    pub fn record_flag(
        &mut self,
        stage: &'static str,
        reason: &'static str,
        index: usize,
        offset: usize,
        text: String,
    ) {
        self.push_edit(stage, reason, index, offset, text, EditKind::Flagged);
    }

    fn push_edit(
        &mut self,
        stage: &'static str,
        reason: &'static str,
        index: usize,
        offset: usize,
        text: String,
        kind: EditKind,
    ) {
        let paragraph = self.paragraphs.get(index).map_or(index, |p| p.origin);
        self.edits.push(Edit {
            stage,
            reason,
            text,
            kind,
            paragraph,
            offset,
        });
    }

    /// The removals among the edits (what goes to the rejects).
    pub fn removals(&self) -> impl Iterator<Item = &Edit> {
        self.edits.iter().filter(|e| e.kind == EditKind::Removed)
    }

    /// Removes the paragraphs for which `remove` returns a reason, recording each.
    pub fn remove_paragraphs_where(
        &mut self,
        stage: &'static str,
        mut remove: impl FnMut(&Paragraph) -> Option<&'static str>,
    ) {
        let mut kept = Vec::with_capacity(self.paragraphs.len());
        for p in std::mem::take(&mut self.paragraphs) {
            match remove(&p) {
                Some(reason) => self.edits.push(Edit {
                    stage,
                    reason,
                    kind: EditKind::Removed,
                    paragraph: p.origin,
                    offset: 0,
                    text: p.text,
                }),
                None => kept.push(p),
            }
        }
        self.paragraphs = kept;
    }

    /// Counts `n` content-preserving changes of kind `what` made by `stage`.
    pub fn count_change(&mut self, stage: &'static str, what: &'static str, n: u64) {
        if n > 0 {
            *self
                .changes
                .entry(stage)
                .or_default()
                .entry(what)
                .or_default() += n;
        }
    }
}

/// `text.split('\n')` with a vectorized search for the newlines.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line
        })
}

#[cfg(test)]
impl Document {
    /// A UTF-8 document from a made-up file, for tests.
    pub(crate) fn sample(text: &str) -> Self {
        let source = Source {
            file: "t.txt".into(),
            record: 1,
        };
        Document::from_text("t".into(), source, text, "UTF-8")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::sample(text)
    }

    #[test]
    fn paragraphs_are_lines_and_blank_lines_go() {
        let d = doc("first\r\n\n  \nsecond\n");
        let texts: Vec<_> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["first", "second"]);
        assert_eq!(d.paragraphs[1].origin, 3);
        assert_eq!(d.text(), "first\nsecond");
    }

    #[test]
    fn removed_paragraphs_are_recorded_with_their_input_line() {
        let mut d = doc("keep\nspam spam\nkeep too");
        d.remove_paragraphs_where("test", |p| p.text.contains("spam").then_some("spam"));
        assert_eq!(d.text(), "keep\nkeep too");
        assert_eq!(d.edits.len(), 1);
        assert_eq!(d.edits[0].paragraph, 1);
        assert_eq!(d.edits[0].text, "spam spam");
        assert_eq!(d.edits[0].reason, "spam");
    }

    #[test]
    fn zero_changes_are_not_counted() {
        let mut d = doc("x");
        d.count_change("normalize", "nfc", 0);
        assert!(d.changes.is_empty());
        d.count_change("normalize", "nfc", 2);
        d.count_change("normalize", "nfc", 1);
        assert_eq!(d.changes["normalize"]["nfc"], 3);
    }
}
