//! The analysis record of `CONTRACT.md`: what `revue analyze` prints, what the page exports.
//!
//! Offsets in a [`Record`] are Unicode scalar value (code point) indices into `text`, end
//! exclusive. Every stage before this one works in UTF-8 byte offsets; [`CharIndex`] converts
//! them here, once. (The wasm boundary converts code points to UTF-16 for the browser.)

use serde::{Deserialize, Serialize};

/// One article: the contract fields first, in contract order, then Revue's own additions.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Record {
    pub file: String,
    pub record: usize,
    pub lang: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub site: Option<String>,
    pub sources: Vec<String>,
    pub body: Vec<String>,
    pub text: String,
    pub entities: Vec<EntityOut>,
    pub dates: Vec<DateOut>,
    pub figures: Vec<FigureOut>,
    pub quotes: Vec<QuoteOut>,
    pub errors: Vec<String>,
    /// Added field: the detected input format ("html", "text", "json", "jsonl", "zip", ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Added field: a date printed by the site's chrome, not the article's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_date: Option<String>,
    /// Added field: what was removed as boilerplate, and why (for the reader's toggle).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<RemovedOut>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct EntityOut {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub ty: String,
    pub text: String,
    pub canonical: String,
    /// Added field: a role met next to the mention ("président azerbaïdjanais").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DateOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub iso: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FigureOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub what: String,
    /// Added fields: "au moins", "plus de", ... and who claims the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct QuoteOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RemovedOut {
    pub text: String,
    pub reason: String,
}

/// Converts increasing UTF-8 byte offsets of one string into code point offsets.
///
/// Built once per text (one pass); each lookup is a binary search, so converting all of an
/// article's spans costs O(n log n) at worst and never rescans the text.
pub struct CharIndex {
    /// Byte offset of every char start, plus `text.len()` at the end.
    starts: Vec<u32>,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let mut starts: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
        starts.push(text.len() as u32);
        CharIndex { starts }
    }

    /// Code point index of a byte offset. An offset inside a character (never produced by the
    /// pipeline) maps to that character's start.
    pub fn char_of(&self, byte: usize) -> usize {
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_code_points() {
        let t = "l’Arménie à Erevan";
        let ix = CharIndex::new(t);
        let b = t.find("Erevan").unwrap();
        assert_eq!(ix.char_of(b), 12);
        assert_eq!(ix.char_of(t.len()), t.chars().count());
        assert_eq!(ix.char_of(0), 0);
    }
}
