//! Exonyms, acronyms and well-known people, FR and EN, as data (`data/lexicons/facts/`).
//!
//! Every alias is stored under its fold key ([`super::fold::fold_key`]), so a lexicon entry
//! also catches unseen romanisations of its aliases. Files are loaded in priority order:
//! an entry that shares an alias with an earlier one is merged into it (hand-made
//! `places.tsv` overrides the generated `countries.tsv`).

use super::fold::fold_key;
use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Place,
    Org,
    Person,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub fr: String,
    pub en: String,
    pub kind: Kind,
}

impl Entry {
    /// The canonical name for text in `lang`: French for French text, else English;
    /// people keep their international spelling whatever the language.
    pub fn canonical(&self, lang: &str) -> &str {
        if lang == "fr" || self.kind == Kind::Person {
            &self.fr
        } else {
            &self.en
        }
    }
}

pub struct Lexicon {
    pub entries: Vec<Entry>,
    by_key: HashMap<String, usize>,
    /// Surname fold key → people of the lexicon with that surname.
    by_surname: HashMap<String, Vec<usize>>,
    /// Nationality adjective (lowercase) → country (French canonical).
    pub demonyms: HashMap<String, String>,
    /// Country (French canonical) → the country after "de" in French ("de l'Arménie").
    pub of_country: HashMap<String, String>,
}

const PLACES: &str = include_str!("../../data/lexicons/facts/places.tsv");
const COUNTRIES: &str = include_str!("../../data/lexicons/facts/countries.tsv");
const ORGS: &str = include_str!("../../data/lexicons/facts/organisations.tsv");
const PERSONS: &str = include_str!("../../data/lexicons/facts/persons.tsv");
const AGENCIES: &str = include_str!("../../data/lexicons/facts/agencies.tsv");
const DEMONYMS: &str = include_str!("../../data/lexicons/facts/demonyms.tsv");

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

fn data_lines(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon { entries: Vec::new(), by_key: HashMap::new(), by_surname: HashMap::new(), demonyms: HashMap::new(), of_country: HashMap::new() };
        for (src, kind) in [(PLACES, Kind::Place), (ORGS, Kind::Org), (COUNTRIES, Kind::Place)] {
            for cols in data_lines(src) {
                if cols.len() < 3 {
                    continue;
                }
                let mut aliases: Vec<&str> = cols[2].split('|').collect();
                // The generated file lists only unambiguous names; its canonical columns may
                // repeat an ambiguous one ("Congo").
                if src != COUNTRIES {
                    aliases.push(cols[0]);
                    aliases.push(cols[1]);
                }
                lex.add(cols[0], cols[1], kind, &aliases);
            }
        }
        for cols in data_lines(PERSONS) {
            if cols.len() < 2 {
                continue;
            }
            let mut aliases: Vec<&str> = cols[1].split('|').collect();
            aliases.push(cols[0]);
            let id = lex.add(cols[0], cols[0], Kind::Person, &aliases);
            let mut surnames: Vec<String> = aliases.iter().filter_map(|a| fold_key(a).rsplit(' ').next().map(str::to_string)).collect();
            surnames.sort();
            surnames.dedup();
            for s in surnames {
                let v = lex.by_surname.entry(s).or_default();
                if !v.contains(&id) {
                    v.push(id);
                }
            }
        }
        for cols in data_lines(AGENCIES) {
            if cols.len() < 2 {
                continue;
            }
            // Agency aliases that are ordinary words or initials ("AA", "Trend") only name the
            // agency in credit context: not as entity names.
            let strict = cols.get(2).is_some_and(|s| s.trim() == "credit");
            let aliases: Vec<&str> = cols[1].split('|').filter(|a| !strict || a.chars().count() > 4).filter(|a| a.len() > 2).collect();
            lex.add(cols[0], cols[0], Kind::Org, &aliases);
        }
        for cols in data_lines(DEMONYMS) {
            if cols.len() < 2 {
                continue;
            }
            for a in cols[0].split('|') {
                lex.demonyms.insert(a.to_lowercase(), cols[1].to_string());
            }
            if let Some(of) = cols.get(2) {
                lex.of_country.insert(cols[1].to_string(), of.trim().to_string());
            }
        }
        lex
    }

    fn add(&mut self, fr: &str, en: &str, kind: Kind, aliases: &[&str]) -> usize {
        let keys: Vec<String> = aliases.iter().map(|a| fold_key(a)).filter(|k| !k.is_empty()).collect();
        let id = keys.iter().find_map(|k| self.by_key.get(k).copied()).unwrap_or_else(|| {
            self.entries.push(Entry { fr: fr.to_string(), en: en.to_string(), kind });
            self.entries.len() - 1
        });
        for k in keys {
            self.by_key.entry(k).or_insert(id);
        }
        id
    }

    /// The entry whose alias folds like `name`.
    pub fn lookup(&self, name: &str) -> Option<(usize, &Entry)> {
        let id = *self.by_key.get(&fold_key(name))?;
        Some((id, &self.entries[id]))
    }

    /// People of the lexicon with this surname (fold key of one word).
    pub fn people_with_surname(&self, surname_key: &str) -> &[usize] {
        self.by_surname.get(surname_key).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(name: &str, lang: &str) -> Option<String> {
        lexicon().lookup(name).map(|(_, e)| e.canonical(lang).to_string())
    }

    #[test]
    fn exonyms_and_acronyms_share_an_entry() {
        for (a, b, lang, want) in [
            ("Bakou", "Baku", "fr", "Bakou"),
            ("Erevan", "Yerevan", "fr", "Erevan"),
            ("OTAN", "NATO", "fr", "Organisation du traité de l'Atlantique nord"),
            ("ONU", "UN", "en", "United Nations"),
            ("Nagorny Karabakh", "Nagorno-Karabakh", "fr", "Haut-Karabakh"),
            ("Haut-Karabagh", "Karabakh", "fr", "Haut-Karabakh"),
            ("Azerbaïdjan", "Azerbaijan", "en", "Azerbaijan"),
            ("États-Unis", "United States", "fr", "États-Unis"),
            ("Turkey", "Türkiye", "fr", "Turquie"),
            ("OTSC", "Organisation du traité de sécurité collective", "fr", "Organisation du traité de sécurité collective"),
        ] {
            assert_eq!(canon(a, lang).as_deref(), Some(want), "{a}");
            assert_eq!(canon(b, lang).as_deref(), Some(want), "{b}");
        }
    }

    #[test]
    fn generated_countries_are_loaded_and_ambiguous_aliases_dropped() {
        assert_eq!(canon("Norvège", "en").as_deref(), Some("Norway"));
        assert_eq!(canon("Kazakhstan", "fr").as_deref(), Some("Kazakhstan"));
        // "Congo" names two countries: the hand lexicon keeps it as its own entry.
        assert_eq!(canon("République du Congo", "fr").as_deref(), Some("République du Congo"));
    }

    #[test]
    fn people_keep_their_international_spelling() {
        assert_eq!(canon("Vladimir Poutine", "fr").as_deref(), Some("Vladimir Putin"));
        assert_eq!(canon("Nikol Pachinian", "fr").as_deref(), Some("Nikol Pashinyan"));
        let k = fold_key("Aliev");
        assert_eq!(lexicon().people_with_surname(&k).len(), 2, "Ilham and Heydar");
    }

    #[test]
    fn strict_agency_initials_are_not_entity_names() {
        assert!(canon("AA", "fr").is_none());
        assert_eq!(canon("Associated Press", "en").as_deref(), Some("AP"));
    }
}
