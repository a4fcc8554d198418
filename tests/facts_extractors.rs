//! Realistic French and English news sentences (written for these tests, not taken from the
//! seeds) through each facts extractor.

use revue::tag::{EntityType, Mention};
use revue::{agencies, dates, figures, quotes, resolve};

fn mentions(text: &str, spans: &[(&str, EntityType)]) -> Vec<Mention> {
    revue::tag::locate(text, spans)
}

#[test]
fn english_article_entities_quotes_and_dates() {
    use EntityType::*;
    let t = "YEREVAN (Reuters) - Armenian Prime Minister Nikol Pashinian said on Tuesday that Baku had massed troops near the border. \"We are ready for peace, but not at any price,\" Pashinyan told parliament. Azerbaijan's foreign ministry rejected the claim. Aliyev's aide Hikmet Hajiyev said Yerevan was \"spreading disinformation\".";
    let ms = mentions(
        t,
        &[("YEREVAN", Loc), ("Nikol Pashinian", Per), ("Baku", Loc), ("Pashinyan", Per), ("Azerbaijan", Loc), ("Aliyev", Per), ("Hikmet Hajiyev", Per), ("Yerevan", Loc)],
    );
    let r = resolve::resolve_document(t, &ms, "en");
    assert_eq!(r[1].canonical, "Nikol Pashinyan");
    assert_eq!(r[1].role.as_deref(), Some("Prime Minister"));
    assert_eq!(r[3].canonical, "Nikol Pashinyan", "surname variant joins the full name");
    assert_eq!(r[2].canonical, "Baku");
    assert_eq!(r[7].canonical, "Yerevan");
    let q = quotes::find_quotes(t, "en", &ms, &r);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker.as_deref(), Some("Nikol Pashinyan"));
    assert_eq!(q[1].speaker.as_deref(), Some("Hikmet Hajiyev"));
    let d = dates::find_dates(t, "en", Some("2024-04-17"));
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].iso.as_deref(), Some("2024-04-16"));
    assert_eq!(agencies::find_sources(t), vec!["Reuters"]);
}

#[test]
fn french_article_figures_with_claimants() {
    let t = "Selon le ministère arménien de la Santé, au moins 49 soldats ont été tués et plus de 200 blessés. Environ 2 500 habitants ont fui vers Goris, a indiqué le médiateur. Un hôpital de 120 lits a été touché le 14 septembre 2022.";
    let f = figures::find_figures(t, "fr");
    let got: Vec<(f64, &str)> = f.iter().map(|x| (x.value, x.what)).collect();
    assert_eq!(got, vec![(49.0, "killed"), (200.0, "wounded"), (2500.0, "displaced")], "{got:?}");
    assert_eq!(f[0].claimant.as_deref(), Some("le ministère arménien de la Santé"));
    assert_eq!(f[0].qualifier.as_deref(), Some("au moins"));
    let d = dates::find_dates(t, "fr", None);
    assert_eq!(d.last().and_then(|x| x.iso.as_deref()), Some("2022-09-14"));
}

#[test]
fn english_figures_and_relative_dates() {
    let t = "Police arrested 35 protesters in Tbilisi last week, and two dozen tanks were destroyed near Kherson yesterday, officials said. The 1,300-year-old church was damaged.";
    let f = figures::find_figures(t, "en");
    let got: Vec<(f64, &str)> = f.iter().map(|x| (x.value, x.what)).collect();
    assert_eq!(got, vec![(35.0, "arrested"), (24.0, "destroyed")], "{got:?}");
    let d = dates::find_dates(t, "en", Some("2023-06-07"));
    let iso: Vec<Option<&str>> = d.iter().map(|x| x.iso.as_deref()).collect();
    assert_eq!(iso, vec![None, Some("2023-06-06")]);
}

#[test]
fn corpus_merges_across_articles_with_reasons() {
    use revue::record::{EntityOut, Record};
    let rec = |names: &[(&str, &str)]| Record {
        entities: names
            .iter()
            .map(|(n, t)| EntityOut { start: 0, end: 0, ty: t.to_string(), text: n.to_string(), canonical: n.to_string(), role: None })
            .collect(),
        ..Record::default()
    };
    let mut c = resolve::Corpus::new();
    // Unseen name, three romanisations; and a homonym with another first name.
    c.add(&rec(&[("Araik Haroutiounian", "PER")]));
    c.add(&rec(&[("Araik Harutyunyan", "PER"), ("Harutyunyan", "PER")]));
    c.add(&rec(&[("Davit Harutyunyan", "PER")]));
    assert_eq!(c.canonical("Araik Haroutiounian", "PER"), c.canonical("Araik Harutyunyan", "PER"));
    assert_ne!(c.canonical("Davit Harutyunyan", "PER"), c.canonical("Araik Harutyunyan", "PER"));
    assert!(c.reasons().iter().any(|r| r.variant == "Araik Harutyunyan" && r.reason == "same fold key"), "{:?}", c.reasons());
}

