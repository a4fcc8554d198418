//! Quotations and who said them.
//!
//! Spans: « … », “ … ”, "…" and „…“, with nested ‹ › and ‘ ’ left inside; the span is the
//! quoted words without the marks (and without the spaces inside them). A quote whose
//! paragraph ends before it closes continues when the next paragraph opens with «, the
//! French convention; otherwise it ends with its paragraph. Every search is bounded.
//!
//! Speaker: the attribution after the quote ("», a déclaré X", "», a-t-il ajouté", "" X
//! said"), else before it in its sentence ("X a affirmé que … « … »", "Selon X, « … »",
//! "X : « … »"). A pronoun ("a-t-il dit", "selon lui") is the last speaker, else the nearest
//! person named before; a role ("a assuré le président azerbaïdjanais") is the person who had
//! that role. Unattributed quotes have no speaker.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use crate::resolve::{is_role_word, person_like, Resolved};
use crate::tag::{EntityType, Mention};
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
    /// `verbs` in one automaton (same order), to tell which a text holds in one pass.
    verb_automaton: AhoCorasick,
    pronouns: Vec<String>,
    according: Vec<String>,
}

fn speech() -> &'static Speech {
    static S: OnceLock<Speech> = OnceLock::new();
    S.get_or_init(|| {
        let (mut verbs, mut pronouns, mut according) = (Vec::new(), Vec::new(), Vec::new());
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
                _ => {}
            }
        }
        let verb_automaton = AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(&verbs).expect("speech verbs automaton");
        Speech { verbs, verb_automaton, pronouns, according }
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

fn has_pronoun(s: &str) -> bool {
    let sp = speech();
    let ws = words(s);
    ws.iter().any(|w| sp.pronouns.contains(w) || w.ends_with("-t-il") || w.ends_with("-t-elle") || w.ends_with("-ils") || w.ends_with("-elles"))
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn find_quotes(text: &str, _lang: &str, mentions: &[Mention], resolved: &[Resolved]) -> Vec<Quote> {
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
    let mut prev_close: Option<usize> = None;
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
        let nearest_before = |at: usize| {
            let k = persons.partition_point(|&i| mentions[i].end <= at);
            k.checked_sub(1).and_then(|k| canon(persons[k]))
        };
        let mut speaker: Option<String> = None;
        // 1. Attribution right after the quote: "», a déclaré X", "», a-t-il dit", "" X
        // said", "» (X)" — the verb must open the clause.
        let paren = after_txt.trim_start().starts_with('(');
        if paren || attribution_follows(after_txt) {
            // The attribution clause: up to the next comma after its opening one ("», a
            // déclaré X, porte-parole…", not "…, précisant que l'entretien avec M. Blinken").
            let lead = after_txt.len() - after_txt.trim_start_matches(|c: char| c == ',' || is_space(c)).len();
            let att_end = if paren {
                close + after_txt.find(')').unwrap_or(after_txt.len())
            } else {
                close + lead + after_txt[lead..].find([',', ';', '(']).unwrap_or(after_txt.len() - lead)
            };
            if let Some(&i) = persons_from(close).iter().take_while(|&&i| mentions[i].start < att_end).find(|i| in_span(i, close, att_end)) {
                speaker = canon(i);
            } else if paren {
                // A headline's credit: "« … » (Aliyev)", the name untagged in a title.
                speaker = person_named(&text[close..att_end], &persons, resolved);
            } else if has_pronoun(&after_txt.chars().take(40).collect::<String>()) {
                speaker = recent_speaker().or_else(|| nearest_before(open));
            } else if let Some(role) = role_phrase(after_txt) {
                speaker = by_role(&role, mentions, resolved, open).or_else(|| recent_speaker());
            }
        }
        // 2. "Selon X" / "according to X" in the sentence.
        if speaker.is_none() {
            let sent_norm = norm(&text[sent_start..sent_end]);
            for acc in &sp.according {
                if let Some(k) = sent_norm.find(acc.as_str()) {
                    let rest = &sent_norm[k + acc.len()..];
                    let first: String = rest.trim_start().chars().take_while(|c| c.is_alphanumeric()).collect();
                    if ["lui", "elle", "him", "her", "eux"].contains(&first.as_str()) {
                        speaker = recent_speaker().or_else(|| nearest_before(sent_start));
                    } else if let Some(&i) = persons_from(sent_start + k)
                        .iter()
                        .take_while(|&&i| mentions[i].start < sent_end)
                        .find(|i| in_span(i, sent_start, sent_end) && mentions[**i].start > sent_start + k) {
                        speaker = canon(i);
                    }
                    if speaker.is_some() {
                        break;
                    }
                }
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
                if pronoun_subject(region) {
                    speaker = recent_speaker().or_else(|| nearest_before(sent_start));
                } else if let Some(&i) = persons_from(sent_start).iter().take_while(|&&i| mentions[i].start < subject_end).find(|i| {
                    // Not a possessive ("Aliyev's aide X said"): that is someone else's.
                    in_span(i, sent_start, subject_end) && !text[mentions[**i].end..].starts_with(['\'', '’'])
                }) {
                    speaker = canon(i);
                } else if let Some(&i) = orgs_from(sent_start).iter().take_while(|&&i| mentions[i].start < subject_end).find(|i| in_span(i, sent_start, subject_end)) {
                    speaker = canon(i);
                } else if let Some(role) = role_phrase(region) {
                    speaker = by_role(&role, mentions, resolved, open).or_else(|| recent_speaker());
                } else {
                    speaker = recent_speaker().or_else(|| nearest_before(open));
                }
            }
        }
        if let Some(s) = &speaker {
            last_speaker = Some((open, s.clone()));
        }
        prev_close = Some(close);
        out.push(Quote { start: a, end: b, speaker });
    }
    out
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
    let pos = ws.iter().take(6).position(|w| sp.verbs.contains(w) || w.contains("-t-il") || w.contains("-t-elle") || w.ends_with("-ils"));
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
        if matches!(c, '!' | '?' | '\n') || (c == '.' && !is_abbreviation_dot(text, p)) {
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
        if matches!(c, '!' | '?' | '\n' | '«' | '“') || (c == '.' && !is_abbreviation_dot(text, k)) {
            return k;
        }
        k += c.len_utf8();
    }
    hi
}

