//! Chrome-line rules, as data (`rules/boilerplate.tsv`): the one rule set of both extractors.
//!
//! A rule says a line is a menu item, a teaser-list heading, an ad marker, a comment-form
//! field ... in French, English, German, Spanish, Italian, Portuguese, Dutch (and a few
//! Nordic words); also captions carrying a photo credit and bare timestamps of feeds.
//! Each rule has a scope: the lines of a plain-text scrape (`text`), the blocks inside a
//! saved page's article container (`page`, asked by `formulaic`), or `both`. A scrape's
//! line is anything the page printed, so a text rule must not take an article sentence;
//! in a page, markup has already set menus and lists apart.
//! Rules are tried only on lines up to their own length limit,
//! so an article paragraph that mentions a newsletter is not taken for a prompt, and a 50 MB
//! line costs nothing here.

mod prefilter;

use aho_corasick::AhoCorasick;
use prefilter::Prefilter;
use regex::Regex;
use regex_automata::hybrid::{self, dfa::Cache, dfa::DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::{Anchored, Input};
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

const RULES: &str = include_str!("rules/boilerplate.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Not article text.
    Bad,
    /// Not article text, and what follows is another list (teasers, comments, footer).
    Barrier,
    /// An agency credit that belongs to the article and usually ends it.
    Credit,
}

/// Which extractor asks: the lines of a plain-text scrape, or the blocks inside a saved
/// page's article container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Text,
    Page,
}

pub struct Rule {
    pub reason: &'static str,
    pub kind: Kind,
    pub max_chars: usize,
    pattern: &'static str,
    /// This rule's place in each thread's [`CACHES`].
    slot: usize,
    /// Compiled on first use, see [`Rule::dfa`].
    dfa: OnceLock<Option<DFA>>,
    /// Whether the automaton reads the line backwards from its end ([`reads_backwards`]).
    backwards: bool,
    /// The whole regex engine, for the rare line the lazy DFA gives up on.
    fallback: OnceLock<Option<Regex>>,
}

thread_local! {
    /// Each rule's lazy-DFA cache (its states built so far), by [`Rule::slot`], per thread.
    static CACHES: RefCell<Vec<Option<Cache>>> = const { RefCell::new(Vec::new()) };
}

/// Slots handed out so far, over both scopes.
static SLOTS: AtomicUsize = AtomicUsize::new(0);

impl Rule {
    /// The rule's automaton (`None` if the pattern does not compile: the rule never matches,
    /// and the rules test fails): a forward lazy DFA, all that telling whether a line
    /// matches needs. `regex::Regex` also builds a reverse automaton (where a match starts)
    /// and the engines for captures; with the rules' large Unicode classes, that doubled the
    /// cost of compiling them, which each of the page's workers paid (about 2 s of a worker's
    /// first 2,000 articles). Compiled the first time a line gets past the prefilter and the
    /// length limit: most rules are never tried on a given batch.
    ///
    /// A pattern such as `^.{8,160}, 12 mars 2024 …(AFP)$` is read backwards, from the
    /// line's end ([`reads_backwards`]): forwards it built a state for each count of
    /// characters and each partial match of what follows, new states on nearly every line
    /// (5-10 µs a line); backwards, a line without the credit fails within a few bytes.
    fn dfa(&self) -> Option<&DFA> {
        self.dfa
            .get_or_init(|| {
                let config = thompson::Config::new().which_captures(WhichCaptures::None).reverse(self.backwards);
                let nfa = thompson::Compiler::new().configure(config).build(self.pattern).ok()?;
                // Give up, as `regex` does, when the cache keeps filling (then the full
                // engine answers) rather than crawl through huge classes state by state.
                let config = hybrid::dfa::Config::new().minimum_cache_clear_count(Some(3)).minimum_bytes_per_state(Some(10));
                hybrid::dfa::DFA::builder().configure(config).build_from_nfa(nfa).ok()
            })
            .as_ref()
    }

    /// Whether the pattern compiles.
    pub fn compiles(&self) -> bool {
        self.dfa().is_some()
    }

