//! Unpacks one input file into the documents it holds: a page or scrape is one document, a
//! JSON/JSONL dump one per record, a zip archive whatever its entries hold.
//!
//! Every limit is an explicit constant below; reaching one adds an `errors` entry to the
//! record concerned and the rest of the file is still read. Nothing here fails a run.

use std::io::Read;

use serde_json::{Map, Value};

use crate::decode;
use crate::extract::Meta;
use crate::sniff::{self, Format};

mod markdown;

/// Largest file (or zip entry, once unpacked) that is analysed.
pub const MAX_FILE_SIZE: usize = 256 << 20;
/// Most entries read from one zip archive (nested archives count towards their own).
pub const MAX_ZIP_ENTRIES: usize = 10_000;
/// Most bytes unpacked from one top-level archive, nested archives included.
pub const MAX_UNPACKED_TOTAL: usize = 1 << 30;
/// Largest unpacked/packed ratio accepted for an entry bigger than [`RATIO_FLOOR`] bytes:
/// text compresses 5-20×; hundreds or thousands is a decompression bomb.
pub const MAX_RATIO: usize = 200;
/// Entries smaller than this are never judged by their ratio (a run of spaces is fine).
pub const RATIO_FLOOR: usize = 1 << 20;
/// Zips inside zips inside zips ... deeper than this are not opened.
pub const MAX_NESTING: usize = 4;
/// JSON nesting deeper than this is refused (serde_json's own recursion limit is 128).
pub const MAX_JSON_DEPTH: usize = 128;
/// Levels searched below the root of a JSON document for the array of articles.
const MAX_ARTICLE_SEARCH_DEPTH: usize = 4;

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

impl DocBody {
    /// A text as the extractor reads it: its HTML character references read ("l&#8217;Arménie",
    /// as scrapers and dumps keep them) and its hard-wrapped paragraphs rejoined (`html2text`,
    /// `lynx -dump`, `fold`; see `extract::reflow`). Every text body is made here, once, for
    /// the memory and the extractor alike (a Markdown dump's, rejoined before its markup is
    /// taken off, has its references read after).
    fn text(text: String, clean: bool) -> DocBody {
        DocBody::Text { text: rejoined(with_refs_read(text)), clean }
    }
}

/// `text` with its HTML character references read.
fn with_refs_read(text: String) -> String {
    match decode::char_refs(&text) {
        std::borrow::Cow::Owned(read) => read,
        std::borrow::Cow::Borrowed(_) => text,
    }
}

/// `text` with its hard-wrapped paragraphs rejoined.
fn rejoined(text: String) -> String {
    match crate::extract::reflow::unwrapped(&text) {
        std::borrow::Cow::Owned(rejoined) => rejoined,
        std::borrow::Cow::Borrowed(_) => text,
    }
}

impl Document {
    fn failed(name: &str, record: usize, format: &'static str, error: String) -> Document {
        Document { name: name.to_string(), record, format, body: DocBody::Failed, meta: Meta::default(), errors: vec![error] }
    }
}

/// What an archive may still unpack: shared by nested archives.
struct Budget {
    unpacked: usize,
}

pub fn unpack(name: &str, bytes: &[u8]) -> Vec<Document> {
    let mut budget = Budget { unpacked: 0 };
    let mut docs = unpack_at(name, bytes, 0, &mut budget);
    if docs.is_empty() {
        docs.push(Document::failed(name, 0, "empty", "no document found in this file".into()));
    }
    docs
}

