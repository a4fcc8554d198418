//! Counts of people and things in the events ("au moins 27 morts", "7 000 personnes avaient
//! été évacuées", "quatre douzaines de pièces d'artillerie").
//!
//! A figure is a number (digits, possibly grouped, or number words, possibly scaled by
//! "dizaines", "quinzaines", "milliers", "millions") whose head, within three words, is a
//! countable noun of the events (people, weapons, positions, places, resolutions), else any
//! other plural noun right after it ("six pays", "trois principaux syndicats": things
//! counted, never a part of the count before), or a count whose head is left out: per place in a list ("le bilan des morts : six à Trèbes,
//! trois à …"), with a verb before it ("blessé 49 autres", "en capturant 2"), or as the
//! subject of a verb group that says what befell it ("40 autres ont été blessés", "huit sont
//! portées disparues"; nothing said, no count). A range counts as its lower bound ("de 60 à
//! 70", "entre 600 et 800", "entre 60 et 80 000" sharing the thousands). "un"/"une"
//! count only when scaled, after a qualifier ("au moins une personne"), as "un autre", as
//! an item of a list of counts ("trois femmes et un homme"), or when what befell the person
//! right after it is said ("un mineur a été interpellé", "la mort d'un automobiliste"), or
//! the head is the casualty ("un mort", "un décès");
//! elsewhere, and before things or groups ("un camion arrêté", "une équipe de"), they are
//! articles. Its category comes from the head noun (morts → killed), else the words right
//! before it ("a capturé plus de 60 positions", "tuant 12 personnes", "la mort de 86
//! personnes", past adverbs, an aside between commas or the items of an enumeration), else
//! the group it is said to be among ("68 enfants parmi les victimes"), else the first verb
//! group after the noun phrase, past adverbs and ages ("avaient été évacuées", "ont tout de
//! même été gravement blessées"; a noun group there, "ont provoqué la mort de", or an active
//! verb with an object, "ont incendié neuf véhicules", tells what befell others; missing
//! people stay "other"), else the group counted before
//! ("quatre d'entre eux", "il s'agit de trois touristes"), else a passive verb closing the
//! sentence of an enumeration ("… ont été détruits"), else the category of the count it is
//! a part of ("neuf morts : 6 passagers et 3 machinistes", "les quatre personnes tuées,
//! trois femmes et un homme"). Heads are people and things of the events, and people named
//! by their nationality ("247 Palestiniens"); "les deux pays" and "tous trois" are
//! references, not counts, unless the category is said ("les quatre occupants ont été
//! tués") or the head is a listed noun ("les deux conducteurs"), while digits count ("les
//! 2370 soldats"); "un hôpital de 120 lits" is a size, "Figure 9" and "vol 2933" labels,
//! "7 Français sur 10" a ratio; a count with no head after another in its sentence is a part
//! of that group ("sur les 4 600 agents, 2 600 sont affectés"), and ", puis huit" updates it; a list of counts shares the verb group after it ("40 Israéliens,
//! deux Américains et un Soudanais ont perdu la vie"). Years, dates, durations, ages,
//! percentages, money, measures, ratios, times and ordinals have no countable head (a unit
//! word right after the number says so: "7 ans", "41 000 euros", "5 fois"), and numbers
//! inside a date expression are skipped. Sub-counts ("dont deux civils") are folded into
//! the count before them, unless of another category ("600 touchés par balles, dont 59 sont
//! morts"). Word lists are data (`data/lexicons/facts/figures.tsv`).

use crate::dates::DateMention;
use regex::Regex;
use std::borrow::Cow;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::OnceLock;

pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// killed | wounded | evacuated | displaced | captured | destroyed | arrested | other
    pub what: &'static str,
    pub qualifier: Option<String>,
    pub claimant: Option<String>,
}

const DATA: &str = include_str!("../data/lexicons/facts/figures.tsv");

const CATEGORIES: &[&str] = &["killed", "wounded", "evacuated", "displaced", "captured", "destroyed", "arrested", "other"];

fn category(s: &str) -> &'static str {
    CATEGORIES.iter().find(|c| **c == s).copied().unwrap_or("other")
}

struct Lists {
    numbers: HashMap<String, f64>,
    multipliers: HashMap<String, f64>,
    /// (form, canonical qualifier), longest first.
    qualifiers: Vec<(String, String)>,
    nouns: HashMap<String, &'static str>,
    /// (form, category), longest first; a form is its [`word_spans`] words joined by spaces
    /// ("l arrestation de"), as the text it is looked for in.
    verbs: Vec<(String, &'static str)>,
    /// The same forms, to look up the words right before a count.
    verbs_before: HashMap<String, &'static str>,
    /// The forms that are verb groups (not opening with a determiner: "la mort de" is a noun
    /// group), as words, in the order of `verbs`, for [`tail_category`].
    tail_verbs: Vec<(Vec<String>, &'static str)>,
    /// Every form of `verbs`, as words, in the same order, for [`verb_category`].
    verb_words: Vec<(Vec<String>, &'static str)>,
    /// What announces a part of the count before ("dont", "parmi lesquels"), each as its words.
    subcount: Vec<Vec<String>>,
    collective: HashSet<String>,
    /// Nationalities no ending tells ("suisse", "belge"), singular and plural.
    nationalities: HashSet<String>,
    /// What befell a count's subject said after "a"/"ont" without "été" ("ont perdu la
    /// vie", "a eu la main arrachée"), each form with a space in front (matched in the
    /// joined words after the count).
    told: Vec<String>,
    /// Things among the heads (singular), which a lone "un" does not count ("un camion").
    things: Vec<String>,
    /// Words after a number that make it a ratio, money or a measure ("fois", "euros").
    units: HashSet<String>,
    /// Two words whose second is no head ("pays membres").
    compounds: Vec<String>,
    /// Plural-looking words that are no noun a count could have for head ("reprises",
    /// "tiers", "premiers", "was"): see [`plural_noun`].
    not_nouns: HashSet<String>,
    /// Words before a number that make it a label ("Figure 9", "vol 2933").
    labels: HashSet<String>,
    /// Adjectives that may stand between a number and its noun ("trois principaux syndicats").
    prenominal: HashSet<String>,
    /// Adverbs between a verb and its count ("il retient toujours 200 lycéennes").
    adverbs: Vec<String>,
    /// The same adverbs as words ("tout de même" is three), to pass over after a count.
    adverb_groups: Vec<Vec<String>>,
    /// Words before a count that make it the group counted before ("il s'agit de"), as
    /// [`word_spans`] words joined by spaces.
    antecedent: Vec<String>,
    number: Regex,
}

fn norm(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lists {
            numbers: HashMap::new(),
            multipliers: HashMap::new(),
            qualifiers: Vec::new(),
            nouns: HashMap::new(),
            verbs: Vec::new(),
            verbs_before: HashMap::new(),
            tail_verbs: Vec::new(),
            verb_words: Vec::new(),
            subcount: Vec::new(),
            collective: HashSet::new(),
            nationalities: HashSet::new(),
            told: Vec::new(),
            things: Vec::new(),
            adverbs: Vec::new(),
            adverb_groups: Vec::new(),
            units: HashSet::new(),
            compounds: Vec::new(),
            not_nouns: HashSet::new(),
            labels: HashSet::new(),
            prenominal: HashSet::new(),
            antecedent: Vec::new(),
            number: Regex::new("$^").expect("regex"),
        };
        for line in DATA.lines().filter(|x| !x.trim().is_empty() && !x.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            for f in cols[2].split('|').map(norm) {
                match cols[0] {
                    "number" => {
                        l.numbers.insert(f, cols[1].parse().unwrap_or(0.0));
                    }
                    "multiplier" => {
                        l.multipliers.insert(f, cols[1].parse().unwrap_or(1.0));
                    }
                    "qualifier" => {
                        if f.contains('\'') {
                            l.qualifiers.push((f.replace('\'', "’"), cols[1].to_string()));
                        }
                        l.qualifiers.push((f, cols[1].to_string()))
                    }
                    "noun" => {
                        l.nouns.insert(f, category(cols[1]));
                    }
                    "verb" => l.verbs.push((words_of(&f), category(cols[1]))),
                    "subcount" => l.subcount.push(f.split(' ').map(str::to_string).collect()),
                    "collective" => {
                        l.collective.insert(f);
                    }
                    "nationality" => {
                        l.nationalities.insert(f);
                    }
                    "told" => l.told.push(format!(" {f}")),
                    "thing" => l.things.push(f),
                    "adverb" => l.adverbs.push(f),
                    "unit" => {
                        l.units.insert(f);
                    }
                    "compound" => l.compounds.push(words_of(&f)),
                    "notnoun" => {
                        l.not_nouns.insert(f);
                    }
                    "label" => {
                        l.labels.insert(f);
                    }
                    "prenominal" => {
                        l.prenominal.insert(f);
                    }
                    "antecedent" => l.antecedent.push(words_of(&f)),
                    _ => {}
                }
            }
        }
        l.verbs_before = l.verbs.iter().cloned().collect();
        l.adverb_groups = l.adverbs.iter().map(|a| words_of(a).split(' ').map(str::to_string).collect()).collect();
        l.qualifiers.sort_by_key(|q| std::cmp::Reverse(q.0.len()));
        l.verbs.sort_by_key(|v| std::cmp::Reverse(v.0.len()));
        l.verb_words = l.verbs.iter().map(|(f, c)| (f.split(' ').map(str::to_string).collect(), *c)).collect();
        l.tail_verbs = l
            .verbs
            .iter()
            .filter(|(f, _)| !NOUN_DETERMINERS.iter().any(|d| f.strip_prefix(d).is_some_and(|r| r.starts_with(' '))))
            .map(|(f, c)| (f.split(' ').map(str::to_string).collect(), *c))
            .collect();
        let mut words: Vec<&String> = l.numbers.keys().filter(|w| !w.contains(' ')).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let w = words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        // Digits with thousands groups ("1 200", "7 000", "1,200", "12.000"), decimals
        // ("1,5"), or number words joined by hyphens/spaces/"et" ("vingt-deux", "cent trente").
        let pat = format!(
            r"(?i)(?-u:\b)(?:\d{{1,3}}(?:[ \u{{a0}}\u{{202f}}.,]\d{{3}})+|\d+(?:[.,]\d+)?|(?:{w})(?:(?:-|\s+|-et-|\s+et\s+)(?:{w}))*)(?-u:\b)"
        );
        l.number = Regex::new(&pat).expect("number regex");
        l
    })
}

/// The value of a number as written: digits (grouped or decimal) or French/English words.
fn parse_number(s: &str, l: &Lists) -> Option<f64> {
    let t = s.trim();
    if t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let digits: String = t.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
        // A separator followed by exactly three digits groups thousands; else it is decimal.
        let grouped = |sep: char| digits.split(sep).skip(1).all(|g| g.len() == 3) && digits.contains(sep);
        let v = if grouped('.') {
            digits.replace('.', "").parse().ok()
        } else if grouped(',') {
            digits.replace(',', "").parse().ok()
        } else {
            digits.replace(',', ".").parse().ok()
        };
        return v;
    }
    // Words: French/English additive-multiplicative reading ("quatre-vingt-dix", "two hundred").
    let mut total = 0.0;
    let mut cur = 0.0;
    let lower = norm(t);
    for w in lower.split(|c: char| c == '-' || c.is_whitespace()).filter(|w| !w.is_empty() && *w != "et" && *w != "and") {
        let v = *l.numbers.get(w)?;
        if v == 100.0 {
            cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
        } else if v == 1000.0 {
            total += if cur == 0.0 { 1000.0 } else { cur * 1000.0 };
            cur = 0.0;
        } else if v == 80.0 && w.starts_with("quatre") {
            cur += 80.0;
        } else {
            cur += v;
        }
    }
    let v = total + cur;
    (v > 0.0).then_some(v)
}

