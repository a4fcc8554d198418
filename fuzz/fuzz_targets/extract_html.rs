#![no_main]
//! Any text parsed as HTML yields an article without panicking.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let a = revue::extract::html::extract(&html);
    for p in &a.body {
        assert!(!p.is_empty() || a.body.len() <= 1);
    }
});
