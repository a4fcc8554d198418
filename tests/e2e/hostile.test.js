// Hostile and broken input (issue 8), through the CLI and through the page: every file gets
// a record, the good files' records are unchanged by the bad ones' presence, nothing hangs.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const h = require('./harness');

const CONTRACT = ['file', 'record', 'lang', 'title', 'published', 'author', 'site', 'sources', 'body', 'text',
  'entities', 'dates', 'figures', 'quotes', 'errors'];
const REVUE = path.join(h.ROOT, 'target', 'release', 'revue');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'revue-hostile-'));

function walk(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, base, out); else out.push(path.relative(base, p));
  }
  return out.sort();
}

function contractOnly(r) {
  return Object.fromEntries(CONTRACT.map((k) => [k, r[k]]));
}

function analyze(args) {
  const out = execFileSync(REVUE, ['analyze', ...args], { maxBuffer: 1 << 30, timeout: 300000 });
  return out.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

test.before(() => {
  execFileSync('python3', [path.join(h.ROOT, 'tools/hostile/make_hostile.py'), DIR]);
});
test.after(() => fs.rmSync(DIR, { recursive: true, force: true }));

test('CLI: every hostile file gets a record; good files unchanged by the bad ones', () => {
  const files = walk(DIR);
  const t0 = Date.now();
  const all = analyze([DIR]);
  const secs = (Date.now() - t0) / 1000;
  console.log(`# CLI: ${files.length} files, ${all.length} records in ${secs.toFixed(1)} s`);
  const byFile = new Map();
  for (const r of all) {
    for (const k of CONTRACT) assert.ok(k in r, `record has ${k}`);
    const f = path.relative(DIR, r.file.split('!/')[0]);
    byFile.set(f, (byFile.get(f) || 0) + 1);
  }
  const missing = files.filter((f) => !byFile.has(f));
  assert.deepStrictEqual(missing, [], 'every file has a record');
  for (const f of files.filter((x) => x.startsWith('bad/') && !x.startsWith('bad/names/'))) {
    const recs = all.filter((r) => path.relative(DIR, r.file.split('!/')[0]) === f);
    const ok = recs.some((r) => r.body.length > 0) || recs.some((r) => r.errors.length > 0);
    assert.ok(ok, `${f}: an article or a clear error`);
  }
  // Each file's own analysis is compared (--no-corpus): in a corpus run, an entity's shown
  // name is the spelling most of the corpus's articles use, and the bad files hold copies
  // of a good article (re-encoded, truncated, zipped), which count as articles too.
  const alone = analyze(['--no-corpus', path.join(DIR, 'good')]).map(contractOnly);
  const mixed = analyze(['--no-corpus', DIR]).filter((r) => r.file.startsWith(path.join(DIR, 'good'))).map(contractOnly);
  assert.deepStrictEqual(mixed, alone, 'good records are the same with and without the bad files');
  for (const r of alone) assert.ok(r.body.length >= 3 && r.errors.length === 0, `good file analysed: ${r.file}`);
});

test('page: a folder of hostile files is analysed to the end; the good files are listed; nothing runs', async () => {
  const browser = await h.launch();
  try {
    const { page, problems, context } = await h.open(browser, pathToFileURL(path.join(h.WWW, 'index.html')).href);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const files = walk(DIR);
    await page.setInputFiles('#pick-folder', DIR);
    await page.waitForFunction((n) => {
      const p = window.revuePool;
      return p && p.idle() && p.stats.filesDone === n;
    }, files.length, { timeout: 300000, polling: 250 });
    const keys = await page.evaluate(() => Array.from(document.querySelectorAll('#count')).map((e) => e.textContent));
    assert.match(keys[0], /\d+ articles/);
    const stats = await page.evaluate(() => window.revuePool.stats);
    assert.strictEqual(stats.filesDone, files.length, 'every file finished');
    await page.fill('#filter', 'good/');
    const titles = await h.listedTitles(page);
    assert.strictEqual(titles.length, 5, `the five good articles are listed: ${titles}`);
    // Open the hostile page's article: its scripts, handlers and links must do nothing.
    await page.fill('#filter', 'bad/hostile.html');
    await page.waitForSelector('#articles-body tr.article-row');
    await page.click('#articles-body tr.article-row');
    await page.waitForSelector('#reader .body p');
    const html = await page.$eval('#reader', (e) => e.innerHTML);
    assert.ok(!/<(script|iframe|img|svg|a)\b/i.test(html), 'no markup from the file reaches the DOM');
    await page.waitForTimeout(500);
    assert.deepStrictEqual(dialogs, [], 'no script ran (no dialog)');
    assert.deepStrictEqual(problems.requests, [], 'no request left the page');
    assert.deepStrictEqual(problems.console, [], 'no console error');
    await context.close();
  } finally {
    await browser.close();
  }
});

test('page: a file past its time limit is stopped with an error record; the other files go on', async () => {
  const browser = await h.launch();
  try {
    const { page, problems, context } = await h.open(browser, pathToFileURL(path.join(h.WWW, 'index.html')).href);
    // The real limit is a minute plus a second per MB; here the big file gets 20 ms (its
    // read and decoding alone take longer), checked every 10 ms.
    await page.evaluate(() => {
      window.revuePool.timeLimitMs = (size) => (size > 10 * 1048576 ? 20 : 60000);
      window.revuePool.watchEveryMs = 10;
    });
    await page.waitForTimeout(2100);   // the check running every 2 s has picked up the 10 ms
    const big = fs.readdirSync(path.join(DIR, 'bad')).find((f) => /^huge-\d+mb\.txt$/.test(f));
    const good = fs.readdirSync(path.join(DIR, 'good')).map((f) => path.join(DIR, 'good', f));
    await page.setInputFiles('#pick-files', [path.join(DIR, 'bad', big), ...good]);
    await page.waitForFunction((n) => {
      const p = window.revuePool;
      return p && p.idle() && p.stats.filesDone === n;
    }, good.length + 1, { timeout: 120000, polling: 250 });
    const errors = await page.evaluate((k) => Revue.state.byKey.get(k).view.errors, big + '#0');
    assert.ok(errors.some((e) => /time limit/.test(e)), `the big file is reported: ${errors}`);
    assert.strictEqual(await page.evaluate(() => Revue.state.articles.length), good.length + 1);
    assert.deepStrictEqual(problems.console, [], 'no console error');
    await context.close();
  } finally {
    await browser.close();
  }
});

test('page: past a time limit, a worker\'s unreported files are sent again one by one; each file gets one row, none is lost', async () => {
  // Workers report files a few at a time (js/worker.js report): the oldest unreported file
  // may be done already. Here every limit is past at once: the first check sends the
  // worker's files again solo, the next ones stop whichever solo file is running.
  const browser = await h.launch();
  try {
    const { page, problems, context } = await h.open(browser, pathToFileURL(path.join(h.WWW, 'index.html')).href);
    await page.evaluate(() => { window.revuePool.timeLimitMs = () => -1; window.revuePool.watchEveryMs = 10; });
    await page.waitForTimeout(2100);   // the check running every 2 s has picked up the 10 ms
    const good = fs.readdirSync(path.join(DIR, 'good')).map((f) => path.join(DIR, 'good', f));
    await page.setInputFiles('#pick-files', good);
    await page.waitForFunction((n) => {
      const p = window.revuePool;
      return p && p.idle() && p.stats.filesDone === n;
    }, good.length, { timeout: 120000, polling: 250 });
    const views = await page.evaluate(() => Revue.state.articles.map((a) => a.view));
    const files = new Set(views.map((v) => v.file));
    assert.strictEqual(files.size, good.length, 'every file has its row');
    const stopped = views.filter((v) => v.errors.some((e) => /time limit/.test(e)));
    assert.ok(stopped.length >= 1, 'files past their limit are stopped');
    assert.deepStrictEqual(problems.console, [], 'no console error');
    await context.close();
  } finally {
    await browser.close();
  }
});

test('page: a file removed after it was picked gets an error record; the rest of its group is analysed', async () => {
  // Small files reach a worker in groups read as one Blob (js/worker.js startReads). A file
  // gone from disk fails that read: each file of the group is then read alone, so only the
  // missing one has an error.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revue-gone-'));
  const good = fs.readdirSync(path.join(DIR, 'good')).filter((f) => f.endsWith('.txt')).slice(0, 5);
  assert.ok(good.length >= 3, 'enough good scrapes');
  for (const f of good) fs.copyFileSync(path.join(DIR, 'good', f), path.join(dir, f));
  // gone.txt goes after the browser has looked at it (its group's read fails), early.txt
  // before (the browser knows no size for it).
  for (const f of ['gone.txt', 'early.txt']) fs.writeFileSync(path.join(dir, f), 'Le ministre a annoncé mardi à Paris une réforme des retraites. '.repeat(20));
  const browser = await h.launch();
  try {
    const { page, problems, context } = await h.open(browser, pathToFileURL(path.join(h.WWW, 'index.html')).href);
    // Hold the groups on their way to the workers, so that the file can go first.
    await page.evaluate(() => {
      window.heldGroups = [];
      for (const slot of window.revuePool.workers) {
        const post = slot.worker.postMessage.bind(slot.worker);
        slot.worker.postMessage = (m, t) => (m.type === 'files' ? window.heldGroups.push({ m, send: () => post(m, t) }) : post(m, t));
      }
    });
    const picked = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
    await page.setInputFiles('#pick-files', picked);
    await page.waitForFunction(() => window.heldGroups.length > 0);
    await page.evaluate(() => window.heldGroups.flatMap((g) => g.m.files).find((f) => f.name === 'gone.txt').file.size);
    fs.rmSync(path.join(dir, 'gone.txt'));
    fs.rmSync(path.join(dir, 'early.txt'));
    await page.evaluate(() => window.heldGroups.forEach((g) => g.send()));
    await page.waitForFunction((n) => {
      const p = window.revuePool;
      return p && p.idle() && p.stats.filesDone === n;
    }, picked.length, { timeout: 60000, polling: 100 });
    for (const f of ['gone.txt', 'early.txt']) {
      const errors = await page.evaluate((k) => Revue.state.byKey.get(k).view.errors, f + '#0');
      assert.ok(errors.some((e) => /cannot read file/.test(e)), `${f} is reported: ${errors}`);
    }
    for (const f of good) {
      const view = await page.evaluate((k) => Revue.state.byKey.get(k).view, f + '#0');
      assert.deepStrictEqual(view.errors, [], `${f} analysed`);
      assert.ok(view.title || view.body.length, `${f} has an article`);
    }
    assert.deepStrictEqual(problems.console, [], 'no console error');
    await context.close();
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
