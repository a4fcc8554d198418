#![no_main]
//! Any bytes decode to text without panicking; sniffing and unpacking never panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let d = revue::decode::decode(data);
    assert!(d.text.len() <= data.len() * 4 + 16);
    let _ = revue::sniff::sniff("fuzz.bin", data);
    let _ = revue::container::unpack("fuzz.bin", data);
});
