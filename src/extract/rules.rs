//! Boilerplate rules for plain-text scrapes, as data (`rules/boilerplate.tsv`).
//!
//! A rule says a line is a menu item, a teaser-list heading, an ad marker, a comment-form
//! field ... in French, English, German, Spanish, Italian, Portuguese, Dutch (and a few
//! Nordic words); also captions carrying a photo credit and bare timestamps of feeds.
//! Rules are tried only on lines up to their own length limit,
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

const LEGAL_TERMS: &str = include_str!("rules/legal_terms.txt");

/// How many distinct consent/privacy/terms words (`rules/legal_terms.txt`) the line holds.
/// Looked for in the first 3,000 bytes only.
pub fn legal_terms(line: &str) -> usize {
    let mut cut = line.len().min(3000);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let lower = line[..cut].to_lowercase();
    LEGAL_TERMS.lines().filter(|t| !t.starts_with('#') && !t.trim().is_empty()).filter(|t| lower.contains(t.trim())).count()
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
    fn legal_vocabulary() {
        assert!(legal_terms("Under the California Consumer Privacy Act, you have the right to opt-out of the sale of your personal information to third parties.") >= 2);
        assert!(legal_terms("Wir und unsere Partner verarbeiten personenbezogene Daten; mit Ihrer Einwilligung setzen wir Cookies.") >= 2);
        assert!(legal_terms("Le gouvernement a annoncé mardi une série de mesures destinées à contenir la crise.") == 0);
        assert!(legal_terms("The minister said the cookie factory would close next year, cutting 300 jobs.") < 2);
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
