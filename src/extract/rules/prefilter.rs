//! A cheap necessary condition per boilerplate rule, so that most lines try only a few of
//! the rules' regexes. (One `RegexSet` of all rules was tried: its lazy DFA blows up on
//! that many case-insensitive Unicode patterns and it ran 20× slower than the rules one by
//! one.)
//!
//! Both conditions come from the literal prefixes `regex-syntax` extracts from a pattern's
//! syntax tree (every match starts with one of them, when the set is finite):
//! - a pattern anchored at the line start can only match a line whose first byte is the
//!   first byte of one of its prefixes;
//! - any other pattern can only match a line holding one of its prefixes somewhere, found
//!   for all such rules in one Aho-Corasick pass; when its prefixes are no known set (it
//!   starts with `\S` or `.{0,60}`), the prefixes of a later part every match goes through
//!   serve instead.
//!
//! A rule with no finite set of such literals is always tried. The filter never changes
//! which rule matches a line, only how many regexes run.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};
use foldhash::{HashMap, HashMapExt};

pub(super) struct Prefilter {
    /// The rules tried on every line.
    always: Rules,
    /// By a line's first byte: the start-anchored rules a line starting with it may match.
    by_first_byte: Box<[Rules; 256]>,
    /// Prefixes of the unanchored rules, and the rules owning each.
    literals: AhoCorasick,
    owners: Vec<Rules>,
}

/// Most rules a scope may have (the width of [`Rules`]).
pub(super) const MAX_RULES: usize = 256;

/// A set of rules (by their index in the scope), as bits: a line's candidates are a few
/// word-wide ORs, with nothing allocated per line.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub(super) struct Rules([u64; MAX_RULES / 64]);

impl Rules {
    fn insert(&mut self, rule: usize) {
        self.0[rule / 64] |= 1 << (rule % 64);
    }

    fn union(&mut self, other: &Rules) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
    }

    pub(super) fn contains(&self, rule: usize) -> bool {
        self.0[rule / 64] & (1 << (rule % 64)) != 0
    }
}

impl Prefilter {
    /// The filter of `patterns` (in rule order); a pattern that does not parse is always tried.
    pub(super) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Prefilter {
        let mut always = Rules::default();
        let mut by_first_byte = Box::new([Rules::default(); 256]);
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut owners: Vec<Rules> = Vec::new();
        for (rule, pattern) in patterns.into_iter().enumerate() {
            assert!(rule < MAX_RULES, "more than {MAX_RULES} rules in a scope");
            let Ok(hir) = regex_syntax::parse(pattern) else {
                always.insert(rule);
                continue;
            };
            if let Some(first) = first_bytes(&hir) {
                for (byte, may) in first.iter().enumerate() {
                    if *may {
                        by_first_byte[byte].insert(rule);
                    }
                }
            } else if let Some(prefixes) = required_literals(&hir) {
                for p in prefixes {
                    let k = *index.entry(p).or_insert_with(|| {
                        owners.push(Rules::default());
                        owners.len() - 1
                    });
                    owners[k].insert(rule);
                }
            } else {
                always.insert(rule);
            }
        }
        let mut literals: Vec<(Vec<u8>, usize)> = index.into_iter().collect();
        literals.sort_by_key(|(_, k)| *k);
        let literals = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(literals.iter().map(|(l, _)| l))
            .expect("prefix literals automaton");
        Prefilter { always, by_first_byte, literals, owners }
    }

    /// The rules whose regex may match `line`.
    pub(super) fn candidates(&self, line: &str) -> Rules {
        let first = line.as_bytes().first().copied().unwrap_or(0) as usize;
        let mut out = self.always;
        out.union(&self.by_first_byte[first]);
        for m in self.literals.find_overlapping_iter(line) {
            out.union(&self.owners[m.pattern().as_usize()]);
        }
        out
    }
}

/// The first bytes of a start-anchored pattern's matches, when they are a known set.
fn first_bytes(hir: &Hir) -> Option<Box<[bool; 256]>> {
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let seq = Extractor::new().kind(ExtractKind::Prefix).limit_literal_len(1).limit_class(1000).limit_total(5000).extract(hir);
    let mut table = Box::new([false; 256]);
    for lit in seq.literals()? {
        // An empty prefix: the pattern may match anything.
        table[*lit.as_bytes().first()? as usize] = true;
    }
    Some(table)
}

/// Literals one of which every match holds somewhere: the prefixes of the pattern, or of
/// the rest of its top-level sequence from some part on (every match goes through that rest,
/// on a stretch of the line), whichever has the longest shortest literal (the rarest in
/// text). `\S\s+(Read more|Lire aussi)…` has no known prefixes and `[\s(|/](foto|bild)…`
/// only single characters, while the words after make a good filter. A rest that can match
/// the empty string (`\s*$`) has the empty prefix and is never taken.
fn required_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let parts = match hir.kind() {
        HirKind::Concat(parts) => parts.as_slice(),
        _ => &[],
    };
    let rests = (1..parts.len()).map(|i| Hir::concat(parts[i..].to_vec()));
    std::iter::once(hir.clone()).chain(rests).filter_map(|h| prefixes(&h)).max_by_key(|lits| (lits.iter().map(Vec::len).min(), std::cmp::Reverse(lits.len())))
}

/// Short prefixes of every match (a few bytes each), when they are a known set.
fn prefixes(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new().kind(ExtractKind::Prefix).limit_literal_len(4).limit_class(64).limit_total(2000).extract(hir);
    let lits = seq.literals()?;
    if lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}
