//! Letters: which characters are letters or digits, and their lower case, as the Unicode
//! tables say, but fast on Latin text. The standard library answers for any character past
//! ASCII by a search of its tables; French text is full of Latin-1 letters (é, à, ç), which
//! these functions tell from a small table or a fixed offset. Each function gives exactly
//! what its standard counterpart gives (the tests check every character). Also a short word
//! as one number ([`packed`]), which the function-word lists look up.

/// `char::is_alphanumeric`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let n = c as u32;
    if n < 0x80 {
        c.is_ascii_alphanumeric()
    } else if n < 0x100 {
        LATIN_1_ALPHANUMERIC >> (n - 0x80) & 1 == 1
    } else {
        c.is_alphanumeric()
    }
}

/// Bit `k` set: U+0080 + k is alphanumeric. The letters ª µ º À..ÿ (not × ÷) and the
/// numbers ² ³ ¹ ¼ ½ ¾.
const LATIN_1_ALPHANUMERIC: u128 = {
    let mut bits = 0u128;
    let mut n = 0x80u32;
    while n < 0x100 {
        let alnum = matches!(n, 0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE) || (n >= 0xC0 && n != 0xD7 && n != 0xF7);
        if alnum {
            bits |= 1 << (n - 0x80);
        }
        n += 1;
    }
    bits
};

/// Appends `c.to_lowercase()`. Of U+0080..U+00FF only À..Þ (not ×) have a lowercase of
/// their own, 0x20 above.
#[inline]
pub fn push_lower_char(out: &mut String, c: char) {
    match c as u32 {
        0..=0x7F => out.push(c.to_ascii_lowercase()),
        0xC0..=0xDE if c != '\u{D7}' => out.extend(char::from_u32(c as u32 + 0x20)),
        0x80..=0xFF => out.push(c),
        _ => out.extend(c.to_lowercase()),
    }
}

/// A word of at most 8 bytes as one number: its bytes in order, so two words give two
/// numbers (no word holds a zero byte) and none gives 0. Word lists look a word up as this
/// number, without hashing a string (`extract::lines`, `lang`); longer words are the
/// caller's to leave out.
pub fn packed(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0u64, |k, b| (k << 8) | b as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_is_classed_and_lowercased_as_unicode_says() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let mut out = String::new();
            push_lower_char(&mut out, c);
            assert_eq!(out, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }
}
