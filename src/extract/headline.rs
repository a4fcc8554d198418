//! Title, byline and dates of a plain-text scrape, found around the article's run of lines.
//!
//! The headline is usually a line shortly above the article that shares its words (the
//! lead repeats the headline's subject) and is not a teaser's title nor the site's name.
//! Bylines follow common forms ("Par X", "By X", "Author: X", a bare name signing off
//! the article). A date printed above the headline belongs to the page's header
//! (`page_date`); one beside the headline or byline is the article's (`published`).

use super::lines::{self, LineInfo};
use super::text::{Label, Line};
use crate::container::dates::normalise_str;
use regex::Regex;
use foldhash::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

#[derive(Default, Debug)]
pub(crate) struct Found {
    pub title: Option<String>,
    pub title_line: Option<usize>,
    pub author: Option<String>,
    /// The line the author was read from (it may credit an agency too: "Par X, avec AFP").
    pub byline_line: Option<usize>,
    pub published: Option<String>,
    pub page_date: Option<String>,
    /// Lines inside the run that are byline/date lines, not body.
    pub meta_lines: Vec<usize>,
    /// The standfirst: a prose line right under the headline, above the run, separated from
    /// it by page furniture (byline, image, share buttons). It belongs to the article.
    pub standfirst: Option<usize>,
    /// The site, as its copyright line names it ([`copyright_holder`]) and the page too.
    pub site: Option<String>,
}

impl Found {
    /// Line `i` as one of [`Found::meta_lines`], once.
    fn meta_line(&mut self, i: usize) {
        if !self.meta_lines.contains(&i) {
            self.meta_lines.push(i);
        }
    }

    /// Line `i` as one of [`Found::meta_lines`] when it lies inside the run `start..=end`.
    fn meta_line_in_run(&mut self, i: usize, start: usize, end: usize) {
        if (start..=end).contains(&i) {
            self.meta_line(i);
        }
    }
}

/// How far above the article the headline is looked for.
const TITLE_WINDOW: usize = 60;
/// The headline's words are compared with this many prose lines of the article's start.
const BODY_LINES: usize = 6;

/// How headline-like a candidate line is. The headline (a) shares its words with the
/// article, its opening paragraphs first (the lead restates its subject), (b) has a
/// headline's shape: no final period, a capital start, a few words, and (c) is often printed
/// twice (breadcrumb, share text, or a "Headline | Site" line). A standfirst or a caption
/// shares words too, but ends like a sentence; chrome lines ("opens new tab", "Try
/// refreshing your browser") share none, or recur on other pages of the site. Distance to
/// the article is left out on purpose: pages put galleries, bylines and share bars between
/// headline and text; among equals the earliest candidate wins (weights fitted on the dev
/// split of tools/make_scrapes.py).
fn title_score(l: &Line, lead_words: &WordSet, body_words: &WordSet, twice: bool) -> f32 {
    let n = l.info.chars;
    let words = content_words(l.text);
    let share = |set: &WordSet| if words.is_empty() { 0.0 } else { words.iter().filter(|w| set.contains(*w)).count() as f32 / words.len() as f32 };
    let (lead, all) = (share(lead_words), share(body_words));
    let mut s = 0.5 * lead + 0.5 * all;
    if all == 0.0 {
        s -= 0.3;
    }
    if l.teaser_head {
        s -= 1.0;
    } else if twice {
        s += 0.3;
    }
    let end = l.text.trim_end();
    // (A quoted sentence closes with its stop inside the marks: "… 잡아두겠다.”", "… Regeln.«")
    let unquoted = end.trim_end_matches(['"', '”', '“', '»', '«', '’', '\'', ')']);
    if l.info.sentence_end && (unquoted.ends_with('.') && !ends_with_initialism(unquoted) || unquoted.ends_with('。')) {
        s -= 1.2;
    }
    if end.ends_with(':') || end.ends_with(',') {
        s -= 0.8;
    }
    if !l.info.starts_upper {
        s -= 0.2;
    }
    if n > 150 {
        s -= 0.5;
    }
    if n > 110 {
        // Standfirsts run longer than headlines.
        s -= 0.3;
    }
    if l.corpus >= 2 {
        s -= 0.6;
    }
    if glued_kicker(l.text) {
        s -= GLUED_KICKER_COST;
    }
    if n < 25 {
        s -= 0.4;
    }
    if l.text.split_whitespace().count() < 4 && l.info.words < 4 {
        s -= 0.4;
    }
    s
}

/// What a kicker glued to the words after it costs a candidate.
const GLUED_KICKER_COST: f32 = 0.5;

/// A kicker or breadcrumb printed against the next words without a space or colon
/// ("RusslandFranzose war für ...", "Europäische KommissionVerfahren: ..."): a teaser's or
/// a share box's text, the headline's kicker and standfirst run together. Two words of four
/// or more lowercase letters each, glued at a capital; brand names glue shorter parts
/// ("YouTube", "TikTok", "PayPal", "LinkedIn").
fn glued_kicker(text: &str) -> bool {
    text.split_whitespace().take(12).any(|w| {
        let chars: Vec<char> = w.chars().collect();
        (1..chars.len()).any(|k| {
            chars[k].is_uppercase()
                && chars[k - 1].is_lowercase()
                && chars[..k].iter().rev().take_while(|c| c.is_lowercase()).count() >= 4
                && chars[k + 1..].iter().take_while(|c| c.is_lowercase()).count() >= 4
        })
    })
}

/// What a byline or a date line right under a candidate adds to its score: pages print the
/// author and the date under the headline, not under a teaser or a caption.
const BYLINE_BONUS: f32 = 0.3;

/// Whether one of the few lines under line `i` (down to line `last`) is a byline or a date
/// line.
fn heads_byline(lines: &[Line], i: usize, last: usize) -> bool {
    lines.iter().enumerate().skip(i + 1).take(4).take_while(|(j, _)| *j <= last).any(|(_, l)| {
        // (A caption's date is its picture's.)
        l.info.chars <= 120
            && !matches!(l.label, Label::Bad("caption" | "inline caption"))
            && (l.text.split(['|', '•', '·']).map(str::trim).any(|p| is_byline(p) || labelled(p) || is_relative_dateline(p)) || is_date_line(l))
    })
}

/// A short dateline with a publication word but no date to read ("Published 15 hours ago",
/// "Updated 3 min ago").
fn is_relative_dateline(part: &str) -> bool {
    part.chars().count() <= 40 && publication_word(part)
}

/// What the line right above the article's first prose adds: pages print the headline
/// straight over the standfirst or the lede, and an SEO title, a teaser or a kicker above it.
const HEADS_LEDE_BONUS: f32 = 0.3;

/// Whether candidate `i`, above the run, sits on the article's first prose: the paragraph
/// opening the run, or a standfirst with no other paragraph between it and the run.
/// (Not the end of a longer line above it, a share text under "Der Bericht ist ein
/// Zeugnis ...": `unglued` weighs those two.)
fn heads_lede(lines: &[Line], i: usize, start: usize, lo: usize) -> bool {
    let next = i + 1;
    let key = lines[i].twin_key();
    next <= start
        && lines.get(next).map(is_prose).unwrap_or(false)
        && (next >= start || !lines[next + 1..start].iter().any(|l| l.label == Label::Good))
        && !lines[lo.min(i)..i].iter().any(|l| l.info.chars <= 300 && l.text.len() > lines[i].text.len() && l.twin_key().ends_with(&*key))
}

/// The candidate printed again glued to a breadcrumb or kicker ("ZprávyDomácíKauzyHlavní
/// aktér ..." over "Hlavní aktér ..."): a headline printed twice, as a twin is.
fn glued_twin(lines: &[Line], i: usize, lo: usize, hi: usize) -> bool {
    let t = lines[i].text;
    // (Glued: a letter of the kicker touches the headline's first one. "Kicker: Headline" is
    // the headline with its kicker, and the bare half a contents entry.)
    let glued = |o: &str| o.len() > t.len() + 2 && o.ends_with(t) && o[..o.len() - t.len()].chars().next_back().map(char::is_alphanumeric).unwrap_or(false);
    (lo..=hi).any(|j| j != i && lines[j].info.chars <= 300 && glued(lines[j].text))
}

/// What a glued twin adds (as a twin adds in `title_score`).
const GLUED_TWIN_BONUS: f32 = 0.3;

/// A line opening with a bullet or a footnote's back-link ("• Statute of Westminster
/// adopted", "^ \"The Girl Who Leapt Through Time\""), or with a dash and a space, as the
/// attribution under a quote box does ("— Mai Fatty, conseiller du président"): an item of a
/// list or a speaker's name, never a headline.
fn list_item(text: &str) -> bool {
    text.starts_with(['•', '·', '▪', '►', '▸', '■', '◆', '◇', '●', '*', '^', '›']) || text.starts_with("— ") || text.starts_with("– ")
}

/// A widget's line, never a headline: a ticker's item after its time ("14:05 Un nouveau vol
/// direct Bakou-Paris lancé"), a breadcrumb ("Accueil / Actualités / Droit international
/// public", "Enquêtes › Justice › …"), a rate ("Taux de référence BRH : 1 USD = 134,85 HTG")
/// an ad's phone number ("Agence du Rocher Immobilier – +377 93 00 00 00"), a table's row
/// (its cells parted by tabs, as a browser's text gives them: "Currency\tNew Zealand dollar")
/// or a menu's items parted by bars ("首页|新闻|图片|评论", or two bars between words alone:
/// "Calendrier | Groupes | Stades"; a headline with its section and site has two at most).
fn widget_line(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let clock = words.next().is_some_and(|w| {
        let (h, m) = w.split_once([':', 'h']).unwrap_or(("", ""));
        (1..=2).contains(&h.len()) && m.len() == 2 && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    }) && words.next().is_some_and(|w| w.starts_with(char::is_alphabetic));
    let crumbs = [" / ", " › ", " > ", " » "].iter().map(|s| text.matches(s).count()).sum::<usize>() >= 2;
    // (Four groups of two or three digits in a row: a phone number.)
    let (_, digit_groups) = text.split_whitespace().map(|w| w.trim_start_matches('+')).fold((0, 0), |(run, longest), w| {
        let run = if (2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()) { run + 1 } else { 0 };
        (run, longest.max(run))
    });
    let menu = text.matches('|').count() >= 3 || text.matches(" | ").count() == 2 && text.split('|').all(|item| item.split_whitespace().count() <= 2);
    clock || crumbs || text.contains(" = ") || digit_groups >= 4 || text.contains('\t') || menu
}

/// A short line that reads as a date ("June 26, 2023 5 AM PT", "15.05.2023 - 13:52 Uhr").
fn is_date_line(l: &Line) -> bool {
    l.info.chars <= 80 && l.date().is_some()
}

/// Lines that are items of a list of headlines: three or more headline-shaped lines in a row
/// (a teaser list, a "most read" box), each item one of them.
fn list_items(lines: &[Line]) -> Vec<bool> {
    let shaped: Vec<bool> = lines.iter().map(listed_shape).collect();
    let mut listed = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let k = shaped[i..].iter().take_while(|s| **s).count();
        if k >= LIST_ITEMS {
            listed[i..i + k].iter_mut().for_each(|x| *x = true);
        }
        i += k.max(1);
    }
    listed
}

/// A line shaped as a headline, printed once or again (a line printed twice is labelled
/// so, whatever its shape).
fn listed_shape(l: &Line) -> bool {
    matches!(l.label, Label::Short | Label::Bad("repeated in page" | "teaser")) && headline_shape(&l.info)
}

/// The shape of a headline: a few words, capitalised, not ended like a sentence.
pub(crate) fn headline_shape(info: &LineInfo) -> bool {
    !info.sentence_end && info.starts_upper && info.words >= 3 && (25..=160).contains(&info.chars)
}

/// Headline-shaped lines in a row that make a list.
const LIST_ITEMS: usize = 3;

/// Lines printed twice or more that are items of headline lists wherever they are printed:
/// a teaser printed in two lists (at the top and the foot of the page) is no headline printed
/// twice. Made once a page, when a candidate printed twice first asks.
struct ListedEverywhere<'l> {
    lines: &'l [Line<'l>],
    /// [`list_items`], and the keys of the copies printed outside a list (as far as a page's
    /// first 5,000 lines).
    made: std::cell::OnceCell<(Vec<bool>, HashSet<String>)>,
}

impl<'l> ListedEverywhere<'l> {
    fn new(lines: &'l [Line<'l>]) -> Self {
        ListedEverywhere { lines, made: std::cell::OnceCell::new() }
    }

    /// Every copy of line `i` is an item of a headline list.
    fn holds(&self, i: usize) -> bool {
        let (listed, unlisted) = self.made.get_or_init(|| {
            let listed = list_items(self.lines);
            let unlisted = self.lines.iter().zip(&listed).take(5000).filter(|(l, listed)| l.in_page >= 2 && !**listed).map(|(l, _)| l.twin_key().into_owned()).collect();
            (listed, unlisted)
        });
        listed[i] && !unlisted.contains(&*self.lines[i].twin_key())
    }
}

/// How far into the run a second dateline is looked for (lines), when the first paragraph is
/// nearer.
const DATELINE_REACH: usize = 4;

/// How many lines under the headline its byline, its dateline and what sites print between
/// them (the writer's job, the outlet, a reading time, share buttons) are looked for.
const HEADER_STRETCH: usize = 8;

/// How far from its date a bare name in the header may be printed (lines), with the
/// writer's job or the update's date between.
const NAME_GAP: usize = 2;

/// How far into the run the lines between the headline and the first paragraph (bylines,
/// datelines, the newsroom's credit) are looked at, at most.
const HEADER_REACH: usize = 8;

/// Whether a line opens with a writer's job, as an author's bio does ("Journaliste à L'Écho
/// de la Rivière-Rouge depuis 2019, …").
pub(crate) fn opens_with_role(line: &str) -> bool {
    line.split_whitespace().next().is_some_and(|w| ROLE_WORDS.contains(&w.trim_end_matches(',').to_lowercase().as_str()))
}

/// A writer's job alone on its line, under the name: "Journaliste", "Correspondante à
/// Moscou", "Envoyé spécial à Erevan", "Staff writer", "Senior correspondent" (the job words
/// of [`ROLE_WORDS`]), a Quebec paper's freelance ("Collaboration spéciale").
fn writer_role(line: &str) -> bool {
    static C: OnceLock<Regex> = OnceLock::new();
    static PATTERN: OnceLock<String> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        format!(
            r"(?i)^((grand|grande|senior|chief|political|foreign|staff|special|deputy) )?(envoyé spécial|envoyée spéciale|rédacteur en chef|rédactrice en chef|collaboration spéciale|{})( (à|au|aux|en|in|at|for|pour) [\p{{L}}'’ -]{{2,30}})?\s*$",
            ROLE_WORDS.join("|")
        )
    });
    re(&C, pattern).is_match(line.trim())
}

/// A person's office alone on its line, as an op-ed or a column prints it under its writer's
/// name: a capitalised noun with its complement, no sentence, no figure ("Maire de
/// Montfleury-sur-Cher", "Vice-président de la communauté de communes", "Professeur
/// d'histoire à Sciences Po", "Directrice de recherche au CNRS").
fn office_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(office), Some(link)) = (words.next(), words.next()) else { return false };
    let linked = ["de", "du", "des", "à", "au", "aux", "en", "chez", "of", "at"].contains(&link) || link.starts_with("d'") || link.starts_with("d’");
    line.chars().count() <= 80
        && linked
        && office.starts_with(char::is_uppercase)
        && office.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && !lines::is_stop_any_case(office)
        && !line.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':' | '«' | '"'))
}

/// A kicker parted from a headline by a colon ("Kreis und quer:Streber und faule Socken",
/// "Analyse : Le grand retour"); a time's colon is no kicker's ("16:51 h").
fn kicker_colon(text: &str) -> bool {
    text.split(':').skip(1).any(|rest| rest.trim_start().starts_with(char::is_alphabetic))
}

/// A newsroom credited instead of a writer, alone on its line: "Rédaction", "Par la
/// rédaction", "La Rédaction web", "Rédaction Nice", "Staff report", "By Staff", "Posté par
/// l'équipe de modération"; or the site with the agency that supplied the story, "20 Minutes
/// avec AFP", "Ouest-France avec AFP.", "Le Figaro with Reuters". No author's name, and no
/// paragraph.
fn staff_credit(line: &str) -> bool {
    static C: OnceLock<Regex> = OnceLock::new();
    static WITH: OnceLock<Regex> = OnceLock::new();
    let line = line.trim();
    // (Also a newsroom by its town or its site, "Rédaction Nice", "Rédaction InfoBel", and a
    // forum's team, "Posté par l'équipe de modération".)
    re(&C, r"(?i)^(((par|by) )?((la|the) )?(rédaction|redaction|editorial staff|staff|newsroom)( (web|numérique|en ligne|report|writer|reporter)|(?-i:( \p{Lu}[\p{L}\d'’.-]*){1,3}))?|(par|posté par|posted by) (l['’]|la |the )?(équipe|team)( de| du| des| of)? [\p{L}'’ -]{2,30})\s*$").is_match(line)
        || re(&WITH, r"^(?:(?i:par|by)\s+)?([\p{L}\d][\p{L}\d'’.-]*)(?:\s+[\p{L}\d'’.-]+){0,3}\s+(?i:avec|with)\s+(\S.{0,30}?)\.?$")
            .captures(line)
            .is_some_and(|c| {
                // (A writer's name with the agency, "Jeanne Martin avec AFP", is a byline; a
                // name opening with an article is a newsroom's: "Le Figaro avec AFP".)
                let newsroom = agency_byline(line).is_none() || matches!(c[1].to_lowercase().as_str(), "le" | "la" | "les" | "l'" | "l’" | "the");
                newsroom && !crate::agencies::find_sources(&c[2]).is_empty()
            })
}

