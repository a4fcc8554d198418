//! Counts of people and things in the events ("au moins 27 morts", "7 000 personnes avaient
//! été évacuées", "quatre douzaines de pièces d'artillerie").
//!
//! A figure is a number (digits, possibly grouped, or number words, possibly scaled by
//! "dizaines", "quinzaines", "milliers", "millions") whose head, within three words, is a
//! countable noun of the events (people, weapons, positions, places, resolutions), or a
//! count whose head is left out: per place in a list ("le bilan des morts : six à Trèbes,
//! trois à …"), or with a verb before it ("blessé 49 autres", "en capturant 2"). "un"/"une"
//! count only when scaled, after a qualifier ("au moins une personne"), as "un autre", as
//! an item of a list of counts ("trois femmes et un homme"), or when what befell the person
//! right after it is said ("un mineur a été interpellé", "la mort d'un automobiliste");
//! elsewhere, and before things or groups ("un camion arrêté", "une équipe de"), they are
//! articles. Its category comes from the head noun (morts → killed), else the words right
//! before it ("a capturé plus de 60 positions", "tuant 12 personnes", "la mort de 86
//! personnes", past adverbs, an aside between commas or the items of an enumeration), else
//! the first verb group after the noun phrase ("avaient été évacuées"; a noun group there,
//! "ont provoqué la mort de", tells what befell others), else the group counted before
//! ("quatre d'entre eux", "il s'agit de trois touristes"), else a passive verb closing the
//! sentence of an enumeration ("… ont été détruits"), else the category of the count it is
//! a part of ("neuf morts : 6 passagers et 3 machinistes", "les quatre personnes tuées,
//! trois femmes et un homme"). Heads are people and things of the events, and people named
//! by their nationality ("247 Palestiniens"); "les deux pays" is a reference, not a count,
//! unless its category is said ("les quatre occupants ont été tués"), while digits count
//! ("les 2370 soldats"); a list of counts shares the verb group after it ("40 Israéliens,
//! deux Américains et un Soudanais ont perdu la vie"). Years, dates, durations, ages,
//! percentages, money, measures, ratios, times and ordinals have no countable head (a unit
//! word right after the number says so: "7 ans", "41 000 euros", "5 fois"), and numbers
//! inside a date expression are skipped. Sub-counts ("dont deux civils") are folded into
//! the count before them, unless of another category ("600 touchés par balles, dont 59 sont
//! morts"). Word lists are data (`data/lexicons/facts/figures.tsv`).

use crate::dates::DateMention;
use regex::Regex;
use std::collections::HashMap;
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
    subcount: Vec<String>,
    collective: Vec<String>,
    /// Nationalities no ending tells ("suisse", "belge"), singular and plural.
    nationalities: Vec<String>,
    /// Things among the heads (singular), which a lone "un" does not count ("un camion").
    things: Vec<String>,
    /// Words after a number that make it a ratio, money or a measure ("fois", "euros").
    units: Vec<String>,
    /// Two words whose second is no head ("pays membres").
    compounds: Vec<String>,
    /// Adverbs between a verb and its count ("il retient toujours 200 lycéennes").
    adverbs: Vec<String>,
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
            collective: Vec::new(),
            nationalities: Vec::new(),
            things: Vec::new(),
            adverbs: Vec::new(),
            units: Vec::new(),
            compounds: Vec::new(),
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
                    "subcount" => l.subcount.push(f),
                    "collective" => l.collective.push(f),
                    "nationality" => l.nationalities.push(f),
                    "thing" => l.things.push(f),
                    "adverb" => l.adverbs.push(f),
                    "unit" => l.units.push(f),
                    "compound" => l.compounds.push(words_of(&f)),
                    "antecedent" => l.antecedent.push(words_of(&f)),
                    _ => {}
                }
            }
        }
        l.verbs_before = l.verbs.iter().cloned().collect();
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

/// The words of `s` with their byte spans (letters, digits, hyphens, apostrophes inside).
fn word_spans(s: &str, base: usize) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let inside = c.is_alphanumeric() || c == '-';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((base + a, base + i, lower_word(&s[a..i])));
                start = None;
                if c == '\'' || c == '’' {
                    // Elision: "d'artillerie" → "d", "artillerie".
                }
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((base + a, base + s.len(), lower_word(&s[a..])));
    }
    out
}

