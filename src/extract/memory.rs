//! The corpus memory of plain-text scrapes: in how many files each line occurs.
//!
//! Menus, footers, teaser lists and disclaimers are printed on every page of a site; an
//! article's own paragraphs are not. A line met in several other files of the corpus is
//! therefore boilerplate, unless the article itself was syndicated (see `text.rs`).
//! Only 64-bit hashes are kept, so memory stays small for large corpora; a file observed
//! twice (the CLI observes every file before analysing it, and analysis observes again) is
//! counted once.

use foldhash::{HashMap, HashSet, HashSetExt};
use std::hash::{BuildHasher, Hash, Hasher};

/// Lines shorter than this are not remembered (a lone "Accueil" is caught by other rules,
/// and short lines recur by chance).
const MIN_CHARS: usize = 12;
/// Only this many leading bytes of a line are hashed (long lines differ early).
const HASHED_BYTES: usize = 512;

#[derive(Default, Clone)]
pub struct Memory {
    documents: HashSet<u64>,
    lines: HashMap<u64, u32>,
}

impl Memory {
    pub fn observe(&mut self, text: &str) {
        if !self.documents.insert(hash_str(text)) {
            return;
        }
        let mut seen = HashSet::new();
        for line in text.lines() {
            if let Some(h) = line_key(line, None) {
                if seen.insert(h) {
                    *self.lines.entry(h).or_insert(0) += 1;
                }
            }
        }
    }

    /// Whether this exact text was observed (then its own lines count once in [`Self::files_with`]).
    pub fn has_document(&self, text: &str) -> bool {
        self.documents.contains(&hash_str(text))
    }

    /// In how many observed files the line occurs.
    pub fn files_with(&self, line: &str) -> u32 {
        self.count(line_key(line, None))
    }

    /// [`Self::files_with`] for a line whose words the caller has lowercased already:
    /// `squeezed` is `lines::squeezed_lowercase(line, usize::MAX)`.
    pub(crate) fn files_with_squeezed(&self, line: &str, squeezed: &str) -> u32 {
        self.count(line_key(line, Some(squeezed)))
    }

    fn count(&self, key: Option<u64>) -> u32 {
        key.and_then(|h| self.lines.get(&h).copied()).unwrap_or(0)
    }

    /// How many files were observed.
    pub fn documents(&self) -> usize {
        self.documents.len()
    }
}

/// The 64-bit hash keys are made with: foldhash with a fixed seed (the same keys in every
/// engine and run), a few times faster than std's SipHash over a line's bytes.
fn hasher() -> impl Hasher {
    foldhash::fast::FixedState::with_seed(0x5265_7675_654d_656d).build_hasher()
}

fn hash_str(s: &str) -> u64 {
    let mut h = hasher();
    s.len().hash(&mut h);
    s.hash(&mut h);
    h.finish()
}

/// Lines compare case- and space-insensitively; digits are kept (dates differ per page).
/// The key is the hash of the lowercased words joined by single spaces, hashed in one
/// call (hashing char by char cost more than the rest of the line's analysis). `squeezed`,
/// when given, is the line's words lowercased already (the key itself, for a line no longer
/// than the bytes hashed).
fn line_key(line: &str, squeezed: Option<&str>) -> Option<u64> {
    let t = line.trim();
    // Shorter than MIN_CHARS: not remembered.
    t.chars().nth(MIN_CHARS - 1)?;
    let mut h = hasher();
    match squeezed {
        Some(key) if t.len() <= HASHED_BYTES => h.write(key.as_bytes()),
        _ => {
            let mut cut = t.len().min(HASHED_BYTES);
            while !t.is_char_boundary(cut) {
                cut -= 1;
            }
            h.write(super::lines::squeezed_lowercase(&t[..cut], usize::MAX).as_bytes());
        }
    }
    Some(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_files_once() {
        let mut m = Memory::default();
        m.observe("Menu du site principal\nUn article\nMenu du site principal");
        m.observe("Menu du site principal\nUn autre article différent");
        m.observe("Menu du site principal\nUn autre article différent");
        assert_eq!(m.files_with("Menu du site principal"), 2);
        assert_eq!(m.files_with("  menu du   SITE principal "), 2);
        assert_eq!(m.files_with("Un autre article différent"), 1);
        assert_eq!(m.files_with_squeezed("  Menu du  SITE principal", "menu du site principal"), 2);
        assert_eq!(m.documents(), 2);
    }
}
