// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core (no
// browser download), a static server on 127.0.0.1, and the checks every test makes: no
// console error, no request leaving the page.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const WWW = path.join(ROOT, 'www');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** A static server for www/ on 127.0.0.1 (a random free port). */
function serve() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      let p = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      if (p.endsWith('/')) p += 'index.html';
      const file = path.join(WWW, p);
      if (!file.startsWith(WWW) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

/** Opens the page and starts watching for console errors and outside requests; `init`, a
 * function (or [function, argument]), runs in the page before its own scripts. */
async function open(browser, url, viewport, init) {
  const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  if (init) await page.addInitScript(...[].concat(init));
  const problems = { console: [], requests: [] };
  const base = new URL(url);
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    const local = u.protocol === 'blob:' || u.protocol === 'data:'
      || (base.protocol === 'file:' ? u.protocol === 'file:' : u.origin === base.origin);
    if (!local) problems.requests.push(r.url());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 20000 });
  return { context, page, problems };
}

/** The seed scrapes (name, bytes) and their gold titles. */
function seeds() {
  const dir = path.join(FIXTURES, 'seeds');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({
    name,
    path: path.join(dir, name),
    title: JSON.parse(fs.readFileSync(path.join(dir, name + '.gold.json'), 'utf8')).title,
  }));
}

/** Drops files onto the drop zone through the page's real drop handler (a DataTransfer
 * holding File objects, as the browser builds it for a drag from the desktop). */
async function drop(page, files) {
  const payload = files.map((f) => ({ name: f.name, b64: fs.readFileSync(f.path).toString('base64') }));
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const { name, b64 } of items) {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], name));
    }
    const target = document.getElementById('dropzone');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, payload);
}

/** Drops a folder of this computer onto the page as the desktop does (CDP's drag events with
 * its path: the page gets a real directory item, read through the browser). */
async function dropFolder(page, dir) {
  const cdp = await page.context().newCDPSession(page);
  const box = await page.locator('#dropzone').boundingBox();
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: [dir], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await cdp.detach();
}

async function listedTitles(page) {
  return page.$$eval('#articles-body tr.article-row td.title', (tds) => tds.map((td) => td.textContent));
}

function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: path.join(ARTIFACTS, name + '.png'), fullPage: false });
}

/** One browser and one static server for the tests of a file: registered as the file's
 * before/after hooks, the handles filled in before its first test runs. */
function shared(test) {
  const env = { browser: null, http: null };
  test.before(async () => {
    env.browser = await launch();
    env.http = await serve();
  });
  test.after(async () => {
    await env.browser.close();
    env.http.server.close();
  });
  return env;
}

/** The page's engine (www/pkg/revue-core.js, built by build.sh) in node, outside any page:
 * `{ engine, shared }`, the wasm Engine and js/digest.js's RevueShared. */
function loadEngine() {
  const vm = require('node:vm');
  const core = fs.readFileSync(path.join(WWW, 'pkg', 'revue-core.js'), 'utf8');
  // revue-core.js assigns self.REVUE_CORE; the glue is a no-modules script defining wasm_bindgen.
  const holder = {};
  holder.self = holder;
  vm.runInNewContext(core, holder);
  const sandbox = { TextEncoder, TextDecoder, WebAssembly, FinalizationRegistry, console };
  vm.createContext(sandbox);
  vm.runInContext(holder.REVUE_CORE.glue, sandbox);
  const packed = Buffer.from(holder.REVUE_CORE.wasm, 'base64');
  sandbox.module = new WebAssembly.Module(holder.REVUE_CORE.encoding === 'gzip' ? require('node:zlib').gunzipSync(packed) : packed);
  vm.runInContext('wasm_bindgen.initSync({ module }); engine = new wasm_bindgen.Engine();', sandbox);
  return { engine: sandbox.engine, shared: loadShared() };
}

/** js/digest.js's RevueShared (folding, search words, digests) in node. */
function loadShared() {
  const vm = require('node:vm');
  const sandbox = {};
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(WWW, 'js', 'digest.js'), 'utf8') + ';shared = revueShared();', sandbox);
  return sandbox.shared;
}

module.exports = { ROOT, WWW, FIXTURES, launch, serve, shared, open, seeds, drop, dropFolder, listedTitles, screenshot, loadEngine, loadShared };
