// End-to-end: the explorer views, as a person sees them. Most tests open the gold fixture
// (tests/fixtures/explorer/gold-records.jsonl, made by tools/gold_to_records.js: the seed
// articles with their hand-annotated entities, quotes, dates and figures) through the Import
// button, so their assertions do not depend on the tagger of the day; the seed-drop test runs
// the real engine and asserts only on structure.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const h = require('./harness');

const FILE_URL = pathToFileURL(path.join(h.WWW, 'index.html')).href;
const GOLD = path.join(h.FIXTURES, 'explorer', 'gold-records.jsonl');
const GOLD_LINES = fs.readFileSync(GOLD, 'utf8').trim().split('\n');

const env = h.shared(test);

async function rows(page) {
  return page.$$eval('#articles-body tr.article-row', (r) => r.length);
}

async function importGold(page) {
  await page.setInputFiles('#import', GOLD);
  await page.waitForFunction((n) => document.querySelectorAll('#articles-body tr.article-row').length === n, GOLD_LINES.length, { timeout: 15000 });
}

async function view(page, name) {
  await page.click('#tab-' + name);
  await page.waitForSelector(`#view-${name}:not([hidden])`);
}

function clean(problems) {
  assert.deepStrictEqual(problems.console, [], 'no console errors');
  assert.deepStrictEqual(problems.requests, [], 'no request leaves the page');
}

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const p = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(p, 'utf8') };
}

test('articles: agencies column, reader with removed boilerplate and entity links', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  const heads = await page.$$eval('#articles thead th', (t) => t.map((x) => x.textContent));
  assert.ok(heads.includes('Agencies') && heads.includes('Entities'), `columns: ${heads}`);
  const agencies = await page.$$eval('#articles-body td.sources', (t) => t.map((x) => x.textContent));
  assert.ok(agencies.some((a) => /AFP/.test(a)), `agencies listed: ${agencies}`);
  await page.click('#articles-body tr.article-row');
  await page.waitForSelector('#reader details.removed');
  await page.click('#reader details.removed summary');
  const removed = await page.$$eval('#reader details.removed li', (l) => l.map((x) => x.textContent));
  assert.ok(removed.length >= 1 && removed.every((r) => r.length > 5), `removed lines with reasons: ${removed}`);
  assert.ok(await page.$$eval('#reader .body mark.ent[data-entity]', (m) => m.length) >= 3, 'entity marks link to cards');
  await h.screenshot(page, 'articles-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  await h.screenshot(page, 'articles-390');
  clean(problems);
  await context.close();
});

test('overview: counts, date range, top entities, articles by day', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  await view(page, 'overview');
  await page.waitForSelector('.stat[data-stat="articles"]');
  const stat = async (k) => Number((await page.textContent(`.stat[data-stat^="${k}"] .stat-n`)).replace(/,/g, ''));
  assert.strictEqual(await stat('articles'), GOLD_LINES.length);
  assert.ok(await stat('people') >= 5, 'people counted');
  assert.ok(await stat('places') >= 5, 'places counted');
  assert.ok(await stat('organisations') >= 2, 'organisations counted');
  assert.ok(await stat('quotes') >= 30, 'quotes counted');
  assert.ok(await stat('figures') >= 10, 'figures counted');
  assert.match(await page.textContent('.range'), /2024-04-13/);
  const tops = await page.$$eval('.top-box', (b) => b.map((x) => x.querySelectorAll('li').length));
  assert.ok(tops.filter((n) => n > 0).length >= 3, `top entities by type: ${tops}`);
  assert.ok(await page.$$eval('svg.bars rect.bar', (r) => r.length) >= 1, 'articles-by-day bars');
  await h.screenshot(page, 'overview-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  await h.screenshot(page, 'overview-390');
  clean(problems);
  await context.close();
});