    pub fn pattern(&self) -> &'static str {
        self.pattern
    }

    fn is_match(&self, line: &str) -> bool {
        let Some(dfa) = self.dfa() else { return false };
        let found = CACHES.with(|caches| {
            let mut caches = caches.borrow_mut();
            if caches.len() <= self.slot {
                caches.resize_with(self.slot + 1, || None);
            }
            let cache = caches[self.slot].get_or_insert_with(|| dfa.create_cache());
            if self.backwards {
                dfa.try_search_rev(cache, &Input::new(line).anchored(Anchored::Yes).earliest(true)).map(|m| m.is_some())
            } else {
                dfa.try_search_fwd(cache, &Input::new(line).earliest(true)).map(|m| m.is_some())
            }
        });
        match found {
            Ok(found) => found,
            Err(_) => self.fallback.get_or_init(|| Regex::new(self.pattern).ok()).as_ref().is_some_and(|re| re.is_match(line)),
        }
    }
}

/// The compiled rules of one scope, with their prefilter.
struct Compiled {
    rules: Vec<Rule>,
    prefilter: Prefilter,
    /// The longest `max_chars` of any rule: longer lines are never tried.
    max_chars: usize,
}

fn compiled(scope: Scope) -> &'static Compiled {
    static TEXT: OnceLock<Compiled> = OnceLock::new();
    static PAGE: OnceLock<Compiled> = OnceLock::new();
    let cell = match scope {
        Scope::Text => &TEXT,
        Scope::Page => &PAGE,
    };
    cell.get_or_init(|| {
        let rules: Vec<Rule> = RULES.lines().filter_map(|l| parse(l, scope)).collect();
        let prefilter = Prefilter::new(rules.iter().map(Rule::pattern));
        let max_chars = rules.iter().map(|r| r.max_chars).max().unwrap_or(0);
        Compiled { rules, prefilter, max_chars }
    })
}

/// The compiled rules of a scope; a malformed rule line is skipped (and fails the rules test).
pub fn rules(scope: Scope) -> &'static [Rule] {
    &compiled(scope).rules
}

/// The rule on a line of the file, if it is one and applies in `scope`.
fn parse(line: &'static str, scope: Scope) -> Option<Rule> {
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    let mut f = line.splitn(5, '\t');
    let reason = f.next()?;
    let kind = match f.next()? {
        "bad" => Kind::Bad,
        "barrier" => Kind::Barrier,
        "credit" => Kind::Credit,
        _ => return None,
    };
    let applies = match (f.next()?, scope) {
        ("both", _) | ("text", Scope::Text) | ("page", Scope::Page) => true,
        ("text" | "page", _) => false,
        _ => return None,
    };
    let max_chars = f.next()?.parse().ok()?;
    if !applies {
        return None;
    }
    let pattern = f.next()?;
    let slot = SLOTS.fetch_add(1, Ordering::Relaxed);
    let backwards = regex_syntax::parse(pattern).is_ok_and(|hir| reads_backwards(&hir));
    Some(Rule { reason, kind, max_chars, pattern, slot, dfa: OnceLock::new(), backwards, fallback: OnceLock::new() })
}

/// Whether a rule's automaton reads lines backwards (see [`Rule::dfa`]): the pattern is
/// anchored at the line's end and opens, after the line's start, with a counted stretch of
/// any character (`^.{8,160}…$`). Read forwards, that stretch makes a state for every count
/// of characters combined with every partial match of what follows: new states on nearly
/// every line. (Other patterns anchored at the end read backwards built more states than
/// they saved on the 10,000-article bench.)
fn reads_backwards(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::{Class, HirKind, Look};
    let opening = match hir.kind() {
        HirKind::Concat(parts) => parts.get(..2),
        _ => None,
    };
    let Some([start, stretch]) = opening else { return false };
    let any_char = |h: &regex_syntax::hir::Hir| match h.kind() {
        HirKind::Class(c @ Class::Unicode(_)) => class_size(c) > 0x10_0000,
        HirKind::Class(c @ Class::Bytes(_)) => class_size(c) > 250,
        _ => false,
    };
    hir.properties().look_set_suffix().contains(Look::End)
        && matches!(start.kind(), HirKind::Look(Look::Start))
        && matches!(stretch.kind(), HirKind::Repetition(r) if r.max.is_some_and(|m| m > r.min) && any_char(&r.sub))
}

