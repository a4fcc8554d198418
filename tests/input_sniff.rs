//! File kinds come from content first: names lie.

use revue::sniff::{sniff, Format};

#[test]
fn html_named_txt_is_html() {
    assert_eq!(sniff("page.txt", b"\n  <!DOCTYPE html>\n<html lang=fr><head><title>x</title></head><body><p>Bonjour</p></body></html>"), Format::Html);
    assert_eq!(sniff("page.txt", b"<div class=a><p>Un paragraphe.</p><p>Un autre.</p></div>"), Format::Html);
}

#[test]
fn png_named_html_is_binary() {
    assert!(matches!(sniff("page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Format::Binary(k) if k.contains("PNG")));
}

#[test]
fn pdf_and_other_binaries() {
    assert!(matches!(sniff("a.txt", b"%PDF-1.7\n%\xe2\xe3"), Format::Binary(k) if k.contains("PDF")));
    assert!(matches!(sniff("a.html", b"\x1f\x8b\x08\x00\x00\x00"), Format::Binary(k) if k.contains("gzip")));
    assert!(matches!(sniff("a", b"\x7fELF\x02\x01\x01\x00"), Format::Binary(_)));
    let noise: Vec<u8> = (0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    assert!(matches!(sniff("a.txt", &noise), Format::Binary(_)));
}

#[test]
fn text_starting_like_a_magic_stays_text() {
    assert_eq!(sniff("a.txt", b"BMW annonce un rappel de 200 000 voitures."), Format::Text);
    assert_eq!(sniff("a.txt", b"MZ Zeitung: un article."), Format::Text);
}

#[test]
fn empty_and_whitespace() {
    assert_eq!(sniff("a.txt", b""), Format::Empty);
    assert_eq!(sniff("a.txt", b" \n\t\r\n"), Format::Empty);
    assert_eq!(sniff("a.txt", b"\xEF\xBB\xBF  \n"), Format::Empty);
}

#[test]
fn json_and_jsonl() {
    assert_eq!(sniff("a.json", b"[{\"text\": \"x\"}]"), Format::Json);
    assert_eq!(sniff("a.jsonl", b"{\"text\": \"x\"}\n{\"text\": \"y\"}"), Format::Jsonl);
    assert_eq!(sniff("dump", b"{\"text\": \"x\"}\n{\"text\": \"y\"}\n"), Format::Jsonl);
    assert_eq!(sniff("a.txt", b"{\n  \"text\": \"x\"\n}"), Format::Json);
}

#[test]
fn utf16_html_is_html() {
    let le: Vec<u8> = "<!DOCTYPE html><html><body><p>été</p></body></html>".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    assert_eq!(sniff("a.htm", &le), Format::Html);
}

#[test]
fn mhtml() {
    let m = b"From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n------B\r\nContent-Type: text/html\r\n\r\n<html></html>\r\n------B--\r\n";
    assert_eq!(sniff("a.mhtml", m), Format::Mhtml);
}

/// Markdown by its name, or by what a reader service writes (its header, links in
/// Markdown's form); a scrape with a bracket or a bullet is still a scrape.
#[test]
fn markdown() {
    assert_eq!(sniff("page.md", b"Un article sans lien."), Format::Markdown);
    assert_eq!(sniff("page.txt", b"Title: Bakou\n\nURL Source: https://example.com/a\n\nMarkdown Content:\n# Bakou\n"), Format::Markdown);
    assert_eq!(sniff("page.txt", b"---\ntitle: Bakou\ndate: 2023-09-20\n---\n\nLe texte.\n"), Format::Markdown);
    let links = b"*   [Accueil](https://example.com/)\n*   [Monde](https://example.com/monde)\n*   [Sport](https://example.com/sport)\n\nLe texte.";
    assert_eq!(sniff("page.txt", links), Format::Markdown);
    assert_eq!(sniff("page.txt", b"Accueil\n* Flash info\nLe ministre a dit [sic] que tout allait bien.\n---\n"), Format::Text);
}