/// A byline's name that is an agency's alone ("Histoire de AFP", "Par Reuters"): the story's
/// source, not its writer.
fn agency_only(name: &str) -> bool {
    name.split_whitespace().count() <= 3 && !crate::agencies::find_sources(name).is_empty() && in_capitals(name)
}

/// Text with no lower-case letter: an acronym ("AFP"), or a label in capitals ("CAREER
/// FEATURE", "ÖNERİLEN VİDEO"), which a bare name in a byline's place is not taken for.
fn in_capitals(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
}

/// A bare name in capitals that is a section's or a box's label ("CAREER FEATURE", "FAITS
/// DIVERS"), not a writer's name: one whose first word is no known given name ("JEANNE
/// MARTIN", "JEAN-PIERRE DUPONT" are names).
fn capitals_label(name: &str) -> bool {
    in_capitals(name) && !first_word_given(name)
}

/// Whether a name's first word ("Jean" of "Jean-Pierre Dupont") is a given name.
fn first_word_given(name: &str) -> bool {
    name.split([' ', '-']).next().is_some_and(given_name)
}

/// Whether a word is a given name, in any case: one of the taggers' gazetteer
/// (`data/lexicons/ner/given_names.txt`, from the training corpora), or of the bylines' list
/// (`data/lexicons/bylines/given_names.txt`, fifteen thousand names of fifty locales, built by
/// `tools/build_given_names.sh`) that is no place ("Paris", "France").
fn given_name(word: &str) -> bool {
    use crate::tag::{features::hash_lower, lexicon};
    static BYLINES: OnceLock<HashSet<u64>> = OnceLock::new();
    let hash = hash_lower(word);
    let lex = lexicon::default_lexicon().single(hash);
    lex & lexicon::GIVEN_NAME != 0
        || lex & (lexicon::COUNTRY | lexicon::CITY | lexicon::REGION) == 0
            && BYLINES.get_or_init(|| include_str!("../../data/lexicons/bylines/given_names.txt").lines().map(hash_lower).collect()).contains(&hash)
}

/// The holder a site's copyright line names: "© 2023 Isula Nutizie", "© Kanal Karib 2023",
/// "Copyright © 2023 AbidjanPlus.net - Tous droits réservés", "© L'Horizon - Reproduction
/// interdite …": the site, or its publisher. A year or a reservation of rights marks the
/// site's line; a picture's credit ("© Paul Durand / Hans Lucas", "© DR") has neither, and an
/// agency is no site ("© AFP 2023" under its story).
pub(crate) fn copyright_holder(text: &str) -> Option<&str> {
    static RIGHTS: OnceLock<Regex> = OnceLock::new();
    static YEAR_AFTER: OnceLock<Regex> = OnceLock::new();
    let text = text.trim();
    if text.len() > 200 {
        return None;
    }
    let mut rest = text;
    let mut marked = false;
    // (In the orders sites write them: "© 2023", "Copyright © 2023", "© Copyright 2023".)
    for mark in ["copyright", "©", "(c)", "copyright"] {
        let r = rest.trim_start();
        if r.len() >= mark.len() && r.is_char_boundary(mark.len()) && r[..mark.len()].eq_ignore_ascii_case(mark) {
            rest = &r[mark.len()..];
            marked = true;
        }
    }
    if !marked {
        return None;
    }
    let rest = rest.trim_start();
    // The year before the name ("© 2005 - 2023 Agence …"), or after it ("© OBF 2023").
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let year_before = digits == 4;
    let rest = if year_before { rest[4..].trim_start_matches([' ', '-', '–', '—']).trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches([',', ' ']) } else { rest };
    // The name ends at the first separator: ". ", " - ", " – ", " — ", " | ", or a comma
    // not followed by the company's form ("Eklektix, Inc.").
    let comma = rest.match_indices(", ").map(|(i, _)| i).find(|&i| !LEGAL_FORMS.iter().any(|f| rest[i + 2..].starts_with(f)));
    let cut = [". ", " - ", " – ", " — ", " | "].iter().filter_map(|s| rest.find(s)).chain(comma).min().unwrap_or(rest.len());
    let (name, tail) = rest.split_at(cut);
    let year_after = re(&YEAR_AFTER, r"\s*[-–]?\s*\d{4}(?:\s*[-–]\s*\d{4})?\.?$").find(name);
    let mut name = year_after.map_or(name, |m| &name[..m.start()]).trim();
    // (The company's form is no part of the name: "Heise Medien GmbH", "Insider Inc.".)
    while let Some(shorter) = LEGAL_FORMS.iter().find_map(|f| name.trim_end_matches('.').strip_suffix(f).filter(|n| n.ends_with([' ', ',']))) {
        name = shorter.trim_end_matches([' ', ',']);
    }
    let name = name.trim_end_matches('.');
    let rights = |t: &str| re(&RIGHTS, r"(?i)droits réservés|rights reserved|rechte vorbehalten|derechos reservados|diritti (?:sono )?riservati|haki zote|reproduction").is_match(t);
    let words = name.split_whitespace().count();
    // (Nor the footer's links run together, "Deutsche WelleDatenschutzImpressum".)
    let run_together = name.split_whitespace().any(|w| glues(w).nth(1).is_some());
    let shaped = name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && (1..=5).contains(&words) && !name.contains(['/', ':', '(']) && name != "DR" && !run_together;
    // (Not the reservation alone: "© 2024 Tous droits réservés".)
    (shaped && (year_before || year_after.is_some() || rights(tail)) && !rights(name) && crate::agencies::find_sources(name).is_empty()).then_some(name)
}

/// The company forms a copyright line puts after the holder's name.
const LEGAL_FORMS: &[&str] = &["GmbH & Co. KG", "GmbH & Co", "GmbH", "Inc", "LLC", "Ltd", "ltd", "Limited", "Ltée", "S.A.S", "SAS", "S.A", "SA", "S.L", "S.p.a", "SpA", "N.V", "AG", "a.s", "plc", "& Co", "Company"];

/// Whether a byline's name is the site's own, as its copyright line names it ("Isula Nutizie
/// avec AFP" over the story, "© 2023 Isula Nutizie" at the foot): a newsroom's credit, no
/// writer's. A writer's own site names the writer ("© 2023 Jeanne Martin" under a
/// newsletter): a name opening with a given name stays the author.
fn site_s_name(name: &str, site: Option<&str>) -> bool {
    site.is_some_and(|s| s.to_lowercase() == name.to_lowercase()) && !first_word_given(name)
}

/// Whether a name opens with a given name ("Jeanne Martin", "Jean-Pierre Dupont"), when it is
/// written in Latin letters: the lists hold few names of other scripts, and a name in one
/// ("Андрей Колесников") is not judged by them.
fn opens_with_given_name(name: &str) -> bool {
    first_word_given(name) || !name.split([' ', '-']).next().unwrap_or("").chars().any(|c| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c))
}

/// How far under a bare name its date may be printed (lines).
const NAME_TO_DATE: usize = 3;

/// A short line of a byline's other words between a name and its date: the outlet, the
/// place, the section ("La Presse", "à Québec", "Politique"); no sentence, no paragraph.
fn meta_word_line(l: &Line) -> bool {
    l.info.chars <= 30 && !l.info.sentence_end && !matches!(l.label, Label::Good | Label::NearGood | Label::Barrier(_))
}

/// What a candidate under the article's byline or dateline costs.
const UNDER_META_COST: f32 = 0.5;

/// The last byline ("Par X", "By X") or dateline with a publication word ("Publié le 12
/// mars 2024", "Actualizado Martes, 15 octubre 2024 - 13:10") above the run: pages print the
/// headline over the article's byline and dateline, and what comes between them and the
/// text is a standfirst, a caption or a subhead ("Using standalone mode in Emscripten #"
/// under "Outside the web: ..." and its "Published 21 November 2019").
fn article_meta_above(lines: &[Line], lo: usize, start: usize) -> Option<usize> {
    (lo..start.min(lines.len())).rev().find(|&i| {
        let l = &lines[i];
        l.info.chars <= 120 && parts(l.text).any(|p| is_byline(p) || dated_part(p))
    })
}

/// The parts of a meta line, split where sites join a byline and a date ("Par X | Publié le
/// ...", "X • 12 mars 2024") or the site's name and the byline ("OLJ / Par X").
fn parts(text: &str) -> impl Iterator<Item = &str> {
    // (A slash between spaces: one inside a date, "20/09/2023", has none.)
    text.split(['|', '•', '·']).flat_map(|p| p.split(" / ")).map(str::trim)
}

/// A part of a line that dates the article: a dateline, or one opening with its
/// publication word.
fn dated_part(part: &str) -> bool {
    is_dateline(part, part.chars().count()) || opens_dateline(part)
}

/// A dateline opening with its publication word, whose date the date reader may not read
/// ("Actualizado Martes, 15 octubre 2024 - 13:10", "Mis à jour le 3 mars à 18h").
fn opens_dateline(part: &str) -> bool {
    static OPENS: OnceLock<Regex> = OnceLock::new();
    part.chars().count() <= 100
        && part.chars().any(|c| c.is_ascii_digit())
        && OPENS.get_or_init(|| Regex::new(&format!("(?i)^(?:{PUBLICATION_WORDS})")).expect("publication words")).is_match(part)
}

/// The headline can sit among the run's first lines, under a caption or a breadcrumb that
/// the run took in; there it is recognised by the byline or date under it, and costs this.
const IN_RUN_HEAD: usize = 3;
const IN_RUN_COST: f32 = 0.3;

/// How much weaker than the glued line the bare headline may score.
const UNGLUED_MARGIN: f32 = 0.3;

/// A byline line: "Par X", "By X" ..., but not a headline opening with the same word
/// ("Von München bis Aachen: Im Netz der China-Agenten"). (A reading time after the name's
/// dashes may hold a colon: "Par Léa Rousset - 21 sept. 2023 à 17:46 - Temps de lecture : 4
/// min".)
pub(crate) fn is_byline(text: &str) -> bool {
    byline_find(text)
        .map(|m| {
            let tail = &text[m.end()..];
            let phrase_after_colon = || tail.split(" - ").flat_map(|p| p.split(" – ")).any(|p| p.contains(": ") && !reading_time(p.trim()));
            !(tail.contains(": ") && tail.split_whitespace().count() >= 3 && phrase_after_colon())
        })
        .unwrap_or(false)
}

/// A kicker or breadcrumb glued to the headline ("Chile:Ex-Präsident stirbt ...", "New
/// York|Manhole Fires ...") when the page also prints the headline alone nearby, down to the
/// article's first lines (`last`): the line alone is the headline.
fn unglued(lines: &[Line], scores: &[(usize, f32)], best: usize, lo: usize, last: usize) -> usize {
    // Case kept: "Die Schweiz ist ein großer Tummelplatz" is one headline, not a kicker glued
    // to "Ein großer Tummelplatz".
    let spaced = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let key = spaced(lines[best].text);
    let score = |i: usize| scores.iter().find(|(j, _)| *j == i).map(|(_, s)| *s);
    let floor = score(best).unwrap_or(0.0) - UNGLUED_MARGIN;
    for j in lo..=last.min(lines.len() - 1) {
        // (A line far weaker than the glued one is a contents entry, not the headline.)
        if j == best || lines[j].info.chars < 20 || score(j).map(|s| s < floor).unwrap_or(true) {
            continue;
        }
        let other = spaced(lines[j].text);
        if other.len() < key.len() && key.ends_with(&other) {
            return j;
        }
    }
    best
}

/// How much longer (percent of its length) than the standfirst under it a headline may be.
const HEADLINE_OVER_STANDFIRST: usize = 135;

/// How far from the chosen headline its fuller wording is looked for (lines).
const FULLER_REACH: usize = 8;
/// How much weaker than the chosen headline its fuller wording may score.
const FULLER_MARGIN: f32 = 0.6;

/// The chosen headline cut short: a nearby candidate reads the same words and goes on
/// ("EZB-Zinsentscheid am Donnerstag: Sinkt der Leitzins? Klare Ansage" printed over the lede,
/// and "... Klare Ansage von Profis" above it; a headline's first sentences as the share
/// text). Pages shorten a headline for a teaser or a share box, never lengthen it: the
/// longer line is the headline. Not a " | Site" or " - Site" suffix (stripped later), nor a
/// line that goes on into a sentence.
fn fuller_headline(lines: &[Line], scores: &[(usize, f32)], best: usize) -> usize {
    let short = lines[best].text.trim_end();
    let floor = scores.iter().find(|(j, _)| *j == best).map(|(_, s)| *s).unwrap_or(0.0) - FULLER_MARGIN;
    let word_ends = short.chars().next_back().is_some_and(|c| !c.is_alphanumeric());
    let goes_on = |t: &str| {
        t.strip_prefix(short).is_some_and(|rest| {
            let at_boundary = word_ends || rest.starts_with(|c: char| !c.is_alphanumeric());
            let more = rest.trim_start();
            at_boundary && more.chars().next().is_some_and(|c| !matches!(c, '|' | '-' | '–' | '—' | '·')) && !t.trim_end().ends_with('.')
        })
    };
    scores
        .iter()
        .filter(|(j, s)| *s >= floor && j.abs_diff(best) <= FULLER_REACH && lines[*j].text.len() > short.len() && goes_on(lines[*j].text))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(j, _)| *j)
        .unwrap_or(best)
}

/// A kicker glued to its headline without its colon ("Ausschuss zur Ahrtal-Flut Zwei
/// Rücktritte") when the page prints the same words with it elsewhere (a breadcrumb, the
/// share text): the punctuated twin is the headline as written.
fn punctuated_twin<'a>(lines: &[Line<'a>], title: &str) -> Option<&'a str> {
    let letters = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let (key, colons) = (letters(title), title.matches(':').count());
    let n = title.chars().count();
    lines
        .iter()
        .take(5000)
        .find(|l| (n..=n + 4).contains(&l.info.chars) && l.text.matches(':').count() > colons && letters(l.text) == key)
        .map(|l| l.text)
}

/// Strips a " | Site" / " - Site" suffix only when the page confirms it is one: the bare
/// headline or the suffix is printed on its own elsewhere in the page, or the separator is
/// a pipe. Otherwise "Der große Hack bei Volkswagen - China im Fokus" keeps its second half.
fn confirmed_strip(lines: &[Line], title: &str) -> String {
    let stripped = strip_site_suffix(title);
    let whole = title.trim();
    if stripped.len() >= whole.len() {
        return whole.to_string();
    }
    let tail = whole[stripped.len()..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | ':' | '·'));
    let (head_key, tail_key) = (twin_key(&stripped), twin_key(tail));
    // Two stacked segments (" – Section – Site") are a <title>, not a two-part headline.
    let stacked = [" – ", " — ", " - ", " :: ", " · "].iter().map(|sep| whole[stripped.len()..].matches(sep).count()).sum::<usize>() >= 2;
    let confirmed = whole.contains(" | ")
        || stacked
        || lines.iter().take(5000).any(|l| l.info.chars <= 300 && {
            let k = l.twin_key();
            k == head_key || (!tail_key.is_empty() && (k == tail_key || k.starts_with(&tail_key) && l.info.chars <= tail.chars().count() + 20))
        })
        || {
            // The suffix printed after other heads is a site name; after a restatement of
            // this head ("Industriespionage im großen Stil: Der große Hack bei VW - China im
            // Fokus") it belongs to the headline.
            let head_words = content_words(&stripped);
            lines
                .iter()
                .take(5000)
                .filter(|l| l.text.contains(tail))
                .any(|l| content_words(&l.text.replacen(tail, "", 1)).intersection(&head_words).count() < 2)
        };
    if confirmed {
        stripped
    } else {
        whole.to_string()
    }
}

/// Words of the article's lead a standfirst without a final stop must share.
const STANDFIRST_SHARED_WORDS: usize = 2;

/// A standfirst printed without its final stop ("Blues show season is still alive and
/// European qualification is on the cards"): a long line of prose words under the headline
/// that restates the lead's words, and no caption, byline or dateline. A line that takes
/// more than a third of its words from the headline is the headline again (with its kicker,
/// or the page's other wording of it), not the standfirst.
fn is_unpunctuated_standfirst(l: &Line, lead_words: &WordSet, headline: &str) -> bool {
    let words = content_words(l.text);
    let from_headline = words.intersection(&content_words(headline)).count();
    l.label == Label::Short
        && (60..=400).contains(&l.info.chars)
        && l.info.words >= 8
        && l.info.stop_density >= 0.15
        && !l.info.truncated
        && !l.teaser_head
        && l.date().is_none()
        && !l.text.contains(['|', '©'])
        && words.intersection(lead_words).count() >= STANDFIRST_SHARED_WORDS
        && from_headline * 3 <= words.len()
}

/// A line written as a paragraph: a standfirst or an article paragraph.
fn is_prose(l: &Line) -> bool {
    matches!(l.label, Label::Good | Label::NearGood) && l.info.chars >= 60 && l.info.words >= 8 && !l.info.truncated
}

/// The first paragraph of the run `from..=end`: its first prose line that is neither the
/// headline nor the headline printed again (a page's <title> and <h1>).
pub(crate) fn first_paragraph(lines: &[Line], from: usize, end: usize, title_line: Option<usize>) -> Option<usize> {
    let title_key = title_line.map(|t| lines[t].twin_key());
    (from..=end).find(|&i| Some(i) != title_line && lines[i].label == Label::Good && title_key.as_deref() != Some(&*lines[i].twin_key()))
}

