//! Containers: JSON and JSON Lines dumps, zip archives (nested, bombs, names), binaries.

use revue::container::{unpack, DocBody, Document, MAX_RATIO};
use std::io::Write;
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, opts).expect("start");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

fn text_of(d: &Document) -> &str {
    match &d.body {
        DocBody::Text { text, .. } => text,
        DocBody::Html(h) => h,
        DocBody::Failed => "",
    }
}

#[test]
fn jsonl_with_a_broken_line() {
    let dump = b"{\"title\": \"Un\", \"text\": \"Premier article.\"}\n{\"title\": \"Deux\", \"text\": \"Deuxi\n{\"title\": \"Trois\", \"text\": \"Troisi\xc3\xa8me article.\"}\n";
    let docs = unpack("dump.jsonl", dump);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs.iter().map(|d| d.record).collect::<Vec<_>>(), vec![0, 1, 2]);
    assert_eq!(text_of(&docs[0]), "Premier article.");
    assert!(matches!(docs[1].body, DocBody::Failed));
    assert!(docs[1].errors[0].contains("line 2"), "{:?}", docs[1].errors);
    assert_eq!(docs[2].meta.title.as_deref(), Some("Trois"));
    assert!(docs[0].errors.is_empty() && docs[2].errors.is_empty());
}

#[test]
fn json_array_of_articles_with_common_field_names() {
    let dump = r#"[
      {"headline": "Titre A", "maintext": "Texte A.", "date_publish": "2023-09-19 10:00:00", "authors": ["Jean Dupont", "Marie Curie"], "source_domain": "example.fr", "language": "fr"},
      {"title": {"rendered": "Titre B"}, "content": {"rendered": "<p>Texte B.</p>"}, "datePublished": "Tue, 19 Sep 2023 10:00:00 +0000", "author": {"name": "Ann"}, "url": "https://www.news.example.com/a/b"},
      {"title": "Sans texte"}
    ]"#;
    let docs = unpack("dump.json", dump.as_bytes());
    assert_eq!(docs.len(), 3);
    let a = &docs[0];
    assert_eq!((a.record, a.format), (0, "json"));
    assert!(matches!(&a.body, DocBody::Text { text, clean: true } if text == "Texte A."));
    assert_eq!(a.meta.title.as_deref(), Some("Titre A"));
    assert_eq!(a.meta.published.as_deref(), Some("2023-09-19"));
    assert_eq!(a.meta.author.as_deref(), Some("Jean Dupont, Marie Curie"));
    assert_eq!(a.meta.site.as_deref(), Some("example.fr"));
    assert_eq!(a.meta.lang.as_deref(), Some("fr"));
    let b = &docs[1];
    assert_eq!(b.record, 1);
    assert!(matches!(&b.body, DocBody::Html(h) if h.contains("<p>Texte B.</p>")));
    assert_eq!(b.meta.title.as_deref(), Some("Titre B"));
    assert_eq!(b.meta.published.as_deref(), Some("2023-09-19"));
    assert_eq!(b.meta.author.as_deref(), Some("Ann"));
    assert_eq!(b.meta.site.as_deref(), Some("news.example.com"));
    assert!(matches!(docs[2].body, DocBody::Failed) && !docs[2].errors.is_empty());
}

/// A home-made French export names its fields in French: they are read as their English
/// names are.
#[test]
fn json_fields_named_in_french() {
    let dump = r#"{"titre": "Erevan accuse Bakou", "contenu": "Le ministère arménien a accusé mercredi l'Azerbaïdjan.", "auteur": "Anna Petrossian", "date_publication": "14/09/2022", "journal": "Nouvelles d'Arménie", "lien": "https://www.example.am/a", "langue": "fr"}"#;
    let docs = unpack("export.json", dump.as_bytes());
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert!(matches!(&d.body, DocBody::Text { text, .. } if text.starts_with("Le ministère arménien")), "{:?}", d.body);
    assert_eq!(d.meta.title.as_deref(), Some("Erevan accuse Bakou"));
    assert_eq!(d.meta.author.as_deref(), Some("Anna Petrossian"));
    assert_eq!(d.meta.published.as_deref(), Some("2022-09-14"));
    assert_eq!(d.meta.site.as_deref(), Some("Nouvelles d'Arménie"));
    assert_eq!(d.meta.lang.as_deref(), Some("fr"));
}

#[test]
fn json_object_holding_articles_and_contract_records() {
    let dump = r#"{"status": "ok", "articles": [{"title": "A", "text": "Un."}, {"title": "B", "text": "Deux."}]}"#;
    let docs = unpack("feed.json", dump.as_bytes());
    assert_eq!(docs.iter().map(|d| text_of(d)).collect::<Vec<_>>(), vec!["Un.", "Deux."]);
    // A Revue record fed back: its body paragraphs, not its title+body text.
    let rec = r#"{"file": "x.txt", "record": 0, "title": "T", "body": ["P1", "P2"], "text": "T\n\nP1\n\nP2", "published": "2024-04-13"}"#;
    let docs = unpack("stdin.jsonl#0", rec.as_bytes());
    assert_eq!(docs.len(), 1);
    assert!(matches!(&docs[0].body, DocBody::Text { text, clean: true } if text == "P1\nP2"));
    assert_eq!(docs[0].meta.title.as_deref(), Some("T"));
    assert_eq!(docs[0].meta.published.as_deref(), Some("2024-04-13"));
}

