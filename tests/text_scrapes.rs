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
