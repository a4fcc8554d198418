//! `revue`: the command-line face of the core. Reads files, hands bytes to the engine,
//! prints contract records as JSONL. All I/O lives here.

use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use revue::{resolve, Engine, Options, Record};

const HELP: &str = "\
revue: press-review analysis of news files (articles, entities, dates, figures, quotes)

USAGE:
    revue analyze [OPTIONS] PATH...     analyse files and folders, print JSONL records
    revue analyze [OPTIONS] -           read JSONL article records on standard input
    revue --help | --version

PATH may be a file or a folder (recursed; files taken in sorted order). Every file yields at
least one record (CONTRACT.md); a file that cannot be read yields a record with `errors`, and
the run goes on. Records are printed in file order, one JSON object per line.

OPTIONS:
    --raw         take each file verbatim as one article body: no boilerplate removal,
                  `text` is the decoded content exactly (for scoring entity recognition)
    -j, --jobs N  worker threads (default: every core)
    --no-corpus   do not merge entity names across articles (each article on its own)
    --pretty      indent the JSON (one record spans several lines)
    -h, --help    print this help

STANDARD INPUT (`-`):
    Each input line is one JSON object: an article as a scraping tool dumps it (fields such
    as text/content/html/body, title, url, date, author), or a contract record. Records are
    written as soon as each line is analysed, in input order, so that `revue analyze -` runs
    unchanged as the pipe step of Spark (RDD.pipe), Hadoop Streaming or GNU parallel. Entity
    names are not merged across lines in this mode (see --no-corpus).

EXIT STATUS:
    0 when the run completed (even if some files had errors), 2 on a usage error.
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h") | Some("--help") | Some("help") => print!("{HELP}"),
        Some("-V") | Some("--version") => println!("revue {}", env!("CARGO_PKG_VERSION")),
        Some("analyze") => {
            if let Err(e) = analyze(&args[1..]) {
                eprintln!("revue: {e}");
                std::process::exit(2);
            }
        }
        Some(other) => {
            eprintln!("revue: unknown command '{other}'\n\n{HELP}");
            std::process::exit(2);
        }
    }
}

struct Cli {
    opts: Options,
    jobs: usize,
    corpus: bool,
    pretty: bool,
    stdin: bool,
    paths: Vec<PathBuf>,
}

fn parse(args: &[String]) -> Result<Cli, String> {
    let mut cli = Cli {
        opts: Options::default(),
        jobs: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        corpus: true,
        pretty: false,
        stdin: false,
        paths: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--raw" => cli.opts.raw = true,
            "--no-corpus" => cli.corpus = false,
            "--pretty" => cli.pretty = true,
            "-j" | "--jobs" => {
                let n = it.next().ok_or("--jobs needs a number")?;
                cli.jobs = n.parse::<usize>().map_err(|_| format!("--jobs: not a number: {n}"))?.max(1);
            }
            "-h" | "--help" => {
                print!("{HELP}");
                std::process::exit(0);
            }
            "-" => cli.stdin = true,
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option '{s}' (see revue --help)")),
            s => cli.paths.push(PathBuf::from(s)),
        }
    }
    if cli.paths.is_empty() && !cli.stdin {
        return Err("analyze needs at least one PATH, or - for standard input (see revue --help)".into());
    }
    Ok(cli)
}

fn analyze(args: &[String]) -> Result<(), String> {
    let cli = parse(args)?;
    if cli.stdin {
        return analyze_stdin(&cli);
    }
    let mut files = Vec::new();
    for p in &cli.paths {
        collect(p, &mut files);
    }
    let records = analyze_files(&cli, &files);
    let mut records: Vec<Record> = records.into_iter().flatten().collect();
    if cli.corpus {
        resolve::unify_corpus(&mut records);
    }
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    for r in &records {
        write_record(&mut out, r, cli.pretty).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// Files under `p`, folders recursed in sorted order. A path that cannot be listed is kept,
/// so that reading it later yields a record with the error.
fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    collect(&e, out);
                }
            }
            Err(_) => out.push(p.to_path_buf()),
        }
    } else {
        out.push(p.to_path_buf());
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read file: {e}"))
}

fn error_record(name: &str, e: String) -> Record {
    Record { file: name.to_string(), errors: vec![e], ..Record::default() }
}

/// Analyses every file on `cli.jobs` threads; the result keeps file order.
fn analyze_files(cli: &Cli, files: &[PathBuf]) -> Vec<Vec<Record>> {
    // First pass: the corpus memory (lines that recur across files are boilerplate).
    let mut base = Engine::new();
    if !cli.opts.raw {
        for f in files {
            if let Ok(bytes) = read(f) {
                base.observe(&f.to_string_lossy(), &bytes);
            }
        }
    }
    let results: Vec<Mutex<Vec<Record>>> = files.iter().map(|_| Mutex::new(Vec::new())).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..cli.jobs.min(files.len()).max(1) {
            let mut engine = base.clone();
            let (next, results) = (&next, &results);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(f) = files.get(i) else { break };
                let name = f.to_string_lossy().into_owned();
                let recs = match read(f) {
                    Ok(bytes) => engine.analyze_guarded(&name, &bytes, &cli.opts),
                    Err(e) => vec![error_record(&name, e)],
                };
                *results[i].lock().unwrap() = recs;
            });
        }
    });
    results.into_iter().map(|m| m.into_inner().unwrap()).collect()
}

/// Streams JSONL from standard input to standard output, one record per input line.
fn analyze_stdin(cli: &Cli) -> Result<(), String> {
    let stdin = io::stdin();
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    let mut engine = Engine::new();
    let mut line = Vec::new();
    let mut reader = stdin.lock();
    let mut n = 0usize;
    loop {
        line.clear();
        let got = reader.read_until(b'\n', &mut line).map_err(|e| e.to_string())?;
        if got == 0 {
            break;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let name = format!("stdin.jsonl#{n}");
        for mut r in engine.analyze_guarded(&name, &line, &Options { raw: false }) {
            r.record = n;
            write_record(&mut out, &r, cli.pretty).map_err(|e| e.to_string())?;
        }
        out.flush().map_err(|e| e.to_string())?;
        n += 1;
    }
    Ok(())
}

fn write_record(out: &mut impl Write, r: &Record, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, r)?;
    } else {
        serde_json::to_writer(&mut *out, r)?;
    }
    out.write_all(b"\n")
}
