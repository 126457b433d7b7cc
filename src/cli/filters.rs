//! `qingxi fix`, `qingxi convert` and `qingxi segment`: one step alone (mojibake
//! repair, script conversion, sentence splitting), text in and text out, line
//! structure kept.

use std::borrow::Cow;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::io::compression::decompressing_reader;
use crate::io::encoding;
use crate::stages::convert::opencc;
use crate::stages::mojibake::{Finding, Mojibake, MojibakeOptions};
use crate::stages::segment::{SegmentOptions, Segmenter};

/// How much of a stream is read at a time; the first block also decides whether the
/// input can be streamed.
const BLOCK: usize = 1 << 20;

/// The start of an input that must be valid UTF-8 for it to be streamed.
const UTF8_SAMPLE: usize = 64 * 1024;

/// Opens an input (a file or stdin, `-`), decompressed: its name for messages, and
/// its reader.
fn open(input: Option<&Path>) -> anyhow::Result<(String, Box<dyn BufRead + Send>)> {
    let name = input_name(input);
    let source: Box<dyn Read + Send> = match input {
        Some(path) if path.as_os_str() != "-" => {
            Box::new(std::fs::File::open(path).with_context(|| format!("cannot open {name}"))?)
        }
        _ => Box::new(io::stdin()),
    };
    let reader = decompressing_reader(source).with_context(|| format!("cannot read {name}"))?;
    Ok((name, reader))
}

/// How messages name an input: its path, or `-` for stdin.
fn input_name(input: Option<&Path>) -> String {
    input.map_or("-".into(), |p| p.display().to_string())
}

/// Appends up to `BLOCK` more bytes of `reader` to `buffer`; true at the input's end.
fn fill(reader: &mut dyn BufRead, buffer: &mut Vec<u8>) -> io::Result<bool> {
    let before = buffer.len();
    reader.take(BLOCK as u64).read_to_end(buffer)?;
    Ok(buffer.len() - before < BLOCK)
}

/// What follows each changed line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineEnds {
    /// The input line's own end (`\n`, `\r\n` or none), so line structure is kept.
    Kept,
    /// Nothing: the change ends its own records (JSONL, where an empty input line
    /// must not leave an empty output line).
    Dropped,
}

/// Writes the input to stdout line by line through `change` (given the 1-based line
/// number and the line without its end), followed by the line's end as `ends` says.
/// UTF-8 input (no BOM, its first 64 KiB valid) is streamed block by block, so work
/// starts before a pipe has delivered it all and memory stays bounded; a damaged
/// sequence further on becomes U+FFFD. Any other input is read whole and its
/// encoding detected (`encoding::decode`). Stderr is told of both: which lines held
/// damaged bytes, and an encoding other than UTF-8.
fn filter_lines(
    input: Option<&Path>,
    ends: LineEnds,
    mut change: impl FnMut(usize, &str) -> anyhow::Result<String>,
) -> anyhow::Result<ExitCode> {
    let (name, mut reader) = open(input)?;
    let read_error = |e: io::Error| anyhow::Error::new(e).context(format!("cannot read {name}"));
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut pending = Vec::new();
    let mut at_end = fill(&mut reader, &mut pending).map_err(read_error)?;
    // Its start decides (a character cut at the sample's end is no damage).
    let sample = &pending[..pending.len().min(UTF8_SAMPLE)];
    let utf8 = std::str::from_utf8(sample).map_or_else(|e| e.error_len().is_none(), |_| true);
    let streamable = utf8
        && encoding_rs::Encoding::for_bom(&pending).is_none()
        && encoding::utf16_without_bom(&pending).is_none();
    if !streamable {
        reader.read_to_end(&mut pending).map_err(read_error)?;
        let decoded = encoding::decode(pending);
        if decoded.encoding != encoding_rs::UTF_8.name() {
            eprintln!("{name}: read as {}", decoded.encoding);
        }
        if decoded.malformed > 0 {
            eprintln!(
                "{name}: {} byte sequence(s) that are not {} became U+FFFD",
                decoded.malformed, decoded.encoding
            );
        }
        return match write_lines(&decoded.text, 1, ends, &mut out, &mut change)? {
            Some(_) => finish(out),
            None => Ok(ExitCode::SUCCESS),
        };
    }
    let mut line = 1;
    let mut damaged = DamagedLines::default();
    loop {
        // Whole lines only, but for the input's last.
        let cut = if at_end {
            pending.len()
        } else {
            memchr::memrchr(b'\n', &pending).map_or(0, |k| k + 1)
        };
        if cut > 0 {
            // (A SIMD check: std's, a byte at a time for Chinese, cost an eighth of
            // `qingxi segment`'s time.)
            let text = match simdutf8::basic::from_utf8(&pending[..cut]) {
                Ok(text) => Cow::Borrowed(text),
                Err(_) => {
                    damaged.note(&name, &pending[..cut], line);
                    Cow::Owned(encoding::decode_with(encoding_rs::UTF_8, &pending[..cut]).text)
                }
            };
            match write_lines(&text, line, ends, &mut out, &mut change)? {
                Some(next) => line = next,
                None => return Ok(ExitCode::SUCCESS),
            }
            pending.drain(..cut);
        }
        if at_end {
            damaged.summarise(&name);
            return finish(out);
        }
        at_end = fill(&mut reader, &mut pending).map_err(read_error)?;
    }
}

