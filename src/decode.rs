//! Bytes to text: BOMs, UTF-16, declared and detected legacy charsets.
//!
//! The order of evidence follows browsers: a byte-order mark wins; then UTF-16 without BOM is
//! recognised by its NUL-byte pattern; then valid UTF-8 stays UTF-8 whatever a page declares
//! (a mislabelled `<meta charset=iso-8859-1>` on UTF-8 text is common, the reverse is
//! impossible); then a charset declared in the first bytes (`<meta charset>`, `http-equiv`,
//! XML declaration, as the HTML5 prescan); then chardetng's guess. A file that is UTF-8 with a
//! few stray legacy bytes (a cp1252 paste into a UTF-8 page) keeps its UTF-8 and has the stray
//! bytes read as windows-1252, reported in `errors`.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How many leading bytes are searched for a declared charset (the HTML5 prescan reads 1024;
/// real pages put long scripts first, so we read further).
pub const PRESCAN_BYTES: usize = 4096;
/// How many bytes chardetng reads to guess a legacy encoding (enough to be sure, bounded time).
pub const DETECT_BYTES: usize = 1 << 20;

pub struct Decoded {
    pub text: String,
    /// The encoding used, by its WHATWG name.
    pub encoding: &'static str,
    /// Problems met (undecodable bytes ...), for the record's `errors`.
    pub errors: Vec<String>,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(enc, &bytes[bom_len..], Vec::new());
    }
    if let Some(enc) = utf16_by_nul_pattern(bytes) {
        return decode_with(enc, bytes, Vec::new());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded { text: s.to_string(), encoding: UTF_8.name(), errors: Vec::new() };
    }
    let declared = declared_charset(bytes);
    let utf8_shape = utf8_shape(bytes);
    // Mostly-valid UTF-8: a UTF-8 file with stray legacy bytes. Declared UTF-8 counts too.
    let declared_utf8 = declared.map(|e| e == UTF_8).unwrap_or(false);
    // Legacy text almost never forms valid multi-byte UTF-8 sequences by chance ("Ã©").
    if utf8_shape.valid_multibyte > 0 && (utf8_shape.valid_multibyte >= 2 && utf8_shape.invalid <= utf8_shape.valid_multibyte * 2 || declared_utf8)
        || declared_utf8 && utf8_shape.valid_multibyte == 0 && utf8_shape.invalid == 0
    {
        return decode_mixed_utf8(bytes, utf8_shape.invalid);
    }
    if let Some(enc) = declared.filter(|e| *e != UTF_8) {
        return decode_with(enc, bytes, Vec::new());
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(&bytes[..bytes.len().min(DETECT_BYTES)], bytes.len() <= DETECT_BYTES);
    let guess = det.guess(None, true);
    // chardetng only answers UTF-8 when told to allow it; invalid UTF-8 is never UTF-8 here.
    let enc = if guess == UTF_8 { WINDOWS_1252 } else { guess };
    decode_with(enc, bytes, Vec::new())
}

fn decode_with(enc: &'static Encoding, bytes: &[u8], mut errors: Vec<String>) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    if had_errors {
        // The source cannot hold U+FFFD in a legacy charset; in UTF-8/16 it could, so count
        // only the replacements that decoding added.
        let in_source = if enc == UTF_8 { count_fffd_utf8(bytes) } else { 0 };
        let n = text.chars().filter(|&c| c == '\u{FFFD}').count().saturating_sub(in_source);
        errors.push(format!("{} undecodable {} replaced ({})", n.max(1), plural(n.max(1), "byte"), enc.name()));
    }
    Decoded { text, encoding: enc.name(), errors }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

fn count_fffd_utf8(bytes: &[u8]) -> usize {
    bytes.windows(3).filter(|w| *w == [0xEF, 0xBF, 0xBD]).count()
}

/// UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for p in head.chunks_exact(2) {
        even_nul += (p[0] == 0) as usize;
        odd_nul += (p[1] == 0) as usize;
    }
    // Latin text in UTF-16: most pairs have one NUL, on the same side; binary noise has both.
    if odd_nul * 10 >= pairs * 3 && even_nul * 20 <= pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 3 && odd_nul * 20 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

struct Utf8Shape {
    valid_multibyte: usize,
    invalid: usize,
}

/// Counts well-formed multi-byte UTF-8 sequences and invalid bytes, in one pass.
fn utf8_shape(bytes: &[u8]) -> Utf8Shape {
    let mut shape = Utf8Shape { valid_multibyte: 0, invalid: 0 };
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                shape.valid_multibyte += s.bytes().filter(|b| *b >= 0xC0).count();
                return shape;
            }
            Err(e) => {
                let good = e.valid_up_to();
                shape.valid_multibyte += rest[..good].iter().filter(|b| **b >= 0xC0).count();
                let bad = e.error_len().unwrap_or(rest.len() - good);
                shape.invalid += bad;
                rest = &rest[good + bad..];
            }
        }
    }
}

