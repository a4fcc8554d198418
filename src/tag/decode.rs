//! Viterbi decoding over BIO labels, shared by inference and training (structured perceptron).
//!
//! Labels: 0 = O, `1 + 2k` = B-type k, `2 + 2k` = I-type k, types in [`TYPES`] order. An `I-X`
//! is only allowed after `B-X`/`I-X` (the constraint is applied at decoding, not learned).

use super::features::{context_features, label_features, label_token_features, static_features, transition_features, word_features, Case, TokenInfo, WordKey, START_LABEL};
use super::model::Model;
use super::perceptron::Trainer;
use super::EntityType;
use foldhash::HashMap;

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
    /// Hypotheses scoring more than this below the best are not extended (inference speed:
    /// most tokens are plainly O and keep one hypothesis).
    fn beam_gap(&self) -> f32 {
        f32::INFINITY
    }
    /// Whether plain lower-case words after plain words may be passed over (see
    /// [`passes_over`]); training scores every token.
    fn pass_over_plain_words(&self) -> bool {
        false
    }
    /// The scores of token `i`'s [`static_features`] (`feats` and `words` are the search's
    /// buffers, see [`Lattice`]).
    fn static_scores(&self, infos: &[TokenInfo], i: usize, feats: &mut Vec<u32>, _words: &mut WordScores, out: &mut [f32; N_LABELS]) {
        feats.clear();
        static_features(infos, i, feats);
        self.scores(feats, out);
    }
}

/// A document's word scores: the summed weights of the [`word_features`] of each distinct
/// word met, by [`WordKey`].
pub type WordScores = HashMap<WordKey, [i32; N_LABELS]>;

impl Scorer for Model {
    #[inline(always)]
    fn scores(&self, feats: &[u32], out: &mut [f32; N_LABELS]) {
        let mut s = [0i32; N_LABELS];
        self.score(feats, &mut s);
        for (o, v) in out.iter_mut().zip(s) {
            *o = v as f32;
        }
    }
    /// Weights are quantised so that the largest is 32000: the gap is a few strong features.
    fn beam_gap(&self) -> f32 {
        BEAM_GAP_MAX_WEIGHTS * 32000.0
    }
    fn pass_over_plain_words(&self) -> bool {
        true
    }
    /// The word features' part is looked up once a document for each distinct word: the
    /// weights are integers, so the sum is the same in any order.
    fn static_scores(&self, infos: &[TokenInfo], i: usize, feats: &mut Vec<u32>, words: &mut WordScores, out: &mut [f32; N_LABELS]) {
        let t = &infos[i];
        let mut s = *words.entry(WordKey::of(t)).or_insert_with(|| {
            let mut s = [0i32; N_LABELS];
            feats.clear();
            word_features(t, feats);
            self.score(feats, &mut s);
            s
        });
        feats.clear();
        context_features(infos, i, feats);
        self.score(feats, &mut s);
        for (o, v) in out.iter_mut().zip(s) {
            *o = v as f32;
        }
    }
}

/// Beam gap at inference, in units of the model's largest weight.
const BEAM_GAP_MAX_WEIGHTS: f32 = 4.0;

impl Scorer for Trainer {
    fn scores(&self, feats: &[u32], out: &mut [f32; N_LABELS]) {
        *out = [0.0; N_LABELS];
        self.score(feats, out);
    }
}

/// Labels for a document's tokens: Viterbi search per sentence (the label history restarts at
/// each sentence), so a confident later token can revise an earlier choice ("Banque" alone
/// looks like O until "de France" follows).
///
/// The label features are second order (`p1`, `p2`); the search is first order over `p1`, the
/// `p2` of each hypothesis being the one on the best path that ends in `p1` (the usual
/// approximation, exact when the `p2` feature is ignored).
pub fn decode<S: Scorer>(scorer: &S, infos: &[TokenInfo]) -> Vec<u8> {
    let mut labels = Vec::with_capacity(infos.len());
    let mut lat = Lattice::default();
    lat.forget_transitions();
    for (s, e) in sentence_ranges(infos) {
        viterbi(scorer, infos, s, e, &mut lat, &mut labels);
    }
    labels
}

