//! Quotations and who said them.
//!
//! Spans: « … », “ … ”, "…" and „…“, with nested ‹ › and ‘ ’ left inside; the span is the
//! quoted words without the marks (and without the spaces inside them). A quote whose
//! paragraph ends before it closes continues when the next paragraph opens with «, the
//! French convention; otherwise it ends with its paragraph. Every search is bounded.
//!
//! Speaker, tried in this order:
//! 1. the attribution after the quote ("», a déclaré X", "», a fait savoir X", "», a-t-il
//!    ajouté", "», répond-il", "" X said", "», précise RTE"), opening the clause after it or a
//!    later clause of its sentence ("« … » depuis le début de la crise, a précisé X");
//! 2. "Selon X" / "according to X" (a person, an organisation, capitalised words the tagger
//!    missed, or a public body) and "Pour X, …" opening the sentence;
//! 3. the previous quote's speaker when both are in one sentence;
//! 4. the subject of a reporting verb before the quote ("X a affirmé que … « … »", "X : « … »",
//!    a paragraph ending with a colon before the quote), else of a verb of wanting or thinking
//!    ("X veut « … »"): the person right before the verb ("… que le présentateur X commente :",
//!    "X, qui précise que"), else the first person not after a preposition ("un porte-parole
//!    d'A. Barrow, Halifa Sannah, a déclaré"), else the person who had the subject's role
//!    ("le porte-parole du Kremlin"), else an organisation, else a public body named by a
//!    common noun ("la préfecture de l'Ariège a annoncé", its fuller earlier name when named
//!    by its head word alone), else a capital opening the sentence ("Moscou a accusé");
//! 5. a quote that is a sentence of its own carries on the voice of the quote just before it;
//!    a quote joined to the next by "et" or a colon, or followed in its sentence by one whose
//!    attribution comes after it with nobody named between, shares that attribution.
//!
//! A pronoun ("a-t-il dit", "selon lui") is the person who opened a sentence since the last
//! speaker's quote, else the last speaker, else the nearest person named before; a role ("a
//! assuré le président azerbaïdjanais") is the person who had that role, else the last
//! speaker or the last person named with a role, unless that person was given the same role
//! word with other words ("le candidat du PS" is not "le candidat de Debout la France"). A
//! body named by its kind ("fustige l'association", "le quotidien note que") is the last
//! speaker if that was neither a person nor a capital speaking for its government. Words of
//! four or more quoted in a sentence whose subject is a named person, with no verb of saying,
//! are that person's ("X a décidé de porter plainte pour « … »"). "Pour X, …" makes X the
//! subject a later pronoun refers to; "!" or "?" followed by a comma or a lower-case word
//! does not end the sentence ("le candidat d'En marche !, faisant allusion"). Other quotes
//! have no speaker.
//! Measured on the seeds' gold and on held-out Wikinews quotes (`tests/facts_quotes.rs`).

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use crate::resolve::{institution_name, is_role_word, person_like, Resolved};
use crate::tag::{EntityType, Mention};
use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::OnceLock;

pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// Canonical name of the speaker.
    pub speaker: Option<String>,
}

const SPEECH: &str = include_str!("../data/lexicons/facts/speech.tsv");

struct Speech {
    verbs: Vec<String>,
    /// `verbs` as a set, for the word-by-word look-ups of [`speech_word_at`].
    verb_set: HashSet<String>,
    /// The verbs of two words ("fait savoir"): the second words, by the first.
    verb_pairs: HashMap<String, Vec<String>>,
    /// `verbs` in one automaton (same order), to tell which a text holds in one pass.
    verb_automaton: AhoCorasick,
    pronouns: Vec<String>,
    according: Vec<String>,
    /// Verbs of wanting and thinking ("veut", "espère", "propose"): their subject owns the
    /// partial quote that follows ("Benoît Hamon veut « … »"), when no reporting verb is there.
    opinion: Vec<String>,
    /// `opinion` in one automaton (same order).
    opinion_automaton: AhoCorasick,
}

fn speech() -> &'static Speech {
    static S: OnceLock<Speech> = OnceLock::new();
    S.get_or_init(|| {
        let (mut verbs, mut pronouns, mut according, mut opinion) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for l in SPEECH.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = l.split('\t').collect();
            if cols.len() < 2 {
                continue;
            }
            let forms = cols[1].split('|').map(|f| f.trim().to_lowercase().replace('’', "'")).filter(|f| !f.is_empty());
            match cols[0] {
                "verb" => verbs.extend(forms),
                "pronoun" => pronouns.extend(forms),
                "according" => according.extend(forms),
                "opinion" => opinion.extend(forms),
                _ => {}
            }
        }
        let automaton = |forms: &[String]| AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(forms).expect("speech verbs automaton");
        let (verb_automaton, opinion_automaton) = (automaton(&verbs), automaton(&opinion));
        let verb_set = verbs.iter().cloned().collect();
        let mut verb_pairs: HashMap<String, Vec<String>> = HashMap::new();
        for (first, second) in verbs.iter().filter_map(|v| v.split_once(' ')) {
            verb_pairs.entry(first.to_string()).or_default().push(second.to_string());
        }
        Speech { verbs, verb_set, verb_pairs, verb_automaton, pronouns, according, opinion, opinion_automaton }
    })
}

const MAX_QUOTE: usize = 4000;

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// Quote spans (inner, without marks): (open mark start, inner start, inner end, close mark end).
fn spans(text: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else { break };
        let clen = c.len_utf8();
        let closer: Option<&[char]> = match c {
            '«' => Some(&['»']),
            '“' => Some(&['”', '“']),
            '„' => Some(&['“', '”']),
            '"' => {
                // A straight quote opens after a space, a bracket or the line start, before a
                // non-space.
                let prev = text[..i].chars().next_back();
                let next = text[i + 1..].chars().next();
                if prev.map_or(true, |p| is_space(p) || "([{:—–-".contains(p)) && next.is_some_and(|n| !is_space(n)) {
                    Some(&['"'])
                } else {
                    None
                }
            }
            _ => None,
        };
        let Some(closers) = closer else {
            i += clen;
            continue;
        };
        let inner_start = i + clen;
        let limit = {
            let mut l = (inner_start + MAX_QUOTE).min(text.len());
            while !text.is_char_boundary(l) {
                l -= 1;
            }
            l
        };
        let mut j = inner_start;
        let mut found = None;
        while j < limit {
            let Some(d) = text[j..].chars().next() else { break };
            if closers.contains(&d) {
                found = Some(j);
                break;
            }
            if d == '\n' {
                // Paragraph end: the quote goes on only if the next paragraph opens with the
                // same mark (French convention for quotes over several paragraphs).
                let rest = text[j..limit].trim_start_matches(|x: char| is_space(x));
                if rest.starts_with(c) && c == '«' {
                    j = limit - rest.len() + c.len_utf8();
                    continue;
                }
                found = None;
                break;
            }
            if d == c && c == '«' {
                // A second opening mark before any closing one: the first was never closed.
                break;
            }
            j += d.len_utf8();
        }
        let Some(close) = found else {
            i += clen;
            continue;
        };
        let _ = bytes;
        let close_end = close + text[close..].chars().next().map_or(1, char::len_utf8);
        // Trim spaces inside the marks.
        let inner = &text[inner_start..close];
        let lead = inner.len() - inner.trim_start_matches(is_space).len();
        let trail = inner.len() - inner.trim_end_matches(is_space).len();
        let (a, b) = (inner_start + lead, close - trail);
        if a < b {
            out.push((i, a, b, close_end));
        }
        i = close_end;
    }
    out
}

fn norm(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// Lowercase words of `s` (letters, digits, hyphens, apostrophes kept inside).
fn words(s: &str) -> Vec<String> {
    norm(s).split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'')).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// A verb put before its subject pronoun: "a-t-il dit", "répond-il", "estime-t-elle".
fn inverted(w: &str) -> bool {
    ["-il", "-elle", "-ils", "-elles"].iter().any(|p| w.len() > p.len() && w.ends_with(p))
}

/// Whether `ws[k]` opens a reporting verb: one word ("déclaré"), two ("fait savoir"), or a
/// verb put before its pronoun ("répond-il"). (Looked up in sets: the words after every
/// quote are tried, and a scan of the verb list per word was a sixth of the quotes' time.)
fn speech_word_at(ws: &[String], k: usize) -> bool {
    let sp = speech();
    sp.verb_set.contains(&ws[k]) || inverted(&ws[k]) || ws.get(k + 1).is_some_and(|n| sp.verb_pairs.get(&ws[k]).is_some_and(|seconds| seconds.contains(n)))
}

