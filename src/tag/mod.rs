//! Named-entity recognition: persons, places, organisations and other proper names.
//! (Interface; the trained tagger lands with issue 4.)

use crate::tokenize::{tokenize, Token};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityType {
    Per,
    Loc,
    Org,
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Misc => "MISC",
        }
    }
}

/// One entity mention: byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub ty: EntityType,
}

/// The mentions in `text`, or `None` when there is no model for `lang`.
pub fn recognize(text: &str, lang: &str) -> Option<Vec<Mention>> {
    if lang != "fr" && lang != "en" {
        return None;
    }
    let toks = tokenize(text);
    let cap = |t: &Token| text[t.start..t.end].chars().next().is_some_and(char::is_uppercase);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let sentence_start = i == 0 || matches!(&text[toks[i - 1].start..toks[i - 1].end], "." | "«" | "\"" | "“");
        if cap(&toks[i]) && !sentence_start {
            let s = toks[i].start;
            let mut j = i;
            while j + 1 < toks.len() && cap(&toks[j + 1]) && toks[j + 1].start == toks[j].end + 1 {
                j += 1;
            }
            out.push(Mention { start: s, end: toks[j].end, ty: EntityType::Misc });
            i = j + 1;
        } else {
            i += 1;
        }
    }
    Some(out)
}