/// One structured-perceptron pass over a document (Collins 2002): decode each sentence with the
/// current weights and the same search as inference; where the predicted sequence differs
/// from `gold`, reward the gold path's features and penalise the predicted path's. Returns the
/// predicted labels.
pub fn train_doc(trainer: &mut Trainer, infos: &[TokenInfo], gold: &[u8]) -> Vec<u8> {
    let mut labels = Vec::with_capacity(infos.len());
    let mut lat = Lattice::default();
    let mut fg = Vec::with_capacity(64);
    let mut fp = Vec::with_capacity(64);
    for (s, e) in sentence_ranges(infos) {
        let from = labels.len();
        lat.forget_transitions();
        viterbi(&*trainer, infos, s, e, &mut lat, &mut labels);
        let pred = &labels[from..];
        let g = &gold[s..e];
        if pred != g {
            let hist = |l: &[u8], k: usize| -> (u8, u8) {
                let p1 = if k >= 1 { l[k - 1] } else { START_LABEL };
                let p2 = if k >= 2 { l[k - 2] } else { START_LABEL };
                (p1, p2)
            };
            for k in 0..(e - s) {
                let i = s + k;
                let (gp1, gp2) = hist(g, k);
                let (pp1, pp2) = hist(pred, k);
                if g[k] == pred[k] && (gp1, gp2) == (pp1, pp2) {
                    continue;
                }
                if g[k] != pred[k] {
                    fg.clear();
                    static_features(infos, i, &mut fg);
                    trainer.add(&fg, g[k] as usize, 1.0);
                    trainer.add(&fg, pred[k] as usize, -1.0);
                }
                fg.clear();
                label_features(infos, i, gp1, gp2, &mut fg);
                trainer.add(&fg, g[k] as usize, 1.0);
                fp.clear();
                label_features(infos, i, pp1, pp2, &mut fp);
                trainer.add(&fp, pred[k] as usize, -1.0);
            }
        }
        trainer.tick(e - s);
    }
    labels
}

/// `[start, end)` token ranges of the sentences (a sentence starts where `sent_pos == 0`).
fn sentence_ranges(infos: &[TokenInfo]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for i in 1..infos.len() {
        if infos[i].sent_pos == 0 {
            out.push((s, i));
            s = i;
        }
    }
    if s < infos.len() {
        out.push((s, infos.len()));
    }
    out
}

/// Reused buffers of the search.
#[derive(Default)]
struct Lattice {
    /// back pointers, `N_LABELS` per token of the sentence
    back: Vec<u8>,
    feats: Vec<u32>,
    /// scores of the label-only features per (p1, p2) pair, filled on first use; valid for
    /// one search (training changes the weights between sentences)
    trans: Vec<[f32; N_LABELS]>,
    cached: Vec<bool>,
    /// word scores of the document (inference), see [`Scorer::static_scores`]
    words: WordScores,
}

impl Lattice {
    fn forget_transitions(&mut self) {
        self.trans.resize(N_LABELS * (N_LABELS + 1), [0.0; N_LABELS]);
        self.cached.clear();
        self.cached.resize(N_LABELS * (N_LABELS + 1), false);
    }
}

/// Hypotheses kept per token (of 9); 3 loses nothing measurable and halves the lookups.
const BEAM: usize = 3;

