//! A cheap necessary condition per boilerplate rule, so that most lines try only a few of
//! the rules' regexes. (One `RegexSet` of all rules was tried: its lazy DFA blows up on
//! that many case-insensitive Unicode patterns and it ran 20× slower than the rules one by
//! one.)
//!
//! Both conditions come from the literal prefixes `regex-syntax` extracts from a pattern's
//! syntax tree (every match starts with one of them, when the set is finite):
//! - a pattern anchored at the line start can only match a line that starts with one of its
//!   prefixes (up to four bytes: "acc", "hom", "rec"…), looked up by the line's first one to
//!   four bytes; when the prefixes are no known set, their first bytes serve instead;
//! - any other pattern can only match a line holding one of its prefixes somewhere, found
//!   for all such rules in one Aho-Corasick pass; when its prefixes are no known set (it
//!   starts with `\S` or `.{0,60}`), the prefixes of a later part every match goes through
//!   serve instead.
//!
//! Case-insensitive patterns give every case variant of a prefix ("Hom", "hOM"…): both
//! conditions compare ASCII-lowercased bytes, which keeps the tables small and can only let
//! more lines through, never fewer (a variant with a non-ASCII letter, such as the Kelvin sign
//! for `k`, keeps its own bytes). A rule with no finite set of such literals is always tried.
//! The filter never changes which rule matches a line, only how many regexes run.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};
use foldhash::{HashMap, HashMapExt};

pub(super) struct Prefilter {
    /// The rules tried on every line.
    always: Rules,
    /// By a line's first `n + 1` bytes (ASCII-lowercased, packed by [`key`]): the
    /// start-anchored rules whose prefixes `n + 1` bytes long the line starts with.
    starts: [HashMap<u32, Rules>; 4],
    /// By a line's first byte: the start-anchored rules with no known prefixes but known first
    /// bytes, whose first bytes include it.
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
        let mut starts: [HashMap<u32, Rules>; 4] = Default::default();
        let mut by_first_byte = Box::new([Rules::default(); 256]);
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut owners: Vec<Rules> = Vec::new();
        for (rule, pattern) in patterns.into_iter().enumerate() {
            assert!(rule < MAX_RULES, "more than {MAX_RULES} rules in a scope");
            let Ok(hir) = regex_syntax::parse(pattern) else {
                always.insert(rule);
                continue;
            };
            if let Some(prefixes) = start_prefixes(&hir) {
                for p in prefixes {
                    starts[p.len() - 1].entry(key(&p)).or_default().insert(rule);
                }
            } else if let Some(first) = first_bytes(&hir) {
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
            .ascii_case_insensitive(true)
            .build(literals.iter().map(|(l, _)| l))
            .expect("prefix literals automaton");
        Prefilter { always, starts, by_first_byte, literals, owners }
    }

    /// The rules whose regex may match `line`.
    pub(super) fn candidates(&self, line: &str) -> Rules {
        let first = line.as_bytes().first().copied().unwrap_or(0) as usize;
        let mut out = self.always;
        out.union(&self.by_first_byte[first]);
        let head = line.as_bytes();
        for (n, table) in self.starts.iter().enumerate() {
            if let Some(rules) = head.get(..n + 1).and_then(|h| table.get(&key(h))) {
                out.union(rules);
            }
        }
        for m in self.literals.find_overlapping_iter(line) {
            out.union(&self.owners[m.pattern().as_usize()]);
        }
        out
    }
}

/// One to four bytes, ASCII-lowercased, as one number (the length tells apart the tables).
fn key(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |k, b| k << 8 | b.to_ascii_lowercase() as u32)
}

