//! Bytes to text: BOMs, UTF-16, declared and detected legacy charsets.
//! (Interface; the full implementation lands with issue 3.)

pub struct Decoded {
    pub text: String,
    /// The encoding used, by its WHATWG name.
    pub encoding: &'static str,
    /// Problems met (undecodable bytes ...), for the record's `errors`.
    pub errors: Vec<String>,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    let (text, _, had_errors) = encoding_rs::UTF_8.decode(bytes);
    let mut errors = Vec::new();
    if had_errors {
        errors.push("invalid UTF-8 bytes replaced".to_string());
    }
    Decoded { text: text.into_owned(), encoding: "UTF-8", errors }
}
