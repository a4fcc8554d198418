//! What one line of a plain-text scrape looks like: length, sentence shape, function-word
//! density, truncation. jusText's observation holds for scrapes: article text is made of
//! long lines dense in function words ("le", "de", "the"); boilerplate is short, link-like
//! or cut off with "...".

use crate::letters::packed;
use std::sync::OnceLock;

/// Function words of the languages Revue meets most (French and English first). Their
/// density separates prose from lists of names and links in any of these languages.
const STOPWORDS: &[&str] = &[
    // fr
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "à", "au", "aux", "que", "qui", "dans", "par", "pour",
    "sur", "pas", "ne", "se", "sa", "son", "ses", "il", "elle", "ils", "est", "a", "ont", "été", "avec", "ce", "cette",
    "mais", "ou", "leur", "plus", "d", "l", "qu", "s", "n", "c", "y", "lors", "selon", "après", "avait", "sont",
    // en
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "as", "with", "he", "she", "they", "at",
    "by", "this", "had", "from", "have", "has", "are", "were", "be", "been", "which", "an", "not", "but", "his", "her",
    "their", "said", "would", "will", "its", "who",
    // de
    "der", "die", "das", "und", "ist", "nicht", "sich", "mit", "den", "dem", "ein", "eine", "auf", "auch", "es", "zu",
    "im", "von", "für", "wie", "sie", "er", "wird", "hat", "werden", "noch", "nach", "aus", "bei", "dass",
    // es / it / pt
    "el", "los", "las", "del", "y", "con", "por", "una", "para", "como", "il", "di", "che", "e", "della", "non", "per",
    "o", "da", "em", "os", "do", "um", "uma", "na", "no",
    // more de / es / it / pt, and nl
    "über", "einer", "eines", "wurde", "sind", "oder", "aber", "wenn", "nur", "war", "vor", "um", "am", "zum", "zur",
    "más", "pero", "sus", "este", "esta", "también", "fue", "lo", "al", "se", "su", "sono", "anche", "nella", "alla",
    "nel", "dei", "delle", "questo", "ha", "non", "não", "mais", "pelo", "pela", "foi", "het", "een", "van", "dat",
    "niet", "zijn", "voor", "op", "te", "met", "ook",
];

/// Function words that also close a clause or a headline, so a line ending with one is not
/// cut off: verbs at the end of a German clause ("..., wie es war", "So teuer wird sie"), a
/// pronoun object ("How to fix it", "Wer ist es"), the English words the list holds for
/// German ("... to end the Ukraine war", "... could die") or Portuguese ("what the City
/// needs to do"), and the particle of a German separable verb, which ends its clause
/// ("Fed räumt Versäumnisse bei Aufsicht ein", "Kinder wachsen mit Halbgeschwistern auf";
/// not "an", which is also the English article a teaser is cut after), and the end of a
/// French negation or comparison ("Le Sénat ne cède pas", "pour les 18 ans et plus").
const ENDS_CLAUSE: &[&str] = &["war", "die", "wird", "ist", "sind", "hat", "es", "sie", "it", "do", "ein", "auf", "aus", "vor", "pas", "plus"];

#[derive(Clone, Debug)]
pub struct LineInfo {
    pub chars: usize,
    pub words: usize,
    /// Share of words that are function words (0..1), on the first words of the line.
    pub stop_density: f32,
    /// Ends like a sentence: . ! ? … or a closing quote/bracket after one.
    pub sentence_end: bool,
    /// Cut off: ends with "..." / "…", or with a function word and no punctuation (a teaser
    /// summary truncated at a character count).
    pub truncated: bool,
    /// Starts with a capital letter, a digit or an opening quote.
    pub starts_upper: bool,
}

/// Whether `w` (lowercase) is a function word. Every word of every line is looked up: a
/// word is one number ([`packed`]), found in a small table in a probe or two, without
/// hashing a string.
pub(crate) fn is_stop(w: &str) -> bool {
    w.len() <= MAX_STOP_BYTES && is_stop_packed(packed(w.bytes()))
}

/// Slots of the function words' table (a power of two, a little over twice the words).
const STOP_SLOTS: usize = 512;

fn stop_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - STOP_SLOTS.trailing_zeros())) as usize
}

