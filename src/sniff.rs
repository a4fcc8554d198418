//! Tells what a file is from its bytes first and its name second.
//! (Interface; the full implementation lands with issue 3/8.)

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Html,
    Text,
    Json,
    Jsonl,
    Zip,
    /// A file that holds no article: "pdf", "png", "executable", ...
    Binary(&'static str),
    Empty,
}

pub fn sniff(name: &str, bytes: &[u8]) -> Format {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Format::Empty;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Format::Zip;
    }
    if bytes.starts_with(b"%PDF") {
        return Format::Binary("pdf");
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_lowercase();
    if head.contains("<html") || head.contains("<!doctype html") || name.ends_with(".html") || name.ends_with(".htm") {
        return Format::Html;
    }
    Format::Text
}
