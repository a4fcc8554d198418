//! Replays inputs kept in tests/fixtures/fuzz/ (crashes found by `tools/fuzz.sh`, once fixed,
//! and hand-made nasty inputs) through the same checks as the fuzz targets.

use revue::{Engine, Options};

#[test]
fn kept_fuzz_inputs_pass_every_target_check() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let _ = revue::decode::decode(&data);
        let _ = revue::container::unpack(&name, &data);
        let text = String::from_utf8_lossy(&data);
        let _ = revue::extract::html::extract(&text);
        let memory = revue::extract::Memory::default();
        for p in revue::extract::text::extract(&text, &memory).body {
            assert!(text.contains(p.as_str()), "{name}: body paragraph comes from the input");
        }
        for t in revue::tokenize::tokenize(&text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{name}: token on char boundaries");
        }
        let mut engine = Engine::new();
        for raw in [false, true] {
            for r in engine.analyze(&name, &data, &Options { raw }) {
                let chars = r.text.chars().count();
                assert!(r.entities.iter().all(|e| e.start < e.end && e.end <= chars), "{name}: entity spans in text");
            }
        }
        n += 1;
    }
    assert!(n >= 3, "the kept inputs are there");
}
