// The worker pool: compiles the wasm core once, runs one worker per core, feeds them files,
// reports progress, cancels, and replaces a worker that crashed. The main thread only
// schedules; it never touches file bytes or runs analysis, and of each article it receives
// only the list row: the records go from the workers straight to the corpus index worker.
/* global REVUE_CORE, revueWorkerMain, revueShared */
/* exported RevuePool */
'use strict';

/** Files in flight per worker: the next files are already read while one is analysed, so a
 * worker never waits for a round trip through a busy main thread, and the next reads are
 * already under way while a file is analysed. */
const POOL_DEPTH = 32;

/** Files are handed to a worker in groups of up to this many (posted one file a message, see
 * POST_SLICE_MS; the worker gathers the group), and the worker reads a group's small files
 * as one Blob: in Chromium every File read (and every
 * File posted on its own) costs a registration with the browser's blob registry and a read
 * request of its own, about half a millisecond of the browser's and the worker's CPU a file,
 * while one read of a Blob made of the group's files costs a fraction of that per file
 * (measured on 6,807 files: 10 CPU-s of Chromium read one by one, 6.6 CPU-s in groups of 32).
 * Making the group's Blob also blocks the worker for a synchronous registration, a few ms
 * a group on a busy machine: groups of 16 rather than 8 took the browser's IO thread and
 * each engine worker some 0.4 CPU-s less on the 10,000-article corpus.
 * A worker gets its next group when half its files are done. */
const POOL_BATCH = 16;

/** The main thread posts files for at most this long in one task, then lets the page's other
 * tasks run before it posts more (see `feed`). Posting a File picked with the folder button
 * makes the main thread wait for the browser's snapshot of it (its size and date, asked
 * synchronously, `blink.mojom.Blob` in a trace: a fraction of a millisecond on an idle
 * machine, often 5-50 ms while the browser and the machine are busy, with 2-5 ms of the
 * main thread's CPU for a group), so a group's files go out one a message, and a task stops
 * posting once this much time has passed. A group (or, at a refill, several) a message made
 * tasks of 100-300 ms, nearly all waiting, at 30,000 files and more. */
const POST_SLICE_MS = 10;

/** The browser's IO thread, which answers that snapshot, stops for 50-200 ms at a time when a
 * garbage collection of the page's main thread or of an analysis worker frees a few thousand
 * File objects at once: each File (and each copy of it posted to a worker) holds a connection
 * to the browser, and the IO thread takes about 0.08 ms to close one (100,000 articles: 1,000
 * to 2,300 closed in a row after each major collection, a dozen times a run). A File posted
 * meanwhile made a task of as long (5-7 tasks of 100-200 ms a run). So the pool learns when
 * Files it handled have been collected (a FinalizationRegistry here and in each worker) and,
 * when at least QUIET_MIN_FILES went at once, posts none for this long per File collected,
 * while the browser closes them (a pause for every collection, small ones included, left the
 * workers short of files: 10,000 articles took some 10% longer). */
const QUIET_MS_PER_FILE = 0.1;
const QUIET_MIN_FILES = 200;

/** Time limit for one file: a minute, plus a second per MB (a 200 MB file gets 4 min 20 s).
 * A worker past it is replaced and the file gets an error record; the others go on. */
function timeLimitMs(size) { return 60000 + 1000 * Math.ceil(size / 1048576); }

/** The jobs waiting, first in first out. Taking from the front moves an index: a plain
 * array's shift() copies the whole array once it is long (V8's fast path stops near 16,000
 * elements), and handing out a folder of 68,000 files that way took the main thread over a
 * minute, in tasks of a few hundred milliseconds. */
class JobQueue {
  constructor() { this.items = []; this.head = 0; }

  get length() { return this.items.length - this.head; }

  first() { return this.items[this.head]; }

  push(job) { this.items.push(job); }

  /** Puts jobs back at the front, in their order. */
  unshift(...jobs) {
    if (jobs.length <= this.head) {
      this.head -= jobs.length;
      for (let i = 0; i < jobs.length; i++) this.items[this.head + i] = jobs[i];
    } else {
      this.items = jobs.concat(this.items.slice(this.head));
      this.head = 0;
    }
  }

