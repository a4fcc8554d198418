// The analysis worker. This function never runs on the page: pool.js turns its source text
// into a Blob worker, prefixed with the wasm-bindgen glue (which defines `wasm_bindgen`).
// A worker owns one engine; it reads each File itself, so file bytes never touch the main
// thread.
/* exported revueWorkerMain */
function revueWorkerMain() {
  'use strict';
  let engine = null;
  let memory = null;   // the wasm instance's linear memory, reported for benchmarks

  function fail(id, name, message) {
    let records = [];
    try {
      records = wasm_bindgen.Engine.errorRecord(name, message);
    } catch (_) {
      // The instance is unusable (it trapped); the page builds the record itself.
    }
    self.postMessage({ type: 'failed', id, name, message, records });
  }

  self.onmessage = async (event) => {
    const msg = event.data;
    if (msg.type === 'init') {
      try {
        memory = wasm_bindgen.initSync({ module: msg.module }).memory;
        engine = new wasm_bindgen.Engine();
        self.postMessage({ type: 'ready' });
        // Parse the entity models now, while the person is still choosing files, rather
        // than on the first file: one short French and one short English text.
        setTimeout(() => {
          const enc = new TextEncoder();
          try {
            engine.analyze('warm-up-fr.txt', enc.encode('Le président Emmanuel Macron a reçu mardi à Paris le chef de l’OTAN, selon l’AFP.'), true);
            engine.analyze('warm-up-en.txt', enc.encode('President Joe Biden met the head of NATO in Washington on Tuesday, Reuters said.'), true);
          } catch (_) { /* a failure here shows again, and is reported, on a real file */ }
        }, 0);
      } catch (e) {
        self.postMessage({ type: 'fatal', message: String(e && e.message || e) });
      }
      return;
    }
    if (msg.type === 'file') {
      let bytes;
      try {
        bytes = new Uint8Array(await msg.file.arrayBuffer());
      } catch (e) {
        fail(msg.id, msg.name, 'cannot read file: ' + (e && e.message || e));
        return;
      }
      try {
        const t0 = performance.now();
        const records = engine.analyze(msg.name, bytes, !!msg.raw);
        self.postMessage({ type: 'result', id: msg.id, bytes: bytes.length, ms: performance.now() - t0, records,
          wasmBytes: memory ? memory.buffer.byteLength : 0 });
      } catch (e) {
        let why = '';
        try { why = wasm_bindgen.Engine.lastPanic(); } catch (_) { /* trapped */ }
        // A trap leaves the instance unusable: report, then the pool replaces this worker.
        self.postMessage({ type: 'crashed', id: msg.id, name: msg.name,
          message: 'the analysis engine crashed on this file' + (why ? ': ' + why : ' (' + (e && e.message || e) + ')') });
      }
      return;
    }
    if (msg.type === 'error') {
      // A file another worker could not finish: give it its error record.
      self.postMessage({ type: 'result', id: msg.id, bytes: 0, ms: 0,
        records: wasm_bindgen.Engine.errorRecord(msg.name, msg.message) });
      return;
    }
    if (msg.type === 'view') {
      // Rebuild view records from stored/imported contract lines.
      const out = [];
      for (const line of msg.lines) {
        try { out.push(...engine.view(line)); } catch (e) { out.push(null); }
      }
      self.postMessage({ type: 'views', id: msg.id, records: out });
    }
  };
}
