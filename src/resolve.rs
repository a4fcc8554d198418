//! From mentions to entities: one canonical name per real-world entity.
//!
//! Within an article ([`resolve_document`]): lexicon names (exonyms, acronyms, well-known
//! people) take their canonical form; people's full names are grouped by the fold key of
//! first and last name; a bare surname ("Aliev", "M. Blinken") joins the one full name of the
//! article with that surname, and stays apart when two people share it; an acronym joins the
//! long name whose initials it spells; roles next to a name are kept.
//! Across articles ([`Corpus`]): canonical names with one fold key merge, bare surnames join
//! the one person of the corpus with that surname, and each merge keeps its reason.

pub mod fold;
mod lexicon;
mod roles;
pub use roles::is_role_word;

use crate::record::Record;
use crate::tag::{EntityType, Mention};
use fold::{fold_key, words};
use lexicon::{lexicon, Kind};
use foldhash::{HashMap, HashMapExt};

#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub canonical: String,
    pub role: Option<String>,
    /// The mention's type, the tagger's unless the article shows better: a single name the
    /// tagger called a place or an organisation that spells the surname of the article's one
    /// person with it ("Pashinian" after "Nikol Pashinyan") is that person.
    pub ty: EntityType,
}

/// Titles before a name that are not part of it.
const TITLES: &[&str] = &[
    "m.", "mm.", "mme", "mme.", "mmes", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "pr", "pr.", "me", "sir", "lord",
];
/// Determiners and elided articles before a place or organisation name.
/// Words that open a surname of several words ("Di Giacomo", "Van Rompuy", "Al-Assad" aside).
const SURNAME_PARTICLES: &[&str] = &["di", "de", "da", "del", "della", "dela", "van", "von", "der", "le", "la", "du", "dos", "das", "ben", "bin", "abu", "al", "el", "mac", "ter", "ten", "st"];

const DETERMINERS: &[&str] = &["le ", "la ", "les ", "l'", "l’", "the ", "d'", "d’", "du ", "des ", "de ", "qu'", "qu’"];
/// Lowercase words that may sit inside a proper name.
const FUNCTION_WORDS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "pour", "sur", "à", "au", "aux", "of", "the", "for", "and", "on", "in",
    "al", "el", "ben", "bin", "van", "von", "der", "den", "da", "di", "do", "dos",
];

