//! The annotation conventions of `gold/FORMAT.md`, enforced on the tagger's spans:
//! a span is the proper name only — no leading title (`M.`, `Mme`, `Dr`) and no elided article
//! (`l’`, `d’`), no leading determiner or preposition (`la`, `de`, `the`), no trailing adverb
//! or conjunction (`Parlement cependant`) — and a proper name has at least one capital letter or digit (lower-case
//! demonyms and common nouns such as `azerbaïdjanais` are not entities). A place the tagger
//! ran on into the person after it ("la Catalogne Carles Puigdemont"), and two people run
//! together over "de" ("Lionel Messi de Neymar"), are split in two; so is a minister's portfolio
//! run on into the minister's name ("le ministre turc des Affaires étrangères Mevlut Cavusoglu").
//! A storm's name ("la tempête Thomas") and a name ending with Cup or Awards are events (MISC);
//! a club "… FC" and a party in brackets after a person's full name are organisations; a
//! one-word name before its region in brackets is a place; ranks ("63 e"), initials ("A."),
//! Roman numerals and time zones ("12 h 43 HAA") are no names. In English, a name does not end
//! with the possessive "'s", a contraction ("I'm", "It's") is none, and a demonym or a people
//! ("Philippine", "North American") is another name (MISC). Each of these was checked against
//! WiNER-fr train's annotations, the English ones against wikigold's and UNER-EWT's (the
//! counts are with each function).

use super::features::{Case, TokenInfo};
use super::lexicon::{Resources, PERSON_TITLE};
use crate::search::fold_char;
use super::EntityType;
use crate::tokenize::Token;

/// Titles that may precede a name (compared ASCII-case-insensitively).
const TITLES: &[&str] = &["m.", "mm.", "mme", "mme.", "mmes", "mlle", "dr", "dr.", "pr", "pr.", "me", "mgr", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "monsieur", "madame", "mademoiselle", "prof", "prof.", "adv", "adv.", "rev", "rev.", "hon", "hon.", "gen.", "lt", "lt.", "col.", "capt.", "sgt.", "maj.", "cmdr.", "sen.", "rep.", "gov."];

fn is_title(s: &str) -> bool {
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(s))
}

/// `l’`, `d’`, `qu’`, `jusqu’`: a token made of a short word and a final apostrophe.
fn is_elided(s: &str) -> bool {
    (s.ends_with('’') || s.ends_with('\'')) && s.chars().count() <= 7 && s.chars().count() >= 2
}

pub fn apply(text: &str, tokens: &[Token], infos: &[TokenInfo], res: &Resources, spans: &mut Vec<(usize, usize, EntityType)>) {
    spans.retain_mut(|sp| {
        while sp.1 - sp.0 > 1 {
            let s = tokens[sp.0].as_str(text);
            // a name starts with a capital: drop titles, elided articles, determiners and
            // common nouns the tagger let in front (`la Méditerranée`, `de Niantic`); lower-case heads
            // stay (`ministère de la Défense` is an ORG)
            // a person's title or role in front of the name (`Captain Newell Beaty`,
            // `President Ilham Aliyev`, `Sen. Warren`), when a capitalised word follows
            // (or a demonym before such a title: `Ukrainian Ambassador Andrii Melnyk`)
            let titled = |k: usize| infos[k].lex & PERSON_TITLE != 0 && k + 1 < sp.1 && matches!(infos[k + 1].case, c if c == Case::Title as u8 || c == Case::Upper as u8);
            let role = sp.2 == EntityType::Per && (titled(sp.0) || res.demonyms.contains(s) && titled(sp.0 + 1));
            if role || is_title(s) || is_elided(s) || is_function_word(s) || infos[sp.0].case == Case::Punct as u8 {
                sp.0 += 1;
            } else {
                break;
            }
        }
        // nor ends with an adverb or a conjunction the tagger ran on into (`Parlement
        // cependant`, `Parlement la Loi`), or with an emoji or another symbol
        // (`Charles Michel 🤝`: the tagger knows nothing of them, and the name runs on)
        while sp.1 - sp.0 > 1 && {
            let last = tokens[sp.1 - 1].as_str(text);
            is_trailing_word(last) || is_function_word(last) || is_symbol(last) || is_possessive(last)
        } {
            sp.1 -= 1;
        }
        let s = tokens[sp.0].as_str(text);
        let whole = &text[tokens[sp.0].start..tokens[sp.1 - 1].end];
        let contraction = is_contraction(whole) || sp.1 - sp.0 == 1 && is_english_pronoun_or_verb(whole) && tokens.get(sp.1).is_some_and(|t| is_possessive(t.as_str(text)));
        if is_elided(s) || is_title(s) || contraction || is_ordinal(whole) || is_letter_or_numeral(whole) || is_time_zone(text, tokens, sp.0, sp.1) {
            return false;
        }
        infos[sp.0..sp.1].iter().any(|t| t.case != Case::Lower as u8 && t.case != Case::Punct as u8)
    });
    split_place_then_person(infos, spans);
    split_portfolio_then_minister(text, tokens, infos, spans);
    split_person_of_person(text, tokens, infos, spans);
    name_spelled_out_before_acronym(text, tokens, infos, spans);
    events_by_their_words(text, tokens, spans);
    organisations_by_their_place(text, tokens, infos, spans);
    places_by_their_region(text, tokens, infos, spans);
    demonyms_are_other_names(text, tokens, res, spans);
}

