//! The wasm boundary: one engine object, owned by a Web Worker. Bytes in, plain records out.
//!
//! This is the only file that knows about JavaScript. It converts the contract's code point
//! offsets to UTF-16 code unit offsets (what JS strings index by) — here and nowhere else.
//! Each analysed article is kept by the page as `stored`, the gzip of `contract NUL view`:
//! its contract record (what the page exports) and, when its text has characters outside the
//! Basic Multilingual Plane, its *view*, the same record with UTF-16 offsets, for rendering
//! (otherwise the contract is the view, and `view` is empty). Compressed here, in the
//! analysis workers (one per core), it crosses to the index worker as a transferred buffer,
//! and neither the index worker nor the browser's compression streams touch the big strings
//! (they took a fifth of the page's CPU).
//!
//! What the page reads of an article at once, to list it and file it in the corpus index
//! (`js/digest.js`), crosses as one JSON string, its [`Summary`]: the view without the text,
//! the body past its first paragraph and the removed boilerplate, some 30% of the record.
//! Strings rather than JS objects: serde_json inside the wasm plus one `JSON.parse` in JS
//! costs a fraction of building the objects field by field across the boundary.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::record::Record;
use crate::{Engine, Options};

/// The heap's allocator: small blocks from size-class free lists ([`crate::heap`]), the rest
/// from talc instead of Rust's default on wasm32 (dlmalloc), whose malloc and free were a
/// tenth of the engine's time in the page.
#[global_allocator]
static ALLOCATOR: crate::heap::Heap<talc::wasm::WasmDynamicTalc> = crate::heap::Heap::new(talc::wasm::new_wasm_dynamic_allocator());

thread_local! {
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine {
    engine: Engine,
}

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    #[wasm_bindgen(constructor)]
    pub fn new() -> WasmEngine {
        std::panic::set_hook(Box::new(|info| {
            LAST_PANIC.with(|p| *p.borrow_mut() = info.to_string());
        }));
        WasmEngine { engine: Engine::new() }
    }

    /// The message of the last panic, read by the worker after a trap so that the page can
    /// say what went wrong before it replaces the worker.
    #[wasm_bindgen(js_name = lastPanic)]
    pub fn last_panic() -> String {
        LAST_PANIC.with(|p| p.borrow().clone())
    }

    /// The `[{summary, words, stored}]` of a file that could not be analysed (unreadable, or
    /// the engine crashed on it), so that every file has a record.
    #[wasm_bindgen(js_name = errorRecord)]
    pub fn error_record(name: &str, message: &str) -> Result<JsValue, JsValue> {
        to_js(&[Record { file: name.to_string(), errors: vec![message.to_string()], ..Record::default() }])
    }

    /// Analyses one file: an array of `{summary, words, stored}`, one per article in the file.
    pub fn analyze(&mut self, name: &str, bytes: &[u8], raw: bool) -> Result<JsValue, JsValue> {
        let records = self.engine.analyze(name, bytes, &Options { raw });
        to_js(&records)
    }

    /// One step of building the engine's automata and models before the first files (see
    /// [`Engine::warm_up`]); whether a step is left.
    #[wasm_bindgen(js_name = warmUp)]
    pub fn warm_up(&self, step: usize) -> bool {
        Engine::warm_up(step)
    }

    /// Teaches the engine's corpus memory a file without analysing it.
    pub fn observe(&mut self, name: &str, bytes: &[u8]) {
        self.engine.observe(name, bytes);
    }

    /// The `[{summary, words, stored}]` of a contract record read back from an export or
    /// from storage (one JSON line). Errors if the line is not a record.
    pub fn view(&self, contract_line: &str) -> Result<JsValue, JsValue> {
        let rec: Record = serde_json::from_str(contract_line).map_err(|e| JsValue::from_str(&format!("not a Revue record: {e}")))?;
        to_js(&[rec])
    }
}

impl Default for WasmEngine {
    fn default() -> Self {
        Self::new()
    }
}

/// One article as handed to the page, with `stored` added (a `Uint8Array`, see [`pack`]).
#[derive(Serialize)]
struct Analysed {
    /// The article's [`Summary`], as one JSON string.
    summary: String,
    /// The distinct folded words of the text, what the page's search scans ([`crate::search`]).
    words: String,
}

/// The fields of an article's view that `js/digest.js` reads (UTF-16 offsets), with the same
/// names and values as in the record, and `para_starts` for the text it leaves out.
#[derive(Serialize)]
struct Summary<'a> {
    file: &'a str,
    record: usize,
    lang: &'a Option<String>,
    title: &'a Option<String>,
    published: &'a Option<String>,
    site: &'a Option<String>,
    sources: &'a [String],
    /// The first paragraph alone (the list shows its start).
    body: &'a [String],
    entities: &'a [crate::record::EntityOut],
    dates: &'a [crate::record::DateOut],
    figures: &'a [crate::record::FigureOut],
    quotes: &'a [crate::record::QuoteOut],
    errors: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    page_date: &'a Option<String>,
    /// Where the text's paragraphs start, in UTF-16 units: 0, then just past each blank
    /// line ("\n\n"), as `paraStarts` in digest.js finds them.
    para_starts: Vec<usize>,
}

