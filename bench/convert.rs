//! Throughput of Traditional → Simplified conversion (t2s), one thread, in process.
//!
//!   cargo bench --bench convert        (bench/convert.sh adds OpenCC's C++ library)
//!
//! The text is NTREX-128's Traditional side when ../shared is there, else the
//! Traditional pages of corpus/, repeated to QINGXI_BENCH_MB megabytes (default 20)
//! and written to target/bench-data/traditional.txt for other tools to read.

use std::path::PathBuf;
use std::time::Instant;

use qingxi::io::encoding;
use qingxi::stages::convert::opencc;

mod common;
use common::env_number;

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let megabytes: usize = env_number("QINGXI_BENCH_MB", 20);
    let runs: usize = env_number("QINGXI_BENCH_RUNS", 5);
    let ntrex = repo.join("../shared/eval/ntrex/newstest2019-ref.zho-TW.txt");
    let source = if ntrex.exists() {
        std::fs::read_to_string(&ntrex)
            .expect("readable NTREX file")
            .replace('\r', "")
    } else {
        [
            "corpus/001_f8f127a7b4d90d57.txt",
            "corpus/ntrex_nytimes.184853_zh-tw.big5.txt",
        ]
        .iter()
        .map(|p| encoding::decode(std::fs::read(repo.join(p)).expect("corpus page")).text)
        .collect::<Vec<_>>()
        .join("\n")
    };
    let mut text = String::with_capacity(megabytes * 1_000_000 + source.len());
    while text.len() < megabytes * 1_000_000 {
        text.push_str(&source);
        text.push('\n');
    }
    let dir = repo.join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("target/ is writable");
    std::fs::write(dir.join("traditional.txt"), &text).expect("bench data is writable");
    let converter = opencc::shared("t2s").expect("t2s builds");
    let lines: Vec<&str> = text.lines().collect();
    let mut rates: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let bytes: usize = lines.iter().map(|line| converter.convert(line).len()).sum();
            std::hint::black_box(bytes);
            text.len() as f64 / 1e6 / started.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    println!(
        "t2s, 1 thread, {:.1} MB of Traditional text, median of {runs}: {:.1} MB/s",
        text.len() as f64 / 1e6,
        rates[runs / 2]
    );
}