/// Whether a [`packed`] word is a function word: open addressing over the packed words, 0
/// for an empty slot.
fn is_stop_packed(key: u64) -> bool {
    static TABLE: OnceLock<Box<[u64; STOP_SLOTS]>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = Box::new([0u64; STOP_SLOTS]);
        for w in STOPWORDS {
            let k = packed(w.bytes());
            let mut i = stop_slot(k);
            while table[i] != 0 && table[i] != k {
                i = (i + 1) % STOP_SLOTS;
            }
            table[i] = k;
        }
        table
    });
    let mut i = stop_slot(key);
    loop {
        match table[i] {
            0 => return false,
            k if k == key => return true,
            _ => i = (i + 1) % STOP_SLOTS,
        }
    }
}

/// The longest function word, in bytes: longer words need no lookup.
const MAX_STOP_BYTES: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < STOPWORDS.len() {
        if STOPWORDS[i].len() > max {
            max = STOPWORDS[i].len();
        }
        i += 1;
    }
    max
};
// Every function word packs into one number (`letters::packed`).
const _: () = assert!(MAX_STOP_BYTES <= 8);

/// Whether `w`, lowercased, is a function word. Lowercasing never shortens a word by
/// characters, so a word longer than every function word is not one (no lowercase copy).
pub(crate) fn is_stop_any_case(w: &str) -> bool {
    if w.is_ascii() {
        // (Most words: lowercased as they are packed.)
        return w.len() <= MAX_STOP_BYTES && is_stop_packed(packed(w.bytes().map(|b| b.to_ascii_lowercase())));
    }
    let mut chars = w.chars();
    if chars.by_ref().take(MAX_STOP_BYTES + 1).count() > MAX_STOP_BYTES {
        return false;
    }
    is_stop(&w.to_lowercase())
}

/// The first `max_words` words of `line`, lowercased and joined by single spaces: a key that
/// ignores case and spacing, built in one string.
pub(crate) fn squeezed_lowercase(line: &str, max_words: usize) -> String {
    squeezed_lowercase_whole(line, max_words).0
}

/// [`squeezed_lowercase`], and whether the key holds every word of the line.
///
/// One pass over the bytes: an ASCII byte (most of them) is told a space or lowercased on
/// its own, another character decoded; a word is lowercased as `str::to_lowercase` does
/// (a word holding a capital sigma, whose lower case depends on its place in the word, is
/// redone by the standard library). Splitting into words first cost as much as the rest.
pub(crate) fn squeezed_lowercase_whole(line: &str, max_words: usize) -> (String, bool) {
    let mut key = String::with_capacity(line.len().min(512));
    let bytes = line.as_bytes();
    let (mut words, mut in_word, mut word_start, mut key_start, mut sigma) = (0usize, false, 0usize, 0usize, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b < 0x80 { (b as char, 1) } else { line[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())) };
        if c.is_whitespace() {
            if in_word {
                in_word = false;
                if sigma {
                    key.truncate(key_start);
                    key.push_str(&line[word_start..i].to_lowercase());
                }
            }
        } else {
            if !in_word {
                if words == max_words {
                    return (key, false);
                }
                if words > 0 {
                    key.push(' ');
                }
                (in_word, word_start, key_start, sigma) = (true, i, key.len(), false);
                words += 1;
            }
            if b < 0x80 {
                key.push(b.to_ascii_lowercase() as char);
            } else {
                sigma |= c == 'Σ';
                crate::letters::push_lower_char(&mut key, c);
            }
        }
        i += len;
    }
    if in_word && sigma {
        key.truncate(key_start);
        key.push_str(&line[word_start..].to_lowercase());
    }
    (key, true)
}

/// Appends the letters and digits of `raw`, lowercased. An ASCII word (most of them) goes
/// byte by byte, without the Unicode tables: the same characters.
fn push_word_lowercase(out: &mut String, raw: &str) {
    if raw.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // (A plain ASCII word, most of them: copied and lowercased in place.)
        let from = out.len();
        out.push_str(raw);
        out[from..].make_ascii_lowercase();
    } else if raw.is_ascii() {
        out.extend(raw.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase() as char));
    } else {
        for c in raw.chars().filter(|&c| crate::letters::is_alphanumeric(c)) {
            crate::letters::push_lower_char(out, c);
        }
    }
}

/// Looks at the first `SAMPLE` bytes only for word statistics: enough to judge, and a 50 MB
/// line stays cheap.
const SAMPLE: usize = 4000;

