// The search words of an article are made by the engine (src/search.rs) for articles just
// analysed, and by the page (js/digest.js `words`) for records restored or imported; a query
// is folded by the page. Both sides must fold and split alike, or search misses articles.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
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
      const text = stored(a).view.text;
      assert.strictEqual(a.words, shared.words(text), `${name}: engine and page words differ`);
      if (text) articles += 1;
    }
  }
  assert.ok(articles >= 20, `articles compared: ${articles}`);
});

/** An analysed article's `stored` (the gzip of `contract NUL view`) as {contract, view},
 * parsed; the view is the contract when the record has none. */
function stored(a) {
  const s = zlib.gunzipSync(a.stored).toString('utf8');
  const cut = s.indexOf('\0');
  const contract = JSON.parse(s.slice(0, cut));
  return { contract, view: s.slice(cut + 1) ? JSON.parse(s.slice(cut + 1)) : contract };
}

// A fresh article is listed and indexed from the engine's summary of it (src/wasm.rs
// `Summary`); a restored or imported one from its whole view record. Both must give the page
// the same row and index entry, or an article would change on reload.
test('the summary of an article digests as its whole record does', () => {
  const { engine, shared } = h.loadEngine();
  const files = ['seeds', 'html', 'text'].flatMap((d) => fs.readdirSync(path.join(h.FIXTURES, d))
    .filter((f) => /\.(txt|html)$/.test(f)).map((f) => path.join(h.FIXTURES, d, f)));
  // Paragraphs of text outside the BMP, where UTF-16 and code point offsets part.
  const astralText = ['Arménie et Azerbaïdjan : une rencontre à Bruxelles 🇪🇺',
    'Le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien Nikol Pachinian se sont rencontrés mardi 14 mai 2024 à Bruxelles, sous l’égide de Charles Michel 🤝, pour la troisième fois cette année.',
    '« Nous voulons la paix 🕊️ et nous la ferons », a déclaré Nikol Pachinian devant la presse, tandis que le ministère des Affaires étrangères de l’Azerbaïdjan saluait des « progrès notables ».',
    'Selon l’AFP, plus de 100 000 personnes ont quitté le Haut-Karabakh depuis septembre 😢. Les discussions doivent reprendre à Washington en juin, a précisé Antony Blinken.',
    'Le texte de l’accord 𝐝𝐞 𝐩𝐚𝐢𝐱 reste confidentiel. Erevan et Bakou n’ont donné aucune date pour sa signature.'].join('\n\n');
  const extra = [['astral.txt', astralText]];
  let compared = 0; let astral = 0;
  for (const [name, bytes] of [...files.map((f) => [path.basename(f), fs.readFileSync(f)]), ...extra.map(([n, t]) => [n, Buffer.from(t)])]) {
    for (const a of engine.analyze(name, bytes, false)) {
      const whole = shared.digest(stored(a).view, a.words);
      const summary = JSON.parse(a.summary);
      assert.ok(!('text' in summary) && !('removed' in summary) && summary.body.length <= 1, `${name}: the summary is not slim`);
      assert.deepStrictEqual(shared.digest(summary, a.words), whole, `${name}: summary and record digest differently`);
      compared += 1;
      if (whole.entry.ents.some((e) => e[4] > 0)) astral += /[\ud800-\udfff]/.test(stored(a).view.text) ? 1 : 0;
    }
  }
  assert.ok(compared >= 20, `articles compared: ${compared}`);
  assert.ok(astral >= 1, 'no article with characters outside the BMP and entities past its first paragraph');
});
