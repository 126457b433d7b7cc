//! Alignment quality and speed, single-threaded, in process.
//!
//!   cargo bench --bench align                      all sets found under ../shared
//!   cargo bench --bench align -- --set skip=3.0    try a model setting
//!
//! Sets: MAC-Dev and MAC-Test (../shared/eval/align/mac: literary, copyrighted, read
//! only from there) aligned sentence by sentence as one paragraph each, and the
//! perturbed NTREX set of tests/support (news, with paragraphs). For each it prints
//! strict and lax precision/recall/F1 (Vecalign's definition), strict recall per gold
//! bead kind, and sentences aligned per second (median of QINGXI_BENCH_RUNS, default 5).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use qingxi::align::beads::{self, Counts, IdBead};
use qingxi::align::{Aligner, Level, Lexicon, Pair};

mod common;
use common::env_number;

#[path = "../tests/support/ntrex_perturbed.rs"]
mod ntrex_perturbed;

struct Doc {
    zh: Vec<Vec<String>>,
    en: Vec<Vec<String>>,
    gold: Vec<IdBead>,
}

fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(str::to_string)
        .collect()
}

fn mac(dir: &Path) -> Option<Vec<Doc>> {
    let mut names: Vec<_> = std::fs::read_dir(dir.join("gold"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    Some(
        names
            .iter()
            .map(|name| {
                let stem = name.trim_end_matches(".align");
                let gold = std::fs::read_to_string(dir.join("gold").join(name)).expect("gold");
                Doc {
                    zh: vec![read_lines(&dir.join("zh").join(format!("{stem}.txt")))],
                    en: vec![read_lines(&dir.join("en").join(format!("{stem}.txt")))],
                    gold: beads::parse(&gold).expect("gold beads"),
                }
            })
            .collect(),
    )
}

fn to_ids(pairs: &[Pair]) -> Vec<IdBead> {
    pairs.iter().map(Pair::sentence_ids).collect()
}

fn evaluate(name: &str, docs: &[Doc], aligner: &Aligner, runs: usize) {
    let mut counts = Counts::default();
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut times = Vec::new();
    let mut predicted = Vec::new();
    for run in 0..runs {
        let started = Instant::now();
        let aligned: Vec<Vec<Pair>> = docs
            .iter()
            .map(|d| aligner.align_document(&d.zh, &d.en, Level::Sentence))
            .collect();
        times.push(started.elapsed().as_secs_f64());
        if run == 0 {
            predicted = aligned;
        }
    }
    for (doc, pairs) in docs.iter().zip(&predicted) {
        let ids = to_ids(pairs);
        counts.add(&doc.gold, &ids);
        for bead in &doc.gold {
            let kind = format!("{}-{}", bead.0.len(), bead.1.len());
            let entry = by_kind.entry(kind).or_default();
            entry.1 += 1;
            if ids.contains(bead) {
                entry.0 += 1;
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let zh_sentences: usize = docs
        .iter()
        .map(|d| d.zh.iter().map(Vec::len).sum::<usize>())
        .sum();
    let en_sentences: usize = docs
        .iter()
        .map(|d| d.en.iter().map(Vec::len).sum::<usize>())
        .sum();
    let (s, l) = (counts.strict(), counts.lax());
    println!(
        "{name}: strict P/R/F1 {:.3}/{:.3}/{:.3}  lax {:.3}/{:.3}/{:.3}",
        s.precision, s.recall, s.f1, l.precision, l.recall, l.f1
    );
    let kinds: Vec<String> = by_kind
        .iter()
        .filter(|(_, (_, total))| *total >= 5)
        .map(|(kind, (hit, total))| format!("{kind} {hit}/{total}"))
        .collect();
    println!("  strict recall by gold bead kind: {}", kinds.join(", "));
    println!(
        "  {zh_sentences} zh + {en_sentences} en sentences in {:.3} s (median of {runs}): \
         {:.0} zh sentences/s, {:.0} sentences/s both sides",
        median,
        zh_sentences as f64 / median,
        (zh_sentences + en_sentences) as f64 / median
    );
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = repo.join("../shared");
    let runs: usize = env_number("QINGXI_BENCH_RUNS", 5);
    let mut aligner = Aligner::new(Lexicon::embedded().expect("embedded lexicon"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.windows(2).filter(|w| w[0] == "--set") {
        let (key, value) = pair[1].split_once('=').expect("--set KEY=VALUE");
        let value: f64 = value.parse().expect("a number");
        aligner
            .model
            .set(key, value)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let only: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && !a.contains('='))
        .collect();
    let wanted = |name: &str| only.is_empty() || only.iter().any(|o| name.contains(o.as_str()));
    let mut any = false;
    for (name, dir) in [("MAC-Dev", "dev"), ("MAC-Test", "test")] {
        if !wanted(name) {
            continue;
        }
        if let Some(docs) = mac(&shared.join("eval/align/mac").join(dir)) {
            evaluate(name, &docs, &aligner, runs);
            any = true;
        }
    }
    if wanted("NTREX")
        && let Some(docs) = ntrex_perturbed::build(&shared)
    {
        let docs: Vec<Doc> = docs
            .into_iter()
            .map(|d| Doc {
                zh: d.zh,
                en: d.en,
                gold: d.gold,
            })
            .collect();
        evaluate("NTREX perturbed", &docs, &aligner, runs);
        any = true;
    }
    if !any {
        println!(
            "no evaluation sets: ../shared/eval/align/mac and ../shared/eval/ntrex are absent"
        );
    }
}
