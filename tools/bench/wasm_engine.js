// The wasm engine alone, on one thread (node), over every file of a folder: the same build
// the page runs (www/pkg/revue-core.js), without the page around it. Compared with the native
// CLI on one thread, it gives the wasm/native speed ratio.
// Usage: node tools/bench/wasm_engine.js DIR    Prints one JSON object.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
// The same loader as the browser tests' (tests/e2e/harness.js, which npm ci in tests/e2e sets up).
const { engine } = require('../../tests/e2e/harness').loadEngine();

function walk(dir, out) {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

const files = walk(path.resolve(process.argv[2]), []);
let bytes = 0; let articles = 0;
const t0 = process.hrtime.bigint();
for (const f of files) {
  const data = fs.readFileSync(f);
  bytes += data.length;
  articles += engine.analyze(f, data, false).length;
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = bytes / 1048576;
console.log(JSON.stringify({ files: files.length, articles, mb: +mb.toFixed(1), seconds: +s.toFixed(2), mb_per_s: +(mb / s).toFixed(2) }));
