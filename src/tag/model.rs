//! The tagger's weights: a compact table of hashed features → one i16 weight per label.
//!
//! File format (`data/models/ner-*.bin`, little-endian):
//! ```text
//! b"RVNER1"            magic + version
//! u8  n_labels          (9: O, then B-/I- for PER, LOC, ORG, MISC)
//! u32 n_features
//! u32 × n_features      feature hashes, sorted ascending (sorted keys gzip well)
//! i16 × n_features × n_labels   quantised averaged-perceptron weights, row per feature
//! ```
//! Features whose weights are all near zero are pruned at training time. At load the keys are
//! put in an open-addressing index (one probe on average), so scoring a token is ~40 probes and
//! ~40 × 9 integer additions. The index holds the keys alone, the weight rows sit in a
//! parallel array: a probe for a feature the model does not know (many of a token's) reads
//! 4 bytes of a table a sixth the size, which stays in cache far more often.

pub const MAGIC: &[u8; 6] = b"RVNER1";

pub struct Model {
    pub n_labels: usize,
    keys: Vec<u32>,
    weights: Vec<i16>,
    /// Open addressing over the keys alone; key 0 = empty (a feature hashing to 0 is
    /// remapped to 1 at both ends). Most features of a token are not in the model: their
    /// probes read only this array, small enough to stay in cache.
    slots: Vec<u32>,
    /// The weights of the key in `slots[i]`, at `rows[i]`.
    rows: Vec<[i16; MAX_LABELS]>,
    mask: usize,
}

const MAX_LABELS: usize = 9;

#[inline]
fn nz(k: u32) -> u32 {
    if k == 0 {
        1
    } else {
        k
    }
}

impl Model {
    pub fn from_parts(n_labels: usize, keys: Vec<u32>, weights: Vec<i16>) -> Model {
        let n_labels = n_labels.min(MAX_LABELS);
        let cap = (keys.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let mut slots = vec![0u32; cap];
        let mut rows = vec![[0i16; MAX_LABELS]; cap];
        let mask = cap - 1;
        for (n, &k) in keys.iter().enumerate() {
            let k = nz(k);
            let mut i = slot(k, mask);
            while slots[i] != 0 && slots[i] != k {
                i = (i + 1) & mask;
            }
            slots[i] = k;
            if let Some(row) = weights.get(n * n_labels..(n + 1) * n_labels) {
                rows[i][..n_labels].copy_from_slice(row);
            }
        }
        Model { n_labels, keys, weights, slots, rows, mask }
    }

    /// Parses the file format above; `None` on any inconsistency.
    pub fn load(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let (&n_labels, rest) = rest.split_first()?;
        let n_labels = n_labels as usize;
        let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let rest = &rest[4..];
        let kb = rest.get(..n.checked_mul(4)?)?;
        let wb = rest.get(n * 4..n * 4 + n.checked_mul(n_labels * 2)?)?;
        let keys = kb.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let weights = wb.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
        Some(Model::from_parts(n_labels, keys, weights))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(11 + self.keys.len() * (4 + 2 * self.n_labels));
        out.extend_from_slice(MAGIC);
        out.push(self.n_labels as u8);
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        for k in &self.keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Adds the weights of `feats` to `scores` (length `n_labels`).
    #[inline(always)]
    pub fn score(&self, feats: &[u32], scores: &mut [i32]) {
        for &f in feats {
            let f = nz(f);
            let mut i = slot(f, self.mask);
            loop {
                let key = self.slots[i];
                if key == f {
                    add_row(scores, &self.rows[i][..self.n_labels]);
                    break;
                }
                if key == 0 {
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
    }
}

/// `scores += row`. A full row of [`MAX_LABELS`] into a score array that long (the decoder's
/// case) is a fixed-length loop the compiler unrolls and vectorises.
#[inline(always)]
fn add_row(scores: &mut [i32], row: &[i16]) {
    if let (Ok(s), Ok(r)) = (<&mut [i32; MAX_LABELS]>::try_from(&mut *scores), <&[i16; MAX_LABELS]>::try_from(row)) {
        for k in 0..MAX_LABELS {
            s[k] += r[k] as i32;
        }
    } else {
        for (s, w) in scores.iter_mut().zip(row) {
            *s += *w as i32;
        }
    }
}

#[inline]
fn slot(k: u32, mask: usize) -> usize {
    (k.wrapping_mul(0x9E37_79B1) as usize ^ (k as usize >> 16)) & mask
}