test('entities: index with type filters; a card with variants, mentions in context, co-occurrences, quotes; Escape closes', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  await view(page, 'entities');
  await page.waitForSelector('.entity-row');
  const all = await page.$$eval('.entity-row', (r) => r.length);
  await page.click('#entity-types button[data-type="PER"]');
  await page.waitForFunction(() => [...document.querySelectorAll('.entity-row .dot')].every((d) => d.classList.contains('ent-PER')));
  const per = await page.$$eval('.entity-row', (r) => r.length);
  assert.ok(per > 0 && per < all, `type filter narrows the list (${per} of ${all})`);
  // The most mentioned person: its card.
  const name = await page.textContent('.entity-row .name');
  await page.click('.entity-row');
  await page.waitForSelector('#card:not([hidden]) .kwic li');
  assert.strictEqual(await page.textContent('#card-title'), name);
  const variants = await page.$$eval('#card .variants .variant', (v) => v.map((x) => x.textContent));
  assert.ok(variants.length >= 1);
  const kwic = await page.$$eval('#card .kwic li:not(.more-row)', (li) => li.map((x) => [x.querySelector('.kwic-hit').textContent, x.textContent]));
  assert.ok(kwic.length >= 3, `at least 3 mentions in context for ${name}: ${kwic.length}`);
  for (const [hit, line] of kwic) {
    assert.ok(variants.includes(hit), `the hit is a variant: ${hit}`);
    assert.ok(line.length > hit.length + 20, 'a context line around the mention');
  }
  assert.ok(await page.$$eval('#card .chips .chip', (c) => c.length) >= 3, 'co-occurring entities');
  const quotesBy = await page.$$eval('#card h3', (hs) => hs.map((x) => x.textContent).filter((t) => /^Quotes (by|about)/.test(t)));
  assert.ok(quotesBy.length >= 1, `quotes by or about ${name}`);
  await h.screenshot(page, 'entity-card-1280');
  // A context line opens the article with the mention flashed.
  await page.click('#card .kwic li .kwic-hit');
  await page.waitForSelector('#card', { state: 'hidden' });
  await page.waitForSelector('#view-articles:not([hidden]) #reader .body mark.flash');
  // Highlighted entities link to their card; Escape closes it.
  await page.click('#reader .body mark.ent[data-entity]');
  await page.waitForSelector('#card:not([hidden]) #card-title');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#card', { state: 'hidden' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.click('#reader .body mark.ent[data-entity]');
  await page.waitForSelector('#card:not([hidden]) .kwic li');
  await h.screenshot(page, 'entity-card-390');
  clean(problems);
  await context.close();
});

test('network: nodes and links drawn on the canvas; a click on a node opens its card', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  await view(page, 'network');
  await page.waitForFunction(() => +document.getElementById('network').dataset.nodes > 5);
  const edges = await page.$eval('#network', (c) => +c.dataset.edges);
  assert.ok(edges > 5, `links: ${edges}`);
  await page.waitForTimeout(1500); // layout settles
  const inked = await page.$eval('#network', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
  assert.ok(inked > 2000, `pixels drawn: ${inked}`);
  await h.screenshot(page, 'network-1280');
  // Type filter: people only.
  for (const t of ['LOC', 'ORG', 'MISC']) await page.click(`#network-types .seg-${t}`);
  await page.waitForFunction(() => RevueViews.network.nodes.length > 0 && RevueViews.network.nodes.every((n) => n.type === 'PER'));
  await page.waitForTimeout(1200);
  const pos = await page.evaluate(() => {
    const N = RevueViews.network; const n = N.nodes[0]; const r = N.canvas.getBoundingClientRect();
    return { x: r.left + N.view.x + n.x * N.view.k, y: r.top + N.view.y + n.y * N.view.k, name: n.name };
  });
  await page.mouse.click(pos.x, pos.y);
  await page.waitForSelector('#card:not([hidden]) #card-title');
  assert.strictEqual(await page.textContent('#card-title'), pos.name);
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(800);
  await h.screenshot(page, 'network-390');
  clean(problems);
  await context.close();
});

