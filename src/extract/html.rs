//! Article extraction from HTML pages.
//! (Interface; the full implementation lands with issue 3.)

use super::Article;

pub fn extract(html: &str) -> Article {
    let re_p = regex::Regex::new(r"(?is)<p[^>]*>(.*?)</p>").unwrap();
    let re_tag = regex::Regex::new(r"(?s)<[^>]*>").unwrap();
    let re_title = regex::Regex::new(r"(?is)<title[^>]*>(.*?)</title>").unwrap();
    let body = re_p
        .captures_iter(html)
        .map(|c| re_tag.replace_all(&c[1], "").trim().to_string())
        .filter(|p| p.len() > 40)
        .collect();
    let title = re_title.captures(html).map(|c| c[1].trim().to_string());
    Article { title, body, ..Article::default() }
}
