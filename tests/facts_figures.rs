//! Figures and dates on held-out French news: the hand-made gold of tests/fixtures/wikinews-facts (40
//! Wikinews articles of WiNER-fr train about attacks, wars, disasters and protests; 285
//! figures, 215 dates; see its README.md) and of tests/fixtures/wikinews-facts2 (30 more,
//! disjoint, annotated after the figure rules were tuned on the first: 165 figures, 117 dates), through the whole engine (`--raw` mode, as
//! `score_facts.py` runs it) and judged as `score_facts.py` judges: a gold item is found when
//! a prediction overlaps its snippet (located in reading order); a figure needs the same value
//! too. Dates are judged on recall and ISO only: this gold leaves times of day out, while
//! the engine reports them as WiNER marks them (Hour spans), so date precision here would
//! measure that convention, not the engine.
//! Run with `cargo test --release --test facts_figures -- --nocapture` to see the figures.

mod gold;

use serde_json::Value;

/// Code point spans of `items`' snippets (`key`) in `text`, in reading order, as
/// `score_facts.py` locates them (an item out of order takes its first occurrence).
fn locate<'a>(text: &str, items: &'a [Value], key: &str) -> Vec<(usize, usize, &'a Value)> {
    let cp = |b: usize| text[..b].chars().count();
    let mut out = Vec::new();
    let mut pos = 0;
    for it in items {
        let Some(s) = it[key].as_str().filter(|s| !s.is_empty()) else { continue };
        let at = text[pos..].find(s).map(|i| pos + i);
        let at = match at {
            Some(i) => {
                pos = i + s.len();
                i
            }
            None => match text.find(s) {
                Some(i) => i,
                None => continue,
            },
        };
        out.push((cp(at), cp(at + s.len()), it));
    }
    out
}

fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4)
}

/// Figure P/R/F1 and category accuracy, date recall and ISO accuracy over one gold folder.
struct Scores {
    f1: f64,
    category: f64,
    date_recall: f64,
    iso: f64,
}

impl Scores {
    fn at_least(&self, f1: f64, category: f64, date_recall: f64, iso: f64) {
        assert!(self.f1 >= f1, "figure F1 {}", self.f1);
        assert!(self.category >= category, "figure category accuracy {}", self.category);
        assert!(self.date_recall >= date_recall, "date recall {}", self.date_recall);
        assert!(self.iso >= iso, "ISO accuracy {}", self.iso);
    }
}

fn score(folder: &str, count: usize) -> Scores {
    let (mut fig_g, mut fig_p, mut fig_tp, mut fig_ptp, mut fig_cat) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let (mut date_g, mut date_tp, mut iso_n, mut iso_ok) = (0usize, 0usize, 0usize, 0usize);
    for (_, g, text, rec) in gold::analysed(folder, count) {
        let gold_figs = locate(&text, g["figures"].as_array().unwrap(), "text");
        fig_g += gold_figs.len();
        fig_p += rec.figures.len();
        let same = |f: &revue::record::FigureOut, a: usize, b: usize, v: &Value| f.start < b && a < f.end && f.value == v["value"].as_f64().unwrap();
        fig_ptp += rec.figures.iter().filter(|f| gold_figs.iter().any(|&(a, b, v)| same(f, a, b, v))).count();
        for &(a, b, v) in &gold_figs {
            if let Some(f) = rec.figures.iter().find(|f| same(f, a, b, v)) {
                fig_tp += 1;
                fig_cat += (f.what == v["what"].as_str().unwrap()) as usize;
            }
        }
        for (a, b, d) in locate(&text, g["dates_mentioned"].as_array().unwrap(), "text") {
            date_g += 1;
            let Some(p) = rec.dates.iter().find(|p| p.start < b && a < p.end) else { continue };
            date_tp += 1;
            if let Some(iso) = d["iso"].as_str().filter(|_| has_year(d["text"].as_str().unwrap())) {
                iso_n += 1;
                iso_ok += (p.iso.as_deref() == Some(iso)) as usize;
            }
        }
    }
    let (p, r) = (fig_ptp as f64 / fig_p as f64, fig_tp as f64 / fig_g as f64);
    let scores = Scores {
        f1: 2.0 * p * r / (p + r),
        category: fig_cat as f64 / fig_tp as f64,
        date_recall: date_tp as f64 / date_g as f64,
        iso: iso_ok as f64 / iso_n as f64,
    };
    eprintln!("{folder} figures: {fig_g} gold, {fig_p} found; P {p:.3} R {r:.3} F1 {:.3}, category {:.3}", scores.f1, scores.category);
    eprintln!("{folder} dates: {date_g} gold, recall {:.3}; ISO {:.3} ({iso_ok}/{iso_n})", scores.date_recall, scores.iso);
    scores
}

#[test]
fn figures_and_dates_on_held_out_wikinews() {
    // Figure F1 0.668 before the figure rules of December 2026 (words before a count, lists
    // after a colon, more heads of counts); 0.828 after them; 0.940 (category 0.930) after
    // the next (a lone "un" told, counts per place, parts of a whole, units, protest heads),
    // tuned on this set.
    score("wikinews-facts", 40).at_least(0.90, 0.90, 0.85, 0.95);
}

/// The second set, made after the figure rules were tuned on the first.
#[test]
fn figures_and_dates_on_a_second_held_out_set() {
    // Figure F1 0.822 before the rules tuned on the first set last; 0.858 (category 0.882)
    // after, held out; 0.901 (category 0.942) after the next (counts that are the subject of
    // their verb, "entre X et Y", adverbs and ages before the verb, objects), tuned on it.
    score("wikinews-facts2", 30).at_least(0.88, 0.92, 0.85, 0.95);
}

/// The third set, made while the rules were tuned on the second; tuned on since the fourth
/// was made.
#[test]
fn figures_and_dates_on_a_third_held_out_set() {
    // Figure F1 0.830 (category 0.899) before the rules tuned on the second set; 0.841
    // (category 0.912) after, held out; 0.922 (category 0.888, on 17 more counts found)
    // after counts of things with any plural head ("six pays", "trois pneus"), tuned on it.
    // Date recall 0.916, ISO 1.0.
    score("wikinews-facts3", 30).at_least(0.90, 0.87, 0.88, 0.95);
}

/// The fourth set, made while the rules were tuned on the third (14 WiNER-fr train articles,
/// 16 dev), and never tuned on.
#[test]
fn figures_and_dates_on_a_fourth_held_out_set() {
    // Figure F1 0.825 (category 0.856) before the rules tuned on the third set; 0.880
    // (category 0.844) after, held out. Date recall 0.850 before, 0.858 after; ISO 1.0.
    score("wikinews-facts4", 30).at_least(0.86, 0.82, 0.84, 0.95);
}
