//! The `qingxi` command line: thin shells over the pipeline engine.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::io::input::Format;
use crate::io::output::Target;
use crate::pipeline::config::Pipeline;
use crate::pipeline::engine::{self, Job, Progress};
use crate::pipeline::report::Report;
use crate::stages;
use crate::stages::segment::SegmentOptions;

mod align;
mod boilerplate;
mod explain;
mod filters;

/// Exit status when some records could not be processed (the rest were).
const EXIT_RECORDS_FAILED: u8 = 1;
/// Exit status when the run could not start or go on (bad pipeline, unwritable output).
const EXIT_FATAL: u8 = 2;

#[derive(Parser)]
#[command(
    name = "qingxi",
    version,
    about = "Clean scraped Chinese and English web text into training data.",
    long_about = "qingxi (清洗, \"to wash\") turns scraped Chinese and English web text into clean \
                  JSONL training data: it detects encodings, normalizes text, identifies language \
                  and Chinese script, and records every removal in a rejects file.",
    after_help = "Examples:\n  \
        qingxi clean corpus/ -o out/clean.jsonl.gz        clean a folder with the default pipeline\n  \
        zcat crawl.jsonl.gz | qingxi clean - > clean.jsonl   as a filter in a shell pipe\n  \
        qingxi run pipelines/demo.toml                     run a pipeline file\n  \
        qingxi stages                                      list stages and their options\n\n\
        Exit status: 0 all records processed; 1 some records failed (see the errors and the \
        report); 2 the run could not start or go on."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Clean inputs with the default pipeline (or --pipeline's stages).
    #[command(after_help = "Examples:\n  \
        qingxi clean corpus/ -o out/clean.jsonl                 rejects go to out/clean.rejects.jsonl\n  \
        qingxi clean a.jsonl.zst b.txt -o out.jsonl.gz --report report.json\n  \
        qingxi clean --format jsonl --text-field body - < in.jsonl > out.jsonl\n  \
        qingxi clean page.txt --pipeline pipelines/demo.toml --threads 1")]
    Clean(CleanArgs),
    /// Run a pipeline file: its inputs, stages and outputs.
    #[command(after_help = "Example:\n  qingxi run pipelines/demo.toml --threads 4")]
    Run(RunArgs),
    /// Repair mojibake in text (stdin to stdout), like ftfy's command line.
    #[command(
        after_help = "Only decoding and mojibake repair are applied; line structure is kept.\n\
        Garbled text that cannot be repaired is left in place (see --explain).\n\n\
        Examples:\n  \
        qingxi fix < scraped.txt > fixed.txt\n  \
        qingxi fix --explain page.txt > fixed.txt     repairs and garbled spans listed on stderr"
    )]
    Fix(FixArgs),
    /// Convert Traditional Chinese to Simplified (stdin to stdout), like OpenCC's
    /// command line.
    #[command(after_help = "Examples:\n  \
        qingxi convert < traditional.txt > simplified.txt\n  \
        qingxi convert --config tw2sp < taiwan.txt          Taiwan phrases too (軟體 -> 软件)")]
    Convert {
        /// t2s, tw2s, tw2sp, hk2s or hk2sp.
        #[arg(long, default_value = "t2s")]
        config: String,
        /// `rust` (built in), or `opencc`: OpenCC's C++ library, as a reference
        /// (only in builds with the cargo feature `opencc-sys`).
        #[arg(long, default_value = "rust", value_parser = ["rust", "opencc"])]
        backend: String,
        /// The file to convert; stdin when absent or `-`.
        input: Option<PathBuf>,
    },
    /// Split text into sentences (stdin to stdout, one sentence per line).
    #[command(after_help = "Examples:\n  \
        qingxi segment < article.txt\n  \
        qingxi segment --jsonl < article.txt     {\"line\", \"start\", \"end\", \"text\"} per sentence\n  \
        qingxi segment --lang de < artikel.txt   German abbreviations (Nr., z.B., 12. Juni)")]
    Segment {
        /// The file to split; stdin when absent or `-`.
        input: Option<PathBuf>,
        /// One JSON record per sentence with its line and byte offsets in that line
        /// (records only: a line without sentences leaves none).
        #[arg(long)]
        jsonl: bool,
        /// `；` ends a sentence too.
        #[arg(long)]
        semicolon: bool,
        /// Leave an English headline glued to its body (`... in Indonesia At least 384
        /// people ...`), or a headline and byline glued before a news dateline, in one
        /// sentence; by default the body's sentence starts apart.
        #[arg(long)]
        keep_headlines: bool,
        /// The text's language (ISO 639-1: en, de, fr, ru, ...), for its abbreviations;
        /// without it, English rules with the Cyrillic and Greek lists.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Align Chinese–English documents into sentence (or paragraph) pairs.
    #[command(
        after_help = "Each side is cleaned by the default pipeline's stages (or --pipeline's),\n\
        Traditional Chinese becomes Simplified, paragraphs are aligned, then sentences\n\
        within aligned paragraphs.\n\n\
        Examples:\n  \
        qingxi align --zh a.zh.txt --en a.en.txt -o pairs.jsonl       one document pair\n  \
        qingxi align docs/ -o pairs.jsonl.gz                         NAME.zh.* with NAME.en.*\n  \
        qingxi align pairs.jsonl --zh-field source --en-field target  a pair per record\n  \
        qingxi align page.txt                                        a bilingual page\n  \
        qingxi align docs/ --format moses -o train                   train.zh and train.en\n  \
        qingxi align --presegmented --format beads --zh z.txt --en e.txt   [0]:[0,1] lines"
    )]
    Align(align::AlignArgs),
    /// Show each document with every removed or changed span marked and its reason.
    #[command(
        after_help = "Removed text is shown struck through in red on a terminal and as\n\
        [-text-] stage/reason otherwise; repairs as {~before -> after~}.\n\n\
        Examples:\n  \
        qingxi explain corpus/003_5a3ee361bfa30e31.txt\n  \
        qingxi explain page.txt --pipeline pipelines/demo.toml | less -R"
    )]
    Explain {
        /// Files or folders; `-` reads stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Use this pipeline file's stages instead of the default pipeline's.
        #[arg(long)]
        pipeline: Option<PathBuf>,
        #[command(flatten)]
        records: RecordArgs,
    },
    /// Count lines across documents, for the repeated_lines stage.
    #[command(subcommand)]
    Boilerplate(BoilerplateCommand),
    /// List the stages a pipeline can use, with their options.
    Stages,
}