/// A word of [`word_spans`]: its byte span and its [`lower_word`] form.
type Word<'a> = (usize, usize, Cow<'a, str>);

/// The words of `s` with their byte spans (letters, digits, hyphens, apostrophes inside).
fn word_spans(s: &str, base: usize) -> Vec<Word<'_>> {
    first_word_spans(s, base, usize::MAX)
}

/// The first `n` of [`word_spans`].
fn first_word_spans(s: &str, base: usize, n: usize) -> Vec<Word<'_>> {
    crate::tokenize::runs(s, |c| crate::letters::is_alphanumeric(c) || c == '-').take(n).map(|r| (base + r.start, base + r.end, lower_word(&s[r]))).collect()
}

/// Whether `s.to_lowercase()` starts with `prefix`, lowercase ASCII letters and spaces
/// without a "k" (no other character lowercases to one of them: only the Kelvin sign
/// lowercases to an ASCII letter, "k"), without lowercasing `s`.
fn starts_with_ascii_word(s: &str, prefix: &str) -> bool {
    debug_assert!(prefix.bytes().all(|b| b == b' ' || b.is_ascii_lowercase() && b != b'k'));
    s.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// How many words after a number are read: a multiplier, then up to four words to the
/// head, and two more ("gardes à vue").
const AFTER_WORDS: usize = 8;

fn noun_category(w: &str, l: &Lists) -> Option<&'static str> {
    if let Some(c) = l.nouns.get(w) {
        return Some(c);
    }
    let sing = w.strip_suffix('s').or_else(|| w.strip_suffix('x'))?;
    l.nouns.get(sing).copied().or_else(|| l.nouns.get(&format!("{sing}s")).copied())
}

/// Whether a word after a number (`written` as in the text, `w` lowercased) looks like a
/// plural common noun: lowercase letters (and hyphens) ending in -s or -x, not a unit, nor
/// one of the listed plural-looking words that are no noun (`notnoun` in the data).
fn plural_noun(written: &str, w: &str, l: &Lists) -> bool {
    w.chars().count() >= 4
        && written.starts_with(|c: char| c.is_lowercase())
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.ends_with(['s', 'x'])
        && !w.ends_with("ss")
        && !l.prenominal.contains(w)
        && !l.units.contains(w)
        && !l.not_nouns.contains(w)
}

/// Whether the count from `start` to `end` is a term of a ratio: "7 Français sur 10",
/// "sept sur dix", "7 in 10 voters", "three out of four".
fn ratio(text: &str, start: usize, end: usize, l: &Lists) -> bool {
    let is_number = |w: &str| w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() || l.numbers.contains_key(w);
    let after = word_spans(&text[end..ceil_boundary(text, end + 20)], 0);
    let words: Vec<&str> = after.iter().map(|w| &*w.2).collect();
    let gap_ok = after.first().is_some_and(|w| text[end..end + w.0].trim().is_empty());
    let numerator = gap_ok
        && match words.as_slice() {
            ["sur" | "in", n, ..] => is_number(n),
            ["out", "of", n, ..] => is_number(n),
            _ => false,
        };
    let before = word_spans(&text[floor_boundary(text, start.saturating_sub(20))..start], 0);
    let bw: Vec<&str> = before.iter().rev().take(3).map(|w| &*w.2).collect();
    let denominator = match bw.as_slice() {
        ["sur" | "in", n, ..] => is_number(n),
        ["of", "out", n] => is_number(n),
        _ => false,
    };
    numerator || denominator
}

/// The words of `s` as [`word_spans`] gives them, joined by single spaces.
fn words_of(s: &str) -> String {
    word_spans(s, 0).into_iter().map(|w| w.2).collect::<Vec<_>>().join(" ")
}

/// [`norm`] of a word of [`word_spans`] (letters, digits and hyphens: no apostrophe to
/// fold): the word itself when it has no capital (most words: a search for figures looks at
/// the words around every number, and allocating each was a tenth of its time), else one
/// allocation; an ASCII word without the Unicode tables (the same letters).
fn lower_word(w: &str) -> Cow<'_, str> {
    if w.is_ascii() {
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    } else if w.chars().any(|c| c.to_lowercase().ne(std::iter::once(c))) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Verbs that give a category when they appear as a whole word (or a word group) in `s`:
/// the first form (longest first) whose words are a run of the words of `s`. (Compared word
/// by word: searching each form's text in the joined words set up a substring searcher per
/// form and call. The same answer, as no form repeats its own first words, see the tests.)
fn verb_category(s: &str, l: &Lists) -> Option<&'static str> {
    let words: Vec<String> = word_spans(s, 0).into_iter().map(|w| w.2.into_owned()).collect();
    l.verb_words.iter().find(|(form, _)| holds_run(&words, form)).map(|(_, c)| *c)
}

/// Whether `run` (not empty) is a contiguous run of `words`.
fn holds_run(words: &[String], run: &[String]) -> bool {
    !run.is_empty() && run.len() <= words.len() && words.windows(run.len()).any(|w| w == run)
}

/// The category of a verb or a noun phrase that ends `words` (the words right before a
/// count, up to three of them): "tuant", "la mort de", "l'arrestation de".
fn verb_before(words: &[Word], l: &Lists) -> Option<&'static str> {
    // Past adverbs: "il retient également toujours 200 lycéennes".
    let mut n = words.len();
    while n > 0 && l.adverbs.iter().any(|a| *a == words[n - 1].2) {
        n -= 1;
    }
    let words = &words[..n];
    (1..=3.min(words.len())).find_map(|k| {
        l.verbs_before.get(&words[words.len() - k..].iter().map(|w| &*w.2).collect::<Vec<_>>().join(" ")).copied()
    })
}

/// [`verb_before`] for the items of an enumeration before the count: "récupérer des armes,
/// des motos, une cinquantaine de bicyclettes" (`before` is the text of the sentence before
/// the count). Items are short ("des motos,"), at most four.
fn verb_before_list(before: &str, l: &Lists) -> Option<&'static str> {
    let mut rest = before.trim_end();
    for _ in 0..4 {
        let body = rest.strip_suffix(',')?;
        let words = word_spans(body, 0);
        // The item: its determiner among the last four words, and up to three words after it.
        let n = words.len();
        let j = (n.saturating_sub(4)..n.saturating_sub(1)).rev().find(|&j| ["des", "les", "du", "de", "d"].contains(&&*words[j].2))?;
        if body[words[j].0..].contains(',') {
            return None;
        }
        if let Some(c) = verb_before(&words[..j], l) {
            return Some(c);
        }
        rest = body[..words[j].0].trim_end();
    }
    None
}

/// The category of the first verb group in `words` (the words after a count's head): "ont
/// été extraits des décombres", "tués par balles". Noun groups ("ont provoqué la mort de",
/// "provoque 3 morts") and verbs with an object ("ont tué trois policiers") tell what befell
/// someone else, and are passed over.
fn tail_category(words: &[String], l: &Lists) -> Option<&'static str> {
    (0..words.len()).find_map(|i| {
        if i > 0 && (NOUN_DETERMINERS.contains(&words[i - 1].as_str()) || parse_number(&words[i - 1], l).is_some()) {
            return None;
        }
        let rest = &words[i..];
        let (form, c) = l.tail_verbs.iter().find(|(form, _)| form.len() <= rest.len() && form.iter().zip(rest).all(|(f, w)| f == w))?;
        // An active verb with an object: the count did it to others ("200 manifestants ont
        // incendié neuf véhicules"), unlike "ont été extraits des décombres" or "contraintes
        // d'évacuer les lieux".
        let active = i == 0 || ["a", "ont", "avait", "avaient", "aurait", "auraient", "has", "have", "had"].contains(&words[i - 1].as_str());
        let object = active && rest.get(form.len()).is_some_and(|w| ["le", "la", "l", "les", "un", "une", "leur", "leurs", "son", "sa", "ses", "the", "a", "an", "their"].contains(&w.as_str()) || parse_number(w, l).is_some());
        (!object).then_some(*c)
    })
}

/// Words that make the next a noun ("la mort", "le décès"): a verb form opening with one is a
/// noun group, and a word after one starts no verb group ([`tail_category`]).
const NOUN_DETERMINERS: &[&str] = &["la", "le", "l", "les", "un", "une", "des", "du", "sa", "son", "leur", "the"];

/// Whether the number at `at` opens an item of a list of counts that `prev` (the count
/// before) began: "trois femmes et un homme", "deux Américains, un Jordanien".
fn list_item(text: &str, at: usize, prev: Option<&Figure>) -> bool {
    let Some(p) = prev.filter(|p| p.end <= at && at - p.end < 80) else { return false };
    let gap = text[p.end..at].trim();
    let words = word_spans(gap, 0);
    !gap.contains(['.', '!', '?', '\n', ';', ':']) && words.len() <= 4 && (gap.ends_with(',') || gap.ends_with('(') || words.last().is_some_and(|w| w.2 == "et" || w.2 == "and" || w.2 == "aussi" && words.len() >= 2 && words[words.len() - 2].2 == "et"))
}

