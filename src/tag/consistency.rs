//! Document-level consistency, applied after the tagger (one article = one document):
//!
//! 1. one name, one type: every mention with the same token sequence gets the type most of
//!    its mentions got (ties keep the tagger's own choice);
//! 2. a name tagged once is tagged everywhere: a capitalised, untagged occurrence of a
//!    token sequence that was tagged elsewhere in the document becomes a mention;
//! 3. surnames: a single capitalised token equal to the last token of a multi-token PER
//!    mention met in the document ("Blinken" after "Antony Blinken") is PER.

use super::decode::TYPES;
use super::features::{mix, Case, TokenInfo};
use super::EntityType;

const MAX_LEN: usize = 6;

fn seq_key(infos: &[TokenInfo]) -> u64 {
    infos.iter().fold(0x77, |h, t| mix(h, t.form))
}

fn type_ix(t: EntityType) -> usize {
    TYPES.iter().position(|x| *x == t).unwrap_or(0)
}

/// Rewrites `spans` (token ranges with types, sorted, non-overlapping) in place.
pub fn harmonise(infos: &[TokenInfo], spans: &mut Vec<(usize, usize, EntityType)>) {
    if spans.is_empty() {
        return;
    }
    // votes per exact token sequence
    let mut votes: foldhash::HashMap<u64, [u16; 4]> = foldhash::HashMap::default();
    let mut surnames: foldhash::HashMap<u64, u16> = foldhash::HashMap::default();
    let mut lens = [false; MAX_LEN + 1];
    for &(s, e, t) in spans.iter() {
        if e - s > MAX_LEN {
            continue;
        }
        lens[e - s] = true;
        votes.entry(seq_key(&infos[s..e])).or_default()[type_ix(t)] += 1;
        if t == EntityType::Per && e - s >= 2 && infos[e - 1].case == Case::Title as u8 {
            *surnames.entry(infos[e - 1].form).or_default() += 1;
        }
    }
    let majority = |v: &[u16; 4], own: EntityType| -> EntityType {
        let o = type_ix(own);
        let mut b = o;
        for k in 0..4 {
            if v[k] > v[b] {
                b = k;
            }
        }
        TYPES[b]
    };
    // 1 + 3 on existing mentions
    for sp in spans.iter_mut() {
        let (s, e) = (sp.0, sp.1);
        if e - s == 1 && surnames.contains_key(&infos[s].form) {
            sp.2 = EntityType::Per;
            continue;
        }
        if e - s <= MAX_LEN {
            if let Some(v) = votes.get(&seq_key(&infos[s..e])) {
                sp.2 = majority(v, sp.2);
            }
        }
    }
    // 2 + 3 on untagged stretches
    let mut added = Vec::new();
    let mut covered = vec![false; infos.len()];
    for &(s, e, _) in spans.iter() {
        for c in &mut covered[s..e] {
            *c = true;
        }
    }
    let capital = |t: &TokenInfo| t.case == Case::Title as u8 || t.case == Case::Upper as u8;
    let mut i = 0;
    while i < infos.len() {
        if covered[i] || !capital(&infos[i]) {
            i += 1;
            continue;
        }
        let mut found = None;
        for n in (1..=MAX_LEN).rev() {
            if !lens[n] || i + n > infos.len() || covered[i..i + n].iter().any(|c| *c) {
                continue;
            }
            if let Some(v) = votes.get(&seq_key(&infos[i..i + n])) {
                // a capitalised word also seen lower-case is a common word at sentence start
                if n == 1 && infos[i].sent_pos == 0 && infos[i].doc & 1 != 0 {
                    continue;
                }
                let mut b = 0;
                for k in 0..4 {
                    if v[k] > v[b] {
                        b = k;
                    }
                }
                found = Some((n, TYPES[b]));
                break;
            }
        }
        if found.is_none() && surnames.contains_key(&infos[i].form) && !(i + 1 < infos.len() && capital(&infos[i + 1]) && !covered[i + 1]) {
            found = Some((1, EntityType::Per));
        }
        if let Some((n, t)) = found {
            added.push((i, i + n, t));
            i += n;
        } else {
            i += 1;
        }
    }
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_unstable_by_key(|s| s.0);
    }
}
