//! Chinese mojibake measured on real news text: the Simplified and Traditional sides
//! of NTREX-128 (../shared/eval/ntrex) are garbled by each charset mix-up, then
//! repaired. Clean lines must come back untouched; garbled lines must be repaired
//! exactly where the garbling lost nothing, and flagged where it did.
//! Skipped, with a message, where ../shared is absent.

mod common;

use encoding_rs::{BIG5, Encoding, GBK, UTF_8};
use qingxi::stages::mojibake::{Mojibake, MojibakeOptions};

/// `text` written in `written` and read back as `read`, as a browser or a converter
/// would: malformed bytes become U+FFFD. Returns the garbled text and whether
/// nothing was lost.
fn garble(
    text: &str,
    written: &'static Encoding,
    read: &'static Encoding,
) -> Option<(String, bool)> {
    let (bytes, _, unmappable) = written.encode(text);
    if unmappable {
        return None;
    }
    let (garbled, lossy) = read.decode_without_bom_handling(&bytes);
    Some((garbled.into_owned(), !lossy))
}

#[test]
fn news_text_is_untouched_and_garbled_news_is_repaired_or_flagged() {
    let (Some(simplified), Some(traditional), Some(english)) = (
        common::ntrex_lines("newstest2019-ref.zho-CN.txt"),
        common::ntrex_lines("newstest2019-ref.zho-TW.txt"),
        common::ntrex_lines("newstest2019-src.eng.txt"),
    ) else {
        eprintln!("skipped: ../shared/eval/ntrex is not here (it is beside the project in CI)");
        return;
    };
    let stage = Mojibake::new(MojibakeOptions::default());

    let mut false_alarms = 0;
    for line in simplified.iter().chain(&traditional).chain(&english) {
        let (fixed, repairs, garbled) = stage.fix(line);
        if fixed != *line || !repairs.is_empty() || !garbled.is_empty() {
            false_alarms += 1;
            eprintln!("  false alarm: {line:?} -> {fixed:?} {garbled:?}");
        }
    }
    eprintln!(
        "clean lines changed or flagged: {false_alarms}/{}",
        simplified.len() * 2 + english.len()
    );
    assert_eq!(false_alarms, 0);

    let mix_ups: [(&str, &[String], &'static Encoding, &'static Encoding); 4] = [
        ("utf8-read-as-gbk", &simplified, UTF_8, GBK),
        ("utf8-read-as-big5", &traditional, UTF_8, BIG5),
        ("big5-read-as-gbk", &traditional, BIG5, GBK),
        ("gbk-read-as-big5", &simplified, GBK, BIG5),
    ];
    for (name, lines, written, read) in mix_ups {
        let (mut exact, mut repaired, mut lossy, mut flagged, mut unchanged_garble) =
            (0, 0, 0, 0, 0);
        for line in lines {
            let Some((garbled, exact_garble)) = garble(line, written, read) else {
                continue;
            };
            if garbled == *line {
                continue;
            }
            let (fixed, _, found) = stage.fix(&garbled);
            if exact_garble {
                exact += 1;
                repaired += (fixed == *line) as usize;
                if fixed != *line && std::env::var("SHOW_MISSES").is_ok() {
                    eprintln!(
                        "  miss {name}: {line:?}\n    garbled {garbled:?}\n    fixed   {fixed:?}"
                    );
                }
            } else {
                lossy += 1;
                if fixed == *line || !found.is_empty() {
                    flagged += 1;
                } else if fixed == garbled {
                    unchanged_garble += 1;
                }
            }
        }
        eprintln!(
            "{name}: exact garbles repaired {repaired}/{exact}; lossy garbles repaired or flagged {flagged}/{lossy} ({unchanged_garble} passed through)"
        );
        if exact > 0 {
            assert!(
                repaired * 100 >= exact * 95,
                "{name}: {repaired}/{exact} exact repairs"
            );
        }
        if lossy > 0 {
            assert!(
                flagged * 100 >= lossy * 90,
                "{name}: {flagged}/{lossy} lossy garbles caught"
            );
        }
    }
}
