// Times the tagger compiled to wasm32 on the .txt files of a folder (best of 5 passes).
// Usage: node bench.mjs path/to/ner_wasm_bench.wasm DIR
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
const [wasmPath, dir] = process.argv.slice(2);
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {});
const ex = instance.exports;
const enc = new TextEncoder();
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
  const b = enc.encode(readFileSync(join(dir, f), "utf8"));
  const p = ex.alloc(b.length);
  new Uint8Array(ex.memory.buffer, p, b.length).set(b);
  return [p, b.length];
});
let tokens = 0;
for (const [p, n] of texts) tokens += ex.count_tokens(p, n);
ex.recognize(texts[0][0], texts[0][1], 0); // load the model once
let best = Infinity, mentions = 0;
const cpu0 = process.cpuUsage();
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  mentions = 0;
  for (const [p, n] of texts) mentions += ex.recognize(p, n, 0);
  best = Math.min(best, (performance.now() - t0) / 1000);
}
const cpu = process.cpuUsage(cpu0);
const cpuPass = (cpu.user + cpu.system) / 1e6 / 5;
console.log(`wasm: ${cpuPass.toFixed(3)} s on CPU per pass, ${Math.round(tokens / cpuPass)} tokens/s of CPU time (load-independent)`);
console.log(`wasm: ${texts.length} docs, ${tokens} tokens, ${mentions} mentions, ${best.toFixed(3)} s, ${Math.round(tokens / best)} tokens/s (wall, best of 5)`);
