//! From mentions to entities: one canonical name per real-world entity.
//! (Interface; the full implementation lands with issue 5.)

use crate::record::Record;
use crate::tag::Mention;

#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub canonical: String,
    pub role: Option<String>,
}

/// One [`Resolved`] per mention, in the same order.
pub fn resolve_document(text: &str, mentions: &[Mention], _lang: &str) -> Vec<Resolved> {
    mentions.iter().map(|m| Resolved { canonical: text[m.start..m.end].to_string(), role: None }).collect()
}

/// Merges canonical names across the articles of a corpus (spelling variants, surnames).
pub fn unify_corpus(_records: &mut [Record]) {}
