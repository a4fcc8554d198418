// End-to-end: the explorer as a person uses it, from file:// and over http.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const h = require('./harness');

const env = h.shared(test);

const FILE_URL = pathToFileURL(path.join(h.WWW, 'index.html')).href;

async function expectSeedsListed(page, seeds) {
  await page.waitForFunction((n) => document.querySelectorAll('#articles-body tr.article-row').length === n, seeds.length, { timeout: 15000 });
  const titles = await h.listedTitles(page);
  for (const s of seeds) assert.ok(titles.includes(s.title), `title listed: ${s.title}\n got: ${JSON.stringify(titles)}`);
}

async function expectHighlightedArticle(page) {
  await page.click('#articles-body tr.article-row');
  await page.waitForSelector('#reader .body p');
  const marks = await page.$$eval('#reader .body mark.ent', (ms) => ms.map((m) => [m.className, m.textContent]));
  assert.ok(marks.length >= 3, `entities highlighted in the reader: ${JSON.stringify(marks)}`);
  const types = new Set(marks.map(([c]) => c.split(' ').find((x) => x.startsWith('ent-'))));
  assert.ok(types.size >= 1, 'entity marks carry their type');
  const heading = await page.textContent('#reader h2');
  assert.ok(heading && heading.length > 10, 'the reader shows the title');
}

test('from file://: dropping the five seed scrapes lists them and opens one with entities; a reload keeps them', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  const seeds = h.seeds();
  const t0 = Date.now();
  await h.drop(page, seeds);
  await expectSeedsListed(page, seeds);
  const ms = Date.now() - t0;
  console.log(`# drop to list (file://, ${seeds.length} files): ${ms} ms`);
  await expectHighlightedArticle(page);
  await page.waitForSelector('body[data-state="idle"]');
  const status = await page.textContent('#status');
  assert.match(status, /Analysed 5 files/);
  await h.screenshot(page, 'file-1280');
  // The records are kept by the index worker (a Blob worker, under the file:// origin).
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await expectSeedsListed(page, seeds);
  await expectHighlightedArticle(page);
  assert.deepStrictEqual(problems.console, [], 'no console errors');
  assert.deepStrictEqual(problems.requests, [], 'no request leaves the page');
  await context.close();
});

test('over http on 127.0.0.1: picking files with the button lists them; a reload keeps them', async () => {
  const { context, page, problems } = await h.open(env.browser, env.http.url);
  const seeds = h.seeds();
  await page.setInputFiles('#pick-files', seeds.map((s) => s.path));
  await expectSeedsListed(page, seeds);
  await expectHighlightedArticle(page);
  await page.waitForSelector('body[data-state="idle"]');
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await expectSeedsListed(page, seeds);
  await page.setViewportSize({ width: 390, height: 844 });
  await h.screenshot(page, 'http-390');
  assert.deepStrictEqual(problems.console, [], 'no console errors');
  assert.deepStrictEqual(problems.requests, [], 'no request leaves the page');
  await context.close();
});

test('records kept by the earlier storage layout (plain contract lines) still open after a reload', async () => {
  const { context, page, problems } = await h.open(env.browser, env.http.url);
  await page.waitForSelector('body[data-state="ready"]');
  const text = 'Ancien article\n\nLe président Emmanuel Macron a reçu mardi à Paris le secrétaire général de l’OTAN.';
  const contract = JSON.stringify({
    file: 'ancien.txt', record: 0, lang: 'fr', title: 'Ancien article', published: '2024-04-10', text,
    body: [text.split('\n\n')[1]], entities: [{ type: 'PER', start: 29, end: 44, text: 'Emmanuel Macron', canonical: 'Emmanuel Macron' }],
    dates: [], figures: [], quotes: [], sources: [], errors: [],
  });
  await page.evaluate(({ contract, text }) => new Promise((resolve, reject) => {
    const req = indexedDB.open('revue-corpus');
    req.onsuccess = () => {
      const t = req.result.transaction(['records', 'texts'], 'readwrite');
      t.objectStore('records').put({ key: 'ancien.txt#0', contract, view: null });
      t.objectStore('texts').put(text, 'ancien.txt#0');
      t.oncomplete = () => { req.result.close(); resolve(); };
      t.onerror = () => reject(t.error);
    };
    req.onerror = () => reject(req.error);
  }), { contract, text });
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await page.waitForFunction(() => document.querySelectorAll('#articles-body tr.article-row').length === 1, null, { timeout: 15000 });
  assert.deepStrictEqual(await h.listedTitles(page), ['Ancien article']);
  await page.click('#articles-body tr.article-row');
  await page.waitForSelector('#reader .body mark.ent');
  assert.strictEqual(await page.textContent('#reader .body mark.ent'), 'Emmanuel Macron', 'its entity is highlighted from the stored offsets');
  assert.deepStrictEqual(problems.console, []);
  await context.close();
});

