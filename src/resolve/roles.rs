//! Roles met next to a person's name: "le président azerbaïdjanais Ilham Aliev" (before),
//! "Ned Price, porte-parole du département d'État américain" (apposition after).
//! Role words are data (`data/lexicons/facts/roles.txt`).

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use foldhash::HashSet;
use std::sync::OnceLock;

const ROLES: &str = include_str!("../../data/lexicons/facts/roles.txt");

fn role_words() -> &'static [String] {
    static R: OnceLock<Vec<String>> = OnceLock::new();
    R.get_or_init(|| {
        let mut v: Vec<String> =
            ROLES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase).collect();
        // Longest first, so "premier ministre" wins over "ministre".
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        v
    })
}

/// All role words in one automaton (same order as [`role_words`]), to tell which of them a
/// text holds in one pass.
fn role_automaton() -> &'static AhoCorasick {
    static A: OnceLock<AhoCorasick> = OnceLock::new();
    A.get_or_init(|| AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(role_words()).expect("role words automaton"))
}

/// The first words of the roles ("premier" for "premier ministre").
fn role_heads() -> &'static HashSet<&'static str> {
    static H: OnceLock<HashSet<&'static str>> = OnceLock::new();
    H.get_or_init(|| role_words().iter().filter_map(|r| r.split(' ').next()).collect())
}

/// Whether `word` (lowercase) begins a role: "président", "porte-parole", "diplomate"…
pub fn is_role_word(word: &str) -> bool {
    role_heads().contains(word.to_lowercase().as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

/// Byte spans of role words inside `s`, in order of position.
fn role_positions(s: &str) -> Vec<(usize, usize)> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        // Lowercasing changed byte lengths (rare letters): fall back to ASCII-insensitive compare.
        return find_role_ascii(s).into_iter().collect();
    }
    // The role words present, in `role_words` order: the search below runs for those only.
    let mut present: Vec<usize> = role_automaton().find_overlapping_iter(&lower).map(|m| m.pattern().as_usize()).collect();
    present.sort_unstable();
    present.dedup();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for w in present.into_iter().map(|k| &role_words()[k]) {
        let mut from = 0;
        while let Some(i) = lower[from..].find(w.as_str()) {
            let a = from + i;
            let b = a + w.len();
            let before_ok = lower[..a].chars().next_back().map_or(true, |c| !is_word_char(c));
            let after_ok = lower[b..].chars().next().map_or(true, |c| !c.is_alphanumeric());
            if before_ok && after_ok && !found.iter().any(|&(fa, fb)| a < fb && fa < b) {
                found.push((a, b));
            }
            from = b;
        }
    }
    found.sort();
    found
}

fn find_role_word(s: &str) -> Option<(usize, usize)> {
    role_positions(s).into_iter().next()
}

fn find_role_ascii(s: &str) -> Option<(usize, usize)> {
    for w in role_words() {
        let n = w.len();
        for (a, _) in s.char_indices() {
            if s.len() >= a + n && s.is_char_boundary(a + n) && s[a..a + n].eq_ignore_ascii_case(w) {
                return Some((a, a + n));
            }
        }
    }
    None
}

/// The role written just before a mention at `start` ("le président azerbaïdjanais "),
/// within the same clause, at most `MAX_WORDS` words back.
pub fn role_before(text: &str, start: usize) -> Option<String> {
    const MAX_BYTES: usize = 120;
    let mut from = start.saturating_sub(MAX_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    // The clause: after the last sentence or clause break that is not the role's own comma.
    let cut = window
        .rfind(|c| matches!(c, '.' | ';' | ':' | '«' | '»' | '"' | '(' | ')' | '\n'))
        .map_or(0, |i| i + window[i..].chars().next().map_or(1, char::len_utf8));
    let clause = &window[cut..];
    for (a, _) in role_positions(clause) {
        let role = clause[a..].trim().trim_end_matches(',').trim();
        let words = role.split_whitespace().count();
        if role.is_empty() || words > 9 {
            continue;
        }
        // A role ends right before the name: a verb or a second clause in between means it
        // is someone else's role ("le président a reçu Ilham Aliev").
        if role.split_whitespace().any(|w| VERB_HINTS.contains(&w.to_lowercase().as_str())) {
            continue;
        }
        // A comma inside is allowed only as the role's own closing comma ("…Défense, Anar").
        if role.contains(',') {
            continue;
        }
        return Some(role.to_string());
    }
    None
}

/// Words that show a clause boundary between a role word and a name.
const VERB_HINTS: &[&str] = &[
    "a", "ont", "est", "sont", "avait", "avec", "et", "qui", "que", "avec", "à", "au", "par", "pour", "contre", "has", "have",
    "is", "was", "met", "and", "with", "who", "said", "told",
];

/// The role in apposition right after a mention ending at `end`: ", porte-parole du …,".
pub fn role_after(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(',')?.trim_start();
    let mut stop = rest.len().min(160);
    while !rest.is_char_boundary(stop) {
        stop -= 1;
    }
    let window = &rest[..stop];
    let clause_end = window.find(|c| matches!(c, ',' | '.' | ';' | ':' | '(' | '«' | '\n')).unwrap_or(window.len());
    let clause = window[..clause_end].trim();
    // Optional determiner, then a role word at the very start.
    let body = ["le ", "la ", "l'", "l’", "the ", "un ", "une ", "a ", "an "]
        .iter()
        .find_map(|d| clause.get(..d.len()).filter(|p| p.eq_ignore_ascii_case(d)).map(|_| &clause[d.len()..]))
        .unwrap_or(clause);
    let (a, _) = find_role_word(body)?;
    if a != 0 || body.split_whitespace().count() > 12 {
        return None;
    }
    Some(body.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(s: &str, name: &str) -> Option<String> {
        role_before(s, s.find(name).unwrap())
    }
    fn after(s: &str, name: &str) -> Option<String> {
        role_after(s, s.find(name).unwrap() + name.len())
    }

    #[test]
    fn role_written_before_the_name() {
        let s = "a affirmé le président azerbaïdjanais Ilham Aliev, lors d'un appel";
        assert_eq!(before(s, "Ilham").as_deref(), Some("président azerbaïdjanais"));
        let s = "a déclaré mardi le porte-parole du ministère de la Défense, Anar Eyvazov, selon";
        assert_eq!(before(s, "Anar").as_deref(), Some("porte-parole du ministère de la Défense"));
        let s = "avec le Premier ministre arménien Nikol Pachinian avant";
        assert_eq!(before(s, "Nikol").as_deref(), Some("Premier ministre arménien"));
        let s = "said Russian Foreign Minister Sergei Lavrov on Monday";
        assert_eq!(before(s, "Sergei").as_deref(), Some("Foreign Minister"));
    }

    #[test]
    fn no_role_across_a_verb_or_sentence() {
        assert_eq!(before("Le président a reçu Ilham Aliev.", "Ilham"), None);
        assert_eq!(before("Il est président. Ilham Aliev a dit", "Ilham"), None);
    }

    #[test]
    fn role_in_apposition_after_the_name() {
        let s = "a déclaré Ned Price, porte-parole du département d’État américain.";
        assert_eq!(after(s, "Ned Price").as_deref(), Some("porte-parole du département d’État américain"));
        let s = "a déclaré Gegham Stepanyan, médiateur de la République du Karabakh, non reconnue";
        assert_eq!(after(s, "Gegham Stepanyan").as_deref(), Some("médiateur de la République du Karabakh"));
        assert_eq!(after("Aliev, qui a dit", "Aliev"), None);
    }
}