fn has_pronoun(s: &str) -> bool {
    let sp = speech();
    let ws = words(s);
    ws.iter().any(|w| sp.pronouns.contains(w) || inverted(w))
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn find_quotes(text: &str, lang: &str, mentions: &[Mention], resolved: &[Resolved]) -> Vec<Quote> {
    let qs = spans(text);
    // Quotes are sorted and disjoint: binary search, not a scan per mention.
    let inside_quote = |m: &Mention| {
        let k = qs.partition_point(|&(_, a, _, _)| a <= m.start);
        k > 0 && m.end <= qs[k - 1].2
    };
    // People who can speak, not counting names inside quoted words.
    let persons: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let m = mentions[i];
            !inside_quote(&m) && text.get(m.start..m.end).is_some_and(|s| person_like(s, m.ty))
        })
        .collect();
    // Organisations can speak too ("le ministère russe des Affaires étrangères a affirmé").
    let orgs: Vec<usize> = (0..mentions.len()).filter(|&i| mentions[i].ty == EntityType::Org && !inside_quote(&mentions[i])).collect();
    let canon = |i: usize| resolved.get(i).map(|r| r.canonical.clone());
    let mut out: Vec<Quote> = Vec::with_capacity(qs.len());
    let mut last_speaker: Option<(usize, String)> = None;
    // Whether the last speaker is a capital speaking for its government ("Moscou a accusé"):
    // no association nor newspaper.
    let mut last_is_capital = false;
    let mut prev_close: Option<usize> = None;
    // Whether each quote's speaker came from the attribution after it (rule 1).
    let mut attributed_after: Vec<bool> = Vec::with_capacity(qs.len());
    for &(open, a, b, close) in &qs {
        // The sentence around the quote, bounded, not crossing paragraphs.
        let lo = floor(text, open.saturating_sub(400));
        let sent_start = sentence_start(text, lo, open);
        let hi = floor(text, close + 250);
        let sent_end = sentence_end(text, close, hi);
        let in_span = |i: &usize, s: usize, e: usize| mentions[*i].start >= s && mentions[*i].end <= e;
        // Persons and organisations from `s` on (both lists follow the text order).
        let persons_from = |s: usize| &persons[persons.partition_point(|&i| mentions[i].start < s)..];
        let orgs_from = |s: usize| &orgs[orgs.partition_point(|&i| mentions[i].start < s)..];
        let after_txt = &text[close..sent_end];
        let before_txt = &text[sent_start..open];
        let sp = speech();
        let recent_speaker = || last_speaker.as_ref().filter(|(q, _)| open - q < 2500).map(|(_, s)| s.clone());
        // A role ("le président", "the minister") is a person: the last speaker only if a person.
        let is_person = |s: &String| persons.iter().any(|&i| resolved.get(i).is_some_and(|r| r.canonical == *s));
        let recent_person = || recent_speaker().filter(is_person);
        // A body named by its kind ("l'association", "le quotidien"): the last speaker if it
        // was not a person.
        let recent_body = || recent_speaker().filter(|s| !is_person(s) && !last_is_capital);
        // Who "il" / "elle" is: a person who opened a sentence since the last speaker's quote
        // ("L'entraîneur parisien, Staffan Olsson, juge que … « … » a-t-il expliqué"), else
        // the last speaker.
        let referent = |at: usize| {
            let since = last_speaker.as_ref().map_or(0, |(q, _)| *q);
            let k = persons.partition_point(|&i| mentions[i].end <= at);
            persons[..k]
                .iter()
                .rev()
                .take_while(|&&i| mentions[i].start > since)
                .find(|&&i| opens_sentence(text, &persons, mentions, i))
                .and_then(|&i| canon(i))
                .or_else(recent_speaker)
        };
        // A role nobody was given ("le monarque avait déclaré"): the last speaker if a person,
        // else the last person named with a role ("le roi du Swaziland, Mswati III"), if
        // either could hold it.
        let role_stand_in = |role: &str| {
            let k = persons.partition_point(|&i| mentions[i].end <= open);
            recent_person()
                .or_else(|| persons[..k].iter().rev().take(50).find(|&&i| resolved.get(i).is_some_and(|r| r.role.is_some())).and_then(|&i| canon(i)))
                .filter(|who| may_hold(role, who, resolved))
        };
        // A person first named after the quote, opening a later sentence of its paragraph,
        // who could hold `role`: the role announced the name ("La candidate du FN veut
        // « … ». … Le Pen aimerait également …"). Someone named before is not announced.
        let named_later = |role: &str| {
            let para_end = text[sent_end..].find('\n').map_or(text.len(), |k| sent_end + k);
            let named_before = |who: &String| persons.iter().take_while(|&&i| mentions[i].start < open).any(|&i| resolved.get(i).is_some_and(|r| r.canonical == *who));
            persons_from(sent_end)
                .iter()
                .take_while(|&&i| mentions[i].start < para_end)
                .find(|&&i| opens_sentence(text, &persons, mentions, i))
                .and_then(|&i| canon(i))
                .filter(|who| !named_before(who) && may_hold(role, who, resolved))
        };
        let nearest_before = |at: usize| {
            let k = persons.partition_point(|&i| mentions[i].end <= at);
            k.checked_sub(1).and_then(|k| canon(persons[k]))
        };
        // 1. Attribution right after the quote: "», a déclaré X", "», a-t-il dit", "" X
        // said", "» (X)" — the verb must open the clause; or opening a later clause of the
        // sentence ("« … » depuis le début de la crise, a précisé M. Di Giacomo").
        let paren = after_txt.trim_start().starts_with('(');
        let clause = |at: usize| -> Option<String> {
            let after = &text[at..sent_end];
            // The attribution clause: up to the next comma after its opening one ("», a
            // déclaré X, porte-parole…", not "…, précisant que l'entretien avec M. Blinken").
            let lead = after.len() - after.trim_start_matches(|c: char| c == ',' || is_space(c)).len();
            let att_end = if paren {
                at + after.find(')').unwrap_or(after.len())
            } else {
                at + lead + after[lead..].find([',', ';', '(']).unwrap_or(after.len() - lead)
            };
            // "le chef de police de Biloxi, John Miller": the name in apposition is the speaker.
            let att_end = match persons_from(att_end).first() {
                Some(&i) if !paren && text[att_end..mentions[i].start].trim_matches(|c: char| c == ',' || is_space(c)).is_empty() => mentions[i].end,
                _ => att_end,
            };
            let subject = |i: &&usize| in_span(i, at, att_end) && !complement(text, mentions[**i].start);
            if let Some(&i) = persons_from(at).iter().take_while(|&&i| mentions[i].start < att_end).find(subject) {
                canon(i)
            } else if let Some(&i) = (!paren).then(|| orgs_from(at).iter().take_while(|&&i| mentions[i].start < att_end).find(|i| in_span(i, at, att_end))).flatten() {
                // "« … », précise RTE.", "a déclaré un porte-parole du Kremlin"
                canon(i)
            } else if paren {
                // A headline's credit: "« … » (Aliyev)", the name untagged in a title.
                person_named(&text[at..att_end], &persons, resolved)
            } else if has_pronoun(&after.chars().take(40).collect::<String>()) {
                referent(open).or_else(|| nearest_before(open))
            } else if let Some(body) = institution(&text[at..att_end]) {
                // "a indiqué la présidence azerbaïdjanaise dans un communiqué".
                Some(body_name(text, &body, open, lang))
            } else if let Some(role) = role_phrase(after) {
                by_role(&role, mentions, resolved, open).or_else(|| role_stand_in(&role))
            } else if body_noun(&text[at..att_end]) {
                // "« … », fustige encore l'association."
                recent_body()
            } else {
                None
            }
        };
        let mut speaker = if paren || attribution_follows(after_txt) {
            clause(close)
        } else {
            let later = after_txt.match_indices(',').map(|(c, _)| close + c).find(|&c| attribution_follows(&text[c..sent_end]));
            later.and_then(|c| clause(c))
        };
        attributed_after.push(speaker.is_some());
        let mut capital = false;
        // 2. "Selon X" / "according to X" in the sentence.
        if speaker.is_none() {
            let sent_norm = norm(&text[sent_start..sent_end]);
            for acc in &sp.according {
                if let Some(k) = sent_norm.find(acc.as_str()) {
                    let rest = &sent_norm[k + acc.len()..];
                    let first: String = rest.trim_start().chars().take_while(|c| c.is_alphanumeric()).collect();
                    if ["lui", "elle", "him", "her", "eux"].contains(&first.as_str()) {
                        speaker = referent(sent_start).or_else(|| nearest_before(sent_start));
                    } else if let Some(&i) = persons_from(sent_start + k)
                        .iter()
                        .take_while(|&&i| mentions[i].start < sent_end)
                        .find(|i| in_span(i, sent_start, sent_end) && mentions[**i].start > sent_start + k) {
                        speaker = canon(i);
                    } else if let Some(&i) = orgs_from(sent_start + k).first().filter(|&&i| mentions[i].end <= sent_end && mentions[i].start <= sent_start + k + acc.len() + 30) {
                        // "selon Greenpeace", "selon le ministère de la Défense".
                        speaker = canon(i);
                    } else {
                        speaker = credited_after(&text[sent_start..sent_end], &sent_norm, k + acc.len()).map(|name| body_name(text, &name, open, lang));
                    }
                    if speaker.is_some() {
                        break;
                    }
                }
            }
        }
        // 2b. "Pour X, « … »", "Pour lui, il s'agit d'une « … »": the sentence opens with
        // whose view it gives.
        if speaker.is_none() {
            if let Some(view) = point_of_view(&text[sent_start..open]) {
                let (s, e) = (sent_start + view.start, sent_start + view.end);
                let ws = words(&text[s..e]);
                speaker = if let Some(&i) = persons_from(s).iter().take_while(|&&i| mentions[i].start < e).find(|i| in_span(i, s, e)) {
                    canon(i)
                } else if ws.len() == 1 && ["lui", "elle", "him", "her"].contains(&ws[0].as_str()) {
                    referent(sent_start).or_else(|| nearest_before(sent_start))
                } else {
                    role_phrase(&text[s..e]).and_then(|role| by_role(&role, mentions, resolved, open))
                };
            }
        }
        // 3. A quote in the same sentence as the previous one shares its speaker.
        if speaker.is_none() {
            if let (Some(pc), Some(q)) = (prev_close, out.last()) {
                if pc >= sent_start && pc <= open {
                    speaker = q.speaker.clone();
                }
            }
        }
        // 4. Attribution before the quote: "X a affirmé que … « … »", "X : « … »",
        // "il a exigé « … »", "M. Blinken aurait « souligné … »".
        if speaker.is_none() {
            if let Some(verb_at) = verb_position(before_txt) {
                let subject_end = sent_start + verb_at;
                let region = &text[sent_start..subject_end];
                // Not a possessive ("Aliyev's aide X said") nor a complement ("un
                // porte-parole d'A. Barrow, Halifa Sannah, a déclaré"): that is someone else.
                let candidates: Vec<usize> = persons_from(sent_start)
                    .iter()
                    .take_while(|&&i| mentions[i].start < subject_end)
                    .filter(|i| in_span(i, sent_start, subject_end) && !text[mentions[**i].end..].starts_with(['\'', '’']) && !complement(text, mentions[**i].start))
                    .copied()
                    .collect();
                // The name right before the verb is its subject ("… par la chaîne que le
                // présentateur Benjamin Dubois commente :", "Carles Puigdemont, qui précise
                // que"); else the first one the sentence names.
                // Not before a colon, which closes a whole sentence ("Luis Suárez a consacré un
                // post à Neymar après Lionel Messi : « … »").
                let colon = text[subject_end..open].trim_start().starts_with(':');
                let next_to_verb = candidates.iter().rev().filter(|_| !colon).find(|&&i| words(&text[mentions[i].end..subject_end]).iter().all(|w| ADVERBS.contains(&w.as_str()) || w == "qui" || w == "who"));
                let org = orgs_from(sent_start).iter().take_while(|&&i| mentions[i].start < subject_end).find(|i| in_span(i, sent_start, subject_end)).copied();
                // "Le porte-parole du Kremlin a déclaré": the person named earlier with that
                // role, when the organisation in the sentence is in the role.
                let role = || {
                    role_phrase(region).and_then(|role| role_holder(&role, mentions, resolved, open)).filter(|&i| {
                        org.map_or(true, |o| resolved[i].role.as_deref().is_some_and(|r| norm(r).contains(&norm(&text[mentions[o].start..mentions[o].end]))))
                    })
                };
                // "La candidate du Front national voudrait …": the organisation is what the
                // role is of, and the role, a person, is the subject.
                let role_of_org = org.and_then(|o| role_phrase(region).filter(|_| role_complement(&text[sent_start..mentions[o].start])));
                if pronoun_subject(region) {
                    speaker = referent(sent_start).or_else(|| nearest_before(sent_start));
                } else if let Some(&i) = next_to_verb.or(candidates.first()) {
                    speaker = canon(i);
                } else if let Some(i) = role() {
                    speaker = Some(resolved[i].canonical.clone());
                } else if let Some(role) = &role_of_org {
                    // Nobody given the role yet: a person who opens a later sentence of the
                    // paragraph and could hold it ("… Le Pen aimerait également …"), else
                    // the organisation.
                    speaker = named_later(role).or_else(|| org.and_then(canon));
                } else if let Some(i) = org {
                    // Complements too: "les fonctionnaires de LaLiga ont publié … : « … »".
                    speaker = canon(i);
                } else if let Some(i) = (0..mentions.len()).filter(|&i| mentions[i].ty == EntityType::Loc && in_span(&i, sent_start, subject_end)).find(|&i| {
                    // A capital for its government, opening the sentence right before the
                    // verb: "Moscou a ainsi accusé" (not "le candidat de Debout la France veut").
                    words(&text[sent_start..mentions[i].start]).iter().all(|w| ["mais", "et", "ainsi", "alors", "but", "and"].contains(&w.as_str()))
                        && words(&text[mentions[i].end..subject_end]).iter().all(|w| ADVERBS.contains(&w.as_str()))
                }) {
                    speaker = canon(i);
                    capital = true;
                } else if let Some(body) = institution(region) {
                    // "La préfecture de l'Ariège a annoncé que « … »".
                    speaker = Some(body_name(text, &body, open, lang));
                } else if let Some(role) = role_phrase(region) {
                    speaker = role_stand_in(&role);
                } else if body_noun(region) {
                    // "l'association fustige", "le quotidien note": a body that spoke last.
                    speaker = recent_body();
                } else if !words(region).iter().any(|w| ["le", "la", "les", "l'", "un", "une", "the", "a", "an"].contains(&w.as_str())) {
                    // No subject named ("Et d'ajouter : « … »"); a subject that is a thing or
                    // a body ("le quotidien note que") is nobody the article names.
                    speaker = recent_speaker().or_else(|| nearest_before(open));
                }
            }
        }
        // 5. A quote that is a sentence of its own, right after a quote with a speaker and
        // with nobody named between, goes on with the same voice.
        if speaker.is_none() && before_txt.trim_matches(is_space).is_empty() && after_txt.trim_matches(|c: char| is_space(c) || c == '.').is_empty() {
            if let (Some(pc), Some(q)) = (prev_close, out.last()) {
                if open - pc < 400 && persons_from(pc).first().map_or(true, |&i| mentions[i].start >= open) {
                    speaker = q.speaker.clone();
                }
            }
        }
        // 6. Words quoted in a sentence whose subject is a named person, with no verb of
        // saying ("Manuel Valls a décidé de porter plainte pour « … »"): the subject's. Not
        // a name or a label ("le mouvement « En marche ! »", "membre des « gilets jaunes
        // libres »"): a clause of four words at least.
        if speaker.is_none() && text[a..b].split_whitespace().count() >= 4 {
            let opener = persons_from(sent_start).iter().take_while(|&&i| mentions[i].start < open).find(|&&i| {
                let lead = words(&text[sent_start..mentions[i].start]);
                lead.len() <= 2 && !complement(text, mentions[i].start) && !text[mentions[i].end..].starts_with(['\'', '’'])
            });
            speaker = opener.and_then(|&i| canon(i));
        }
        if let Some(s) = &speaker {
            last_speaker = Some((open, s.clone()));
            last_is_capital = capital;
        }
        prev_close = Some(close);
        out.push(Quote { start: a, end: b, speaker });
    }
    // « A » et « B », selon X: a quote joined to the next one by "et" or a comma only is
    // said by the same speaker (the attribution after the pair belongs to both).
    // So is a quote followed in its sentence by one whose attribution comes after it, with
    // nobody named between ("« A », bien que, dans ce cas, cela ne « B », estime X").
    for k in (0..out.len().saturating_sub(1)).rev() {
        let between = &text[qs[k].3..qs[k + 1].0];
        let joined = ["", ",", ":", "et", "and", "ou", "or"].contains(&between.trim_matches(is_space));
        let same_sentence = || {
            attributed_after[k + 1] && between.len() < 200 && !between.contains(['.', '!', '?', '\n']) && !named_between(mentions, qs[k].3, qs[k + 1].0)
        };
        if out[k].speaker.is_none() && out[k + 1].speaker.is_some() && (joined || same_sentence()) {
            out[k].speaker = out[k + 1].speaker.clone();
        }
    }
    out
}

