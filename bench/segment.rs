//! Sentence segmentation throughput, one thread, in process.
//!
//!   cargo bench --bench segment      (bench/segment.sh compares pySBD and sentencex)
//!
//! Text: NTREX-128's English and Simplified Chinese (../shared), each document's
//! segments joined into paragraphs of five, repeated to QINGXI_BENCH_MB megabytes
//! (default 20) per language; where ../shared is absent, corpus/'s pages. Also one
//! paragraph of a whole megabyte, to show the time is linear in paragraph length.
//! The texts are written to target/bench-data/segment-{en,zh}.txt for other tools.

use std::path::{Path, PathBuf};
use std::time::Instant;

use qingxi::io::encoding;
use qingxi::stages::segment::{SegmentOptions, Segmenter};

mod common;
use common::env_number;

fn paragraphs(repo: &Path, lang: &str) -> Vec<String> {
    let name = if lang == "en" {
        "newstest2019-src.eng.txt"
    } else {
        "newstest2019-ref.zho-CN.txt"
    };
    let path = repo.join("../shared/eval/ntrex").join(name);
    let separator = if lang == "en" { " " } else { "" };
    let lines: Vec<String> = match std::fs::read_to_string(&path) {
        Ok(text) => text
            .lines()
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect(),
        Err(_) => {
            let page = if lang == "en" {
                "corpus/004_083be8691035f2d2.txt"
            } else {
                "corpus/001_f8f127a7b4d90d57.txt"
            };
            let bytes = std::fs::read(repo.join(page)).expect("corpus page");
            encoding::decode(bytes)
                .text
                .lines()
                .map(str::to_string)
                .collect()
        }
    };
    lines.chunks(5).map(|c| c.join(separator)).collect()
}

fn median_mb_per_s(segmenter: &Segmenter, paragraphs: &[String], runs: usize) -> (f64, usize) {
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let mut rates = Vec::new();
    let mut sentences = 0;
    for _ in 0..runs {
        let started = Instant::now();
        sentences = paragraphs.iter().map(|p| segmenter.split(p).len()).sum();
        rates.push(bytes as f64 / 1e6 / started.elapsed().as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    (rates[rates.len() / 2], sentences)
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let megabytes: usize = env_number("QINGXI_BENCH_MB", 20);
    let runs: usize = env_number("QINGXI_BENCH_RUNS", 5);
    let segmenter = Segmenter::new(&SegmentOptions::default()).expect("segmenter");
    let out_dir = repo.join("target/bench-data");
    std::fs::create_dir_all(&out_dir).expect("target/bench-data");
    for lang in ["en", "zh"] {
        let source = paragraphs(&repo, lang);
        let mut text = Vec::new();
        let mut size = 0;
        while size < megabytes * 1_000_000 {
            for p in &source {
                size += p.len() + 1;
                text.push(p.clone());
            }
        }
        std::fs::write(
            out_dir.join(format!("segment-{lang}.txt")),
            text.join("\n") + "\n",
        )
        .expect("bench text");
        let (rate, sentences) = median_mb_per_s(&segmenter, &text, runs);
        println!(
            "{lang}: {:.1} MB in {} paragraphs, {sentences} sentences: {rate:.0} MB/s (median of {runs})",
            size as f64 / 1e6,
            text.len()
        );
        // One long paragraph: the same rate means time linear in its length.
        let mut long = String::new();
        for p in source.iter().cycle() {
            if long.len() > 1_000_000 {
                break;
            }
            long.push_str(p);
            long.push_str(if lang == "en" { " " } else { "" });
        }
        let (rate, sentences) = median_mb_per_s(&segmenter, std::slice::from_ref(&long), runs);
        println!(
            "{lang}: one paragraph of {:.1} MB, {sentences} sentences: {rate:.0} MB/s",
            long.len() as f64 / 1e6
        );
    }
}
