//! Formulaic lines that are chrome even inside the article container: "Read more",
//! "À lire aussi", copyright and reprint notices, share prompts, newsletter and cookie
//! prompts, ad labels, photo credits. The rules are data, shared with the scrape extractor:
//! the `page` and `both` rules of `rules/boilerplate.tsv` (see `rules.rs`), each family
//! tested on its examples there.

use super::rules::{self, Scope};
use regex::Regex;
use std::sync::OnceLock;

/// Why this line is formulaic chrome, if it is.
pub fn formulaic(line: &str) -> Option<&'static str> {
    rules::classify(Scope::Page, line, line.chars().count()).map(|r| r.reason)
}

/// A short line that only states when or by whom ("Stand: 28.04.2023 16:11 Uhr",
/// "Publié le 10 avril 2024", "By Jane Doe", "Von Stefan Lienert"): byline chrome.
pub fn dateline_or_byline(line: &str) -> bool {
    stamp(line).is_some_and(|s| s.letter_words <= 5 || s.labelled && s.words <= 10) || {
        let words = line.split_whitespace().count();
        byline_re().is_match(line) && words <= 7 && !line.trim_end().ends_with(['.', '!', '?'])
    }
}

/// A line that is only a publication stamp, set even as a list item ("Published: 22:04, 22
/// Apr 2024", "02/02/2025 KL. 09:00", "Publicerad 1 okt 2025 kl 02.11"): a date led by a
/// publication label, or a date with at most one word besides.
pub fn publication_stamp(line: &str) -> bool {
    // A reference list's fragments ("on 2014-03-28. Retrieved 2014-03-27.") end a sentence;
    // "le", "am", "on" may lead any dated line.
    let weak_label = line.split_whitespace().next().is_some_and(|w| ["le", "am", "on"].contains(&w.to_lowercase().as_str()));
    stamp(line).is_some_and(|s| (s.letter_words <= 1 && !line.trim_end().ends_with('.')) || s.labelled && !weak_label && s.words <= 10)
}

struct Stamp {
    words: usize,
    /// Words with a letter in them.
    letter_words: usize,
    /// Whether a publication label ("Published", "Stand", "Publicerad") leads the line.
    labelled: bool,
}

/// The shape of a short line holding a date or a time, if it holds one.
fn stamp(line: &str) -> Option<Stamp> {
    static RES: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (date, label) = RES.get_or_init(|| {
        (
            Regex::new(r"(?i)\b(\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}h\d{2}|\d{1,2}\.\d{2}\s*uhr\b|kl\.?\s*\d{1,2}[.:]\d{2}\b|\d+\s+(minutes?|hours?|days?|heures?|stunden|minuten|tagen?)\s+(ago|her)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|sept|déc|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\.?\s+\d{1,2}|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|okt|maj|mei|nov|dec|janv|févr|avr|juil|déc|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|april|juni|juli|august|oktober|dezember)[a-zé]*\.?\s+\d{4})").expect("valid"),
            Regex::new(r"(?i)^((artikel|article|beitrag) )?(stand|publié|publie|mis à jour|actualisé|modifié|published|updated|last updated|posted|erstellt|aktualisiert|publiziert|veröffentlicht|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|datum|date|le|am|on)\b").expect("valid"),
        )
    });
    if line.chars().count() > 90 || !date.is_match(line) {
        return None;
    }
    Some(Stamp {
        words: line.split_whitespace().count(),
        letter_words: line.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphabetic())).count(),
        labelled: label.is_match(line),
    })
}

fn byline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^(?i:by|par|von|por|di|av|af|door|text|texte|fotos?|photos?)\s*:?\s+\p{Lu}").expect("valid"))
}

/// Whether a short note says who someone is, by trade: "X ist ZDF-Reporterin für …",
/// "X is a senior researcher with …", "X est correspondant à …", "Korrespondent X ist bei
/// WELT für … zuständig". A verb "to be" and a newsroom or academic trade.
pub fn author_bio(line: &str) -> bool {
    static RES: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (be, trade) = RES.get_or_init(|| {
        (
            Regex::new(r"(?i)\b(is|was|ist|war|est|es|è|är|er|is een|jest)\b").expect("valid"),
            Regex::new(r"(?i)(reporter|korrespondent|correspondent|correspondant|corresponsal|corrispondente|redakteur|redaktor|editor|rédact|columnist|kolumnist|chroniqueu|journalist|journaliste|periodista|giornalista|professor|professeur|profesor|researcher|forscher|chercheu|fellow|lecturer|dozent|analyst|writer|autor|author|auteur)").expect("valid"),
        )
    });
    line.chars().count() <= 500 && be.is_match(line) && trade.is_match(line)
}

