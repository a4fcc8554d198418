//! The engine alone on a folder of files, on one thread, after its warm-up: what a profiler
//! should look at. The start-up work (models parsed, rules and patterns compiled) is done
//! before `analyze_all`, so that a profile of that function alone shows the cost per article:
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='profile::analyze_all' \
//!     target/release/examples/profile DIR
//! ```
//!
//! (Regexes that only some inputs reach are still compiled inside, on first use.)
use revue::{Engine, Options};
use std::path::{Path, PathBuf};

#[inline(never)]
fn analyze_all(engine: &mut Engine, files: &[(String, Vec<u8>)]) -> usize {
    files.iter().map(|(name, bytes)| engine.analyze(name, bytes, &Options::default()).len()).sum()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: profile DIR");
        std::process::exit(2);
    };
    let mut paths = Vec::new();
    walk(Path::new(&dir), &mut paths);
    let files: Vec<(String, Vec<u8>)> = paths.iter().filter_map(|p| Some((p.to_string_lossy().into_owned(), std::fs::read(p).ok()?))).collect();
    let mut step = 0;
    while Engine::warm_up(step) {
        step += 1;
    }
    let mut engine = Engine::new();
    for (name, bytes) in &files {
        engine.observe(name, bytes);
    }
    let t = std::time::Instant::now();
    let records = analyze_all(&mut engine, &files);
    eprintln!("{} files, {records} records in {:.2} s", files.len(), t.elapsed().as_secs_f64());
}