/// How input records are laid out, for the commands that read documents.
#[derive(Args)]
struct RecordArgs {
    /// Input layout.
    #[arg(long, value_enum, default_value = "auto")]
    format: Format,
    /// JSONL field holding the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSONL field holding the document id.
    #[arg(long, default_value = "id")]
    id_field: String,
}

impl RecordArgs {
    fn fields(&self) -> crate::io::input::RecordFields {
        crate::io::input::RecordFields {
            text: self.text_field.clone(),
            id: self.id_field.clone(),
        }
    }
}

#[derive(Subcommand)]
enum BoilerplateCommand {
    /// Count in how many documents each line occurs (normalized: case, digits and
    /// punctuation ignored).
    #[command(after_help = "Examples:\n  \
        qingxi boilerplate count shard-00/ -o shard-00.counts\n  \
        qingxi boilerplate merge shard-*.counts -o site.counts\n\n\
        Then, in a pipeline file:\n  \
        [[stage]]\n  name = \"repeated_lines\"\n  counts = \"site.counts\"\n  min_docs = 2")]
    Count {
        /// Files or folders; `-` reads stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The table to write.
        #[arg(long, short = 'o')]
        output: PathBuf,
        #[command(flatten)]
        records: RecordArgs,
        /// Worker threads (0: one per core).
        #[arg(long, short = 'j', default_value_t = 0)]
        threads: usize,
    },
    /// Add up tables made by `count` (for shards of one source).
    Merge {
        #[arg(required = true)]
        tables: Vec<PathBuf>,
        #[arg(long, short = 'o')]
        output: PathBuf,
    },
}

#[derive(Args)]
struct FixArgs {
    /// The file to fix; stdin when absent or `-`.
    input: Option<PathBuf>,
    /// List each repair and each garbled span, with its kind and LINE:COLUMN, on stderr.
    #[arg(long)]
    explain: bool,
}