/// Whether a mention lies between byte offsets `from` and `to` (mentions are in text order).
fn named_between(mentions: &[Mention], from: usize, to: usize) -> bool {
    mentions.get(mentions.partition_point(|m| m.start < from)).is_some_and(|m| m.end <= to)
}

/// Who "selon" credits when the tagger named nobody there: the capitalised words right after
/// it ("selon Greenpeace"), or a public body ("selon la préfecture de la Manche"). `norm` is
/// `sentence` folded by [`norm`] (same characters, maybe other byte lengths); `at` is a byte
/// offset in it.
fn credited_after(sentence: &str, norm: &str, at: usize) -> Option<String> {
    let chars = norm.get(..at)?.chars().count();
    let from = sentence.char_indices().nth(chars).map_or(sentence.len(), |(i, _)| i);
    let rest = &sentence[from..];
    let clause = &rest[..rest.find([',', ';', '«', '"', '“', '(']).unwrap_or(rest.len())];
    let name: Vec<&str> = clause
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .take(4)
        .collect();
    let determiner = name.first().is_some_and(|w| ["Le", "La", "Les", "L'", "The", "Un", "Une"].contains(w));
    if !name.is_empty() && !determiner {
        return Some(name.join(" "));
    }
    institution(clause)
}

/// "Pour X, …" opening a sentence (after "Mais" or "Et" too): the span of X, up to the comma.
fn point_of_view(sentence: &str) -> Option<std::ops::Range<usize>> {
    let t = sentence.trim_start_matches(|c: char| is_space(c) || c == '-' || c == '–');
    let mut from = sentence.len() - t.len();
    for lead in ["mais ", "et ", "but ", "and "] {
        if sentence[from..].get(..lead.len()).is_some_and(|w| w.eq_ignore_ascii_case(lead)) {
            from += lead.len();
            break;
        }
    }
    let rest = &sentence[from..];
    let opener = ["pour ", "for "].iter().find(|w| rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w)))?;
    let start = from + opener.len();
    // A short subject: a name or a role, then the comma.
    let comma = sentence[start..].find(',')?;
    (comma > 0 && comma <= 80 && !sentence[start..start + comma].contains(['«', '"', '“'])).then(|| start..start + comma)
}

