//! The search: dynamic programming over beads in a band around the diagonal, widened
//! and run again only when the best path touches the band's edge, so a document costs
//! about O(n · band) rather than O(n²).

use super::units::{EnUnit, Shared, ZhUnit};
use super::{Bead, Model};

/// Half-width of the first band, in English units either side of the diagonal.
const FIRST_BAND: usize = 12;
/// How far a bead reaches back, at most (sides of 4 units).
const REACH: usize = 4;

/// Precomputed `Shared` for every (zh, en) pair a bead inside the band can touch.
struct PairTable {
    rows: Vec<(usize, Vec<Shared>)>,
}

impl PairTable {
    fn new(zh: &[ZhUnit], en: &[EnUnit], band: &Band) -> PairTable {
        let rows = zh
            .iter()
            .enumerate()
            .map(|(i, unit)| {
                // A bead ending in a later row can reach further right than this
                // row's band when English has more units per row.
                let reach = REACH + REACH * en.len().div_ceil(zh.len().max(1)) + 1;
                let (lo, hi) = band.columns(i, reach);
                let hi = hi.min(en.len());
                let shared = (lo..hi).map(|j| Shared::between(unit, &en[j])).collect();
                (lo, shared)
            })
            .collect();
        PairTable { rows }
    }

    fn get(&self, i: usize, j: usize) -> Shared {
        let (lo, row) = &self.rows[i];
        j.checked_sub(*lo)
            .and_then(|k| row.get(k))
            .copied()
            .unwrap_or_default()
    }
}

struct Band {
    n: usize,
    m: usize,
    width: usize,
}

impl Band {
    fn center(&self, i: usize) -> usize {
        (i * self.m + self.n / 2).checked_div(self.n).unwrap_or(0)
    }

    /// Columns of row `i`, widened by `extra`: `lo..hi` (hi exclusive, may pass m).
    fn columns(&self, i: usize, extra: usize) -> (usize, usize) {
        let c = self.center(i);
        let w = self.width + extra;
        (c.saturating_sub(w), (c + w + 1).min(self.m + 1))
    }
}

/// Aligns `zh` and `en` units with the beads `kinds` allows (pairs of side sizes).
pub fn align(zh: &[ZhUnit], en: &[EnUnit], model: &Model, kinds: &[(usize, usize)]) -> Vec<Bead> {
    let (n, m) = (zh.len(), en.len());
    let mut width = FIRST_BAND.max(n.abs_diff(m) / 8);
    loop {
        let band = Band { n, m, width };
        let (beads, touches_edge) = search(zh, en, model, kinds, &band);
        if !touches_edge || width >= n.max(m) {
            return beads;
        }
        width *= 2;
    }
}

fn search(
    zh: &[ZhUnit],
    en: &[EnUnit],
    model: &Model,
    kinds: &[(usize, usize)],
    band: &Band,
) -> (Vec<Bead>, bool) {
    let (n, m) = (zh.len(), en.len());
    let pairs = PairTable::new(zh, en, band);
    let en_masks: Vec<_> = en.iter().map(EnUnit::word_mask).collect();
    let rows: Vec<(usize, usize)> = (0..=n).map(|i| band.columns(i, 0)).collect();
    let mut offsets = Vec::with_capacity(n + 2);
    offsets.push(0);
    for &(lo, hi) in &rows {
        offsets.push(offsets[offsets.len() - 1] + (hi - lo));
    }
    let cells = offsets[n + 1];
    let mut cost = vec![f64::INFINITY; cells];
    let mut back = vec![u8::MAX; cells];
    let index = |i: usize, j: usize| -> Option<usize> {
        let (lo, hi) = rows[i];
        (lo..hi).contains(&j).then(|| offsets[i] + j - lo)
    };
    if let Some(origin) = index(0, 0) {
        cost[origin] = 0.0;
    }
    let context = BeadContext {
        zh,
        en,
        en_masks: &en_masks,
        pairs: &pairs,
    };
    for i in 0..=n {
        let (lo, hi) = rows[i];
        for j in lo..hi {
            let here = offsets[i] + j - lo;
            for (k, &(a, b)) in kinds.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let Some(from) = index(i - a, j - b) else {
                    continue;
                };
                if cost[from].is_infinite() {
                    continue;
                }
                let total = cost[from] + model.cost(&context, i - a, a, j - b, b).cost;
                if total < cost[here] {
                    cost[here] = total;
                    back[here] = k as u8;
                }
            }
        }
    }
    let mut beads = Vec::new();
    let mut touches_edge = false;
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let Some(here) = index(i, j) else {
            break;
        };
        let (lo, hi) = rows[i];
        if (j == lo && lo > 0) || (j + 1 == hi && hi <= m) {
            touches_edge = true;
        }
        let Some(&(a, b)) = kinds.get(back[here] as usize) else {
            // Unreachable within the band: widen it.
            return (Vec::new(), true);
        };
        let scored = model.cost(&context, i - a, a, j - b, b);
        beads.push(Bead {
            zh: i - a..i,
            en: j - b..j,
            score: scored.score,
        });
        i -= a;
        j -= b;
    }
    beads.reverse();
    (beads, touches_edge)
}

/// What a bead's cost is computed from.
pub struct BeadContext<'a> {
    pub zh: &'a [ZhUnit],
    pub en: &'a [EnUnit],
    pub en_masks: &'a [super::units::Mask],
    pairs: &'a PairTable,
}

/// Sums over a bead: matched and total words and numbers on both sides.
#[derive(Debug, Default, Clone, Copy)]
pub struct Overlap {
    pub words_matched: u32,
    pub words_total: u32,
    pub numbers_matched: u32,
    pub numbers_total: u32,
    pub names_matched: u32,
}

impl BeadContext<'_> {
    pub fn overlap(&self, i0: usize, a: usize, j0: usize, b: usize) -> Overlap {
        let mut overlap = Overlap::default();
        let mut en_words = [0u128; REACH];
        let mut en_numbers = [0u64; REACH];
        let mut en_names = [0u64; REACH];
        for i in i0..i0 + a {
            let mut zh_words = 0u128;
            let mut zh_numbers = 0u64;
            for (k, j) in (j0..j0 + b).enumerate() {
                let shared = self.pairs.get(i, j);
                zh_words |= shared.zh;
                zh_numbers |= shared.zh_numbers;
                en_words[k] |= shared.en;
                en_numbers[k] |= shared.en_numbers;
                en_names[k] |= shared.names;
            }
            let unit = &self.zh[i];
            overlap.words_matched += zh_words.count_ones();
            overlap.words_total += unit.words.count_ones();
            overlap.numbers_matched += zh_numbers.count_ones();
            overlap.numbers_total += unit.numbers.len().min(64) as u32;
        }
        for (k, j) in (j0..j0 + b).enumerate() {
            overlap.words_matched += en_words[k].count_ones();
            overlap.words_total += self.en_masks[j].count_ones();
            overlap.numbers_matched += en_numbers[k].count_ones();
            overlap.names_matched += en_names[k].count_ones();
            overlap.numbers_total += self.en[j].numbers.len().min(64) as u32;
        }
        overlap
    }

    pub fn lengths(&self, i0: usize, a: usize, j0: usize, b: usize) -> (f64, f64) {
        (
            self.zh[i0..i0 + a].iter().map(|u| u.len).sum(),
            self.en[j0..j0 + b].iter().map(|u| u.len).sum(),
        )
    }
}
