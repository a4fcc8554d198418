//! Word clusters and gazetteers, used as FEATURES of the tagger (never as overriding lookups).
//!
//! Both are plain-text data files embedded in the binary and parsed once into small
//! open-addressing tables keyed by the same 64-bit word hashes the feature extractor computes,
//! so a lookup costs one hash probe and no string comparison.
//!
//! - clusters (`data/models/clusters-*.tsv`): `word<TAB>fine<TAB>coarse` per line, word classes
//!   from k-means over word vectors (`tools/word_clusters.py`);
//! - lexicons (`data/lexicons/ner/*.txt`): one name per line; an entry of several tokens is
//!   matched as a token sequence (see [`Lexicon::mark_sequences`]).

use super::features::{hash_form, hash_lower, mix, TokenInfo};
use crate::tokenize::tokenize;

/// Open-addressing map from a non-zero u64 hash to a value; built once, read-only after.
pub struct HashTable<V: Copy> {
    keys: Vec<u64>,
    vals: Vec<V>,
    mask: usize,
    empty: V,
}

impl<V: Copy> HashTable<V> {
    pub fn with_capacity(n: usize, empty: V) -> Self {
        let cap = (n * 2).next_power_of_two().max(16);
        HashTable { keys: vec![0; cap], vals: vec![empty; cap], mask: cap - 1, empty }
    }
    #[inline]
    fn slot(&self, h: u64) -> usize {
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20) as usize & self.mask
    }
    /// Inserts or returns the existing value's slot for update.
    pub fn entry(&mut self, h: u64) -> &mut V {
        let h = h | 1;
        let mut i = self.slot(h);
        loop {
            if self.keys[i] == 0 {
                self.keys[i] = h;
                break;
            }
            if self.keys[i] == h {
                break;
            }
            i = (i + 1) & self.mask;
        }
        &mut self.vals[i]
    }
    #[inline]
    pub fn get(&self, h: u64) -> V {
        let h = h | 1;
        let mut i = self.slot(h);
        loop {
            let k = self.keys[i];
            if k == h {
                return self.vals[i];
            }
            if k == 0 {
                return self.empty;
            }
            i = (i + 1) & self.mask;
        }
    }
}

pub const NO_CLUSTER: u16 = 0xffff;
/// In `TokenInfo::cluster2`: the language has no second set of classes.
pub const NO_SECOND_SET: u16 = 0xfffe;

/// Word classes of a language: one set (`word<TAB>fine<TAB>coarse` lines) or two
/// (`word<TAB>fine<TAB>coarse<TAB>fine2<TAB>coarse2`), kept in one table so that a word is
/// hashed and looked up once for both sets.
pub struct Clusters {
    /// Per word: `[fine, coarse, fine2, coarse2]`; the last two are [`NO_SECOND_SET`] in a
    /// one-set file.
    table: HashTable<[u16; 4]>,
}

impl Clusters {
    pub fn parse(tsv: &str) -> Clusters {
        let two_sets = tsv.lines().next().is_some_and(|l| l.split('\t').count() >= 5);
        let second = if two_sets { NO_CLUSTER } else { NO_SECOND_SET };
        let n = tsv.bytes().filter(|&b| b == b'\n').count() + 1;
        let mut table = HashTable::with_capacity(n, [NO_CLUSTER, NO_CLUSTER, second, second]);
        let wanted = if two_sets { 4 } else { 2 };
        // Fields are cut by a closure testing each char, not by the `'\t'` pattern, whose
        // char searcher was half of parsing the English file's 150,000 lines, in each of the
        // page's workers.
        for line in tsv.lines() {
            let mut fields = line.split(|c| c == '\t');
            let Some(w) = fields.next() else { continue };
            let mut classes = [second; 4];
            if classes[..wanted].iter_mut().all(|c| fields.next().and_then(|f| f.parse::<u16>().ok()).map(|v| *c = v).is_some()) {
                *table.entry(hash_form(w)) = classes;
            }
        }
        Clusters { table }
    }
    pub fn empty() -> Clusters {
        Clusters { table: HashTable::with_capacity(1, [NO_CLUSTER, NO_CLUSTER, NO_SECOND_SET, NO_SECOND_SET]) }
    }
    /// Classes of a word (both sets): as written, else lower-cased.
    #[inline]
    pub fn get(&self, form: u64, lower: u64) -> [u16; 4] {
        let c = self.table.get(form);
        if c[0] != NO_CLUSTER {
            return c;
        }
        self.table.get(lower)
    }
}

/// Gazetteer bits.
pub const COUNTRY: u8 = 1;
pub const CITY: u8 = 2;
pub const GIVEN_NAME: u8 = 4;
pub const ORG_WORD: u8 = 8;
pub const REGION: u8 = 16;
pub const PERSON_TITLE: u8 = 32;
/// A listed company (`companies.txt`).
pub const COMPANY: u8 = 128;
/// In `lex_seq`: this token starts the matched entry.
pub const SEQ_START: u8 = 64;

const MAX_SEQ: usize = 5;

pub struct Lexicon {
    single: HashTable<u8>,
    seq: HashTable<u8>,
    /// First words of the multi-word entries, with a bit `1 << n` per entry length `n`: most
    /// words start none, and cost one lookup instead of one per length.
    starts: HashTable<u8>,
    /// Whether any entry has several tokens (a language's own list may have none).
    has_sequences: bool,
}

fn seq_step(h: u64, lower: u64) -> u64 {
    mix(h, lower)
}

