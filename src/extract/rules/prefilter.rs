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
//!   serve instead. These prefixes are up to 24 bytes long, whole words ("ne sont pas
//!   nécessairement"): four bytes ("ne s") are in most lines of prose.
//!
//! Both conditions compare ASCII-lowercased bytes. Case-insensitive patterns give every case
//! variant of a prefix ("Hom", "hOM"…), which lowercase to one; a variant with a non-ASCII
//! letter ("NÉCESSAIREMENT") keeps its own bytes. For the long prefixes, the case variants of
//! ASCII letters are folded in the syntax tree before the extraction ([`decased`]), as 2ⁿ
//! variants of an n-letter word would exceed the extractor's limits; the two non-ASCII
//! variants of ASCII letters (the Kelvin sign for `k`, the long s for `s`) are then left out of
//! the literals, and a line holding one tries every such rule. A rule with no finite set of
//! such literals is always tried. The filter never changes which rule matches a line, only
//! how many regexes run.

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
pub(super) const MAX_RULES: usize = 640;

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
        let mut by_literals = Rules::default();
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
                by_literals.insert(rule);
                for p in prefixes {
                    owner_of(&mut index, &mut owners, p).insert(rule);
                }
            } else {
                always.insert(rule);
            }
        }
        // The Kelvin sign and the long s are literals of every rule filtered here: their rules
        // are tried on a line holding one (see [`decased`]).
        for odd in ODD_CASES.iter().filter_map(|&c| char::from_u32(c)) {
            owner_of(&mut index, &mut owners, odd.to_string().into_bytes()).union(&by_literals);
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

/// The rules owning `literal`, in `owners` (a new, empty set for a new literal).
fn owner_of<'a>(index: &mut HashMap<Vec<u8>, usize>, owners: &'a mut Vec<Rules>, literal: Vec<u8>) -> &'a mut Rules {
    let k = *index.entry(literal).or_insert_with(|| {
        owners.push(Rules::default());
        owners.len() - 1
    });
    &mut owners[k]
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
    literals(hir, 4)
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
        .filter_map(|h| literals(&decased(&h), REQUIRED_LEN))
        .filter(|lits| !lits.iter().any(opens_with_space))
        .max_by_key(|lits| (lits.iter().map(Vec::len).min(), std::cmp::Reverse(lits.len())))
        .map(shortest_only)
}

/// `literals` (sorted) without those that start with another: a line holding "bild:" holds
/// "bild", so "bild" alone is as good a condition, and a far smaller automaton.
fn shortest_only(literals: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::with_capacity(literals.len());
    for lit in literals {
        if !out.last().is_some_and(|kept| lit.starts_with(kept)) {
            out.push(lit);
        }
    }
    out
}

/// How long the literals of an unanchored rule may be. Four bytes ("ne s", "the ") let most
/// lines of prose through; whole words ("ne sont pas nécessairement") let through only the
/// lines that may match.
const REQUIRED_LEN: usize = 24;