fn unpack_at(name: &str, bytes: &[u8], depth: usize, budget: &mut Budget) -> Vec<Document> {
    if bytes.len() > MAX_FILE_SIZE {
        return vec![Document::failed(
            name,
            0,
            "too-large",
            format!("file too large: {} MB (limit {} MB)", bytes.len() >> 20, MAX_FILE_SIZE >> 20),
        )];
    }
    let one = |format: &'static str, body: DocBody, errors: Vec<String>| {
        vec![Document { name: name.to_string(), record: 0, format, body, meta: Meta::default(), errors }]
    };
    match sniff::sniff(name, bytes) {
        Format::Empty => vec![Document::failed(name, 0, "empty", "empty file".into())],
        Format::Binary(kind) => vec![Document::failed(name, 0, "binary", format!("not an article: {kind}"))],
        Format::Html => {
            let d = decode::decode(bytes);
            one("html", DocBody::Html(d.text), d.errors)
        }
        Format::Mhtml => match mhtml::html_part(bytes) {
            Some((html, errors)) => one("mhtml", DocBody::Html(html), errors),
            None => vec![Document::failed(name, 0, "mhtml", "MHTML archive without an HTML part".into())],
        },
        Format::Text => {
            let d = decode::decode(bytes);
            one("text", DocBody::text(d.text, false), d.errors)
        }
        Format::Markdown => {
            let d = decode::decode(bytes);
            // (Rejoined before its links are taken off, a wrapping tool having counted their
            // addresses; once only.)
            let (text, meta) = markdown::to_text(&rejoined(d.text));
            vec![Document { name: name.to_string(), record: 0, format: "markdown", body: DocBody::Text { text: with_refs_read(text), clean: false }, meta, errors: d.errors }]
        }
        Format::Json => {
            let d = decode::decode(bytes);
            json::documents(name, &d.text, d.errors)
        }
        Format::Jsonl => {
            let d = decode::decode(bytes);
            json::lines(name, &d.text, d.errors)
        }
        Format::Zip => unzip(name, bytes, depth, budget),
    }
}

fn unzip(name: &str, bytes: &[u8], depth: usize, budget: &mut Budget) -> Vec<Document> {
    if depth >= MAX_NESTING {
        return vec![Document::failed(name, 0, "zip", format!("zip nested too deep (limit {MAX_NESTING} levels): not opened"))];
    }
    let mut archive = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => return vec![Document::failed(name, 0, "zip", format!("unreadable zip archive: {e}"))],
    };
    let mut docs = Vec::new();
    let mut notes = Vec::new();
    let n = archive.len();
    if n > MAX_ZIP_ENTRIES {
        notes.push(format!("zip has {n} entries: only the first {MAX_ZIP_ENTRIES} were read"));
    }
    for i in 0..n.min(MAX_ZIP_ENTRIES) {
        let mut entry = match archive.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                docs.push(Document::failed(&format!("{name}!/#{i}"), 0, "zip", format!("unreadable zip entry: {e}")));
                continue;
            }
        };
        let inner = entry.name().to_string();
        if entry.is_dir() || is_junk_entry(&inner) {
            continue;
        }
        // Entry names are only names: "../../etc/passwd" is never a path here.
        let full = format!("{name}!/{inner}");
        let declared = entry.size() as usize;
        let packed = (entry.compressed_size() as usize).max(1);
        if declared > RATIO_FLOOR && declared / packed > MAX_RATIO {
            docs.push(Document::failed(
                &full,
                0,
                "zip",
                format!("zip entry skipped: compression ratio {}:1 looks like a decompression bomb (limit {MAX_RATIO}:1)", declared / packed),
            ));
            continue;
        }
        let room = MAX_UNPACKED_TOTAL.saturating_sub(budget.unpacked);
        if room == 0 {
            notes.push(format!("zip unpacking stopped: {} MB unpacked (limit)", MAX_UNPACKED_TOTAL >> 20));
            break;
        }
        // Declared sizes can lie: read at most one byte past every limit, whatever they say.
        let cap = room.min(MAX_FILE_SIZE).min(packed.saturating_mul(MAX_RATIO).max(RATIO_FLOOR));
        let mut data = Vec::new();
        let read = (&mut entry).take(cap as u64 + 1).read_to_end(&mut data);
        budget.unpacked += data.len();
        if let Err(e) = read {
            docs.push(Document::failed(&full, 0, "zip", format!("unreadable zip entry: {e}")));
            continue;
        }
        if data.len() > cap {
            let why = if cap == room {
                format!("total unpacked size limit reached ({} MB)", MAX_UNPACKED_TOTAL >> 20)
            } else if cap == MAX_FILE_SIZE {
                format!("entry larger than {} MB", MAX_FILE_SIZE >> 20)
            } else {
                format!("unpacks to more than {MAX_RATIO} times its packed size (decompression bomb)")
            };
            docs.push(Document::failed(&full, 0, "zip", format!("zip entry skipped: {why}")));
            continue;
        }
        docs.extend(unpack_at(&full, &data, depth + 1, budget));
    }
    if docs.is_empty() {
        docs.push(Document::failed(name, 0, "zip", "zip archive holds no file".into()));
    }
    if let Some(first) = docs.first_mut() {
        first.errors.extend(notes);
    }
    docs
}