test('records are kept in pages of bytes: a file analysed again replaces its record (and those of the earlier layouts), a reload restores each article once', async () => {
  const { context, page, problems } = await h.open(env.browser, env.http.url);
  const seeds = h.seeds();
  // Records of the earlier layouts, as pages of before kept them: one value a key (the first
  // seed), and a page whose data is a Blob of gzipped records (the second seed).
  await page.evaluate(async ([key, blobKey]) => {
    const old = (k, title) => JSON.stringify({ file: k.split('#')[0], record: 0, title, text: 'Old.', body: ['Old.'], entities: [], dates: [], figures: [], quotes: [], sources: [], errors: [] });
    const z = await new Response(new Blob([old(blobKey, 'Blob version') + '\0']).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    await new Promise((resolve, reject) => {
      const req = indexedDB.open('revue-corpus');
      req.onsuccess = () => {
        const t = req.result.transaction(['records', 'pages'], 'readwrite');
        t.objectStore('records').put({ key, contract: old(key, 'Old version'), view: null });
        t.objectStore('pages').put({ keys: [blobKey], ends: [z.byteLength], data: new Blob([z]) }, 1);
        t.oncomplete = () => { req.result.close(); resolve(); };
        t.onerror = () => reject(t.error);
      };
      req.onerror = () => reject(req.error);
    });
  }, [seeds[0].name + '#0', seeds[1].name + '#0']);
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await page.waitForFunction(() => document.querySelectorAll('#articles-body tr.article-row').length === 2);
  assert.deepStrictEqual((await h.listedTitles(page)).sort(), ['Blob version', 'Old version'], 'both earlier layouts restored');
  await h.drop(page, seeds);
  await expectSeedsListed(page, seeds);
  await page.waitForSelector('body[data-state="idle"]');
  await h.drop(page, seeds.slice(0, 2));   // analysed again: same keys, new records
  await page.waitForFunction(() => /Analysed 2 files/.test(document.getElementById('status').textContent));
  await page.evaluate(() => Revue.index.ask('settled', {}, false));
  const stored = await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('revue-corpus');
    req.onsuccess = () => {
      const t = req.result.transaction(['records', 'pages'], 'readonly');
      const out = {};
      const a = t.objectStore('records').count(); a.onsuccess = () => { out.records = a.result; };
      const b = t.objectStore('pages').getAll(); b.onsuccess = () => { out.pages = b.result.map((p) => ({ keys: p.keys, bytes: p.data instanceof Uint8Array, size: p.data.byteLength, ends: p.ends })); };
      t.oncomplete = () => { req.result.close(); resolve(out); };
      t.onerror = () => reject(t.error);
    };
    req.onerror = () => reject(req.error);
  }));
  assert.strictEqual(stored.records, 0, 'the earlier-layout record replaced by its page is deleted');
  assert.ok(stored.pages.length >= 1 && stored.pages.every((p) => p.bytes && p.ends[p.ends.length - 1] === p.size), `pages of bytes, the Blob page deleted: ${JSON.stringify(stored.pages)}`);
  const keys = stored.pages.flatMap((p) => p.keys);
  for (const s of seeds) assert.ok(keys.includes(s.name + '#0'), `${s.name} in a page`);
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await expectSeedsListed(page, seeds);
  assert.ok(!(await h.listedTitles(page)).some((t) => /^(Old|Blob) version$/.test(t)));
  await expectHighlightedArticle(page);
  // The export reads every page and keeps key order.
  const exported = await page.evaluate(async () => (await Revue.index.ask('exportRecords', { format: 'jsonl' }, false)).text());
  const lines = exported.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepStrictEqual(lines.map((r) => r.file), seeds.map((s) => s.name).sort(), 'one record per article, in key order');
  assert.deepStrictEqual(problems.console, []);
  await context.close();
});

