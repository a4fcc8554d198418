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
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
        return out;
    }
    FOLDED.with(|table| {
        let mut table = table.borrow_mut();
        for c in text.chars() {
            out.push(if c.is_ascii() { c.to_ascii_lowercase() } else { fold_bmp(&mut table, c) });
        }
    });
    out
}

thread_local! {
    /// [`fold_char`] of each character of the Basic Multilingual Plane met so far, by code
    /// point (0: not met yet). Its canonical decomposition is what costs: looked up once a
    /// thread, the words of an article take a third of the time.
    static FOLDED: std::cell::RefCell<Vec<u16>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// [`fold_char`] of a non-ASCII `c`, through `table` (see [`FOLDED`]). A BMP character folds
/// to a BMP character; others stay as they are.
fn fold_bmp(table: &mut Vec<u16>, c: char) -> char {
    let k = c as usize;
    if k > 0xFFFF {
        return c;
    }
    if table.is_empty() {
        table.resize(0x10000, 0);
    }
    if table[k] == 0 {
        table[k] = fold_char(c) as u16;
    }
    char::from_u32(table[k] as u32).unwrap_or(c)
}

/// The distinct folded words of `text`, space-separated, in order of first appearance.
pub fn words(text: &str) -> String {
    let folded = fold(text);
    let mut seen: HashSet<&str> = HashSet::with_capacity(folded.len() / 16);
    let mut out = String::with_capacity(folded.len() / 3);
    let mut add = |from: usize, to: usize| {
        let w = &folded[from..to];
        if w.encode_utf16().nth(1).is_some() && seen.insert(w) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    };
    for r in crate::tokenize::runs(&folded, is_word_char) {
        add(r.start, r.end);
    }
    out
}

/// Whether `c` is in `[\p{L}\p{N}]`, the page's word pattern (digest.js `WORD`): letters and
/// numbers by their general category (not `char::is_alphabetic`, which also takes the vowel
/// signs of Indic scripts). A scan of the text char by char; a regex iterator over it cost
/// a sixth of handing an article to the page.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let ranges = word_ranges();
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The ranges of `[\p{L}\p{N}]`, from the regex crate's Unicode tables.
fn word_ranges() -> &'static [(char, char)] {
    static RANGES: OnceLock<Vec<(char, char)>> = OnceLock::new();
    RANGES.get_or_init(|| match regex_syntax::parse(r"[\p{L}\p{N}]").map(|h| h.kind().clone()) {
        Ok(regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(class))) => class.ranges().iter().map(|r| (r.start(), r.end())).collect(),
        _ => Vec::new(),
    })
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

    /// Words as the page's pattern `[\p{L}\p{N}]+` cuts them, in every script.
    #[test]
    fn words_as_the_page_pattern_cuts_them() {
        let pattern = regex::Regex::new(r"[\p{L}\p{N}]+").unwrap();
        let as_pattern = |text: &str| {
            let folded = fold(text);
            let mut seen = std::collections::HashSet::new();
            pattern.find_iter(&folded).map(|m| m.as_str()).filter(|w| w.encode_utf16().nth(1).is_some() && seen.insert(*w)).collect::<Vec<_>>().join(" ")
        };
        for text in [
            "Le président Macron a reçu le PRÉSIDENT Aliev à Bakou, 12 000 soldats.",
            "हिंदी समाचार: प्रधानमंत्री ने कहा", // vowel signs cut Devanagari words in [\p{L}]
            "الرئيس الأذربيجاني إلهام علييف ٢٠٢٣",
            "習近平国家主席は北京で 2023年 会談した。",
            "Ⅻ ½ ²³ x₂ — ǅemal O'Neill l’OTAN 3,5 %",
            "",
            "x",
        ] {
            assert_eq!(words(text), as_pattern(text), "{text}");
        }
    }
}
