//! The streaming engine. Three threads overlap: a reader that cuts the input into
//! bounded batches of raw records, the caller's thread that runs each batch through
//! the stages on a rayon pool (decoding, parsing and serialising included), and a
//! writer. Batches are processed in input order and each record's output bytes depend
//! on that record alone, so the output is the same bytes for every thread count.
//! Memory is bounded by the batch size times the few batches in flight.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Map, Value};

use super::report::{Report, Tally};
use crate::document::{Document, EditKind, Script, Source};
use crate::io::input::{
    Format, InputFile, RawRecord, RecordError, RecordFields, RecordStream, discover,
};
use crate::io::json;
use crate::io::output::{OutputFile, Target, write_atomically};
use crate::stages::Stage;

/// Batches in flight between threads, on each side of the processing thread.
const QUEUE_DEPTH: usize = 2;
/// Record errors printed as they happen; the rest are counted (all are in the report).
const ERRORS_SHOWN: u64 = 20;

#[derive(Debug, Clone, Copy)]
pub struct BatchLimits {
    pub docs: usize,
    pub bytes: usize,
}

impl Default for BatchLimits {
    fn default() -> Self {
        BatchLimits {
            docs: 2048,
            bytes: 8 << 20,
        }
    }
}

/// Whether to draw a progress bar on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// When stderr is a terminal.
    Auto,
    Always,
    Never,
}

/// Everything one run needs.
pub struct Job {
    pub pipeline: String,
    pub inputs: Vec<PathBuf>,
    pub format: Format,
    pub fields: RecordFields,
    pub stages: Vec<Box<dyn Stage>>,
    pub output: Target,
    /// Where removed spans and unreadable records go; `None` counts them only.
    pub rejects: Option<Target>,
    pub report: Option<PathBuf>,
    /// 0: one per core.
    pub threads: usize,
    pub batch: BatchLimits,
    pub progress: Progress,
}

/// What processing one record produced.
struct Processed {
    output: Vec<u8>,
    rejects: Vec<u8>,
    outcome: Outcome,
}

enum Outcome {
    Failed(Box<RecordError>),
    Done(Box<DocStats>),
}

struct DocStats {
    kept: bool,
    bytes_in: u64,
    text_bytes_in: u64,
    text_bytes_out: u64,
    encoding: &'static str,
    lang: Option<&'static str>,
    script: Option<Script>,
    removals: Vec<(&'static str, &'static str, u64)>,
    changes: BTreeMap<&'static str, BTreeMap<&'static str, u64>>,
    decode_nanos: u64,
    stage_nanos: Vec<u64>,
}