/// A mention's name without titles, determiners or a possessive.
pub fn clean_name(surface: &str) -> String {
    let mut s = surface.trim();
    loop {
        let lower = s.to_lowercase();
        let mut changed = false;
        for t in TITLES {
            if lower.starts_with(t) && lower[t.len()..].starts_with(' ') && lower.len() == s.len() {
                s = s[t.len()..].trim_start();
                changed = true;
                break;
            }
        }
        if !changed {
            for d in DETERMINERS {
                if lower.starts_with(d) && lower.len() == s.len() && s.len() > d.len() {
                    let rest = &s[d.len()..];
                    if rest.chars().next().is_some_and(char::is_uppercase) {
                        s = rest.trim_start();
                        changed = true;
                        break;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let s = s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).unwrap_or(s);
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"')).to_string()
}

/// Drops lowercase descriptive words inside a multi-word name ("République non reconnue du
/// Karabakh" → "République du Karabakh"): the form a lexicon or another article would use.
fn drop_inner_adjectives(name: &str) -> String {
    let ws: Vec<&str> = name.split(' ').collect();
    if ws.len() < 3 {
        return name.to_string();
    }
    let kept: Vec<&str> = ws
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            *i == 0
                || w.chars().next().is_some_and(|c| !c.is_lowercase())
                || FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
                || w.starts_with("l'")
                || w.starts_with("l’")
                || w.starts_with("d'")
                || w.starts_with("d’")
        })
        .map(|(_, w)| *w)
        .collect();
    kept.join(" ")
}

/// The nationality adjectives inside a name ("ministère azerbaïdjanais de la Défense").
fn demonym_country(name: &str) -> Option<(String, String)> {
    let lex = lexicon();
    for w in name.split(' ') {
        if w.chars().next().is_some_and(char::is_lowercase) {
            if let Some(c) = lex.demonyms.get(&w.to_lowercase()) {
                return Some((w.to_string(), c.clone()));
            }
        }
    }
    None
}

/// The last nationality adjective written before `at` in the same paragraph, at most 300
/// bytes back: the country a bare "ministère de la Défense" most likely belongs to.
fn country_from_context(text: &str, at: usize) -> Option<String> {
    let mut from = at.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    let window = window.rsplit('\n').next().unwrap_or(window);
    let lex = lexicon();
    // Only a nationality that qualifies an institution ("l'armée azerbaïdjanaise", "le
    // gouvernement arménien") says whose ministry it is; "positions arméniennes" does not.
    const INSTITUTIONS: &[&str] = &[
        "armée", "forces", "troupes", "gouvernement", "autorités", "président", "présidence", "diplomatie", "premier", "ministre", "état-major",
        "army", "forces", "troops", "government", "authorities", "president", "presidency",
    ];
    let ws: Vec<&str> = window.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    (1..ws.len())
        .rev()
        .find_map(|i| {
            let w = ws[i];
            let prev = ws[i - 1].to_lowercase();
            let prev2 = if i >= 2 { ws[i - 2].to_lowercase() } else { String::new() };
            let inst = INSTITUTIONS.contains(&prev.as_str()) || INSTITUTIONS.contains(&prev2.as_str());
            if inst && w.chars().next().is_some_and(char::is_lowercase) {
                lex.demonyms.get(w)
            } else {
                None
            }
        })
        .cloned()
}

/// The head words of a ministry's name.
pub const MINISTRY: [&str; 2] = ["ministère", "ministry"];

fn is_ministry(name: &str) -> bool {
    let l = name.to_lowercase();
    MINISTRY.iter().any(|m| l.starts_with(m))
}

/// Looks like a person's name: 1–4 capitalised words (particles allowed), no digits.
fn looks_like_name(name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    !ws.is_empty()
        && ws.len() <= 4
        && !name.chars().any(|c| c.is_ascii_digit())
        && ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || FUNCTION_WORDS.contains(w))
        && !ws.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
}

fn is_acronym(name: &str) -> bool {
    let n = name.chars().count();
    (2..=7).contains(&n) && name.chars().all(|c| c.is_uppercase() || c == '.' || c == '-') && name.chars().any(char::is_uppercase)
}

/// Initials of the content words of a long name ("Organisation du traité de sécurité
/// collective" → "OTSC").
fn initials(name: &str) -> String {
    words(name)
        .iter()
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// How much a spelling looks like the usual international (English-style) romanisation:
/// "sh", "zh", "kh", "-yev", "-yan" count for it; French "ch" for /ʃ/, "ou", "dj", "tch",
/// diaereses count against it. Used only to choose among spellings of one person.
pub fn international_score(name: &str) -> i32 {
    let l = name.to_lowercase();
    let mut s = 0;
    for (pat, w) in [("sh", 2), ("zh", 1), ("kh", 1), ("yev", 2), ("yan", 2), ("yov", 2), ("yeva", 2), ("tch", -2), ("ou", -1), ("dj", -1), ("ï", -1), ("ë", -1)] {
        s += w * l.matches(pat).count() as i32;
    }
    // French "ch" before a vowel where English writes "sh": "Pachinian".
    s -= l.matches("chi").count() as i32;
    s
}

#[derive(Clone, Debug)]
struct Item {
    name: String,
    person: bool,
    /// Lexicon entry, when the name is in it.
    lex: Option<usize>,
    /// Folded words of the name.
    toks: Vec<String>,
}

/// One [`Resolved`] per mention, in the same order.
pub fn resolve_document(text: &str, mentions: &[Mention], lang: &str) -> Vec<Resolved> {
    let lex = lexicon();
    let lang = if lang == "fr" { "fr" } else { "en" };
    // What a surface gives whatever its type (its name, lexicon entry and folded words), once
    // for each distinct surface: an article names most things several times.
    let mut by_surface: HashMap<&str, (String, Option<usize>, Vec<String>)> = HashMap::with_capacity(mentions.len());
    let items: Vec<Item> = mentions
        .iter()
        .map(|m| {
            let surface = text.get(m.start..m.end).unwrap_or("");
            let (name, hit, toks) = by_surface
                .entry(surface)
                .or_insert_with(|| {
                    let name = clean_name(surface);
                    let hit = lex.lookup(&name).or_else(|| lex.lookup(&drop_inner_adjectives(&name))).map(|(i, _)| i);
                    let toks = words(&name).iter().map(|w| fold::fold_word(w)).collect();
                    (name, hit, toks)
                })
                .clone();
            let hit = hit.map(|i| (i, &lex.entries[i]));
            let hit = hit.filter(|(_, e)| match m.ty {
                EntityType::Per => e.kind == Kind::Person,
                EntityType::Loc | EntityType::Org => e.kind != Kind::Person,
                EntityType::Misc => true,
            });
            let person = match hit {
                Some((_, e)) => e.kind == Kind::Person,
                None => m.ty == EntityType::Per || (m.ty == EntityType::Misc && looks_like_name(&name) && !is_acronym(&name)),
            };
            Item { name, person, lex: hit.map(|(i, _)| i), toks }
        })
        .collect();

    // People: full names (two words or more) are the anchors.
    struct Person {
        canonical_lex: Option<usize>,
        first: String,
        spellings: Vec<String>,
        /// Some mention of the person was tagged PER (not only a name-shaped MISC).
        tagged: bool,
    }
    let mut people: Vec<Person> = Vec::new();
    let mut person_of: Vec<Option<usize>> = vec![None; items.len()];
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_lex: HashMap<usize, usize> = HashMap::new();
    for (i, it) in items.iter().enumerate() {
        if !it.person || it.toks.len() < 2 {
            continue;
        }
        let first = it.toks[0].clone();
        let last = it.toks[it.toks.len() - 1].clone();
        // Candidates share the surname or the lexicon entry: look only at those.
        let same_last = by_last.get(&last).map(Vec::as_slice).unwrap_or(&[]);
        let found = it.lex.and_then(|l| by_lex.get(&l).copied()).or_else(|| {
            same_last.iter().copied().find(|&pid| {
                let p: &Person = &people[pid];
                p.first == first || (first.len() == 1 && p.first.starts_with(&first)) || (p.first.len() == 1 && first.starts_with(&p.first))
            })
        }).or_else(|| {
            // A surname of several words alone ("M. Di Giacomo", "Van Rompuy"): the one person
            // met with that surname.
            match same_last {
                [pid] if SURNAME_PARTICLES.contains(&first.as_str()) && people[*pid].first != first => Some(*pid),
                _ => None,
            }
        });
        let id = found.unwrap_or_else(|| {
            people.push(Person { canonical_lex: None, first: first.clone(), spellings: Vec::new(), tagged: false });
            by_last.entry(last.clone()).or_default().push(people.len() - 1);
            by_first.entry(first.clone()).or_default().push(people.len() - 1);
            people.len() - 1
        });
        if let Some(l) = it.lex {
            by_lex.entry(l).or_insert(id);
        }
        let p = &mut people[id];
        if p.canonical_lex.is_none() {
            p.canonical_lex = it.lex;
        }
        if p.first.len() == 1 && first.len() > 1 {
            p.first = first;
        }
        p.spellings.push(it.name.clone());
        p.tagged |= mentions[i].ty == EntityType::Per;
        person_of[i] = Some(id);
    }
    // A single unknown name typed a place or an organisation that spells the surname of the
    // article's one person with it: that person.
    let mut retyped = vec![false; items.len()];
    for (i, (it, m)) in items.iter().zip(mentions).enumerate() {
        if it.person || it.lex.is_some() || it.toks.len() != 1 || !matches!(m.ty, EntityType::Loc | EntityType::Org) || is_acronym(&it.name) {
            continue;
        }
        if let Some([p]) = by_last.get(&it.toks[0]).map(Vec::as_slice).filter(|ps| ps.iter().all(|&p| people[p].tagged)) {
            person_of[i] = Some(*p);
            retyped[i] = true;
        }
    }
    // Bare names: the one person of the article with that surname (else first name).
    for (i, it) in items.iter().enumerate() {
        if !it.person || it.toks.len() != 1 || person_of[i].is_some() {
            continue;
        }
        let t = &it.toks[0];
        let with_last = by_last.get(t).map(Vec::as_slice).unwrap_or(&[]);
        let with_first = by_first.get(t).map(Vec::as_slice).unwrap_or(&[]);
        let pick = if with_last.len() == 1 {
            Some(with_last[0])
        } else if with_last.is_empty() && with_first.len() == 1 && it.lex.is_none() {
            Some(with_first[0])
        } else {
            None
        };
        person_of[i] = pick;
    }
    let person_canonical: Vec<String> = people
        .iter()
        .map(|p| match p.canonical_lex {
            Some(l) => lex.entries[l].canonical(lang).to_string(),
            None => best_spelling(&p.spellings),
        })
        .collect();

    // Acronyms: the long name of the article whose initials they spell.
    let mut out = Vec::with_capacity(items.len());
    for (i, (it, m)) in items.iter().zip(mentions).enumerate() {
        let canonical = if let Some(p) = person_of[i] {
            person_canonical[p].clone()
        } else if let Some(l) = it.lex {
            let e = &lex.entries[l];
            if it.person && it.toks.len() == 1 {
                // A lexicon surname alone names one person only when the lexicon has one.
                let ppl = lex.people_with_surname(&it.toks[0]);
                if ppl.len() == 1 {
                    lex.entries[ppl[0]].canonical(lang).to_string()
                } else {
                    it.name.clone()
                }
            } else {
                e.canonical(lang).to_string()
            }
        } else if it.person && it.toks.len() == 1 {
            let ppl = lex.people_with_surname(&it.toks[0]);
            if ppl.len() == 1 {
                lex.entries[ppl[0]].canonical(lang).to_string()
            } else {
                it.name.clone()
            }
        } else if is_acronym(&it.name) {
            let want = it.name.replace(['.', '-'], "");
            items
                .iter()
                .find(|o| o.toks.len() >= 2 && !o.person && initials(&o.name) == want)
                .map(|o| match o.lex {
                    Some(l) => lex.entries[l].canonical(lang).to_string(),
                    None => o.name.clone(),
                })
                .unwrap_or_else(|| it.name.clone())
        } else if is_ministry(&it.name) {
            ministry_canonical(text, m.start, &it.name, lang)
        } else if let Some(at) = ministry_before(text, m.start).filter(|_| m.ty == EntityType::Org) {
            ministry_canonical(text, at, &clean_name(&text[at..m.end]), lang)
        } else {
            drop_inner_adjectives(&it.name)
        };
        let person = it.person || retyped[i];
        let role = if person { roles::role_before(text, m.start).or_else(|| roles::role_after(text, m.end)) } else { None };
        out.push(Resolved { canonical, role, ty: if retyped[i] { EntityType::Per } else { m.ty } });
    }
    out
}

/// "ministère azerbaïdjanais de la Défense" and "ministère de la Défense" (after "l'armée
/// azerbaïdjanaise") → "ministère de la Défense de l'Azerbaïdjan".
/// Where "ministère russe des" / "ministry of" starts right before an organisation's name
/// that the tagger found without it ("ministère russe des [Affaires étrangères]"): the
/// ministry is the entity.
fn ministry_before(text: &str, at: usize) -> Option<usize> {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let lower = before.to_lowercase();
    if lower.len() != before.len() {
        return None; // (offsets would not line up; no ministry name needs that)
    }
    let k = MINISTRY.iter().filter_map(|m| lower.rfind(&format!("{m} "))).max()?;
    let rest = lower[k..].split_once(' ')?.1;
    let tail = rest.trim_end();
    // The name follows the link at once ("des Affaires", "de l'Intérieur").
    if rest.len() == tail.len() && !tail.ends_with(['\'', '’']) {
        return None;
    }
    // One adjective at most between the ministry and its link ("ministère russe des").
    let linked = ["des", "du", "de la", "de l'", "de l’", "of", "of the"].iter().any(|link| {
        tail == *link
            || tail.strip_suffix(link).is_some_and(|adj| {
                let word = adj.trim_end();
                adj.len() > word.len() && !word.is_empty() && !word.contains(char::is_whitespace)
            })
    });
    linked.then_some(from + k)
}

fn ministry_canonical(text: &str, at: usize, name: &str, lang: &str) -> String {
    let (base, country) = without_demonym(name);
    ministry_of(&base, country.or_else(|| country_from_context(text, at)).as_deref(), lang)
}

/// A ministry's name without its nationality adjective, and the country that adjective
/// names: "ministère azerbaïdjanais de la Défense" → ("ministère de la Défense", Azerbaïdjan).
fn without_demonym(name: &str) -> (String, Option<String>) {
    match demonym_country(name) {
        Some((adj, c)) => (name.replacen(&format!(" {adj}"), "", 1), Some(c)),
        None => (name.to_string(), None),
    }
}

/// A ministry's name with its country, as French writes it in full ("ministère de la
/// Défense de l'Azerbaïdjan", "ministère des Affaires étrangères de la Russie"): head word in
/// lower case, the domain capitalised. In English, or for a country whose form after "de" is
/// not listed, the country is given in brackets ("Ministry of Defence (Azerbaïdjan)").
fn ministry_of(base: &str, country: Option<&str>, lang: &str) -> String {
    let base = if lang == "fr" { french_ministry_case(base) } else { base.to_string() };
    match country {
        Some(c) => match lexicon().of_country.get(c).filter(|_| lang == "fr") {
            Some(of) => format!("{base} {of}"),
            None => format!("{base} ({c})"),
        },
        None => base,
    }
}

/// "Ministère de la défense" → "ministère de la Défense": the head word in lower case, the
/// first word of the domain after its link capitalised, as French typography has it.
fn french_ministry_case(base: &str) -> String {
    let mut out = String::with_capacity(base.len());
    let mut domain_next = false;
    let mut capitalised = false;
    for (k, w) in base.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let (article, word) = ["l'", "l’"].iter().find_map(|a| w.strip_prefix(a).map(|rest| (*a, rest))).unwrap_or(("", w));
        out.push_str(article);
        if k == 0 {
            let mut c = word.chars();
            out.extend(c.next().map(|f| f.to_lowercase()).into_iter().flatten().chain(c));
        } else if domain_next && !capitalised && !word.is_empty() && !["de", "du", "des", "la"].contains(&word) {
            let mut c = word.chars();
            out.extend(c.next().map(|f| f.to_uppercase()).into_iter().flatten().chain(c));
            capitalised = true;
        } else {
            out.push_str(word);
        }
        domain_next |= ["de", "du", "des"].contains(&word) || !article.is_empty();
    }
    out
}

/// A ministry named as a quote's speaker ("le ministère arménien de la défense") under the
/// name [`resolve_document`] gives the same ministry as an entity ("ministère de la Défense
/// de l'Arménie"); any other phrase as it is.
pub fn institution_name(phrase: &str, lang: &str) -> String {
    if !is_ministry(phrase) {
        return phrase.to_string();
    }
    let (base, country) = without_demonym(phrase);
    ministry_of(&base, country.as_deref(), lang)
}

/// The spelling of one person to show: the most international-looking, then the longest.
fn best_spelling(spellings: &[String]) -> String {
    spellings
        .iter()
        .max_by_key(|s| (s.split_whitespace().count().min(3), international_score(s), s.len()))
        .cloned()
        .unwrap_or_default()
}

/// Why two names were merged, for the page.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct MergeReason {
    pub canonical: String,
    pub variant: String,
    pub reason: String,
}

