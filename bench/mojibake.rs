//! Throughput of the `mojibake` stage on clean mixed text and on text where 5% of
//! the lines are mojibake, one thread, in process.
//!
//!   cargo bench --bench mojibake          (bench/mojibake.sh adds ftfy beside it)
//!
//! The inputs are written to target/bench-data/mojibake-clean.txt and
//! mojibake-5pct.txt (one paragraph per line) so other tools can read the same
//! bytes. Lines come from corpus/ and, when ../shared is there, NTREX-128; the
//! garbled 5% is half UTF-8 read as windows-1252 (Latin lines) and half UTF-8 read as
//! GBK (Chinese lines). QINGXI_BENCH_MB sets the size (default 20),
//! QINGXI_BENCH_RUNS the repetitions (default 5; the median is reported).

use std::path::{Path, PathBuf};
use std::time::Instant;

use qingxi::io::encoding;
use qingxi::stages::mojibake::{Mojibake, MojibakeOptions};

mod common;
use common::env_number;

fn source_lines(repo: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo.join("corpus"))
        .expect("corpus/ exists")
        .map(|e| e.expect("readable corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    let ntrex = repo.join("../shared/eval/ntrex");
    for name in [
        "newstest2019-src.eng.txt",
        "newstest2019-ref.zho-CN.txt",
        "newstest2019-ref.zho-TW.txt",
    ] {
        paths.push(ntrex.join(name));
    }
    paths.sort();
    let mut lines = Vec::new();
    for path in paths.iter().filter(|p| p.exists()) {
        let bytes = std::fs::read(path).expect("readable source file");
        lines.extend(
            encoding::decode(bytes)
                .text
                .lines()
                .map(str::trim)
                .filter(|l| l.chars().count() >= 10 && !l.contains('?') && !l.contains('\u{FFFD}'))
                .map(str::to_string),
        );
    }
    lines
}

fn garble(line: &str) -> String {
    let is_chinese = line.chars().any(qingxi::text::is_han);
    let read = if is_chinese {
        encoding_rs::GBK
    } else {
        encoding_rs::WINDOWS_1252
    };
    let (garbled, _) = read.decode_without_bom_handling(line.as_bytes());
    garbled.into_owned()
}

fn write_inputs(repo: &Path, dir: &Path, megabytes: usize) -> (PathBuf, PathBuf) {
    let lines = source_lines(repo);
    let (mut clean, mut dirty) = (String::new(), String::new());
    let mut n = 0usize;
    while clean.len() < megabytes * 1_000_000 {
        let line = &lines[n % lines.len()];
        clean.push_str(line);
        clean.push('\n');
        // Every 20th line garbled, the rest as they are: 5% mojibake.
        dirty.push_str(&if n % 20 == 7 {
            garble(line)
        } else {
            line.clone()
        });
        dirty.push('\n');
        n += 1;
    }
    let clean_path = dir.join("mojibake-clean.txt");
    let dirty_path = dir.join("mojibake-5pct.txt");
    std::fs::write(&clean_path, clean).expect("bench data is writable");
    std::fs::write(&dirty_path, dirty).expect("bench data is writable");
    (clean_path, dirty_path)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = repo.join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("target/ is writable");
    let (clean, dirty) = write_inputs(&repo, &dir, env_number("QINGXI_BENCH_MB", 20));
    let runs = env_number("QINGXI_BENCH_RUNS", 5).max(1);
    let stage = Mojibake::new(MojibakeOptions::default());
    println!("mojibake stage, 1 thread, median of {runs} runs");
    for (label, path) in [("clean mixed zh/en", &clean), ("5% mojibake", &dirty)] {
        let text = std::fs::read_to_string(path).expect("bench input exists");
        let lines: Vec<&str> = text.lines().collect();
        let mut repaired = 0;
        let rates: Vec<f64> = (0..runs)
            .map(|_| {
                let started = Instant::now();
                repaired = lines
                    .iter()
                    .filter(|line| !stage.fix(line).1.is_empty())
                    .count();
                text.len() as f64 / 1e6 / started.elapsed().as_secs_f64()
            })
            .collect();
        println!(
            "{label:<20} {:>8.1} MB/s  ({:.1} MB, {} lines, {repaired} repaired)  {}",
            median(rates),
            text.len() as f64 / 1e6,
            lines.len(),
            path.display()
        );
    }
}
