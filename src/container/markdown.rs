//! Markdown dumps as plain scrapes: what reader services and converters write a page as
//! (Jina Reader's `Title:` / `URL Source:` / `Markdown Content:`, Firecrawl, crawl4ai,
//! `html2text`, `markdownify`, notes with YAML front matter). The page's chrome is all still
//! there, as in a text scrape, but dressed in markup: menus as lists of links, the headline
//! as `# …`, a name in a paragraph as `[Ilham Aliev](https://…/tag/aliev)`. The markup is
//! taken off, line by line, so that the text extractor reads the lines a text scrape would
//! give; the front matter's title, date, author and address are the document's metadata.

use std::sync::OnceLock;

use regex::Regex;

use crate::extract::Meta;
use crate::sniff::{jina_header, HEADER_LINES};

/// The text of a Markdown dump with its markup taken off, and the metadata its header states.
pub fn to_text(markdown: &str) -> (String, Meta) {
    let (meta, body) = front_matter(markdown).unwrap_or_default();
    let body = if meta == Meta::default() { markdown } else { body };
    let marks = marks();
    let body = marks.image.replace_all(body, "");
    let body = marks.link.replace_all(&body, "$1");
    let mut out = String::with_capacity(body.len());
    let mut fenced = false;
    for line in body.lines() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        // (A rule, a heading's underline, a table's rule, a link's definition: no text.)
        if !fenced && (marks.rule.is_match(t) || marks.definition.is_match(t)) {
            continue;
        }
        let t = if fenced { t.to_string() } else { inline(&marks.block.replace(t, "")) };
        out.push_str(t.trim());
        out.push('\n');
    }
    (out, meta)
}

/// A line's inline markup taken off: emphasis, code marks, escapes, autolinks' brackets.
fn inline(line: &str) -> String {
    let marks = marks();
    let line = marks.strong.replace_all(line, "$1$2");
    let line = marks.emphasis.replace_all(&line, "$1$2$3");
    let line = line.replace('`', "");
    let line = marks.autolink.replace_all(&line, "$1");
    marks.escape.replace_all(&line, "$1").into_owned()
}

/// The metadata of a Jina Reader header or of YAML front matter, and the text under it.
fn front_matter(text: &str) -> Option<(Meta, &str)> {
    let mut meta = Meta::default();
    let (fields, rest): (Vec<&str>, &str) = if jina_header(text) {
        let end = text.find("\nMarkdown Content:")?;
        let rest = &text[end + 1..];
        (text[..end].lines().collect(), rest.split_once('\n').map_or("", |(_, r)| r))
    } else {
        let inner = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n"))?;
        let end = inner.lines().take(HEADER_LINES).position(|l| l.trim_end() == "---" || l.trim_end() == "...")?;
        let lines: Vec<&str> = inner.lines().collect();
        let skip: usize = lines[..=end].iter().map(|l| l.len() + 1).sum();
        (lines[..end].to_vec(), inner.get(skip..).unwrap_or(""))
    };
    for field in fields {
        let Some((key, value)) = field.split_once(':') else { continue };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" => &mut meta.title,
            "url source" | "url" | "source" | "source_url" | "canonical_url" | "link" => &mut meta.url,
            "published time" | "date" | "published" | "publish_date" | "published_at" | "pubdate" => &mut meta.published,
            "author" | "authors" | "byline" => &mut meta.author,
            "site" | "site_name" | "sitename" | "publisher" => &mut meta.site,
            "lang" | "language" => &mut meta.lang,
            _ => continue,
        };
        *slot = Some(value.to_string());
    }
    meta.published = meta.published.as_deref().and_then(super::dates::normalise_str);
    Some((meta, rest))
}

/// Markdown's marks, as patterns compiled together on the first Markdown file.
struct Marks {
    /// An image, `![alt](src "title")`: the picture is not text.
    image: Regex,
    /// A link, `[text](href "title")`, its text kept (the text may run over a wrapped line;
    /// the address may hold a pair of brackets, as Wikipedia's do).
    link: Regex,
    /// A line's block marker: a heading's hashes, a quotation's marks, a bullet.
    block: Regex,
    /// A line of rule marks: a horizontal rule, a heading's underline, a table's rule.
    rule: Regex,
    /// A reference link's definition, `[1]: https://…`.
    definition: Regex,
    /// Strong emphasis, `**x**` or `__x__`.
    strong: Regex,
    /// Emphasis by one star or underscore, between a space (or the line's start) and a space
    /// or a stop: not a word's underscore (`snake_case`).
    emphasis: Regex,
    /// An address in angle brackets, `<https://…>`.
    autolink: Regex,
    /// A backslash escape, `\*`.
    escape: Regex,
}