/// Runs a job to the end. Record-level problems are reported and counted (see
/// [`Report::has_failures`]); an `Err` means the run itself could not go on (an
/// output that cannot be written, say), and then no output file is left behind.
pub fn run(job: Job) -> Result<Report> {
    let started = Instant::now();
    let threads = if job.threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        job.threads
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;

    let inputs = discover(&job.inputs, job.format);
    let total_bytes: u64 = inputs.iter().flatten().map(|f: &InputFile| f.size).sum();
    let mut report = Report {
        qingxi_version: env!("CARGO_PKG_VERSION"),
        pipeline: job.pipeline.clone(),
        stages: job.stages.iter().map(|s| s.name()).collect(),
        threads,
        input_files: inputs.iter().flatten().count() as u64,
        ..Report::default()
    };

    let output = OutputFile::create(&job.output)
        .with_context(|| format!("cannot create output {}", job.output.describe()))?;
    let rejects = match &job.rejects {
        Some(target) => Some(
            OutputFile::create(target)
                .with_context(|| format!("cannot create rejects file {}", target.describe()))?,
        ),
        None => None,
    };

    let stream = RecordStream::new(inputs);
    let bytes_read = stream.bytes_read();
    let progress = progress_bar(job.progress, total_bytes);
    let output_closed = Arc::new(AtomicBool::new(false));
    let (batch_tx, batch_rx) = sync_channel::<Vec<RawRecord>>(QUEUE_DEPTH);
    let (write_tx, write_rx) = sync_channel::<Vec<Processed>>(QUEUE_DEPTH);

    let written = std::thread::scope(|scope| -> Result<()> {
        scope.spawn(|| read_batches(stream, job.batch, batch_tx));
        let closed = Arc::clone(&output_closed);
        let writer = scope.spawn(move || write_batches(write_rx, output, rejects, &closed));
        process_batches(
            &job,
            &pool,
            batch_rx,
            &write_tx,
            &mut report,
            &output_closed,
            &progress,
            &bytes_read,
        );
        drop(write_tx);
        writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
            .context("cannot write the output")
    });
    progress.finish_and_clear();
    written?;

    report.output_closed_early = output_closed.load(Ordering::Relaxed);
    report.wall_seconds = started.elapsed().as_secs_f64();
    report.mb_per_second = report.bytes_in as f64 / 1e6 / report.wall_seconds.max(1e-9);
    if let Some(path) = &job.report {
        let json = serde_json::to_vec_pretty(&report).context("cannot serialise the report")?;
        write_atomically(path, &json)
            .with_context(|| format!("cannot write report {}", path.display()))?;
    }
    Ok(report)
}

fn read_batches(stream: RecordStream, limits: BatchLimits, batches: SyncSender<Vec<RawRecord>>) {
    let mut batch = Vec::new();
    let mut batch_bytes = 0;
    for record in stream {
        batch_bytes += record.payload.byte_len();
        batch.push(record);
        if batch.len() >= limits.docs || batch_bytes >= limits.bytes {
            batch_bytes = 0;
            if batches.send(std::mem::take(&mut batch)).is_err() {
                return;
            }
        }
    }
    if !batch.is_empty() {
        let _ = batches.send(batch);
    }
}

#[allow(clippy::too_many_arguments)]
fn process_batches(
    job: &Job,
    pool: &rayon::ThreadPool,
    batches: Receiver<Vec<RawRecord>>,
    writer: &SyncSender<Vec<Processed>>,
    report: &mut Report,
    output_closed: &AtomicBool,
    progress: &ProgressBar,
    bytes_read: &AtomicU64,
) {
    for batch in batches {
        if output_closed.load(Ordering::Relaxed) {
            // Nobody reads the output any more; keep reading the input to its end so
            // the process feeding us (a shell pipe, Spark's RDD.pipe) is not cut off.
            continue;
        }
        let processed: Vec<Processed> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|record| process_record(record, &job.stages, &job.fields))
                .collect()
        });
        for item in &processed {
            tally(report, &item.outcome, &job.stages, progress);
        }
        progress.set_position(bytes_read.load(Ordering::Relaxed));
        progress.set_message(format!("{} docs", report.docs_in));
        if writer.send(processed).is_err() {
            // The writer stopped on an error it reports itself; drain the reader.
            output_closed.store(true, Ordering::Relaxed);
        }
    }
}

