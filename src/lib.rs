//! Revue's core: from the bytes of a news file to analysis records (`CONTRACT.md`).
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//! `sniff` → `container` (zip, JSON/JSONL) → `decode` → `extract` (html | text) → `lang` →
//! `tokenize` → `tag` → `resolve` → `dates`, `figures`, `quotes`, `agencies` → `record`; `search` folds an article's words
//! for the page's search; `letters` classes and lowercases characters, fast on Latin text; `heap` is the wasm build's allocator front (size-class free lists).
//! The core does no I/O and knows nothing of JS: the CLI (`main.rs`) and the wasm boundary
//! (`wasm.rs`) hand it bytes and take records.

pub mod agencies;
pub mod container;
pub mod dates;
pub mod decode;
pub mod engine;
pub mod extract;
pub mod figures;
pub mod heap;
pub mod lang;
pub mod letters;
pub mod quotes;
pub mod record;
pub mod resolve;
pub mod search;
pub mod sniff;
pub mod tag;
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use engine::{Engine, Options};
pub use record::Record;
