//! Huge inputs finish in linear time: a million lines, a 50 MB line. (Bounds are loose for
//! loaded debug builds; quadratic behaviour would take hours, not seconds.)

use revue::extract::text::{extract, Memory};
use std::time::Instant;

#[test]
fn million_lines() {
    let mut text = String::with_capacity(60_000_000);
    for i in 0..1_000_000 {
        if i % 10 == 0 {
            text.push_str("Le gouvernement a annoncé mardi une série de mesures destinées à contenir la crise, a indiqué le porte-parole.\n");
        } else {
            text.push_str(&format!("Menu {i}\n"));
        }
    }
    let t = Instant::now();
    let mut memory = Memory::default();
    memory.observe(&text);
    let a = extract(&text, &memory);
    assert!(!a.body.is_empty());
    assert!(a.removed.len() <= revue::extract::text::MAX_REMOVED);
    assert!(t.elapsed().as_secs() < 90, "took {:?}", t.elapsed());
}

#[test]
fn fifty_megabyte_line() {
    let sentence = "Le gouvernement a annoncé une série de mesures, a indiqué le porte-parole. ";
    let text = sentence.repeat(50_000_000 / sentence.len());
    let t = Instant::now();
    let a = extract(&text, &Memory::default());
    assert_eq!(a.body.len(), 1);
    assert!(t.elapsed().as_secs() < 90, "took {:?}", t.elapsed());
}
