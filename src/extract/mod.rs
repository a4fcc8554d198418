//! Finds the article in a document: its body paragraphs and its metadata.
//!
//! `html` works on parsed pages, `text` on plain-text scrapes (hard-wrapped ones rejoined
//! by `reflow` first); both return an [`Article`].

pub mod blocks;
pub mod dom;
pub mod formulaic;
pub mod headline;
pub mod html;
pub mod lines;
pub mod memory;
pub mod meta;
pub mod reflow;
pub mod rules;
pub mod styles;
pub mod text;

pub use rules::{compile_rule, rule_count};
pub use text::Memory;

/// How far under the article's last paragraph (lines of a scrape, blocks of a page) its
/// reprint or copyright line may sit and still credit the agency whose story it is
/// ("Reprinted with permission from RFE/RL", "© dpa-infocom"): the line leaves the body, the
/// credit stays. Past the site's menus, an agency's name credits nothing.
pub(crate) const REPRINT_REACH: usize = 2;

/// What extraction found. Dates are ISO strings ("YYYY-MM-DD" or "YYYY-MM").
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    pub published: Option<String>,
    /// A date printed by the site chrome (header/footer), not the article's own.
    pub page_date: Option<String>,
    pub author: Option<String>,
    pub site: Option<String>,
    /// Language declared by the markup (`<html lang>`), if any.
    pub lang: Option<String>,
    /// Agencies credited in structured metadata; the text itself is searched later.
    pub sources: Vec<String>,
    pub body: Vec<String>,
    /// Blocks left out as boilerplate, with the reason, in document order.
    pub removed: Vec<Removed>,
    pub errors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub text: String,
    pub reason: String,
}

/// Metadata stated outside the article text (JSON dump fields).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub site: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
}

impl Article {
    /// Fills what extraction left empty from the container's metadata.
    pub fn fill_from(&mut self, meta: &Meta) {
        let fill = |slot: &mut Option<String>, v: &Option<String>| {
            if slot.is_none() {
                slot.clone_from(v);
            }
        };
        fill(&mut self.title, &meta.title);
        fill(&mut self.published, &meta.published);
        // (A dump's byline field may keep its "Par" / "By": the names alone, as from a page.)
        if self.author.is_none() {
            self.author = meta.author.as_deref().map(|a| meta::clean_author(a).join(", ")).filter(|a| !a.is_empty());
        }
        fill(&mut self.site, &meta.site);
        fill(&mut self.lang, &meta.lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dump_byline_field_gives_the_names_alone() {
        let mut a = Article::default();
        a.fill_from(&Meta { author: Some("Par Luc Moreau et Anne Roy".into()), ..Meta::default() });
        assert_eq!(a.author.as_deref(), Some("Luc Moreau, Anne Roy"));
        // What the article itself names stays.
        a.fill_from(&Meta { author: Some("By Jane Doe".into()), ..Meta::default() });
        assert_eq!(a.author.as_deref(), Some("Luc Moreau, Anne Roy"));
    }
}
