//! The facts extractors on the hand-made gold of the five seed articles
//! (tests/fixtures/facts/*.gold.json, copied from shared/gold/seeds), with GOLD mention spans
//! and types fed to the resolver: entity merging is measured on its own, independently of
//! the entity tagger. Same matching rules as shared/tools/score_facts.py.
//! Run with `cargo test --test facts_seeds -- --nocapture` to see the figures.

mod gold;

use revue::record::{EntityOut, Record};
use revue::resolve::{self, Corpus};
use revue::tag::{EntityType, Mention};
use revue::{dates, figures, quotes};
use serde_json::Value;
use std::collections::HashMap;

const GOLD: &[&str] = &[
    include_str!("fixtures/facts/000_593b8816eaf3b754.txt.gold.json"),
    include_str!("fixtures/facts/001_01ef4c9a730ba3d5.txt.gold.json"),
    include_str!("fixtures/facts/002_28c46dbd58fdaa5f.txt.gold.json"),
    include_str!("fixtures/facts/003_e0b1685020b70630.txt.gold.json"),
    include_str!("fixtures/facts/004_1243d96ca77b5fb5.txt.gold.json"),
];

/// Gold mentions located in reading order; a name inside an earlier-listed one is skipped.
fn locate_mentions(text: &str, ents: &[Value]) -> Vec<(usize, usize, Value)> {
    let mut out: Vec<(usize, usize, Value)> = Vec::new();
    let mut pos = 0;
    let find_free = |from: usize, s: &str, out: &Vec<(usize, usize, Value)>| -> Option<usize> {
        let mut i = text.get(from..)?.find(s).map(|k| k + from);
        while let Some(k) = i {
            if !out.iter().any(|(a, b, _)| *a <= k && k < *b) {
                return Some(k);
            }
            let next = k + text[k..].chars().next().map_or(1, char::len_utf8);
            i = text[next..].find(s).map(|j| j + next);
        }
        None
    };
    for e in ents {
        let s = e["text"].as_str().unwrap_or("");
        if s.is_empty() {
            continue;
        }
        let i = match find_free(pos, s, &out) {
            Some(i) => {
                pos = i + s.len();
                i
            }
            None => match find_free(0, s, &out) {
                Some(i) => i,
                None => continue,
            },
        };
        out.push((i, i + s.len(), e.clone()));
    }
    out
}

fn locate(text: &str, items: &[Value], key: &str) -> Vec<(usize, usize, Value)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for it in items {
        let s = it[key].as_str().unwrap_or("");
        if s.is_empty() {
            continue;
        }
        let i = match text[pos..].find(s) {
            Some(k) => {
                pos += k + s.len();
                pos - s.len()
            }
            None => match text.find(s) {
                Some(k) => k,
                None => continue,
            },
        };
        out.push((i, i + s.len(), it.clone()));
    }
    out
}

fn ty(s: &str) -> EntityType {
    match s {
        "PER" => EntityType::Per,
        "LOC" => EntityType::Loc,
        "ORG" => EntityType::Org,
        _ => EntityType::Misc,
    }
}