#[derive(Args)]
struct CommonArgs {
    /// Worker threads (0: one per core). Output is identical for every value.
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// No progress bar and no summary (errors are still printed).
    #[arg(long, short = 'q', conflicts_with = "progress")]
    quiet: bool,
    /// Draw the progress bar even when stderr is not a terminal.
    #[arg(long)]
    progress: bool,
}

impl CommonArgs {
    fn progress(&self) -> Progress {
        if self.quiet {
            Progress::Never
        } else if self.progress {
            Progress::Always
        } else {
            Progress::Auto
        }
    }
}

#[derive(Args)]
struct CleanArgs {
    /// Files or folders (read recursively, in sorted order); `-` reads stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Clean documents as JSONL (`.gz`/`.zst` compress); `-` is stdout.
    #[arg(long, short = 'o', default_value = "-")]
    output: PathBuf,
    /// Removed spans and unreadable records as JSONL. Default: beside the output
    /// (OUT.rejects.jsonl); with stdout output, not kept unless given.
    #[arg(long)]
    rejects: Option<PathBuf>,
    /// Write the run report (JSON) here.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Use this pipeline file's stages (and run settings) instead of the default.
    #[arg(long)]
    pipeline: Option<PathBuf>,
    /// Add `sentences` (text and offsets) to each output document.
    #[arg(long)]
    sentences: bool,
    /// Input layout.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// JSONL field holding the text.
    #[arg(long)]
    text_field: Option<String>,
    /// JSONL field holding the document id.
    #[arg(long)]
    id_field: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct RunArgs {
    /// The pipeline file (TOML).
    pipeline: PathBuf,
    #[command(flatten)]
    common: CommonArgs,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Clean(args) => clean(args),
        Command::Run(args) => run(args),
        Command::Fix(args) => filters::fix(args.input.as_deref(), args.explain),
        Command::Convert {
            config,
            input,
            backend,
        } => filters::convert(input.as_deref(), &config, &backend),
        Command::Segment {
            input,
            jsonl,
            semicolon,
            keep_headlines,
            lang,
        } => {
            let options = SegmentOptions {
                semicolon_ends_sentence: semicolon,
                keep_glued_headlines: keep_headlines,
                ..SegmentOptions::default()
            };
            filters::segment(input.as_deref(), jsonl, &options, lang.as_deref())
        }
        Command::Align(args) => align::align(args),
        Command::Explain {
            inputs,
            pipeline,
            records,
        } => explain::explain(
            &inputs,
            pipeline.as_deref(),
            records.format,
            &records.fields(),
        ),
        Command::Boilerplate(BoilerplateCommand::Count {
            inputs,
            output,
            records,
            threads,
        }) => boilerplate::count(&inputs, records.format, &records.fields(), &output, threads),
        Command::Boilerplate(BoilerplateCommand::Merge { tables, output }) => {
            boilerplate::merge(&tables, &output)
        }
        Command::Stages => {
            print_stages();
            Ok(ExitCode::SUCCESS)
        }
    };
    result.unwrap_or_else(|error| {
        eprintln!("qingxi: error: {error:#}");
        ExitCode::from(EXIT_FATAL)
    })
}

fn clean(args: CleanArgs) -> anyhow::Result<ExitCode> {
    let pipeline = match &args.pipeline {
        Some(path) => Pipeline::load(path)?,
        None => Pipeline::default_pipeline(),
    };
    let mut pipeline = pipeline;
    if args.sentences && !pipeline.stages.iter().any(|s| s.name() == "segment") {
        let segment =
            (stages::segment::SPEC.build)(toml::Table::new()).map_err(anyhow::Error::msg)?;
        pipeline.stages.push(segment);
    }
    let output = Target::parse(&args.output);
    let rejects = args
        .rejects
        .as_deref()
        .map(Target::parse)
        .or_else(|| rejects_beside(&output));
    let mut fields = pipeline.input.fields();
    if let Some(text) = args.text_field {
        fields.text = text;
    }
    if let Some(id) = args.id_field {
        fields.id = id;
    }
    let job = Job {
        pipeline: pipeline.name,
        inputs: args.inputs,
        format: args.format.unwrap_or(pipeline.input.format),
        fields,
        stages: pipeline.stages,
        output,
        rejects,
        report: args.report,
        threads: args.common.threads.unwrap_or(pipeline.run.threads),
        batch: pipeline.run.batch_limits(),
        progress: args.common.progress(),
    };
    execute(job, args.common.quiet)
}