/// Files that archivers add beside the real ones (macOS resource forks, Finder data).
fn is_junk_entry(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    name.starts_with("__MACOSX/") || base.starts_with("._") || base == ".DS_Store" || base == "Thumbs.db"
}

/// JSON and JSON Lines dumps of articles, as scraping tools write them.
mod json {
    use super::*;

    /// Field names under which tools store each piece, most specific first (matched ignoring
    /// case), English first, then the French, Spanish and German names of home-made exports
    /// ("titre", "contenu", "auteur", "date_publication", "lien"). Text fields are taken as
    /// already-clean article text.
    const TEXT_KEYS: &[&str] = &[
        "maintext", "main_text", "full_text", "fulltext", "article_text", "articlebody", "bodytext", "text", "body", "content",
        "article", "plain_text", "raw_text", "content_text", "text_content",
        // French, Spanish and German exports ("texte", "contenido", "Inhalt")
        "texte", "contenu", "corps", "texto", "contenido", "cuerpo", "inhalt",
    ];
    const HTML_KEYS: &[&str] = &["html", "raw_html", "content_html", "body_html", "rawhtml", "page_html", "source_html", "html_content"];
    const TITLE_KEYS: &[&str] = &["title", "headline", "og:title", "title_text", "webtitle", "titre", "titulo", "título", "titel"];
    const DATE_KEYS: &[&str] = &[
        "date_publish", "published", "published_at", "publishedat", "datepublished", "date_published", "publish_date",
        "publication_date", "pubdate", "pub_date", "date", "datetime", "created_at", "date_created", "datecreated",
        "webpublicationdate", "date_modify", "date_download", "date_publication", "date_de_publication", "datepublication", "fecha",
        "fecha_publicacion", "datum",
    ];
    const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline", "creator", "author_name", "by", "auteur", "auteurs", "autor", "autores"];
    const SITE_KEYS: &[&str] = &["site", "sitename", "site_name", "source", "publisher", "hostname", "source_domain", "domain", "outlet", "journal", "média", "quelle"];
    const URL_KEYS: &[&str] = &["url", "link", "source_url", "canonical_url", "canonical", "uri", "permalink", "weburl", "lien", "enlace"];
    /// Objects inside a record that group its fields: the Guardian API's `fields`, a
    /// scraper's `meta` or `metadata`, JSON:API's `attributes`. A field missing from the
    /// record is looked for in them.
    const FIELD_GROUPS: &[&str] = &["fields", "meta", "metadata", "attributes", "properties"];
    const LANG_KEYS: &[&str] = &["lang", "language", "inlanguage", "locale", "langue", "idioma", "sprache"];
    /// Keys that hold the list of articles in a wrapper object.
    const LIST_KEYS: &[&str] = &["articles", "items", "results", "data", "entries", "posts", "docs", "documents", "records", "hits", "news", "stories"];

