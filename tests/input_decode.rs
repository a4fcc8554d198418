//! Bytes to text: BOMs, UTF-16 with and without BOM, declared and detected legacy charsets,
//! invalid and mixed UTF-8.

use revue::decode::decode;

const FR: &str = "L’offensive de l’Azerbaïdjan au Haut-Karabakh cessera, a affirmé le président. « Déclaration » à Bakou, été, où, ça.";

fn cp1252(s: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1252.encode(s).0.into_owned()
}

#[test]
fn valid_utf8_stays_utf8_even_if_meta_says_otherwise() {
    let page = format!("<html><head><meta charset=\"iso-8859-1\"></head><body><p>{FR}</p></body></html>");
    let d = decode(page.as_bytes());
    assert_eq!(d.encoding, "UTF-8");
    assert!(d.text.contains(FR));
    assert!(d.errors.is_empty());
}

#[test]
fn utf8_bom_is_dropped() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(FR.as_bytes());
    let d = decode(&bytes);
    assert_eq!(d.text, FR);
}

#[test]
fn cp1252_with_meta() {
    let page = format!("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>{FR}</body></html>");
    let d = decode(&cp1252(&page));
    assert_eq!(d.encoding, "windows-1252");
    assert!(d.text.contains(FR), "{}", d.text);
    assert!(d.errors.is_empty());
}

#[test]
fn cp1252_without_meta_is_detected() {
    let text = format!("{FR}\n{FR}\nLes séparatistes arméniens déposent les armes, selon la présidence azerbaïdjanaise.");
    let d = decode(&cp1252(&text));
    assert!(d.encoding == "windows-1252" || d.encoding == "ISO-8859-15", "{}", d.encoding);
    assert_eq!(d.text, text);
}

#[test]
fn utf16_with_and_without_bom() {
    let le: Vec<u8> = FR.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = FR.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    for (bytes, name) in [(&le, "UTF-16LE"), (&be, "UTF-16BE")] {
        let d = decode(bytes);
        assert_eq!((d.text.as_str(), d.encoding), (FR, name), "without BOM");
        let mut with_bom = if name == "UTF-16LE" { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
        with_bom.extend_from_slice(bytes);
        let d = decode(&with_bom);
        assert_eq!((d.text.as_str(), d.encoding), (FR, name), "with BOM");
    }
}

#[test]
fn invalid_utf8_is_reported_not_fatal() {
    // Declared UTF-8, with undecodable bytes: replaced and counted.
    let mut bytes = b"<meta charset=utf-8><p>Bonjour ".to_vec();
    bytes.extend_from_slice(&[0xC3, 0x28, 0xFF]);
    bytes.extend_from_slice(" le monde été".as_bytes());
    let d = decode(&bytes);
    assert_eq!(d.encoding, "UTF-8");
    assert!(d.text.contains("le monde été"));
    assert!(!d.errors.is_empty(), "errors must say bytes were replaced");
}

#[test]
fn mixed_utf8_and_cp1252() {
    // A UTF-8 file with one cp1252 paste: UTF-8 kept, the stray bytes read as cp1252.
    let mut bytes = "Le président a déclaré: ".as_bytes().to_vec();
    bytes.extend_from_slice(&cp1252("« café »"));
    bytes.extend_from_slice(" à Bakou, où il était.".as_bytes());
    let d = decode(&bytes);
    assert_eq!(d.encoding, "UTF-8");
    assert_eq!(d.text, "Le président a déclaré: « café » à Bakou, où il était.");
    assert!(d.errors.iter().any(|e| e.contains("3 bytes")), "{:?}", d.errors);
}

#[test]
fn garbage_never_panics() {
    let mut x: u32 = 12345;
    for len in [0usize, 1, 2, 3, 7, 100, 5000] {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (x >> 16) as u8
            })
            .collect();
        let _ = decode(&bytes);
    }
}
