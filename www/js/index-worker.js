// The corpus index. This function never runs on the page: index.js turns its source text into
// a Blob worker (as pool.js does for the analysis workers). It is fed every view record as it
// arrives and keeps the aggregates incrementally (counts, entity groups, each article's
// words for search); the views ask it questions and only render the small answers. User aliases (merge,
// rename, split) are applied here at question time, on top of the unchanged records.
/* exported revueIndexMain */
function revueIndexMain() {
  'use strict';
  /* global RevueShared */
  const { fold, WORD, digest } = RevueShared;

  // ---- the records: contract lines (and view lines where offsets differ, see src/wasm.rs), kept out of this worker's heap ----
  // In IndexedDB when the browser allows it (a database of its own, written from here, off
  // the main thread), else in memory. The index itself keeps only what questions need; an
  // article's text is read back (from its contract line) for the few articles an answer quotes.
  //
  // Each record is stored once, gzipped: `z`, the gzip of `contract NUL view`, made by the
  // analysis worker that analysed it (src/wasm.rs) and transferred here. Written plain
  // (contract, view, and the text again in a store of its own), 10,000 articles were some
  // 300 MB of IndexedDB writes; gzipped they are about a fifth of the contract's size.
  // Compressed in this worker, as they once were, they cost it 9 CPU-s per 10,000 articles.
  //
  // Records are written in pages: the records that arrive are gathered until they make
  // PAGE_BYTES (or PAGE_WAIT_MS have passed), and a page is one IndexedDB value `{keys, ends,
  // data}`, `data` a Uint8Array of the records' bytes one after the other (record i is bytes
  // ends[i-1]..ends[i]). Chromium keeps a value that large as a file of its own beside its
  // LevelDB database: one file write a page, where 10,000 small values (one a record, the
  // earliest layout) were 10,000 LevelDB writes and their compactions, some 4.7 CPU-s of the
  // browser's database threads and this worker per 10,000 articles. Bytes rather than a Blob
  // (the layout before): a Blob's bytes stay in the browser's and this process's memory until
  // this worker's garbage collector drops the Blob object, which weighs nothing on its heap;
  // 100,000 articles left some 250 MB so held (`tools/bench/page_bench.js`, peak PSS 1,836-2,002
  // -> 1,673 MB). The pages' keys and ends stay in memory (a few MB at 100,000
  // articles): where each key's newest record is, and how many live records a page holds;
  // a page whose records were all replaced is deleted. PAGE_WAIT_MS bounds what a reload
  // during a run can lose: records are in memory here at most that long before their page is
  // written (a page per 200 ms at full speed is still a hundredth of the writes of one a
  // record). A run's end waits for its last page (`settled`): the page shows the run as done
  // only then.
  //
  // Records of the earlier layouts, pages whose data is a Blob, and before them one value a key
  // in the `records` store (`{key, z}`, or plain `{key, contract, view}` before that), still
  // read; a key written again goes to a new page and its old value is deleted.
  const PAGE_BYTES = 512 * 1024;
  const PAGE_WAIT_MS = 200;

  /** Bytes through a decompression stream, in this worker: no Blob, which would be one
   * more trip through the browser. */
  function unpack(buf) {
    const stream = new DecompressionStream('gzip');
    const w = stream.writable.getWriter();
    w.write(new Uint8Array(buf));
    w.close();
    return new Response(stream.readable).text();
  }
  /** A stored record as {key, contract, view}, from either layout. */
  async function unpackRecord(r) {
    if (!r.z) return r;
    const s = await unpack(r.z);
    const cut = s.indexOf('\0');
    return { key: r.key, contract: cut < 0 ? s : s.slice(0, cut), view: cut < 0 ? null : (s.slice(cut + 1) || null) };
  }

  /** A typed array like `a` (same type, same contents first) of at least `length` items and
   * `factor` times its length: the growth of this worker's buffers. */
  function grown(a, length, factor = 2) {
    const g = new a.constructor(Math.max(Math.ceil(a.length * factor), length));
    g.set(a);
    return g;
  }

  const Records = {
    db: null,
    mem: null,             // Map key -> {key, z} when there is no IndexedDB
    // Records not yet in a page, copied as they come into one buffer, `gathered` (the
    // ArrayBuffer each came in dies young, freed by the next minor collection, where kept
    // until its page is written it outlived several and waited for a full one).
    gathered: new Uint8Array(2 * PAGE_BYTES),
    gatheredBytes: 0,
    pending: new Map(),    // key -> [from, to) in `gathered`
    pendingBytes: 0,       // bytes of the pending records (less than gatheredBytes after a key is put twice)
    writing: new Map(),    // key -> its bytes in the page being written
    flushing: null,
    timer: null,
    problem: null,         // why records cannot be kept, said once to the page
    pages: new Map(),      // page id -> {keys, ends, live}
    where: new Map(),      // key -> [page id, slot] of its newest stored record
    legacy: new Set(),     // keys with a value in the `records` store (earlier layouts)
    nextPage: 1,
    cache: new Map(),      // page id -> its data (bytes, or a Blob of the earlier layout), the last few read
    generation: 0,         // bumped by clear(): a write begun before it files nothing

    open() {
      if (this.db || this.mem) return Promise.resolve();
      return new Promise((resolve) => {
        const fallback = (why) => { this.mem = new Map(); this.problem = why; resolve(); };
        let req;
        try { req = indexedDB.open('revue-corpus', 2); } catch (e) { fallback(String(e)); return; }
        req.onupgradeneeded = (ev) => {
          const db = req.result;
          if (ev.oldVersion < 1) {
            db.createObjectStore('records', { keyPath: 'key' });   // the earlier layouts' records; read, deleted, no longer written
            db.createObjectStore('texts');                         // the first layout's texts; only cleared
          }
          db.createObjectStore('pages');
        };
        req.onsuccess = () => { this.db = req.result; this.scan().then(resolve, (e) => { this.db = null; fallback(String(e)); }); };
        req.onerror = () => fallback(String(req.error));
      });
    },

    /** Reads the pages' keys and the earlier layout's keys: where each record is. */
    async scan() {
      const t = this.db.transaction(['pages', 'records'], 'readonly');
      const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const [ids, legacy] = await Promise.all([req(t.objectStore('pages').getAllKeys()), req(t.objectStore('records').getAllKeys())]);
      for (const k of legacy) this.legacy.add(k);
      // The pages' {keys, ends} (and a Blob handle each), a hundred at a time, in id order.
      const old = [];
      for (let i = 0; i < ids.length; i += 100) {
        const chunk = ids.slice(i, i + 100);
        const vals = await this.request('pages', (s) => s.getAll(IDBKeyRange.bound(chunk[0], chunk[chunk.length - 1])));
        vals.forEach((v, j) => old.push(...this.filePage(chunk[j], v.keys, v.ends).old));
      }
      if (ids.length) this.nextPage = ids[ids.length - 1] + 1;
      // Pages whose records were all written again later, and earlier-layout values of keys
      // written again since (both normally gone already).
      const dead = [...this.pages].filter(([, p]) => p.live === 0).map(([id]) => id);
      if (dead.length || old.length) await this.write([], dead, old);
    },

    /** Notes a page's records as the newest of their keys; returns the pages left with no
     * live record and the keys whose earlier-layout value can go. */
    filePage(id, keys, ends) {
      const page = { keys, ends, live: 0 };
      this.pages.set(id, page);
      const dead = []; const old = [];
      keys.forEach((k, i) => {
        const was = this.where.get(k);
        if (was) {
          const p = this.pages.get(was[0]);
          if (p && --p.live === 0 && was[0] !== id) dead.push(was[0]);
        } else if (this.legacy.has(k)) { this.legacy.delete(k); old.push(k); }
        this.where.set(k, [id, i]);
        page.live += 1;
      });
      return { dead, old };
    },

    put(key, z) {
      if (this.mem) { this.mem.set(key, { key, z }); return; }
      const was = this.pending.get(key);
      if (was) this.pendingBytes -= was[1] - was[0];
      const n = z.byteLength;
      if (this.gatheredBytes + n > this.gathered.length) this.gathered = grown(this.gathered, this.gatheredBytes + n);
      this.gathered.set(new Uint8Array(z), this.gatheredBytes);
      this.pending.set(key, [this.gatheredBytes, this.gatheredBytes + n]);
      this.gatheredBytes += n;
      this.pendingBytes += n;
      if (this.pendingBytes >= PAGE_BYTES) { if (!this.flushing) this.flush(false); } else this.arm();
    },

    /** Forgets the pending records (written, kept in memory, or cleared) and empties `gathered`. */
    dropPending() {
      this.pending.clear();
      this.pendingBytes = 0;
      this.gatheredBytes = 0;
    },

    /** Writes what is pending PAGE_WAIT_MS from now, whatever its size. */
    arm() {
      if (!this.timer) this.timer = setTimeout(() => { this.timer = null; this.flush(); }, PAGE_WAIT_MS);
    },

    /** One readwrite transaction: puts these pages ({id, value}), deletes those pages and
     * those earlier-layout records; resolves with whether it was written. */
    write(puts, deletes, oldKeys) {
      return new Promise((resolve) => {
        const t = this.db.transaction(['pages', 'records'], 'readwrite');
        const pages = t.objectStore('pages');
        for (const { id, value } of puts) pages.put(value, id);
        for (const id of deletes) { pages.delete(id); this.pages.delete(id); this.cache.delete(id); }
        if (oldKeys.length) { const recs = t.objectStore('records'); for (const k of oldKeys) recs.delete(k); }
        t.oncomplete = () => resolve(true);
        t.onabort = () => resolve(t.error || new Error('aborted'));
      });
    },

    /** Writes what is pending as one page; resolves when all is written. `all` false: only
     * when a page is full (a write under way has let records gather), else the timer's turn. */
    async flush(all = true) {
      clearTimeout(this.timer);
      this.timer = null;
      while (this.flushing) await this.flushing;
      if (!this.db || this.mem || !this.pending.size) return;
      if (!all && this.pendingBytes < PAGE_BYTES) { this.arm(); return; }
      // The page's bytes, copied out of `gathered` (which the next records then fill again)
      // before anything is awaited.
      const data = new Uint8Array(this.pendingBytes);
      const keys = []; const ends = [];
      const batch = new Map();
      let at = 0;
      for (const [k, [from, to]] of this.pending) {
        data.set(this.gathered.subarray(from, to), at);
        batch.set(k, data.subarray(at, at + to - from));
        at += to - from;
        keys.push(k); ends.push(at);
      }
      this.dropPending();
      this.writing = batch;
      const id = this.nextPage++;
      const generation = this.generation;
      this.flushing = (async () => {
        const ok = await this.write([{ id, value: { keys, ends, data } }], [], []);
        if (generation !== this.generation) return;
        if (ok !== true) {
          // Storage refused (quota, private mode): keep everything in memory from now on,
          // so that nothing already analysed is lost to this session.
          this.mem = new Map();
          for (const [k, z] of batch) this.mem.set(k, { key: k, z });
          for (const [k, [from, to]] of this.pending) this.mem.set(k, { key: k, z: this.gathered.slice(from, to) });
          this.dropPending();
          this.problem = 'could not save the analysis in this browser (' + ok + '); it will be lost on reload';
          self.postMessage({ type: 'problem', message: this.problem });
          return;
        }
        const { dead, old } = this.filePage(id, keys, ends);
        if (dead.length || old.length) await this.write([], dead, old);
      })();
      await this.flushing;
      this.flushing = null;
      this.writing = new Map();
      if (this.pending.size) return this.flush(all);
    },

    request(store, fn) {
      return new Promise((resolve, reject) => {
        const t = this.db.transaction(store, 'readonly');
        const r = fn(t.objectStore(store));
        t.oncomplete = () => resolve(r.result);
        t.onerror = () => reject(t.error);
      });
    },

    /** A page's data (the last few are kept: an answer often quotes several records of one page). */
    async pageData(id) {
      let data = this.cache.get(id);
      if (!data) {
        const v = await this.request('pages', (s) => s.get(id));
        if (!v) return null;
        data = v.data;
        this.cache.set(id, data);
        if (this.cache.size > 16) this.cache.delete(this.cache.keys().next().value);
      }
      return data;
    },

    /** The stored {contract, view} of an article (view null: the contract is the view), or null. */
    async get(key) {
      const span = this.pending.get(key);
      const z = span ? this.gathered.subarray(span[0], span[1]) : this.writing.get(key);
      if (z) return unpackRecord({ key, z });
      const m = this.mem && this.mem.get(key);
      if (m) return unpackRecord(m);
      if (!this.db) return null;
      const at = this.where.get(key);
      if (at) {
        const page = this.pages.get(at[0]);
        const data = page && await this.pageData(at[0]);
        if (!data) return null;
        const from = at[1] ? page.ends[at[1] - 1] : 0;
        const z = data instanceof Blob ? await data.slice(from, page.ends[at[1]]).arrayBuffer() : data.subarray(from, page.ends[at[1]]);
        return unpackRecord({ key, z });
      }
      if (!this.legacy.has(key)) return null;
      const r = await this.request('records', (s) => s.get(key));
      return r ? unpackRecord(r) : null;
    },

    /** The texts of these articles (keys), in order. */
    async texts(keys) {
      return Promise.all(keys.map(async (k) => {
        try {
          const r = await this.get(k);
          return (r && JSON.parse(r.contract).text) || '';
        } catch (_) { return ''; }
      }));
    },

    /** Calls fn(record) for the newest record of every key: the earlier layout's first, a few
     * hundred at a time, then page by page (one read of each page's Blob), then those in memory. */
    async each(fn) {
      await this.flush();
      if (this.db && this.legacy.size) {
        let after = null;
        for (;;) {
          const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
          const batch = await this.request('records', (s) => s.getAll(range, 300));
          const recs = await Promise.all(batch.filter((r) => this.legacy.has(r.key)).map(unpackRecord));
          for (const r of recs) if (!this.mem || !this.mem.has(r.key)) fn(r);
          if (batch.length < 300) break;
          after = batch[batch.length - 1].key;
        }
      }
      for (const [id, page] of this.db ? [...this.pages] : []) {
        if (!page.live) continue;
        const data = await this.pageData(id);
        if (!data) continue;
        const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
        const recs = await Promise.all(page.keys.map((key, i) => {
          const at = this.where.get(key);
          if (!at || at[0] !== id || at[1] !== i || (this.mem && this.mem.has(key))) return null;
          return unpackRecord({ key, z: bytes.subarray(i ? page.ends[i - 1] : 0, page.ends[i]) });
        }));
        for (const r of recs) if (r) fn(r);
      }
      if (this.mem) for (const r of [...this.mem.values()]) fn(await unpackRecord(r));
    },

    async clear() {
      this.generation += 1;
      clearTimeout(this.timer);
      this.timer = null;
      this.dropPending();
      this.writing = new Map();
      this.pages.clear(); this.where.clear(); this.legacy.clear(); this.cache.clear();
      if (this.mem) this.mem.clear();
      if (!this.db) return;
      await new Promise((resolve) => {
        const t = this.db.transaction(['records', 'texts', 'pages'], 'readwrite');
        t.objectStore('records').clear(); t.objectStore('texts').clear(); t.objectStore('pages').clear();
        t.oncomplete = resolve; t.onerror = resolve;
      });
    },
  };

  // ---- search words ----
  // An article's distinct folded words, what search scans, come as one string ' w1 w2 … '
  // (some 1.3 KB of this worker's heap an article). The last `wordsAsStrings` articles keep
  // it; older ones have theirs as ids into one vocabulary instead: the ids sorted, written as
  // their differences in variable-length bytes (seven bits a byte) one article after another
  // in one arena, about 2 bytes a word. A corpus of 10,000 articles keeps its strings (13 MB;
  // filing the ids costs this worker 0.5-0.8 CPU-s per 10,000 articles, time the analysis
  // workers want while a run goes on); at 100,000 the strings were 130 MB, and the peak
  // memory of the run 1,862 MB against 1,594-1,675 MB with ids. The vocabulary is an
  // open-addressing table of the words' FNV-1a hashes, read off the space-separated list: a
  // Map keyed by the words (each a new string to hash) took 1.3 CPU-s per 10,000 articles.
  let wordsAsStrings = 20000;   // a `tune` message sets another (the tests: a few)
  const Vocab = {
    words: [],                        // id -> word
    hashes: new Int32Array(1 << 16),  // id -> the word's hash
    table: new Int32Array(1 << 17).fill(-1),   // hash slot -> id, or -1
    arena: new Uint8Array(1 << 20),
    used: 0,
    scratch: new Uint32Array(1024),

    /** The id of the word `s.slice(i, j)`, added when new (`add`), else -1 when unknown. */
    id(s, i, j, add) {
      let h = 0x811c9dc5;
      for (let k = i; k < j; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
      const mask = this.table.length - 1;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const id = this.table[slot];
        if (id < 0) {
          if (!add) return -1;
          const n = this.words.length;
          // A copy: a slice of 13 characters or more would keep the whole list alive.
          this.words.push(JSON.parse(JSON.stringify(s.slice(i, j))));
          if (n === this.hashes.length) this.hashes = grown(this.hashes, n + 1);
          this.hashes[n] = h;
          this.table[slot] = n;
          if (2 * (n + 1) > this.table.length) this.rehash();
          return n;
        }
        if (this.hashes[id] === h) { const w = this.words[id]; if (w.length === j - i && s.startsWith(w, i)) return id; }
      }
    },

    rehash() {
      const table = new Int32Array(2 * this.table.length).fill(-1);
      const mask = table.length - 1;
      for (let id = 0; id < this.words.length; id++) {
        let slot = this.hashes[id] & mask;
        while (table[slot] >= 0) slot = (slot + 1) & mask;
        table[slot] = id;
      }
      this.table = table;
    },

    /** Files a space-separated list of distinct words for article `a` (a.wFrom, a.wTo: where
     * their ids are in the arena). */
    file(a, list) {
      let n = 0;
      for (let i = 0; i < list.length;) {
        let j = list.indexOf(' ', i);
        if (j < 0) j = list.length;
        if (j > i) {
          if (n === this.scratch.length) this.scratch = grown(this.scratch, n + 1);
          this.scratch[n++] = this.id(list, i, j, true);
        }
        i = j + 1;
      }
      const ids = this.scratch.subarray(0, n).sort();
      if (this.arena.length - this.used < 5 * n) this.arena = grown(this.arena, this.used + 5 * n, 1.5);
      let at = this.used; let prev = 0;
      a.wFrom = at;
      for (let k = 0; k < n; k++) {
        if (k && ids[k] === ids[k - 1]) continue;
        let d = ids[k] - prev;
        prev = ids[k];
        while (d >= 0x80) { this.arena[at++] = (d & 0x7f) | 0x80; d >>>= 7; }
        this.arena[at++] = d;
      }
      this.used = at;
      a.wTo = at;
    },

    /** Whether article `a`'s words hold every id of `need` (ascending, distinct) and, when
     * `any` (a Uint8Array indexed by id) is given, one id it marks. */
    holds(a, need, any) {
      const arena = this.arena;
      let id = 0; let n = 0; let found = !any;
      for (let at = a.wFrom; at < a.wTo;) {
        let d = 0; let shift = 0; let b;
        do { b = arena[at++]; d |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
        id += d;
        if (n < need.length && need[n] < id) return false;
        if (n < need.length && need[n] === id) n += 1;
        if (!found && any[id]) found = true;
        if (found && n === need.length) return true;
      }
      return found && n === need.length;
    },

    clear() {
      this.words.length = 0; this.table.fill(-1); this.used = 0;
    },
  };

  // An article's dated events, `dates`, are one Int32Array of (start, end, day) threes, the
  // day YYYYMMDD with 00 for a month or day the text does not give (2017-03 is 20170300):
  // an object and two strings a date cost 90 bytes of heap, and the timeline reads the date's
  // words from the article's text for the few events it shows. Dates without a calendar
  // value are not kept (the timeline has no place for them).
  const DATE = 3;
  function packDates(dates) {
    const kept = dates.filter((d) => /^\d{4}(-\d\d){0,2}$/.test(d.iso || ''));
    const out = new Int32Array(DATE * kept.length);
    kept.forEach((d, i) => {
      const [y, m, day] = d.iso.split('-').map(Number);
      out[DATE * i] = d.start; out[DATE * i + 1] = d.end; out[DATE * i + 2] = y * 10000 + (m || 0) * 100 + (day || 0);
    });
    return out;
  }
  /** The ISO form of a packed day: YYYY, YYYY-MM or YYYY-MM-DD. */
  function dayIso(n) {
    const y = String(Math.floor(n / 10000)).padStart(4, '0'); const m = Math.floor(n / 100) % 100; const d = n % 100;
    return y + (m ? '-' + String(m).padStart(2, '0') + (d ? '-' + String(d).padStart(2, '0') : '') : '');
  }
  const NO_DATES = new Int32Array(0);

  // ---- the corpus ----
  const arts = [];            // {key, idx, file, title, site, date, lang, sources, errors, ents, quotes, figures, dates, words, wFrom, wTo, live}
  // An article's search words: `words` (' w1 w2 … '), or, once it is null, their ids at
  // [wFrom, wTo) in Vocab's arena.
  let wordsFiled = 0;         // arts[0, wordsFiled) have their words as ids (or are replaced)
  // An article's entity mentions, `ents`, are one Int32Array of (raw id, paragraph, start, end)
  // fours: a 4-item array a mention cost 12 times as much heap (a sixth of an article's entry;
  // some 140 MB over 100,000 articles). Walked with `eachMention`.
  const MENTION = 4;
  const byKey = new Map();    // key -> index in arts
  const raws = [];            // raw entity groups: {type, canonical, text, count, arts: Map(artIdx -> n)}
  const rawByKey = new Map(); // type \x01 canonical \x01 text -> raw id
  let version = 0;
  let received = 0;           // entries filed since start (a benchmark waits on it)
  let filed = 0;              // of which from the analysis workers (see `settled`)
  let onFiled = null;         // wakes a `settled` waiting for entries still on their way
  let aliases = { entities: {}, variants: {} };
  let groupsCache = null;     // {version, list, byName, rawToGroup}

  /** Calls `fn(rawId, paragraph, start, end)` for each entity mention of article `a`. */
  function eachMention(a, fn) {
    const m = a.ents;
    for (let j = 0; j < m.length; j += MENTION) fn(m[j], m[j + 1], m[j + 2], m[j + 3]);
  }

  function remove(idx) {
    const a = arts[idx];
    a.live = false;
    eachMention(a, (rid) => {
      const r = raws[rid];
      if (r.arts.has(idx)) { r.count -= r.arts.get(idx); r.arts.delete(idx); }
    });
    a.quotes = []; a.figures = []; a.dates = NO_DATES; a.words = null; a.wTo = a.wFrom;
  }

  /** Files one digested entry (js/digest.js). */
  function add(e) {
    if (byKey.has(e.key)) remove(byKey.get(e.key));
    const idx = arts.length;
    const a = {
      key: e.key, idx, file: e.file, title: e.title, site: e.site, date: e.date, lang: e.lang, sources: e.sources,
      errors: e.errors, ents: new Int32Array(MENTION * e.ents.length), quotes: e.quotes, figures: e.figures, dates: packDates(e.dates), live: true,
      words: ' ' + (e.words || '') + ' ', wFrom: 0, wTo: 0,
    };
    for (; arts.length - wordsFiled >= wordsAsStrings; wordsFiled++) {
      const old = arts[wordsFiled];
      if (old.words !== null && old.live) { Vocab.file(old, old.words); old.words = null; }
    }
    let at = 0;
    for (const [type, canonical, text, role, para, start, end] of e.ents) {
      const rk = type + '\x01' + canonical + '\x01' + text;
      let rid = rawByKey.get(rk);
      if (rid === undefined) {
        rid = raws.length;
        raws.push({ type, canonical, text, count: 0, arts: new Map(), roles: new Set() });
        rawByKey.set(rk, rid);
      }
      const r = raws[rid];
      r.count += 1;
      r.arts.set(idx, (r.arts.get(idx) || 0) + 1);
      if (role) r.roles.add(role);
      a.ents[at] = rid; a.ents[at + 1] = para; a.ents[at + 2] = start; a.ents[at + 3] = end;
      at += MENTION;
    }
    arts.push(a);
    byKey.set(e.key, idx);
    version += 1;
    received += 1;
  }

  /** The texts of these articles (indices into arts), as a Map idx -> text. */
  async function textsOf(idxs) {
    const list = [...new Set(idxs)];
    const got = await Records.texts(list.map((i) => arts[i].key));
    return new Map(list.map((i, j) => [i, got[j]]));
  }

  // ---- aliases ----
  function resolve(type, canonical, text) {
    let name = aliases.variants[type + '|' + canonical + '|' + text];
    if (name === undefined) name = canonical;
    for (let i = 0; i < 8; i++) {
      const next = aliases.entities[type + '|' + name];
      if (next === undefined || next === name) break;
      name = next;
    }
    return name;
  }

  /** Entity groups: raw groups gathered by (type, resolved canonical). */
  function groups() {
    if (groupsCache && groupsCache.version === version) return groupsCache;
    const byName = new Map();
    const list = [];
    const rawToGroup = new Int32Array(raws.length);
    for (let rid = 0; rid < raws.length; rid++) {
      const r = raws[rid];
      const name = resolve(r.type, r.canonical, r.text);
      const gk = r.type + '|' + name;
      let g = byName.get(gk);
      if (!g) {
        g = { id: list.length, key: gk, type: r.type, name, count: 0, raws: [], nArts: 0 };
        byName.set(gk, g);
        list.push(g);
      }
      g.count += r.count;
      g.raws.push(rid);
      rawToGroup[rid] = g.id;
    }
    for (const g of list) {
      const s = new Set();
      for (const rid of g.raws) for (const ai of raws[rid].arts.keys()) s.add(ai);
      g.nArts = s.size;
    }
    groupsCache = { version, list: list.filter((g) => g.count > 0), all: list, byName, rawToGroup };
    return groupsCache;
  }

  function groupArts(g) {
    const s = new Set();
    for (const rid of g.raws) for (const ai of raws[rid].arts.keys()) s.add(ai);
    return [...s].filter((i) => arts[i].live);
  }

  function artRef(a) { return { key: a.key, title: a.title, date: a.date, site: a.site }; }

  // ---- questions ----
  function overview() {
    const g = groups();
    const live = arts.filter((a) => a.live);
    const outlets = new Set(); const langs = new Set(); const days = new Map();
    let quotes = 0; let figures = 0; let min = ''; let max = '';
    for (const a of live) {
      if (a.site) outlets.add(a.site);
      if (a.lang) langs.add(a.lang);
      quotes += a.quotes.length; figures += a.figures.length;
      if (a.date) {
        const d = a.date.slice(0, 10);
        days.set(d, (days.get(d) || 0) + 1);
        if (!min || d < min) min = d;
        if (!max || d > max) max = d;
      }
    }
    const byType = { PER: 0, LOC: 0, ORG: 0, MISC: 0 };
    const top = { PER: [], LOC: [], ORG: [], MISC: [] };
    for (const x of g.list) { byType[x.type] = (byType[x.type] || 0) + 1; if (top[x.type]) top[x.type].push(x); }
    for (const t of Object.keys(top)) top[t] = top[t].sort((a, b) => b.count - a.count).slice(0, 8).map((x) => ({ key: x.key, name: x.name, count: x.count, type: x.type }));
    return {
      articles: live.length, outlets: outlets.size, languages: [...langs].sort(), people: byType.PER, places: byType.LOC,
      organisations: byType.ORG, other: byType.MISC, quotes, figures, from: min, to: max,
      days: [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)), top,
    };
  }

  function entities({ type, q, limit }) {
    const g = groups();
    const fq = q ? fold(q) : '';
    let list = g.list;
    const counts = { ALL: list.length, PER: 0, LOC: 0, ORG: 0, MISC: 0 };
    for (const x of list) counts[x.type] = (counts[x.type] || 0) + 1;
    if (type && type !== 'ALL') list = list.filter((x) => x.type === type);
    if (fq) list = list.filter((x) => fold(x.name).includes(fq) || x.raws.some((rid) => fold(raws[rid].text).includes(fq)));
    list = list.slice().sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
    return { counts, total: list.length, items: list.slice(0, limit || 5000).map((x) => ({ key: x.key, name: x.name, type: x.type, count: x.count, articles: x.nArts })) };
  }

  function kwic(a, t, start, end) {
    let s = Math.max(0, start - 70); let e = Math.min(t.length, end + 70);
    const left = t.slice(s, start).replace(/\s+/g, ' ');
    const right = t.slice(end, e).replace(/\s+/g, ' ');
    return { key: a.key, title: a.title, date: a.date, left: (s > 0 ? '…' : '') + left, hit: t.slice(start, end), right: right + (e < t.length ? '…' : '') };
  }

  async function entityCard({ key }) {
    const G = groups();
    const g = G.byName.get(key);
    if (!g || g.count === 0) return null;
    const variants = new Map(); const roles = new Set(); const rawNames = new Set();
    for (const rid of g.raws) {
      const r = raws[rid];
      if (r.count === 0) continue;
      variants.set(r.text, (variants.get(r.text) || 0) + r.count);
      rawNames.add(r.canonical);
      for (const x of r.roles) roles.add(x);
    }
    const rawSet = new Set(g.raws);
    const artIdx = groupArts(g).sort((x, y) => (arts[x].date < arts[y].date ? -1 : arts[x].date > arts[y].date ? 1 : x - y));
    const mentions = []; let nMentions = 0;
    const co = new Map();
    const quotesBy = []; const quotesAbout = [];
    const fvariants = [...variants.keys()].map(fold).filter((v) => v.length >= 3);
    const names = new Set([g.name, ...rawNames]);
    const timeline = new Map();
    for (const ai of artIdx) {
      const a = arts[ai];
      const d = a.date ? a.date.slice(0, 10) : '';
      timeline.set(d, (timeline.get(d) || 0) + 1);
      const seen = new Set();
      eachMention(a, (rid, para, s, e) => {
        if (rawSet.has(rid)) {
          nMentions += 1;
          if (mentions.length < 400) mentions.push([ai, s, e]);
        } else {
          const og = G.rawToGroup[rid];
          if (!seen.has(og)) { seen.add(og); co.set(og, (co.get(og) || 0) + 1); }
        }
      });
      for (const q of a.quotes) {
        const sp = q.speaker ? resolve('PER', q.speaker, q.speaker) : null;
        const item = { key: a.key, title: a.title, date: a.date, text: q.text, speaker: sp };
        if (sp && (names.has(q.speaker) || sp === g.name)) quotesBy.push(item);
        else if (fvariants.length) {
          const fq = fold(q.text);
          if (fvariants.some((v) => fq.includes(v))) quotesAbout.push(item);
        }
      }
    }
    const texts = await textsOf(mentions.map(([ai]) => ai));
    const kwics = mentions.map(([ai, s, e]) => kwic(arts[ai], texts.get(ai), s, e));
    const cooc = [...co.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([gid, n]) => {
      const o = G.all[gid];
      return { key: o.key, name: o.name, type: o.type, n };
    });
    return {
      key: g.key, name: g.name, type: g.type, count: g.count, nArts: artIdx.length,
      variants: [...variants.entries()].sort((a, b) => b[1] - a[1]),
      rawNames: [...rawNames], roles: [...roles], mentions: kwics, nMentions, cooc,
      quotesBy: quotesBy.slice(0, 200), quotesAbout: quotesAbout.slice(0, 200),
      timeline: [...timeline.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      articles: artIdx.slice(0, 300).map((i) => artRef(arts[i])),
    };
  }

  function network({ types, from, to, top }) {
    const G = groups();
    const tset = new Set(types && types.length ? types : ['PER', 'LOC', 'ORG', 'MISC']);
    const inRange = (a) => (!from || (a.date && a.date.slice(0, 10) >= from)) && (!to || (a.date && a.date.slice(0, 10) <= to));
    const count = new Map();
    const artsIn = [];
    for (const a of arts) {
      if (!a.live || !inRange(a)) continue;
      artsIn.push(a);
      const seen = new Set();
      eachMention(a, (rid) => {
        const gid = G.rawToGroup[rid];
        if (seen.has(gid)) return;
        seen.add(gid);
        count.set(gid, (count.get(gid) || 0) + 1);
      });
    }
    const nodes = [...count.entries()].filter(([gid]) => tset.has(G.all[gid].type))
      .sort((a, b) => b[1] - a[1]).slice(0, top || 150);
    const keep = new Map(nodes.map(([gid], i) => [gid, i]));
    const edges = new Map();
    for (const a of artsIn) {
      const inArt = new Set(); const byPara = new Map();
      eachMention(a, (rid, para) => {
        const n = keep.get(G.rawToGroup[rid]);
        if (n === undefined) return;
        inArt.add(n);
        let s = byPara.get(para); if (!s) { s = new Set(); byPara.set(para, s); } s.add(n);
      });
      const list = [...inArt];
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
        const [x, y] = list[i] < list[j] ? [list[i], list[j]] : [list[j], list[i]];
        const k = x * 100000 + y; edges.set(k, (edges.get(k) || 0) + 1);
      }
      for (const s of byPara.values()) {
        const l = [...s];
        for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) {
          const [x, y] = l[i] < l[j] ? [l[i], l[j]] : [l[j], l[i]];
          const k = x * 100000 + y; edges.set(k, (edges.get(k) || 0) + 1);
        }
      }
    }
    return {
      nodes: nodes.map(([gid, n]) => ({ key: G.all[gid].key, name: G.all[gid].name, type: G.all[gid].type, articles: n })),
      edges: [...edges.entries()].map(([k, w]) => [Math.floor(k / 100000), k % 100000, w]).sort((a, b) => b[2] - a[2]).slice(0, 3000),
    };
  }

  /** Time in ms of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), NaN when not one. */
  function isoTime(s) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s || '');
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : NaN;
  }

  let tlCache = null;   // {version, entity, items (sorted by t)}
  function timelineItems(entity) {
    if (tlCache && tlCache.version === version && tlCache.entity === entity) return tlCache.items;
    let list = arts.filter((a) => a.live);
    if (entity) {
      const g = groups().byName.get(entity);
      list = g ? groupArts(g).map((i) => arts[i]) : [];
    }
    const items = [];
    const push = (date, kind, a, start, end) => {
      const t = isoTime(date);
      if (!Number.isNaN(t)) items.push({ t, date, kind, a: a.idx, start, end });
    };
    for (const a of list) {
      if (a.date) push(a.date, 'article', a, -1, -1);
      for (let j = 0; j < a.dates.length; j += DATE) push(dayIso(a.dates[j + 2]), 'event', a, a.dates[j], a.dates[j + 1]);
      if (a.date) for (let i = 0; i < a.figures.length; i++) push(a.date, 'figure', a, -2, i);
    }
    items.sort((x, y) => x.t - y.t);
    tlCache = { version, entity, items };
    return items;
  }

  function timelineLabel(it, texts) {
    const a = arts[it.a];
    if (it.kind === 'article') return a.title;
    if (it.kind === 'figure') { const f = a.figures[it.end]; return f ? f.value + ' ' + f.what + ' — ' + f.text : ''; }
    const t = texts.get(it.a) || '';
    // The sentence around the date, or a window of whole words around it.
    let s = Math.max(t.lastIndexOf('. ', it.start) + 2, t.lastIndexOf('\n', it.start) + 1, 0);
    let pre = '';
    if (it.start - s > 120) { s = t.indexOf(' ', it.start - 120) + 1; pre = '…'; }
    let e = t.indexOf('. ', it.end);
    const nl = t.indexOf('\n', it.end);
    if (nl >= 0 && (e < 0 || nl < e)) e = nl - 1;
    let post = '';
    if (e < 0 || e - it.end > 140) { e = t.lastIndexOf(' ', it.end + 120); if (e < it.end) e = Math.min(t.length, it.end + 120); post = '…'; }
    return pre + t.slice(s, e + 1).replace(/\s+/g, ' ').trim() + post;
  }

  /** The timeline between t0 and t1: marks binned per lane and pixel column (`cols` columns),
   * and a page of the items in view for the list. Without t0/t1: the whole extent. */
  async function timeline({ entity, t0, t1, cols, offset, limit }) {
    const items = timelineItems(entity || '');
    if (!items.length) return { total: 0, inView: 0, min: null, max: null, bins: [], list: [] };
    const min = items[0].t; const max = items[items.length - 1].t;
    const lo = t0 === undefined ? min : t0; const hi = t1 === undefined ? max : t1;
    let i0 = 0; let i1 = items.length;
    { let a = 0; let b = items.length; while (a < b) { const m = (a + b) >> 1; if (items[m].t < lo) a = m + 1; else b = m; } i0 = a; }
    { let a = i0; let b = items.length; while (a < b) { const m = (a + b) >> 1; if (items[m].t <= hi) a = m + 1; else b = m; } i1 = a; }
    const C = cols || 100;
    const LANE = { article: 0, event: 1, figure: 2 };
    const bins = new Map();
    for (let i = i0; i < i1; i++) {
      const it = items[i];
      const col = Math.round((it.t - lo) / Math.max(1, hi - lo) * C);
      const k = LANE[it.kind] * 100000 + col;
      const b = bins.get(k);
      if (b) b.n += 1; else bins.set(k, { lane: LANE[it.kind], col, n: 1, first: i });
    }
    const picked = [...bins.values()].map((b) => b.first);
    const listed = Array.from({ length: Math.max(0, Math.min(limit || 100, i1 - i0 - (offset || 0))) }, (_, j) => i0 + (offset || 0) + j);
    const texts = await textsOf([...picked, ...listed].filter((i) => items[i].kind === 'event').map((i) => items[i].a));
    const ref = (i) => {
      const it = items[i]; const a = arts[it.a];
      const hit = it.kind === 'event' ? (texts.get(it.a) || '').slice(it.start, it.end) || null : null;
      return { date: it.date, kind: it.kind, key: a.key, hit, label: timelineLabel(it, texts) };
    };
    return {
      total: items.length, inView: i1 - i0, min, max,
      bins: [...bins.values()].map((b) => ({ lane: b.lane, col: b.col, n: b.n, item: ref(b.first) })),
      list: listed.map(ref),
    };
  }

  function places() {
    const G = groups();
    const out = [];
    for (const g of G.list) {
      if (g.type !== 'LOC' && g.type !== 'MISC') continue;
      const variants = new Set();
      for (const rid of g.raws) { variants.add(raws[rid].text); variants.add(raws[rid].canonical); }
      out.push({ key: g.key, name: g.name, type: g.type, count: g.count, articles: g.nArts, variants: [...variants] });
    }
    return out.sort((a, b) => b.count - a.count).slice(0, 2000);
  }

  function placeArticles({ key }) {
    const g = groups().byName.get(key);
    return g ? groupArts(g).map((i) => artRef(arts[i])) : [];
  }

  function quotes({ q }) {
    const fq = q ? fold(q) : '';
    const bySpeaker = new Map();
    let total = 0;
    for (const a of arts) {
      if (!a.live) continue;
      for (const x of a.quotes) {
        const sp = x.speaker ? resolve('PER', x.speaker, x.speaker) : '';
        if (fq && !fold(x.text).includes(fq) && !fold(sp).includes(fq)) continue;
        total += 1;
        let l = bySpeaker.get(sp); if (!l) { l = []; bySpeaker.set(sp, l); }
        if (l.length < 300) l.push({ text: x.text, key: a.key, title: a.title, date: a.date });
      }
    }
    const groupsOut = [...bySpeaker.entries()].map(([speaker, items]) => ({ speaker, entity: speaker ? 'PER|' + speaker : null, items }))
      .sort((a, b) => (!a.speaker) - (!b.speaker) || b.items.length - a.items.length);
    return { total, groups: groupsOut.slice(0, 500) };
  }

  /** Figures by category then date; at most `per` rows of each category are sent (the
   * newest), with the category totals, so that the answer stays small at any corpus size. */
  function figures({ per }) {
    const cap = per || 500;
    const byWhat = new Map();
    for (const a of arts) {
      if (!a.live) continue;
      for (const f of a.figures) {
        let g = byWhat.get(f.what);
        if (!g) { g = { total: 0, rows: [] }; byWhat.set(f.what, g); }
        g.total += 1;
        g.rows.push([a, f]);
      }
    }
    const out = []; const totals = {};
    for (const what of [...byWhat.keys()].sort()) {
      const g = byWhat.get(what);
      totals[what] = g.total;
      g.rows.sort(([a, f], [b, h]) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || h.value - f.value);
      const rows = g.rows.slice(0, cap).reverse();
      for (const [a, f] of rows) {
        out.push({ value: f.value, what: f.what, qualifier: f.qualifier || '', claimant: f.claimant ? resolve('PER', f.claimant, f.claimant) : '', text: f.text, key: a.key, title: a.title, date: a.date, site: a.site });
      }
    }
    return { rows: out, totals };
  }

  async function search({ q, limit }) {
    const fq = fold(q || '').trim();
    const words = fq.match(WORD) || [];
    if (!words.length) return { q, total: 0, hits: [], entities: [] };
    // A scan of every article's words (see Vocab) rather than postings of a word index:
    // filing postings cost 4 CPU-s per 10,000 articles on import (millions of small array
    // pushes, and the garbage collector walking them ever after), while a question decodes
    // a few hundred KB per 10,000 articles in milliseconds. Every word must be one of the
    // article's; the last, as typed, may be the start of one, unless it is a whole word of
    // some article.
    const live = arts.filter((a) => a.live);
    const whole = words.map((w) => ' ' + w + ' ');
    // Articles with ids match only when every whole word of the query has one.
    const need = [];
    let idsKnown = true;
    for (const w of words.slice(0, -1)) {
      const id = Vocab.id(w, 0, w.length, false);
      if (id < 0) idsKnown = false; else if (!need.includes(id)) need.push(id);
    }
    const lastWord = words[words.length - 1];
    const lastId = Vocab.id(lastWord, 0, lastWord.length, false);
    const asWhole = live.some((a) => (a.words !== null ? a.words.includes(whole[whole.length - 1]) : lastId >= 0 && Vocab.holds(a, [lastId], null)));
    let any = null;
    if (asWhole) { if (lastId < 0) idsKnown = false; else if (!need.includes(lastId)) need.push(lastId); } else {
      whole[whole.length - 1] = ' ' + lastWord;
      any = new Uint8Array(Vocab.words.length);
      Vocab.words.forEach((w, id) => { if (w.startsWith(lastWord)) any[id] = 1; });
    }
    need.sort((x, y) => x - y);
    const hits = live.filter((a) => (a.words !== null ? whole.every((w) => a.words.includes(w))
      : idsKnown && Vocab.holds(a, need, any))).map((a) => a.idx);
    const total = hits.length;
    const out = [];
    const phrase = fq.replace(/\s+/g, ' ');
    const shown = hits.slice(0, limit || 100);
    const texts = await textsOf(shown);
    for (const i of shown) {
      const a = arts[i];
      const text = texts.get(i) || '';
      const ft = fold(text);
      let at = ft.indexOf(phrase); let len = phrase.length;
      if (at < 0) { at = ft.indexOf(words[0]); len = words[0].length; }
      if (at < 0) at = 0;
      const s = Math.max(0, at - 90); const e = Math.min(text.length, at + len + 140);
      const snip = text.slice(s, e).replace(/\n+/g, ' ');
      const fsnip = fold(snip);
      const ranges = [];
      for (const w of words) {
        let p = fsnip.indexOf(w);
        while (p >= 0 && ranges.length < 40) {
          let q2 = p + w.length;
          while (q2 < fsnip.length && /[\p{L}\p{N}]/u.test(fsnip[q2])) q2++;
          ranges.push([p, q2]);
          p = fsnip.indexOf(w, q2);
        }
      }
      ranges.sort((x, y) => x[0] - y[0]);
      const merged = [];
      for (const r of ranges) { const l = merged[merged.length - 1]; if (l && r[0] <= l[1]) l[1] = Math.max(l[1], r[1]); else merged.push(r.slice()); }
      out.push({ key: a.key, title: a.title, date: a.date, site: a.site, snippet: (s > 0 ? '…' : '') + snip + (e < text.length ? '…' : ''), ranges: merged.map(([x, y]) => [x + (s > 0 ? 1 : 0), y + (s > 0 ? 1 : 0)]) });
    }
    const G = groups();
    const ents = G.list.filter((g) => fold(g.name).includes(fq)).sort((a, b) => b.count - a.count).slice(0, 20)
      .map((g) => ({ key: g.key, name: g.name, type: g.type, count: g.count }));
    return { q, total, hits: out, entities: ents };
  }

  /** Entity and mention tables for the CSV export, aliases applied. */
  function tables() {
    const G = groups();
    const entities = G.list.map((g) => {
      const variants = new Set();
      for (const rid of g.raws) if (raws[rid].count) variants.add(raws[rid].text);
      return [g.name, g.type, g.count, g.nArts, [...variants].join(' | ')];
    });
    const mentions = [];
    for (const a of arts) {
      if (!a.live) continue;
      eachMention(a, (rid, para, s, e) => {
        const r = raws[rid];
        mentions.push([a.key, G.all[G.rawToGroup[rid]].name, r.type, r.text, s, e, para]);
      });
    }
    return { entities, mentions };
  }

  /** The full view record of one article, for the reader (read back from the records). An
   * article the list already shows may still be on its way here: wait for it a little. */
  async function article({ key }) {
    for (let tries = 0; !byKey.has(key) && tries < 50; tries++) await new Promise((r) => setTimeout(r, 100));
    const r = byKey.has(key) ? await Records.get(key) : null;
    return r ? JSON.parse(r.view || r.contract) : null;
  }

  /** The contract records as a Blob, in key (file name) order, with the user aliases applied
   * to each entity's canonical and each quote's speaker. */
  async function exportRecords({ format }) {
    const plain = !Object.keys(aliases.entities).length && !Object.keys(aliases.variants).length;
    const lines = [];
    await Records.each((rec) => {
      const i = byKey.get(rec.key);
      if (i === undefined || !arts[i].live) return;
      let line = rec.contract;
      if (!plain) {
        try {
          const r = JSON.parse(line);
          for (const e of r.entities || []) e.canonical = resolve(e.type, e.canonical || e.text, e.text);
          for (const q of r.quotes || []) if (q.speaker) q.speaker = resolve('PER', q.speaker, q.speaker);
          line = JSON.stringify(r);
        } catch (_) { /* not JSON: exported as it was stored */ }
      }
      lines.push([rec.key, line]);
    });
    // Records come page by page (in the order they were analysed): put back in key order.
    lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const parts = lines.map(([, line], n) => (format === 'json' ? (n ? ',\n' : '\n') + line : line + '\n'));
    if (format === 'json') { parts.unshift('['); parts.push('\n]\n'); }
    return new Blob(parts, { type: format === 'json' ? 'application/json' : 'application/x-ndjson' });
  }

  function clear() {
    Records.clear();
    arts.length = 0; byKey.clear(); raws.length = 0; rawByKey.clear(); Vocab.clear(); wordsFiled = 0; version += 1; groupsCache = null;
  }

  const timelineExtent = ({ entity }) => {
    const items = timelineItems(entity || '');
    return items.length ? { min: items[0].t, max: items[items.length - 1].t, total: items.length } : { min: null, max: null, total: 0 };
  };
  /** Resolves once `filed` entries (the page's count of the articles analysed since it
   * loaded) have come from the analysis workers and every record received is written to
   * storage. The workers send a file's entries here over their own channels, which may
   * deliver them after the page has heard that the run is over. Should some never come (a
   * worker replaced after it posted its rows), the wait has a limit. */
  const SETTLE_WAIT_MS = 2000;
  const settled = async ({ filed: expected = 0 } = {}) => {
    const until = performance.now() + SETTLE_WAIT_MS;
    while (filed < expected && performance.now() < until) {
      await new Promise((wake) => { onFiled = wake; setTimeout(wake, 50); });
      onFiled = null;
    }
    await Records.flush();
    return true;
  };
  const HANDLERS = { settled, article, exportRecords, overview, entities, entityCard, network, timeline, 'timeline-extent': timelineExtent, places, placeArticles, quotes, figures, search, tables };

  // 'changed' is said at most every 300 ms while entries stream in.
  let changedTimer = null;
  function changed(now) {
    const say = () => { changedTimer = null; self.postMessage({ type: 'changed', version, articles: byKey.size, received }); };
    if (now) { clearTimeout(changedTimer); say(); } else if (!changedTimer) changedTimer = setTimeout(say, 300);
  }

  /** Entries from an analysis worker (over its own MessagePort): filed and kept. */
  function file(items) {
    for (const { entry, z } of items) {
      add(entry);
      Records.put(entry.key, z);
    }
    filed += items.length;
    if (onFiled) onFiled();
    changed(false);
  }

  /** Rebuilds the index from the stored records after a reload; the list rows go to the page
   * in slices. */
  async function restore() {
    await Records.open();
    if (Records.problem) self.postMessage({ type: 'problem', message: 'this browser does not allow local storage here; results will not survive a reload' });
    let rows = [];
    let n = 0;
    const send = () => { if (rows.length) self.postMessage({ type: 'rows', rows }); rows = []; };
    await Records.each((rec) => {
      try {
        const d = digest(JSON.parse(rec.view || rec.contract));
        add(d.entry);
        rows.push(d.row);
        n += 1;
      } catch (_) { /* a record this version cannot read: skipped */ }
      if (rows.length >= 500) send();
    });
    send();
    changed(true);
    return n;
  }

  const ready = Records.open();
  self.onmessage = async (ev) => {
    const m = ev.data;
    if (m.type === 'port') {
      ev.ports[0].onmessage = async (pe) => { await ready; if (pe.data.type === 'add') file(pe.data.items); };
    } else if (m.type === 'aliases') {
      aliases = m.aliases; version += 1;
      changed(true);
    } else if (m.type === 'tune') {
      if (m.wordsAsStrings >= 0) wordsAsStrings = m.wordsAsStrings;
    } else if (m.type === 'clear') {
      clear();
      changed(true);
    } else if (m.type === 'ask') {
      let result = null; let error = null;
      const t0 = performance.now();
      try {
        await ready;
        result = m.what === 'restore' ? await restore() : await HANDLERS[m.what](m.args || {});
      } catch (e) { error = String(e && e.stack || e); }
      self.postMessage({ type: 'answer', id: m.id, result, error, ms: performance.now() - t0 });
    }
  };
}