/// A count whose head is left out, given per place in a list: "Le bilan des morts : six à
/// Trèbes, trois à Villegailhenc, une à Carcassonne", "30 000 foyers privés de courant, 16
/// 000 en Bretagne et 10 000 en Normandie". The number ending at `end` is followed by "à",
/// "en", "au(x)" or "dans" and a capitalised name; the list hangs on the count before it
/// (`prev`, in the same sentence, whose category it takes) or on a colon after a clause
/// naming what is counted. Returns the end of the name and the category.
fn per_place(text: &str, sentence_start: usize, at: usize, end: usize, prev: Option<&Figure>, l: &Lists) -> Option<(usize, &'static str)> {
    let after = word_spans(&text[end..ceil_boundary(text, end + 60)], end);
    let (mut k, gap_ok) = (0, after.first().is_some_and(|w| text[end..w.0].trim().is_empty()));
    if !gap_ok || !after.first().is_some_and(|w| ["à", "en", "au", "aux", "dans"].contains(&&*w.2)) {
        return None;
    }
    k += 1;
    if after.get(k).is_some_and(|w| ["le", "la", "l", "les"].contains(&&*w.2)) {
        k += 1;
    }
    let name = after.get(k).filter(|w| text[w.0..].starts_with(char::is_uppercase))?;
    if !text[end..name.0].chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '\'' || c == '’') {
        return None;
    }
    if let Some(p) = prev.filter(|p| p.end <= at && p.end >= sentence_start) {
        let gap = text[p.end..at].trim();
        let words = word_spans(gap, 0);
        if !gap.contains([':', ';']) && words.len() <= 5 && (gap.ends_with(',') || words.last().is_some_and(|w| w.2 == "et" || w.2 == "aussi")) {
            return Some((name.1, p.what));
        }
    }
    let before = text[sentence_start..at].trim_end().strip_suffix(':')?;
    let clause = before.rfind(['.', ';', ':', '\n']).map_or(before, |i| &before[i + 1..]);
    let cats: Vec<&'static str> = word_spans(clause, 0).iter().filter_map(|w| noun_category(&w.2, l)).collect();
    let cat = cats.iter().find(|c| **c != "other").or(cats.first())?;
    Some((name.1, cat))
}

/// The qualifier (form, canonical) that ends `s` (lowercase) as whole words: "au moins",
/// "plus de" before a number.
fn qualifier_ending<'l>(s: &str, l: &'l Lists) -> Option<&'l (String, String)> {
    l.qualifiers.iter().find(|(f, _)| s.ends_with(f.as_str()) && s[..s.len() - f.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// Whether a verb group says people are missing: "sont portées disparues", "manquent à l'appel".
fn said_missing(group: &[String]) -> bool {
    group.iter().any(|w| w.starts_with("disparu") || w == "missing") || group.windows(2).any(|p| p[0].starts_with("manqu") && p[1] == "à")
}

/// The category of the group a count is said to be among, right after its head: "68 enfants
/// parmi les victimes", "dont trois policiers parmi les blessés".
fn among(tail: &[String], l: &Lists) -> Option<&'static str> {
    match tail {
        [p, d, w, ..] if (p == "parmi" || p == "among") && ["les", "des", "ces", "the"].contains(&d.as_str()) => noun_category(w, l).filter(|c| *c != "other"),
        _ => None,
    }
}

/// `words` without the adverbs ([`Lists::adverbs`], single words or word groups: "tout de
/// même") between a count's head and its verb.
fn without_adverbs(words: Vec<String>, l: &Lists) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let skip = l.adverb_groups.iter().find(|g| words[i..].starts_with(g)).map_or(0, Vec::len);
        if skip == 0 {
            out.push(words[i].clone());
            i += 1;
        } else {
            i += skip;
        }
    }
    out
}

/// Verbs that open the verb group after a count that is its subject ([`bare_subject`]).
const SUBJECT_VERBS: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient", "serait", "seraient", "sera", "seront", "restent",
    "manquent", "demeurent", "meurent", "périssent", "has", "have", "had", "is", "are", "was", "were", "remain", "died",
];

/// Where a count that is the subject of a verb group ends when its head is left out: "40
/// autres ont été blessés", "huit sont portées disparues", "un autre a été tué" (the number
/// ends at `end`). What the verb group says decides whether it is a count.
fn bare_subject(text: &str, end: usize) -> Option<usize> {
    let words = word_spans(&text[end..ceil_boundary(text, end + 40)], end);
    let next_to = |from: usize, w: &Word| text[from..w.0].trim().is_empty();
    let (mut at, mut i) = (end, 0);
    if words.first().is_some_and(|w| next_to(at, w) && matches!(&*w.2, "autre" | "autres" | "other" | "others")) {
        (at, i) = (words[0].1, 1);
    }
    words.get(i).filter(|w| next_to(at, w) && SUBJECT_VERBS.contains(&&*w.2)).map(|_| at)
}

/// Whether the number at `at` opens a clause (past its qualifiers): after punctuation, a
/// conjunction or a determiner ("Huit sont morts", "et 40 autres ont été blessés", "les trois
/// ont été arrêtés"), not after a noun ("le vol 2933 a été détourné").
fn opens_clause(text: &str, at: usize, l: &Lists) -> bool {
    let mut before = norm(text[floor_boundary(text, at.saturating_sub(40))..at].trim_end());
    if let Some((f, _)) = qualifier_ending(&before, l) {
        before.truncate(before.len() - f.len());
    }
    // An elided word ends with its apostrophe: "d'", "qu'".
    let before = before.trim_end().trim_end_matches(['\'', '’']);
    let last = word_spans(before, 0).pop().filter(|w| w.1 == before.len()).map(|w| w.2);
    last.is_none_or(|w| ["et", "and", "mais", "but", "dont", "puis", "then", "les", "ces", "ses", "leurs", "the", "these", "qu", "que"].contains(&&*w))
}

/// Whether the number at `at` follows "entre" ("entre 600 et 800"): the lower bound of a range.
fn after_between(text: &str, at: usize) -> bool {
    let before = norm(text[floor_boundary(text, at.saturating_sub(8))..at].trim_end());
    before.strip_suffix("entre").or_else(|| before.strip_suffix("between")).is_some_and(|b| !b.ends_with(char::is_alphanumeric))
}

/// Where the upper bound of a range ends, and its value, when the number spanning [`from`,
/// `at`) is its lower bound: " à 70", " ou cinq", "-30", and "entre 600 et 800".
fn range_upper(text: &str, from: usize, at: usize, l: &Lists) -> Option<(usize, f64)> {
    let rest = &text[at..ceil_boundary(text, at + 40)];
    let t = rest.trim_start();
    let links: &[&str] = if after_between(text, from) { &["et ", "and "] } else { &["ou ", "à ", "or ", "to ", "-", "–"] };
    let link = links.iter().find(|k| t.starts_with(*k))?;
    let after = t[link.len()..].trim_start();
    let from = at + rest.len() - after.len();
    let m = l.number.find_at(text, from).filter(|m| m.start() == from)?;
    Some((m.end(), parse_number(m.as_str(), l)?))
}

/// The category of the verb group after a list of counts that `rest` (the sentence after a
/// count's head) goes on with: "247 Palestiniens (…), 40 Israéliens, deux Américains et un
/// Soudanais ont perdu la vie". Each item after a comma or "et" opens with a number; the verb
/// group is the first four words after the last item.
fn list_predicate(rest: &str, l: &Lists) -> Option<&'static str> {
    let mut r = rest;
    let mut items = 0;
    loop {
        let t = r.trim_start();
        // An aside in brackets belongs to the item before it.
        if let Some(inside) = t.strip_prefix('(') {
            r = &inside[inside.find(')')? + 1..];
            continue;
        }
        let Some(next) = [",", "et ", "and "].iter().find_map(|sep| t.strip_prefix(sep)) else { break };
        let next = next.trim_start();
        let first = next.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
        let opens_with_number = first.starts_with(|c: char| c.is_ascii_digit()) || ["un", "une", "a", "an"].contains(&first.to_lowercase().as_str()) || parse_number(first, l).is_some();
        if first.is_empty() || !opens_with_number {
            return None;
        }
        // The item runs to the next separator or bracket.
        let item_end = [",", " et ", " and ", "("].iter().filter_map(|sep| next.find(sep)).min().unwrap_or(next.len());
        let words = word_spans(&next[..item_end], 0);
        if words.len() > 4 {
            // Too long for "deux Américains": the verb group is in it ("un Soudanais ont
            // perdu la vie").
            return verb_category(&words.iter().skip(2).take(4).map(|w| &*w.2).collect::<Vec<_>>().join(" "), l);
        }
        items += 1;
        r = &next[item_end..];
    }
    let words: Vec<Cow<str>> = word_spans(r, 0).into_iter().take(4).map(|w| w.2).collect();
    (items > 0).then(|| verb_category(&words.join(" "), l)).flatten()
}

/// People named by their nationality, capitalised and plural: "247 Palestiniens", "deux
/// Américains", "trois Français".
fn people_of(word: &str) -> Option<&'static str> {
    const ENDINGS: &[&str] = &["iens", "iennes", "ais", "aises", "ains", "aines", "ois", "oises", "éens", "éennes", "ians", "yens", "yennes"];
    (word.starts_with(char::is_uppercase) && word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e))).then_some("other")
}

/// One person named by their nationality, as an item of a list of counts ("trois Français
/// et un Suisse", "deux Américains, un Jordanien"): the singular endings, and the
/// nationalities `figures.tsv` lists (`nationality`) that no ending tells.
fn person_of(word: &str, l: &Lists) -> Option<&'static str> {
    const ENDINGS: &[&str] = &["ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise", "éen", "éenne", "yen", "yenne"];
    let capital = word.starts_with(char::is_uppercase);
    (capital && (word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e)) || l.nationalities.contains(&norm(word)))).then_some("other")
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The sentence around [a, b): bounded to 400 bytes each way.
fn sentence(text: &str, a: usize, b: usize) -> (usize, usize) {
    let lo = floor_boundary(text, a.saturating_sub(400));
    let s = text[lo..a].rfind(['.', '!', '?', '\n']).map_or(lo, |i| lo + i + 1);
    let hi = ceil_boundary(text, b + 400);
    let e = text[b..hi].find(['.', '!', '?', '\n']).map_or(hi, |i| b + i);
    (s, e)
}