test('timeline: dated events and articles on an axis, zoomable, filterable by entity', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  await view(page, 'timeline');
  await page.waitForFunction(() => document.querySelectorAll('#timeline-chart circle').length >= 5);
  const kinds = await page.$$eval('#timeline-chart circle', (c) => [...new Set(c.map((x) => x.getAttribute('class')))]);
  assert.ok(kinds.includes('tl-event') && kinds.includes('tl-article'), `lanes: ${kinds}`);
  const items = await page.$$eval('#timeline-list .tl-item', (l) => l.length);
  assert.ok(items >= 5, `items listed: ${items}`);
  const before = await page.textContent('#timeline-info');
  await page.click('#timeline-in');
  await page.click('#timeline-in');
  await page.click('#timeline-in');
  await page.waitForFunction((b) => document.getElementById('timeline-info').textContent !== b, before);
  await page.click('#timeline-fit');
  await page.waitForFunction((b) => document.getElementById('timeline-info').textContent === b, before);
  await h.screenshot(page, 'timeline-1280');
  // Filter by an entity named in one article only.
  const all = Number((await page.textContent('#timeline-info')).match(/of (\d+)/)[1]);
  // Every article with a date, each of its dates with a calendar value and each of its figures.
  const recs = GOLD_LINES.map((l) => JSON.parse(l));
  const dated = (r) => Boolean(r.published || r.page_date);
  assert.strictEqual(all, recs.reduce((n, r) => n + (dated(r) ? 1 + r.figures.length : 0) + r.dates.filter((d) => d.iso).length, 0));
  // The listed events name the words of their date and its calendar value, as the records do.
  const answer = await page.evaluate(() => Revue.index.ask('timeline', { cols: 100, limit: 500 }, false));
  const events = answer.list.filter((it) => it.kind === 'event');
  const byFile = new Map(recs.map((r) => [r.file + '#' + r.record, r]));
  assert.ok(events.length >= 5, `events listed: ${events.length}`);
  for (const it of events) {
    assert.ok(byFile.get(it.key).dates.some((d) => d.text === it.hit && d.iso === it.date), `${it.key}: ${it.hit} ${it.date}`);
  }
  await page.fill('#timeline-entity', 'Meduza');
  await page.waitForFunction((n) => { const m = document.getElementById('timeline-info').textContent.match(/of (\d+)/); return m && +m[1] < n; }, all);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.fill('#timeline-entity', '');
  await page.waitForTimeout(500);
  await h.screenshot(page, 'timeline-390');
  clean(problems);
  await context.close();
});

test('map: places drawn on the world map from the offline gazetteer; a click lists their articles; a redraw keeps the focused place', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  await view(page, 'map');
  await page.waitForFunction(() => document.querySelectorAll('#map circle.place').length >= 3);
  assert.ok(await page.$$eval('#map path.country', (p) => p.length) > 150, 'country shapes');
  const labels = await page.$$eval('#map circle.place', (c) => c.map((x) => x.getAttribute('aria-label')));
  assert.ok(labels.some((l) => /^Arménie|^Armenia/.test(l)), `Armenia located: ${labels.slice(0, 10)}`);
  assert.ok(labels.some((l) => /^Bakou|^Baku/.test(l)), 'Baku located');
  await h.screenshot(page, 'map-1280');
  await page.focus('#map circle.place[aria-label^="Arm"]');
  // A redraw (as more data comes in) keeps the keyboard on the place it was on.
  await page.evaluate(() => RevueViews.map.refresh());
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label') || ''), /^Arm/, 'focus kept across a redraw');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#map-side .place-articles li');
  assert.match(await page.textContent('#map-side .place-name'), /Arm/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await h.screenshot(page, 'map-390');
  clean(problems);
  await context.close();
});

