//! Feature extraction for the entity tagger: every feature is a `u32` hash, computed straight
//! from the bytes of the text (no per-token `String`).
//!
//! Two layers: [`TokenInfo`] holds what is known of one token alone (hashes of its form, lower
//! case, shape, affixes; its word clusters; lexicon flags; its place in the sentence; how the
//! same word is written elsewhere in the document), computed once per document; then
//! [`static_features`] combines a ±2 window of those into the feature list of one position.
//! Features that depend on earlier decisions (previous labels) are added by the decoder
//! ([`label_features`]).

use super::lexicon::Resources;
use crate::tokenize::Token;

const K: u64 = 0x517c_c1b7_2722_0a95;

/// FxHash-style step: cheap, good enough for feature hashing.
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Final avalanche so that the low 32 bits depend on every input bit.
#[inline]
pub fn finish(mut h: u64) -> u32 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h as u32
}

#[inline]
fn norm_char(c: char) -> char {
    match c {
        '’' | 'ʼ' | '`' | '´' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        _ => c,
    }
}

/// Hash of a string as written (apostrophes and hyphens normalised).
pub fn hash_form(s: &str) -> u64 {
    s.chars().fold(0xcbf2_9ce4_8422_2325, |h, c| mix(h, norm_char(c) as u64))
}

/// Hash of a string lower-cased (same normalisation as [`hash_form`]).
pub fn hash_lower(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325;
    for c in s.chars() {
        h = mix_lowercase(h, norm_char(c));
    }
    h
}

/// `h` mixed with the characters of `c` lowercased. An ASCII character (most of them)
/// lowercases to one, without the Unicode case tables: every token's hashes go through here.
#[inline]
fn mix_lowercase(mut h: u64, c: char) -> u64 {
    if c.is_ascii() {
        return mix(h, c.to_ascii_lowercase() as u64);
    }
    for l in c.to_lowercase() {
        h = mix(h, l as u64);
    }
    h
}

/// Coarse orthographic class of a token.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Case {
    Lower = 0,
    Title = 1,
    Upper = 2,
    Mixed = 3,
    Digit = 4,
    Punct = 5,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct TokenInfo {
    pub form: u64,
    pub lower: u64,
    pub shape: u64,
    pub prefix: [u64; 3],
    pub suffix: [u64; 4],
    pub case: u8,
    pub len: u8,
    pub cluster: [u16; 2],
    /// Classes of the second set ([`super::lexicon::NO_SECOND_SET`] when the language has none).
    pub cluster2: [u16; 2],
    /// Lexicon flags of the token alone (bit per list) and as part of a multi-word entry.
    pub lex: u8,
    pub lex_seq: u8,
    /// 0 = first of its sentence, 1 = second, 2 = later.
    pub sent_pos: u8,
    /// The token has a digit ("8e", "G7"): a lower-case token with one is no plain word.
    pub digit: bool,
    /// Document flags: bit 0 = the same word occurs lower-cased elsewhere; bit 1 = occurs
    /// capitalised in mid-sentence elsewhere; bit 2 = occurs in all caps elsewhere.
    pub doc: u8,
    /// The run of capitalised tokens this token belongs to (see [`cap_runs`]): 0 = none,
    /// 1 = alone, 2 = first, 3 = inside, 4 = last.
    pub run_pos: u8,
    pub run_len: u8,
    /// Lower-case hash, gazetteer flags and fine class of the run's last word (its head:
    /// `Hospital`, `Railway`, `Parish`) and the flags of its first word (a given name).
    pub run_head: u64,
    pub run_head_lex: u8,
    pub run_head_cl: u16,
    pub run_first_lex: u8,
    /// Across a connector (`University of Texas`, `Bank of England`): the lower-case hash of
    /// the head of the run before it (for the tokens of the run after it) or 0.
    pub run_before: u64,
    /// Contexts of the same word elsewhere in the document ([`doc_contexts`]).
    pub doc_ctx: u8,
}

