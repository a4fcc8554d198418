#![no_main]
//! The whole pipeline on any bytes: records come out, spans point into their text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut engine = revue::Engine::new();
    for raw in [false, true] {
        for r in engine.analyze("fuzz.txt", data, &revue::Options { raw }) {
            let n = r.text.chars().count();
            for e in &r.entities {
                assert!(e.start < e.end && e.end <= n);
            }
            for q in &r.quotes {
                assert!(q.start <= q.end && q.end <= n);
            }
        }
    }
});
