// The main thread's side of the corpus index: starts the index Blob worker (from the source
// text of revueIndexMain and revueShared, as pool.js does for the analysis workers), connects
// it to each analysis worker (which send it their records directly), and asks it questions.
// Answers come back as promises; a question asked again before its answer arrives supersedes
// the older one (views only want the newest).
/* global revueIndexMain, revueShared */
/* exported RevueIndex */
'use strict';

class RevueIndex {
  constructor() {
    const source = 'const RevueShared = (' + revueShared.toString() + ')();\n;(' + revueIndexMain.toString() + ')();\n';
    this.url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    this.worker = new Worker(this.url, { name: 'revue-index' });
    this.pending = new Map();
    this.latest = new Map();      // what -> newest request id (for supersede)
    this.nextId = 1;
    this.version = 0;
    this.articles = 0;
    this.received = 0;
    this.listeners = [];
    this.onRows = null;       // fn(rows): list rows of restored articles
    this.onProblem = null;    // fn(message): records cannot be kept
    this.worker.onmessage = (ev) => this.onMessage(ev.data);
    this.worker.onerror = (ev) => { ev.preventDefault(); console.warn('index worker failed', ev.message); };
  }

  onChange(fn) { this.listeners.push(fn); }

  onMessage(m) {
    if (m.type === 'changed') {
      this.version = m.version;
      this.articles = m.articles;
      this.received = m.received;
      for (const fn of this.listeners) fn(m);
    } else if (m.type === 'rows') {
      if (this.onRows) this.onRows(m.rows);
    } else if (m.type === 'problem') {
      if (this.onProblem) this.onProblem(m.message);
    } else if (m.type === 'answer') {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!p) return;
      if (m.error) p.reject(new Error(m.error)); else p.resolve(m.result);
    }
  }

  /** Gives the index one end of an analysis worker's channel. */
  connect(port) { this.worker.postMessage({ type: 'port' }, [port]); }

  /** Rebuilds the index from the stored records; rows arrive through `onRows`. Resolves with
   * the number of articles restored. */
  restore() { return this.ask('restore', {}, false); }

  setAliases(aliases) { this.worker.postMessage({ type: 'aliases', aliases }); }
  clear() { this.worker.postMessage({ type: 'clear' }); }

  /** Asks a question; resolves with the answer, or with `undefined` if superseded. */
  ask(what, args, supersede) {
    const id = this.nextId++;
    if (supersede !== false) this.latest.set(what, id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (r) => resolve(supersede === false || this.latest.get(what) === id ? r : undefined),
        reject,
      });
      this.worker.postMessage({ type: 'ask', id, what, args });
    });
  }
}