  shift() {
    if (this.head >= this.items.length) return undefined;
    const job = this.items[this.head];
    this.items[this.head++] = undefined;
    // Drop the taken slots once they are most of the array: each job is copied O(1) times.
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return job;
  }

  toArray() { return this.items.slice(this.head); }
}

/** Base64 to bytes. Self-contained: its source text also runs in the worker that inflates
 * the engine (RevuePool.wasmBytes). */
function decodeBase64(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

class RevuePool {
  /** `connect(port)` hands the index worker the other end of each worker's channel. */
  constructor(size, connect) {
    this.size = Math.max(1, size || navigator.hardwareConcurrency || 2);
    this.connect = connect || null;
    this.module = null;
    this.workerUrl = null;
    this.workers = [];      // {worker, jobs: [job, ...] in the order sent, ready: bool}
    this.queue = new JobQueue();   // jobs waiting: {id, kind, file, name, size, raw}
    this.nextId = 1;
    this.holds = 0;         // intake steps under way (see hold)
    this.cancels = 0;       // how many times the work was cancelled (see cancel)
    this.timeLimitMs = timeLimitMs;
    this.watchEveryMs = 2000;   // how often time limits are checked
    this.listeners = { result: [], progress: [], idle: [], fatal: [], records: [] };
    this.resetCounters();
    this.quietUntil = 0;    // no File is posted before then (see QUIET_MS_PER_FILE)
    this.quietTimer = null;
    this.collecting = 0;    // Files of this thread collected in the current task
    this.collected = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry(() => {
      if (this.collecting++ === 0) queueMicrotask(() => { this.quiet(this.collecting); this.collecting = 0; });
    }) : null;
  }

  on(event, fn) { this.listeners[event].push(fn); }

  /** `fn` at the next `event` only; returns what takes it back. */
  once(event, fn) {
    const off = () => { this.listeners[event] = this.listeners[event].filter((f) => f !== one); };
    const one = (x) => { off(); fn(x); };
    this.on(event, one);
    return off;
  }
  emit(event, data) { for (const fn of this.listeners[event]) fn(data); }

  resetCounters() {
    this.stats = { files: 0, filesDone: 0, bytes: 0, bytesDone: 0, articles: 0, started: 0, firstResultMs: null, timing: {} };
  }

  /** Compiles the core and starts the workers; resolves when every worker is ready. */
  async start() {
    if (typeof REVUE_CORE === 'undefined') {
      throw new Error('the analysis engine is missing (www/pkg/revue-core.js): run ./build.sh first');
    }
    // The workers load their script while the core finishes compiling (begun when this
    // file was read, see the end of it); each gets the module once it is ready.
    this.compiling = RevuePool.compiled || RevuePool.compile(REVUE_CORE);
    const source = REVUE_CORE.glue + '\n;const RevueShared = (' + revueShared.toString() + ')();\n;('
      + revueWorkerMain.toString() + ')();\n';
    this.workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const ready = Promise.all(Array.from({ length: this.size }, () => this.spawn()));
    this.module = await this.compiling;
    await ready;
    performance.mark('revue:workers');
    const tick = () => { this.watch(); setTimeout(tick, this.watchEveryMs); };
    setTimeout(tick, this.watchEveryMs);
  }

  /** Replaces a worker whose current file has run past its time limit. A worker reports
   * its files a few at a time (worker.js `report`): the oldest file not yet reported may
   * have been done, and a later one be the one running. So unless that oldest file was sent
   * `solo` (reported as soon as it is done) or is large (over worker.js GROUP_FILE_MAX: the
   * worker reports the files before it first), the worker's files are all sent again, each
   * solo, and the one that runs past its limit again is the one stopped. */
  watch() {
    const now = performance.now();
    for (const slot of this.workers) {
      const head = slot.jobs[0];
      if (!head || head.kind !== 'file' || now - slot.headSince <= this.timeLimitMs(head.size || 0)) continue;
      if (head.solo || head.size > 1048576) {
        this.onCrash(slot, `analysis stopped: this file took longer than its time limit (${Math.round(this.timeLimitMs(head.size || 0) / 1000)} s)`, head.id);
      } else {
        for (const j of slot.jobs) if (j.kind === 'file') j.solo = true;
        this.onCrash(slot, null, null);
      }
    }
  }

  /** The core's compiled `WebAssembly.Module`. */
  static async compile(core) {
    const bytes = await RevuePool.wasmBytes(core);
    performance.mark('revue:decoded');
    const module = await WebAssembly.compile(bytes);
    performance.mark('revue:compiled');
    return module;
  }

  /** The module's bytes: base64, gzipped by tools/bundle_core.py (`encoding: "gzip"`). They
   * are decoded and inflated in a short-lived worker: a DecompressionStream inflates on the
   * thread that reads it, and on the page the 4.8 MB took the main thread one task of
   * 86-132 ms at start-up. */
  static async wasmBytes(core) {
    if (core.encoding !== 'gzip') return decodeBase64(core.wasm);
    const source = `onmessage = async (e) => {
      try {
        const inflated = new Blob([(${decodeBase64})(e.data)]).stream().pipeThrough(new DecompressionStream('gzip'));
        const bytes = await new Response(inflated).arrayBuffer();
        postMessage(bytes, [bytes]);
      } catch (err) { postMessage(String(err && err.message || err)); }
    };`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'revue-inflate' });
    try {
      const out = await new Promise((resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => { e.preventDefault(); reject(new Error('cannot inflate the engine: ' + (e.message || 'worker failed'))); };
        worker.postMessage(core.wasm);
      });
      if (typeof out === 'string') throw new Error('cannot inflate the engine: ' + out);
      return new Uint8Array(out);
    } finally {
      worker.terminate();
      URL.revokeObjectURL(url);
    }
  }

  spawn() {
    return new Promise((resolve) => {
      const slot = { worker: new Worker(this.workerUrl, { name: 'revue-analysis' }), jobs: [], ready: false };
      slot.worker.onmessage = (ev) => this.onMessage(slot, ev.data, resolve);
      slot.worker.onerror = (ev) => {
        ev.preventDefault();
        this.onCrash(slot, 'the analysis worker failed: ' + (ev.message || 'unknown error'));
      };
      const channel = this.connect ? new MessageChannel() : null;
      if (channel) this.connect(channel.port2);
      const init = (module) => slot.worker.postMessage({ type: 'init', module, port: channel && channel.port1 }, channel ? [channel.port1] : []);
      if (this.module) init(this.module);
      else this.compiling.then(init, () => {});   // a failed compile is reported by start()
      this.workers.push(slot);
    });
  }

  onMessage(slot, msg, resolveReady) {
    switch (msg.type) {
      case 'ready':
        slot.ready = true;
        if (resolveReady) resolveReady();
        this.pump();
        break;
      case 'fatal':
        this.emit('fatal', msg.message);
        break;
      case 'collected':
        // The worker's copies of `n` Files were collected: the browser is closing them.
        this.quiet(msg.n);
        break;
      case 'sizes':
        // [[id, size], ...] of a group of files the worker took.
        for (const [id, size] of msg.sizes) {
          const job = slot.jobs.find((j) => j.id === id);
          if (job && job.size === null) {
            job.size = size;
            this.stats.bytes += size;
          }
        }
        break;
      case 'records': {
        // A Revue export: the page reopens it (app.js importRecords); it counts as done.
        const job = this.take(slot, msg.id);
        if (job) {
          this.emit('records', { file: job.file, name: job.name });
          this.finish(job, []);
        }
        this.pump();
        break;
      }
      case 'results':
        // Files done, several to a message (worker.js `report`), in the order they were run.
        if (msg.wasmBytes) slot.wasmBytes = msg.wasmBytes;
        for (const r of msg.results) {
          if (r.timing) for (const k in r.timing) this.stats.timing[k] = (this.stats.timing[k] || 0) + r.timing[k];
          const job = this.take(slot, r.id);
          if (!job) continue;
          if (job.size === null) { job.size = r.bytes; this.stats.bytes += r.bytes; }
          this.finish(job, r.rows);
        }
        this.pump();
        break;
      case 'failed':
      case 'views': {
        const job = this.take(slot, msg.id);
        const rows = msg.rows || [];
        if (job && job.resolve) job.resolve({ rows, bad: msg.bad || 0 });
        else if (job && msg.rows === null) this.queue.unshift({ id: job.id, kind: 'error', name: job.name, size: job.size, message: msg.message });
        else if (job) this.finish(job, rows);
        this.pump();
        break;
      }
      case 'crashed':
        this.onCrash(slot, msg.message, msg.id);
        break;
    }
  }

  /** Removes the job `id` from a worker's list; when it was the head, the next job's time
   * limit starts now. */
  take(slot, id) {
    const i = slot.jobs.findIndex((j) => j.id === id);
    if (i < 0) return null;
    if (i === 0) slot.headSince = performance.now();
    return slot.jobs.splice(i, 1)[0];
  }

  /** A worker trapped or died: replace it, give the file it was on an error record, and
   * queue again the files it had not started. */
  onCrash(slot, message, id) {
    const jobs = slot.jobs;
    slot.jobs = [];
    slot.worker.terminate();
    this.workers = this.workers.filter((w) => w !== slot);
    this.spawn();
    // The worker runs its jobs in order: without an id, the oldest one is the culprit;
    // without a message, none is (its files are sent again, see watch).
    const at = message === null ? -1 : Math.max(0, jobs.findIndex((j) => j.id === id));
    const again = [];
    jobs.forEach((job, i) => {
      if (job.resolve) job.resolve({ rows: [], bad: job.lines ? job.lines.length : 0 });
      else if (i === at) again.push({ id: job.id, kind: 'error', name: job.name, size: job.size, message });
      else again.push(job);
    });
    this.queue.unshift(...again);
    this.pump();
  }

  finish(job, rows) {
    const s = this.stats;
    s.filesDone += 1;
    s.bytesDone += job.size || 0;
    s.articles += rows.length;
    if (s.firstResultMs === null) s.firstResultMs = performance.now() - s.started;
    this.emit('result', { name: job.name, rows });
    this.emit('progress', this.progress());
    if (this.idle()) this.emit('idle', this.progress());
  }

  /** `n` Files were collected at once: when that is many, nothing is posted until the browser
   * has closed them. */
  quiet(n) {
    if (n >= QUIET_MIN_FILES) this.quietUntil = Math.max(this.quietUntil, performance.now()) + n * QUIET_MS_PER_FILE;
  }

  /** Linear memory held by the workers' wasm instances, in bytes. */
  wasmBytes() { return this.workers.reduce((n, w) => n + (w.wasmBytes || 0), 0); }

  idle() { return this.holds === 0 && this.queue.length === 0 && this.workers.every((w) => w.jobs.length === 0); }

  /** New work after a quiet spell starts new counters. */
  begin() {
    if (this.idle()) { this.resetCounters(); this.stats.started = performance.now(); }
  }

  /** Not idle until `promise` settles: files still being sorted out count as work under way. */
  async hold(promise) {
    this.begin();
    this.holds += 1;
    try {
      return await promise;
    } finally {
      this.holds -= 1;
      if (this.idle() && this.stats.files > 0) this.emit('idle', this.progress());
    }
  }

  /** Files and bytes done so far. Sizes are learnt as the workers take the files (`bytes`
   * counts the files handed out), so the time left is reckoned from the files' rate. */
  progress() {
    const s = this.stats;
    const elapsed = (performance.now() - s.started) / 1000;
    const rate = s.filesDone > 0 ? s.filesDone / Math.max(elapsed, 1e-3) : 0;
    // No estimate while files are still being listed (a folder walked as it is analysed).
    const left = rate > 0 && s.filesDone >= 3 && this.holds === 0 ? (s.files - s.filesDone) / rate : null;
    return { ...s, elapsed, secondsLeft: left };
  }

  /** Queues files ({file: File, name: relative path}) for analysis. Nothing is asked of the
   * File here: even its size costs a round trip to the browser (about a millisecond a file,
   * seconds for a big folder), so the workers learn it. */
  add(entries, raw) {
    this.begin();
    for (const { file, name } of entries) {
      this.queue.push({ id: this.nextId++, kind: 'file', file, name, size: null, raw: !!raw });
      if (this.collected) this.collected.register(file, null);
    }
    this.stats.files += entries.length;
    this.emit('progress', this.progress());
    this.pump();
  }

  /** Contract lines (an imported export) analysed back into articles, filed in the index
   * like results; resolves with {rows, bad}. */
  views(lines) {
    return new Promise((resolve) => {
      this.queue.unshift({ id: this.nextId++, kind: 'view', lines, resolve, size: 0 });
      this.pump();
    });
  }

  /** Hands out waiting jobs to the workers with room, soon: in a task of its own (a
   * MessageChannel message, which, unlike setTimeout, is not held back), and for no more
   * than POST_SLICE_MS of posting a task. Called by every step that may make room or work;
   * the calls of one task make one run. */
  pump() {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    if (!this.pumpChannel) {
      this.pumpChannel = new MessageChannel();
      this.pumpChannel.port1.onmessage = () => { this.pumpQueued = false; this.feed(); };
    }
    this.pumpChannel.port2.postMessage(null);
  }

  /** One run of `pump`. A group of files is taken from the queue at once (the worker's list
   * gets all of them: they are its jobs from then on, for time limits, crashes and cancel),
   * then posted one file a message (`more`: the group goes on in the next message; the
   * worker starts on a group once it has all of it), the rest left in `slot.unsent` for the
   * next run when the time is up. */
  feed() {
    const t0 = performance.now();
    if (t0 < this.quietUntil) {
      // Files were just collected (see QUIET_MS_PER_FILE): try again once they are closed.
      if (!this.quietTimer) this.quietTimer = setTimeout(() => { this.quietTimer = null; this.pump(); }, this.quietUntil - t0);
      return;
    }
    const timeUp = () => {
      if (performance.now() - t0 < POST_SLICE_MS) return false;
      this.pump();
      return true;
    };
    // Each run starts with the worker the last one stopped at: a slow run serves all in turn.
    const n = this.workers.length;
    const from = (this.feedFrom || 0) % Math.max(1, n);
    for (let k = 0; k < n; k++) {
      const slot = this.workers[(from + k) % n];
      this.feedFrom = (from + k) % n;
      if (!slot.ready) continue;
      for (;;) {
        if (slot.unsent && slot.unsent.length) {
          while (slot.unsent.length) {
            if (timeUp()) return;
            const j = slot.unsent.shift();
            slot.worker.postMessage({ type: 'files', files: [{ id: j.id, file: j.file, name: j.name, raw: j.raw, solo: !!j.solo }], more: slot.unsent.length > 0 });
          }
        }
        // Refill a worker only when a whole group fits, so that files go out in groups.
        if (!this.queue.length || slot.jobs.length > POOL_DEPTH - POOL_BATCH) break;
        if (timeUp()) return;
        // An idle worker gets one file first, so that its first result waits for no group;
        // a file sent solo goes alone.
        const want = slot.jobs.length === 0 || (this.queue.first() && this.queue.first().solo) ? 1 : POOL_BATCH;
        const files = [];
        while (files.length < want && this.queue.length && this.queue.first().kind === 'file' && !(files.length && this.queue.first().solo)) files.push(this.queue.shift());
        const job = files.length ? null : this.queue.shift();
        if (slot.jobs.length === 0) slot.headSince = performance.now();
        if (files.length) {
          slot.jobs.push(...files);
          slot.unsent = files;
        } else {
          slot.jobs.push(job);
          if (job.kind === 'error') slot.worker.postMessage({ type: 'error', id: job.id, name: job.name, message: job.message });
          else slot.worker.postMessage({ type: 'view', id: job.id, lines: job.lines });
        }
      }
    }
  }

  /** Stops everything under way: workers are replaced, the queue is dropped. */
  cancel() {
    this.cancels += 1;   // a listing still under way stops adding files (app.js analyse)
    const waiting = this.queue.toArray();
    const dropped = waiting.filter((j) => j.kind !== 'view').length
      + this.workers.reduce((n, w) => n + w.jobs.filter((j) => !j.resolve).length, 0);
    for (const j of waiting) if (j.resolve) j.resolve({ rows: [], bad: 0 });
    this.queue = new JobQueue();
    const old = this.workers;
    this.workers = [];
    for (const slot of old) {
      for (const j of slot.jobs) if (j.resolve) j.resolve({ rows: [], bad: 0 });
      slot.worker.terminate();
    }
    for (let i = 0; i < this.size; i++) this.spawn();
    return dropped;
  }
}

/** The core compiles from the moment this script runs (pkg/revue-core.js is read before it),
 * while the page's other scripts load and the page lays out: `start` then only waits for
 * what is left. */
RevuePool.compiled = typeof REVUE_CORE === 'undefined' ? null : RevuePool.compile(REVUE_CORE);
if (RevuePool.compiled) RevuePool.compiled.catch(() => {});   // reported by start()