/// Prefixes of every match, `len` bytes long at most, ASCII-lowercased, without repeats, when
/// they are a known set. The limit on their number is high because a case-insensitive
/// alternation of words gives up to sixteen variants of each four-byte prefix.
fn literals(hir: &Hir, len: usize) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new().kind(ExtractKind::Prefix).limit_literal_len(len).limit_class(64).limit_total(20_000).extract(hir);
    let lits = seq.literals()?;
    if lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    let mut out: Vec<Vec<u8>> = lits.iter().map(|l| l.as_bytes().to_ascii_lowercase()).collect();
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// `hir` with each case-insensitive ASCII letter (`[Kk\u{212A}]` for `(?i)k`) made the
/// lowercase letter alone. The filter compares ASCII-lowercased bytes, so one literal stands
/// for all ASCII case variants of a word; without this, a case-insensitive word of n letters
/// is 2ⁿ literals, and the extractor cuts them to a few bytes to stay within its limits. The
/// two non-ASCII variants of ASCII letters (the Kelvin sign and the long s) are left out
/// here, and are literals of every such rule instead (see [`Prefilter::new`]).
fn decased(hir: &Hir) -> Hir {
    use regex_syntax::hir::{Capture, Class, Repetition};
    match hir.kind() {
        HirKind::Class(class) => {
            // A letter's case variants are three characters at most.
            let members: Option<Vec<u32>> = (super::class_size(class) <= 3).then(|| match class {
                Class::Unicode(c) => c.ranges().iter().flat_map(|r| r.start() as u32..=r.end() as u32).collect(),
                Class::Bytes(c) => c.ranges().iter().flat_map(|r| r.start() as u32..=r.end() as u32).collect(),
            });
            match members.as_deref().and_then(ascii_letter_cases) {
                Some(letter) => Hir::literal([letter]),
                None => hir.clone(),
            }
        }
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(decased).collect()),
        HirKind::Alternation(parts) => Hir::alternation(parts.iter().map(decased).collect()),
        HirKind::Repetition(rep) => Hir::repetition(Repetition { sub: Box::new(decased(&rep.sub)), ..rep.clone() }),
        HirKind::Capture(cap) => Hir::capture(Capture { sub: Box::new(decased(&cap.sub)), ..cap.clone() }),
        _ => hir.clone(),
    }
}

/// The lowercase letter when `members` (code points) are the case variants of one ASCII
/// letter: both cases, and maybe the Kelvin sign or the long s.
fn ascii_letter_cases(members: &[u32]) -> Option<u8> {
    let ascii: Vec<u8> = members.iter().filter(|&&c| c < 128).map(|&c| c as u8).collect();
    let odd_ok = members.iter().all(|&c| c < 128 || ODD_CASES.contains(&c));
    match ascii.as_slice() {
        [a, b] if odd_ok && a.is_ascii_alphabetic() && a.to_ascii_lowercase() == b.to_ascii_lowercase() && a != b => Some(a.to_ascii_lowercase()),
        _ => None,
    }
}

/// The non-ASCII characters that are case variants of ASCII letters: the Kelvin sign (k) and
/// the long s (s).
const ODD_CASES: [u32; 2] = [0x212A, 0x17F];

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
        assert_eq!(may(&filter, "À lire aussi"), [1]);
        assert_eq!(may(&filter, "A LIRE"), [1]);
        // (A Kelvin sign also has the unanchored rule tried, see `unanchored_rules_by_whole_words`.)
        assert_eq!(may(&filter, "\u{212A}ommentare (3)"), [2, 3]);
        // Unanchored rules: their prefixes anywhere, in any ASCII case.
        assert_eq!(may(&filter, "Mehr … READ MORE"), [3]);
        assert_eq!(may(&filter, "Hom"), Vec::<usize>::new());
    }

    /// An unanchored case-insensitive rule is filtered by its whole words, in any ASCII case:
    /// its first four bytes ("ne s") are in most lines of French prose.
    #[test]
    fn unanchored_rules_by_whole_words() {
        let filter = Prefilter::new(["(?i)(ne sont pas nécessairement celles|n['’]engagent que (leurs|son) auteurs?)"]);
        assert_eq!(may(&filter, "Il ne s'agit pas d'une semaine de trêve."), Vec::<usize>::new());
        assert_eq!(may(&filter, "Ces propos N’ENGAGENT QUE leurs auteurs."), [0]);
        assert_eq!(may(&filter, "Les opinions ne sont pas nécessairement celles de la rédaction."), [0]);
        // A non-ASCII case variant keeps its own bytes ("NÉCESSAIREMENT" is not "nÉcessairement").
        assert_eq!(may(&filter, "NE SONT PAS NÉCESSAIREMENT CELLES"), [0]);
        // The Kelvin sign and the long s are variants of "k" and "s" the literals leave out:
        // a line holding one tries every such rule.
        assert_eq!(may(&filter, "ne ſont pas"), [0]);
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