fn viterbi<S: Scorer + ?Sized>(scorer: &S, infos: &[TokenInfo], s: usize, e: usize, lat: &mut Lattice, out: &mut Vec<u8>) {
    const NEG: f32 = f32::NEG_INFINITY;
    let n = e - s;
    if n == 0 {
        return;
    }
    lat.back.clear();
    lat.back.resize(n * N_LABELS, 0);

    let mut delta = [NEG; N_LABELS];
    let mut st = [0f32; N_LABELS];
    let mut tr = [0f32; N_LABELS];
    for k in 0..n {
        let i = s + k;
        if k > 0 && passes_over(scorer, infos, i, &delta) {
            // Every path goes through O here, from O: the same score for all, which changes
            // no later choice. Nothing to look up.
            let mut next = [NEG; N_LABELS];
            next[0] = delta[0];
            lat.back[k * N_LABELS] = 0;
            delta = next;
            continue;
        }
        scorer.static_scores(infos, i, &mut lat.feats, &mut lat.words, &mut st);
        let mut next = [NEG; N_LABELS];
        if k == 0 {
            lat.feats.clear();
            label_features(infos, i, START_LABEL, START_LABEL, &mut lat.feats);
            scorer.scores(&lat.feats, &mut tr);
            for l in 0..N_LABELS {
                if allowed(START_LABEL, l) {
                    next[l] = st[l] + tr[l];
                }
            }
        } else {
            // beam: only the BEAM best hypotheses are extended (speed: the label features are
            // looked up once per extended hypothesis)
            let mut order = [0u8; N_LABELS];
            let mut m = 0;
            let top = delta.iter().fold(NEG, |a, &b| a.max(b));
            let floor = top - scorer.beam_gap();
            for p in 0..N_LABELS {
                if delta[p] != NEG && delta[p] >= floor {
                    order[m] = p as u8;
                    m += 1;
                }
            }
            if m > BEAM {
                order[..m].sort_unstable_by(|a, b| delta[*b as usize].total_cmp(&delta[*a as usize]));
            }
            for &p in &order[..m.min(BEAM)] {
                let p = p as usize;
                let p2 = if k >= 2 { lat.back[(k - 1) * N_LABELS + p] } else { START_LABEL };
                let c = p * (N_LABELS + 1) + if p2 == START_LABEL { N_LABELS } else { p2 as usize };
                if !lat.cached[c] {
                    lat.feats.clear();
                    transition_features(p as u8, p2, &mut lat.feats);
                    scorer.scores(&lat.feats, &mut lat.trans[c]);
                    lat.cached[c] = true;
                }
                lat.feats.clear();
                label_token_features(infos, i, p as u8, &mut lat.feats);
                scorer.scores(&lat.feats, &mut tr);
                for (t, c) in tr.iter_mut().zip(&lat.trans[c]) {
                    *t += *c;
                }
                for l in 0..N_LABELS {
                    if !allowed(p as u8, l) {
                        continue;
                    }
                    let v = delta[p] + st[l] + tr[l];
                    if v > next[l] {
                        next[l] = v;
                        lat.back[k * N_LABELS + l] = p as u8;
                    }
                }
            }
        }
        delta = next;
    }
    let mut l = 0usize;
    for j in 1..N_LABELS {
        if delta[j] > delta[l] {
            l = j;
        }
    }
    let from = out.len();
    out.resize(from + n, 0);
    for k in (0..n).rev() {
        out[from + k] = l as u8;
        if k > 0 {
            l = lat.back[k * N_LABELS + l] as usize;
        }
    }
}

/// A token the search can pass over at inference: a punctuation mark, or a plain lower-case
/// word (no digit, in no name list, never capitalised elsewhere in the document) after a
/// plain lower-case word and with no capitalised word in the next [`NAME_LOOKAHEAD`] ("l'hôpital Pasteur", "la place de la
/// Concorde", "le 18e arrondissement de Paris" are names), where O is the only hypothesis the beam
/// keeps. It can then only be O or start a lower-case name, which the model next to never
/// does (no label changed on WiNER-fr dev nor wikigold); I- is ruled out, nothing before it
/// being a name. About half the words of news text are such words: the tagger runs twice as
/// fast for it. A punctuation mark never starts a name, whatever follows; a lower-case word
/// after one may ("Triathlon : championnat du monde d'Ironman"), so it is scored.
///
/// Words looked ahead for a capitalised one ("rue de la Boétie": 3).
const NAME_LOOKAHEAD: usize = 3;