/// An agency sign-off: the short line that closes a news article by crediting the agencies
/// it draws on, with the initials of the editor who put it together ("sak/Reuters",
/// "SDA/sep", "dpa/AFP/lkm", "ag/dpa", "Reuters/kra Frankfurt"), or a source label
/// followed by agencies ("Quelle: dpa", "(Quelle: APA/sda/dpa)", "Source : AFP"), or the
/// story's credit to the agencies it was written with ("mit dpa", "Mit Material von dpa
/// und AFP"). Not article text, but the record must keep its agencies in `sources`.
#[derive(Debug, Clone, PartialEq)]
pub struct SignOff {
    /// The agencies named, canonical short forms, in order.
    pub agencies: Vec<String>,
    /// Whether a source label ("Quelle:", "Source:", "Fuente:") introduces them: such a line
    /// is a credit wherever it stands; a bare slash line only where the article ends.
    pub labelled: bool,
}

/// The sign-off this line is, if it is one. Every code must be an agency of the list
/// (`crate::agencies`) or an editor's lower-case initials (two to four letters), and at least
/// one must be an agency; a slash line may end with a place ("Reuters/kra Frankfurt").
pub fn agency_signoff(line: &str) -> Option<SignOff> {
    static RES: OnceLock<(Regex, Regex, Regex, Regex, Regex)> = OnceLock::new();
    let (label, with, list, slashes, initials) = RES.get_or_init(|| {
        (
            Regex::new(r"^(?i:quellen?|sources?|fuentes?|fonte|bron|kilde|källa)\s*:\s*(.+)$").expect("valid"),
            // The story written with the agencies' copy: "mit dpa", "Mit Material von dpa und AFP", "with AP".
            Regex::new(r"^(?i:mit|with|avec|con)\s+(?:(?i:material|informationen|infos?|reporting)\s+(?:von|der|aus|from|de)\s+)?(.+)$").expect("valid"),
            // What separates the agencies of a labelled list: "APA/sda", "AFP, Reuters", "dpa und AFP".
            Regex::new(r"\s*[/,;&]\s*|\s+(?:und|and|et|y)\s+").expect("valid"),
            Regex::new(r"^([\p{L}][\p{L}-]{1,20}(?:\s*/\s*[\p{L}][\p{L}-]{1,20})+)(?:,?\s+\p{Lu}[\p{Ll}-]+)?$").expect("valid"),
            Regex::new(r"^[a-z]{2,4}$").expect("valid"),
        )
    });
    let t = line.trim();
    if t.chars().count() > 60 {
        return None;
    }
    let t = t.strip_prefix(['(', '[']).and_then(|x| x.strip_suffix([')', ']'])).unwrap_or(t).trim();
    let t = t.strip_suffix('.').unwrap_or(t).trim();
    let (codes, labelled): (Vec<&str>, bool) = if let Some(c) = label.captures(t) {
        let rest = c.get(1).map_or("", |m| m.as_str());
        (list.split(rest).map(str::trim).collect(), true)
    } else if let Some(c) = with.captures(t) {
        let rest = c.get(1).map_or("", |m| m.as_str());
        (list.split(rest).map(str::trim).collect(), false)
    } else if let Some(c) = slashes.captures(t) {
        (c.get(1).map_or("", |m| m.as_str()).split('/').map(str::trim).collect(), false)
    } else {
        return None;
    };
    let mut agencies: Vec<String> = Vec::new();
    for code in codes {
        if let Some(a) = crate::agencies::agency_code(code) {
            if !agencies.contains(&a) {
                agencies.push(a);
            }
        } else if !initials.is_match(code) {
            return None;
        }
    }
    (!agencies.is_empty()).then_some(SignOff { agencies, labelled })
}

