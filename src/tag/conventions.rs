//! The annotation conventions of `gold/FORMAT.md`, enforced on the tagger's spans:
//! a span is the proper name only — no leading title (`M.`, `Mme`, `Dr`) and no elided article
//! (`l’`, `d’`), no leading determiner or preposition (`la`, `de`, `the`) — and a proper name has at least one capital letter or digit (lower-case
//! demonyms and common nouns such as `azerbaïdjanais` are not entities).

use super::features::{Case, TokenInfo};
use super::lexicon::PERSON_TITLE;
use super::EntityType;
use crate::tokenize::Token;

/// Titles that may precede a name (compared ASCII-case-insensitively).
const TITLES: &[&str] = &["m.", "mm.", "mme", "mme.", "mmes", "mlle", "dr", "dr.", "pr", "pr.", "me", "mgr", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir"];

fn is_title(s: &str) -> bool {
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(s))
}

/// `l’`, `d’`, `qu’`, `jusqu’`: a token made of a short word and a final apostrophe.
fn is_elided(s: &str) -> bool {
    (s.ends_with('’') || s.ends_with('\'')) && s.chars().count() <= 7 && s.chars().count() >= 2
}

pub fn apply(text: &str, tokens: &[Token], infos: &[TokenInfo], spans: &mut Vec<(usize, usize, EntityType)>) {
    spans.retain_mut(|sp| {
        while sp.1 - sp.0 > 1 {
            let s = tokens[sp.0].as_str(text);
            // a name starts with a capital: drop titles, elided articles, determiners and
            // common nouns the tagger let in front (`la Méditerranée`, `de Niantic`); lower-case heads
            // stay (`ministère de la Défense` is an ORG)
            // a person's title or role in front of the name (`Captain Newell Beaty`,
            // `President Ilham Aliyev`, `Sen. Warren`), when a capitalised word follows
            let role = sp.2 == EntityType::Per
                && infos[sp.0].lex & PERSON_TITLE != 0
                && matches!(infos[sp.0 + 1].case, c if c == Case::Title as u8 || c == Case::Upper as u8);
            if role || is_title(s) || is_elided(s) || is_function_word(s) || infos[sp.0].case == Case::Punct as u8 {
                sp.0 += 1;
            } else {
                break;
            }
        }
        let s = tokens[sp.0].as_str(text);
        if is_elided(s) || is_title(s) {
            return false;
        }
        infos[sp.0..sp.1].iter().any(|t| t.case != Case::Lower as u8 && t.case != Case::Punct as u8)
    });
}

/// Determiners and prepositions that never start a proper name in lower case.
fn is_function_word(s: &str) -> bool {
    matches!(s, "le" | "la" | "les" | "de" | "du" | "des" | "un" | "une" | "au" | "aux" | "à" | "en" | "the" | "a" | "an" | "of" | "in")
}