    pub fn documents(name: &str, text: &str, errors: Vec<String>) -> Vec<Document> {
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                let mut d = Document::failed(name, 0, "json", format!("invalid JSON: {e}"));
                d.errors.splice(0..0, errors);
                return vec![d];
            }
        };
        let mut docs = from_value(name, &value, 0);
        if let Some(first) = docs.first_mut() {
            first.errors.splice(0..0, errors);
        }
        docs
    }

    /// One article per line; a broken line is an error record of its own.
    pub fn lines(name: &str, text: &str, errors: Vec<String>) -> Vec<Document> {
        let mut docs = Vec::new();
        for (record, line) in text.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
            match serde_json::from_str::<Value>(line) {
                Ok(v) => {
                    for mut d in from_value(name, &v, record) {
                        d.record = record;
                        d.format = "jsonl";
                        docs.push(d);
                    }
                }
                Err(e) => docs.push(Document::failed(name, record, "jsonl", format!("line {}: invalid JSON: {e}", record + 1))),
            }
        }
        if let Some(first) = docs.first_mut() {
            first.errors.splice(0..0, errors);
        }
        docs
    }

    fn from_value(name: &str, value: &Value, record: usize) -> Vec<Document> {
        let found = articles(value, 0);
        if found.is_empty() {
            return vec![Document::failed(name, record, "json", "no article found in JSON (no text, html or body field)".into())];
        }
        let many = found.len() > 1 || matches!(value, Value::Array(_));
        found
            .into_iter()
            .enumerate()
            .map(|(i, v)| article(name, if many { i } else { record }, v))
            .collect()
    }

    /// The article objects in a JSON value: the value itself, the elements of an array, or
    /// the elements of the array a wrapper object holds (`{"articles": [...]}`, `hits.hits`).
    fn articles(value: &Value, depth: usize) -> Vec<&Value> {
        if depth > MAX_ARTICLE_SEARCH_DEPTH {
            return Vec::new();
        }
        match value {
            Value::Array(items) => items.iter().map(unwrap_source).collect(),
            Value::Object(obj) => {
                if looks_like_article(obj) {
                    return vec![value];
                }
                if let Some(src) = get(obj, &["_source"]) {
                    return articles(src, depth + 1);
                }
                for key in LIST_KEYS {
                    if let Some(v) = get(obj, &[key]) {
                        let found = articles(v, depth + 1);
                        if !found.is_empty() {
                            return found;
                        }
                    }
                }
                // Any other field holding articles, the largest list first.
                let mut best: Vec<&Value> = Vec::new();
                for v in obj.values().filter(|v| v.is_array() || v.is_object()) {
                    let found = articles(v, depth + 1);
                    if found.len() > best.len() && found.iter().any(|a| a.as_object().map(looks_like_article).unwrap_or(false)) {
                        best = found;
                    }
                }
                best
            }
            Value::String(s) if depth > 0 && !s.trim().is_empty() => vec![value],
            _ => Vec::new(),
        }
    }

    fn unwrap_source(v: &Value) -> &Value {
        v.as_object().and_then(|o| get(o, &["_source"])).unwrap_or(v)
    }

    fn looks_like_article(obj: &Map<String, Value>) -> bool {
        field(obj, TEXT_KEYS).or_else(|| field(obj, HTML_KEYS)).map(|v| !as_text(v).unwrap_or_default().trim().is_empty()).unwrap_or(false)
    }

    /// The first of `keys` in the record, else in one of its [`FIELD_GROUPS`].
    fn field<'a>(obj: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a Value> {
        get(obj, keys).or_else(|| FIELD_GROUPS.iter().filter_map(|g| get(obj, &[g])?.as_object()).find_map(|group| get(group, keys)))
    }

    /// The first of `keys` present (ignoring case) with a non-null value.
    fn get<'a>(obj: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a Value> {
        for key in keys {
            if let Some(v) = obj.get(*key).filter(|v| !v.is_null()) {
                return Some(v);
            }
            if let Some((_, v)) = obj.iter().find(|(k, v)| k.eq_ignore_ascii_case(key) && !v.is_null()) {
                return Some(v);
            }
        }
        None
    }

    /// A string, a list of strings (paragraphs, joined by newlines), or `{"rendered": ...}`.
    fn as_text(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Array(items) => {
                let parts: Vec<String> = items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect();
                (!parts.is_empty()).then(|| parts.join("\n"))
            }
            Value::Object(o) => get(o, &["rendered", "text", "value", "content", "html"]).and_then(|x| if x.is_object() { None } else { as_text(x) }),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }

    /// A name: a string, an object with `name`, or a list of either (joined by ", ").
    fn as_names(v: &Value) -> Option<String> {
        let one = |x: &Value| match x {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Object(o) => get(o, &["name", "display_name", "fullname"]).and_then(|n| n.as_str()).map(|s| s.trim().to_string()),
            _ => None,
        };
        let names: Vec<String> = match v {
            Value::Array(items) => items.iter().filter_map(one).collect(),
            x => one(x).into_iter().collect(),
        };
        let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
        (!names.is_empty()).then(|| names.join(", "))
    }

    fn looks_like_markup(s: &str) -> bool {
        // Every mark is ASCII, and no other character lowercases into one of them.
        let head = s[..s.char_indices().nth(2000).map_or(s.len(), |(i, _)| i)].to_ascii_lowercase();
        ["<p>", "<p ", "</p>", "<div", "<br", "<html", "<article", "<h2", "</a>"].iter().filter(|t| head.contains(*t)).count() >= 1
            && head.contains('<')
            && head.contains('>')
    }

    fn article(name: &str, record: usize, v: &Value) -> Document {
        let Some(obj) = v.as_object() else {
            // A bare string in an article list: its text.
            return match v.as_str() {
                Some(s) => Document {
                    name: name.to_string(),
                    record,
                    format: "json",
                    body: DocBody::text(s.to_string(), true),
                    meta: Meta::default(),
                    errors: Vec::new(),
                },
                None => Document::failed(name, record, "json", "JSON record is not an article object".into()),
            };
        };
        let meta = meta_of(obj);
        // A list of paragraphs (Revue's own records, some dumps) is the cleanest form of the
        // text; a record's `text` repeats its title.
        let paragraphs = ["body", "paragraphs"].iter().find_map(|k| get(obj, &[k]).filter(|v| v.is_array()).and_then(as_text));
        let text = paragraphs.or_else(|| field(obj, TEXT_KEYS).and_then(as_text)).map(without_cut_mark).filter(|t| !t.trim().is_empty());
        let html = field(obj, HTML_KEYS).and_then(as_text).filter(|t| !t.trim().is_empty());
        let body = match (text, html) {
            (Some(t), _) if !looks_like_markup(&t) => DocBody::text(t, true),
            (Some(t), None) => DocBody::Html(t),
            (_, Some(h)) => DocBody::Html(h),
            (None, None) => {
                let mut keys: Vec<&str> = obj.keys().map(String::as_str).take(12).collect();
                keys.sort_unstable();
                let mut d = Document::failed(name, record, "json", format!("no article text in JSON record (fields: {})", keys.join(", ")));
                d.meta = meta;
                return d;
            }
        };
        Document { name: name.to_string(), record, format: "json", body, meta, errors: Vec::new() }
    }

    fn meta_of(obj: &Map<String, Value>) -> Meta {
        let url = field(obj, URL_KEYS).and_then(|v| v.as_str()).map(str::to_string);
        // (A tool may name the page's address its "source": the site is then its host.)
        let site = field(obj, SITE_KEYS)
            .and_then(as_names)
            .map(|s| if s.contains("://") { host_of(&s).unwrap_or(s) } else { s })
            .or_else(|| url.as_deref().and_then(host_of));
        let published = DATE_KEYS.iter().find_map(|k| field(obj, &[k]).and_then(super::dates::normalise));
        Meta {
            // (WordPress's API writes its titles with character references: "L&#8217;Arménie".)
            title: field(obj, TITLE_KEYS).and_then(as_text).map(|t| decode::char_refs(t.trim()).trim().to_string()).filter(|t| !t.is_empty()),
            published,
            author: field(obj, AUTHOR_KEYS).and_then(as_names).map(|a| decode::char_refs(&a).into_owned()),
            site,
            url,
            lang: field(obj, LANG_KEYS).and_then(|v| v.as_str()).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        }
    }

    /// A news API's text without the mark it puts where it cut the text ("… [+2345 chars]").
    fn without_cut_mark(text: String) -> String {
        let t = text.trim_end();
        match t.rfind(" [+").filter(|&at| t.ends_with(" chars]") && t[at + 3..t.len() - 7].bytes().all(|b| b.is_ascii_digit())) {
            Some(at) => t[..at].to_string(),
            None => text,
        }
    }

    fn host_of(url: &str) -> Option<String> {
        let rest = url.split("://").nth(1)?;
        let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
        let host = host.strip_prefix("www.").unwrap_or(host);
        (!host.is_empty()).then(|| host.to_lowercase())
    }
}