test('a folder picked with the folder button is walked, and cancel stops the work', async () => {
  const { context, page, problems } = await h.open(env.browser, env.http.url);
  const dir = path.join(h.FIXTURES, 'seeds');
  await page.setInputFiles('#pick-folder', dir);
  await page.waitForFunction(() => document.querySelectorAll('#articles-body tr.article-row').length >= 5, null, { timeout: 15000 });
  const names = await page.$$eval('#articles-body tr.article-row', (rows) => rows.map((r) => r.dataset.key));
  assert.ok(names.every((n) => n.startsWith('seeds/')), `relative folder paths kept: ${names}`);
  assert.deepStrictEqual(problems.console, []);
  await context.close();
});

/** Runs `fn(dir)` on a new folder `name` holding `files` ({path in it: a seed scrape's index,
 * or a text}), removed afterwards. */
async function withFolder(name, files, fn) {
  const seeds = h.seeds();
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'revue-folder-'));
  const dir = path.join(root, name);
  try {
    for (const [rel, what] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      if (typeof what === 'number') fs.copyFileSync(seeds[what].path, path.join(dir, rel));
      else fs.writeFileSync(path.join(dir, rel), what);
    }
    return await fn(dir);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** In the page: records the files as the pool queues them, in order (`window.__added`); with
 * `cancelAfterFirst`, presses Cancel once the first batch is queued (`window.__cancelled`). */
function watchAdds(cancelAfterFirst) {
  window.__added = [];
  const wrap = () => {
    if (!window.revuePool) return setTimeout(wrap, 10);
    const add = window.revuePool.add.bind(window.revuePool);
    window.revuePool.add = (entries, raw) => {
      window.__added.push(...entries.map((e) => e.name));
      const queued = add(entries, raw);
      if (cancelAfterFirst && window.__added.length === entries.length) { window.__cancelled = true; document.getElementById('cancel').click(); }
      return queued;
    };
  };
  wrap();
}

test('a folder dropped from the desktop is walked, from file:// and over http, with either folder API: nested folders in path order, hidden files skipped', async () => {
  const files = { 'z.txt': 3, 'sub/deeper/c.txt': 2, 'a.txt': 0, 'sub/b.txt': 1, '.hidden/d.txt': 4, '.DS_Store': 'Bud1' };
  const expected = ['press/a.txt', 'press/sub/b.txt', 'press/sub/deeper/c.txt', 'press/z.txt'];
  // The older entries API only (as in browsers without File System Access).
  const entriesOnly = () => { delete DataTransferItem.prototype.getAsFileSystemHandle; };
  await withFolder('press', files, async (dir) => {
    for (const [url, init] of [[FILE_URL, null], [env.http.url, entriesOnly]]) {
      const { context, page, problems } = await h.open(env.browser, url, null, init);
      await page.evaluate(watchAdds, false);
      await h.dropFolder(page, dir);
      await page.waitForFunction((n) => document.querySelectorAll('#articles-body tr.article-row').length === n && window.revuePool.idle(), expected.length, { timeout: 15000 });
      assert.deepStrictEqual(await page.evaluate(() => window.__added), expected, `${url}${init ? ', entries API' : ''}: files queued in path order, hidden ones left out`);
      const keys = await page.$$eval('#articles-body tr.article-row', (rows) => rows.map((r) => r.dataset.key).sort());
      assert.deepStrictEqual(keys, expected.map((p) => p + '#0'), 'each file listed once, under its path in the folder');
      assert.deepStrictEqual(problems.console, []);
      await context.close();
    }
    // Chromium's entries API cannot read a folder on a page opened as a file: said, not silent.
    const { context, page } = await h.open(env.browser, FILE_URL, null, entriesOnly);
    await h.dropFolder(page, dir);
    await page.waitForFunction(() => /could not be read/.test(document.getElementById('status').textContent), null, { timeout: 15000 });
    assert.match(await page.textContent('#status'), /press/, 'the status names the folder that could not be read');
    await context.close();
  });
});

test('cancel during a folder walk stops the walk: no file of the rest of the folder is queued', async () => {
  // 30 folders of 4 files: the walk's first batch is the first folder's; it then waits for
  // the first result, which is when cancel is pressed.
  const files = {};
  for (let d = 0; d < 30; d++) for (let f = 0; f < 4; f++) files[`d${String(d).padStart(2, '0')}/${f}.txt`] = f;
  await withFolder('many', files, async (dir) => {
    const { context, page, problems } = await h.open(env.browser, FILE_URL, null, [watchAdds, true]);
    await h.dropFolder(page, dir);
    await page.waitForFunction(() => window.__cancelled && window.revuePool.idle(), null, { timeout: 15000 });
    await page.waitForTimeout(1500);   // past the walk's wait for a first result
    const added = await page.evaluate(() => window.__added);
    assert.deepStrictEqual(added, ['many/d00/0.txt', 'many/d00/1.txt', 'many/d00/2.txt', 'many/d00/3.txt'], 'only the first batch was queued');
    assert.ok(await page.evaluate(() => window.revuePool.idle()), 'the pool is idle');
    assert.deepStrictEqual(problems.console, []);
    await context.close();
  });
});

test('in Chromium the folder button opens the File System Access picker, and the chosen folder is walked as a dropped one', async () => {
  // The picker's dialog cannot be driven headless: it is stood in for by one that hands back a
  // real handle of the folder, taken from a drop the page itself never sees.
  const picker = () => {
    window.__pickerCalls = 0;
    document.addEventListener('drop', (e) => {
      if (window.__handle) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      window.__handle = e.dataTransfer.items[0].getAsFileSystemHandle();
    }, true);
    window.showDirectoryPicker = (opts) => { window.__pickerCalls += 1; window.__pickerMode = opts && opts.mode; return window.__handle; };
  };
  await withFolder('picked', { 'b.txt': 0, 'inner/a.txt': 1, '.hidden.txt': 'x' }, async (dir) => {
    const { context, page, problems } = await h.open(env.browser, FILE_URL, null, picker);
    await h.dropFolder(page, dir);
    await page.waitForFunction(() => window.__handle);
    assert.strictEqual(await page.$$eval('#articles-body tr.article-row', (r) => r.length), 0, 'the stand-in took the drop');
    const chooser = page.waitForEvent('filechooser', { timeout: 1500 }).then(() => true, () => false);
    await page.click('text=Choose a folder…');
    await page.waitForFunction(() => document.querySelectorAll('#articles-body tr.article-row').length === 2 && window.revuePool.idle(), null, { timeout: 15000 });
    assert.strictEqual(await chooser, false, 'the input\'s own file dialog was not opened');
    assert.deepStrictEqual(await page.evaluate(() => [window.__pickerCalls, window.__pickerMode]), [1, 'read']);
    const keys = await page.$$eval('#articles-body tr.article-row', (rows) => rows.map((r) => r.dataset.key).sort());
    assert.deepStrictEqual(keys, ['picked/b.txt#0', 'picked/inner/a.txt#0'], 'the folder\'s files under their paths, the hidden one left out');
    assert.deepStrictEqual(problems.console, []);
    await context.close();
  });
});

test('picked files are posted to the workers one a message, a task at a time: a slow hand-over does not hold the main thread', async () => {
  // 40 copies of the seed scrapes in a folder, picked with the folder button.
  const files = {};
  const seeds = h.seeds().length;
  for (let i = 0; i < 40; i++) files[`${String(i).padStart(2, '0')}.txt`] = i % seeds;
  await withFolder('many', files, async (dir) => {
    const { context, page, problems } = await h.open(env.browser, FILE_URL);
    try {
      // Posting files to a worker is made slow (20 ms a message, as a busy browser makes the
      // File snapshots); each script callback's posts are counted (a microtask ends the count).
      await page.evaluate(() => {
        const post = Worker.prototype.postMessage;
        window.__posts = [];
        let open = false;
        Worker.prototype.postMessage = function (msg, ...rest) {
          if (msg && msg.type === 'files') {
            if (!open) { open = true; window.__posts.push(0); queueMicrotask(() => { open = false; }); }
            window.__posts[window.__posts.length - 1] += 1;
            const t = performance.now();
            while (performance.now() - t < 20) { /* slow hand-over */ }
          }
          return post.call(this, msg, ...rest);
        };
      });
      await page.setInputFiles('#pick-folder', dir);
      await page.waitForFunction(() => {
        const p = window.revuePool;
        return p && p.idle() && p.stats.filesDone === 40;
      }, null, { timeout: 60000, polling: 100 });
      const posts = await page.evaluate(() => window.__posts);
      assert.ok(posts.reduce((a, b) => a + b, 0) >= 4, `the files went out in several messages: ${posts}`);
      assert.ok(Math.max(...posts) === 1, `one slow message a task, not several: ${JSON.stringify(posts)}`);
      await page.waitForFunction(() => document.getElementById('count').textContent.startsWith('40 articles'), null, { timeout: 15000 });
      assert.deepStrictEqual(problems.console, []);
    } finally {
      await context.close();
    }
  });
});

test('an article whose text holds emoji (outside the BMP) is highlighted on the right words', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  // Emoji take two UTF-16 units: the page must place marks by UTF-16 offsets, while the
  // contract counts code points. A BMP-only article (the seeds) shares one string for both.
  const text = 'Accueil\nMonde\n🇫🇷 Emmanuel Macron reçoit Ilham Aliyev à Paris 🤝\n'
    + '🎉🎉 Le président français Emmanuel Macron a reçu mardi à Paris son homologue azerbaïdjanais Ilham Aliyev, a annoncé l’Élysée dans un communiqué publié dans la soirée.\n'
    + 'Les deux dirigeants ont évoqué la situation au Haut-Karabakh et les négociations de paix avec l’Arménie, selon la présidence française 🕊️, qui n’a pas donné plus de détails.\n';
  const p = path.join(require('node:os').tmpdir(), 'revue-emoji.txt');
  fs.writeFileSync(p, text);
  await h.drop(page, [{ name: 'emoji.txt', path: p }]);
  await page.waitForSelector('#articles-body tr.article-row');
  await page.click('#articles-body tr.article-row');
  await page.waitForSelector('#reader .body mark.ent');
  const marks = await page.$$eval('#reader mark.ent', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('Emmanuel Macron') && marks.includes('Ilham Aliyev'), `marks on whole names: ${JSON.stringify(marks)}`);
  assert.ok(marks.every((m) => m === m.trim() && !/[\uD800-\uDFFF]/.test(m)), `no mark starts, ends or cuts inside an emoji: ${JSON.stringify(marks)}`);
  assert.deepStrictEqual(problems.console, [], 'no console errors');
  await context.close();
});

