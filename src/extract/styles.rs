//! The classes a page's own stylesheets hide.
//!
//! Saved pages carry their `<style>` blocks, and some sites hide text with a class rule
//! rather than an inline style: paywalled paragraphs kept in the page, scrambled
//! (`.obfuscated{display:none}`, the text letter-shifted), templates, closed dialogs. A
//! reader never sees them, so neither does the article. Only plain rules are read: a
//! selector that is one class (`.x`, in a list or alone), at the top level (not inside
//! `@media`, which hides for some screens only), whose declarations hide it. A class that
//! another rule shows (`.tab.active{display:block}`) is left visible: its elements are
//! hidden or shown by state, and one of them may be the article.

use super::dom::{Dom, Kind};
use foldhash::{HashSet, HashSetExt};

/// Stylesheet text read per page, at most: the rules that matter come early, and pages
/// inline megabytes of CSS.
const MAX_CSS: usize = 2 << 20;

/// The classes hidden by the page's `<style>` elements.
pub fn hidden_classes(dom: &Dom) -> HashSet<String> {
    let mut css = String::new();
    for id in 0..dom.nodes.len() as u32 {
        if dom.tag(id) == "style" && css.len() < MAX_CSS {
            for c in dom.children(id) {
                if let Kind::Text(t) = &dom.node(c).kind {
                    css.push_str(t);
                    css.push('\n');
                }
            }
        }
    }
    if css.is_empty() {
        return HashSet::new();
    }
    let (mut hidden, mut shown) = (HashSet::new(), HashSet::new());
    for rule in rules(&strip_comments(&css)) {
        let (hides, shows) = effect(rule.declarations);
        for sel in rule.selectors.split(',').map(str::trim) {
            if hides && rule.top_level {
                if let Some(class) = sel.strip_prefix('.').filter(|c| !c.is_empty() && c.chars().all(is_class_char)) {
                    hidden.insert(class.to_string());
                }
            } else if shows {
                for part in sel.split('.').skip(1) {
                    shown.insert(part.chars().take_while(|c| is_class_char(*c)).collect::<String>());
                }
            }
        }
    }
    hidden.retain(|c| !shown.contains(c));
    hidden
}

fn is_class_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// Whether declarations hide an element (`display: none`, `visibility: hidden`) or show one
/// (any other `display`, `visibility: visible`). Property names are matched whole:
/// `backface-visibility: hidden` hides nothing.
fn effect(declarations: &str) -> (bool, bool) {
    let (mut hides, mut shows) = (false, false);
    for decl in declarations.split(';') {
        let Some((prop, value)) = decl.split_once(':') else { continue };
        let value = value.trim().to_ascii_lowercase();
        match prop.trim().to_ascii_lowercase().as_str() {
            "display" if value.starts_with("none") => hides = true,
            "display" => shows = true,
            "visibility" if value.starts_with("hidden") || value.starts_with("collapse") => hides = true,
            "visibility" => shows = true,
            _ => {}
        }
    }
    (hides, shows && !hides)
}

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i + 2..].find("*/").map_or("", |j| &rest[i + 2 + j + 2..]);
    }
    out.push_str(rest);
    out
}

struct Rule<'a> {
    selectors: &'a str,
    declarations: &'a str,
    /// Outside any at-rule block (`@media`, `@supports` ...).
    top_level: bool,
}

/// The style rules of a stylesheet, those nested in at-rule blocks included.
fn rules(css: &str) -> Vec<Rule<'_>> {
    let mut out = Vec::new();
    // Open blocks: (where the prelude began, where the brace is, whether it is an at-rule).
    let mut open: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                let at = css[start..i].trim_start().starts_with('@');
                open.push((start, i, at));
                start = i + 1;
            }
            '}' => {
                if let Some((from, brace, at)) = open.pop() {
                    if !at && !open.iter().any(|o| !o.2) {
                        out.push(Rule { selectors: css[from..brace].trim(), declarations: &css[brace + 1..i], top_level: open.is_empty() });
                    }
                }
                start = i + 1;
            }
            ';' if open.last().is_none_or(|o| o.2) => start = i + 1,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(css: &str) -> Vec<String> {
        let dom = Dom::parse(&format!("<html><head><style>{css}</style></head><body><p>x</p></body></html>"));
        let mut v: Vec<String> = hidden_classes(&dom).into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn plain_class_rules_hide() {
        assert_eq!(classes(".obfuscated{display:none}@keyframes a{0%{opacity:0}}"), vec!["obfuscated"]);
        assert_eq!(classes("/* .x{display:none} */ .a, .b { visibility : hidden } .c{color:red}"), vec!["a", "b"]);
    }

    #[test]
    fn media_queries_compound_selectors_and_shown_classes_do_not() {
        assert!(classes("@media (max-width:600px){.m{display:none}}").is_empty());
        assert!(classes(".js .j{display:none} div.d{display:none}").is_empty());
        assert!(classes(".tab{display:none}.tab.active{display:block}").is_empty());
        assert!(classes(".p{display:none}@media (orientation:portrait){.p{display:block}}").is_empty());
        assert!(classes(".g{display:flex;overflow:hidden;backface-visibility:hidden}").is_empty());
        assert_eq!(classes("@charset \"UTF-8\";@import url(x.css);.h{display:none!important}"), vec!["h"]);
    }
}
