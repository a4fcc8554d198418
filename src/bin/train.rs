//! `revue-train`: trains the entity tagger (averaged perceptron) and writes a model file.
//!
//! ```text
//! revue-train --lang fr --clusters data/models/clusters-fr.tsv \
//!     --brat TRAIN_DIR [--brat ...] [--conll FILE] [--conll-split FILE]... \
//!     [--dev-brat DEV_DIR] [--holdout-every 5] [--final] [--epochs 8] [--runs 1] [--min-weight 0.05] \
//!     --out data/models/ner-fr.bin
//! ```
//! - `--brat DIR`: BRAT standoff documents (`.txt` + `.ann`, WiNER types mapped to PER/LOC/ORG/
//!   MISC, outermost of nested spans kept, as `brat_gold.py` does);
//! - `--conll FILE`: `token<TAB>IOB2` sentences, rebuilt as text (tokens joined by spaces,
//!   one sentence a line, 10 sentences a document);
//! - `--conll-split FILE`, `--brat-split DIR`: same, but every `--holdout-every`-th document is held out for dev;
//!   `--holdout-offset K` (before it) shifts which one (0, the default, is the shipped split; the
//!   others give cross-validation folds for checking that a change holds beyond one split);
//! - `--dev-brat DIR`: held-out BRAT documents to report exact-span P/R/F1 on;
//! - `--runs N`: N trainings in N shuffle orders, the model being the mean of their weights;
//! - `--load FILE`: score a saved model on the `--dev-brat` documents instead of training;
//! - `--final`: also train on the held-out documents (for the shipped model; dev figures are then
//!   not held out any more).

use revue::tag::{self, decode, model::Model, perceptron::Trainer, EntityType, Mention};
use std::collections::BTreeMap;
use std::path::Path;

struct Doc {
    text: String,
    gold: Vec<Mention>,
}

fn load_brat(dir: &Path) -> Vec<Doc> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut docs = Vec::new();
    for p in names {
        let text = std::fs::read_to_string(&p).expect("read txt");
        let ann = std::fs::read_to_string(p.with_extension("ann")).unwrap_or_default();
        let gold = tag::gold_from_brat(&text, &ann);
        docs.push(Doc { text, gold });
    }
    docs
}

fn load_conll(path: &Path) -> Vec<Doc> {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut sents: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for line in raw.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") || line.starts_with('#') {
            if !sents.last().is_some_and(|s| s.is_empty()) {
                sents.push(Vec::new());
            }
            continue;
        }
        let cols: Vec<&str> = line.split(['\t', ' ']).filter(|c| !c.is_empty()).collect();
        if cols.len() < 2 {
            continue;
        }
        sents.last_mut().unwrap().push((cols[0].to_string(), cols[cols.len() - 1].to_string()));
    }
    sents.retain(|s| !s.is_empty());
    let mut docs = Vec::new();
    for chunk in sents.chunks(10) {
        let mut text = String::new();
        let mut gold = Vec::new();
        for s in chunk {
            let mut open: Option<(usize, EntityType)> = None;
            let mut last_end = text.len();
            for (w, tag) in s {
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(w);
                let (bio, ty) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
                let ty = EntityType::parse(ty);
                if bio != "I" || open.map(|o| Some(o.1)) != Some(ty) {
                    if let Some((s0, t0)) = open.take() {
                        gold.push(Mention { start: s0, end: last_end, ty: t0 });
                    }
                    if let (Some(t), "B" | "I") = (ty, bio) {
                        open = Some((start, t));
                    }
                }
                last_end = text.len();
            }
            if let Some((s0, t0)) = open.take() {
                gold.push(Mention { start: s0, end: last_end, ty: t0 });
            }
            text.push('\n');
        }
        docs.push(Doc { text, gold });
    }
    docs
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fnn: usize,
}

