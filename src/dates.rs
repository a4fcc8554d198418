//! Date expressions, resolved to calendar days.
//!
//! French and English: full dates ("mercredi 10 avril 2024", "April 15, 2024", "19.9.2023",
//! "2024-04-15"), partial ones ("septembre 2020" → 2020-09, "l'automne 2020" → 2020, a year
//! standing alone), relative ones ("mardi", "hier", "lundi dernier", "on Tuesday", "le même
//! jour") resolved against the anchor (the article's date). Weekdays resolve to the most
//! recent such day on or before the anchor (news convention); a day and month without year
//! take the anchor's year, or the year before when that would be far in the future.
//! Without an anchor, the latest complete date written in the text stands in for it.
//! Calendar words are data (`data/lexicons/facts/calendar.tsv`).

use regex::Regex;
use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub iso: Option<String>,
}

const CALENDAR: &str = include_str!("../data/lexicons/facts/calendar.tsv");

// French: 21h, 18h00, 21 h 00, 20 heures; English and 24-hour clocks: 9:30, 9:30 p.m., 10 pm.
// ASCII digits: a literal prefix the regex engine skips ahead with.
const CLOCK: &str = concat!(
    r"(?-u:\b)([0-9]{1,2})\s?(?:h|heures?)(?:\s?([0-9]{2}))?(?-u:\b)",
    r"|(?-u:\b)([0-9]{1,2})(?::([0-9]{2}))?\s?(?:a\.m\.|p\.m\.|am(?-u:\b)|pm(?-u:\b))|(?-u:\b)([0-9]{1,2}):([0-9]{2})(?-u:\b)",
);
const CLOCK_WORDS: &str = r"(?-u:\b)(?:minuit|midnight|noon)(?-u:\b)|(?:à|vers|avant|après|dès|jusqu'à|jusqu’à)\s+midi(?-u:\b)";
const TIME_SUFFIX: &str = concat!(
    r"(?:\s+(?:du matin|du soir|de l'après-midi|de l’après-midi|\(heures? locales?\)|\(heure de Paris\)|heures? locales?|locales?|local time",
    // zones, in capitals only ("et" is a word)
    r"|(?-i:UTC|GMT|HAE|HAA|HNE|HNP|HEC|HEE|ET|EST|EDT|PT|PST|PDT|BST|CET|CEST)(?-u:\b)))?",
);

struct Calendar {
    /// form (lowercase) → (kind, value)
    words: HashMap<String, (String, i64)>,
    full_dmy: Regex,
    full_mdy: Regex,
    numeric: Regex,
    iso: Regex,
    month_year: Regex,
    /// A month told relative to the article's: "octobre dernier", "juin prochain", "last May".
    month_rel: Regex,
    /// The first month of a pair sharing a year or a "dernier(s)": "janvier et novembre 2015",
    /// "d'août et d'octobre derniers".
    month_pair: Regex,
    /// A part of a month without a year: "début juin", "mi-mars".
    month_part: Regex,
    season_year: Regex,
    year: Regex,
    year_range: Regex,
    relative: Regex,
    weekday: Regex,
    /// Times of day on a clock: "21h", "18 h 30", "20 heures", "9:30 p.m.".
    time: Regex,
    /// Times of day in words: "à midi", "minuit", "midnight" (the same suffixes as `time`).
    time_words: Regex,
    /// Where a text holds calendar words (see [`Triggers`]).
    triggers: Triggers,
}

/// What a line must hold for a family of the calendar's regexes to match in it.
#[derive(Clone, Copy, PartialEq)]
enum Cue {
    Month,
    Weekday,
    Season,
    Relative,
    Clock,
}

impl Cue {
    /// The cue of a kind of `calendar.tsv`'s words.
    fn of_kind(kind: &str) -> Option<Cue> {
        match kind {
            "month" => Some(Cue::Month),
            "weekday" => Some(Cue::Weekday),
            "season" => Some(Cue::Season),
            "dayrel" | "weekrel" | "monthrel" | "yearrel" | "sameday" | "weekend" => Some(Cue::Relative),
            _ => None,
        }
    }
}

/// The calendar words, found in one pass, so that the regexes that need one of them scan only
/// the lines that hold it. Each of those regexes (a case-insensitive alternation of words
/// has no literal prefix the regex engine can skip ahead with) read every byte of every
/// text: eight scans of the whole text, more than half of the time spent on dates (106 ms
/// of dates on 2,000 bench articles natively, 46 ms with the triggers); about one line in
/// six holds a month name.
///
/// A trigger is the longest run of letters of each form ("aujourd" for "aujourd'hui",
/// "dernière" for "la semaine dernière"), in lower case, capitalised and in capitals, matched
/// ASCII case-insensitively: a line without it cannot hold the form. A date that a regex would
/// have matched across a line break ("mars\n2024") is not one.
struct Triggers {
    words: aho_corasick::AhoCorasick,
    /// The cues each word (by pattern id) serves.
    cue: Vec<Vec<Cue>>,
}

impl Triggers {
    fn new(by_kind: &HashMap<String, Vec<String>>) -> Triggers {
        let clock = ["minuit", "midnight", "noon", "midi"].map(|w| (Cue::Clock, w.to_string()));
        let forms = by_kind.iter().filter_map(|(k, fs)| Some((Cue::of_kind(k)?, fs))).flat_map(|(c, fs)| fs.iter().map(move |f| (c, f.clone())));
        // Each word with the cues it serves (a word of two kinds must report both).
        let mut cues: std::collections::BTreeMap<String, Vec<Cue>> = std::collections::BTreeMap::new();
        for (c, form) in forms.chain(clock) {
            let Some(run) = form.split(|ch: char| !ch.is_alphabetic()).max_by_key(|w| w.chars().count()) else { continue };
            let capitalised: String = run.chars().take(1).flat_map(char::to_uppercase).chain(run.chars().skip(1)).collect();
            for w in [run.to_lowercase(), capitalised, run.to_uppercase()] {
                let served = cues.entry(w).or_default();
                if !served.contains(&c) {
                    served.push(c);
                }
            }
        }
        cues.remove("");
        let words = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(cues.keys())
            .expect("calendar triggers");
        let cue = cues.into_values().collect();
        Triggers { words, cue }
    }