/// Whether line `i` is the headline (line `title_line`) printed again.
pub(crate) fn headline_again(lines: &[Line], i: usize, title_line: Option<usize>) -> bool {
    title_line.is_some_and(|t| t != i && lines[t].twin_key() == lines[i].twin_key())
}

/// A line's text with case and spacing ignored: two lines with one key print the same words.
fn twin_key(text: &str) -> String {
    lines::squeezed_lowercase(text, usize::MAX)
}

/// Short lines of the page with a site suffix stripped ("Headline | Site" -> "headline"):
/// a line equal to one of these is the page's headline printed a second time.
fn suffixed_twins(lines: &[Line]) -> HashSet<String> {
    lines
        .iter()
        .filter(|l| l.info.chars <= 300 && (l.text.contains(" | ") || l.text.contains(" - ") || l.text.contains(" – ") || l.text.contains(" — ")))
        .filter_map(|l| {
            let stripped = strip_site_suffix(l.text);
            (stripped.len() < l.text.trim().len()).then(|| twin_key(&stripped))
        })
        .take(2000)
        .collect()
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}")))
}

/// The first words of the lines [`byline_re`] and [`label_re`] may match, lowercased: the
/// two regexes are large automata (names and places of any script, repeated), slow to run
/// (most of the header's cost), and a line opening with another word is no byline, so they
/// are only run on lines opening with one of these.
const BYLINE_OPENERS: &[&str] = &[
    "par", "by", "von", "por", "di", "per", "enquête", "propos", "recueilli", "recueillis", "témoignage", "témoignages", "entretien", "interview", "une", "un", "article", "l'éditorial", "l’éditorial", "écrit",
    "ecrit", "rédigé", "redige", "written", "posted", "texte", "text", "critique", "chronique", "analyse", "reportage", "portrait", "récit", "décryptage", "vidéo",
    "tribune", "éditorial", "billet", "contribution", "l'avis", "l’avis", "de",
    "ein", "eine", "kolumne", "kommentar", "glosse", "gastbeitrag", "essay", "rezension", "kritik", "analysis", "commentary", "opinion", "column", "words",
    "reporting", "présenté", "présentée", "animé", "animée",
];
/// The same for [`label_re`], the first words of [`AUTHOR_LABELS`].
const LABEL_OPENERS: &[&str] = &[
    "author", "authors", "auteur", "auteurs", "auteur(s)", "auteure", "auteures", "autrice", "envoyé", "envoyée", "envoyés", "envoyées", "rédacteur", "rédactrice", "éditeur", "editeur", "correspondante", "correspondant", "texte",
    "histoire", "avec", "de", "correspondance", "autorin/autor", "autorin", "autoren", "autor", "written", "rédigé", "publié", "posté", "soumis", "proposé", "posted", "submitted",
    "écrit", "ecrit", "signé", "présentation",
];

/// Whether a line's first word (up to a space or a colon), lowercased, is one of `openers`.
fn opens_with_one_of(text: &str, openers: &[&str]) -> bool {
    let first = text.trim_start().split(|c: char| c.is_whitespace() || c == ':').next().unwrap_or("");
    first.len() <= 16 && one_of(first, openers)
}

/// Whether a word, lowercased, is one of `words` (given in lower case); nothing allocated.
fn one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|w| word.chars().flat_map(char::to_lowercase).eq(w.chars()))
}

/// [`byline_re`]'s captures, on a line that may open a byline.
pub(crate) fn byline_captures(text: &str) -> Option<regex::Captures<'_>> {
    opens_with_one_of(text, BYLINE_OPENERS).then(|| byline_re().captures(text)).flatten()
}

/// [`byline_re`]'s match, on a line that may open a byline.
fn byline_find(text: &str) -> Option<regex::Match<'_>> {
    opens_with_one_of(text, BYLINE_OPENERS).then(|| byline_re().find(text)).flatten()
}

/// Whether [`label_re`] matches, on a line that may open with an author's label.
fn labelled(text: &str) -> bool {
    opens_with_one_of(text, LABEL_OPENERS) && label_re().is_match(text)
}

/// "Par X", "By X", "Von X" (or in lowercase, as many sites print it: "von David Straub",
/// "di Viviana Mazza"), or the ways of crediting an interview, an investigation, an op-ed or a
/// column ("Recueilli par", "Une enquête de", "L'éditorial de", "Par notre correspondante",
/// "Un commentaire de", "Kolumne von", "Eine Analyse von", "Analysis by", "Reporting by"),
/// then the name, or the names ("par Jeanne Martin, Paul Durand"; not the outlet or the job
/// after a comma: "David Straub, MDR THÜRINGEN"); a magazine's bare "Texte" before a name of
/// two words or more ("Texte Jeanne Martin"; not a page's "Text Size"); Catalan's "Per" before
/// a name alone on its line ("Per Laia Font"; elsewhere "per" opens a phrase: "Per Izraelio
/// smūgį …").
fn byline_re() -> &'static Regex {
    static C: OnceLock<Regex> = OnceLock::new();
    static PATTERN: OnceLock<String> = OnceLock::new();
    re(&C, PATTERN.get_or_init(|| format!(r"^(?:(?:Par|By|PAR|BY|Von|Por|Di|par|by|von|por|di|Propos recueillis par|Recueillis? par|Témoignages? recueillis? par|Entretien réalisé par|Interview réalisée par|Une enquête de|Une (?:lettre|newsletter|émission) de|Présentée? par|Animée? par|De l['’]envoyée? spéciale?(?: de [\p{{L}}'’ -]{{2,30}}?)?,|Un texte de|Un article (?:invité )?de|Article de|L['’]éditorial de|Une tribune de|Une chronique de|(?:Tribune|Chronique|Éditorial|Billet(?: d['’]humeur)?) de|(?:Tribune|Chronique|Billet)\s+[—–]|Par notre correspondante?(?: à [\p{{L}}'’ -]{{2,30}}?,?)?|Par notre envoyée? spéciale?(?: à [\p{{L}}'’ -]{{2,30}}?)?|De notre envoyée? spéciale?|Écrit par|Ecrit par|Rédigé par|Redige par|Article rédigé par|Article écrit par|Written by|Posted by|(?:Critique|Chronique|Analyse|Reportage|Portrait|Récit|Décryptage|Vidéo) par|(?:Reportage|Enquête|Récit|Portrait) de|Une? (?:commentaire|analyse|billet|point de vue) de|(?:Eine?n? )?(?:Kolumne|Kommentar|Analyse|Glosse|Gastbeitrag|Essay|Rezension|Kritik|Reportage) von|(?:Analysis|Commentary|Opinion|Column|Words|Reporting) by|(?:Une )?[Cc]ontribution de|L['’]avis de)\s*:?\s+|(?:Texte|Text)\s*:\s*){HONORIFIC}?(\p{{Lu}}[\p{{L}}'’.\-]*(?:\s+(?:de |van |von |da |di |le |la |du |der |den |i |et |and |&\s)?\p{{Lu}}[\p{{L}}'’.\-]*){{0,5}}(?:,\s+\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*\s+(?:(?:de|van|von|da|di|le|la|du|der)\s+)?\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*){{0,3}})|^Texte\s+(\p{{Lu}}[\p{{L}}'’.\-]*(?:\s+(?:de |van |von |da |di |le |la |du |der )?\p{{Lu}}[\p{{L}}'’.\-]*){{1,4}})|^[Pp]er\s+(\p{{Lu}}[\p{{L}}'’.\-]*(?:\s+(?:de |del |i |la )?\p{{Lu}}[\p{{L}}'’.\-]*){{1,4}})$")))
}

fn label_re() -> &'static Regex {
    static C: OnceLock<Regex> = OnceLock::new();
    static PATTERN: OnceLock<String> = OnceLock::new();
    // (The label ends where its word does: "Autoroute 40" and "Autoriser les cookies" are no
    // "Autor".)
    re(&C, PATTERN.get_or_init(|| format!(r"(?i)^(?:{AUTHOR_LABELS})(?:\s*:\s*|\s+)(.{{2,60}}?)(?:\s+(?:le|à|on|at)\s+\D{{0,12}}\d.*)?$")))
}

/// The labels a byline puts before the writer's name ("Auteur :", "Auteure :", "Envoyée spéciale :", "Written by", "Rédacteur :",
/// "Autorin/Autor", the "Editeur :" of agencies' French services, "Correspondante :", MSN's
/// "Histoire de", RFI's "Avec notre correspondante à Bakou,", "De notre correspondant à Metz,",
/// "Correspondance à Paris :"), as one regex alternation.
const AUTHOR_LABELS: &str = "author|authors|auteur|auteurs|auteure|auteures|autrice|envoyée? spéciale? (?:à|en|au|aux|dans) [^,]{2,30},|envoyée? spéciale?|envoyés spéciaux|envoyées spéciales|rédacteur|rédactrice|éditeur|editeur|correspondante|correspondant|texte par|histoire de|(?:avec|de) (?:notre|nos) (?:correspondante?s?|envoyée? spéciale?|envoyés spéciaux) (?:à|en|au|aux|dans) [^,]{2,30},|correspondance (?:à|en|au|aux|de|depuis) [^:,]{2,30}? ?:|auteur[(]s[)]|texte et photos?|autorin/autor|autorin|autoren|autor|written by|rédigé par|publié par|posté par|soumis par|proposé par|posted by|submitted by|écrit par|ecrit par|signé|présentation";

/// What a labelled byline gives as the name, unless it goes on with words of a phrase ("Author
/// of the article:", whose name is on the next line).
fn label_name(text: &str) -> Option<regex::Captures<'_>> {
    // (A long job after the name is left out before the label's regex, which takes a short
    // line: "Auteur(s) : Jeanne Martin, Chargée de communication, Bureau régional pour
    // l'Afrique de l'Ouest".)
    let captures = || label_re().captures(text).or_else(|| label_re().captures(before_job(text)));
    // (Nor a forum member's pseudonym: "Posté par Patte_de_velours", "Auteur : Hayk-13".)
    let pseudonym = |c: &regex::Captures| {
        let first = c.get(1).map_or("", |m| m.as_str().split([' ', ',']).next().unwrap_or(""));
        first.contains('_') || first.contains(char::is_alphabetic) && first.contains(|ch: char| ch.is_ascii_digit())
    };
    opens_with_one_of(text, LABEL_OPENERS).then(captures).flatten().filter(|c| c.get(1).and_then(|m| m.as_str().split_whitespace().next()).is_some_and(|w| !lines::is_stop(&w.to_lowercase())) && !pseudonym(c))
}

/// A byline's text up to the first comma that opens a job or a place ([`lower_case_part`]:
/// "Jeanne Martin, Chargée de communication, ..."); co-authors' names after a comma are kept
/// ("Jeanne Martin, Paul Durand").
fn before_job(text: &str) -> &str {
    let mut at = 0;
    for part in text.split(", ") {
        if at > 0 && lower_case_part(part) {
            return &text[..at - 2];
        }
        at += part.len() + 2;
    }
    text
}

/// What a byline prints after its first name's job, when it is a co-author's name (", envoyé
/// spécial à Goris, et Inès Bellamy" -> "Inès Bellamy").
fn coauthor_after_job(rest: &str) -> Option<&str> {
    let (job, after) = rest.strip_prefix(", ")?.split_once(", ")?;
    let name = after.strip_prefix("et ").or_else(|| after.strip_prefix("and "))?.trim();
    (lower_case_part(job) && names_line(name).is_some_and(|n| n.len() == 1)).then_some(name)
}

/// A part of a byline after a comma holding a word in lower case (no name's particle, "de",
/// "van"): a writer's job or place, not a co-author's name ("Envoyée spéciale à Amizmiz",
/// "chargé de communication terrain").
fn lower_case_part(part: &str) -> bool {
    part.split_whitespace().any(|w| w.starts_with(char::is_lowercase) && !NAME_PARTICLES.contains(&w))
}

/// A byline's head alone on its line, the names on the lines under it: the bare "Von",
/// "Par", "By" (the `byline` rule), or an author label ("Auteur :", "Autorin/Autor",
/// "Author of the article:").
fn split_byline_head(l: &Line) -> bool {
    static C: OnceLock<Regex> = OnceLock::new();
    static PATTERN: OnceLock<String> = OnceLock::new();
    l.label == Label::Bad("byline") && l.info.chars <= 6
        || l.text.len() <= 40 && re(&C, PATTERN.get_or_init(|| format!(r"(?i)^(?:{AUTHOR_LABELS})(?: of the article)?\s*:?$"))).is_match(l.text)
}

