//! The words of an article that the page's search scans: each distinct word of the text,
//! folded (lower case, no accents), in order of first appearance.
//!
//! The page folds a query with `fold` in `www/js/digest.js` and looks for its words among
//! these, so the folding here is that function's, unit for unit: an ASCII capital is lowered;
//! any other character of the Basic Multilingual Plane becomes the lower case of the first
//! character of its canonical decomposition ("É" → "e", "İ" → "i", "ß" stays), unless that lower
//! case is not a single character; the right single quote becomes an apostrophe; a
//! character outside the BMP stays as it is (JS folds UTF-16 units one at a time). A word is
//! a run of letters and digits (`[\p{L}\p{N}]+`, the page's `WORD`) at least two UTF-16 units
//! long. `tests/e2e` checks both sides agree on real articles.
//!
//! Computed with the analysis (in the wasm, on every core) rather than by the page's
//! JavaScript: it was the largest part of handing an article over to the corpus index.

use regex::Regex;
use foldhash::{HashSet, HashSetExt};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// One character folded as `www/js/digest.js` folds it.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c.len_utf16() != 1 {
        return c;
    }
    let first = c.nfd().next().unwrap_or(c);
    let mut lower = first.to_lowercase();
    let f = match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf16() == 1 => l,
        _ => c,
    };
    if f == '’' {
        '\''
    } else {
        f
    }
}

/// The text folded character by character ([`fold_char`]).
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// The distinct folded words of `text`, space-separated, in order of first appearance.
pub fn words(text: &str) -> String {
    static WORD: OnceLock<Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| Regex::new(r"[\p{L}\p{N}]+").expect("word regex"));
    let folded = fold(text);
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out = String::with_capacity(folded.len() / 3);
    for m in word.find_iter(&folded) {
        let w = m.as_str();
        if w.encode_utf16().nth(1).is_none() || !seen.insert(w) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_as_the_page_does() {
        assert_eq!(fold("Élysée à Erevan, l’OTAN"), "elysee a erevan, l'otan");
        assert_eq!(fold("Straße İstanbul ΣΑΣ ẞ"), "straße istanbul σασ ß");
        assert_eq!(fold("𝐀 Ǆ"), "𝐀 ǆ");
    }

    #[test]
    fn distinct_words_of_two_units_or_more() {
        assert_eq!(words("Le président Macron a reçu le PRÉSIDENT Aliev à Bakou, 12 000 soldats."), "le president macron recu aliev bakou 12 000 soldats");
        assert_eq!(words("l’Arménie et d'Erevan"), "armenie et erevan");
        assert_eq!(words("x 𝐀 y"), "𝐀");
    }
}