#[derive(Clone, Debug)]
struct Cluster {
    canonical: String,
    person: bool,
    /// Every canonical name merged into this cluster, with its count of mentions.
    names: Vec<(String, usize)>,
    lexical: bool,
}

/// Entities of a whole corpus, merged incrementally as records stream in.
///
/// Keys: (person?, fold key of the document-level canonical). A single-word person name
/// joins the one multi-word person of the corpus with that surname; a later second person
/// with that surname does not undo earlier joins but stops new ones.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    clusters: Vec<Cluster>,
    by_key: HashMap<(bool, String), usize>,
    by_surname: HashMap<String, Vec<usize>>,
    /// Bare surnames seen before any full name, waiting to join one.
    reasons: Vec<MergeReason>,
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Adds the entities of one record.
    pub fn add(&mut self, rec: &Record) {
        for e in &rec.entities {
            let person = e.ty == "PER" || (e.ty == "MISC" && looks_like_name(&e.canonical) && !is_acronym(&e.canonical));
            self.add_name(&e.canonical, person);
        }
    }

    fn add_name(&mut self, name: &str, person: bool) -> usize {
        let key = fold_key(name);
        if let Some(&id) = self.by_key.get(&(person, key.clone())) {
            self.note(id, name, "same fold key");
            return id;
        }
        let toks: Vec<&str> = key.split(' ').collect();
        if person && toks.len() == 1 {
            if let Some(ids) = self.by_surname.get(toks[0]) {
                if ids.len() == 1 {
                    let id = ids[0];
                    let reason = format!("surname of {} (only person with that surname in the corpus)", self.clusters[id].canonical);
                    self.by_key.insert((person, key), id);
                    self.note(id, name, &reason);
                    return id;
                }
            }
        }
        let lexical = lexicon().lookup(name).is_some();
        self.clusters.push(Cluster { canonical: name.to_string(), person, names: vec![(name.to_string(), 1)], lexical });
        let id = self.clusters.len() - 1;
        self.by_key.insert((person, key.clone()), id);
        if person && toks.len() >= 2 {
            if let Some(last) = toks.last() {
                let v = self.by_surname.entry(last.to_string()).or_default();
                v.push(id);
                // A bare surname already seen joins this person if it is now the only one.
                if v.len() == 1 {
                    if let Some(&bare) = self.by_key.get(&(true, last.to_string())) {
                        if bare != id && self.clusters[bare].names.iter().all(|(n, _)| !n.contains(' ')) {
                            let names = std::mem::take(&mut self.clusters[bare].names);
                            for (n, c) in names {
                                self.by_key.insert((true, fold_key(&n)), id);
                                self.clusters[id].names.push((n.clone(), c));
                                self.reasons.push(MergeReason {
                                    canonical: name.to_string(),
                                    variant: n,
                                    reason: format!("surname of {name} (only person with that surname in the corpus)"),
                                });
                            }
                        }
                    }
                }
            }
        }
        id
    }

    fn note(&mut self, id: usize, name: &str, reason: &str) {
        let c = &mut self.clusters[id];
        match c.names.iter_mut().find(|(n, _)| n == name) {
            Some((_, k)) => *k += 1,
            None => {
                c.names.push((name.to_string(), 1));
                self.reasons.push(MergeReason { canonical: c.canonical.clone(), variant: name.to_string(), reason: reason.to_string() });
                // The shown name: a lexicon name first, then the most international spelling
                // of the fullest form.
                if !c.lexical {
                    let full = c.names.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
                    let best = if c.person { best_spelling(&full) } else { full.iter().max_by_key(|n| c.names.iter().find(|(m, _)| m == *n).map_or(0, |x| x.1)).cloned().unwrap_or_default() };
                    if lexicon().lookup(name).is_some() {
                        c.canonical = name.to_string();
                        c.lexical = true;
                    } else {
                        c.canonical = best;
                    }
                }
            }
        }
    }

    /// The corpus canonical name for a document-level canonical name.
    pub fn canonical(&self, name: &str, ty: &str) -> Option<&str> {
        let person = ty == "PER" || (ty == "MISC" && looks_like_name(name) && !is_acronym(name));
        let id = *self.by_key.get(&(person, fold_key(name)))?;
        Some(self.clusters[id].canonical.as_str())
    }

    /// Every merge made so far, with its reason ("same fold key", "surname of …").
    pub fn reasons(&self) -> &[MergeReason] {
        &self.reasons
    }

    /// Rewrites a record's canonical names to the corpus ones.
    pub fn apply(&self, rec: &mut Record) {
        for e in &mut rec.entities {
            if let Some(c) = self.canonical(&e.canonical, &e.ty) {
                e.canonical = c.to_string();
            }
        }
        let map: HashMap<String, String> = rec.entities.iter().map(|e| (e.text.clone(), e.canonical.clone())).collect();
        let _ = map;
    }
}

