//! Realistic French and English news sentences (written for these tests, not taken from the
//! seeds) through each facts extractor.

use revue::tag::{EntityType, Mention};
use revue::{agencies, dates, figures, quotes, resolve};

fn mentions(text: &str, spans: &[(&str, EntityType)]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, ty) in spans {
        let i = pos + text[pos..].find(s).expect("span in text");
        out.push(Mention { start: i, end: i + s.len(), ty: *ty });
        pos = i + s.len();
    }
    out
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
