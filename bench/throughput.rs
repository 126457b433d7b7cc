//! Throughput of read → normalize → write, and of the whole default pipeline, on a
//! generated corpus of mixed Chinese and English JSONL documents.
//!
//!   cargo bench --bench throughput
//!
//! Environment: QINGXI_BENCH_MB (corpus size, default 300), QINGXI_BENCH_RUNS
//! (repetitions per setting, default 3; the median is reported), QINGXI_BENCH_THREADS
//! (comma-separated thread counts; default 1, 2, 4, ... up to the cores available).
//! The corpus is built once under target/bench-data/ from the pages in corpus/, with
//! the damage scraping leaves (glued sentences, no-break and zero-width characters,
//! doubled spaces, ideographic indentation) mixed in.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use qingxi::io::encoding;
use qingxi::io::input::{Format, RecordFields};
use qingxi::io::output::Target;
use qingxi::pipeline::config::Pipeline;
use qingxi::pipeline::engine::{self, BatchLimits, Job, Progress};
use qingxi::stages::{self, Stage};

mod common;
use common::env_number;

/// A small deterministic generator (xorshift), so every machine builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn paragraphs_of_corpus(repo: &Path) -> (Vec<String>, Vec<String>) {
    let (mut zh, mut en) = (Vec::new(), Vec::new());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo.join("corpus"))
        .expect("corpus/ exists")
        .map(|e| e.expect("readable corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path).expect("readable corpus file");
        for line in encoding::decode(bytes).text.lines() {
            let line = line.trim();
            if line.chars().count() < 20 {
                continue;
            }
            if line.chars().any(qingxi::text::is_han) {
                zh.push(line.to_string());
            } else {
                en.push(line.to_string());
            }
        }
    }
    (zh, en)
}

fn damage(rng: &mut Rng, paragraph: &str) -> String {
    match rng.below(10) {
        0 => paragraph.replacen(". ", ".", 1),
        1 => paragraph.replacen(' ', "\u{A0}", 2),
        2 => format!("\u{3000}\u{3000}{paragraph}"),
        3 => paragraph.replacen(' ', "  ", 1) + " ",
        4 => {
            let cut = paragraph.char_indices().nth(7).map_or(0, |(i, _)| i);
            format!("{}\u{200B}{}", &paragraph[..cut], &paragraph[cut..])
        }
        _ => paragraph.to_string(),
    }
}

fn build_corpus(repo: &Path, path: &Path, megabytes: usize) {
    let (zh, en) = paragraphs_of_corpus(repo);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out =
        std::io::BufWriter::new(std::fs::File::create(path).expect("bench data is writable"));
    let (mut written, mut id) = (0usize, 0u64);
    while written < megabytes * 1_000_000 {
        let pool = if rng.below(2) == 0 { &zh } else { &en };
        let paragraphs: Vec<String> = (0..3 + rng.below(20))
            .map(|_| {
                let pick = rng.below(pool.len());
                damage(&mut rng, &pool[pick])
            })
            .collect();
        let record = serde_json::json!({
            "id": format!("bench-{id}"),
            "text": paragraphs.join("\n"),
            "url": format!("https://example.com/news/{id}.html"),
        });
        let line = record.to_string();
        written += line.len() + 1;
        writeln!(out, "{line}").expect("bench data is writable");
        id += 1;
    }
    out.flush().expect("bench data is writable");
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn stages_named(names: &[&str]) -> Vec<Box<dyn Stage>> {
    names
        .iter()
        .map(|name| {
            let spec = stages::find(name).expect("registered stage");
            (spec.build)(toml::Table::new()).expect("default options build")
        })
        .collect()
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data_dir = repo.join("target/bench-data");
    std::fs::create_dir_all(&data_dir).expect("target/ is writable");
    let megabytes = env_number("QINGXI_BENCH_MB", 300);
    let runs = env_number("QINGXI_BENCH_RUNS", 3).max(1);
    let input = data_dir.join(format!("mixed-{megabytes}mb.jsonl"));
    if !input.exists() {
        eprintln!("building {} ...", input.display());
        build_corpus(&repo, &input, megabytes);
    }
    let size = std::fs::metadata(&input)
        .expect("bench corpus exists")
        .len();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads: Vec<usize> = match std::env::var("QINGXI_BENCH_THREADS") {
        Ok(list) => list
            .split(',')
            .filter_map(|t| t.trim().parse().ok())
            .collect(),
        Err(_) => std::iter::successors(Some(1), |t| Some(t * 2))
            .take_while(|&t| t <= cores)
            .chain((!cores.is_power_of_two()).then_some(cores))
            .collect(),
    };
    let default_stages: Vec<&str> = Pipeline::default_pipeline()
        .stages
        .iter()
        .map(|s| s.name())
        .collect();
    println!(
        "input: {} ({:.1} MB), {cores} cores, median of {runs} runs",
        input.display(),
        size as f64 / 1e6
    );
    println!(
        "{:<34} {:>8} {:>10} {:>9}",
        "pipeline", "threads", "MB/s", "speedup"
    );
    for (label, names) in [
        ("read -> normalize -> write", vec!["normalize"]),
        ("default pipeline", default_stages),
    ] {
        let mut single = None;
        for &t in &threads {
            let rates: Vec<f64> = (0..runs)
                .map(|_| {
                    let job = Job {
                        pipeline: label.to_string(),
                        inputs: vec![input.clone()],
                        format: Format::Jsonl,
                        fields: RecordFields::default(),
                        stages: stages_named(&names),
                        output: Target::File(data_dir.join("out.jsonl")),
                        rejects: Some(Target::File(data_dir.join("out.rejects.jsonl"))),
                        report: None,
                        threads: t,
                        batch: BatchLimits::default(),
                        progress: Progress::Never,
                    };
                    let started = Instant::now();
                    engine::run(job).expect("bench run succeeds");
                    size as f64 / 1e6 / started.elapsed().as_secs_f64()
                })
                .collect();
            let rate = median(rates);
            let base = *single.get_or_insert(rate);
            println!("{label:<34} {t:>8} {rate:>10.1} {:>8.2}x", rate / base);
        }
    }
}