    /// The lines of `text` that hold a word of each cue: `[start, end)` ranges, a line
    /// starting at the line break before it (the relative words' regex looks at the
    /// character before the word) and ending before the one after it.
    fn lines(&self, text: &str) -> Lines {
        let mut out = Lines::default();
        let word_char = |c: char| c.is_alphanumeric();
        for m in self.words.find_iter(text) {
            if text[..m.start()].chars().next_back().is_some_and(word_char) || text[m.end()..].chars().next().is_some_and(word_char) {
                continue;
            }
            for &cue in &self.cue[m.pattern().as_usize()] {
                let list = out.of(cue);
                if list.last().is_some_and(|&(_, e)| m.start() < e) {
                    continue;
                }
                let start = text[..m.start()].rfind('\n').unwrap_or(0);
                let end = text[m.end()..].find('\n').map_or(text.len(), |i| m.end() + i);
                list.push((start, end));
            }
        }
        out
    }
}

/// Per cue, the lines holding one of its words, in text order.
#[derive(Default)]
struct Lines {
    month: Vec<(usize, usize)>,
    weekday: Vec<(usize, usize)>,
    season: Vec<(usize, usize)>,
    relative: Vec<(usize, usize)>,
    clock: Vec<(usize, usize)>,
}

impl Lines {
    fn of(&mut self, cue: Cue) -> &mut Vec<(usize, usize)> {
        match cue {
            Cue::Month => &mut self.month,
            Cue::Weekday => &mut self.weekday,
            Cue::Season => &mut self.season,
            Cue::Relative => &mut self.relative,
            Cue::Clock => &mut self.clock,
        }
    }
}

/// The matches of `re` within `lines` of `text`, as `captures_iter` would find them there:
/// the text before a line is the regex's context for look-behind, and the line break that
/// ends it is, for a word boundary, what the text's end is.
fn captures_in<'t>(re: &'t Regex, text: &'t str, lines: &'t [(usize, usize)]) -> impl Iterator<Item = regex::Captures<'t>> + 't {
    lines.iter().flat_map(move |&(start, end)| {
        let hay = &text[..end];
        let mut at = Some(start);
        std::iter::from_fn(move || {
            let c = re.captures_at(hay, at?)?;
            let m = c.get(0)?;
            // An empty match (none of the calendar's patterns has one) steps one character.
            at = if m.end() > m.start() { Some(m.end()) } else { hay[m.end()..].chars().next().map(|ch| m.end() + ch.len_utf8()) };
            Some(c)
        })
    })
}

/// Like [`alt`], each form with its own word boundaries: ASCII boundaries (which keep the
/// regexes on the fast DFA engines; Unicode `\b` sends them to the slow ones on non-ASCII
/// text) where the form starts or ends with an ASCII letter or digit, none where it starts or
/// ends with another letter ("été", "ce jour-là"), which an ASCII boundary would never match.
fn alt_bounded(forms: &[String]) -> String {
    let mut fs: Vec<&String> = forms.iter().collect();
    fs.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let edge = |c: Option<char>| if c.is_some_and(|c| c.is_ascii_alphanumeric()) { "(?-u:\\b)" } else { "" };
    fs.iter()
        .map(|f| format!("{}{}{}", edge(f.chars().next()), alt(&[f.to_string()]), edge(f.chars().last())))
        .collect::<Vec<_>>()
        .join("|")
}

fn alt(forms: &[String]) -> String {
    let mut fs: Vec<&String> = forms.iter().collect();
    fs.sort_by_key(|f| std::cmp::Reverse(f.len()));
    fs.iter().map(|f| regex::escape(f).replace('\'', "['’]").replace("’", "['’]").replace("\\-", "[-‑ ]")).collect::<Vec<_>>().join("|")
}