/// Who gives the count: "selon le ministère …", "according to …", "a déclaré X".
fn claimant(text: &str, s: usize, e: usize) -> Option<String> {
    let sent = &text[s..e];
    let (cues, at_cue) = claimant_res();
    // The leftmost cue where the whole pattern matches: the leftmost match of the pattern,
    // whose every match starts with a cue.
    cues.find_iter(sent)
        .find_map(|cue| at_cue.captures(&sent[cue.start()..]))
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| m.as_str().trim().trim_end_matches(',').to_string())
        .filter(|x| !x.is_empty())
}

/// Ages given between a head and its verb: " âgés respectivement de 26, 30 et 48 ans".
fn aged_aside_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^,?\s+âgée?s?\s+(?:respectivement\s+)?(?:de|d'|d’)\s*\d+(?:\s*,\s*\d+)*(?:\s+et\s+(?:de\s+)?\d+)?\s+ans(?-u:\b)\s*,?").expect("aged aside regex"))
}

/// An age right after a head: " de 48 ans", ", âgée de 29 ans".
fn aged_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^,?\s+(?:âgée?s?\s+)?(?:de|d'|d’)\s*\d+\s+ans(?-u:\b)").expect("aged regex"))
}

/// The words that open a claimant, and the claimant pattern anchored at one of them: "selon
/// le ministère …", "according to …" (group 1), "a déclaré X", "said X" (group 2). Run
/// unanchored over a sentence, the pattern (its bounded repetition and Unicode classes past
/// what the lazy DFA keeps) cost some 300,000 instructions a sentence; the words alone are a
/// small automaton, and the pattern then runs on the few bytes after each.
fn claimant_res() -> &'static (Regex, Regex) {
    static R: OnceLock<(Regex, Regex)> = OnceLock::new();
    R.get_or_init(|| {
        const SOURCE: &str = "selon|d'après|d’après|according to|cité par|cited by";
        const SPEECH: &str = "a déclaré|ont déclaré|a indiqué|a annoncé|a affirmé|a précisé|said|reported";
        let cues = Regex::new(&format!(r"(?-u:\b)(?i:{SOURCE}|{SPEECH})")).expect("claimant cues");
        let at_cue = Regex::new(&format!(
            r"^(?:(?i:{SOURCE})\s+((?:l['’]|le |la |les |the )?[^,.;«»()]{{2,80}}?)(?:\s+(?:que|qui|that|who)(?-u:\b)|[,.;«»()]|$)|(?i:{SPEECH})\s+(\p{{Lu}}[\p{{L}}-]+(?:\s+\p{{Lu}}[\p{{L}}-]+){{0,3}}))"
        ))
        .expect("claimant regex");
        (cues, at_cue)
    })
}

/// Whether `word` (lowercase) is a countable head of the events ("morts", "soldats",
/// "véhicules"): a number right before it is a count, not a year.
pub fn is_count_noun(word: &str) -> bool {
    noun_category(&norm(word), lists()).is_some()
}

pub fn find_figures(text: &str, lang: &str) -> Vec<Figure> {
    find_figures_outside(text, &crate::dates::find_dates(text, lang, None))
}

/// A number where it stands, read with the range it opens and the multiplier after it.
struct Number<'t> {
    start: usize,
    /// The end past the upper bound of a range it opens and past its multiplier ("quatre douzaines"), where the words for a head begin.
    scaled_end: usize,
    value: f64,
    /// The number as the regex found it ("un", "trois", "1 200", "cinquante et cent").
    written: &'t str,
    /// "un"/"une"/"one" written as a word…
    word_one: bool,
    /// … and read as an article: a count only if what befell the person is said.
    article_one: bool,
    /// "un autre".
    another: bool,
    /// The words after the number, and the index of the first past its multiplier.
    after: Vec<Word<'t>>,
    first_word: usize,
}

/// Reads the number `m` found: its value, range and multiplier; `None` when it is glued to
/// other characters, a percentage, money, a measure or a ratio. A range sets `range_end`, so
/// that its upper bound is not read again.
fn read_number<'t>(text: &'t str, m: &regex::Match<'t>, prev: Option<&Figure>, range_end: &mut usize, l: &Lists) -> Option<Number<'t>> {
    let (ns, mut ne) = (m.start(), m.end());
    // Glued to other characters: "2e", "F-16", "+3", "n°5", times "21h30".
    let before_char = text[..ns].chars().next_back();
    if before_char.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '+' | '°' | '/' | '#' | '$' | '€' | '£')) {
        return None;
    }
    // A number after a label names a thing, it counts nothing: "Figure 9", "vol 2933",
    // "ligne 14", "Local 90".
    let lo = floor_boundary(text, ns.saturating_sub(16));
    if let Some((_, e, w)) = word_spans(&text[lo..ns], 0).pop() {
        if text[lo + e..ns].chars().all(|c| c == ' ' || c == '\u{a0}') && l.labels.contains(&*w) {
            return None;
        }
    }
    // "pour cent" is a percentage, not a hundred.
    if starts_with_ascii_word(m.as_str(), "cent") && text[floor_boundary(text, ns.saturating_sub(8))..ns].to_lowercase().trim_end().ends_with("pour") {
        return None;
    }
    // "entre cinquante et cent": the "et" that joins number words joins the two bounds of a
    // range here, which counts as its lower bound.
    let bound = match m.as_str().find(" et ") {
        Some(i) if after_between(text, ns) => {
            *range_end = ne;
            &m.as_str()[..i]
        }
        _ => m.as_str(),
    };
    let mut value = parse_number(bound, l)?;
    // "un", "une", "one" are mostly articles: a count only before a multiplier ("une
    // dizaine de maisons") or after a qualifier ("au moins une personne").
    // Also a count: "un autre corps"; an item of a list of counts ("trois femmes et un
    // homme", "deux Américains, un Jordanien"); and, checked once the head is known, the
    // subject of what befell it ("un mineur a été interpellé").
    let mut article_one = false;
    let mut another = false;
    let word_one = value == 1.0 && !m.as_str().starts_with(|c: char| c.is_ascii_digit());
    if word_one {
        let next: String = text[ne..].trim_start().chars().take_while(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
        let before = norm(text[floor_boundary(text, ns.saturating_sub(24))..ns].trim_end());
        let qualified = qualifier_ending(&before, l).is_some();
        another = matches!(next.as_str(), "autre" | "other");
        if !l.multipliers.contains_key(&next) && !qualified && !list_item(text, ns, prev) {
            article_one = true;
        }
    }
    // A range counts as its lower bound: "de 60 à 70 morts", "quatre ou cinq d'entre eux".
    if let Some((upper, upper_value)) = range_upper(text, ns, ne, l) {
        ne = upper;
        *range_end = upper;
        // "entre 60 et 80 000": the bounds share the thousands.
        if value < 1000.0 && upper_value >= 1000.0 && upper_value % 1000.0 == 0.0 && value * 1000.0 <= upper_value {
            value *= 1000.0;
        }
    }
    // Words after the number: an optional multiplier, then the head within three words
    // ([`find_head`] reads at most the seventh).
    let hi = ceil_boundary(text, ne + 120);
    let after = first_word_spans(&text[ne..hi], ne, AFTER_WORDS);
    let mut first_word = 0;
    let mut scaled_end = ne;
    if let Some((_, e, w)) = after.first() {
        if let Some(mult) = l.multipliers.get(&**w) {
            // "quatre douzaines" is 48, "3 millions" 3,000,000; "mille" after digits is
            // part of the number too.
            value *= mult;
            scaled_end = *e;
            first_word = 1;
        }
    }
    // Glued unit or percent right after ("20%", "5km"), or a percentage, money or unit
    // after a space ("20 % des soldats", "20 pour cent"): not a count.
    let next_char = text[scaled_end..].chars().next();
    if next_char.is_some_and(|c| c == '%' || c.is_alphabetic()) {
        return None;
    }
    let after_trim = text[scaled_end..ceil_boundary(text, scaled_end + 16)].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    if after_trim.starts_with(['%', '€', '$', '£']) || ["pour cent", "percent", "per cent", "pourcent"].iter().any(|p| starts_with_ascii_word(after_trim, p)) {
        return None;
    }
    // "5 fois plus de foyers", "41 000 euros par patient": a ratio, money or a measure.
    if after.get(first_word).is_some_and(|w| l.units.contains(&*w.2)) {
        return None;
    }
    Some(Number { start: ns, scaled_end, value, written: m.as_str(), word_one, article_one, another, after, first_word })
}

/// How the head of a count was found.
#[derive(Clone, Copy, PartialEq)]
enum HeadKind {
    /// A countable noun within three words: "27 morts", "sept soldats", "247 Palestiniens".
    Noun,
    /// Another plural noun right after the number: "six pays", "trois pneus". A count of its
    /// own kind, never a part of the count before ("101 morts et 900 000 sinistrés").
    Plural,
    /// "quatre d'entre eux": a part of a group named before.
    Partitive,
    /// None: the verb before the count tells what befell it ("blessé 49 autres", "en
    /// capturant 2"); no count if it does not.
    VerbBefore,
    /// Given per place in a list ("six à Trèbes, trois à Villegailhenc").
    Place,
    /// None: the count is the subject of the verb group after it ("40 autres ont été
    /// blessés"); no count unless that group says what befell it.
    Subject,
}

struct Head {
    end: usize,
    /// The category the head itself implies ("morts" → killed), else "other".
    category: &'static str,
    kind: HeadKind,
    /// How many words after the number the head was found.
    steps: usize,
}

