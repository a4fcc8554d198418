//! Article extraction from plain-text scrapes (one line per block of the page, with the
//! site's menus, teasers, ads and forms left in).
//!
//! 1. Each line is labelled alone (jusText-style): a boilerplate rule (`rules.rs`), a teaser
//!    (truncated summary, or the headline just above one), repeated in the page or across
//!    the corpus ([`Memory`]), else good / near-good / short by its length and prose shape.
//!    Lines with two or more consent/privacy words (`rules/legal_terms.txt`) are legal
//!    notices whatever their length; three or more "headline + one-sentence summary" items
//!    in a row are a teaser list, even though each summary looks like prose.
//! 2. Labels become scores (prose earns its length, boilerplate costs, a section heading such
//!    as "À lire aussi" or "Laisser un commentaire" is a wall) and the article is the
//!    contiguous run of lines with the highest total (the densest block; linear time).
//!    Short lines inside the run stay (subheads, captions, "(Avec AFP)"), bad ones go.
//!    An inline box ("Read next" and a teaser, an ad) followed by prose again does not end
//!    the run: the run goes on past it and the box is dropped (one paragraph between two
//!    boxes counts when the article goes on past the second); a name-shaped line ends it
//!    (a signature) unless mostly paragraphs follow (a subhead).
//!    A subhead that a contents list outside the run repeats stays in it.
//!    An embedded post (a tweet's text over its "— Name (@handle) date" signature) is
//!    dropped without ending the run; so are the bare lines beside the site's chrome
//!    between two paragraphs (an ad's label and its offer, a donation appeal and its
//!    button).
//!    A byline split over lines ("Von", then the authors' names one a line) is dropped, and
//!    so is a box of other stories' headlines (four or more in a row between paragraphs).
//! 3. Title, byline and dates are looked for around the run (`headline.rs`); a standfirst
//!    right under the headline joins the body even when page furniture separates it.
//!
//! Works with an empty memory (a single file): memory only sharpens step 1.

use super::headline;
use super::lines::{self, LineInfo};
use super::rules::{self, Kind, Scope};
use super::{Article, Removed};
use foldhash::{HashMap, HashMapExt};

pub use super::memory::Memory;

/// At most this many removed lines are reported per article (each cut to [`REMOVED_CHARS`]).
pub const MAX_REMOVED: usize = 400;
pub const REMOVED_CHARS: usize = 300;
/// A line in at least this many OTHER files of the corpus is boilerplate.
pub const CORPUS_REPEAT: u32 = 2;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Label {
    Good,
    NearGood,
    Short,
    Credit,
    Bad(&'static str),
    Barrier(&'static str),
}

pub(crate) struct Line<'a> {
    pub text: &'a str,
    pub info: LineInfo,
    pub label: Label,
    /// Times the line occurs in this page.
    pub in_page: u32,
    /// Other files of the corpus holding the line.
    pub corpus: u32,
    pub teaser_head: bool,
    /// The first [`PAGE_KEY_WORDS`] words, lowercased and joined by single spaces: the key
    /// of in-page repetition (`lines::squeezed_lowercase`).
    pub key: String,
    /// Whether `key` holds every word of the line.
    pub key_whole: bool,
    /// The date the line reads as, once asked ([`Line::date`]).
    date: std::cell::OnceCell<Option<String>>,
}

impl Line<'_> {
    /// The date the whole line reads as (`container::dates::normalise_str`, or a dateline's
    /// with a two-digit year, `headline::short_year_dateline`), read once: the headline search
    /// asks it of a line up to four times.
    pub fn date(&self) -> Option<&str> {
        self.date.get_or_init(|| crate::container::dates::normalise_str(self.text).or_else(|| headline::short_year_dateline(self.text))).as_deref()
    }

    /// The line's words, lowercased and joined by single spaces: two lines with one twin key
    /// print the same words. It is `key` itself for a line of at most [`PAGE_KEY_WORDS`] words.
    pub fn twin_key(&self) -> std::borrow::Cow<'_, str> {
        if self.key_whole {
            std::borrow::Cow::Borrowed(&self.key)
        } else {
            std::borrow::Cow::Owned(super::lines::squeezed_lowercase(self.text, usize::MAX))
        }
    }

    fn is_bad(&self) -> bool {
        matches!(self.label, Label::Bad(_) | Label::Barrier(_))
    }

    /// The line's label without the corpus memory: a line marked only for recurring in other
    /// files is labelled by its own shape.
    fn label_without_memory(&self) -> Label {
        match self.label {
            REPEATED => prose_label(&self.info),
            label => label,
        }
    }

    /// [`Line::is_bad`] by the line's own shape ([`Line::label_without_memory`]).
    fn is_bad_by_shape(&self) -> bool {
        matches!(self.label_without_memory(), Label::Bad(_) | Label::Barrier(_))
    }
}

/// The label of a line met in other files of the corpus ([`CORPUS_REPEAT`]).
const REPEATED: Label = Label::Bad("repeated across files");

pub fn extract(text: &str, memory: &Memory) -> Article {
    let self_seen = memory.has_document(text) as u32;
    let files_with = |l: &str, key: Option<&str>| key.map_or_else(|| memory.files_with(l), |k| memory.files_with_squeezed(l, k));
    let mut lines = label_lines(text, |l, key| files_with(l, key).saturating_sub(self_seen));
    if lines.is_empty() {
        return Article { errors: vec!["no text in this file".into()], ..Article::default() };
    }
    // The article with corpus evidence, and without it: when most of the article found
    // without memory recurs in other files, the article itself was syndicated (or crawled
    // twice) and memory must not erase it.
    let (mut with_memory, mut without) = (best_run(&lines, true), best_run(&lines, false));
    let mut live_headline = None;
    if with_memory.is_none() && without.is_none() {
        live_headline = live_entries_back(&mut lines);
        if live_headline.is_some() {
            (with_memory, without) = (best_run(&lines, true), best_run(&lines, false));
        }
    }
    let prose = |r: Option<(usize, usize)>| r.map(|(s, e)| prose_chars(&lines[s..=e])).unwrap_or(0);
    let (start, end) = match (with_memory, without) {
        (_, Some((s, e))) if prose(with_memory) * 4 < prose(without) && syndicated(&lines[s..=e]) => (s, e),
        (Some(r), _) => r,
        (None, Some(r)) => r,
        (None, None) => {
            let removed = lines.iter().map(|l| removed(l.text, reason_outside(l))).take(MAX_REMOVED).collect();
            return Article { removed, errors: vec!["no article text found".into()], ..Article::default() };
        }
    };
    let ignore_memory = without == Some((start, end)) && with_memory != without;
    // Lines outside the run taken back as the syndicated story's paragraphs (see below).
    let mut story_copies: Vec<usize> = Vec::new();
    if ignore_memory {
        // The syndicated story's copies hold all of its paragraphs, also those past an inline
        // box the run stops at: paragraphs met in as many other files as the run's are the
        // story's too, and count as prose again when the run is carried past the box.
        let mut copies = u32::MAX;
        for l in &mut lines[start..=end] {
            if l.label == REPEATED {
                l.label = l.label_without_memory();
                copies = copies.min(l.corpus);
            }
        }
        for (i, l) in lines.iter_mut().enumerate() {
            if l.label == REPEATED && l.corpus >= copies && l.label_without_memory() == Label::Good {
                l.label = Label::Good;
                story_copies.push(i);
            }
        }
    }
    let (start, end) = trim_run(&lines, start, end);
    let end = bridge_boxes(&mut lines, end);
    let start = bridge_boxes_before(&mut lines, start);
    let end = cut_at_signoff(&lines, start, end);
    let end = reach_credit(&lines, end);
    let end = cut_at_credit(&lines, start, end);
    let end = cut_at_next_article(&lines, start, end);
    // (Those the run did not take in are the corpus's repeats again.)
    for &i in story_copies.iter().filter(|&&i| !(start..=end).contains(&i)) {
        lines[i].label = REPEATED;
    }
    mark_repeats_in_run(&mut lines, start, end);
    mark_labelled_boxes(&mut lines, start, end);
    mark_short_line_boxes(&mut lines, start, end);
    mark_prompt_boxes(&mut lines, start, end);
    mark_headline_boxes(&mut lines, start, end);
    keep_subheads_listed_elsewhere(&mut lines, start, end);
    let mut found = headline::find(&lines, start, end);
    // A live page's headline is the line with its mark, not its first entry's heading.
    if let Some(m) = live_headline.filter(|&m| m < start && found.title_line != Some(m)) {
        found.title = Some(headline::strip_site_suffix(lines[m].text));
        found.title_line = Some(m);
    }
    let end = cut_at_author_bio(&lines, start, end, found.author.as_deref());
    let mut article = Article { title: found.title.clone(), author: found.author.clone(), published: found.published.clone(), page_date: found.page_date.clone(), site: found.site.clone(), ..Article::default() };
    // A byline leaves the body but may credit an agency ("Par Jeanne Martin, avec AFP"), as
    // may a short line between the headline and the article ("Ouest-France avec AFP"; not a
    // caption's photo credit).
    // (Not two letters alone: "AA" there is a text-size button, not Anadolu.)
    let under_headline = found.title_line.map_or(0..0, |t| t + 1..start).filter(|&i| (3..=80).contains(&lines[i].info.chars) && lines[i].label != Label::Bad("caption"));
    for i in found.meta_lines.iter().copied().chain(found.byline_line).chain(under_headline).chain(reprint_lines(&lines, end)) {
        for a in crate::agencies::find_sources(lines[i].text) {
            if !article.sources.contains(&a) {
                article.sources.push(a);
            }
        }
    }
    // A headline found inside the run starts the article: what the run took in above it is a
    // caption or a breadcrumb.
    let title_in_run = found.title_line.filter(|t| (start..end).contains(t));
    let start = title_in_run.map(|t| t + 1).unwrap_or(start);
    // The headline printed again above the first paragraph (a page's <h1> under its <title>)
    // is no paragraph either.
    let lede = headline::first_paragraph(&lines, start, end, found.title_line).unwrap_or(start);
    let headline_again = |i: usize| i < lede && headline::headline_again(&lines, i, found.title_line);
    // Under a headline the run took in, its header's short lines down to the lede ("Communiqué
    // de presse", "Genève"), as a run starting under the headline would leave them out.
    let header_line = |i: usize| title_in_run.is_some() && (start..lede).contains(&i) && lines[i].label == Label::Short;
    for (i, l) in lines.iter().enumerate() {
        let in_run = (start..=end).contains(&i);
        if Some(i) == found.title_line {
            continue;
        }
        if (in_run && !l.is_bad() && !found.meta_lines.contains(&i) && !headline_again(i) && !header_line(i)) || Some(i) == found.standfirst {
            article.body.push(l.text.to_string());
        } else if article.removed.len() < MAX_REMOVED {
            let why = if found.meta_lines.contains(&i) {
                "byline"
            } else if headline_again(i) {
                "headline"
            } else if header_line(i) {
                "header"
            } else if in_run {
                reason_of(l)
            } else {
                reason_outside(l)
            };
            article.removed.push(removed(l.text, why));
        }
    }
    article
}

/// The reprint or copyright lines right under the article's last paragraph
/// ([`super::REPRINT_REACH`]). (A site's own copyright names no agency, and finds no source.)
fn reprint_lines<'a>(lines: &'a [Line], end: usize) -> impl Iterator<Item = usize> + 'a {
    (end + 1..lines.len().min(end + 1 + super::REPRINT_REACH)).filter(|&i| matches!(lines[i].label, Label::Barrier("copyright") | Label::Bad("copyright line")))
}

fn removed(text: &str, reason: &str) -> Removed {
    let mut cut = text.len().min(REMOVED_CHARS * 4);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let t: String = text[..cut].chars().take(REMOVED_CHARS).collect();
    Removed { text: t, reason: reason.to_string() }
}

fn reason_of(l: &Line) -> &'static str {
    match l.label {
        Label::Bad(r) | Label::Barrier(r) => r,
        _ => "outside article",
    }
}

fn reason_outside(l: &Line) -> &'static str {
    match l.label {
        Label::Bad(r) | Label::Barrier(r) => r,
        Label::Short => "navigation",
        _ => "outside article",
    }
}

/// How far down a scrape a live page's mark is looked for (its headline's place).
const LIVE_MARK_LINES: usize = 30;

/// A live page's mark at its top: "EN DIRECT - Guerre en Ukraine", "Live updates", "LIVE:",
/// "Liveticker".
fn live_mark(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    text.len() <= 300
        && RE
            .get_or_init(|| {
                regex::Regex::new(r"(?i:^(?:en direct|direct|live|live updates?|liveblog|live blog|liveticker|ticker|en vivo|en directo|in diretta|ao vivo)(?-u:\b))|(?-u:\b)(?:EN DIRECT|LIVE)(?-u:\b)").expect("live mark")
            })
            .is_match(text)
}

/// A live page (a live blog: "EN DIRECT", "LIVE") prints its entries as a teaser list does:
/// a time, a heading, a short paragraph, again and again. When no article was found and the
/// page's top says it is live, the entries taken for teasers are its text: they get their
/// prose labels back, and their times cost what a short line costs (they stay out of the
/// body). The line with the mark (the page's headline), if any entry changed.
fn live_entries_back(lines: &mut [Line]) -> Option<usize> {
    let mark = lines.iter().take(LIVE_MARK_LINES).position(|l| live_mark(l.text))?;
    let mut changed = false;
    for l in lines.iter_mut() {
        match l.label {
            Label::Bad("teaser") if !l.info.truncated => l.label = prose_label(&l.info),
            Label::Bad("timestamp") => l.label = Label::Bad("entry time"),
            _ => continue,
        }
        changed = true;
    }
    changed.then_some(mark)
}

/// Debugging aid (`examples/text_lines.rs`): each line of a scrape, as this file alone
/// labels it, with the score it adds to a run, then the kept run's first and last line.
pub fn line_report(text: &str) -> (Vec<(String, f32, String)>, Option<(usize, usize)>) {
    let lines = label_lines(text, |_, _| 0);
    let rows = lines.iter().map(|l| (format!("{:?}", l.label), score(l, true), l.text.to_string())).collect();
    (rows, best_run(&lines, true))
}

/// Text a dump already gives as the article: paragraphs are its non-empty lines.
pub fn from_clean(text: &str) -> Article {
    let body = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
    Article { body, ..Article::default() }
}

/// The words of a line's key for in-page repetition (case and spacing ignored).
const PAGE_KEY_WORDS: usize = 40;

fn prose_label(i: &LineInfo) -> Label {
    // Article paragraphs end like sentences; headlines, menus and teaser titles do not.
    let good = (i.sentence_end && i.chars >= 80 && (i.stop_density >= 0.15 || i.chars >= 150))
        || (!i.sentence_end && i.chars >= 200 && i.stop_density >= 0.15);
    if good {
        Label::Good
    } else if i.sentence_end && i.chars >= 30 {
        Label::NearGood
    } else {
        Label::Short
    }
}

/// The lines of a scrape, labelled. `corpus(line, key)` says in how many other files of the
/// corpus a line occurs; `key`, when given, is the line's words lowercased (its twin key).
pub(crate) fn label_lines<'a>(text: &'a str, corpus: impl Fn(&str, Option<&str>) -> u32) -> Vec<Line<'a>> {
    let raw: Vec<&str> = text.split('\n').map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')).filter(|l| !l.is_empty()).collect();
    let mut keys: Vec<(String, bool)> = raw.iter().map(|l| lines::squeezed_lowercase_whole(l, PAGE_KEY_WORDS)).collect();
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for (k, _) in &keys {
        *counts.entry(k.as_str()).or_insert(0) += 1;
    }
    let in_page: Vec<u32> = keys.iter().map(|(k, _)| counts.get(k.as_str()).copied().unwrap_or(1)).collect();
    drop(counts);
    let infos: Vec<LineInfo> = raw.iter().map(|l| lines::info(l)).collect();
    let mut out = Vec::with_capacity(raw.len());
    for (i, (&text, info)) in raw.iter().zip(infos.iter()).enumerate() {
        let in_page = in_page[i];
        let (key, key_whole) = std::mem::take(&mut keys[i]);
        let corpus_n = if info.chars < 2000 { corpus(text, key_whole.then_some(key.as_str())) } else { 0 };
        // A headline-like line just above a truncated summary is a teaser's title.
        let teaser_head = !info.sentence_end
            && !info.truncated
            && info.chars < 200
            && infos.get(i + 1).map(|n| n.truncated && n.chars > 40).unwrap_or(false);
        let label = if let Some(rule) = rules::classify(Scope::Text, text, info.chars) {
            match rule.kind {
                Kind::Bad => Label::Bad(rule.reason),
                Kind::Barrier => Label::Barrier(rule.reason),
                Kind::Credit => Label::Credit,
            }
        } else if rules::legal_terms(text) >= if info.chars < 250 { 2 } else { 3 } {
            Label::Bad("legal notice")
        } else if info.truncated {
            Label::Bad("teaser")
        } else if teaser_head {
            Label::Bad("teaser")
        } else if in_page >= 2 && prose_label(info) != Label::Good {
            Label::Bad("repeated in page")
        } else if corpus_n >= CORPUS_REPEAT {
            REPEATED
        } else {
            prose_label(info)
        };
        out.push(Line { text, info: info.clone(), label, in_page, corpus: corpus_n, teaser_head, key, key_whole, date: std::cell::OnceCell::new() });
    }
    mark_teaser_lists(&mut out);
    mark_related_headlines(&mut out);
    mark_charts(&mut out);
    mark_quote_boxes(&mut out);
    mark_embedded_posts(&mut out);
    mark_split_bylines(&mut out);
    mark_inline_captions(&mut out);
    mark_reader_comments(&mut out);
    mark_author_bios(&mut out);
    out
}

/// An author's bio under its heading at the story's foot: "À propos de l'auteur" (the `author
/// bio` rule) or a bare "Auteur", then the writer's name or not, then the bio ("Journaliste à
/// L'Écho de la Rivière-Rouge depuis 2019, couvre …"). Under a bare "Auteur", the bio opens
/// with the writer's job: a header prints "Auteur" over the writer's name alone.
fn mark_author_bios(lines: &mut [Line]) {
    for h in 0..lines.len() {
        // (Read by their own shape: the corpus memory has met a site's headings and bios.)
        let heading = lines[h].label == Label::Bad("author bio") && lines[h].info.chars <= 40;
        let bare = || lines[h].label_without_memory() == Label::Short && matches!(lines[h].text.trim_end_matches([' ', ':']).to_lowercase().as_str(), "auteur" | "auteure" | "autrice");
        if !heading && !bare() {
            continue;
        }
        let named = lines.get(h + 1).is_some_and(|l| !l.is_bad_by_shape() && headline::name_like(l.text, &l.info));
        let b = h + 1 + usize::from(named);
        let Some(bio) = lines.get(b) else { continue };
        if bio.is_bad_by_shape() || bio.info.chars > BIO_CHARS || !(heading || headline::opens_with_role(bio.text)) {
            continue;
        }
        for line in &mut lines[h..=b] {
            line.label = Label::Bad("author bio");
        }
    }
}

/// The longest line naming a comment's writer ("Hayk_M · 20.09.2023 16:02").
const COMMENTER_CHARS: usize = 60;