/// The article's person whose name or surname the words of `credit` spell, folded
/// ("(Aliyev)" in a headline, for Ilham Aliyev met in the article as "Ilham Aliev"): one
/// name of one or two words, and one person only.
fn person_named(credit: &str, persons: &[usize], resolved: &[Resolved]) -> Option<String> {
    let inner = credit.trim_start_matches(|c: char| c == '(' || is_space(c)).trim_end();
    let key = crate::resolve::fold::fold_key(inner);
    let n = key.split(' ').count();
    if key.is_empty() || n > 2 || !inner.starts_with(char::is_uppercase) {
        return None;
    }
    let mut found: Option<&str> = None;
    for r in persons.iter().filter_map(|&i| resolved.get(i)) {
        let full = crate::resolve::fold::fold_key(&r.canonical);
        let tail: Vec<&str> = full.split(' ').collect();
        if full == key || tail.len() > n && tail[tail.len() - n..].join(" ") == key {
            match found {
                Some(f) if f != r.canonical => return None,
                _ => found = Some(&r.canonical),
            }
        }
    }
    found.map(str::to_string)
}

/// Whether the clause after a closing mark is an attribution: it opens (after a comma) with a
/// reporting verb, an auxiliary and one ("a déclaré", "a-t-il ajouté"), or a short subject
/// then one ("Putin said", "he told", "the minister said", "selon lui").
fn attribution_follows(after: &str) -> bool {
    let ws = words(after);
    let sp = speech();
    let pos = (0..ws.len().min(6)).find(|&k| speech_word_at(&ws, k));
    let Some(p) = pos else { return false };
    let lead = &ws[..p];
    let aux = ["a", "ont", "avait", "avaient", "aurait", "has", "had", "have", "also", "également", "aussi", "then", "later"];
    let det = ["le", "la", "l'", "the", "un", "une", "a", "an"];
    if lead.iter().all(|w| aux.contains(&w.as_str())) {
        return true;
    }
    // "X said" / "he said" / "the minister said": a subject of at most four words, capitalised
    // in the text or a pronoun or a role.
    let raw_words: Vec<&str> = after.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')).filter(|w| !w.is_empty()).collect();
    lead.len() <= 4
        && lead.iter().enumerate().all(|(k, w)| {
            raw_words.get(k).is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
                || sp.pronouns.contains(w)
                || det.contains(&w.as_str())
                || aux.contains(&w.as_str())
                || is_role_word(w)
        })
}

fn is_abbreviation_dot(text: &str, dot: usize) -> bool {
    // "M.", "Mr.", "Dr.", "St.", an initial "J.": the word before the dot is short and
    // capitalised.
    let before = &text[..dot];
    let w: String = before.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    let n = w.chars().count();
    (1..=3).contains(&n) && w.chars().last().is_some_and(char::is_uppercase)
}

fn sentence_start(text: &str, lo: usize, at: usize) -> usize {
    let mut k = at;
    while k > lo {
        let Some(c) = text[lo..k].chars().next_back() else { break };
        let p = k - c.len_utf8();
        // A paragraph that ends with a colon introduces the quote opening the next one.
        let intro = c == '\n' && text[lo..p].trim_end().ends_with(':') && text[k..at].trim().is_empty();
        if matches!(c, '!' | '?') && !inside_sentence(&text[k..]) || (c == '\n' && !intro) || (c == '.' && !is_abbreviation_dot(text, p)) {
            return k;
        }
        k = p;
    }
    lo
}

fn sentence_end(text: &str, from: usize, hi: usize) -> usize {
    let mut k = from;
    while k < hi {
        let Some(c) = text[k..hi].chars().next() else { break };
        if matches!(c, '!' | '?') && !inside_sentence(&text[k + 1..]) || matches!(c, '\n' | '«' | '“') || (c == '.' && !is_abbreviation_dot(text, k)) {
            return k;
        }
        k += c.len_utf8();
    }
    hi
}

/// Whether the text after a "!" or "?" goes on with the same sentence: a comma or a
/// lower-case word follows ("le candidat d'En marche !, faisant allusion à …").
fn inside_sentence(after: &str) -> bool {
    after.trim_start_matches(is_space).starts_with(|c: char| c == ',' || c.is_lowercase())
}

/// Byte offset in `s` of the first reporting verb, or of an auxiliary right before the
/// quote ("M. Blinken aurait « … »"), or of a colon intro ("X : « … »").
fn verb_position(s: &str) -> Option<usize> {
    let sp = speech();
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        // Lowercasing changed byte lengths (rare letters): offsets would not map back.
        return None;
    }
    // "selon X" names who speaks after it, not before: rule 2 reads it.
    let best = present(&sp.verb_automaton, &lower)
        .into_iter()
        .filter(|&k| !sp.according.iter().any(|a| a.starts_with(sp.verbs[k].as_str())))
        .filter_map(|k| verb_at(&lower, &sp.verbs[k]))
        .min();
    if best.is_some() {
        return best;
    }
    let t = lower.trim_end();
    for aux in [" a", " aurait", " avait", " ont", " auraient", " has", " had", " :", ":"] {
        if t.ends_with(aux) {
            return Some(t.len() - aux.len());
        }
    }
    // No reporting verb: a verb of wanting or thinking ("Benoît Hamon veut « … »").
    present(&sp.opinion_automaton, &lower).into_iter().filter_map(|k| verb_at(&lower, &sp.opinion[k])).min()
}

