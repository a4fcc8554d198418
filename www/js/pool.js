// The worker pool: compiles the wasm core once, runs one worker per core, feeds them files,
// reports progress, cancels, and replaces a worker that crashed. The main thread only
// schedules; it never touches file bytes or runs analysis.
/* global REVUE_CORE, revueWorkerMain */
/* exported RevuePool */
'use strict';

class RevuePool {
  constructor(size) {
    this.size = Math.max(1, size || navigator.hardwareConcurrency || 2);
    this.module = null;
    this.workerUrl = null;
    this.workers = [];      // {worker, busy: job|null, ready: bool}
    this.queue = [];        // jobs waiting: {id, file, name, size, raw}
    this.nextId = 1;
    this.listeners = { result: [], progress: [], idle: [], fatal: [] };
    this.resetCounters();
  }

  on(event, fn) { this.listeners[event].push(fn); }
  emit(event, data) { for (const fn of this.listeners[event]) fn(data); }

  resetCounters() {
    this.stats = { files: 0, filesDone: 0, bytes: 0, bytesDone: 0, articles: 0, started: 0, firstResultMs: null };
  }

  /** Compiles the core and starts the workers; resolves when every worker is ready. */
  async start() {
    if (typeof REVUE_CORE === 'undefined') {
      throw new Error('the analysis engine is missing (www/pkg/revue-core.js): run ./build.sh first');
    }
    const bytes = RevuePool.decodeBase64(REVUE_CORE.wasm);
    this.module = await WebAssembly.compile(bytes);
    const source = REVUE_CORE.glue + '\n;(' + revueWorkerMain.toString() + ')();\n';
    this.workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    await Promise.all(Array.from({ length: this.size }, () => this.spawn()));
  }

  static decodeBase64(b64) {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  spawn() {
    return new Promise((resolve) => {
      const slot = { worker: new Worker(this.workerUrl, { name: 'revue-analysis' }), busy: null, ready: false };
      slot.worker.onmessage = (ev) => this.onMessage(slot, ev.data, resolve);
      slot.worker.onerror = (ev) => {
        ev.preventDefault();
        this.onCrash(slot, 'the analysis worker failed: ' + (ev.message || 'unknown error'));
      };
      slot.worker.postMessage({ type: 'init', module: this.module });
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
      case 'result':
        if (msg.wasmBytes) slot.wasmBytes = msg.wasmBytes;
        // falls through
      case 'failed':
      case 'views': {
        const job = slot.busy;
        slot.busy = null;
        if (job && job.resolve) job.resolve(msg.records);
        else if (job) this.finish(job, msg.records || []);
        this.pump();
        break;
      }
      case 'crashed':
        this.onCrash(slot, msg.message);
        break;
    }
  }

  /** A worker trapped or died: replace it, and give its file an error record. */
  onCrash(slot, message) {
    const job = slot.busy;
    slot.busy = null;
    slot.worker.terminate();
    this.workers = this.workers.filter((w) => w !== slot);
    this.spawn();
    if (job && !job.resolve) {
      this.queue.unshift({ id: job.id, kind: 'error', name: job.name, size: job.size, message });
    } else if (job && job.resolve) {
      job.resolve([]);
    }
    this.pump();
  }

  finish(job, records) {
    const s = this.stats;
    s.filesDone += 1;
    s.bytesDone += job.size;
    s.articles += records.length;
    if (s.firstResultMs === null) s.firstResultMs = performance.now() - s.started;
    this.emit('result', { name: job.name, records });
    this.emit('progress', this.progress());
    if (this.idle()) this.emit('idle', this.progress());
  }

  /** Linear memory held by the workers' wasm instances, in bytes. */
  wasmBytes() { return this.workers.reduce((n, w) => n + (w.wasmBytes || 0), 0); }

  idle() { return this.queue.length === 0 && this.workers.every((w) => !w.busy); }

  progress() {
    const s = this.stats;
    const elapsed = (performance.now() - s.started) / 1000;
    const rate = s.bytesDone > 0 ? s.bytesDone / Math.max(elapsed, 1e-3) : 0;
    const left = rate > 0 ? (s.bytes - s.bytesDone) / rate : null;
    return { ...s, elapsed, secondsLeft: left };
  }

  /** Queues files ({file: File, name: relative path}) for analysis. */
  add(entries, raw) {
    if (this.idle()) { this.resetCounters(); this.stats.started = performance.now(); }
    for (const { file, name } of entries) {
      this.queue.push({ id: this.nextId++, kind: 'file', file, name, size: file.size, raw: !!raw });
      this.stats.files += 1;
      this.stats.bytes += file.size;
    }
    this.emit('progress', this.progress());
    this.pump();
  }

  /** Contract lines back to view records (for reload and import), on one worker. */
  views(lines) {
    return new Promise((resolve) => {
      this.queue.unshift({ id: this.nextId++, kind: 'view', lines, resolve, size: 0 });
      this.pump();
    });
  }

  pump() {
    for (const slot of this.workers) {
      if (!slot.ready || slot.busy || this.queue.length === 0) continue;
      const job = this.queue.shift();
      slot.busy = job;
      if (job.kind === 'file') slot.worker.postMessage({ type: 'file', id: job.id, file: job.file, name: job.name, raw: job.raw });
      else if (job.kind === 'error') slot.worker.postMessage({ type: 'error', id: job.id, name: job.name, message: job.message });
      else slot.worker.postMessage({ type: 'view', id: job.id, lines: job.lines });
    }
  }

  /** Stops everything under way: workers are replaced, the queue is dropped. */
  cancel() {
    const dropped = this.queue.filter((j) => j.kind !== 'view').length + this.workers.filter((w) => w.busy && !w.busy.resolve).length;
    for (const j of this.queue) if (j.resolve) j.resolve([]);
    this.queue = [];
    const old = this.workers;
    this.workers = [];
    for (const slot of old) {
      if (slot.busy && slot.busy.resolve) slot.busy.resolve([]);
      slot.worker.terminate();
    }
    for (let i = 0; i < this.size; i++) this.spawn();
    return dropped;
  }
}
