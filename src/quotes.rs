//! Quotations and who said them.
//! (Interface; the full implementation lands with issue 5.)

use crate::resolve::Resolved;
use crate::tag::Mention;

pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// Canonical name of the speaker.
    pub speaker: Option<String>,
}

pub fn find_quotes(text: &str, _lang: &str, _mentions: &[Mention], _resolved: &[Resolved]) -> Vec<Quote> {
    let re = regex::Regex::new(r"«\s*([^«»]+?)\s*»").unwrap();
    re.captures_iter(text)
        .map(|c| {
            let m = c.get(1).unwrap();
            Quote { start: m.start(), end: m.end(), speaker: None }
        })
        .collect()
}
