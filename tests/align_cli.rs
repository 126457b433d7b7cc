//! `qingxi align` end to end: every input kind, every output format, the error paths.
//! Fixtures: tests/fixtures/align (NTREX-128, CC BY-SA 4.0; see its README).

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn qingxi() -> Command {
    let mut cmd = Command::cargo_bin("qingxi").unwrap();
    cmd.current_dir(repo().join("tests/fixtures/align"));
    cmd
}

fn json_lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .expect("UTF-8 output")
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON record a line"))
        .collect()
}

/// Runs qingxi in the fixtures folder, expects success, and reads its JSONL output.
fn records_of(args: &[&str]) -> Vec<Value> {
    let output = qingxi().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    json_lines(&output.stdout)
}

#[test]
fn a_traditional_chinese_pair_is_cleaned_converted_and_aligned() {
    let pairs = records_of(&[
        "align",
        "--zh",
        "welsh.zh.txt",
        "--en",
        "welsh.en.txt",
        "-q",
    ]);
    // 16 segments a side, every one translated.
    assert!(pairs.len() >= 14, "{} pairs", pairs.len());
    let first = &pairs[0];
    assert_eq!(first["id"], "welsh");
    assert_eq!(first["pair"], 0);
    assert_eq!(first["bead"], "1-1");
    assert_eq!(first["zh_sentences"], serde_json::json!([0]));
    assert_eq!(first["en_paragraphs"], serde_json::json!([0]));
    assert!(first["score"].as_f64().unwrap() > 0.3);
    // Traditional became Simplified before alignment (威爾斯 -> 威尔斯).
    assert!(first["zh"].as_str().unwrap().contains("威尔斯"), "{first}");
    assert!(first["en"].as_str().unwrap().starts_with("Welsh AMs"));
    let muppet = pairs
        .iter()
        .find(|p| p["en"].as_str().unwrap().contains("hop from MWP to Muppet"))
        .expect("the Muppet sentence is aligned");
    assert!(muppet["zh"].as_str().unwrap().contains("布偶"), "{muppet}");
}

#[test]
fn a_bilingual_page_is_split_by_language_then_aligned() {
    let output = qingxi()
        .args(["align", "welsh_bilingual.txt", "-q"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let pairs = json_lines(&output.stdout);
    // Six paragraphs a side; some sentences pair up 1-2 where the Chinese
    // translation joined two.
    assert!(pairs.len() >= 12, "{} pairs", pairs.len());
    assert_eq!(
        pairs.last().unwrap()["zh_paragraphs"],
        serde_json::json!([5])
    );
    for pair in &pairs {
        let zh = pair["zh"].as_str().unwrap();
        let en = pair["en"].as_str().unwrap();
        assert!(!zh.is_ascii() && en.is_ascii(), "{pair}");
    }
}

#[test]
fn jsonl_pairs_are_aligned_and_bad_records_reported() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pairs.out.jsonl");
    let output = qingxi()
        .args(["align", "pairs.jsonl", "-q", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    // Two records could not be read: exit 1, each named by file and line.
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("pairs.jsonl:4:") && stderr.contains("\"en\""),
        "{stderr}"
    );
    assert!(stderr.contains("pairs.jsonl:5:"), "{stderr}");
    let pairs = json_lines(&std::fs::read(&out).unwrap());
    let ids: std::collections::BTreeSet<_> =
        pairs.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    let rejects = json_lines(&std::fs::read(dir.path().join("pairs.out.rejects.jsonl")).unwrap());
    assert!(rejects.iter().any(|r| r["id"] == "pairs.jsonl:5"));
}

#[test]
fn a_folder_of_pairs_gives_moses_files_and_bead_files() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let fixtures = repo().join("tests/fixtures/align");
    for name in ["welsh.zh.txt", "welsh.en.txt"] {
        std::fs::copy(fixtures.join(name), docs.join(name)).unwrap();
    }
    std::fs::write(docs.join("lonely.zh.txt"), "没有英文。\n").unwrap();

    let prefix = dir.path().join("train");
    let output = qingxi()
        .args(["align", "-q", "--format", "moses", "-o"])
        .arg(&prefix)
        .arg(&docs)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "the lonely file has no pair");
    assert!(String::from_utf8_lossy(&output.stderr).contains("lonely.zh.txt: no counterpart"));
    let zh = std::fs::read_to_string(dir.path().join("train.zh")).unwrap();
    let en = std::fs::read_to_string(dir.path().join("train.en")).unwrap();
    assert_eq!(zh.lines().count(), en.lines().count());
    assert!(zh.lines().count() >= 14);

    let beads_dir = dir.path().join("beads");
    qingxi()
        .args(["align", "-q", "--format", "beads", "--presegmented", "-o"])
        .arg(&beads_dir)
        .arg(&docs)
        .assert()
        .code(1);
    let beads = std::fs::read_to_string(beads_dir.join("welsh.align")).unwrap();
    assert!(beads.starts_with("[0]:[0]\n"), "{beads}");
}

#[test]
fn presegmented_beads_cover_every_line() {
    let dir = tempfile::tempdir().unwrap();
    let zh: Vec<String> = ["今天北京下雨。", "气温是12度。", "明天会晴。"]
        .map(String::from)
        .to_vec();
    let en = [
        "It rained in Beijing today.",
        "The temperature was 12 degrees.",
        "Tomorrow will be sunny.",
    ];
    std::fs::write(dir.path().join("z.txt"), zh.join("\n")).unwrap();
    std::fs::write(dir.path().join("e.txt"), en.join("\n")).unwrap();
    let output = qingxi()
        .args(["align", "--presegmented", "--format", "beads", "-q", "--zh"])
        .arg(dir.path().join("z.txt"))
        .arg("--en")
        .arg(dir.path().join("e.txt"))
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "[0]:[0]\n[1]:[1]\n[2]:[2]\n"
    );
}

#[test]
fn paragraph_level_pairs_whole_paragraphs() {
    let pairs = records_of(&[
        "align",
        "--level",
        "paragraph",
        "--zh",
        "welsh.zh.txt",
        "--en",
        "welsh.en.txt",
        "-q",
    ]);
    assert_eq!(pairs.len(), 6, "six paragraphs a side");
    assert!(pairs.iter().all(|p| p["bead"] == "1-1"));
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let run = |threads: &str| {
        qingxi()
            .args([
                "align",
                "pairs.jsonl",
                "welsh_bilingual.txt",
                "-q",
                "-j",
                threads,
            ])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("3"));
}

#[test]
fn no_input_is_a_usage_error() {
    let output = qingxi().args(["align"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--zh FILE --en FILE"));
}

#[test]
fn the_align_stage_pairs_a_bilingual_page_in_a_pipeline() {
    let output = qingxi()
        .args(["clean", "welsh_bilingual.txt", "-q", "--pipeline"])
        .arg(repo().join("pipelines/bilingual.toml"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let docs = json_lines(&output.stdout);
    let pairs = docs[0]["metadata"]["pairs"].as_array().expect("pairs");
    assert!(pairs.len() >= 12, "{} pairs", pairs.len());
    assert_eq!(
        pairs[0]["en"],
        "Welsh AMs worried about 'looking like muppets'"
    );
}
