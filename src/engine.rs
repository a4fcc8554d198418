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

#[derive(Default, Clone)]
pub struct Engine {
    memory: Memory,
}

impl Engine {
    pub fn new() -> Engine {
        Engine::default()
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

/// The article's language: what its text says, else what its markup declared.
fn detect_lang(article: &Article) -> Option<String> {
    let sample: String = article.body.iter().take(20).map(|p| p.as_str()).collect::<Vec<_>>().join("\n");
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