impl<'a> Summary<'a> {
    /// `view`: the record with UTF-16 offsets; `bmp`: its text is all in the Basic
    /// Multilingual Plane (a character is one UTF-16 unit: counting characters is enough).
    fn of(view: &'a Record, bmp: bool) -> Summary<'a> {
        let mut para_starts = vec![0];
        let mut units = 0;
        let mut last = 0;
        for (i, _) in view.text.match_indices("\n\n") {
            let part = &view.text[last..i];
            units += if bmp { part.chars().count() } else { part.encode_utf16().count() } + 2;
            last = i + 2;
            para_starts.push(units);
        }
        Summary {
            file: &view.file,
            record: view.record,
            lang: &view.lang,
            title: &view.title,
            published: &view.published,
            site: &view.site,
            sources: &view.sources,
            body: &view.body[..view.body.len().min(1)],
            entities: &view.entities,
            dates: &view.dates,
            figures: &view.figures,
            quotes: &view.quotes,
            errors: &view.errors,
            page_date: &view.page_date,
            para_starts,
        }
    }
}

fn to_js(records: &[Record]) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    let arr = js_sys::Array::new();
    let err = |e: &dyn std::fmt::Display| JsValue::from_str(&e.to_string());
    for rec in records {
        let contract = serde_json::to_string(rec).map_err(|e| err(&e))?;
        // No view when the text is all in the BMP: UTF-16 and code point offsets agree. (A
        // character past the BMP is the only one whose UTF-8 opens with a byte of 0xF0 or more.)
        let bmp = !rec.text.bytes().any(|b| b >= 0xF0);
        let view_record = (!bmp).then(|| to_utf16(rec));
        let view = view_record.as_ref().map(serde_json::to_string).transpose().map_err(|e| err(&e))?;
        let stored = pack(&contract, view.as_deref()).map_err(|e| err(&e))?;
        let summary = serde_json::to_string(&Summary::of(view_record.as_ref().unwrap_or(rec), bmp)).map_err(|e| err(&e))?;
        let words = crate::search::words(&rec.text);
        let item = Analysed { summary, words }.serialize(&ser).map_err(|e| err(&e))?;
        js_sys::Reflect::set(&item, &"stored".into(), &js_sys::Uint8Array::from(&stored[..]))?;
        arr.push(&item);
    }
    Ok(arr.into())
}

/// gzip of `contract NUL view`, what js/index-worker.js stores and reads back with a
/// `DecompressionStream`. The fastest level: a record shrinks to about a fifth either way,
/// and this runs on every article. One deflate state per worker, reset for each record:
/// setting one up (its window and hash tables, some 300 KB) cost as much as compressing a
/// short article.
fn pack(contract: &str, view: Option<&str>) -> Result<Vec<u8>, flate2::CompressError> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    thread_local! {
        static DEFLATE: std::cell::RefCell<Compress> = std::cell::RefCell::new(Compress::new(Compression::fast(), false));
    }
    // magic, deflate, no flags, no time, no extra flags, unknown system
    const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    let parts: [&[u8]; 3] = [contract.as_bytes(), b"\0", view.unwrap_or("").as_bytes()];
    let total: usize = parts.iter().map(|p| p.len()).sum();
    let mut out = Vec::with_capacity(total / 4 + 64);
    out.extend_from_slice(&HEADER);
    let mut crc = flate2::Crc::new();
    DEFLATE.with(|z| {
        let mut z = z.borrow_mut();
        z.reset();
        for (k, part) in parts.iter().enumerate() {
            crc.update(part);
            let last = k + 1 == parts.len();
            let flush = if last { FlushCompress::Finish } else { FlushCompress::None };
            let mut input = *part;
            loop {
                if out.capacity() - out.len() < 4096 {
                    out.reserve(out.capacity().max(8192));
                }
                let before = z.total_in();
                let status = z.compress_vec(input, &mut out, flush)?;
                input = &input[(z.total_in() - before) as usize..];
                if if last { status == Status::StreamEnd } else { input.is_empty() } {
                    break;
                }
            }
        }
        Ok::<(), flate2::CompressError>(())
    })?;
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&(total as u32).to_le_bytes());
    Ok(out)
}

/// The record with every span's offsets in UTF-16 code units.
fn to_utf16(rec: &Record) -> Record {
    // utf16[i] = UTF-16 offset of code point i (one past the end included).
    let mut utf16 = Vec::with_capacity(rec.text.len() + 1);
    let mut at = 0usize;
    for c in rec.text.chars() {
        utf16.push(at);
        at += c.len_utf16();
    }
    utf16.push(at);
    let conv = |i: usize| utf16.get(i).copied().unwrap_or(at);
    let mut v = rec.clone();
    for e in &mut v.entities {
        (e.start, e.end) = (conv(e.start), conv(e.end));
    }
    for d in &mut v.dates {
        (d.start, d.end) = (conv(d.start), conv(d.end));
    }
    for f in &mut v.figures {
        (f.start, f.end) = (conv(f.start), conv(f.end));
    }
    for q in &mut v.quotes {
        (q.start, q.end) = (conv(q.start), conv(q.end));
    }
    v
}