/// UTF-8 text with some invalid bytes: each invalid byte is read as windows-1252 (the usual
/// culprit: a cp1252 paste), so "caf\xE9" becomes "café" rather than "caf\u{FFFD}".
fn decode_mixed_utf8(bytes: &[u8], invalid: usize) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + invalid * 2);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // Safe: from_utf8 validated this prefix.
                text.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                let (legacy, _) = WINDOWS_1252.decode_without_bom_handling(&rest[good..good + bad]);
                text.push_str(&legacy);
                rest = &rest[good + bad..];
            }
        }
    }
    let mut errors = Vec::new();
    if invalid > 0 {
        errors.push(format!(
            "mixed encodings: {invalid} {} not valid UTF-8 read as windows-1252",
            plural(invalid, "byte")
        ));
    }
    Decoded { text, encoding: UTF_8.name(), errors }
}

/// The charset a document declares in its first bytes: `<meta charset=...>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">` or `<?xml encoding="..."?>`.
/// A declared UTF-16 means UTF-8 (HTML5: the declaration is in ASCII-compatible bytes).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"<?xml") {
        let end = find(&lower, b"?>", 0).unwrap_or(lower.len());
        if let Some(p) = find(&lower[..end], b"encoding", 0) {
            if let Some(enc) = label_after(&head[p + 8..end]) {
                return Some(utf16_to_utf8(enc));
            }
        }
    }
    let mut from = 0;
    while let Some(m) = find(&lower, b"<meta", from) {
        let end = find(&lower, b">", m).unwrap_or(lower.len());
        let tag = &lower[m..end];
        if let Some(p) = find(tag, b"charset", 0) {
            if let Some(enc) = label_after(&head[m + p + 7..end]) {
                return Some(utf16_to_utf8(enc));
            }
        }
        from = end.max(m + 5);
    }
    None
}

fn utf16_to_utf8(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16BE || enc == UTF_16LE {
        UTF_8
    } else {
        enc
    }
}

/// Reads `= "label"` (quotes optional) and resolves the label.
fn label_after(s: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < s.len() && (s[i].is_ascii_whitespace() || s[i] == b'=' || s[i] == b'"' || s[i] == b'\'') {
        i += 1;
    }
    let start = i;
    while i < s.len() && (s[i].is_ascii_alphanumeric() || matches!(s[i], b'-' | b'_' | b':' | b'.')) {
        i += 1;
    }
    Encoding::for_label(&s[start..i])
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from >= hay.len() || needle.is_empty() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// HTML character references left in a text ("l&#8217;Arménie", "&laquo; … &raquo;",
/// "&amp;"), as scrapers and dumps keep them (WordPress's API writes its titles so): the
/// characters they stand for. Only whole references, closed by their ";", are read; any other
/// "&" stays.
pub fn char_refs(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let (mut out, mut rest, mut changed) = (String::with_capacity(text.len()), text, false);
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let name = after.bytes().take(MAX_REF_NAME + 1).position(|b| b == b';').map(|semi| &after[..semi]);
        match name.filter(|n| n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#')).and_then(reference) {
            Some((a, b)) => {
                out.push(a);
                out.extend(b);
                rest = &after[name.map_or(0, str::len) + 1..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The longest reference name read ("CounterClockwiseContourIntegral" has 31 letters).
const MAX_REF_NAME: usize = 32;

/// The character (or two) a reference's name stands for: "#8217", "#x2019", "rsquo".
fn reference(name: &str) -> Option<(char, Option<char>)> {
    if let Some(num) = name.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(value).filter(|&c| c != '\0').map(|c| (c, None));
    }
    let (a, b) = *html5ever::data::NAMED_ENTITIES.get(format!("{name};").as_str())?;
    Some((char::from_u32(a)?, char::from_u32(b).filter(|&c| c != '\0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_references() {
        assert_eq!(char_refs("l&#8217;Arménie &laquo;&nbsp;neutre&nbsp;&raquo; &amp; Bakou &#x2019;"), "l’Arménie «\u{a0}neutre\u{a0}» & Bakou ’");
        // An "&" that starts no whole reference stays.
        for text in ["AT&T et R&D", "Tom & Jerry", "&#;", "&nosuchentity;", "&amp"] {
            assert_eq!(char_refs(text), text);
        }
        assert!(matches!(char_refs("rien à lire"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn meta_charset_found() {
        assert_eq!(declared_charset(b"<html><head><meta charset=\"iso-8859-1\">").map(|e| e.name()), Some("windows-1252"));
        assert_eq!(
            declared_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>").map(|e| e.name()),
            Some("windows-1251")
        );
        assert_eq!(declared_charset(b"<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>").map(|e| e.name()), Some("ISO-8859-15"));
        assert_eq!(declared_charset(b"<p>no meta</p>"), None);
    }

    #[test]
    fn nul_pattern() {
        let le: Vec<u8> = "Bonjour le monde".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(utf16_by_nul_pattern(&le), Some(UTF_16LE));
        let be: Vec<u8> = "Bonjour le monde".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(utf16_by_nul_pattern(&be), Some(UTF_16BE));
        assert_eq!(utf16_by_nul_pattern(b"plain ascii text"), None);
    }
}
