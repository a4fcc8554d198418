//! Named-entity recognition: persons, places, organisations and other proper names.
//!
//! A trained statistical tagger (see `ARCHITECTURE` notes in each submodule):
//! - [`crate::tokenize`] splits the text into tokens and sentences;
//! - [`features`] hashes rich features per token (word, shape, affixes, ±2 window, word
//!   clusters, gazetteer flags, sentence position, capitalisation elsewhere in the document);
//! - [`decode`] labels tokens with BIO labels (Viterbi search per sentence) using an averaged-perceptron [`model`]
//!   (trained by `revue-train`, see `tools/train_ner.sh`), the two previous predicted labels
//!   being features too;
//! - [`consistency`] makes the document agree with itself (one name → one type; names and
//!   surnames met once are found again).
//!
//! Models for French and English are embedded (`data/models/`), parsed once on first use.

pub mod consistency;
pub mod conventions;
pub mod decode;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod perceptron;

use crate::tokenize::{sentences, tokenize, Token};
use features::{token_infos, TokenInfo};
use lexicon::{default_lexicon, Clusters, Lexicon, Resources};
use model::Model;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityType {
    Per,
    Loc,
    Org,
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Misc => "MISC",
        }
    }
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "PER" => EntityType::Per,
            "LOC" => EntityType::Loc,
            "ORG" => EntityType::Org,
            "MISC" => EntityType::Misc,
            _ => return None,
        })
    }
}

/// One entity mention: byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub ty: EntityType,
}

/// A language's tagger: weights plus the word lists its features look up.
pub struct Tagger<'r> {
    pub model: Model,
    pub res: &'r Resources,
}

static FR: OnceLock<Option<Tagger<'static>>> = OnceLock::new();
static EN: OnceLock<Option<Tagger<'static>>> = OnceLock::new();

const FR_MODEL: &[u8] = include_bytes!("../../data/models/ner-fr.bin");
const EN_MODEL: &[u8] = include_bytes!("../../data/models/ner-en.bin");
const FR_CLUSTERS: &str = include_str!("../../data/models/clusters-fr.tsv");
const EN_CLUSTERS: &str = include_str!("../../data/models/clusters-en.tsv");

/// The embedded tagger for `lang` ("fr" or "en"), loaded once.
pub fn tagger(lang: &str) -> Option<&'static Tagger<'static>> {
    let (cell, bytes) = match lang {
        "fr" => (&FR, FR_MODEL),
        "en" => (&EN, EN_MODEL),
        _ => return None,
    };
    cell.get_or_init(|| {
        let model = Model::load(bytes)?;
        Some(Tagger { model, res: embedded_resources(lang) })
    })
    .as_ref()
}

/// The word lists of each embedded tagger, parsed once: French uses two sets of classes of the
/// French fastText vectors (`clusters-fr.tsv`, five columns), English two sets of classes of the
/// English GloVe vectors (`clusters-en.tsv`, five columns); both share the gazetteer (parsed once).
fn embedded_resources(lang: &str) -> &'static Resources {
    static FR_RES: OnceLock<Resources> = OnceLock::new();
    static EN_RES: OnceLock<Resources> = OnceLock::new();
    match lang {
        "en" => EN_RES.get_or_init(|| resources("en", EN_CLUSTERS)),
        _ => FR_RES.get_or_init(|| resources("fr", FR_CLUSTERS)),
    }
}

/// Word clusters from a TSV (three columns: one set of classes; five: two sets) plus the
/// shared gazetteer, the language's own organisation lists and (English) its demonyms.
pub fn resources(lang: &str, clusters_tsv: &str) -> Resources {
    let clusters = if clusters_tsv.is_empty() { Clusters::empty() } else { Clusters::parse(clusters_tsv) };
    let org: &[(u8, &str)] = match lang {
        "en" => &[(lexicon::ORG_WORD, lexicon::ORG_EN), (lexicon::COMPANY, lexicon::ORGANISATIONS_EN)],
        "fr" => &[(lexicon::ORG_WORD, lexicon::ORG_FR)],
        _ => &[],
    };
    let demonyms = match lang {
        "en" => lexicon::DEMONYMS_EN.lines().map(str::trim).filter(|l| !l.is_empty()).collect(),
        _ => Default::default(),
    };
    Resources { clusters, lexicon: default_lexicon(), org_extra: Lexicon::parse(org), demonyms }
}

/// The mentions in `text`, or `None` when there is no model for `lang`.
pub fn recognize(text: &str, lang: &str) -> Option<Vec<Mention>> {
    let t = tagger(lang)?;
    Some(recognize_with(t, text))
}

/// Tokens, sentences and per-token features of a document.
pub fn prepare(text: &str, res: &Resources) -> (Vec<Token>, Vec<TokenInfo>) {
    let tokens = tokenize(text);
    let sents = sentences(text, &tokens);
    let infos = token_infos(text, &tokens, &sents, res);
    (tokens, infos)
}

