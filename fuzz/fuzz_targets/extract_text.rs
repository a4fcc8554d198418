#![no_main]
//! Any text taken as a scrape yields an article whose body lines come from the input.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut memory = revue::extract::Memory::default();
    memory.observe(&text);
    let a = revue::extract::text::extract(&text, &memory);
    for p in &a.body {
        assert!(text.contains(p.as_str()), "body paragraph not in the input: {p:?}");
    }
});
