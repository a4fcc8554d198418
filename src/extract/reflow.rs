//! Hard-wrapped text rejoined: the paragraphs of a dump that a tool wrapped at a fixed width
//! (`html2text` at 78 columns, `lynx -dump` and `w3m -dump` near 80, `fold -s`), one line
//! each again.
//!
//! The text extractor reads a scrape line by line: an article runs as long prose lines,
//! chrome as short ones. Wrapped at 78 columns, every line is short and the article is lost
//! (the five seeds wrapped so: body F1 0.09). A wrapping tool breaks a line only where the
//! next word would not fit, so a line followed by one whose first word would have fit on it
//! ends where its writer ended it (a menu item, a headline, a paragraph's last line), and the
//! others are rejoined with the line under them. The width is the one the text's lines reach
//! and keep to; a text with many lines past 100 characters (a scrape printed a paragraph a
//! line) is left as it is.

use std::borrow::Cow;

/// The widest wrap width looked for: tools wrap at 70 to 80 columns, and a few at 100.
const MAX_WIDTH: usize = 100;
/// The narrowest (mail and dumps wrap at 72 to 80).
const MIN_WIDTH: usize = 60;
/// Lines past the width that hold a space, out of all non-blank lines (in thousandths): a
/// tool leaves a few unwrapped (a table's row, a preformatted line).
const UNBROKEN_LINES: usize = 10;
/// The share of lines (in thousandths) [`MAX_WIDTH`] must hold: a wrapped text keeps a few
/// longer lines, a URL or a word with no space to break at.
const WITHIN_WIDTH: usize = 970;
/// The wrap width: the width this share of those lines (in thousandths) keeps to.
const WRAP_WIDTH: usize = 995;
/// Rejoined lines needed, out of the lines that might be (in thousandths), and at least
/// [`MIN_JOINS`]: a text of short lines (a menu, a list, one-sentence paragraphs) may by
/// chance hold a few lines whose next word would not have fit; in a wrapped text, nearly all
/// long lines with a line under them are so.
const JOINS_SHARE: usize = 600;
const MIN_JOINS: usize = 3;
/// A text is read in bytes only when fewer than one byte in this many is not ASCII (French
/// has one in twenty or so, Japanese nearly all).
const NON_ASCII_BYTES: usize = 2;
/// The longest word looked at (in characters).
const MAX_WORD: usize = 30;
/// The spaces no tool breaks a line at.
const NO_BREAK: [char; 3] = ['\u{a0}', '\u{202f}', '\u{2007}'];

/// `text` with its hard-wrapped paragraphs rejoined, or as it is when it is not wrapped.
pub fn unwrapped(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end()).collect();
    // Widths in characters, as most tools count them, or in bytes, as `fold` does (in a text
    // of the Latin script: where most letters take three bytes, a byte count says nothing).
    let chars = |l: &str| l.chars().count();
    let latin = text.bytes().filter(|b| !b.is_ascii()).count() * NON_ASCII_BYTES < text.len();
    // (Whichever count rejoins more lines is the tool's: the other misses the lines whose
    // accents it counts differently.)
    let joins = |g: &Option<Vec<bool>>| g.as_ref().map_or(0, |g| g.iter().filter(|on| **on).count());
    let (by_chars, by_bytes) = (wrapped_lines(&lines, chars), if latin { wrapped_lines(&lines, str::len) } else { None });
    let Some(goes_on) = (if joins(&by_bytes) > joins(&by_chars) { by_bytes } else { by_chars }) else { return Cow::Borrowed(text) };
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        out.push_str(if i > 0 && goes_on[i - 1] { line.trim_start() } else { line });
        out.push(if goes_on[i] { ' ' } else { '\n' });
    }
    out.pop();
    Cow::Owned(out)
}