fn marks() -> &'static Marks {
    static MARKS: OnceLock<Marks> = OnceLock::new();
    MARKS.get_or_init(|| {
        let re = |pattern: &str| Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"));
        Marks {
            image: re(r#"!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)"#),
            link: re(r#"\[([^\]]{0,500})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)"#),
            block: re(r"^(?:#{1,6}\s+|(?:>\s?)+|[*+-]\s+)"),
            rule: re(r"^(?:(?:[-*_=]\s*){3,}|\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*)$"),
            definition: re(r"^\[[^\]]+\]:\s+\S+"),
            strong: re(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__"),
            emphasis: re(r"(^|[\s(«“])[*_]([^*_\s][^*_\n]*?)[*_]([\s.,;:!?)»”]|$)"),
            autolink: re(r"<((?:https?|mailto):[^>\s]+)>"),
            escape: re(r"\\([\\`*_{}\[\]()#+\-.!>|~])"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const JINA: &str = "Title: L’offensive azerbaïdjanaise cessera si les séparatistes arméniens «déposent les armes»\n\nURL Source: https://www.example.com/monde/offensive\n\nPublished Time: 2023-09-20T10:23:00+02:00\n\nMarkdown Content:\n*   [Accueil](https://www.example.com/)\n*   [Monde](https://www.example.com/monde)\n\n# L’offensive azerbaïdjanaise cessera si les séparatistes arméniens «déposent les armes»\n\n![Image 1: Ilham Aliev](https://www.example.com/img/aliev.jpg)\n\nPar **Jeanne Martin**\n\nL’offensive de l’Azerbaïdjan au Haut-Karabakh cessera, a affirmé le président [Ilham Aliev](https://www.example.com/tag/ilham-aliev \"Ilham Aliev\") lors d’un appel avec [Antony Blinken](https://fr.wikipedia.org/wiki/Antony_Blinken_(homme_politique)).\n\n> « La population civile n’est *pas* ciblée », a assuré le président.\n\n* * *\n\n[Lire aussi : Erevan accuse Bakou](https://www.example.com/erevan)\n";

    #[test]
    fn a_reader_service_dump() {
        assert!(crate::sniff::looks_markdown(JINA));
        let (text, meta) = to_text(JINA);
        assert_eq!(meta.title.as_deref(), Some("L’offensive azerbaïdjanaise cessera si les séparatistes arméniens «déposent les armes»"));
        assert_eq!(meta.url.as_deref(), Some("https://www.example.com/monde/offensive"));
        assert_eq!(meta.published.as_deref(), Some("2023-09-20"));
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "Accueil",
                "Monde",
                "L’offensive azerbaïdjanaise cessera si les séparatistes arméniens «déposent les armes»",
                "Par Jeanne Martin",
                "L’offensive de l’Azerbaïdjan au Haut-Karabakh cessera, a affirmé le président Ilham Aliev lors d’un appel avec Antony Blinken.",
                "« La population civile n’est pas ciblée », a assuré le président.",
                "Lire aussi : Erevan accuse Bakou",
            ]
        );
    }

    #[test]
    fn yaml_front_matter() {
        let md = "---\ntitle: \"Bakou annonce la fin de son opération\"\ndate: 2023-09-20\nauthor: Paul Durand\n---\n\n## Bakou annonce la fin de son opération\n\nLe texte de l’article, avec un mot_composé et des \\*étoiles\\*.\n";
        assert!(crate::sniff::looks_markdown(md));
        let (text, meta) = to_text(md);
        assert_eq!((meta.title.as_deref(), meta.published.as_deref(), meta.author.as_deref()), (Some("Bakou annonce la fin de son opération"), Some("2023-09-20"), Some("Paul Durand")));
        assert_eq!(text.trim(), "Bakou annonce la fin de son opération\n\nLe texte de l’article, avec un mot_composé et des *étoiles*.");
    }

    #[test]
    fn a_scrape_is_no_markdown() {
        let scrape = "Accueil\nMonde\n* Flash info\nTitle: un titre\nLe président a affirmé [sic] que les combats avaient cessé.\n- Partager\n";
        assert!(!crate::sniff::looks_markdown(scrape));
    }
}