/// The forms of `automaton` that `lower` holds somewhere, by index in list order (the forms
/// hold no apostrophe, so the curly one needs no folding): the whole-word search of
/// [`verb_at`] runs for those only, instead of one substring search a form.
fn present(automaton: &AhoCorasick, lower: &str) -> Vec<usize> {
    let mut present: Vec<usize> = automaton.find_overlapping_iter(lower).map(|m| m.pattern().as_usize()).collect();
    present.sort_unstable();
    present.dedup();
    present
}

/// Byte offset of the first occurrence of `verb` in `s` as a whole word and not a noun
/// after a determiner ("l'annonce", "la déclaration", "une dénonce").
fn verb_at(s: &str, verb: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = s[from..].find(verb) {
        let at = from + k;
        let end = at + verb.len();
        let ok_before = s[..at].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
        let ok_after = s[end..].chars().next().map_or(true, |c| !c.is_alphanumeric());
        if ok_before && ok_after && !after_determiner(&s[..at]) {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Auxiliaries and adverbs between a subject and its verb ("Moscou a ainsi accusé").
const ADVERBS: &[&str] = &["a", "ont", "avait", "aurait", "ne", "n'", "y", "ainsi", "également", "aussi", "encore", "alors", "ensuite", "déjà", "pour", "sa", "part", "quant", "à", "lui", "has", "had", "also", "then"];

/// Head words of public bodies that speak through communiqués ("la présidence", "la
/// préfecture", "le ministère").
const INSTITUTIONS: &[&str] = &["présidence", "préfecture", "ministère", "gouvernement", "mairie", "parquet", "ambassade", "état-major", "gendarmerie", "police", "armée", "presidency", "ministry", "government", "embassy", "police", "army", "prosecutor's"];

/// A public body named by a common noun as the subject ("la présidence azerbaïdjanaise",
/// "la préfecture de l'Ariège", "le ministère arménien de la Défense"): the phrase from its
/// head word, with the adjectives and "de" complements that follow it, as the speaker's name.
fn institution(s: &str) -> Option<String> {
    let raw: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',' || c == ':').filter(|w| !w.trim_end_matches(|c: char| !c.is_alphanumeric()).is_empty()).collect();
    let toks: Vec<&str> = raw.iter().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric())).collect();
    // A word closing its sentence ends the name: "… précise la préfecture. Le …".
    let closes = |k: usize| raw[k][toks[k].len()..].contains(['.', ';', '!', '?']);
    let is_det = |w: &str| ["le", "la", "les", "the"].contains(&w.to_lowercase().as_str());
    let english = |k: usize| k > 1 && toks[k - 2].eq_ignore_ascii_case("the") && toks[k - 1].chars().all(char::is_lowercase);
    let k = (0..toks.len()).find(|&k| {
        let head = unelided(toks[k]);
        // "la préfecture", "l'ambassade", "the foreign ministry" (one adjective between).
        let determined = head.len() < toks[k].len() || k > 0 && is_det(toks[k - 1]) || english(k);
        determined && INSTITUTIONS.contains(&head.to_lowercase().as_str())
    })?;
    let mut phrase: Vec<&str> = Vec::new();
    if english(k) && !is_det(toks[k - 1]) {
        phrase.push(toks[k - 1]);
    }
    phrase.push(unelided(toks[k]));
    if closes(k) {
        return Some(phrase.join(" "));
    }
    // Then its name: capitalised words, "de" links before one, or one adjective of nationality
    // right after the head ("la présidence azerbaïdjanaise").
    let is_link = |w: &str| ["de", "du", "des", "of"].contains(&w.to_lowercase().as_str()) || w.eq_ignore_ascii_case("la");
    let capitalised = |w: &str| unelided(w).starts_with(char::is_uppercase);
    // A ministry's domain may be written in lower case ("le ministère arménien de la
    // défense"): one word after the link.
    let ministry = crate::resolve::MINISTRY.contains(&unelided(toks[k]).to_lowercase().as_str());
    let domain = |j: usize| ministry && j > k + 1 && is_link(toks[j - 1]) && !is_link(toks[j]) && unelided(toks[j]).chars().all(char::is_alphabetic);
    for (j, &w) in toks.iter().enumerate().skip(k + 1) {
        let lw = w.to_lowercase();
        let national = lw.chars().all(char::is_alphabetic) && ["ais", "aise", "ien", "ienne", "ain", "aine", "ois", "oise", "ite", "ique", "ale", "al", "an", "ane"].iter().any(|e| lw.ends_with(e));
        let named_next = toks.get(j + 1).is_some_and(|&n| capitalised(n) || is_link(n) || domain(j + 1));
        if phrase.len() >= 7 || !(is_link(w) && named_next || capitalised(w) || national && j == k + 1 || domain(j)) {
            break;
        }
        phrase.push(w);
        if closes(j) || domain(j) && !capitalised(w) {
            break;
        }
    }
    while phrase.len() > 1 && phrase.last().is_some_and(|w| is_link(w)) {
        phrase.pop();
    }
    Some(phrase.join(" "))
}

/// A word without its elided article: "l'Ariège" → "Ariège".
fn unelided(w: &str) -> &str {
    ["l'", "l’", "L'", "L’"].iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w)
}

/// A public body as a quote's speaker: its fuller name ([`fuller_name`]), under the name
/// its entity gets (a ministry: [`institution_name`]).
fn body_name(text: &str, body: &str, at: usize, lang: &str) -> String {
    institution_name(&fuller_name(text, body, at), lang)
}

/// A body named by its head word alone ("précise la préfecture"): the fuller name it had
/// earlier in the article ("la préfecture de la Manche"), if any.
fn fuller_name(text: &str, body: &str, at: usize) -> String {
    if body.contains(' ') {
        return body.to_string();
    }
    let before = &text[..at];
    let lower = before.to_lowercase();
    if lower.len() != before.len() {
        return body.to_string();
    }
    lower
        .match_indices(&body.to_lowercase())
        .filter_map(|(k, _)| institution(&before[floor(before, k.saturating_sub(4))..floor(before, k + 80)]))
        .filter(|n| n.contains(' ') && n.to_lowercase().starts_with(&body.to_lowercase()))
        .last()
        .unwrap_or_else(|| body.to_string())
}

/// Whether person mention `i` is the first person named in its sentence (and not after a
/// preposition): the sentence's subject, as far as a pronoun later on is concerned.
fn opens_sentence(text: &str, persons: &[usize], mentions: &[Mention], i: usize) -> bool {
    let m = mentions[i];
    let start = sentence_start(text, floor(text, m.start.saturating_sub(300)), m.start);
    let k = persons.partition_point(|&j| mentions[j].start < m.start);
    // "Pour Philippe Poutou, candidat du NPA, l'absence … « … », déplore-t-il": whose view
    // the sentence gives is its subject too.
    let view = || point_of_view(&text[start..floor(text, m.end + 80)]).is_some_and(|r| start + r.start <= m.start && m.end <= start + r.end);
    (!complement(text, m.start) || view()) && k.checked_sub(1).map_or(true, |k| mentions[persons[k]].end <= start)
}

/// Whether the name at `start` is the complement of a preposition ("d'A. Barrow", "de
/// Biloxi", "with Putin"), so not the subject of the sentence.
fn complement(text: &str, start: usize) -> bool {
    let mut before = &text[..start];
    // An initial the name was not tagged with: "d'A. Barrow".
    let t = before.trim_end();
    if t.len() < before.len() && t.ends_with('.') && t[..t.len() - 1].chars().next_back().is_some_and(char::is_uppercase) {
        let rest = &t[..t.len() - 1];
        let initial_start = rest.len() - rest.chars().next_back().map_or(0, char::len_utf8);
        if rest[..initial_start].chars().next_back().map_or(true, |c| !c.is_alphanumeric()) {
            before = &rest[..initial_start];
        }
    }
    ends_with_word(before, 'd', &["de", "du", "des", "à", "au", "aux", "par", "avec", "pour", "contre", "sur", "chez", "entre", "après", "avant", "of", "by", "with", "to", "from", "after", "before"])
}

/// Whether `before` ends with a determiner ("l'", "la ", "une ", "the "): what follows is a noun.
fn after_determiner(before: &str) -> bool {
    ends_with_word(before, 'l', &["le", "la", "les", "un", "une", "des", "du", "sa", "son", "ses", "cette", "cet", "leur", "leurs", "the", "an", "its", "his", "her"])
}

