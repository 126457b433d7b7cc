//! A perturbed alignment test built from NTREX-128 (../shared/eval/ntrex; English news
//! with human Simplified Chinese translations, CC BY-SA 4.0), whose segments are all
//! 1-1. Each document's segments are grouped into paragraphs of 1–5; then, with a
//! fixed seed, neighbours are merged on one side (gold 1-2 and 2-1 beads) and some
//! segments dropped from one side (gold 1-0 and 0-1). Shared by tests/align_eval.rs
//! and bench/align.rs.

use std::path::Path;

use qingxi::align::beads::IdBead;

pub struct PerturbedDoc {
    /// Paragraphs of sentences.
    pub zh: Vec<Vec<String>>,
    pub en: Vec<Vec<String>>,
    /// Gold beads over sentence ids counted through the document.
    pub gold: Vec<IdBead>,
}

/// A small deterministic generator (xorshift), so the set never changes.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn lines(path: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect(),
    )
}

/// The perturbed set, or `None` where ../shared/eval/ntrex is absent.
pub fn build(shared: &Path) -> Option<Vec<PerturbedDoc>> {
    let dir = shared.join("eval/ntrex");
    let ids = lines(&dir.join("DOCUMENT_IDS.tsv"))?;
    let zh = lines(&dir.join("newstest2019-ref.zho-CN.txt"))?;
    let en = lines(&dir.join("newstest2019-src.eng.txt"))?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut docs = Vec::new();
    let mut start = 0;
    while start < ids.len() {
        let end = start
            + ids[start..]
                .iter()
                .take_while(|id| **id == ids[start])
                .count();
        docs.push(perturb(&zh[start..end], &en[start..end], &mut rng));
        start = end;
    }
    Some(docs)
}

fn perturb(zh: &[String], en: &[String], rng: &mut Rng) -> PerturbedDoc {
    let mut doc = PerturbedDoc {
        zh: Vec::new(),
        en: Vec::new(),
        gold: Vec::new(),
    };
    let (mut zh_count, mut en_count) = (0, 0);
    let mut i = 0;
    while i < zh.len() {
        let size = (1 + rng.below(5) as usize).min(zh.len() - i);
        let (mut zh_paragraph, mut en_paragraph) = (Vec::new(), Vec::new());
        let end = i + size;
        while i < end {
            let roll = rng.below(100);
            let can_merge = i + 1 < end;
            if roll < 8 && can_merge {
                // Chinese joins two segments: one zh unit, two en units.
                zh_paragraph.push(format!("{}{}", zh[i], zh[i + 1]));
                en_paragraph.push(en[i].clone());
                en_paragraph.push(en[i + 1].clone());
                doc.gold
                    .push((vec![zh_count], vec![en_count, en_count + 1]));
                zh_count += 1;
                en_count += 2;
                i += 2;
            } else if roll < 16 && can_merge {
                zh_paragraph.push(zh[i].clone());
                zh_paragraph.push(zh[i + 1].clone());
                en_paragraph.push(format!("{} {}", en[i], en[i + 1]));
                doc.gold
                    .push((vec![zh_count, zh_count + 1], vec![en_count]));
                zh_count += 2;
                en_count += 1;
                i += 2;
            } else if roll < 19 {
                zh_paragraph.push(zh[i].clone());
                doc.gold.push((vec![zh_count], vec![]));
                zh_count += 1;
                i += 1;
            } else if roll < 22 {
                en_paragraph.push(en[i].clone());
                doc.gold.push((vec![], vec![en_count]));
                en_count += 1;
                i += 1;
            } else {
                zh_paragraph.push(zh[i].clone());
                en_paragraph.push(en[i].clone());
                doc.gold.push((vec![zh_count], vec![en_count]));
                zh_count += 1;
                en_count += 1;
                i += 1;
            }
        }
        if !zh_paragraph.is_empty() {
            doc.zh.push(zh_paragraph);
        }
        if !en_paragraph.is_empty() {
            doc.en.push(en_paragraph);
        }
    }
    doc
}