/// Dates as dumps write them, to `YYYY-MM-DD` (or `YYYY-MM`).
pub mod dates {
    use regex::Regex;
    use serde_json::Value;
    use std::sync::OnceLock;

    /// Month names and their abbreviations, in the languages of the news Revue reads (French,
    /// English, German, Italian, Spanish, Portuguese, Dutch, the Nordic languages): the one
    /// table of dumps' dates, scrapes' datelines and pages' metadata (`extract::meta`).
    const MONTHS: &[(&str, u32)] = &[
        ("jan", 1), ("janv", 1), ("janvier", 1), ("january", 1), ("januar", 1), ("jänner", 1), ("januari", 1), ("enero", 1), ("gennaio", 1), ("janeiro", 1),
        ("feb", 2), ("fév", 2), ("fev", 2), ("févr", 2), ("février", 2), ("fevrier", 2), ("february", 2), ("februar", 2), ("februari", 2), ("febrero", 2), ("febbraio", 2), ("fevereiro", 2),
        ("mar", 3), ("mars", 3), ("march", 3), ("märz", 3), ("marzo", 3), ("março", 3), ("maart", 3),
        ("apr", 4), ("avr", 4), ("avril", 4), ("april", 4), ("abril", 4), ("aprile", 4),
        ("may", 5), ("mai", 5), ("maj", 5), ("mei", 5), ("mayo", 5), ("maggio", 5), ("maio", 5),
        ("jun", 6), ("juin", 6), ("june", 6), ("juni", 6), ("junio", 6), ("giugno", 6), ("junho", 6),
        ("jul", 7), ("juil", 7), ("juillet", 7), ("july", 7), ("juli", 7), ("julio", 7), ("luglio", 7), ("julho", 7),
        ("aug", 8), ("août", 8), ("aout", 8), ("august", 8), ("augusti", 8), ("augustus", 8), ("agosto", 8),
        ("sep", 9), ("sept", 9), ("septembre", 9), ("september", 9), ("septiembre", 9), ("settembre", 9), ("setembro", 9),
        ("oct", 10), ("okt", 10), ("octobre", 10), ("october", 10), ("oktober", 10), ("octubre", 10), ("ottobre", 10), ("outubro", 10),
        ("nov", 11), ("novembre", 11), ("november", 11), ("noviembre", 11), ("novembro", 11),
        ("dec", 12), ("déc", 12), ("dez", 12), ("décembre", 12), ("decembre", 12), ("december", 12), ("dezember", 12), ("diciembre", 12), ("dicembre", 12), ("dezembro", 12),
    ];

