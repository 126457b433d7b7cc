//! The segmenter against tests/fixtures/segment/review_cases.jsonl: paragraphs of
//! English, Chinese and mixed scraped text (a few cases hold several, one a line)
//! with the sentences they hold, and a few in other languages, which name theirs.
//! Unlike tests/segment_eval.rs this needs nothing beside the project.

use qingxi::stages::segment::{SegmentOptions, Segmenter};
use serde_json::Value;

#[test]
fn every_review_case_splits_as_expected() {
    let plain = Segmenter::new(&SegmentOptions::default()).unwrap();
    let semicolon = Segmenter::new(&SegmentOptions {
        semicolon_ends_sentence: true,
        ..SegmentOptions::default()
    })
    .unwrap();
    let cases = include_str!("fixtures/segment/review_cases.jsonl");
    let mut failures = Vec::new();
    for line in cases.lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let segmenter = if case["semicolon"] == true {
            &semicolon
        } else {
            &plain
        };
        // A case in another language names it (`"lang": "de"`), as `--lang` does.
        let lang = case["lang"].as_str();
        // Each line is a paragraph, as in a document and in `qingxi segment`.
        let got: Vec<&str> = text
            .lines()
            .flat_map(|line| {
                segmenter
                    .split_in(line, lang)
                    .into_iter()
                    .map(move |(start, end)| &line[start..end])
            })
            .collect();
        let want: Vec<&str> = case["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        if got != want {
            failures.push(format!("{}: got {got:?}, want {want:?}", case["id"]));
        }
    }
    assert!(cases.lines().count() > 100);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
