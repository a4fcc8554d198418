//! News agencies and outlets an article credits or cites ("(Avec AFP)", "— Reuters",
//! "selon l'agence Anadolu", "a rapporté TASS", "cité par Interfax").
//!
//! The agency list with its aliases is data (`data/lexicons/facts/agencies.tsv`). An alias
//! that is also an ordinary word or initials (AP, EFE, APA, Trend) counts only in a credit
//! context: in brackets, after a dash or "avec"/"with", before "/" or ")" , or after
//! "l'agence"/"agency". Unambiguous names count wherever they are cited as a source
//! ("selon", "d'après", "a rapporté", "cité par", "according to", "told", "reported", or a
//! credit), or as a bare mention when the name can only be an agency (AFP, Reuters).

use regex::Regex;
use std::sync::OnceLock;

const DATA: &str = include_str!("../data/lexicons/facts/agencies.tsv");

struct Agency {
    canonical: String,
    aliases: Vec<String>,
    strict: bool,
}

struct Agencies {
    list: Vec<Agency>,
    re: Regex,
    /// alias → index in `list`
    by_alias: foldhash::HashMap<String, usize>,
}

fn agencies() -> &'static Agencies {
    static A: OnceLock<Agencies> = OnceLock::new();
    A.get_or_init(|| {
        let mut list = Vec::new();
        let mut by_alias = foldhash::HashMap::default();
        for l in DATA.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < 2 {
                continue;
            }
            let aliases: Vec<String> = cols[1].split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
            for a in &aliases {
                by_alias.entry(a.clone()).or_insert(list.len());
            }
            list.push(Agency { canonical: cols[0].trim().to_string(), aliases, strict: cols.get(2).is_some_and(|s| s.trim() == "credit") });
        }
        let mut all: Vec<&String> = list.iter().flat_map(|a| a.aliases.iter()).collect();
        all.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let alt = all.iter().map(|a| regex::escape(a)).collect::<Vec<_>>().join("|");
        // Case-sensitive: agencies are written with their capitals.
        let re = Regex::new(&format!(r"(?:^|[^\w])({alt})(?:$|[^\w])")).expect("agency regex");
        Agencies { list, re, by_alias }
    })
}

fn norm(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// Words just before an agency name that make it a cited source.
const CITE_BEFORE: &[&str] = &[
    "selon", "selon l'agence", "d'après", "d'après l'agence", "l'agence", "agence", "cité par", "citée par", "cités par", "a rapporté", "rapporte",
    "a indiqué", "a annoncé", "a écrit", "a déclaré à", "a dit à", "a confié à", "interrogé par", "interviewé par", "sur", "à", "avec", "with",
    "according to", "told", "told the", "the", "agency", "news agency", "reported", "wrote", "quoted by", "said", "source", "sources",
    "credit", "crédit", "photo", "©", "copyright", "from", "permission from", "auprès de", "par", "et",
];

/// Whether the context around an alias at [s, e) credits it.
fn credited(text: &str, s: usize, e: usize, strict: bool) -> bool {
    let mut lo = s.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..s];
    let mut hi = (e + 20).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = &text[e..hi];
    let b = norm(before.trim_end());
    let prev_char = before.trim_end_matches([' ', '\u{a0}']).chars().next_back();
    let next_char = after.trim_start_matches([' ', '\u{a0}']).chars().next();
    // Credit lines: "(AFP)", "(Avec AFP)", "AFP/", "— Reuters", "(Reuters) -", "avec AP".
    let bracketed = matches!(prev_char, Some('(') | Some('[')) || (b.ends_with("(avec") || b.ends_with("avec") || b.ends_with("with"));
    let closing = matches!(next_char, Some(')') | Some('/') | Some(']'));
    let dash_before = matches!(prev_char, Some('—') | Some('–') | Some('-'));
    let line_alone = before.ends_with('\n') && (after.starts_with('\n') || after.is_empty());
    if bracketed && (closing || !strict) || dash_before && (after.trim().is_empty() || after.starts_with('\n')) || line_alone {
        return true;
    }
    if b.ends_with("l'agence") || b.ends_with("agence") || b.ends_with("agency") || norm(after).trim_start().starts_with("news agency") {
        return true;
    }
    if strict {
        return (b.ends_with("(") || prev_char == Some('(')) && closing;
    }
    CITE_BEFORE.iter().any(|w| b.ends_with(w) && b[..b.len() - w.len()].chars().next_back().map_or(true, |c| !c.is_alphanumeric()))
        || after.trim_start().starts_with(')')
}