test('quotes grouped by speaker and searchable; figures side by side by category', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  await view(page, 'quotes');
  await page.waitForSelector('.speaker-group');
  const groups = await page.$$eval('.speaker-group', (g) => g.length);
  assert.ok(groups >= 5, `speakers: ${groups}`);
  const total = Number((await page.textContent('#quote-info')).match(/^(\d+)/)[1]);
  assert.ok(total >= 30);
  await page.fill('#quote-filter', 'armes');
  await page.waitForFunction((t) => { const m = document.getElementById('quote-info').textContent.match(/^(\d+)/); return m && +m[1] < t && +m[1] > 0; }, total);
  const hits = await page.$$eval('.quote mark.hit', (m) => m.map((x) => x.textContent.toLowerCase()));
  assert.ok(hits.length >= 1 && hits.every((x) => x === 'armes'), `highlighted: ${hits}`);
  await h.screenshot(page, 'quotes-1280');
  await view(page, 'figures');
  await page.waitForSelector('#figures-body tr.figure-row');
  const figs = await page.$$eval('#figures-body tr.figure-row', (r) => r.map((x) => [...x.cells].map((c) => c.textContent)));
  assert.ok(figs.length >= 10, `figures: ${figs.length}`);
  assert.ok(figs.every((f) => f[2] !== '' && f[5] !== '' && f[6] !== ''), 'value, as written and article on every row');
  const cats = figs.map((f) => f[0].replace(/ \(\d+\)$/, '')).filter(Boolean);
  assert.ok(cats.includes('killed'), `categories: ${cats}`);
  assert.strictEqual(new Set(cats).size, cats.length, 'each category heads one group');
  await h.screenshot(page, 'figures-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await h.screenshot(page, 'figures-390');
  clean(problems);
  await context.close();
});

test('search: full-text hits highlighted as you type, and matching entities', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  // The index keeps the search words of the last two articles as strings, of the others as
  // vocabulary ids (a big corpus's way): a query reads both.
  await page.evaluate(() => Revue.index.worker.postMessage({ type: 'tune', wordsAsStrings: 2 }));
  await importGold(page);
  await view(page, 'search');
  await page.type('#search-q', 'karab', { delay: 20 });
  // Results of the earlier keystrokes ("k", "ka"...) show first; wait for the final query's.
  await page.waitForFunction(() => {
    const m = [...document.querySelectorAll('#search-hits mark.hit')].map((x) => x.textContent);
    return m.length >= 3 && m.every((x) => /^karab/i.test(x));
  }, null, { timeout: 10000 }).catch(() => {});
  const marks = await page.$$eval('#search-hits mark.hit', (m) => m.map((x) => x.textContent));
  assert.ok(marks.length >= 3 && marks.every((m) => /^karab/i.test(m)), `prefix hits highlighted: ${marks.slice(0, 5)}`);
  assert.ok(await page.$$eval('#search-entities .chip', (c) => c.length) >= 1, 'matching entities');
  await page.fill('#search-q', 'Bakou armée');
  await page.waitForFunction(() => /article/.test(document.getElementById('search-info').textContent) && document.querySelectorAll('#search-hits mark.hit').length > 0);
  // The counts a plain scan of each record's words gives: every word whole, the last a
  // prefix when no article has it whole.
  const shared = h.loadShared();
  const recordWords = GOLD_LINES.map((l) => new Set(shared.words(JSON.parse(l).text || '').split(' ')));
  const expected = (...ws) => recordWords.filter((set) => ws.every((w) => (w.endsWith('*') ? [...set].some((x) => x.startsWith(w.slice(0, -1))) : set.has(w)))).length;
  const counts = [];
  for (const [q, ws] of [['Bakou armée', ['bakou', 'armee']], ['karab', ['karab*']], ['armée bak', ['armee', 'bak*']], ['Bakou bakou', ['bakou']], ['bakou karabak', ['bakou', 'karabak*']]]) {
    await page.fill('#search-q', q);
    const want = expected(...ws);
    counts.push(want);
    await page.waitForFunction((n) => new RegExp('^' + n + ' articles?\\b').test(document.getElementById('search-info').textContent), want);
  }
  assert.ok(counts.every((n) => n >= 1) && new Set(counts).size >= 3, `counts that tell the queries apart: ${counts}`);
  await page.fill('#search-q', 'zzzqqq');
  await page.waitForFunction(() => /^0 articles/.test(document.getElementById('search-info').textContent));
  await page.fill('#search-q', 'karabakh');
  await page.waitForSelector('#search-hits .hit-item');
  await h.screenshot(page, 'search-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await h.screenshot(page, 'search-390');
  await page.click('#search-hits .hit-title');
  await page.waitForSelector('#view-articles:not([hidden]) #reader h2');
  clean(problems);
  await context.close();
});

