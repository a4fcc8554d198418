//! The engine: runs every stage of the pipeline on one file and builds its records.
//!
//! An [`Engine`] keeps what is learnt across files of one corpus (the boilerplate memory of
//! plain-text scrapes); everything else is per article. One engine per thread or worker.

use crate::container::{self, DocBody, Document};
use crate::extract::{self, Article, Memory};
use crate::record::{CharIndex, DateOut, EntityOut, FigureOut, QuoteOut, Record, RemovedOut};
use crate::{agencies, dates, figures, lang, quotes, resolve, tag};

/// How to analyse a file.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Take the file verbatim as one article body: no extraction, `text` = decoded content.
    pub raw: bool,
}

/// The sample documents of [`Engine::warm_up`]: written for it, in the two languages and
/// the two main formats Revue reads.
const WARM_UP: [(&str, &[u8]); 2] = [
    ("scrape-fr.txt", include_bytes!("../data/warmup/scrape-fr.txt")),
    ("page-en.html", include_bytes!("../data/warmup/page-en.html")),
];

#[derive(Default, Clone)]
pub struct Engine {
    memory: Memory,
}

impl Engine {
    pub fn new() -> Engine {
        Engine::default()
    }

    /// Builds now what analysis otherwise builds on the first files that need it: the
    /// taggers' models and lexicons, the patterns of dates, figures and quotes and the
    /// boilerplate rules most lines reach, by analysing the sample documents of
    /// `data/warmup/` (a French scrape, an English saved page) with a scratch engine, so that
    /// no engine learns from them; then every other rule's automaton. In steps of a few tens
    /// of milliseconds (in the wasm build; a sample's step is longer), `step` counting from 0;
    /// returns whether a step is left. The page runs them in each worker while the person is
    /// still choosing files, and stops when files arrive, so the samples go first: in the
    /// wasm build, the first files otherwise cost about 0.8 s more in each worker, and
    /// running the pipeline also lets the browser optimise its hot code early.
    pub fn warm_up(step: usize) -> bool {
        const RULES_PER_STEP: usize = 12;
        if let Some((name, bytes)) = WARM_UP.get(step) {
            Engine::new().analyze(name, bytes, &Options::default());
            return true;
        }
        let rules = extract::rule_count();
        let from = (step - WARM_UP.len()) * RULES_PER_STEP;
        (from..(from + RULES_PER_STEP).min(rules)).for_each(extract::compile_rule);
        from + RULES_PER_STEP < rules
    }

    /// Lets the engine learn the corpus before analysis (lines that recur across files are
    /// boilerplate). Optional: files analysed without it are still handled, and the memory
    /// also grows as files are analysed.
    pub fn observe(&mut self, name: &str, bytes: &[u8]) {
        for doc in container::unpack(name, bytes) {
            // Only scrapes teach the memory: a dump's clean text has no site chrome to learn.
            if let DocBody::Text { text, clean: false } = &doc.body {
                self.memory.observe(text);
            }
        }
    }

    /// Every article found in one file, each as a record. Never panics on bad input: a file
    /// that cannot be read yields one record with `errors`.
    pub fn analyze(&mut self, name: &str, bytes: &[u8], opts: &Options) -> Vec<Record> {
        if opts.raw {
            return vec![self.analyze_raw(name, bytes)];
        }
        container::unpack(name, bytes).into_iter().map(|doc| self.analyze_document(doc)).collect()
    }