/// A demonym, a people or a religion alone ("Philippine", "Mexicans", "North American",
/// "Sunni") is no person, place or organisation but another name (MISC), which the tagger
/// types otherwise when it has not met the word ("a Philippine patrol boat" taken for a
/// person): in wikigold, the 189 such spans are all MISC or none, and in UNER-EWT (no MISC)
/// 96 of 98 are none.
fn demonyms_are_other_names(text: &str, tokens: &[Token], res: &Resources, spans: &mut [(usize, usize, EntityType)]) {
    if res.demonyms.is_empty() {
        return;
    }
    for sp in spans.iter_mut().filter(|sp| sp.2 != EntityType::Misc && sp.1 - sp.0 <= 3) {
        // the list's words are one space apart, as a name's in running text nearly always are
        if res.demonyms.contains(&text[tokens[sp.0].start..tokens[sp.1 - 1].end]) {
            sp.2 = EntityType::Misc;
        }
    }
}

/// A one-word name followed by its region in brackets is a place: "Albert (Somme)",
/// "Lamballe (Côtes-d'Armor, Bretagne)" (in WiNER-fr train, 158 of the 163 names so followed
/// are places; the others organisations of several words, "tribunal de Poitiers (Vienne)", and
/// people, as "le député Éric Ciotti (Alpes-Maritimes)" may be, whose full names stay people).
fn places_by_their_region(text: &str, tokens: &[Token], infos: &[TokenInfo], spans: &mut [(usize, usize, EntityType)]) {
    use super::lexicon::REGION;
    let word = |i: usize| tokens[i].as_str(text);
    for sp in spans.iter_mut() {
        let (s, e) = (sp.0, sp.1);
        if sp.2 == EntityType::Loc || e - s != 1 || e + 2 >= tokens.len() || word(e) != "(" {
            continue;
        }
        // The region: the tokens up to the closing bracket or a comma, all a region's.
        let end = (e + 1..tokens.len().min(e + 8)).find(|&i| matches!(word(i), ")" | ","));
        let region = end.is_some_and(|end| end > e + 1 && infos[e + 1..end].iter().all(|t| (t.lex | t.lex_seq) & REGION != 0));
        if region {
            sp.2 = EntityType::Loc;
        }
    }
}

/// Organisations told by where they stand: a club named with its "FC" ("Juventus FC", taken
/// for a person), and a name in brackets right after a person's full name ("Robert Fico
/// (Smer-DS)", "Laurent Wauquiez (LR)"), which is the person's party unless it is a known
/// place ("Francoise Hampson (Royaume-Uni)"): in WiNER-fr train, 37 of the 43 names there. (A
/// single name may be a town the tagger took for a person: "Albert (Somme)".)
fn organisations_by_their_place(text: &str, tokens: &[Token], infos: &[TokenInfo], spans: &mut [(usize, usize, EntityType)]) {
    use super::lexicon::{CITY, COUNTRY, REGION};
    let word = |i: usize| tokens[i].as_str(text);
    for k in 0..spans.len() {
        let (s, e, ty) = spans[k];
        if ty == EntityType::Org {
            continue;
        }
        let club = e - s >= 2 && matches!(word(e - 1), "FC" | "AFC" | "CF");
        let party = ty == EntityType::Loc
            && k > 0
            && spans[k - 1].2 == EntityType::Per
            && spans[k - 1].1 - spans[k - 1].0 >= 2
            && spans[k - 1].1 + 1 == s
            && word(s - 1) == "("
            && e < tokens.len()
            && word(e) == ")"
            && infos[s..e].iter().all(|t| t.lex & (CITY | COUNTRY | REGION) == 0);
        if club || party {
            spans[k].2 = EntityType::Org;
        }
    }
}