impl Lexicon {
    /// Builds from `(bit, list)` pairs, one entry per line (`#` starts a comment line).
    pub fn parse(lists: &[(u8, &str)]) -> Lexicon {
        let n: usize = lists.iter().map(|(_, l)| l.len() / 8).sum();
        let mut single = HashTable::with_capacity(n.max(1), 0u8);
        let mut seq = HashTable::with_capacity(n.max(1), 0u8);
        let mut starts = HashTable::with_capacity(n.max(1), 0u8);
        let mut has_sequences = false;
        for &(bit, list) in lists {
            for line in list.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let toks = tokenize(line);
                if toks.len() == 1 {
                    *single.entry(hash_lower(line)) |= bit;
                } else if toks.len() <= MAX_SEQ {
                    let mut h = 7u64;
                    for t in &toks {
                        h = seq_step(h, hash_lower(t.as_str(line)));
                    }
                    *seq.entry(h) |= bit;
                    *starts.entry(hash_lower(toks[0].as_str(line))) |= 1 << toks.len();
                    has_sequences = true;
                }
            }
        }
        Lexicon { single, seq, starts, has_sequences }
    }
    pub fn empty() -> Lexicon {
        Lexicon::parse(&[])
    }
    #[inline]
    pub fn single(&self, lower: u64) -> u8 {
        self.single.get(lower)
    }
    /// The flags of a whole name as one entry ("Palma de Mallorca": a city), 0 when no list
    /// holds it as written.
    pub fn name(&self, text: &str) -> u8 {
        let toks = tokenize(text);
        match toks.len() {
            0 => 0,
            1 => self.single(hash_lower(toks[0].as_str(text))),
            n if n <= MAX_SEQ => self.seq.get(toks.iter().fold(7u64, |h, t| seq_step(h, hash_lower(t.as_str(text))))),
            _ => 0,
        }
    }
    /// Marks tokens covered by a multi-token entry (longest match from each start).
    pub fn mark_sequences(&self, infos: &mut [TokenInfo]) {
        if !self.has_sequences {
            return;
        }
        let mut i = 0;
        while i < infos.len() {
            let lengths = self.starts.get(infos[i].lower);
            if lengths == 0 {
                i += 1;
                continue;
            }
            let mut h = seq_step(7, infos[i].lower);
            let mut best = (0usize, 0u8);
            for n in 2..=MAX_SEQ {
                let Some(t) = infos.get(i + n - 1) else { break };
                h = seq_step(h, t.lower);
                if lengths & (1 << n) == 0 {
                    continue;
                }
                let b = self.seq.get(h);
                if b != 0 {
                    best = (n, b);
                }
            }
            if best.0 >= 2 {
                for (k, t) in infos[i..i + best.0].iter_mut().enumerate() {
                    t.lex_seq |= best.1 | if k == 0 { SEQ_START } else { 0 };
                }
                i += best.0;
            } else {
                i += 1;
            }
        }
    }
}

/// Everything the feature extractor looks words up in, for one language.
pub struct Resources {
    /// One or two sets of word classes (English: a second set from its own GloVe vectors; a
    /// language with one set leaves the second set's features out).
    pub clusters: Clusters,
    pub lexicon: &'static Lexicon,
    /// The language's own organisation lists: organisation heads (`org_keywords_en.txt`,
    /// `_fr.txt`, flag [`ORG_WORD`]) and, in English, organisations news names
    /// (`organisations_en.txt`, flag [`COMPANY`], as listed companies: "Nato", "Reuters",
    /// "Fianna Fáil", "Associated Press"). Their flags are added to the shared gazetteer's: a
    /// single word's to capitalised words only, a name of several words's to its tokens in
    /// `lex_seq`, as the gazetteer's own.
    pub org_extra: Lexicon,
    /// The language's demonyms and peoples ("Mexican", "Filipinos", "North American"), which
    /// the conventions make other names (MISC) when the tagger typed them otherwise: English
    /// only (French writes its adjectives in lower case, and "Argentine" is a country there).
    pub demonyms: foldhash::HashSet<&'static str>,
}

/// English demonyms, nationality adjectives, peoples and religions (`demonyms_en.txt`).
pub const DEMONYMS_EN: &str = include_str!("../../data/lexicons/ner/demonyms_en.txt");

const COUNTRIES: &str = include_str!("../../data/lexicons/ner/countries.txt");
const CITIES: &str = include_str!("../../data/lexicons/ner/cities.txt");
const REGIONS: &str = include_str!("../../data/lexicons/ner/regions.txt");
const REGIONS_HAND: &str = include_str!("../../data/lexicons/ner/regions_hand.txt");
const GIVEN: &str = include_str!("../../data/lexicons/ner/given_names.txt");
const ORG: &str = include_str!("../../data/lexicons/ner/org_keywords.txt");
pub const ORG_EN: &str = include_str!("../../data/lexicons/ner/org_keywords_en.txt");
pub const ORGANISATIONS_EN: &str = include_str!("../../data/lexicons/ner/organisations_en.txt");
pub const ORG_FR: &str = include_str!("../../data/lexicons/ner/org_keywords_fr.txt");
const COMPANIES: &str = include_str!("../../data/lexicons/ner/companies.txt");
const TITLES: &str = include_str!("../../data/lexicons/ner/person_titles.txt");

/// The shared gazetteer (French and English names in one set), parsed once for both taggers.
pub fn default_lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::parse(&[(COUNTRY, COUNTRIES), (CITY, CITIES), (REGION, REGIONS), (REGION, REGIONS_HAND), (GIVEN_NAME, GIVEN), (ORG_WORD, ORG), (PERSON_TITLE, TITLES), (COMPANY, COMPANIES)]))
}
