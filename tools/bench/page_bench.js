// Measures the explorer in headless Chromium through the real page: a folder of files is
// given to the folder button's input (the button's way in browsers without the File System
// Access picker; in Chromium the button opens that picker, whose dialog cannot be driven
// headless, and walks the folder as a drop does), or dropped on the page (`--drop`: CDP's
// drag events with the folder's path, a real directory drop). Prints one JSON object.
// Usage: node page_bench.js CORPUS_DIR [--drop]   (uses tests/e2e's playwright-core)
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const ROOT = path.resolve(__dirname, '..', '..');
const { chromium } = require(path.join(ROOT, 'tests/e2e/node_modules/playwright-core'));
// The browser tests' real directory drop (CDP's drag events with the folder's path).
const { dropFolder } = require(path.join(ROOT, 'tests/e2e/harness'));

/** Process ids of the browser launched with `userDataDir` and all its descendants. */
function chromiumPids(userDataDir) {
  const procs = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = Number((status.match(/PPid:\s+(\d+)/) || [])[1]);
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      procs.push({ pid: Number(pid), ppid, root: cmd.includes(userDataDir) && !cmd.includes('--type=') });
    } catch (_) { /* gone */ }
  }
  const mine = new Set(procs.filter((p) => p.root).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) { mine.add(p.pid); grew = true; }
  }
  return mine;
}

/** Proportional set size (shared pages split among sharers) of those processes, in bytes:
 * what this benchmark's Chromium holds, in all and by process type (browser, renderer,
 * utility: network and storage services, gpu-process ...). */
function chromiumPss(userDataDir) {
  let total = 0;
  const byType = {};
  for (const pid of chromiumPids(userDataDir)) {
    try {
      const m = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m);
      if (!m) continue;
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = ((cmd.match(/--type=([a-z-]+)/) || [, 'browser'])[1]) + ((cmd.match(/--utility-sub-type=([\w.]+)/) || [, ''])[1] ? ':' + cmd.match(/--utility-sub-type=([\w.]+)/)[1].split('.').pop() : '');
      total += Number(m[1]) * 1024;
      byType[type] = (byType[type] || 0) + Number(m[1]) * 1024;
    } catch (_) { /* gone */ }
  }
  return { total, byType };
}

/** CPU seconds of the browser's threads (all its processes), summed by thread name
 * and process type, workers one by one (renderer/CrRendererMain = the page's main thread, renderer/DedicatedWorker =
 * the engine and index workers ...): where the machine's cores went. `pids` as found by `chromiumPids`. */
