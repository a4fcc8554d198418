//! C-ABI exports for timing the tagger in wasm (driven by bench.mjs).
#[path = "../../../src/tokenize.rs"]
pub mod tokenize;
#[path = "../../../src/letters.rs"]
pub mod letters;
#[path = "../../../src/tag/mod.rs"]
pub mod tag;
/// The accent folding the tagger's conventions compare acronym letters with.
#[path = "../../../src/search.rs"]
pub mod search;

/// Allocates `n` bytes for the host to write a text into.
#[no_mangle]
pub extern "C" fn alloc(n: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(n);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

fn text<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: the host wrote `len` bytes of UTF-8 at `ptr` (allocated by `alloc`).
    let b = unsafe { std::slice::from_raw_parts(ptr, len) };
    std::str::from_utf8(b).unwrap_or("")
}

/// Number of tokens of the text.
#[no_mangle]
pub extern "C" fn count_tokens(ptr: *const u8, len: usize) -> u32 {
    tokenize::tokenize(text(ptr, len)).len() as u32
}

/// Number of French entity mentions of the text (lang 0 = fr, 1 = en).
#[no_mangle]
pub extern "C" fn recognize(ptr: *const u8, len: usize, lang: u32) -> u32 {
    let l = if lang == 1 { "en" } else { "fr" };
    tag::recognize(text(ptr, len), l).map_or(0, |m| m.len() as u32)
}