/// Whether `before` ends with the word `elided` + an apostrophe ("d'", "l’"), or with one of
/// `words` (any case) and a space.
fn ends_with_word(before: &str, elided: char, words: &[&str]) -> bool {
    if let Some(rest) = before.strip_suffix(['\'', '’']).and_then(|r| r.strip_suffix(elided)) {
        return rest.chars().next_back().map_or(true, |c| !c.is_alphanumeric());
    }
    let t = before.trim_end();
    let last = t.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    t.len() < before.len() && words.contains(&last.to_lowercase().as_str())
}

/// Whether the words right before the verb are a subject pronoun ("il a exigé",
/// "elle a également dit", "he said").
fn pronoun_subject(region: &str) -> bool {
    let ws = words(region);
    let skip = ["a", "avait", "aurait", "ont", "ne", "n'", "également", "aussi", "encore", "alors", "ensuite", "then", "also", "has", "had", "y"];
    // "s'il estime", "qu'elle a dit": the pronoun after an elided conjunction.
    let bare = |w: &String| w.rsplit('\'').next().unwrap_or(w).to_string();
    ws.iter().rev().find(|w| !skip.contains(&w.as_str())).map(bare).is_some_and(|w| ["il", "elle", "ils", "elles", "he", "she", "they"].contains(&w.as_str()))
}

/// A role phrase used as subject ("le président azerbaïdjanais", "un porte-parole",
/// "le haut diplomate américain"): the words after a determiner, up to punctuation.
fn role_phrase(s: &str) -> Option<String> {
    let ws = words(s);
    let sp = speech();
    let det = (0..ws.len()).find(|&k| {
        ["le", "la", "un", "une", "the", "a", "an", "l'"].contains(&ws[k].as_str()) && ws.get(k + 1).is_some_and(|n| !sp.verbs.contains(n))
    })?;
    let phrase: Vec<String> = ws[det + 1..].iter().take(4).cloned().collect();
    // A person named by role ("le haut diplomate", "un porte-parole"); "la présidence" or
    // "le ministère" are institutions, not a person.
    let head = phrase.iter().find(|w| is_role_word(w))?;
    let k = phrase.iter().position(|w| w == head).unwrap_or(0);
    (k <= 2).then(|| phrase[k..].join(" "))
}

/// Whether `before` (the sentence up to an organisation's name) ends with a role word and
/// the preposition that makes the organisation its complement ("la candidate du ", "le
/// porte-parole de l'").
fn role_complement(before: &str) -> bool {
    let ws = words(before);
    let joins = ["de", "du", "des", "d'", "la", "le", "l'", "of", "the"];
    let k = ws.iter().rposition(|w| !joins.contains(&w.as_str()));
    k.is_some_and(|k| k + 1 < ws.len() && is_role_word(&ws[k]))
}

/// Kinds of bodies that speak as one ("l'association", "le quotidien", "the company").
const BODIES: &[&str] = &["association", "organisation", "organization", "ong", "quotidien", "journal", "hebdomadaire", "club", "entreprise", "société", "groupe", "syndicat", "parti", "fédération", "compagnie", "agence", "newspaper", "company", "group", "agency", "party", "union"];

/// Whether `s` names a body by its kind as the subject: a determiner, then one of `BODIES`
/// ("l'association", "le quotidien libanais").
fn body_noun(s: &str) -> bool {
    let ws = words(s);
    let det = ["le", "la", "l'", "the"];
    (0..ws.len()).any(|k| {
        let (w, after_det) = match ws[k].strip_prefix("l'") {
            Some(rest) => (rest, true),
            None => (ws[k].as_str(), k > 0 && det.contains(&ws[k - 1].as_str())),
        };
        after_det && BODIES.contains(&w)
    })
}

/// The latest person before `at` whose role shares its head word with `role`.
fn by_role(role: &str, mentions: &[Mention], resolved: &[Resolved], at: usize) -> Option<String> {
    role_holder(role, mentions, resolved, at).map(|i| resolved[i].canonical.clone())
}

/// The index of the mention [`by_role`] finds: the latest person given a role with the same
/// head word that agrees with it ([`roles_agree`]).
fn role_holder(role: &str, mentions: &[Mention], resolved: &[Resolved], at: usize) -> Option<usize> {
    let head = role.split(' ').find(|w| is_role_word(w))?.to_string();
    let said = role_qualifiers(role, &head);
    let k = mentions.partition_point(|m| m.start < at).min(resolved.len());
    // The role was given near its first mention: look back a bounded number of mentions.
    (0..k).rev().take(400).find(|&i| resolved[i].role.as_deref().is_some_and(|r| held_head(r, &head).is_some_and(|h| roles_agree(&said, r, &h))))
}

/// The word of a role a person was given (`held`) that is the same role word as `head`,
/// compared by stem: "la candidate" is a role "candidat du PS" could be. Both must be role
/// words: "le ministre" is not "porte-parole du ministère".
fn held_head(held: &str, head: &str) -> Option<String> {
    let stem_of_head = stem(head);
    role_words(held).into_iter().find(|w| stem(w) == stem_of_head && is_role_word(w))
}

/// Whether a role met in the text (its qualifiers `said`) and a role a person was given
/// (`held`, with the same head word) can be one: unless both say more than the head and
/// share none of those words (by their first five letters, so that "azerbaïdjanais" meets
/// "Azerbaïdjan"): "le candidat du PS" is not "le candidat de Debout la France", but "son
/// capitaine" may be "le capitaine montpelliérain".
fn roles_agree(said: &[String], held: &str, head: &str) -> bool {
    let own = role_qualifiers(held, head);
    said.is_empty() || own.is_empty() || own.iter().any(|w| said.contains(w))
}

