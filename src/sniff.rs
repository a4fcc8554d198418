//! Tells what a file is from its bytes first and its name second.
//!
//! Names lie (a `.txt` that is a saved page, a `.html` that is a PNG); magic numbers and the
//! shape of the first kilobytes do not. The name only breaks ties (`.jsonl` vs `.json`).

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
    /// A web archive saved as MIME (`.mht`, `.mhtml`): its HTML part is the page.
    Mhtml,
    /// A page written as Markdown by a reader service or a converter (`.md`, or Markdown's
    /// links and headers inside).
    Markdown,
}

/// Magic numbers of files that hold no article, with what to call them in an error.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"BM", "BMP image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"\x7FELF", "executable (ELF)"),
    (b"MZ", "executable (Windows)"),
    (b"\xCF\xFA\xED\xFE", "executable (Mach-O)"),
    (b"\xCA\xFE\xBA\xBE", "executable or Java class"),
    (b"\x00asm", "WebAssembly module"),
    (b"\x1F\x8B", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xFD7zXZ\x00", "xz archive"),
    (b"\x28\xB5\x2F\xFD", "zstd archive"),
    (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\xD0\xCF\x11\xE0", "legacy Office document"),
    (b"{\\rtf", "RTF document"),
    (b"%!PS", "PostScript document"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x1A\x45\xDF\xA3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
];

pub fn sniff(name: &str, bytes: &[u8]) -> Format {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Format::Empty;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return match office_kind(bytes) {
            Some(kind) => Format::Binary(kind),
            None => Format::Zip,
        };
    }
    // Short printable magics ("BM", "MZ", "ID3") also start ordinary words: ask for a NUL.
    let has_nul = bytes[..bytes.len().min(64)].contains(&0);
    for (magic, kind) in MAGIC {
        let ambiguous = magic.len() < 4 && magic.iter().all(|b| b.is_ascii_graphic());
        if bytes.starts_with(magic) && (!ambiguous || has_nul) {
            return Format::Binary(kind);
        }
    }
    if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" {
        return Format::Binary(match &bytes[8..12] {
            b"WEBP" => "WebP image",
            b"WAVE" => "WAV audio",
            b"AVI " => "AVI video",
            _ => "RIFF media",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Format::Binary("MP4/QuickTime media");
    }
    // Text from here on: look at the first characters, decoded as the whole file would be.
    let head_bytes = &bytes[..bytes.len().min(8192)];
    let head = crate::decode::decode(head_bytes).text;
    if head.chars().all(|c| c.is_whitespace() || c == '\u{FEFF}') {
        return Format::Empty;
    }
    if looks_binary(&head) {
        return Format::Binary("binary data");
    }
    let trimmed = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let head_end = trimmed.bytes().enumerate().filter(|&(_, b)| is_char_start(b)).nth(4096).map_or(trimmed.len(), |(i, _)| i);
    // Every mark looked for below is ASCII: ASCII lower case finds the same ones, and costs a
    // fraction of Unicode lower case on a head of accented or non-Latin text.
    let lower = trimmed[..head_end].to_ascii_lowercase();
    let lname = name.to_ascii_lowercase();
    if is_mhtml(&lower) {
        return Format::Mhtml;
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return json_kind(&lname, bytes);
    }
    if looks_html(&lower) {
        return Format::Html;
    }
    if lname.ends_with(".md") || lname.ends_with(".markdown") || looks_markdown(&trimmed[..head_end]) {
        return Format::Markdown;
    }
    Format::Text
}

/// Whether `head` (a file's first characters) is a Markdown dump: a reader service's header
/// (Jina Reader's), YAML front matter with a title, or links in Markdown's form on several
/// lines (a text scrape never writes `](http`).
pub(crate) fn looks_markdown(head: &str) -> bool {
    let yaml_title = || {
        let inner = head.strip_prefix("---\n").or_else(|| head.strip_prefix("---\r\n"));
        inner.is_some_and(|i| i.lines().take(HEADER_LINES).take_while(|l| l.trim_end() != "---").any(|l| l.to_ascii_lowercase().starts_with("title:")))
    };
    jina_header(head) || yaml_title() || head.lines().filter(|l| l.contains("](http") || l.contains("](/")).take(MARKDOWN_LINK_LINES).count() >= MARKDOWN_LINK_LINES
}

/// Lines with a Markdown link that make a text Markdown.
const MARKDOWN_LINK_LINES: usize = 3;

/// Lines of a reader service's header or of front matter read at most.
pub(crate) const HEADER_LINES: usize = 30;

/// Jina Reader's header: "Title: …" first, "Markdown Content:" a few lines under it.
pub(crate) fn jina_header(head: &str) -> bool {
    head.starts_with("Title:") && head.lines().take(HEADER_LINES).any(|l| l.trim() == "Markdown Content:")
}

/// Office/OpenDocument/EPUB files are zips with a telltale first entry.
fn office_kind(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(2048)];
    let has = |n: &[u8]| head.windows(n.len()).any(|w| w == n);
    if has(b"[Content_Types].xml") || has(b"word/") || has(b"xl/") || has(b"ppt/") {
        Some("Office document")
    } else if has(b"mimetypeapplication/vnd.oasis") {
        Some("OpenDocument file")
    } else if has(b"mimetypeapplication/epub") {
        Some("EPUB book")
    } else {
        None
    }
}

/// Control characters other than tab/newline/form feed are rare in text and common in binary.
/// Counted on the bytes (a character is a byte that is no continuation byte, a control
/// character one byte; U+FFFD found by `str::matches`): the same counts as over the
/// characters, in loops the compiler vectorises.
fn looks_binary(head: &str) -> bool {
    let b = head.as_bytes();
    let n = b.iter().filter(|&&x| is_char_start(x)).count();
    let controls = b.iter().filter(|&&x| x < b' ' && !matches!(x, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    let replacements = head.matches('\u{FFFD}').count();
    n > 0 && (controls + replacements) * 10 > n
}

/// Whether a byte of UTF-8 starts a character (is no continuation byte).
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

fn is_mhtml(lower: &str) -> bool {
    let header_end = lower.find("\n\n").or_else(|| lower.find("\r\n\r\n")).unwrap_or(lower.len());
    let headers = &lower[..header_end];
    (headers.starts_with("from:") || headers.starts_with("mime-version:") || headers.starts_with("subject:") || headers.starts_with("date:") || headers.starts_with("snapshot-content-location:") || headers.starts_with("content-type:"))
        && headers.contains("multipart/related")
}

fn looks_html(lower: &str) -> bool {
    const DOC_MARKS: &[&str] = &["<!doctype html", "<html", "<head>", "<head ", "<body", "<?xml-stylesheet"];
    const TAGS: &[&str] = &["<meta", "<title", "<div", "<p>", "<p ", "<article", "<section", "<h1", "<h2", "<table", "<span", "<a href", "<br", "<!--", "<script", "<link", "<ul", "<img"];
    if DOC_MARKS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    if lower.starts_with("<?xml") && lower.contains("xhtml") {
        return true;
    }
    // A fragment: starts with a tag and holds several more.
    lower.starts_with('<') && TAGS.iter().filter(|t| lower.contains(*t)).count() >= 2
}

/// One JSON document, or JSON Lines: several lines each holding a whole JSON value.
fn json_kind(lname: &str, bytes: &[u8]) -> Format {
    if lname.ends_with(".jsonl") || lname.ends_with(".ndjson") || lname.ends_with(".jsonlines") {
        return Format::Jsonl;
    }
    let text = String::from_utf8_lossy(bytes);
    let named_json = lname.ends_with(".json");
    if !named_json && !opens_with_json_value(&text) {
        return Format::Text;
    }
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("");
    let second = lines.next();
    // A first line that is a whole object, followed by another object line: JSON Lines
    // (pretty-printed JSON has "{" alone on its first line).
    if second.map(|s| s.starts_with('{')).unwrap_or(false)
        && first.starts_with('{')
        && first.ends_with('}')
        && serde_json::from_str::<serde::de::IgnoredAny>(first).is_ok()
    {
        return Format::Jsonl;
    }
    Format::Json
}

/// Whether the text opens with a JSON value, or with the start of one cut short. A scrape may
/// begin with a bracketed menu ("[Docs] [txt|pdf] [Tracker]") or a "{...}" template line: only
/// a syntax error tells it from a JSON dump, and only a file not named .json gets that benefit
/// of the doubt (a broken .json is a broken JSON file, reported as such).
fn opens_with_json_value(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<serde::de::IgnoredAny>();
    match values.next() {
        Some(Ok(_)) | None => true,
        Some(Err(e)) => e.is_eof(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte counts of [`looks_binary`] are the character counts it stands for.
    #[test]
    fn binary_by_bytes_as_by_characters() {
        let by_chars = |s: &str| {
            let n = s.chars().count();
            let ctrl = s.chars().filter(|&c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0C')) || c == '\u{FFFD}').count();
            n > 0 && ctrl * 10 > n
        };
        let cases = ["", "plain text\n", "\u{1}\u{2}abc", "é\u{FFFD}\u{FFFD}ab", "ab\u{0}cdefghij", "ab\u{0}cdefghi", "日本語\u{FFFD}テキスト", "\t\r\n\x0C"];
        for s in cases {
            assert_eq!(looks_binary(s), by_chars(s), "{s:?}");
        }
        assert!(looks_binary("\u{FFFD}\u{FFFD}\u{FFFD}abc") && !looks_binary("\u{FFFD} and nine more letters of text"));
    }

    #[test]
    fn by_content_not_name() {
        assert_eq!(sniff("a.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>"), Format::Html);
        assert_eq!(sniff("a.html", b"\x89PNG\r\n\x1a\n\0\0\0"), Format::Binary("PNG image"));
        assert_eq!(sniff("a.html", b"Just some words.\nAnd more."), Format::Text);
        assert_eq!(sniff("a.txt", b"{\"a\":1}\n{\"a\":2}\n"), Format::Jsonl);
        assert_eq!(sniff("a.txt", b"{\n \"a\": 1\n}\n"), Format::Json);
        assert_eq!(sniff("a.txt", b"  \n\t "), Format::Empty);
        // Brackets that open a scrape's menu line are not JSON; a cut-off dump still is.
        assert_eq!(sniff("draft.txt", b"[Docs] [txt|pdf] [Tracker]\nINTERNET DRAFT\n"), Format::Text);
        assert_eq!(sniff("a.txt", b"{{ template }}\nSome text.\n"), Format::Text);
        assert_eq!(sniff("a.txt", b"[{\"title\": \"cut"), Format::Json);
        assert_eq!(sniff("a.json", b"[Docs] not json"), Format::Json);
    }
}
