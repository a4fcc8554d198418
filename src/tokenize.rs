//! Splits news text into tokens and sentences, with byte offsets into the original text.
//!
//! Written for French and English press text as it is scraped: typographic and ASCII
//! apostrophes, no-break and narrow no-break spaces (U+00A0, U+202F) around « guillemets »
//! and inside numbers, hyphenated names, abbreviations with a dot.
//!
//! Rules, in the order they are tried at each position:
//! - whitespace (any Unicode space, including U+00A0 and U+202F) separates tokens;
//! - a run of letters/digits joined by inner hyphens is one token (`Haut-Karabakh`, `Jean-Yves`,
//!   `St-Pétersbourg`), and so are inner apostrophes that are not elisions (`aujourd’hui`);
//! - a French elided article or pronoun (`l’`, `d’`, `qu’`, `jusqu’`…) is its own token,
//!   apostrophe included (`l’Arménie` → `l’` + `Arménie`); the English possessive `’s` is split off;
//! - a dot is kept on a known abbreviation (`M.`, `Mme.`, `Dr.`, `etc.`), on an initial (`J.`)
//!   and inside dotted acronyms (`U.S.`); `RFE/RL` (capitals around a slash) stays whole;
//! - numbers keep their decimal separator (`3,5`, `2.7`) and their thousands groups separated by a
//!   space or no-break space (`1 200`, `10 000`);
//! - any other character is a one-character token.
//!
//! Nothing is allocated but the output `Vec`; offsets always fall on char boundaries.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the text, end exclusive.
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn as_str<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Spaces that may sit inside a number (`1 200`): plain, no-break, narrow no-break, thin.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// French words that elide before a vowel: `l’`, `d’`, `qu’`, `jusqu’`…  (ASCII-case-insensitive.)
const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

/// Abbreviations that keep their dot (compared ASCII-case-sensitively for the titles).
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Sr", "Jr", "Mr",
    "Mrs", "Ms", "Prof", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Cie", "Inc", "Ltd", "Co", "Corp",
    "cf", "env", "vs", "Ave", "Bd", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "janv",
    "févr", "Vol", "Art", "No",
];

fn word_char(c: char) -> bool {
    crate::letters::is_alphanumeric(c)
}

/// Char at byte `i` (None at the end).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = char_at(text, i) else { break };
        let cl = c.len_utf8();
        if c.is_whitespace() || c.is_control() || c == '\u{FEFF}' || c == '\u{200B}' {
            i += cl;
            continue;
        }
        if c.is_ascii_digit() {
            let end = scan_number(text, i);
            // A number glued to letters (`14h30`, `1er`, `G20`) is one token.
            let end = if char_at(text, end).is_some_and(word_char) { scan_word(text, i) } else { end };
            out.push(Token { start: i, end });
            i = end;
            continue;
        }
        if word_char(c) {
            let end = scan_word(text, i);
            // `l’Arménie`: the word so far is an elided article followed by an apostrophe.
            let mut j = i;
            let mut pushed = false;
            while j < end {
                let Some(d) = char_at(text, j) else { break };
                if is_apostrophe(d) {
                    let head = &text[i..j];
                    if ELIDED.iter().any(|e| e.eq_ignore_ascii_case(head)) {
                        let a = j + d.len_utf8();
                        out.push(Token { start: i, end: a });
                        i = a;
                        pushed = true;
                    } else if is_possessive(text, j, end) {
                        out.push(Token { start: i, end: j });
                        out.push(Token { start: j, end });
                        i = end;
                        pushed = true;
                    }
                    break;
                }
                j += d.len_utf8();
            }
            if pushed {
                continue;
            }
            let mut end = end;
            // Dots kept on abbreviations, initials and dotted acronyms.
            if bytes.get(end) == Some(&b'.') {
                let w = &text[i..end];
                let single_upper = {
                    let mut cs = w.chars();
                    matches!((cs.next(), cs.next()), (Some(f), None) if f.is_uppercase())
                };
                if ABBREVIATIONS.contains(&w) || single_upper {
                    end += 1;
                    // U.S. / U.S.A.: letter-dot sequences.
                    if single_upper {
                        let mut k = end;
                        loop {
                            let Some(n) = char_at(text, k) else { break };
                            if n.is_uppercase() && bytes.get(k + n.len_utf8()) == Some(&b'.') {
                                k += n.len_utf8() + 1;
                            } else {
                                break;
                            }
                        }
                        end = k;
                    }
                }
            }
            // RFE/RL, AC/DC: capitals around a slash.
            if bytes.get(end) == Some(&b'/') && text[i..end].chars().all(|c| c.is_uppercase()) {
                let k = scan_word(text, end + 1);
                if k > end + 1 && text[end + 1..k].chars().all(|c| c.is_uppercase()) {
                    end = k;
                }
            }
            out.push(Token { start: i, end });
            i = end;
            continue;
        }
        // Ellipsis as one token.
        if c == '.' && text[i..].starts_with("...") {
            out.push(Token { start: i, end: i + 3 });
            i += 3;
            continue;
        }
        out.push(Token { start: i, end: i + cl });
        i += cl;
    }
    out
}

/// `Obama’s`: an apostrophe at `j` followed by `s` closing the word.
fn is_possessive(text: &str, j: usize, end: usize) -> bool {
    let a = j + char_at(text, j).map_or(1, char::len_utf8);
    matches!(text.get(a..end), Some("s") | Some("S"))
}