    pub fn month(word: &str) -> Option<u32> {
        let w = word.trim_end_matches('.').to_lowercase();
        MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
    }

    fn ymd(y: i64, m: u32, d: u32) -> Option<String> {
        ((1000..=2999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
    }

    pub fn normalise(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => normalise_str(s),
            Value::Number(n) => n.as_i64().and_then(from_timestamp),
            Value::Object(o) => o.get("$date").and_then(normalise),
            _ => None,
        }
    }

    /// Unix time in seconds or milliseconds.
    fn from_timestamp(t: i64) -> Option<String> {
        let secs = if t > 100_000_000_000 { t / 1000 } else { t };
        if !(0..=32_503_680_000).contains(&secs) || secs < 100_000_000 {
            return None;
        }
        let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
        ymd(y, m, d)
    }

    /// Days since 1970-01-01 to a civil date.
    fn civil_from_days(z: i64) -> (i64, u32, u32) {
        let (y, m, d) = crate::dates::civil_from_days(z);
        (y, m as u32, d as u32)
    }

    pub fn normalise_str(s: &str) -> Option<String> {
        static RES: OnceLock<[Regex; 5]> = OnceLock::new();
        // ASCII word boundaries: a Unicode `\b` stops the regex crate's DFA at the first
        // non-ASCII byte and sends the whole line to a slower engine (the headline search asks
        // this of many lines).
        let [iso, dmy, named_dmy, named_mdy, ym] = RES.get_or_init(|| {
            [
                Regex::new(r"(?-u:\b)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})").unwrap_or_else(|_| unreachable!()),
                Regex::new(r"(?-u:\b)(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})(?-u:\b)").unwrap_or_else(|_| unreachable!()),
                Regex::new(r"(?i)(?-u:\b)(\d{1,2})(?:er)?\.?\s+(\p{L}{3,9})\.?,?\s+(\d{4})(?-u:\b)").unwrap_or_else(|_| unreachable!()),
                // (A page may glue the time to the year: "April 25, 20232:26 PM".)
                Regex::new(r"(?i)(?-u:\b)(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\d{1,2}:\d{2}|(?-u:\b))").unwrap_or_else(|_| unreachable!()),
                Regex::new(r"^\s*(\d{4})-(\d{2})\s*$").unwrap_or_else(|_| unreachable!()),
            ]
        });
        let s = s.trim();
        if s.len() > 200 || !has_ascii_year(s) {
            return None;
        }
        let num = |x: &str| x.parse::<i64>().ok();
        if let Some(c) = iso.captures(s) {
            return ymd(num(&c[1])?, num(&c[2])? as u32, num(&c[3])? as u32);
        }
        if let Some(c) = ym.captures(s) {
            let (y, m) = (num(&c[1])?, num(&c[2])?);
            return ((1000..=2999).contains(&y) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}"));
        }
        if let Some(c) = named_dmy.captures(s) {
            if let Some(m) = month(&c[2]) {
                return ymd(num(&c[3])?, m, num(&c[1])? as u32);
            }
        }
        if let Some(c) = named_mdy.captures(s) {
            if let Some(m) = month(&c[1]) {
                return ymd(num(&c[3])?, m, num(&c[2])? as u32);
            }
        }
        if let Some(c) = dmy.captures(s) {
            let (a, b, y) = (num(&c[1])? as u32, num(&c[2])? as u32, num(&c[3])?);
            // Day first (Europe), unless that cannot be.
            return if b > 12 { ymd(y, a, b) } else { ymd(y, b, a) };
        }
        if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            return ymd(num(&s[0..4])?, num(&s[4..6])? as u32, num(&s[6..8])? as u32);
        }
        if s.bytes().all(|b| b.is_ascii_digit()) && (9..=13).contains(&s.len()) {
            return from_timestamp(num(s)?);
        }
        None
    }