fn run(args: RunArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::load(&args.pipeline)?;
    if pipeline.input.paths.is_empty() {
        anyhow::bail!(
            "{}: [input] paths is empty: name the files or folders to read (or use `qingxi clean INPUT...`)",
            args.pipeline.display()
        );
    }
    let output = pipeline
        .output
        .path
        .as_deref()
        .map_or(Target::Stdout, Target::parse);
    let rejects = pipeline
        .output
        .rejects
        .as_deref()
        .map(Target::parse)
        .or_else(|| rejects_beside(&output));
    let job = Job {
        fields: pipeline.input.fields(),
        pipeline: pipeline.name,
        inputs: pipeline.input.paths,
        format: pipeline.input.format,
        stages: pipeline.stages,
        output,
        rejects,
        report: pipeline.output.report,
        threads: args.common.threads.unwrap_or(pipeline.run.threads),
        batch: pipeline.run.batch_limits(),
        progress: args.common.progress(),
    };
    execute(job, args.common.quiet)
}

fn execute(job: Job, quiet: bool) -> anyhow::Result<ExitCode> {
    let output = job.output.describe();
    let rejects = job.rejects.as_ref().map(Target::describe);
    let report_path = job.report.clone();
    let report = engine::run(job)?;
    if !quiet {
        print_summary(&report, &output, rejects.as_deref(), report_path.as_deref());
    }
    Ok(if report.has_failures() {
        ExitCode::from(EXIT_RECORDS_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_summary(report: &Report, output: &str, rejects: Option<&str>, report_path: Option<&Path>) {
    eprintln!("{}", report.summary());
    let removed = report.removed().count + report.docs_failed;
    match rejects {
        Some(rejects) => eprintln!("qingxi: output: {output}; rejects: {rejects}"),
        None if removed > 0 => eprintln!(
            "qingxi: output: {output}; {removed} removed spans and failed records were not saved: \
             pass --rejects FILE to keep them"
        ),
        None => eprintln!("qingxi: output: {output}"),
    }
    if let Some(path) = report_path {
        eprintln!("qingxi: report: {}", path.display());
    }
    if report.has_failures() {
        eprintln!(
            "qingxi: {} record(s) failed; they are listed above{} and kept in the rejects",
            report.error_count,
            if report_path.is_some() {
                " and in the report"
            } else {
                ""
            }
        );
    }
}

/// `out/clean.jsonl.gz` → `out/clean.rejects.jsonl.gz`; stdout has no default.
fn rejects_beside(output: &Target) -> Option<Target> {
    let Target::File(path) = output else {
        return None;
    };
    let name = path.file_name()?.to_string_lossy().into_owned();
    let (stem, compression) = ["", ".gz", ".zst", ".zstd"]
        .iter()
        .rev()
        .find_map(|ext| name.strip_suffix(ext).map(|stem| (stem, *ext)))
        .unwrap_or((name.as_str(), ""));
    let stem = [".jsonl", ".ndjson", ".json"]
        .iter()
        .find_map(|ext| stem.strip_suffix(ext))
        .unwrap_or(stem);
    Some(Target::File(path.with_file_name(format!(
        "{stem}.rejects.jsonl{compression}"
    ))))
}

fn print_stages() {
    println!("Stages (in the default pipeline's order):\n");
    for spec in stages::REGISTRY {
        println!("  {:<12} {}", spec.name, spec.summary);
        println!("  {:<12} options: {}\n", "", (spec.options)().join(", "));
    }
    println!("Use them in a pipeline file:\n\n  [[stage]]\n  name = \"normalize\"\n  nfc = true");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_go_beside_the_output() {
        let beside = |p: &str| rejects_beside(&Target::File(p.into())).map(|t| t.describe());
        assert_eq!(
            beside("out/a.jsonl").as_deref(),
            Some("out/a.rejects.jsonl")
        );
        assert_eq!(
            beside("out/a.jsonl.gz").as_deref(),
            Some("out/a.rejects.jsonl.gz")
        );
        assert_eq!(beside("a.zst").as_deref(), Some("a.rejects.jsonl.zst"));
        assert_eq!(rejects_beside(&Target::Stdout), None);
    }

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