#[cfg(test)]
mod tests {
    #[test]
    fn datelines_and_bylines() {
        use super::dateline_or_byline as d;
        assert!(d("Stand: 28.04.2023 16:11 Uhr"));
        assert!(d("Publié le 10 avril 2024 à 12h30"));
        assert!(d("Von Stefan Lienert"));
        assert!(d("By Jane Doe and John Roe"));
        assert!(d("12.12.2025, 05:07 Uhr"));
        assert!(d("Online seit heute, 20.03 Uhr"));
        assert!(!d("By the end of the day, 300 people had fled the town."));
        assert!(!d("Le 10 avril 2024, les troupes sont entrées dans la ville de Stepanakert sans rencontrer de résistance."));
        assert!(d("Publicerad 1 okt 2025 kl 02.11Uppdaterad kl 02.17"));
        assert!(d("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch"));
    }

    /// Stamps set as list items (The Sun, Jyllands-Posten); a dated entry of a timeline is
    /// no stamp.
    #[test]
    fn publication_stamps() {
        use super::publication_stamp as p;
        assert!(p("Published: 22:04, 22 Apr 2024"));
        assert!(p("Updated: 22:05, 22 Apr 2024"));
        assert!(p("02/02/2025 KL. 09:00"));
        assert!(!p("12 May 2024: the court rejects the appeal"));
        assert!(!p("Stine fra blokken"));
        assert!(!p("on 2014-03-28. Retrieved 2014-03-27."));
        assert!(!p(". 24 August 2021."));
    }

    #[test]
    fn author_bios() {
        use super::author_bio as b;
        assert!(b("Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland, Kaukasus und Zentralasien."));
        assert!(b("Mamokete Modiba is a senior researcher with the Gauteng City-Region Observatory."));
        assert!(b("Korrespondent Ulrich Exner ist bei WELT für landespolitische Themen zuständig."));
        assert!(!b("Ben Silverman is on Twitter at ben_silverman."));
        assert!(!b("This article originally appeared on The Atlantic."));
    }

    #[test]
    fn agency_sign_offs() {
        use super::agency_signoff as s;
        let agencies = |l: &str| s(l).map(|x| x.agencies);
        let v = |a: &[&str]| Some(a.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(agencies("sak/Reuters"), v(&["Reuters"]));
        assert_eq!(agencies("SDA/sep"), v(&["SDA"]));
        assert_eq!(agencies("dpa/AFP/lkm"), v(&["DPA", "AFP"]));
        assert_eq!(agencies("AFP/Reuters/sda"), v(&["AFP", "Reuters", "SDA"]));
        assert_eq!(agencies("ag/dpa"), v(&["DPA"]));
        assert_eq!(agencies("Reuters/kra Frankfurt"), v(&["Reuters"]));
        assert_eq!(agencies("(Quelle: APA/sda/dpa)"), v(&["APA", "SDA", "DPA"]));
        assert_eq!(agencies("Quelle: dpa"), v(&["DPA"]));
        assert_eq!(agencies("Source : AFP et Reuters"), v(&["AFP", "Reuters"]));
        assert!(s("Quelle: dpa").unwrap().labelled && !s("sak/Reuters").unwrap().labelled);
        // The story written with the agencies' copy, where it closes the article.
        assert_eq!(agencies("mit dpa"), v(&["DPA"]));
        assert_eq!(agencies("Mit Material von dpa und AFP"), v(&["DPA", "AFP"]));
        assert!(!s("mit dpa").unwrap().labelled);
        assert_eq!(s("Mit Freunden"), None);
        // Article sentences that name an agency, photo credits, people and counters are not.
        assert_eq!(s("Reuters reported that the talks had failed."), None);
        assert_eq!(s("Die Nachrichtenagentur Reuters/Ipsos befragte 1000 Menschen."), None);
        assert_eq!(s("AFP/Getty Images"), None);
        assert_eq!(s("imago images/Pemax"), None);
        assert_eq!(s("Mathatisi Sebusi/Mohalenyane Phakela"), None);
        assert_eq!(s("Quelle: ZDF"), None);
        assert_eq!(s("Jan/Feb"), None);
        assert_eq!(s("1/12"), None);
    }
}
