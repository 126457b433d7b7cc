//! OpenCC 1.4.2's own Traditional → Simplified test cases against the `convert`
//! stage's engine: 171 cases over t2s, tw2s, tw2sp, hk2s and hk2sp. Reads
//! ../shared/eval/opencc, or the copy in tests/fixtures/opencc.

use std::collections::BTreeMap;
use std::path::PathBuf;

use qingxi::stages::convert::opencc;
use serde_json::Value;

fn cases_file() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/eval/opencc/cases.jsonl");
    if shared.exists() {
        shared
    } else {
        eprintln!("../shared/eval/opencc is absent: using tests/fixtures/opencc");
        root.join("tests/fixtures/opencc/cases.jsonl")
    }
}

#[test]
fn all_of_opencc_s_own_cases_pass() {
    let text = std::fs::read_to_string(cases_file()).unwrap();
    let mut by_config: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let config = case["config"].as_str().unwrap();
        let converter = opencc::shared(config).unwrap();
        let got = converter.convert(case["input"].as_str().unwrap());
        let want = case["expected"].as_str().unwrap();
        let entry = by_config.entry(config.to_string()).or_default();
        entry.0 += 1;
        entry.1 += (got == want) as usize;
        if got != want {
            eprintln!(
                "  {config} {}: {:?}\n    got  {got:?}\n    want {want:?}",
                case["id"], case["input"]
            );
        }
    }
    let (total, passed) = by_config
        .values()
        .fold((0, 0), |(t, p), (ct, cp)| (t + ct, p + cp));
    for (config, (count, ok)) in &by_config {
        eprintln!("{config}: {ok}/{count}");
    }
    eprintln!("total: {passed}/{total}");
    assert_eq!(passed, total);
}
