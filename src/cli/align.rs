//! `qingxi align`: Chinese–English document pairs in, aligned pairs out.
//!
//! Inputs: two files (`--zh A --en B`); folders of `NAME.zh.*` / `NAME.en.*` pairs;
//! JSONL with a document pair per record; any other file is a bilingual page, split
//! by language. Each side is cleaned by the pipeline's stages (Traditional becomes
//! Simplified), split into sentences, then aligned: paragraphs, then sentences within
//! aligned paragraphs. Documents are aligned in parallel; output keeps input order.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use serde_json::{Map, Value, json};

use super::{EXIT_RECORDS_FAILED, rejects_beside};
use crate::align::beads;
use crate::align::sides::{PairFilter, PairTexts, SideText, paragraph_language};
use crate::align::{Aligner, Level, Lexicon, Pair};
use crate::document::{Document, Source};
use crate::io::compression::decompressing_reader;
use crate::io::encoding;
use crate::io::output::{OutputFile, Target};
use crate::pipeline::config::Pipeline;
use crate::stages::Stage;
use crate::stages::convert::opencc;
use crate::stages::segment::{SegmentOptions, Segmenter};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One pair per line: {id, pair, zh, en, indices, bead, score}.
    Jsonl,
    /// `[zh ids]:[en ids]` per bead, as alignment gold sets are written.
    Beads,
    /// Moses-style parallel text: OUT.zh and OUT.en, line by line.
    Moses,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    Paragraph,
    Sentence,
}

#[derive(Args)]
pub struct AlignArgs {
    /// Folders of NAME.zh.* / NAME.en.* pairs, JSONL files of pairs, or bilingual pages.
    inputs: Vec<PathBuf>,
    /// The Chinese document of a pair (with --en).
    #[arg(long, requires = "en")]
    zh: Option<PathBuf>,
    /// The English document of a pair (with --zh).
    #[arg(long, requires = "zh")]
    en: Option<PathBuf>,
    /// Where to write: a file (`.gz`/`.zst` compress) or `-` for stdout; for
    /// `--format moses` the prefix of OUT.zh and OUT.en; for `--format beads` over
    /// several documents, a folder (one NAME.align each).
    #[arg(long, short = 'o', default_value = "-")]
    output: PathBuf,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: OutputFormat,
    /// The unit of the output pairs.
    #[arg(long, value_enum, default_value = "sentence")]
    level: LevelArg,
    /// Inputs are already one sentence per line (blank lines between paragraphs):
    /// no cleaning, no splitting; bead ids are the non-blank line numbers from 0.
    #[arg(long)]
    presegmented: bool,
    /// Keep 1-0 and 0-1 beads (text with no counterpart) in JSONL output.
    #[arg(long)]
    keep_unaligned: bool,
    /// Drop pairs scoring below this (0–1).
    #[arg(long, default_value_t = 0.0)]
    min_score: f64,
    /// A lexicon (`WORD<TAB>english words`, one Chinese word a line) added to the
    /// built-in CC-CEDICT one.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Use only --lexicon's entries, not the built-in lexicon.
    #[arg(long, requires = "lexicon")]
    lexicon_only: bool,
    /// Clean with this pipeline file's stages instead of the default pipeline's.
    #[arg(long)]
    pipeline: Option<PathBuf>,
    /// JSONL field holding the Chinese document.
    #[arg(long, default_value = "zh")]
    zh_field: String,
    /// JSONL field holding the English document.
    #[arg(long, default_value = "en")]
    en_field: String,
    /// JSONL field holding the pair's id (absent: FILE:LINE).
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Removed spans (cleaning) and failed documents as JSONL. Default: beside the
    /// output (OUT.rejects.jsonl); with stdout output, not kept unless given.
    #[arg(long)]
    rejects: Option<PathBuf>,
    #[command(flatten)]
    common: super::CommonArgs,
}

/// One unit of work: a document pair, or a bilingual page.
enum Task {
    Pair { id: String, zh: String, en: String },
    Bilingual { id: String, text: String },
}

/// A task that could not even be read, named by file (and record).
struct TaskError {
    place: String,
    message: String,
}

struct Aligned {
    id: String,
    zh: SideText,
    en: SideText,
    pairs: Vec<Pair>,
    rejects: Vec<Value>,
}

/// Documents per parallel batch: enough to keep every core busy, few enough to
/// stream large inputs.
const BATCH: usize = 256;