    /// Every form above yields a date only with four ASCII digits in a row (the year, or a
    /// timestamp): a line without them is no date, and costs no regex.
    fn has_ascii_year(s: &str) -> bool {
        s.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        #[test]
        fn forms() {
            assert_eq!(normalise_str("2024-05-03 15:47:42.389000+00:00").as_deref(), Some("2024-05-03"));
            assert_eq!(normalise_str("Tue, 19 Sep 2023 10:00:00 +0000").as_deref(), Some("2023-09-19"));
            assert_eq!(normalise_str("September 19, 2023").as_deref(), Some("2023-09-19"));
            assert_eq!(normalise_str("19 septembre 2023").as_deref(), Some("2023-09-19"));
            assert_eq!(normalise_str("19/09/2023").as_deref(), Some("2023-09-19"));
            assert_eq!(normalise_str("Publié dans Monde le 20 - 09 - 2023").as_deref(), Some("2023-09-20"));
            assert_eq!(normalise_str("2023-09").as_deref(), Some("2023-09"));
            assert_eq!(normalise(&Value::from(1695117600i64)).as_deref(), Some("2023-09-19"));
            assert_eq!(normalise(&Value::from(1695117600000i64)).as_deref(), Some("2023-09-19"));
            assert_eq!(normalise_str("hier"), None);
            // Months of the other languages news is written in, one table for every reader.
            assert_eq!(normalise_str("5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)").as_deref(), Some("2025-01-05"));
            assert_eq!(normalise_str("Publicerad 1 okt 2025 kl 02.11").as_deref(), Some("2025-10-01"));
            assert_eq!(normalise_str("27. Januar 2026").as_deref(), Some("2026-01-27"));
            assert_eq!(normalise_str("3 des 2000 manifestants"), None);
            assert_eq!(normalise_str("April 25, 20232:26 PM GMT+2").as_deref(), Some("2023-04-25"));
        }
    }
}

