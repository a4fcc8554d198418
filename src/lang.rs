//! Language identification of article text (ISO 639-1).

use whatlang::Lang;

/// The language of `text`, when it can be told with some confidence.
pub fn detect(text: &str) -> Option<&'static str> {
    // A couple of thousand characters tell the language as well as the whole text, and
    // detection cost grows with length: look at a prefix cut on a char boundary.
    let mut cut = text.len().min(3000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let info = whatlang::detect(text)?;
    // Short texts are often unreliable by whatlang's measure; a long one is still most
    // likely its top guess.
    if !info.is_reliable() && text.len() < 200 {
        return None;
    }
    iso_639_1(info.lang())
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
