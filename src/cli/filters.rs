//! `qingxi fix`, `qingxi convert` and `qingxi segment`: one step alone (mojibake
//! repair, script conversion, sentence splitting), text in and text out, line
//! structure kept.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::io::compression::decompressing_reader;
use crate::io::encoding;
use crate::stages::convert::opencc;
use crate::stages::mojibake::{Finding, Mojibake, MojibakeOptions};
use crate::stages::segment::{SegmentOptions, Segmenter};

/// Reads a whole input (a file or stdin, decompressed) and decodes it.
fn read_text(input: Option<&Path>) -> anyhow::Result<(String, encoding::Decoded)> {
    let name = input.map_or("-".into(), |p| p.display().to_string());
    let source: Box<dyn Read + Send> = match input {
        Some(path) if path.as_os_str() != "-" => {
            Box::new(std::fs::File::open(path).with_context(|| format!("cannot open {name}"))?)
        }
        _ => Box::new(io::stdin()),
    };
    let mut bytes = Vec::new();
    decompressing_reader(source)
        .and_then(|mut reader| reader.read_to_end(&mut bytes))
        .with_context(|| format!("cannot read {name}"))?;
    Ok((name, encoding::decode(bytes)))
}

type LineConverter = Box<dyn Fn(&str) -> Result<String, String>>;

fn line_converter(config: &str, backend: &str) -> anyhow::Result<LineConverter> {
    if backend == "opencc" {
        return reference_converter(config);
    }
    let converter = opencc::shared(config).map_err(anyhow::Error::msg)?;
    Ok(Box::new(move |line| Ok(converter.convert(line))))
}

#[cfg(feature = "opencc-sys")]
fn reference_converter(config: &str) -> anyhow::Result<LineConverter> {
    let reference =
        crate::stages::convert::reference::Reference::new(config).map_err(anyhow::Error::msg)?;
    Ok(Box::new(move |line| reference.convert(line)))
}

#[cfg(not(feature = "opencc-sys"))]
fn reference_converter(_: &str) -> anyhow::Result<LineConverter> {
    anyhow::bail!(
        "this qingxi was built without OpenCC's C++ library: rebuild with \
         `cargo build --release --features opencc-sys` (see the README for the OPENCC_* settings)"
    )
}

pub fn convert(input: Option<&Path>, config: &str, backend: &str) -> anyhow::Result<ExitCode> {
    let converter = line_converter(config, backend)?;
    let (_, decoded) = read_text(input)?;
    write_lines(&decoded.text, |_, body| {
        converter(body).map_err(anyhow::Error::msg)
    })
}

pub fn fix(input: Option<&Path>, explain: bool) -> anyhow::Result<ExitCode> {
    let (name, decoded) = read_text(input)?;
    if explain && decoded.encoding != "UTF-8" {
        eprintln!("{name}: decoded from {}", decoded.encoding);
    }
    let stage = Mojibake::new(MojibakeOptions::default());
    write_lines(&decoded.text, |n, body| {
        let (fixed, repairs, garbled) = stage.fix(body);
        if explain {
            report(&name, n, body, &repairs, "repaired");
            report(&name, n, &fixed, &garbled, "garbled");
        }
        Ok(fixed.into_owned())
    })
}

pub fn segment(
    input: Option<&Path>,
    jsonl: bool,
    options: &SegmentOptions,
    lang: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let segmenter = Segmenter::new(options).map_err(anyhow::Error::msg)?;
    let (_, decoded) = read_text(input)?;
    write_lines(&decoded.text, |n, body| {
        // Sentences and a newline each: about the line's own length.
        let mut out = String::with_capacity(body.len() + 16);
        for (start, end) in segmenter.split_in(body, lang) {
            if jsonl {
                let record = serde_json::json!({"line": n, "start": start, "end": end, "text": &body[start..end]});
                out.push_str(&record.to_string());
            } else {
                out.push_str(&body[start..end]);
            }
            out.push('\n');
        }
        // The line's own end follows; the last sentence's newline would double it.
        out.pop();
        Ok(out)
    })
}

/// Writes `text` to stdout line by line through `change` (given the 1-based line
/// number and the line without its end), keeping every line end as it was.
fn write_lines(
    text: &str,
    mut change: impl FnMut(usize, &str) -> anyhow::Result<String>,
) -> anyhow::Result<ExitCode> {
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let (body, end) = split_line_end(line);
        let changed = change(n + 1, body)?;
        let written = out
            .write_all(changed.as_bytes())
            .and_then(|()| out.write_all(end.as_bytes()));
        if let Err(e) = written {
            return quiet_on_closed_pipe(e);
        }
    }
    match out.flush() {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) => quiet_on_closed_pipe(e),
    }
}

/// A reader that stops reading (`qingxi fix | head`) is no error.
fn quiet_on_closed_pipe(error: io::Error) -> anyhow::Result<ExitCode> {
    if error.kind() == io::ErrorKind::BrokenPipe {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(error).context("cannot write to stdout")
    }
}

fn split_line_end(line: &str) -> (&str, &str) {
    let body = line.trim_end_matches(['\n', '\r']);
    (body, &line[body.len()..])
}

fn report(name: &str, line: usize, text: &str, findings: &[Finding], what: &str) {
    for finding in findings {
        let column = text[..finding.start.min(text.len())].chars().count() + 1;
        match &finding.replacement {
            Some(replacement) => eprintln!(
                "{name}:{line}:{column}: {what} {}: {:?} -> {replacement:?}",
                finding.reason, finding.original
            ),
            None => eprintln!(
                "{name}:{line}:{column}: {what} ({}): {:?}",
                finding.reason, finding.original
            ),
        }
    }
}
