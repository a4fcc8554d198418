//! Reading the hand-made gold files of `tests/fixtures/*` (format of
//! `../shared/gold/FORMAT.md`), shared by the tests that score the engine on them.

use revue::engine::{Engine, Options};
use revue::record::Record;
use serde_json::Value;
use std::path::Path;

/// The text the gold talks about, as `score_facts.py texts` writes it: the title, a blank
/// line, then the body paragraphs joined by blank lines.
pub fn gold_text(g: &Value) -> String {
    let mut parts: Vec<String> = g["title"].as_str().map(str::to_string).into_iter().collect();
    parts.extend(g["body"].as_array().into_iter().flatten().map(|p| p.as_str().unwrap_or("").to_string()));
    parts.join("\n\n")
}

/// Each `*.gold.json` of `tests/fixtures/<folder>` (there must be `count`), in name order, with
/// its text and the engine's record of that text (`--raw` mode, as `score_facts.py` runs it).
// Each test binary compiles this module and uses part of it.
#[allow(dead_code)]
pub fn analysed(folder: &str, count: usize) -> Vec<(String, Value, String, Record)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(folder);
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with(".gold.json")).collect();
    names.sort();
    assert_eq!(names.len(), count, "gold files in {folder}");
    let mut engine = Engine::new();
    names
        .iter()
        .map(|path| {
            let g: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let text = gold_text(&g);
            let rec = engine.analyze("a.txt", text.as_bytes(), &Options { raw: true }).remove(0);
            assert_eq!(rec.text, text);
            (path.file_name().unwrap().to_string_lossy().into_owned(), g, text, rec)
        })
        .collect()
}