#[test]
fn json_fields_grouped_inside_a_record() {
    // The Guardian's content API (`fields`), a scraper's `meta` with its body as `{"html": ...}`,
    // and a tool that names the page's address its "source".
    let dump = r#"{"response": {"status": "ok", "results": [
      {"id": "world/1", "webTitle": "Armenia votes", "webPublicationDate": "2024-03-13T08:00:00Z", "webUrl": "https://www.theguardian.com/world/1", "fields": {"bodyText": "Armenians voted on Sunday.", "byline": "Jane Doe"}},
      {"id": 2, "meta": {"title": "Titre deux", "published": "12/03/2024"}, "body": {"html": "<p>Premier paragraphe.</p>"}},
      {"title": "Trois", "text": "Texte trois.", "source": "https://armenews.com/a/b", "date": "2022-09-14"}
    ]}}"#;
    let docs = unpack("guardian.json", dump.as_bytes());
    assert_eq!(docs.len(), 3, "{docs:?}");
    assert_eq!(text_of(&docs[0]), "Armenians voted on Sunday.");
    assert_eq!(docs[0].meta.title.as_deref(), Some("Armenia votes"));
    assert_eq!(docs[0].meta.published.as_deref(), Some("2024-03-13"));
    assert_eq!(docs[0].meta.author.as_deref(), Some("Jane Doe"));
    assert_eq!(docs[0].meta.site.as_deref(), Some("theguardian.com"));
    assert!(matches!(&docs[1].body, DocBody::Html(h) if h.contains("Premier paragraphe")));
    assert_eq!(docs[1].meta.title.as_deref(), Some("Titre deux"));
    assert_eq!(docs[2].meta.site.as_deref(), Some("armenews.com"));
}

#[test]
fn a_news_api_cut_mark_is_not_text() {
    let dump = r#"{"articles": [{"title": "A", "content": "Le président a été réélu mercredi pour un cinquième mandat. [+2345 chars]"}]}"#;
    let docs = unpack("newsapi.json", dump.as_bytes());
    assert_eq!(text_of(&docs[0]), "Le président a été réélu mercredi pour un cinquième mandat.");
}

#[test]
fn broken_and_too_deep_json_are_error_records() {
    let docs = unpack("a.json", b"{\"text\": \"unterminated");
    assert_eq!(docs.len(), 1);
    assert!(docs[0].errors[0].contains("invalid JSON"));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let docs = unpack("deep.json", deep.as_bytes());
    assert_eq!(docs.len(), 1);
    assert!(!docs[0].errors.is_empty());
}

#[test]
fn zip_entry_names_and_nesting() {
    let inner = zip_of(&[("deep/article.txt", "Un article dans un zip dans un zip.".as_bytes())]);
    let outer = zip_of(&[
        ("pages/a.html", b"<html><body><p>Bonjour</p></body></html>"),
        ("../../etc/passwd", b"just a name"),
        ("__MACOSX/._a.html", b"\x00\x05\x16\x07"),
        ("inner.zip", &inner),
        ("empty.txt", b""),
    ]);
    let docs = unpack("archive.zip", &outer);
    let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["archive.zip!/pages/a.html", "archive.zip!/../../etc/passwd", "archive.zip!/inner.zip!/deep/article.txt", "archive.zip!/empty.txt"]
    );
    assert_eq!(docs[0].format, "html");
    assert_eq!(text_of(&docs[2]), "Un article dans un zip dans un zip.");
    assert!(docs[3].errors.iter().any(|e| e.contains("empty")));
}

#[test]
fn zip_bomb_is_bounded_and_reported() {
    let zeros = vec![b' '; 40 << 20];
    let bomb = zip_of(&[("bomb.txt", &zeros), ("ok.txt", b"Un vrai texte.")]);
    assert!(bomb.len() * MAX_RATIO < zeros.len(), "the test entry must exceed the ratio");
    let docs = unpack("bomb.zip", &bomb);
    assert_eq!(docs.len(), 2);
    assert!(docs[0].errors.iter().any(|e| e.contains("bomb")), "{:?}", docs[0].errors);
    assert_eq!(text_of(&docs[1]), "Un vrai texte.");
}

#[test]
fn nesting_is_bounded() {
    let mut z = zip_of(&[("a.txt", b"fond")]);
    for _ in 0..10 {
        z = zip_of(&[("z.zip", &z)]);
    }
    let docs = unpack("n.zip", &z);
    assert_eq!(docs.len(), 1);
    assert!(docs[0].errors.iter().any(|e| e.contains("nested")), "{:?}", docs[0].errors);
}

#[test]
fn binaries_and_empty_files_are_error_records() {
    let docs = unpack("report.pdf", b"%PDF-1.4\n...");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].errors, vec!["not an article: PDF document".to_string()]);
    let docs = unpack("x.txt", b"");
    assert!(matches!(docs[0].body, DocBody::Failed) && docs[0].errors[0].contains("empty"));
    assert!(unpack("garbage.zip", b"PK\x03\x04 not really a zip")[0].errors[0].contains("zip"));
}

#[test]
fn mhtml_html_part_is_decoded() {
    let m = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n------B\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>Bonjour l=C3=A0-bas, une tr=\r\ns longue ligne</p></body></html>\r\n------B--\r\n";
    let docs = unpack("page.mhtml", m.as_bytes());
    assert_eq!(docs[0].format, "mhtml");
    assert!(text_of(&docs[0]).contains("Bonjour là-bas, une trs longue ligne"), "{}", text_of(&docs[0]));
}
