//! Tokenizer and sentence splitter on real French news sentences (tests/fixtures/ner/).
use revue::tokenize::{sentences, tokenize};

const SEED: &str = include_str!("fixtures/ner/seed_fr.txt");
const NEWS: &str = include_str!("fixtures/ner/news_fr.txt");

fn toks(text: &str) -> Vec<&str> {
    tokenize(text).iter().map(|t| &text[t.start..t.end]).collect()
}

#[test]
fn offsets_are_ordered_on_char_boundaries_and_cover_all_non_space() {
    for text in [SEED, NEWS, "«\u{202F}Bonjour\u{00A0}» 1\u{00A0}200, l’été… é-", "", "’’’ --- ..", "a\u{0301}b’"] {
        let t = tokenize(text);
        let mut last = 0;
        for k in &t {
            assert!(k.start < k.end && k.start >= last, "{k:?}");
            assert!(text.is_char_boundary(k.start) && text.is_char_boundary(k.end));
            // nothing but spaces between tokens
            assert!(text[last..k.start].chars().all(|c| c.is_whitespace() || c.is_control() || c == '\u{FEFF}' || c == '\u{200B}'), "{:?}", &text[last..k.start]);
            last = k.end;
        }
        assert!(text[last..].trim().is_empty());
    }
}

#[test]
fn french_elision_with_typographic_apostrophe() {
    let line = SEED.lines().next().unwrap();
    let t = toks(line);
    for w in ["L’", "offensive", "l’", "Azerbaïdjan", "Haut-Karabakh", "d’", "Etat", "Ilham", "Aliev", "Antony", "Blinken"] {
        assert!(t.contains(&w), "{w} missing in {t:?}");
    }
    assert!(!t.iter().any(|w| w.contains("’Azer")));
}

#[test]
fn guillemets_and_no_break_spaces() {
    let t = toks("Les factions «\u{00A0}Hayastan\u{00A0}» et «\u{202F}Pativ Ounem\u{202F}»\u{00A0}: non.");
    assert_eq!(t, ["Les", "factions", "«", "Hayastan", "»", "et", "«", "Pativ", "Ounem", "»", ":", "non", "."]);
}

#[test]
fn numbers_with_spaces_and_decimals() {
    let t = toks(NEWS);
    assert!(t.iter().any(|w| w.starts_with('7') && w.ends_with("000") && w.len() > 4), "{t:?}");
    assert!(t.iter().any(|w| w.starts_with('1') && w.ends_with("200") && w.len() > 4));
    assert_eq!(toks("une hausse de 2,5 % et 3.75 points"), ["une", "hausse", "de", "2,5", "%", "et", "3.75", "points"]);
}

#[test]
fn abbreviations_acronyms_hyphens() {
    let line = SEED.lines().nth(1).unwrap();
    assert!(toks(line).contains(&"M."));
    assert_eq!(toks("Mme Dupont et Jean-Yves Le Drian à St-Pétersbourg"), ["Mme", "Dupont", "et", "Jean-Yves", "Le", "Drian", "à", "St-Pétersbourg"]);
    assert_eq!(toks("selon RFE/RL et l’OTAN."), ["selon", "RFE/RL", "et", "l’", "OTAN", "."]);
    assert_eq!(toks("a-t-il dit, jusqu’à présent"), ["a-t-il", "dit", ",", "jusqu’", "à", "présent"]);
}

#[test]
fn sentences_do_not_split_after_titles() {
    let text = "Selon le communiqué, M. Aliev a parlé avec Mme Dupont. Le Dr. Smith a répondu. Fin";
    let t = tokenize(text);
    let s = sentences(text, &t);
    assert_eq!(s.len(), 3, "{s:?}");
    assert_eq!(&text[t[s[1].0].start..t[s[1].0].end], "Le");
    // each paragraph line starts a sentence
    let t = tokenize(SEED);
    let s = sentences(SEED, &t);
    assert!(s.len() >= SEED.lines().count());
}
