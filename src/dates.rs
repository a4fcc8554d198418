//! Date expressions, resolved to calendar days.
//! (Interface; the full implementation lands with issue 5.)

pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub iso: Option<String>,
}

/// `anchor`: the article's date ("YYYY-MM-DD"), for relative expressions.
pub fn find_dates(text: &str, _lang: &str, _anchor: Option<&str>) -> Vec<DateMention> {
    let re = regex::Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").unwrap();
    re.find_iter(text).map(|m| DateMention { start: m.start(), end: m.end(), iso: Some(m.as_str().to_string()) }).collect()
}