/// Runs a tagger on one document.
pub fn recognize_with(t: &Tagger, text: &str) -> Vec<Mention> {
    let (tokens, infos) = prepare(text, t.res);
    let labels = decode::decode(&t.model, &infos);
    mentions_from_labels(text, &tokens, &infos, t.res, &labels)
}

/// Tagger output without the document-consistency pass (for measuring what that pass adds).
pub fn recognize_without_consistency(t: &Tagger, text: &str) -> Vec<Mention> {
    let (tokens, infos) = prepare(text, t.res);
    let labels = decode::decode(&t.model, &infos);
    let mut spans = decode::spans(&labels);
    conventions::apply(text, &tokens, &infos, t.res, &mut spans);
    spans.into_iter().map(|(s, e, ty)| Mention { start: tokens[s].start, end: tokens[e - 1].end, ty }).collect()
}

/// Spans from labels, made consistent over the document, as byte-offset mentions.
pub fn mentions_from_labels(text: &str, tokens: &[Token], infos: &[TokenInfo], res: &Resources, labels: &[u8]) -> Vec<Mention> {
    let mut spans = decode::spans(labels);
    conventions::apply(text, tokens, infos, res, &mut spans);
    consistency::harmonise(infos, &mut spans);
    let mut out: Vec<Mention> = Vec::with_capacity(spans.len());
    for (s, e, ty) in spans {
        let m = Mention { start: tokens[s].start, end: tokens[e - 1].end, ty };
        if out.last().is_some_and(|l| l.end > m.start) {
            continue;
        }
        out.push(m);
    }
    out
}

/// The names of a BRAT annotation (`.ann` lines `T1<TAB>Person 44 50<TAB>Alaska`, code point
/// offsets into `text`) as byte-offset mentions: Person, Location, Organization, and Event
/// or Product as MISC; the outermost of nested names, discontinuous ones left out. What
/// `revue-train` trains on and the tests score against (WiNER-fr, `data/*/en-news`).
pub fn gold_from_brat(text: &str, ann: &str) -> Vec<Mention> {
    let byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let mut spans: Vec<(usize, usize, EntityType)> = Vec::new();
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let Some(info) = line.split('\t').nth(1) else { continue };
        let Some((kind, rest)) = info.split_once(' ') else { continue };
        let ty = match kind {
            "Person" => EntityType::Per,
            "Location" => EntityType::Loc,
            "Organization" => EntityType::Org,
            "Event" | "Product" => EntityType::Misc,
            _ => continue,
        };
        if rest.contains(';') {
            continue;
        }
        let mut at = rest.split(' ').filter_map(|x| x.parse::<usize>().ok());
        let (Some(s), Some(e)) = (at.next(), at.next()) else { continue };
        if e >= byte_at.len() || s >= e {
            continue;
        }
        spans.push((s, e, ty));
    }
    spans.sort_by_key(|x| (x.0, std::cmp::Reverse(x.1 - x.0)));
    let mut kept: Vec<(usize, usize, EntityType)> = Vec::new();
    for sp in spans {
        if !kept.iter().any(|k| sp.0 < k.1 && k.0 < sp.1) {
            kept.push(sp);
        }
    }
    kept.into_iter().map(|(s, e, ty)| Mention { start: byte_at[s], end: byte_at[e], ty }).collect()
}

/// Gold BIO labels for `tokens` from byte-offset spans (training): a token belongs to a span
/// when it lies inside it; the first such token is B-.
pub fn gold_labels(tokens: &[Token], spans: &[Mention]) -> Vec<u8> {
    let mut labels = vec![0u8; tokens.len()];
    let mut spans: Vec<&Mention> = spans.iter().collect();
    spans.sort_by_key(|m| m.start);
    let mut i = 0;
    for m in spans {
        while i < tokens.len() && tokens[i].end <= m.start {
            i += 1;
        }
        let mut j = i;
        let b = decode::b_label(m.ty);
        while j < tokens.len() && tokens[j].start < m.end {
            if tokens[j].start >= m.start {
                labels[j] = if j == i || labels[j - 1] == 0 { b } else { b + 1 };
            }
            j += 1;
        }
    }
    labels
}

/// Mentions for surface strings already known (gold annotations, tests), each looked up in
/// reading order after the previous one; a string not found is skipped.
pub fn locate(text: &str, spans: &[(&str, EntityType)]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, ty) in spans {
        if let Some(i) = text.get(pos..).and_then(|rest| rest.find(s)).map(|i| pos + i) {
            out.push(Mention { start: i, end: i + s.len(), ty: *ty });
            pos = i + s.len();
        }
    }
    out
}
