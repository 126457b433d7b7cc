//! The `segment` stage measured: pySBD's golden rules (English, and the other
//! languages for the record), the Chinese and mixed news supplement, and boundary F1
//! on NTREX-128 documents (each line one segment, so joining a document's lines gives
//! the gold boundaries). Reads ../shared/eval, or tests/fixtures/segment for the
//! English and Chinese cases. Floors are asserted at the figures reached so far.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use qingxi::stages::segment::{SegmentOptions, Segmenter};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/eval/segment");
    let files: Vec<PathBuf> = if shared.join("golden_rules.jsonl").exists() {
        vec![
            shared.join("golden_rules.jsonl"),
            shared.join("zh_supplement.jsonl"),
        ]
    } else {
        eprintln!("../shared/eval/segment is absent: using tests/fixtures/segment");
        vec![root.join("tests/fixtures/segment/cases.jsonl")]
    };
    files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect::<Vec<Value>>()
        })
        .collect()
}

fn split<'a>(segmenter: &Segmenter, text: &'a str) -> Vec<&'a str> {
    segmenter
        .split(text)
        .into_iter()
        .map(|(s, e)| text[s..e].trim())
        .collect()
}

#[test]
fn golden_rules_and_the_chinese_supplement() {
    let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
    let mut scores: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for case in cases() {
        let set = case["set"].as_str().unwrap();
        if set == "clean" || set == "pdf" {
            continue;
        }
        let key = format!("{}-{set}", case["lang"].as_str().unwrap());
        let text = case["text"].as_str().unwrap();
        let want: Vec<&str> = case["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().trim())
            .collect();
        let got = split(&segmenter, text);
        let entry = scores.entry(key.clone()).or_default();
        entry.0 += 1;
        entry.1 += (got == want) as usize;
        let all_misses = std::env::var_os("QINGXI_SEGMENT_MISSES").is_some();
        if got != want && (all_misses || key == "en-golden" || key == "zh-supplement") {
            eprintln!(
                "  {}: {text:?}\n    got  {got:?}\n    want {want:?}",
                case["id"]
            );
        }
    }
    for (key, (count, ok)) in &scores {
        eprintln!("{key}: {ok}/{count}");
    }
    let score = |key: &str| scores.get(key).map_or(0, |s| s.1);
    assert!(score("en-golden") >= 47, "English golden rules");
    let all_golden: usize = scores
        .iter()
        .filter(|(key, _)| key.ends_with("-golden"))
        .map(|(_, s)| s.1)
        .sum();
    eprintln!("golden rules, all 23 languages: {all_golden}");
    assert!(all_golden >= 137, "golden rules over all languages");
    assert!(score("zh-supplement") >= 22, "Chinese supplement");
}

fn boundary_f1(segmenter: &Segmenter, lines: &[String], ids: &[String], joiner: &str) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut start = 0;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&k| ids[k] != ids[start])
            .unwrap_or(lines.len());
        let mut text = String::new();
        let mut gold = std::collections::HashSet::new();
        for line in &lines[start..end] {
            if !text.is_empty() {
                text.push_str(joiner);
            }
            text.push_str(line.trim());
            gold.insert(text.len());
        }
        // Paragraphs are lines (a newline joiner keeps them apart), as in a page.
        let mut predicted = std::collections::HashSet::new();
        let mut offset = 0;
        for paragraph in text.split('\n') {
            predicted.extend(
                segmenter
                    .split(paragraph)
                    .into_iter()
                    .map(|(_, e)| offset + e),
            );
            offset += paragraph.len() + 1;
        }
        if std::env::var_os("QINGXI_SEGMENT_MISSES").is_some() {
            print_misses(&text, &predicted, &gold);
        }
        tp += predicted.intersection(&gold).count();
        fp += predicted.difference(&gold).count();
        fn_ += gold.difference(&predicted).count();
        start = end;
    }
    let precision = tp as f64 / (tp + fp) as f64;
    let recall = tp as f64 / (tp + fn_) as f64;
    2.0 * precision * recall / (precision + recall)
}

/// With QINGXI_SEGMENT_MISSES set: each wrong or missed boundary, with the text
/// either side (`|` marks the place).
fn print_misses(
    text: &str,
    predicted: &std::collections::HashSet<usize>,
    gold: &std::collections::HashSet<usize>,
) {
    let around = |at: usize| {
        let before: String = text[..at].chars().rev().take(40).collect();
        let before: String = before.chars().rev().collect();
        let after: String = text[at..].chars().take(40).collect();
        format!("{before}|{after}")
    };
    for &at in predicted.difference(gold) {
        eprintln!("  false: {}", around(at));
    }
    for &at in gold.difference(predicted) {
        if at < text.len() {
            eprintln!("  missed: {}", around(at));
        }
    }
}

#[test]
fn boundary_f1_on_ntrex() {
    let (Some(en), Some(cn), Some(ids)) = (
        common::ntrex_lines("newstest2019-src.eng.txt"),
        common::ntrex_lines("newstest2019-ref.zho-CN.txt"),
        common::ntrex_lines("DOCUMENT_IDS.tsv"),
    ) else {
        eprintln!("skipped: ../shared/eval/ntrex is not here (it is beside the project in CI)");
        return;
    };
    let segmenter = Segmenter::new(&SegmentOptions::default()).unwrap();
    let f1_en = boundary_f1(&segmenter, &en, &ids, " ");
    let f1_zh = boundary_f1(&segmenter, &cn, &ids, "");
    eprintln!(
        "NTREX boundary F1, a document's lines joined: English {f1_en:.4}, Chinese {f1_zh:.4}"
    );
    assert!(f1_en >= 0.955 && f1_zh >= 0.88, "{f1_en} {f1_zh}");
    // As a page gives them: each line a paragraph, so only splits inside a line can
    // be wrong (headlines without a final stop cost nothing here).
    let lines_en = boundary_f1(&segmenter, &en, &ids, "\n");
    let lines_zh = boundary_f1(&segmenter, &cn, &ids, "\n");
    eprintln!(
        "NTREX boundary F1, lines as paragraphs: English {lines_en:.4}, Chinese {lines_zh:.4}"
    );
    // Chinese lines that hold two sentences (a translator split one English
    // sentence in two) count as errors here though they are right.
    assert!(
        lines_en >= 0.99 && lines_zh >= 0.98,
        "{lines_en} {lines_zh}"
    );
}