fn calendar() -> &'static Calendar {
    static C: OnceLock<Calendar> = OnceLock::new();
    C.get_or_init(|| {
        let mut words = HashMap::new();
        let mut by_kind: HashMap<String, Vec<String>> = HashMap::new();
        for l in CALENDAR.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let v: i64 = cols[1].trim().parse().unwrap_or(0);
            for f in cols[2].split('|') {
                let f = f.trim().to_lowercase();
                words.insert(f.replace('’', "'"), (cols[0].to_string(), v));
                by_kind.entry(cols[0].to_string()).or_default().push(f);
            }
        }
        let k = |name: &str| alt(by_kind.get(name).map(Vec::as_slice).unwrap_or(&[]));
        let (month, wd) = (k("month"), k("weekday"));
        let kb = |name: &str| alt_bounded(by_kind.get(name).map(Vec::as_slice).unwrap_or(&[]));
        let season_b = kb("season");
        // One alternation, longest form first across kinds ("ce jour-là" before "ce jour").
        let rel_forms: Vec<String> = ["dayrel", "weekrel", "monthrel", "yearrel", "sameday", "weekend"]
            .iter()
            .flat_map(|k| by_kind.get(*k).cloned().unwrap_or_default())
            .collect();
        let rel = alt_bounded(&rel_forms);
        let day = r"(\d{1,2})(?:\s?er(?-u:\b)|re(?-u:\b)|st|nd|rd|th)?";
        let re = |s: &str| Regex::new(s).expect("calendar regex");
        Calendar {
            words,
            full_dmy: re(&format!(
                r"(?i)(?-u:\b)(?:({wd}),?\s+)?(?:the\s+)?{day}(?:\s*,\s*\d{{1,2}})*(?:\s+(?:au|et|-|–|and|to)\s+{day})?(?:\s+|-)(?:of\s+)?({month})(?:\s+|(?-u:\b))(?:,?\s*(\d{{4}})(?-u:\b))?"
            )),
            full_mdy: re(&format!(r"(?i)(?-u:\b)(?:({wd}),?\s+)?({month})\s+{day}(?-u:\b)(?:,?\s+(\d{{4}})(?-u:\b))?")),
            numeric: re(r"(?-u:\b)(\d{1,2})([./])(\d{1,2})([./])(\d{4}|\d{2})(?-u:\b)"),
            iso: re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)"),
            month_year: re(&format!(r"(?i)(?-u:\b)(?:(?:début|fin|mi)[- ])?({month})\s+(?:de\s+l'année\s+)?(\d{{4}})(?-u:\b)")),
            month_rel: re(&format!(r"(?i)(?-u:\b)(?:(?:début|fin|mi)[- ])?({month})\s+(dernier|prochain)s?(?-u:\b)|(?-u:\b)(last|next)\s+({month})(?-u:\b)")),
            month_pair: re(&format!(r"(?i)(?-u:\b)({month})\s+et\s+(?:d'|d’|de\s+)?(?:{month})\s+(?:(\d{{4}})|(dernier|prochain)s?)(?-u:\b)")),
            month_part: re(&format!(r"(?i)(?-u:\b)(?:début|fin|mi)[- ]({month})(?-u:\b)")),
            season_year: re(&format!(r"(?i)({season_b})\s+(?:de\s+|of\s+)?(\d{{4}})(?-u:\b)")),
            year: re(r"(?-u:\b)(1[5-9]\d\d|20\d\d)(?-u:\b)"),
            year_range: re(r"(?-u:\b)(1[5-9]\d\d|20\d\d)\s?[-–/]\s?(1[5-9]\d\d|20\d\d|\d\d)(?-u:\b)"),
            relative: re(&format!(r"(?i)(?:^|[^\w’'])({rel})")),
            weekday: re(&format!(r"(?i)(?-u:\b)(?:on\s+|last\s+|next\s+|this\s+)?({wd})(?-u:\b)(?:\s+(dernier|prochain|passé|précédent|matin|soir|après-midi|morning|evening|afternoon|night))?")),
            time: re(&format!("(?i)(?:{CLOCK}){TIME_SUFFIX}")),
            time_words: re(&format!("(?i)(?:{CLOCK_WORDS}){TIME_SUFFIX}")),
            triggers: Triggers::new(&by_kind),
        }
    })
}

/// Whether a word is a weekday's name in the calendar's data ("mercredi", "Sunday").
pub fn weekday_name(word: &str) -> bool {
    calendar().words.get(&word.to_lowercase()).is_some_and(|(kind, _)| kind == "weekday")
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Monday = 1 … Sunday = 7.
fn weekday_of(days: i64) -> i64 {
    (days + 3).rem_euclid(7) + 1
}

fn valid(y: i64, m: i64, d: i64) -> bool {
    (1..=12).contains(&m) && d >= 1 && {
        let (y2, m2, d2) = civil_from_days(days_from_civil(y, m, d));
        (y2, m2, d2) == (y, m, d)
    }
}

fn iso_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn parse_anchor(a: &str) -> Option<i64> {
    let mut it = a.get(..10)?.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    valid(y, m, d).then(|| days_from_civil(y, m, d))
}

struct Cand {
    start: usize,
    end: usize,
    /// Resolved day (days since epoch) or a coarser ISO string, or unresolved.
    value: Value,
    /// Higher wins among overlapping candidates of equal length.
    prio: u8,
}

#[derive(Clone)]
enum Value {
    Day(i64),
    Coarse(String),
    /// Weekday (1–7) and direction (-1 last, 0 most recent on/before, +1 next).
    Weekday(i64, i64),
    /// Day and month, year to come from the anchor.
    DayMonth(i64, i64),
    /// A month (1–12) and direction from the anchor's month (-1 the last before it, +1 the
    /// next after it, 0 the nearest).
    MonthOf(i64, i64),
    DayRel(i64),
    MonthRel(i64),
    YearRel(i64),
    SameDay,
    Unresolved,
}

/// A number of hours that is a length of time or a rate, not a time of day: "en 24h", "pendant
/// 2 heures", "plus de 3 heures", "24h/24" (told by the word before it, or a slash after).
fn is_duration_or_rate(text: &str, start: usize, end: usize) -> bool {
    if text[end..].starts_with('/') || text[end..].starts_with(" / ") {
        return true;
    }
    let before = text[..start].trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '\'' || c == '’')
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        word.as_str(),
        "en" | "pendant"
            | "depuis"
            | "durant"
            | "sous"
            | "les"
            | "dans"
            | "of"
            | "for"
            | "within"
            | "plus"
            | "moins"
            | "environ"
            | "quelque"
            | "quelques"
    ) || before.ends_with(|c: char| c.is_ascii_digit())
        || {
            // "en moins de 10 heures", "plus de 3 heures": a bound on a length of time. (The
            // last few characters only: `before` is the whole text up to the match.)
            let tail = &before[before.char_indices().rev().nth(11).map_or(0, |(i, _)| i)..];
            let b = tail.to_lowercase();
            ["moins de", "plus de", "près de", "pres de", "more than", "less than", "up to"].iter().any(|w| b.ends_with(w))
        }
}