/// Readers' comments printed without a heading over them, each its writer's name, its text
/// and its buttons ("Gilles Harvey" / "Triste de voir que le monde regarde ailleurs …" /
/// "J'aime · Répondre · 2 h"): the first writer's name is the comments' wall, as a heading
/// would be, and the comment is no paragraph of the article.
fn mark_reader_comments(lines: &mut [Line]) {
    let reply = |l: &Line| l.label == Label::Bad("comment form") && ["répondre", "reply", "antworten", "responder"].iter().any(|w| l.text.to_lowercase().contains(w));
    // (The name alone, or a handle, one word, before its date after a dot or a bar.)
    let commenter = |l: &Line| {
        let handle = l.text.contains(['·', '|'])
            && l.text.split([' ', '·', '|']).next().is_some_and(|h| h.chars().count() >= 3 && h.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-')));
        l.info.chars <= COMMENTER_CHARS && !l.info.sentence_end && (headline::name_like(l.text, &l.info) || handle)
    };
    for i in 2..lines.len() {
        if reply(&lines[i]) && matches!(lines[i - 1].label_without_memory(), Label::Good | Label::NearGood) && commenter(&lines[i - 2]) {
            lines[i - 2].label = Label::Barrier("comment form");
            lines[i - 1].label = Label::Bad("comments");
        }
    }
}

/// Whether a line is a picture's caption, credit or gallery counter (the rules' reasons).
fn picture_line(l: &Line) -> bool {
    matches!(l.label, Label::Bad("caption" | "photo credit" | "gallery counter"))
}

/// Words that tie a sentence to the one before it: a caption stands alone, a short paragraph
/// over a picture's credit holding one is the story going on ("Cependant, le cœur de la ville
/// n'a presque pas été touché." / "PHOTO : RADIO NORD / PAUL DURAND").
const CONNECTIVES: &[&str] = &["cependant", "toutefois", "néanmoins", "pourtant", "également", "aussi", "ainsi", "alors", "ensuite", "enfin", "mais", "donc", "however", "also", "meanwhile"];

/// Whether a line holds one of [`CONNECTIVES`].
fn goes_on_from_above(l: &Line) -> bool {
    l.text.split(|c: char| !c.is_alphabetic()).any(|w| CONNECTIVES.iter().any(|c| w.chars().flat_map(char::to_lowercase).eq(c.chars())))
}

/// The longest copyright line taken for a picture's credit under its caption.
const PICTURE_CREDIT_CHARS: usize = 40;

/// The longest caption taken over a picture's credit.
const CAPTION_OVER_CREDIT_CHARS: usize = 120;

/// A picture's caption between two paragraphs of prose (a gallery's counter or another
/// caption aside) sits inside the story and does not cut it: it is an `inline caption`,
/// scored as lightly as an embedded post. Under a header (a date, a byline), the hero
/// picture's caption is no such bridge: the header stays out of the run.
///
/// Lines are read by their own shape ([`Line::label_without_memory`]): the corpus memory may
/// have met the caption, or the story, in other files of the site.
fn mark_inline_captions(lines: &mut [Line]) {
    let prose = |l: &Line| matches!(l.label_without_memory(), Label::Good | Label::NearGood);
    // (A short copyright line under a caption, with prose under it, is the picture's credit,
    // "Photo d'illustration" / "© Lagon Actu 976", not the site's footer: it is the caption's.)
    for i in 1..lines.len() {
        if lines[i].label == Label::Barrier("copyright") && lines[i].info.chars <= PICTURE_CREDIT_CHARS && picture_line(&lines[i - 1]) && lines.get(i + 1).is_some_and(prose) {
            lines[i].label = Label::Bad("photo credit");
        }
    }
    // (A short line of prose over a picture's credit, between two paragraphs, is the picture's
    // caption: "Des familles arméniennes à leur arrivée à Goris." / "(Photo AFP)", "Photo AFP",
    // "Foto : AFP", "Keystone/AP Photo"; "Le gazoduc transadriatique (TAP) en Albanie." / "©
    // Gent Shkullaku / AFP"; one phrase long enough to be a paragraph too, over a picture's
    // credit, "Rassemblement de la communauté arménienne devant le Palais des Nations, à
    // Genève." / "© Keystone / archives" (not over a bare copyright line, "©Lorraine Télé
    // Info", which may be a box of the site's). A paragraph of two sentences is kept: a caption the story prints as its text, "Une maison
    // d'habitation endommagée après un bombardement à Stepanakert, Haut-Karabakh. 19.9.2023.",
    // may be credited too; so is a header's date over the story's source.)
    // (A gallery's title between its counter and its credit is its caption too: "1/12" / "Ces
    // personnalités qui ont des racines arméniennes" / "© Bestimage".)
    // (Not a picture for illustration's credit, which goes without a caption: "Photo
    // illustration Jeanne Martin" under the article's short paragraph.)
    let credit = |l: &Line| {
        let marked = l.label == Label::Bad("photo credit") || (picture_line(l) || l.label == Label::Barrier("copyright")) && l.text.starts_with(['(', '©']);
        l.info.chars <= PICTURE_CREDIT_CHARS && marked && !l.text.to_lowercase().contains("illustration")
    };
    for i in 2..lines.len().saturating_sub(1) {
        let over = &lines[i - 1];
        // (A caption printed twice in the page is one too.)
        let shape = if over.label == Label::Bad("repeated in page") { prose_label(&over.info) } else { over.label_without_memory() };
        if credit(&lines[i]) && (matches!(shape, Label::NearGood | Label::Short) || shape == Label::Good && one_phrase(over.text) && lines[i].label != Label::Barrier("copyright")) && over.info.chars <= CAPTION_OVER_CREDIT_CHARS && !strict_header_stamp(over) && !goes_on_from_above(over) && (prose(&lines[i - 2]) || picture_line(&lines[i - 2])) && prose(&lines[i + 1]) {
            lines[i - 1].label = Label::Bad("caption");
            if lines[i].label == Label::Barrier("copyright") {
                lines[i].label = Label::Bad("photo credit");
            }
        }
    }
    let aside = |l: &Line| picture_line(l) || l.label == Label::Bad("inline caption") || l.info.chars <= 3;
    for i in 0..lines.len() {
        if !picture_line(&lines[i]) {
            continue;
        }
        let before = lines[..i].iter().rev().find(|l| !aside(l));
        let after = lines[i + 1..].iter().find(|l| !aside(l));
        if before.is_some_and(prose) && after.is_some_and(prose) {
            lines[i].label = Label::Bad("inline caption");
        }
    }
}

/// A byline split over lines: the bare "Von" / "Par" / "By" (the `byline` rule), then the
/// author's name, or the names of a few authors one a line ("Jasper Riemann", "Barbara
/// Schneider"). The names are the byline's, not the article's text.
fn mark_split_bylines(lines: &mut [Line]) {
    for b in 0..lines.len() {
        if lines[b].label != Label::Bad("byline") || lines[b].info.chars > 6 {
            continue;
        }
        for i in b + 1..(b + 1 + headline::BYLINE_NAMES).min(lines.len()) {
            if lines[i].is_bad() || !headline::name_like(lines[i].text, &lines[i].info) {
                break;
            }
            lines[i].label = Label::Bad("byline");
        }
    }
}

/// The most characters of text an embedded post's fallback prints (a post and its link).
const POST_CHARS: usize = 350;
/// The most lines it spans.
const POST_LINES: usize = 3;
/// A line this long is a paragraph of the article, unless it is the post's last line.
const POST_LINE_CHARS: usize = 150;

/// An embedded post (a tweet) printed as text: its lines, then its signature ("— Name
/// (@handle) May 6, 2025", the `embedded post` rule). The lines right above the signature
/// are the post's, up to a post's length: short ones, and the last one whatever its length;
/// not a line that introduces it ("Kyiv Post reported:") nor a boilerplate line.
fn mark_embedded_posts(lines: &mut [Line]) {
    for s in 1..lines.len() {
        if lines[s].label != Label::Bad("embedded post") {
            continue;
        }
        let mut chars = 0usize;
        for i in (s.saturating_sub(POST_LINES)..s).rev() {
            let l = &lines[i];
            chars += l.info.chars;
            let intro = l.text.trim_end().ends_with(':');
            if l.is_bad() || intro || chars > POST_CHARS || (i + 1 < s && l.info.chars > POST_LINE_CHARS) {
                break;
            }
            lines[i].label = Label::Bad("embedded post");
        }
    }
}

/// The longest quotation a quote box prints over its attribution.
const BOX_QUOTE_CHARS: usize = 250;
/// The longest attribution line ("Karsten Haustein, Universität Leipzig").
const ATTRIBUTION_CHARS: usize = 110;

/// "Name Surname, role or affiliation": the speaker under a quote box. Not a byline ("Von
/// Thilo Schäfer, Madrid"), nor a sentence, a heading with a colon or a caption credit.
fn is_attribution(l: &Line) -> bool {
    if l.info.chars > ATTRIBUTION_CHARS || l.info.sentence_end || l.is_bad() {
        return false;
    }
    let Some((name, role)) = l.text.split_once(", ") else { return false };
    // (A name in capitals is a heading: "EN GOLCÜ TÜRK, AYTAÇ KARA".)
    if !name.chars().any(char::is_lowercase) {
        return false;
    }
    let role_chars = role.chars().count();
    (3..=90).contains(&role_chars)
        && !role.contains(|c: char| matches!(c, '.' | '!' | '?' | ':' | '|' | ','))
        && headline::name_like(name, &lines::info(name))
        && !headline::is_byline(l.text)
}

/// A quote box inside the article: one short quoted sentence, then its speaker's name and
/// role on a line of their own, then the article goes on. The sentence is printed as a box
/// beside the text (and often said in it too): neither line is a paragraph.
fn mark_quote_boxes(lines: &mut [Line]) {
    for i in 1..lines.len().saturating_sub(1) {
        let q = &lines[i - 1];
        let quote = matches!(q.label, Label::Good | Label::NearGood) && q.info.chars <= BOX_QUOTE_CHARS && q.info.sentence_end;
        let goes_on = lines[i + 1..].iter().take(2).any(|l| l.label == Label::Good);
        if quote && goes_on && is_attribution(&lines[i]) {
            lines[i - 1].label = Label::Bad("quote box");
            lines[i].label = Label::Bad("quote box");
        }
    }
}

/// The longest line taken for a pull quote (a sentence of the story printed again, large).
const PULL_QUOTE_CHARS: usize = 400;
/// How many lines away from its paragraph a pull quote is looked for.
const PULL_QUOTE_REACH: usize = 12;

/// Pull quotes: a line of the run that repeats a sentence of a longer paragraph of the run
/// (printed again in a box, quotation marks and all) is dropped. A line right above the
/// paragraph that holds it is that paragraph's subhead (a quote of it), and is kept.
fn mark_repeats_in_run(lines: &mut [Line], start: usize, end: usize) {
    // Candidates by the hash of their first three words; each paragraph's word triples are
    // looked up, and a hit checked in full (no search of every line in every other).
    let mut by_head: HashMap<u64, Vec<usize>> = HashMap::new();
    for i in start..=end {
        let l = &lines[i];
        // (A quote closing with „…“ does not end like a sentence: Short.)
        if matches!(l.label, Label::Good | Label::NearGood | Label::Short) && (25..=PULL_QUOTE_CHARS).contains(&l.info.chars) {
            let key = core(l.text);
            let words: Vec<u64> = key.split_whitespace().take(3).map(word_core_hash).collect();
            if key.chars().count() >= 20 && words.len() == 3 {
                by_head.entry(triple_hash(&words)).or_default().push(i);
            }
        }
    }
    if by_head.is_empty() {
        return;
    }
    let mut quotes: Vec<usize> = Vec::new();
    for j in start..=end {
        let o = &lines[j];
        if !matches!(o.label, Label::Good | Label::NearGood) {
            continue;
        }
        let words: Vec<u64> = o.text.split_whitespace().map(word_core_hash).collect();
        for w in words.windows(3) {
            let Some(cands) = by_head.get(&triple_hash(w)) else { continue };
            for &i in cands {
                let l = &lines[i];
                if i != j && j != i + 1 && i.abs_diff(j) <= PULL_QUOTE_REACH && o.info.chars > l.info.chars && o.text.contains(core(l.text)) {
                    quotes.push(i);
                }
            }
        }
    }
    for i in quotes {
        lines[i].label = Label::Bad("pull quote");
    }
}

/// The longest question a poll asks.
const POLL_QUESTION_CHARS: usize = 200;

/// A box inside the article under a bare label ("Lire aussi", "Vidéo", "Écouter aussi",
/// "Notre newsletter"): the short lines under the label up to the article's next paragraph
/// are the box's (the other story's headline, the video's title and length), not the
/// article's. Only a bare label opens such a box: a "Lire aussi : headline" line is
/// the whole box, and the line under it may be the article's subhead.
fn mark_labelled_boxes(lines: &mut [Line], start: usize, end: usize) {
    let mut i = start;
    while i < end {
        if !box_label(&lines[i]) {
            i += 1;
            continue;
        }
        // (A poll's question, however long, is the poll's: "Sondage", "Le Canada devrait-il
        // accueillir davantage de réfugiés ?", "Oui", "Non", "Voter".)
        let first = i + 1;
        let polled = lines[i].label == Label::Bad("poll") && first < end && lines[first].text.ends_with('?') && lines[first].info.chars <= POLL_QUESTION_CHARS;
        if polled {
            lines[first].label = Label::Bad("box inside the article");
        }
        let reach = (i + BOX_LINES).min(end);
        let Some(resume) = (first + usize::from(polled)..=reach).find(|&j| lines[j].label == Label::Good) else {
            i += 1;
            continue;
        };
        // (A sentence there may be the article's own short paragraph, and a line ending with
        // a colon introduces the article's next lines: only the box's bare lines go.)
        // (A headline's question is the box's too: "Podcast", "Un Café au Grand-Duché", "Ép.
        // 112 : Faut-il encore acheter un logement au Luxembourg ?".)
        // (Under a "related" label, a headline long enough to pass for prose is the other
        // story's too: "Lire également sur NorLur" / "Pachinian : « L'Arménie n'est impliquée
        // dans aucune opération militaire »".)
        // (So is a programme's title under a player's label: "🎧 LE PODCAST" / "« Le Caucase,
        // poudrière oubliée »" / "Épisode 112 – 28 min".)
        let titled = matches!(lines[i].label, Label::Barrier("related") | Label::Bad("related" | "video" | "podcast" | "audio player"));
        for l in &mut lines[i + 1..resume] {
            if (l.label == Label::Short || box_question(l) || titled && l.label == Label::NearGood && headline_sentence(l)) && !(l.text.ends_with(':') && l.info.words >= 4) {
                l.label = Label::Bad("box inside the article");
            }
        }
        // An aside's label ("Repères", "Le saviez-vous ?", "Glossaire") heads a note of its
        // own, its glossary's entries ("Oblast : région administrative."), its key points or
        // a paragraph, beside the article, which goes on under it. (A paragraph only right
        // under the label: bare lines there are the aside's whole note.)
        let mut resume = resume;
        if lines[i].label == Label::Bad("box label") {
            let entries = (i + 1..end).take_while(|&j| glossary_entry(&lines[j])).count();
            // (Lines are read by their own shape: the corpus memory may have met the box, or
            // the story, in other files of the site.)
            // (Its short points were just marked as the box's bare lines: "L'essentiel en 20
            // secondes" / "• Bakou parle d'une opération « antiterroriste »." / "• Berne appelle
            // à la retenue.")
            let bullet = |l: &Line| l.text.starts_with(['•', '▪', '✓', '✔', '-', '–', '—', '*', '·']);
            let point = |l: &Line| l.info.chars <= ASIDE_POINT_CHARS && (l.label == Label::Bad("box inside the article") && bullet(l) || !l.is_bad_by_shape());
            let points = (i + 1..end).take(ASIDE_POINTS).take_while(|&j| point(&lines[j])).count();
            // (Or its one figure, just marked as the box's bare line, and what the figure
            // counts: "Le chiffre" / "120 000" / "C'est le nombre d'Arméniens qui vivaient au
            // Haut-Karabakh …". Not the article's paragraph under a box of figures.)
            let figure = |j: usize| lines[j].label == Label::Bad("box inside the article") && opens_with_figure(lines[j].text);
            let explained = i + 2 < end && figure(i + 1) && !figure(i + 2) && lines[i + 2].info.chars <= ASIDE_POINT_CHARS && matches!(lines[i + 2].label_without_memory(), Label::Good | Label::NearGood);
            let note = if entries > 0 {
                entries
            } else if explained {
                2
            } else if points >= ASIDE_MIN_POINTS {
                points
            } else {
                usize::from(resume == i + 1 && lines[resume].info.chars <= ASIDE_NOTE_CHARS)
            };
            if note > 0 && i + 1 + note < end && lines[i + 1 + note].label_without_memory() == Label::Good {
                for l in &mut lines[i + 1..i + 1 + note] {
                    l.label = Label::Bad("box inside the article");
                }
                resume = resume.max(i + 1 + note);
            }
        }
        i = resume;
    }
}

/// One phrase: no stop inside the line, only (maybe) at its end.
fn one_phrase(text: &str) -> bool {
    !text.trim_end_matches(['.', ' ']).contains(['.', '!', '?', ';'])
}

/// The longest paragraph of an aside under its label.
const ASIDE_NOTE_CHARS: usize = 300;
/// The fewest key points an aside lists: two short lines under a label may be its note and
/// the article's next paragraph ("Le saviez-vous ?" / "Le mont Ararat … culmine à 5 137
/// mètres …" / "Le président a également déclaré …").
const ASIDE_MIN_POINTS: usize = 3;
/// The most key points an aside lists ("Ce qu'il faut retenir"), and the longest of them.
const ASIDE_POINTS: usize = 5;
const ASIDE_POINT_CHARS: usize = 120;

/// A glossary's entry: a term, a colon, its definition ("Oblast : région administrative en
/// Ukraine et en Russie.").
fn glossary_entry(l: &Line) -> bool {
    l.info.chars <= ASIDE_NOTE_CHARS && l.text.split_once(" : ").is_some_and(|(term, _)| term.split_whitespace().count() <= 4 && term.starts_with(char::is_uppercase))
}

/// The fewest short lines in a stretch between paragraphs that make a box.
const BOX_SHORT_LINES: usize = 3;
/// The longest line of such a box ("Les chiffres clés", "3 ans", "Sans avis").
const BOX_LINE_CHARS: usize = 40;
/// The longest question a box of two lines asks (its headline's or its poll's).
const BOX_QUESTION_CHARS: usize = BOX_LINE_CHARS * 3;

/// A question a box asks, its headline's or its poll's.
fn box_question(l: &Line) -> bool {
    matches!(l.label, Label::Short | Label::NearGood) && l.text.ends_with('?') && l.info.chars <= BOX_QUESTION_CHARS
}

/// The longest line of a fact box that opens with its figure.
const BOX_FIGURE_CHARS: usize = 90;

/// A line opening with a figure ("2,8 millions de passagers", "+12 %", "−3 °C"); not with
/// a list's number ("1. ...", "3) ...") or a live blog's time ("11.04 Uhr: ...", "19:04").
fn opens_with_figure(text: &str) -> bool {
    let t = text.trim_start_matches(['+', '-', '−', '–', '~', '≈']).trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t.as_bytes()[digits..];
    let numbered = matches!(rest, [b'.' | b')', b' ', ..]);
    let time = matches!(rest, [b':' | b'.' | b'h', a, b, ..] if a.is_ascii_digit() && b.is_ascii_digit()) && digits <= 2;
    digits > 0 && !numbered && !time
}

/// The longest label of a box of two lines, its label and the other story's headline.
const BOX_LABEL_CHARS: usize = 30;

/// A stretch of short lines between two paragraphs of the article: a fact box ("Les
/// chiffres", "3 ans", "de prison"), a poll ("Sondage", "Oui", "Non", "Voter"), an embed's
/// leftovers, the bare lines beside the site's chrome (an ad's offer under its label). An
/// article puts one subhead between paragraphs, not three short lines; a list the article
/// introduces ("Les mesures annoncées :") stays.
fn mark_short_line_boxes(lines: &mut [Line], start: usize, end: usize) {
    // (A page printing an ad's label between most paragraphs marks empty slots: the lines
    // beside them are the article's subheads and captions.)
    let ad_slots = (start..=end).filter(|&k| lines[k].label == Label::Bad("advertisement")).count() > AD_SLOTS;
    let mut i = start;
    while i <= end {
        if lines[i].label == Label::Good {
            i += 1;
            continue;
        }
        let k = (i..=end).take_while(|&k| lines[k].label != Label::Good).count();
        let stretch = i..i + k;
        // (A figure's line of a fact box may be longer: "340 000 habitants en Corse au 1er
        // janvier 2023", "+12 % de fréquentation touristique par rapport à 2019".)
        let boxed = |l: &Line| l.label == Label::Short && (l.info.chars <= BOX_LINE_CHARS || l.info.chars <= BOX_FIGURE_CHARS && opens_with_figure(l.text) && !l.info.sentence_end);
        let shorts = stretch.clone().filter(|&k| boxed(&lines[k])).count();
        // (A long line without a stop there is prose cut into lines, or a list's item.)
        let prose = stretch.clone().any(|k| lines[k].label == Label::Short && lines[k].info.chars > BOX_LINE_CHARS * 2 && !boxed(&lines[k]));
        let introduced = i > start && lines[i - 1].text.ends_with(':') || stretch.clone().any(|j| lines[j].text.ends_with(':') && lines[j].info.words >= 3);
        // (Two lines, a box's label and the other story's headline or the video's title,
        // "Li tou", "Grangou ap fè ravaj nan Nòdès": an article puts one subhead there.)
        // (Not a line introducing the article's next lines: "Here's what we know about ...:".)
        // (A headline may ask its question: "Ép. 112 : Faut-il encore acheter un logement ?")
        // (Nor an interview's answer in its quotation marks: "„Nein.“".)
        let stops = |l: &Line| l.info.sentence_end || l.text.trim_end_matches(['“', '”', '»', '"', '’', '\'']).ends_with(['.', '!', '…']);
        let pair_line = |l: &Line| (l.label == Label::Short && !stops(l) || box_question(l)) && !(l.text.ends_with(':') && l.info.words >= 4);
        // (Nor the article's subheads, which the paragraph under them takes up: "Friday's
        // storms", "Zone 1 — Corn Belt and Missouri Valley", "The storms hit the Corn Belt
        // ...".)
        let teaser = k == 2
            && stretch.clone().all(|k| pair_line(&lines[k]))
            && stretch.clone().any(|k| lines[k].info.chars <= BOX_LABEL_CHARS)
            && !stretch.clone().any(|k| lines.get(i + 2).is_some_and(|under| headline::share_content_word(lines[k].text, under.text)));
        // (Nor a labelled list of headlines, under its short label: "Notre sélection" /
        // "Pessac : le collège Noès fermé jeudi après une alerte" / "Arcachon : la dune du Pilat
        // rouverte au public"; an article puts one subhead there, not a label and lines
        // without a stop under it. Not a header the run took in, the headline over its byline
        // or date.) (The label may sit under a short paragraph of the article's: "Aliyev a
        // salué les efforts du pays." / "AVIS PUBLIC" / "Division scolaire — Assemblée générale"
        // / "Le mardi 10 octobre à 19 h, au Centre culturel"; the lines are read by their own
        // shape, the corpus memory may have met the box. Not a quotation's speaker, "—
        // Emmanuel Macron", over the site's footer.)
        let lead = stretch.clone().take_while(|&j| lines[j].label_without_memory() == Label::NearGood && stops(&lines[j])).count();
        let listed = i + lead..i + k;
        let headlines = listed.len() >= BOX_SHORT_LINES
            && lines[i + lead].info.chars <= BOX_LABEL_CHARS
            && listed.clone().all(|k| lines[k].label_without_memory() == Label::Short && !stops(&lines[k]) && lines[k].info.chars <= BOX_FIGURE_CHARS && !strict_header_stamp(&lines[k]) && !speaker_line(&lines[k]));
        if i > start && i + k <= end && ((shorts >= BOX_SHORT_LINES || headlines) && !introduced && !prose || teaser) {
            // (A question there is the poll's: "Êtes-vous favorable à ce plan ?")
            // (So is a longer line between two of the box's: a job offer's title between its
            // label and its deadline, "Offre d'emploi" / "La commune recrute un(e) agent(e)
            // d'accueil" / "Date limite : 30 septembre". Not in a header the run took in: "Je
            // donne" / the headline / "Récit" / "Par Jeanne Martin" / "20 septembre 2023".)
            let header = stretch.clone().any(|j| header_stamp(&lines[j]));
            let sandwiched = |j: usize| !header && j > i && j + 1 < i + k && boxed(&lines[j - 1]) && boxed(&lines[j + 1]) && lines[j].label == Label::Short && lines[j].info.chars <= BOX_FIGURE_CHARS;
            let marks: Vec<usize> = stretch.clone().filter(|&j| boxed(&lines[j]) || box_question(&lines[j]) || teaser || headlines && listed.contains(&j) || sandwiched(j)).collect();
            for j in marks {
                lines[j].label = Label::Bad("box inside the article");
            }
        }
        // A stretch holding the site's chrome, an ad's label, a donation appeal, a prompt, an
        // embedded post's handle or a chart's figures: its bare lines are the same box's
        // ("Publicité" / "Djezzy - Internet illimité avec le forfait Hayla"; "Faire un don" /
        // "Aidez les chrétiens d'Arménie" / "Je donne"; "Brent" / "93,53 USD" / "-0,80%" /
        // "Voir le graphique"). Not the article's subhead, which the paragraph under it takes
        // up, nor a long sentence, nor a line introducing the article's next lines, nor a
        // quotation's speaker ("— François Hollande"), nor a list beside the box (more lines
        // than a box has).
        // (A chart's or a widget's source is its box's line too: "Météo marine" / "Houle de
        // sud-est 1,5 m" / "Source : Météo-France".)
        let source = |l: &Line| l.label == Label::Bad("caption") && l.text.starts_with("Source");
        let chrome_at = |k: usize| (inline_chrome(&lines[k]) || source(&lines[k])) && !(ad_slots && lines[k].label == Label::Bad("advertisement"));
        if i > start && i + k <= end && stretch.clone().any(chrome_at) {
            let under = lines[i + k].text;
            // (A line between two of the chrome's is the box's whatever its words: "Faire un
            // don" / "Aidez les chrétiens d'Arménie" / "Votre don est déductible …".)
            let subhead = |k: usize| headline::share_content_word(lines[k].text, under) && !(chrome_at(k - 1) && chrome_at(k + 1));
            let bare = |k: usize| {
                let l = &lines[k];
                l.label == Label::Short && (!stops(l) || l.info.chars <= CHROME_BOX_SENTENCE_CHARS) && !l.text.ends_with(':') && !speaker_line(l) && !subhead(k)
            };
            // (So is a sentence right under one of the chrome's lines: a pitch, over the button
            // that closes the box, the article going on under it, an ad's offer, "PUBLICITÉ" /
            // "Loto Bonheur CI — Tirage ce soir : 250 millions FCFA à gagner !" / "Jouer
            // maintenant"; or over another line of the same prompt, "Soutenez Le Mékong Hebdo" /
            // "Depuis 2009, l'info francophone au Cambodge en accès libre." / "Faire un don via
            // ABA Pay". Not the article's sentence over another box's label, nor between two
            // ads' labels, which a page prints in the gaps between its paragraphs.)
            let pitch = |k: usize| {
                let (l, last) = (&lines[k], i + stretch.len() - 1);
                let sentence = k > i && k < last && l.label == Label::NearGood && l.info.chars <= CHROME_BOX_SENTENCE_CHARS && chrome_at(k - 1);
                let over_button = k + 1 == last && call_to_act(&lines[k + 1]) && !subhead(k + 1);
                let same_prompt = chrome_at(k + 1) && lines[k - 1].label == lines[k + 1].label && lines[k - 1].label != Label::Bad("advertisement");
                sentence && (over_button || same_prompt)
            };
            let bare_lines: Vec<usize> = stretch.clone().filter(|&k| bare(k) || pitch(k)).collect();
            if bare_lines.len() <= CHROME_BOX_LINES {
                for k in bare_lines {
                    lines[k].label = Label::Bad("box inside the article");
                }
            }
        }
        i += k.max(1);
    }
}

/// A quotation's speaker under it, after a dash ("— François Hollande").
fn speaker_line(l: &Line) -> bool {
    l.text.starts_with(['—', '–', '-'])
}

/// A line of an article's header: its byline, or its date alone or with a publication's cue
/// ("20 septembre 2023", "Publié le 20/09/2023 à 10h23"); not a box's labelled date ("Date
/// limite : 30 septembre 2023"). A box the run took in is not cut across a header.
fn header_stamp(l: &Line) -> bool {
    headline::is_byline(l.text) || l.info.chars <= 80 && l.date().is_some() && (l.info.words <= 4 || headline::has_published_cue(l.text))
}

/// [`header_stamp`], read strictly: a byline, or a date alone, after its weekday or with a
/// publication word ("20 septembre 2023", "Mercredi 20 septembre 2023", "Publié le
/// 20/09/2023"). A stretch of headline-shaped lines is told from a header the run took in by
/// it: a box's line with a date among its words ("Postuler avant le 30/09/2023") is no
/// header's, though its "le 30/" is a publication's cue to `header_stamp`.
fn strict_header_stamp(l: &Line) -> bool {
    let weekday = || l.text.split_whitespace().next().is_some_and(|w| crate::dates::weekday_name(w.trim_end_matches(',')));
    headline::is_byline(l.text) || l.info.chars <= 80 && l.date().is_some() && (l.info.words <= 3 || headline::publication_word(l.text) || weekday())
}

/// The longest button of a box ("Je m'inscris", "Rejoindre →", "Lire la prière").
const BUTTON_CHARS: usize = 30;
/// The most words of a button ("Voir la fiche du laboratoire").
const BUTTON_WORDS: usize = 5;
/// The longest pitch a prompt's box prints over its button ("Notre média est gratuit et le
/// restera grâce à la générosité de nos lecteurs. …").
const PITCH_CHARS: usize = 300;

/// A box's button: a few words closing it, which the site's chrome rules name (a donation's
/// "Je fais un don", a "read more"), which point on ("Rejoindre →"), or which ask the reader
/// to act ("S'abonner", "Lire la prière", "Voir l'offre", "Demander un spécimen").
fn button(l: &Line) -> bool {
    const VERBS: &[&str] = &[
        "rejoindre", "rejoignez", "inscrivez-vous", "je", "regarder", "abonnez-vous", "télécharger", "découvrir", "découvrez", "voter", "écouter", "lire", "voir", "afficher", "ouvrir", "demander",
        "soutenir", "donner", "contribuer", "participer", "commander", "acheter", "essayer", "profiter", "profitez", "accéder", "join", "subscribe", "sign", "download", "donate", "support",
        "listen", "watch", "buy", "shop", "vote", "jetzt",
    ];
    if l.info.chars > BUTTON_CHARS || l.info.words > BUTTON_WORDS || l.text.ends_with('.') {
        return false;
    }
    // (Not an ad's or a paywall's label: those open a box, or are one.)
    let marked = (inline_chrome(l) || matches!(l.label, Label::Bad("related"))) && !matches!(l.label, Label::Bad("advertisement" | "paywall") | Label::Barrier(_));
    let arrow = l.text.trim_end().ends_with(['→', '›', '»', '↓', '➔', '▶', '>']);
    let verb = || {
        let first = l.text.trim_start_matches(|c: char| !c.is_alphanumeric()).split_whitespace().next().unwrap_or("").to_lowercase();
        VERBS.contains(&first.rsplit(['\'', '’']).next().unwrap_or(""))
    };
    marked || arrow || (matches!(l.label, Label::Short | Label::Bad("box inside the article")) && verb())
}

/// A box's closing words, by their shape: a short line of a few words without a stop ("Jouer
/// maintenant", "Voir les offres").
fn call_to_act(l: &Line) -> bool {
    l.label == Label::Short && l.info.chars <= BUTTON_CHARS && l.info.words <= BUTTON_WORDS && !l.info.sentence_end
}

/// A prompt's box between two paragraphs, or under the last: a label, a line or a short pitch,
/// a button ("Abonnez-vous à notre chaîne Telegram" / "Toute l'actualité de l'Arménie en temps
/// réel." / "Rejoindre →"; "Le saint du jour" / "Saint André Kim Tae-gon" / "Premier prêtre
/// coréen, martyrisé en 1846." / "Lire la prière"). Walked up from its button: the lines up to
/// the article's paragraph above are the box's. A pitch long enough for prose is the box's only
/// under a label of the site's (a donation's, a newsletter's, one repeated in the page): the
/// article's subhead and short paragraph over a share button are not a box.
fn mark_prompt_boxes(lines: &mut [Line], start: usize, end: usize) {
    // (The button may sit right under the run, which stopped at it.)
    for b in start + 1..=(end + 1).min(lines.len() - 1) {
        // (Inside the run, the article goes on under the button.)
        let resumes = b >= end || lines[b + 1].label == Label::Good;
        if !button(&lines[b]) || !resumes {
            continue;
        }
        let mut top = b;
        let mut pitch = false;
        while top > start + 1 && b - top < BOX_LINES {
            let above = &lines[top - 1];
            if above.label != Label::Good {
                top -= 1;
                continue;
            }
            // (A pitch's label and button are the same prompt's: a donation's appeal and its
            // "Je fais un don", a newsletter's name and its "S'abonner". A paragraph between
            // a newsletter's prompt and a paywall's notice, or between two ads, is the article's;
            // so is one between two boxes whose lines were marked as boxes' bare lines, an ad's
            // "Réservez votre stand" over it and a chart's "Voir tous les indices ›" under it.)
            let label_over = top >= start + 2
                && match (lines[top - 2].label, lines[b].label) {
                    (Label::Bad(over), Label::Bad(own)) => (over == own || over == "repeated in page") && lines[top - 2].text != lines[b].text && !matches!(own, "share" | "related" | "chart" | "download" | "embed placeholder" | "box inside the article"),
                    _ => false,
                };
            if pitch || above.info.chars > PITCH_CHARS || !label_over {
                break;
            }
            pitch = true;
            top -= 1;
        }
        // (A box opens with its label: a sentence over it is the article's short paragraph, a
        // dash's line a quotation's speaker, "— Emmanuel Macron, président de la République".)
        let article_line = |l: &Line| matches!(l.label, Label::Good | Label::NearGood) || speaker_line(l);
        while top < b && article_line(&lines[top]) {
            top += 1;
        }
        // (Nor is the article's header the run took in, a headline over its byline and date.)
        let header = (top..b).any(|i| header_stamp(&lines[i]));
        // (Two lines are a box when the button reads another story: its headline and "Lire
        // l'article ›".)
        let teaser = lines[b].label == Label::Bad("related") && lines[top].label == Label::Short;
        if header || !article_line(&lines[top - 1]) || b - top < if teaser { 1 } else { 2 } || (start..top).all(|i| lines[i].label != Label::Good) {
            continue;
        }
        for l in &mut lines[top..=b] {
            if !l.is_bad() {
                l.label = Label::Bad("box inside the article");
            }
        }
    }
}

/// The most bare lines a box of the site's chrome holds between two paragraphs (its label,
/// its offer, its button).
const CHROME_BOX_LINES: usize = 3;
/// The longest sentence of such a box, its offer's blurb ("Chaque matin, l'essentiel de
/// l'actualité avec un regard chrétien."); a longer one is the article's.
const CHROME_BOX_SENTENCE_CHARS: usize = 120;
/// The most ads' labels an article holds when they are boxes with their offer's lines, not
/// slots printed between most of its paragraphs.
const AD_SLOTS: usize = 3;

/// A line of the site's own between two paragraphs, which the lines around it go with.
fn inline_chrome(l: &Line) -> bool {
    matches!(
        l.label,
        Label::Bad(
            "advertisement" | "continues below" | "donation appeal" | "promotion" | "newsletter" | "newsletter prompt" | "embedded post" | "post handle" | "chart" | "share" | "share buttons" | "paywall" | "login"
                | "embed placeholder" | "feedback" | "download"
        ) | Label::Barrier("advertisement" | "classifieds")
    ) || matches!(l.label, Label::Bad(r) if player_box(r))
}

/// The reasons of a player's, a podcast's or a poll's lines and a programme's stamp: an
/// inline box's, which the lines beside go with and which cost a run what a short line does.
fn player_box(reason: &str) -> bool {
    matches!(reason, "audio player" | "poll" | "podcast" | "broadcast note")
}

/// A box's label alone on its line: a short one, or a longer one with nothing after a
/// separator ("Ces articles peuvent vous intéresser"; not "Lire aussi : Bakou accuse Erevan").
fn box_label(l: &Line) -> bool {
    let bare = || l.info.chars <= BARE_LABEL_CHARS && !l.text.trim_end_matches([':', ' ']).contains([':', '|', '›', '»', '>', '–', '—']);
    (l.info.chars <= RELATED_LABEL_CHARS || bare()) && matches!(l.label, Label::Barrier("related") | Label::Bad("related" | "video" | "newsletter" | "audio player" | "box label" | "breaking news" | "poll" | "podcast"))
}

/// The fewest headlines in a row that make a box of teasers inside the article.
const HEADLINE_BOX_LINES: usize = 4;

/// A headline of another story: a short line of a few words, capitalised, that does not end
/// like a sentence.
fn headline_shaped(l: &Line) -> bool {
    l.label == Label::Short && headline::headline_shape(&l.info)
}

/// A box of other stories' headlines inside the article ("Mehr zum Thema" with no heading
/// line, a "Read more" list): several headline-shaped lines in a row between paragraphs.
/// An article puts one subhead over its paragraphs, not four.
fn mark_headline_boxes(lines: &mut [Line], start: usize, end: usize) {
    let mut i = start;
    while i <= end {
        let k = (i..=end).take_while(|&k| headline_shaped(&lines[k])).count();
        if k >= HEADLINE_BOX_LINES && i > start && i + k <= end {
            for l in &mut lines[i..i + k] {
                l.label = Label::Bad("teaser");
            }
        }
        i += k.max(1);
    }
}

/// The longest subhead taken back from a contents list.
const SUBHEAD_CHARS: usize = 150;
/// How far apart two entries of a contents list may be printed (lines).
const CONTENTS_GAP: usize = 3;

/// A subhead of the article printed once more in a table of contents outside it
/// ("Identifying Anomalies", "Delivery latency") is "repeated in page" like the site's menu
/// items. Inside the run, right over a paragraph, with its other copy outside the run among
/// the copies of other such subheads (a contents list of the article's subheads, not a
/// teaser printed twice), it is the article's subhead and stays.
fn keep_subheads_listed_elsewhere(lines: &mut [Line], start: usize, end: usize) {
    let candidates: Vec<usize> = (start..end)
        .filter(|&i| {
            let l = &lines[i];
            l.label == Label::Bad("repeated in page") && l.in_page == 2 && l.info.chars <= SUBHEAD_CHARS && lines[i + 1].label == Label::Good
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    // Each candidate's other copy, when it lies outside the run: a line printed twice too
    // (the same key, the same count), so only those lines' keys are needed.
    let copies: Vec<(usize, usize)> = candidates
        .into_iter()
        .filter_map(|i| (0..lines.len()).find(|&j| j != i && lines[j].in_page == 2 && lines[j].key == lines[i].key).filter(|&j| j < start || j > end).map(|j| (i, j)))
        .collect();
    // (A contents list: two subheads or more listed within a few lines of each other.)
    let keep: Vec<usize> = copies.iter().filter(|&&(i, j)| copies.iter().any(|&(i2, j2)| i2 != i && j2.abs_diff(j) <= CONTENTS_GAP)).map(|&(i, _)| i).collect();
    for i in keep {
        lines[i].label = prose_label(&lines[i].info);
    }
}

/// A line without the quotation marks and punctuation around it.
fn core(t: &str) -> &str {
    t.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The hash of a word without the quotation marks and punctuation around it (the headline's
/// word hash).
fn word_core_hash(word: &str) -> u64 {
    headline::word_hash(core(word).chars())
}

/// The hash of three words' [`word_core_hash`]es, in order: each word of a paragraph is
/// hashed once, not once for each of the three triples it is part of. (A hit is checked
/// against the text: collisions cost a comparison, never a wrong answer.)
fn triple_hash(words: &[u64]) -> u64 {
    words.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &w| (h ^ w).wrapping_mul(0x0000_0100_0000_01B3).rotate_left(29))
}

/// A teaser item: a headline-shaped line (no final period) directly followed by ONE short
/// summary sentence, then something that is not prose again.
fn teaser_item(lines: &[Line], h: usize) -> Option<usize> {
    let head = lines.get(h)?;
    let sum = lines.get(h + 1)?;
    let head_ok = !head.info.sentence_end && (15..=160).contains(&head.info.chars) && head.info.words >= 3 && !head.is_bad();
    let sum_ok = matches!(sum.label, Label::Good | Label::NearGood) && sum.info.chars <= 280;
    let after_ok = lines.get(h + 2).map(|a| !matches!(a.label, Label::Good | Label::NearGood)).unwrap_or(true);
    (head_ok && sum_ok && after_ok).then_some(h + 1)
}

/// How close under a "related" heading a lone teaser item must start to be the box's teaser.
const HEADED_ITEM_GAP: usize = 1;

/// Lists of teasers (other articles of the site: headline, one-sentence summary, kicker or
/// time, again and again) look like short prose to a line-by-line labeller. Three or more
/// such items, each within a few lines of the previous one, are a list: all its items are
/// teasers. An article's subheads are followed by several paragraphs, or long ones.
fn mark_teaser_lists(lines: &mut [Line]) {
    const GAP: usize = 3;
    const MIN_ITEMS: usize = 3;
    let n = lines.len();
    let mut items: Vec<usize> = Vec::new();
    let mut i = 0;
    while i + 1 < n {
        if let Some(sum) = teaser_item(lines, i) {
            items.push(i);
            i = sum + 1;
        } else {
            i += 1;
        }
    }
    let mut group: Vec<usize> = Vec::new();
    let flush = |group: &mut Vec<usize>, lines: &mut [Line]| {
        // Under a "related" heading, two items are a list already, and one item right under
        // it ("Lesen Sie auch", a headline, its summary) is the box's teaser. (A line between
        // heading and item may be the article's subhead over one paragraph.)
        // (A lone item's summary restates its headline: under a one-line box inside the
        // article, "À voir aussi", "Le Haut-Karabakh en quatre dates", the next line is the
        // article's own paragraph.)
        let headed_within = |gap: usize| group.first().map(|&h| lines[h.saturating_sub(gap)..h].iter().any(|l| l.label == Label::Barrier("related"))).unwrap_or(false);
        let restated = |h: usize| headline::share_content_word(lines[h].text, lines[h + 1].text);
        if group.len() >= MIN_ITEMS || headed_within(GAP) && group.len() >= 2 || headed_within(HEADED_ITEM_GAP) && group.len() == 1 && restated(group[0]) {
            for &h in group.iter() {
                for l in &mut lines[h..=h + 1] {
                    if !l.is_bad() {
                        l.label = Label::Bad("teaser");
                    }
                }
            }
        }
        group.clear();
    };
    for h in items {
        if let Some(&last) = group.last() {
            if h > last + 2 + GAP {
                flush(&mut group, lines);
            }
        }
        group.push(h);
    }
    flush(&mut group, lines);
}

/// The longest line taken for another story's headline under a "related" heading.
const RELATED_HEADLINE_CHARS: usize = 160;
/// How many lines under a "related" heading are looked at for its headlines.
const RELATED_BOX_LINES: usize = 30;

/// One sentence that does not close with a period: a headline, even one long enough to pass
/// for prose ("Name, role: «the quote»", "Can airlines add a fuel surcharge?"). An article's
/// paragraph ends with a period, or runs over several sentences.
fn headline_sentence(l: &Line) -> bool {
    let t = l.text.trim_end_matches(|c: char| matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ' ' | '\u{a0}'));
    l.info.chars <= RELATED_HEADLINE_CHARS && !t.ends_with(['.', '…']) && !has_sentence_break(l.text)
}

/// A period, "!" or "?" followed by a space and a capital, or an ideographic full stop ("。",
/// which needs no space): a second sentence starts, or the line is written as sentences.
fn has_sentence_break(t: &str) -> bool {
    if t.contains('。') {
        return true;
    }
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.next_if(|&n| n == ' ' || n == '\u{a0}').is_some() && chars.peek().is_some_and(|n| n.is_uppercase()) {
            return true;
        }
    }
    false
}

/// Under a "related" heading ("Últimas noticias", "Lire aussi"), the headlines of its box:
/// lines that read as prose to the labeller (a quote, a question) but are single sentences
/// without a period, two or more of them before any paragraph of the article's kind. Such a
/// box can outweigh an article cut short by a paywall (one paragraph). Under a bare label
/// between two paragraphs, the one headline it links to is the box's too.
fn mark_related_headlines(lines: &mut [Line]) {
    for b in 0..lines.len() {
        if lines[b].label != Label::Barrier("related") {
            continue;
        }
        let mut heads = Vec::new();
        for j in (b + 1..lines.len()).take(RELATED_BOX_LINES) {
            let l = &lines[j];
            match l.label {
                Label::Barrier(_) => break,
                Label::Good | Label::NearGood if headline_sentence(l) => heads.push(j),
                Label::Good | Label::NearGood => break,
                _ => {}
            }
        }
        if heads.len() >= 2 {
            for j in heads {
                lines[j].label = Label::Bad("teaser");
            }
        } else if let [_, teaser, next] = lines.get(b..b + 3).unwrap_or_default() {
            // A bare "Lire aussi" between two paragraphs, over the one story it links to:
            // the link's headline is no subhead of the article. (Judged by the lines' shapes:
            // in a corpus holding copies of the story, both also recur in other files.)
            let one_link = lines[b].info.chars <= RELATED_LABEL_CHARS
                && matches!(teaser.label_without_memory(), Label::Short | Label::NearGood)
                && headline_sentence(teaser)
                && !teaser.info.sentence_end
                && next.label_without_memory() == Label::Good;
            if one_link {
                lines[b + 1].label = Label::Bad("teaser");
            }
        }
    }
}

/// The longest "related" heading that is a bare label ("Lire aussi", "À lire également :").
const RELATED_LABEL_CHARS: usize = 30;
/// The longest box's label printed without a separator ("Ces articles peuvent vous intéresser").
const BARE_LABEL_CHARS: usize = 40;

/// The score a line adds to a run that includes it.
fn score(l: &Line, use_memory: bool) -> f32 {
    let c = l.info.chars.min(5000) as f32;
    let label = if use_memory { l.label } else { l.label_without_memory() };
    let short = -(8.0 + c.min(300.0) * 0.1);
    match label {
        Label::Good => c,
        Label::NearGood => c * 0.5,
        Label::Short => short,
        Label::Credit => 20.0,
        Label::Barrier(_) => -600.0,
        // A bare time or date between paragraphs stamps the items of a teaser list or feed.
        Label::Bad("timestamp") => -150.0,
        // The time of a live page's entry (`live_entries_back`).
        Label::Bad("entry time") => -(8.0 + c * 0.1),
        // A post embedded in the story, its placeholder, or a picture's caption between its
        // paragraphs does not end the story.
        Label::Bad("embedded post" | "inline caption" | "embed placeholder" | "continues below") => -20.0,
        // A player's or a poll's lines, a programme's stamp: an inline box's, no more a wall
        // than the short lines they were before a rule knew them.
        Label::Bad(r) if player_box(r) => short,
        Label::Bad(_) => -(30.0 + c.min(400.0)),
    }
}

/// What a caption line costs a run, before its length, after another caption.
const GALLERY_CAPTION_COST: f32 = 10.0;

fn is_caption(l: &Line) -> bool {
    matches!(l.label, Label::Bad("caption" | "photo credit"))
}

/// What a chart's label costs a run.
const CHART_LABEL_COST: f32 = 3.0;

/// The labels of a chart printed as text inside the article: its axis ticks and values, one
/// a line ("$915", "600", "’17", "12 %", "1,5 Md"), two or more in a row. They are not the
/// article's text; and a chart of a dozen years spans dozens of such lines between two
/// paragraphs, printed twice by some pages (desktop and mobile), so each costing as a menu
/// item would cut the article there: `best_run` charges each little.
fn mark_charts(lines: &mut [Line]) {
    let like: Vec<bool> = lines.iter().map(chart_label_like).collect();
    for i in lines::in_runs_of_two(&like) {
        lines[i].label = Label::Bad("chart");
    }
}

/// A short line of figures ([`lines::chart_figures`]).
fn chart_label_like(l: &Line) -> bool {
    // (Every line of every scrape is asked: the length and the label first.)
    l.info.chars <= lines::CHART_LABEL_CHARS && matches!(l.label, Label::Short | Label::Bad("repeated in page")) && lines::chart_figures(l.text)
}

const STREAK_COST: f32 = 3.0;
const STREAK_CAP: f32 = 30.0;

/// The contiguous run of lines with the highest total score (Kadane), if any is positive.
/// A credit line ("(Avec AFP)") ends an article: the line after it costs like a barrier.
fn best_run(lines: &[Line], use_memory: bool) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut cur = 0.0f32;
    let mut cur_start = 0usize;
    // Non-prose lines in a row cost more and more: one subhead inside an article is cheap, a
    // stretch of menu items, times and headlines is not.
    let mut streak = 0usize;
    for (i, l) in lines.iter().enumerate() {
        let mut s = score(l, use_memory);
        // A picture's caption is dropped, and costs as boilerplate does; the captions after
        // it are the same gallery's (a dozen pictures inside the story do not end it).
        if i > 0 && is_caption(l) && is_caption(&lines[i - 1]) {
            s = -(GALLERY_CAPTION_COST + (l.info.chars.min(300) as f32) * 0.05);
        }
        if l.label == Label::Bad("chart") {
            // (Costs little, and does not lengthen the streak: a chart is one box.)
            s = -CHART_LABEL_COST;
        } else if s < 0.0 {
            s -= (STREAK_COST * streak as f32).min(STREAK_CAP);
            streak += 1;
        } else if s > 10.0 {
            streak = 0;
        }
        if i > 0 && lines[i - 1].label == Label::Credit && l.label != Label::Credit {
            s -= 400.0;
        }
        // Readers' comments are long prose too: no run goes on past a comments heading.
        if l.label == Label::Barrier("comment form") {
            s = f32::MIN / 2.0;
        }
        if cur <= 0.0 {
            cur = s;
            cur_start = i;
        } else {
            cur += s;
        }
        if cur > 0.0 && best.map(|(b, _, _)| cur > b).unwrap_or(true) {
            best = Some((cur, cur_start, i));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

fn prose_chars(run: &[Line]) -> usize {
    run.iter().filter(|l| matches!(prose_label(&l.info), Label::Good | Label::NearGood)).map(|l| l.info.chars).sum()
}

/// Most of the run's prose recurs in other files: the article was syndicated or re-crawled.
fn syndicated(run: &[Line]) -> bool {
    let mut total = 0usize;
    let mut repeated = 0usize;
    for l in run {
        if matches!(prose_label(&l.info), Label::Good | Label::NearGood) {
            total += l.info.chars;
            if l.corpus >= CORPUS_REPEAT {
                repeated += l.info.chars;
            }
        }
    }
    total > 0 && repeated * 10 >= total * 6
}

/// A bare name after the article's prose, with little after it, signs the article off:
/// what follows (an author bio, a teaser) is not the article. A name-shaped line followed by
/// paragraphs at once is a subhead ("Flight Checks"), not a signature.
fn cut_at_signoff(lines: &[Line], start: usize, end: usize) -> usize {
    let total: usize = lines[start..=end].iter().map(|l| l.info.chars).sum();
    let mut before = 0usize;
    for i in start..=end {
        let l = &lines[i];
        if i > start && before >= 300 && !l.is_bad() && headline::name_like(l.text, &l.info) {
            let after = total - before;
            let after_lines = &lines[i + 1..=end];
            let (good, good_chars) = after_lines.iter().filter(|l| l.label == Label::Good).fold((0, 0), |(n, c), l| (n + 1, c + l.info.chars));
            let subhead = good >= 2 && good_chars * 10 >= after * 6;
            if after * 10 < total * 4 && !subhead {
                return i.saturating_sub(1).max(start);
            }
        }
        before += l.info.chars;
    }
    end
}

/// Lines a box inside the article may span (kicker, teaser headline, "Read more", an ad).
const BOX_LINES: usize = 8;
/// Prose that must follow a box for the article to be taken as going on after it.
const RESUMED_PARAGRAPHS: usize = 2;
const RESUMED_CHARS: usize = 300;

/// Sites break an article with boxes: "Read Next" and a teaser of another story, an ad, a
/// newsletter prompt, and then the article goes on. The densest run stops at such a box
/// (a "related" heading is a wall there); when a short box is followed by paragraphs of
/// prose again, the run goes on past it and the box's lines are dropped. A wall of another
/// kind (comments, copyright, share), an agency credit, or a box with no boilerplate mark in
/// it still ends the article.
fn bridge_boxes(lines: &mut [Line], mut end: usize) -> usize {
    loop {
        let Some(next) = box_then_prose(lines, end) else { return end };
        let (box_start, resume, resumed_end) = next;
        for l in &mut lines[box_start..resume] {
            if !l.is_bad() {
                l.label = Label::Bad("box inside the article");
            }
        }
        end = resumed_end;
    }
}

/// After the run's last line `end`: the box's first line, the first line of prose after it,
/// and the end of that prose's own run, when the lines after `end` are a short box then
/// article prose again.
fn box_then_prose(lines: &[Line], end: usize) -> Option<(usize, usize, usize)> {
    let (box_start, resume, resumed) = box_then_some_prose(lines, end)?;
    match resumed {
        Resumed::Enough(resumed_end) => Some((box_start, resume, resumed_end)),
        // One paragraph between two boxes ("Read next", a subhead and a paragraph, "Also
        // interesting", the rest of the story): the article goes on when it goes on in
        // earnest past the second box.
        Resumed::Little(edge) => match box_then_some_prose(lines, edge) {
            Some((_, _, Resumed::Enough(_))) => Some((box_start, resume, edge)),
            _ => None,
        },
    }
}

/// After the run's last line `end`: the box's first line, the first line of prose after it,
/// and how much prose follows (if any).
fn box_then_some_prose(lines: &[Line], end: usize) -> Option<(usize, usize, Resumed)> {
    if lines[end].label == Label::Credit {
        return None;
    }
    let box_start = end + 1;
    let resume = across_box(lines, (box_start..lines.len()).take(BOX_LINES + 1))?;
    let resumed = match resumed_prose(lines, resume..lines.len(), false)? {
        // Prose that a paywall notice cuts short is the article's: a teaser list is not cut.
        // So is a paragraph the article's agency credit closes ("À lire également" / two
        // teasers / the last paragraph / "(Avec AFP)").
        Resumed::Little(edge) if lines[edge].label == Label::Credit || lines.get(edge + 1).is_some_and(|l| matches!(l.label, Label::Bad("paywall") | Label::Barrier("paywall") | Label::Credit)) => Resumed::Enough(edge),
        resumed => resumed,
    };
    Some((box_start, resume, resumed))
}

/// The prose found past a box: enough for the article to go on there (its far edge), or less
/// (its edge: one paragraph, or a few short ones).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Resumed {
    Enough(usize),
    Little(usize),
}

/// The same box seen from below: the densest run can start after a box that cut the article
/// early (three paragraphs, "Other news" and its teasers, then the rest of the story). When
/// the lines just above the run are a short marked box with two or more paragraphs of prose
/// above it, the run starts at that prose and the box's lines are dropped. An agency credit
/// or a wall of another kind still separates two stories.
fn bridge_boxes_before(lines: &mut [Line], mut start: usize) -> usize {
    while let Some((prose_start, box_start)) = prose_then_box(lines, start) {
        for l in &mut lines[box_start..start] {
            if !l.is_bad() {
                l.label = Label::Bad("box inside the article");
            }
        }
        start = prose_start;
    }
    start
}

/// Before the run's first line `start`: the first line of the prose above a box, and the
/// box's first line, when the lines above `start` are a short box under article prose. An
/// agency credit above the box ends the story before it, not this one.
fn prose_then_box(lines: &[Line], start: usize) -> Option<(usize, usize)> {
    let box_end = start.checked_sub(1)?;
    let resume = across_box(lines, (box_end.saturating_sub(BOX_LINES)..=box_end).rev())?;
    let Resumed::Enough(prose_start) = resumed_prose(lines, (0..=resume).rev(), true)? else { return None };
    Some((prose_start, resume + 1))
}

/// Walks a box away from the run (`order`: the line next to the run first): the first
/// paragraph past it, if the box holds a boilerplate mark (a "related" or classifieds wall, a teaser, an ad)
/// and no wall of another kind, credit or paragraph of its own.
fn across_box(lines: &[Line], mut order: impl Iterator<Item = usize>) -> Option<usize> {
    let first = order.next()?;
    let mut marked = false;
    for i in std::iter::once(first).chain(order) {
        match lines[i].label {
            Label::Good if i != first => return marked.then_some(i),
            // (A classified ads' heading inside the story is an ad's box: "Petites annonces" /
            // "Vends F3 à Schœlcher, vue mer – 245 000 €" / the story goes on.)
            Label::Barrier("related" | "classifieds") | Label::Bad(_) => marked = true,
            Label::Barrier(_) | Label::Credit | Label::Good => return None,
            Label::Short | Label::NearGood => {}
        }
    }
    None
}

/// The prose past a box, walked away from it (`order`), up to a wall (or a credit, when
/// `credit_ends`) or a boilerplate stretch: Kadane's best stretch from the box, as `best_run`
/// would score it. Its far edge, when it holds enough prose for the article to go on there,
/// or one paragraph.
fn resumed_prose(lines: &[Line], order: impl Iterator<Item = usize>, credit_ends: bool) -> Option<Resumed> {
    let (mut total, mut best, mut best_edge) = (0.0f32, 0.0f32, None);
    let (mut paragraphs, mut chars) = (0usize, 0usize);
    let (mut best_paragraphs, mut best_chars) = (0usize, 0usize);
    for i in order {
        let l = &lines[i];
        // (Times between the paragraphs past a box stamp a teaser list, not the article.)
        if matches!(l.label, Label::Barrier(_) | Label::Bad("timestamp")) || (credit_ends && l.label == Label::Credit) {
            break;
        }
        total += score(l, true);
        if l.label == Label::Good {
            paragraphs += 1;
            chars += l.info.chars;
        }
        if total > best {
            (best, best_edge, best_paragraphs, best_chars) = (total, Some(i), paragraphs, chars);
        }
        if total < 0.0 {
            break;
        }
    }
    let edge = best_edge?;
    if best_paragraphs >= RESUMED_PARAGRAPHS && best_chars >= RESUMED_CHARS {
        Some(Resumed::Enough(edge))
    } else {
        (best_paragraphs >= 1).then_some(Resumed::Little(edge))
    }
}

/// How far under a "related" heading a dateline shows that the next article has begun.
const NEXT_ARTICLE_LINES: usize = 12;

/// Pages that load the next article under the first (endless scrolling) print it after a
/// "related" heading with its own headline, byline and dateline ("Publisert 06.01.2026"):
/// the run, which prose carries over the heading, ends there.
fn cut_at_next_article(lines: &[Line], start: usize, end: usize) -> usize {
    let mut prose = 0usize;
    for i in start..=end {
        let l = &lines[i];
        if matches!(l.label, Label::Barrier("related")) && prose >= STORY_PROSE {
            if lines[i + 1..=end].iter().take(NEXT_ARTICLE_LINES).any(|n| headline::is_dateline(n.text, n.info.chars)) {
                return i.saturating_sub(1).max(start);
            }
        }
        prose += prose_len(l);
    }
    end
}

/// Prose above a line (characters) for it to end a story: a credit or a heading under a
/// lead alone does not.
const STORY_PROSE: usize = 400;

/// The characters a line adds to the prose of a run.
fn prose_len(l: &Line) -> usize {
    if matches!(l.label, Label::Good | Label::NearGood) {
        l.info.chars
    } else {
        0
    }
}

/// Chrome lines an agency credit may sit past, under the article's last paragraph.
const CREDIT_REACH: usize = 2;

/// The article's agency credit printed under an inline box's line or two ("LIRE AUSSI >> …",
/// "Publicité", then "(Avec AFP)"): the run, which the box's cost stopped at the last
/// paragraph, takes it in (the box's lines stay out of the body, as any chrome inside the run).
fn reach_credit(lines: &[Line], end: usize) -> usize {
    let after = end + 1..lines.len().min(end + 2 + CREDIT_REACH);
    lines[after.clone()]
        .iter()
        .position(|l| !matches!(l.label, Label::Bad(_)))
        .map(|k| after.start + k)
        .filter(|&i| lines[i].label == Label::Credit)
        .unwrap_or(end)
}

/// Prose after a credit line, as a multiple of the prose before it, past which the credit does
/// not end the article.
const CREDIT_CUT_RATIO: usize = 2;

/// An agency credit line after the article's prose ends the article ("(Avec AFP)").
fn cut_at_credit(lines: &[Line], start: usize, end: usize) -> usize {
    let mut prose = 0usize;
    for i in start..=end {
        let l = &lines[i];
        // (Unless the run goes on for much longer than it ran: then the credit was a
        // picture's, inside a long article or a live blog.)
        if l.label == Label::Credit && prose >= STORY_PROSE && lines[i + 1..=end].iter().map(prose_len).sum::<usize>() <= CREDIT_CUT_RATIO * prose {
            return i;
        }
        prose += prose_len(l);
    }
    end
}

/// How many of the run's last lines an author's bio is looked for in.
const BIO_REACH: usize = 5;
/// The longest line taken for an author's bio.
const BIO_CHARS: usize = 500;

/// Sites close an article with a few words on its author, under the text: "Aaron Kliegman is
/// a politics reporter for Fox News Digital.", "Manuela Conrad ist ZDF-Reporterin für ...",
/// "Jeanne Martin est journaliste au service Société.". A line among the run's last ones that
/// opens with the name of the byline's author (or a shorter first name and the surname:
/// "Steph Bazzle" for "Stephanie Bazzle"), then a word in lower case (the verb, not a name
/// going on), is that bio: the article ends above it, and what follows (teasers) goes too.
fn cut_at_author_bio(lines: &[Line], start: usize, end: usize, author: Option<&str>) -> usize {
    let Some(author) = author else { return end };
    let names: Vec<Vec<&str>> = author
        .split([',', '&', ';'])
        .flat_map(|n| n.split(" and ").flat_map(|n| n.split(" und ")).flat_map(|n| n.split(" et ")))
        .map(|n| n.split_whitespace().collect::<Vec<_>>())
        .filter(|w| w.len() >= 2)
        .collect();
    if names.is_empty() {
        return end;
    }
    let from = end.saturating_sub(BIO_REACH - 1).max(start + 1);
    for i in from..=end {
        let l = &lines[i];
        if l.info.chars > BIO_CHARS || l.info.words < 5 {
            continue;
        }
        if names.iter().any(|name| opens_with_name(l.text, name)) {
            return i - 1;
        }
    }
    end
}

/// `text` opens with the name (its words; the first name may be shortened to a prefix of at
/// least three letters), then a word in lower case.
fn opens_with_name(text: &str, name: &[&str]) -> bool {
    let words: Vec<&str> = text.split_whitespace().take(name.len() + 1).collect();
    if words.len() <= name.len() {
        return false;
    }
    let first_ok = words[0] == name[0] || (words[0].chars().count() >= 3 && name[0].starts_with(words[0]));
    let rest_ok = words[1..name.len()] == name[1..];
    first_ok && rest_ok && words[name.len()].chars().next().is_some_and(char::is_lowercase)
}

/// Drops bad lines from the edges of the run (Kadane only adds them when they sit between
/// good ones, but a credit line's neighbour may still hang on).
fn trim_run(lines: &[Line], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && (lines[start].is_bad() || lines[start].label == Label::Short) {
        start += 1;
    }
    while end > start && lines[end].is_bad() {
        end -= 1;
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_file_article() {
        let text = "Accueil\nPolitique\nMonde\nUn titre sur la crise\nLe gouvernement a annoncé mardi une série de mesures destinées à contenir la crise, a indiqué le porte-parole lors d'une conférence de presse.\nSelon lui, les premières mesures entreront en vigueur dès la semaine prochaine, et d'autres suivront dans le courant du mois.\n(Avec AFP)\nLaisser un commentaire\nNom *\nEmail *";
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert_eq!(a.body[2], "(Avec AFP)");
        assert_eq!(a.title.as_deref(), Some("Un titre sur la crise"));
        assert!(a.removed.iter().any(|r| r.reason == "comment form"));
    }

    /// The same agency story on three sites: its paragraphs recur in every copy, and the run,
    /// taken without the corpus memory, stops at an inline "related" heading; the paragraphs
    /// past it, which recur as much, are the story's too. So are those past a picture's
    /// caption and its short copyright credit, read by their own shape.
    #[test]
    fn a_syndicated_story_goes_on_past_an_inline_box() {
        let paragraphs = [
            "Le secrétaire d'État américain a exhorté mardi les deux pays à cesser immédiatement les hostilités à leur frontière commune, selon un communiqué publié dans la soirée.",
            "Il s'est entretenu par téléphone avec les deux dirigeants, auxquels il a demandé de reprendre sans délai les négociations engagées au printemps sous l'égide de l'Union européenne.",
            "Le diplomate a également exprimé l'espoir que les pays voisins useront de leur influence pour obtenir un retour au calme dans la région, où les combats ont fait des dizaines de morts.",
            "La Russie a négocié dans la nuit un accord de cessez-le-feu qui devait entrer en vigueur mercredi à l'aube, mais des tirs ont encore été signalés dans plusieurs villages frontaliers.",
            "Le ministère de la défense a néanmoins déclaré que l'intensité des combats avait nettement diminué au cours de la matinée, sans donner de bilan des pertes subies par ses troupes.",
        ];
        for inset in ["SUR LE MÊME SUJET", "Photo d'illustration\n© Studio Kavé 976"] {
            let copy = |site: &str| {
                format!(
                    "{site}\nAccueil\nMonde\nLes deux pays sommés de cesser les hostilités\n{site} avec AFP\n{}\n{}\n{}\n{inset}\n{}\n{}\nPartager l'article\n© {site}",
                    paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3], paragraphs[4]
                )
            };
            let copies = [copy("Le Courrier du Caucase"), copy("Le Journal de Genève"), copy("La Gazette du Nord")];
            let mut memory = Memory::default();
            for c in &copies {
                memory.observe(c);
            }
            let a = extract(&copies[0], &memory);
            assert_eq!(a.body, paragraphs.to_vec(), "{inset}: {:?}", a.body);
        }
    }

    /// A picture's caption between two stretches of a story does not cut it: the short
    /// paragraphs above it are the story's too.
    #[test]
    fn caption_inside_the_story_does_not_cut_it() {
        let text = "Accueil\nSport\nWho is Phil Foden's girlfriend Rebecca Cooke?\nPublished: 22:04, 22 Apr 2024\nREBECCA Cooke is the childhood sweetheart of Phil Foden.\nThe couple have two children together.\nRebecca Cooke supporting Phil Foden at the Qatar World Cup in Doha last winterCredit: PA\nThe exact time at which they started dating is unknown, but they have been together since being teenagers, friends of the couple say.\nA fan account of the couple on Instagram shows the two together, along with a closer look at their family life in Manchester.\nMost read in Football\nShare this article";
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.first().map(String::as_str), Some("REBECCA Cooke is the childhood sweetheart of Phil Foden."), "{:?}", a.body);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
    }

    /// A podcast's box between the paragraphs (its label, title, episode, button and length)
    /// does not end the story: the two short paragraphs under it are the story's.
    #[test]
    fn podcast_box_inside_the_story_does_not_cut_it() {
        let text = "Accueil\nMonde\nUn touriste meurt dans une source chaude du parc de Yellowstone\nPar Paul Durand\nAlors qu'il se promenait avec sa sœur au parc national Yellowstone, aux États-Unis, et qu'ils étaient sortis du chemin balisé, un jeune homme a glissé dans une source d'eau bouillante, a indiqué le parc.\nPodcast\nLes coulisses du Regard\nÉpisode 42 - Pourquoi la gauche ne parvient plus à parler aux ouvriers\nÉcouter\n28 min\nLes secours n'ont évidemment rien pu faire et les recherches ont cessé le lendemain, a précisé le parc.\nVingt-deux personnes ont trouvé la mort depuis 1890 dans les eaux brûlantes du parc.\nÀ découvrir aussi\nLes abstentionnistes, ces électeurs que personne ne va chercher";
        assert_story_goes_on(text, 3, "Vingt-deux");
    }

    /// The story `text` holds has `paragraphs` paragraphs, the last opening with `last`: it
    /// went on past the boxes between them.
    fn assert_story_goes_on(text: &str, paragraphs: usize, last: &str) {
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), paragraphs, "{:?}", a.body);
        assert!(a.body.last().is_some_and(|p| p.starts_with(last)), "{:?}", a.body);
    }

    /// A reader poll (its label, its question, its answers) and an embed's consent box
    /// between the paragraphs are the site's boxes, and the story goes on past them.
    #[test]
    fn poll_and_consent_boxes_inside_the_story() {
        let text = "Accueil\nMonde\nLe Haut-Karabakh se vide de ses habitants\nPar Paul Durand\nDes milliers de civils ont quitté le Haut-Karabakh mercredi, empruntant le seul corridor qui relie l'enclave à l'Arménie, selon les autorités arméniennes.\nSondage\nLe Canada devrait-il accueillir davantage de réfugiés en provenance de zones de conflit?\nOui\nNon\nVoter\nLes premiers réfugiés sont arrivés dans la soirée à Goris, où des centres d'accueil ont été ouverts dans les écoles et les gymnases de la ville.\nContenu externe\nCe contenu externe ne peut pas être affiché car il est susceptible de collecter des données personnelles. Pour voir ce contenu vous devez autoriser la catégorie Services Tiers.\nAccepter\nPlus d'info\nLe gouvernement arménien a promis de loger tous les déplacés, dont le nombre pourrait dépasser cent mille selon les estimations des organisations humanitaires.\nLes plus lus\nPartager l'article";
        assert_story_goes_on(text, 3, "Le gouvernement arménien");
    }

    /// The agency credit under an inline box's line ("LIRE AUSSI >> …" between the last
    /// paragraph and "(Avec AFP)") is still the article's last line; the box's line is not.
    #[test]
    fn credit_past_an_inline_box() {
        let text = "Accueil\nUn titre sur la crise\nLe gouvernement a annoncé mardi une série de mesures destinées à contenir la crise, a indiqué le porte-parole lors d'une conférence de presse.\nSelon lui, les premières mesures entreront en vigueur dès la semaine prochaine, et d'autres suivront dans le courant du mois.\nLIRE AUSSI >> Moscou accuse Bakou\n(Avec AFP)\nLes plus lus\n1\nGuerre en Ukraine : ce que l'on sait de l'attaque de drones sur Moscou";
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert_eq!(a.body[2], "(Avec AFP)");
    }

    /// Between the headline and the first paragraph: a newsroom credit, a byline and two
    /// datelines, none of them a paragraph (the headline, long, starts the run: the second
    /// dateline is four lines into it).
    #[test]
    fn header_lines_above_the_first_paragraph() {
        let text = "Accueil\nAzerbaïdjan : « La Russie est neutre sur le Karabakh malgré les espoirs de l’Arménie »\nRédaction\n20 septembre 2023\nPar Jeanne Martin\nPublié le 20 septembre 2023 à 10:23\nLe président azerbaïdjanais a déclaré lundi que la Russie avait choisi de ne pas prendre parti dans le conflit, lors d'un entretien télévisé.\nSelon lui, les campagnes de dénigrement contre son pays se poursuivent sans relâche, et les lobbies font de leur mieux pour le calomnier.";
        assert_header_left_out(text, "Jeanne Martin");
    }

    /// `text`'s article: its two paragraphs alone, written by `author` on 20 September 2023.
    fn assert_header_left_out(text: &str, author: &str) -> Article {
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 2, "{:?}", a.body);
        assert_eq!(a.author.as_deref(), Some(author));
        assert_eq!(a.published.as_deref(), Some("2023-09-20"));
        a
    }

    /// The writer's title between the byline and the date is the header's, not a paragraph.
    #[test]
    fn writer_title_between_byline_and_date() {
        let text = "Accueil\nAzerbaïdjan : « La Russie est neutre sur le Karabakh malgré les espoirs de l’Arménie »\nPar Paul Durand\nDocteur en géographie, maître de conférences à l'Université de Lyon III\nPublié le 20/09/2023\nLe président azerbaïdjanais a déclaré lundi que la Russie avait choisi de ne pas prendre parti dans le conflit, lors d'un entretien télévisé.\nSelon lui, les campagnes de dénigrement contre son pays se poursuivent sans relâche, et les lobbies font de leur mieux pour le calomnier.";
        assert_header_left_out(text, "Paul Durand");
    }

    /// The headline printed twice (a page's <title> and <h1>), then the writer's name, job
    /// and the date on lines of their own: one headline, an author, and no header line in
    /// the body.
    #[test]
    fn headline_twice_then_name_job_and_date() {
        let h = "Azerbaïdjan : « La Russie est neutre sur le Karabakh malgré les espoirs de l’Arménie »";
        let text = format!("Newsletter\n{h}\n{h}\nJeanne Martin\nJournaliste\n20 septembre 2023\nLe président azerbaïdjanais a déclaré lundi que la Russie avait choisi de ne pas prendre parti dans le conflit, lors d'un entretien télévisé.\nSelon lui, les campagnes de dénigrement contre son pays se poursuivent sans relâche, et les lobbies font de leur mieux pour le calomnier.");
        let a = assert_header_left_out(&text, "Jeanne Martin");
        assert_eq!(a.title.as_deref(), Some(h));
    }

    #[test]
    fn german_page_alone() {
        // Chrome of a German page (share bar, related list, teaser list with times) around a
        // short article, with an empty memory.
        let text = "Startseite\nPolitik\nTeilen\nEtat 2025\nBundesregierung einigt sich auf Haushalt für das kommende Jahr\nDie Bundesregierung hat sich nach wochenlangem Streit auf einen Haushalt für das kommende Jahr geeinigt, wie ein Sprecher am Dienstag in Berlin mitteilte.\nDer Entwurf sieht Einsparungen in mehreren Ministerien vor, die Opposition kritisierte die Pläne als unzureichend und kündigte Widerstand im Bundestag an.\nMehr zum Thema\nNeue Schulden für die Bahn geplant\nDie Bahn soll im kommenden Jahr mehr Geld bekommen, um marode Strecken zu sanieren.\n19:00\nKanzler reist nach Paris\nDer Kanzler trifft am Mittwoch den französischen Präsidenten zu Gesprächen über Europa.\n18:30\nStreik bei der Lufthansa beendet\nNach drei Tagen haben sich Gewerkschaft und Unternehmen auf einen Tarifvertrag geeinigt.\nImpressum\nDatenschutz";
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 2, "{:?}", a.body);
        assert_eq!(a.title.as_deref(), Some("Bundesregierung einigt sich auf Haushalt für das kommende Jahr"));
    }

    #[test]
    fn headlines_under_a_related_heading_do_not_outweigh_a_short_article() {
        // A paywall leaves one paragraph; the "latest news" box under it prints headlines long
        // enough to pass for prose, a quote or a question, none closing with a period.
        let text = "Accueil\nSociété\nLa mairie ferme la piscine municipale pour travaux\nPar Jeanne Martin\nLa piscine municipale fermera ses portes lundi pour six mois de travaux, a annoncé la mairie, qui promet un bassin rénové et accessible aux personnes handicapées dès la rentrée prochaine. Les associations sportives devront trouver un autre lieu d'entraînement d'ici là.\nCet article est réservé aux abonnés.\nDernières nouvelles\nLe maire de la ville, sur la fermeture de la piscine : « Nous n'avions pas le choix, les bassins fuyaient »\nPeut-on encore se baigner dans la rivière cet été malgré les arrêtés de la préfecture ?\nUn entraîneur de natation, en colère contre la mairie : « On nous laisse sans solution pour six mois »\nLa présidente du club de plongée, sur les travaux : « Nous allons perdre la moitié de nos adhérents »\nMentions légales";
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 1, "{:?}", a.body);
        assert!(a.body[0].starts_with("La piscine municipale fermera"), "{:?}", a.body);
        // Under the heading, a paragraph that ends with a period is the article going on.
        let text = text.replace("Cet article est réservé aux abonnés.\n", "").replace("Peut-on encore se baigner dans la rivière cet été malgré les arrêtés de la préfecture ?", "Les travaux, estimés à deux millions d'euros, seront financés en partie par la région.");
        let lines = label_lines(&text, |_, _| 0);
        assert!(lines.iter().all(|l| l.label != Label::Bad("teaser")), "{:?}", lines.iter().map(|l| (l.text, l.label)).collect::<Vec<_>>());
    }

    /// Boxes inside the article under a bare label: the video's title, the other story's
    /// headline go with the label; the article's short sentence and a line that introduces its
    /// next paragraph stay.
    #[test]
    fn a_labelled_box_inside_the_article_goes_with_its_label() {
        let p = [
            "Le ministère a publié mardi soir un nouveau bilan des combats, qui ont fait au moins vingt morts selon les autorités locales, dont plusieurs civils tués dans le bombardement d'un marché couvert à la périphérie de la ville.",
            "Les habitants des villages frontaliers ont passé la nuit dans des abris de fortune, tandis que les tirs d'artillerie se poursuivaient jusqu'à l'aube, selon les témoignages recueillis par les organisations humanitaires sur place.",
            "Plusieurs capitales européennes ont appelé à un cessez-le-feu immédiat et à la reprise des négociations engagées au printemps sous l'égide de Bruxelles, sans obtenir de réponse des deux gouvernements pour l'instant.",
            "L'organisation humanitaire a indiqué qu'elle ne pouvait plus acheminer de vivres dans la région depuis la fermeture de la route principale, dimanche, et qu'elle redoutait une pénurie de médicaments dans les hôpitaux.",
            "Selon lui, un convoi de réfugiés aurait été visé par un drone à la sortie de la ville, faisant plusieurs blessés parmi les civils qui tentaient de fuir vers la frontière avec leurs véhicules chargés de bagages.",
            "Le gouvernement a démenti toute attaque contre des civils et accusé les forces adverses d'avoir installé des positions militaires au milieu des habitations, ce que les observateurs internationaux n'ont pas pu vérifier.",
        ];
        let text = format!(
            "Accueil\nMonde\nLes combats se poursuivent dans le Caucase\nPar Jeanne Martin\n{}\n{}\nVidéo\nComprendre en trois minutes la crise au Haut-Karabakh\n{}\n{}\nPour aller plus loin\nLe président a démenti toute négociation.\nUn témoin décrit brièvement l'incident :\n{}\n{}\nMentions légales",
            p[0], p[1], p[2], p[3], p[4], p[5]
        );
        let a = extract(&text, &Memory::default());
        let want = [p[0], p[1], p[2], p[3], "Le président a démenti toute négociation.", "Un témoin décrit brièvement l'incident :", p[4], p[5]];
        assert_eq!(a.body, want);
    }

    /// The body extracted from [`BODY_FR`] under its headline, with `middle` between its first
    /// two paragraphs.
    fn body_with_between_paragraphs(middle: &str) -> Vec<String> {
        let body: Vec<&str> = BODY_FR.lines().collect();
        let text = format!("Accueil\nUn plan pour rénover les écoles\n{}\n{middle}\n{}\n{}\nMentions légales", body[0], body[1], body[2]);
        extract(&text, &Memory::default()).body
    }

    /// Each of `boxes`, put between the first two paragraphs of [`BODY_FR`], leaves the body
    /// as it was.
    fn assert_boxes_dropped(boxes: &[&str]) {
        let body: Vec<&str> = BODY_FR.lines().collect();
        for middle in boxes {
            assert_eq!(body_with_between_paragraphs(middle), body, "{middle}");
        }
    }

    /// Short lines between two paragraphs: a fact box or a poll, unless the article
    /// introduces them as its list.
    #[test]
    fn a_stretch_of_short_lines_between_paragraphs_is_a_box() {
        let body: Vec<&str> = BODY_FR.lines().collect();
        let body_with = body_with_between_paragraphs;
        let boxes = [
            // A fact box, a poll.
            "Les chiffres\n2 000\nécoles\n4 milliards\nd'euros",
            "Sondage\nÊtes-vous favorable à ce plan ?\nOui\nNon\nSans avis\nVoter",
            // Two lines: a box's label and the other story's headline, or a podcast's
            // title asking its question.
            "Li tou\nGrangou ap fè ravaj nan Nòdès",
            "Un Café au Grand-Duché\nÉp. 112 : Faut-il encore acheter un logement au Luxembourg ?",
            // A fact box's figures, on lines longer than a label.
            "En chiffres\n2,8 millions de passagers sur les lignes maritimes en 2022\n+12 % de fréquentation touristique par rapport à 2019\n340 000 habitants en Corse au 1er janvier 2023",
            // An aside under its label: its note, its glossary's entries, its key points.
            "Le saviez-vous ?\nLe premier plan de rénovation des écoles, lancé en 1975, avait concerné moins de cent établissements.",
            "Glossaire\nRéseau d'éducation prioritaire : écoles des quartiers défavorisés.\nDotation : somme versée par l'État aux communes.",
            "Ce qu'il faut retenir\nLe plan concerne deux mille écoles.\nIl coûtera quatre milliards d'euros.\nLes travaux commencent en janvier.",
            "L'essentiel en 20 secondes\n• Le plan concerne deux mille écoles.\n• Il coûtera quatre milliards.\n• Les maires protestent.",
        ];
        assert_boxes_dropped(&boxes);
        // (Not the article's sentence under a box's bare lines: "Horoscope" / "Découvrez votre
        // horoscope du jour" / the signs / the sentence.)
        let sentence = "Le ministre a salué les efforts des maires pour soutenir le plan.";
        let horoscope = format!("Horoscope\nDécouvrez votre horoscope du jour\n♈ ♉ ♊ ♋ ♌ ♍\n{sentence}");
        assert!(body_with(&horoscope).iter().any(|l| l == sentence), "{horoscope}");
        // The article's own lines: a list it introduces with a colon or numbers, a subhead
        // over the line introducing its next lines, an interview's question and its answer.
        let kept = [
            ("Les chantiers prioritaires :\nToitures\nChauffage\nAccessibilité", 4),
            ("Les travaux\nVoici ce que prévoit le plan pour les écoles du quartier :", 2),
            ("1. Rénover les toitures des écoles les plus anciennes en priorité\n2. Remplacer les chaudières au fioul dans les écoles rurales\n3. Rendre accessibles aux fauteuils roulants toutes les écoles", 3),
            ("Avez-vous essayé de négocier avec eux ?\n« Non. »", 2),
        ];
        for (middle, lines) in kept {
            assert_eq!(body_with(middle).len(), body.len() + lines, "{middle}");
        }
    }

    /// The bare lines beside the site's chrome between two paragraphs (an ad's label, a
    /// donation appeal, a prompt, a chart's figures) are its box's: the ad's offer, the
    /// appeal's button. Not the article's subhead, the line introducing its next lines, a
    /// quotation's speaker or a list.
    #[test]
    fn the_bare_lines_beside_the_sites_chrome_are_its_box() {
        let body: Vec<&str> = BODY_FR.lines().collect();
        let body_with = body_with_between_paragraphs;
        let boxes = [
            "Publicité\nDjezzy - Internet illimité avec le forfait Hayla",
            "Faire un don\nAidez les chrétiens d'Arménie\nVotre don est déductible à 66% de votre impôt sur le revenu\nJe donne",
            "@InfoCaucaseLive\nURGENT : des milliers de soldats quittent la ville ! #Karabakh\n19 sept. 2023 · 245 k vues",
            "Brent\n93,53 USD\n-0,80%\nVoir le graphique",
            "Rejoignez la chaîne WhatsApp de Mboka Info\nRecevez en exclusivité les dernières nouvelles de la RDC\nRejoindre",
            // An ad's offer under its label, over its button.
            "PUBLICITÉ\nLoto Bonheur — Tirage ce soir : 250 millions FCFA à gagner !\nJouer maintenant",
            // A prompt's pitch between two of its lines.
            "Soutenez Le Mékong Hebdo\nDepuis 2009, l'info francophone au Cambodge en accès libre.\nFaire un don via ABA Pay ou PayPal",
        ];
        assert_boxes_dropped(&boxes);
        let kept = [
            // A subhead the paragraph under it takes up ("maires").
            ("Publicité\nLa colère des maires", "La colère des maires"),
            // The article's sentence between two ads' lines.
            ("La suite après cette publicité\nLe ministre a salué les efforts des maires pour soutenir le plan.\nPublicité", "Le ministre a salué les efforts des maires pour soutenir le plan."),
            ("Publicité\nLe maire de Lyon a réagi sur son compte :", "Le maire de Lyon a réagi sur son compte :"),
            ("Publicité\n— Jeanne Martin, maire de Lille", "— Jeanne Martin, maire de Lille"),
        ];
        for (middle, line) in kept {
            assert!(body_with(middle).iter().any(|l| l == line), "{middle}");
        }
        // Between two of the appeal's lines, a line is the appeal's even when the paragraph
        // under the box shares its words ("chantiers").
        let appeal = "Faire un don\nSoutenez les chantiers solidaires\nVotre don est déductible à 66% de votre impôt sur le revenu\nJe donne";
        let more = "Les premiers travaux devraient commencer dès la rentrée prochaine dans une centaine d'écoles rurales, selon le ministère de l'Éducation.";
        let text = format!("Accueil\nUn plan pour rénover les écoles\n{}\n{}\n{appeal}\n{}\n{more}\nMentions légales", body[0], body[1], body[2]);
        assert_eq!(extract(&text, &Memory::default()).body, [body[0], body[1], body[2], more], "{appeal}");
        // A list of more lines than a box holds.
        let list = "Publicité\nla rénovation des toitures des écoles les plus anciennes\nle remplacement des chaudières au fioul dans les communes\nl'accès des fauteuils roulants à toutes les salles de classe\nl'isolation des façades des groupes scolaires du centre-ville";
        assert_eq!(body_with(list).len(), body.len() + 4, "{list}");
    }

    /// A picture's caption and its credit between two paragraphs ("Photo d'illustration" /
    /// "© Lagon Actu 976"): both sit inside the story, the credit is no footer's copyright.
    #[test]
    fn a_captions_copyright_credit_does_not_cut_the_story() {
        let body: Vec<&str> = BODY_FR.lines().collect();
        let text = format!("Accueil\nUn plan pour rénover les écoles\n{}\nPhoto d'illustration\n© Lagon Actu 976\n{}\n{}\n© Lagon Actu 976 - Tous droits réservés\nMentions légales", body[0], body[1], body[2]);
        let lines = label_lines(&text, |_, _| 0);
        let labels: Vec<(&str, Label)> = lines.iter().map(|l| (l.text, l.label)).collect();
        assert!(labels.iter().filter(|(_, l)| *l == Label::Bad("inline caption")).count() == 2, "{labels:?}");
        assert!(labels.iter().any(|(t, l)| t.ends_with("droits réservés") && *l == Label::Barrier("copyright")), "{labels:?}");
        assert_eq!(extract(&text, &Memory::default()).body, body);
    }

    /// A prompt's box between two paragraphs, walked up from its button: its label, its line
    /// or its pitch are the box's ("Rejoindre →", "Lire la prière", a donation's "Soutenir").
    /// Not a paragraph between a newsletter's prompt and a paywall's notice, or between two
    /// ads, nor the article's short paragraph over a prompt.
    #[test]
    fn a_prompts_label_and_pitch_go_with_its_button() {
        let boxes = [
            "Abonnez-vous à notre chaîne Telegram\nToute l'actualité de l'Arménie et de l'Artsakh en temps réel, en français.\nRejoindre →",
            "Le saint du jour\nSaint André Kim Tae-gon\nPremier prêtre coréen, martyrisé en 1846 à Séoul.\nLire la prière",
            "Soutenez le journalisme indépendant ukrainien\nZoria n'appartient à aucun oligarque ni à aucun parti. Nous sommes financés par nos lecteurs et par des fondations qui ne nous dictent rien.\nSoutenir",
            // A "related" label's headline long enough to pass for prose; a widget's source.
            "Plus d'infos\nPachinian : « L'Arménie n'est impliquée dans aucune opération militaire »\nCorridor de Latchine : chronologie de neuf mois de blocus",
            "Météo marine\nHoule de sud-est 1,5 m, vent 15 à 20 nœuds\nSource : Météo-France Mayotte",
        ];
        assert_boxes_dropped(&boxes);
        // A "related" label's headline long enough to pass for prose, between the second and
        // the third paragraphs.
        let body: Vec<&str> = BODY_FR.lines().collect();
        let related = "Lire également sur NorLur\nPachinian : « L'Arménie n'est impliquée dans aucune opération militaire »\nCorridor de Latchine : chronologie de neuf mois de blocus";
        let more = "Les premiers travaux devraient commencer dès la rentrée prochaine dans une centaine d'écoles rurales, selon le ministère de l'Éducation, qui promet un premier bilan détaillé dès le printemps.";
        let first = format!("{} Le texte sera présenté en conseil des ministres avant la fin du mois.", body[0]);
        let text = format!("Accueil\nUn plan pour rénover les écoles\n{first}\n{}\n{related}\n{}\n{more}\nMentions légales", body[1], body[2]);
        assert_eq!(extract(&text, &Memory::default()).body, [first.as_str(), body[1], body[2], more], "{related}");
        // Under the last paragraph, the run stops at the pitch: the button under it is still
        // the box's.
        let text = format!("Accueil\nUn plan pour rénover les écoles\n{BODY_FR}\n{}\nLe plus lu\nLes maires réclament un calendrier\nMentions légales", boxes[2]);
        assert_eq!(extract(&text, &Memory::default()).body, body, "{text}");
        let short = "Le maire a salué un plan « ambitieux ».";
        let kept = [
            format!("Inscrivez-vous à notre newsletter quotidienne\n{}\nArticle réservé aux abonnés", body[1]),
            format!("Publicité\n{}\nPublicité", body[1]),
            format!("{short}\nInscrivez-vous à notre newsletter\nVotre e-mail\nOK"),
        ];
        for middle in kept {
            let got = body_with_between_paragraphs(&middle);
            assert!(got.iter().any(|l| l == body[1]) && (!middle.starts_with(short) || got.iter().any(|l| l == short)), "{middle}: {got:?}");
        }
    }

    /// A box of short lines takes in a longer line between two of its own (a job offer's
    /// title between its label and its deadline); a list the article introduces inside the
    /// stretch ("…, darunter:") stays the article's.
    #[test]
    fn a_boxs_longer_line_between_its_short_ones() {
        assert_boxes_dropped(&["Offre d'emploi\nLa commune de Chirongui recrute un(e) agent(e) d'accueil polyvalent(e)\nDate limite : 30 septembre 2023\nVoir l'offre"]);
        let list = "Les chantiers prioritaires\nLe plan vise en particulier trois chantiers, parmi lesquels :\nles toitures\nles chaudières\nles façades";
        let body: Vec<&str> = BODY_FR.lines().collect();
        assert_eq!(body_with_between_paragraphs(list).len(), body.len() + 5, "{list}");
    }

    /// A one-line box inside the article ("À voir aussi" and a headline): the paragraph under
    /// it, which does not restate the headline, is the article's, not the teaser's summary; a
    /// summary that does is the teaser's.
    #[test]
    fn a_paragraph_under_a_one_line_box_is_no_teaser_summary() {
        let quote = "« La population civile et les infrastructures ne sont pas ciblées, seules les cibles militaires légitimes sont détruites », a assuré le président.";
        let text = format!("{}\nÀ voir aussi\nLe Haut-Karabakh en quatre dates\n{quote}\nVidéo\n{}", BODY_FR.lines().take(2).collect::<Vec<_>>().join("\n"), BODY_FR.lines().skip(2).collect::<Vec<_>>().join("\n"));
        let lines = label_lines(&text, |_, _| 0);
        assert!(lines.iter().any(|l| l.text == quote && l.label == Label::Good), "{:?}", lines.iter().map(|l| (l.text, l.label)).collect::<Vec<_>>());
        let teaser = text.replace(quote, "Du cessez-le-feu de 1994 à l'offensive de 2023, trente ans de conflit dans le Haut-Karabakh résumés en quatre dates clés.");
        let lines = label_lines(&teaser, |_, _| 0);
        assert!(lines.iter().any(|l| l.text.starts_with("Du cessez-le-feu") && l.label == Label::Bad("teaser")));
    }

    /// A ticker's update stamp, with a time and no date, is no headline.
    #[test]
    fn an_update_stamp_is_no_headline() {
        let text = format!("Programme Russie/Eurasie\nBriefings\n🔴 Alerte aérienne en cours : Kyiv, Kharkiv, Odessa\nMis à jour à 10:15 (heure de Kyiv)\nUn plan pour rénover les écoles de Kyiv\nEntretien réalisé par Jeanne Martin\n20 septembre 2023\nPodcast\n▶ Écouter (32 min)\n{BODY_FR}\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Un plan pour rénover les écoles de Kyiv"));
        assert_eq!(a.body, BODY_FR.lines().collect::<Vec<_>>());
    }

    /// A speaker's line over a photo caption inside the article: the caption's date is its
    /// picture's, so the speaker's line (with or without its dash) is no headline over a
    /// dateline, and the article keeps its first paragraphs.
    #[test]
    fn a_speaker_over_a_dated_caption_is_no_headline() {
        for speaker in ["— Mai Fatty, conseiller du président Barrow", "Mai Fatty, conseiller du président Barrow"] {
            let text = format!("Accueil\nInternational\nVidéos\nGambie : le président Jammeh laisse le pouvoir et aurait vidé les caisses de l’État\nÉcouter cet article\nObservant le départ de l'avion transportant Yahya Jammeh hors du pays, les observateurs ont pu apercevoir le sourire de celui qui dirigea le pays pendant 22 ans.\nLe quotidien britannique The Guardian rapporte les accusations du conseiller du nouveau président Adama Barrow, selon qui 11,4 millions de dollars ont disparu des caisses de l'État et plusieurs véhicules de luxe auraient été expédiés à l'étranger par avion cargo.\n{speaker}\nLe président Adama Barrow, le 19 janvier 2017 à Dakar. (AFP)\nPlus tard dans la journée, un porte-parole du président a déclaré lors d'une conférence de presse que les caisses de la banque centrale étaient « intactes ».\nYahya Jammeh avait pris le pouvoir en 1994 à la faveur d'un coup d’État, avant de trouver refuge en Guinée équatoriale après une ultime médiation.\nRéagissez à cet article\nVous devez être connecté pour commenter.");
            let a = extract(&text, &Memory::default());
            assert_eq!(a.title.as_deref(), Some("Gambie : le président Jammeh laisse le pouvoir et aurait vidé les caisses de l’État"), "{speaker}");
            assert!(a.body[0].starts_with("Observant") && a.body.iter().any(|p| p.starts_with("Yahya")), "{:?}", a.body);
        }
    }

    #[test]
    fn prose_that_a_paywall_cuts_goes_on_past_a_read_also_box() {
        // "À lire aussi" and its headline inside the article, then the two last paragraphs the
        // paywall leaves: short, but cut by the notice, so the article's and not a teaser list.
        let text = "Menu\nInternational\nLe conflit ravive les tensions dans le Caucase\nPar Luc Moreau\nPlus de 50 000 personnes ont déjà quitté la région pour rejoindre l'Arménie, selon les autorités d'Erevan, qui disent se préparer à en accueillir jusqu'à 120 000.\nLa route qui relie Stepanakert à la frontière arménienne, le corridor de Latchine, est saturée depuis dimanche. Des files de voitures s'étirent sur des dizaines de kilomètres.\nÀ lire aussi\nHaut-Karabakh : ce que l'on sait de l'offensive\nUn dépôt de carburant a explosé lundi soir près de Stepanakert, faisant au moins 68 morts et plus de 290 blessés, selon un bilan communiqué mardi.\nL'Union européenne a annoncé une aide humanitaire de 5 millions d'euros, tandis que la France a promis de l'aide médicale.\nIl vous reste 62% de cet article à lire. La suite est réservée aux abonnés.\nDéjà abonné ? Se connecter\nSur le même sujet\nArménie : le Premier ministre sous pression\nLe Premier ministre arménien fait face à des manifestations quotidiennes à Erevan.\nMentions légales";
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        assert!(a.body[3].starts_with("L'Union européenne"), "{:?}", a.body);
        // Without the notice, two short paragraphs past the box are not enough to go on.
        let cut = text.replace("Il vous reste 62% de cet article à lire. La suite est réservée aux abonnés.\nDéjà abonné ? Se connecter\n", "");
        assert_eq!(extract(&cut, &Memory::default()).body.len(), 2);
    }

    #[test]
    fn a_paywall_notice_ends_the_article() {
        // What a paywall prints under its notice (the one-device questions and answers) reads
        // as prose, but the article stopped at the notice.
        let text = format!("Accueil\nInternational\nUn plan pour rénover les écoles\nPar Jeanne Martin\n{BODY_FR}\nLire aussi | Article réservé à nos abonnés Les maires face à la crise\nIl vous reste 45.12% de cet article à lire. La suite est réservée aux abonnés.\nEn cliquant sur « Continuer à lire ici » et en vous assurant que vous êtes la seule personne à consulter ce compte, vous pourrez lire l'article.\nCe message s’affichera sur l’autre appareil. Ce dernier restera connecté avec ce compte jusqu'à votre prochaine visite.\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body, BODY_FR.lines().collect::<Vec<_>>());
    }

    #[test]
    fn a_live_page_is_its_entries() {
        // Time, heading, one paragraph, again and again: a teaser list's shape. Under a live
        // page's mark, when nothing else is an article, the entries are the text.
        let entries = "14:32\nAu moins trois morts dans une frappe sur Kharkiv\nUne frappe a fait au moins trois morts et une dizaine de blessés samedi à Kharkiv, a annoncé le gouverneur régional.\n13:50\nMoscou affirme avoir abattu 47 drones\nLe ministère de la Défense a affirmé avoir abattu dans la nuit 47 drones au-dessus de plusieurs régions.\n12:15\nZelensky réclame davantage de défense antiaérienne\n« Nous avons besoin de plus de systèmes de défense antiaérienne, et vite », a déclaré le président dans son adresse.\nLes plus lus\nMentions légales";
        let live = extract(&format!("Accueil\nEN DIRECT - Guerre en Ukraine : Zelensky appelle à accélérer les livraisons d'armes\n{entries}"), &Memory::default());
        // (The first entry's heading, over the first paragraph, is taken for a kicker.)
        assert_eq!(live.body.len(), 5, "{:?}", live.body);
        assert!(live.body[0].starts_with("Une frappe") && live.body[4].starts_with("« Nous avons"), "{:?}", live.body);
        assert!(live.title.as_deref().is_some_and(|t| t.starts_with("EN DIRECT")), "{:?}", live.title);
        assert!(live.body.iter().all(|p| !p.contains(':') || p.starts_with('«')), "{:?}", live.body);
        // Without the mark it is a list of other stories: no article.
        let list = extract(&format!("Accueil\nInternational\n{entries}"), &Memory::default());
        assert!(list.body.is_empty(), "{:?}", list.body);
    }

    const BODY_FR: &str = "Le gouvernement a présenté mardi un plan de rénovation des écoles, qui doit concerner plus de deux mille établissements d'ici à la fin de la décennie.\nLes maires, qui financent une partie des travaux, jugent l'enveloppe insuffisante et réclament un calendrier précis avant l'été.\nLe ministre a promis une première liste de chantiers dans les prochaines semaines, après une concertation avec les régions.";

    #[test]
    fn a_byline_credits_its_agency() {
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\nPar Jeanne Martin, avec AFP\n{BODY_FR}\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(a.sources, vec!["AFP"]);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        // So does a short line between the headline and the article.
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\nOuest-France avec AFP\nPublié le 26/05/2024 à 18h45\n{BODY_FR}\nMentions légales");
        assert_eq!(extract(&text, &Memory::default()).sources, vec!["AFP"]);
        // A headline long enough to pass for prose starts the run: the site's credit with the
        // agency under it is no paragraph.
        let text = format!("Accueil\nSociété\nÉcoles : les maires jugent que « le plan de rénovation arrive bien trop tard pour les communes »\n20 Minutes avec AFP\nPublié le 26/05/24 à 18h45\n{BODY_FR}\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!((a.body.len(), a.sources), (3, vec!["AFP".to_string()]), "{:?}", a.body);
        // A writer's name there with the agency is the byline.
        let a = extract(&text.replace("20 Minutes avec AFP", "Jeanne Martin avec AFP"), &Memory::default());
        assert_eq!((a.author.as_deref(), a.body.len()), (Some("Jeanne Martin"), 3), "{:?}", a.body);
    }

    /// Bylines of press releases, magazines and regional papers: a label's name before a long
    /// job, "Texte" without its colon beside the photographer's credit, a testimony's
    /// collector, co-authors joined by "&", the outlet after a comma, and a guest's name over
    /// their office (no date under it), or a freelance's over "Collaboration spéciale".
    #[test]
    fn bylines_of_releases_magazines_and_guests() {
        let author = |header: &str| extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{header}\n{BODY_FR}\nMentions légales"), &Memory::default()).author;
        for (header, want) in [
            ("Auteur(s) : Jeanne Martin, Chargée de communication, Bureau régional pour l'Afrique de l'Ouest\nDakar, 20 septembre 2023", "Jeanne Martin"),
            ("Texte Jeanne Martin\nPhotos Paul Durand pour Le Nouveau Regard\n20 septembre 2023", "Jeanne Martin"),
            ("Témoignage recueilli par Lucas Ferrand, chargé de communication terrain\nGoris (Arménie), 24 septembre 2023", "Lucas Ferrand"),
            ("Patient Ilunga & Dieudonné Kasongo Mwamba\nMis en ligne le 23-09-2023 | 09:15", "Patient Ilunga, Dieudonné Kasongo Mwamba"),
            ("Par Guillaume Perron, Le Phare du Saguenay\nPublié le 25 septembre 2023 à 5 h 00 HAE", "Guillaume Perron"),
            ("Paul Durand\nMaire de Montfleury-sur-Cher", "Paul Durand"),
            ("CHRONIQUE\nRéjean Simard\nCollaboration spéciale\nHier à 6 h 00", "Réjean Simard"),
        ] {
            assert_eq!(author(header).as_deref(), Some(want), "{header}");
        }
        // A picture's credit names no writer.
        assert_eq!(author("Photos Paul Durand\n20 septembre 2023"), None);
    }

    /// Inside the story: a short label over lines without a stop (a list of other stories'
    /// headlines), a classified ads' box, a picture's caption over its credit and a fact box
    /// (its label, its figure, what the figure counts) are the site's; the story goes on past
    /// them.
    #[test]
    fn labelled_lists_classifieds_and_captions_inside_the_story() {
        let [p1, p2, p3] = [0, 1, 2].map(|k| BODY_FR.lines().nth(k).unwrap_or_default());
        let page = |inset: &str| format!("Accueil\nSociété\nUn plan pour rénover les écoles\nPar Jeanne Martin\n{p1}\n{p2} Plusieurs associations de parents d'élèves ont rejoint leur appel.\n{inset}\n{p3}\nLe calendrier des travaux sera présenté aux élus locaux lors d'une réunion à la préfecture, a précisé le ministère dans un communiqué publié mercredi, qui promet aussi une aide aux communes les plus endettées.\nMentions légales");
        for inset in [
            "Notre sélection\nPessac : le collège Noès fermé jeudi après une alerte\nArcachon : la dune du Pilat rouverte au public\nVendanges 2023 : « une année compliquée » dans le Libournais",
            "Petites annonces\nVends F3 à Schœlcher, vue mer – 245 000 €\nRecherche aide à domicile, Sainte-Anne",
            "Des familles arméniennes à leur arrivée à Goris.\n(Photo AFP)",
            "Le gazoduc transadriatique (TAP) en Albanie.\n© Gent Shkullaku / AFP",
            "Des familles arméniennes sur la route du corridor de Latchine.\nPhoto AFP",
            "Des réfugiés du Haut-Karabakh arrivent à Kornidzor.\nKeystone/AP Photo",
            "Voir le diaporama\n1/12\nCes personnalités qui ont des racines arméniennes\n© Bestimage",
            "Ces articles peuvent vous intéresser\nMariage : ce couple de la télé s'est dit oui en secret en Provence\nRentrée : les animateurs les mieux payés du PAF",
            "Laboratoire\nDynamiques des territoires et migrations (DTM) — unité mixte IRSSD / Université\nVoir la fiche du laboratoire",
            "Le chiffre\n120 000\nC'est le nombre d'Arméniens qui vivaient au Haut-Karabakh avant l'offensive, selon les autorités locales.",
        ] {
            assert_story_goes_on(&page(inset), 4, "Le calendrier des travaux");
            assert!(!extract(&page(inset), &Memory::default()).body.iter().any(|p| inset.lines().any(|l| p == l)), "{inset}");
        }
        // An aside's note is one paragraph: the short one under it is the story's.
        let short = "Le ministre a aussi promis une aide aux petites communes rurales, qui en ont le plus besoin selon lui.";
        let a = extract(&page(&format!("Le saviez-vous ?\nLe plus vieux collège de France a été fondé au XVIe siècle à Paris, selon les archives.\n{short}")), &Memory::default());
        assert!(a.body.iter().any(|p| p == short) && a.body.len() == 5, "{:?}", a.body);
    }

    /// A labelled box of short lines under the article's short paragraph is the box's, the
    /// paragraph the article's; a caption over its credit printed twice in the page is a
    /// caption both times, and its credit does not end the story.
    #[test]
    fn a_box_under_a_short_paragraph_and_a_caption_printed_twice() {
        let [p1, p2, p3] = [0, 1, 2].map(|k| BODY_FR.lines().nth(k).unwrap_or_default());
        let short = "Le ministre a salué les efforts des parents.";
        let notice = "AVIS PUBLIC\nDivision scolaire franco-manitobaine — Assemblée générale annuelle\nLe mardi 10 octobre 2023 à 19 h, au Centre culturel franco-manitobain";
        let a = extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{p1}\n{short}\n{notice}\n{p2}\n{p3}\nMentions légales"), &Memory::default());
        assert_eq!(a.body, [p1, short, p2, p3], "{:?}", a.body);
        let picture = "Des réfugiés arméniens du Haut-Karabakh à Goris.\n© AFP - Aram Vardanian";
        let a = extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{p1}\n{picture}\n{p2}\n{picture}\n{p3}\nMentions légales"), &Memory::default());
        assert_eq!(a.body, [p1, p2, p3], "{:?}", a.body);
    }

    /// An author's bio under its heading at the story's foot is no paragraph of it; a short
    /// paragraph over a picture for illustration's credit is not its caption.
    #[test]
    fn author_bios_and_illustrations_credits() {
        for foot in [
            "À propos de l'auteur\nJournaliste à L'Écho de la Rivière-Rouge depuis 2019, couvre les affaires internationales et la vie communautaire.\nVoir tous ses articles",
            "Auteur\nJournaliste à la rubrique Monde depuis 2015. Auparavant correspondante à Moscou.\nSuivre",
        ] {
            let a = extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{BODY_FR}\n{foot}"), &Memory::default());
            assert_eq!(a.body, BODY_FR.lines().map(str::to_string).collect::<Vec<_>>(), "{foot}");
        }
        let [p1, p2] = [0, 1].map(|k| BODY_FR.lines().nth(k).unwrap_or_default());
        let short = "Le ministre a salué les efforts des parents.";
        let a = extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{p1}\n{short}\nPhoto illustration Jeanne Martin\n{p2}\nMentions légales"), &Memory::default());
        assert!(a.body.iter().any(|p| p == short), "{:?}", a.body);
        // Nor a paragraph going on from the one above over a picture's credit alone.
        let going_on = "Cependant, le ministre n'a pas précisé le calendrier.";
        let a = extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{p1}\n{going_on}\nPhoto AFP\n{p2}\nMentions légales"), &Memory::default());
        assert!(a.body.iter().any(|p| p == going_on), "{:?}", a.body);
    }

    /// A ticker's last item over the headline is no headline whose standfirst the headline
    /// would be, though the two meet on a word ("nouveau" / "nouveaux").
    #[test]
    fn a_ticker_s_item_over_the_headline() {
        let headline = "Ilham Aliev lance de nouveaux avertissements alors que le conflit se poursuit";
        let text = format!("KINSHASA DIRECT\nAccueil | Politique | Sécurité | Économie\nFlash info : Kinshasa : la CENI publie la liste provisoire des candidats\nNord-Kivu : reprise des combats autour de Kitshanga\nLubumbashi : la Gécamines annonce un nouveau DG\n{headline}\nAuteur : Trésor Lukusa\nDate : 24 Sep 2023\nLe président azerbaïdjanais Ilham Aliev a émis de nouveaux avertissements sur les combats en cours sur le Haut-Karabagh le 1er novembre, alors que lui et d’autres hauts responsables rencontraient une délégation de haut niveau venue d’un pays allié : la Turquie.\nMentions légales");
        assert_eq!(extract(&text, &Memory::default()).title.as_deref(), Some(headline));
    }

    /// A line over the headline that shares fewer than two words with the story (a traffic
    /// item under the weather) is no headline over its standfirst.
    #[test]
    fn an_unrelated_line_over_the_headline() {
        let headline = "Ilham Aliev lance de nouveaux avertissements alors que le conflit se poursuit";
        let text = format!("Lundi 25 septembre 2023\nClermont-Ferrand 17°C\nMétéo de la semaine\nTrafic : ralentissements sur l'A75 au niveau des Martres-de-Veyre\n{headline}\nPropos recueillis par Nathalie Sauvadet\nIl y a 3 heures\nLe président azerbaïdjanais Ilham Aliev a émis de nouveaux avertissements sur les combats en cours sur le Haut-Karabagh, alors que lui et d’autres hauts responsables rencontraient une délégation de haut niveau venue d’un pays allié : la Turquie.\nLes propos durs de Bakou ont également eu lieu alors que l’Azerbaïdjan et l’Arménie se sont accusés l’un l’autre de nouvelles attaques contre des civils.\nMentions légales");
        assert_eq!(extract(&text, &Memory::default()).title.as_deref(), Some(headline));
    }

    /// Readers' comments under the article without a heading, each a name, its text and its
    /// buttons: no paragraph of the article.
    #[test]
    fn readers_comments_without_a_heading() {
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{BODY_FR}\nGilles Harvey\nTriste de voir que le monde regarde ailleurs encore une fois. Merci pour l'article, c'est rare qu'on parle de ça dans nos journaux régionaux.\nJ'aime · Répondre · 2 h\nNicole Bergeron\nMa voisine est arménienne et elle n'a pas de nouvelles de sa famille depuis mardi, malgré tous ses appels. On pense à eux.\nJ'aime · Répondre · 1 h");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body, BODY_FR.lines().map(str::to_string).collect::<Vec<_>>());
    }

    /// A sentence of the site's right over the headline (a donation appeal) starts the run:
    /// the headline is found inside it, and its header, down to the lede, is still the
    /// header: the date is read there, and its short lines are no paragraphs.
    #[test]
    fn a_header_under_a_headline_the_run_took_in() {
        let text = format!("Urgence Soudan\nPlus de 5 millions de personnes ont fui les violences. Votre don peut sauver des vies.\nJe donne\nLe gouvernement présente son plan de rénovation des écoles\nCommuniqué de presse\n20 septembre 2023\nGenève\n{BODY_FR}\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!((a.title.as_deref(), a.published.as_deref()), (Some("Le gouvernement présente son plan de rénovation des écoles"), Some("2023-09-20")));
        assert_eq!(a.body, BODY_FR.lines().map(str::to_string).collect::<Vec<_>>());
        // A headline long enough to read as prose starts the run itself: its kicker under it
        // is no paragraph.
        let headline = "Rénovation des écoles : « Le plan arrive bien trop tard pour les communes et leurs maires »";
        let a = extract(&format!("Accueil\nSociété\nS'abonner\n{headline}\nENTRETIEN\nPropos recueillis par Jeanne Martin\nTemps de lecture : 7 min\n{BODY_FR}\nMentions légales"), &Memory::default());
        assert_eq!((a.title.as_deref(), a.author.as_deref()), (Some(headline), Some("Jeanne Martin")));
        assert_eq!(a.body, BODY_FR.lines().map(str::to_string).collect::<Vec<_>>());
        assert!(a.removed.iter().any(|r| r.text == "ENTRETIEN" && r.reason == "header"), "{:?}", a.removed);
    }

    /// A reprint or copyright line right under the article credits the agency whose story it
    /// is (the seed whose story Radio Free Europe supplied); the site's own copyright, at the
    /// page's foot, names no agency.
    #[test]
    fn a_reprint_line_under_the_article_credits_its_agency() {
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{BODY_FR}\nReprinted with permission from RFE/RL Copyright(c)2007 Radio Free Europe / Radio Liberty, Inc.\ncapucine\nA lire aussi\n© 2023 Le Courrier du Léman. Tous droits réservés.");
        let a = extract(&text, &Memory::default());
        assert_eq!((a.sources, a.body.len()), (vec!["RFE/RL".to_string()], 3), "{:?}", a.body);
        let a = extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{BODY_FR}\n© dpa-infocom, dpa:240429-99-845777/5 (dpa)\nImpressum"), &Memory::default());
        assert_eq!(a.sources, vec!["DPA"]);
        // Far under it, past the site's menus, an agency's name is no credit of this story.
        let a = extract(&format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{BODY_FR}\nÀ lire aussi\nContact\nPublicité\n© AFP 2023"), &Memory::default());
        assert_eq!(a.sources, Vec::<String>::new());
    }

    /// The site's name with the agency over the story ("Isula Nutizie avec AFP") is a
    /// newsroom's credit when the footer's copyright names the site so: no author. The page
    /// naming itself so, the copyright's holder is its site.
    #[test]
    fn the_site_s_credit_is_no_author() {
        let page = |credit: &str, footer: &str| format!("Isula Nutizie\nAccueil\nSociété\nUn plan pour rénover les écoles\n{credit}\n{BODY_FR}\nMentions légales\n{footer}");
        let a = extract(&page("Isula Nutizie avec AFP", "© 2023 Isula Nutizie"), &Memory::default());
        assert_eq!((a.author.as_deref(), a.site.as_deref(), a.sources.clone()), (None, Some("Isula Nutizie"), vec!["AFP".to_string()]));
        // Without the footer's line, the name is taken for a writer's.
        assert_eq!(extract(&page("Isula Nutizie avec AFP", "Contact"), &Memory::default()).author.as_deref(), Some("Isula Nutizie"));
        // A writer's own newsletter: the copyright names the writer, who is the author.
        let a = extract(&page("Par Jeanne Martin", "© 2023 Jeanne Martin"), &Memory::default());
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        // A publisher's company the page does not call itself by is no site.
        assert_eq!(extract(&page("Par Jeanne Martin", "Copyright © 2024 Bennett, Coleman & Co. Ltd. All rights reserved."), &Memory::default()).site, None);
    }

    /// "Lire aussi" alone between two paragraphs, over the headline of the one story it links
    /// to: the headline is no subhead.
    #[test]
    fn a_single_link_under_read_also_is_no_subhead() {
        let before = "Selon le ministère, près d'un tiers des bâtiments scolaires du pays ont été construits avant 1975 et n'ont jamais fait l'objet d'une rénovation énergétique complète, ce qui pèse lourdement sur les factures de chauffage des communes et sur le confort des élèves pendant l'hiver.";
        let after = [
            "Le ministre a précisé que les premiers travaux commenceraient à la rentrée dans les communes les plus touchées par la baisse des effectifs, où des écoles ont dû fermer des classes faute de pouvoir chauffer correctement les bâtiments pendant les mois les plus froids de l'année.",
            "Les associations de parents d'élèves ont salué l'annonce tout en demandant que les travaux ne perturbent pas les cours, et que les familles soient consultées avant tout regroupement d'écoles, une mesure que plusieurs élus locaux jugent inévitable à moyen terme dans les zones rurales.",
            "Un premier bilan des chantiers engagés sera présenté au Parlement à l'automne, a ajouté le ministère, qui promet de publier chaque trimestre la liste des établissements rénovés et le montant des subventions versées aux collectivités concernées.",
        ];
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\n{BODY_FR}\n{before}\nLire aussi\nÉcoles : les maires ruraux inquiets pour leurs classes\n{}\nMentions légales", after.join("\n"));
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 7, "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.starts_with("Écoles")), "{:?}", a.body);
    }

    /// A site's name before the byline, "OLJ / Par …", is no part of the writer's name.
    #[test]
    fn a_byline_after_the_site_s_name() {
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\nOLJ / Par Jeanne MARTIN, le 20 septembre 2023 à 10h23\n{BODY_FR}\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!((a.author.as_deref(), a.published.as_deref()), (Some("Jeanne MARTIN"), Some("2023-09-20")));
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    #[test]
    fn an_author_bio_under_the_article_ends_it() {
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\nPar Jeanne Martin\n{BODY_FR}\nJeanne Martin est journaliste au service Société, où elle suit l'éducation depuis 2015.\nLes maires dénoncent la hausse des coûts de l'énergie dans les écoles, qui pèse sur les budgets communaux cette année encore.\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.starts_with("Jeanne Martin est")), "{:?}", a.body);
    }

    #[test]
    fn the_headline_is_above_its_byline_and_dateline() {
        // A caption printed on the lede, under the byline and the dateline, shares the lede's
        // words; the headline is the line over the byline.
        let text = format!("Accueil\nSociété\nÉcoles : un chantier à dix milliards\nPar Jeanne Martin\nPublié le 12 mars 2024 à 10h30\nLe plan de rénovation des écoles présenté mardi par le gouvernement\n{BODY_FR}\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Écoles : un chantier à dix milliards"));
    }

    #[test]
    fn a_chart_printed_as_text_does_not_end_the_article() {
        let ticks = ["3 500", "3 000", "2 500", "2 000", "1 500", "1 000", "500", "0", "’15", "’16", "’17", "’18", "’19", "’20", "’21", "’22", "’23", "’24"].join("\n");
        let more = "La charge de la dette devrait ainsi dépasser le budget de l'Éducation nationale avant la fin de la décennie, selon la Cour des comptes.\nLe ministre des Comptes publics a répondu que la trajectoire serait tenue, sans préciser quelles économies seraient retenues.";
        let text = format!("Accueil\nÉconomie\nLa dette publique franchit un nouveau seuil\n{BODY_FR}\nDette publique, en milliards d'euros\n{ticks}\n{more}\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert!(a.body.first().is_some_and(|p| p.starts_with("Le gouvernement a présenté")), "{:?}", a.body);
        assert!(a.body.last().is_some_and(|p| p.starts_with("Le ministre des Comptes")), "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p == "’17"), "{:?}", a.body);
    }

    #[test]
    fn ranks_dates_and_words_are_no_chart_labels() {
        // (One label alone is no chart either: "$915" under a menu, then a word.)
        let labels = label_lines("Menu\n3\n2024-10-10\n12:30\n$915\n’17\nAccueil\n$263\nContact", |_, _| 0);
        let chart: Vec<bool> = labels.iter().map(|l| l.label == Label::Bad("chart")).collect();
        assert_eq!(chart, [false, false, false, false, true, true, false, false, false]);
    }

    #[test]
    fn a_shortened_first_name_still_opens_a_bio() {
        assert!(opens_with_name("Steph Bazzle covers politics and theocracy.", &["Stephanie", "Bazzle"]));
        assert!(opens_with_name("Aaron Kliegman is a politics reporter for Fox News Digital.", &["Aaron", "Kliegman"]));
        // A name going on into another capitalised word is not the author's bio.
        assert!(!opens_with_name("Aaron Kliegman Foundation grants were cut.", &["Aaron", "Kliegman"]));
        assert!(!opens_with_name("Marc Bazzle est arrivé hier.", &["Stephanie", "Bazzle"]));
    }

    #[test]
    fn a_paragraph_about_someone_else_is_no_bio() {
        // The last paragraph opens with a name and a verb, but not the author's.
        let text = format!("Accueil\nSociété\nUn plan pour rénover les écoles\nPar Jeanne Martin\n{BODY_FR}\nPaul Durand, maire de Rouen, estime que les communes devront emprunter pour suivre le rythme des travaux annoncés.\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
    }

    const BODY_DE: &str = "Die Landesregierung hat am Dienstag nach monatelangen Beratungen ihren Abschlussbericht zur Flutkatastrophe vorgelegt, wie ein Sprecher in Mainz mitteilte.\nDer Bericht nennt Versäumnisse bei der Warnung der Bevölkerung, die Opposition fordert weitere Konsequenzen und kündigte Anträge im Landtag an.\nDie Flut hatte im Juli mehr als hundert Menschen das Leben gekostet, viele Orte sind bis heute nicht wieder aufgebaut.";

    #[test]
    fn a_kicker_glued_without_its_colon_takes_it_back_from_its_twin() {
        // The share box prints "Kicker: Headline"; the headline line lost the colon.
        let text = format!("Startseite\nInland\nMenü\nAusschuss zur Flut Zwei Rücktritte und viele offene Fragen\nStand: 28.04.2023 18:12 Uhr\n{BODY_DE}\nTeilen\nAusschuss zur Flut: Zwei Rücktritte und viele offene Fragen\nImpressum");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Ausschuss zur Flut: Zwei Rücktritte und viele offene Fragen"));
    }

    #[test]
    fn a_headline_opening_with_von_is_no_byline() {
        let text = format!("Startseite\nPolitik\nVon Mainz bis Trier: Was die Flut hinterlassen hat\n{BODY_DE}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Von Mainz bis Trier: Was die Flut hinterlassen hat"));
        assert_eq!(a.author, None);
    }

    #[test]
    fn the_headline_heads_the_byline_and_a_contents_entry_is_not_its_bare_twin() {
        // A table of contents, a photo credit, then headline, byline and date.
        let text = "Sports\nTimeless icon\nMuch more than a sports venue\nTransformative stadium\nAdvertisement\nOne hundred years at the Coliseum: Much more than a sports venue\n(Photos by Associated Press; photo illustration by Tim Hubbard / Los Angeles Times)\nBy Houston Mitchell\nJune 26, 2023 5 AM PT\nThe Coliseum opened one hundred years ago this month, and since then the stadium has hosted two Olympic Games, Super Bowls and a papal mass.\nIt was built as a memorial to the veterans of the first world war, and the city still calls it the people's stadium, a sports venue and much more.\nThis summer the stadium celebrates its centennial with a series of events open to the public.";
        let a = extract(text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("One hundred years at the Coliseum: Much more than a sports venue"));
        assert_eq!(a.author.as_deref(), Some("Houston Mitchell"));
    }

    #[test]
    fn readers_comments_are_not_the_article() {
        // Comments under a comments heading are long prose too; together with the article
        // they would outweigh the heading's cost.
        let comment = "Ich sehe das ganz anders als die Autorin, denn in der Realität gibt es seit Jahren keine Kontrolle an solchen Orten, und niemand hat sich bisher darüber beschwert oder einen Grund dafür gesehen, das zu ändern.";
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\n{BODY_DE}\n3 Kommentare\nNeueste\n{comment}\nAntworten\n{comment} Und das sage ich als jemand, der dort seit vielen Jahren lebt.\nAntworten\n{comment}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 6, "{:?}", a.body);
        assert!(a.body[0].starts_with("Die Landesregierung"));
    }

    #[test]
    fn a_picture_credit_inside_a_live_blog_does_not_end_it() {
        let entry = "Die Armee setzt nach eigenen Angaben ihre Einsätze im Süden des Landes fort, wie ein Sprecher am Morgen mitteilte; die Angaben liessen sich zunächst nicht unabhängig überprüfen.";
        let text = format!("Live-Ticker\nDonnerstag, 18. 7.\n11.04 Uhr: Drohnenangriff im Grenzgebiet\n{entry}\n{entry}\n{entry}\nDer Hafen war seit Mai im Betrieb und musste mehrmals repariert werden.\nAP\n06.20 Uhr: Hafen geschlossen\n{entry}\n{entry}\n02.10 Uhr: Gespräche vertagt\n{entry}\n{entry}\nMittwoch, 17. 7.\n15.32 Uhr: Weitere Angriffe\n{entry}\n{entry}\n{entry}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.iter().filter(|p| p.as_str() == entry).count(), 10, "{:?}", a.body);
    }

    #[test]
    fn the_next_article_of_an_endless_page_is_not_this_one() {
        let next = "Nå drar det seg til for alvor: treneren kobles sterkt til klubben igjen, melder flere britiske medier tirsdag, og supporterne har allerede begynt å glede seg over nyheten.";
        let text = format!("Forsiden\nNord-Korea fordømmer angrepet\nPublisert 06.01.2026 - 17:29\n{BODY_DE}\nDel artikkel\nMer om\nutenriks nyheter\nTreneren kan gjøre comeback\nPublisert 06.01.2026 - 16:25\n{next}\n{next}\n{next}\n{next}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    #[test]
    fn a_headline_under_a_caption_that_opens_the_run_is_found() {
        // The lead picture's caption is prose and opens the run; the headline follows it,
        // with its byline and date under it.
        let caption = "Rep. Zooey Zephyr walks out of the Montana House of Representatives after lawmakers voted to expel her from the floor in Helena, on April 26, 2023.";
        let text = format!("Donate\nBecome a member\n{caption}\nAn Insider’s View of the Montana Legislature’s Attacks on Trans Rep. Zooey Zephyr\nRyan Devereaux\nApril 28 2023, 3:54 p.m.\nThe tenor of the Montana legislative session was evident from the start, when lawmakers took up a series of bills aimed at trans people in the state.\nZephyr, the first openly trans woman elected to the Montana legislature, spoke against the bills and was barred from the House floor by the Republican majority.\nHer expulsion drew protests in Helena, and the ACLU said the vote set a dangerous precedent for the state legislature.");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("An Insider’s View of the Montana Legislature’s Attacks on Trans Rep. Zooey Zephyr"));
        assert!(a.body[0].starts_with("The tenor"), "{:?}", a.body);
    }

    #[test]
    fn a_headline_that_ends_with_another_line_is_not_a_glued_kicker() {
        // "Der Bericht ist ein Zeugnis ..." is one sentence; the shorter line under it (the
        // share text) is not the headline alone.
        let text = format!("Politik\nDer Bericht ist ein Zeugnis der Versäumnisse bei der Warnung der Bevölkerung\nTeilen\nEin Zeugnis der Versäumnisse bei der Warnung der Bevölkerung\n{BODY_DE}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Der Bericht ist ein Zeugnis der Versäumnisse bei der Warnung der Bevölkerung"));
    }

    #[test]
    fn dated_teasers_past_a_related_heading_are_not_the_article_going_on() {
        let teaser = |t: &str, d: &str| format!("{t}\n{d}, 10:21 Uhr\nSexueller Missbrauch galt lange nur als Problem der katholischen Kirche, eine im Januar veröffentlichte Studie zeigt aber, dass auch die evangelische Kirche betroffen ist und lange weggesehen hat.");
        let text = format!("Startseite\n{BODY_DE}\nDas könnte Sie auch interessieren\n{}\n{}\n{}\nSchlagwörter\nKirche", teaser("Harmoniezwang in der Kirche", "12.04.2024"), teaser("Diakon leitete Heim trotz Übergriffen", "27.03.2024"), teaser("Landeskirche übergibt Liste", "29.02.2024"));
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    #[test]
    fn two_teasers_under_a_related_heading_are_a_list() {
        let text = format!("Startseite\n{BODY_DE}\nMehr zum Thema Flut\n1 Min\nGesperrte Straße: Helfer unterstützen Autofahrer im Ahrtal\nEine fünfköpfige Staffel der Johanniter hilft auf der Bundesstraße, sie versorgt die Menschen in den kilometerlangen Staus seit Tagen mit Wasser und Decken.\nHochwasserschutz\nNach der Flut: Was das Land gegen die nächste Katastrophe tun muss\nNach der Flut prüft das Land noch mögliche Folgen in Pflegeheimen, was Städte, Kliniken und das Land jetzt gemeinsam dagegen tun wollen.\nBeitrag teilen");
        let lines = label_lines(&text, |_, _| 0);
        let teasers: Vec<&str> = lines.iter().filter(|l| l.label == Label::Bad("teaser")).map(|l| l.text).collect();
        assert_eq!(teasers.len(), 4, "{teasers:?}");
        assert_eq!(extract(&text, &Memory::default()).body.len(), 3);
    }

    #[test]
    fn a_long_dateline_in_the_run_is_no_paragraph() {
        let text = format!("Die Flut und ihre Folgen\nZwei Jahre nach der Flut legt die Landesregierung ihren Bericht vor, und die Opposition ist nicht zufrieden damit.\nJasper Riemann · MDR Aktuell · Veröffentlicht: 28.04.2023 18:12 Uhr | Aktualisiert: 29.04.2023\n{BODY_DE}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        assert_eq!(a.published.as_deref(), Some("2023-04-28"));
    }

    #[test]
    fn teaser_list_is_not_article() {
        let text = "Un titre sur la crise\nLe gouvernement a annoncé mardi une série de mesures destinées à contenir la crise, a indiqué le porte-parole lors d'une conférence de presse à Paris.\nSelon lui, les premières mesures entreront en vigueur dès la semaine prochaine, et d'autres suivront dans le courant du mois, après une concertation.\nPartager\nLe Sénat adopte la réforme des retraites\nLes sénateurs ont voté dans la nuit le texte, qui doit encore passer en commission mixte.\nPolitique\nUn incendie ravage un entrepôt à Lyon\nLes pompiers ont maîtrisé le feu dans la matinée, aucun blessé n'est à déplorer.\nSociété\nLe prix de l'essence repart à la hausse\nLe litre de gazole a gagné trois centimes en une semaine selon les chiffres du ministère.\nÉconomie";
        let lines = label_lines(text, |_, _| 0);
        let teasers = lines.iter().filter(|l| l.label == Label::Bad("teaser")).count();
        assert_eq!(teasers, 6);
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 2, "{:?}", a.body);
    }

    #[test]
    fn article_goes_on_after_a_read_next_box() {
        // An inline "À lire aussi" box (heading, a teaser headline, a link) cuts the article
        // in two; the paragraphs after it are still the article, the box is not.
        let text = "Accueil\nMonde\nUn cessez-le-feu fragile dans le Caucase\nLes deux pays ont accepté mardi un cessez-le-feu négocié par la Russie, après trois jours de combats le long de la frontière, a annoncé le ministère des Affaires étrangères.\nLes combats avaient fait au moins vingt morts parmi les soldats des deux camps, selon les bilans officiels publiés lundi soir par les deux capitales.\nÀ lire aussi\nLa Russie, un médiateur de moins en moins écouté\nLire la suite\nSur le terrain, des habitants des villages frontaliers ont commencé à regagner leurs maisons, malgré la présence de mines sur les routes, selon des témoins.\nLes observateurs internationaux doivent arriver dans la région à la fin de la semaine pour vérifier le respect de la trêve, a précisé le ministère.\nÀ lire aussi\nLes dernières nouvelles du front\nUne autre histoire courte\nImpressum";
        let a = extract(text, &Memory::default());
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        assert!(a.body[2].starts_with("Sur le terrain"));
        assert!(!a.body.iter().any(|p| p.contains("médiateur")), "the box's teaser is dropped: {:?}", a.body);
        assert!(a.removed.iter().any(|r| r.text.contains("médiateur")));
    }

    #[test]
    fn a_name_shaped_subhead_is_not_a_signature() {
        let para = "The committee heard from several witnesses on Tuesday, who described how the decision was taken and who was told about it at the time, according to the records.";
        let text = format!("Menu\nInquiry opens into the harbour contract\n{para}\n{para} Two more sentences follow here.\n{para} A third paragraph.\n{para} A fourth paragraph.\n{para} A fifth paragraph.\nFlight Checks\n{para} And a third one.\n{para} And a fourth one.\nJane Doe\nJane Doe is a reporter covering politics.\nTrending\nOther story");
        let a = extract(&text, &Memory::default());
        assert!(a.body.iter().any(|p| p.ends_with("a fourth one.")), "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.contains("reporter covering")), "{:?}", a.body);
    }

    #[test]
    fn a_lone_teaser_under_a_read_also_heading_is_the_box_not_the_article() {
        // "Lesen Sie auch", one teaser (headline and one summary sentence), two more teaser
        // headlines, then the article goes on: the paragraphs above the box are the article's.
        let text = "Startseite\nSport\nBubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec\nEs war bereits der zwölfte Einsatz in der 2. Bundesliga von Fortuna Düsseldorfs Bubi Jona Niemiec. Kaum nach 67 Minuten eingewechselt, scheiterte er an der Latte.\nEndlich wieder – denn nach starken ersten Spielen mit seinem Tordebüt beim 3:1 über Braunschweig lief es für den jungen Stürmer zuletzt nicht mehr ganz so rund wie erhofft.\nLesen Sie auch\n24 Tage nach Meniskus-OP: Hennings dankt seiner Frau fürs Blitz-Comeback\nNach 86 Minuten war die Sensation perfekt. Wie von BILD angekündigt, wurde Rouwen Hennings (35) eingewechselt.\nAbwehr soll Prunkstück werden: Fortuna plant Bollwerk-Aufstieg\nDie Mini-Hoffnung ist nur noch eine Mini-Mini-Mini-Hoffnung...\nDaniel Thioune wundert es nicht, jeder Spieler habe seine Qualitäten, und die letzten Partien hätten ihm nicht so den Raum gegeben, sagte der Trainer nach dem Spiel.\nDer Trainer freut sich, dass es wieder etwas mehr war, man müsse einfach deutlich geduldiger mit dem Jungen sein, der sich erst an die Liga anpassen müsse.\nObwohl Niemiec mit seiner Schnelligkeit Fortuna guttun kann, muss er vor allem konditionell noch zulegen, um beständig so aufzutrumpfen wie zuletzt.\nImpressum";
        let lines = label_lines(text, |_, _| 0);
        assert!(lines.iter().any(|l| l.text.starts_with("Nach 86 Minuten") && l.label == Label::Bad("teaser")));
        let a = extract(text, &Memory::default());
        assert!(a.body[0].starts_with("Es war bereits"), "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.contains("Hennings")), "{:?}", a.body);
        assert_eq!(a.body.len(), 5, "{:?}", a.body);
    }

    #[test]
    fn one_paragraph_between_two_boxes_carries_the_article_on() {
        // A teaser box, a subhead and ONE paragraph, an "Auch interessant" box, then the rest
        // of the story: all of it is the article, neither box is.
        let text = format!("Startseite\nPolitik\nGrünen-Spitze gegen Klöckner: Nun attackiert auch Ricarda Lang\n{BODY_DE}\nExklusive Politik-Hintergründe – für Sie recherchiert\nMehr zum Thema\n„Über manches irritiert“: Klingbeil greift Klöckner an\nJulia Klöckner weist Vorwürfe zurück\nKlöckner selbst reagierte mit einer Mischung aus Abwehr und Appell. Die CDU-Politikerin wies die Vorwürfe zurück und rief stattdessen zur Sachlichkeit auf.\nAuch interessant\nEinblick ins Privatleben\nEx-Grünen-Chefin Ricarda Lang ist „in der Kinderplanung“\nKontroversen um Klöckners Entscheidungen\nTatsächlich hat Klöckner in den ersten Monaten ihrer Amtszeit mehrfach Kontroversen ausgelöst. Besonders scharf kritisiert wurde ihre Entscheidung zur Regenbogenflagge.\nDiese Entscheidungen nährten den Vorwurf, Klöckner nutze ihr Amt nicht zur überparteilichen Vermittlung, sondern setze politische Zeichen.\nmit dpa\nImpressum");
        let a = extract(&text, &Memory::default());
        assert!(a.body.iter().any(|p| p.starts_with("Klöckner selbst")), "{:?}", a.body);
        assert!(a.body.iter().any(|p| p.starts_with("Diese Entscheidungen")), "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.contains("Kinderplanung") || p.contains("irritiert")), "{:?}", a.body);
    }

    /// One paragraph past a "read also" box, closed by the article's agency credit: the
    /// article's last, not a teaser's summary.
    #[test]
    fn one_paragraph_after_a_box_closed_by_the_credit_is_the_article_s() {
        let last = "Le ministre a également affirmé que les premiers chantiers commenceraient dès la rentrée dans une centaine d'écoles rurales.";
        let text = format!("Accueil\nUn plan pour rénover les écoles\n{BODY_FR}\nÀ lire également\nMatane : la communauté se mobilise pour son école\nRimouski : une collecte de fonds pour le gymnase\n{last}\n(Avec AFP)\nL'Écho du Littoral\nNous joindre\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body[3..], [last, "(Avec AFP)"], "{:?}", a.body);
    }

    /// The article of a page printing `lines` between two runs of its paragraphs.
    fn between_paragraphs(lines: &str) -> Article {
        extract(&format!("Accueil\nUn plan pour rénover les écoles\n{BODY_FR}\n{lines}\n{BODY_FR}\nMentions légales"), &Memory::default())
    }

    /// A box between two runs of the article's paragraphs: the paragraphs are the article, no
    /// line holding one of `words` is.
    fn box_between_paragraphs_goes(lines: &str, words: &[&str]) {
        let a = between_paragraphs(lines);
        assert!(!a.body.iter().any(|p| words.iter().any(|w| p.contains(w))), "{:?}", a.body);
        assert_eq!(a.body.len(), 6, "{:?}", a.body);
    }

    #[test]
    fn a_headline_over_a_read_the_article_button_is_another_story_s() {
        box_between_paragraphs_goes("Corrèze : un couple d'Ussel prêt à accueillir une famille arménienne\nLire l'article", &["Ussel"]);
    }

    #[test]
    fn a_sponsor_s_credit_in_a_sponsored_box_is_no_byline() {
        box_between_paragraphs_goes("Contenu commandité\nVoyager à petit prix cet automne : nos 7 destinations coup de cœur\nPrésenté par Évasion Plus", &["Évasion", "Voyager"]);
    }

    #[test]
    fn a_programme_s_title_under_a_player_s_label_is_the_box_s() {
        box_between_paragraphs_goes("🎧 LE PODCAST\n« Le Caucase, poudrière oubliée »\nÉpisode 112 – 28 min\nÉcouter sur toutes les plateformes", &["poudrière", "Épisode"]);
    }

    #[test]
    fn a_paragraph_between_two_boxes_bare_lines_is_the_article_s() {
        // An ad's box over it, a chart's box and its button under it: the boxes' lines go, the
        // paragraph stays.
        let line = "Il s'exprimait lors d'une réunion avec la délégation conduite par le ministre turc des Affaires étrangères.";
        let a = between_paragraphs(&format!("Partenaire\nSalon Mer & Logistique – Le Havre\nRéservez votre stand\n{line}\nIndices du fret – semaine 38\nBaltic Dry Index : 1 546 points\nBaltic Dirty Tanker : 972 points\nVoir tous les indices ›"));
        assert!(a.body.iter().any(|p| p == line), "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.contains("Baltic") || p.contains("stand")), "{:?}", a.body);
    }

    #[test]
    fn an_ad_slot_saying_the_article_goes_on_does_not_end_it() {
        let a = between_paragraphs("Article content\nWe apologize, but this video has failed to load.\nTry refreshing your browser, or\ntap here to see other videos from our team.\nBack to video\nArticle content\nAdvertisement 2\nStory continues below\nThis advertisement has not loaded yet, but your article continues below.\nArticle content");
        assert!(a.body[0].starts_with("Le gouvernement"), "{:?}", a.body);
        assert!(a.body.len() >= 6, "{:?}", a.body);
    }

    #[test]
    fn one_paragraph_after_a_box_with_nothing_after_it_is_not_the_article() {
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\nMehr zum Thema\nNeue Schulden für die Bahn\nDie Bahn soll im kommenden Jahr deutlich mehr Geld bekommen, um marode Strecken und Brücken im ganzen Land zu sanieren.\nImpressum\nDatenschutz");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    #[test]
    fn the_headline_sits_on_the_lede_under_its_kicker() {
        // The page prints an SEO title, then the kicker and the headline over the lede.
        let text = "Alle Themen\nHome\nPolitik\nAnnalena Baerbock: Jetzt Top-Job in New York – folgt schon bald der Nächste?\nUN-Generalversammlung\nBaerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt?\nBerlin. Die Ex-Außenministerin tritt heute ihren Job als Präsidentin der UN-Vollversammlung an. Aber hat sie ein ganz anderes Karriereziel?\nVon Christian Unger, Redakteur\n09.09.2025, 09:58 Uhr\nDie Ex-Außenministerin tritt am Dienstag offiziell ihren neuen Job an. (Archivbild) © AP/dpa | Richard Drew\nAnnalena Baerbock steht mit Highheels am Straßenrand, ein Taxi fährt vor. Baerbock kurvt durch New York, blickt aus dem Fenster, lässt die Haare im Wind der US-Metropole wehen.\nBaerbock sorgt nicht für politische Nachrichten. Sie sorgt für Bilder, klickträchtige Videos, die frühere Grünen-Außenministerin repräsentiert eine deutsche Politikerin in New York.\nAuch interessant\nImpressum";
        let a = extract(text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Baerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt?"));
        assert_eq!(a.author.as_deref(), Some("Christian Unger"));
    }

    #[test]
    fn summary_points_under_a_longer_headline_are_not_it() {
        let lede = "Think twice before you spend any $1 bill in your wallet, as it could fetch thousands of dollars for collectors of rare bills.";
        let more = "Currency collectors nationwide are on hunt for some rare dollar bills, willing to pay up to $150,000 for those with a specific printing error.";
        let text = format!("Home\nNews\nYour $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck\nCurrency collectors nationwide are on hunt for some rare dollar bills\nTwo batches of $1 bills printed in 2014 and 2016 feature a printing error\nBy Dolores Chang\nPublished: 15:56 BST, 27 April 2024\n{lede}\n{more}\nMost read");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Your $1 bill could be worth up THOUSANDS - here's how to check if you have the rare buck"));
    }

    #[test]
    fn a_quoted_sentence_over_the_lede_is_no_headline() {
        let text = format!("Startseite\nPolitik\nFlut im Ahrtal: Landesregierung legt Bericht vor\nVon Anna Schmidt\n“Der Bericht nennt Versäumnisse bei der Warnung der Bevölkerung in Mainz.”\n{BODY_DE}\nImpressum");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Flut im Ahrtal: Landesregierung legt Bericht vor"));
    }

    #[test]
    fn a_box_of_headlines_inside_the_article_is_not_the_article() {
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\nWeitere Politik-Hintergründe für Sie recherchiert\nKlingbeil greift die Landesregierung scharf an\nDigitalminister will Warn-Apps für alle Schulen\nDRK-Präsidentin schlägt bei Pflege Alarm\n{BODY_DE}\nImpressum");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.len(), 6, "{:?}", a.body);
        // One subhead between paragraphs stays.
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\nWas die Landesregierung jetzt plant\n{BODY_DE}\nImpressum");
        assert_eq!(extract(&text, &Memory::default()).body.len(), 7);
    }

    #[test]
    fn a_headline_printed_shortened_over_the_lede_is_the_longer_one() {
        let text = "Home\nFinanzen\nEZB-Zinsentscheid am Donnerstag: Sinkt der Leitzins? Klare Ansage von Profis\nExperten analysieren\nEZB-Zinsentscheid am Donnerstag: Sinkt der Leitzins? Klare Ansage\nDie EZB steht vor dem nächsten Zinsentscheid. Kommt eine weitere Senkung des Leitzins? Profis bewerten die Folgen für Bauzinsen, Tagesgeld und Festgeld.\nVon Hannah Ritzmann, Redakteurin für Finanzen\n09.09.2025, 15:15 Uhr\nAm Donnerstag entscheidet der Rat der Europäischen Zentralbank über den Leitzins, und die meisten Experten erwarten, dass die Notenbank die Zinsen diesmal unverändert lässt.\nDie Inflation im Euroraum liegt nahe am Ziel von zwei Prozent, doch die Konjunktur bleibt schwach, was nach Ansicht vieler Profis für eine abwartende Haltung spricht.\nAuch interessant\nImpressum";
        let a = extract(text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("EZB-Zinsentscheid am Donnerstag: Sinkt der Leitzins? Klare Ansage von Profis"));
    }

    #[test]
    fn a_headline_glued_to_its_breadcrumb_is_printed_twice() {
        // Teasers of the site's menu recur in the page; the headline recurs glued to the
        // breadcrumb ("ZprávyDomácíKauzy" + headline).
        let menu = "Trump může závidět. Čína by dokázala Rusko přemluvit k ústupkům\nPolicie stíhá soudce. Vynesl novinářům rozsudek nad Babišem\nHlavně zachovat chladnou hlavu. Experti radí, jak přežít špatné tržní počasí";
        let text = format!("Sledované\n{menu}\nDrobečková navigace\nZprávyDomácíKauzyHlavní aktér Dozimetru prodává vilu. Rodina se zbavením práv neuspěla\nHlavní aktér Dozimetru prodává vilu. Rodina se zbavením práv neuspěla\nRadek Nohl\nFoto: Seznam Zprávy\nSoudkyně dokončila práci na rozsudku, v němž popsala, proč neomezila svéprávnost hlavní postavy kauzy Dozimetr, podnikatele Michala Redla. Prvně se tak veřejnost dozvídá, co zaznělo u soudu.\nČlánek\nHlavní obviněný velké kauzy Dozimetr, v níž vyšetřovatelé prověřují rozsáhlou korupci a ovlivňování veřejných zakázek pražského dopravního podniku, před soudem řekl, že se dostal do finančních komplikací.\nMichal Redl kvůli tomu začal prodávat majetek za desítky milionů. Vybral svým dětem úspory ze spořicích účtů a zrušil své životní pojistky.\nNejčtenější\n{menu}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Hlavní aktér Dozimetru prodává vilu. Rodina se zbavením práv neuspěla"));
    }

    #[test]
    fn a_headline_in_the_first_lines_far_above_the_run_is_still_weighed() {
        // The page's first lines are looked at even past the title window (a <title> printed
        // first, then a long menu).
        let menu: String = (0..70).map(|i| format!("Rubrik {i}\n")).collect();
        let text = format!("Die Flut und ihre Folgen im Ahrtal\nZwei Jahre nach der Flut legt die Landesregierung ihren Bericht vor, und die Opposition ist nicht zufrieden.\n{menu}{BODY_DE}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Die Flut und ihre Folgen im Ahrtal"));
        assert!(a.body.ends_with(&BODY_DE.lines().map(str::to_string).collect::<Vec<_>>()), "{:?}", a.body);
    }

    #[test]
    fn a_phrase_over_a_picture_s_credit_is_its_caption() {
        let caption = "Rassemblement de la communauté arménienne devant le Palais des Nations, à Genève.";
        box_between_paragraphs_goes(&format!("{caption}\n© Keystone / archives"), &[caption, "Keystone"]);
        // Two sentences are a paragraph, credited or not.
        let paragraph = "Une maison d'habitation endommagée après un bombardement à Stepanakert, Haut-Karabakh. 19.9.2023.";
        let a = between_paragraphs(&format!("{paragraph}\n© Keystone / archives"));
        assert!(a.body.iter().any(|p| p == paragraph), "{:?}", a.body);
    }

    #[test]
    fn a_site_s_tagline_over_the_headline_is_no_headline() {
        // The tagline meets the story on two words by chance ("monde", "comprendre").
        let text = format!("Curiosa\nComprendre le monde qui nous entoure\nAzerbaïdjan : « La Russie est neutre sur le Karabakh malgré les espoirs de l’Arménie »\nAvec Jeanne Martin\nMis à jour le 21 septembre 2023 à 08h12\n{BODY_FR}\nLes lobbies du monde entier font de leur mieux pour calomnier le pays, a-t-il déclaré, sans comprendre pourquoi.\nMentions légales");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Azerbaïdjan : « La Russie est neutre sur le Karabakh malgré les espoirs de l’Arménie »"));
    }

    #[test]
    fn a_standfirst_without_its_final_stop_joins_the_body() {
        let lede = "Chelsea beat Tottenham 2-0 at Stamford Bridge on Thursday night, and the result keeps their hopes of a place in Europe alive with three games of the season left.";
        let more = "Mauricio Pochettino's side were the better team from the first minute, and Trevoh Chalobah's header from a corner gave them the lead before the break.";
        let text = format!("Football\nChelsea send clear message of intent in battling win over Tottenham\nBlues show the season is still alive and European qualification is on the cards\nBy Malik Ouzia\n2 May 2024\n{lede}\n{more}\nMost read");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Chelsea send clear message of intent in battling win over Tottenham"));
        assert_eq!(a.body.first().map(String::as_str), Some("Blues show the season is still alive and European qualification is on the cards"), "{:?}", a.body);
        // The headline again, with its kicker, is no standfirst.
        let text = format!("Football\nChelsea send clear message of intent in battling win over Tottenham\nDerby day Chelsea send clear message of intent in the battling win over Tottenham\nBy Malik Ouzia\n2 May 2024\n{lede}\n{more}\nMost read");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.body.first().map(String::as_str), Some(lede), "{:?}", a.body);
    }

    #[test]
    fn a_standfirst_a_little_shorter_than_its_headline_is_still_the_standfirst() {
        // The standfirst under the headline shares more of the lede's words; the headline is
        // the line above it, even when a few characters longer.
        let lede = "Andy Murray, Dan Evans, Jack Draper, Cameron Norrie, Katie Boulter and Jodie Burrage all won their opening matches at Flushing Meadows on Tuesday without dropping a set.";
        let more = "Murray beat the French qualifier Corentin Moutet in straight sets, and the former champion will play Grigor Dimitrov in the second round on Thursday.";
        let text = format!("Tennis\nUS Open 2023 results: Andy Murray among six British players to record first-round wins without dropping a set\nBoulter, Burrage, Draper, Evans, Murray and Norrie all won to advance to the second round at the US Open\nAll six British players won their matches on Tuesday at the US Open (Photos: Getty/AP)\nBy Michael Hincks\n{lede}\n{more}\nMost read");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("US Open 2023 results: Andy Murray among six British players to record first-round wins without dropping a set"));
        assert_eq!(a.body.first().map(String::as_str), Some("Boulter, Burrage, Draper, Evans, Murray and Norrie all won to advance to the second round at the US Open"), "{:?}", a.body);
    }

    #[test]
    fn subheads_listed_in_a_contents_box_stay_in_the_article() {
        // The post's table of contents repeats its subheads above it; inside the article each
        // subhead heads its paragraph. A teaser printed twice is no contents list.
        let p1 = "Many developers think that having a critical bug in their code is the worst thing that can happen. Well, there is something much worse than that: having a critical bug and not knowing about it.";
        let p2 = "To detect anomalies we first need to understand what normal looks like, so we start by looking at the statistics of the server log over a few weeks of traffic.";
        let p3 = "The z-score tells us how many standard deviations a value is from the mean, which gives a simple and robust way to flag values that are out of the ordinary.";
        let text = format!("Home\nBlog\nSimple Anomaly Detection Using Plain SQL\nTable of Contents\nIdentifying Anomalies\nUnderstanding Z-Score\nShare this post\n{p1}\nIdentifying Anomalies\n{p2}\nUnderstanding Z-Score\n{p3}\nRelated posts\nImpressum");
        let a = extract(&text, &Memory::default());
        assert!(a.body.iter().any(|p| p == "Identifying Anomalies"), "{:?}", a.body);
        assert!(a.body.iter().any(|p| p == "Understanding Z-Score"), "{:?}", a.body);
        assert_eq!(a.body.iter().filter(|p| p.as_str() == "Identifying Anomalies").count(), 1, "{:?}", a.body);
        // One line printed twice (a teaser of the site over the article) stays out.
        let text = format!("Home\nBlog\nSimple Anomaly Detection Using Plain SQL\nGirl, 17, mauled to death by pigs after row\nShare this post\n{p1}\nGirl, 17, mauled to death by pigs after row\n{p2}\n{p3}\nRelated posts\nImpressum");
        let a = extract(&text, &Memory::default());
        assert!(!a.body.iter().any(|p| p.starts_with("Girl, 17")), "{:?}", a.body);
    }

    #[test]
    fn an_embedded_post_is_not_a_paragraph() {
        let p1 = "Ireland is looking to implement emergency legislation to enable the return of asylum seekers to the UK, as Taoiseach Simon Harris seeks to address the increasing numbers arriving.";
        let p2 = "Harris has underscored the imperative of safeguarding the rules-based migration system in Ireland, stressing the government's commitment to implementing measures swiftly.";
        let p3 = "The impacts of the Rwanda plan continue to unfold, with discussions ongoing regarding its influence on migration patterns and broader implications for regional cooperation.";
        let post = "🇮🇪 Irish government under fire over treatment of asylum seekers.\nLast weekend in Dublin, a distressing scene unfolded as numerous asylum seekers were obliged to sleep outside the government's International Protection Office in the city centre. pic.twitter.com/x1y2z3\n— euronews (@euronews) March 21, 2024";
        let text = format!("Home\nIreland plans emergency law to return asylum seekers to the UK\n{p1}\n{p2}\n{post}\n{p3}\nShare this article");
        let a = extract(&text, &Memory::default());
        assert!(!a.body.iter().any(|p| p.contains("Irish government under fire") || p.contains("Last weekend in Dublin") || p.contains("@euronews")), "{:?}", a.body);
        assert!(a.body.iter().any(|p| p == p2) && a.body.iter().any(|p| p == p3), "{:?}", a.body);
    }

    #[test]
    fn a_byline_split_over_lines_is_not_the_article() {
        // "Von" alone, then the authors one a line, under the headline and inside the run.
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{}\nVon\nJasper Riemann\nBarbara Schneider\n{}\nImpressum", BODY_DE.lines().next().unwrap(), BODY_DE.lines().skip(1).collect::<Vec<_>>().join("\n"));
        let a = extract(&text, &Memory::default());
        assert!(!a.body.iter().any(|p| p == "Von" || p == "Jasper Riemann" || p == "Barbara Schneider"), "{:?}", a.body);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    #[test]
    fn a_quote_box_with_its_speaker_is_not_a_paragraph() {
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\nDer Bericht zeigt, dass die Warnketten versagt haben.\nAnna Schmidt, Hydrologin an der Universität Mainz\nDie Landesregierung will die Warnungen nun über Sirenen, Rundfunk und Apps zugleich verbreiten, wie der Innenminister sagte.\n{BODY_DE}\nImpressum");
        let a = extract(&text, &Memory::default());
        assert!(!a.body.iter().any(|p| p.contains("Warnketten") || p.contains("Anna Schmidt")), "{:?}", a.body);
        assert_eq!(a.body.len(), 7, "{:?}", a.body);
        // A byline under the last sentence is no speaker, and a signature with no article
        // after it takes no sentence away.
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\nDer Bericht zeigt, dass die Warnketten versagt haben.\nVon Thilo Schäfer, Madrid\n{BODY_DE}");
        assert!(extract(&text, &Memory::default()).body.iter().any(|p| p.contains("Warnketten")));
    }

    #[test]
    fn a_pull_quote_is_kept_once() {
        let quote = "Der Bericht nennt Versäumnisse bei der Warnung der Bevölkerung";
        let more = "Die Landesregierung will die Warnungen nun über Sirenen, Rundfunk und Apps zugleich verbreiten, wie der Innenminister sagte.";
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\n„{quote}.“\n{more}\nImpressum");
        let a = extract(&text, &Memory::default());
        assert!(!a.body.iter().any(|p| p.starts_with('„')), "{:?}", a.body);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        // Right above the paragraph that holds it, the quote is its subhead.
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\n„Die Landesregierung will die Warnungen nun über Sirenen, Rundfunk und Apps zugleich verbreiten.“\n{more}\nImpressum");
        assert_eq!(extract(&text, &Memory::default()).body.len(), 5);
    }

    #[test]
    fn a_headline_printed_twice_is_no_caption() {
        // "Bild:" in the headline reads like a picture credit; the page prints it twice.
        let text = format!("Startseite\nDuisburg\nErstes Bild: So könnte die Flutmauer aussehen\nTechnologiequartier\nErstes Bild: So könnte die Flutmauer aussehen\nVon Philipp Wahl\n{BODY_DE}");
        let a = extract(&text, &Memory::default());
        assert_eq!(a.title.as_deref(), Some("Erstes Bild: So könnte die Flutmauer aussehen"));
    }

    #[test]
    fn a_gallery_of_captions_inside_the_story_does_not_end_it() {
        let captions: String = (1..=6).map(|k| format!("Feuerwehrleute auf einer Drehleiter kämpfen gegen das Feuer, Bild {k}. © imago/Marius Schwarz\n")).collect();
        let more = "Über Warnapps wird offiziell vor giftigen Rauchgasen aufgrund des Brandes gewarnt, laut einer Warnmeldung besteht extreme Gefahr für die Anwohner.\nDie Goerzallee ist in beiden Richtungen gesperrt, anliegende Straßen ebenso, wie die Polizei am Nachmittag mitteilte.\nOb es einen Zusammenhang zu dem Feuer gibt, ist unklar, laut eines Sprechers der Polizei liegen keine Erkenntnisse für einen Anschlag vor.\nBei dem Gebäude handelt es sich um den Hauptsitz eines Metallverarbeiters, der nach eigenen Angaben führend in der Verarbeitung von Buntmetallen ist.\nIn den angrenzenden Bezirken blieben am Freitag alle Sportanlagen geschlossen, das galt auch für Hallen wegen ihrer Belüftungssysteme und Klimaanlagen.";
        let text = format!("Startseite\nDie Flut und ihre Folgen\n{BODY_DE}\n{captions}1/6\n{more}\nImpressum");
        let a = extract(&text, &Memory::default());
        assert!(a.body[0].starts_with("Die Landesregierung hat"), "{:?}", a.body);
        assert!(a.body.last().is_some_and(|p| p.ends_with("Klimaanlagen.")), "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.contains("Drehleiter")), "{:?}", a.body);
    }

    #[test]
    fn empty_and_blank() {
        assert!(extract("", &Memory::default()).body.is_empty());
        assert!(extract("\n\n  \n", &Memory::default()).body.is_empty());
        assert_eq!(from_clean("a\n\nb\n").body, vec!["a", "b"]);
    }
}