fn tally(
    report: &mut Report,
    outcome: &Outcome,
    stages: &[Box<dyn Stage>],
    progress: &ProgressBar,
) {
    report.docs_in += 1;
    let stats = match outcome {
        Outcome::Failed(error) => {
            report.record_error(error);
            if report.error_count <= ERRORS_SHOWN {
                progress
                    .suspend(|| eprintln!("qingxi: error: {}: {}", error.source, error.message));
            } else if report.error_count == ERRORS_SHOWN + 1 {
                progress
                    .suspend(|| eprintln!("qingxi: more errors follow; the report lists them all"));
            }
            return;
        }
        Outcome::Done(stats) => stats,
    };
    report.bytes_in += stats.bytes_in;
    report.text_bytes_in += stats.text_bytes_in;
    if stats.kept {
        report.docs_out += 1;
        report.text_bytes_out += stats.text_bytes_out;
    } else {
        report.docs_emptied += 1;
    }
    *report.encodings.entry(stats.encoding).or_default() += 1;
    *report.langs.entry(stats.lang.unwrap_or("und")).or_default() += 1;
    if let Some(script) = stats.script {
        *report.scripts.entry(script.as_str()).or_default() += 1;
    }
    for &(stage, reason, bytes) in &stats.removals {
        let t: &mut Tally = report
            .removals
            .entry(stage)
            .or_default()
            .entry(reason)
            .or_default();
        t.count += 1;
        t.bytes += bytes;
    }
    for (stage, counts) in &stats.changes {
        for (what, n) in counts {
            *report
                .changes
                .entry(stage)
                .or_default()
                .entry(what)
                .or_default() += n;
        }
    }
    *report.stage_seconds.entry("decode").or_default() += stats.decode_nanos as f64 / 1e9;
    for (stage, nanos) in stages.iter().zip(&stats.stage_nanos) {
        *report.stage_seconds.entry(stage.name()).or_default() += *nanos as f64 / 1e9;
    }
}

fn write_batches(
    batches: Receiver<Vec<Processed>>,
    mut output: OutputFile,
    mut rejects: Option<OutputFile>,
    closed: &AtomicBool,
) -> io::Result<()> {
    for batch in batches {
        if closed.load(Ordering::Relaxed) {
            continue;
        }
        let written = (|| {
            for item in &batch {
                output.write_all(&item.output)?;
                if let Some(rejects) = rejects.as_mut() {
                    rejects.write_all(&item.rejects)?;
                }
            }
            // Flushed per batch, never per line: downstream readers see progress
            // without paying for a system call per record.
            output.flush()
        })();
        match written {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                closed.store(true, Ordering::Relaxed)
            }
            Err(e) => return Err(e),
        }
    }
    if closed.load(Ordering::Relaxed) {
        // stdout's reader left; what it took is all it wanted. Keep the rejects.
        drop(output);
    } else {
        output.commit()?;
    }
    match rejects {
        Some(rejects) => rejects.commit(),
        None => Ok(()),
    }
}

fn process_record(
    record: RawRecord,
    stages: &[Box<dyn Stage>],
    fields: &RecordFields,
) -> Processed {
    let started = Instant::now();
    let bytes_in = record.payload.byte_len() as u64;
    let mut doc = match record.into_document(fields) {
        Ok(doc) => doc,
        Err(error) => {
            let mut rejects = Vec::new();
            write_json_line(
                &mut rejects,
                &RejectRecord {
                    id: &error.id,
                    stage: "read",
                    reason: error.reason,
                    text: &error.text,
                    source: &error.source,
                    paragraph: None,
                    offset: None,
                    error: Some(&error.message),
                },
            );
            return Processed {
                output: Vec::new(),
                rejects,
                outcome: Outcome::Failed(error),
            };
        }
    };
    let text_bytes_in = text_len(&doc);
    let decode_nanos = nanos_since(started);
    let stage_nanos = stages
        .iter()
        .map(|stage| {
            let started = Instant::now();
            stage.process(&mut doc);
            nanos_since(started)
        })
        .collect();

    let mut rejects = Vec::new();
    for edit in doc.removals() {
        write_json_line(
            &mut rejects,
            &RejectRecord {
                id: &doc.id,
                stage: edit.stage,
                reason: edit.reason,
                text: &edit.text,
                source: &doc.source,
                paragraph: Some(edit.paragraph),
                offset: Some(edit.offset),
                error: None,
            },
        );
    }
    let kept = !doc.is_empty();
    let mut output = Vec::new();
    if kept {
        write_output_line(&mut output, &doc);
    }
    Processed {
        output,
        rejects,
        outcome: Outcome::Done(Box::new(DocStats {
            kept,
            bytes_in,
            text_bytes_in,
            text_bytes_out: if kept { text_len(&doc) } else { 0 },
            encoding: doc.encoding,
            lang: doc.lang,
            script: doc.script,
            removals: doc
                .removals()
                .map(|e| (e.stage, e.reason, e.text.len() as u64))
                .collect(),
            changes: change_counts(&doc),
            decode_nanos,
            stage_nanos,
        })),
    }
}

