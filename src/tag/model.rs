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
//! ~40 × 9 integer additions.

pub const MAGIC: &[u8; 6] = b"RVNER1";

pub struct Model {
    pub n_labels: usize,
    keys: Vec<u32>,
    weights: Vec<i16>,
    /// Open addressing: index + 1 into `keys`, 0 = empty.
    index: Vec<u32>,
    mask: usize,
}

impl Model {
    pub fn from_parts(n_labels: usize, keys: Vec<u32>, weights: Vec<i16>) -> Model {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut index = vec![0u32; cap];
        let mask = cap - 1;
        for (n, &k) in keys.iter().enumerate() {
            let mut i = slot(k, mask);
            while index[i] != 0 {
                i = (i + 1) & mask;
            }
            index[i] = n as u32 + 1;
        }
        Model { n_labels, keys, weights, index, mask }
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
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [i32]) {
        for &f in feats {
            let mut i = slot(f, self.mask);
            loop {
                let e = self.index[i];
                if e == 0 {
                    break;
                }
                let n = (e - 1) as usize;
                if self.keys[n] == f {
                    let row = &self.weights[n * self.n_labels..(n + 1) * self.n_labels];
                    for (s, w) in scores.iter_mut().zip(row) {
                        *s += *w as i32;
                    }
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
    }
}

#[inline]
fn slot(k: u32, mask: usize) -> usize {
    (k.wrapping_mul(0x9E37_79B1) as usize ^ (k as usize >> 16)) & mask
}