/// Words after a bare 4-digit number that make it a count or a measure, not a year.
const NOT_YEAR_AFTER: &[&str] = &[
    "personnes", "morts", "tués", "blessés", "soldats", "habitants", "euros", "dollars", "km", "kilomètres", "mètres", "m", "kg", "tonnes",
    "people", "dead", "killed", "soldiers", "troops", "residents", "civils", "civilians", "hommes", "men", "réfugiés", "refugees", "€", "$",
    "%", "fois", "voix", "votes", "maisons", "homes", "buildings",
];
const NOT_YEAR_BEFORE: &[&str] = &["n°", "no", "numéro", "number", "page", "article", "rue", "route", "vol", "flight", "résolution", "resolution", "art", "€", "$", "£"];

fn looks_like_year(text: &str, s: usize, e: usize) -> bool {
    let before = &text[..s];
    let after = &text[e..];
    // Inside a longer number: "12 2023", "2 000", "1.2023", "2023,5", digit groups.
    let prev = before.chars().next_back();
    let prev2: String = before.chars().rev().take(2).collect();
    if prev.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == '/' || c == '-' || c == '+' || c == '#')
        || prev2.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) && prev.is_some_and(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}')
    {
        return false;
    }
    let mut ac = after.chars();
    let a1 = ac.next();
    if a1.is_some_and(|c| c.is_ascii_digit() || c == '%' || c == '€' || c == '$')
        || (a1.is_some_and(|c| c == ',' || c == '.') && ac.next().is_some_and(|c| c.is_ascii_digit()))
        || (a1.is_some_and(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}') && after.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let next_word: String = after.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '€' || *c == '$' || *c == '%').collect::<String>().to_lowercase();
    if NOT_YEAR_AFTER.contains(&next_word.as_str()) || crate::figures::is_count_noun(&next_word) {
        return false;
    }
    let prev_word: String = before.trim_end().chars().rev().take_while(|c| !c.is_whitespace()).collect::<String>().chars().rev().collect::<String>().to_lowercase();
    let prev_word = prev_word.trim_end_matches('.');
    !NOT_YEAR_BEFORE.contains(&prev_word)
}