    /// [`Engine::analyze`], with a panic in any stage turned into an error record (native
    /// builds; in wasm a panic traps and the worker is replaced by the page).
    pub fn analyze_guarded(&mut self, name: &str, bytes: &[u8], opts: &Options) -> Vec<Record> {
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.analyze(name, bytes, opts)));
        run.unwrap_or_else(|p| {
            let why = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            vec![Record {
                file: name.to_string(),
                errors: vec![format!("internal error while analysing this file: {why}")],
                ..Record::default()
            }]
        })
    }

    fn analyze_raw(&mut self, name: &str, bytes: &[u8]) -> Record {
        let decoded = crate::decode::decode(bytes);
        let mut rec = Record { file: name.to_string(), format: Some("raw".into()), ..Record::default() };
        rec.errors = decoded.errors;
        rec.text = decoded.text;
        rec.lang = lang::detect(&rec.text).map(str::to_string);
        rec.sources = agencies::find_sources(&rec.text);
        annotate(&mut rec, None);
        rec
    }

    fn analyze_document(&mut self, doc: Document) -> Record {
        let Document { name, record, format, body, meta, errors } = doc;
        let mut article = match &body {
            DocBody::Html(html) => extract::html::extract(html),
            DocBody::Text { text, clean } => {
                if *clean {
                    extract::text::from_clean(text)
                } else {
                    self.memory.observe(text);
                    extract::text::extract(text, &self.memory)
                }
            }
            DocBody::Failed => Article::default(),
        };
        article.fill_from(&meta);
        let mut rec = Record {
            file: name,
            record,
            format: Some(format.to_string()),
            errors,
            ..Record::default()
        };
        rec.errors.append(&mut article.errors);
        rec.lang = detect_lang(&article);
        rec.title = article.title;
        rec.published = article.published;
        rec.page_date = article.page_date;
        rec.author = article.author;
        rec.site = article.site;
        rec.body = article.body;
        rec.removed = article.removed.into_iter().map(|r| RemovedOut { text: r.text, reason: r.reason }).collect();
        rec.text = match &rec.title {
            Some(t) if !rec.body.is_empty() => format!("{}\n\n{}", t, rec.body.join("\n\n")),
            Some(t) => t.clone(),
            None => rec.body.join("\n\n"),
        };
        let mut sources = article.sources;
        for s in agencies::find_sources(&rec.text) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        rec.sources = sources;
        let anchor = rec.published.clone().or_else(|| rec.page_date.clone());
        annotate(&mut rec, anchor.as_deref());
        rec
    }
}

/// A body this short (bytes) is read with its headline to tell its language.
const SHORT_BODY_BYTES: usize = 200;

/// The article's language: what its text says, else what its markup declared.
fn detect_lang(article: &Article) -> Option<String> {
    let mut sample: String = article.body.iter().take(20).map(|p| p.as_str()).collect::<Vec<_>>().join("\n");
    // A short body (a news API's summary, a brief) says more with its headline.
    if sample.len() < SHORT_BODY_BYTES {
        if let Some(t) = &article.title {
            sample = format!("{t}\n{sample}");
        }
    }
    lang::detect(&sample)
        .map(str::to_string)
        .or_else(|| article.lang.as_ref().map(|l| l.chars().take(2).collect::<String>().to_lowercase()))
}