fn evaluate(t: &tag::Tagger, docs: &[Doc], label: &str) {
    let mut c: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut ntok = 0;
    for (di, d) in docs.iter().enumerate() {
        let pred = if std::env::var_os("NER_NO_CONSISTENCY").is_some() {
            tag::recognize_without_consistency(t, &d.text)
        } else {
            tag::recognize_with(t, &d.text)
        };
        ntok += revue::tokenize::tokenize(&d.text).len();
        for ty in ["PER", "LOC", "ORG", "MISC"] {
            let g: Vec<_> = d.gold.iter().filter(|m| m.ty.as_str() == ty).map(|m| (m.start, m.end)).collect();
            let p: Vec<_> = pred.iter().filter(|m| m.ty.as_str() == ty).map(|m| (m.start, m.end)).collect();
            let e = c.entry(ty).or_default();
            let tp = p.iter().filter(|x| g.contains(x)).count();
            if std::env::var_os("NER_ERRORS").is_some() {
                let ctx = |x: &(usize, usize)| {
                    let a = d.text[..x.0].char_indices().rev().nth(40).map_or(0, |c| c.0);
                    let b = d.text[x.1..].char_indices().nth(40).map_or(d.text.len(), |c| x.1 + c.0);
                    format!("{}[[{}]]{}", &d.text[a..x.0], &d.text[x.0..x.1], &d.text[x.1..b]).replace('\n', " / ")
                };
                for x in p.iter().filter(|x| !g.contains(x)) {
                    println!("FP {ty} {}\t{}\t{di} {} {}", &d.text[x.0..x.1], ctx(x), x.0, x.1);
                }
                for x in g.iter().filter(|x| !p.contains(x)) {
                    println!("FN {ty} {}\t{}\t{di} {} {}", &d.text[x.0..x.1], ctx(x), x.0, x.1);
                }
            }
            e.tp += tp;
            e.fp += p.len() - tp;
            e.fnn += g.len() - tp;
        }
    }
    println!("== {label}: {} docs, {ntok} tokens", docs.len());
    let f = |c: Counts| {
        let p = c.tp as f64 / (c.tp + c.fp).max(1) as f64;
        let r = c.tp as f64 / (c.tp + c.fnn).max(1) as f64;
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    };
    let mut plo = Counts::default();
    for (ty, k) in &c {
        let (p, r, f1) = f(*k);
        println!("{ty:5} P={p:.3} R={r:.3} F={f1:.3} (tp={} fp={} fn={})", k.tp, k.fp, k.fnn);
        if *ty != "MISC" {
            plo.tp += k.tp;
            plo.fp += k.fp;
            plo.fnn += k.fnn;
        }
    }
    let (p, r, f1) = f(plo);
    println!("PER+LOC+ORG P={p:.3} R={r:.3} F={f1:.3}");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut lang = "fr".to_string();
    let (mut train, mut dev) = (Vec::new(), Vec::new());
    let mut clusters = String::new();
    let mut out = None;
    let mut epochs = 8;
    let mut runs = 1usize;
    let mut min_weight = 0.05f32;
    let mut holdout = 5usize;
    let mut holdout_offset = 0usize;
    let mut final_ = false;
    let mut load = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let v = args.get(i + 1).cloned().unwrap_or_default();
        match a {
            "--lang" => lang = v,
            "--brat" => train.extend(load_brat(Path::new(&v))),
            "--dev-brat" => dev.extend(load_brat(Path::new(&v))),
            "--conll" => train.extend(load_conll(Path::new(&v))),
            "--conll-split" | "--brat-split" => {
                let docs = if a == "--conll-split" { load_conll(Path::new(&v)) } else { load_brat(Path::new(&v)) };
                for (k, d) in docs.into_iter().enumerate() {
                    if k % holdout == (holdout - 1 + holdout_offset) % holdout {
                        dev.push(d)
                    } else {
                        train.push(d)
                    }
                }
            }
            "--holdout-every" => holdout = v.parse().expect("--holdout-every N"),
            "--holdout-offset" => holdout_offset = v.parse().expect("--holdout-offset K"),
            "--clusters" => clusters = std::fs::read_to_string(&v).expect("clusters file"),
            "--out" => out = Some(v),
            "--load" => load = Some(v),
            "--epochs" => epochs = v.parse().expect("--epochs N"),
            "--runs" => runs = v.parse().expect("--runs N"),
            "--min-weight" => min_weight = v.parse().expect("--min-weight X"),
            "--predict" | "--bench" => {
                let lang_now = lang.clone();
                predict_or_bench(&lang_now, Path::new(&v), a == "--bench");
                return;
            }
            "--final" => {
                final_ = true;
                i += 1;
                continue;
            }
            _ => panic!("unknown argument {a}"),
        }
        i += 2;
    }
    if final_ {
        train.extend(dev.drain(..).map(|d| Doc { text: d.text, gold: d.gold }));
    }
    let res = tag::resources(&lang, &clusters);
    if let Some(path) = load {
        let model = Model::load(&std::fs::read(&path).expect("read model")).expect("model file");
        evaluate(&tag::Tagger { model, res: &res }, &dev, "dev (held out)");
        return;
    }
    eprintln!("lang={lang} train docs={} dev docs={}", train.len(), dev.len());
    let prepared: Vec<_> = train
        .iter()
        .map(|d| {
            let (tokens, infos) = tag::prepare(&d.text, &res);
            let gold = tag::gold_labels(&tokens, &d.gold);
            (infos, gold)
        })
        .collect();
    let ntok: usize = prepared.iter().map(|p| p.1.len()).sum();
    eprintln!("train tokens={ntok}");
    // `--runs N`: N trainings over the same data in N shuffle orders, their weights averaged
    let mut trainers = Vec::new();
    for run in 0..runs {
        let mut trainer = Trainer::new(decode::N_LABELS);
        let mut order: Vec<usize> = (0..prepared.len()).collect();
        // `NER_SEED` (experiments only): another shuffle order, to tell a change from the noise
        let mut seed = 0x2545_f491_4f6c_dd1du64 ^ (std::env::var("NER_SEED").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0) + 1000 * run as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for ep in 0..epochs {
            // deterministic shuffle
            for k in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(k, (seed % (k as u64 + 1)) as usize);
            }
            let mut correct = 0;
            for &d in &order {
                let (infos, gold) = &prepared[d];
                let pred = decode::train_doc(&mut trainer, infos, gold);
                correct += pred.iter().zip(gold).filter(|(a, b)| a == b).count();
            }
            eprintln!("run {} epoch {} token accuracy {:.4}", run + 1, ep + 1, correct as f64 / ntok.max(1) as f64);
        }
        trainers.push(trainer);
    }
    let model = Trainer::finish_all(trainers, min_weight);
    let bytes = model.to_bytes();
    eprintln!("features kept={} model bytes={}", model.n_features(), bytes.len());
    let t = tag::Tagger { model, res: &res };
    if !dev.is_empty() {
        evaluate(&t, &dev, "dev (held out)");
    }
    if let Some(o) = out {
        std::fs::write(&o, &bytes).expect("write model");
        eprintln!("wrote {o}");
    }
}