/// The agencies and outlets credited or cited, canonical short forms, in order of first
/// appearance.
pub fn find_sources(text: &str) -> Vec<String> {
    let a = agencies();
    let mut out: Vec<String> = Vec::new();
    for c in a.re.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        let Some(&i) = a.by_alias.get(m.as_str()) else { continue };
        let ag = &a.list[i];
        // Names that are only agencies (AFP, Reuters, TASS, Interfax…) count wherever they
        // appear; others need a credit or citation context.
        let strict = ag.strict && m.as_str().chars().count() <= 5;
        let distinctive = unambiguous(&ag.canonical) || m.as_str().contains(' ');
        if (!strict && distinctive) || credited(text, m.start(), m.end(), strict) {
            if !out.contains(&ag.canonical) {
                out.push(ag.canonical.clone());
            }
        }
    }
    out
}

/// The agency an agency code of a sign-off line names ("dpa", "sda", "Reuters", "AFP" in
/// "sak/Reuters", "(Quelle: APA/sda/dpa)"), in its canonical short form. Sign-offs write
/// codes in either case, so a code of three letters or more also matches an alias without
/// case; a shorter one must match exactly (lower-case "ap", "aa" are editors' initials).
pub fn agency_code(code: &str) -> Option<String> {
    let a = agencies();
    if let Some(&i) = a.by_alias.get(code) {
        return Some(a.list[i].canonical.clone());
    }
    if code.chars().count() < 3 {
        return None;
    }
    let lower = code.to_lowercase();
    a.list.iter().find(|ag| ag.aliases.iter().any(|al| !al.contains(' ') && al.to_lowercase() == lower)).map(|ag| ag.canonical.clone())
}

/// Agencies whose name is never anything else in news text.
fn unambiguous(canonical: &str) -> bool {
    ["AFP", "Reuters", "TASS", "RIA Novosti", "Interfax", "RFE/RL", "Xinhua", "Armenpress", "Azertag", "ANSA", "Anadolu", "Meduza"].contains(&canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_and_citations() {
        assert_eq!(find_sources("Le texte.\n(Avec AFP)"), vec!["AFP"]);
        assert_eq!(find_sources("MOSCOU (Reuters) - Le Kremlin a dit"), vec!["Reuters"]);
        assert_eq!(find_sources("a rapporté TASS, cité par Interfax."), vec!["TASS", "Interfax"]);
        assert_eq!(find_sources("selon l’agence Anadolu, les troupes"), vec!["Anadolu"]);
        assert_eq!(find_sources("Reprinted with permission from RFE/RL Copyright(c)2007"), vec!["RFE/RL"]);
        assert_eq!(find_sources("Selon le serveur Meduza, l’électricité"), vec!["Meduza"]);
        assert_eq!(find_sources("WASHINGTON (AP) — The president said"), vec!["AP"]);
        assert_eq!(find_sources("the Associated Press reported"), vec!["AP"]);
        assert_eq!(find_sources("AFP/Archives"), vec!["AFP"]);
        assert_eq!(find_sources("lors d’un entretien avec TRT."), vec!["TRT"]);
    }

    #[test]
    fn ambiguous_initials_need_a_credit() {
        assert!(find_sources("Le groupe AP a gagné. Une AP de 12 points. EFE est un mot.").is_empty());
        assert_eq!(find_sources("Madrid, 3 mai (EFE)."), vec!["EFE"]);
    }

    #[test]
    fn sign_off_codes() {
        assert_eq!(agency_code("dpa").as_deref(), Some("DPA"));
        assert_eq!(agency_code("sda").as_deref(), Some("SDA"));
        assert_eq!(agency_code("Reuters").as_deref(), Some("Reuters"));
        assert_eq!(agency_code("afp").as_deref(), Some("AFP"));
        assert_eq!(agency_code("sak"), None);
        assert_eq!(agency_code("aa"), None);
    }
}
