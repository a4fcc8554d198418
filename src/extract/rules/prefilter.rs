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
use std::collections::HashMap;

pub(super) struct Prefilter {
    /// Per rule: how it is filtered.
    tests: Vec<Test>,
    /// Prefixes of the unanchored rules, and the rules owning each.
    literals: AhoCorasick,
    owners: Vec<Vec<usize>>,
}

enum Test {
    /// Tried on every line.
    Always,
    /// Start-anchored: the bytes a matching line can start with.
    FirstByte(Box<[bool; 256]>),
    /// Tried when the literal pass found one of its prefixes.
    Literal,
}

impl Prefilter {
    /// The filter of `patterns` (in rule order); a pattern that does not parse is always tried.
    pub(super) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Prefilter {
        let mut tests = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        for (rule, pattern) in patterns.into_iter().enumerate() {
            let Ok(hir) = regex_syntax::parse(pattern) else {
                tests.push(Test::Always);
                continue;
            };
            if let Some(first) = first_bytes(&hir) {
                tests.push(Test::FirstByte(first));
            } else if let Some(prefixes) = required_literals(&hir) {
                for p in prefixes {
                    let k = *index.entry(p).or_insert_with(|| {
                        owners.push(Vec::new());
                        owners.len() - 1
                    });
                    owners[k].push(rule);
                }
                tests.push(Test::Literal);
            } else {
                tests.push(Test::Always);
            }
        }
        let mut literals: Vec<(Vec<u8>, usize)> = index.into_iter().collect();
        literals.sort_by_key(|(_, k)| *k);
        let literals = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(literals.iter().map(|(l, _)| l))
            .expect("prefix literals automaton");
        Prefilter { tests, literals, owners }
    }

    /// Per rule, whether its regex may match `line`.
    pub(super) fn candidates(&self, line: &str) -> Vec<bool> {
        let first = line.as_bytes().first().copied().unwrap_or(0) as usize;
        let mut out: Vec<bool> = self
            .tests
            .iter()
            .map(|t| match t {
                Test::Always => true,
                Test::FirstByte(bytes) => bytes[first],
                Test::Literal => false,
            })
            .collect();
        for m in self.literals.find_overlapping_iter(line) {
            for &rule in &self.owners[m.pattern().as_usize()] {
                out[rule] = true;
            }
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
