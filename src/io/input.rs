//! Finding input files and reading them as a stream of raw records.
//!
//! Reading is kept cheap and sequential (open, decompress, split lines); decoding and
//! parsing happen in [`RawRecord::into_document`], which the engine runs in parallel.

use std::fs::File;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Deserialize;
use serde_json::{Map, Value};

use super::compression::decompressing_reader;
use super::encoding::{self, utf16_without_bom};
use crate::document::{Document, Source};

/// How input records are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// By extension (`.jsonl`, `.ndjson`, `.json`, optionally `.gz`/`.zst`, are JSONL),
    /// and on stdin by the first byte (`{` means JSONL).
    #[default]
    Auto,
    /// One document per file, one paragraph per line.
    Text,
    /// One JSON object per line, with the text in a string field.
    Jsonl,
}

/// Which JSONL fields hold the text and the id.
#[derive(Debug, Clone)]
pub struct RecordFields {
    pub text: String,
    pub id: String,
}

impl Default for RecordFields {
    fn default() -> Self {
        RecordFields {
            text: "text".into(),
            id: "id".into(),
        }
    }
}

/// One input: a file, or stdin when `path` is `None`.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub path: Option<PathBuf>,
    /// The name used in errors and in `source.file`.
    pub name: String,
    /// Document ids are made from this: the path below the input folder, without
    /// extensions (`seeds/000_4333e12e5107ae1e`).
    pub id_base: String,
    pub format: Format,
    /// Size on disk, for progress; 0 for stdin.
    pub size: u64,
}

/// An input path that could not be read at all.
#[derive(Debug, Clone)]
pub struct InputError {
    pub name: String,
    pub message: String,
}

/// Expands paths to input files: `-` is stdin, folders are walked recursively in
/// sorted order (hidden entries skipped) so runs are reproducible. Problems are
/// returned in place, so the run can go on and report them.
pub fn discover(paths: &[PathBuf], format: Format) -> Vec<Result<InputFile, InputError>> {
    let mut found = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            found.push(Ok(InputFile {
                path: None,
                name: "-".into(),
                id_base: "stdin".into(),
                format,
                size: 0,
            }));
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, path, format, &mut found),
            Ok(meta) => {
                let id_base = strip_extensions(&file_name(path));
                found.push(Ok(input_file(path, id_base, format, meta.len())));
            }
            Err(e) => found.push(Err(InputError {
                name: path.display().to_string(),
                message: format!("cannot read input: {e}"),
            })),
        }
    }
    found
}

fn walk(root: &Path, dir: &Path, format: Format, found: &mut Vec<Result<InputFile, InputError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.push(Err(InputError {
                name: dir.display().to_string(),
                message: format!("cannot list folder: {e}"),
            }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| !file_name(p).starts_with('.'))
        .collect();
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(root, &path, format, found),
            Ok(meta) => {
                let relative = path.strip_prefix(root).unwrap_or(&path);
                let parts: Vec<String> = relative
                    .iter()
                    .map(|part| part.to_string_lossy().into_owned())
                    .collect();
                let id_base = strip_extensions(&parts.join("/"));
                found.push(Ok(input_file(&path, id_base, format, meta.len())));
            }
            Err(e) => found.push(Err(InputError {
                name: path.display().to_string(),
                message: format!("cannot read input: {e}"),
            })),
        }
    }
}

