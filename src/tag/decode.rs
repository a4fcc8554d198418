//! Greedy left-to-right decoding over BIO labels, shared by inference and training.
//!
//! Labels: 0 = O, `1 + 2k` = B-type k, `2 + 2k` = I-type k, types in [`TYPES`] order. An `I-X`
//! is only allowed after `B-X`/`I-X` (the constraint is applied at decoding, not learned).

use super::features::{label_features, static_features, TokenInfo, START_LABEL};
use super::model::Model;
use super::perceptron::Trainer;
use super::EntityType;

pub const TYPES: [EntityType; 4] = [EntityType::Per, EntityType::Loc, EntityType::Org, EntityType::Misc];
pub const N_LABELS: usize = 1 + 2 * TYPES.len();

pub fn b_label(ty: EntityType) -> u8 {
    1 + 2 * TYPES.iter().position(|t| *t == ty).unwrap_or(0) as u8
}

#[inline]
fn allowed(prev: u8, l: usize) -> bool {
    if l == 0 || l % 2 == 1 {
        return true;
    }
    prev != START_LABEL && (prev as usize == l - 1 || prev as usize == l)
}

/// Anything that scores a feature list for every label.
pub trait Scorer {
    fn scores(&self, feats: &[u32], out: &mut [f32; N_LABELS]);
}

impl Scorer for Model {
    #[inline]
    fn scores(&self, feats: &[u32], out: &mut [f32; N_LABELS]) {
        let mut s = [0i32; N_LABELS];
        self.score(feats, &mut s);
        for (o, v) in out.iter_mut().zip(s) {
            *o = v as f32;
        }
    }
}

impl Scorer for Trainer {
    fn scores(&self, feats: &[u32], out: &mut [f32; N_LABELS]) {
        *out = [0.0; N_LABELS];
        self.score(feats, out);
    }
}

fn best(scores: &[f32; N_LABELS], prev: u8) -> u8 {
    let mut b = 0usize;
    let mut bs = f32::NEG_INFINITY;
    for (l, &s) in scores.iter().enumerate() {
        if s > bs && allowed(prev, l) {
            bs = s;
            b = l;
        }
    }
    b as u8
}

/// Labels for a document's tokens (the label history restarts at each sentence).
pub fn decode<S: Scorer>(scorer: &S, infos: &[TokenInfo]) -> Vec<u8> {
    run(infos, |feats, p1| {
        let mut scores = [0f32; N_LABELS];
        scorer.scores(feats, &mut scores);
        best(&scores, p1)
    })
}

/// One training pass over a document: decode greedily with the current weights and update
/// them where the prediction differs from `gold`. Returns the predicted labels.
pub fn train_doc(trainer: &mut Trainer, infos: &[TokenInfo], gold: &[u8]) -> Vec<u8> {
    let mut i = 0usize;
    run(infos, |feats, p1| {
        let mut scores = [0f32; N_LABELS];
        trainer.scores(feats, &mut scores);
        let l = best(&scores, p1);
        trainer.update(feats, gold[i] as usize, l as usize);
        i += 1;
        // teacher forcing is not used: the history is the model's own predictions
        l
    })
}

fn run(infos: &[TokenInfo], mut step: impl FnMut(&[u32], u8) -> u8) -> Vec<u8> {
    let mut labels = Vec::with_capacity(infos.len());
    let mut feats = Vec::with_capacity(64);
    let (mut p1, mut p2) = (START_LABEL, START_LABEL);
    for i in 0..infos.len() {
        if infos[i].sent_pos == 0 {
            p1 = START_LABEL;
            p2 = START_LABEL;
        }
        feats.clear();
        static_features(infos, i, &mut feats);
        label_features(infos, i, p1, p2, &mut feats);
        let l = step(&feats, p1);
        labels.push(l);
        p2 = p1;
        p1 = l;
    }
    labels
}

/// Token ranges `[start, end)` with their type, from BIO labels.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let l = labels[i] as usize;
        if l != 0 && l < N_LABELS {
            let k = (l - 1) / 2;
            let mut j = i + 1;
            while j < labels.len() && labels[j] as usize == 2 + 2 * k {
                j += 1;
            }
            out.push((i, j, TYPES[k]));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}