/// Words after which a name is a storm's ("la tempête Leiv", "l'ouragan Matthew"): an event,
/// whatever person's name it borrows.
fn is_storm_word(w: &str) -> bool {
    // (No word longer than "hurricanes" lowercases to one: their letters lowercase from
    // letters of the same length.)
    w.len() <= "hurricanes".len()
        && matches!(
            w.to_lowercase().as_str(),
            "tempête" | "tempêtes" | "ouragan" | "ouragans" | "cyclone" | "cyclones" | "typhon" | "typhons" | "storm" | "storms" | "hurricane" | "hurricanes" | "typhoon" | "typhoons"
        )
}

/// Last words of an event's name ("Amber Cup", "British Academy Television Awards").
fn is_event_last_word(w: &str) -> bool {
    matches!(w, "Cup" | "Awards" | "Trophy" | "Championships")
}

/// Names that are events by their words (`gold/FORMAT.md`: events are MISC): a storm's name,
/// after its word or in a list of them ("les tempêtes Kurt, Leiv et Marcel"; in WiNER-fr train
/// all 12 names after a storm word are events), and names ending with Cup, Awards, Trophy or
/// Championships (the 4 "… Cup" of train are events). The tagger takes a storm named Thomas
/// for a person, and an award named after an academy for the academy.
fn events_by_their_words(text: &str, tokens: &[Token], spans: &mut [(usize, usize, EntityType)]) {
    let word = |i: usize| tokens[i].as_str(text);
    let mut storm_list_end: Option<usize> = None;
    for sp in spans.iter_mut() {
        let (s, e) = (sp.0, sp.1);
        let after_storm_word = s >= 1 && is_storm_word(word(s - 1))
            || s >= 2 && matches!(word(s - 1), "tropicale" | "tropical") && is_storm_word(word(s - 2));
        // The next name of a list the storm word opened: only commas and a conjunction between.
        let listed = storm_list_end.is_some_and(|end| end < s && (end..s).all(|i| matches!(word(i), "," | "et" | "and" | "ou" | "or")));
        let storm = after_storm_word || listed || e - s >= 2 && is_storm_word(word(s)) && word(s).starts_with(char::is_uppercase);
        if storm || is_event_last_word(word(e - 1)) {
            sp.2 = EntityType::Misc;
        }
        storm_list_end = if storm { Some(e) } else { None };
    }
}

/// Words that an acronym's letters skip ("Organisation pour la sécurité et la coopération en
/// Europe (OSCE)").
fn acronym_skips(w: &str) -> bool {
    is_function_word(w) || is_elided(w) || matches!(w, "et" | "pour" | "sur" | "and" | "for" | "on")
}

/// The name an acronym in brackets spells out, right before it: "l'Organisation du traité de
/// sécurité collective (OTSC)", "Association nationale pour l'étude de la neige et des
/// avalanches (ANENA)". Walked back from the bracket, each letter of the acronym is the first
/// letter of a word (articles and prepositions skipped); when all match and the first word is
/// capitalised and the tagger took some of them (or the acronym) for a name, the words are
/// one name, of the acronym's type if the tagger gave it one,
/// else an organisation: the spans the tagger cut inside it give way, and the acronym gets
/// the same type.
fn name_spelled_out_before_acronym(text: &str, tokens: &[Token], infos: &[TokenInfo], spans: &mut Vec<(usize, usize, EntityType)>) {
    // (Letters compared folded: lower case, no accent; "É" of "Étude" for the E of ANENA.)
    let initial = |w: &str| w.chars().next().map(fold_char);
    let mut found: Vec<(usize, usize, usize, EntityType)> = Vec::new();
    for p in 1..tokens.len().saturating_sub(2) {
        let acro = tokens[p + 1].as_str(text);
        let n = acro.chars().count();
        if tokens[p].as_str(text) != "(" || tokens[p + 2].as_str(text) != ")" || !(2..=8).contains(&n) || infos[p + 1].case != Case::Upper as u8 || !acro.chars().all(char::is_alphabetic) {
            continue;
        }
        let letters: Vec<char> = acro.chars().map(fold_char).collect();
        let mut want = letters.len();
        let mut i = p;
        while want > 0 && i > 0 && p - i < 3 * n + 4 {
            i -= 1;
            let w = tokens[i].as_str(text);
            if infos[i].case == Case::Punct as u8 || infos[i].case == Case::Digit as u8 {
                break;
            }
            if acronym_skips(w) && want < letters.len() {
                continue;
            }
            if initial(w) != Some(letters[want - 1]) {
                break;
            }
            want -= 1;
        }
        let capitalised = infos[i].case == Case::Title as u8 || infos[i].case == Case::Upper as u8;
        // (The tagger's word that it is a name: a span among the words or on the acronym;
        // "District Administrator (DA)" is a job.)
        let named = spans.iter().any(|s| s.0 < p + 2 && s.1 > i);
        if want == 0 && capitalised && p - i >= 2 && named {
            let ty = spans.iter().find(|s| s.0 == p + 1 && s.1 == p + 2).map_or(EntityType::Org, |s| s.2);
            found.push((i, p, p + 1, ty));
        }
    }
    for (a, b, acro, ty) in found {
        spans.retain(|s| s.1 <= a || s.0 >= b && s.0 != acro);
        spans.push((a, b, ty));
        spans.push((acro, acro + 1, ty));
    }
    spans.sort_by_key(|s| s.0);
}