/// Whether each line goes on on the line under it, when `lines` are wrapped at a width (as
/// `width` measures a line); `None` when they are not.
fn wrapped_lines(lines: &[&str], width: impl Fn(&str) -> usize) -> Option<Vec<bool>> {
    let mut widths: Vec<usize> = lines.iter().filter(|l| !l.trim().is_empty()).map(|l| width(l)).collect();
    if widths.len() <= MIN_JOINS {
        return None;
    }
    widths.sort_unstable();
    // (Nearly all lines within the widest width looked for; the width, what the widest of
    // them reach: a tool breaks a line before the word that would take it past its width.)
    let within = widths.partition_point(|&w| w <= MAX_WIDTH);
    if within * 1000 < widths.len() * WITHIN_WIDTH {
        return None;
    }
    let wrap = widths[(within * WRAP_WIDTH / 1000).min(within - 1)];
    if wrap < MIN_WIDTH {
        return None;
    }
    // (A line past the width with a space to break it at was not wrapped: a page of short
    // lines with a paragraph a line is not wrapped text.)
    let unbroken = lines.iter().filter(|l| width(l) > wrap && l.trim().contains(' ')).count();
    if unbroken * 1000 > widths.len() * UNBROKEN_LINES {
        return None;
    }
    // Line i goes on under it when the first word of line i + 1 would not have fit on it. Of
    // the lines that might (at least half the width, a line under them), a wrapped text
    // rejoins nearly all; a text of short paragraphs a line, a few.
    let (mut might, mut joins, mut unspaced) = (0, 0, 0);
    let goes_on: Vec<bool> = (0..lines.len())
        .map(|i| {
            let (this, next) = (lines[i], lines.get(i + 1).map_or("", |n| n.trim_start()));
            // (A no-break space joins its two words: "gouvernement\u{a0}»,".)
            let Some(word) = next.split(|c: char| c.is_whitespace() && !NO_BREAK.contains(&c)).next().filter(|w| !w.is_empty()) else { return false };
            if this.trim().is_empty() || width(this) * 2 < wrap || opens_item(next) {
                return false;
            }
            // (A "word" longer than any word is a line of a script written without spaces:
            // Japanese, Chinese; unless it is an address, or a Markdown link to one.)
            if word.chars().count() > MAX_WORD && !word.contains("://") {
                unspaced += 1;
                return false;
            }
            might += 1;
            let on = width(this) + 1 + width(word) > wrap;
            joins += on as usize;
            on
        })
        .collect();
    (joins >= MIN_JOINS && joins * 1000 >= might * JOINS_SHARE && unspaced * 2 <= joins).then_some(goes_on)
}

