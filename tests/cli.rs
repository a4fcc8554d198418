//! The `revue` command as a user runs it: records on stdout, errors as records, help.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::io::Write;

const CONTRACT_KEYS: [&str; 15] = [
    "file", "record", "lang", "title", "published", "author", "site", "sources", "body", "text",
    "entities", "dates", "figures", "quotes", "errors",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds")
}

fn revue(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_revue")).args(args).output().expect("run revue");
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.success())
}

fn records(stdout: &str) -> Vec<serde_json::Value> {
    stdout.lines().map(|l| serde_json::from_str(l).expect("each line is one JSON record")).collect()
}

/// Checks one record against CONTRACT.md: every field, and every span's offsets (code
/// points) pointing at its own text.
fn assert_contract(r: &serde_json::Value) {
    let obj = r.as_object().expect("record is an object");
    for k in CONTRACT_KEYS {
        assert!(obj.contains_key(k), "record has `{k}`: {r}");
    }
    let text: Vec<char> = r["text"].as_str().unwrap().chars().collect();
    for list in ["entities", "dates", "figures", "quotes"] {
        for s in r[list].as_array().unwrap() {
            let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            assert!(a < b && b <= text.len(), "{list} span in bounds: {s}");
            let got: String = text[a..b].iter().collect();
            assert_eq!(got, s["text"].as_str().unwrap(), "{list} offsets point at the span's text");
        }
    }
    if let Some(t) = r["title"].as_str() {
        let body: Vec<String> = r["body"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
        let expected = if body.is_empty() { t.to_string() } else { format!("{t}\n\n{}", body.join("\n\n")) };
        assert_eq!(r["text"].as_str().unwrap(), expected, "text = title, blank line, body paragraphs");
    }
}

#[test]
fn analyze_folder_prints_one_contract_record_per_seed_in_sorted_order() {
    let dir = fixtures();
    let (out, err, ok) = revue(&["analyze", dir.to_str().unwrap()]);
    assert!(ok, "exit 0: {err}");
    let recs = records(&out);
    // The folder holds five scrapes and their gold files (.json): only the .txt are articles
    // to analyse here, so analyse the .txt files alone for the count.
    let txt: Vec<_> = recs.iter().filter(|r| r["file"].as_str().unwrap().ends_with(".txt")).collect();
    assert_eq!(txt.len(), 5);
    let files: Vec<&str> = txt.iter().map(|r| r["file"].as_str().unwrap()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "files in sorted order");
    for r in &recs {
        assert_contract(r);
    }
    for r in txt {
        assert_eq!(r["lang"], "fr");
        assert!(r["body"].as_array().unwrap().len() >= 3, "a body was extracted: {}", r["file"]);
        assert!(r["errors"].as_array().unwrap().is_empty(), "no errors: {}", r["errors"]);
        assert!(!r["entities"].as_array().unwrap().is_empty(), "entities found in {}", r["file"]);
    }
}

#[test]
fn raw_mode_text_is_the_file_verbatim() {
    let f = fixtures().join("000_593b8816eaf3b754.txt");
    let (out, _, ok) = revue(&["analyze", "--raw", f.to_str().unwrap()]);
    assert!(ok);
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["text"].as_str().unwrap(), std::fs::read_to_string(&f).unwrap());
    assert_contract(&recs[0]);
}

#[test]
fn unreadable_and_missing_files_give_error_records_and_the_run_goes_on() {
    let good = fixtures().join("001_01ef4c9a730ba3d5.txt");
    let dir = std::env::temp_dir().join(format!("revue-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let png = dir.join("photo.html");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89").unwrap();
    let missing = dir.join("does-not-exist.txt");
    let (out, err, ok) = revue(&["analyze", missing.to_str().unwrap(), empty.to_str().unwrap(), png.to_str().unwrap(), good.to_str().unwrap()]);
    assert!(ok, "exit 0 despite bad files: {err}");
    let recs = records(&out);
    assert_eq!(recs.len(), 4, "one record per file");
    for r in &recs[..3] {
        assert_contract(r);
        assert!(!r["errors"].as_array().unwrap().is_empty(), "bad file has errors: {r}");
        assert!(r["body"].as_array().unwrap().is_empty());
    }
    assert!(recs[3]["errors"].as_array().unwrap().is_empty());
    assert!(!recs[3]["body"].as_array().unwrap().is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stdin_jsonl_streams_one_record_per_line() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_revue"))
        .args(["analyze", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let body = std::fs::read_to_string(fixtures().join("002_28c46dbd58fdaa5f.txt")).unwrap();
    let line = serde_json::json!({"title": "Un titre", "text": body, "url": "https://example.org/a"}).to_string();
    {
        let stdin = child.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        writeln!(stdin, "{{broken json").unwrap();
        writeln!(stdin, "{line}").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let recs = records(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(recs.len(), 3, "one record per input line, the broken one included");
    assert_eq!(recs.iter().map(|r| r["record"].as_u64().unwrap()).collect::<Vec<_>>(), vec![0, 1, 2]);
    assert!(!recs[0]["body"].as_array().unwrap().is_empty());
    assert!(!recs[1]["errors"].as_array().unwrap().is_empty(), "the broken line is reported");
    for r in &recs {
        assert_contract(r);
    }
}

#[test]
fn help_names_every_option() {
    let (out, _, ok) = revue(&["--help"]);
    assert!(ok);
    for opt in ["analyze", "--raw", "--jobs", "--no-corpus", "--pretty", "standard input"] {
        assert!(out.contains(opt), "help mentions {opt}");
    }
    let (_, err, ok) = revue(&["analyze", "--bogus"]);
    assert!(!ok && err.contains("unknown option"));
}