/// Byte offset in `s` of the first reporting verb, or of an auxiliary right before the
/// quote ("M. Blinken aurait « … »"), or of a colon intro ("X : « … »").
fn verb_position(s: &str) -> Option<usize> {
    let sp = speech();
    let lower = norm(s);
    if lower.len() != s.len() {
        // Apostrophes changed length: search the original with both forms.
        return verb_position_slow(s);
    }
    // The verbs present, in list order: the search below runs for those only.
    let mut present: Vec<usize> = sp.verb_automaton.find_overlapping_iter(&lower).map(|m| m.pattern().as_usize()).collect();
    present.sort_unstable();
    present.dedup();
    let mut best: Option<usize> = None;
    for v in present.into_iter().map(|k| &sp.verbs[k]) {
        let mut from = 0;
        while let Some(k) = lower[from..].find(v.as_str()) {
            let at = from + k;
            let end = at + v.len();
            let ok_before = lower[..at].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
            let ok_after = lower[end..].chars().next().map_or(true, |c| !c.is_alphanumeric());
            if ok_before && ok_after {
                best = Some(best.map_or(at, |b| b.min(at)));
                break;
            }
            from = end;
        }
    }
    if best.is_some() {
        return best;
    }
    let t = lower.trim_end();
    for aux in [" a", " aurait", " avait", " ont", " auraient", " has", " had", " :", ":"] {
        if t.ends_with(aux) {
            return Some(t.len() - aux.len());
        }
    }
    None
}

fn verb_position_slow(s: &str) -> Option<usize> {
    let sp = speech();
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return None;
    }
    sp.verbs.iter().filter_map(|v| lower.find(&v.replace('\'', "’")).or_else(|| lower.find(v.as_str()))).min()
}

/// Whether the words right before the verb are a subject pronoun ("il a exigé",
/// "elle a également dit", "he said").
fn pronoun_subject(region: &str) -> bool {
    let ws = words(region);
    let skip = ["a", "avait", "aurait", "ont", "ne", "n'", "également", "aussi", "encore", "alors", "ensuite", "then", "also", "has", "had", "y"];
    ws.iter().rev().find(|w| !skip.contains(&w.as_str())).is_some_and(|w| ["il", "elle", "ils", "elles", "he", "she", "they"].contains(&w.as_str()))
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

/// The latest person before `at` whose role shares its head word with `role`.
fn by_role(role: &str, mentions: &[Mention], resolved: &[Resolved], at: usize) -> Option<String> {
    let head = role.split(' ').find(|w| is_role_word(w))?.to_string();
    let k = mentions.partition_point(|m| m.start < at).min(resolved.len());
    // The role was given near its first mention: look back a bounded number of mentions.
    (0..k)
        .rev()
        .take(400)
        .find(|&i| resolved[i].role.as_deref().is_some_and(|r| norm(r).split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w == head)))
        .map(|i| resolved[i].canonical.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, names: &[&str]) -> Vec<(String, Option<String>)> {
        let mut ms = Vec::new();
        let mut pos = 0;
        for n in names {
            let i = pos + text[pos..].find(n).expect("name in text");
            ms.push(Mention { start: i, end: i + n.len(), ty: EntityType::Per });
            pos = i + n.len();
        }
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
}
