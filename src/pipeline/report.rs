//! The run report: what went in, what came out, what each stage removed and changed,
//! where the time went. Written as JSON with `--report`, summarised on stderr.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::io::input::RecordError;

/// How many record errors the report lists one by one (all are counted).
const ERROR_SAMPLES: usize = 1000;

#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Tally {
    pub count: u64,
    pub bytes: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErrorEntry {
    pub file: String,
    pub record: u64,
    pub reason: &'static str,
    pub message: String,
}

impl From<&RecordError> for ErrorEntry {
    fn from(e: &RecordError) -> Self {
        ErrorEntry {
            file: e.source.file.clone(),
            record: e.source.record,
            reason: e.reason,
            message: e.message.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub qingxi_version: &'static str,
    pub pipeline: String,
    pub stages: Vec<&'static str>,
    pub threads: usize,
    pub input_files: u64,
    pub docs_in: u64,
    pub docs_out: u64,
    /// Documents every paragraph of which was removed (their text is in the rejects).
    pub docs_emptied: u64,
    /// Records that could not be read or parsed (listed in `errors`, kept in the rejects).
    pub docs_failed: u64,
    /// Input record bytes after decompression.
    pub bytes_in: u64,
    /// JSONL bytes written for kept documents, before compression.
    pub bytes_out: u64,
    pub text_bytes_in: u64,
    pub text_bytes_out: u64,
    /// Removed spans by stage and reason.
    pub removals: BTreeMap<&'static str, BTreeMap<&'static str, Tally>>,
    /// Content-preserving changes by stage and kind.
    pub changes: BTreeMap<&'static str, BTreeMap<&'static str, u64>>,
    /// CPU seconds per stage, summed over threads (`decode` is reading and parsing).
    pub stage_seconds: BTreeMap<&'static str, f64>,
    pub encodings: BTreeMap<&'static str, u64>,
    pub langs: BTreeMap<&'static str, u64>,
    pub scripts: BTreeMap<&'static str, u64>,
    pub error_count: u64,
    pub errors: Vec<ErrorEntry>,
    /// The reader of stdout went away before the end; the input was still read through.
    pub output_closed_early: bool,
    pub wall_seconds: f64,
    /// Input megabytes (10^6 bytes) per wall-clock second.
    pub mb_per_second: f64,
}

impl Report {
    pub fn record_error(&mut self, error: &RecordError) {
        self.docs_failed += 1;
        self.error_count += 1;
        if self.errors.len() < ERROR_SAMPLES {
            self.errors.push(error.into());
        }
    }

    pub fn has_failures(&self) -> bool {
        self.error_count > 0
    }

    pub fn removed(&self) -> Tally {
        self.removals
            .values()
            .flat_map(BTreeMap::values)
            .fold(Tally::default(), |a, t| Tally {
                count: a.count + t.count,
                bytes: a.bytes + t.bytes,
            })
    }

    /// A few lines for stderr.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let removed = self.removed();
        let _ = writeln!(
            s,
            "qingxi: {} docs in ({}) -> {} docs out ({} of text); {} spans removed ({}); {} docs emptied; {} failed",
            self.docs_in,
            human_bytes(self.bytes_in),
            self.docs_out,
            human_bytes(self.text_bytes_out),
            removed.count,
            human_bytes(removed.bytes),
            self.docs_emptied,
            self.docs_failed,
        );
        for (stage, reasons) in &self.removals {
            let parts: Vec<String> = reasons
                .iter()
                .map(|(reason, t)| format!("{reason} {}", t.count))
                .collect();
            let _ = writeln!(s, "qingxi:   {stage}: {}", parts.join(", "));
        }
        let _ = write!(
            s,
            "qingxi: {:.2} s, {:.1} MB/s on {} thread{}",
            self.wall_seconds,
            self.mb_per_second,
            self.threads,
            if self.threads == 1 { "" } else { "s" }
        );
        s
    }
}

pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_like_a_person_would() {
        assert_eq!(human_bytes(999), "999 B");
        assert_eq!(human_bytes(1_500), "1.5 KB");
        assert_eq!(human_bytes(2_345_678_901), "2.3 GB");
    }

    #[test]
    fn removals_add_up_across_stages() {
        let mut r = Report::default();
        r.removals.entry("a").or_default().insert(
            "x",
            Tally {
                count: 2,
                bytes: 10,
            },
        );
        r.removals
            .entry("b")
            .or_default()
            .insert("y", Tally { count: 1, bytes: 5 });
        assert_eq!(
            r.removed(),
            Tally {
                count: 3,
                bytes: 15
            }
        );
        assert!(r.summary().contains("3 spans removed"));
    }
}
