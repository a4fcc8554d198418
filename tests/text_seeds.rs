//! The five seed scrapes (French news pages scraped as text, menus and teasers left in):
//! body, title and metadata against their hand-made gold, with and without corpus memory.

use revue::extract::text::{extract, Memory};
use revue::extract::Article;
use serde_json::Value;
use std::collections::HashMap;

const SEEDS: &[&str] = &[
    "000_593b8816eaf3b754.txt",
    "001_01ef4c9a730ba3d5.txt",
    "002_28c46dbd58fdaa5f.txt",
    "003_e0b1685020b70630.txt",
    "004_1243d96ca77b5fb5.txt",
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/text/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

fn gold(name: &str) -> Value {
    serde_json::from_str(&fixture(&format!("{name}.gold.json"))).expect("gold json")
}

/// Bag of lowercased word tokens, as score_body.py counts them.
fn tokens(paragraphs: &[String]) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for p in paragraphs {
        for w in p.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()) {
            *bag.entry(w.to_lowercase()).or_insert(0) += 1;
        }
    }
    bag
}

fn f1(gold: &[String], pred: &[String]) -> f64 {
    let (g, p) = (tokens(gold), tokens(pred));
    let inter: usize = g.iter().map(|(w, n)| (*n).min(*p.get(w).unwrap_or(&0))).sum();
    let (ng, np): (usize, usize) = (g.values().sum(), p.values().sum());
    if inter == 0 {
        return 0.0;
    }
    let (prec, rec) = (inter as f64 / np as f64, inter as f64 / ng as f64);
    2.0 * prec * rec / (prec + rec)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

fn check(name: &str, a: &Article) {
    let g = gold(name);
    let body = strings(&g["body"]);
    let score = f1(&body, &a.body);
    assert!(score >= 0.97, "{name}: body F1 {score:.3}\n{:#?}", a.body);
    assert_eq!(a.title.as_deref(), g["title"].as_str(), "{name}: title");
    // Nothing of the page's chrome may leak into the body.
    let text = fixture(name);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let leaked = a.body.iter().any(|b| b == line);
        let is_gold = body.iter().any(|b| b == line);
        if leaked && !is_gold {
            panic!("{name}: boilerplate line in body: {line:?}");
        }
    }
    for bad in ["...", "- Advertisement -", "Laisser un commentaire", "Poster un Commentaire", "Nom", "Email"] {
        assert!(!a.body.iter().any(|b| b.ends_with(bad) || b == bad), "{name}: {bad:?} in body");
    }
}

#[test]
fn seeds_alone_with_empty_memory() {
    for name in SEEDS {
        let a = extract(&fixture(name), &Memory::default());
        check(name, &a);
    }
}

#[test]
fn seeds_with_full_corpus_memory() {
    let mut memory = Memory::default();
    for name in SEEDS {
        memory.observe(&fixture(name));
    }
    for name in SEEDS {
        let a = extract(&fixture(name), &memory);
        check(name, &a);
    }
}

/// `text` as `html2text` writes a page: each line wrapped at `width` characters, at spaces
/// (not at no-break ones), a blank line between the lines it was.
fn hard_wrapped(text: &str, width: usize) -> String {
    rewritten(text, String::new(), |_, line| {
        let mut out = String::new();
        let mut current = String::new();
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out + &current
    })
}

/// `text`'s lines (trimmed, the blank ones left out), each as `dress` writes it (given its
/// rank and the line), under `head`, a blank line between them.
fn rewritten(text: &str, head: String, mut dress: impl FnMut(usize, &str) -> String) -> String {
    let mut out = head;
    for (k, line) in text.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        out.push_str(&dress(k, line));
        out.push_str("\n\n");
    }
    out
}

/// The seeds hard-wrapped at 78 columns, as `html2text` dumps pages: the engine rejoins the
/// paragraphs, and the article, its title and its author are the same.
#[test]
fn seeds_hard_wrapped() {
    for name in SEEDS {
        let wrapped = hard_wrapped(&fixture(name), 78);
        assert!(wrapped.lines().all(|l| l.chars().count() <= 78 || !l.contains(' ')));
        assert_engine_gives_gold(name, name, &wrapped);
    }
}

/// The engine's record of `content` (as the file `file`) holds the seed `name`'s article,
/// title and author, as its gold states them.
fn assert_engine_gives_gold(name: &str, file: &str, content: &str) -> revue::Record {
    let rec = revue::Engine::new().analyze(file, content.as_bytes(), &revue::Options::default()).remove(0);
    let g = gold(name);
    assert_eq!(rec.body, strings(&g["body"]), "{file}");
    assert_eq!(rec.title.as_deref(), g["title"].as_str(), "{file}: title");
    assert_eq!(rec.author.as_deref(), g["author"].as_str(), "{file}: author");
    // (The agencies: in the text, and in the reprint line under it, "Reprinted with permission
    // from RFE/RL".)
    assert_eq!(rec.sources, strings(&g["sources"]), "{file}: sources");
    rec
}

