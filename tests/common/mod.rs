//! Helpers the integration tests share.

use std::path::PathBuf;

/// The lines of an NTREX-128 file in ../shared/eval/ntrex (CRLF ends stripped), or
/// `None` where ../shared is absent.
pub fn ntrex_lines(name: &str) -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/ntrex")
        .join(name);
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect(),
    )
}
