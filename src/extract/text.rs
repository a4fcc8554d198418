//! Article extraction from plain-text scrapes.
//! (Interface; the full implementation lands with issue 3.)

use super::Article;

/// Lines seen across the files of a corpus: a line met in several files is boilerplate.
#[derive(Default, Clone)]
pub struct Memory {}

impl Memory {
    pub fn observe(&mut self, _text: &str) {}
}

pub fn extract(text: &str, _memory: &Memory) -> Article {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let body: Vec<String> = lines.iter().filter(|l| l.chars().count() > 120).map(|l| l.to_string()).collect();
    let title = lines.iter().find(|l| l.chars().count() > 30).map(|l| l.to_string());
    Article { title, body, ..Article::default() }
}

/// Text a dump already gives as the article: paragraphs are its non-empty lines.
pub fn from_clean(text: &str) -> Article {
    let body = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
    Article { body, ..Article::default() }
}