/// The head of the count `num`: a noun within three words, else the count read without one.
fn find_head(text: &str, num: &Number, prev: Option<&Figure>, l: &Lists) -> Option<Head> {
    let (after, mut k, mut end) = (&num.after, num.first_word, num.scaled_end);
    let head = |end, category, kind, steps| Some(Head { end, category, kind, steps });
    // "tuant quatre d'entre eux": a part of a group named before, people.
    let rest_after = &text[end..ceil_boundary(text, end + 20)];
    let lead = rest_after.len() - rest_after.trim_start().len();
    if let Some(form) = ["d'entre eux", "d’entre eux", "d'entre elles", "d’entre elles", "of them"].iter().find(|f| rest_after[lead..].starts_with(*f)) {
        return head(end + lead + form.len(), "other", HeadKind::Partitive, 0);
    }
    let mut steps = 0;
    // The first unlisted plural noun met (its end and steps), see below.
    let mut plural = None;
    while k < after.len() && steps < 4 {
        let (_, e, w) = &after[k];
        // Stop at punctuation between words (a comma ends the noun phrase).
        let gap = &text[end..after[k].0];
        if gap.contains([',', '.', ';', ':', '(', ')', '[', ']', '«', '»', '"', '\n']) {
            break;
        }
        // "388 gardes à vue": people held by the police.
        if (w == "gardes" || w == "garde") && after.get(k + 1).is_some_and(|x| x.2 == "à") && after.get(k + 2).is_some_and(|x| x.2 == "vue") {
            return head(after[k + 2].1, "arrested", HeadKind::Noun, 0);
        }
        let written = &text[after[k].0..*e];
        // People by nationality right after the number ("247 Palestiniens", "un Suisse"),
        // not past other words ("deux pour le Japonais", "100 milliards proposés par François").
        let nationality = || {
            if steps > 1 {
                None
            } else if num.value == 1.0 {
                person_of(written, l)
            } else {
                people_of(written).or_else(|| (l.nationalities.contains(&**w) && w.ends_with('s') && written.starts_with(char::is_uppercase)).then_some("other"))
            }
        };
        // The singular of a listed plural after one only: "un gendarme", "une femme", not
        // "magnitude 7 frappe".
        let singular = || if num.value == 1.0 { l.nouns.get(&format!("{w}s")).copied() } else { None };
        // "27 pays membres": not people of the events.
        if k > 0 && l.compounds.iter().any(|c| c.split_once(' ') == Some((&*after[k - 1].2, &**w))) {
            plural = None;
            break;
        }
        if let Some(c) = noun_category(w, l).or_else(singular).or_else(nationality) {
            return head(*e, c, HeadKind::Noun, steps);
        }
        // Any other plural noun right after the number (past "de" after a multiplier and
        // adjectives such as "principaux"): a count of things of the events ("six pays",
        // "deux bouteilles de gaz", "une centaine de points de blocage"), whose category only
        // the words around can tell; taken if no listed head follows within reach ("trois
        // nouvelles arrestations" counts arrests).
        let right_after = after[num.first_word..k].iter().enumerate().all(|(j, x)| l.prenominal.contains(&*x.2) || j == 0 && num.first_word == 1 && matches!(&*x.2, "de" | "d"));
        if plural.is_none() && right_after && num.value >= 2.0 && plural_noun(written, w, l) {
            plural = Some((*e, steps));
        }
        // "49 autres." : the verb before tells what befell them.
        if (w == "autres" || w == "others") && text[*e..].trim_start_matches([' ', '\u{a0}']).starts_with([',', '.', ';', ')']) {
            return head(*e, "other", HeadKind::VerbBefore, 0);
        }
        if !["de", "d", "des", "du", "ces", "nos", "vos", "leurs", "ses", "autre", "autres", "other", "more", "of", "additional", "nouveaux", "nouvelles", "new"].contains(&&**w)
            && steps >= 2
        {
            break;
        }
        end = *e;
        k += 1;
        steps += 1;
    }
    if let Some((end, steps)) = plural {
        return head(end, "other", HeadKind::Plural, steps);
    }
    // The end of the number (and its multiplier), where a count without a head ends.
    let num_end = num.scaled_end;
    // Per place: "six à Trèbes, trois à Villegailhenc".
    let (ss, _) = sentence(text, num.start, num_end);
    if let Some((end, category)) = per_place(text, ss, num.start, num_end, prev, l) {
        return head(end, category, HeadKind::Place, 0);
    }
    // A count that is the subject of what befell it, its head left out: "40 autres ont
    // été blessés", "huit sont portées disparues", "un autre a été tué".
    if opens_clause(text, num.start, l) {
        if let Some(subject_end) = bare_subject(text, num_end) {
            return head(subject_end, "other", HeadKind::Subject, 0);
        }
    }
    // A bare number closing a clause: "en capturant 2", "tuant 3 et blessant 5".
    let gap = text[num_end..ceil_boundary(text, num_end + 6)].trim_start_matches([' ', '\u{a0}']);
    if !num.article_one && (gap.is_empty() || gap.starts_with([',', '.', ';', ')']) || gap.starts_with("et ")) {
        return head(num_end, "other", HeadKind::VerbBefore, 0);
    }
    None
}

/// The qualifiers right before the number at `at` (up to two stacked: "jusqu'à environ"):
/// where the figure starts, the canonical qualifier, and the text before them (trimmed).
fn qualifier_before<'t>(text: &'t str, at: usize, l: &Lists) -> (usize, Option<String>, &'t str) {
    let lo = floor_boundary(text, at.saturating_sub(60));
    let mut start = at;
    let mut qualifier: Option<String> = None;
    let mut rest = text[lo..at].trim_end();
    for _ in 0..2 {
        let rn = rest.to_lowercase();
        if rn.len() != rest.len() {
            break;
        }
        let Some((f, q)) = qualifier_ending(&rn, l) else { break };
        let cut = rest.len() - f.len();
        if !rest.is_char_boundary(cut) {
            break;
        }
        start = lo + cut;
        rest = rest[..cut].trim_end();
        qualifier = Some(match &qualifier {
            Some(prev) => format!("{q} {prev}"),
            None => q.clone(),
        });
    }
    (start, qualifier, rest)
}

/// What the words around a count say befell it.
struct Befell {
    what: &'static str,
    /// A verb tells what befell a lone "un"/"une" (it is no count otherwise).
    told: bool,
    /// "une autre personne est toujours portée disparue": missing people, a count.
    missing: bool,
    /// A count without a head after another count in its sentence: a part of that group
    /// ("sur les 4 600 agents de l'ordre, 2 600 sont affectés"), a count.
    part: bool,
}

/// What comes before a count in its sentence.
struct Before<'t> {
    /// Where the figure starts: its qualifiers, else the number.
    start: usize,
    /// The sentence before the qualifiers.
    sentence: &'t str,
    /// Its words, past an aside between commas ("a tué, en trois jours, au moins 14 personnes").
    words: Vec<Word<'t>>,
}

/// The category of a count whose head says none (or of a lone "un"): the verb before it
/// ("tuant 12 personnes", "la mort de 86 personnes"), else the verb group after its head,
/// else the group counted before ("quatre d'entre eux"), else a passive closing the sentence
/// or the verb group after a list of counts.
fn what_befell(text: &str, num: &Number, article_one: bool, head: &Head, before: &Before, prev: Option<&Figure>, l: &Lists) -> Befell {
    let (start, sentence_before, prev_words) = (before.start, before.sentence, &before.words[..]);
    let mut b = Befell { what: head.category, told: false, missing: false, part: false };
    let tail = &text[head.end..ceil_boundary(text, head.end + 60)];
    // Past an age given between the head and its verb ("trois hommes âgés de 26, 30 et
    // 48 ans ont été arrêtés").
    let tail = aged_aside_re().find(tail).map_or(tail, |m| &tail[m.end()..]);
    let tail = &tail[..tail.find([',', '.', ';', '«', '»', '(']).unwrap_or(tail.len())];
    let tail_words: Vec<String> = without_adverbs(word_spans(tail, 0).into_iter().map(|w| w.2.into_owned()).collect(), l)
        .into_iter()
        .take_while(|w| !["et", "and", "mais", "but", "dont", "including", "ou", "or"].contains(&w.as_str()))
        .take(8)
        .collect();
    let group = &tail_words[..tail_words.len().min(4)];
    // "tuant 12 personnes", "la mort de 86 personnes", "tuant les 8 assaillants".
    let before_det = match prev_words.split_last() {
        Some((last, rest)) if !rest.is_empty() && l.collective.contains(&*last.2) => rest,
        _ => prev_words,
    };
    let identity = (2..=4).any(|k| prev_words.len() >= k && l.antecedent.contains(&prev_words[prev_words.len() - k..].iter().map(|w| &*w.2).collect::<Vec<_>>().join(" ")));
    let verb_only = head.kind == HeadKind::VerbBefore;
    let subject = head.kind == HeadKind::Subject;
    if let Some(c) = verb_before(before_det, l).or_else(|| if article_one || verb_only { None } else { verb_before_list(sentence_before, l) }) {
        b.what = c;
        b.told = true;
    } else if verb_only {
    } else if article_one || subject {
        // "un mineur a également été interpellé", "un manifestant est dans le coma":
        // passive or state, not "un homme a tué"; "40 autres ont été blessés".
        let first = tail_words.first().map_or("", |w| w.as_str());
        let passive = subject
            || ["est", "sont", "était", "étaient", "serait", "seraient", "is", "was"].contains(&first)
            || ["a", "ont", "avait", "aurait", "has", "had"].contains(&first) && (group.iter().any(|w| w == "été" || w == "been") || { let joined = group.join(" "); l.told.iter().any(|f| joined.contains(f.as_str())) })
            || verb_category(first, l).is_some();
        if passive {
            b.missing = said_missing(group);
            if let Some(c) = tail_category(group, l) {
                b.what = c;
                b.told = true;
            }
        }
    } else if said_missing(group) {
        // "plus de 200 personnes restent portées disparues": missing, not a part of the
        // count before.
        b.missing = true;
    } else if let Some(c) = among(&tail_words, l) {
        b.what = c;
    } else if let Some(c) = tail_category(&tail_words, l) {
        b.what = c;
    } else if let Some(p) = prev.filter(|p| (head.kind == HeadKind::Partitive || identity) && p.what != "other" && p.end <= start && start - p.end < 300) {
        // "Trois d'entre eux ont été retrouvés": the group counted before.
        b.what = p.what;
    } else {
        let (_, se) = sentence(text, num.start, head.end);
        let rest_of_sentence = &text[head.end..se.max(head.end)];
        // The clause ends at a closing quote too ("… ont été détruits », a déclaré").
        let rest_of_sentence = &rest_of_sentence[..rest_of_sentence.find(['»', '”', ';', '!', '?']).unwrap_or(rest_of_sentence.len())];
        // Only a verb group at the very end of the sentence, passive or not:
        // "… ont été détruits", "… were destroyed".
        let last_words: Vec<String> = word_spans(rest_of_sentence, 0).into_iter().rev().take(3).map(|w| w.2.into_owned()).collect();
        if last_words.iter().any(|w| ["été", "were", "been", "was"].contains(&w.as_str())) {
            if let Some(c) = verb_category(&last_words.into_iter().rev().collect::<Vec<_>>().join(" "), l) {
                b.what = c;
            }
        } else if let Some(c) = list_predicate(rest_of_sentence, l) {
            b.what = c;
        }
    }
    b
}

