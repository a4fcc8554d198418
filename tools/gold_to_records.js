// Turns the hand gold of the seed articles (tests/fixtures/seeds/*.gold.json) into contract
// records (JSONL), the fixture that the explorer's browser tests import: real entities with
// canonical names, quotes with speakers, dated mentions and figures, whatever the tagger of
// the day produces. Mentions are found in reading order in `text` (title, blank line, body
// paragraphs joined by blank lines); offsets are code points, as the contract says.
// Usage: node tools/gold_to_records.js > tests/fixtures/explorer/gold-records.jsonl
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const dir = path.join(__dirname, '..', 'tests', 'fixtures', 'seeds');
const cp = (s, i) => [...s.slice(0, i)].length;

for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const g = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  const text = (g.title ? g.title + '\n\n' : '') + g.body.join('\n\n');
  const find = (needle, from) => {
    const i = text.indexOf(needle, from);
    return i < 0 ? null : [i, i + needle.length];
  };
  const spans = (items, make) => {
    const out = [];
    let at = 0;
    for (const it of items) {
      if (!it.text) continue;
      let hit = find(it.text, at);
      if (!hit) hit = find(it.text, 0);
      if (!hit) continue;
      at = hit[1];
      out.push({ start: cp(text, hit[0]), end: cp(text, hit[1]), ...make(it) });
    }
    return out;
  };
  const rec = {
    file: 'gold/' + g.file, record: 0, lang: g.lang || null, title: g.title || null,
    published: g.published || null, author: g.author || null, site: 'gold-' + g.file.slice(0, 3), sources: g.sources || [],
    body: g.body, text,
    entities: spans(g.entities || [], (e) => ({ type: e.type, text: e.text, canonical: e.canonical || e.text })),
    dates: spans(g.dates_mentioned || [], (d) => ({ text: d.text, iso: d.iso || null })),
    figures: spans(g.figures || [], (f) => ({ text: f.text, value: f.value, what: f.what, qualifier: f.about || undefined })),
    quotes: spans(g.quotes || [], (q) => ({ text: q.text, speaker: q.speaker || null })),
    errors: [],
    format: 'text',
  };
  if (g.page_date) rec.page_date = g.page_date;
  rec.removed = [{ text: 'Se connecter · S’abonner · Menu', reason: 'navigation' }];
  process.stdout.write(JSON.stringify(rec) + '\n');
}