/// Every date expression of `text`. `anchor`: the article's date ("YYYY-MM-DD"), for
/// relative expressions.
pub fn find_dates(text: &str, _lang: &str, anchor: Option<&str>) -> Vec<DateMention> {
    let cal = calendar();
    let mut cands: Vec<Cand> = Vec::new();
    let word = |s: &str| cal.words.get(&s.to_lowercase().replace('’', "'")).map(|x| x.1);
    let num = |s: Option<regex::Match>| s.and_then(|m| m.as_str().parse::<i64>().ok());
    let lines = cal.triggers.lines(text);

    for c in cal.iso.captures_iter(text) {
        let (y, m, d) = (num(c.get(1)).unwrap_or(0), num(c.get(2)).unwrap_or(0), num(c.get(3)).unwrap_or(0));
        if let Some(all) = c.get(0) {
            if valid(y, m, d) {
                cands.push(Cand { start: all.start(), end: all.end(), value: Value::Day(days_from_civil(y, m, d)), prio: 5 });
            }
        }
    }
    for c in cal.numeric.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if c.get(2).map(|m| m.as_str()) != c.get(4).map(|m| m.as_str()) {
            continue;
        }
        let (a, b) = (num(c.get(1)).unwrap_or(0), num(c.get(3)).unwrap_or(0));
        let mut y = num(c.get(5)).unwrap_or(0);
        if y < 100 {
            if c.get(2).map(|m| m.as_str()) == Some(".") {
                continue; // "1.2.23" is more often a version or a score than a date
            }
            y += 2000;
        }
        // Day first (French and most of the world); month first only when the day is > 12
        // in second position and the separator is a slash (US style).
        let (d, m) = if a > 12 || c.get(2).map(|m| m.as_str()) == Some(".") { (a, b) } else if b > 12 { (b, a) } else { (a, b) };
        if valid(y, m, d) {
            cands.push(Cand { start: all.start(), end: all.end(), value: Value::Day(days_from_civil(y, m, d)), prio: 4 });
        }
    }
    for c in captures_in(&cal.full_dmy, text, &lines.month) {
        let Some(all) = c.get(0) else { continue };
        let d1 = num(c.get(2));
        let d2 = num(c.get(3));
        let d = d2.or(d1).unwrap_or(0);
        let m = c.get(4).and_then(|x| word(x.as_str())).unwrap_or(0);
        // "mai" and "may" alone are too often a name or a verb: need the month after a day.
        let end = c.get(5).map_or(c.get(4).map_or(all.end(), |x| x.end()), |x| x.end());
        if !(1..=31).contains(&d) || m == 0 {
            continue;
        }
        // Not a count: "20 mars" is a date, but "3 mai" could not be anything else either.
        let value = match num(c.get(5)) {
            Some(y) if valid(y, m, d) => Value::Day(days_from_civil(y, m, d)),
            Some(_) => continue,
            None => Value::DayMonth(m, d),
        };
        cands.push(Cand { start: all.start(), end, value, prio: 3 });
    }
    for c in captures_in(&cal.full_mdy, text, &lines.month) {
        let Some(all) = c.get(0) else { continue };
        let m = c.get(2).and_then(|x| word(x.as_str())).unwrap_or(0);
        let d = num(c.get(3)).unwrap_or(0);
        // English order needs an English month or a capitalised one ("April 15").
        let mtxt = c.get(2).map_or("", |x| x.as_str());
        if !mtxt.chars().next().is_some_and(char::is_uppercase) || !(1..=31).contains(&d) || m == 0 {
            continue;
        }
        // ("May 3" alone stays a date: "May 30 people" cannot be told apart from it cheaply.)
        let value = match num(c.get(4)) {
            Some(y) if valid(y, m, d) => Value::Day(days_from_civil(y, m, d)),
            Some(_) => continue,
            None => Value::DayMonth(m, d),
        };
        cands.push(Cand { start: all.start(), end: all.end(), value, prio: 3 });
    }
    for c in captures_in(&cal.month_year, text, &lines.month) {
        let Some(all) = c.get(0) else { continue };
        let m = c.get(1).and_then(|x| word(x.as_str())).unwrap_or(0);
        let y = num(c.get(2)).unwrap_or(0);
        if m > 0 && looks_like_year(text, c.get(2).map_or(0, |x| x.start()), all.end()) {
            cands.push(Cand { start: all.start(), end: all.end(), value: Value::Coarse(format!("{y:04}-{m:02}")), prio: 2 });
        }
    }
    for c in captures_in(&cal.month_rel, text, &lines.month) {
        let Some(all) = c.get(0) else { continue };
        let (month, dir) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(m), Some(d), _, _) => (m, d.as_str().to_lowercase()),
            // English months are capitalised ("last May", not "next may").
            (_, _, Some(d), Some(m)) if m.as_str().starts_with(char::is_uppercase) => (m, d.as_str().to_lowercase()),
            _ => continue,
        };
        // "le 29 août dernier" is a day: the day-month pattern has it.
        let before = text[..all.start()].trim_end();
        if before.ends_with(|c: char| c.is_ascii_digit()) || before.strip_suffix("er").is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        let m = word(month.as_str()).unwrap_or(0);
        let dir = if dir == "dernier" || dir == "last" { -1 } else { 1 };
        if m > 0 {
            cands.push(Cand { start: all.start(), end: all.end(), value: Value::MonthOf(m, dir), prio: 2 });
        }
    }
    for c in captures_in(&cal.month_pair, text, &lines.month) {
        let Some(first) = c.get(1) else { continue };
        let m = word(first.as_str()).unwrap_or(0);
        let value = match (c.get(2), c.get(3)) {
            (Some(y), _) if looks_like_year(text, y.start(), y.end()) => Value::Coarse(format!("{:04}-{m:02}", num(Some(y)).unwrap_or(0))),
            (None, Some(d)) => Value::MonthOf(m, if d.as_str().eq_ignore_ascii_case("dernier") { -1 } else { 1 }),
            _ => continue,
        };
        if m > 0 {
            cands.push(Cand { start: first.start(), end: first.end(), value, prio: 2 });
        }
    }
    for c in captures_in(&cal.month_part, text, &lines.month) {
        let (Some(all), Some(month)) = (c.get(0), c.get(1)) else { continue };
        let m = word(month.as_str()).unwrap_or(0);
        if m > 0 {
            cands.push(Cand { start: all.start(), end: all.end(), value: Value::MonthOf(m, 0), prio: 1 });
        }
    }
    for c in captures_in(&cal.season_year, text, &lines.season) {
        let Some(all) = c.get(0) else { continue };
        let y = num(c.get(2)).unwrap_or(0);
        cands.push(Cand { start: all.start(), end: all.end(), value: Value::Coarse(format!("{y:04}")), prio: 2 });
    }
    for c in cal.year.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if looks_like_year(text, all.start(), all.end()) {
            cands.push(Cand { start: all.start(), end: all.end(), value: Value::Coarse(all.as_str().to_string()), prio: 1 });
        }
    }
    // Seasons and spans of years: "2015-2016", "2014-15" (the first year stands for it).
    for c in cal.year_range.captures_iter(text) {
        let (Some(all), Some(y1), Some(y2)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        let (a, b) = (y1.as_str().parse::<i64>().unwrap_or(0), y2.as_str().parse::<i64>().unwrap_or(0));
        let b = if b < 100 { a / 100 * 100 + b } else { b };
        if b > a && b - a <= 10 && looks_like_year(text, all.start(), y1.end()) && !text[all.end()..].starts_with(|c: char| c.is_ascii_digit() || c == '-') {
            cands.push(Cand { start: all.start(), end: all.end(), value: Value::Coarse(format!("{a:04}")), prio: 2 });
        }
    }
    for c in captures_in(&cal.relative, text, &lines.relative) {
        let Some(g) = c.get(1) else { continue };
        let Some((kind, v)) = cal.words.get(&g.as_str().to_lowercase().replace('’', "'").replace('‑', "-")).cloned() else {
            // A form written with other dashes or spaces: classify by its first word.
            continue;
        };
        if kind == "dayrel" && v == 0 && means_nowadays(text, g.start(), g.end(), &cands) {
            continue;
        }
        let value = match kind.as_str() {
            "dayrel" => Value::DayRel(v),
            "monthrel" => Value::MonthRel(v),
            "yearrel" => Value::YearRel(v),
            "sameday" => Value::SameDay,
            _ => Value::Unresolved,
        };
        cands.push(Cand { start: g.start(), end: g.end(), value, prio: 2 });
    }
    for c in captures_in(&cal.weekday, text, &lines.weekday) {
        let (Some(all), Some(w)) = (c.get(0), c.get(1)) else { continue };
        let wd = word(w.as_str()).unwrap_or(0);
        let pre = all.as_str()[..w.start() - all.start()].trim().to_lowercase();
        let post = c.get(2).map(|x| x.as_str().to_lowercase());
        // English weekdays are capitalised; a lowercase "sunday" is rarely a date.
        if w.as_str().is_ascii() && !w.as_str().starts_with(|c: char| c.is_uppercase()) && !["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"].contains(&w.as_str().to_lowercase().as_str()) {
            continue;
        }
        let dir = match (pre.as_str(), post.as_deref()) {
            ("next", _) | (_, Some("prochain")) => 1,
            ("last", _) | (_, Some("dernier" | "passé" | "précédent")) => -1,
            _ => 0,
        };
        let end = match post.as_deref() {
            Some("dernier" | "prochain" | "passé" | "précédent") => all.end(),
            _ => w.end(),
        };
        let start = if pre.is_empty() || pre == "on" { w.start() } else { all.start() };
        cands.push(Cand { start, end, value: Value::Weekday(wd, dir), prio: 1 });
    }

    for c in cal.time.captures_iter(text).chain(captures_in(&cal.time_words, text, &lines.clock)) {
        let Some(all) = c.get(0) else { continue };
        let hour = num(c.get(1).or(c.get(3)).or(c.get(5)));
        let minute = num(c.get(2).or(c.get(4)).or(c.get(6)));
        if hour.is_some_and(|h| h > 24) || minute.is_some_and(|m| m > 59) {
            continue;
        }
        if is_duration_or_rate(text, all.start(), all.end()) {
            continue;
        }
        cands.push(Cand {
            start: all.start(),
            end: all.end(),
            value: Value::Unresolved,
            prio: 1,
        });
    }

    // Overlaps: the longest expression wins, then the more specific pattern.
    cands.sort_by(|a, b| (b.end - b.start).cmp(&(a.end - a.start)).then(b.prio.cmp(&a.prio)).then(a.start.cmp(&b.start)));
    // Kept spans never overlap, so the neighbours by start in a sorted map decide (no
    // quadratic scan on long texts).
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        let left = taken.range(..c.end).next_back().is_some_and(|(_, &e)| e > c.start);
        if !left {
            taken.insert(c.start, c.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.start);

    let anchor_day = anchor.and_then(parse_anchor).or_else(|| {
        kept.iter().filter_map(|c| if let Value::Day(d) = c.value { Some(d) } else { None }).max()
    });
    let mut last_day: Option<i64> = None;
    let mut prev_value: Option<Value> = None;
    let mut out: Vec<DateMention> = Vec::with_capacity(kept.len());
    for c in kept {
        let iso = match c.value.clone() {
            Value::Day(d) => {
                last_day = Some(d);
                Some(iso_day(d))
            }
            Value::Coarse(s) => Some(s),
            Value::DayMonth(m, d) => anchor_day.and_then(|a| {
                let (ay, _, _) = civil_from_days(a);
                let mut y = ay;
                if valid(y, m, d) && days_from_civil(y, m, d) > a + 60 {
                    y -= 1;
                }
                valid(y, m, d).then(|| {
                    let dd = days_from_civil(y, m, d);
                    last_day = Some(dd);
                    iso_day(dd)
                })
            }),
            Value::Weekday(wd, dir) => anchor_day.map(|a| {
                let back = (weekday_of(a) - wd).rem_euclid(7);
                let d = match dir {
                    1 => a + { let f = (wd - weekday_of(a)).rem_euclid(7); if f == 0 { 7 } else { f } },
                    -1 => a - if back == 0 { 7 } else { back },
                    _ => a - back,
                };
                last_day = Some(d);
                iso_day(d)
            }),
            Value::DayRel(n) => anchor_day.map(|a| {
                last_day = Some(a + n);
                iso_day(a + n)
            }),
            Value::MonthRel(n) => anchor_day.map(|a| {
                let (y, m, _) = civil_from_days(a);
                let t = y * 12 + (m - 1) + n;
                format!("{:04}-{:02}", t.div_euclid(12), t.rem_euclid(12) + 1)
            }),
            Value::YearRel(n) => anchor_day.map(|a| format!("{:04}", civil_from_days(a).0 + n)),
            Value::MonthOf(m, dir) => anchor_day.map(|a| {
                let (ay, am, _) = civil_from_days(a);
                let y = match dir {
                    -1 => if m < am { ay } else { ay - 1 },
                    1 => if m > am { ay } else { ay + 1 },
                    // The nearest, the past on a tie: "début juin" in March is this June, in
                    // December last June, and "mi-février" in December next February.
                    _ => ay - i64::from(m - am >= 6) + i64::from(m - am < -6),
                };
                format!("{y:04}-{m:02}")
            }),
            Value::SameDay => last_day.map(iso_day),
            Value::Unresolved => None,
        };
        // "samedi demain", "jeudi hier": the weekday names the day the deictic word resolves to,
        // which for "demain" lies after the anchor (a bare weekday would look back).
        if let (Value::DayRel(n), Some((prev, Value::Weekday(wd, _)))) = (&c.value, out.last_mut().zip(prev_value.as_ref())) {
            let day = anchor_day.map(|a| a + n);
            if text[prev.end..c.start].trim().is_empty() && day.is_some_and(|d| weekday_of(d) == *wd) {
                prev.iso = day.map(iso_day);
            }
        }
        prev_value = Some(c.value.clone());
        out.push(DateMention { start: c.start, end: c.end, iso });
    }
    out
}

/// "aujourd'hui" that means "nowadays", not the article's day: a former name's update in
/// brackets ("la Chase Manhattan Bank (aujourd'hui JPMorgan Chase)"), "aujourd'hui encore",
/// and a present-day quantity ("vend aujourd'hui 260 000 exemplaires"), unless a date follows
/// ("aujourd'hui 19 octobre").
fn means_nowadays(text: &str, start: usize, end: usize, cands: &[Cand]) -> bool {
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    let date_follows = || {
        let at = text.len() - after.len();
        cands.iter().any(|c| c.start == at)
    };
    before.ends_with('(')
        || after.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("encore"))
        || (after.starts_with(|c: char| c.is_ascii_digit()) && !date_follows())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, anchor: Option<&str>) -> Vec<(String, Option<String>)> {
        find_dates(text, "fr", anchor).into_iter().map(|d| (text[d.start..d.end].to_string(), d.iso)).collect()
    }
    fn one(text: &str, anchor: Option<&str>) -> (String, Option<String>) {
        let v = dates(text, anchor);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap_or_default()
    }
    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(weekday_of(days_from_civil(2023, 9, 19)), 2, "19 Sept 2023 was a Tuesday");
        assert!(!valid(2023, 2, 29));
    }

    #[test]
    fn full_dates() {
        assert_eq!(one("Le sommet a eu lieu mercredi 10 avril 2024 à Bruxelles.", None), ("mercredi 10 avril 2024".into(), s("2024-04-10")));
        assert_eq!(one("Photo prise le 19.9.2023.", None), ("19.9.2023".into(), s("2023-09-19")));
        assert_eq!(one("The talks opened on April 15, 2024 in Geneva.", None), ("April 15, 2024".into(), s("2024-04-15")));
        assert_eq!(one("Mis à jour 2024-04-15.", None), ("2024-04-15".into(), s("2024-04-15")));
        assert_eq!(one("Le 1er novembre 2020, Bakou a averti.", None), ("1er novembre 2020".into(), s("2020-11-01")));
        assert_eq!(one("He arrived on Monday 15 April 2024.", None).1, s("2024-04-15"));
    }

    #[test]
    fn partial_dates() {
        assert_eq!(one("des retraits de troupes depuis mai 2021.", None), ("mai 2021".into(), s("2021-05")));
        assert_eq!(one("la guerre de l'automne 2020 a duré", None), ("automne 2020".into(), s("2020")));
        assert_eq!(one("une guerre qui s'est terminée en 1994.", None), ("1994".into(), s("1994")));
    }

    #[test]
    fn months_told_relative_to_the_article_and_lists_of_days_or_months() {
        let a = Some("2017-03-05");
        let all = |t: &str| find_dates(t, "fr", a).into_iter().map(|d| (t[d.start..d.end].to_string(), d.iso)).collect::<Vec<_>>();
        assert_eq!(all("Il est venu en octobre dernier et reviendra en juin prochain."), vec![("octobre dernier".into(), s("2016-10")), ("juin prochain".into(), s("2017-06"))]);
        assert_eq!(all("Les séismes d'août et d'octobre derniers."), vec![("août".into(), s("2016-08")), ("octobre derniers".into(), s("2016-10"))]);
        assert_eq!(all("Les attentats de janvier et novembre 2015. Vers la mi-mars, puis début juin."), vec![("janvier".into(), s("2015-01")), ("novembre 2015".into(), s("2015-11")), ("mi-mars".into(), s("2017-03")), ("début juin".into(), s("2017-06"))]);
        // A day keeps its day; a list of days is one mention; "14-Juillet" is a day.
        assert_eq!(all("Le 29 août dernier, puis les 16, 17 et 18 juillet, et le 14-Juillet."), vec![("29 août".into(), s("2016-08-29")), ("16, 17 et 18 juillet".into(), s("2016-07-18")), ("14-Juillet".into(), s("2016-07-14"))]);
        // A bare month is no date here ("mars" is also a planet, "mai" a name).
        assert!(all("Une sonde vers Mars en mai.").is_empty());
    }

    #[test]
    fn relative_dates_resolve_against_the_anchor() {
        let a = Some("2023-09-20"); // a Wednesday
        assert_eq!(one("L'offensive lancée mardi a fait des morts.", a).1, s("2023-09-19"));
        assert_eq!(one("Un communiqué publié mercredi.", a).1, s("2023-09-20"));
        assert_eq!(one("Il l'a dit hier.", a).1, s("2023-09-19"));
        assert_eq!(one("Aujourd’hui, Bakou a lancé une opération.", a).1, s("2023-09-20"));
        assert_eq!(dates("Il se tient aujourd'hui 20 septembre.", a).len(), 2);
        // A weekday with "demain" under it is the day after the anchor.
        assert_eq!(dates("une manifestation samedi demain", Some("2018-12-21")), [("samedi".into(), s("2018-12-22")), ("demain".into(), s("2018-12-22"))]);
        assert_eq!(dates("un homme tué jeudi hier", Some("2018-12-21")), [("jeudi".into(), s("2018-12-20")), ("hier".into(), s("2018-12-20"))]);
        assert_eq!(one("Il est arrivé lundi dernier.", a), ("lundi dernier".into(), s("2023-09-18")));
        assert_eq!(one("The minister said on Tuesday that", a), ("Tuesday".into(), s("2023-09-19")));
        assert_eq!(one("Des affrontements ont éclaté la semaine dernière.", a), ("la semaine dernière".into(), None));
        assert_eq!(one("le 9 septembre par les séparatistes", a).1, s("2023-09-09"));
        // Month-day far in the future of the anchor: last year.
        assert_eq!(one("le 27 décembre, des tirs", a).1, s("2022-12-27"));
        assert_eq!(one("le scrutin du 9 septembre", None).1, None);
    }

    #[test]
    fn nowadays_is_no_date() {
        let a = Some("2023-09-20");
        assert!(dates("Il avait dirigé la Chase Manhattan Bank (aujourd'hui JPMorgan Chase) pendant 35 ans.", a).iter().all(|d| d.0 != "aujourd'hui"));
        assert!(dates("Ce titre vend aujourd'hui 260 000 exemplaires par jour.", a).is_empty());
        assert!(dates("Aujourd’hui encore, la ville compte des ruines.", a).is_empty());
        assert_eq!(one("Le ministre a annoncé aujourd'hui sa démission.", a).1, s("2023-09-20"));
    }

    #[test]
    fn seasons_and_year_spans() {
        assert_eq!(one("La saison 2015-2016 poursuit cette tendance.", None), ("2015-2016".into(), s("2015")));
        assert_eq!(one("à Barcelone en 2014-15 et", None), ("2014-15".into(), s("2014")));
        assert_eq!(one("créée en 2009 pour contrôler", None), ("2009".into(), s("2009")));
        assert!(dates("les scores 2015-2040 et 1990-1980", None).iter().all(|d| d.0.len() == 4));
    }

    #[test]
    fn same_day_takes_the_last_named_day() {
        let v = dates("Il a demandé le 31 octobre 2020 une aide. Moscou a répondu le même jour.", None);
        assert_eq!(v[1], ("le même jour".into(), s("2020-10-31")));
    }

    #[test]
    fn no_false_years_or_months() {
        assert!(dates("Plus de 1 200 morts et 2000 soldats, 1500 euros, n° 2023, 1918 victimes.", None).is_empty(), "{:?}", dates("Plus de 1 200 morts et 2000 soldats, 1500 euros, n° 2023, 1918 victimes.", None));
        assert!(dates("Mai Thi a parlé. Il y avait 12,2019 points.", None).is_empty());
        assert!(dates("It may rain; I may go.", None).is_empty());
    }
}