/// How many characters (or bytes) a class holds.
fn class_size(class: &regex_syntax::hir::Class) -> u32 {
    use regex_syntax::hir::Class;
    match class {
        Class::Unicode(c) => c.ranges().iter().map(|r| r.end() as u32 - r.start() as u32 + 1).sum(),
        Class::Bytes(c) => c.ranges().iter().map(|r| r.end() as u32 - r.start() as u32 + 1).sum(),
    }
}

const LEGAL_TERMS: &str = include_str!("rules/legal_terms.txt");

/// One automaton for all legal terms. The search is overlapping ("consent" and
/// "consentement" both count, as with one substring test per term) and ASCII
/// case-insensitive (see [`legal_terms`]).
fn legal_automaton() -> &'static AhoCorasick {
    static CELL: OnceLock<AhoCorasick> = OnceLock::new();
    CELL.get_or_init(|| {
        let terms = LEGAL_TERMS.lines().filter(|t| !t.starts_with('#') && !t.trim().is_empty()).map(str::trim);
        AhoCorasick::builder().ascii_case_insensitive(true).build(terms).expect("legal terms automaton")
    })
}

/// Whether lowercasing `s` changes nothing but ASCII letters. Then an ASCII
/// case-insensitive search of the (lowercase) terms in `s` finds exactly what a search in
/// `s.to_lowercase()` finds, without building that string.
fn lowercases_as_ascii(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii() || c.to_lowercase().eq(std::iter::once(c)))
}

/// How many distinct consent/privacy/terms words (`rules/legal_terms.txt`) the line holds.
/// Looked for in the first 3,000 bytes only.
pub fn legal_terms(line: &str) -> usize {
    let mut cut = line.len().min(3000);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &line[..cut];
    let lower;
    let haystack = if lowercases_as_ascii(sample) {
        sample
    } else {
        lower = sample.to_lowercase();
        lower.as_str()
    };
    let ac = legal_automaton();
    // Allocated at the first hit only: most lines hold no term.
    let mut seen: Vec<bool> = Vec::new();
    let mut distinct = 0;
    for m in ac.find_overlapping_iter(haystack) {
        seen.resize(ac.patterns_len(), false);
        let k = m.pattern().as_usize();
        if !seen[k] {
            seen[k] = true;
            distinct += 1;
        }
    }
    distinct
}

/// How many rules both scopes hold: the range of [`compile_rule`].
pub fn rule_count() -> usize {
    rules(Scope::Text).len() + rules(Scope::Page).len()
}

/// Compiles rule `k` (the text scope's rules, then the page scope's) and sets up this
/// thread's cache for it now, rather than on the first line that reaches it (see
/// `Engine::warm_up`).
pub fn compile_rule(k: usize) {
    let text = rules(Scope::Text);
    if let Some(rule) = text.get(k).or_else(|| rules(Scope::Page).get(k - text.len())) {
        rule.is_match("");
    }
}

/// The rule of `scope` that takes a trimmed line of `chars` characters: the first (in file
/// order) that matches the line and allows lines that long, or the one that takes each of its
/// parts ([`classify_parts`]), or the one that takes a bilingual label's French half
/// ([`classify_bilingual`]).
pub fn classify(scope: Scope, line: &str, chars: usize) -> Option<&'static Rule> {
    classify_whole(scope, line, chars).or_else(|| classify_parts(scope, line, chars)).or_else(|| classify_bilingual(scope, line)).or_else(|| classify_undecorated(scope, line))
}