/// Entities, dates, figures and quotes of `rec.text`, with offsets converted to code points.
fn annotate(rec: &mut Record, anchor: Option<&str>) {
    let text = rec.text.as_str();
    let lang = rec.lang.as_deref().unwrap_or("");
    let ix = CharIndex::new(text);
    let span = |s: usize, e: usize| (ix.char_of(s), ix.char_of(e), text[s..e].to_string());

    let mentions = match tag::recognize(text, lang) {
        Some(m) => m,
        None => {
            if !text.trim().is_empty() {
                rec.errors.push(format!(
                    "entities not extracted: no entity model for language {}",
                    rec.lang.as_deref().unwrap_or("unknown")
                ));
            }
            Vec::new()
        }
    };
    let resolved = resolve::resolve_document(text, &mentions, lang);
    let mentions: Vec<tag::Mention> = mentions.into_iter().zip(&resolved).map(|(m, r)| tag::Mention { ty: r.ty, ..m }).collect();
    rec.entities = mentions
        .iter()
        .zip(&resolved)
        .map(|(m, r)| {
            let (start, end, t) = span(m.start, m.end);
            EntityOut { start, end, ty: m.ty.as_str().to_string(), text: t, canonical: r.canonical.clone(), role: r.role.clone() }
        })
        .collect();
    let date_mentions = dates::find_dates(text, lang, anchor);
    rec.figures = figures::find_figures_outside(text, &date_mentions)
        .into_iter()
        .map(|f| {
            let (start, end, t) = span(f.start, f.end);
            FigureOut { start, end, text: t, value: f.value, what: f.what.to_string(), qualifier: f.qualifier, claimant: f.claimant }
        })
        .collect();
    rec.dates = date_mentions
        .into_iter()
        .map(|d| {
            let (start, end, t) = span(d.start, d.end);
            DateOut { start, end, text: t, iso: d.iso }
        })
        .collect();
    rec.quotes = quotes::find_quotes(text, lang, &mentions, &resolved)
        .into_iter()
        .map(|q| {
            let (start, end, t) = span(q.start, q.end);
            QuoteOut { start, end, text: t, speaker: q.speaker }
        })
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_body_is_read_with_its_headline_for_its_language() {
        let brief = Article { title: Some("Arménie : les manifestants toujours dans la rue avec leur chef".into()), body: vec!["Ils ont manifesté dimanche.".into()], ..Article::default() };
        assert_eq!(detect_lang(&brief).as_deref(), Some("fr"));
        let untitled = Article { title: None, ..brief };
        assert_eq!(detect_lang(&untitled), None);
    }

    /// The warm-up ends, and its samples go through every stage as real articles do: they
    /// are what builds the automata and models before the first files, so a sample that no
    /// longer reaches a stage (its title, byline, boilerplate, names) would leave that stage
    /// cold.
    #[test]
    fn warm_up_ends_and_its_samples_are_articles() {
        let steps = (0..1000).position(|step| !Engine::warm_up(step)).expect("the warm-up ends");
        assert!(steps > WARM_UP.len(), "rules are compiled in steps after the samples");

        let analyse = |k: usize| Engine::new().analyze(WARM_UP[k].0, WARM_UP[k].1, &Options::default()).remove(0);
        let names = |r: &Record, ty: &str| r.entities.iter().filter(|e| e.ty == ty).map(|e| e.canonical.clone()).collect::<Vec<_>>();

        let fr = analyse(0);
        assert_eq!(fr.title.as_deref(), Some("Arménie : des milliers de réfugiés fuient le Haut-Karabakh après l'offensive de Bakou"));
        assert_eq!((fr.published.as_deref(), fr.author.as_deref(), fr.lang.as_deref()), (Some("2023-09-27"), Some("Claire Dubois"), Some("fr")));
        assert!(fr.text.contains("Plus de 50 000 personnes") && fr.text.ends_with("(Avec AFP et Reuters)"), "{}", fr.text);
        for chrome in ["Accueil", "Partager sur", "À lire aussi", "Laisser un commentaire", "Tous droits réservés"] {
            assert!(!fr.text.contains(chrome), "{chrome:?} left in the body");
        }
        assert!(names(&fr, "PER").contains(&"Nikol Pashinyan".to_string()), "{:?}", names(&fr, "PER"));
        assert!(fr.sources.contains(&"AFP".to_string()) && !fr.figures.is_empty() && !fr.quotes.is_empty() && !fr.dates.is_empty());

        let en = analyse(1);
        assert_eq!(en.title.as_deref(), Some("Thousands flee Nagorno-Karabakh as Azerbaijan takes control"));
        assert_eq!((en.published.as_deref(), en.author.as_deref(), en.lang.as_deref()), (Some("2023-09-26"), Some("John Smith"), Some("en")));
        for chrome in ["Sign in", "cookies", "More Articles Like This", "newsletter", "All rights reserved"] {
            assert!(!en.text.contains(chrome), "{chrome:?} left in the body");
        }
        assert!(names(&en, "PER").contains(&"Antony Blinken".to_string()), "{:?}", names(&en, "PER"));
        assert!(!en.figures.is_empty() && !en.quotes.is_empty() && !en.dates.is_empty());
    }
}