#[cfg(test)]
mod boundary_tests {
    use super::find_dates;

    /// Forms that start or end with a non-ASCII letter still match (the ASCII word boundaries
    /// that keep the regexes fast must not drop them), and no form matches inside a word.
    #[test]
    fn non_ascii_edged_forms_match_and_ascii_boundaries_hold() {
        let t = "Les combats de l’été 2020 ont repris ce jour-là, selon Bakou.";
        let d = find_dates(t, "fr", Some("2020-10-05"));
        let got: Vec<&str> = d.iter().map(|m| &t[m.start..m.end]).collect();
        assert!(got.iter().any(|s| s.starts_with("été 2020")), "{got:?}");
        assert!(got.iter().any(|s| s.contains("jour-là")), "{got:?}");
        let t = "Le maïs et les jumeaux du primaire";
        assert!(find_dates(t, "fr", Some("2020-10-05")).is_empty());
    }
}


#[cfg(test)]
mod trigger_tests {
    use super::{calendar, find_dates};

    fn found(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
        find_dates(text, "fr", Some(anchor)).into_iter().map(|m| (text[m.start..m.end].to_string(), m.iso)).collect()
    }

    /// The lines handed to the regexes: those holding a calendar word as a whole word, each
    /// once, from the line break before it.
    #[test]
    fn lines_hold_whole_calendar_words() {
        let t = "Cette semaine, le maire parle.\nLe 3 mai, il pleut; mai encore.\nJeudi soir\nRien.";
        let lines = calendar().triggers.lines(t);
        let line = |r: &(usize, usize)| t[r.0..r.1].trim_start_matches('\n').to_string();
        assert_eq!(lines.month.iter().map(line).collect::<Vec<_>>(), ["Le 3 mai, il pleut; mai encore."], "\"mai\" in \"semaine\" and \"maire\" is no month");
        assert_eq!(lines.month[0].0, t.find('\n').unwrap(), "a line starts at the break before it");
        assert_eq!(lines.weekday.iter().map(line).collect::<Vec<_>>(), ["Jeudi soir"]);
        assert_eq!(lines.relative.iter().map(line).collect::<Vec<_>>(), ["Cette semaine, le maire parle."]);
        assert!(lines.season.is_empty() && lines.clock.is_empty());
    }