/// Hostile input: unbalanced marks, multibyte characters everywhere, digits glued to
/// letters, very long lines. Nothing may panic, and long texts must stay fast (no
/// quadratic scans).
#[test]
fn hostile_text_does_not_panic_and_stays_linear() {
    let pieces = [
        "« ", "»", "“", "”", "\"", "‹", "›", "’", "ə", "Ə", "İ", "ş", "ğ", "\u{a0}", "\u{202f}", "M.", " Aliev", " Ilham Aliyev", " 1 200", " morts",
        " mardi", " 19.9.2023", " 2024-13-45", " 31 février 2023", " 1er", " au moins", " quatre douzaines", " (AFP)", " AP/", " —", "\n", ", a-t-il dit",
        " selon lui", " le président", ",", ".", " 2015-2016", " 99999999999999999999", " de", " l’", " €", "%", " said", " on Tuesday",
    ];
    let mut text = String::new();
    let mut x: u64 = 0x9e3779b97f4a7c15;
    for _ in 0..40_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text.push_str(pieces[(x % pieces.len() as u64) as usize]);
    }
    let t0 = std::time::Instant::now();
    // Mentions: every " Aliev"/" Ilham Aliyev" occurrence, in order.
    let mut ms = Vec::new();
    for (i, _) in text.match_indices("Aliev").chain(text.match_indices("Ilham Aliyev")) {
        ms.push(Mention { start: i, end: i + 5, ty: EntityType::Per });
    }
    ms.sort_by_key(|m| m.start);
    ms.dedup_by_key(|m| m.start);
    let r = resolve::resolve_document(&text, &ms, "fr");
    assert_eq!(r.len(), ms.len());
    let q = quotes::find_quotes(&text, "fr", &ms, &r);
    let d = dates::find_dates(&text, "fr", Some("2023-09-20"));
    let f = figures::find_figures(&text, "fr");
    let s = agencies::find_sources(&text);
    for (a, b) in q.iter().map(|x| (x.start, x.end)).chain(d.iter().map(|x| (x.start, x.end))).chain(f.iter().map(|x| (x.start, x.end))) {
        assert!(a <= b && text.is_char_boundary(a) && text.is_char_boundary(b));
    }
    assert!(!d.is_empty() && !f.is_empty() && !q.is_empty() && !s.is_empty());
    assert!(t0.elapsed().as_secs() < 20, "took {:?}", t0.elapsed());
}

/// Times of day are time expressions too (WiNER marks them as Hour spans, gold for date
/// detection); lengths of time and rates are not.
#[test]
fn times_of_day_but_not_durations() {
    let t = "Le couvre-feu commence à 21h et les tirs ont cessé vers 18 h 30, heure locale. \
             Le vote a eu lieu à 20 heures ; la séance a repris à midi. \
             Les secours ont mis 48 h à arriver, en 24h la ville était évacuée, un service assuré 24h/24. \
             Trois coureurs ont bouclé l'épreuve en moins de 10 heures. \
             The strike hit at 9:30 p.m. local time, and sirens sounded at midnight.";
    let d = dates::find_dates(t, "fr", Some("2024-04-10"));
    let texts: Vec<&str> = d.iter().map(|m| &t[m.start..m.end]).collect();
    for want in [
        "21h",
        "18 h 30",
        "20 heures",
        "à midi",
        "9:30 p.m. local time",
        "midnight",
    ] {
        assert!(
            texts.iter().any(|x| x.contains(want)),
            "{want} in {texts:?}"
        );
    }
    for not in ["48 h", "24h", "10 heures"] {
        assert!(
            !texts.iter().any(|x| x.starts_with(not)),
            "{not} is a length of time: {texts:?}"
        );
    }
    assert!(
        texts.contains(&"21h"),
        "no zone read into \"et\": {texts:?}"
    );
}