#[inline]
fn passes_over<S: Scorer + ?Sized>(
    scorer: &S,
    infos: &[TokenInfo],
    i: usize,
    delta: &[f32; N_LABELS],
) -> bool {
    const LOWER: u8 = Case::Lower as u8;
    const PUNCT: u8 = Case::Punct as u8;
    let (t, prev) = (&infos[i], &infos[i - 1]);
    let named = |n: &TokenInfo| {
        n.case == Case::Title as u8 || n.case == Case::Upper as u8 || n.case == Case::Mixed as u8
    };
    let plain_word = t.case == LOWER && !t.digit && t.lex == 0 && t.lex_seq == 0 && t.doc & 0b110 == 0;
    (t.case == PUNCT || plain_word && prev.case == LOWER && !infos[i + 1..].iter().take(NAME_LOOKAHEAD).any(named))
        && scorer.pass_over_plain_words()
        && delta[1..].iter().all(|d| *d < delta[0] - scorer.beam_gap())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped model with every token's static features looked up in full, as training
    /// scores them.
    struct Uncached<'m>(&'m Model);

    impl Scorer for Uncached<'_> {
        fn scores(&self, feats: &[u32], out: &mut [f32; N_LABELS]) {
            self.0.scores(feats, out);
        }
        fn beam_gap(&self) -> f32 {
            self.0.beam_gap()
        }
        fn pass_over_plain_words(&self) -> bool {
            true
        }
    }

    #[test]
    fn word_scores_once_a_document_change_no_label() {
        let text = "Le président Ilham Aliev a reçu lundi à Bakou le Premier ministre arménien Nikol Pachinian. \
            Aliev et Pachinian ont parlé du Haut-Karabakh ; selon l'AFP, l'Union européenne et l'OTAN suivent les discussions. \
            À Erevan, Pachinian a dit que l'Arménie « ne renoncera pas ». L'ONU, l'UE et Moscou ont salué la rencontre de Bakou.";
        for (lang, text) in [("fr", text), ("en", "President Ilham Aliyev met Nikol Pashinyan in Brussels. Aliyev told Reuters that Brussels and the European Union would host talks; Pashinyan said Armenia and the EU agreed.")] {
            let tagger = super::super::tagger(lang).expect("embedded model");
            let (_, infos) = super::super::prepare(text, tagger.res);
            let labels = decode(&tagger.model, &infos);
            assert!(labels.iter().any(|&l| l != 0), "{lang}: names found");
            assert_eq!(labels, decode(&Uncached(&tagger.model), &infos), "{lang}");
        }
        // Equal keys, equal word features ("Pachinian", three times in mid-sentence); a
        // document flag apart, another key ("Aliev" opens a sentence once: each of its two
        // occurrences sees the other in another place).
        let (tokens, infos) = super::super::prepare(text, super::super::tagger("fr").unwrap().res);
        let at = |word: &str| tokens.iter().position(|t| t.as_str(text) == word).expect("in the text");
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let named = |t: &&TokenInfo| t.case != Case::Lower as u8 && t.case != Case::Punct as u8 && t.len >= 5;
        let aliev: Vec<&TokenInfo> = infos.iter().filter(named).filter(|t| t.form == infos[at("Aliev")].form).collect();
        assert_eq!(aliev.len(), 2);
        assert!(WordKey::of(aliev[0]) != WordKey::of(aliev[1]));
        let pachinian: Vec<&TokenInfo> = infos.iter().filter(named).filter(|t| WordKey::of(t) == WordKey::of(&infos[at("Pachinian")])).collect();
        assert_eq!(pachinian.len(), 3);
        word_features(pachinian[0], &mut a);
        word_features(pachinian[2], &mut b);
        assert_eq!(a, b);
        let mut flagged = *pachinian[0];
        flagged.doc ^= 1;
        assert!(WordKey::of(&flagged) != WordKey::of(pachinian[0]));
    }
}