/// The first rule of `scope` (in file order) that matches the whole line and allows lines
/// that long.
fn classify_whole(scope: Scope, line: &str, chars: usize) -> Option<&'static Rule> {
    let c = compiled(scope);
    if chars > c.max_chars {
        return None;
    }
    let may = c.prefilter.candidates(line);
    c.rules.iter().enumerate().find(|&(k, r)| may.contains(k) && chars <= r.max_chars && r.is_match(line)).map(|(_, r)| r)
}

/// The longest line [`classify_parts`] cuts into parts.
const JOINED_CHARS: usize = 200;

/// A line of buttons or links printed on one line, parted by bars or middle dots ("Partager
/// sur Facebook | Partager sur X | Envoyer par courriel", "J'aime · Répondre"): the rule of
/// its first part, when a rule of the same reason takes every part.
fn classify_parts(scope: Scope, line: &str, chars: usize) -> Option<&'static Rule> {
    if chars > JOINED_CHARS {
        return None;
    }
    let sep = [" | ", " · ", " • "].into_iter().find(|s| line.contains(s))?;
    let mut reason: Option<&Rule> = None;
    for part in line.split(sep).map(str::trim) {
        // (A share button's networks after the first: "Partager sur LinkedIn | X | Mastodon".)
        if reason.is_some_and(|r| r.reason == "share") && part.chars().count() <= NETWORK_CHARS && !part.contains(' ') {
            continue;
        }
        let rule = classify_whole(scope, part, part.chars().count())?;
        if rule.kind == Kind::Credit || reason.is_some_and(|r| r.reason != rule.reason) {
            return None;
        }
        reason.get_or_insert(rule);
    }
    reason
}

/// The longest network's name a share button lists after its first ("Mastodon").
const NETWORK_CHARS: usize = 12;

/// The longest label in the site's other language before a slash.
const OTHER_LANGUAGE_CHARS: usize = 40;

/// A label printed in the site's two languages, the other one first ("Citiți și / Lire aussi :
/// …", "Irakurri ere / Lire aussi : …", "Publicitate / Publicité"): the rule that takes what
/// follows the slash, unless it is an agency's credit ("Jeanne Martin / AFP" is a picture's).
/// Parted by a middle dot, only a label's rule ("Llegiu també · Lire aussi : …", "Contingut
/// patrocinat · Contenu sponsorisé"): a byline parts a name from its date so ("Jeanne Martin ·
/// 20 sept. 2023").
fn classify_bilingual(scope: Scope, line: &str) -> Option<&'static Rule> {
    let (other, rest, dotted) = match line.split_once(" / ") {
        Some((other, rest)) => (other, rest, false),
        None => line.split_once(" · ").map(|(other, rest)| (other, rest, true))?,
    };
    let label = other.chars().count() <= OTHER_LANGUAGE_CHARS && other.split_whitespace().count() <= 4 && other.starts_with(char::is_uppercase) && !other.contains(|c: char| c.is_ascii_digit() || ".:!?".contains(c));
    let rest = rest.trim();
    let taken = |r: &&Rule| r.kind != Kind::Credit && (!dotted || LABEL_REASONS.contains(&r.reason));
    label.then(|| classify_whole(scope, rest, rest.chars().count())).flatten().filter(taken)
}

/// The reasons of a box's or a prompt's label, which a site may print in two languages.
const LABEL_REASONS: &[&str] = &["related", "advertisement", "box label", "newsletter", "video", "podcast", "poll", "share", "donation appeal"];

/// A line dressed with pictographs at either end ("👉 LIRE AUSSI : …", "Vidéo 🎥", "Vous
/// appréciez cet article ? Partagez-le avec un collègue 👇"): the rule that takes its words.
/// Sites add them to their labels and prompts, not to the article's sentences.
fn classify_undecorated(scope: Scope, line: &str) -> Option<&'static Rule> {
    let words = line.trim_matches(|c: char| pictograph(c) || c.is_whitespace());
    if words.len() == line.len() || words.is_empty() {
        return None;
    }
    let chars = words.chars().count();
    classify_whole(scope, words, chars).or_else(|| classify_parts(scope, words, chars))
}