/// A line opening a list's item ("- ", "* ", "• ", "1. "): its own line, however long the one
/// above.
fn opens_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    line.starts_with(['-', '*', '•', '–', '—', '+', '>', '|', '#']) || (1..=3).contains(&digits) && line[digits..].starts_with(['.', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scrape of a news page as `html2text` writes it: menus, a teaser, the headline and
    /// two paragraphs wrapped at 78 columns.
    const WRAPPED: &str = "Accueil\nInternational\nPolitique\n\nÀ lire\n\nLa Finlande prend la sécurité et la défense au sérieux\n\nL’offensive de l’Azerbaïdjan au Haut-Karabakh cessera si les séparatistes\narméniens «déposent les armes», a affirmé le président azerbaïdjanais Ilham\nAliev, lors d’un appel téléphonique avec le secrétaire d’Etat américain Antony\nBlinken.\n\n«Le chef de l’Etat (azerbaïdjanais) a affirmé que les mesures anti-terroristes\nseront interrompues si (les séparatistes arméniens) déposent les armes et sont\ndésarmés», a indiqué la présidence azerbaïdjanaise dans un communiqué publié\nmercredi.\n\n- Partager\n- Imprimer\n";

    #[test]
    fn wrapped_paragraphs_are_rejoined() {
        let text = unwrapped(WRAPPED);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.contains(&"L’offensive de l’Azerbaïdjan au Haut-Karabakh cessera si les séparatistes arméniens «déposent les armes», a affirmé le président azerbaïdjanais Ilham Aliev, lors d’un appel téléphonique avec le secrétaire d’Etat américain Antony Blinken."), "{text}");
        assert!(lines.iter().any(|l| l.starts_with("«Le chef") && l.ends_with("communiqué publié mercredi.")), "{text}");
        // Short lines stay as they are, and the list's items too.
        for kept in ["Accueil", "International", "La Finlande prend la sécurité et la défense au sérieux", "- Partager", "- Imprimer"] {
            assert!(lines.contains(&kept), "{kept}: {text}");
        }
    }

    #[test]
    fn a_scrape_with_a_paragraph_a_line_is_left_as_it_is() {
        let text = WRAPPED.replace("séparatistes\narméniens", "séparatistes arméniens").replace("Ilham\nAliev", "Ilham Aliev").replace("Antony\nBlinken", "Antony Blinken").replace("anti-terroristes\nseront", "anti-terroristes seront").replace("sont\ndésarmés", "sont désarmés").replace("publié\nmercredi", "publié mercredi");
        assert!(matches!(unwrapped(&text), Cow::Borrowed(_)));
    }

    /// `fold -s -w 78` counts bytes: lines of accented French are shorter in characters.
    #[test]
    fn wrapped_by_bytes() {
        let folded = "Élevé à Erevan, l’élève dérangé a été retenu près de la frontière\narménienne après les échanges de tirs, a précisé mercredi le ministère,\ndéploré l’hôpital régional.\n\nLes élèves étrangers sont arrivés à Goris après des détours pénibles\net inquiétants, décrits par les réfugiés épuisés : « Nous avons été\nprivés de tout », a déclaré l’un d’eux.\n\nLe président français Emmanuel Macron a condamné « dans les termes les\nplus fermes » le recours à la force par l’Azerbaïdjan et a appelé à un\narrêt immédiat des hostilités.";
        let text = unwrapped(folded);
        assert_eq!(text, folded.split("\n\n").map(|p| p.replace('\n', " ")).collect::<Vec<_>>().join("\n\n"));
    }

    /// Lines of a script written without spaces are no words to wrap at, in characters or in
    /// bytes (three a character).
    #[test]
    fn unspaced_script_is_left_as_it_is() {
        let menu = vec!["ニュース速報ニュース速報ニュース速報ニュー"; 40].join("\n");
        assert!(matches!(unwrapped(&menu), Cow::Borrowed(_)));
    }

    /// Markdown wrapped by a tool that counted the links' addresses: a line goes on over a
    /// link, however long the link's address.
    #[test]
    fn wrapped_over_a_link() {
        let md = WRAPPED.replace("secrétaire d’Etat américain Antony\nBlinken.", "secrétaire d’Etat américain\n[Blinken](https://www.example.com/tag/antony-blinken).");
        let text = unwrapped(&md);
        assert!(text.contains("le secrétaire d’Etat américain [Blinken](https://www.example.com/tag/antony-blinken)."), "{text}");
    }

    /// A town hall's page: its menus, a few header lines of 30 to 45 characters, and the one
    /// paragraph of the article on one line.
    #[test]
    fn short_lines_and_a_paragraph_a_line_are_no_wrapped_text() {
        let page = "Rechercher\nTaille du texte\nA-\nA+\nContraste\nMa mairie\nVivre à Montfleury\nEnfance & jeunesse\nCulture & loisirs\nSports\nAssociations\nUrbanisme\nDémarches en ligne\nAgenda\nContact\nNigeria: épidémie de poliomyélite\nLe mot du maire\nPaul Durand\nMaire de Montfleury-sur-Cher\nVice-président de la communauté de communes\nUn communiqué publié conjointement par les ministres de la Santé du Cameroun, de la République centrafricaine, du Tchad, du Niger et du Nigeria le 29 août a annoncé la résurgence d'une épidémie de poliomyélite au Nigeria causant un état d'urgence de santé publique.\nCes informations vous ont-elles été utiles ?\nOui\nNon\nPartager cette page\nFacebook\nTwitter\nEnvoyer par mail\nImprimer\nMentions légales\nPlan du site\nAccessibilité : partiellement conforme\nDonnées personnelles\nGestion des cookies\nCrédits\nRéalisation : agence Webcommune";
        assert!(matches!(unwrapped(page), Cow::Borrowed(_)));
    }

    #[test]
    fn short_lines_alone_are_no_wrapped_text() {
        let menu = "Accueil\nInternational\nPolitique\nÉconomie\nCulture\nSport\nMétéo\nNous contacter\nMentions légales\nPolitique de confidentialité";
        assert!(matches!(unwrapped(menu), Cow::Borrowed(_)));
    }
}