/// A minister's portfolio run on into the minister's name ("le ministre turc des Affaires
/// étrangères Mevlut Cavusoglu" tagged as one organisation) is two names: after a role, a name
/// whose words go on in lower case ("étrangères") does not go back to capitalised words for
/// two or three words at its end, unless a connector leads them in ("Organisation mondiale de
/// la Santé", "Academy of Film and Television Arts"): those words are the person.
fn split_portfolio_then_minister(text: &str, tokens: &[Token], infos: &[TokenInfo], spans: &mut Vec<(usize, usize, EntityType)>) {
    let capitalised = |t: &TokenInfo| t.case == Case::Title as u8 || t.case == Case::Upper as u8;
    let mut k = 0;
    while k < spans.len() {
        let (a, b, ty) = spans[k];
        if ty == EntityType::Org && b - a >= 4 && capitalised(&infos[a]) {
            // the capitalised words ending the span, and the word before them
            let mut g = b;
            while g > a && capitalised(&infos[g - 1]) {
                g -= 1;
            }
            let lower_before = g >= a + 2 && infos[g - 1].case == Case::Lower as u8 && {
                let w = tokens[g - 1].as_str(text);
                w.chars().count() > 3 && !is_trailing_word(w) && !matches!(w, "pour" | "sans" | "avec" | "contre" | "entre" | "with" | "from" | "against")
            };
            // a minister's portfolio: a role shortly before the name ("le ministre turc des")
            let role_before = infos[a.saturating_sub(3)..a].iter().any(|t| t.lex & PERSON_TITLE != 0);
            let person = (2..=3).contains(&(b - g)) && infos[g..b].iter().all(|t| t.case == Case::Title as u8);
            if lower_before && role_before && person {
                spans[k] = (a, g, EntityType::Org);
                spans.insert(k + 1, (g, b, EntityType::Per));
                k += 1;
            }
        }
        k += 1;
    }
}

/// Two people run together over "de" ("Mercredi, Lionel Messi de Neymar a posté"): a given
/// name and a surname, "de", then a name the article gives alone as a person at least twice
/// elsewhere. Names with a particle ("Charles de Gaulle", "Dominique de Villepin") have one
/// word before it.
fn split_person_of_person(text: &str, tokens: &[Token], infos: &[TokenInfo], spans: &mut Vec<(usize, usize, EntityType)>) {
    use super::lexicon::GIVEN_NAME;
    let alone = |lower: u64| spans.iter().filter(|s| s.2 == EntityType::Per && s.1 - s.0 == 1 && infos[s.0].lower == lower).count();
    let splits: Vec<usize> = (0..spans.len())
        .filter(|&k| {
            let (a, b, ty) = spans[k];
            ty == EntityType::Per && b - a == 4 && infos[a].lex & GIVEN_NAME != 0 && tokens[a + 2].as_str(text) == "de" && alone(infos[a + 3].lower) >= 2
        })
        .collect();
    for &k in splits.iter().rev() {
        let (a, b, _) = spans[k];
        spans[k] = (a, a + 2, EntityType::Per);
        spans.insert(k + 1, (a + 3, b, EntityType::Per));
    }
}

/// A place run on into the name after it ("le président de la Catalogne Carles Puigdemont"
/// tagged as one place) is two names: the place, then the person from a given name on, or
/// from two capitalised words ending in the surname of a person the article names.
fn split_place_then_person(infos: &[TokenInfo], spans: &mut Vec<(usize, usize, EntityType)>) {
    use super::lexicon::{CITY, COUNTRY, GIVEN_NAME, REGION};
    let capitalised = |t: &TokenInfo| t.case == Case::Title as u8 || t.case == Case::Upper as u8;
    let surnames: Vec<u64> = spans.iter().filter(|s| s.2 == EntityType::Per).map(|s| infos[s.1 - 1].lower).collect();
    let person_from = |g: usize, b: usize| capitalised(&infos[g]) && capitalised(&infos[g + 1]) && (infos[g].lex & GIVEN_NAME != 0 || g + 2 == b && surnames.contains(&infos[b - 1].lower));
    let mut k = 0;
    while k < spans.len() {
        let (a, b, ty) = spans[k];
        let place = |t: &TokenInfo| t.lex & (COUNTRY | CITY | REGION) != 0;
        if ty == EntityType::Loc && b - a >= 3 {
            if let Some(g) = (a + 1..b - 1).find(|&g| person_from(g, b)) {
                if infos[a..g].iter().all(place) {
                    spans[k] = (a, g, EntityType::Loc);
                    spans.insert(k + 1, (g, b, EntityType::Per));
                    k += 1;
                }
            }
        }
        k += 1;
    }
}

