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
    static RES: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    let (date, label, byline) = RES.get_or_init(|| {
        (
            Regex::new(r"(?i)\b(\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}h\d{2}|\d{1,2}\.\d{2}\s*uhr\b|\d+\s+(minutes?|hours?|days?|heures?|stunden|minuten|tagen?)\s+(ago|her)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|sept|déc|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\.?\s+\d{1,2}|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|déc|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|april|juni|juli|august|oktober|dezember)[a-zé]*\.?\s+\d{4})").expect("valid"),
            Regex::new(r"(?i)^(stand|publié|publie|mis à jour|actualisé|modifié|published|updated|last updated|posted|erstellt|aktualisiert|publiziert|veröffentlicht|datum|date|le|am|on)\b").expect("valid"),
            Regex::new(r"^(?i:by|par|von|por|di|av|af|door|text|texte|fotos?|photos?)\s*:?\s+\p{Lu}").expect("valid"),
        )
    });
    let chars = line.chars().count();
    if chars > 90 {
        return false;
    }
    let words = line.split_whitespace().count();
    if date.is_match(line) {
        // Mostly a date: few words besides numbers and the label.
        let letters_words = line.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphabetic())).count();
        if letters_words <= 5 || label.is_match(line) && words <= 10 {
            return true;
        }
    }
    byline.is_match(line) && words <= 7 && !line.trim_end().ends_with(['.', '!', '?'])
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
    }
}