/// The names a line gives when it is nothing but names: one ("Julia Vergin"), or a few
/// parted by a bar, a bullet, a comma or an "et" / "and" ("Julia Vergin | Clare Roth").
fn names_line(text: &str) -> Option<Vec<&str>> {
    if staff_credit(text) {
        return None;
    }
    // (Co-authors: "Jeanne Martin et Paul Durand", "Jeanne Martin, Paul Durand".)
    // (A job after a name, "Jon King, News Reporter", "Amy Gibbons Political Correspondent",
    // is left out.)
    // (What a byline prints after the first name, the place or the outlet, is left out too:
    // "Jeanne Martin (à Marseille)", "Jeanne Martin, à Marseille", "Jeanne Martin - Lausanne",
    // "Jeanne Martin | Le Quotidien de Montréal", "Jeanne Martin •".)
    // (A part after the name in lower-case words is the writer's job or place, and what
    // follows it is too: "Jeanne Martin, Envoyée spéciale à Amizmiz", "Paul Durand,
    // économiste, ancien professeur à l'Université d'État d'Haïti".)
    // (A short line: a paragraph's subject opens it with a comma too, "Friedrich Merz,
    // najpoważniejszy kandydat na kanclerza ..., poniósł ...".)
    // (A pictograph may open it: "✍️ Nina Aroyan pour @flashactumonde".)
    let text = text.trim_start_matches(|c: char| super::rules::pictograph(c) || c.is_whitespace());
    let job_or_place = |p: &str| text.len() <= NAME_AND_JOB_BYTES && lower_case_part(p);
    // (A byline in brackets, under the story: "(JM avec Paul Durand)".)
    let text = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')).filter(|t| !t.contains(['(', ')'])).unwrap_or(text);
    // (After a comma only: "François Fillon et sa femme accusés de ..." is a headline.)
    let names: Vec<&str> = parts(text)
        .flat_map(|p| p.split(", ").enumerate().take_while(|&(k, c)| k == 0 || !job_or_place(c)).map(|(_, c)| c))
        .flat_map(|p| p.split(" et "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        // (Corsican's "and": "Jeanne Martin è Paul Durand".)
        .flat_map(|p| p.split(" è "))
        .flat_map(|p| p.split(" avec "))
        // (Nor the desk's initials the writer worked with: "JM avec Paul Durand".)
        .filter(|p| !desk_initials(p.trim()))
        // (Nor a rank or a title before a name: "Général de brigade (2S) Jacques Ferrandon",
        // "Sœur Marie-Bénédicte Lallement".)
        .map(without_honorific)
        // (A dash parts a name from its place or outlet, not from a co-author: "Benoît Lacaze
        // – Cité du Vatican".)
        .map(|p| dash_parts(p).next().unwrap_or(p))
        // (Nor the programme or outlet the writer worked for: "Jeanne Martin pour le JT de
        // 19h30".)
        .map(|p| p.split(" pour ").next().unwrap_or(p))
        .map(|p| without_bracket(p.trim()))
        .enumerate()
        // (Nor a date or an issue's number after the name: "Paul Durand | Edition N°1287 |
        // 20/09/2023"; a name has no digit.)
        .filter(|&(k, p)| k == 0 || !(p.is_empty() || p.starts_with("à ") || p.split_whitespace().count() == 1 || outlet_name(p) || p.contains(|c: char| c.is_ascii_digit())))
        .filter_map(|(k, p)| without_job(without_glued_role(p), k == 0))
        .collect();
    if names.is_empty() {
        return None;
    }
    // (Not an agency's credit, "Histoire de AFP", nor an outlet's name: "Agence QMI", "Cercle
    // Finance", "L'Aurore de Beyrouth".)
    // (Nor a picture's credit: "Photos Paul Durand pour Le Nouveau Regard".)
    (names.len() <= BYLINE_NAMES && names.iter().all(|n| name_like(n, &lines::info(n)) && crate::agencies::find_sources(n).is_empty() && !outlet_name(n) && !page_label(n) && !opens_with_one_of(n, CREDIT_WORDS))).then_some(names)
}

/// A rank, a title or a religious style a byline prints before the writer's name, with the
/// space after it, as one regex (byline_re skips it, `without_honorific` leaves it out).
const HONORIFIC: &str = r"(?:(?:le |la )?(?:[Ll]['’]honorable|Dr|Pr|Me|Mgr|Père|Sœur|Frère|Abbé|Docteur|Professeur|Colonel|Lieutenant-colonel|Capitaine(?: de (?:vaisseau|frégate|corvette))?|Commandant|Général(?: de (?:brigade|division|corps d['’]armée|armée))?|Amiral|Vice-amiral|Contre-amiral)\.?(?:\s*\((?:ER|CR|2S)\))?\s+)";

/// A name without the rank, title or religious style before it ("Colonel (ER) Hervé
/// Lambertin" -> "Hervé Lambertin", "Dr. Élise Morvillier", "le Père Antoine Vasseur").
fn without_honorific(part: &str) -> &str {
    static C: OnceLock<Regex> = OnceLock::new();
    static PATTERN: OnceLock<String> = OnceLock::new();
    let part = part.trim();
    let honorific = re(&C, PATTERN.get_or_init(|| format!("^{HONORIFIC}")));
    // (A name follows it: "Général de brigade" alone is no writer's.)
    honorific.find(part).map(|m| &part[m.end()..]).filter(|name| name.starts_with(char::is_uppercase)).unwrap_or(part)
}

/// A desk's initials standing for a writer ("JM", "J.M.", "C.M."): no name a byline can
/// print whole.
fn desk_initials(part: &str) -> bool {
    let letters = part.chars().filter(|c| *c != '.').count();
    (2..=3).contains(&letters) && part.chars().all(|c| c == '.' || c.is_uppercase())
}

/// The words that open a picture's or a video's credit, not a writer's name (lower case).
const CREDIT_WORDS: &[&str] = &["photo", "photos", "crédit", "crédits", "credit", "credits", "illustration", "illustrations", "image", "images", "vidéo", "video", "dessin", "infographie", "montage", "foto", "fotos", "bild"];

/// The longest date part of a byline's line ("20 septembre 2023 à 10h23").
const DATE_PART_CHARS: usize = 40;

/// A byline's part cut at its spaced dashes, hyphen, en or em ("Amélie Kaboré – Moroni",
/// "Paul DURAND - 20 sept. 2023 à 18:12").
fn dash_parts(part: &str) -> impl Iterator<Item = &str> {
    part.split(" - ").flat_map(|p| p.split(" – ")).flat_map(|p| p.split(" — "))
}

/// A part of a byline's line that is its date alone ("20 septembre 2023", "20 sept. 2023 à
/// 18:12").
fn date_alone(part: &str) -> bool {
    part.chars().count() <= DATE_PART_CHARS && normalise_str(part).is_some()
}

/// How long a line of a name with the writer's job or place after it may be (bytes).
const NAME_AND_JOB_BYTES: usize = 90;

/// Words of a writer's job: a page prints one right after the name, in a box of its own, or
/// on a line of its own under it ([`writer_role`]).
const ROLE_WORDS: &[&str] = &[
    "reporter", "writer", "editor", "correspondent", "journalist", "columnist", "producer", "contributor", "photographer", "redakteur", "redakteurin", "korrespondent",
    "korrespondentin", "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "reporteur", "chroniqueur", "chroniqueuse", "éditorialiste", "pigiste",
    "reporterin", "journalistin", "autorin", "chefredakteur", "chefredakteurin", "volontär", "volontärin", "kolumnist", "kolumnistin",
];

/// A byline's part without a bracket closing it ("Jeanne Martin (à Marseille)", "Jeanne
/// Martin (avec Belga)").
fn without_bracket(part: &str) -> &str {
    match part.strip_suffix(')').and_then(|p| p.rfind(" (")) {
        Some(at) => part[..at].trim_end(),
        None => part,
    }
}

/// Words that name an outlet, not a person ("Agence QMI", "Direct Info Lyon", "Ici Levant").
const OUTLET_WORDS: &[&str] = &[
    "agence", "agency", "info", "infos", "actu", "actus", "news", "nouvelles", "presse", "press", "journal", "radio", "tv", "télé", "média", "médias", "finance",
    "matin", "soir", "quotidien", "hebdo", "magazine", "times", "post", "express", "monde", "ici", "direct", "civique", "gazette", "courrier", "tribune", "dépêche",
];

/// Words of a page's labels and buttons that no one's name holds ("Article Premium", "App
/// Store", "Google Play", "Vidéo Exclusive").
const PAGE_LABEL_WORDS: &[&str] = &["article", "premium", "exclusif", "exclusive", "store", "play", "podcast", "vidéo", "video", "newsletter", "abonnés", "abonné"];

/// A bare name that is a page's label or button: it holds one of [`PAGE_LABEL_WORDS`].
fn page_label(name: &str) -> bool {
    name.split_whitespace().any(|w| one_of(w, PAGE_LABEL_WORDS))
}

/// A bare name that is an outlet's: it holds an outlet's word, or opens with an article
/// ("L'Aurore de Beyrouth", "Le Quotidien").
fn outlet_name(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    matches!(first, "Le" | "La" | "Les" | "The") || first.starts_with("L'") || first.starts_with("L’")
        || name.split_whitespace().any(|w| one_of(w, OUTLET_WORDS))
}

/// Words of a job title printed after a writer's name, besides [`ROLE_WORDS`] ("Senior Staff
/// Technologist", "News Reporter").
const JOB_WORDS: &[&str] = &["staff", "senior", "chief", "news", "technologist", "analyst", "director", "manager", "contributing", "associate", "deputy", "political", "foreign"];

/// A part of a byline without the job title printed after the name ("Amy Gibbons Political
/// Correspondent" -> "Amy Gibbons"): the words before the first job word, if two or more;
/// nothing when the part is a job title ("News Reporter", "Senior Staff"), or when a part
/// after the `first` holds a job word ("Matt O'Brien, AP Technology Writer").
fn without_job(part: &str, first: bool) -> Option<&str> {
    let job = part.split_whitespace().position(|w| {
        let w = w.to_lowercase();
        ROLE_WORDS.contains(&w.as_str()) || JOB_WORDS.contains(&w.as_str())
    });
    // (A job word in lower case takes the capitalised word before it into the job, when a
    // name of two words is left: "Thabo Mokone Parliamentary editor".)
    // (So does a German adjective, capitalised as the job it qualifies: "Sina Zehrfeld
    // Landespolitische Korrespondentin".)
    let adjective = |w: &str| ["ische", "ischer", "liche", "licher", "ende", "ender", "freie", "freier"].iter().any(|e| w.to_lowercase().ends_with(e));
    let job = job.map(|k| if k >= 3 && part.split_whitespace().nth(k).is_some_and(|w| w.starts_with(char::is_lowercase)) || k >= 3 && part.split_whitespace().nth(k - 1).is_some_and(adjective) { k - 1 } else { k });
    match job {
        None => Some(part),
        // (The end of the name's last word, found by its place in `part`, not by a search.)
        Some(k) if k >= 2 && first => part.split_whitespace().nth(k - 1).map(|w| &part[..w.as_ptr() as usize - part.as_ptr() as usize + w.len()]),
        Some(_) => None,
    }
}

/// A name with its job glued on, the two boxes' texts printed without a space ("Alan
/// JohnsonReporter", "Lucy ThorntonNews Reporter"): the name alone. The glue is a lower-case
/// letter right before a capital, with a job word after it.
fn without_glued_role(name: &str) -> &str {
    match glues(name).next() {
        Some(at) if name[at..].split_whitespace().any(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str())) => &name[..at],
        _ => name,
    }
}

/// Where a lower-case letter meets a capital in `text` (the capital's byte offset): where a
/// browser's text ran two boxes together ("JohnsonReporter", "WelleDatenschutz").
fn glues(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.char_indices().zip(text.chars().skip(1)).filter(|&((_, a), b)| a.is_lowercase() && b.is_uppercase()).map(|((i, a), _)| i + a.len_utf8())
}

/// Whether the article's prose uses a bare name's last word: then the name is a subject of
/// the story (a topic tag: "Donald Trump", "Tel Aviv") or a section's words ("Front Page",
/// "Current Issue": "page", "issue"), not its writer, whom the story does not mention.
fn named_in_prose(name: &str, run: &[Line]) -> bool {
    let Some(last) = name.split_whitespace().last().map(str::to_lowercase) else { return false };
    run.iter()
        .filter(|l| matches!(l.label, Label::Good | Label::NearGood))
        .any(|l| l.text.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w.len() == last.len() && w.to_lowercase() == last))
}

/// The most names a split byline lists, one a line or parted on one line (the scrape's
/// labels mark as many, `text::mark_split_bylines`).
pub(crate) const BYLINE_NAMES: usize = 3;

/// The names of a blog or a column that open a line under the headline with its writer's name.
const COLUMN_NAMES: &[&str] = &["Le blog de ", "Le point de vue de ", "Le point de vue d'", "Le point de vue d’", "La chronique de ", "Le billet de "];

/// A dateline that names its writer, or its writers: "Publié le 14 septembre 2022 par Anna
/// Petrossian", SPIP's "mercredi 20 septembre 2023, par Jeanne Martin, Paul Durand",
/// "Posted on September 14, 2022 by Jane Doe" (the WordPress line), or the name first: "Anna
/// Petrossian, publié le 14/09/2022".
fn dated_byline_re() -> &'static Regex {
    static C: OnceLock<Regex> = OnceLock::new();
    re(&C, r"(?:\s(?:par|by|von|por|di)\s+(\p{Lu}[\p{L}'’.\-]*(?:(?:,\s+|\s+(?:de |van |von |da |di |le |la |du |der |et |and |&\s)?)\p{Lu}[\p{L}'’.\-]*){0,5})\s*$|^(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}),?\s+(?i:publié|publiée|posted|published|mis à jour|updated|le \d))")
}

/// A dateline whose year has two digits ("Publié le 14/09/22 à 10h23", as 20 Minutes
/// prints it; "Publié le 20 sept. 23 à 10:23"): the date, the year in this century. Only
/// with a publication word, or alone on its line with its time ("20.09.23 - 10:23", "21/09/23
/// — 12:30", "Le 20.09.23", "• 20/09/23"): elsewhere "14/09/22" may be anything.
pub(super) fn short_year_dateline(text: &str) -> Option<String> {
    static C: OnceLock<Regex> = OnceLock::new();
    static NAMED: OnceLock<Regex> = OnceLock::new();
    static ALONE: OnceLock<Regex> = OnceLock::new();
    // (Every form holds an ASCII digit; `Line::date` asks this of lines no other date form
    // read, most of them without one.)
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let text = text.trim().trim_start_matches(['•', '·', '|', '-', '–', '—']).trim_start();
    let alone = || re(&ALONE, r"^(?i:le\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2}(?:\s*(?:[-,–—|•·]|à)?\s*\d{1,2}[:h]\d{2})?$").is_match(text);
    if text.chars().count() > 100 {
        return None;
    }
    if publication_word(text) {
        // (The month named, the year cut to two digits: "le 20 sept. 23 à 10:23".)
        if let Some(c) = re(&NAMED, r"(?i)(?-u:\b)(\d{1,2})(?:er)?\s+(\p{L}{3,9})\.?\s+(\d{2})(?:\s|$|,)").captures(text) {
            let (d, y): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
            if let Some(m) = crate::container::dates::month(&c[2]) {
                return (1..=31).contains(&d).then(|| format!("{:04}-{m:02}-{d:02}", 2000 + y));
            }
        }
    } else if !alone() {
        return None;
    }
    let c = re(&C, r"(?-u:\b)(\d{1,2})[/.](\d{1,2})[/.](\d{2})(?-u:\b)").captures(text)?;
    let (d, m, y): (u32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| format!("{:04}-{m:02}-{d:02}", 2000 + y))
}

/// A reading time ("8 min read", "Lesedauer: 7 Minuten"): the article's meta line holds it,
/// so a date beside it is the article's, not the site header's, even above the headline
/// ("Oct 18, 2019 · 8 min read").
fn reading_time(part: &str) -> bool {
    super::rules::classify(super::rules::Scope::Text, part, part.chars().count()).is_some_and(|r| r.reason == "reading time")
}

/// Whether a line's last word is an initialism ("N.Y.C.", "U.S."): its final dot closes the
/// initialism, not a sentence, so a headline may end with it.
fn ends_with_initialism(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    let letters: Vec<&str> = last.split('.').collect();
    letters.len() >= 3 && letters.last() == Some(&"") && letters[..letters.len() - 1].iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// An agency's dateline on a line of its own: the place, the day and month, the agency
/// ("Bakou, 14 septembre, AZERTAC", "MOSCOU, 3 mars (AFP) -"). It opens the story; it is
/// no headline, though it names no year for the date reader to take it as a date.
fn agency_dateline(text: &str) -> bool {
    // What the pattern needs, checked first: it runs on every headline candidate. The place
    // holds no comma, so its end is the line's first comma, within its 31 characters; the
    // day's digits come right after it (spaces and a "le" apart).
    let Some(comma) = text.char_indices().take(PLACE_CHARS + 1).find(|&(_, c)| c == ',').map(|(i, _)| i) else { return false };
    let after = text[comma + 1..].trim_start();
    let day = after.strip_prefix("le").filter(|r| r.starts_with(char::is_whitespace)).map_or(after, str::trim_start);
    if !text.starts_with(char::is_uppercase) || !day.starts_with(char::is_numeric) {
        return false;
    }
    // The place and the agency are at most 31 characters. Counted here rather than by the
    // pattern: a bounded repetition of a Unicode class is that many copies of its automaton,
    // and the pattern bounded took 40 ms to build. The place was counted above; an agency
    // the open pattern finds too long may still end the line shorter, its final "." or "-"
    // read as the separator after it: the bounded pattern decides then.
    static OPEN: OnceLock<Regex> = OnceLock::new();
    static BOUNDED: OnceLock<Regex> = OnceLock::new();
    const DATE: &str = r",\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?\s*[,(/–—.-]\s*\(?";
    const END: &str = r"\)?\s*[.:–—-]?\s*$";
    let open = OPEN.get_or_init(|| Regex::new(&format!(r"^\p{{Lu}}[\p{{L}}'’. -]+{DATE}(\p{{Lu}}[\p{{L}}/.-]+){END}")).expect("agency dateline"));
    let Some(c) = open.captures(text) else { return false };
    let c = if c[1].chars().nth(PLACE_CHARS).is_none() {
        c
    } else {
        let bounded = BOUNDED.get_or_init(|| Regex::new(&format!(r"^\p{{Lu}}[\p{{L}}'’. -]+{DATE}(\p{{Lu}}[\p{{L}}/.-]{{1,30}}){END}")).expect("agency dateline"));
        let Some(c) = bounded.captures(text) else { return false };
        c
    };
    let agency = &c[1];
    agency.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) || !crate::agencies::find_sources(agency).is_empty()
}

/// The longest place, and the longest agency, of an agency's dateline, in characters.
const PLACE_CHARS: usize = 31;

/// The longest dated byline without a publication word ("vendredi 14 mai 2023, par Jean Eckian").
const DATED_BYLINE_CHARS: usize = 60;

/// A writer credited with the agency that supplied the story, alone on the line: "Jeanne
/// Martin, avec AFP", "Jeanne Martin (avec AFP)", "John Smith with Reuters". The name, when an agency is named after it.
fn agency_byline(text: &str) -> Option<regex::Captures<'_>> {
    static C: OnceLock<Regex> = OnceLock::new();
    re(&C, r"^(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}),?\s+\(?(?:avec|with|and|et)\s+(.{2,40}?)\)?$")
        .captures(text)
        .filter(|c| c.get(2).is_some_and(|tail| !crate::agencies::find_sources(tail.as_str()).is_empty()))
}

fn correspondent_re() -> &'static Regex {
    static C: OnceLock<Regex> = OnceLock::new();
    re(&C, r"^(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}),\s+(?:correspondante?|envoyée? spéciale?|notre correspondant|correspondent|special envoy)\b")
}

/// The words that announce a publication or update date, as one regex alternation.
const PUBLICATION_WORDS: &str = "publié|publie|published|mis à jour|mise à jour|updated|posted|modifié|erstellt|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|publisert|publicerad|publiceret|gepubliceerd|opublikowano|offentliggjort|oppdatert|opdateret|uppdaterad|bijgewerkt";

/// A word that announces a publication or update date ("publié", "updated", "Publisert").
pub(crate) fn publication_word(text: &str) -> bool {
    static WORDS: OnceLock<Regex> = OnceLock::new();
    WORDS.get_or_init(|| Regex::new(&format!("(?i){PUBLICATION_WORDS}")).expect("publication words")).is_match(text)
}

/// A dateline of an article: a publication word and a date ("Publisert 06.01.2026 - 17:29").
pub(crate) fn is_dateline(text: &str, chars: usize) -> bool {
    chars <= 100 && publication_word(text) && normalise_str(text).is_some()
}

/// Whether a line announces its date: a publication word ("publié", "updated") or a time or
/// day ("le 12 ", "à 9h", "10:30", "18h30").
///
/// One alternation of all of these matches the same lines, but its Unicode word boundaries
/// (`\ble`, `\bà`) send it to the slow regex engines on any non-ASCII line, and it was most
/// of the headline search's time. So the words are one regex (fast engines), and the times,
/// which all hold a `\d` (a Unicode decimal digit, hence `is_numeric`), are tried only on
/// lines with a digit, the clock forms first (they need no word boundary).
pub(crate) fn has_published_cue(text: &str) -> bool {
    static CLOCK: OnceLock<Regex> = OnceLock::new();
    static DAY_OR_HOUR: OnceLock<Regex> = OnceLock::new();
    publication_word(text)
        || text.chars().any(char::is_numeric)
            && (re(&CLOCK, r"\d{1,2}:\d{2}|(?i:\d{1,2}h\d{2})").is_match(text) || re(&DAY_OR_HOUR, r"(?i)\ble\s+\d{1,2}[./ ]|\bà\s+\d{1,2}h").is_match(text))
}

/// A line that is one phrase twice ("Martin Gramnæs Martin Gramnæs": a byline's picture
/// text and its link): the phrase.
fn printed_twice(text: &str) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let half = words.len() / 2;
    (half >= 1 && words.len() % 2 == 0 && words[..half] == words[half..]).then(|| {
        // The end of the first half's last word, walking the words in order.
        let end = words[..half].iter().fold(0, |at, w| at + text[at..].find(w).unwrap_or(0) + w.len());
        text[..end].trim()
    })
}

/// The lower-case words of people's names ("Charles de Gaulle", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &["de", "van", "von", "da", "di", "le", "la", "du", "der", "den", "i", "bin", "ben", "el", "al"];

/// A bare person name: 2-4 capitalised words, no digits, no sentence; none of the capitalised
/// words a function word ("Zur Startseite", "Teilen Sie Ihre Meinung" are a page's words).
pub(crate) fn name_like(text: &str, info: &LineInfo) -> bool {
    if info.chars > 40 || info.sentence_end || text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let c = w.chars().next().unwrap_or(' ');
            c.is_uppercase() && !lines::is_stop_any_case(w) || NAME_PARTICLES.contains(w)
        })
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
}