fn f1(tp: f64, np: f64, ng: f64) -> f64 {
    let p = if np > 0.0 { tp / np } else { 0.0 };
    let r = if ng > 0.0 { tp / ng } else { 0.0 };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn pairwise_f1(pairs: &[(String, String)]) -> f64 {
    let (mut tp, mut fp, mut fnn) = (0.0, 0.0, 0.0);
    for i in 0..pairs.len() {
        for j in i + 1..pairs.len() {
            let sg = pairs[i].0 == pairs[j].0;
            let sp = pairs[i].1 == pairs[j].1;
            if sg && sp {
                tp += 1.0;
            } else if sp {
                fp += 1.0;
            } else if sg {
                fnn += 1.0;
            }
        }
    }
    f1(tp, tp + fp, tp + fnn)
}

struct Scores {
    merging: f64,
    baseline: f64,
    dates_f1: f64,
    iso_acc: f64,
    figures_f1: f64,
    figure_cat: f64,
    quotes_f1: f64,
    speaker_acc: f64,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn run() -> Scores {
    let golds: Vec<Value> = GOLD.iter().map(|g| serde_json::from_str(g).expect("gold json")).collect();
    let mut records = Vec::new();
    let mut gold_canon: Vec<Vec<String>> = Vec::new();
    let (mut d_tp, mut d_p, mut d_pm, mut d_g, mut iso_ok, mut iso_n) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut f_tp, mut f_p, mut f_pm, mut f_g, mut f_cat) = (0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut q_tp, mut q_p, mut q_pm, mut q_g, mut sp_ok, mut sp_n) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    for g in &golds {
        let text = gold::gold_text(g);
        let gm = locate_mentions(&text, g["entities"].as_array().map(Vec::as_slice).unwrap_or(&[]));
        let ms: Vec<Mention> = gm.iter().map(|(a, b, e)| Mention { start: *a, end: *b, ty: ty(e["type"].as_str().unwrap_or("")) }).collect();
        let res = resolve::resolve_document(&text, &ms, "fr");
        gold_canon.push(gm.iter().map(|(_, _, e)| e["canonical"].as_str().unwrap_or("").to_string()).collect());
        let entities = ms
            .iter()
            .zip(&res)
            .map(|(m, r)| EntityOut {
                start: m.start,
                end: m.end,
                ty: m.ty.as_str().to_string(),
                text: text[m.start..m.end].to_string(),
                canonical: r.canonical.clone(),
                role: r.role.clone(),
            })
            .collect();
        // Dates.
        let gd = locate(&text, g["dates_mentioned"].as_array().map(Vec::as_slice).unwrap_or(&[]), "text");
        let pd = dates::find_dates(&text, "fr", None);
        d_g += gd.len() as f64;
        d_p += pd.len() as f64;
        d_pm += pd.iter().filter(|d| gd.iter().any(|(a, b, _)| overlap((d.start, d.end), (*a, *b)))).count() as f64;
        for (a, b, d) in &gd {
            if let Some(m) = pd.iter().find(|p| overlap((p.start, p.end), (*a, *b))) {
                d_tp += 1.0;
                let t = d["text"].as_str().unwrap_or("");
                if d["iso"].is_string() && t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
                    iso_n += 1.0;
                    if m.iso.as_deref() == d["iso"].as_str() {
                        iso_ok += 1.0;
                    } else {
                        eprintln!("  date iso: {t:?} gold {:?} got {:?}", d["iso"], m.iso);
                    }
                }
            } else {
                eprintln!("  date missed: {:?}", d["text"]);
            }
        }
        for p in &pd {
            if !gd.iter().any(|(a, b, _)| overlap((p.start, p.end), (*a, *b))) {
                eprintln!("  date extra: {:?}", &text[p.start..p.end]);
            }
        }
        // Figures.
        let gf = locate(&text, g["figures"].as_array().map(Vec::as_slice).unwrap_or(&[]), "text");
        let pf = figures::find_figures(&text, "fr");
        f_g += gf.len() as f64;
        f_p += pf.len() as f64;
        f_pm += pf.iter().filter(|f| gf.iter().any(|(a, b, x)| overlap((f.start, f.end), (*a, *b)) && x["value"].as_f64() == Some(f.value))).count() as f64;
        for (a, b, x) in &gf {
            match pf.iter().find(|f| overlap((f.start, f.end), (*a, *b)) && x["value"].as_f64() == Some(f.value)) {
                Some(f) => {
                    f_tp += 1.0;
                    if x["what"].as_str() == Some(f.what) {
                        f_cat += 1.0;
                    } else {
                        eprintln!("  figure category: {:?} gold {:?} got {}", x["text"], x["what"], f.what);
                    }
                }
                None => eprintln!("  figure missed: {:?}", x["text"]),
            }
        }
        for f in &pf {
            if !gf.iter().any(|(a, b, _)| overlap((f.start, f.end), (*a, *b))) {
                eprintln!("  figure extra: {:?} {}", &text[f.start..f.end], f.value);
            }
        }
        // Quotes and speakers.
        let gq = locate(&text, g["quotes"].as_array().map(Vec::as_slice).unwrap_or(&[]), "text");
        let pq = quotes::find_quotes(&text, "fr", &ms, &res);
        q_g += gq.len() as f64;
        q_p += pq.len() as f64;
        q_pm += pq.iter().filter(|q| gq.iter().any(|(a, b, _)| overlap((q.start, q.end), (*a, *b)))).count() as f64;
        let mut sits: HashMap<String, Vec<String>> = HashMap::new();
        for ((_, _, e), r) in gm.iter().zip(&res) {
            sits.entry(r.canonical.clone()).or_default().push(e["canonical"].as_str().unwrap_or("").to_string());
        }
        for (a, b, q) in &gq {
            if let Some(m) = pq.iter().find(|p| overlap((p.start, p.end), (*a, *b))) {
                q_tp += 1.0;
                if let Some(gs) = q["speaker"].as_str() {
                    sp_n += 1.0;
                    let ok = m.speaker.as_deref().is_some_and(|ps| ps == gs || sits.get(ps).is_some_and(|v| v.iter().any(|x| x == gs)));
                    if ok {
                        sp_ok += 1.0;
                    } else {
                        eprintln!("  speaker: {:?}… gold {gs:?} got {:?}", q["text"].as_str().unwrap_or("").chars().take(30).collect::<String>(), m.speaker);
                    }
                }
            } else {
                eprintln!("  quote missed: {:?}", q["text"]);
            }
        }
        records.push(Record { text, entities, ..Record::default() });
    }
    // Entity merging across the corpus, through Corpus (as unify_corpus does).
    let baseline_pairs: Vec<(String, String)> =
        records.iter().zip(&gold_canon).flat_map(|(r, gc)| r.entities.iter().zip(gc).map(|(e, g)| (g.clone(), e.text.clone()))).collect();
    let mut corpus = Corpus::new();
    for r in &records {
        corpus.add(r);
    }
    for r in &mut records {
        corpus.apply(r);
    }
    let pairs: Vec<(String, String)> =
        records.iter().zip(&gold_canon).flat_map(|(r, gc)| r.entities.iter().zip(gc).map(|(e, g)| (g.clone(), e.canonical.clone()))).collect();
    let mut wrong: HashMap<(String, String), usize> = HashMap::new();
    for (g, p) in &pairs {
        *wrong.entry((g.clone(), p.clone())).or_default() += 1;
    }
    let mut by_gold: HashMap<&str, Vec<&str>> = HashMap::new();
    for (g, p) in wrong.keys() {
        by_gold.entry(g).or_default().push(p);
    }
    for (g, ps) in &by_gold {
        if ps.len() > 1 {
            eprintln!("  split: {g:?} -> {ps:?}");
        }
    }
    let mut by_pred: HashMap<&str, Vec<&str>> = HashMap::new();
    for (g, p) in wrong.keys() {
        by_pred.entry(p).or_default().push(g);
    }
    for (p, gs) in &by_pred {
        if gs.len() > 1 {
            eprintln!("  merged wrongly: {p:?} <- {gs:?}");
        }
    }
    Scores {
        merging: pairwise_f1(&pairs),
        baseline: pairwise_f1(&baseline_pairs),
        dates_f1: f1(d_tp, d_p, d_g).max(f1(d_pm, d_p, d_g).min(f1(d_tp, d_p, d_g))),
        iso_acc: if iso_n > 0.0 { iso_ok / iso_n } else { 1.0 },
        figures_f1: {
            let p = if f_p > 0.0 { f_pm / f_p } else { 0.0 };
            let r = if f_g > 0.0 { f_tp / f_g } else { 0.0 };
            if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
        },
        figure_cat: if f_tp > 0.0 { f_cat / f_tp } else { 0.0 },
        quotes_f1: {
            let p = if q_p > 0.0 { q_pm / q_p } else { 0.0 };
            let r = if q_g > 0.0 { q_tp / q_g } else { 0.0 };
            if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
        },
        speaker_acc: if sp_n > 0.0 { sp_ok / sp_n } else { 0.0 },
    }
    .tap(|_| {
        let _ = (d_pm, q_pm);
    })
}

trait Tap: Sized {
    fn tap(self, f: impl FnOnce(&Self)) -> Self {
        f(&self);
        self
    }
}
impl<T> Tap for T {}

#[test]
fn seeds_with_gold_mentions() {
    let s = run();
    eprintln!(
        "facts on the seeds (gold mentions): merging F1 {:.4} (identical-string baseline {:.4}); dates F1 {:.4}, ISO acc {:.4}; figures F1 {:.4}, category acc {:.4}; quotes F1 {:.4}, speaker acc {:.4}",
        s.merging, s.baseline, s.dates_f1, s.iso_acc, s.figures_f1, s.figure_cat, s.quotes_f1, s.speaker_acc
    );
    assert!(s.merging > s.baseline, "merging must beat identical strings");
    assert!(s.merging >= 0.95, "merging F1 {}", s.merging);
    assert!(s.dates_f1 >= 0.9 && s.iso_acc >= 0.9);
    assert!(s.figures_f1 >= 0.85 && s.figure_cat >= 0.8);
    assert!(s.quotes_f1 >= 0.9 && s.speaker_acc >= 0.75, "quotes {} speakers {}", s.quotes_f1, s.speaker_acc);
}
