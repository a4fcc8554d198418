// The analysis worker. This function never runs on the page: pool.js turns its source text
// into a Blob worker, prefixed with the wasm-bindgen glue (which defines `wasm_bindgen`) and
// the shared digest code (`RevueShared`, js/digest.js).
// A worker owns one engine; it reads each File itself, so file bytes never touch the main
// thread. Each article goes from here straight to the corpus index worker, over the
// MessagePort the pool hands over at start-up, as a ready-made index entry and the record
// gzipped for storage; the main thread gets only the short list rows.
/* global RevueShared */
/* exported revueWorkerMain */
function revueWorkerMain() {
  'use strict';
  let engine = null;
  let memory = null;   // the wasm instance's linear memory, reported for benchmarks
  let index = null;    // MessagePort to the corpus index worker
  const queue = [];    // jobs, run one at a time in arrival order
  let incoming = [];   // the files of a group still arriving (see onmessage)
  let running = false;
  /** Files up to this size are read in their group's one Blob; larger ones alone, so that a
   * group never holds more than a few MB in memory at once. */
  const GROUP_FILE_MAX = 1 << 20;

  /** Files received that were garbage-collected since the page was last told: the page posts
   * no File while the browser closes them (pool.js QUIET_MS_PER_FILE). */
  let collected = 0;
  const registry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry(() => {
    if (collected++ === 0) queueMicrotask(() => { self.postMessage({ type: 'collected', n: collected }); collected = 0; });
  }) : null;

  /** Results of analysed files not yet sent: a message to the page and one to the index
   * carry several files, as one costs each side a task and (to the index, over a
   * MessagePort) a trip through the browser's IPC, some 0.3 ms a message. They go when
   * OUTBOX_FILES files are done, when OUTBOX_MS have passed since the last went, when this
   * worker has nothing else queued, and before any other message to the page; a file sent
   * `solo` (after a time limit, see pool.js) is reported at once. The index always gets a
   * file's records in the same flush as the page gets its rows. */
  const OUTBOX_FILES = 8;
  const OUTBOX_MS = 250;
  let outbox = { results: [], items: [], buffers: [] };
  let sentAt = 0;

  function flush() {
    const o = outbox;
    sentAt = performance.now();
    if (!o.results.length && !o.items.length) return;
    outbox = { results: [], items: [], buffers: [] };
    if (o.items.length && index) index.postMessage({ type: 'add', items: o.items }, o.buffers);
    if (o.results.length) self.postMessage({ type: 'results', results: o.results, wasmBytes: memory ? memory.buffer.byteLength : 0 });
  }

  /** Sends a message to the page after the results before it. */
  function say(msg) {
    flush();
    self.postMessage(msg);
  }

  /** Queues analysed records [{summary, words, stored}] (src/wasm.rs) for the index; returns
   * their list rows. The index gets the digest and `stored` (the gzipped record), transferred. */
  function deliver(analysed) {
    const rows = [];
    for (const { summary, words, stored } of analysed) {
      const { row, entry } = RevueShared.digest(JSON.parse(summary), words);
      rows.push(row);
      outbox.items.push({ entry, z: stored.buffer });
      outbox.buffers.push(stored.buffer);
    }
    return rows;
  }

  /** A file's result, sent with the next flush (at once when `solo`). */
  function report(result, solo) {
    outbox.results.push(result);
    if (solo || outbox.results.length >= OUTBOX_FILES || queue.length === 0 || performance.now() - sentAt >= OUTBOX_MS) flush();
  }

  function errorRows(name, message) {
    try {
      return deliver(wasm_bindgen.Engine.errorRecord(name, message));
    } catch (_) {
      return null;   // the instance is unusable (it trapped): the page builds the record itself
    }
  }

  async function run(msg) {
    if (msg.type === 'file') {
      let bytes;
      const tRead = performance.now();
      try {
        bytes = await msg.reading;
      } catch (e) {
        const message = 'cannot read file: ' + (e && e.message || e);
        const rows = errorRows(msg.name, message);
        if (rows) report({ id: msg.id, bytes: 0, rows }, msg.solo);
        else say({ type: 'failed', id: msg.id, name: msg.name, message, rows });
        return;
      }
      // A Revue export dropped in with the news is reopened by the page, not analysed.
      if (!msg.raw && RevueShared.isRecordsFile(msg.name, bytes)) {
        say({ type: 'records', id: msg.id, bytes: bytes.length });
        return;
      }
      try {
        const t0 = performance.now();
        const analysed = engine.analyze(msg.name, bytes, !!msg.raw);
        const t1 = performance.now();
        const rows = deliver(analysed);
        // Where the worker's time goes (read, analyse, hand over), summed by the pool.
        const timing = { read: t0 - tRead, analyze: t1 - t0, deliver: performance.now() - t1 };
        report({ id: msg.id, bytes: bytes.length, timing, rows }, msg.solo);
      } catch (e) {
        let why = '';
        try { why = wasm_bindgen.Engine.lastPanic(); } catch (_) { /* trapped */ }
        // A trap leaves the instance unusable: report, then the pool replaces this worker.
        say({ type: 'crashed', id: msg.id, name: msg.name,
          message: 'the analysis engine crashed on this file' + (why ? ': ' + why : ' (' + (e && e.message || e) + ')') });
        queue.length = 0;
      }
    } else if (msg.type === 'error') {
      // A file another worker could not finish: give it its error record.
      report({ id: msg.id, bytes: 0, rows: errorRows(msg.name, msg.message) || [] }, true);
    } else if (msg.type === 'view') {
      // Contract lines from an imported export: rebuilt into views and filed like results.
      const analysed = [];
      let bad = 0;
      for (const line of msg.lines) {
        try { analysed.push(...engine.view(line)); } catch (_) { bad += 1; }
      }
      const rows = deliver(analysed);
      say({ type: 'views', id: msg.id, rows, bad });
    }
  }

  async function drain() {
    if (running) return;
    running = true;
    while (queue.length) {
      const job = queue.shift();
      // A large file is read when its turn comes, and the next one while it is analysed.
      for (const j of [job, queue[0]]) if (j && j.type === 'file' && !j.reading) readAlone(j);
      // The pool times the oldest file it has no result for (pool.js watch). A large file
      // (whose time limit is its own) or a solo one starts once the files before it are
      // reported; other files share the shortest limit, and those before them were done
      // within OUTBOX_MS.
      if (job.solo || !(job.size <= GROUP_FILE_MAX)) flush();
      await run(job);
    }
    running = false;
  }

  function sizeOf(file) {
    try { return file.size; } catch (_) { return Infinity; }   // read alone; its read reports the problem
  }

  /** A promise of a file's bytes. */
  function bytesOf(file) {
    return file.arrayBuffer().then((b) => new Uint8Array(b));
  }

  /** Starts reading a file on its own (`reading`: a promise of its bytes). */
  function readAlone(job) {
    job.reading = bytesOf(job.file);
    job.reading.catch(() => {});   // a failed read is reported when the file's turn comes
  }

  /** Starts reading a group of files (pool.js POOL_BATCH): the small ones as one Blob, which
   * the browser serves as one read instead of one per file. Each job gets `reading`, a promise
   * of its bytes. Should the group's read fail (a file moved or changed since it was picked),
   * each of its files is read alone, so only that file gets an error. A file over
   * GROUP_FILE_MAX is read when it is next in line (see `drain`), so that no more than two
   * large files are in memory at once. */
  function startReads(jobs) {
    // Size 0 may also be a file the browser could not even look at: read alone, it says why.
    const small = jobs.filter((j) => j.size > 0 && j.size <= GROUP_FILE_MAX);
    if (small.length >= 2) {
      const group = new Blob(small.map((j) => j.file)).arrayBuffer();
      let at = 0;
      for (const j of small) {
        const [from, to] = [at, at + j.size];
        at = to;
        j.reading = group.then((b) => new Uint8Array(b, from, to - from), () => bytesOf(j.file));
        j.reading.catch(() => {});
      }
    }
    for (const j of jobs) if (!j.reading && j.size <= GROUP_FILE_MAX) readAlone(j);
  }

  /** Whether the engine is still warming up: it builds its automata and models (and the
   * browser optimises the hot code) one short step a task, while the person is still choosing
   * files, rather than on the first files (src/engine.rs `warm_up`). The first message after
   * start-up ends it: what is left is built when a file needs it. */
  let warming = false;

  function warmUp(step) {
    if (!warming) return;
    let more = false;
    try {
      more = engine.warmUp(step);
    } catch (_) { /* a failure here shows again, and is reported, on a real file */ }
    if (more) setTimeout(() => warmUp(step + 1), 0); else warming = false;
  }

  self.onmessage = (event) => {
    const msg = event.data;
    if (msg.type !== 'init') {
      warming = false;
      if (msg.type === 'files') {
        // A group comes one file a message (pool.js `feed`): `more` until its last.
        incoming.push(...msg.files);
        if (registry) for (const f of msg.files) registry.register(f.file, null);
        if (msg.more) return;
        const files = incoming;
        incoming = [];
        // The sizes of picked files cost a round trip to the browser each: learnt here, off
        // the main thread, for the pool's progress and time limits.
        const jobs = files.map((f) => ({ type: 'file', ...f, size: sizeOf(f.file) }));
        // The pool learns a file's size with its result; a large file's at once, as its time
        // limit depends on it (a file under GROUP_FILE_MAX has the shortest limit anyway).
        const large = jobs.filter((j) => !(j.size <= GROUP_FILE_MAX));
        if (large.length) say({ type: 'sizes', sizes: large.map((j) => [j.id, Number.isFinite(j.size) ? j.size : 0]) });
        // Start reading now: the reads overlap the analysis of the files before them.
        startReads(jobs);
        queue.push(...jobs);
      } else {
        queue.push(msg);
      }
      drain();
      return;
    }
    try {
      memory = wasm_bindgen.initSync({ module: msg.module }).memory;
      engine = new wasm_bindgen.Engine();
      index = msg.port || null;
      self.postMessage({ type: 'ready' });
      warming = true;
      setTimeout(() => warmUp(0), 0);
    } catch (e) {
      self.postMessage({ type: 'fatal', message: String(e && e.message || e) });
    }
  };
}
