//! The shipped entity models on real news sentences (tests/fixtures/ner/).
use revue::tag::{gold_from_brat, recognize, EntityType, Mention};

const SEED: &str = include_str!("fixtures/ner/seed_fr.txt");
const NEWS: &str = include_str!("fixtures/ner/news_fr.txt");

fn found(text: &str, ms: &[Mention], s: &str, ty: EntityType) -> bool {
    ms.iter().any(|m| &text[m.start..m.end] == s && m.ty == ty)
}

#[test]
fn finds_the_obvious_entities_in_seed_sentences() {
    let ms = recognize(SEED, "fr").expect("French model");
    let shown: Vec<_> = ms.iter().map(|m| (&SEED[m.start..m.end], m.ty)).collect();
    assert!(found(SEED, &ms, "Ilham Aliev", EntityType::Per), "{shown:?}");
    assert!(found(SEED, &ms, "Antony Blinken", EntityType::Per), "{shown:?}");
    assert!(found(SEED, &ms, "Haut-Karabakh", EntityType::Loc), "{shown:?}");
    assert!(found(SEED, &ms, "AFP", EntityType::Org), "{shown:?}");
    // without title nor elided article
    assert!(found(SEED, &ms, "Aliev", EntityType::Per), "{shown:?}");
    assert!(found(SEED, &ms, "Azerbaïdjan", EntityType::Loc), "{shown:?}");
    // demonyms are not entities
    assert!(!ms.iter().any(|m| SEED[m.start..m.end].starts_with("azerbaïdjanais")), "{shown:?}");
}

/// A place's other spellings (Karabagh for Karabakh, as some French outlets write it) are in
/// the gazetteer beside it, so the tagger reads them as the place too: with "Haut-Karabagh"
/// unlisted, the model took each of its five mentions in this seed article for an
/// organisation ("les dirigeants du Haut-Karabagh").
#[test]
fn spelling_variants_of_a_listed_region_are_places() {
    let gold: serde_json::Value = serde_json::from_str(include_str!("fixtures/facts/004_1243d96ca77b5fb5.txt.gold.json")).unwrap();
    let body: Vec<&str> = gold["body"].as_array().unwrap().iter().filter_map(|p| p.as_str()).collect();
    let text = body.join("\n\n");
    let ms = recognize(&text, "fr").expect("French model");
    let tagged: Vec<_> = ms.iter().filter(|m| &text[m.start..m.end] == "Haut-Karabagh").map(|m| m.ty).collect();
    assert_eq!(tagged.len(), text.matches("Haut-Karabagh").count(), "{tagged:?}");
    assert!(tagged.iter().all(|t| *t == EntityType::Loc), "{tagged:?}");
}

#[test]
fn english_model_finds_people_and_places() {
    let text = "Secretary of State Antony Blinken spoke with President Ilham Aliyev of Azerbaijan on Tuesday, the State Department said in Washington.";
    let ms = recognize(text, "en").expect("English model");
    let shown: Vec<_> = ms.iter().map(|m| (&text[m.start..m.end], m.ty)).collect();
    // (the Viterbi-trained English model, better on held-out wikigold, misses "President
    // Ilham Aliyev" here: a known weakness, see data/models/README.md)
    assert!(found(text, &ms, "Antony Blinken", EntityType::Per), "{shown:?}");
    assert!(found(text, &ms, "Azerbaijan", EntityType::Loc), "{shown:?}");
    assert!(found(text, &ms, "Washington", EntityType::Loc), "{shown:?}");
}

#[test]
fn no_model_for_german() {
    assert!(recognize("Der Präsident Ilham Alijew sprach in Baku.", "de").is_none());
    assert!(recognize("x", "").is_none());
}

#[test]
fn surname_alone_links_to_the_full_name() {
    let text = "Le secrétaire d’État Antony Blinken a appelé Bakou. Plus tard, Blinken a salué la trêve.";
    let ms = recognize(text, "fr").unwrap();
    let shown: Vec<_> = ms.iter().map(|m| (&text[m.start..m.end], m.ty)).collect();
    assert!(found(text, &ms, "Blinken", EntityType::Per), "{shown:?}");
}

/// Spans are in bounds, ordered, non-overlapping and on char boundaries, on any input.
#[test]
fn spans_are_well_formed_on_arbitrary_text() {
    let mut seed = 0x1234_5678_9abc_def0u64;
    let alphabet: Vec<char> = "aéÉbKZ’'-. «»\u{00A0}\u{202F}\n0123(AFP)ÀçŒ😀M.Mme".chars().collect();
    let mut inputs: Vec<String> = vec![SEED.to_string(), NEWS.to_string(), String::new(), "’".into(), "A".into()];
    for _ in 0..200 {
        let mut s = String::new();
        for _ in 0..(seed % 120) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        inputs.push(s);
    }
    // spliced real text
    for k in (0..SEED.len()).step_by(97) {
        if SEED.is_char_boundary(k) {
            inputs.push(SEED[k..].to_string() + &SEED[..k]);
        }
    }
    for text in &inputs {
        for lang in ["fr", "en"] {
            let ms = recognize(text, lang).unwrap();
            let mut last = 0;
            for m in &ms {
                assert!(m.start < m.end && m.end <= text.len(), "{m:?} in {text:?}");
                assert!(m.start >= last, "overlap/order {m:?} in {text:?}");
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                last = m.end;
            }
        }
    }
}

