//! Debugging aid for the scrape extractor: prints every line of a plain-text scrape with its
//! label and the score it adds to a run, marking the run kept as the article (the file taken
//! alone, without corpus memory). `cargo run --release --example text_lines -- FILE.txt`
use revue::extract::text;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: text_lines FILE.txt");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let decoded = revue::decode::decode(&bytes);
    let (rows, run) = text::line_report(&decoded.text);
    for (i, (label, score, line)) in rows.iter().enumerate() {
        let inside = run.map(|(s, e)| (s..=e).contains(&i)).unwrap_or(false);
        let shown: String = line.chars().take(110).collect();
        println!("{:4} {} {:>7.0} {:<28} {}", i, if inside { '|' } else { ' ' }, score, label, shown);
    }
}