/// Whether two lines share a content word ([`content_words`]): a teaser's summary restates its
/// headline's subject.
pub(crate) fn share_content_word(a: &str, b: &str) -> bool {
    let words = content_words(a);
    !words.is_disjoint(&content_words(b))
}

/// Content words (4+ letters) of a line, lowercased and cut to their first 6 letters (a
/// crude stem: "Kalifat" and "Kalifats", "strike" and "strikes" meet). Text without spaces
/// (Chinese, Japanese) gives its character pairs instead. Each word is kept as a hash: the
/// sets are only compared, and the words of a whole article are read for every page.
fn content_words(text: &str) -> WordSet {
    let mut out = WordSet::default();
    content_words_into(text, &mut out);
    out
}

/// [`content_words`] into `out`, cleared first (one set reused for many lines).
fn content_words_into(text: &str, out: &mut WordSet) {
    out.clear();
    for w in text.split(|c: char| !crate::letters::is_alphanumeric(c)).take(400) {
        if w.is_ascii() {
            // (Most words: the same test and hash, byte by byte.)
            if w.len() > 3 && !lines::is_stop_any_case(w) {
                out.insert(word_hash(w.bytes().take(6).map(|b| b.to_ascii_lowercase() as char)));
            }
        } else if w.chars().any(lines::is_cjk) {
            let chars: Vec<char> = w.chars().collect();
            for pair in chars.windows(2).take(200) {
                out.insert(word_hash(pair.iter().copied()));
            }
        } else if w.chars().nth(3).is_some() && !lines::is_stop_any_case(w) {
            out.insert(word_hash(w.chars().take(6).flat_map(|c| c.to_lowercase())));
        }
        if out.len() >= 300 {
            break;
        }
    }
}

/// A set of [`word_hash`]es. The values are hashes already: the table only spreads them
/// (one multiplication), instead of running SipHash over each (a third of the headline
/// search's time went to hashing and growing these sets).
type WordSet = std::collections::HashSet<u64, BuildHasherDefault<WordHashHasher>>;

/// The hasher of [`WordSet`]: a word hash, mixed so that its high bits (which the table
/// reads first) depend on all of it.
#[derive(Default)]
struct WordHashHasher(u64);

