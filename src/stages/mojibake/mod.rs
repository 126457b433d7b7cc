//! `mojibake`: finds text decoded with the wrong charset and repairs it where the
//! original can be recovered exactly: Latin mojibake (UTF-8 read as windows-1252,
//! MacRoman, cp437, ...; see [`latin`]) and Chinese mojibake (UTF-8, GBK and Big5
//! read as one another; see [`chinese`]). What cannot be recovered (U+FFFD,
//! `锟斤拷`, `烫烫烫`, `?` for lost characters, private-use characters; see
//! [`garble`]) is never guessed: the `garbled` policy marks it or drops the
//! sentence, the paragraph, or the whole document past a share of garbled text.

pub mod chinese;
pub mod garble;
pub mod latin;

use std::borrow::Cow;

use serde::Deserialize;

use super::{Stage, StageSpec, option_names, parse_options};
use crate::document::Document;

const NAME: &str = "mojibake";

pub const SPEC: StageSpec = StageSpec {
    name: NAME,
    summary: "repair Latin and Chinese mojibake exactly; mark or drop garbled text \
              (U+FFFD, 锟斤拷, ? for lost characters) by policy",
    options: option_names::<MojibakeOptions>,
    build,
};

/// What to do with garbled text that cannot be repaired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GarblePolicy {
    /// Keep it; list it in the document's `flags`.
    Mark,
    /// Remove the sentence around it (to the rejects).
    DropSentence,
    /// Remove its paragraph.
    DropParagraph,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MojibakeOptions {
    /// Repair Latin mojibake (plsfix, ftfy's rules).
    pub latin: bool,
    /// Repair Chinese mojibake (UTF-8/GBK/Big5 mix-ups).
    pub chinese: bool,
    pub garbled: GarblePolicy,
    /// Drop the whole document when more than this share of its characters is
    /// garbled (1.0: never).
    pub drop_document_above: f64,
}

impl Default for MojibakeOptions {
    fn default() -> Self {
        MojibakeOptions {
            latin: true,
            chinese: true,
            garbled: GarblePolicy::DropSentence,
            drop_document_above: 0.2,
        }
    }
}

fn build(table: toml::Table) -> Result<Box<dyn Stage>, String> {
    let options: MojibakeOptions = parse_options(table)?;
    if !(0.0..=1.0).contains(&options.drop_document_above) {
        return Err("drop_document_above must be between 0 and 1".into());
    }
    Ok(Box::new(Mojibake { options }))
}

pub struct Mojibake {
    options: MojibakeOptions,
}

/// One thing found in a text: a repair (`replacement` set) or a garbled span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub reason: &'static str,
    /// Byte range in the text as it was before any repair of this pass.
    pub start: usize,
    pub end: usize,
    pub original: String,
    pub replacement: Option<String>,
}

impl Mojibake {
    pub fn new(options: MojibakeOptions) -> Self {
        Mojibake { options }
    }

    /// Repairs what can be repaired in one paragraph, and finds the garbled spans of
    /// the result. Returns the repaired text, the repairs (offsets in `text`), and
    /// the garbled spans (offsets in the repaired text).
    pub fn fix<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Finding>, Vec<Finding>) {
        let mut signs = Signs::of(text);
        let mut repairs = Vec::new();
        let mut fixed = Cow::Borrowed(text);
        if self.options.latin
            && signs.latin
            && let Some(repaired) = latin::repair(text)
        {
            repairs.push(Finding {
                reason: "latin-mojibake",
                start: 0,
                end: text.len(),
                original: text.to_string(),
                replacement: Some(repaired.clone()),
            });
            // The repair can bring out Chinese (`ç®€ä½“` → `简体`): look again.
            signs = Signs::of(&repaired);
            fixed = Cow::Owned(repaired);
        }
        if self.options.chinese
            && signs.chinese
            && let Some(repaired) = repair_chinese(&fixed, &mut repairs)
        {
            fixed = Cow::Owned(repaired);
        }
        let garbled = if signs.garble {
            garble::find(&fixed)
                .into_iter()
                .map(|span| Finding {
                    reason: span.reason,
                    start: span.start,
                    end: span.end,
                    original: fixed[span.start..span.end].to_string(),
                    replacement: None,
                })
                .collect()
        } else {
            Vec::new()
        };
        (fixed, repairs, garbled)
    }
}

/// What one pass over a paragraph shows, so that clean text costs a single scan.
#[derive(Debug, Default, PartialEq, Eq)]
struct Signs {
    /// A character a UTF-8 lead byte becomes in a single-byte code page followed by
    /// one a continuation byte becomes (`Ã©`), a C1 control, or a lost no-break
    /// space (see [`latin`]).
    latin: bool,
    /// A run of non-ASCII text whose Han characters are mostly not common ones.
    chinese: bool,
    /// A character only garbled text has, or `?` beside non-ASCII text.
    garble: bool,
}