struct Worker {
    aligner: Aligner,
    segmenter: Segmenter,
    stages: Vec<Box<dyn Stage>>,
    presegmented: bool,
    level: Level,
}

pub fn align(args: AlignArgs) -> anyhow::Result<ExitCode> {
    let tasks = tasks(&args)?;
    let lexicon = match &args.lexicon {
        Some(path) => {
            Arc::new(Lexicon::from_file(path, !args.lexicon_only).map_err(anyhow::Error::msg)?)
        }
        None => Lexicon::embedded().map_err(anyhow::Error::msg)?,
    };
    let pipeline = match &args.pipeline {
        Some(path) => Pipeline::load(path)?,
        None => Pipeline::default_pipeline(),
    };
    let worker = Worker {
        aligner: Aligner::new(lexicon),
        segmenter: Segmenter::new(&SegmentOptions::default()).map_err(anyhow::Error::msg)?,
        stages: pipeline
            .stages
            .into_iter()
            .filter(|s| !matches!(s.name(), "segment" | "align"))
            .collect(),
        presegmented: args.presegmented,
        level: match args.level {
            LevelArg::Paragraph => Level::Paragraph,
            LevelArg::Sentence => Level::Sentence,
        },
    };
    let mut writer = Writer::new(&args)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.common.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let progress = progress_spinner(args.common.progress());
    let mut failed = 0usize;
    let mut batch = Vec::with_capacity(BATCH);
    let mut tasks = tasks.into_iter().peekable();
    while tasks.peek().is_some() {
        batch.clear();
        batch.extend(tasks.by_ref().take(BATCH));
        let results: Vec<Result<Aligned, TaskError>> = pool.install(|| {
            batch
                .par_drain(..)
                .map(|task| task.and_then(|t| worker.run(t)))
                .collect()
        });
        progress.inc(results.len() as u64);
        for result in results {
            match result {
                Ok(aligned) => writer.write(&aligned)?,
                Err(error) => {
                    failed += 1;
                    eprintln!("qingxi: {}: {}", error.place, error.message);
                    writer.reject(json!({
                        "id": error.place, "stage": "read", "reason": "unreadable",
                        "error": error.message,
                    }))?;
                }
            }
        }
    }
    progress.finish_and_clear();
    writer.finish(args.common.quiet, failed)?;
    Ok(if failed > 0 {
        ExitCode::from(EXIT_RECORDS_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}

/// Documents done and their rate, on stderr when it is a terminal (or when asked).
fn progress_spinner(mode: crate::pipeline::engine::Progress) -> indicatif::ProgressBar {
    if !mode.shown() {
        return indicatif::ProgressBar::hidden();
    }
    let spinner =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {pos} document pairs aligned ({per_sec})",
    ) {
        spinner.set_style(style);
    }
    spinner.enable_steady_tick(std::time::Duration::from_millis(200));
    spinner
}

impl Worker {
    fn run(&self, task: Task) -> Result<Aligned, TaskError> {
        let (id, zh, en, rejects) = match task {
            Task::Pair { id, zh, en } if self.presegmented => (
                id,
                SideText::presegmented(&zh),
                SideText::presegmented(&en),
                Vec::new(),
            ),
            Task::Pair { id, zh, en } => {
                let mut rejects = Vec::new();
                let zh_doc = self.clean(&id, "zh", &zh, &mut rejects);
                let en_doc = self.clean(&id, "en", &en, &mut rejects);
                let zh = SideText::from_document(&zh_doc, &self.segmenter, |_| true);
                let en = SideText::from_document(&en_doc, &self.segmenter, |_| true);
                (id, zh, en, rejects)
            }
            Task::Bilingual { id, text } => {
                let mut rejects = Vec::new();
                let doc = self.clean(&id, "page", &text, &mut rejects);
                for p in doc
                    .paragraphs
                    .iter()
                    .filter(|p| paragraph_language(p).is_none())
                {
                    rejects.push(json!({
                        "id": id, "side": "page", "stage": "align", "reason": "not-zh-or-en",
                        "text": p.text, "paragraph": p.origin, "offset": 0,
                    }));
                }
                let side = |lang| {
                    SideText::from_document(&doc, &self.segmenter, |p| {
                        paragraph_language(p) == Some(lang)
                    })
                };
                (id.clone(), side("zh"), side("en"), rejects)
            }
        };
        let pairs = if self.presegmented {
            // Pre-segmented text is not cleaned, so Traditional Chinese is converted
            // here, for the lexicon only; the output keeps the text as given.
            let converter = opencc::shared("t2s").map_err(|message| TaskError {
                place: id.clone(),
                message,
            })?;
            let simplified: Vec<Vec<String>> = zh
                .paragraphs
                .iter()
                .map(|p| p.iter().map(|s| converter.convert(s)).collect())
                .collect();
            self.aligner
                .align_document(&simplified, &en.paragraphs, self.level)
        } else {
            self.aligner
                .align_document(&zh.paragraphs, &en.paragraphs, self.level)
        };
        Ok(Aligned {
            id,
            zh,
            en,
            pairs,
            rejects,
        })
    }

    /// Runs the cleaning stages on one side; what they remove goes to `rejects`.
    fn clean(&self, id: &str, side: &str, text: &str, rejects: &mut Vec<Value>) -> Document {
        let source = Source {
            file: id.to_string(),
            record: 1,
        };
        let mut doc = Document::from_text(id.to_string(), source, text, "utf-8");
        for stage in &self.stages {
            stage.process(&mut doc);
        }
        for edit in doc.removals() {
            rejects.push(json!({
                "id": id, "side": side, "stage": edit.stage, "reason": edit.reason,
                "text": edit.text, "paragraph": edit.paragraph, "offset": edit.offset,
            }));
        }
        doc
    }
}

/// Reads a whole file, decompressed and decoded.
fn read_document(path: &Path) -> Result<String, TaskError> {
    let error = |message: String| TaskError {
        place: path.display().to_string(),
        message,
    };
    let file = std::fs::File::open(path).map_err(|e| error(format!("cannot open: {e}")))?;
    let mut bytes = Vec::new();
    decompressing_reader(Box::new(file))
        .and_then(|mut reader| reader.read_to_end(&mut bytes))
        .map_err(|e| error(format!("cannot read: {e}")))?;
    Ok(encoding::decode(bytes).text)
}

fn is_jsonl(path: &Path) -> bool {
    let name = path.to_string_lossy();
    let name = [".gz", ".zst", ".zstd"]
        .iter()
        .find_map(|ext| name.strip_suffix(ext))
        .unwrap_or(&name);
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

/// `NAME` and the language of `NAME.zh.txt` / `NAME.en.txt.gz`.
fn pair_name(path: &Path) -> Option<(String, &'static str)> {
    let name = path.file_name()?.to_str()?;
    for (marker, lang) in [(".zh.", "zh"), (".en.", "en")] {
        if let Some(at) = name.find(marker) {
            return Some((name[..at].to_string(), lang));
        }
    }
    None
}

fn file_stem(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    pair_name(path)
        .map(|(stem, _)| stem)
        .unwrap_or_else(|| name.split('.').next().unwrap_or(&name).to_string())
}

type TaskResult = Result<Task, TaskError>;

/// The tasks the arguments name, in order (JSONL files are read lazily).
fn tasks(args: &AlignArgs) -> anyhow::Result<Box<dyn Iterator<Item = TaskResult> + Send>> {
    let mut sources: Vec<Box<dyn Iterator<Item = TaskResult> + Send>> = Vec::new();
    if let (Some(zh), Some(en)) = (&args.zh, &args.en) {
        let task = read_document(zh)
            .and_then(|zh_text| Ok((zh_text, read_document(en)?)))
            .map(|(zh_text, en_text)| Task::Pair {
                id: file_stem(zh),
                zh: zh_text,
                en: en_text,
            });
        sources.push(Box::new(std::iter::once(task)));
    }
    if args.inputs.is_empty() && args.zh.is_none() {
        anyhow::bail!(
            "nothing to align: give --zh FILE --en FILE, a folder of NAME.zh.*/NAME.en.* \
             pairs, a JSONL file of pairs, or a bilingual page (see `qingxi align --help`)"
        );
    }
    for input in &args.inputs {
        if input.is_dir() {
            sources.push(Box::new(folder_tasks(input).into_iter()));
        } else if is_jsonl(input) {
            sources.push(Box::new(jsonl_tasks(
                input,
                args.zh_field.clone(),
                args.en_field.clone(),
                args.id_field.clone(),
            )));
        } else {
            let task = read_document(input).map(|text| Task::Bilingual {
                id: file_stem(input),
                text,
            });
            sources.push(Box::new(std::iter::once(task)));
        }
    }
    Ok(Box::new(sources.into_iter().flatten()))
}

/// The pairs of a folder, matched by name; a file without its counterpart is an error.
fn folder_tasks(dir: &Path) -> Vec<TaskResult> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| Some(e.ok()?.path()))
            .filter(|p| p.is_file())
            .collect(),
        Err(e) => {
            return vec![Err(TaskError {
                place: dir.display().to_string(),
                message: format!("cannot list folder: {e}"),
            })];
        }
    };
    files.sort();
    let mut pairs: std::collections::BTreeMap<String, [Option<PathBuf>; 2]> = Default::default();
    for file in files {
        if let Some((name, lang)) = pair_name(&file) {
            pairs.entry(name).or_default()[usize::from(lang == "en")] = Some(file);
        }
    }
    pairs
        .into_iter()
        .map(|(name, [zh, en])| match (zh, en) {
            (Some(zh), Some(en)) => Ok(Task::Pair {
                id: name,
                zh: read_document(&zh)?,
                en: read_document(&en)?,
            }),
            (Some(one), None) | (None, Some(one)) => Err(TaskError {
                place: one.display().to_string(),
                message: format!(
                    "no counterpart: expected {name}.zh.* and {name}.en.* in the same folder"
                ),
            }),
            (None, None) => unreachable!("a name is entered with one of its files"),
        })
        .collect()
}