/// Counted changes plus logged content changes, by stage and kind.
fn change_counts(doc: &Document) -> BTreeMap<&'static str, BTreeMap<&'static str, u64>> {
    let mut changes = doc.changes.clone();
    for edit in doc.edits.iter().filter(|e| e.kind != EditKind::Removed) {
        *changes
            .entry(edit.stage)
            .or_default()
            .entry(edit.reason)
            .or_default() += 1;
    }
    changes
}

fn nanos_since(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX)
}

fn text_len(doc: &Document) -> u64 {
    doc.paragraphs
        .iter()
        .map(|p| p.text.len() as u64 + 1)
        .sum::<u64>()
        .saturating_sub(1)
}

fn write_json_line(buffer: &mut Vec<u8>, value: &impl Serialize) {
    // Serialising these plain structs to memory cannot fail.
    if serde_json::to_writer(&mut *buffer, value).is_ok() {
        buffer.push(b'\n');
    }
}

#[derive(Serialize)]
struct RejectRecord<'a> {
    id: &'a str,
    stage: &'static str,
    reason: &'static str,
    text: &'a str,
    source: &'a Source,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraph: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// Writes `{"id", "text", "lang", "metadata"}` and a newline. The text is escaped
/// straight from the paragraphs, without joining them first.
/// Metadata is the input's fields plus qingxi's own (`source`, `encoding`, `script`,
/// `langs`, `stages`, `flags` and stage annotations); an input field with one of
/// those names is kept as `input_KEY`.
fn write_output_line(out: &mut Vec<u8>, doc: &Document) {
    out.extend_from_slice(b"{\"id\":");
    json::write_string(out, &doc.id);
    out.extend_from_slice(b",\"text\":\"");
    for (i, paragraph) in doc.paragraphs.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\\n");
        }
        json::write_escaped(out, &paragraph.text);
    }
    out.extend_from_slice(b"\",\"lang\":");
    json::write_string(out, doc.lang.unwrap_or("und"));
    out.extend_from_slice(b",\"metadata\":");
    // Serialising a map of JSON values to memory cannot fail.
    let _ = serde_json::to_writer(&mut *out, &output_metadata(doc));
    if !doc.sentences.is_empty() {
        out.extend_from_slice(b",\"sentences\":");
        let _ = serde_json::to_writer(&mut *out, &sentence_records(doc));
    }
    out.extend_from_slice(b"}\n");
}

/// `{"text", "start", "end"}` per sentence, offsets in bytes of the output text.
fn sentence_records(doc: &Document) -> Vec<Value> {
    let mut records = Vec::new();
    let mut paragraph_start = 0;
    for (paragraph, spans) in doc.paragraphs.iter().zip(&doc.sentences) {
        for &(start, end) in spans {
            records.push(serde_json::json!({
                "text": &paragraph.text[start..end],
                "start": paragraph_start + start,
                "end": paragraph_start + end,
            }));
        }
        paragraph_start += paragraph.text.len() + 1;
    }
    records
}