/// Per-token information for a whole document.
pub fn token_infos(text: &str, tokens: &[Token], sents: &[(usize, usize)], res: &Resources) -> Vec<TokenInfo> {
    // A token's own features follow from its text alone: read once for each distinct word (an
    // article has about three tokens for each distinct one).
    let mut read: foldhash::HashMap<&str, TokenInfo> = foldhash::HashMap::with_capacity_and_hasher(tokens.len() / 2, Default::default());
    let mut out: Vec<TokenInfo> = tokens
        .iter()
        .map(|t| {
            let s = t.as_str(text);
            *read.entry(s).or_insert_with(|| one_token(s))
        })
        .collect();
    look_up_words(&mut out, res);
    for &(s, e) in sents {
        for (k, info) in out[s..e].iter_mut().enumerate() {
            info.sent_pos = k.min(2) as u8;
        }
    }
    // Lexicon entries of several tokens (`Arabie saoudite`, `Nations unies`).
    res.lexicon.mark_sequences(&mut out);
    res.org_extra.mark_sequences(&mut out);
    doc_flags(&mut out);
    for &(s, e) in sents {
        cap_runs(text, tokens, &mut out, s, e);
    }
    doc_contexts(&mut out);
    out
}

/// What comes before a capitalised word elsewhere in the document, as bits (see
/// [`doc_contexts`]).
fn context_bits(infos: &[TokenInfo], i: usize, w: &[u64; 13]) -> u8 {
    let mut b = 0u8;
    if i > 0 {
        let p = &infos[i - 1];
        if p.lex & super::lexicon::PERSON_TITLE != 0 {
            b |= 1;
        }
        if p.lex & super::lexicon::GIVEN_NAME != 0 && p.case == Case::Title as u8 {
            b |= 2;
        }
        if w[0..4].contains(&p.lower) {
            b |= 4;
        }
        if w[4..11].contains(&p.lower) {
            b |= 8;
        }
    }
    let t = &infos[i];
    if t.run_head_lex & super::lexicon::ORG_WORD != 0 && t.run_pos != 4 && t.run_pos != 1 {
        b |= 16;
    }
    if infos.get(i + 1).is_some_and(|n| n.lower == w[11] || n.lower == w[12]) {
        b |= 32;
    }
    b
}

/// Evidence about a capitalised word from its other occurrences in the document: after a
/// person's title or a given name (`Mr Campbell`, `Alma Gilbert` → a surname), after an article
/// (`the`, `le`, `la`, `les`), after a preposition of place (`in`, `at`, `from`, `near`, `à`,
/// `en`, `au`), inside a name headed by an organisation word, before
/// `'s`. Each bit counts only occurrences other than the token's own.
fn doc_contexts(infos: &mut [TokenInfo]) {
    // articles; prepositions of place; possessive
    let words = ["the", "le", "la", "les", "in", "at", "from", "near", "à", "en", "au", "'s", "’s"].map(hash_lower);
    let mut words_of = WordSlots::new(infos.len());
    let mut counts = vec![[0u8; 6]; words_of.len()];
    // (token, its slot, its own bits) of the capitalised tokens: one probe a token
    let mut own: Vec<(u32, u32, u8)> = Vec::new();
    for i in 0..infos.len() {
        if !capitalised(&infos[i]) {
            continue;
        }
        let b = context_bits(infos, i, &words);
        let k = words_of.slot(infos[i].lower);
        own.push((i as u32, k as u32, b));
        if b != 0 {
            for bit in 0..6 {
                if b & (1 << bit) != 0 {
                    counts[k][bit] = counts[k][bit].saturating_add(1);
                }
            }
        }
    }
    for (i, k, b) in own {
        let c = &counts[k as usize];
        let mut d = 0u8;
        for bit in 0..6 {
            if c[bit] > (b >> bit & 1) {
                d |= 1 << bit;
            }
        }
        infos[i as usize].doc_ctx = d;
    }
}

#[inline]
fn capitalised(t: &TokenInfo) -> bool {
    t.case == Case::Title as u8 || t.case == Case::Upper as u8 || t.case == Case::Mixed as u8
}

/// Words that join two capitalised runs into one name (`University of Texas`, `Banque de
/// France`).
fn is_connector(s: &str) -> bool {
    matches!(s, "of" | "de" | "du" | "des" | "d'" | "d’" | "for" | "&")
}