test('scripts no installed font has are found at start-up and drawn with the page\'s tofu font; the others with their own fonts', async () => {
  const { context, page, problems } = await h.open(env.browser, FILE_URL);
  await page.waitForFunction(() => RevueFonts.missing !== null, null, { timeout: 15000 });
  const scripts = await page.evaluate(() => RevueFonts.scripts);
  // What fontconfig (which Chromium asks for a fallback font on Linux) says: a script lacks a
  // font when no installed outline font has either of its two test letters (Chromium draws
  // no bitmap font).
  const hasFont = (ch) => require('node:child_process')
    .execFileSync('fc-list', [`:charset=${ch.codePointAt(0).toString(16)}:scalable=true`, 'family'], { encoding: 'utf8' }).trim() !== '';
  const expected = scripts.filter((s) => ![...s.letters].some(hasFont)).map((s) => s.name);
  assert.deepStrictEqual(await page.evaluate(() => RevueFonts.missing), expected, 'the scripts found without a font are those fontconfig has none for');
  // In the list's font, a missing script's two letters are the tofu's box, one em wide (the
  // browser's own missing-letter box is narrower); the letters of a script with a font differ.
  const drawn = await page.evaluate((all) => {
    const c = document.createElement('canvas');
    c.width = c.height = 32;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    ctx.font = `24px ${getComputedStyle(document.querySelector('#articles-body')).fontFamily}`;
    const pixels = (ch) => { ctx.clearRect(0, 0, 32, 32); ctx.fillText(ch, 2, 26); return Array.from(ctx.getImageData(0, 0, 32, 32).data.filter((_, i) => i % 4 === 3)); };
    return all.map(({ name, letters }) => {
      const [a, b] = [...letters].map(pixels);
      return { name, alike: a.every((v, i) => v === b[i]), ink: a.filter((v) => v > 0).length, width: ctx.measureText(letters[0]).width };
    });
  }, scripts);
  for (const d of drawn) {
    if (expected.includes(d.name)) {
      assert.ok(d.alike && d.ink > 20 && Math.abs(d.width - 24) < 0.5, `${d.name}: no font, drawn as the tofu's box: ${JSON.stringify(d)}`);
    } else {
      assert.ok(!d.alike, `${d.name}: drawn in an installed font: ${JSON.stringify(d)}`);
    }
  }
  assert.deepStrictEqual(problems.console, [], 'no console errors');
  assert.deepStrictEqual(problems.requests, [], 'no request leaves the page');
  await context.close();
});