/// A seed as Jina Reader writes a page: its header, the site's short lines as links in a list,
/// the headline as a heading, the first name of each paragraph linked.
fn as_markdown(text: &str, title: &str) -> String {
    rewritten(text, format!("Title: {title}\n\nURL Source: https://www.example.com/article\n\nMarkdown Content:\n"), |k, line| {
        if line == title {
            format!("# {line}")
        } else if line.chars().count() < 60 {
            format!("*   [{line}](https://www.example.com/{k})")
        } else {
            let mut linked = false;
            line.split(' ')
                .enumerate()
                .map(|(i, w)| {
                    if i > 0 && !linked && w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic) {
                        linked = true;
                        format!("[{w}](https://www.example.com/tag/{})", w.to_lowercase())
                    } else {
                        w.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        }
    })
}

/// The seeds as Markdown dumps: the engine takes the markup off, and the article, its title
/// and its author are the same.
#[test]
fn seeds_as_markdown() {
    for name in SEEDS {
        let g = gold(name);
        let md = as_markdown(&fixture(name), g["title"].as_str().unwrap());
        assert!(md.contains("](https://www.example.com/tag/"));
        let rec = assert_engine_gives_gold(name, &name.replace(".txt", ".md"), &md);
        assert_eq!(rec.format.as_deref(), Some("markdown"));
    }
}

/// The seeds with their typographic marks as HTML character references, as some scrapers
/// leave them ("l&#8217;Arménie", "&laquo; … &raquo;"): the same article, title and author,
/// in characters.
#[test]
fn seeds_with_character_references() {
    for name in SEEDS {
        let text = fixture(name).replace('’', "&#8217;").replace('«', "&laquo;").replace('»', "&raquo;");
        assert!(text.contains("&#8217;"));
        assert_engine_gives_gold(name, name, &text);
    }
}

#[test]
fn seeds_metadata() {
    for name in SEEDS {
        let g = gold(name);
        let a = extract(&fixture(name), &Memory::default());
        assert_eq!(a.author.as_deref(), g["author"].as_str(), "{name}: author");
        assert_eq!(a.published.as_deref(), g["published"].as_str(), "{name}: published");
        assert_eq!(a.page_date.as_deref(), g["page_date"].as_str(), "{name}: page_date");
    }
}

#[test]
fn removed_lines_say_why() {
    let a = extract(&fixture(SEEDS[0]), &Memory::default());
    let reason = |t: &str| a.removed.iter().find(|r| r.text == t).map(|r| r.reason.clone());
    assert_eq!(reason("- Advertisement -").as_deref(), Some("advertisement"));
    assert_eq!(reason("Dernières nouvelles").as_deref(), Some("related"));
    assert_eq!(
        reason("Record post-winter gas storage levels in Europe").as_deref(),
        Some("teaser"),
        "a headline followed by a truncated summary is a teaser"
    );
    let a = extract(&fixture(SEEDS[3]), &Memory::default());
    assert!(a.removed.iter().any(|r| r.text == "Laisser un commentaire" && r.reason == "comment form"));
}

#[test]
fn corpus_memory_marks_shared_chrome() {
    // 002 and 004 come from the same site: their footers and teaser lists are shared.
    let mut memory = Memory::default();
    for name in SEEDS {
        memory.observe(&fixture(name));
    }
    assert_eq!(memory.files_with("Réinitialiser le mot de passe"), 2);
    assert_eq!(memory.files_with("Le ministère russe des Affaires étrangères a affirmé le même jour qu’il fournirait «toute l’assistance requise» en vertu du traité si le conflit débordait sur le territoire arménien proprement dit."), 1);
}

/// A scrape with its title stack: the headline ends with " - China im Fokus", which the
/// visible headline below restates; that tail is part of the headline, not a site name.
/// Below, a site whose every title line ends with its name: that suffix goes.
#[test]
fn a_headline_tail_restated_below_is_kept_a_site_name_is_not() {
    let prose = "Die Ermittler gehen davon aus, dass die Angreifer über Jahre hinweg Zugang zu den internen Netzen des Konzerns hatten und dabei große Mengen an Daten abgezogen haben, darunter Entwicklungsunterlagen.\n\n\
                 Der Konzern bestätigte den Vorfall auf Anfrage, wollte sich zu Einzelheiten aber nicht äußern; man arbeite eng mit den zuständigen Behörden zusammen, hieß es in einer knappen Stellungnahme.\n\n\
                 Experten sehen in dem Fall ein Beispiel für die wachsende Bedrohung der deutschen Industrie durch staatlich gesteuerte Hackergruppen, die gezielt nach technologischem Wissen suchen.\n\n";
    let kept = format!("Startseite\n\nWirtschaft\n\nDer große Hack bei Volkswagen - China im Fokus\n\nExklusiv\n\nIndustriespionage im großen Stil: Der große Hack bei VW - China im Fokus\n\nvon Julia Klaus\n\n{prose}");
    let a = extract(&kept, &Memory::default());
    let title = a.title.unwrap_or_default();
    assert!(
        title.ends_with("Der große Hack bei Volkswagen - China im Fokus")
            || title.ends_with("VW - China im Fokus"),
        "{title}"
    );
    let stripped = format!("Startseite\n\nAndere Nachrichten des Tages - Tagesblatt Online\n\nDer große Hack bei Volkswagen - Tagesblatt Online\n\nvon Julia Klaus\n\n{prose}");
    let a = extract(&stripped, &Memory::default());
    assert_eq!(a.title.as_deref(), Some("Der große Hack bei Volkswagen"));
}
