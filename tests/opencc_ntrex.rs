//! The `convert` engine against OpenCC 1.4.2 itself (its C++ library, through the
//! PyPI package `opencc`, which .ci/run installs) on the Traditional side of
//! NTREX-128: every line must convert identically, for every config. Also: a long
//! text converted in one piece equals its lines converted apart (OpenCC PR #1206's
//! chunk-boundary problem cannot happen here). Skipped, with a message, where
//! ../shared or the Python package is absent.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use qingxi::stages::convert::opencc;

fn python() -> String {
    std::env::var("QINGXI_OPENCC_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// OpenCC's output for each line, or `None` when the package is not installed.
fn reference(config: &str, text: &str) -> Option<String> {
    let script = "import sys, opencc; c = opencc.OpenCC(sys.argv[1]); \
                  sys.stdout.write(c.convert(sys.stdin.read()))";
    let mut child = Command::new(python())
        .args(["-c", script, config])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = text.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).ok())?
}

#[test]
fn identical_to_opencc_on_ntrex_traditional() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/ntrex/newstest2019-ref.zho-TW.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: ../shared/eval/ntrex is not here (it is beside the project in CI)");
        return;
    };
    let text = text.replace('\r', "");
    for config in opencc::config_names() {
        let Some(expected) = reference(config, &text) else {
            eprintln!("skipped: no Python with the `opencc` package (set QINGXI_OPENCC_PYTHON)");
            return;
        };
        let converter = opencc::shared(config).unwrap();
        let ours: Vec<String> = text
            .split('\n')
            .map(|line| converter.convert(line))
            .collect();
        let theirs: Vec<&str> = expected.split('\n').collect();
        assert_eq!(ours.len(), theirs.len(), "{config}: line count");
        let differing: Vec<usize> = (0..ours.len()).filter(|&i| ours[i] != theirs[i]).collect();
        for &i in differing.iter().take(5) {
            eprintln!(
                "  {config} line {}: ours {:?}\n    opencc {:?}",
                i + 1,
                ours[i],
                theirs[i]
            );
        }
        eprintln!(
            "{config}: {}/{} lines identical to OpenCC 1.4.2",
            ours.len() - differing.len(),
            ours.len()
        );
        assert!(
            differing.is_empty(),
            "{config}: {} lines differ",
            differing.len()
        );
    }
}

#[test]
fn a_long_text_converts_like_its_lines() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/001_f8f127a7b4d90d57.txt");
    let page = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = page.lines().collect();
    let converter = opencc::shared("t2s").unwrap();
    let one_line = lines.join("").repeat(1500);
    assert!(one_line.len() > 10_000_000);
    let piecewise: String = lines
        .iter()
        .map(|l| converter.convert(l))
        .collect::<String>()
        .repeat(1500);
    assert_eq!(converter.convert(&one_line), piecewise);
}

#[test]
fn simplified_text_passes_through_the_stage_byte_identical() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/ntrex/newstest2019-ref.zho-CN.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: ../shared/eval/ntrex is not here (it is beside the project in CI)");
        return;
    };
    let text = text.replace('\r', "");
    let source = qingxi::document::Source {
        file: "ntrex".into(),
        record: 1,
    };
    let mut doc = qingxi::document::Document::from_text("cn".into(), source, &text, "UTF-8");
    let pipeline = qingxi::pipeline::config::Pipeline::parse(
        "[[stage]]\nname = \"langid\"\n[[stage]]\nname = \"convert\"\n",
        "test",
        "test",
    )
    .unwrap();
    for stage in &pipeline.stages {
        stage.process(&mut doc);
    }
    let expected: Vec<&str> = text.split('\n').filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(doc.text(), expected.join("\n"));
    assert!(!doc.changes.contains_key("convert"));
}