/// One task per JSONL record with the two fields.
fn jsonl_tasks(
    path: &Path,
    zh_field: String,
    en_field: String,
    id_field: String,
) -> impl Iterator<Item = TaskResult> + Send + use<> {
    let name = path.display().to_string();
    let opened = std::fs::File::open(path)
        .and_then(|file| decompressing_reader(Box::new(file)))
        .map(BufReader::new);
    let (reader, open_error) = match opened {
        Ok(reader) => (Some(reader), None),
        Err(e) => (
            None,
            Some(Err(TaskError {
                place: name.clone(),
                message: format!("cannot open: {e}"),
            })),
        ),
    };
    let records = reader
        .into_iter()
        .flat_map(|r| r.lines())
        .enumerate()
        .filter_map(move |(n, line)| {
            let place = format!("{name}:{}", n + 1);
            let error = |message: String| {
                Some(Err(TaskError {
                    place: place.clone(),
                    message,
                }))
            };
            let line = match line {
                Ok(line) => line,
                Err(e) => return error(format!("cannot read: {e}")),
            };
            if line.trim().is_empty() {
                return None;
            }
            let record: Map<String, Value> = match serde_json::from_str(&line) {
                Ok(record) => record,
                Err(e) => return error(format!("not a JSON object: {e}")),
            };
            let text = |field: &str| {
                record
                    .get(field)
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            let (Some(zh), Some(en)) = (text(&zh_field), text(&en_field)) else {
                return error(format!(
                    "the record needs string fields {zh_field:?} and {en_field:?} \
                     (set others with --zh-field and --en-field)"
                ));
            };
            let id = match record.get(&id_field) {
                Some(Value::String(id)) => id.clone(),
                Some(other) => other.to_string(),
                None => place.clone(),
            };
            Some(Ok(Task::Pair { id, zh, en }))
        });
    open_error.into_iter().chain(records)
}

/// The outputs, written in input order.
struct Writer {
    format: OutputFormat,
    level: Level,
    filter: PairFilter,
    main: Option<OutputFile>,
    moses: Option<[OutputFile; 2]>,
    bead_folder: Option<PathBuf>,
    rejects: Option<OutputFile>,
    documents: usize,
    written: usize,
    kinds: std::collections::BTreeMap<String, usize>,
}

impl Writer {
    fn new(args: &AlignArgs) -> anyhow::Result<Writer> {
        let create = |target: &Target| {
            OutputFile::create(target)
                .with_context(|| format!("cannot create {}", target.describe()))
        };
        let output = Target::parse(&args.output);
        let several = args.inputs.iter().any(|p| p.is_dir() || is_jsonl(p))
            || args.inputs.len() + usize::from(args.zh.is_some()) > 1;
        let (mut main, mut moses, mut bead_folder) = (None, None, None);
        match args.format {
            OutputFormat::Moses => {
                let Target::File(prefix) = &output else {
                    anyhow::bail!(
                        "--format moses writes two files: give their prefix with -o OUT (OUT.zh, OUT.en)"
                    );
                };
                let side =
                    |ext: &str| Target::File(PathBuf::from(format!("{}.{ext}", prefix.display())));
                moses = Some([create(&side("zh"))?, create(&side("en"))?]);
            }
            OutputFormat::Beads if several => {
                let Target::File(dir) = &output else {
                    anyhow::bail!(
                        "--format beads over several documents writes one NAME.align each: give a folder with -o DIR"
                    );
                };
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create folder {}", dir.display()))?;
                bead_folder = Some(dir.clone());
            }
            _ => main = Some(create(&output)?),
        }
        let rejects_target = args.rejects.as_deref().map(Target::parse).or_else(|| {
            if args.format == OutputFormat::Jsonl {
                rejects_beside(&output)
            } else {
                None
            }
        });
        let rejects = rejects_target.as_ref().map(create).transpose()?;
        Ok(Writer {
            format: args.format,
            level: match args.level {
                LevelArg::Paragraph => Level::Paragraph,
                LevelArg::Sentence => Level::Sentence,
            },
            filter: PairFilter {
                keep_unaligned: args.keep_unaligned,
                min_score: args.min_score,
            },
            main,
            moses,
            bead_folder,
            rejects,
            documents: 0,
            written: 0,
            kinds: Default::default(),
        })
    }

    fn reject(&mut self, record: Value) -> anyhow::Result<()> {
        if let Some(rejects) = self.rejects.as_mut() {
            writeln!(rejects, "{record}").context("cannot write the rejects")?;
        }
        Ok(())
    }

    fn write(&mut self, aligned: &Aligned) -> anyhow::Result<()> {
        self.documents += 1;
        for record in &aligned.rejects {
            self.reject(record.clone())?;
        }
        for pair in &aligned.pairs {
            *self.kinds.entry(pair.kind(self.level)).or_default() += 1;
        }
        match self.format {
            OutputFormat::Beads => {
                let text = beads::format(aligned.pairs.iter().map(Pair::sentence_ids));
                self.written += aligned.pairs.len();
                match (&self.bead_folder, self.main.as_mut()) {
                    (Some(dir), _) => {
                        let path =
                            dir.join(format!("{}.align", aligned.id.replace(['/', '\\'], "_")));
                        crate::io::output::write_atomically(&path, text.as_bytes())
                            .with_context(|| format!("cannot write {}", path.display()))?;
                    }
                    (None, Some(out)) => out
                        .write_all(text.as_bytes())
                        .context("cannot write the output")?,
                    (None, None) => {}
                }
            }
            OutputFormat::Jsonl => {
                let Some(out) = self.main.as_mut() else {
                    return Ok(());
                };
                let texts = PairTexts::new(&aligned.zh, &aligned.en);
                for (index, pair) in aligned
                    .pairs
                    .iter()
                    .filter(|p| self.filter.keeps(p))
                    .enumerate()
                {
                    let mut record = Map::new();
                    record.insert("id".into(), json!(aligned.id));
                    record.insert("pair".into(), json!(index));
                    for (key, value) in texts.fields(pair, self.level) {
                        record.insert(key.into(), value);
                    }
                    writeln!(out, "{}", Value::Object(record))
                        .context("cannot write the output")?;
                    self.written += 1;
                }
            }
            OutputFormat::Moses => {
                let Some([zh_out, en_out]) = self.moses.as_mut() else {
                    return Ok(());
                };
                let filter = PairFilter {
                    keep_unaligned: false,
                    ..self.filter
                };
                let texts = PairTexts::new(&aligned.zh, &aligned.en);
                // One pair a line: line breaks inside a pair would shift the files.
                let line = |text: String| text.replace(['\n', '\r'], " ");
                for pair in aligned.pairs.iter().filter(|p| filter.keeps(p)) {
                    writeln!(zh_out, "{}", line(texts.zh(pair))).context("cannot write OUT.zh")?;
                    writeln!(en_out, "{}", line(texts.en(pair))).context("cannot write OUT.en")?;
                    self.written += 1;
                }
            }
        }
        Ok(())
    }

    fn finish(self, quiet: bool, failed: usize) -> anyhow::Result<()> {
        let commit = |file: OutputFile| file.commit().context("cannot finish an output file");
        if let Some(main) = self.main {
            commit(main)?;
        }
        if let Some([zh, en]) = self.moses {
            commit(zh)?;
            commit(en)?;
        }
        if let Some(rejects) = self.rejects {
            commit(rejects)?;
        }
        if !quiet {
            let kinds: Vec<String> = self.kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
            eprintln!(
                "qingxi align: {} document pairs, {} written ({}), {failed} failed",
                self.documents,
                self.written,
                kinds.join(", ")
            );
        }
        Ok(())
    }
}