/// An emoji or a pictographic sign (arrows, shapes, dingbats), or the joiner and variation
/// selector that compose emoji.
pub(crate) fn pictograph(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2139 | 0x2190..=0x21FF | 0x2300..=0x23FF | 0x25A0..=0x25FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        let lines: Vec<&str> = RULES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
        let in_scope = |scope: &str| lines.iter().filter(|l| matches!(l.split('\t').nth(2), Some(s) if s == scope || s == "both")).count();
        assert_eq!(rules(Scope::Text).len(), in_scope("text"), "a rule line failed to parse");
        assert_eq!(rules(Scope::Page).len(), in_scope("page"), "a rule line failed to parse");
        for rule in rules(Scope::Text).iter().chain(rules(Scope::Page)) {
            assert!(rule.compiles(), "rule does not compile: {}", rule.pattern());
        }
        assert!(lines.iter().all(|l| matches!(l.split('\t').nth(2), Some("text" | "page" | "both"))), "unknown scope");
    }

    /// A Unicode `\b` sends a rule to the regex crate's slow engines on every non-ASCII line;
    /// rules write ASCII boundaries, `(?-u:\b)`, and only next to ASCII letters.
    #[test]
    fn rules_use_ascii_word_boundaries() {
        for rule in rules(Scope::Text).iter().chain(rules(Scope::Page)) {
            let re = rule.pattern();
            assert!(!re.replace("(?-u:\\b)", "").contains("\\b"), "Unicode \\b in {re}");
        }
    }

    /// `scope<TAB>reason<TAB>line` of `rules/examples.tsv`; reason `-`: no rule may match.
    fn examples() -> impl Iterator<Item = (Vec<Scope>, Option<&'static str>, &'static str)> {
        include_str!("rules/examples.tsv").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(|line| {
            let mut f = line.splitn(3, '\t');
            let scopes = match f.next() {
                Some("text") => vec![Scope::Text],
                Some("page") => vec![Scope::Page],
                Some("both") => vec![Scope::Text, Scope::Page],
                other => panic!("bad scope {other:?} in {line:?}"),
            };
            let reason = f.next().expect("scope<TAB>reason<TAB>line");
            let text = f.next().expect("scope<TAB>reason<TAB>line");
            (scopes, (reason != "-").then_some(reason), text)
        })
    }

    /// Pictographs around a label or a prompt leave it the rule of its words; an article's
    /// sentence keeps none.
    #[test]
    fn pictographs_dress_chrome_lines() {
        for (line, reason) in [("👉 LIRE AUSSI : Showbiz : la chanteuse annonce son mariage", "related"), ("Vidéo 🎥", "video"), ("Sondage 📊", "poll"), ("Vous appréciez cet article ? Partagez-le avec un collègue 👇", "share"), ("ℹ️ Notre dossier complet : Arménie – Azerbaïdjan", "related")] {
            assert_eq!(classify(Scope::Text, line, line.chars().count()).map(|r| r.reason), Some(reason), "{line}");
        }
        let sentence = "🇦🇲 Les réfugiés arrivent à Goris, où la population les accueille depuis mardi.";
        assert_eq!(classify(Scope::Text, sentence, sentence.chars().count()).map(|r| r.reason), None);
    }

    /// A label in the site's two languages, parted by a slash or a middle dot, takes the rule of
    /// its French half; a byline's name and date parted by a dot are no label.
    #[test]
    fn labels_in_two_languages() {
        for (line, reason) in [("Citiți și / Lire aussi : Bakou accuse Erevan", "related"), ("Llegiu també · Lire aussi : La communauté arménienne d'Andorre", "related"), ("Contingut patrocinat · Contenu sponsorisé", "advertisement")] {
            assert_eq!(classify(Scope::Text, line, line.chars().count()).map(|r| r.reason), Some(reason), "{line}");
        }
        let sentence = "Jeanne Martin · 20 sept. 2023 à 10:23";
        assert_eq!(classify(Scope::Text, sentence, sentence.chars().count()).map(|r| r.reason), None);
    }

    #[test]
    fn examples_get_their_reason() {
        for (scopes, reason, text) in examples() {
            for scope in scopes {
                let got = classify(scope, text, text.chars().count()).map(|r| r.reason);
                assert_eq!(got, reason, "{scope:?}: {text:?}");
            }
        }
    }

    /// The lazy DFA answers as the full regex engine does, on every example line and rule.
    #[test]
    fn automata_match_as_the_regex_engine() {
        for rule in rules(Scope::Text).iter().chain(rules(Scope::Page)) {
            let re = Regex::new(rule.pattern()).expect("compiles");
            for (_, _, text) in examples() {
                assert_eq!(rule.is_match(text), re.is_match(text), "{} on {text:?}", rule.pattern());
            }
        }
    }

    #[test]
    fn only_a_counted_stretch_of_any_character_reads_backwards() {
        let backwards = |p: &str| reads_backwards(&regex_syntax::parse(p).expect("parses"));
        assert!(backwards(r"(?i)^.{8,160}(,|\s)\s*\d{4}\s*\((afp|ap)\)$"));
        assert!(!backwards(r"(?i)^.{8,160}(,|\s)\s*\d{4}") && !backwards(r"^\S.{8,160}\(afp\)$"));
        assert!(!backwards(r"^(.*?\s\p{Ll}){3}.*\p{Ll}{3}[.!?]$") && !backwards(r"\S\s*\([^()]{0,50}\)\s*$"));
        let backwards_rules: Vec<&str> = rules(Scope::Text).iter().chain(rules(Scope::Page)).filter(|r| r.backwards).map(Rule::pattern).collect();
        assert!(!backwards_rules.is_empty(), "the caption rules with a date and a credit read backwards");
    }

    #[test]
    fn legal_vocabulary() {
        assert!(legal_terms("Under the California Consumer Privacy Act, you have the right to opt-out of the sale of your personal information to third parties.") >= 2);
        assert!(legal_terms("Wir und unsere Partner verarbeiten personenbezogene Daten; mit Ihrer Einwilligung setzen wir Cookies.") >= 2);
        assert!(legal_terms("Le gouvernement a annoncé mardi une série de mesures destinées à contenir la crise.") == 0);
        assert!(legal_terms("The minister said the cookie factory would close next year, cutting 300 jobs.") < 2);
    }

    #[test]
    fn prefilter_skips_only_rules_that_cannot_match() {
        // The examples as written, and in capitals and lower case: the filter compares
        // ASCII-lowercased bytes while the rules are case-insensitive.
        for (_, _, example) in examples() {
            for text in [example.to_string(), example.to_uppercase(), example.to_lowercase()] {
                for scope in [Scope::Text, Scope::Page] {
                    let may = compiled(scope).prefilter.candidates(&text);
                    for (k, rule) in rules(scope).iter().enumerate() {
                        assert!(may.contains(k) || !rule.is_match(&text), "{} skipped on {text:?}", rule.pattern());
                    }
                }
            }
        }
    }

    #[test]
    fn legal_terms_as_in_the_lowercased_line() {
        let naive = |line: &str| {
            let lower = line.to_lowercase();
            LEGAL_TERMS.lines().filter(|t| !t.starts_with('#') && !t.trim().is_empty()).filter(|t| lower.contains(t.trim())).count()
        };
        for line in [
            "POLITIQUE DE CONFIDENTIALITÉ ET DONNÉES PERSONNELLES : Consentement, RGPD",
            "Our Partners use Cookies; manage your Preferences or OPT-OUT",
            "\u{212A}ookie consent (Kelvin sign), ſtrange privacy",
            "Le gouvernement a annoncé mardi une série de mesures.",
        ] {
            assert_eq!(legal_terms(line), naive(line), "{line:?}");
        }
    }

    #[test]
    fn a_sign_up_form_agreement_is_legal_text() {
        // A newsletter form's fine print names the terms of use beside the privacy policy.
        assert!(legal_terms("By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.") >= 2);
        assert!(legal_terms("En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.") >= 2);
        assert_eq!(legal_terms("The minister agreed to the terms of the deal on Tuesday."), 0);
    }
}
