//! Two-stage tagging (Krishnan & Manning 2006, "An effective two-stage model for exploiting
//! non-local dependencies in named entity recognition"): a first model labels the document,
//! then a second model labels it again with, besides every feature of the first, what the
//! first said about the same words elsewhere in the same document. A sequence model sees one
//! sentence; a name is often clear in one sentence of an article ("la société Alstom") and
//! unclear in another ("Alstom a annoncé"), and the second stage carries the clear reading
//! over. Unlike the rule pass of [`super::consistency`], it is learned: it knows when the
//! first stage's other readings are worth trusting.
//!
//! The second model is trained on first-stage labels of the training documents made by
//! first-stage models that did not see them (jackknifing, `revue-train --stack-out`), so that
//! it learns how far the first stage's output can be trusted on unseen text.

use super::decode::{spans, N_LABELS};
use super::features::{capitalised, mix, TokenInfo, WordSlots};
use std::collections::HashMap;

/// Value of a [`FirstStage`] field when there is nothing to say (no other occurrence).
pub const NONE: u8 = 7;

/// What the first stage said around one token and about its word elsewhere in the document.
/// All zero (`on` false) in the first stage itself, whose features it then adds nothing to.
#[derive(Clone, Copy, Debug, Default)]
pub struct FirstStage {
    pub on: bool,
    /// The first stage's labels of this token and of its neighbours (label ids, `N_LABELS`
    /// at the edges of the document).
    pub own: u8,
    pub prev: u8,
    pub next: u8,
    /// The type (0 = none, 1 + index in [`super::decode::TYPES`]) the first stage gave most
    /// often to the same word capitalised elsewhere in the document; [`NONE`] when it is not
    /// capitalised elsewhere, or the token is not capitalised.
    pub word: u8,
    /// For a token inside a first-stage mention: the type (index in
    /// [`super::decode::TYPES`]) most other mentions of the same
    /// token sequence got ([`NONE`] when there is no other).
    pub mention: u8,
    /// The type (index in [`super::decode::TYPES`]) of the longer first-stage mentions elsewhere that hold the same capitalised
    /// word ("Dupont" in "Jean Dupont", "Alstom" in "groupe Alstom Transport"), [`NONE`] when
    /// none does; and whether the word was their last.
    pub longer: u8,
    pub longer_last: bool,
}

/// The type part of a label: 0 for O, 1 + type index for B-/I-.
#[inline]
fn type_of(label: u8) -> u8 {
    if label == 0 || label as usize >= N_LABELS {
        0
    } else {
        1 + (label - 1) / 2
    }
}

/// The index of the largest count, `NONE` when all are zero (ties: the first).
fn majority(counts: &[u16]) -> u8 {
    let mut best = NONE;
    let mut top = 0;
    for (k, &c) in counts.iter().enumerate() {
        if c > top {
            top = c;
            best = k as u8;
        }
    }
    best
}

/// Token sequences are told apart by the hashes of their forms.
fn sequence_key(infos: &[TokenInfo]) -> u64 {
    infos.iter().fold(0x5eed, |h, t| mix(h, t.form))
}

/// Longest mention whose token sequence is looked for elsewhere.
const MAX_MENTION: usize = 6;

/// Fills every token's [`FirstStage`] from the first stage's `labels` of the document.
pub fn mark(infos: &mut [TokenInfo], labels: &[u8]) {
    let n = infos.len();
    let mut words = WordSlots::new(n);
    let slot: Vec<u32> = infos.iter().map(|t| words.slot(t.lower) as u32).collect();
    // per word: how often each type (0 = O) was given to it capitalised
    let mut word_counts = vec![[0u16; 5]; words.len()];
    for i in 0..n {
        if capitalised(&infos[i]) {
            word_counts[slot[i] as usize][type_of(labels[i]) as usize] += 1;
        }
    }
    let mentions = spans(labels);
    // per word: types of the multi-token mentions holding it, not last (0..4) or last (4..8)
    let mut longer_counts = vec![[0u16; 8]; words.len()];
    let mut mention_counts: HashMap<u64, [u16; 4]> = HashMap::new();
    let mut mention_of = vec![usize::MAX; n];
    for (m, &(s, e, _)) in mentions.iter().enumerate() {
        let ty = type_of(labels[s]) as usize - 1;
        if e - s <= MAX_MENTION {
            mention_counts.entry(sequence_key(&infos[s..e])).or_default()[ty] += 1;
        }
        for i in s..e {
            mention_of[i] = m;
            if e - s >= 2 && capitalised(&infos[i]) {
                longer_counts[slot[i] as usize][ty + 4 * (i + 1 == e) as usize] += 1;
            }
        }
    }
    for i in 0..n {
        let own_type = type_of(labels[i]);
        let mut stage = FirstStage {
            on: true,
            own: labels[i],
            prev: if i > 0 { labels[i - 1] } else { N_LABELS as u8 },
            next: labels.get(i + 1).copied().unwrap_or(N_LABELS as u8),
            word: NONE,
            mention: NONE,
            longer: NONE,
            longer_last: false,
        };
        if capitalised(&infos[i]) {
            let mut c = word_counts[slot[i] as usize];
            c[own_type as usize] -= 1;
            stage.word = majority(&c);
            let mut l = longer_counts[slot[i] as usize];
            let m = mention_of[i];
            if m != usize::MAX {
                let (s, e, _) = mentions[m];
                if e - s >= 2 {
                    l[own_type as usize - 1 + 4 * (i + 1 == e) as usize] -= 1;
                }
            }
            let mut by_type = [0u16; 4];
            for k in 0..4 {
                by_type[k] = l[k] + l[k + 4];
            }
            stage.longer = majority(&by_type);
            if stage.longer != NONE {
                let k = stage.longer as usize;
                stage.longer_last = l[k + 4] >= l[k];
            }
        }
        if let Some(&(s, e, _)) = mentions.get(mention_of[i]) {
            if e - s <= MAX_MENTION {
                let mut c = mention_counts[&sequence_key(&infos[s..e])];
                c[own_type as usize - 1] -= 1;
                stage.mention = majority(&c);
            }
        }
        infos[i].stage = stage;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::{prepare, resources};

    #[test]
    fn other_occurrences_are_counted_without_the_token_itself() {
        let res = resources("fr", "");
        let text = "Jean Dupont arrive. Dupont parle. Dupont part.";
        let (tokens, mut infos) = prepare(text, &res);
        let words: Vec<&str> = tokens.iter().map(|t| t.as_str(text)).collect();
        // B-PER I-PER for "Jean Dupont", the second "Dupont" PER, the third left O
        let mut labels = vec![0u8; tokens.len()];
        labels[0] = 1;
        labels[1] = 2;
        let second = words.iter().enumerate().filter(|w| *w.1 == "Dupont").nth(1).unwrap().0;
        let third = words.iter().enumerate().filter(|w| *w.1 == "Dupont").nth(2).unwrap().0;
        labels[second] = 1;
        mark(&mut infos, &labels);
        let t = infos[third].stage;
        assert!(t.on);
        assert_eq!(t.own, 0);
        // elsewhere: twice PER (in "Jean Dupont" and alone)
        assert_eq!(t.word, 1);
        assert_eq!((t.longer, t.longer_last), (0, true));
        // the second: the first is PER, the third O → tie, the first count wins (O)
        assert_eq!(infos[second].stage.word, 0);
        assert_eq!(infos[second].stage.mention, NONE);
        assert_eq!(infos[1].stage.longer, NONE);
    }
}