impl Hasher for WordHashHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; any other input still hashes, FNV-1a over its bytes.
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01B3);
        }
    }

    fn write_u64(&mut self, h: u64) {
        self.0 = (h ^ (h >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// FNV-1a over the characters of a word (or of words, spaces between).
pub(crate) fn word_hash(chars: impl Iterator<Item = char>) -> u64 {
    chars.fold(0xcbf2_9ce4_8422_2325u64, |h, c| (h ^ c as u64).wrapping_mul(0x0000_0100_0000_01B3))
}

/// Removes a trailing " | Site" or " – Section – Site" from a headline.
pub(crate) fn strip_site_suffix(title: &str) -> String {
    let mut t = title.trim().to_string();
    if let Some((head, _)) = t.split_once(" | ") {
        if head.split_whitespace().count() >= 3 {
            t = head.trim().to_string();
        }
    }
    for sep in [" – ", " — ", " - ", " :: ", " · "] {
        loop {
            let Some(p) = t.rfind(sep) else { break };
            let (head, tail) = (&t[..p], &t[p + sep.len()..]);
            let tail_words = tail.split_whitespace().count();
            let tail_capital = tail.chars().next().map(|c| c.is_uppercase()).unwrap_or(false);
            if tail_words <= 3 && tail_capital && head.split_whitespace().count() >= 4 && !tail.ends_with(['?', '!', '»', '"', ')']) {
                t = head.trim_end().to_string();
            } else {
                break;
            }
        }
    }
    t
}

pub(crate) fn find(lines: &[Line], start: usize, end: usize) -> Found {
    let mut found = Found::default();
    // The copyright's holder, from the footer's line (the last one outside the article): a
    // byline naming it is no writer's. It is the site when the page names itself so elsewhere
    // too, on a line of its own or opening one (the logo's "Isula Nutizie", "Tamedia-Umfragen");
    // else it is a publisher's company, whose name the reader may not know the site by
    // ("Bennett, Coleman & Co. Ltd." for the Times of India).
    let holder = lines.iter().enumerate().rev().filter(|(i, _)| !(start..=end).contains(i)).find_map(|(_, l)| copyright_holder(l.text));
    found.site = holder.filter(|h| lines.iter().any(|l| l.text.starts_with(h) && copyright_holder(l.text).is_none())).map(str::to_string);
    // The words of the run's prose lines, each line read once.
    let (mut body_words, mut all_words, mut line_words) = (WordSet::default(), WordSet::default(), WordSet::default());
    for (k, l) in lines[start..=end].iter().filter(|l| matches!(l.label, Label::Good | Label::NearGood)).take(200).enumerate() {
        content_words_into(l.text, &mut line_words);
        if k < BODY_LINES {
            body_words.extend(&line_words);
        }
        all_words.extend(&line_words);
    }

    // The headline: scored candidates above the run (and its first line).
    let lo = start.saturating_sub(TITLE_WINDOW);
    let twins = suffixed_twins(lines);
    let mut best: Option<(f32, usize)> = None;
    let mut scores: Vec<(usize, f32)> = Vec::new();
    let head_end = (start + IN_RUN_HEAD).min(end).min(lines.len() - 1);
    let meta_above = article_meta_above(lines, lo, start);
    let listed = ListedEverywhere::new(lines);
    for i in (lo..=head_end).chain(0..lo.min(3)) {
        let l = &lines[i];
        let n = l.info.chars;
        if !(12..=250).contains(&n) || l.info.truncated || l.info.words < 2 {
            continue;
        }
        // Dates, times and counters are not headlines.
        let digits = l.text.chars().filter(|c| c.is_ascii_digit()).count();
        // (Nor an update stamp with a time but no date: "Mis à jour à 10:15 (heure de Kyiv)";
        // nor a widget's line.)
        if digits * 4 > n || ((n <= 60 || n <= 120 && has_published_cue(l.text)) && l.date().is_some()) || digits > 0 && is_relative_dateline(l.text) || widget_line(l.text) {
            continue;
        }
        if matches!(l.label, Label::Barrier(_) | Label::Credit) {
            continue;
        }
        if let Label::Bad(r) = l.label {
            // (A line printed twice that a caption rule took is a headline with a colon:
            // "Erstes Bild: So könnte die Seilbahn aussehen"; a caption is printed once.)
            if !matches!(r, "repeated in page" | "repeated across files" | "teaser") && !(r == "caption" && l.in_page >= 2) {
                continue;
            }
        }
        if i >= start && matches!(l.label, Label::Good) && (l.text.ends_with('.') && !ends_with_initialism(l.text) || n > 150) {
            continue;
        }
        // Inside the run, only a line with its byline or date under it.
        let byline_under = heads_byline(lines, i, if i > start { i + 4 } else { start });
        if i > start && !byline_under {
            continue;
        }
        if is_byline(l.text) || labelled(l.text) || printed_twice(l.text).is_some() || list_item(l.text) || agency_dateline(l.text) {
            continue;
        }
        let twice = (l.in_page >= 2 && !listed.holds(i)) || twins.contains(&*l.twin_key());
        let glued = !twice && !l.teaser_head && glued_twin(lines, i, lo, head_end);
        let s = title_score(l, &body_words, &all_words, twice) + if byline_under { BYLINE_BONUS } else { 0.0 } - if i > start { IN_RUN_COST } else { 0.0 }
            + if glued { GLUED_TWIN_BONUS } else { 0.0 }
            + if heads_lede(lines, i, start, lo) { HEADS_LEDE_BONUS } else { 0.0 }
            - if meta_above.is_some_and(|m| i > m) { UNDER_META_COST } else { 0.0 };
        scores.push((i, s));
        if best.map(|(b, _)| s > b).unwrap_or(true) {
            best = Some((s, i));
        }
    }
    // A line under a headline-shaped line that also shares the article's words, and is not
    // much shorter than it: a standfirst under its headline, which is the line above (a
    // headline may run up to a third longer than the summary points under it, "Your $1 bill
    // could be worth up THOUSANDS - here's how ..." over "Currency collectors nationwide are
    // on hunt for some rare dollar bills"; the same line printed twice is no pair).
    if let Some((s, i)) = best {
        if i > 0 {
            let above = &lines[i - 1];
            if let Some(sa) = scores.iter().find(|(j, _)| *j == i - 1).map(|(_, v)| *v) {
                // (A headline has a few words: a section label or kicker above is no headline.)
                // (Nor is the last of a list of headlines over it that shares no more than a
                // word with it: a teaser list's, a ticker's, "Guadeloupe : vigilance jaune
                // fortes pluies et orages" / "Martinique : pas de vigilance en cours" over the
                // article's headline; "Lubumbashi : la Gécamines annonce un nouveau DG" over
                // "Ilham Aliev lance de nouveaux avertissements …", which meet on "nouveau".)
                let listed = i >= 2
                    && matches!(lines[i - 2].label, Label::Short | Label::Bad("repeated in page" | "repeated across files" | "teaser"))
                    && headline_shape(&lines[i - 2].info)
                    && content_words(above.text).intersection(&content_words(lines[i].text)).count() < STANDFIRST_SHARED_WORDS;
                // (Nor a line sharing no word with the story: a ticker's item under the
                // weather, "Trafic : ralentissements sur l'A75 au niveau des Martres-de-Veyre".)
                // (Nor a tagline, less than half the line under it, sharing no word with it and
                // a word or two with the story by chance: "Comprendre le monde qui nous entoure"
                // over "Azerbaïdjan : « La Russie est neutre … »", a story whose quote says "du
                // monde entier".)
                let unrelated = || {
                    let words = content_words(above.text);
                    let with_story = words.intersection(&all_words).count();
                    let tagline = above.info.chars * 2 < lines[i].info.chars && words.intersection(&content_words(lines[i].text)).count() == 0;
                    with_story < STANDFIRST_SHARED_WORDS || with_story <= STANDFIRST_SHARED_WORDS && tagline
                };
                if sa > -0.3 && sa > s - 0.5 && above.info.chars < lines[i].info.chars * HEADLINE_OVER_STANDFIRST / 100 && above.info.chars >= 30 && above.text != lines[i].text && above.info.words >= 4 && !listed && !unrelated() {
                    best = Some((sa, i - 1));
                }
            }
        }
    }
    if let Some((s, i)) = best {
        if s > -0.3 {
            let i = unglued(lines, &scores, i, lo, head_end);
            let i = fuller_headline(lines, &scores, i);
            found.title = Some(confirmed_strip(lines, punctuated_twin(lines, lines[i].text).unwrap_or(lines[i].text)));
            found.title_line = Some(i);
        }
    }

    if let Some(t) = found.title_line {
        if let Some(next) = lines.get(t + 1) {
            if t + 1 < start && (is_prose(next) || is_unpunctuated_standfirst(next, &body_words, lines[t].text)) && next.info.chars <= 600 && !name_like(next.text, &next.info) && byline_find(next.text).is_none() {
                found.standfirst = Some(t + 1);
            }
        }
    }
    // Bylines and dates: lines near the top of the article and just after it.
    let top = found.title_line.unwrap_or(start).min(start);
    // The article's first paragraph: the lines above it, under the headline, are its header.
    // (Under a headline found inside the run: what the run took in above it, a donation
    // appeal's sentence, is no lede.)
    let lede = first_paragraph(lines, found.title_line.filter(|t| (start..end).contains(t)).map_or(start, |t| t + 1), end, found.title_line);
    let header_end = lede.map_or(start + 4, |p| p.clamp(start + 4, start + HEADER_REACH));
    let near: Vec<usize> = (top.saturating_sub(3)..lines.len().min(header_end)).chain(end + 1..lines.len().min(end + 5)).collect();
    let mut published_above = false;
    for &i in &near {
        let l = &lines[i];
        if l.info.chars > 160 {
            continue;
        }
        let in_run = (start..=end).contains(&i);
        if in_run && (staff_credit(l.text) || agency_dateline(l.text)) && !found.meta_lines.contains(&i) {
            found.meta_lines.push(i);
            continue;
        }
        for part in parts(l.text) {
            if l.info.chars <= 80 && in_run && is_byline(part) && !found.meta_lines.contains(&i) {
                found.meta_lines.push(i);
            }
            // (A newsroom's credit, "Par la rédaction", "Le Figaro avec AFP", names no writer.)
            if found.author.is_none() && !staff_credit(part) {
                let by_title = found.title_line.map(|t| i.abs_diff(t) <= 4).unwrap_or(false);
                if let Some(name) = printed_twice(part).filter(|n| by_title && name_like(n, &lines::info(n))) {
                    found.author = Some(name.to_string());
                    if in_run {
                        found.meta_lines.push(i);
                    }
                    continue;
                }
                // (A date with the name and little else: a long line with a date and "by" is a
                // caption's photo credit, "... on November 19, 2024. — Picture by Yusof Mat Isa".)
                let short_dated = || part.chars().count() <= DATED_BYLINE_CHARS && normalise_str(part).is_some();
                let dated_byline = || (dated_part(part) || short_dated()).then(|| dated_byline_re().captures(part)).flatten();
                if let Some(c) = byline_captures(part).filter(|_| is_byline(part)).or_else(|| label_name(part)).or_else(|| correspondent_re().captures(part)).or_else(|| agency_byline(part)).or_else(dated_byline) {
                    // The names alone, as a page's byline gives them: no date, time, outlet or
                    // button after them (`meta::clean_author`).
                    // (Not the job after a name: "Daniel Kahn Gillmor, Senior Staff".)
                    // (Nor the outlet after a comma: "Par Guillaume Perron, Le Phare du Saguenay".)
                    let name = c.iter().skip(1).flatten().next().map(|m| super::meta::clean_author(m.as_str()).iter().enumerate().filter(|(k, n)| *k == 0 || !outlet_name(n)).filter_map(|(k, n)| without_job(n, k == 0)).collect::<Vec<_>>().join(", ")).unwrap_or_default();
                    // (And a co-author after the first one's job: "Par Benoît Lachaume, envoyé
                    // spécial à Goris, et Inès Bellamy".)
                    let name = match c.get(0).and_then(|m| part.get(m.end()..)).and_then(coauthor_after_job) {
                        Some(more) if !name.is_empty() => format!("{name}, {more}"),
                        _ => name,
                    };
                    // (A lone article is a newsroom's credit cut short: "Rédigé par La rédaction".)
                    if !name.is_empty() && name.chars().count() <= 60 && !agency_only(&name) && !lines::is_stop_any_case(&name) && !site_s_name(&name, holder) {
                        found.author = Some(name);
                        found.byline_line = Some(i);
                        if in_run && l.info.chars <= 120 {
                            found.meta_lines.push(i);
                        }
                    }
                }
            }
        }
        let date_line = l.info.chars <= 80 || (l.info.chars <= 160 && has_published_cue(l.text));
        let above_title = found.title_line.map(|t| i < t).unwrap_or(i < start);
        // (A date taken above the headline, a print's or a page's stamp with its time, "22/09/2023
        // 14:12", gives way to the dateline under the headline.)
        let open = found.published.is_none() || published_above && !above_title;
        // (Nor a caption's date: its picture's, "…, le 19 septembre 2023. LUDOVIC MARIN / AFP".)
        if open && date_line && !l.teaser_head && !matches!(l.label, Label::Bad("teaser" | "caption" | "inline caption")) && Some(i) != found.title_line {
            if let Some(d) = l.date().map(str::to_string) {
                if above_title && !has_published_cue(l.text) && !parts(l.text).any(reading_time) {
                    if found.page_date.is_none() {
                        found.page_date = Some(d);
                    }
                } else {
                    published_above = above_title;
                    found.published = Some(d);
                    // ("Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT | Last
                    // Updated: August 8" is a dateline too, if a long one.)
                    if in_run && (l.info.chars <= 80 || publication_word(l.text) && !l.info.sentence_end) {
                        found.meta_lines.push(i);
                    }
                }
            }
        } else if in_run && (i < start + DATELINE_REACH || lede.is_some_and(|p| i < p)) && parts(l.text).any(dated_part) && !found.meta_lines.contains(&i) {
            // A second dateline at the article's top ("Updated: 22:05, 22 Apr 2024" under
            // "Published: ..."), anywhere above the first paragraph: the date is taken, the
            // line is still no paragraph.
            found.meta_lines.push(i);
        }
    }
    // A date line in the page header, far above the headline.
    if found.page_date.is_none() {
        for l in lines.iter().take(found.title_line.unwrap_or(start).min(8)) {
            if l.info.chars <= 60 {
                if let Some(d) = l.date().map(str::to_string) {
                    found.page_date = Some(d);
                    break;
                }
            }
        }
    }
    // A byline under the article (a blog's post in a list there, "par Collectif Urgence
    // Logement") yields to the bare names of the article's header, read next.
    let footer_author = found.byline_line.filter(|&b| b > end).map(|_| found.author.take());
    // A byline split over lines: its head ("Von", "Author of the article:"), then the names.
    if found.author.is_none() {
        if let Some(b) = near.iter().copied().find(|&i| split_byline_head(&lines[i])) {
            // (Each name may go on with a long job: "Auteurs" / "Grégoire Astruc, Chercheur
            // associé, Centre de recherches internationales (CERI), Sciences Po" / …)
            let names = |t| names_line(t).or_else(|| names_line(before_job(t)));
            let named: Vec<(usize, Vec<&str>)> = (b + 1..lines.len()).take(BYLINE_NAMES).map_while(|i| names(lines[i].text).map(|n| (i, n))).collect();
            if !named.is_empty() {
                found.author = Some(named.iter().flat_map(|(_, n)| n.iter().copied()).collect::<Vec<_>>().join(", "));
                for (i, _) in named {
                    found.meta_line_in_run(i, start, end);
                }
            }
        }
    }
    // A blog's or a column's name under the headline names the writer when nothing else does
    // ("Le blog de Jeanne Martin" / "Publié le 20 sept. 2023", "Le point de vue d'Hélène
    // Dargent"). (Over the headline, a blog's name is the site's, and the byline under it
    // names the writer.)
    if found.author.is_none() {
        if let Some(t) = found.title_line {
            let column = (t + 1..lines.len().min(t + 1 + BYLINE_NAMES)).find_map(|i| COLUMN_NAMES.iter().find_map(|head| lines[i].text.strip_prefix(head)).and_then(names_line).map(|n| (i, n)));
            if let Some((i, names)) = column {
                found.author = Some(names.join(", "));
                found.meta_line_in_run(i, start, end);
            }
        }
    }
    // A bare name between the headline and the date: the byline without its "By" (the
    // writer's job may sit between name and date: "Jeanne Martin", "Journaliste", "20
    // septembre 2023").
    if let Some(t) = found.title_line {
        let named: Vec<(usize, Option<usize>, Vec<&str>)> = (t + 1..lines.len().min(t + 3))
            .filter_map(|i| {
                let l = &lines[i];
                let role = lines.get(i + 1).is_some_and(|r| writer_role(r.text)).then_some(i + 1);
                let after = role.unwrap_or(i) + 1;
                // The date right under the name, or under a line or two of the byline's other
                // short words ("La Presse", "à Québec"), when the article does not name the
                // writer. (Or its reading time, which a reader's view prints instead: "Jeanne
                // Martin", "5-7 minutes"; or "Jeanne Martin", "·", "Follow", "5 min read".)
                let dated_at = (after..lines.len().min(after + NAME_TO_DATE)).take_while(|&k| k == after || meta_word_line(&lines[k - 1])).find(|&k| is_date_line(&lines[k]) || lines[k].label == Label::Bad("reading time"));
                let name = printed_twice(l.text).unwrap_or(l.text).trim_end_matches('.');
                // (Not a section's label in capitals: "FAITS DIVERS".)
                let names = dated_at.and_then(|_| names_line(name)).filter(|n| !n.iter().any(|n| capitals_label(n)) && (dated_at == Some(after) || !n.iter().any(|n| named_in_prose(n, &lines[start..=end]))));
                names.map(|n| (i, role, n))
            })
            .collect();
        // (Of two, the one opening with a given name: the outlet a press review credits may
        // print its name over the writer's, "Gazeta Wolna – Varsovie" / "Tomasz Wierzbicki".)
        let chosen = named.iter().find(|(_, _, n)| opens_with_given_name(n[0])).or(named.first());
        if let Some((i, role, names)) = chosen {
            if found.author.is_none() {
                // (A final initial keeps its stop: "Nareg T.")
                let initial = lines[*i].text.rsplit(' ').next().is_some_and(|w| w.chars().count() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase));
                found.author = Some(names.join(", ") + if initial && names.len() == 1 { "." } else { "" });
            }
            for k in std::iter::once(*i).chain(*role) {
                found.meta_line(k);
            }
        }
    }
    // Bare names next to a date line elsewhere at the article's top: above the date ("Edgar
    // Schuler", "Publiziert heute um 12:19 Uhr"), under it ("29.06.2023, 15:04 | Lesedauer:
    // 7 Minuten", "Anne-Kathrin Neuberg-Vural"), or under a caption the headline has over it.
    // (A teaser's date stamps that teaser, not the article.)
    // (Or a time ago, "il y a 6 heures", the `timestamp` rule.)
    let dated = |l: &Line| l.label != Label::Bad("teaser") && (is_date_line(l) || l.info.chars <= 100 && parts(l.text).any(dated_part) || l.label == Label::Bad("timestamp"));
    if found.author.is_none() {
        for &i in near.iter().filter(|&&i| i < start + DATELINE_REACH && Some(i) != found.title_line) {
            let l = &lines[i];
            if matches!(l.label, Label::Good | Label::NearGood | Label::Barrier(_)) {
                continue;
            }
            // (Or with its date on the line, after a bar or a dash: "Jeanne Martin | 20 septembre
            // 2023 | Marchés", "Paul DURAND - 20 sept. 2023 à 18:12 - Temps de lecture : 3 min".)
            let dated_on_line = || parts(l.text).flat_map(dash_parts).skip(1).any(date_alone);
            let beside_date = lines.get(i + 1).is_some_and(dated) || i.checked_sub(1).is_some_and(|p| dated(&lines[p])) || dated_on_line();
            // (Or after its date: "9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer".)
            let after_date = || {
                let mut ps = parts(l.text);
                let (date, names, more) = (ps.next()?, ps.next()?, ps.next());
                (more.is_none() && (date_alone(date) || date.chars().count() <= DATE_PART_CHARS && dated_part(date))).then(|| names_line(names)).flatten()
            };
            // (A magazine's "Avec Jeanne Martin" credits a writer too; "Avec AFP" is no name.)
            let bare = printed_twice(l.text).unwrap_or(l.text);
            let bare = bare.strip_prefix("Avec ").or_else(|| bare.strip_prefix("With ")).unwrap_or(bare);
            let names = beside_date.then(|| names_line(bare)).flatten().or_else(after_date);
            // (A name in capitals alone is a section's label, "CAREER FEATURE", unless it opens
            // with a given name.)
            if let Some(names) = names.filter(|n| !n.iter().any(|name| capitals_label(name) || named_in_prose(name, &lines[start..=end]))) {
                found.author = Some(names.join(", "));
                found.meta_line_in_run(i, start, end);
                break;
            }
        }
    }
    if let Some(author) = footer_author {
        if found.author.is_none() {
            found.author = author;
        } else {
            found.byline_line = None;
        }
    }
    // A bare name among the lines between the headline and the article, a line or two from
    // the date: sites print the writer's job between them, or the date and its update first
    // ("Jeanne Martin", "Journaliste chargée des marchés financiers", "Mis à jour le
    // 21/09/23"; "21-09-23, 07:45", "Dernière mise à jour : 08:12", "Jeanne Martin").
    if let Some(t) = found.title_line.filter(|_| found.author.is_none()) {
        let header: Vec<usize> = (t + 1..lines.len().min(t + 1 + HEADER_STRETCH)).take_while(|&i| i < start || !matches!(lines[i].label, Label::Good | Label::NearGood)).collect();
        // (What may sit between the name and the date: a date, a job; no sentence, and no
        // kicker glued to a headline, "Kreis und quer:Streber und faule Socken".)
        let between = |l: &Line| dated(l) || l.info.chars <= 80 && !l.info.sentence_end && !kicker_colon(l.text);
        let by_date = |i: usize| {
            header.iter().any(|&k| dated(&lines[k]) && k != i && k.abs_diff(i) <= NAME_GAP && (k.min(i) + 1..k.max(i)).all(|j| between(&lines[j])))
        };
        // (Or right over the writer's job: "Tania Broughton", "Journalist"; a guest's too, on
        // the line under the headline: "Paul Durand", "Maire de Montfleury-sur-Cher".)
        let over_job = |i: usize| lines.get(i + 1).is_some_and(|r| writer_role(r.text) || i <= t + 2 && r.label == Label::Short && office_line(r.text));
        let named = header.iter().filter(|&&i| by_date(i) || over_job(i)).find_map(|&i| {
            names_line(lines[i].text).filter(|n| !n.iter().any(|name| capitals_label(name) || named_in_prose(name, &lines[start..=end]))).map(|n| (i, n))
        });
        if let Some((i, names)) = named {
            found.author = Some(names.join(", "));
            found.meta_line_in_run(i, start, end);
        }
    }
    // A bare name signing off the article (the header's names come first).
    if found.author.is_none() {
        for i in end + 1..lines.len().min(end + 3) {
            let l = &lines[i];
            if matches!(l.label, Label::Barrier(_)) {
                break;
            }
            // (A line in capitals there is a box's label: "ÖNERİLEN VİDEO".)
            // (Nor a line of capitalised words with no given name, a box's or a tag's label:
            // "Weitere Informationen", "Golem Karrierewelt", "Western Australia".)
            if name_like(l.text, &l.info) && !in_capitals(l.text) && opens_with_given_name(l.text) {
                found.author = Some(l.text.to_string());
                break;
            }
        }
    }
    // A short line between two of the header's lines is the header's too: the writer's
    // title between the byline and the date ("Par Paul Durand", "Docteur en géographie,
    // maître de conférences à l'Université de Lyon III", "Publié le 20/09/2023").
    let between: Vec<usize> = found
        .meta_lines
        .iter()
        .map(|&i| i + 1)
        .filter(|&k| found.meta_lines.contains(&(k + 1)) && !found.meta_lines.contains(&k) && (start..=end).contains(&k))
        .filter(|&k| lines[k].info.chars <= HEADER_LINE_CHARS && !lines[k].info.sentence_end && !matches!(lines[k].label, Label::Good | Label::NearGood))
        .collect();
    found.meta_lines.extend(between);
    // (Whichever way it was read: a bare line "Isula Nutizie" signing off is the site's too.)
    if found.author.as_deref().is_some_and(|a| site_s_name(a, holder)) {
        found.author = None;
    }
    found.author = found.author.map(|a| a.split(", ").map(unglued_name).collect::<Vec<_>>().join(", "));
    found
}

/// A name with what the page printed right after it run into its last word, as a browser's
/// text gives inline elements without a space: "Simone GroganThe West Australian", "Ulrich
/// ExnerKorrespondent", "Sarah LazareTwitter". The name ends where a lower-case letter meets a
/// capital after five letters or more of its word: "MacArthur", "DiCaprio" and "McDonald"
/// have fewer before theirs. Run into its first word, it is the surname after the given name
/// ("XavierMas de Xaxàs"): the space is put back.
fn unglued_name(name: &str) -> String {
    let letters_before = |i: usize| name[..i].chars().rev().take_while(|c| c.is_alphabetic()).count();
    match glues(name).find(|&i| letters_before(i) >= GLUED_AFTER) {
        Some(i) if name[..i].contains(' ') => name[..i].trim_end().to_string(),
        Some(i) => format!("{} {}", &name[..i], &name[i..]),
        None => name.to_string(),
    }
}

/// The fewest letters of a word before a capital run into it ([`unglued_name`]).
const GLUED_AFTER: usize = 5;

/// The longest line taken for the header's between two of its lines.
const HEADER_LINE_CHARS: usize = 120;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_holders() {
        for (line, holder) in [
            ("© 2023 Isula Nutizie", Some("Isula Nutizie")),
            ("© Kanal Karib 2023", Some("Kanal Karib")),
            ("© Copyright Trente Minutes 2023", Some("Trente Minutes")),
            ("Copyright © 2023 AbidjanPlus.net - Tous droits réservés. Toute reproduction, même partielle, est interdite", Some("AbidjanPlus.net")),
            ("© L'Horizon - Reproduction interdite de tous les articles de ce site sans autorisation expresse de la direction.", Some("L'Horizon")),
            ("© 2005 - 2023 Agence d'information Trend. Tous droits réservés.", Some("Agence d'information Trend")),
            ("© Nouvelles d'Erevan 1994-2023", Some("Nouvelles d'Erevan")),
            ("Copyright © 2024 Business Insider Deutschland GmbH. Alle Rechte vorbehalten.", Some("Business Insider Deutschland")),
            ("Copyright © 2015, Eklektix, Inc.", Some("Eklektix")),
            ("Copyright © 2023, Los Angeles Times | Terms of Service | Privacy Policy", Some("Los Angeles Times")),
            ("Copyright (C) Nikkan Gendai. All Rights Reserved", Some("Nikkan Gendai")),
            // A picture's credit: no year, no rights reserved.
            ("© Paul Durand / Hans Lucas pour L'Hebdo", None),
            ("© DR", None),
            ("© Photo : APS", None),
            // The rights alone, an agency's, and the footer's links run together.
            ("© 2024 Tous droits réservés", None),
            ("© 2023 Haki Zote Zimehifadhiwa", None),
            ("© AFP 2023", None),
            ("© 2024 Deutsche WelleDatenschutzImpressumErklärung zur Barrierefreiheit", None),
            // Not a copyright line.
            ("Reprinted with permission from RFE/RL Copyright(c)2007 Radio Free Europe", None),
            ("Copyright infringement", None),
        ] {
            assert_eq!(copyright_holder(line), holder, "{line}");
        }
    }

    #[test]
    fn site_suffixes() {
        assert_eq!(strip_site_suffix("Bakou a annoncé le succès de son opération – Monde – Actualités"), "Bakou a annoncé le succès de son opération");
        assert_eq!(strip_site_suffix("Le projet de loi est approuvé | Le Monde"), "Le projet de loi est approuvé");
        assert_eq!(strip_site_suffix("Ukraine – la guerre continue"), "Ukraine – la guerre continue");
    }

    #[test]
    fn published_cue_as_one_alternation() {
        let one = Regex::new(&format!(r"(?i)({PUBLICATION_WORDS}|\ble\s+\d{{1,2}}[./ ]|\bà\s+\d{{1,2}}h|\d{{1,2}}:\d{{2}}|\d{{1,2}}h\d{{2}})")).unwrap();
        for line in [
            "Publié le 12/03/2024 à 18h30",
            "MIS À JOUR LE 3 MARS",
            "Le 12 mars, à 9h",
            "Tele 12 mars",
            "Été 2024 : le 14.07",
            "À 9h, la séance",
            "10:30 Uhr",
            "le ١٢ mars",
            "Updated 3 hours ago",
            "erstellt: 01. April 2025, 15:25 in: Gesellschaft",
            "Par Jean Dupont",
            "POSTED BY ADMIN",
            "réle 12 .",
        ] {
            assert_eq!(has_published_cue(line), one.is_match(line), "{line:?}");
        }
    }

    #[test]
    fn a_dateline_opens_with_its_publication_word() {
        assert!(opens_dateline("Actualizado Martes, 15 octubre 2024 - 13:10"));
        assert!(opens_dateline("Mis à jour le 3 mars à 18h"));
        assert!(opens_dateline("Published 15 hours ago"));
        // A headline that mentions a publication, and a bare label, are no dateline.
        assert!(!opens_dateline("Le rapport publié en 2024 accable la direction"));
        assert!(!opens_dateline("Publié dans Société"));
    }

    #[test]
    fn a_teaser_printed_in_two_lists_is_no_headline_printed_twice() {
        let list = "La SNCF annonce de nouveaux trains pour l'été prochain\nRénovation des écoles : les maires réclament un calendrier\nUn nouveau musée ouvrira ses portes à Lyon en septembre";
        let text = format!("Accueil\nLes plus lus\n{list}\nSociété\nÉcoles : le gouvernement présente son plan\nPar Jeanne Martin\nLe gouvernement a présenté mardi un plan de rénovation des écoles, qui doit concerner deux mille établissements.\nÀ lire aussi\n{list}\nÉcoles : le gouvernement présente son plan\nMentions légales");
        let lines = super::super::text::label_lines(&text, |_, _| 0);
        let listed = ListedEverywhere::new(&lines);
        let at = |t: &str| lines.iter().position(|l| l.text.starts_with(t)).unwrap();
        assert!(listed.holds(at("Rénovation des écoles")));
        // The headline, printed again under the list (a share box), was never a list's item.
        assert!(!listed.holds(at("Écoles : le gouvernement")));
    }

    #[test]
    fn a_second_dateline_at_the_top_is_no_paragraph() {
        let body = "Le gouvernement a présenté mardi un plan de rénovation des écoles, qui doit concerner deux mille établissements.\nLes maires, qui financent une partie des travaux, jugent l'enveloppe insuffisante et réclament un calendrier.";
        let text = format!("Accueil\nÉcoles : le gouvernement présente son plan\nPublié le 12 mars 2024 à 10h30\nMis à jour le 12 mars 2024 à 18h05\n{body}\nMentions légales");
        let lines = super::super::text::label_lines(&text, |_, _| 0);
        let found = find(&lines, 2, 5);
        assert!(found.meta_lines.contains(&2) && found.meta_lines.contains(&3), "{:?}", found.meta_lines);
    }

    #[test]
    fn a_phrase_printed_twice() {
        assert_eq!(printed_twice("Martin Gramnæs Martin Gramnæs"), Some("Martin Gramnæs"));
        assert_eq!(printed_twice("New York New Jersey"), None);
        assert_eq!(printed_twice("Gramnæs"), None);
        assert_eq!(printed_twice("A B A A B A"), Some("A B A"));
    }

    #[test]
    fn glued_kickers() {
        assert!(glued_kicker("RusslandFranzose war für Schweizer NGO tätig – drei Jahre Haft"));
        assert!(glued_kicker("Europäische KommissionVerfahren: Brüssel prüft Einfluss von Tiktok"));
        for headline in ["YouTube sperrt Kanal von LinkedIn-Gründer", "TikTok und PayPal: Die WhatsApp-Falle", "McDonald's schließt Filialen", "Laurent Vinatier: Franzose in Russland zu drei Jahren Haft"] {
            assert!(!glued_kicker(headline), "{headline}");
        }
    }

    #[test]
    fn list_items_are_no_headlines() {
        assert!(list_item("• Statute of Westminster adopted"));
        assert!(list_item("^ \"THE GIRL WHO LEAPT THROUGH TIME (2006) at Deptford Cinema\""));
        assert!(!list_item("»Der Zusammenbruch der SVB zeigt Mängel«"));
        assert!(!list_item("Your $1 bill could be worth up THOUSANDS"));
        assert!(list_item("— Mai Fatty, conseiller du président Barrow"));
        assert!(!list_item("«Le Sénat ne cède pas» – Gérard Larcher"));
    }

    #[test]
    fn relative_datelines() {
        assert!(is_relative_dateline("Published 15 hours ago"));
        assert!(is_relative_dateline("Aktualisiert vor 3 Minuten"));
        assert!(!is_relative_dateline("Zimbili Vilakazi"));
        assert!(!is_relative_dateline("The report was published by the ministry on Tuesday after months of delay."));
    }

    #[test]
    fn bylines() {
        assert_eq!(&byline_re().captures("Par Martin Untersinger").unwrap()[1], "Martin Untersinger");
        // Sites print the word before the name in lowercase too; a phrase is no byline.
        assert_eq!(&byline_re().captures("von David Straub, MDR THÜRINGEN").unwrap()[1], "David Straub");
        assert_eq!(&byline_re().captures("di Viviana Mazza").unwrap()[1], "Viviana Mazza");
        assert!(!is_byline("by the end of the year"));
        // "Text" credits a writer with its colon only: "Text Size" is a page's button.
        assert_eq!(&byline_re().captures("Text: Jasper Riemann").unwrap()[1], "Jasper Riemann");
        assert!(!is_byline("Text Size"));
        assert_eq!(&label_re().captures("Author: capucine").unwrap()[1], "capucine");
        // The regexes run only on lines opening with one of their first words, in any case.
        for line in ["PAR JEAN DUPONT", "Écrit par Anna Petrossian", "L’éditorial de Jeanne Martin", "Texte: Jasper Riemann", "Propos recueillis par Jeanne Martin"] {
            assert!(byline_captures(line).is_some(), "{line}");
        }
        for line in ["Auteur(s) : Jeanne Martin", "AUTORIN/AUTOR: Anna Petrossian", "Signé Jeanne Martin"] {
            assert!(labelled(line), "{line}");
        }
        assert!(!opens_with_one_of("Parmi les blessés, Jeanne Martin", BYLINE_OPENERS));
        assert_eq!(&correspondent_re().captures("Jean Dupont, correspondant à Moscou").unwrap()[1], "Jean Dupont");
        // A label followed by a phrase names no one: the name is on the next line.
        assert!(label_name("Author of the article:").is_none());
        assert_eq!(&label_name("Auteur : Anna Petrossian").unwrap()[1], "Anna Petrossian");
        assert_eq!(&label_name("Editeur : Anna Petrossian").unwrap()[1], "Anna Petrossian");
        assert_eq!(&label_name("Auteur:Anna Petrossian").unwrap()[1], "Anna Petrossian");
        assert!(label_name("Autoroute 40 : bouchon de 4 km à la hauteur de Saint-Laurent").is_none());
        assert!(label_name("Autoriser tous les cookies").is_none());
    }

    /// The two paragraphs of the scrapes these tests read.
    const BODY: &str = "Le ministère arménien de la Défense a accusé mercredi l'Azerbaïdjan d'avoir repris ses tirs d'artillerie contre plusieurs localités du sud du pays.\nBakou a de son côté affirmé que ses positions avaient été visées par des provocations arméniennes, et assuré ne faire que riposter.";

    /// What `find` gives for a scrape of [`BODY`] under its headline, with `above` over the
    /// headline, `under` between it and the article and `after` the article.
    fn found_in(above: &str, under: &str, after: &str) -> Found {
        let text = format!("Accueil\n{above}\nErevan accuse Bakou de nouveaux tirs à la frontière\n{under}\n{BODY}\n{after}\nMentions légales");
        let lines = super::super::text::label_lines(&text, |_, _| 0);
        let start = lines.iter().position(|l| l.text.starts_with("Le ministère")).unwrap();
        find(&lines, start, start + 1)
    }

    /// A ticker's items over the headline, the ticker and the headline met in other files of
    /// the site (it printed the story more than once): the headline is the article's, not the
    /// ticker's last item over it; the ticker's time-stamped items are not either.
    #[test]
    fn headline_under_a_ticker_met_in_other_files() {
        let headline = "Erevan accuse Bakou de nouveaux tirs à la frontière";
        for ticker in [
            "Vigilance météo\nGuadeloupe : vigilance jaune fortes pluies et orages\nMartinique : vigilance levée dans le pays",
            "Dernières nouvelles\n10:02 Budget 2023-24 : le ministre des Finances défend les mesures sociales\n09:12 Cyclone : les localités du sud du pays en alerte",
        ] {
            let text = format!("{ticker}\n{headline}\nKanal Karib avec AFP\nPublié le 20 septembre 2023 à 08h15\n{BODY}\nMentions légales");
            let lines = super::super::text::label_lines(&text, |line, _| if line.starts_with("Le ministère") || line.starts_with("Bakou") { 0 } else { 8 });
            let start = lines.iter().position(|l| l.text.starts_with("Le ministère")).unwrap();
            assert_eq!(find(&lines, start, start + 1).title.as_deref(), Some(headline), "{ticker}");
        }
    }

    /// A bare name under the article signs it off; a box's or a tag's capitalised words there
    /// do not: no given name opens them ("Western Australia", "Weitere Informationen").
    #[test]
    fn a_bare_name_signing_off() {
        for name in ["Jeanne Martin", "Léonard Thériault", "Андрей Колесников"] {
            assert_eq!(found_in("Actualités", "", name).author.as_deref(), Some(name));
        }
        for line in ["Western Australia", "Weitere Informationen", "Golem Karrierewelt", "Paris Match"] {
            assert_eq!(found_in("Actualités", "", line).author, None, "{line}");
        }
    }

    #[test]
    fn names_run_into_what_follows_them() {
        for (glued, name) in [("Simone GroganThe West Australian", "Simone Grogan"), ("Dan Jervis-BardyThe West Australian", "Dan Jervis-Bardy"), ("Ulrich ExnerKorrespondent", "Ulrich Exner"), ("Douglas MacArthur", "Douglas MacArthur"), ("Leonardo DiCaprio", "Leonardo DiCaprio"), ("Ronald McDonald", "Ronald McDonald"), ("Jeanne Martin", "Jeanne Martin"), ("XavierMas de Xaxàs", "Xavier Mas de Xaxàs")] {
            assert_eq!(unglued_name(glued), name);
        }
    }

    #[test]
    fn widget_lines() {
        for line in ["14:05 Un nouveau vol direct Bakou-Paris lancé", "Accueil / Actualités / Droit international public", "Enquêtes › Justice › Affaire des marchés publics", "Taux de référence BRH : 1 USD = 134,85 HTG", "Agence du Rocher Immobilier – +377 93 00 00 00", "Currency\tNew Zealand dollar ($) (NZD)", "首页|新闻|图片|评论|共青团|娱乐", "Calendrier | Groupes | Stades"] {
            assert!(widget_line(line), "{line}");
        }
        for line in ["Erevan accuse Bakou de nouveaux tirs à la frontière", "Karabakh : 100 000 réfugiés en 7 jours", "Présidentielle 2024 : les 12 candidats", "Le G7 / G20 se réunit à Bakou", "Erevan accuse Bakou | International | Caucase Info"] {
            assert!(!widget_line(line), "{line}");
        }
    }

    /// The author `find` gives for a scrape whose byline lines are `byline`.
    fn author_of(byline: &str) -> Option<String> {
        found_in("Actualités", byline, "").author
    }

    /// Each line's writer as [`author_of`] reads it (`None`: the line credits no one).
    fn assert_authors(cases: &[(&str, Option<&str>)]) {
        for &(line, name) in cases {
            assert_eq!(author_of(line).as_deref(), name, "{line}");
        }
    }

    /// A column's, an analysis' or a commentary's credit ("Kolumne von", "Un commentaire de",
    /// "Analysis by", Reuters' "Reporting by"), a German job after the name, and a name after
    /// the date on its line.
    #[test]
    fn bylines_of_columns_jobs_and_dates_first() {
        assert_authors(&[
            ("Kolumne von Lars Brunckhorst", Some("Lars Brunckhorst")),
            ("Eine Analyse von Frank Wunderlich-Pfeiffer", Some("Frank Wunderlich-Pfeiffer")),
            ("Un commentaire de Jeanne Martin", Some("Jeanne Martin")),
            ("Analysis by Jane Doe", Some("Jane Doe")),
            ("Reporting by Jane Doe; Editing by John Smith", Some("Jane Doe")),
            ("Von Sina Zehrfeld Landespolitische Korrespondentin", Some("Sina Zehrfeld")),
            ("9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer", Some("Frank Wunderlich-Pfeiffer")),
            // (A topic's name after the date is no writer: the story names it.)
            ("20 septembre 2023 / Erevan", None),
            ("mercredi 20 septembre 2023, par Jeanne Martin, Paul Durand", Some("Jeanne Martin, Paul Durand")),
            ("Paul DURAND - 20 sept. 2023 à 18:12 - Temps de lecture : 3 min", Some("Paul DURAND")),
        ]);
    }

    #[test]
    fn datelines_that_name_the_writer() {
        assert_authors(&[
            ("Publié le 14 septembre 2022 par Anna Petrossian", Some("Anna Petrossian")),
            ("Correspondance à Paris : Anna PETROSSIAN", Some("Anna PETROSSIAN")),
            ("Critique par Anna Petrossian", Some("Anna Petrossian")),
            // (A photographer's or a cartoonist's credit names no writer.)
            ("Photos par Anna Petrossian", None),
            ("Posted on September 14, 2022 by Anna Petrossian", Some("Anna Petrossian")),
            ("Anna Petrossian, publié le 14/09/2022 à 10h05", Some("Anna Petrossian")),
            ("vendredi 14 mai 2023, par Jean Eckian", Some("Jean Eckian")),
            // A labelled byline's date and time are not the name's.
            ("Rédigé par Anna Petrossian le 14 septembre 2022", Some("Anna Petrossian")),
            ("Article rédigé par Anna Petrossian", Some("Anna Petrossian")),
            // A blog's or a CMS's label, the time or date after it.
            ("Publié par Anna Petrossian à 10:23", Some("Anna Petrossian")),
            ("Soumis par Anna Petrossian le mer, 20/09/2023 - 10:23", Some("Anna Petrossian")),
            ("Posté par : Anna Petrossian", Some("Anna Petrossian")),
            ("Posted by Anna Petrossian at 12:55 AM", Some("Anna Petrossian")),
            ("By Erin Cunningham March 5, 2015", Some("Erin Cunningham")),
            ("By Dolores Chang For Dailymail.Com", Some("Dolores Chang")),
            // A date without a name credits no one.
            ("Publié le 14 septembre 2022 à 10h05", None),
        ]);
    }

    #[test]
    fn bylines_that_say_who_wrote_or_with_which_agency() {
        assert_authors(&[
            ("Écrit par Anna Petrossian", Some("Anna Petrossian")),
            ("Ecrit par Paul Durand", Some("Paul Durand")),
            ("Écrit par Paul Durand le mercredi, 20 septembre 2023 14:07", Some("Paul Durand")),
            ("Ecrit par Paul Durand le mercredi, 20 septembre 2023 14:07", Some("Paul Durand")),
            ("Written by Anna Petrossian", Some("Anna Petrossian")),
            ("Anna Petrossian, avec AFP", Some("Anna Petrossian")),
            ("Anna Petrossian with Reuters", Some("Anna Petrossian")),
            ("Anna Petrossian (avec AFP)", Some("Anna Petrossian")),
            // Without an agency after it, "avec" joins no byline ("Erevan avec Moscou").
            ("Erevan et Moscou avec leurs alliés", None),
        ]);
    }

    #[test]
    fn newsrooms_credited_alone() {
        for line in ["Par la rédaction", "Rédaction Nice", "La Rédaction web", "Posté par l'équipe de modération", "Le Figaro avec AFP"] {
            assert!(staff_credit(line), "{line}");
        }
        // (Not a line of the story about a team, nor a writer with the agency.)
        for line in ["L'équipe de France s'est qualifiée", "La rédaction a appris la nouvelle mardi", "Jeanne Martin avec AFP"] {
            assert!(!staff_credit(line), "{line}");
        }
    }

    #[test]
    fn bylines_of_french_newsrooms_correspondents_and_co_authors() {
        assert_authors(&[
            // A newsroom, the site with its agency, an agency alone: no writer.
            ("Par La Rédaction\nLe 20 septembre 2023 à 10h23", None),
            ("Le Quotidien avec AFP\nPublié le 20 septembre 2023 à 10h23", None),
            ("Par Le Quotidien du Sud avec AFP\nPublié le 20 septembre 2023 à 10:23", None),
            ("Histoire de AFP\n20/09/2023", None),
            ("Histoire de Jeanne Martin\n• 3 min de lecture", Some("Jeanne Martin")),
            ("Correspondante : Jeanne Martin\nPublié le mercredi 20 septembre 2023", Some("Jeanne Martin")),
            ("Texte par : Jeanne Martin\nSuivre", Some("Jeanne Martin")),
            ("Auteure : Kateryna Lysenko\nMer. 20 sept. 2023 18:47", Some("Kateryna Lysenko")),
            ("Cité du Vatican\nBenoît Lacaze – Cité du Vatican\n20 sept. 2023", Some("Benoît Lacaze")),
            ("Choucha, 21 septembre, Agence Khazar –\nEnvoyée spéciale : Leyla Aliyeva\n21.09.2023 09:45", Some("Leyla Aliyeva")),
            ("Avec notre correspondante à Bakou, Jeanne Martin\nPublié le : 20/09/2023 - 10:23", Some("Jeanne Martin")),
            ("De notre correspondant à Metz, Paul Durand\n20/09/2023", Some("Paul Durand")),
            ("Texte et photos : Jeanne Martin, correspondante\n20 sept. 2023", Some("Jeanne Martin")),
            // The weekday a byline's name runs into; a newsroom's credit cut short.
            ("Rédigé par Jeanne Martin le Mercredi 20 Septembre 2023 à 10:23", Some("Jeanne Martin")),
            ("Rédigé par La rédaction le Mercredi 20 Septembre 2023 à 10:23", None),
            // The job or the place after a bare name, and a co-author after "avec".
            ("Jeanne Martin, Envoyée spéciale à Amizmiz\nPublié le : 20 septembre 2023 - 10h23", Some("Jeanne Martin")),
            ("Jeanne Martin, adjointe au maire chargée de la vie associative\nmercredi 20 septembre 2023", Some("Jeanne Martin")),
            ("François Fillon et sa femme accusés de détournement de fonds publics\n26 janvier 2017", None),
            ("Jeanne MARTIN avec Paul DURAND\nService Police-Justice\n20/09/2023 10:23", Some("Jeanne MARTIN, Paul DURAND")),
            ("par Jeanne Martin, Paul Durand\nlogo imprimer", Some("Jeanne Martin, Paul Durand")),
            ("Jeanne Martin et Paul Durand\nPublié le 20 septembre 2023 à 10:23", Some("Jeanne Martin, Paul Durand")),
            // A bare name over the outlet or the place, then the date; with a final stop.
            ("Jeanne Martin\nà Québec\n20 septembre 2023", Some("Jeanne Martin")),
            ("Ouest-Régions\nJeanne MARTIN.\nPublié le 20/09/2023 à 10h23", Some("Jeanne MARTIN")),
            // An interview's, an investigation's, an op-ed's, a correspondent's credit.
            ("ENTRETIEN\nRecueilli par Jeanne Martin\n20 septembre 2023 à 10:23", Some("Jeanne Martin")),
            ("L'éditorial de Jeanne Martin\nMercredi 20 septembre 2023", Some("Jeanne Martin")),
            ("Chronique de Philippe Arnaud-Vasseur\n25 sept. 2023", Some("Philippe Arnaud-Vasseur")),
            ("Billet d'humeur de Jeanne Martin\nLundi 25 septembre 2023 · 3 min de lecture", Some("Jeanne Martin")),
            ("Chronique — Jeanne Martin\nPublié le 25 septembre 2023", Some("Jeanne Martin")),
            ("Par Jeanne Martin - 21 sept. 2023 à 17:46 - Temps de lecture : 4 min", Some("Jeanne Martin")),
            ("Reportage de Jeanne Martin et Paul Durand\nPublié le 24/09/2023 20:31", Some("Jeanne Martin, Paul Durand")),
            // A newsletter's letter, a radio programme's presenter, a correspondent placed
            // before the comma.
            ("Une lettre de Manon Vidal\nJeudi 21 septembre 2023", Some("Manon Vidal")),
            ("Journal radio de 06h30\n19 septembre 2023\nPrésenté par Sosefo Lauhea", Some("Sosefo Lauhea")),
            ("🎧 Journal de 7h\n25.09.2023\nPrésentation: Mélanie Rossier", Some("Mélanie Rossier")),
            ("Par notre correspondante à Moscou, Anna Krieger\n22.09.2023", Some("Anna Krieger")),
            ("Une émission de Thomas Vidal-Bréhat\nMercredi 20 septembre 2023", Some("Thomas Vidal-Bréhat")),
            ("Animé par Ruben Aslanian\n26 min", Some("Ruben Aslanian")),
            ("De l'envoyé spécial de l'ACP, Pierre-Yves LOMBARD\nKORNIDZOR (Arménie), 25 sept 2023 (ACP) -", Some("Pierre-Yves LOMBARD")),
            ("L'honorable Camille Dufresne, ministre des Affaires extérieures\nLe 21 septembre 2023", Some("Camille Dufresne")),
            // (A forum member's pseudonym is no writer.)
            ("Posté par Patte_de_velours\n25/09/2023", None),
            ("Auteur : Hayk-13\nDate : 24-09-2023 21:16", None),
            ("Auteur : Jeanne Martin, 20/09/2023", Some("Jeanne Martin")),
            ("Envoyée spéciale à Goris, Jeanne Martin\n25 sept. 2023 · 20:12", Some("Jeanne Martin")),
            ("Par Julie Van den Broeck\nPublié le 20/09/2023 à 09:14", Some("Julie Van den Broeck")),
            ("Par Marta Vidal i Puig\nPublié le 22 septembre 2023 à 12h05", Some("Marta Vidal i Puig")),
            ("Per Laia Font\nFa 3 hores · Il y a 3 heures", Some("Laia Font")),
            ("Le point de vue d'Hélène Dargent\nPublié le 22 septembre 2023", Some("Hélène Dargent")),
            ("Per Izraelio smūgį „Al Aksos kankinių“ ligoninei žuvo du žmonės\n2024-03-31", None),
            ("Le blog de Jeanne Martin\nPublié le 20 sept. 2023", Some("Jeanne Martin")),
            ("De notre envoyée spéciale Jeanne Martin\nGORIS (Arménie) 24/09 (BELGA)\n24/09/2023 16:02", Some("Jeanne Martin")),
            ("Publié: 22 septembre 2023, 16:02 CEST\nAuteurs\nJeanne Martin, Chercheuse associée, Centre de recherches internationales (CERI), Sciences Po\nPaul Durand, Doctorant en géographie, Université Paris 1 Panthéon-Sorbonne", Some("Jeanne Martin, Paul Durand")),
            // (Not a newsroom's blog.)
            ("Le blog de la rédaction\nPublié le 20 sept. 2023", None),
            ("Jeanne Martin\n21/09/23 — 12:30\nRubrique : Le Journal des campus", Some("Jeanne Martin")),
            ("Point de vue\nGénéral de brigade (2S) Paul Durand\nAncien attaché de défense\nLundi 25 septembre 2023", Some("Paul Durand")),
            ("Tribune de Sophie Ardouin-Maret\nDirectrice de recherche au laboratoire Espaces, frontières et conflits (EFC)\n24 sept. 2023", Some("Sophie Ardouin-Maret")),
            // A co-author after the first one's job, after a Corsican "è", or after a desk's
            // initials in brackets.
            ("Par Benoît Lachaume, envoyé spécial à Goris, et Inès Bellamy\nPublié le vendredi 22 septembre 2023", Some("Benoît Lachaume, Inès Bellamy")),
            ("Jeanne Martin è Paul Durand\n20-09-2023", Some("Jeanne Martin, Paul Durand")),
            ("(JM avec Paul Durand)\n20/09/2023", Some("Paul Durand")),
            ("J.M. avec AFP\nPublié le 20/09/2023 à 10:23", None),
            // A rank, a title or a religious style before the name is not the name's.
            ("Par Colonel (ER) Hervé Lambertin\nChercheur associé, programme Eurasie\n20 septembre 2023", Some("Hervé Lambertin")),
            ("Par Capitaine de frégate Paul-Henri Vidal et Ioana Stancu\nPublié le 22 septembre 2023", Some("Paul-Henri Vidal, Ioana Stancu")),
            ("Par le Père Antoine Vasseur\nPublié le 20 septembre 2023", Some("Antoine Vasseur")),
            ("Sœur Marie-Bénédicte Lallement et Hugues Delarue\n22 septembre 2023", Some("Marie-Bénédicte Lallement, Hugues Delarue")),
            ("Contribution de Dr Mourad Aït-Saïd, politologue\n24/09/2023", Some("Mourad Aït-Saïd")),
            ("Hazebrouck.\nPar notre correspondante Jeanne Martin\nLe 20/09/2023", Some("Jeanne Martin")),
            // A newsroom by its town, an outlet's name over the date: no writer.
            ("Rédaction Nice\nMis à jour le 21/09/2023 à 07:50", None),
            ("Posté par l'équipe de modération\n20/09/2023 à 10:23", None),
            ("Agence QMI\n20 septembre 2023 | 10 h 23", None),
            ("L'Aurore de Beyrouth\n20 septembre 2023", None),
            // A page's label over the writer's name.
            ("Article Premium\nPaul Durand\n20 sept. 2023", Some("Paul Durand")),
            // A bare name with its place or outlet, over the date.
            ("Jeanne Martin (à Marseille)\nPublié le 20 septembre 2023", Some("Jeanne Martin")),
            ("Jeanne Martin | Le Quotidien de Montréal\nMercredi, 20 septembre 2023 10:23", Some("Jeanne Martin")),
            ("Jeanne Martin - Lausanne\nMis à jour: 21.09.2023, 07h40", Some("Jeanne Martin")),
            ("Jeanne Martin •\nPublié le 20 septembre 2023 à 10h23", Some("Jeanne Martin")),
        ]);
    }

    #[test]
    fn bare_names_in_the_header() {
        assert_authors(&[
            // The writer's job, or the update's date, between the name and the date.
            ("ANALYSE\nJeanne Martin\nJournaliste chargée des marchés financiers\nMis à jour le 21/09/23 à 08:40", Some("Jeanne Martin")),
            ("Publié le 21/09/2023 à 07:45\nDernière mise à jour : 08:12\nJeanne Martin", Some("Jeanne Martin")),
            ("Jeanne Martin\n25 de mayo de 2025 16:51 h\nActualizado el 25/05/2025 21:57 h", Some("Jeanne Martin")),
            // A final initial keeps its stop.
            ("Nareg T.\n4 min de lecture\n25 sept. 2023", Some("Nareg T.")),
            // The name over the writer's job, the date far above.
            ("20 septembre 2023\nPartager sur Facebook\nPartager sur X\nPartager par e-mail\nJeanne Martin\nJournaliste", Some("Jeanne Martin")),
            // A page's button three lines under the date, a kicker over the headline's words,
            // a sentence between: no writer.
            ("20 septembre 2023\nPartager\nAA\nText Size\nSmall", None),
            ("Schwabinger Tor\nKreis und quer:Streber und faule Socken\n28. April 2023, 19:50 Uhr", None),
            ("Jeanne Martin\nL'autrice est professeure de science politique à l'Université de Montréal.\n20 septembre 2023", None),
            // A name in capitals opens with a given name; a section's label does not.
            ("Chronique\nJEANNE MARTIN\nle 20.09.2023 à 10h23", Some("JEANNE MARTIN")),
            ("Faits divers\n20 septembre 2023, 10:23\nJEANNE MARTIN", Some("JEANNE MARTIN")),
            ("FAITS DIVERS\n20 septembre 2023, 10:23", None),
        ]);
    }

    /// A blog's name over the headline is the site's; the byline under it names the writer.
    #[test]
    fn a_blog_s_name_over_the_headline_is_no_byline() {
        let found = found_in("Le blog de Jeanne Martin\nJournaliste indépendante · Bruxelles", "JEANNE MARTIN\n20 SEPT. 2023", "");
        assert_eq!((found.author.as_deref(), found.title.as_deref()), (Some("JEANNE MARTIN"), Some("Erevan accuse Bakou de nouveaux tirs à la frontière")));
    }

    #[test]
    fn bylines_split_over_lines() {
        assert_eq!(author_of("Von\nPeter Jungblut").as_deref(), Some("Peter Jungblut"));
        assert_eq!(author_of("Author of the article:\nJody Robbins").as_deref(), Some("Jody Robbins"));
        assert_eq!(author_of("Par\nJulia Vergin | Clare Roth").as_deref(), Some("Julia Vergin, Clare Roth"));
        // The writer's job, glued to the name by a page's boxes, is left out.
        assert_eq!(author_of("By\nAlan JohnsonReporter").as_deref(), Some("Alan Johnson"));
        assert_eq!(without_glued_role("Ryan McDonald"), "Ryan McDonald");
        assert_eq!(without_job("Amy Gibbons Political Correspondent", true), Some("Amy Gibbons"));
        assert_eq!(without_job("Newsome Newsbury News Reporter", true), Some("Newsome Newsbury"));
        assert_eq!(without_job("News Reporter", true), None);
        assert_eq!(without_job("AP Technology Writer", false), None);
        assert_eq!(without_job("Thabo Mokone Parliamentary editor", true), Some("Thabo Mokone"));
        assert_eq!(without_job("Jeanne Martin journaliste", true), Some("Jeanne Martin"));
        // A head with no name under it credits no one.
        assert_eq!(author_of("Par\nÀ lire aussi"), None);
    }

    #[test]
    fn a_dateline_with_a_two_digit_year() {
        assert_eq!(short_year_dateline("Publié le 14/09/22 à 10h23 — Mis à jour le 14/09/22 à 12h01").as_deref(), Some("2022-09-14"));
        assert_eq!(short_year_dateline("Score 14/09/22"), None);
        assert_eq!(short_year_dateline("20.09.23 - 10:23").as_deref(), Some("2023-09-20"));
        assert_eq!(short_year_dateline("21/09/23 — 12:30").as_deref(), Some("2023-09-21"));
        assert_eq!(short_year_dateline("Le 20.09.23").as_deref(), Some("2023-09-20"));
        assert_eq!(short_year_dateline("14/09/22").as_deref(), Some("2022-09-14"));
        assert_eq!(short_year_dateline("14/09/22 Ligue 1"), None);
        assert_eq!(short_year_dateline("Publié le 31/13/22"), None);
        assert_eq!(short_year_dateline("• 20/09/23").as_deref(), Some("2023-09-20"));
        assert_eq!(short_year_dateline("Publié le 20 sept. 23 à 10:23").as_deref(), Some("2023-09-20"));
        assert_eq!(short_year_dateline("20 sept. 23"), None);
    }

    #[test]
    fn a_date_beside_a_reading_time_is_the_article_s() {
        let found = |top: &str| found_in(top, "", "");
        // A stamp above the headline gives way to the dateline under it; a caption's date is
        // its picture's.
        assert_eq!(found_in("22/09/2023 14:12", "20 sept. 2023", "").published.as_deref(), Some("2023-09-20"));
        assert_eq!(found_in("", "Le président lors d'un déplacement à Marseille, le 19 septembre 2023. LUDOVIC MARIN / AFP\nPar Jeanne Martin\nPublié le 20 septembre 2023 à 10h23", "").published.as_deref(), Some("2023-09-20"));
        assert_eq!(found("14 sept. 2022 · 3 min de lecture").published.as_deref(), Some("2022-09-14"));
        // A date alone above the headline is the site header's.
        let header = found("14 septembre 2022");
        assert_eq!((header.published, header.page_date.as_deref()), (None, Some("2022-09-14")));
    }

    #[test]
    fn a_headline_may_end_with_an_initialism() {
        assert!(ends_with_initialism("How Winter Wreaks Havoc on What’s Underneath N.Y.C.") && ends_with_initialism("Troops leave the U.S."));
        assert!(!ends_with_initialism("The troops left the city.") && !ends_with_initialism("Il a parlé à M.") && !ends_with_initialism("Jean-Pierre D."));
    }

    #[test]
    fn a_headline_ending_with_an_initialism_printed_under_its_glued_kicker() {
        let text = "Sections\nToday’s Paper\nNew York|Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.\nSupported by\nManhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.\nNew York’s aging below-street infrastructure is tough to maintain, and the corrosive rock salt of winter makes it worse every year.\nBy Corey Kilgannon\nFeb. 21, 2019\nA series of recent manhole fires in the heart of Manhattan forced the evacuation of several theaters and restaurants last week, and more are feared.\nUnderground lies a chaotic assemblage of utilities that, much like the subway, are lifelines for the city and its millions of residents.\nAdvertisement";
        let a = super::super::text::extract(text, &super::super::text::Memory::default());
        assert_eq!(a.title.as_deref(), Some("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C."));
        assert!(!a.body.iter().any(|p| p.contains("Manhole")), "{:?}", a.body);
    }

    #[test]
    fn an_agency_dateline_is_no_headline() {
        assert!(agency_dateline("Bakou, 14 septembre, AZERTAC") && agency_dateline("MOSCOU, 3 mars (AFP) -") && agency_dateline("Erevan, 1er octobre, ARMENPRESS."));
        assert!(agency_dateline("Erevan, 20 septembre. ARMENPRESS."));
        assert!(!agency_dateline("Bakou, 14 septembre, une journée de combats") && !agency_dateline("Erevan accuse Bakou de nouveaux tirs à la frontière"));
        assert!(agency_dateline("PARIS, le 3 mars 2024 (AFP) -") && agency_dateline("Kiev,\u{a0}12 mai - Reuters"));
        assert!(!agency_dateline("Paris, ville lumière, 3 mars (AFP)") && !agency_dateline("Paris, le 3 mars, à l'aube"));
        // At most 31 characters of place and of agency; an agency's last "." may be the separator.
        let place = "Saint-Rémy-de-Provence-sur-Mer";
        assert!(agency_dateline(&format!("{place}E, 3 mars (AFP)")) && !agency_dateline(&format!("{place}ER, 3 mars (AFP)")));
        let agency = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD";
        assert!(agency_dateline(&format!("Paris, 3 mars - {agency}E")) && !agency_dateline(&format!("Paris, 3 mars - {agency}EF")));
        assert!(agency_dateline(&format!("Paris, 3 mars - {agency}E.")) && !agency_dateline(&format!("Paris, 3 mars - {agency}EF.")));
        let text = "Accueil\nPolitique\nBakou accuse Erevan de provocations à la frontière\nBakou, 14 septembre, AZERTAC\nLe ministère de la Défense a déclaré que les forces armées avaient commis des provocations à grande échelle dans plusieurs directions dans la nuit.\nSelon le ministère, les unités de l'armée ont pris des mesures de riposte afin de neutraliser les postes de tir de l'ennemi.\nTous droits réservés";
        let lines = super::super::text::label_lines(text, |_, _| 0);
        assert_eq!(find(&lines, 4, 5).title.as_deref(), Some("Bakou accuse Erevan de provocations à la frontière"));
    }

    #[test]
    fn a_bare_name_has_no_function_word() {
        let is_name = |t: &str| name_like(t, &lines::info(t));
        for n in ["Anne-Kathrin Neuberg-Vural", "Michelle de Oliveira", "Ursula von der Leyen"] {
            assert!(is_name(n), "{n}");
        }
        assert!(!is_name("Zur Startseite Kommentare") && !is_name("Teilen Sie Ihre Meinung"));
    }

    #[test]
    fn a_bare_name_beside_the_date() {
        assert_eq!(author_of("14.09.2022, 15:04 | Lecture : 3 min\nAnne-Kathrin Neuberg-Vural").as_deref(), Some("Anne-Kathrin Neuberg-Vural"));
        // Not a label in capitals, nor a name the story itself is about (a topic tag).
        assert_eq!(author_of("14.09.2022, 15:04\nCAREER FEATURE"), None);
        assert_eq!(author_of("14.09.2022, 15:04\nConflit Bakou"), None);
        // Or beside a time ago, or with the date on its line after a bar; the programme it was
        // written for left out.
        assert_eq!(author_of("Jeanne Martin\nil y a 6 heures").as_deref(), Some("Jeanne Martin"));
        assert_eq!(author_of("Luc Gagnon\nHier à 20h05").as_deref(), Some("Luc Gagnon"));
        // Its place after a dash: "Amélie Kaboré – Moroni".
        assert_eq!(author_of("Amélie Kaboré – Moroni\nmercredi 20 septembre 2023 10:22").as_deref(), Some("Amélie Kaboré"));
        assert_eq!(author_of("Jeanne Martin | 20 septembre 2023 | Marchés").as_deref(), Some("Jeanne Martin"));
        assert_eq!(author_of("Paul Durand | Edition N°1287 | 20/09/2023").as_deref(), Some("Paul Durand"));
        assert_eq!(author_of("Jeanne Martin pour le JT de 19h30\nPublié le 20 sept. 2023").as_deref(), Some("Jeanne Martin"));
        // A pictograph before it, and the channel it wrote for: "✍️ Nina Aroyan pour @flashactumonde".
        assert_eq!(author_of("✍️ Nina Aroyan pour @flashactumonde\n21 sept. 2023 à 09:05").as_deref(), Some("Nina Aroyan"));
        // Of two bare names over the date, the one opening with a given name: a press review
        // prints the quoted paper's name over its writer's.
        assert_eq!(author_of("Gazeta Wolna – Varsovie\nTomasz Wierzbicki\nPublié le 23 septembre 2023 à 09h00").as_deref(), Some("Tomasz Wierzbicki"));
        // A magazine's "Avec" credits the writer; an agency is no writer.
        assert_eq!(author_of("Avec Jeanne Martin\nMis à jour le 21 septembre 2023 à 08h12").as_deref(), Some("Jeanne Martin"));
        assert_eq!(author_of("Avec AFP\nMis à jour le 21 septembre 2023 à 08h12"), None);
        // Or over its reading time, as a reader's view prints it.
        assert_eq!(author_of("Jeanne Martin\n5-7 minutes").as_deref(), Some("Jeanne Martin"));
        assert_eq!(author_of("Jeanne Martin\n·\nFollow\n5 min read\n·\nSep 20, 2023").as_deref(), Some("Jeanne Martin"));
    }

    /// The header's bare name, over the writer's job, outranks a name under the article (a
    /// death notice's, "Léonard Thériault"), which signs the article off only when the header
    /// names no one.
    #[test]
    fn the_headers_name_outranks_a_name_under_the_article() {
        let author = |header: &str| found_in("", header, "Léonard Thériault").author;
        assert_eq!(author("Paul Durand\nJournaliste").as_deref(), Some("Paul Durand"));
        assert_eq!(author("Temps de lecture : 3 min").as_deref(), Some("Léonard Thériault"));
    }
}
