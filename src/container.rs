//! Unpacks one input file into the documents it holds: a page or scrape is one document, a
//! JSON/JSONL dump one per record, a zip archive whatever its entries hold.
//! (Interface; the full implementation lands with issue 3/8.)

use crate::decode;
use crate::extract::Meta;
use crate::sniff::{self, Format};

/// One article-to-be, before extraction.
#[derive(Debug)]
pub struct Document {
    /// The file name as given (zip entries: `archive.zip!/inner/name.html`).
    pub name: String,
    /// Index of the article inside a multi-article file, else 0.
    pub record: usize,
    /// The detected format, for the record's `format` field.
    pub format: &'static str,
    pub body: DocBody,
    /// Metadata stated by the container itself (JSON fields).
    pub meta: Meta,
    pub errors: Vec<String>,
}

#[derive(Debug)]
pub enum DocBody {
    Html(String),
    /// Plain text; `clean` when a dump says it is already the article text.
    Text { text: String, clean: bool },
    /// Nothing could be read; `errors` says why.
    Failed,
}

pub fn unpack(name: &str, bytes: &[u8]) -> Vec<Document> {
    let doc = |format: &'static str, body: DocBody, errors: Vec<String>| Document {
        name: name.to_string(),
        record: 0,
        format,
        body,
        meta: Meta::default(),
        errors,
    };
    match sniff::sniff(name, bytes) {
        Format::Empty => vec![doc("empty", DocBody::Failed, vec!["empty file".into()])],
        Format::Binary(kind) => vec![doc(kind, DocBody::Failed, vec![format!("not an article: {kind} file")])],
        Format::Html => {
            let d = decode::decode(bytes);
            vec![doc("html", DocBody::Html(d.text), d.errors)]
        }
        _ => {
            let d = decode::decode(bytes);
            vec![doc("text", DocBody::Text { text: d.text, clean: false }, d.errors)]
        }
    }
}
