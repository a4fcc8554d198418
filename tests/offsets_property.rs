//! Property: whatever the input, every span of every record lies inside `text`, on code point
//! boundaries, with `text[start..end] == span.text` — for generated adversarial texts mixing
//! multi-byte letters, elisions, guillemets, digits with spaces, capitals and punctuation.

use revue::{Engine, Options, Record};

/// A small deterministic generator (xorshift), so failures replay.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "Ilham Aliev", "l’Arménie", "d'Erevan", "Haut-Karabakh", "« ", " »", "“", "”", "\"", "M. ", "Mme ",
    "1 200", "27", "morts", "blessés", "mardi", "10 avril 2024", "19.9.2023", "selon l’AFP", "(Avec AFP)",
    "OTAN", "RFE/RL", "\u{a0}", "\u{202f}", "…", "...", "\n", "\n\n", " ", " ", " ", "é", "Ə", "ğ", "🙂",
    "a déclaré", "said", "Nikol Pachinian", "Bakou", "the", "de la", "ABCDEF", "----", "’", "'", ":", ";",
    "Jean-Yves", "St-", "quatre douzaines", "plus de", "au moins", "2023", "Əliyev", "Ukraine", "Moscou",
];

fn check(r: &Record) {
    let chars: Vec<char> = r.text.chars().collect();
    let spans = r.entities.iter().map(|e| (e.start, e.end, e.text.as_str()))
        .chain(r.dates.iter().map(|d| (d.start, d.end, d.text.as_str())))
        .chain(r.figures.iter().map(|f| (f.start, f.end, f.text.as_str())))
        .chain(r.quotes.iter().map(|q| (q.start, q.end, q.text.as_str())));
    for (a, b, t) in spans {
        assert!(a <= b && b <= chars.len(), "span {a}..{b} inside text of {} chars: {:?}", chars.len(), r.text);
        let got: String = chars[a..b].iter().collect();
        assert_eq!(got, t, "span text matches its offsets in {:?}", r.text);
    }
}

#[test]
fn spans_always_fall_inside_text_on_code_points() {
    let mut g = Gen(0x9E37_79B9_7F4A_7C15);
    let mut engine = Engine::new();
    for case in 0..400 {
        let n = 5 + (g.next() % 120) as usize;
        let text: String = (0..n).map(|_| g.pick(PIECES)).collect();
        let raw = case % 2 == 0;
        let name = if case % 3 == 0 { "case.html" } else { "case.txt" };
        let bytes = if name.ends_with(".html") && !raw { format!("<html><body><p>{text}</p></body></html>") } else { text.clone() };
        for r in engine.analyze(name, bytes.as_bytes(), &Options { raw }) {
            check(&r);
            if raw {
                assert_eq!(r.text, text, "raw text is the input verbatim");
            }
        }
    }
}