/// The sequence search only produces well-formed BIO: an I-X follows a B-X or an I-X of the
/// same type, never O, another type or a sentence start.
#[test]
fn viterbi_labels_are_well_formed_bio() {
    use revue::tag::{decode, prepare, tagger};
    let t = tagger("fr").expect("French model");
    for text in [SEED, NEWS] {
        let (_, infos) = prepare(text, t.res);
        let labels = decode::decode(&t.model, &infos);
        assert_eq!(labels.len(), infos.len());
        let mut n_b = 0;
        for (i, &l) in labels.iter().enumerate() {
            assert!((l as usize) < decode::N_LABELS);
            if l % 2 == 1 {
                n_b += 1;
            }
            if l != 0 && l % 2 == 0 {
                assert!(i > 0 && infos[i].sent_pos != 0, "I- label at a sentence start (token {i})");
                let p = labels[i - 1];
                assert!(p == l - 1 || p == l, "I- label {l} after {p} (token {i})");
            }
        }
        assert!(n_b > 5, "too few entities: {n_b}");
    }
}

/// The shipped model scoring every token, as in training: the search's reference.
struct FullSearch<'m>(&'m revue::tag::model::Model);
impl revue::tag::decode::Scorer for FullSearch<'_> {
    fn scores(&self, feats: &[u32], out: &mut [f32; revue::tag::decode::N_LABELS]) {
        self.0.scores(feats, out)
    }
    fn beam_gap(&self) -> f32 {
        self.0.beam_gap()
    }
}

#[test]
fn passing_over_plain_words_changes_no_label() {
    // Lower-case heads of names ("l'hôpital Pasteur", "l'affaire Penelope Fillon", "la place
    // de la Concorde") are where passing over a plain word could lose a name.
    let extra = "Il a été transporté à l’hôpital Pasteur de Nice, où il reste en réanimation. \
                 Le candidat a fait allusion à l’affaire Penelope Fillon devant les militants de la ville. \
                 Le cortège est parti de la place de la Concorde pour remonter l’avenue des Champs-Élysées \
                 jusqu’à la mairie du 8e arrondissement, puis vers le diocèse de Hearst.";
    // Punctuation is passed over too, but not a lower-case word after it: a name may start
    // right after a colon ("championnat du monde d'Ironman" is an event; the opening of a
    // WiNER-fr article, Wikinews, CC BY 2.5).
    let punctuation = "Triathlon : championnat du monde d'Ironman, Frodeno et Ryf gardent leur couronne\n\n\
                       10 octobre 2016 . –\nComme chaque année au mois d'octobre, la Big Island d' Hawaï et les \
                       plages de Kona ont vu se dérouler la finale du mythique championnat du monde d' Ironman . \
                       Selon « Le Monde », le groupe Procter & Gamble a quitté Washington, D.C., mardi (AFP).";
    for (text, lang) in [(SEED, "fr"), (NEWS, "fr"), (extra, "fr"), (punctuation, "fr"), ("The minister said the talks would resume in Geneva next week, and the army of Azerbaijan denied it.", "en")] {
        let t = revue::tag::tagger(lang).expect("model");
        let (_, infos) = revue::tag::prepare(text, t.res);
        let fast = revue::tag::decode::decode(&t.model, &infos);
        let full = revue::tag::decode::decode(&FullSearch(&t.model), &infos);
        assert_eq!(fast, full, "labels differ on: {text}");
        assert!(fast.iter().any(|&l| l != 0), "names found in: {text}");
    }
}

/// The English tagger on English news (`data/eval/en-news/dev`, never trained on; BRAT gold in
/// code-point offsets): exact-span PER+LOC+ORG F1 stays where it was measured, 0.907 (0.820
/// before the English conventions, the organisation list and the news training set). A
/// regression of the model, the tokenizer or the conventions on English shows here first.
#[test]
fn english_news_dev_f1_holds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval/en-news/dev");
    let (mut tp, mut n_gold, mut n_pred) = (0usize, 0usize, 0usize);
    let mut docs = 0;
    for entry in std::fs::read_dir(&dir).expect("en-news dev") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        docs += 1;
        let text = std::fs::read_to_string(&path).expect("text");
        let ann = std::fs::read_to_string(path.with_extension("ann")).expect("ann");
        let gold: std::collections::HashSet<(usize, usize, EntityType)> =
            gold_from_brat(&text, &ann).into_iter().filter(|m| m.ty != EntityType::Misc).map(|m| (m.start, m.end, m.ty)).collect();
        let pred: std::collections::HashSet<(usize, usize, EntityType)> =
            recognize(&text, "en").expect("English model").into_iter().filter(|m| m.ty != EntityType::Misc).map(|m| (m.start, m.end, m.ty)).collect();
        tp += gold.intersection(&pred).count();
        n_gold += gold.len();
        n_pred += pred.len();
    }
    assert_eq!(docs, 32);
    let f1 = 2.0 * tp as f64 / (n_gold + n_pred) as f64;
    assert!(f1 >= 0.895, "English news dev PER+LOC+ORG F1 {f1:.3} (tp {tp}, gold {n_gold}, predicted {n_pred})");
}
