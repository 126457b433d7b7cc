//! Alignment quality on news: the perturbed NTREX-128 set (tests/support), scored with
//! the strict and lax F1 of Vecalign and Bertalign. Skips, saying so, where
//! ../shared/eval/ntrex is absent. MAC (literary, copyrighted) is measured only by
//! `cargo bench --bench align`, never by tests.
//!
//!   cargo test --release --test align_eval -- --nocapture

use std::path::PathBuf;

use qingxi::align::beads::{Counts, IdBead};
use qingxi::align::{Aligner, Level, Lexicon, Pair};

#[path = "support/ntrex_perturbed.rs"]
mod ntrex_perturbed;

fn ids(pairs: &[Pair]) -> Vec<IdBead> {
    pairs.iter().map(Pair::sentence_ids).collect()
}

#[test]
fn perturbed_ntrex_aligns_with_strict_f1_of_at_least_0_97() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let Some(docs) = ntrex_perturbed::build(&shared) else {
        eprintln!("skipped: ../shared/eval/ntrex is absent");
        return;
    };
    let aligner = Aligner::new(Lexicon::embedded().unwrap());
    let mut counts = Counts::default();
    let mut flat = Counts::default();
    for doc in &docs {
        let pairs = aligner.align_document(&doc.zh, &doc.en, Level::Sentence);
        counts.add(&doc.gold, &ids(&pairs));
        // The same documents without paragraph structure: sentences alone.
        let pairs = aligner.align_document(&[doc.zh.concat()], &[doc.en.concat()], Level::Sentence);
        flat.add(&doc.gold, &ids(&pairs));
    }
    let (strict, lax) = (counts.strict(), counts.lax());
    println!(
        "NTREX perturbed, {} documents: strict P/R/F1 {:.3}/{:.3}/{:.3}, lax {:.3}/{:.3}/{:.3}; \
         without paragraphs strict F1 {:.3}, lax {:.3}",
        docs.len(),
        strict.precision,
        strict.recall,
        strict.f1,
        lax.precision,
        lax.recall,
        lax.f1,
        flat.strict().f1,
        flat.lax().f1
    );
    assert!(strict.f1 >= 0.97, "strict F1 {:.3}", strict.f1);
    assert!(lax.f1 >= 0.985, "lax F1 {:.3}", lax.f1);
    assert!(
        flat.strict().f1 >= 0.95,
        "strict F1 without paragraphs {:.3}",
        flat.strict().f1
    );
}

#[test]
fn one_long_document_is_aligned_as_well_as_its_parts() {
    // All of NTREX as one document of ~1,900 sentences a side: the band must follow
    // the path wherever it drifts from the diagonal.
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let Some(docs) = ntrex_perturbed::build(&shared) else {
        eprintln!("skipped: ../shared/eval/ntrex is absent");
        return;
    };
    let zh: Vec<String> = docs.iter().flat_map(|d| d.zh.concat()).collect();
    let en: Vec<String> = docs.iter().flat_map(|d| d.en.concat()).collect();
    let mut gold = Vec::new();
    let (mut zh_base, mut en_base) = (0, 0);
    for doc in &docs {
        for (z, e) in &doc.gold {
            gold.push((
                z.iter().map(|i| i + zh_base).collect(),
                e.iter().map(|j| j + en_base).collect(),
            ));
        }
        zh_base += doc.zh.iter().map(Vec::len).sum::<usize>();
        en_base += doc.en.iter().map(Vec::len).sum::<usize>();
    }
    let aligner = Aligner::new(Lexicon::embedded().unwrap());
    let pairs = aligner.align_document(&[zh], &[en], Level::Sentence);
    let mut counts = Counts::default();
    counts.add(&gold, &ids(&pairs));
    println!("NTREX as one document: strict F1 {:.3}", counts.strict().f1);
    assert!(
        counts.strict().f1 >= 0.95,
        "strict F1 {:.3}",
        counts.strict().f1
    );
}
