#![no_main]
//! Tokens and entity spans always fall on char boundaries, in order, inside the text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last = 0;
    for t in revue::tokenize::tokenize(&text) {
        assert!(t.start >= last && t.start < t.end && t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        last = t.end;
    }
    for lang in ["fr", "en"] {
        if let Some(ms) = revue::tag::recognize(&text, lang) {
            let mut last = 0;
            for m in ms {
                assert!(m.start >= last && m.start < m.end && m.end <= text.len());
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                last = m.end;
            }
        }
    }
});
