// The search words of an article are made by the engine (src/search.rs) for articles just
// analysed, and by the page (js/digest.js `words`) for records restored or imported; a query
// is folded by the page. Both sides must fold and split alike, or search misses articles.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

test('the engine and the page make the same search words of real articles', () => {
  const { engine, shared } = h.loadEngine();
  const files = ['seeds', 'html', 'text'].flatMap((d) => fs.readdirSync(path.join(h.FIXTURES, d))
    .filter((f) => /\.(txt|html)$/.test(f)).map((f) => path.join(h.FIXTURES, d, f)));
  // Texts in other scripts and with characters outside the BMP, as a person may drop them.
  const extra = [['mixed.txt', 'İstanbul’da ΣΑΣ Straße ǅemal — 北京市 東京 서울 Ελλάδα 𝐀𝐁 café ＡＢＣ १२३ ١٢٣ Ω'.repeat(3)]];
  let articles = 0;
  for (const [name, bytes] of [...files.map((f) => [path.basename(f), fs.readFileSync(f)]), ...extra.map(([n, t]) => [n, Buffer.from(t)])]) {
    for (const a of engine.analyze(name, bytes, false)) {
      const text = JSON.parse(a.view || a.contract).text;
      assert.strictEqual(a.words, shared.words(text), `${name}: engine and page words differ`);
      if (text) articles += 1;
    }
  }
  assert.ok(articles >= 20, `articles compared: ${articles}`);
});