/// Lines named on stderr, one message each, before a count stands for the rest.
const DAMAGED_LINES_NAMED: usize = 10;

/// The lines of a streamed UTF-8 input that held bytes that are not UTF-8.
#[derive(Default)]
struct DamagedLines {
    count: usize,
}

impl DamagedLines {
    /// Names the damaged lines of `block` (whole lines, the first numbered `first`).
    fn note(&mut self, name: &str, block: &[u8], first: usize) {
        let (mut at, mut counted_to, mut line) = (0, 0, first);
        let mut last_line = None;
        for chunk in block.utf8_chunks() {
            at += chunk.valid().len();
            if !chunk.invalid().is_empty() {
                line += memchr::memchr_iter(b'\n', &block[counted_to..at]).count();
                counted_to = at;
                if last_line != Some(line) {
                    last_line = Some(line);
                    self.count += 1;
                    if self.count <= DAMAGED_LINES_NAMED {
                        eprintln!("{name}:{line}: bytes that are not UTF-8 became U+FFFD");
                    }
                }
            }
            at += chunk.invalid().len();
        }
    }

    fn summarise(&self, name: &str) {
        if self.count > DAMAGED_LINES_NAMED {
            eprintln!(
                "{name}: {} line(s) in all held bytes that are not UTF-8",
                self.count
            );
        }
    }
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
    filter_lines(input, LineEnds::Kept, |_, body| {
        converter(body).map_err(anyhow::Error::msg)
    })
}

pub fn fix(input: Option<&Path>, explain: bool) -> anyhow::Result<ExitCode> {
    let stage = Mojibake::new(MojibakeOptions::default());
    let name = input_name(input);
    filter_lines(input, LineEnds::Kept, |n, body| {
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
    // JSONL records carry their line's number: a line without sentences leaves none,
    // and each record ends in `\n` whatever the input's line ends.
    let ends = if jsonl {
        LineEnds::Dropped
    } else {
        LineEnds::Kept
    };
    filter_lines(input, ends, |n, body| {
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
        if ends == LineEnds::Kept {
            // The line's own end follows; the last sentence's newline would double it.
            out.pop();
        }
        Ok(out)
    })
}

/// Writes the lines of `text` (the first numbered `first`) through `change`; the
/// next line's number, or `None` when the reader closed the pipe.
fn write_lines(
    text: &str,
    first: usize,
    ends: LineEnds,
    out: &mut impl Write,
    change: &mut impl FnMut(usize, &str) -> anyhow::Result<String>,
) -> anyhow::Result<Option<usize>> {
    let mut n = first;
    for line in text.split_inclusive('\n') {
        let (body, end) = split_line_end(line);
        let end = if ends == LineEnds::Kept { end } else { "" };
        let changed = change(n, body)?;
        let written = out
            .write_all(changed.as_bytes())
            .and_then(|()| out.write_all(end.as_bytes()));
        if let Err(e) = written {
            return quiet_on_closed_pipe(e).map(|_| None);
        }
        n += 1;
    }
    Ok(Some(n))
}

fn finish(mut out: impl Write) -> anyhow::Result<ExitCode> {
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