/// Marks the runs of capitalised tokens of one sentence with their length, position and head
/// (last word), and the tokens of a run that follows a connector with the head of the run
/// before it.
fn cap_runs(text: &str, tokens: &[Token], infos: &mut [TokenInfo], s: usize, e: usize) {
    let mut i = s;
    let mut prev_head: Option<(usize, u64)> = None; // (end of previous run, its head)
    while i < e {
        if !capitalised(&infos[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < e && capitalised(&infos[j]) {
            j += 1;
        }
        let n = j - i;
        let head = infos[j - 1];
        let first_lex = infos[i].lex;
        let before = match prev_head {
            Some((pe, h)) if pe + 1 == i && is_connector(tokens[pe].as_str(text)) => h,
            _ => 0,
        };
        for (k, t) in infos[i..j].iter_mut().enumerate() {
            t.run_pos = if n == 1 {
                1
            } else if k == 0 {
                2
            } else if k + 1 == n {
                4
            } else {
                3
            };
            t.run_len = n.min(255) as u8;
            t.run_head = head.lower;
            t.run_head_lex = head.lex;
            t.run_head_cl = head.cluster[0];
            t.run_first_lex = first_lex;
            t.run_before = before;
        }
        prev_head = Some((j, head.lower));
        i = j;
    }
}

/// The word clusters and gazetteer flags of every token. A separate pass over the tokens,
/// not part of [`one_token`]: the lookups land in tables far larger than the cache, and in a
/// loop of lookups alone the processor has several of those misses in flight at once, where
/// the character work of each token between them kept it waiting on one at a time.
fn look_up_words(infos: &mut [TokenInfo], res: &Resources) {
    for info in infos {
        let [fine, coarse, fine2, coarse2] = res.clusters.get(info.form, info.lower);
        info.cluster = [fine, coarse];
        info.cluster2 = [fine2, coarse2];
        info.lex = res.lexicon.single(info.lower);
        if info.case != Case::Lower as u8 {
            // the language's own organisation heads are capitalised words (`Hospital`,
            // `Société`); a lower-case word is no listed company (`next`, `target`), and stays
            // one the search may pass over
            info.lex |= res.org_extra.single(info.lower);
        } else {
            info.lex &= !super::lexicon::COMPANY;
        }
    }
}

fn one_token(s: &str) -> TokenInfo {
    let mut info = TokenInfo::default();
    let mut form = 0xcbf2_9ce4_8422_2325u64;
    let mut lower = form;
    let mut shape = 0x1234_5678u64;
    let mut last_class = 0u8;
    let mut run = 0u8;
    let (mut n_upper, mut n_lower, mut n_digit, mut n_other, mut n) = (0u32, 0u32, 0u32, 0u32, 0u32);
    let mut first_upper = false;
    let mut p = 0usize;
    for c in s.chars() {
        let c = norm_char(c);
        form = mix(form, c as u64);
        let class = if c.is_uppercase() {
            n_upper += 1;
            if n == 0 {
                first_upper = true;
            }
            b'X'
        } else if c.is_lowercase() {
            n_lower += 1;
            b'x'
        } else if c.is_ascii_digit() {
            n_digit += 1;
            b'd'
        } else if c.is_alphabetic() {
            n_lower += 1;
            b'x'
        } else {
            n_other += 1;
            // punctuation keeps its identity in the shape
            (c as u32 & 0x7f) as u8 | 0x80
        };
        if class == last_class {
            run += 1;
        } else {
            run = 1;
            last_class = class;
        }
        if run <= 2 {
            shape = mix(shape, class as u64);
        }
        lower = mix_lowercase(lower, c);
        if p < 3 {
            info.prefix[p] = lower;
        }
        p += 1;
        n += 1;
    }
    // prefixes of short words: fill the rest with the whole word
    for k in p.min(3)..3 {
        info.prefix[k] = if p == 0 { 0 } else { lower };
    }
    // suffixes, lower-cased, read backwards
    let mut suf = 0x9e37_79b9u64;
    let mut k = 0;
    for c in s.chars().rev() {
        if k >= 4 {
            break;
        }
        suf = mix_lowercase(suf, norm_char(c));
        info.suffix[k] = suf;
        k += 1;
    }
    for j in k..4 {
        info.suffix[j] = suf;
    }
    info.form = form;
    info.lower = lower;
    info.shape = shape;
    info.len = n.min(255) as u8;
    info.digit = n_digit > 0;
    info.case = if n_upper + n_lower == 0 {
        if n_digit > 0 {
            Case::Digit
        } else {
            Case::Punct
        }
    } else if n_upper == 0 {
        Case::Lower
    } else if n_lower == 0 {
        Case::Upper
    } else if first_upper && n_upper == 1 {
        Case::Title
    } else if first_upper {
        // Jean-Yves, McCain, Haut-Karabakh: capitalised words
        Case::Title
    } else {
        Case::Mixed
    } as u8;
    let _ = n_other;
    info
}

/// The words of one document, each given a slot for its counts: open addressing over
/// lower-case hashes, a few KB per document, no hashing of strings.
struct WordSlots {
    keys: Vec<u64>,
    mask: usize,
}

impl WordSlots {
    fn new(tokens: usize) -> Self {
        let cap = (tokens * 2).next_power_of_two().max(16);
        WordSlots { keys: vec![0; cap], mask: cap - 1 }
    }

    fn len(&self) -> usize {
        self.keys.len()
    }

    /// The slot of word hash `h`, taken on first sight.
    fn slot(&mut self, h: u64) -> usize {
        let h = h | 1;
        let mut i = (h as usize).wrapping_mul(0x9E37_79B9) & self.mask;
        loop {
            if self.keys[i] == h || self.keys[i] == 0 {
                self.keys[i] = h;
                return i;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// How each word is written elsewhere in the document (the capitalisation evidence that a
/// sentence-initial `Le` or a title-case headline cannot give on its own).
fn doc_flags(infos: &mut [TokenInfo]) {
    let mut words_of = WordSlots::new(infos.len());
    let kind = |t: &TokenInfo| -> Option<usize> {
        match t.case {
            c if c == Case::Lower as u8 => Some(0),
            c if c == Case::Title as u8 && t.sent_pos > 0 => Some(1),
            c if c == Case::Upper as u8 => Some(2),
            _ => None,
        }
    };
    let mut counts = vec![[0u8; 3]; words_of.len()];
    for t in infos.iter() {
        let i = words_of.slot(t.lower);
        if let Some(k) = kind(t) {
            counts[i][k] = counts[i][k].saturating_add(1);
        }
    }
    for t in infos.iter_mut() {
        let i = words_of.slot(t.lower);
        let mut c = counts[i];
        if let Some(k) = kind(t) {
            c[k] -= 1;
        }
        t.doc = (c[0] > 0) as u8 | ((c[1] > 0) as u8) << 1 | ((c[2] > 0) as u8) << 2;
    }
}

/// Template ids: one byte mixed into every feature hash.
mod tpl {
    pub const BIAS: u64 = 1;
    pub const W0: u64 = 2;
    pub const FORM0: u64 = 3;
    pub const WM1: u64 = 4;
    pub const WP1: u64 = 5;
    pub const WM2: u64 = 6;
    pub const WP2: u64 = 7;
    pub const BI_M1: u64 = 8;
    pub const BI_P1: u64 = 9;
    pub const SH0: u64 = 10;
    pub const SHM1: u64 = 11;
    pub const SHP1: u64 = 12;
    pub const SH3: u64 = 13;
    pub const SUF: u64 = 14;
    pub const PRE: u64 = 15;
    pub const CL0: u64 = 16;
    pub const CLM1: u64 = 17;
    pub const CLP1: u64 = 18;
    pub const CLM2: u64 = 19;
    pub const CLP2: u64 = 20;
    pub const LEX0: u64 = 21;
    pub const LEXM1: u64 = 22;
    pub const LEXP1: u64 = 23;
    pub const SENT: u64 = 24;
    pub const DOC: u64 = 25;
    pub const LEN: u64 = 26;
    pub const CASE3: u64 = 27;
    pub const W0_CASEM1: u64 = 28;
    pub const LEXSEQ: u64 = 29;
    pub const CL0_SH: u64 = 30;
    pub const LEXM2: u64 = 31;
    pub const CL2_0: u64 = 33;
    pub const CL2_M1: u64 = 34;
    pub const CL2_P1: u64 = 35;
    pub const CL2_SH: u64 = 36;
    pub const RUN_HEAD: u64 = 50;
    pub const RUN_HEAD_LEX: u64 = 51;
    pub const RUN_HEAD_CL: u64 = 52;
    pub const RUN_FIRST_LEX: u64 = 53;
    pub const RUN_LEN: u64 = 54;
    pub const RUN_BEFORE: u64 = 55;
    pub const CTX_M1: u64 = 57;
    pub const DOC_CTX: u64 = 61;
    pub const P1: u64 = 40;
    pub const P2: u64 = 41;
    pub const P1_W0: u64 = 42;
    pub const P1_CASE: u64 = 44;
}

#[inline]
fn f1(t: u64, a: u64) -> u32 {
    finish(mix(mix(t, a), 0x55))
}
#[inline]
fn f2(t: u64, a: u64, b: u64) -> u32 {
    finish(mix(mix(mix(t, a), b), 0x77))
}

const PAD_L: u64 = 0xdead_0001;
const PAD_R: u64 = 0xdead_0002;

/// The features of position `i` that do not depend on earlier labels. Appends to `out`.
pub fn static_features(infos: &[TokenInfo], i: usize, out: &mut Vec<u32>) {
    word_features(&infos[i], out);
    context_features(infos, i, out);
}

/// The part of [`static_features`] that depends on the token alone: the same for every
/// token of a document with the same [`WordKey`], so the tagger scores it once a document
/// (a word recurs: of some 55 features a token, these are 20).
pub fn word_features(t: &TokenInfo, out: &mut Vec<u32>) {
    use tpl::*;
    out.push(f1(BIAS, 0));
    out.push(f1(W0, t.lower));
    out.push(f1(FORM0, t.form));
    out.push(f1(SH0, t.shape));
    for (k, s) in t.suffix.iter().enumerate() {
        out.push(f2(SUF, k as u64, *s));
    }
    for (k, s) in t.prefix.iter().enumerate() {
        out.push(f2(PRE, k as u64, *s));
    }
    for lvl in 0..2 {
        out.push(f2(CL0, lvl as u64, t.cluster[lvl] as u64));
    }
    out.push(f2(CL0_SH, t.cluster[1] as u64, t.case as u64));
    if t.cluster2[0] != super::lexicon::NO_SECOND_SET {
        for lvl in 0..2 {
            out.push(f2(CL2_0, lvl as u64, t.cluster2[lvl] as u64));
        }
        out.push(f2(CL2_SH, t.cluster2[0] as u64, t.case as u64));
    }
    out.push(f2(LEX0, t.lex as u64, t.case as u64));
    out.push(f2(DOC, t.doc as u64, t.case as u64));
    out.push(f2(LEN, (t.len as u64).min(12), t.case as u64));
}

/// What [`word_features`] read of a token: tokens with equal keys have the same word
/// features. (Hashed by the form and the flags that vary between its occurrences only: the
/// rest follows from the form, and equal keys still compare every field.)
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct WordKey {
    form: u64,
    lower: u64,
    shape: u64,
    prefix: [u64; 3],
    suffix: [u64; 4],
    cluster: [u16; 2],
    cluster2: [u16; 2],
    case: u8,
    len: u8,
    lex: u8,
    doc: u8,
}

impl std::hash::Hash for WordKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.form ^ (self.doc as u64) << 56 ^ (self.lex as u64) << 48);
    }
}

impl WordKey {
    pub fn of(t: &TokenInfo) -> WordKey {
        WordKey {
            form: t.form,
            lower: t.lower,
            shape: t.shape,
            prefix: t.prefix,
            suffix: t.suffix,
            cluster: t.cluster,
            cluster2: t.cluster2,
            case: t.case,
            len: t.len,
            lex: t.lex,
            doc: t.doc,
        }
    }
}

/// The part of [`static_features`] that depends on the token's neighbours, its place in the
/// sentence and the run of capitalised words it belongs to.
pub fn context_features(infos: &[TokenInfo], i: usize, out: &mut Vec<u32>) {
    use tpl::*;
    let t = &infos[i];
    let get = |k: isize| -> Option<&TokenInfo> {
        let j = i as isize + k;
        if j < 0 {
            None
        } else {
            infos.get(j as usize)
        }
    };
    let m1 = get(-1);
    let m2 = get(-2);
    let p1 = get(1);
    let p2 = get(2);
    let low = |o: Option<&TokenInfo>, pad: u64| o.map_or(pad, |x| x.lower);
    let shp = |o: Option<&TokenInfo>, pad: u64| o.map_or(pad, |x| x.shape);
    let cl = |o: Option<&TokenInfo>, lvl: usize| o.map_or(0xffff, |x| x.cluster[lvl] as u64);
    let case = |o: Option<&TokenInfo>| o.map_or(9, |x| x.case as u64);

    out.push(f1(WM1, low(m1, PAD_L)));
    out.push(f1(WP1, low(p1, PAD_R)));
    out.push(f1(WM2, low(m2, PAD_L)));
    out.push(f1(WP2, low(p2, PAD_R)));
    out.push(f2(BI_M1, low(m1, PAD_L), t.lower));
    out.push(f2(BI_P1, t.lower, low(p1, PAD_R)));
    out.push(f1(SHM1, shp(m1, PAD_L)));
    out.push(f1(SHP1, shp(p1, PAD_R)));
    out.push(f2(SH3, mix(case(m1), case(p1)), t.case as u64));
    out.push(f2(CASE3, mix(case(m2), case(m1)), mix(t.case as u64, mix(case(p1), case(p2)))));
    for lvl in 0..2 {
        out.push(f2(CLM1, lvl as u64, cl(m1, lvl)));
        out.push(f2(CLP1, lvl as u64, cl(p1, lvl)));
    }
    out.push(f2(CLM2, 1, cl(m2, 1)));
    out.push(f2(CLP2, 1, cl(p2, 1)));
    if t.cluster2[0] != super::lexicon::NO_SECOND_SET {
        let cl2 = |o: Option<&TokenInfo>, lvl: usize| o.map_or(0xffff, |x| x.cluster2[lvl] as u64);
        for lvl in 0..2 {
            out.push(f2(CL2_M1, lvl as u64, cl2(m1, lvl)));
            out.push(f2(CL2_P1, lvl as u64, cl2(p1, lvl)));
        }
    }
    out.push(f2(LEXM1, m1.map_or(0xff, |x| x.lex as u64), t.case as u64));
    out.push(f2(LEXM2, m2.map_or(0xff, |x| x.lex as u64 & 32), t.case as u64));
    out.push(f1(LEXP1, p1.map_or(0xff, |x| x.lex as u64)));
    out.push(f2(LEXSEQ, t.lex_seq as u64, m1.map_or(0xff, |x| x.lex_seq as u64)));
    out.push(f2(SENT, t.sent_pos as u64, t.case as u64));
    out.push(f2(SENT, 10 + t.sent_pos.min(1) as u64, t.lower));
    out.push(f2(W0_CASEM1, t.lower, case(m1)));
    if t.case != Case::Lower as u8 && t.case != Case::Punct as u8 {
        // the word before a name-like token, with its case (`with` + Title: a name follows)
        out.push(f2(CTX_M1, low(m1, PAD_L), t.case as u64));
    }
    if t.run_pos != 0 {
        for bit in 0..6 {
            if t.doc_ctx & (1 << bit) != 0 {
                out.push(f2(DOC_CTX, bit, t.case as u64));
            }
        }
        let pos = t.run_pos as u64;
        if t.run_pos != 1 {
            out.push(f2(RUN_HEAD, pos, t.run_head));
            out.push(f2(RUN_HEAD_CL, pos, t.run_head_cl as u64));
        }
        out.push(f2(RUN_HEAD_LEX, pos, t.run_head_lex as u64));
        out.push(f2(RUN_FIRST_LEX, pos, t.run_first_lex as u64));
        out.push(f2(RUN_LEN, pos, (t.run_len as u64).min(5)));
        if t.run_before != 0 {
            out.push(f1(RUN_BEFORE, t.run_before));
        }
    }
}

/// Features that depend on the labels already chosen at `i-1` and `i-2`.
pub fn label_features(infos: &[TokenInfo], i: usize, prev1: u8, prev2: u8, out: &mut Vec<u32>) {
    transition_features(prev1, prev2, out);
    label_token_features(infos, i, prev1, out);
}

/// The part of [`label_features`] that depends on the labels only (cacheable per label pair).
#[inline]
pub fn transition_features(prev1: u8, prev2: u8, out: &mut Vec<u32>) {
    use tpl::*;
    out.push(f1(P1, prev1 as u64));
    out.push(f2(P2, prev1 as u64, prev2 as u64));
}

/// The part of [`label_features`] that depends on the token too.
#[inline]
pub fn label_token_features(infos: &[TokenInfo], i: usize, prev1: u8, out: &mut Vec<u32>) {
    use tpl::*;
    let t = &infos[i];
    // (previous label, shape) is left out: with a sequence search it added nothing but a
    // lookup per hypothesis
    out.push(f2(P1_W0, prev1 as u64, t.lower));
    out.push(f2(P1_CASE, prev1 as u64, mix(t.case as u64, t.cluster[1] as u64)));
}

/// Label id used for "before the start of the text".
pub const START_LABEL: u8 = 255;
