//! Language identification of article text (ISO 639-1).

use std::sync::OnceLock;
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

/// German likewise (no "die", "de", "is", "van": Dutch has them).
const GERMAN_WORDS: &[&str] = &[
    "der", "und", "den", "das", "nicht", "ist", "mit", "sich", "auf", "dem", "auch", "wird", "für", "eine", "einen",
    "wurde", "werden", "sind", "noch", "nach", "bei", "über", "aus", "durch", "haben", "hat", "nur", "oder", "wie", "zum",
];

/// The languages told by their function words, in the order of their lists' counts.
const BY_WORDS: [(&str, &[&str]); 3] = [("fr", FRENCH_WORDS), ("en", ENGLISH_WORDS), ("de", GERMAN_WORDS)];

/// The index in [`BY_WORDS`] of the first list holding `word` (lowercase).
#[cfg(test)]
fn function_word_language(word: &str) -> Option<usize> {
    function_word(word).map(|(_, lang)| lang)
}

/// The place of `word` in [`function_words`] (the same for the same word: what tells distinct
/// words apart), with the index in [`BY_WORDS`] of the first list holding it. One binary
/// search of packed words, instead of comparing the word with every word of every list.
fn function_word(word: &str) -> Option<(usize, usize)> {
    let table = function_words();
    let key = packed(word)?;
    table.binary_search_by_key(&key, |&(k, _)| k).ok().map(|i| (i, table[i].1))
}

/// A word of at most 8 bytes as one number ([`crate::letters::packed`]); a longer word is in
/// no list of [`BY_WORDS`] (a test checks it).
fn packed(word: &str) -> Option<u64> {
    (word.len() <= 8).then(|| crate::letters::packed(word.bytes()))
}

/// The words of [`BY_WORDS`] packed and sorted, each with the index of the first list holding it.
fn function_words() -> &'static [(u64, usize)] {
    static TABLE: OnceLock<Vec<(u64, usize)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<(u64, usize)> = Vec::new();
        for (k, (_, list)) in BY_WORDS.iter().enumerate() {
            for key in list.iter().filter_map(|w| packed(w)) {
                if !table.iter().any(|&(other, _)| other == key) {
                    table.push((key, k));
                }
            }
        }
        table.sort_unstable();
        table
    })
}