/// The prefixes, up to four bytes long and ASCII-lowercased, of a start-anchored pattern's
/// matches, when they are a known set and none is empty.
fn start_prefixes(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    prefixes(hir)
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
/// the empty string (`\s*$`) has the empty prefix and is never taken, nor one that may start
/// with a space (`\s+\p{Lu}…`): nearly every line holds one.
fn required_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let parts = match hir.kind() {
        HirKind::Concat(parts) => parts.as_slice(),
        _ => &[],
    };
    let rests = (1..parts.len()).map(|i| Hir::concat(parts[i..].to_vec()));
    let opens_with_space = |l: &Vec<u8>| String::from_utf8_lossy(l).starts_with(char::is_whitespace);
    std::iter::once(hir.clone())
        .chain(rests)
        .filter_map(|h| prefixes(&h))
        .filter(|lits| !lits.iter().any(opens_with_space))
        .max_by_key(|lits| (lits.iter().map(Vec::len).min(), std::cmp::Reverse(lits.len())))
}

/// Short prefixes of every match (one to four bytes each, ASCII-lowercased, without
/// repeats), when they are a known set. The limit on their number is high because a
/// case-insensitive alternation of words gives up to sixteen variants of each.
fn prefixes(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new().kind(ExtractKind::Prefix).limit_literal_len(4).limit_class(64).limit_total(20_000).extract(hir);
    let lits = seq.literals()?;
    if lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    let mut out: Vec<Vec<u8>> = lits.iter().map(|l| l.as_bytes().to_ascii_lowercase()).collect();
    out.sort_unstable();
    out.dedup();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn may(filter: &Prefilter, line: &str) -> Vec<usize> {
        let c = filter.candidates(line);
        (0..MAX_RULES).filter(|&k| c.contains(k)).collect()
    }

    #[test]
    fn start_anchored_rules_by_the_line_s_first_bytes() {
        let filter = Prefilter::new(["(?i)^(accueil|home|menu)\\s*$", "(?i)^(à|a) lire", "(?i)^kommentare", "(?i)(lire la suite|read more)"]);
        assert_eq!(may(&filter, "Accueil"), [0]);
        assert_eq!(may(&filter, "MENU"), [0]);
        // The same first letter is not enough any more: "Actu" is no prefix of rule 0 or 1.
        assert_eq!(may(&filter, "Actualités du jour au Proche-Orient"), Vec::<usize>::new());
        assert_eq!(may(&filter, "Hommage aux victimes"), Vec::<usize>::new());
        // Case variants, non-ASCII ones included, keep their own bytes.
        assert_eq!(may(&filter, "À lire aussi"), [1, 3]); // and "lire", rule 3's prefix
        assert_eq!(may(&filter, "A LIRE"), [1, 3]);
        assert_eq!(may(&filter, "\u{212A}ommentare (3)"), [2]);
        // Unanchored rules: their prefixes anywhere, in any ASCII case.
        assert_eq!(may(&filter, "Mehr … READ MORE"), [3]);
        assert_eq!(may(&filter, "Hom"), Vec::<usize>::new());
    }

    #[test]
    fn a_literal_that_may_be_a_space_is_no_filter() {
        // A photo credit: past `\S\s*` the literals of `\(\s*\p{Lu}…` are "(" with what
        // may follow it, those of `(\s+\p{Lu}…)+` a space, which nearly every line holds.
        let filter = Prefilter::new([r"\S\s*\(\s*\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]*)+\s*/\s*[^\s()/\d][^()/]{0,40}\)\s*$"]);
        assert_eq!(may(&filter, "Le président à Erevan (Jean Dupont / AFP)"), [0]);
        assert_eq!(may(&filter, "Le gouvernement a annoncé mardi une série de mesures."), Vec::<usize>::new());
    }

    #[test]
    fn a_pattern_with_no_known_prefixes_is_always_tried() {
        let filter = Prefilter::new(["^\\p{L}{3,}\\s*$", "(", "\\S\\s*\\(\\s*\\p{Lu}"]);
        assert_eq!(may(&filter, "Rubriques"), [0, 1]);
        assert_eq!(may(&filter, "12"), [0, 1]);
        assert_eq!(may(&filter, "Photo (AFP"), [0, 1, 2]);
    }
}
