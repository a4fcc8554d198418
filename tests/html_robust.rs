//! Hostile pages: deep nesting, giant attributes and comments, unclosed tags, empty input.
//! Each must return an Article (never panic) and finish quickly.

use revue::extract::html::extract;
use std::time::{Duration, Instant};

fn timed(html: &str) -> (revue::extract::Article, Duration) {
    let t = Instant::now();
    let a = extract(html);
    (a, t.elapsed())
}

#[test]
fn nested_100k_divs() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 12);
    html.push_str("<html><body>");
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str("<p>Deep inside, the article text finally appears, with commas, clauses, and enough words to count.</p>");
    for _ in 0..depth {
        html.push_str("</div>");
    }
    let (a, took) = timed(&html);
    assert!(took < Duration::from_secs(20), "took {took:?}");
    let _ = a.body;
}

#[test]
fn nested_100k_unclosed_inline_and_blocks() {
    let mut html = String::new();
    for i in 0..100_000 {
        html.push_str(if i % 3 == 0 { "<span>" } else if i % 3 == 1 { "<section>" } else { "<b>x " });
    }
    let (_a, took) = timed(&html);
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn five_mb_attribute_and_comment() {
    let big = "a".repeat(5 * 1024 * 1024);
    let html = format!(
        "<html><head><title>Big page | Site</title></head><body><div class=\"{big}\" data-x=\"{big}\"><!-- {big} --><p>The council voted on Tuesday, after a long debate, to rebuild the bridge over the river.</p></div></body></html>"
    );
    let (a, took) = timed(&html);
    assert!(took < Duration::from_secs(10), "took {took:?}");
    assert_eq!(a.body.len(), 1, "{:?}", a.body);
    assert!(a.body[0].starts_with("The council voted"));
}

#[test]
fn unterminated_comment_and_script() {
    let (a, _) = timed("<p>Before the comment, a real sentence about the harbour, the ships and the weather.</p><!-- never closed <p>hidden</p>");
    assert!(a.body.iter().all(|p| !p.contains("hidden")));
    let (a, _) = timed("<p>Text before the script, with, commas, and more words than needed.</p><script>var x = '<p>not text</p>';");
    assert!(a.body.iter().all(|p| !p.contains("not text")));
}

#[test]
fn empty_and_binaryish_pages() {
    for html in ["", "   ", "<html></html>", "<p>", "</p></div></body>", "<div><span></span></div>"] {
        let a = extract(html);
        assert!(a.body.is_empty(), "{html:?}");
        assert!(!a.errors.is_empty(), "no error for {html:?}");
    }
    for html in ["\u{0}\u{1}\u{2}", "<<<>>>", "<a href='", "<!--", "<script>", "&#xFFFFFFFF;&#0;&bogus;"] {
        let _ = extract(html);
    }
}
