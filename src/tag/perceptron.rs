//! Averaged-perceptron training (Collins 2002) for the tagger, with lazy averaging.
//!
//! Training runs the same Viterbi decoder as inference ([`super::decode::train_doc`]): each
//! sentence is decoded with the current weights and, when the predicted label sequence differs
//! from the gold one, the gold path's features are rewarded and the predicted path's penalised. The averaged
//! weights are then pruned and quantised to i16 ([`Trainer::finish`]).

use super::model::Model;
use foldhash::{HashMap, HashMapExt};

pub struct Trainer {
    n_labels: usize,
    index: HashMap<u32, u32>,
    keys: Vec<u32>,
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    /// Number of update steps (instances) seen.
    pub t: u32,
}

impl Trainer {
    pub fn new(n_labels: usize) -> Trainer {
        Trainer { n_labels, index: HashMap::new(), keys: Vec::new(), w: Vec::new(), total: Vec::new(), stamp: Vec::new(), t: 0 }
    }

    /// Current (non-averaged) scores.
    pub fn score(&self, feats: &[u32], scores: &mut [f32]) {
        for f in feats {
            if let Some(&n) = self.index.get(f) {
                let n = n as usize * self.n_labels;
                for (s, w) in scores.iter_mut().zip(&self.w[n..n + self.n_labels]) {
                    *s += *w;
                }
            }
        }
    }

    fn row(&mut self, f: u32) -> usize {
        let n_labels = self.n_labels;
        let len = self.keys.len() as u32;
        let n = *self.index.entry(f).or_insert(len);
        if n == len {
            self.keys.push(f);
            self.w.extend(std::iter::repeat(0.0).take(n_labels));
            self.total.extend(std::iter::repeat(0.0).take(n_labels));
            self.stamp.extend(std::iter::repeat(0).take(n_labels));
        }
        n as usize * n_labels
    }

    fn bump(&mut self, j: usize, delta: f32) {
        self.total[j] += (self.t - self.stamp[j]) as f64 * self.w[j] as f64;
        self.stamp[j] = self.t;
        self.w[j] += delta;
    }

    /// One instance: `gold` vs `pred` labels over `feats`.
    pub fn update(&mut self, feats: &[u32], gold: usize, pred: usize) {
        self.t += 1;
        if gold == pred {
            return;
        }
        for &f in feats {
            let r = self.row(f);
            self.bump(r + gold, 1.0);
            self.bump(r + pred, -1.0);
        }
    }

    /// Adds `delta` to the weights of `feats` for `label` (structured updates).
    pub fn add(&mut self, feats: &[u32], label: usize, delta: f32) {
        for &f in feats {
            let r = self.row(f);
            self.bump(r + label, delta);
        }
    }

    /// Advances the averaging clock by `n` instances.
    pub fn tick(&mut self, n: usize) {
        self.t += n as u32;
    }

    /// Averaged weights, pruned (all |w| < `min_weight` → dropped) and quantised to i16.
    pub fn finish(self, min_weight: f32) -> Model {
        Trainer::finish_all(vec![self], min_weight)
    }

    /// The averaged weights of each feature, `n_labels` per key.
    fn averaged(mut self) -> (Vec<u32>, Vec<f32>) {
        let t = self.t.max(1);
        for j in 0..self.w.len() {
            self.total[j] += (t - self.stamp[j]) as f64 * self.w[j] as f64;
        }
        (self.keys, self.total.iter().map(|x| (*x / t as f64) as f32).collect())
    }

    /// The mean of the averaged weights of several trainers (the same data in other orders:
    /// a perceptron's weights depend on the order it met the examples in, and the mean of a
    /// few runs depends on it less), pruned and quantised as [`Trainer::finish`].
    pub fn finish_all(trainers: Vec<Trainer>, min_weight: f32) -> Model {
        let l = trainers[0].n_labels;
        let n = trainers.len() as f32;
        let mut index: HashMap<u32, usize> = HashMap::new();
        let mut keys: Vec<u32> = Vec::new();
        let mut avg: Vec<f32> = Vec::new();
        for tr in trainers {
            let (k, a) = tr.averaged();
            for (r, key) in k.iter().enumerate() {
                let len = keys.len();
                let row = *index.entry(*key).or_insert(len);
                if row == len {
                    keys.push(*key);
                    avg.extend(std::iter::repeat(0.0).take(l));
                }
                for (d, s) in avg[row * l..(row + 1) * l].iter_mut().zip(&a[r * l..(r + 1) * l]) {
                    *d += *s / n;
                }
            }
        }
        let mut rows: Vec<(u32, usize)> = keys
            .iter()
            .enumerate()
            .filter(|(n, _)| avg[n * l..(n + 1) * l].iter().any(|w| w.abs() >= min_weight))
            .map(|(n, &k)| (k, n))
            .collect();
        rows.sort_unstable();
        let maxw = rows.iter().flat_map(|&(_, n)| avg[n * l..(n + 1) * l].iter()).fold(0f32, |m, w| m.max(w.abs()));
        let scale = if maxw > 0.0 { 32000.0 / maxw } else { 1.0 };
        let keys = rows.iter().map(|r| r.0).collect();
        let mut weights = Vec::with_capacity(rows.len() * l);
        for &(_, n) in &rows {
            for w in &avg[n * l..(n + 1) * l] {
                weights.push((w * scale).round() as i16);
            }
        }
        Model::from_parts(l, keys, weights)
    }
}