/// Adverbs and conjunctions that never end a name.
fn is_trailing_word(s: &str) -> bool {
    matches!(s, "cependant" | "toutefois" | "néanmoins" | "également" | "aussi" | "donc" | "ainsi" | "alors" | "et" | "ou" | "mais" | "qui" | "que" | "however" | "also" | "and" | "or" | "but" | "which" | "who")
}

/// A number and an ordinal's ending alone ("63 e", "8e", "21st"): a rank, not a name (in
/// WiNER-fr train, 270 of 275 are no entity).
fn is_ordinal(span: &str) -> bool {
    let digits = span.bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&digits) && matches!(span[digits..].trim_start(), "e" | "er" | "ère" | "ème" | "es" | "èmes" | "th" | "st" | "nd" | "rd")
}

/// An initial alone ("A.", "N.") or a Roman numeral alone ("rugby à XV", "XIV"): no name
/// (WiNER-fr has none in its 1,072 documents). A single capital letter without a stop may be
/// one (X), and so may letters that only look like a numeral ("LCI", "CVC": not well formed).
fn is_letter_or_numeral(span: &str) -> bool {
    let b = span.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.' || b.len() >= 2 && is_roman_numeral(span)
}

/// A well-formed Roman numeral below 400 (C, L, X, V, I in their order, subtraction only as
/// IV, IX, XL, XC).
fn is_roman_numeral(s: &str) -> bool {
    // Hundreds, tens, units in turn, each written in one of its forms (longest first) or not at all.
    const PLACES: [&[&str]; 3] = [
        &["CCC", "CC", "C"],
        &["XC", "LXXX", "LXX", "LX", "L", "XL", "XXX", "XX", "X"],
        &["IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"],
    ];
    let mut rest = s;
    for forms in PLACES {
        if let Some(f) = forms.iter().find(|f| rest.starts_with(**f)) {
            rest = &rest[f.len()..];
        }
    }
    rest.is_empty() && !s.is_empty()
}

/// A time zone after a clock time ("12 h 43 HAA", "19:15 (UTC)", "00h40 GMT"): one word of
/// capitals right after the minutes (in WiNER-fr train, none of 44 is an entity).
fn is_time_zone(text: &str, tokens: &[Token], s: usize, e: usize) -> bool {
    let word = |i: usize| tokens[i].as_str(text);
    let w = word(s);
    if e - s != 1 || !(2..=5).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let mut p = s;
    if p >= 1 && word(p - 1) == "(" {
        p -= 1;
    }
    let minutes = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
    let glued = |t: &str| matches!(t.split_once(['h', 'H', ':']), Some((h, m)) if (1..=2).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_digit()) && minutes(m));
    p >= 1 && (glued(word(p - 1)) || p >= 2 && minutes(word(p - 1)) && matches!(word(p - 2), "h" | "H" | ":"))
}

/// A token of symbols alone: emoji, dingbats, arrows, mathematical signs (U+2190 on; quotes
/// and dashes come before).
fn is_symbol(s: &str) -> bool {
    s.chars().all(|c| !c.is_alphanumeric() && c as u32 >= 0x2190)
}

/// The English possessive the tokenizer splits off (`Trump` `'s`): a name's own `'s` sits
/// inside it (`People's Republic`), one at its end is the possessive of the name ("Trump's
/// plans", which the tagger ran on into: in wikigold and UNER-EWT, 16 names end with it,
/// shops as "Macy's", against 312 possessives outside a name).
fn is_possessive(s: &str) -> bool {
    matches!(s, "'s" | "’s" | "'S" | "’S")
}

/// An English contraction of a pronoun or a verb, capitalised at a sentence's start ("I'm",
/// "Don't", "We've"): one token the tagger may take for a name, never one (names with an
/// apostrophe go on with a capital or a longer part: "O'Brien", "D'Angelo"). "It's" and
/// "Let's" are two tokens, the second the possessive's.
fn is_contraction(span: &str) -> bool {
    let Some((head, tail)) = span.split_once(['\'', '’']) else { return false };
    !head.is_empty() && !head.contains(' ') && matches!(tail, "m" | "re" | "ve" | "ll" | "d" | "t" | "s") && is_english_pronoun_or_verb(head)
}