test('exports: JSONL, JSON, entity and mention CSV, GEXF; an export re-imports', async () => {
  const { context, page, problems } = await h.open(env.browser, env.http.url);
  await importGold(page);
  await view(page, 'data');
  const jsonl = await download(page, '#export-jsonl-2');
  const lines = jsonl.text.trim().split('\n');
  assert.strictEqual(lines.length, GOLD_LINES.length, 'one JSONL line per article');
  for (const l of lines) { const r = JSON.parse(l); assert.ok(r.file && Array.isArray(r.entities) && typeof r.text === 'string'); }
  const json = JSON.parse((await download(page, '#export-json')).text);
  assert.ok(Array.isArray(json) && json.length === GOLD_LINES.length);
  const ents = (await download(page, '#export-entities')).text.trim().split('\r\n');
  assert.strictEqual(ents[0], 'canonical,type,mentions,articles,variants');
  assert.ok(ents.length > 20);
  assert.ok(ents.slice(1).every((l) => /^"[^"]*(""[^"]*)*","(PER|LOC|ORG|MISC)","\d+","\d+",".*"$/.test(l)), 'CSV rows quoted');
  const mentions = (await download(page, '#export-mentions')).text.trim().split('\r\n');
  assert.strictEqual(mentions[0], 'article,canonical,type,text,start_utf16,end_utf16,paragraph');
  const nMentions = GOLD_LINES.reduce((s, l) => s + JSON.parse(l).entities.length, 0);
  assert.strictEqual(mentions.length - 1, nMentions, 'one row per mention');
  const gexf = (await download(page, '#export-gexf')).text;
  const parsed = await page.evaluate((x) => {
    const d = new DOMParser().parseFromString(x, 'application/xml');
    return { err: d.getElementsByTagName('parsererror').length, nodes: d.getElementsByTagName('node').length, edges: d.getElementsByTagName('edge').length, root: d.documentElement.nodeName };
  }, gexf);
  assert.strictEqual(parsed.err, 0, 'well-formed XML');
  assert.strictEqual(parsed.root, 'gexf');
  assert.ok(parsed.nodes > 10 && parsed.edges > 10, `GEXF nodes/edges: ${parsed.nodes}/${parsed.edges}`);
  // The JSON array export opens again in a fresh browser.
  const p2 = path.join(require('node:os').tmpdir(), 'revue-export-test.json');
  fs.writeFileSync(p2, JSON.stringify(json));
  const other = await h.open(env.browser, FILE_URL);
  await other.page.setInputFiles('#import', p2);
  await other.page.waitForFunction((n) => document.querySelectorAll('#articles-body tr.article-row').length === n, GOLD_LINES.length);
  await other.context.close();
  // A JSONL export dropped on the drop zone is reopened, not analysed as news.
  const p3 = path.join(require('node:os').tmpdir(), 'revue-export-drop.jsonl');
  fs.writeFileSync(p3, jsonl.text);
  const third = await h.open(env.browser, FILE_URL);
  await h.drop(third.page, [{ name: 'revue-records.jsonl', path: p3 }]);
  await third.page.waitForFunction((n) => document.querySelectorAll('#articles-body tr.article-row').length === n, GOLD_LINES.length);
  assert.match(await third.page.textContent('#status'), /reopened/);
  const keys = await third.page.$$eval('#articles-body tr.article-row', (r) => r.map((x) => x.dataset.key));
  assert.ok(keys.every((k) => k.startsWith('gold/')), `original file names kept: ${keys}`);
  clean(third.problems);
  await third.context.close();
  await h.screenshot(page, 'export-1280');
  clean(problems);
  await context.close();
});

test('a rename, a merge and a split persist, apply to articles analysed later and to the export; reload keeps view and aliases', async () => {
  const { context, page, problems } = await h.open(env.browser, env.http.url);
  await importGold(page);
  await view(page, 'entities');
  await page.fill('#entity-filter', 'Aliyev');
  // Wait for the filtered list itself: a row of the unfiltered list may be re-rendered
  // (and detached) under the click otherwise.
  await page.waitForFunction(() => {
    const names = [...document.querySelectorAll('.entity-row .name')].map((n) => n.textContent);
    return names.length > 0 && names.every((n) => /aliyev/i.test(n));
  });
  const name = await page.textContent('.entity-row .name');
  await page.click('.entity-row >> text=' + name);
  await page.waitForSelector('#card:not([hidden]) .rename input');
  await page.fill('#card .rename input', 'Ilham Heydar oglu Aliyev');
  await page.click('#card .rename button[type="submit"]');
  await page.waitForFunction(() => document.getElementById('card-title').textContent === 'Ilham Heydar oglu Aliyev');
  await page.keyboard.press('Escape');
  // Merge: "Bakou" into "Azerbaïdjan" (both places).
  await page.fill('#entity-filter', 'Bakou');
  await page.waitForFunction(() => [...document.querySelectorAll('.entity-row .name')].some((n) => n.textContent === 'Bakou'));
  await page.click('.entity-row >> text=Bakou');
  await page.waitForSelector('#card:not([hidden]) .rename input');
  const bakuMentions = await page.$$eval('#card .kwic li:not(.more-row)', (l) => l.length);
  await page.fill('#card .rename input', 'Azerbaïdjan');
  await page.click('#card .rename button[type="submit"]');
  await page.waitForFunction(() => document.getElementById('card-title').textContent === 'Azerbaïdjan');
  await page.waitForFunction((n) => document.querySelectorAll('#card .kwic li:not(.more-row)').length > n, bakuMentions);
  // Split a variant back out: the card shows variants of the merged entity.
  const splitButtons = await page.$$('#card .variants button');
  assert.ok(splitButtons.length >= 1, 'merged entity has several variants to split');
  await page.keyboard.press('Escape');
  await page.fill('#entity-filter', '');
  await page.click('#tab-data');
  const exp = (await download(page, '#export-jsonl-2')).text;
  assert.ok(exp.includes('"canonical":"Ilham Heydar oglu Aliyev"'), 'export applies the rename to canonical');
  assert.ok(!/"canonical":"Bakou"/.test(exp), 'export applies the merge');
  assert.ok(await page.$$eval('#alias-list li', (l) => l.length) >= 2, 'edits listed');
  await view(page, 'entities');
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  assert.strictEqual(await rows(page), GOLD_LINES.length, 'articles still there');
  assert.strictEqual(await page.getAttribute('#tab-entities', 'aria-selected'), 'true', 'selected view restored');
  await page.fill('#entity-filter', 'Aliyev');
  await page.waitForFunction(() => [...document.querySelectorAll('.entity-row .name')].some((n) => n.textContent === 'Ilham Heydar oglu Aliyev'));
  const names = await page.$$eval('.entity-row .name', (n) => n.map((x) => x.textContent));
  assert.ok(!names.includes(name) || name === 'Ilham Heydar oglu Aliyev', 'the old name is gone after reload');
  // An article added later (a record with the old name) gets the alias too.
  const later = JSON.parse(GOLD_LINES[0]);
  later.file = 'later/added.txt';
  const p2 = path.join(require('node:os').tmpdir(), 'revue-later.jsonl');
  fs.writeFileSync(p2, JSON.stringify(later) + '\n');
  await page.setInputFiles('#import', p2);
  await page.waitForFunction((n) => Revue.state.articles.length === n + 1, GOLD_LINES.length);
  await page.fill('#entity-filter', 'Bakou');
  await page.waitForTimeout(800);
  const bakou = await page.$$eval('.entity-row .name', (n) => n.map((x) => x.textContent));
  assert.ok(!bakou.includes('Bakou'), `merge applies to the later article: ${bakou}`);
  clean(problems);
  await context.close();
});

test('keyboard: arrow keys move between tabs, focus is visible, Escape closes a card', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await importGold(page);
  await page.focus('#tab-articles');
  await page.keyboard.press('ArrowRight');
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'tab-entities');
  assert.strictEqual(await page.getAttribute('#tab-entities', 'aria-selected'), 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'tab-overview');
  await page.keyboard.press('End');
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'tab-data');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notStrictEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.entity-row');
  await page.focus('.entity-row');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#card:not([hidden])');
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'card', 'focus moves into the card');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#card', { state: 'hidden' });
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('entity-row')), 'focus returns');
  // Dark theme renders.
  await page.click('#theme');
  await view(page, 'overview');
  await h.screenshot(page, 'overview-dark-1280');
  clean(problems);
  await context.close();
});