    /// Every form of the calendar, in lower case, capitalised and in capitals, puts its line
    /// in its cue's list.
    #[test]
    fn every_calendar_form_triggers_its_cue() {
        let triggers = &calendar().triggers;
        for l in super::CALENDAR.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = l.split('\t').collect();
            let Some(cue) = super::Cue::of_kind(cols[0]) else { continue };
            for form in cols[2].split('|').map(str::trim) {
                let capitalised: String = form.chars().take(1).flat_map(char::to_uppercase).chain(form.chars().skip(1)).collect();
                for f in [form.to_string(), capitalised, form.to_uppercase()] {
                    let text = format!("Il dit: {f}, puis partit.");
                    assert_eq!(triggers.lines(&text).of(cue).len(), 1, "{f:?}");
                }
            }
        }
    }

    /// A word that two kinds of the calendar share puts its line in both cues' lists.
    #[test]
    fn a_word_of_two_kinds_serves_both() {
        let mut by_kind = super::HashMap::default();
        by_kind.insert("month".to_string(), vec!["mars".to_string()]);
        by_kind.insert("season".to_string(), vec!["mars".to_string()]);
        let lines = super::Triggers::new(&by_kind).lines("Rien.\nLe 3 mars.");
        assert_eq!((lines.month.len(), lines.season.len(), lines.weekday.len()), (1, 1, 0));
    }

    /// Capitals, accented capitals and curly apostrophes still reach the regexes; the
    /// relative words' regex, which reads the character before the word, still matches at
    /// a line's start; a clock in words is found, one in digits too.
    #[test]
    fn every_form_still_found() {
        let got = found("LE 3 DÉCEMBRE 2023, À MIDI\nAujourd’hui, l’armée a tiré à 21h30.", "2023-12-05");
        assert_eq!(got[0], ("3 DÉCEMBRE 2023".to_string(), Some("2023-12-03".to_string())), "{got:?}");
        assert!(got.iter().any(|(s, _)| s == "À MIDI"), "{got:?}");
        assert!(got.iter().any(|(s, iso)| s == "Aujourd’hui" && iso.as_deref() == Some("2023-12-05")), "{got:?}");
        assert!(got.iter().any(|(s, _)| s == "21h30"), "{got:?}");
    }

    /// A month and a year on two lines are two dates, not one ("30 mars" is a title's, the
    /// year the next paragraph's).
    #[test]
    fn no_date_across_lines() {
        let got = found("Grève le 30 mars\n2024 sera une année difficile.", "2024-04-02");
        assert_eq!(got, [("30 mars".to_string(), Some("2024-03-30".to_string())), ("2024".to_string(), Some("2024".to_string()))]);
    }
}