fn noun_category(w: &str, l: &Lists) -> Option<&'static str> {
    if let Some(c) = l.nouns.get(w) {
        return Some(c);
    }
    let sing = w.strip_suffix('s').or_else(|| w.strip_suffix('x'))?;
    l.nouns.get(sing).copied().or_else(|| l.nouns.get(&format!("{sing}s")).copied())
}

/// The words of `s` as [`word_spans`] gives them, joined by single spaces.
fn words_of(s: &str) -> String {
    word_spans(s, 0).into_iter().map(|w| w.2).collect::<Vec<_>>().join(" ")
}

/// [`norm`] of a word of [`word_spans`] (letters, digits and hyphens: no apostrophe to
/// fold), in one allocation; an ASCII word without the Unicode tables (the same letters).
fn lower_word(w: &str) -> String {
    if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    }
}

/// Verbs that give a category when they appear as a whole word (or a word group) in `s`:
/// the first form (longest first) whose words are a run of the words of `s`. (Compared word
/// by word: searching each form's text in the joined words set up a substring searcher per
/// form and call. The same answer, as no form repeats its own first words, see the tests.)
fn verb_category(s: &str, l: &Lists) -> Option<&'static str> {
    let words: Vec<String> = word_spans(s, 0).into_iter().map(|w| w.2).collect();
    l.verb_words.iter().find(|(form, _)| holds_run(&words, form)).map(|(_, c)| *c)
}

/// Whether `run` (not empty) is a contiguous run of `words`.
fn holds_run(words: &[String], run: &[String]) -> bool {
    !run.is_empty() && run.len() <= words.len() && words.windows(run.len()).any(|w| w == run)
}