/// French, English or German told by the share of their function words, when it leaves no
/// doubt: whatlang's trigram model costs about 800 instructions a byte, and nearly every
/// article here is in one of these languages. Anything less clear-cut goes to whatlang.
fn by_function_words(text: &str) -> Option<&'static str> {
    const WORDS: usize = 200;
    let mut n = 0usize;
    let mut counts = [0usize; BY_WORDS.len()];
    // Per list, which words of `function_words()` were met (it holds fewer than 128).
    let mut seen = [0u128; BY_WORDS.len()];
    let mut word = String::new();
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(WORDS) {
        n += 1;
        if w.len() > 6 {
            continue;
        }
        word.clear();
        if w.is_ascii() {
            word.push_str(w);
            word.make_ascii_lowercase();
        } else {
            word.extend(w.chars().flat_map(char::to_lowercase));
        }
        if let Some((i, k)) = function_word(&word) {
            counts[k] += 1;
            seen[k] |= 1 << i;
        }
    }
    // Clear-cut: a fair share of the words (French news, full of names and figures, has
    // 9-14 % of its words in the list: at 15 %, two French articles in three went to
    // whatlang), every other list far behind, and either many hits or, in a short text
    // (a brief of 40 to 80 words has 5 to 11: a quarter of the articles went to whatlang for
    // it), several distinct words of the list, so that one word shared with a neighbour
    // ("les" in Catalan, "le" in Italian) cannot decide.
    let (best, &top) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
    let others_far_behind = counts.iter().enumerate().all(|(k, &c)| k == best || c * 8 <= top);
    let enough = top >= 12 || (top >= 5 && seen[best].count_ones() >= 4);
    (enough && top * 100 >= n * 8 && others_far_behind).then_some(BY_WORDS[best].0)
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

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "Le président azerbaïdjanais a déclaré lundi que les négociations avec l’Arménie étaient dans une impasse, mais il a ajouté que son pays restait ouvert au dialogue. Selon lui, les forces arméniennes ont violé le cessez-le-feu à plusieurs reprises cette semaine, et les observateurs internationaux sont attendus dans la région avec une mission de l’ONU pour vérifier la situation sur le terrain.";
    const EN: &str = "The president said on Monday that the talks with Armenia had reached a dead end, but he added that his country was still open to dialogue. According to him, the Armenian forces have broken the ceasefire several times this week, and international observers who were expected in the region will travel there with a UN mission to check what is happening on the ground.";
    const ES: &str = "El presidente dijo el lunes que las negociaciones con Armenia estaban en un punto muerto, pero añadió que su país seguía abierto al diálogo. Según él, las fuerzas armenias han violado el alto el fuego varias veces esta semana, y los observadores internacionales son esperados en la región con una misión de la ONU para verificar la situación sobre el terreno.";
    const CA: &str = "El president va dir dilluns que les negociacions amb Armènia estaven en un punt mort, però va afegir que el seu país continuava obert al diàleg. Segons ell, les forces armènies han violat l’alto el foc diverses vegades aquesta setmana, i els observadors internacionals són esperats a la regió amb una missió de l’ONU per verificar la situació sobre el terreny.";
    const DE: &str = "Der Präsident sagte am Montag, die Verhandlungen mit Armenien seien in eine Sackgasse geraten, er fügte aber hinzu, dass sein Land weiterhin offen für den Dialog sei. Nach seinen Worten haben die armenischen Streitkräfte die Waffenruhe in dieser Woche mehrfach gebrochen, und internationale Beobachter werden mit einer Mission der UNO in der Region erwartet, um die Lage vor Ort zu prüfen.";

    const NL: &str = "De president zei maandag dat de onderhandelingen met Armenië in een impasse waren geraakt, maar hij voegde eraan toe dat zijn land nog steeds openstond voor dialoog. Volgens hem hebben de Armeense strijdkrachten het staakt-het-vuren deze week meerdere keren geschonden, en internationale waarnemers worden met een missie van de VN in de regio verwacht om de situatie ter plaatse te controleren.";

    #[test]
    fn french_and_english_by_their_function_words() {
        assert_eq!(by_function_words(FR), Some("fr"));
        for (k, (_, list)) in BY_WORDS.iter().enumerate() {
            for w in list.iter() {
                assert!(packed(w).is_some(), "{w} is too long to pack");
                assert_eq!(function_word_language(w), BY_WORDS.iter().position(|(_, l)| l.contains(w)), "{w}");
                assert!(function_word_language(w).is_some_and(|first| first <= k));
            }
        }
        assert_eq!(function_word_language("xyz"), None);
        assert!(function_words().len() <= 128, "the words met are kept in a u128");
        assert_eq!(by_function_words(EN), Some("en"));
        assert_eq!(detect(FR), Some("fr"));
        assert_eq!(detect(EN), Some("en"));
    }

    /// Briefs of about 30 words: too few hits to be sure by their number alone, told by the
    /// distinct words.
    #[test]
    fn short_briefs() {
        let fr = "Au moins une personne est morte et vingt-deux ont été blessées jeudi lorsqu'une voiture a percuté la foule dans le centre de Nice, selon la préfecture. Le conducteur a été interpellé.";
        let en = "At least one person died and twenty-two were injured on Thursday when a car drove into the crowd in central Nice, the prefecture said. The driver has been arrested.";
        let it = "Almeno una persona è morta e ventidue sono rimaste ferite giovedì quando un'auto ha investito la folla nel centro di Nizza, secondo la prefettura. Le autorità hanno arrestato il conducente e le squadre di soccorso sono ancora sul posto con le famiglie.";
        let pt = "Pelo menos uma pessoa morreu e vinte e duas ficaram feridas na quinta-feira quando um carro atropelou a multidão no centro de Nice, segundo a prefeitura. O motorista foi preso e as equipes de resgate ainda estão no local, mais uma vez com as famílias.";
        assert_eq!(by_function_words(fr), Some("fr"));
        assert_eq!(by_function_words(en), Some("en"));
        assert_eq!(by_function_words(it), None);
        assert_eq!(by_function_words(pt), None);
        assert_eq!(detect(it), Some("it"));
        assert_eq!(detect(pt), Some("pt"));
    }

    #[test]
    fn neighbours_are_left_to_the_trigram_model() {
        assert_eq!(by_function_words(DE), Some("de"));
        for text in [ES, CA, NL] {
            assert_eq!(by_function_words(text), None, "{text}");
        }
        assert_eq!(detect(ES), Some("es"));
        assert_eq!(detect(DE), Some("de"));
        assert_eq!(detect(CA), Some("ca"));
        assert_eq!(detect(NL), Some("nl"));
    }
}
