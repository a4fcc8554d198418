//! Boilerplate rules for plain-text scrapes, as data (`rules/boilerplate.tsv`).
//!
//! A rule says a line is a menu item, a teaser-list heading, an ad marker, a comment-form
//! field ... in French or English. Rules are tried only on lines up to their own length limit,
//! so an article paragraph that mentions a newsletter is not taken for a prompt, and a 50 MB
//! line costs nothing here.

use regex::Regex;
use std::sync::OnceLock;

const RULES: &str = include_str!("rules/boilerplate.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Not article text.
    Bad,
    /// Not article text, and what follows is another list (teasers, comments, footer).
    Barrier,
    /// An agency credit that belongs to the article and usually ends it.
    Credit,
}

pub struct Rule {
    pub reason: &'static str,
    pub kind: Kind,
    pub max_chars: usize,
    pub re: Regex,
}

/// The compiled rules; a malformed rule line is skipped (and fails the rules test).
pub fn rules() -> &'static [Rule] {
    static CELL: OnceLock<Vec<Rule>> = OnceLock::new();
    CELL.get_or_init(|| RULES.lines().filter_map(parse).collect())
}

fn parse(line: &'static str) -> Option<Rule> {
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    let mut f = line.splitn(4, '\t');
    let reason = f.next()?;
    let kind = match f.next()? {
        "bad" => Kind::Bad,
        "barrier" => Kind::Barrier,
        "credit" => Kind::Credit,
        _ => return None,
    };
    let max_chars = f.next()?.parse().ok()?;
    let re = Regex::new(f.next()?).ok()?;
    Some(Rule { reason, kind, max_chars, re })
}

/// The first rule that matches a trimmed line of `chars` characters.
pub fn classify(line: &str, chars: usize) -> Option<&'static Rule> {
    rules().iter().find(|r| chars <= r.max_chars && r.re.is_match(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        let n = RULES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).count();
        assert_eq!(rules().len(), n, "a rule line failed to parse or compile");
    }

    #[test]
    fn examples_get_their_reason() {
        for line in include_str!("rules/examples.tsv").lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let (reason, text) = line.split_once('\t').expect("reason<TAB>text");
            let got = classify(text, text.chars().count()).map(|r| r.reason);
            assert_eq!(got, Some(reason), "{text:?}");
        }
    }

    #[test]
    fn article_sentences_are_not_rules() {
        for text in [
            "Le ministère a publié sa newsletter mensuelle, dans laquelle il détaille les chiffres de l'année et annonce une réforme attendue depuis longtemps par les syndicats du secteur.",
            "Il a déclaré que la population civile n'était pas visée.",
            "Selon l'AFP, au moins 27 personnes ont été tuées.",
            "Home Secretary James Cleverly visited London.",
        ] {
            assert!(classify(text, text.chars().count()).is_none(), "{text:?}");
        }
    }
}
