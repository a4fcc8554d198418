//! Scrapes of other sites (tests/fixtures/text/README.md): the headline, not the standfirst
//! printed under it, even though the standfirst shares more of the article's words.

use revue::extract::text::{extract, Memory};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/text/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

#[test]
fn headline_above_its_standfirst() {
    for (file, title) in [
        ("scrape_ca_NationalPost_2024_08_12.txt", "Brett Belchetz: The Canadian Medical Association is the real threat to health-care access"),
        ("scrape_us_WashingtonPost_2024_04_26.txt", "Strong tornadoes possible in severe storm outbreak in central states"),
    ] {
        let a = extract(&fixture(file), &Memory::default());
        assert_eq!(a.title.as_deref(), Some(title), "{file}");
        assert!(!a.body.is_empty(), "{file}: no body");
    }
}

/// The story's first paragraphs sit above an "Other news" box of teasers, the rest below it:
/// the article starts above the box (and so does its headline), and the box is left out.
#[test]
fn article_begins_above_a_teaser_box() {
    let a = extract(&fixture("scrape_us_APNews_2023_07_11.txt"), &Memory::default());
    assert_eq!(a.title.as_deref(), Some("Microsoft can move ahead with record $69 billion acquisition of Activision Blizzard, judge rules"));
    assert!(a.body.iter().any(|p| p.starts_with("A federal judge has handed Microsoft a major victory")), "{:?}", &a.body[..2]);
    assert!(a.body.iter().any(|p| p.starts_with("Microsoft appeared to have the upper hand")));
    assert!(!a.body.iter().any(|p| p.contains("Amazon pushes back against Europe")), "teaser kept");
}
