//! Language identification of article text (ISO 639-1).

use whatlang::Lang;

/// The language of `text`, when it can be told with some confidence.
pub fn detect(text: &str) -> Option<&'static str> {
    // A thousand characters or so tell the language of prose as well as the whole text, and
    // detection cost grows with length (it was a tenth of the whole pipeline on 3,000): look
    // at a short prefix, and at a longer one only when the short one leaves doubt.
    let whole = text;
    if let Some(lang) = by_function_words(prefix(whole, SHORT_PREFIX)) {
        return Some(lang);
    }
    let mut text = prefix(whole, SHORT_PREFIX);
    let mut info = whatlang::detect(text)?;
    if !info.is_reliable() && whole.len() > text.len() {
        text = prefix(whole, LONG_PREFIX);
        info = whatlang::detect(text)?;
    }
    // Short texts are often unreliable by whatlang's measure; a long one is still most
    // likely its top guess.
    if !info.is_reliable() && text.len() < 200 {
        return None;
    }
    iso_639_1(info.lang())
}

/// Words that are frequent in French or English prose and rare in the other languages
/// written in Latin script (no "on", "was", "of", "des", "la": each is a common word of
/// another language too).
const FRENCH_WORDS: &[&str] = &[
    "le", "les", "est", "une", "dans", "pour", "qui", "avec", "sont", "ont", "cette", "été", "aux", "au", "mais", "ses",
    "leur", "selon", "après", "très", "aussi", "nous", "vous", "ils", "elles", "était", "ces", "plus", "comme", "ainsi",
];
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "to", "that", "with", "for", "are", "from", "this", "have", "has", "which", "were", "been", "their",
    "said", "they", "would", "will", "about", "after", "into", "there", "who", "what", "when", "its", "also",
];

/// French or English told by the share of their function words, when it leaves no doubt:
/// whatlang's trigram model costs about 800 instructions a byte, and nearly every article
/// here is in one of these two languages. Anything less clear-cut goes to whatlang.
fn by_function_words(text: &str) -> Option<&'static str> {
    const WORDS: usize = 200;
    let (mut n, mut fr, mut en) = (0usize, 0usize, 0usize);
    let mut word = String::new();
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(WORDS) {
        n += 1;
        if w.len() > 6 {
            continue;
        }
        word.clear();
        word.extend(w.chars().flat_map(char::to_lowercase));
        if FRENCH_WORDS.contains(&word.as_str()) {
            fr += 1;
        } else if ENGLISH_WORDS.contains(&word.as_str()) {
            en += 1;
        }
    }
    let clear = |a: usize, b: usize| a >= 8 && a * 100 >= n * 15 && b * 8 <= a;
    if clear(fr, en) {
        Some("fr")
    } else if clear(en, fr) {
        Some("en")
    } else {
        None
    }
}

/// Bytes of text looked at first, and when that leaves doubt.
const SHORT_PREFIX: usize = 1200;
const LONG_PREFIX: usize = 3000;

/// At most `max` bytes of `text`, cut on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut cut = text.len().min(max);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

fn iso_639_1(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Fra => "fr",
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Nld => "nl",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Pol => "pl",
        Lang::Tur => "tr",
        Lang::Ara => "ar",
        Lang::Hye => "hy",
        Lang::Aze => "az",
        Lang::Kat => "ka",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Ell => "el",
        Lang::Ces => "cs",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Fin => "fi",
        Lang::Ron => "ro",
        Lang::Hun => "hu",
        Lang::Heb => "he",
        Lang::Pes => "fa",
        Lang::Hin => "hi",
        Lang::Nob => "nb",
        Lang::Slk => "sk",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Bul => "bg",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Cat => "ca",
        Lang::Ind => "id",
        Lang::Vie => "vi",
        Lang::Tha => "th",
        _ => return None,
    })
}
