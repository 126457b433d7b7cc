//! `qingxi explain`: each document with every removed span marked and its reason,
//! so a user can see why text went (colour on a terminal, plain markers otherwise).

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::document::{Document, EditKind};
use crate::io::input::{Format, RecordFields, RecordStream, discover};
use crate::pipeline::config::Pipeline;

struct Style {
    removed: (&'static str, &'static str),
    changed: (&'static str, &'static str),
    reason: (&'static str, &'static str),
}

const COLOUR: Style = Style {
    removed: ("\x1b[9;31m", "\x1b[0m"),
    changed: ("\x1b[33m", "\x1b[0m"),
    reason: ("\x1b[2m{", "}\x1b[0m"),
};
const PLAIN: Style = Style {
    removed: ("[-", "-]"),
    changed: ("{~", "~}"),
    reason: ("{", "}"),
};

pub fn explain(
    inputs: &[PathBuf],
    pipeline: Option<&Path>,
    format: Format,
    fields: &RecordFields,
) -> anyhow::Result<ExitCode> {
    let pipeline = match pipeline {
        Some(path) => Pipeline::load(path)?,
        None => Pipeline::default_pipeline(),
    };
    let style = if io::stdout().is_terminal() {
        &COLOUR
    } else {
        &PLAIN
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for record in RecordStream::new(discover(inputs, format)) {
        let mut doc = match record.into_document(fields) {
            Ok(doc) => doc,
            Err(error) => {
                eprintln!("qingxi: error: {}: {}", error.source, error.message);
                failed = true;
                continue;
            }
        };
        let original: Vec<(usize, String)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.origin, p.text.clone()))
            .collect();
        for stage in &pipeline.stages {
            stage.process(&mut doc);
        }
        let written = write_document(&mut out, &doc, &original, style);
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(ExitCode::SUCCESS);
            }
            return Err(e).context("cannot write to stdout");
        }
    }
    out.flush().ok();
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints the document's input lines with each edit marked where its text is found
/// on its line (stages see normalized text, so an edit whose text the input no
/// longer spells the same way is listed under the line instead).
fn write_document(
    out: &mut impl Write,
    doc: &Document,
    original: &[(usize, String)],
    style: &Style,
) -> io::Result<()> {
    writeln!(
        out,
        "== {} ({}) {} edits",
        doc.id,
        doc.source,
        doc.edits.len()
    )?;
    for (origin, line) in original {
        let mut marked = line.clone();
        let mut unplaced = Vec::new();
        for edit in doc.edits.iter().filter(|e| e.paragraph == *origin) {
            let label = format!(
                "{}{}/{}{}",
                style.reason.0, edit.stage, edit.reason, style.reason.1
            );
            let replacement = match &edit.kind {
                EditKind::Removed => {
                    format!("{}{}{}{label}", style.removed.0, edit.text, style.removed.1)
                }
                EditKind::Changed(to) => format!(
                    "{}{} -> {to}{}{label}",
                    style.changed.0, edit.text, style.changed.1
                ),
                EditKind::Flagged => {
                    format!("{}{}{}{label}", style.changed.0, edit.text, style.changed.1)
                }
            };
            match marked
                .find(edit.text.as_str())
                .filter(|_| !edit.text.trim().is_empty())
            {
                Some(at) => marked.replace_range(at..at + edit.text.len(), &replacement),
                None => unplaced.push(replacement),
            }
        }
        writeln!(out, "{marked}")?;
        for note in unplaced {
            writeln!(out, "    {note}")?;
        }
    }
    Ok(())
}