test('the seed scrapes through the real engine: every view shows something', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  const seeds = h.seeds();
  await h.drop(page, seeds);
  await page.waitForSelector('body[data-state="idle"]');
  await view(page, 'overview');
  await page.waitForFunction((n) => document.querySelector('.stat[data-stat="articles"] .stat-n')?.textContent === String(n), seeds.length);
  await h.screenshot(page, 'seeds-overview-1280');
  await view(page, 'entities');
  await page.waitForSelector('.entity-row');
  await page.click('.entity-row');
  await page.waitForSelector('#card:not([hidden]) .kwic li');
  const card = await page.evaluate(() => ({
    name: document.getElementById('card-title').textContent,
    variants: [...document.querySelectorAll('#card .variant')].map((v) => v.textContent),
    lines: [...document.querySelectorAll('#card .kwic li:not(.more-row)')].map((l) => [l.querySelector('.kwic-hit').textContent, l.textContent]),
  }));
  assert.ok(card.lines.length >= 1);
  for (const [hit, line] of card.lines) assert.ok(card.variants.includes(hit) && line.includes(hit));
  await page.keyboard.press('Escape');
  await view(page, 'network');
  await page.waitForFunction(() => +document.getElementById('network').dataset.nodes > 0);
  await view(page, 'search');
  await page.fill('#search-q', 'Karabakh');
  await page.waitForSelector('#search-hits mark.hit');
  for (const v of ['timeline', 'map', 'quotes', 'figures']) {
    await view(page, v);
    await page.waitForTimeout(300);
  }
  clean(problems);
  await context.close();
});

