//! With the cargo feature `opencc-sys`: the pure-Rust backend against OpenCC's C++
//! library (opencc-rust) on a large Traditional text, every config, line by line.
//! Without the feature this file has no test.
#![cfg(feature = "opencc-sys")]

use std::path::PathBuf;

use qingxi::stages::convert::opencc;
use qingxi::stages::convert::reference::Reference;

#[test]
fn both_backends_agree_on_a_large_traditional_text() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let ntrex = root.join("../shared/eval/ntrex/newstest2019-ref.zho-TW.txt");
    let text = std::fs::read_to_string(&ntrex)
        .unwrap_or_else(|_| {
            std::fs::read_to_string(root.join("corpus/001_f8f127a7b4d90d57.txt")).unwrap()
        })
        .replace('\r', "");
    for config in opencc::config_names() {
        let ours = opencc::shared(config).unwrap();
        let reference = Reference::new(config).unwrap();
        let differing = text
            .lines()
            .filter(|line| ours.convert(line) != reference.convert(line).unwrap())
            .count();
        eprintln!(
            "{config}: {differing} of {} lines differ",
            text.lines().count()
        );
        assert_eq!(differing, 0, "{config}");
    }
}