fn input_file(path: &Path, id_base: String, format: Format, size: u64) -> InputFile {
    let format = match format {
        Format::Auto if is_jsonl_name(&file_name(path)) => Format::Jsonl,
        Format::Auto => Format::Text,
        forced => forced,
    };
    InputFile {
        path: Some(path.to_path_buf()),
        name: path.display().to_string(),
        id_base,
        format,
        size,
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

const COMPRESSION_EXTENSIONS: [&str; 3] = [".gz", ".zst", ".zstd"];
const JSONL_EXTENSIONS: [&str; 3] = [".jsonl", ".ndjson", ".json"];
const TEXT_EXTENSIONS: [&str; 2] = [".txt", ".text"];

fn without_compression(name: &str) -> &str {
    COMPRESSION_EXTENSIONS
        .iter()
        .find_map(|ext| name.strip_suffix(ext))
        .unwrap_or(name)
}

fn is_jsonl_name(name: &str) -> bool {
    let name = without_compression(name);
    JSONL_EXTENSIONS.iter().any(|ext| name.ends_with(ext))
}

/// `seeds/a.jsonl.gz` → `seeds/a`; unknown extensions are part of the name.
fn strip_extensions(name: &str) -> String {
    let name = without_compression(name);
    JSONL_EXTENSIONS
        .iter()
        .chain(&TEXT_EXTENSIONS)
        .find_map(|ext| name.strip_suffix(ext))
        .unwrap_or(name)
        .to_string()
}

/// What the reader found for one record, before decoding.
#[derive(Debug)]
pub enum Payload {
    /// A whole plain-text file.
    Text(Vec<u8>),
    /// One JSONL line, without its line end.
    JsonLine(Vec<u8>),
    /// Bytes that could not be read completely (truncated or corrupt stream, I/O error);
    /// what was read is kept for the rejects.
    Unreadable { message: String, partial: Vec<u8> },
}

impl Payload {
    /// Bytes read for the record (after decompression).
    pub fn byte_len(&self) -> usize {
        match self {
            Payload::Text(bytes) | Payload::JsonLine(bytes) => bytes.len(),
            Payload::Unreadable { partial, .. } => partial.len(),
        }
    }
}

#[derive(Debug)]
pub struct RawRecord {
    pub source: Source,
    /// The id used when the record has none of its own.
    pub default_id: String,
    pub payload: Payload,
    /// Set when the stream was transcoded to UTF-8 on the way in (UTF-16 input).
    pub stream_encoding: Option<&'static str>,
}

/// A record that could not become a document. Its bytes go to the rejects.
#[derive(Debug, Clone)]
pub struct RecordError {
    pub source: Source,
    pub id: String,
    /// Short code: `unreadable`, `invalid-json`, `missing-text`.
    pub reason: &'static str,
    pub message: String,
    /// The record's content as far as it could be read (lossy UTF-8).
    pub text: String,
}

impl RawRecord {
    /// Decodes and parses the record. `fields` names the JSONL text and id fields.
    pub fn into_document(self, fields: &RecordFields) -> Result<Document, Box<RecordError>> {
        let RawRecord {
            source,
            default_id,
            payload,
            stream_encoding,
        } = self;
        let fail = |reason, message: String, bytes: &[u8]| {
            Box::new(RecordError {
                source: source.clone(),
                id: default_id.clone(),
                reason,
                message,
                text: String::from_utf8_lossy(bytes).into_owned(),
            })
        };
        match payload {
            Payload::Unreadable { message, partial } => Err(fail("unreadable", message, &partial)),
            Payload::Text(bytes) => {
                let decoded = encoding::decode(bytes);
                let mut doc = Document::from_text(
                    default_id.clone(),
                    source.clone(),
                    &decoded.text,
                    stream_encoding.unwrap_or(decoded.encoding),
                );
                note_malformed(&mut doc, decoded.malformed);
                Ok(doc)
            }
            Payload::JsonLine(bytes) => {
                let decoded = encoding::decode(bytes);
                let mut object: Map<String, Value> = match serde_json::from_str(&decoded.text) {
                    Ok(object) => object,
                    Err(e) => {
                        return Err(fail(
                            "invalid-json",
                            format!("invalid JSON: {e}"),
                            decoded.text.as_bytes(),
                        ));
                    }
                };
                let text = match object.remove(&fields.text) {
                    Some(Value::String(text)) => text,
                    other => {
                        let what = if other.is_some() {
                            "is not a string"
                        } else {
                            "is missing"
                        };
                        let message = format!(
                            "field `{}` {what}; name the text field with --text-field (or text_field in the pipeline's [input])",
                            fields.text
                        );
                        if let Some(value) = other {
                            object.insert(fields.text.clone(), value);
                        }
                        return Err(fail("missing-text", message, decoded.text.as_bytes()));
                    }
                };
                let id = match object.remove(&fields.id) {
                    Some(Value::String(id)) => id,
                    Some(Value::Number(n)) => n.to_string(),
                    Some(other) => {
                        object.insert(fields.id.clone(), other);
                        default_id.clone()
                    }
                    None => default_id.clone(),
                };
                let encoding = stream_encoding.unwrap_or(decoded.encoding);
                let mut doc = Document::from_text(id, source, &text, encoding);
                note_malformed(&mut doc, decoded.malformed);
                doc.metadata = flatten_metadata(object);
                Ok(doc)
            }
        }
    }
}

fn note_malformed(doc: &mut Document, malformed: usize) {
    doc.count_change("decode", "malformed_sequences", malformed as u64);
}

/// Keeps the record's other fields as metadata; a dolma-style `metadata` object is
/// merged in rather than nested.
fn flatten_metadata(mut object: Map<String, Value>) -> Map<String, Value> {
    match object.remove("metadata") {
        Some(Value::Object(inner)) => {
            let mut merged = inner;
            merged.extend(object);
            merged
        }
        Some(other) => {
            object.insert("metadata".into(), other);
            object
        }
        None => object,
    }
}

/// A `Read` that counts the bytes taken from the underlying file, for progress.
struct CountingReader<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

struct OpenInput {
    file: InputFile,
    reader: Box<dyn BufRead + Send>,
    line: u64,
    stream_encoding: Option<&'static str>,
}

/// Reads every input in order and yields its records.
pub struct RecordStream {
    inputs: std::vec::IntoIter<Result<InputFile, InputError>>,
    current: Option<OpenInput>,
    bytes_read: Arc<AtomicU64>,
}

impl RecordStream {
    pub fn new(inputs: Vec<Result<InputFile, InputError>>) -> Self {
        RecordStream {
            inputs: inputs.into_iter(),
            current: None,
            bytes_read: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Bytes read so far from the input files (compressed size), for progress.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    fn open(&self, file: InputFile) -> io::Result<OpenInput> {
        let raw: Box<dyn Read + Send> = match &file.path {
            Some(path) => Box::new(File::open(path)?),
            None => Box::new(io::stdin()),
        };
        let counted = CountingReader {
            inner: raw,
            count: Arc::clone(&self.bytes_read),
        };
        let mut reader = decompressing_reader(counted)?;
        let head = reader.fill_buf()?;
        let mut file = file;
        if file.format == Format::Auto {
            let first = head.iter().find(|b| !b.is_ascii_whitespace());
            file.format = if first == Some(&b'{') {
                Format::Jsonl
            } else {
                Format::Text
            };
        }
        // UTF-16 cannot be split at 0x0A bytes: transcode the stream to UTF-8 first.
        let utf16 = encoding_rs::Encoding::for_bom(head)
            .map(|(enc, _)| enc)
            .filter(|enc| *enc == encoding_rs::UTF_16LE || *enc == encoding_rs::UTF_16BE)
            .or_else(|| utf16_without_bom(head));
        let (reader, stream_encoding): (Box<dyn BufRead + Send>, _) = match utf16 {
            Some(enc) if file.format == Format::Jsonl => {
                let transcoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(enc))
                    .build(reader);
                (Box::new(io::BufReader::new(transcoded)), Some(enc.name()))
            }
            _ => (reader, None),
        };
        Ok(OpenInput {
            file,
            reader,
            line: 0,
            stream_encoding,
        })
    }

    fn record(input: &OpenInput, record: u64, default_id: String, payload: Payload) -> RawRecord {
        RawRecord {
            source: Source {
                file: input.file.name.clone(),
                record,
            },
            default_id,
            payload,
            stream_encoding: input.stream_encoding,
        }
    }

    /// The next record of the open input, or `None` when it is exhausted (and closed).
    fn next_from_current(&mut self) -> Option<RawRecord> {
        let input = self.current.as_mut()?;
        match input.file.format {
            Format::Jsonl => loop {
                let mut line = Vec::new();
                input.line += 1;
                match input.reader.read_until(b'\n', &mut line) {
                    Ok(0) => break,
                    Ok(_) => {
                        trim_line_end(&mut line);
                        if line.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        let id = format!("{}:{}", input.file.id_base, input.line);
                        return Some(Self::record(input, input.line, id, Payload::JsonLine(line)));
                    }
                    Err(e) => {
                        let record = unreadable(input, input.line, line, &e);
                        self.current = None;
                        return Some(record);
                    }
                }
            },
            _ => {
                let mut bytes = Vec::new();
                let result = input.reader.read_to_end(&mut bytes);
                let record = match result {
                    Ok(_) => {
                        Self::record(input, 1, input.file.id_base.clone(), Payload::Text(bytes))
                    }
                    Err(e) => unreadable(input, 1, bytes, &e),
                };
                self.current = None;
                return Some(record);
            }
        }
        self.current = None;
        None
    }
}

fn trim_line_end(line: &mut Vec<u8>) {
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
}

fn unreadable(input: &OpenInput, record: u64, partial: Vec<u8>, error: &io::Error) -> RawRecord {
    let what = if error.kind() == io::ErrorKind::UnexpectedEof {
        "the file ends early (truncated download or copy?)".to_string()
    } else {
        format!("read error: {error}")
    };
    let message = format!("{what}; the rest of this file is skipped");
    let id = format!("{}:{}", input.file.id_base, record);
    RecordStream::record(input, record, id, Payload::Unreadable { message, partial })
}

impl Iterator for RecordStream {
    type Item = RawRecord;

    fn next(&mut self) -> Option<RawRecord> {
        loop {
            if let Some(record) = self.next_from_current() {
                return Some(record);
            }
            let error = match self.inputs.next()? {
                Ok(file) => match self.open(file.clone()) {
                    Ok(open) => {
                        self.current = Some(open);
                        continue;
                    }
                    Err(e) => InputError {
                        name: file.name,
                        message: format!("cannot open input: {e}"),
                    },
                },
                Err(e) => e,
            };
            return Some(RawRecord {
                source: Source {
                    file: error.name.clone(),
                    record: 0,
                },
                default_id: error.name,
                payload: Payload::Unreadable {
                    message: error.message,
                    partial: Vec::new(),
                },
                stream_encoding: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_decide_format_and_ids() {
        assert!(is_jsonl_name("a.jsonl.gz"));
        assert!(is_jsonl_name("a.ndjson.zst"));
        assert!(!is_jsonl_name("a.txt.gz"));
        assert_eq!(strip_extensions("seeds/a.jsonl.gz"), "seeds/a");
        assert_eq!(strip_extensions("page.txt"), "page");
        assert_eq!(strip_extensions("page.html"), "page.html");
    }

    fn json_record(line: &str) -> RawRecord {
        RawRecord {
            source: Source {
                file: "in.jsonl".into(),
                record: 7,
            },
            default_id: "in:7".into(),
            payload: Payload::JsonLine(line.as_bytes().to_vec()),
            stream_encoding: None,
        }
    }

    #[test]
    fn jsonl_keeps_other_fields_as_metadata() {
        let fields = RecordFields::default();
        let doc =
            json_record(r#"{"id": 12, "text": "a\nb", "url": "u", "metadata": {"lang": "x"}}"#)
                .into_document(&fields)
                .unwrap();
        assert_eq!(doc.id, "12");
        assert_eq!(doc.text(), "a\nb");
        assert_eq!(doc.metadata["url"], "u");
        assert_eq!(doc.metadata["lang"], "x");
    }

    #[test]
    fn jsonl_errors_name_the_problem() {
        let fields = RecordFields::default();
        let e = json_record("{not json").into_document(&fields).unwrap_err();
        assert_eq!((e.reason, e.text.as_str()), ("invalid-json", "{not json"));
        let e = json_record(r#"{"body": "x"}"#)
            .into_document(&fields)
            .unwrap_err();
        assert_eq!(e.reason, "missing-text");
        assert!(e.message.contains("--text-field"));
        let doc = json_record(r#"{"text": "x"}"#)
            .into_document(&fields)
            .unwrap();
        assert_eq!(doc.id, "in:7");
    }
}