test('a hostile HTML page dropped in runs nothing and sends nothing', async () => {
  const { context, page, problems } = await h.open(env.browser, env.http.url);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const file = path.join(require('node:os').tmpdir(), 'hostile.html');
  fs.writeFileSync(file, `<!doctype html><html><head><title>Hostile &lt;b&gt;page</title>
<meta http-equiv="refresh" content="0;url=http://example.com/">
<script>alert('script ran');fetch('http://example.com/x')</script>
<base href="http://example.com/"><link rel="stylesheet" href="http://example.com/s.css"></head>
<body><article><h1>Une attaque <img src=x onerror="alert('onerror')"> à Bakou</h1>
<p>Le président Ilham Aliev a parlé à Bakou de l'Arménie. <a href="javascript:alert('link')">cliquez</a>
<img src="http://example.com/pixel.gif"> <iframe src="http://example.com/frame"></iframe>
<svg onload="alert('svg')"><script>alert('svg script')</script></svg></p>
<p>&lt;script&gt;alert("escaped")&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; texte ordinaire sur l'Azerbaïdjan et Erevan.</p>
<p onclick="alert('p')">Un troisième paragraphe, assez long pour être gardé comme corps d'article par l'extracteur.</p>
</article></body></html>`);
  await page.setInputFiles('#pick-files', file);
  await page.waitForSelector('body[data-state="idle"]');
  await page.waitForSelector('#articles-body tr.article-row');
  await page.click('#articles-body tr.article-row');
  await page.waitForSelector('#reader h2');
  for (const v of ['overview', 'entities', 'network', 'timeline', 'map', 'quotes', 'figures', 'search']) {
    await view(page, v);
    await page.waitForTimeout(150);
  }
  await page.fill('#search-q', 'script');
  await page.waitForTimeout(500);
  await page.waitForTimeout(500);
  const injected = await page.evaluate(() => document.querySelectorAll('main script, main iframe, main img, main [onerror], main [onclick], main a[href^="javascript"], aside script, aside img').length);
  assert.strictEqual(injected, 0, 'no element from the file reached the DOM');
  assert.deepStrictEqual(dialogs, [], 'no dialog');
  clean(problems);
  await context.close();
});