/// MHTML ("Save page as: single file"): the first `text/html` part, decoded.
mod mhtml {
    pub fn html_part(bytes: &[u8]) -> Option<(String, Vec<String>)> {
        let text = String::from_utf8_lossy(bytes);
        let header_end = text.find("\r\n\r\n").or_else(|| text.find("\n\n"))?;
        let headers = unfold(&text[..header_end]);
        let boundary = param(&headers, "boundary")?;
        let delim = format!("--{boundary}");
        for part in text.split(delim.as_str()).skip(1) {
            let part = part.trim_start_matches(['\r', '\n']);
            let Some(hend) = part.find("\r\n\r\n").map(|p| (p, 4)).or_else(|| part.find("\n\n").map(|p| (p, 2))) else { continue };
            let head = unfold(&part[..hend.0]).to_lowercase();
            if !head.contains("content-type: text/html") {
                continue;
            }
            let body = &part[hend.0 + hend.1..];
            let raw: Vec<u8> = if head.contains("quoted-printable") {
                quoted_printable(body)
            } else if head.contains("content-transfer-encoding: base64") {
                base64(body)
            } else {
                body.as_bytes().to_vec()
            };
            let mut errors = Vec::new();
            let html = match param(&head, "charset").and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes())) {
                Some(enc) => {
                    let (t, bad) = enc.decode_without_bom_handling(&raw);
                    if bad {
                        errors.push(format!("undecodable bytes replaced ({})", enc.name()));
                    }
                    t.into_owned()
                }
                None => {
                    let d = crate::decode::decode(&raw);
                    errors = d.errors;
                    d.text
                }
            };
            return Some((html, errors));
        }
        None
    }

    fn unfold(h: &str) -> String {
        h.replace("\r\n\t", " ").replace("\r\n ", " ").replace("\n\t", " ").replace("\n ", " ")
    }

    fn param(headers: &str, name: &str) -> Option<String> {
        let lower = headers.to_lowercase();
        let p = lower.find(&format!("{name}="))? + name.len() + 1;
        let rest = headers.get(p..)?;
        let v = if let Some(r) = rest.strip_prefix('"') {
            r.split('"').next()?
        } else {
            rest.split([';', '\r', '\n', ' ']).next()?
        };
        (!v.is_empty()).then(|| v.to_string())
    }

    fn quoted_printable(s: &str) -> Vec<u8> {
        let b = s.as_bytes();
        let mut out = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'=' {
                if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    i += 3;
                    continue;
                }
                if b.get(i + 1) == Some(&b'\n') {
                    i += 2;
                    continue;
                }
                let hex = |c: u8| (c as char).to_digit(16);
                if let (Some(h), Some(l)) = (b.get(i + 1).and_then(|c| hex(*c)), b.get(i + 2).and_then(|c| hex(*c))) {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
            }
            out.push(b[i]);
            i += 1;
        }
        out
    }

    fn base64(s: &str) -> Vec<u8> {
        let val = |c: u8| match c {
            b'A'..=b'Z' => Some(c - b'A'),
            b'a'..=b'z' => Some(c - b'a' + 26),
            b'0'..=b'9' => Some(c - b'0' + 52),
            b'+' | b'-' => Some(62),
            b'/' | b'_' => Some(63),
            _ => None,
        };
        let mut out = Vec::with_capacity(s.len() * 3 / 4);
        let (mut acc, mut bits) = (0u32, 0u32);
        for c in s.bytes() {
            if c == b'=' {
                break;
            }
            let Some(v) = val(c) else { continue };
            acc = (acc << 6) | v as u32;
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                out.push((acc >> bits) as u8);
                acc &= (1 << bits) - 1;
            }
        }
        out
    }
}