pub fn info(line: &str) -> LineInfo {
    let mut cut = line.len().min(SAMPLE);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &line[..cut];
    // One pass over the sample: its characters, its CJK ones, its words (split at spaces and
    // apostrophes, lowercased, to count function words) and its space-separated tokens.
    let (mut sample_chars, mut cjk, mut tokens) = (0usize, 0usize, 0usize);
    let mut words = 0usize;
    let mut stops = 0usize;
    // Two buffers swapped, not a String per word. Only a word short enough to be a function
    // word is lowercased: a longer one is counted, and remembered as no function word (an
    // empty `last_word`, which is none either).
    let mut last_word = String::new();
    let mut w = String::new();
    let mut word = |raw: &str, last_word: &mut String| {
        if raw.is_empty() {
            return;
        }
        if raw.len() > MAX_STOP_BYTES && raw.chars().filter(|&c| crate::letters::is_alphanumeric(c)).nth(MAX_STOP_BYTES).is_some() {
            words += 1;
            last_word.clear();
            return;
        }
        w.clear();
        push_word_lowercase(&mut w, raw);
        if !w.is_empty() {
            words += 1;
            stops += usize::from(is_stop(&w));
            std::mem::swap(last_word, &mut w);
        }
    };
    let (mut piece, mut in_token) = (0usize, false);
    let bytes = sample.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // (An ASCII byte is its own character, no CJK one: most of them, read without
        // decoding.)
        let (space, apostrophe, len) = if bytes[i] < 0x80 {
            ((bytes[i] as char).is_whitespace(), bytes[i] == b'\'', 1)
        } else {
            let c = sample[i..].chars().next().unwrap_or(' ');
            cjk += usize::from(is_cjk(c));
            (c.is_whitespace(), c == '’', c.len_utf8())
        };
        sample_chars += 1;
        tokens += usize::from(!space && !in_token);
        in_token = !space;
        if space || apostrophe {
            word(&sample[piece..i], &mut last_word);
            piece = i + len;
        }
        i += len;
    }
    word(&sample[piece..], &mut last_word);
    let chars = if line.len() > SAMPLE * 4 {
        line.len() / 2
    } else if cut == line.len() {
        sample_chars
    } else {
        line.chars().count()
    };
    if line.len() > cut {
        // Extrapolate the word count of a huge line.
        words = words * line.len() / cut.max(1);
    }
    // Chinese/Japanese/Korean text has no spaces: count characters, and assume prose density.
    let cjk_text = cjk * 3 >= sample_chars.max(1);
    if cjk_text {
        words = words.max(chars / 2);
        stops = words * 3 / 10;
    }
    let end = line.trim_end();
    let last = end.chars().last().unwrap_or(' ');
    let before_last = end.chars().rev().nth(1).unwrap_or(' ');
    let ellipsis = end.ends_with("...") || end.ends_with('…') || end.ends_with("[…]") || end.ends_with("[...]");
    let sentence_end = !ellipsis
        && (matches!(last, '.' | '!' | '?' | ';' | '。' | '！' | '？')
            || (matches!(last, '»' | '"' | '”' | ')' | ']' | '’' | '\'') && matches!(before_last, '.' | '!' | '?' | ' ' | '\u{a0}' | '»' | '"' | '”' | ')'))
            || (matches!(last, '»' | '”' | '"') && chars > 60));
    let truncated = ellipsis
        || (!sentence_end
            && chars > 60
            && last.is_alphabetic()
            && is_stop(&last_word)
            && !ENDS_CLAUSE.contains(&last_word.as_str())
            && !last_word.is_empty()
            && last_word.chars().count() <= 4);
    let first = line.chars().next().unwrap_or(' ');
    let starts_upper = first.is_uppercase() || first.is_ascii_digit() || matches!(first, '«' | '"' | '“' | '\'' | '‘' | '(' | '[' | '—' | '–' | '-');
    LineInfo {
        chars,
        words,
        stop_density: if words == 0 { 0.0 } else { stops as f32 / words.min(tokens.max(1)) as f32 },
        sentence_end,
        truncated,
        starts_upper,
    }
}

/// Kana, CJK ideographs, Hangul: the scripts written without spaces between words (Korean
/// has them, but its lines are counted the same way).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF)
}

/// The lines (by index) that `like` marks and that have a marked neighbour: the labels of a
/// chart come two or more in a row, a lone one is something else ("$915" under a menu).
pub fn in_runs_of_two(like: &[bool]) -> impl Iterator<Item = usize> + '_ {
    (0..like.len()).filter(|&i| like[i] && ((i > 0 && like[i - 1]) || like.get(i + 1).copied().unwrap_or(false)))
}

/// The longest chart label.
pub const CHART_LABEL_CHARS: usize = 12;
/// The highest rank a "most read" list prints on a line of its own.
const MAX_RANK: u32 = 10;