/// `--predict DIR`: JSONL of the embedded model's entities (code-point offsets, as
/// `score_ner.py` reads them) for every `.txt` in DIR. `--bench DIR`: tokens/s of the embedded
/// tagger (tokenize + features + decode + consistency) over those texts, best of 5 runs.
fn predict_or_bench(lang: &str, dir: &Path, bench: bool) {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let texts: Vec<(String, String)> = names
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).expect("read")))
        .collect();
    if bench {
        let ntok: usize = texts.iter().map(|t| revue::tokenize::tokenize(&t.1).len()).sum();
        let _ = tag::recognize("warm up", lang);
        let mut best = f64::MAX;
        let mut nment = 0;
        let cpu0 = on_cpu_seconds();
        for _ in 0..5 {
            let t0 = std::time::Instant::now();
            nment = 0;
            for (_, text) in &texts {
                nment += tag::recognize(text, lang).map_or(0, |m| m.len());
            }
            best = best.min(t0.elapsed().as_secs_f64());
        }
        if std::env::var_os("NER_PROFILE").is_some() {
            let res = &tag::tagger(lang).unwrap().res;
            let t0 = std::time::Instant::now();
            for (_, text) in &texts { std::hint::black_box(revue::tokenize::tokenize(text)); }
            let a = t0.elapsed().as_secs_f64();
            let t0 = std::time::Instant::now();
            for (_, text) in &texts { std::hint::black_box(tag::prepare(text, res)); }
            let b = t0.elapsed().as_secs_f64();
            println!("tokenize {a:.4}s prepare(tokenize+infos) {b:.4}s total {best:.4}s");
        }
        let cpu = cpu0.zip(on_cpu_seconds()).map(|(a, b)| (b - a) / 5.0);
        println!("native: {} docs, {ntok} tokens, {nment} mentions, {:.3} s, {:.0} tokens/s (wall, best of 5)", texts.len(), best, ntok as f64 / best);
        if let Some(c) = cpu {
            println!("native: {:.3} s on CPU per pass, {:.0} tokens/s of CPU time (load-independent)", c, ntok as f64 / c);
        }
        return;
    }
    for (name, text) in &texts {
        let ms = tag::recognize(text, lang).unwrap_or_default();
        let cp = |b: usize| text[..b].chars().count();
        let ents: Vec<String> = ms
            .iter()
            .map(|m| format!("{{\"start\":{},\"end\":{},\"type\":\"{}\"}}", cp(m.start), cp(m.end), m.ty.as_str()))
            .collect();
        println!("{{\"file\":\"{}\",\"entities\":[{}]}}", name, ents.join(","));
    }
}

/// Time this thread spent on a CPU (Linux `/proc/self/schedstat`, ns), to measure throughput on
/// a shared, loaded machine where wall time mostly measures waiting.
fn on_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    s.split_whitespace().next()?.parse::<f64>().ok().map(|ns| ns / 1e9)
}
