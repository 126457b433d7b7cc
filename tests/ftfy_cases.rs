//! ftfy's own test cases against the `mojibake` stage's repair. A case passes when the
//! repair gives ftfy's expected text (`fixed-encoding` where the case has one, else
//! `fixed`), compared after the style changes ftfy's `fix_text` adds and qingxi
//! deliberately leaves out (quote uncurling, width folding, ligatures, NFC) are
//! applied to both sides: those change clean Chinese text and are not repairs.
//! Reads ../shared/eval/mojibake, or the copy in tests/fixtures/ftfy.

use std::path::PathBuf;

use plsfix::TextFixerConfig;
use qingxi::stages::mojibake::{Mojibake, MojibakeOptions};
use serde_json::Value;

const FILES: [&str; 5] = [
    "in-the-wild",
    "synthetic",
    "language-names",
    "negative",
    "known-failures",
];

fn cases_dir() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/eval/mojibake");
    if shared.join("in-the-wild.json").exists() {
        shared
    } else {
        eprintln!("../shared/eval/mojibake is absent: using tests/fixtures/ftfy");
        root.join("tests/fixtures/ftfy")
    }
}

fn style(text: &str) -> String {
    let config = TextFixerConfig {
        unescape_html: Some(false),
        remove_terminal_escapes: false,
        fix_encoding: false,
        restore_byte_a0: false,
        replace_lossy_sequences: false,
        decode_inconsistent_utf8: false,
        fix_c1_controls: false,
        remove_control_chars: false,
        ..TextFixerConfig::default()
    };
    plsfix::fix_text(text, Some(&config))
}

#[test]
fn passes_at_least_95_percent_of_what_ftfy_passes() {
    let dir = cases_dir();
    let stage = Mojibake::new(MojibakeOptions::default());
    let (mut passed, mut ftfy_passes) = (0, 0);
    for file in FILES {
        let text = std::fs::read_to_string(dir.join(format!("{file}.json"))).unwrap();
        let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
        let mut ok = 0;
        for case in &cases {
            let original = case["original"].as_str().unwrap();
            let expected = case
                .get("fixed-encoding")
                .and_then(Value::as_str)
                .unwrap_or_else(|| case["fixed"].as_str().unwrap());
            let (repaired, _, _) = stage.fix(original);
            let pass = style(&repaired) == style(expected);
            ok += pass as usize;
            if case["expect"] == "pass" {
                ftfy_passes += 1;
                passed += pass as usize;
                if !pass {
                    eprintln!("  miss ({file}): {original:?} -> {repaired:?}, want {expected:?}");
                }
            }
        }
        eprintln!("{file}: {ok}/{}", cases.len());
    }
    eprintln!("cases ftfy passes: {passed}/{ftfy_passes}");
    assert!(
        passed * 100 >= ftfy_passes * 95,
        "{passed}/{ftfy_passes} is under 95%"
    );
}