/// Whether a short text reads as one label of a chart printed as text: its axis ticks and
/// values ("$915", "600", "’17", "12 %", "1,5 Md"). Not a bare time or date (a teaser list's
/// stamp), nor a number from 1 to 10 (the ranks of a "most read" list, "1", "2", "3"). The
/// caller checks the length first (at most [`CHART_LABEL_CHARS`]).
pub fn chart_figures(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        && text.chars().filter(|c| c.is_alphabetic()).count() <= 3
        && !text.parse::<u32>().is_ok_and(|n| (1..=MAX_RANK).contains(&n))
        && !text.contains(':')
        && crate::container::dates::normalise_str(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_found_and_only_they() {
        for w in STOPWORDS {
            assert!(is_stop(w) && is_stop_any_case(&w.to_uppercase()), "{w}");
        }
        for w in ["", "lee", "l'", "thee", "tambien", "también!", "xyz", "été!", "dezember", "ab", "elles"] {
            assert!(!is_stop(w), "{w}");
        }
        assert!(is_stop_any_case("ÉTÉ") && is_stop_any_case("The") && !is_stop_any_case("Theory"));
    }

    #[test]
    fn a_squeezed_key_is_the_lowercased_words() {
        for line in ["  Le  Monde\u{a0}— ÉDITION  du SOIR ", "ΟΔΟΣ ΣΟΦΙΑΣ Σ", "İstanbul’da ÇOK", "ﬁn DE L'ÉTÉ"] {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(squeezed_lowercase(line, usize::MAX), words.join(" ").to_lowercase(), "{line:?}");
            assert_eq!(squeezed_lowercase(line, 2), words[..2].join(" ").to_lowercase(), "{line:?}");
            assert_eq!(squeezed_lowercase_whole(line, words.len()).1, true, "{line:?}");
            assert_eq!(squeezed_lowercase_whole(line, words.len() - 1).1, false, "{line:?}");
        }
        // Every shape of spacing and case, in a pseudo-random walk over a few alphabets.
        let pieces = [" ", "\u{a0}", "\t", "\u{2009}", "\u{3000}", "a", "É", "é", "Σ", "ΟΣ", "ς", "İ", "ﬁ", "ǅ", "Z", "日", "’", "\u{85}"];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut line = String::new();
            for _ in 0..(seed % 12) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                line.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let words: Vec<&str> = line.split_whitespace().collect();
            for max in [0, 1, 2, usize::MAX] {
                let want = words.iter().take(max).map(|w| w.to_lowercase()).collect::<Vec<_>>().join(" ");
                assert_eq!(squeezed_lowercase_whole(&line, max), (want, words.len() <= max), "{line:?} {max}");
            }
        }
    }

    #[test]
    fn teaser_truncation() {
        assert!(info("Le secrétaire général, Jens Stoltenberg, a reçu mercredi 10 avril 2024, le président finlandais, au...").truncated);
        assert!(info("Le ministère des Affaires étrangères de l’Azerbaïdjan a de nouveau accusé l’Arménie de ne pas avoir fourni de cartes des").truncated);
        let full = info("Il a déclaré que la population civile n'était pas visée par les frappes de l'armée.");
        assert!(!full.truncated && full.sentence_end);
        assert!(full.stop_density > 0.3);
        // A headline ending with a word the list holds for another language is whole.
        assert!(!info("Tony Blair: Why there has to be compromise to end the Ukraine war").truncated);
        assert!(!info("Warum die Mieten in Berlin trotz der Mietpreisbremse weiter steigen, und was teurer wird").truncated);
        assert!(info("The minister announced on Tuesday that the new measures would come into force at the").truncated);
        assert!(!info("Joburg has failed its informal traders: there is a solution, here's what the City needs to do").truncated);
        assert!(!info("Silicon Valley Bank: Federal Reserve räumt Versäumnisse bei Aufsicht ein").truncated);
        // A French headline may end with its negation or comparison.
        assert!(!info("Canada: le gouvernement va légaliser la marijuana pour les 18 ans et plus").truncated);
        assert!(!info("Réforme des retraites : malgré la mobilisation, le gouvernement ne recule pas").truncated);
        // Words of every length and shape are counted (split at spaces and apostrophes); only the
        // short ones can be function words ("les", "l", "été", "des", "et": 5 of the 8 tokens).
        let mixed = info("Les anticonstitutionnellement L'ÉTÉ des 2024 X-Men, et la-bas");
        assert_eq!((mixed.words, (mixed.stop_density * 100.0).round()), (9, 63.0));
        assert!(!info("Le ministère a publié une liste de recommandations particulièrement détaillées pour les anticonstitutionnellement").truncated);
        let menu = info("Politique International Économie Culture Sport");
        assert!(menu.stop_density < 0.1);
    }
}