fn output_metadata(doc: &Document) -> Map<String, Value> {
    let mut own = Map::new();
    own.insert("source".into(), serde_json::json!(doc.source));
    own.insert("encoding".into(), doc.encoding.into());
    if let Some(script) = doc.script {
        own.insert("script".into(), script.as_str().into());
    }
    if !doc.lang_shares.is_empty() {
        let shares: Map<String, Value> = doc
            .lang_shares
            .iter()
            .map(|(lang, share)| (lang.to_string(), (*share).into()))
            .collect();
        own.insert("langs".into(), shares.into());
    }
    let mut stages: BTreeMap<&str, BTreeMap<&str, u64>> = doc.changes.clone();
    for edit in &doc.edits {
        *stages
            .entry(edit.stage)
            .or_default()
            .entry(edit.reason)
            .or_default() += 1;
    }
    if !stages.is_empty() {
        own.insert("stages".into(), serde_json::json!(stages));
    }
    let flags: Vec<Value> = doc
        .edits
        .iter()
        .filter(|e| e.kind == EditKind::Flagged)
        .map(|e| {
            serde_json::json!({
                "stage": e.stage, "reason": e.reason, "text": e.text,
                "paragraph": e.paragraph, "offset": e.offset,
            })
        })
        .collect();
    if !flags.is_empty() {
        own.insert("flags".into(), flags.into());
    }
    own.extend(doc.annotations.iter().map(|(k, v)| (k.clone(), v.clone())));

    let mut metadata = Map::with_capacity(doc.metadata.len() + own.len());
    for (key, value) in &doc.metadata {
        let key = if own.contains_key(key) {
            format!("input_{key}")
        } else {
            key.clone()
        };
        metadata.insert(key, value.clone());
    }
    metadata.extend(own);
    metadata
}

impl Progress {
    /// Whether to draw progress on stderr.
    pub fn shown(self) -> bool {
        match self {
            Progress::Always => true,
            Progress::Never => false,
            Progress::Auto => io::stderr().is_terminal(),
        }
    }
}

fn progress_bar(mode: Progress, total_bytes: u64) -> ProgressBar {
    if !mode.shown() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
    let template = if total_bytes > 0 {
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} {msg} ETA {eta}"
    } else {
        "{spinner} [{elapsed_precise}] {bytes} {bytes_per_sec} {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        let source = Source {
            file: "in.jsonl".into(),
            record: 3,
        };
        let mut doc =
            Document::from_text("d\"1".into(), source, "first \"line\"\n第二行\t!", "GBK");
        doc.metadata.insert("url".into(), "u".into());
        doc.metadata.insert("source".into(), "crawl-7".into());
        doc.record_removal("normalize", "control-chars", 0, 2, "\u{7}".into());
        doc
    }

    #[test]
    fn output_lines_are_json_with_the_documented_fields() {
        let mut line = Vec::new();
        write_output_line(&mut line, &doc());
        assert_eq!(line.last(), Some(&b'\n'));
        let value: Value = serde_json::from_slice(&line).unwrap();
        assert_eq!(value["id"], "d\"1");
        assert_eq!(value["text"], "first \"line\"\n第二行\t!");
        assert_eq!(value["lang"], "und");
        let metadata = &value["metadata"];
        assert_eq!(metadata["url"], "u");
        assert_eq!(
            metadata["input_source"], "crawl-7",
            "a clashing input field is renamed"
        );
        assert_eq!(metadata["source"]["record"], 3);
        assert_eq!(metadata["encoding"], "GBK");
        assert_eq!(metadata["stages"]["normalize"]["control-chars"], 1);
    }

    #[test]
    fn a_record_that_fails_goes_to_the_rejects_with_its_error() {
        let record = RawRecord {
            source: Source {
                file: "in.jsonl".into(),
                record: 9,
            },
            default_id: "in:9".into(),
            payload: crate::io::input::Payload::JsonLine(b"{oops".to_vec()),
            stream_encoding: None,
        };
        let processed = process_record(record, &[], &RecordFields::default());
        assert!(processed.output.is_empty());
        let reject: Value = serde_json::from_slice(&processed.rejects).unwrap();
        assert_eq!(
            (reject["stage"].as_str(), reject["reason"].as_str()),
            (Some("read"), Some("invalid-json"))
        );
        assert_eq!(reject["text"], "{oops");
        assert!(matches!(processed.outcome, Outcome::Failed(_)));
    }
}