function threadCpu(pids) {
  const tick = 100;   // USER_HZ on Linux
  const by = {};
  for (const pid of pids) {
    let tasks = [];
    let kind = 'browser';
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`);
      kind = (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').match(/--type=([a-z-]+)/) || [, 'browser'])[1];
    } catch (_) { continue; }
    for (const tid of tasks) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[0-9]+$/, '').trim();
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // Workers one by one (the engine workers and the index worker), other threads by name.
        const key = name === 'DedicatedWorker' ? `${kind}/${name} ${tid}` : `${kind}/${name}`;
        by[key] = (by[key] || 0) + (Number(f[11]) + Number(f[12])) / tick;   // utime + stime
      } catch (_) { /* gone */ }
    }
  }
  return Object.fromEntries(Object.entries(by).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [k, +v.toFixed(1)]));
}

/** Attaches to the page's workers (non-flattened sessions through `cdp`) and starts the
 * sampling profiler in each; returns Map sessionId -> {title, call(method, params)}. */
/** Message ids of the calls into workers, unique over every `attachWorkers` of the run. */
let nextWorkerCallId = 1;

/** Attaches to the page's Web Workers (those running and those to come) and runs
 * `onAttach(call)` on each, `call(method, params)` sending it a DevTools command. */
async function attachWorkers(cdp, onAttach) {
  const sessions = new Map();
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const m = JSON.parse(message);
    const p = m.id && pending.get(m.id);
    if (p) { pending.delete(m.id); if (m.error) p.reject(new Error(m.error.message)); else p.resolve(m.result); }
  });
  const attached = [];
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const call = (method, params) => new Promise((resolve, reject) => {
      const id = nextWorkerCallId++;
      pending.set(id, { resolve, reject });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: params || {} }) }).catch(reject);
    });
    const w = { title: (targetInfo.title || targetInfo.type).replace(/[^a-z0-9-]+/gi, '_').slice(0, 40), call };
    sessions.set(sessionId, w);
    attached.push(onAttach(call));
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 500));
  await Promise.all(attached);
  return sessions;
}

/** Starts a CPU profile in each Web Worker (see REVUE_BENCH_WORKER_PROFILE). */
async function profileWorkers(cdp) {
  const sessions = await attachWorkers(cdp, (call) => call('Profiler.enable').then(() => call('Profiler.setSamplingInterval', { interval: 500 })).then(() => call('Profiler.start')));
  console.error(`profiling ${sessions.size} workers`);
  return sessions;
}

/** The JS heap in use in each Web Worker, in MB, by the worker's title (the index worker's
 * heap holds the corpus's aggregates and search words; an analysis worker's, little). */
async function workerHeaps(cdp) {
  const heaps = [];
  await attachWorkers(cdp, (call) => call('Runtime.getHeapUsage').then((h) => heaps.push(+(h.usedSize / 1048576).toFixed(0))).catch(() => {}));
  return heaps.sort((a, b) => b - a);
}

/** Trace events -> {thread: {task name: [count, thread CPU ms]}} for complete events, only
 * the outermost ones of each thread (nested events' time is in their parent's). */
function summariseTrace(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(e.pid + ':' + e.tid, e.args.name);
  const byThread = new Map();
  for (const e of events) if (e.ph === 'X' && e.dur !== undefined) {
    const k = e.pid + ':' + e.tid;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  const out = {};
  for (const [k, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const sum = {};
    let end = -1;
    let total = 0;
    const walk = (e, depth) => {
      const name = e.name + (e.args && e.args.data && e.args.data.type ? ':' + e.args.data.type : '') + (e.args && e.args.src_func ? ' ' + e.args.src_func : '');
      const s = sum[depth + ' ' + name] || (sum[depth + ' ' + name] = [0, 0]);
      s[0] += 1; s[1] += (e.tdur !== undefined ? e.tdur : e.dur) / 1000;
    };
    // Top-level tasks, and the events directly inside them (one level).
    let top = null;
    for (const e of list) {
      if (e.ts >= end) { top = e; end = e.ts + e.dur; walk(e, 0); total += (e.tdur !== undefined ? e.tdur : e.dur) / 1000; }
      else if (top && e !== top && e.ts + e.dur <= end) walk(e, 1);
    }
    const name = (names.get(k) || k) + ' ' + k.split(':')[1];
    out[name] = { total_cpu_ms: Math.round(total), tasks: Object.fromEntries(Object.entries(sum).sort((a, b) => b[1][1] - a[1][1]).slice(0, 25).map(([n, [c, ms]]) => [n, [c, Math.round(ms)]])) };
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1].total_cpu_ms - a[1].total_cpu_ms));
}

async function main() {
  const dir = path.resolve(process.argv[2]);
  const dropped = process.argv.includes('--drop');
  const userDataDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'revue-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info',
      // More flags for a profiling run, e.g. REVUE_BENCH_ARGS='--js-flags=--perf-basic-prof'
      // under `perf record -a` (JS and wasm functions then have names in perf's report).
      ...(process.env.REVUE_BENCH_ARGS || '').split(' ').filter(Boolean)],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
    // When the page got the files (the drop event, or the input's change event) and when the
    // list first showed a row: the first result as the person sees it, in the page's clock.
    window.__intake = { got: null, shown: null };
    for (const type of ['drop', 'change']) document.addEventListener(type, () => { if (window.__intake.got === null) window.__intake.got = performance.now(); }, true);
    document.addEventListener('DOMContentLoaded', () => {
      const body = document.getElementById('articles-body');
      if (!body) return;
      new MutationObserver((_, obs) => {
        if (body.querySelector('tr.article-row')) { window.__intake.shown = performance.now(); obs.disconnect(); }
      }).observe(body, { childList: true, subtree: true });
    });
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
  let peakPssByType = {};
  let peakHeap = 0;
  let peakWasm = 0;
  const sampler = setInterval(async () => {
    const pss = chromiumPss(userDataDir);
    if (pss.total > peakRss) { peakRss = pss.total; peakPssByType = pss.byType; }
    try {
      const m = await cdp.send('Performance.getMetrics');
      const heap = m.metrics.find((x) => x.name === 'JSHeapUsedSize');
      if (heap) peakHeap = Math.max(peakHeap, heap.value);
      peakWasm = Math.max(peakWasm, await page.evaluate(() => window.revuePool.wasmBytes()));
    } catch (_) { /* page busy */ }
  }, 1000);

  // REVUE_BENCH_PROFILE=FILE: a CPU profile of the page's main thread during the import.
  const profileTo = process.env.REVUE_BENCH_PROFILE;
  if (profileTo) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
  // REVUE_BENCH_WORKER_PROFILE=DIR: a CPU profile of each Web Worker (DIR/worker-N.cpuprofile).
  const workerProfileDir = process.env.REVUE_BENCH_WORKER_PROFILE;
  const workerSessions = workerProfileDir ? await profileWorkers(cdp) : null;
  // REVUE_BENCH_TRACE=FILE: a Chrome trace (toplevel tasks with their thread CPU time) of the
  // import, summed by thread and task in FILE.summary.json (see summariseTrace); with
  // REVUE_BENCH_TRACE_RAW=1 also the events (FILE.json), and REVUE_BENCH_TRACE_CATEGORIES=a,b,...
  // for more than the default categories (e.g. devtools.timeline,blink,mojom,fonts: what a
  // long task waited for).
  const traceTo = process.env.REVUE_BENCH_TRACE;
  const traceEvents = [];
  if (traceTo) {
    cdp.on('Tracing.dataCollected', ({ value }) => { for (const e of value) traceEvents.push(e); });
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: (process.env.REVUE_BENCH_TRACE_CATEGORIES || 'toplevel,disabled-by-default-devtools.timeline,__metadata').split(','), excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
  }
  const t0 = Date.now();
  const pickStart = await page.evaluate(() => performance.now());
  if (dropped) {
    await dropFolder(page, dir);
  } else {
    await page.setInputFiles('#pick-folder', dir, { timeout: 0 });   // 68,000 files take a while to hand over
  }
  const tPicked = Date.now();
  const pickEnd = await page.evaluate(() => performance.now());
  await page.waitForSelector('#articles-body tr.article-row', { timeout: 600000 });
  const first = Date.now() - t0;
  await page.waitForFunction(() => {
    const p = window.revuePool;
    return p && p.idle() && p.stats.files > 0 && p.stats.filesDone === p.stats.files
      && window.revueIndex.received >= p.stats.articles;   // and the corpus index has them all
  }, null, { timeout: 3600000, polling: 100 });
  const total = Date.now() - t0;
  clearInterval(sampler);
  if (profileTo) fs.writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  if (workerSessions) {
    fs.mkdirSync(workerProfileDir, { recursive: true });
    let n = 0;
    for (const w of workerSessions.values()) {
      const { profile } = await w.call('Profiler.stop');
      fs.writeFileSync(path.join(workerProfileDir, `worker-${n++}-${w.title}.cpuprofile`), JSON.stringify(profile));
    }
  }
  if (traceTo) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    fs.writeFileSync(traceTo + '.summary.json', JSON.stringify(summariseTrace(traceEvents), null, 1));
    if (process.env.REVUE_BENCH_TRACE_RAW) fs.writeFileSync(traceTo + '.json', JSON.stringify({ traceEvents }));
  }
  const stats = await page.evaluate(() => ({ ...window.revuePool.stats, longTasks: window.__longTasks, workers: window.revuePool.size }));
  const intake = await page.evaluate(() => window.__intake);
  const heaps = await workerHeaps(cdp);
  const rows = await page.evaluate(() => document.getElementById('count').textContent);
  const cpu = threadCpu(chromiumPids(userDataDir));
  // REVUE_BENCH_RELOAD=1: once all is stored, the page is reloaded; how long until every
  // article is listed again (restored from IndexedDB).
  let reload = null;
  if (process.env.REVUE_BENCH_RELOAD) {
    await page.evaluate(() => window.revueIndex.ask('settled', {}, false));
    const r0 = Date.now();
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 600000 });
    reload = { restore_ms: Date.now() - r0, listed: await page.evaluate(() => document.getElementById('count').textContent),
      articles: await page.evaluate(() => Revue.state.articles.length) };
  }
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
  const mb = stats.bytesDone / 1048576;
  console.log(JSON.stringify({
    files: stats.filesDone, articles: stats.articles, mb: +mb.toFixed(1), workers: stats.workers, intake: dropped ? 'folder dropped' : 'folder input',
    page_ready_ms: Math.round(readyMs), page_load_to_ready_wall_ms: loadToReadyWall,
    pick_ms: tPicked - t0, first_result_ms: first, first_row_after_files_given_ms: intake.got === null || intake.shown === null ? null : Math.round(intake.shown - intake.got),
    first_result_after_intake_ms: Math.round(stats.firstResultMs), total_ms: total,
    mb_per_s: +(mb / (total / 1000)).toFixed(2), articles_per_s: Math.round(stats.articles / (total / 1000)),
    longest_main_thread_task_ms: Math.round(Math.max(0, ...stats.longTasks.map(([, d]) => d))), long_tasks: stats.longTasks.length,
    // Split by phase. Start-up: page load to the pick. The pick: the browser builds the picked
    // folder's FileList in one task before the page sees it; a trace shows one synchronous
    // call to the browser process per file in it (MimeRegistry::GetMimeTypeFromExtension, for
    // File.type): 1.34 of the task's 1.71 s for 6,807 files. After the pick: the page's own
    // work while the files stream in.
    longest_task_before_pick_ms: Math.round(Math.max(0, ...stats.longTasks.filter(([t, d]) => t + d <= pickStart).map(([, d]) => d))),
    pick_task_ms: Math.round(Math.max(0, ...stats.longTasks.filter(([t, d]) => t < pickEnd && t + d > pickStart).map(([, d]) => d))),
    longest_task_after_pick_ms: Math.round(Math.max(0, ...stats.longTasks.filter(([t]) => t > pickEnd).map(([, d]) => d))),
    long_tasks_over_100ms_after_pick: stats.longTasks.filter(([t, d]) => t > pickEnd && d > 100).length,
    longest_tasks: stats.longTasks.slice().sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t, d]) => [Math.round(t - pickStart), Math.round(d)]),
    peak_js_heap_mb: +(peakHeap / 1048576).toFixed(0), peak_wasm_mb: +(peakWasm / 1048576).toFixed(0),
    peak_chromium_pss_mb: +(peakRss / 1048576).toFixed(0),
    worker_js_heap_mb_at_end: heaps,
    peak_chromium_pss_mb_by_process: Object.fromEntries(Object.entries(peakPssByType).map(([k, v]) => [k, +(v / 1048576).toFixed(0)])), listed: rows, page_errors: errors,
    chromium_cpu_seconds_by_thread: cpu, ...(reload ? { reload } : {}),
    worker_seconds: Object.fromEntries(Object.entries(stats.timing || {}).map(([k, v]) => [k, +(v / 1000).toFixed(1)])),
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