impl Signs {
    fn of(text: &str) -> Self {
        let mut signs = Signs::default();
        if text.is_ascii() {
            return signs;
        }
        let common = chinese::common_han();
        let mut run = chinese::Commonness::default();
        let (mut before_previous, mut previous): (Option<char>, Option<char>) = (None, None);
        for c in text.chars() {
            if c.is_ascii() {
                if run.letters > 0 {
                    signs.chinese |= run.is_suspect_run();
                    run = chinese::Commonness::default();
                }
                signs.latin |= c == ' ' && latin::lost_no_break_space(before_previous, previous);
                signs.garble |= c == '?' && previous.is_some_and(|p| !p.is_ascii());
            } else {
                run.add(c, common);
                signs.latin |=
                    latin::is_c1(c) || previous.is_some_and(|p| latin::is_sign_pair(p, c));
                signs.garble |= garble::is_garble_char(c) || previous == Some('?');
            }
            before_previous = previous;
            previous = Some(c);
        }
        signs.chinese |= run.is_suspect_run();
        signs
    }
}

/// Repairs the whole paragraph when one mix-up explains all of it; else each run of
/// non-ASCII text on its own (Chinese mojibake leaves ASCII as it was, so runs
/// garble independently). Logs each repair; `None` when nothing was repaired.
fn repair_chinese(text: &str, repairs: &mut Vec<Finding>) -> Option<String> {
    if let Some(repair) = chinese::repair(text) {
        repairs.push(Finding {
            reason: repair.reason,
            start: 0,
            end: text.len(),
            original: text.to_string(),
            replacement: Some(repair.text.clone()),
        });
        return Some(repair.text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (start, end) in garble::non_ascii_runs(text) {
        let Some(repair) = chinese::repair(&text[start..end]) else {
            continue;
        };
        out.push_str(&text[copied..start]);
        out.push_str(&repair.text);
        repairs.push(Finding {
            reason: repair.reason,
            start,
            end,
            original: text[start..end].to_string(),
            replacement: Some(repair.text),
        });
        copied = end;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

impl Stage for Mojibake {
    fn name(&self) -> &'static str {
        NAME
    }

    fn process(&self, doc: &mut Document) {
        let mut garbled_by_paragraph = Vec::with_capacity(doc.paragraphs.len());
        let (mut garbled_chars, mut total_chars) = (0usize, 0usize);
        for i in 0..doc.paragraphs.len() {
            let (fixed, repairs, garbled) = self.fix(&doc.paragraphs[i].text);
            let fixed = fixed.into_owned();
            for repair in repairs {
                let replacement = repair.replacement.unwrap_or_default();
                doc.record_change(
                    NAME,
                    repair.reason,
                    i,
                    repair.start,
                    repair.original,
                    replacement,
                );
            }
            total_chars += fixed.chars().count();
            garbled_chars += garbled
                .iter()
                .map(|g| g.original.chars().count())
                .sum::<usize>();
            doc.paragraphs[i].text = fixed;
            garbled_by_paragraph.push(garbled);
        }
        if garbled_chars == 0 {
            return;
        }
        let score = garbled_chars as f64 / total_chars.max(1) as f64;
        doc.annotations
            .insert("garble_score".into(), ((score * 1e4).round() / 1e4).into());
        if score > self.options.drop_document_above {
            doc.remove_paragraphs_where(NAME, |_| Some("garbled-document"));
            return;
        }
        self.apply_policy(doc, garbled_by_paragraph);
    }
}

impl Mojibake {
    fn apply_policy(&self, doc: &mut Document, garbled_by_paragraph: Vec<Vec<Finding>>) {
        let mut drop_paragraph = vec![None; doc.paragraphs.len()];
        for (i, garbled) in garbled_by_paragraph.into_iter().enumerate().rev() {
            let Some(first) = garbled.first() else {
                continue;
            };
            match self.options.garbled {
                GarblePolicy::Mark => {
                    for span in garbled {
                        doc.record_flag(NAME, span.reason, i, span.start, span.original);
                    }
                }
                GarblePolicy::DropParagraph => drop_paragraph[i] = Some(first.reason),
                GarblePolicy::DropSentence => drop_sentences(doc, i, &garbled),
            }
        }
        let mut reasons = drop_paragraph.into_iter();
        doc.remove_paragraphs_where(NAME, |_| reasons.next().flatten());
        doc.paragraphs.retain(|p| !p.text.trim().is_empty());
    }
}

/// Removes the sentences holding garbled spans from paragraph `i`, each to the
/// rejects with the span's reason.
fn drop_sentences(doc: &mut Document, i: usize, garbled: &[Finding]) {
    let text = std::mem::take(&mut doc.paragraphs[i].text);
    let mut cuts: Vec<(usize, usize, &'static str)> = Vec::new();
    for span in garbled {
        let (start, end) = garble::sentence_around(&text, span.start, span.end);
        match cuts.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => cuts.push((start, end, span.reason)),
        }
    }
    let mut kept = String::with_capacity(text.len());
    let mut copied = 0;
    for &(start, end, reason) in &cuts {
        kept.push_str(&text[copied..start]);
        doc.record_removal(NAME, reason, i, start, text[start..end].to_string());
        copied = end;
    }
    kept.push_str(&text[copied..]);
    doc.paragraphs[i].text = kept.split_whitespace().collect::<Vec<_>>().join(" ");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::EditKind;

    fn run(options: MojibakeOptions, text: &str) -> Document {
        let mut doc = Document::sample(text);
        Mojibake::new(options).process(&mut doc);
        doc
    }

    #[test]
    fn repairs_are_logged_with_the_original() {
        let (bytes, _, _) = encoding_rs::UTF_8.encode("发布会今天在杭州举行");
        let (garbled, _) = encoding_rs::GBK.decode_without_bom_handling(&bytes);
        let doc = run(
            MojibakeOptions::default(),
            &format!("The cafÃ© is open.\n{garbled}"),
        );
        assert_eq!(doc.text(), "The café is open.\n发布会今天在杭州举行");
        let reasons: Vec<_> = doc.edits.iter().map(|e| e.reason).collect();
        assert_eq!(reasons, ["latin-mojibake", "utf8-read-as-gbk"]);
        assert!(matches!(doc.edits[1].kind, EditKind::Changed(_)));
    }

    #[test]
    fn garbled_sentences_are_dropped_by_default() {
        let doc = run(
            MojibakeOptions::default(),
            "第一句很好。第二句在??低\u{E499}?、大华股份。第三句也好。",
        );
        assert_eq!(doc.text(), "第一句很好。第三句也好。");
        let removed: Vec<_> = doc
            .removals()
            .map(|e| (e.reason, e.text.as_str()))
            .collect();
        assert_eq!(
            removed,
            [("lost-chars", "第二句在??低\u{E499}?、大华股份。")]
        );
        assert!(doc.annotations["garble_score"].as_f64().unwrap() > 0.0);
    }

    #[test]
    fn policies_mark_or_drop_paragraphs_or_documents() {
        let text = "好的一段。\n坏的一段\u{FFFD}\u{FFFD}。";
        let marked = run(
            MojibakeOptions {
                garbled: GarblePolicy::Mark,
                ..MojibakeOptions::default()
            },
            text,
        );
        assert_eq!(marked.text(), text);
        assert_eq!(marked.edits[0].kind, EditKind::Flagged);
        let dropped = run(
            MojibakeOptions {
                garbled: GarblePolicy::DropParagraph,
                ..MojibakeOptions::default()
            },
            text,
        );
        assert_eq!(dropped.text(), "好的一段。");
        let whole = run(MojibakeOptions::default(), "\u{FFFD}\u{FFFD}\u{FFFD}。");
        assert!(whole.is_empty());
        assert_eq!(whole.edits[0].reason, "garbled-document");
    }

    #[test]
    fn clean_text_is_untouched() {
        let clean = "AMANHÃ É, déjà vu, 5 €, ┌─┐, 🎉, 𠀀.\n今年以来，区科技局“按照”目标要求。\n杭州高新區向世界領先科技園區奮力邁進";
        let doc = run(MojibakeOptions::default(), clean);
        assert_eq!(doc.text(), clean);
        assert!(doc.edits.is_empty());
    }

    proptest::proptest! {
        /// `?` is left out: beside Chinese it is either a question mark or a lost
        /// character, and the garble tests pin down which is which. Currency signs
        /// come before amounts: glued to an accented letter (`ç¥`) they are exactly
        /// what mojibake looks like.
        #[test]
        fn clean_text_comes_back_unchanged(
            text in "([a-zA-Z0-9 ,.;:!éàüöñçÉ“”‘’—…°×·《》「」（），。、；：！？一二三四五六七八九十的是了在和有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府思难证布约更太才选收南比金连院节指安称打场气机能调议满系油期务持万世团界科技领利奋迈进区园滨江杭州]{0,12}( [€£¥][0-9]{1,4})?){0,6}"
        ) {
            let stage = Mojibake::new(MojibakeOptions::default());
            let (fixed, repairs, garbled) = stage.fix(&text);
            proptest::prop_assert_eq!(&fixed, &text);
            proptest::prop_assert!(repairs.is_empty() && garbled.is_empty());
        }

        #[test]
        fn repair_is_idempotent(text in "[a-z ÃÂâ€™©®œ¢£¤¥§¨ª«¬°±²³´µ¶·¸¹º»¼½¾¿鍙戝竷浼氱粨鏉锟斤拷烫屯?\u{FFFD}\u{E499}\u{85}发布会中文]{0,40}") {
            let stage = Mojibake::new(MojibakeOptions::default());
            let (once, _, _) = stage.fix(&text);
            let (twice, repairs, _) = stage.fix(&once);
            proptest::prop_assert_eq!(&twice, &once);
            proptest::prop_assert!(repairs.is_empty());
        }
    }
}
