//! Splits news text into tokens with byte offsets.
//! (Interface; the full implementation lands with issue 4.)

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the text, end exclusive.
    pub start: usize,
    pub end: usize,
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '-' {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                out.push(Token { start: s, end: i });
            }
            if !c.is_whitespace() {
                out.push(Token { start: i, end: i + c.len_utf8() });
            }
        }
    }
    if let Some(s) = start {
        out.push(Token { start: s, end: text.len() });
    }
    out
}