/// The words of a role: [`words`] split at their apostrophes too ("l'armée" → "l", "armée").
fn role_words(r: &str) -> Vec<String> {
    words(r).iter().flat_map(|w| w.split('\'')).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

fn stem(w: &str) -> String {
    w.chars().take(5).collect()
}

/// What a role says beyond its head word, as stems: "candidat de Debout la France" →
/// "debou", "franc"; up to a preposition that starts something else ("un porte-parole lors
/// de la conférence").
fn role_qualifiers(role: &str, head: &str) -> Vec<String> {
    let stop = ["lors", "dans", "en", "à", "au", "aux", "pendant", "après", "avant", "devant", "sur", "pour", "par", "avec", "during", "after", "before", "with", "at", "in", "on", "to", "for"];
    role_words(role)
        .into_iter()
        .skip_while(|w| w != head)
        .skip(1)
        .take_while(|w| !stop.contains(&w.as_str()))
        .map(|w| w.rsplit('\'').next().unwrap_or_default().to_string())
        .filter(|w| !["", "de", "du", "des", "la", "le", "les", "of", "the", "and", "et"].contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// Whether the person named `who` could hold `role`: nowhere in the article given the same
/// role word with other words ("Benoît Hamon, candidat du PS" is not "le candidat de Debout
/// la France").
fn may_hold(role: &str, who: &str, resolved: &[Resolved]) -> bool {
    let Some(head) = role.split(' ').find(|w| is_role_word(w)) else { return false };
    let said = role_qualifiers(role, head);
    resolved.iter().filter(|r| r.canonical == who).filter_map(|r| r.role.as_deref()).all(|r| match held_head(r, head) {
        Some(h) => roles_agree(&said, r, &h),
        None => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_role_has_the_same_head_by_stem_among_role_words() {
        assert_eq!(held_head("candidat du PS", "candidate").as_deref(), Some("candidat"));
        assert_eq!(held_head("présidente de la région", "président").as_deref(), Some("présidente"));
        assert_eq!(held_head("porte-parole du ministère", "ministre"), None);
    }

    fn run(text: &str, names: &[&str]) -> Vec<(String, Option<String>)> {
        run_typed(text, &names.iter().map(|n| (*n, EntityType::Per)).collect::<Vec<_>>())
    }

    fn run_typed(text: &str, names: &[(&str, EntityType)]) -> Vec<(String, Option<String>)> {
        let ms = crate::tag::locate(text, names);
        let rs = crate::resolve::resolve_document(text, &ms, "fr");
        find_quotes(text, "fr", &ms, &rs).into_iter().map(|q| (text[q.start..q.end].to_string(), q.speaker)).collect()
    }

    #[test]
    fn quote_spans_without_marks() {
        let v = run("Il a dit « bonjour » puis “hello” et \"salut\".", &[]);
        assert_eq!(v.iter().map(|q| q.0.as_str()).collect::<Vec<_>>(), vec!["bonjour", "hello", "salut"]);
        let v = run("« Il m’a dit ‹ non › hier », a-t-il dit.", &[]);
        assert_eq!(v[0].0, "Il m’a dit ‹ non › hier");
    }

    #[test]
    fn quotes_over_paragraphs_and_unbalanced_marks() {
        let v = run("« Premier paragraphe.\n« Second paragraphe », a dit Ilham Aliev.", &["Ilham Aliev"]);
        assert_eq!(v.len(), 1);
        assert!(v[0].0.starts_with("Premier") && v[0].0.ends_with("Second paragraphe"));
        let v = run("« Jamais fermée.\nAutre paragraphe sans guillemet.", &[]);
        assert!(v.is_empty());
        let v = run("la « reprise des négociations ». de la population », a rapporté l'AFP.", &[]);
        assert_eq!(v[0].0, "reprise des négociations");
    }

    #[test]
    fn a_role_of_an_organisation_announces_a_later_name() {
        // "La candidate du Front national" is a person, not the party: the name that opens a
        // later sentence of the paragraph, first named there.
        let t = "La candidate du Front national voudrait interdire « tout aller-retour entre la finance et l'État » . Elle souhaite des règles. Marine Le Pen aimerait aussi supprimer l'indemnité.";
        let v = run_typed(t, &[("Front national", EntityType::Org), ("Marine Le Pen", EntityType::Per)]);
        assert_eq!(v[0].1.as_deref(), Some("Marine Le Pen"));
        // Someone named before the quote is not announced by the role: the organisation.
        let t = "Marine Le Pen arrive. La candidate du Front national voudrait interdire « tout aller-retour entre la finance et l'État » . Marine Le Pen aimerait aussi supprimer l'indemnité.";
        let v = run_typed(t, &[("Marine Le Pen", EntityType::Per), ("Front national", EntityType::Org)]);
        assert_eq!(v[0].1.as_deref(), Some("Front national"));
    }

    #[test]
    fn speakers_after_before_pronouns_and_roles() {
        let t = "« La Russie est neutre », a déclaré lundi le président azerbaïdjanais Ilham Aliyev. « Elle n’y parviendra pas », a-t-il dit. Selon lui, ils ont refusé « plusieurs fois ». « Ce n’est pas vrai », a assuré le président azerbaïdjanais.";
        let v = run(t, &["Ilham Aliyev"]);
        assert!(v.iter().all(|q| q.1.as_deref() == Some("Ilham Aliyev")), "{v:?}");
        let t = "M. Blinken a mentionné les « bombardements en Arménie » au cours des conversations.";
        let v = run(t, &["Blinken"]);
        assert_eq!(v[0].1.as_deref(), Some("Antony Blinken"), "the one Blinken of the lexicon");
        let t = "\"We will not stop,\" Vladimir Putin said on Tuesday.";
        let v = run(t, &["Vladimir Putin"]);
        assert_eq!(v[0].1.as_deref(), Some("Vladimir Putin"));
        let t = "La guerre cessera si « les armes sont déposées » (Aliyev)\n\nLe président Ilham Aliev l’a dit mercredi.";
        let v = run(t, &["Ilham Aliev"]);
        assert_eq!(v[0].1.as_deref(), Some("Ilham Aliyev"), "a headline's credit in brackets");
        let t = "Il faut « négocier » (Macron)\n\nIlham Aliev et Nikol Pachinian se sont parlé.";
        assert_eq!(run(t, &["Ilham Aliev", "Nikol Pachinian"])[0].1, None, "nobody of the article");
        let t = "Le texte parlait de « paix durable ».";
        assert_eq!(run(t, &[])[0].1, None);
    }

    #[test]
    fn public_bodies_named_by_a_common_noun() {
        let cases = [
            ("« Le chef de l'Etat a affirmé sa volonté », a indiqué la présidence azerbaïdjanaise dans un communiqué.", Some("présidence azerbaïdjanaise")),
            ("La préfecture de l'Ariège a annoncé que « plusieurs entreprises » ont fermé.", Some("préfecture de l'Ariège")),
            ("« C'est un court-circuit », précise encore la préfecture.", Some("préfecture")),
            ("Selon la préfecture de la Manche, l'incendie est maîtrisé. « C'est un court-circuit », précise encore la préfecture.", Some("préfecture de la Manche")),
            ("Le ministère arménien de la défense a déclaré que l'intensité avait « considérablement diminué ».", Some("ministère de la Défense de l'Arménie")),
            ("Le quotidien note que la « reconquête » est lente.", None),
            ("The foreign ministry said in a statement that the talks had \"failed completely\".", Some("foreign ministry")),
        ];
        for (t, want) in cases {
            assert_eq!(speakers(&run(t, &[])), [want], "{t}");
        }
    }

    #[test]
    fn english_attributions() {
        let t = "Prime Minister Nikol Pashinyan accused Baku of \"ethnic cleansing\". \"This is a catastrophe,\" he said.";
        let v = run_typed(t, &[("Nikol Pashinyan", EntityType::Per), ("Baku", EntityType::Loc)]);
        assert_eq!(speakers(&v), [Some("Nikol Pashinyan"), Some("Nikol Pashinyan")]);
        // A role names a person: an organisation that spoke last is not it.
        let t = "According to the Red Cross, \"the situation is dire\". The minister said the talks had \"failed\".";
        assert_eq!(speakers(&run_typed(t, &[("Red Cross", EntityType::Org)])), [Some("Comité international de la Croix-Rouge"), None]);
    }

    fn speakers(v: &[(String, Option<String>)]) -> Vec<Option<&str>> {
        v.iter().map(|q| q.1.as_deref()).collect()
    }

    // Each rule below with the kind of sentence it was written for (French news, Wikinews).

    #[test]
    fn reporting_verbs_of_two_words_and_put_before_their_pronoun() {
        let t = "« C'est une grande tristesse », a fait savoir Juliette Méadel dans un communiqué.";
        assert_eq!(speakers(&run(t, &["Juliette Méadel"])), [Some("Juliette Méadel")]);
        let t = "Pour Fillon, il ne s'agit que d'une « opération politique ». « Je ne me laisserai pas faire », répond-il à cette accusation.";
        assert_eq!(speakers(&run(t, &["Fillon"])), [Some("Fillon"), Some("Fillon")], "\"Pour X, …\" and \"répond-il\"");
    }

    #[test]
    fn attribution_closing_the_sentence_after_another_clause() {
        let t = "Il pourrait s'agir de « la pire tragédie en mer » depuis le début de la crise, a précisé Flavio Di Giacomo.";
        assert_eq!(speakers(&run(t, &["Flavio Di Giacomo"])), [Some("Flavio Di Giacomo")]);
        let t = "« Il n'y a pas eu d'impact », précise RTE. « Nous ignorons la cause » a déclaré le chef de police de Biloxi, John Miller.";
        let v = run_typed(t, &[("RTE", EntityType::Org), ("Biloxi", EntityType::Loc), ("John Miller", EntityType::Per)]);
        assert_eq!(speakers(&v), [Some("RTE"), Some("John Miller")], "an organisation; a name in apposition");
    }

    #[test]
    fn speaker_before_the_quote() {
        // A paragraph ending with a colon introduces the quote that opens the next one.
        let t = "La ministre de la justice Aimée Kanyana a commenté ainsi ce vote :\n« Le retrait est un acte souverain. »";
        assert_eq!(speakers(&run(t, &["Aimée Kanyana"])), [Some("Aimée Kanyana")]);
        // The spokesman speaks, not the man he speaks for.
        let t = "Un porte-parole d'A. Barrow, Halifa Sannah, a déclaré que les caisses étaient « intactes ».";
        assert_eq!(speakers(&run(t, &["Barrow", "Halifa Sannah"])), [Some("Halifa Sannah")]);
        // "l'annonce" is a noun: the verb is "réagi".
        let t = "Avant l'annonce de l'accord, le manager d'Arsenal, Arsène Wenger, a réagi : « Tout est possible. »";
        assert_eq!(speakers(&run(t, &["Arsène Wenger"])), [Some("Arsène Wenger")]);
        // Wanting and thinking: the subject owns the words.
        let t = "Le candidat du PS, Benoît Hamon, veut « interdire le cumul ». Nathalie Arthaud souhaite que l'indemnité « ne dépasse pas le salaire moyen ».";
        assert_eq!(speakers(&run(t, &["Benoît Hamon", "Nathalie Arthaud"])), [Some("Benoît Hamon"), Some("Nathalie Arthaud")]);
        // A capital speaking for its government opens the sentence.
        let t = "Moscou a ainsi accusé Washington de vouloir « défendre l'État islamique ». Le candidat de Debout la France veut « prohiber les lobbys ».";
        let v = run_typed(t, &[("Moscou", EntityType::Loc), ("Washington", EntityType::Loc), ("France", EntityType::Loc)]);
        assert_eq!(speakers(&v), [Some("Moscou"), None]);
        let t = "Ainsi, selon Greenpeace, « la sûreté nucléaire est préoccupante ».";
        assert_eq!(speakers(&run_typed(t, &[("Greenpeace", EntityType::Org)])), [Some("Greenpeace")]);
    }

    #[test]
    fn bodies_named_by_their_kind() {
        // "selon" and a name the tagger missed; then the body by its kind.
        let t = "Ainsi, selon Greenpeace, « la sûreté est préoccupante ». « Tout cela s'inscrit dans un contexte grave », fustige encore l'association.";
        assert_eq!(speakers(&run(t, &[])), [Some("Greenpeace"), Some("Greenpeace")]);
        // The last speaker was a person or a capital: not the body.
        let t = "« Nous frapperons », a dit Pierre Durand. « C'est faux », note le quotidien.";
        assert_eq!(speakers(&run(t, &["Pierre Durand"])), [Some("Pierre Durand"), None]);
        let t = "Moscou a ainsi accusé Washington de vouloir « défendre l'État islamique ». « C'est faux », note le quotidien.";
        let v = run_typed(t, &[("Moscou", EntityType::Loc), ("Washington", EntityType::Loc)]);
        assert_eq!(speakers(&v), [Some("Moscou"), None]);
        // A body the tagger took for a place is still the body that spoke.
        let t = "Selon Greenpeace, « la sûreté est préoccupante ». « Tout cela est grave », fustige l'association.";
        assert_eq!(speakers(&run_typed(t, &[("Greenpeace", EntityType::Loc)])), [Some("Greenpeace"), Some("Greenpeace")]);
        // A name closing its sentence: "la préfecture. Le …" is not "préfecture Le".
        let t = "Il a alerté la préfecture. Le feu a pris. « C'est un court-circuit », précise encore la préfecture.";
        assert_eq!(speakers(&run(t, &[])), [Some("préfecture")]);
    }

    #[test]
    fn subject_next_to_its_verb() {
        let t = "Amélie Rosique montre un gilet, ce qui coupe le direct de la chaîne que le présentateur Benjamin Dubois commente : « on ne va pas cautionner cela ».";
        assert_eq!(speakers(&run(t, &["Amélie Rosique", "Benjamin Dubois"])), [Some("Benjamin Dubois")]);
        let t = "Des députés signent la déclaration, dont Marta Rovira et Carles Puigdemont, qui précise toutefois qu'elle est « suspendue ».";
        assert_eq!(speakers(&run(t, &["Marta Rovira", "Carles Puigdemont"])), [Some("Carles Puigdemont")]);
        // Before a colon the whole sentence is the intro: its first name speaks.
        let t = "L'attaquant Luis Suárez a consacré un post à Neymar après Lionel Messi : « Mon ami, bonne chance ».";
        assert_eq!(speakers(&run(t, &["Luis Suárez", "Neymar", "Lionel Messi"])), [Some("Luis Suárez")]);
    }

    #[test]
    fn roles_with_their_complement_and_views_as_subjects() {
        // "le candidat de Debout la France" is not "le candidat du PS".
        let t = "Benoît Hamon, candidat du PS, veut « interdire le cumul ». Le candidat de Debout la France veut « prohiber les lobbys ».";
        assert_eq!(speakers(&run(t, &["Benoît Hamon"])), [Some("Benoît Hamon"), None]);
        // A role given without more words agrees with a fuller one.
        let t = "Son capitaine, Mickaël Guigou, a marqué quatre buts. En conférence de presse, le capitaine montpelliérain se dit fier de son équipe : « Nous sommes allés chercher cette victoire ».";
        assert_eq!(speakers(&run(t, &["Mickaël Guigou"])), [Some("Mickaël Guigou")]);
        // A role nobody was given stands for the last person named with a role.
        let t = "Le roi du Swaziland, Mswati III, a renommé le pays. Dans un discours, le monarque avait déclaré que ce nom était « hérité des Britanniques ».";
        assert_eq!(speakers(&run(t, &["Mswati III"])), [Some("Mswati III")]);
        // "Pour X, …" opens the sentence for a pronoun later on; "S'il estime".
        let t = "« Rien », a dit Jean Martin. Pour Philippe Poutou, candidat du NPA, l'absence de représentativité est le problème. « Les parlementaires sont des cadres », déplore-t-il. S'il estime qu'« une interdiction serait vaine », il propose autre chose.";
        assert_eq!(speakers(&run(t, &["Jean Martin", "Philippe Poutou"])), [Some("Jean Martin"), Some("Philippe Poutou"), Some("Philippe Poutou")]);
        // "En marche !," does not end the sentence.
        let t = "Pour Emmanuel Macron, le candidat d'En marche !, faisant allusion à l'affaire, « l'activité doit être vérifiable ».";
        assert_eq!(speakers(&run(t, &["Emmanuel Macron"])), [Some("Emmanuel Macron")]);
    }

    #[test]
    fn a_quote_shares_the_attribution_closing_its_sentence() {
        let t = "« Tout incident est très sérieux », bien que, dans le cas présent, cela ne « devrait pas fuir », estime pour sa part Neil Hyatt.";
        assert_eq!(speakers(&run(t, &["Neil Hyatt"])), [Some("Neil Hyatt"), Some("Neil Hyatt")]);
        let t = "« Tout incident est très sérieux », dit-on à Paris, où l'on « craint le pire », estime pour sa part Neil Hyatt.";
        let v = run_typed(t, &[("Paris", EntityType::Loc), ("Neil Hyatt", EntityType::Per)]);
        assert_eq!(speakers(&v), [None, Some("Neil Hyatt")], "a name between");
    }

    #[test]
    fn words_quoted_in_a_sentence_with_a_named_subject() {
        let t = "Manuel Valls a décidé de porter plainte pour « ne pas laisser passer cet acte ».";
        assert_eq!(speakers(&run(t, &["Manuel Valls"])), [Some("Manuel Valls")]);
        // A name or a label in quotes is nobody's words.
        let t = "Emmanuel Macron a créé le mouvement « En marche ! » l'an dernier.";
        assert_eq!(speakers(&run(t, &["Emmanuel Macron"])), [None]);
    }

    #[test]
    fn quotes_joined_by_a_colon_share_a_speaker() {
        let t = "L'incendie a été « circonscrit » : « le dégagement de fumée est maîtrisé », selon le directeur de la centrale, Stéphane Brasseur.";
        assert_eq!(speakers(&run(t, &["Stéphane Brasseur"])), [Some("Stéphane Brasseur"), Some("Stéphane Brasseur")]);
    }

    #[test]
    fn pronouns_and_quotes_that_carry_on() {
        // "il" is the person who opened a sentence since the last speaker's quote.
        let t = "« Nous avons gagné », a dit Mickaël Guigou. L'entraîneur parisien, Staffan Olsson, juge que le résultat doit servir de réveil. « La différence était dans l'attitude » a-t-il expliqué.";
        assert_eq!(speakers(&run(t, &["Mickaël Guigou", "Staffan Olsson"])), [Some("Mickaël Guigou"), Some("Staffan Olsson")]);
        // A pair of quotes with one attribution after them.
        let t = "« Il était exigeant » et « vivait chaque jour au maximum », selon Fraser Seitel.";
        assert_eq!(speakers(&run(t, &["Fraser Seitel"])), [Some("Fraser Seitel"), Some("Fraser Seitel")]);
        // A quote that is a sentence of its own goes on with the voice before it.
        let t = "Jacqueline Moreau affirme que les « Français sont pris en otage ». « Il faut penser aux commerçants. »";
        assert_eq!(speakers(&run(t, &["Jacqueline Moreau"])), [Some("Jacqueline Moreau"), Some("Jacqueline Moreau")]);
        // A subject that is a thing is nobody named: not the last speaker either.
        let t = "« Nous frapperons », a dit Pierre Durand. Mais surtout, le quotidien note que la « reconquête signifiera la fin ».";
        assert_eq!(speakers(&run(t, &["Pierre Durand"])), [Some("Pierre Durand"), None]);
    }
}