/// Merges canonical names across the articles of a corpus (spelling variants, surnames).
pub fn unify_corpus(records: &mut [Record]) {
    let mut corpus = Corpus::new();
    for r in records.iter() {
        corpus.add(r);
    }
    for r in records.iter_mut() {
        let before: HashMap<String, String> =
            r.entities.iter().map(|e| (e.canonical.clone(), corpus.canonical(&e.canonical, &e.ty).unwrap_or(&e.canonical).to_string())).collect();
        corpus.apply(r);
        for q in &mut r.quotes {
            if let Some(s) = q.speaker.as_ref().and_then(|s| before.get(s)) {
                q.speaker = Some(s.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str, spans: &[(&str, EntityType)]) -> Vec<Mention> {
        crate::tag::locate(text, spans)
    }

    #[test]
    fn surname_title_and_full_name_resolve_to_one_person() {
        use EntityType::*;
        let t = "Le président azerbaïdjanais Ilham Aliev a parlé avec M. Blinken. Antony Blinken a dit qu'Aliev mentait.";
        let ms = mentions(t, &[("Ilham Aliev", Per), ("M. Blinken", Per), ("Antony Blinken", Per), ("Aliev", Per)]);
        let r = resolve_document(t, &ms, "fr");
        assert_eq!(r[0].canonical, "Ilham Aliyev");
        assert_eq!(r[0].role.as_deref(), Some("président azerbaïdjanais"));
        assert_eq!(r[1].canonical, "Antony Blinken");
        assert_eq!(r[3].canonical, "Ilham Aliyev");
    }

    #[test]
    fn a_surname_of_several_words_alone_is_the_person_with_it() {
        use EntityType::*;
        let t = "« Une tragédie », a déclaré Flavio Di Giacomo, porte-parole de l'OIM. Selon M. Di Giacomo, Herman Van Rompuy a réagi; Van Rompuy a parlé à Giacomo Rossi.";
        let ms = mentions(t, &[("Flavio Di Giacomo", Per), ("Di Giacomo", Per), ("Herman Van Rompuy", Per), ("Van Rompuy", Per), ("Giacomo Rossi", Per)]);
        let r = resolve_document(t, &ms, "fr");
        assert_eq!(r[1].canonical, "Flavio Di Giacomo");
        assert_eq!(r[3].canonical, "Herman Van Rompuy");
        assert_eq!(r[4].canonical, "Giacomo Rossi", "a first name equal to a surname's last word is another person");
    }

    #[test]
    fn a_surname_spelled_otherwise_and_typed_a_place_is_the_person() {
        use EntityType::*;
        let t = "Il a parlé avec le Premier ministre arménien Nikol Pashinyan. « Je resterai en contact avec Pashinian », a-t-il dit, avant la finale de la Coupe de la Ligue à Lyon.";
        let ms = mentions(t, &[("Nikol Pashinyan", Per), ("Pashinian", Loc), ("Coupe de la Ligue", Misc), ("Lyon", Loc)]);
        let r = resolve_document(t, &ms, "fr");
        assert_eq!((r[1].ty, r[1].canonical.as_str()), (Per, "Nikol Pashinyan"));
        assert_eq!(r[3].ty, Loc);
        // A name-shaped MISC is no person to retype a place after.
        let t2 = "La Coupe de la Ligue se joue à Paris; la Ligue a fixé la date.";
        let ms2 = mentions(t2, &[("Coupe de la Ligue", Misc), ("Ligue", Org)]);
        assert_eq!(resolve_document(t2, &ms2, "fr")[1].ty, Org);
    }

    #[test]
    fn a_ministry_found_without_its_head_word_is_the_ministry() {
        use EntityType::*;
        let t = "Le ministère russe des Affaires étrangères a appelé au calme, selon le porte-parole du ministre turc des Affaires étrangères.";
        let ms = mentions(t, &[("Affaires étrangères", Org)]);
        assert_eq!(resolve_document(t, &ms, "fr")[0].canonical, "ministère des Affaires étrangères de la Russie");
        assert_eq!(ministry_before("The ministry of the Interior", 20), Some(4));
        assert_eq!(ministry_before("le ministère a reçu les Affaires", 24), None);
    }

    #[test]
    fn two_first_names_are_two_people_and_the_bare_surname_stays_apart() {
        use EntityType::*;
        let t = "Ilham Aliev a succédé à Heydar Aliev. Aliev a dit.";
        let ms = mentions(t, &[("Ilham Aliev", Per), ("Heydar Aliev", Per), ("Aliev", Per)]);
        let r = resolve_document(t, &ms, "fr");
        assert_ne!(r[0].canonical, r[1].canonical);
        assert_eq!(r[2].canonical, "Aliev");
    }

    #[test]
    fn unseen_names_merge_by_fold_key_and_pick_the_international_spelling() {
        use EntityType::*;
        let t = "Vardan Tcholakian et Vardan Cholakyan.";
        let ms = mentions(t, &[("Vardan Tcholakian", Per), ("Vardan Cholakyan", Per)]);
        let r = resolve_document(t, &ms, "fr");
        assert_eq!(r[0].canonical, r[1].canonical);
    }

    #[test]
    fn a_ministry_speaking_is_named_as_its_entity_is() {
        assert_eq!(institution_name("ministère arménien de la défense", "fr"), "ministère de la Défense de l'Arménie");
        assert_eq!(institution_name("ministère britannique de l'intérieur", "fr"), "ministère de l'Intérieur du Royaume-Uni");
        assert_eq!(institution_name("Ministère des Affaires étrangères", "fr"), "ministère des Affaires étrangères");
        assert_eq!(institution_name("présidence azerbaïdjanaise", "fr"), "présidence azerbaïdjanaise");
        assert_eq!(institution_name("Russian foreign ministry", "en"), "Russian foreign ministry");
    }

    #[test]
    fn places_take_french_or_english_canonicals() {
        use EntityType::*;
        let t = "Bakou et Baku, Nagorny Karabakh.";
        let ms = mentions(t, &[("Bakou", Loc), ("Baku", Loc), ("Nagorny Karabakh", Loc)]);
        let fr = resolve_document(t, &ms, "fr");
        assert_eq!((fr[0].canonical.as_str(), fr[1].canonical.as_str(), fr[2].canonical.as_str()), ("Bakou", "Bakou", "Haut-Karabakh"));
        let en = resolve_document(t, &ms, "en");
        assert_eq!(en[2].canonical, "Nagorno-Karabakh");
    }

    #[test]
    fn acronym_joins_the_long_name_it_spells() {
        use EntityType::*;
        let t = "la Commission électorale centrale (CEC) a dit";
        let ms = mentions(t, &[("Commission électorale centrale", Org), ("CEC", Org)]);
        let r = resolve_document(t, &ms, "fr");
        assert_eq!(r[1].canonical, "Commission électorale centrale");
    }

    #[test]
    fn ministries_take_their_country() {
        use EntityType::*;
        let t = "Le ministère azerbaïdjanais de la Défense a dit. L'armée azerbaïdjanaise, selon le ministère de la Défense.";
        let ms = mentions(t, &[("ministère azerbaïdjanais de la Défense", Org), ("ministère de la Défense", Org)]);
        let r = resolve_document(t, &ms, "fr");
        assert_eq!(r[0].canonical, r[1].canonical);
        assert_eq!(r[0].canonical, "ministère de la Défense de l'Azerbaïdjan");
    }

    #[test]
    fn corpus_merges_variants_with_reasons_and_keeps_homonyms_apart() {
        let rec = |names: &[(&str, &str)]| Record {
            entities: names
                .iter()
                .map(|(n, t)| crate::record::EntityOut { start: 0, end: 0, ty: t.to_string(), text: n.to_string(), canonical: n.to_string(), role: None })
                .collect(),
            ..Record::default()
        };
        let mut recs = vec![rec(&[("Vardan Tcholakian", "PER")]), rec(&[("Vardan Cholakyan", "PER"), ("Cholakyan", "PER")]), rec(&[("Erevan", "LOC")])];
        let mut c = Corpus::new();
        for r in &recs {
            c.add(r);
        }
        assert_eq!(c.canonical("Vardan Tcholakian", "PER"), c.canonical("Vardan Cholakyan", "PER"));
        assert_eq!(c.canonical("Cholakyan", "PER"), Some("Vardan Cholakyan"));
        assert!(c.reasons().iter().any(|r| r.reason == "same fold key"));
        unify_corpus(&mut recs);
        assert_eq!(recs[0].entities[0].canonical, "Vardan Cholakyan");
    }
}

/// Whether a mention can be a person (a speaker): typed PER, or untyped (MISC) and shaped like
/// a person's name without being a known place or organisation.
pub fn person_like(name: &str, ty: EntityType) -> bool {
    match ty {
        EntityType::Per => true,
        EntityType::Loc | EntityType::Org => false,
        EntityType::Misc => {
            let n = clean_name(name);
            // "Arméniens", "Azerbaijanis": a people, not a person.
            if lexicon().demonyms.contains_key(&n.to_lowercase()) {
                return false;
            }
            match lexicon().lookup(&n) {
                Some((_, e)) => e.kind == Kind::Person,
                None => looks_like_name(&n) && !is_acronym(&n),
            }
        }
    }
}