test('10,000 articles: imported, indexed, browsed and searched without long main-thread tasks', { timeout: 240000 }, async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  const file = path.join(require('node:os').tmpdir(), 'revue-10k.jsonl');
  const out = fs.createWriteStream(file);
  const base = GOLD_LINES.map((l) => JSON.parse(l));
  for (let i = 0; i < 10000; i++) {
    const r = base[i % base.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    out.write(JSON.stringify({ ...r, file: `big/${i}.txt`, published: `2024-0${1 + (i % 9)}-${day}`, site: 'site' + (i % 40) }) + '\n');
  }
  await new Promise((r) => out.end(r));
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.name, Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: false });
  });
  const t0 = Date.now();
  await page.setInputFiles('#import', file);
  await page.waitForFunction(() => Revue.state.articles.length === 10000, null, { timeout: 180000 });
  await page.waitForFunction(() => Revue.index.articles === 10000, null, { timeout: 60000 });
  console.log(`# 10k import + index: ${Date.now() - t0} ms`);
  // What follows measures browsing the views; the index worker's saving to IndexedDB is let
  // finish first (it is off the main thread, but it shares the machine's two cores).
  await page.evaluate(() => Revue.index.ask('settled', {}, false));
  console.log(`# long tasks during import: ${JSON.stringify(await page.evaluate(() => window.__long))}`);
  await page.waitForTimeout(2000);
  const long = [];
  for (const v of ['overview', 'entities', 'network', 'timeline', 'map', 'quotes', 'figures', 'search', 'articles']) {
    await page.evaluate(() => { window.__long = []; });
    await view(page, v);
    if (v === 'search') {
      await page.type('#search-q', 'karabakh', { delay: 30 });
      await page.waitForFunction(() => /^10,?000 articles|^\d+ articles/.test(document.getElementById('search-info').textContent));
    }
    await page.waitForTimeout(1500);
    for (const [, d] of await page.evaluate(() => window.__long)) long.push([v, d]);
  }
  console.log(`# long tasks while browsing the views: ${JSON.stringify(long)}`);
  // The goal is no task over 100 ms (met on an idle machine); on a loaded shared machine
  // garbage-collection pauses push a few tasks past it, so the test fails only on 250 ms,
  // which any view that rendered the whole corpus on the main thread would exceed.
  const over = long.filter(([, d]) => d > 100);
  if (over.length) console.log(`# tasks over 100 ms: ${JSON.stringify(over)}`);
  assert.ok(long.every(([, d]) => d <= 250), `no main-thread task over 250 ms: ${JSON.stringify(long)}`);
  clean(problems);
  await context.close();
});