/// The category of a verb or a noun phrase that ends `words` (the words right before a
/// count, up to three of them): "tuant", "la mort de", "l'arrestation de".
fn verb_before(words: &[(usize, usize, String)], l: &Lists) -> Option<&'static str> {
    // Past adverbs: "il retient également toujours 200 lycéennes".
    let mut n = words.len();
    while n > 0 && l.adverbs.contains(&words[n - 1].2) {
        n -= 1;
    }
    let words = &words[..n];
    (1..=3.min(words.len())).find_map(|k| {
        l.verbs_before.get(&words[words.len() - k..].iter().map(|w| w.2.as_str()).collect::<Vec<_>>().join(" ")).copied()
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
        let j = (n.saturating_sub(4)..n.saturating_sub(1)).rev().find(|&j| ["des", "les", "du", "de", "d"].contains(&words[j].2.as_str()))?;
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
/// été extraits des décombres", "tués par balles". Noun groups ("ont provoqué la mort de")
/// tell what befell someone else, and are passed over.
fn tail_category(words: &[String], l: &Lists) -> Option<&'static str> {
    (0..words.len()).find_map(|i| {
        if i > 0 && NOUN_DETERMINERS.contains(&words[i - 1].as_str()) {
            return None;
        }
        let rest = &words[i..];
        l.tail_verbs.iter().find(|(form, _)| form.len() <= rest.len() && form.iter().zip(rest).all(|(f, w)| f == w)).map(|(_, c)| *c)
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
    if !gap_ok || !after.first().is_some_and(|w| ["à", "en", "au", "aux", "dans"].contains(&w.2.as_str())) {
        return None;
    }
    k += 1;
    if after.get(k).is_some_and(|w| ["le", "la", "l", "les"].contains(&w.2.as_str())) {
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

/// Where the upper bound of a range ends, when the number ending at `at` is its lower bound:
/// " à 70", " ou cinq", "-30".
fn range_upper(text: &str, at: usize, l: &Lists) -> Option<usize> {
    let rest = &text[at..ceil_boundary(text, at + 40)];
    let t = rest.trim_start();
    let link = ["ou ", "à ", "or ", "to ", "-", "–"].iter().find(|k| t.starts_with(*k))?;
    let after = t[link.len()..].trim_start();
    let from = at + rest.len() - after.len();
    l.number.find_at(text, from).filter(|m| m.start() == from && parse_number(m.as_str(), l).is_some()).map(|m| m.end())
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
            return verb_category(&words.iter().skip(2).take(4).map(|w| w.2.as_str()).collect::<Vec<_>>().join(" "), l);
        }
        items += 1;
        r = &next[item_end..];
    }
    let words: Vec<String> = word_spans(r, 0).into_iter().take(4).map(|w| w.2).collect();
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
    let re = claimant_re();
    re.captures(sent)
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| m.as_str().trim().trim_end_matches(',').to_string())
        .filter(|x| !x.is_empty())
}

/// An age right after a head: " de 48 ans", ", âgée de 29 ans".
fn aged_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^,?\s+(?:âgée?s?\s+)?(?:de|d'|d’)\s*\d+\s+ans(?-u:\b)").expect("aged regex"))
}

fn claimant_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"(?:(?-u:\b)(?i:selon|d'après|d’après|according to|cité par|cited by)\s+((?:l['’]|le |la |les |the )?[^,.;«»()]{2,80}?)(?:\s+(?:que|qui|that|who)(?-u:\b)|[,.;«»()]|$))|(?:(?-u:\b)(?i:a déclaré|ont déclaré|a indiqué|a annoncé|a affirmé|a précisé|said|reported)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3}))",
        )
        .expect("claimant regex")
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
        let (ns, mut ne) = (m.start(), m.end());
        if ns < range_end || in_date(ns, ne) {
            continue;
        }
        // Glued to other characters: "2e", "F-16", "+3", "n°5", times "21h30".
        let prev = text[..ns].chars().next_back();
        if prev.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '+' | '°' | '/' | '#' | '$' | '€' | '£')) {
            continue;
        }
        // "pour cent" is a percentage, not a hundred.
        if m.as_str().to_lowercase().starts_with("cent") && text[floor_boundary(text, ns.saturating_sub(8))..ns].to_lowercase().trim_end().ends_with("pour") {
            continue;
        }
        let Some(mut value) = parse_number(m.as_str(), l) else { continue };
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
            let qualified = l.qualifiers.iter().any(|(f, _)| before.ends_with(f.as_str()) && before[..before.len() - f.len()].chars().next_back().map_or(true, |c| !c.is_alphanumeric()));
            another = matches!(next.as_str(), "autre" | "other");
            if !l.multipliers.contains_key(&next) && !qualified && !list_item(text, ns, out.last()) {
                article_one = true;
            }
        }
        // A range counts as its lower bound: "de 60 à 70 morts", "quatre ou cinq d'entre eux".
        if let Some(upper) = range_upper(text, ne, l) {
            ne = upper;
            range_end = upper;
        }
        // Words after the number: an optional multiplier, then the head within three words.
        let hi = ceil_boundary(text, ne + 120);
        let after = word_spans(&text[ne..hi], ne);
        let mut k = 0;
        let mut end = ne;
        if let Some((_, e, w)) = after.first() {
            if let Some(mult) = l.multipliers.get(w.as_str()) {
                // "quatre douzaines" is 48, "3 millions" 3,000,000; "mille" after digits is
                // part of the number too.
                value *= mult;
                end = *e;
                k = 1;
            }
        }
        // Glued unit or percent right after ("20%", "5km"), or a percentage, money or unit
        // after a space ("20 % des soldats", "20 pour cent"): not a count.
        let next_char = text[end..].chars().next();
        if next_char.is_some_and(|c| c == '%' || c.is_alphabetic()) {
            continue;
        }
        let after_trim = text[end..ceil_boundary(text, end + 16)].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if after_trim.starts_with(['%', '€', '$', '£']) || ["pour cent", "percent", "per cent", "pourcent"].iter().any(|p| after_trim.to_lowercase().starts_with(p)) {
            continue;
        }
        // "5 fois plus de foyers", "41 000 euros par patient": a ratio, money or a measure.
        if after.get(k).is_some_and(|w| l.units.contains(&w.2)) {
            continue;
        }
        let mut head: Option<(usize, &'static str)> = None;
        // A count with no head of its own, given its category by the verb before it ("blessé
        // 49 autres", "en capturant 2"): see `verb_only` below.
        let mut verb_only = false;
        let mut partitive = false;
        // "tuant quatre d'entre eux": a part of a group named before, people.
        let rest_after = &text[end..ceil_boundary(text, end + 20)];
        let lead = rest_after.len() - rest_after.trim_start().len();
        if let Some(form) = ["d'entre eux", "d’entre eux", "d'entre elles", "d’entre elles", "of them"].iter().find(|f| rest_after[lead..].starts_with(*f)) {
            head = Some((end + lead + form.len(), "other"));
            partitive = true;
        }
        let mut steps = 0;
        let mut head_steps = 0;
        // The end of the number (and its multiplier), before the words looked at for a head.
        let num_end = end;
        while head.is_none() && k < after.len() && steps < 4 {
            let (_, e, w) = &after[k];
            // Stop at punctuation between words (a comma ends the noun phrase).
            let gap = &text[end..after[k].0];
            if gap.contains([',', '.', ';', ':', '(', ')', '[', ']', '«', '»', '"', '\n']) {
                break;
            }
            // "388 gardes à vue": people held by the police.
            if (w == "gardes" || w == "garde") && after.get(k + 1).is_some_and(|x| x.2 == "à") && after.get(k + 2).is_some_and(|x| x.2 == "vue") {
                head = Some((after[k + 2].1, "arrested"));
                break;
            }
            let written = &text[after[k].0..*e];
            // People by nationality right after the number ("247 Palestiniens", "un Suisse"),
            // not past other words ("deux pour le Japonais", "100 milliards proposés par François").
            let nationality = || {
                if steps > 1 {
                    None
                } else if value == 1.0 {
                    person_of(written, l)
                } else {
                    people_of(written).or_else(|| (l.nationalities.contains(w) && w.ends_with('s') && written.starts_with(char::is_uppercase)).then_some("other"))
                }
            };
            // The singular of a listed plural after one only: "un gendarme", "une femme", not
            // "magnitude 7 frappe".
            let singular = || if value == 1.0 { l.nouns.get(&format!("{w}s")).copied() } else { None };
            // "27 pays membres": not people of the events.
            if k > 0 && l.compounds.iter().any(|c| c.split_once(' ') == Some((after[k - 1].2.as_str(), w.as_str()))) {
                break;
            }
            if let Some(c) = noun_category(w, l).or_else(singular).or_else(nationality) {
                head = Some((*e, c));
                head_steps = steps;
                break;
            }
            // "49 autres." : the verb before tells what befell them.
            if (w == "autres" || w == "others") && text[*e..].trim_start_matches([' ', '\u{a0}']).starts_with([',', '.', ';', ')']) {
                head = Some((*e, "other"));
                verb_only = true;
                break;
            }
            if !["de", "d", "des", "du", "ces", "nos", "vos", "leurs", "ses", "autre", "autres", "other", "more", "of", "additional", "nouveaux", "nouvelles", "new"].contains(&w.as_str())
                && steps >= 2
            {
                break;
            }
            end = *e;
            k += 1;
            steps += 1;
        }
        // Per place: "six à Trèbes, trois à Villegailhenc".
        let mut placed = false;
        if head.is_none() {
            let (ss, _) = sentence(text, ns, num_end);
            if let Some(h) = per_place(text, ss, ns, num_end, out.last(), l) {
                head = Some(h);
                placed = true;
                article_one = false;
            }
        }
        // A bare number closing a clause: "en capturant 2", "tuant 3 et blessant 5".
        if head.is_none() && !article_one {
            let gap = text[num_end..ceil_boundary(text, num_end + 6)].trim_start_matches([' ', '\u{a0}']);
            if gap.is_empty() || gap.starts_with([',', '.', ';', ')']) || gap.starts_with("et ") {
                head = Some((num_end, "other"));
                verb_only = true;
            }
        }
        let Some((head_end, head_cat)) = head else { continue };
        if value < 2.0 && value != 1.0 || value.fract() != 0.0 && value < 1000.0 {
            // "1,5 mort" is not a count; fractional values only with a scale ("1,5 million").
            if value.fract() != 0.0 {
                continue;
            }
        }
        // Qualifier and the word before it.
        let lo = floor_boundary(text, ns.saturating_sub(60));
        let before_text = &text[lo..ns];
        let mut start = ns;
        let mut qualifier: Option<String> = None;
        let mut rest = before_text.trim_end();
        // Up to two stacked qualifiers ("jusqu'à environ").
        for _ in 0..2 {
            let rn = rest.to_lowercase();
            if rn.len() != rest.len() {
                break;
            }
            if let Some((f, q)) = l.qualifiers.iter().find(|(f, _)| {
                rn.ends_with(f.as_str()) && rn[..rn.len() - f.len()].chars().next_back().map_or(true, |c| !c.is_alphanumeric())
            }) {
                let cut = rest.len() - f.len();
                if rest.is_char_boundary(cut) {
                    start = lo + cut;
                    rest = rest[..cut].trim_end();
                    qualifier = Some(match &qualifier {
                        Some(prev) => format!("{q} {prev}"),
                        None => q.clone(),
                    });
                    continue;
                }
            }
            break;
        }
        // Words before, in the same sentence only, past an aside between commas ("a tué, en
        // trois jours, au moins 14 personnes").
        let rest = rest.rfind(['.', '!', '?', '\n', ';', ':']).map_or(rest, |k| &rest[k + 1..]);
        let sentence_before = rest;
        let rest = match rest.strip_suffix(',').and_then(|r| r.rfind(',').filter(|&c| r.len() - c < 40).map(|c| &r[..c])) {
            Some(before_aside) => before_aside,
            None => rest,
        };
        let prev_words = word_spans(rest, 0);
        let prev_word = prev_words.last().map(|w| w.2.clone()).unwrap_or_default();
        // "les deux pays": a reference to things named before, not a count, unless what
        // befell them is said ("les quatre occupants ont été tués"): see below.
        let collective = qualifier.is_none() && !m.as_str().starts_with(|c: char| c.is_ascii_digit()) && l.collective.contains(&prev_word);
        let prev_two = prev_words.iter().rev().take(2).map(|w| w.2.as_str()).collect::<Vec<_>>();
        let sub = l.subcount.iter().any(|s| {
            let sw: Vec<&str> = s.split(' ').collect();
            prev_two.first() == sw.last() && (sw.len() == 1 || prev_two.get(1) == sw.first())
        });
        // A part of another category is a count of its own: "600 participants touchés par
        // balles, dont 59 sont morts".
        if sub && (head_cat == "other" || out.last().is_some_and(|p| p.what == head_cat)) {
            continue;
        }
        // Category: head noun, else a participle after the noun phrase, else the verb just
        // before, else a passive verb closing the sentence.
        let mut what = head_cat;
        // Whether a verb tells what befell a lone "un"/"une" (it is no count otherwise).
        let mut told = false;
        // "une autre personne est toujours portée disparue": a missing person, a count.
        let mut missing = false;
        if (what == "other" || article_one) && !placed {
            let lo2 = head_end;
            let hi2 = ceil_boundary(text, head_end + 60);
            let tail = &text[lo2..hi2];
            let tail = &tail[..tail.find([',', '.', ';', '«', '»', '(']).unwrap_or(tail.len())];
            let tail_words: Vec<String> = word_spans(tail, 0)
                .into_iter()
                .map(|w| w.2)
                .take_while(|w| !["et", "and", "mais", "but", "dont", "including", "ou", "or"].contains(&w.as_str()))
                .take(6)
                .collect();
            // "tuant 12 personnes", "la mort de 86 personnes", "tuant les 8 assaillants".
            let before_det = match prev_words.split_last() {
                Some((last, rest)) if !rest.is_empty() && l.collective.contains(&last.2) => rest,
                _ => &prev_words[..],
            };
            let identity = (2..=4).any(|k| prev_words.len() >= k && l.antecedent.contains(&prev_words[prev_words.len() - k..].iter().map(|w| w.2.as_str()).collect::<Vec<_>>().join(" ")));
            if let Some(c) = verb_before(before_det, l).or_else(|| if article_one || verb_only { None } else { verb_before_list(sentence_before, l) }) {
                what = c;
                told = true;
            } else if verb_only {
            } else if article_one {
                // "un mineur a également été interpellé", "un manifestant est dans le coma":
                // passive or state, not "un homme a tué".
                let first = tail_words.first().map_or("", |w| w.as_str());
                let group = &tail_words[..tail_words.len().min(4)];
                let passive = ["est", "sont", "était", "is", "was"].contains(&first)
                    || ["a", "ont", "avait", "has", "had"].contains(&first) && (group.iter().any(|w| w == "été" || w == "been") || [" perdu la vie", " trouvé la mort", " péri", " succombé"].iter().any(|f| group.join(" ").contains(f)))
                    || verb_category(first, l).is_some();
                if passive {
                    missing = group.iter().any(|w| w.starts_with("disparu") || w == "missing");
                    if let Some(c) = tail_category(group, l) {
                        what = c;
                        told = true;
                    }
                }
            } else if let Some(c) = tail_category(&tail_words, l) {
                what = c;
            } else if let Some(p) = out.last().filter(|p| (partitive || identity) && p.what != "other" && p.end <= start && start - p.end < 300) {
                // "Trois d'entre eux ont été retrouvés": the group counted before.
                what = p.what;
            } else {
                let (_, se) = sentence(text, ns, head_end);
                let rest_of_sentence = &text[head_end..se.max(head_end)];
                // The clause ends at a closing quote too ("… ont été détruits », a déclaré").
                let rest_of_sentence = &rest_of_sentence[..rest_of_sentence.find(['»', '”', ';', '!', '?']).unwrap_or(rest_of_sentence.len())];
                // Only a verb group at the very end of the sentence, passive or not:
                // "… ont été détruits", "… were destroyed".
                let tail_words: Vec<String> = word_spans(rest_of_sentence, 0).into_iter().rev().take(3).map(|w| w.2).collect();
                if tail_words.iter().any(|w| ["été", "were", "been", "was"].contains(&w.as_str())) {
                    if let Some(c) = verb_category(&tail_words.into_iter().rev().collect::<Vec<_>>().join(" "), l) {
                        what = c;
                    }
                } else if let Some(c) = list_predicate(rest_of_sentence, l) {
                    what = c;
                }
            }
        }
        if article_one && head_cat != "other" {
            what = head_cat;
        }
        // A lone "un" counts people, not things ("un camion arrêté"), and not one described
        // by their age ("trois clients, un homme de 48 ans, …").
        let head_word = word_spans(&text[start..head_end], 0).pop().map(|w| w.2).unwrap_or_default();
        let thing = l.things.contains(&head_word) || head_word.strip_suffix(['s', 'x']).is_some_and(|w| l.things.iter().any(|t| t == w));
        if word_one && (article_one && (thing || head_steps > usize::from(another)) || aged_re().is_match(&text[head_end..ceil_boundary(text, head_end + 30)])) {
            continue;
        }
        let one_told = told || another && head_cat != "other" || missing;
        if verb_only && what == "other" || article_one && !one_told || article_one && !missing && !["killed", "wounded", "arrested", "captured", "evacuated"].contains(&what) {
            continue;
        }
        // The parts of a count listed after it: "neuf morts : 6 passagers et 3 machinistes",
        // "8 morts parmi les soldats : 2 gendarmes devant l'ambassade et 6 soldats", "les
        // quatre personnes tuées, trois femmes et un homme".
        let mut part = false;
        if what == "other" {
            if let Some(prev) = out.last().filter(|p| p.what != "other" && p.end <= start) {
                let gap = text[prev.end..start].trim();
                let words = word_spans(gap, 0);
                let one_sentence = !gap.contains(['.', '!', '?', '\n', ';']) && gap.len() < 160;
                let bare = [":", ",", "et", ", et", "and", ", and", "("].contains(&gap);
                // The category said of the count, then a comma: "tuées,", "sans vie,".
                let said = gap.strip_suffix(',').is_some_and(|g| words.len() <= 3 && verb_category(g, l).is_some() && !g.contains(','));
                let colon = one_sentence && gap.ends_with(':');
                let chained = one_sentence && parts.last() == Some(&true) && words.len() <= 5 && (gap.ends_with(',') || gap.ends_with(" et") || gap.ends_with(" and"));
                if bare || said || colon || chained {
                    what = prev.what;
                    part = true;
                }
            }
        }
        if collective && what == "other" {
            continue;
        }
        parts.push(part);
        let (ss, se) = sentence(text, ns, head_end);
        out.push(Figure { start, end: head_end, value, what, qualifier, claimant: claimant(text, ss, se) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(text: &str) -> Vec<(String, f64, &'static str, Option<String>)> {
        find_figures(text, "fr").into_iter().map(|f| (text[f.start..f.end].to_string(), f.value, f.what, f.qualifier)).collect()
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
            "Les deux pays ont eu deux conversations.",
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
