// What every worker shares about an analysed article: accent-free folding, and the digest of a
// view record into the two things the page keeps of it: a list row (main thread) and an index
// entry (the corpus index worker). The analysis workers digest their own results, so that the
// single index worker only files ready-made entries; the index worker digests restored ones.
// This function never runs on the page as such: pool.js and index.js put its source text into
// their Blob workers (`const RevueShared = (revueShared)();`).
/* exported revueShared */
function revueShared() {
  'use strict';

  // ---- folding: lower case without accents, one UTF-16 unit in, one out, so offsets hold ----
  const foldCache = new Map();
  function foldChar(ch) {
    let f = foldCache.get(ch);
    if (f === undefined) {
      f = ch.normalize('NFD')[0].toLowerCase();
      if (f.length !== 1) f = ch;
      if (f === '’' || f === '`') f = "'";
      foldCache.set(ch, f);
    }
    return f;
  }
  // Units that folding changes: ASCII capitals and anything outside ASCII (matched one
  // UTF-16 unit at a time, as the regex has no `u` flag).
  const FOLDED = /[A-Z]|[^\x00-\x7f]/g;
  function fold(s) {
    // Plain ASCII (most names and queries) folds with one toLowerCase; other text only
    // visits the units that change (a few in a hundred in French), not every character.
    if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
    return s.replace(FOLDED, (c) => (c < '\x80' ? String.fromCharCode(c.charCodeAt(0) + 32) : foldChar(c)));
  }
  const WORD = /[\p{L}\p{N}]+/gu;

  function paraStarts(text) {
    const starts = [0];
    let i = text.indexOf('\n\n');
    while (i >= 0) { starts.push(i + 2); i = text.indexOf('\n\n', i + 2); }
    return starts;
  }
  function paraOf(starts, pos) {
    let lo = 0; let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= pos) lo = mid; else hi = mid - 1; }
    return lo;
  }

  // Letters and digits (`WORD`'s units): a table for ASCII, a cache for the rest.
  const ASCII_WORD = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
  const WORD_UNIT = /^[\p{L}\p{N}]$/u;
  const wordUnits = new Map();
  function isWordUnit(s) {
    let v = wordUnits.get(s);
    if (v === undefined) { v = WORD_UNIT.test(s); wordUnits.set(s, v); }
    return v;
  }

  /** The distinct folded words (two UTF-16 units or more) of a text, what search scans, as
   * one space-separated string: one string crosses to the index worker far cheaper than
   * hundreds of small ones. The words are `WORD`'s matches, found by a scan of the units
   * (a code point outside the BMP is one unit pair): 1.6x faster than `matchAll`, the
   * largest part of an article's hand-over. */
  function words(text) {
    const f = fold(text);
    const seen = new Set();
    const n = f.length;
    let start = -1;
    for (let i = 0; i < n; i++) {
      const c = f.charCodeAt(i);
      let word;
      let pair = false;
      if (c < 128) word = ASCII_WORD[c] === 1;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < n && f.charCodeAt(i + 1) >= 0xdc00 && f.charCodeAt(i + 1) < 0xe000) {
        word = isWordUnit(f.slice(i, i + 2));
        pair = true;
      } else word = isWordUnit(f[i]);
      if (word) {
        if (start < 0) start = i;
        if (pair) i += 1;
      } else if (start >= 0) {
        if (i - start >= 2) seen.add(f.slice(start, i));
        start = -1;
      }
    }
    if (start >= 0 && n - start >= 2) seen.add(f.slice(start));
    return [...seen].join(' ');
  }

  /** A view record (UTF-16 offsets) -> {row, entry}. `row` is what the article list shows;
   * `entry` is what the corpus index files: no text, body or removed boilerplate, entity mentions
   * as [type, canonical, text, role, paragraph, start, end]. `v` may also be the engine's
   * summary of a view (src/wasm.rs `Summary`: no text, its paragraph starts instead, the first
   * paragraph of the body alone). `searchWords`: the record's `words()` when the engine has
   * made them already (articles just analysed). */
  function digest(v, searchWords) {
    const key = v.file + '#' + v.record;
    const text = v.text || '';
    const title = v.title || (v.body && v.body[0] ? v.body[0].slice(0, 90) : v.file);
    const ents = v.entities || [];
    const row = {
      key, file: v.file, record: v.record, title: v.title, site: v.site, published: v.published, page_date: v.page_date,
      lang: v.lang, sources: v.sources || [], errors: v.errors || [],
      body: v.body && v.body.length ? [v.body[0].slice(0, 120)] : [], entities: { length: ents.length },
    };
    const starts = v.para_starts || paraStarts(text);
    const entry = {
      key, file: v.file, title, site: v.site || '', date: v.published || v.page_date || '', lang: v.lang || '',
      sources: v.sources || [], errors: (v.errors || []).length,
      ents: ents.map((e) => [e.type, e.canonical || e.text, e.text, e.role || null, paraOf(starts, e.start), e.start, e.end]),
      quotes: v.quotes || [], figures: v.figures || [], dates: v.dates || [], words: searchWords ?? words(text),
    };
    return { row, entry };
  }

  /** Is this file a Revue export (or `revue analyze` output) rather than news to analyse?
   * Its name says JSON and its first record has the contract's own fields. Only a JSON
   * file's head (64 KB of `bytes`) is decoded: this runs on every file read. */
  function isRecordsFile(name, bytes) {
    if (!/\.(jsonl|ndjson|json)$/i.test(name)) return false;
    const head = new TextDecoder().decode(bytes.subarray(0, 65536)).trimStart();
    const first = head.startsWith('[') ? head.slice(1).trimStart() : head;
    return /^\{"file":"[^"]*","record":\d+,"lang":/.test(first) && /"entities":\[/.test(head) && /"text":"/.test(head);
  }

  return { fold, WORD, words, digest, isRecordsFile };
}