/// Whether a count of people with a lone "un"/"une" before them, or with no head, is one:
/// a lone "un" counts people, not things ("un camion arrêté"), nor one described by their
/// age ("trois clients, un homme de 48 ans, …"), and only when what befell them is said, or
/// the head is the casualty ("un mort", "un décès"; "une mort tragique" is a death); a count
/// with no head only when its verb tells a category.
fn keeps(text: &str, num: &Number, article_one: bool, head: &Head, head_word: &str, b: &Befell, l: &Lists) -> bool {
    let thing = l.things.iter().any(|t| t == head_word) || head_word.strip_suffix(['s', 'x']).is_some_and(|w| l.things.iter().any(|t| t == w));
    if num.word_one && (article_one && (thing || head.steps > usize::from(num.another)) || aged_re().is_match(&text[head.end..ceil_boundary(text, head.end + 30)])) {
        return false;
    }
    let casualty = head.steps == 0 && if norm(num.written) == "un" { matches!(head_word, "mort" | "décès" | "blessé" | "tué") } else { matches!(head_word, "blessée" | "tuée") };
    let one_told = b.told || num.another && head.category != "other" || b.missing || casualty;
    !(head.kind == HeadKind::VerbBefore && b.what == "other"
        || head.kind == HeadKind::Subject && b.what == "other" && !b.missing && !b.part
        || article_one && !one_told
        || article_one && !b.missing && !["killed", "wounded", "arrested", "captured", "evacuated"].contains(&b.what))
}

/// The category of a bare count that updates the count before it: "quatre morts, puis huit".
fn update_of(text: &str, start: usize, head: &Head, b: &Befell, prev: Option<&Figure>) -> Option<&'static str> {
    let p = prev.filter(|p| head.kind == HeadKind::VerbBefore && b.what == "other" && p.end <= start)?;
    [",puis", "puis", ",then", "then"].contains(&text[p.end..start].replace(' ', "").as_str()).then_some(p.what)
}

/// Whether a count of no category is a reference or a size rather than a count of the
/// events: "les deux pays" (`collective`: a determiner before a number word) and "tous
/// trois", unless the head is a listed noun of the events ("les deux conducteurs"); "un
/// hôpital de 120 lits", "un document de huit pages".
fn reference_or_size(head: &Head, collective: bool, prev_words: &[Word]) -> bool {
    let last: Vec<&str> = prev_words.iter().rev().take(3).map(|w| &*w.2).collect();
    let all_of = matches!(last.first(), Some(&("tous" | "toutes" | "both" | "all")));
    let size = matches!(last.as_slice(), ["de" | "d" | "of", _, "un" | "une" | "a"]);
    collective && (head.kind == HeadKind::Plural || all_of) || head.kind == HeadKind::Plural && size
}

/// The category of the count `prev` whose part the count starting at `start` is, listed
/// after it: "neuf morts : 6 passagers et 3 machinistes", "8 morts parmi les soldats : 2
/// gendarmes devant l'ambassade et 6 soldats", "les quatre personnes tuées, trois femmes et
/// un homme". `chained`: `prev` was itself such a part.
fn whole_of(text: &str, start: usize, prev: Option<&Figure>, chained: bool, l: &Lists) -> Option<&'static str> {
    let prev = prev.filter(|p| p.what != "other" && p.end <= start)?;
    let gap = text[prev.end..start].trim();
    let words = word_spans(gap, 0);
    let one_sentence = !gap.contains(['.', '!', '?', '\n', ';']) && gap.len() < 160;
    let bare = [":", ",", "et", ", et", "and", ", and", "("].contains(&gap);
    // The category said of the count, then a comma: "tuées,", "sans vie,".
    let said = gap.strip_suffix(',').is_some_and(|g| words.len() <= 3 && verb_category(g, l).is_some() && !g.contains(','));
    let colon = one_sentence && gap.ends_with(':');
    let chained = one_sentence && chained && words.len() <= 5 && (gap.ends_with(',') || gap.ends_with(" et") || gap.ends_with(" and"));
    (bare || said || colon || chained).then_some(prev.what)
}