fn is_english_pronoun_or_verb(w: &str) -> bool {
    const WORDS: &[&str] = &["i", "you", "he", "she", "it", "we", "they", "that", "there", "here", "what", "who", "where", "let", "don", "doesn", "didn", "can", "couldn", "won", "wouldn", "isn", "aren", "wasn", "weren", "haven", "hasn", "hadn", "shouldn", "mustn", "ain"];
    WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Determiners and prepositions that never start a proper name in lower case.
fn is_function_word(s: &str) -> bool {
    matches!(s, "le" | "la" | "les" | "de" | "du" | "des" | "un" | "une" | "au" | "aux" | "à" | "en" | "the" | "a" | "an" | "of" | "in")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans `apply` leaves of `given` (token ranges found by their words), as text.
    fn kept(text: &str, given: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let (tokens, infos) = super::super::prepare(text, super::super::embedded_resources("fr"));
        let mut from = 0;
        let mut spans: Vec<(usize, usize, EntityType)> = given
            .iter()
            .map(|&(s, ty)| {
                let a = from + text[from..].find(s).expect("in text");
                from = a + s.len();
                let first = tokens.iter().position(|t| t.start == a).expect("token start");
                let last = tokens.iter().position(|t| t.end == a + s.len()).expect("token end");
                (first, last + 1, ty)
            })
            .collect();
        apply(text, &tokens, &infos, super::super::embedded_resources("fr"), &mut spans);
        spans.into_iter().map(|(a, b, ty)| (text[tokens[a].start..tokens[b - 1].end].to_string(), ty)).collect()
    }

    #[test]
    fn titles_leave_the_name() {
        let t = "Il attend la réponse de Monsieur Puigdemont et de Mme Rovira.";
        assert_eq!(kept(t, &[("Monsieur Puigdemont", EntityType::Per), ("Mme Rovira", EntityType::Per)]), [("Puigdemont".into(), EntityType::Per), ("Rovira".into(), EntityType::Per)]);
    }

    #[test]
    fn storms_and_cups_are_events() {
        let t = "Après les tempêtes Kurt, Leiv et Marcel, la tempête Thomas touche la Bretagne. Hurricane Katrina hit New Orleans. Il a gagné la Amber Cup à Kaunas.";
        let got = kept(t, &[("Kurt", EntityType::Per), ("Leiv", EntityType::Per), ("Marcel", EntityType::Per), ("Thomas", EntityType::Per), ("Bretagne", EntityType::Loc), ("Hurricane Katrina", EntityType::Per), ("New Orleans", EntityType::Loc), ("Amber Cup", EntityType::Per), ("Kaunas", EntityType::Loc)]);
        let misc: Vec<&str> = got.iter().filter(|g| g.1 == EntityType::Misc).map(|g| g.0.as_str()).collect();
        assert_eq!(misc, ["Kurt", "Leiv", "Marcel", "Thomas", "Hurricane Katrina", "Amber Cup"]);
        assert!(got.iter().any(|g| g.0 == "Bretagne" && g.1 == EntityType::Loc));
    }

    #[test]
    fn a_party_in_brackets_and_a_club_are_organisations() {
        let t = "Le premier ministre Robert Fico (Smer-DS) a reçu Antonio Tajani (Italie), le député Éric Ciotti (Alpes-Maritimes) et le président de Juventus FC à Bratislava.";
        let got = kept(t, &[("Robert Fico", EntityType::Per), ("Smer-DS", EntityType::Loc), ("Antonio Tajani", EntityType::Per), ("Italie", EntityType::Loc), ("Éric Ciotti", EntityType::Per), ("Alpes-Maritimes", EntityType::Loc), ("Juventus FC", EntityType::Per), ("Bratislava", EntityType::Loc)]);
        let ty = |n: &str| got.iter().find(|g| g.0 == n).map(|g| g.1);
        assert_eq!(ty("Smer-DS"), Some(EntityType::Org));
        assert_eq!(ty("Italie"), Some(EntityType::Loc));
        assert_eq!(ty("Alpes-Maritimes"), Some(EntityType::Loc), "a département is a place");
        assert_eq!(ty("Juventus FC"), Some(EntityType::Org));
        assert_eq!(ty("Bratislava"), Some(EntityType::Loc));
    }

    #[test]
    fn a_town_before_its_region_is_a_place() {
        let t = "Des rassemblements ont eu lieu à Albert (Somme) et à Lamballe (Côtes-d'Armor, Bretagne), selon le député Éric Ciotti (Alpes-Maritimes).";
        let got = kept(t, &[("Albert", EntityType::Per), ("Lamballe", EntityType::Org), ("Éric Ciotti", EntityType::Per)]);
        let ty = |n: &str| got.iter().find(|g| g.0 == n).map(|g| g.1);
        assert_eq!(ty("Albert"), Some(EntityType::Loc));
        assert_eq!(ty("Lamballe"), Some(EntityType::Loc));
        assert_eq!(ty("Éric Ciotti"), Some(EntityType::Per));
    }

    #[test]
    fn ranks_initials_numerals_and_time_zones_are_no_names() {
        let t = "La 63 e cérémonie, la 8e édition : l'avion s'est écrasé à 12 h 43 HAA (11 h 43 HAE), soit 15 h 43 (UTC), et à 00h40 GMT selon la NASA.";
        let got = kept(t, &[("63 e", EntityType::Loc), ("8e", EntityType::Loc), ("HAA", EntityType::Org), ("HAE", EntityType::Org), ("UTC", EntityType::Org), ("GMT", EntityType::Org), ("NASA", EntityType::Org)]);
        assert_eq!(got, [("NASA".to_string(), EntityType::Org)]);
        let t = "Elle prend la tête du groupe A.\n\nLe championnat de rugby à XV reprend, annoncent X et LCI sur leurs sites.";
        assert_eq!(kept(t, &[("A.", EntityType::Org), ("XV", EntityType::Org), ("X", EntityType::Org), ("LCI", EntityType::Org)]), [("X".to_string(), EntityType::Org), ("LCI".to_string(), EntityType::Org)]);
        assert!(["XIV", "XV", "IX", "XLII", "CCCXC"].iter().all(|r| is_roman_numeral(r)));
        assert!(!["LCI", "CVC", "LCL", "IIII", "VX", "IC"].iter().any(|r| is_roman_numeral(r)));
    }

    #[test]
    fn demonyms_are_other_names_in_english() {
        let en = super::super::embedded_resources("en");
        let t = "A Chinese vessel hit a Philippine boat, North American buyers and Mexicans said, near Manila.";
        let (tokens, infos) = super::super::prepare(t, en);
        let at = |w: &str| tokens.iter().position(|k| k.as_str(t) == w).unwrap();
        let mut spans = vec![(at("Philippine"), at("Philippine") + 1, EntityType::Per), (at("North"), at("American") + 1, EntityType::Loc), (at("Mexicans"), at("Mexicans") + 1, EntityType::Org), (at("Manila"), at("Manila") + 1, EntityType::Loc)];
        apply(t, &tokens, &infos, en, &mut spans);
        let types: Vec<EntityType> = spans.iter().map(|s| s.2).collect();
        assert_eq!(types, [EntityType::Misc, EntityType::Misc, EntityType::Misc, EntityType::Loc]);
        // French has no such list: "Argentine" is a country there
        let t = "Le président de l'Argentine est venu.";
        assert_eq!(kept(t, &[("Argentine", EntityType::Loc)]), [("Argentine".to_string(), EntityType::Loc)]);
    }

    #[test]
    fn possessives_and_contractions_are_not_names() {
        let t = "I'm sure that Trump's plans and the People's Republic of China will meet Conan O'Brien. It’s late, Don't.";
        let got = kept(t, &[("I'm", EntityType::Per), ("Trump's", EntityType::Per), ("People's Republic of China", EntityType::Loc), ("O'Brien", EntityType::Per), ("It’s", EntityType::Per), ("Don't", EntityType::Org)]);
        assert_eq!(got, [("Trump".to_string(), EntityType::Per), ("People's Republic of China".to_string(), EntityType::Loc), ("O'Brien".to_string(), EntityType::Per)]);
    }

    #[test]
    fn a_name_does_not_end_with_an_emoji() {
        let t = "Ils se sont vus sous l’égide de Charles Michel 🤝, pour la troisième fois.";
        assert_eq!(kept(t, &[("Charles Michel 🤝", EntityType::Per)]), [("Charles Michel".into(), EntityType::Per)]);
    }

    #[test]
    fn a_name_does_not_end_with_an_adverb() {
        let t = "Le texte est examiné par le Parlement cependant mardi.";
        assert_eq!(kept(t, &[("Parlement cependant", EntityType::Org)]), [("Parlement".into(), EntityType::Org)]);
        let t = "Les Nations unies ont voté.";
        assert_eq!(kept(t, &[("Nations unies", EntityType::Org)]), [("Nations unies".into(), EntityType::Org)]);
    }

    #[test]
    fn two_people_run_together_over_de_are_split() {
        let t = "Neymar part. Mercredi, Lionel Messi de Neymar a posté un message à Neymar. Charles de Gaulle aussi.";
        let got = kept(t, &[("Neymar", EntityType::Per), ("Lionel Messi de Neymar", EntityType::Per), ("Neymar", EntityType::Per), ("Charles de Gaulle", EntityType::Per)]);
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Neymar", "Lionel Messi", "Neymar", "Neymar", "Charles de Gaulle"]);
        // Once alone is not enough: a name with a particle may be cut short once.
        let t = "Jean Marc de Neymar et Neymar.";
        assert_eq!(kept(t, &[("Jean Marc de Neymar", EntityType::Per), ("Neymar", EntityType::Per)]).len(), 2);
    }

    #[test]
    fn a_portfolio_run_on_into_the_minister_is_split() {
        let t = "reçue par le ministre turc des Affaires étrangères Mevlut Cavusoglu à Bakou.";
        assert_eq!(kept(t, &[("Affaires étrangères Mevlut Cavusoglu", EntityType::Org)]), [("Affaires étrangères".into(), EntityType::Org), ("Mevlut Cavusoglu".into(), EntityType::Per)]);
        // Without a role before it, nothing says a person follows ("← LHDA blasts NGOs
        // Justice denied", a link's headline).
        let t = "Post navigation ← LHDA blasts NGOs Justice denied for the poor.";
        assert_eq!(kept(t, &[("LHDA blasts NGOs Justice", EntityType::Org)]).len(), 1);
        // Capitals after a connector, or all along, are the organisation's own words.
        let t = "selon l'Organisation mondiale de la Santé et la Banque centrale européenne.";
        assert_eq!(kept(t, &[("Organisation mondiale de la Santé", EntityType::Org)]), [("Organisation mondiale de la Santé".into(), EntityType::Org)]);
        let t = "la British Academy of Film and Television Arts a voté.";
        assert_eq!(kept(t, &[("British Academy of Film and Television Arts", EntityType::Org)]).len(), 1);
        let t = "au siège de Goldman Sachs Asset Management hier.";
        assert_eq!(kept(t, &[("Goldman Sachs Asset Management", EntityType::Org)]), [("Goldman Sachs Asset Management".into(), EntityType::Org)]);
    }

    #[test]
    fn a_name_spelled_out_before_its_acronym_is_one_name() {
        let t = "Le pays est membre de l'Organisation du traité de sécurité collective (OTSC), a-t-il rappelé.";
        let got = kept(t, &[("Organisation", EntityType::Org), ("OTSC", EntityType::Org)]);
        assert_eq!(got, [("Organisation du traité de sécurité collective".into(), EntityType::Org), ("OTSC".into(), EntityType::Org)]);
        let t = "les coprésidents de l'Organisation pour la sécurité et la coopération en Europe (OSCE) ont parlé.";
        let got = kept(t, &[("Organisation pour la sécurité", EntityType::Org), ("Europe", EntityType::Loc)]);
        assert_eq!(got, [("Organisation pour la sécurité et la coopération en Europe".into(), EntityType::Org), ("OSCE".into(), EntityType::Org)]);
        // Letters that do not spell the words before, or a common noun's acronym, change nothing.
        let t = "Le produit intérieur brut (PIB) a reculé, selon la Banque de France (INSEE).";
        assert_eq!(kept(t, &[("Banque de France", EntityType::Org)]), [("Banque de France".into(), EntityType::Org)]);
    }

    #[test]
    fn a_place_run_on_into_a_person_is_split() {
        // From a given name on, or up to the surname of a person named elsewhere.
        let t = "le président de la Catalogne Carles Puigdemont a parlé à Puigdemont.";
        let got = kept(t, &[("Catalogne Carles Puigdemont", EntityType::Loc), ("Puigdemont", EntityType::Per)]);
        assert_eq!(got, [("Catalogne".into(), EntityType::Loc), ("Carles Puigdemont".into(), EntityType::Per), ("Puigdemont".into(), EntityType::Per)]);
        let t = "le président du Venezuela Nicolas Maduro";
        assert_eq!(kept(t, &[("Venezuela Nicolas Maduro", EntityType::Loc)]), [("Venezuela".into(), EntityType::Loc), ("Nicolas Maduro".into(), EntityType::Per)]);
        // A place whose own words are capitalised stays whole.
        let t = "Ils ont marché jusqu'à Washington Square Park hier.";
        assert_eq!(kept(t, &[("Washington Square Park", EntityType::Loc)]), [("Washington Square Park".into(), EntityType::Loc)]);
    }
}