/// End of a word starting at `i`: letters/digits with inner hyphens and apostrophes.
fn scan_word(text: &str, i: usize) -> usize {
    let mut end = i;
    let mut k = i;
    while let Some(c) = char_at(text, k) {
        if word_char(c) || c == '\u{00B7}' && end > i {
            k += c.len_utf8();
            end = k;
        } else if (is_hyphen(c) || is_apostrophe(c)) && end == k && end > i {
            // inner connector: only if a word char follows
            let n = k + c.len_utf8();
            if char_at(text, n).is_some_and(word_char) {
                k = n;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    end
}

/// End of a number starting at `i`: digits, decimal part, space-separated thousands groups.
fn scan_number(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let digits = |mut k: usize| {
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        k
    };
    let mut end = digits(i);
    let first_len = end - i;
    // thousands groups: `1 200`, `10 000 000`, only after a 1–3 digit head
    if first_len <= 3 {
        loop {
            let Some(sp) = char_at(text, end) else { break };
            if !is_group_space(sp) {
                break;
            }
            let g = end + sp.len_utf8();
            let ge = digits(g);
            if ge - g == 3 && !text[ge..].starts_with(|c: char| c.is_ascii_digit()) {
                end = ge;
            } else {
                break;
            }
        }
    }
    // decimals: `3,5` `2.75` (a separator between digits)
    if matches!(b.get(end), Some(b',') | Some(b'.')) && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end = digits(end + 1);
        // 1.200.000 or 1,200,000
        while matches!(b.get(end), Some(b',') | Some(b'.')) && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end = digits(end + 1);
        }
    }
    end
}

/// The maximal runs of characters that `inside` accepts, as byte ranges of `text`: the plain
/// scan of the stages that want words without the tokenizer's rules (the words search
/// scans, the words around a figure).
pub fn runs<'t, F: Fn(char) -> bool + 't>(text: &'t str, inside: F) -> impl Iterator<Item = std::ops::Range<usize>> + 't {
    let mut chars = text.char_indices();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = chars.next()?;
            if inside(c) {
                break i;
            }
        };
        for (i, c) in chars.by_ref() {
            if !inside(c) {
                return Some(start..i);
            }
        }
        Some(start..text.len())
    })
}

/// Sentence boundaries as token index ranges `[start, end)` over `tokens`.
///
/// A sentence ends at a line break (a paragraph in scraped text), or after `.`, `!`, `?`, `…`
/// (with any closing quotes/brackets) when the next token opens with a capital, a digit or
/// an opening quote. Abbreviations keep their dot inside the token, so `M. Aliev` never splits.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let s = t.as_str(text);
        let mut boundary_after = None;
        if matches!(s, "." | "!" | "?" | "…" | "...") {
            let mut j = i + 1;
            while j < tokens.len() && matches!(tokens[j].as_str(text), "»" | "\"" | "”" | ")" | "’" | "'") {
                j += 1;
            }
            match tokens.get(j) {
                None => boundary_after = Some(j),
                Some(n) => {
                    let f = n.as_str(text).chars().next().unwrap_or(' ');
                    if f.is_uppercase() || f.is_ascii_digit() || matches!(f, '«' | '"' | '“' | '(' | '–' | '—' | '-') {
                        boundary_after = Some(j);
                    }
                }
            }
        }
        // line break between this token and the next
        if boundary_after.is_none() && i + 1 < tokens.len() {
            let gap = &b[t.end..tokens[i + 1].start];
            if gap.contains(&b'\n') {
                boundary_after = Some(i + 1);
            }
        }
        if let Some(j) = boundary_after {
            // a line break inside the closing run still ends the sentence at `j`
            out.push((start, j));
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn runs_are_maximal_and_reach_the_end() {
        let text = "«Bakou» a-t-il dit 1 200 morts";
        let words: Vec<&str> = runs(text, |c| c.is_alphanumeric() || c == '-').map(|r| &text[r]).collect();
        assert_eq!(words, ["Bakou", "a-t-il", "dit", "1", "200", "morts"]);
        assert_eq!(runs("", char::is_alphanumeric).count(), 0);
        assert_eq!(runs(" ,. ", char::is_alphanumeric).count(), 0);
        assert_eq!(runs("été", char::is_alphanumeric).collect::<Vec<_>>(), [0..5]);
    }

    #[test]
    fn elision_both_apostrophes() {
        assert_eq!(toks("l’Arménie d'Erevan"), ["l’", "Arménie", "d'", "Erevan"]);
        assert_eq!(toks("jusqu’à qu’il"), ["jusqu’", "à", "qu’", "il"]);
        assert_eq!(toks("aujourd’hui"), ["aujourd’hui"]);
        assert_eq!(toks("Obama's plan"), ["Obama", "'s", "plan"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(toks("1 200 morts et 3,5 %"), ["1 200", "morts", "et", "3,5", "%"]);
        assert_eq!(toks("en 2016 200 personnes"), ["en", "2016", "200", "personnes"]);
        assert_eq!(toks("10\u{202F}000 soldats"), ["10\u{202F}000", "soldats"]);
    }

    #[test]
    fn abbreviations_and_sentences() {
        let t = "Selon M. Aliev, la paix. Mais RFE/RL dit non.";
        assert_eq!(toks(t), ["Selon", "M.", "Aliev", ",", "la", "paix", ".", "Mais", "RFE/RL", "dit", "non", "."]);
        let tk = tokenize(t);
        assert_eq!(sentences(t, &tk), [(0, 7), (7, 12)]);
    }
}