/// [`find_figures`] given the text's dates (spans from [`crate::dates::find_dates`], which do
/// not depend on its anchor): the engine has them already, and finding them is half the cost.
pub fn find_figures_outside(text: &str, dates: &[DateMention]) -> Vec<Figure> {
    let l = lists();
    // Dates are sorted and disjoint: the last one starting before `b` is the only candidate.
    let in_date = |a: usize, b: usize| {
        let k = dates.partition_point(|d| d.start < b);
        k > 0 && dates[k - 1].end > a
    };
    let mut out: Vec<Figure> = Vec::new();
    // The end of a range read with the number before it ("de 60 à 70 morts").
    let mut range_end = 0;
    // Whether each figure of `out` took its category from the count it is a part of.
    let mut parts: Vec<bool> = Vec::new();
    for m in l.number.find_iter(text) {
        if m.start() < range_end || in_date(m.start(), m.end()) {
            continue;
        }
        let Some(num) = read_number(text, &m, out.last(), &mut range_end, l) else { continue };
        let Some(head) = find_head(text, &num, out.last(), l) else { continue };
        if ratio(text, num.start, head.end, l) {
            continue;
        }
        // "1,5 mort" is not a count; fractional values only with a scale ("1,5 million").
        if num.value.fract() != 0.0 && num.value < 1000.0 {
            continue;
        }
        // A count given per place has its category; "une à Carcassonne" is one.
        let article_one = num.article_one && head.kind != HeadKind::Place;
        let (start, qualifier, rest) = qualifier_before(text, num.start, l);
        // Words before, in the same sentence only, past an aside between commas ("a tué, en
        // trois jours, au moins 14 personnes").
        let sentence_before = rest.rfind(['.', '!', '?', '\n', ';', ':']).map_or(rest, |k| &rest[k + 1..]);
        let rest = match sentence_before.strip_suffix(',').and_then(|r| r.rfind(',').filter(|&c| r.len() - c < 40).map(|c| &r[..c])) {
            Some(before_aside) => before_aside,
            None => sentence_before,
        };
        let before = Before { start, sentence: sentence_before, words: word_spans(rest, 0) };
        let prev_words = &before.words;
        // "les deux pays", "tous trois": a reference to things or people named before, not a
        // count, unless what befell them is said ("les quatre occupants ont été tués") or
        // the head is a listed noun of the events ("les deux conducteurs"): see below.
        let collective = qualifier.is_none() && !num.written.starts_with(|c: char| c.is_ascii_digit()) && prev_words.last().is_some_and(|w| l.collective.contains(&*w.2));
        let prev_two = prev_words.iter().rev().take(2).map(|w| &*w.2).collect::<Vec<_>>();
        let sub = l.subcount.iter().any(|sw| prev_two.first().copied() == sw.last().map(String::as_str) && (sw.len() == 1 || prev_two.get(1).copied() == sw.first().map(String::as_str)));
        // A part of another category is a count of its own: "600 participants touchés par
        // balles, dont 59 sont morts".
        if sub && (head.category == "other" || out.last().is_some_and(|p| p.what == head.category)) {
            continue;
        }
        // Category: head noun, else what the words around it say befell it.
        let mut b = if (head.category == "other" || article_one) && head.kind != HeadKind::Place {
            what_befell(text, &num, article_one, &head, &before, out.last(), l)
        } else {
            Befell { what: head.category, told: false, missing: false, part: false }
        };
        if article_one && head.category != "other" {
            b.what = head.category;
        }
        b.part = head.kind == HeadKind::Subject && out.last().is_some_and(|p| p.end <= start && !text[p.end..start].contains(['.', '!', '?', '\n', ';']));
        if let Some(c) = update_of(text, start, &head, &b, out.last()) {
            b.what = c;
        }
        // The figure's last word: its head noun, when it has one.
        let head_word = word_spans(&text[start..head.end], 0).pop().map(|w| w.2.into_owned()).unwrap_or_default();
        if !keeps(text, &num, article_one, &head, &head_word, &b, l) {
            continue;
        }
        // "400 blessés et 220 disparus": the missing are no part of the count before.
        let missing_head = said_missing(std::slice::from_ref(&head_word));
        let whole = if b.what == "other" && !b.missing && !missing_head && head.kind != HeadKind::Plural { whole_of(text, start, out.last(), parts.last() == Some(&true), l) } else { None };
        if let Some(c) = whole {
            b.what = c;
        }
        if b.what == "other" && reference_or_size(&head, collective, prev_words) {
            continue;
        }
        parts.push(whole.is_some());
        let (ss, se) = sentence(text, num.start, head.end);
        out.push(Figure { start, end: head.end, value: num.value, what: b.what, qualifier, claimant: claimant(text, ss, se) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(text: &str) -> Vec<(String, f64, &'static str, Option<String>)> {
        find_figures(text, "fr").into_iter().map(|f| (text[f.start..f.end].to_string(), f.value, f.what, f.qualifier)).collect()
    }

    #[test]
    fn an_ascii_prefix_is_read_as_lowercasing_reads_it() {
        for s in ["Cent morts", "CENT", "cent", "cEnt", "Pour Cent des", "PERCENT", "pourcents", "cen", "Çent", "\u{212a}ent", "per\u{a0}cent"] {
            for p in ["cent", "pour cent", "percent", "per cent", "pourcent"] {
                assert_eq!(starts_with_ascii_word(s, p), s.to_lowercase().starts_with(p), "{s:?} {p:?}");
            }
        }
    }

    /// The claimant is the leftmost match of the pattern: the first cue the whole pattern
    /// matches at, past cues it does not ("selon" right before a stop), in either branch.
    #[test]
    fn claimant_is_the_leftmost_match() {
        let who = |s: &str| claimant(s, 0, s.len());
        assert_eq!(who("Au moins 12 morts, selon le ministère de la Santé, et 40 blessés"), Some("le ministère de la Santé".into()));
        assert_eq!(who("C'est selon. Le bilan est de 12 morts, a déclaré Ilham Aliyev mardi"), Some("Ilham Aliyev".into()));
        assert_eq!(who("Twelve were killed, ACCORDING TO the health ministry, a spokesman said"), Some("the health ministry".into()));
        assert_eq!(who("Douze morts, d’après l’ONU qui cite des témoins"), Some("l’ONU".into()));
        assert_eq!(who("Douze morts dans la nuit"), None);
    }

    /// [`verb_category`] compares words; the substring search it replaced could skip a
    /// whole-word match only inside an overlapping earlier match, which needs a form whose
    /// later words start over with its first ones ("la la"), or an empty form. No form is so.
    #[test]
    fn verb_forms_match_word_by_word_as_in_the_joined_text() {
        for (form, _) in &lists().verb_words {
            assert!(!form.is_empty() && form.iter().all(|w| !w.is_empty()), "{form:?}");
            for i in 1..form.len() {
                let rest = &form[i..];
                let overlaps = rest[..rest.len() - 1] == form[..rest.len() - 1] && form[rest.len() - 1].starts_with(rest[rest.len() - 1].as_str());
                assert!(!overlaps, "{form:?} overlaps itself");
            }
        }
        let l = lists();
        let old = |s: &str| {
            let joined = format!(" {} ", words_of(s));
            let whole = |f: &str| joined.match_indices(f).any(|(i, _)| joined[..i].ends_with(' ') && joined[i + f.len()..].starts_with(' '));
            l.verbs.iter().find(|(f, _)| whole(f)).map(|(_, c)| *c)
        };
        for s in ["ont été tués", "tués", "la mort de trois", "mortes", "l'arrestation d'un homme", "retrouvés vivants hier", "", "x tuer", "abattus et blessés", "sans vie,"] {
            assert_eq!(verb_category(s, l), old(s), "{s:?}");
        }
    }

    /// The value and category of each figure of [`figs`].
    fn counts(v: &[(String, f64, &'static str, Option<String>)]) -> Vec<(f64, &'static str)> {
        v.iter().map(|f| (f.1, f.2)).collect()
    }

    #[test]
    fn casualty_counts_with_qualifiers() {
        let v = figs("L’opération a fait au moins 27 morts, dont deux civils, et 138 blessés, dont 29 civils.");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[0], ("au moins 27 morts".into(), 27.0, "killed", Some("au moins".into())));
        assert_eq!((v[1].1, v[1].2), (138.0, "wounded"));
        let v = figs("L’Arménie a fait état de plus de 1 200 morts parmi les soldats.");
        assert_eq!((v[0].1, v[0].2, v[0].3.as_deref()), (1200.0, "killed", Some("plus de")));
        let v = figs("a déclaré que 91 civils avaient été tués et environ 400 autres blessés.");
        assert_eq!(counts(&v), vec![(91.0, "killed"), (400.0, "wounded")]);
    }

    #[test]
    fn category_from_verbs_and_enumerations() {
        let v = figs("L’armée a capturé plus de 60 positions arméniennes.");
        assert_eq!((v[0].1, v[0].2), (60.0, "captured"));
        let v = figs("jusqu’à environ 20 véhicules de combat, environ quatre douzaines de pièces d’artillerie, environ 30 mortiers et deux engins ont été détruits.");
        assert_eq!(counts(&v), vec![(20.0, "destroyed"), (48.0, "destroyed"), (30.0, "destroyed"), (2.0, "destroyed")]);
        let v = figs("Il a déclaré que 7 000 personnes avaient été évacuées de 16 sites du Haut-Karabakh.");
        assert_eq!(counts(&v), vec![(7000.0, "evacuated"), (16.0, "other")]);
    }

    #[test]
    fn one_and_approximate_tens() {
        // "une" counts after a qualifier or before a multiplier, not as an article.
        let v = figs("Au moins une personne est morte. Une dizaine de maisons ont été détruites et une centaine de disparus. Un soldat a parlé.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.1, f.2)).collect::<Vec<_>>(), vec![("Au moins une personne", 1.0, "killed"), ("Une dizaine de maisons", 10.0, "destroyed"), ("une centaine de disparus", 100.0, "other")]);
        let v = figs("Une quinzaine de bateaux ont chaviré.");
        assert_eq!(v.iter().map(|f| f.1).collect::<Vec<_>>(), vec![15.0]);
        let v = figs("Plus d'un millier de personnes ont fui et une vingtaine de blessés.");
        assert_eq!(counts(&v), vec![(1000.0, "displaced"), (20.0, "wounded")]);
    }

    #[test]
    fn category_from_words_before_and_lists() {
        let v = figs("Un camion a foncé dans la foule, tuant 12 personnes.");
        assert_eq!((v[0].1, v[0].2), (12.0, "killed"));
        let v = figs("L'attentat a causé la mort de 86 personnes et l'arrestation de près de 200 personnes.");
        assert_eq!(counts(&v), vec![(86.0, "killed"), (200.0, "arrested")]);
        let v = figs("Cette vague de chaleur a tué, en trois jours, au moins 14 personnes.");
        assert_eq!((v[0].1, v[0].2), (14.0, "killed"));
        let v = figs("Près de cinquante combattants de l'EI auraient été tués. Au moins 22 personnes ont été hospitalisées.");
        assert_eq!(counts(&v), vec![(50.0, "killed"), (22.0, "wounded")]);
        // The parts of a count listed after a colon share its category.
        let v = figs("L'accident a fait au moins neuf morts : 6 passagers et 3 machinistes.");
        assert_eq!(counts(&v), vec![(9.0, "killed"), (6.0, "killed"), (3.0, "killed")]);
        // "les" makes a reference, unless what befell them is said.
        let v = figs("Les forces ont riposté, tuant les 8 assaillants. Les deux pays ont protesté.");
        assert_eq!(counts(&v), vec![(8.0, "killed")]);
        let v = figs("Le parquet évoque un bilan de 60 à 70 morts ; quatre ou cinq blessés.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.1, f.2)).collect::<Vec<_>>(), vec![("60 à 70 morts", 60.0, "killed"), ("quatre ou cinq blessés", 4.0, "wounded")]);
        let v = figs("Plus de 443 interpellations, au moins 388 gardes à vue.");
        assert_eq!(counts(&v), vec![(443.0, "arrested"), (388.0, "arrested")]);
        let v = figs("L'assaillant a foncé sur un groupe de militaires, tuant quatre d'entre eux.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.2)).collect::<Vec<_>>(), vec![("quatre d'entre eux", "killed")]);
        // A list of counts shares the verb group after it.
        let v = figs("247 Palestiniens (en majorité des assaillants), 40 Israéliens, deux Américains , un Jordanien et un Soudanais ont perdu la vie dans ces attaques.");
        assert_eq!(counts(&v), vec![(247.0, "killed"), (40.0, "killed"), (2.0, "killed"), (1.0, "killed"), (1.0, "killed")]);
        let v = figs("Deux bombes ont explosé, tuant 12 personnes.");
        assert_eq!(counts(&v), vec![(2.0, "other"), (12.0, "killed")]);
        // People by nationality, things of the events.
        let v = figs("247 Palestiniens et deux Américains ; trois attentats-suicides et 340 routes fermées.");
        assert_eq!(v.iter().map(|f| f.1).collect::<Vec<_>>(), vec![247.0, 2.0, 3.0, 340.0]);
        assert!(figs("Le tournoi : 26 seed Evans.").is_empty());
        assert!(figs("[7]\n\n1984\n\nThe students left.").is_empty());
    }

    #[test]
    fn one_person_told() {
        // A lone "un"/"une" counts when what befell it is said: a passive or a state after
        // it, or a verb or noun of the event before it; "un autre" counts as well.
        let v = figs("Un gendarme a été blessé lors de l'intervention. Un homme a tué trois policiers.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.1, f.2)).collect::<Vec<_>>(), vec![("Un gendarme", 1.0, "wounded"), ("trois policiers", 3.0, "killed")]);
        let v = figs("La crue a causé la mort d'un automobiliste. Un garçon est dans le coma.");
        assert_eq!(counts(&v), vec![(1.0, "killed"), (1.0, "wounded")]);
        let v = figs("Les plongeurs ont retrouvé un autre corps près du pont. Une autre personne est portée disparue. Un autre homme serait recherché.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.2)).collect::<Vec<_>>(), vec![("un autre corps", "killed"), ("Une autre personne", "other")]);
        // Not a thing, nor one described by their age.
        assert!(figs("Le car a percuté un camion arrêté au péage.").is_empty());
        let v = figs("Il s'agit de trois randonneurs, un homme de 48 ans et ses deux fils.");
        assert_eq!(v.iter().map(|f| f.1).collect::<Vec<_>>(), vec![3.0]);
        // Items of a list of counts, people by nationality among them.
        let v = figs("L'hélicoptère transportait cinq personnes : quatre Belges et un Suisse.");
        assert_eq!(v.iter().map(|f| f.1).collect::<Vec<_>>(), vec![5.0, 4.0, 1.0]);
    }

    #[test]
    fn parts_take_the_category_of_their_whole() {
        // After the participle said of the count, or after a colon, and on along the list.
        let v = figs("Selon les secours, les trois passagers tués, deux hommes et une femme, venaient de Lyon.");
        assert_eq!(counts(&v), vec![(3.0, "killed"), (2.0, "killed"), (1.0, "killed")]);
        let v = figs("Le bilan est de 7 morts parmi les civils : 4 enfants devant l'école et 3 femmes au marché.");
        assert_eq!(counts(&v), vec![(7.0, "killed"), (4.0, "killed"), (3.0, "killed")]);
        // "d'entre eux": the group counted before, unless a verb says otherwise.
        let v = figs("Au moins 30 personnes ont été hospitalisées. Six d'entre eux sont dans un état critique.");
        assert_eq!(counts(&v), vec![(30.0, "wounded"), (6.0, "wounded")]);
        // A part of another category is its own count.
        let v = figs("Le tireur a touché 200 spectateurs par balles, dont 12 sont morts.");
        assert_eq!(counts(&v), vec![(200.0, "wounded"), (12.0, "killed")]);
    }

    #[test]
    fn verbs_and_heads() {
        // A count with no head, given its category by the verb before it.
        let v = figs("L'explosion a tué 12 personnes et blessé 30 autres. Les soldats ont riposté, en capturant 3.");
        assert_eq!(counts(&v), vec![(12.0, "killed"), (30.0, "wounded"), (3.0, "captured")]);
        // A noun group after the head tells what befell others.
        let v = figs("Trois explosions ont provoqué la mort de 20 personnes.");
        assert_eq!(counts(&v), vec![(3.0, "other"), (20.0, "killed")]);
        let v = figs("Cinq survivants ont été extraits des décombres. Les pompiers ont réussi à sauver 12 enfants. L'armée a porté secours à 300 de leurs compatriotes.");
        assert_eq!(counts(&v), vec![(5.0, "evacuated"), (12.0, "evacuated"), (300.0, "evacuated")]);
        let v = figs("Deux policiers ont été touchés par balles. Les gendarmes ont riposté, abattant les 3 assaillants. Trois motards ont été tués.");
        assert_eq!(counts(&v), vec![(2.0, "wounded"), (3.0, "killed"), (3.0, "killed")]);
        // Digits after "les" count ("les deux pays" is a reference); "de ces" before the head.
        // Protesters by their sign, and people held without a noun.
        let v = figs("Vers 9h, 300 Gilets jaunes bloquent le rond-point ; 45 interpellées et 12 CRS blessés.");
        assert_eq!(counts(&v), vec![(300.0, "other"), (45.0, "arrested"), (12.0, "wounded")]);
        let v = figs("L'ONU retire les 2500 soldats de sa mission. Deux de ces incendies ont été maîtrisés.");
        assert_eq!(counts(&v), vec![(2500.0, "other"), (2.0, "other")]);
    }

    #[test]
    fn counts_per_place() {
        // The head left out, given place by place after a colon or after the count.
        let v = figs("Le bilan des morts s'établit ainsi : cinq à Tulle, deux à Brive et une à Ussel.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.1, f.2)).collect::<Vec<_>>(), vec![("cinq à Tulle", 5.0, "killed"), ("deux à Brive", 2.0, "killed"), ("une à Ussel", 1.0, "killed")]);
        let v = figs("Mardi soir, 40 000 foyers restaient privés de courant, 12 000 en Normandie et 8 000 en Picardie.");
        assert_eq!(v.iter().map(|f| f.1).collect::<Vec<_>>(), vec![40000.0, 12000.0, 8000.0]);
        // Not without a count or a clause naming what is counted.
        assert!(figs("Le score : 3 à Lyon, 2 à Nantes.").is_empty());
    }

    #[test]
    fn verbs_past_adverbs_lists_and_antecedents() {
        let v = figs("Le groupe retient encore toujours 80 lycéennes. La police a pu saisir des fusils, des grenades, une vingtaine de motos et des munitions.");
        assert_eq!(counts(&v), vec![(80.0, "captured"), (20.0, "captured")]);
        // "il s'agit de": the group counted before.
        let v = figs("Un glissement de terrain a fait cinq morts. Il s'agit de quatre ouvriers et de leur chef.");
        assert_eq!(counts(&v), vec![(5.0, "killed"), (4.0, "killed")]);
    }

    #[test]
    fn counts_that_are_the_subject_of_their_verb() {
        // The head left out: what the verb group says befell the count decides.
        let v = figs("Sept soldats ont été tués. 40 autres ont été blessés. Au moins six sont morts et huit sont toujours portées disparues.");
        assert_eq!(counts(&v), vec![(7.0, "killed"), (40.0, "wounded"), (6.0, "killed"), (8.0, "other")]);
        let v = figs("Un homme aurait été interpellé et un autre a été tué sur place. Une quinzaine manquent à l'appel.");
        assert_eq!(counts(&v), vec![(1.0, "arrested"), (1.0, "killed"), (15.0, "other")]);
        // Nothing befell them, or the number follows a noun or an elided word.
        assert!(figs("Les deux ont signé un accord. Le vol 2933 a été détourné. Il est responsable d'un manque à gagner.").is_empty(), "{:?}", figs("Les deux ont signé un accord. Le vol 2933 a été détourné. Il est responsable d'un manque à gagner."));
    }

    #[test]
    fn verb_groups_after_the_head() {
        // Past adverbs and an age between the head and its verb.
        let v = figs("Cinq personnes ont tout de même été gravement blessées. Trois hommes âgés respectivement de 26, 30 et 48 ans ont été arrêtés.");
        assert_eq!(counts(&v), vec![(5.0, "wounded"), (3.0, "arrested")]);
        // An object after an active verb: the count did it to others.
        let v = figs("200 manifestants ont incendié neuf véhicules. Une collision entre deux voitures provoque 3 morts.");
        assert_eq!(counts(&v), vec![(200.0, "other"), (9.0, "destroyed"), (2.0, "other"), (3.0, "killed")]);
        // Among a group of a category; missing people are no part of the count before.
        let v = figs("On dénombre 68 enfants parmi les victimes. Les feux ont tué 40 personnes et plus de 200 personnes restent portées disparues.");
        assert_eq!(counts(&v), vec![(68.0, "killed"), (40.0, "killed"), (200.0, "other")]);
        let v = figs("Plus de 19 maisons se sont effondrées. Dix personnes ont été placées en garde à vue.");
        assert_eq!(counts(&v), vec![(19.0, "destroyed"), (10.0, "arrested")]);
    }

    #[test]
    fn one_casualty_and_ranges_between() {
        // "un mort", "un décès": the head is the casualty; "une mort" is a death.
        let v = figs("L'accident a fait un mort et deux blessés. Les rapports font état d'un décès. C'est une mort tragique.");
        assert_eq!(counts(&v), vec![(1.0, "killed"), (2.0, "wounded"), (1.0, "killed")]);
        // "entre X et Y" is a range, its lower bound the value; the bounds share a scale.
        let v = figs("Il y a eu entre 600 et 800 interpellations. Il resterait entre 60 et 80 000 militants. Entre cinquante et cent Gilets jaunes ont forcé l'entrée.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.1)).collect::<Vec<_>>(), vec![("600 et 800 interpellations", 600.0), ("60 et 80 000 militants", 60000.0), ("cinquante et cent Gilets", 50.0)]);
        // A part given "incluant" folds into its count.
        let v = figs("Le bilan passe à 17 morts (incluant quatre policiers) et 41 blessés.");
        assert_eq!(counts(&v), vec![(17.0, "killed"), (41.0, "wounded")]);
    }

    #[test]
    fn counts_of_things_with_unlisted_heads() {
        // Any plural noun right after the number counts things of the events; a listed
        // head further on wins; adjectives before the noun are passed over.
        let v = figs("Le veto a bloqué 6 projets de résolution. Deux bouteilles de gaz ont explosé. Un routier a crevé trois pneus. Trois principaux syndicats ont appelé à la grève.");
        assert_eq!(v.iter().map(|f| (f.0.as_str(), f.1)).collect::<Vec<_>>(), vec![("6 projets", 6.0), ("Deux bouteilles", 2.0), ("trois pneus", 3.0), ("Trois principaux syndicats", 3.0)]);
        let v = figs("La police a procédé à trois nouvelles arrestations. On compte 101 morts et plus de 900 000 sinistrés.");
        assert_eq!(counts(&v), vec![(3.0, "arrested"), (101.0, "killed"), (900000.0, "other")]);
        // Not counts: a duration, a unit, an adjective alone, a ratio, a reference to the
        // countries named before.
        for t in ["Après deux décennies au pouvoir, il part.", "Figure 9 shows the repository; Local 90 members agree.", "Il y a deux raisons et deux fronts.", "Une ligne de 20 000 volts.", "Elle a vu deux grosses.", "7 Français sur 10 sont contre, 7 in 10 voters agree.", "Les deux pays ont signé.", "Ils étaient tous trois originaires d'Aix."] {
            assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
        }
    }

    #[test]
    fn updates_parts_and_injuries_told() {
        // ", puis 48": the count updated; a headless part of the group counted before in
        // its sentence; a lone "un" whose injury or arrest is told.
        let v = figs("Le bilan passe à 41 blessés, puis 48. Sur les 4 600 agents de l'ordre, 2 600 sont affectés à la zone.");
        assert_eq!(counts(&v), vec![(41.0, "wounded"), (48.0, "wounded"), (4600.0, "other"), (2600.0, "other")]);
        let v = figs("En province, un manifestant a eu la main arrachée. Vers 7h20, une personne est interpellée.");
        assert_eq!(counts(&v), vec![(1.0, "wounded"), (1.0, "arrested")]);
        // The missing are no part of the count before; "parmi eux se trouvent" names a part.
        let v = figs("On dénombre 400 blessés et 220 disparus. Le bilan fait 20 blessés. Parmi eux, se trouvent trois lycéens français.");
        assert_eq!(counts(&v), vec![(400.0, "wounded"), (220.0, "other"), (20.0, "wounded"), (3.0, "wounded")]);
        // Damage done to things: destroyed, as the seeds' gold counts it.
        let v = figs("Des manifestants ont vandalisé deux stations-service. Trois ponts ont été endommagés.");
        assert_eq!(counts(&v), vec![(2.0, "destroyed"), (3.0, "destroyed")]);
        // Without another count before, a headless subject is no count.
        assert!(figs("Au total, 2 600 sont affectés à la zone.").is_empty());
    }

    #[test]
    fn english_counts() {
        let v = find_figures("At least 200 people were killed and more than 400 wounded, according to the health ministry.", "en");
        assert_eq!((v[0].value, v[0].what), (200.0, "killed"));
        assert_eq!(v[0].claimant.as_deref(), Some("the health ministry"));
        assert_eq!((v[1].value, v[1].what), (400.0, "wounded"));
        let v = find_figures("Some 100,000 refugees fled to Armenia.", "en");
        assert_eq!((v[0].value, v[0].what), (100000.0, "displaced"));
    }

    #[test]
    fn not_figures() {
        for t in [
            "En 1994, la guerre a duré six semaines.",
            "Le 27 septembre 2020, à 21 heures, 45 % des voix.",
            "Il a 45 ans et gagne 3 000 euros.",
            "Les deux pays ont parlé deux fois.",
            "Le 2e régiment et le F-16 au 12 rue de la Paix.",
            "Près de 20 % des soldats et 15 pour cent des habitants.",
            "Un soldat a parlé à une femme et à un enfant.",
            "Les pluies ont touché 4 fois plus de maisons qu'en 2010.",
            "La finale s'est jouée aux pénalités : deux pour le Japonais, une pour le Français.",
            "C'est à une mort tragique qu'a eu droit un corps céleste.",
            // A measure, money or an age before a head; a singular head after more than one;
            // a head that is part of a compound; "un" before a group.
            "Un séisme de magnitude 7 frappe l'archipel.",
            "Un traitement vendu 41 000 euros par patient.",
            "Un garçon de 7 ans est mort.",
            "Les 27 pays membres se sont réunis.",
            "Une explosion a tué une équipe de sauveteurs.",
        ] {
            assert!(figs(t).is_empty(), "{t}: {:?}", figs(t));
        }
    }
}
