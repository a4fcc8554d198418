// Measures the explorer in headless Chromium through the real page: a folder of files is
// picked with the folder button, as a person would. Prints one JSON object.
// Usage: node page_bench.js CORPUS_DIR   (run from tools/bench; uses tests/e2e's playwright-core)
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const ROOT = path.resolve(__dirname, '..', '..');
const { chromium } = require(path.join(ROOT, 'tests/e2e/node_modules/playwright-core'));

/** Resident memory of every Chromium process (KiB → bytes), summed. */
function chromiumRss() {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium')) continue;
      const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
      if (m) total += Number(m[1]) * 1024;
    } catch (_) { /* gone */ }
  }
  return total;
}

async function main() {
  const dir = path.resolve(process.argv[2]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const url = pathToFileURL(path.join(ROOT, 'www/index.html')).href;
  const tLoad = Date.now();
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });
  const readyMs = await page.evaluate(() => window.revueReadyMs);
  const loadToReadyWall = Date.now() - tLoad;

  let peakRss = 0;
  let peakHeap = 0;
  let peakWasm = 0;
  const sampler = setInterval(async () => {
    peakRss = Math.max(peakRss, chromiumRss());
    try {
      const m = await cdp.send('Performance.getMetrics');
      const heap = m.metrics.find((x) => x.name === 'JSHeapUsedSize');
      if (heap) peakHeap = Math.max(peakHeap, heap.value);
      peakWasm = Math.max(peakWasm, await page.evaluate(() => window.revuePool.wasmBytes()));
    } catch (_) { /* page busy */ }
  }, 250);

  const t0 = Date.now();
  await page.setInputFiles('#pick-folder', dir);
  const tPicked = Date.now();
  await page.waitForSelector('#articles-body tr.article-row', { timeout: 600000 });
  const first = Date.now() - t0;
  await page.waitForFunction(() => {
    const p = window.revuePool;
    return p && p.idle() && p.stats.files > 0 && p.stats.filesDone === p.stats.files;
  }, null, { timeout: 3600000, polling: 100 });
  const total = Date.now() - t0;
  clearInterval(sampler);
  const stats = await page.evaluate(() => ({ ...window.revuePool.stats, longTasks: window.__longTasks, workers: window.revuePool.size }));
  const rows = await page.evaluate(() => document.getElementById('count').textContent);
  await browser.close();
  const mb = stats.bytesDone / 1048576;
  console.log(JSON.stringify({
    files: stats.filesDone, articles: stats.articles, mb: +mb.toFixed(1), workers: stats.workers,
    page_ready_ms: Math.round(readyMs), page_load_to_ready_wall_ms: loadToReadyWall,
    pick_ms: tPicked - t0, first_result_ms: first, total_ms: total,
    mb_per_s: +(mb / (total / 1000)).toFixed(2), articles_per_s: Math.round(stats.articles / (total / 1000)),
    longest_main_thread_task_ms: Math.round(Math.max(0, ...stats.longTasks)), long_tasks: stats.longTasks.length,
    peak_js_heap_mb: +(peakHeap / 1048576).toFixed(0), peak_wasm_mb: +(peakWasm / 1048576).toFixed(0),
    peak_chromium_rss_mb: +(peakRss / 1048576).toFixed(0), listed: rows, page_errors: errors,
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
