// The page: wires intake, the worker pool, storage and the views. The main thread only
// schedules work and renders; analysis runs in the workers.
/* global RevuePool, RevueIntake, RevueReader, RevueStore, RevueIndex, RevueAliases, RevueViews, RevueCard, RevueUI, RevueFonts */
'use strict';

const $ = (id) => document.getElementById(id);

/** What the views use of the page: the index, navigation, aliases. */
const Revue = {
  get state() { return state; },
  get index() { return state.index; },
  openArticle: (key, focusText) => openArticle(key, focusText),
  openEntity: (key) => RevueCard.show(key),
  selectView: (name) => selectView(name, true),
  aliasesChanged: () => aliasesChanged(),
  importRecords: (file) => importRecords(file),
  exportRecords: (format) => exportRecords(format),
  setStatus: (t) => setStatus(t),
};

const state = {
  articles: [],          // {key, view: the few fields the list needs}
  byKey: new Map(),
  shown: [],             // articles after filter and sort
  sorted: [],            // all articles in sort order (kept sorted as rows arrive)
  fresh: [],             // articles not yet merged into `sorted`
  resort: false,         // `sorted` must be rebuilt (sort changed, an article replaced)
  sort: { key: 'published', dir: -1 },
  filter: '',
  selected: null,
  pool: null,
  renderQueued: false,
  runShown: true,        // false from a run's start until its first render (scheduleRender)
  index: null,           // the corpus index worker (js/index.js)
  view: 'articles',      // the selected tab
  notes: [],             // what the last run reopened (exports dropped in), for its status line
  reopenedFiles: 0,
  analysedArticles: 0,   // list rows the analysis workers made since the page loaded (each an index entry)
};

const VIEWS = ['overview', 'articles', 'entities', 'network', 'timeline', 'map', 'quotes', 'figures', 'search', 'data'];

const ROW_HEIGHT = 34;   // px; rows are fixed-height so the list can be windowed

/** Adds list rows (js/digest.js) of articles the index worker has, or is about to have. */
function addRows(rows) {
  for (const view of rows) {
    const key = view.key;
    // The main thread keeps only what the list needs; the records themselves live in the
    // index worker and its storage, which hand them back for the reader and the exports.
    const item = { key, view, rev: (state.rev = (state.rev || 0) + 1), pos: state.articles.length, sk: null, skFor: null };
    const old = state.byKey.get(key);
    if (old) {
      item.pos = old.pos;
      state.articles[old.pos] = item;
      state.resort = true;
    } else {
      state.articles.push(item);
      state.fresh.push(item);
    }
    state.byKey.set(key, item);
  }
  scheduleRender();
}

/** The full view record of an article (UTF-16 offsets), rebuilt by a worker and cached for
 * the last few articles opened. */
const fullCache = [];
async function fullView(item) {
  const hit = fullCache.find((x) => x.key === item.key && x.rev === item.rev);
  if (hit) return hit.view;
  const view = await state.index.ask('article', { key: item.key }, false);
  if (!view) return null;
  fullCache.unshift({ key: item.key, rev: item.rev, view });
  fullCache.length = Math.min(fullCache.length, 8);
  return view;
}

/** Re-renders the list soon: at once for the first rows, then, while records stream in, no
 * more than about a twentieth of the main thread's time: the gap after a render is twenty
 * times what it cost (layout included, half a second at least, three at most). Every
 * render is a layout of the page: a fixed 250 ms cadence, with renders of 30-60 ms on a big
 * list, kept the main thread busy with the list more than with anything else; and each
 * frame costs the main thread some 6 ms even for a small list (10,000 articles: about a
 * second of it at a 250 ms floor). A render's new rows are made a few a task (`streamRows`). */
let lastRender = 0;
let renderGap = 0;
let renderCost = 0;      // ms spent on the current render, over its tasks
function scheduleRender() {
  if (state.renderQueued) return;
  state.renderQueued = true;
  // The first results of a run are shown at once, not at the next throttled render (up to
  // half a second after the one before, often the start-up's).
  const first = !state.runShown;
  state.runShown = true;
  const wait = lastRender === 0 || first ? 0 : Math.max(0, renderGap - (performance.now() - lastRender));
  // The rows and the layout in a task of their own, not in an animation frame: the frame
  // that follows then only paints. Rows, layout and paint in one frame made tasks of
  // 100-250 ms at 30,000 articles while the workers kept both cores busy.
  setTimeout(() => {
    state.renderQueued = false;
    const t0 = performance.now();
    renderList(true);
    void document.querySelector('.list-pane').offsetHeight;   // the layout, counted in the cost
    renderCost = 0;   // this task's rows (streamRows) are in its cost
    renderDone(performance.now() - t0);
  }, wait);
}

/** A task of the current render is over, after `ms`: the next render waits twenty times
 * what this one has cost so far. */
function renderDone(ms) {
  renderCost += ms;
  lastRender = performance.now();
  renderGap = Math.min(3000, Math.max(500, 20 * renderCost));
}

/** While records stream in, the new rows of a render are made (and laid out) in tasks of
 * about this many ms, the rows in view first; the others wait as blank placeholder rows for
 * the next tasks. A row costs its text's shaping, which on a busy machine includes
 * synchronous waits for the browser (fonts for a new script: 10-80 ms each): a window of
 * new rows at once (about 60) made tasks of 100-250 ms. */
const ROWS_TASK_MS = 12;
let msPerRow = 1;        // what a new row has cost lately, layout included (measured)
function rowLimit() { return Math.max(4, Math.min(200, Math.floor(ROWS_TASK_MS / msPerRow))); }

/** Rows kept above and below the view: while files are analysed, a few (the window's rows
 * change with each render, sorted by date: fewer rows, fewer made); at rest, and once
 * scrolled, enough for smooth scrolling. */
const STREAM_PAD = 4;
const REST_PAD = 20;

/** One task of a streaming render's rows: at most rowLimit() new rows and their layout, none
 * made once ROWS_TASK_MS have passed (but the first); more
 * in the next task while placeholders are left. Its cost goes to the render's. */
function streamRows(pad = STREAM_PAD) {
  const t0 = performance.now();
  const made = renderRows(rowLimit(), pad, t0 + ROWS_TASK_MS);
  void document.querySelector('.list-pane').offsetHeight;   // the layout, in this task
  const ms = performance.now() - t0;
  if (made >= 4) msPerRow = Math.max(0.05, (msPerRow + ms / made) / 2);
  renderDone(ms);
  moreRows();
}

/** The rows of a render at rest (a filter, a sort, the end of a run, a scroll): those in
 * view at once, the others around them in the next tasks. */
function restRows() {
  const height = document.querySelector('.list-pane').clientHeight || 800;
  renderRows(Math.max(rowLimit(), Math.ceil(height / ROW_HEIGHT) + 1), REST_PAD);
  moreRows();
}

/** Fills the placeholder rows left by a render, in the next task. */
function moreRows() {
  if (!state.rowsPending || state.rowsQueued) return;
  state.rowsQueued = true;
  setTimeout(() => {
    state.rowsQueued = false;
    if (state.rowsPending) streamRows(state.rowsPad);
  }, 0);
}

function sortValue(a, key) {
  const v = a.view;
  switch (key) {
    case 'entities': return v.entities.length;
    case 'sources': return (v.sources || []).join(', ').toLowerCase();
    case 'published': return v.published || v.page_date || '';
    default: return (v[key] || '').toString().toLowerCase();
  }
}

/** The list order: the sort column, then arrival. Sort values are computed once per item. */
function compareItems(a, b) {
  const { key, dir } = state.sort;
  if (a.skFor !== key) { a.sk = sortValue(a, key); a.skFor = key; }
  if (b.skFor !== key) { b.sk = sortValue(b, key); b.skFor = key; }
  return a.sk < b.sk ? -dir : a.sk > b.sk ? dir : a.pos - b.pos;
}

/** Keeps `state.sorted` in order: new rows are sorted among themselves and merged in, so a
 * list of 100,000 articles is not re-sorted on every render. The merge finds each new row's
 * place by binary search and moves the rows after it up, from the end, in the same array:
 * a render compares O(new × log n) rows, not every row (a plain merge of 100,000 rows,
 * allocating a new array, took 30-100 ms of each render near the end of a big run). */
function applyFilterSort() {
  if (state.resort || state.sorted.length + state.fresh.length !== state.articles.length) {
    state.sorted = state.articles.slice().sort(compareItems);
    state.resort = false;
  } else if (state.fresh.length) {
    const add = state.fresh.slice().sort(compareItems);
    const list = state.sorted;
    let i = list.length;   // list[0, i): old rows not moved yet
    for (let j = 0; j < add.length; j++) list.push(null);   // grown by push: stays a packed array
    let k = list.length;   // list[k, end): done
    for (let j = add.length - 1; j >= 0; j--) {
      // The old rows that go before add[j] (those comparing <= 0), by binary search in [0, i).
      let lo = 0; let hi = i;
      while (lo < hi) { const mid = (lo + hi) >>> 1; if (compareItems(list[mid], add[j]) <= 0) lo = mid + 1; else hi = mid; }
      while (i > lo) list[--k] = list[--i];
      list[--k] = add[j];
    }
  }
  state.fresh = [];
  const q = state.filter.trim().toLowerCase();
  state.shown = !q ? state.sorted : state.sorted.filter((a) => {
    const v = a.view;
    return (v.title || '').toLowerCase().includes(q) || (v.site || '').toLowerCase().includes(q)
      || v.file.toLowerCase().includes(q) || (v.sources || []).some((x) => x.toLowerCase().includes(q));
  });
}

/** `streaming`: called by the throttled render while records stream in, where the first
 * rows may wait a frame; every other caller (restore, the end of a run, filters) gets the
 * rows in view at once (`restRows`). */
function renderList(streaming = false) {
  applyFilterSort();
  const n = state.articles.length;
  $('count').textContent = state.shown.length === n ? `${n} article${n === 1 ? '' : 's'}` : `${state.shown.length} of ${n} articles`;
  $('export-jsonl').disabled = n === 0;
  // The first articles switch the page from the drop zone to the explorer: that layout of
  // the whole page is one task, the first rows the next, so neither holds the thread long.
  const opening = n && !document.body.dataset.has;
  if (n) document.body.dataset.has = 'articles'; else delete document.body.dataset.has;
  $('clear').disabled = n === 0;
  if (opening && streaming) requestAnimationFrame(() => setTimeout(() => streamRows(), 0));
  else if (streaming) streamRows(state.pool && !state.pool.idle() ? STREAM_PAD : REST_PAD);
  else restRows();
}

/** Renders only the rows in (and near) the visible window of the list pane. Rows of the
 * articles still in the window stay where they are (a row moved or re-created is laid out
 * and its text shaped again: 25 ms for a window's worth); only the rows of articles new to
 * the window are made, and the spacers resized. The window is the view and `pad` rows on
 * either side (twice that below at the top). At most `limit` rows are made, those in view
 * first, and, given a `deadline` (a performance.now() time), none after it but the first; the
 * window's other new articles get a blank placeholder row each (`rowsPending`), which a later
 * call replaces. Returns the number of rows made. */
function renderRows(limit = Infinity, pad = REST_PAD, deadline = Infinity) {
  const pane = document.querySelector('.list-pane');
  const tbody = $('articles-body');
  const total = state.shown.length;
  const height = pane.clientHeight || 800;
  const first = Math.max(0, Math.floor(pane.scrollTop / ROW_HEIGHT) - pad);
  const last = Math.min(total, first + Math.ceil(height / ROW_HEIGHT) + 2 * pad);
  const items = state.shown.slice(first, last);
  // Rows that can stay: same article, same version of it.
  const wanted = new Map(items.map((it) => [it.key, it]));
  const kept = new Set();
  let top = null; let bottom = null;
  for (const tr of [...tbody.children]) {
    if (tr.classList.contains('spacer')) {
      if (!top && tr === tbody.firstElementChild) top = tr; else if (tr === tbody.lastElementChild) bottom = tr; else tr.remove();
      continue;
    }
    const it = wanted.get(tr.dataset.key);
    if (!it || String(it.rev) !== tr.dataset.rev) tr.remove(); else kept.add(it);
  }
  // The articles that get a row now: all of them, or the first `limit` of those in view,
  // then of the others.
  let make = null;
  if (Number.isFinite(limit)) {
    const inView = Math.floor(pane.scrollTop / ROW_HEIGHT) - first;
    const ends = inView + Math.ceil(height / ROW_HEIGHT);
    const fresh = [];
    for (let i = Math.max(0, inView); i < Math.min(items.length, ends); i++) if (!kept.has(items[i])) fresh.push(items[i]);
    for (let i = 0; i < items.length && fresh.length < limit; i++) if ((i < inView || i >= ends) && !kept.has(items[i])) fresh.push(items[i]);
    make = new Set(fresh.slice(0, limit));
  }
  let made = 0;
  state.rowsPending = false;
  state.rowsPad = pad;
  // The kept rows are in list order already (new articles are merged into the order, the
  // others keep theirs; a re-sort empties the window first): walk both, inserting new rows.
  let next = top ? top.nextElementSibling : tbody.firstElementChild;
  for (const it of items) {
    if (next && next !== bottom && next.dataset.key === it.key && kept.has(it)) {
      selectRow(next, state.selected === it.key);
      next = next.nextElementSibling;
      continue;
    }
    let tr;
    const now = (!make || make.has(it)) && (made === 0 || deadline === Infinity || performance.now() < deadline);
    if (now) { tr = row(it); made += 1; } else { tr = placeholder(it); state.rowsPending = true; }
    tbody.insertBefore(tr, next && next !== bottom ? next : bottom);
    // With a deadline, each row is laid out as it is made, so that the rows stop once the
    // time is up: a row's layout may wait for the browser (a font looked up for a letter of
    // a new script, 5-70 ms while the engine's first compilation keeps the machine busy),
    // and a render's rows laid out together made a task of 130-500 ms.
    if (now && deadline !== Infinity) void tr.offsetHeight;
  }
  // Kept rows past the window's end (it moved up).
  while (next && next !== bottom) { const gone = next; next = next.nextElementSibling; gone.remove(); }
  if (first > 0) {
    if (!top) { top = spacer(0); tbody.prepend(top); }
    top.style.height = first * ROW_HEIGHT + 'px';
  } else if (top) top.remove();
  if (last < total) {
    if (!bottom) { bottom = spacer(0); tbody.append(bottom); }
    bottom.style.height = (total - last) * ROW_HEIGHT + 'px';
  } else if (bottom) bottom.remove();
  return made;
}

/** A blank row standing for an article whose row is not made yet: its height, no text. */
function placeholder(item) {
  const tr = document.createElement('tr');
  tr.className = 'pending';
  tr.dataset.key = item.key;
  tr.dataset.rev = 'pending';
  tr.style.height = ROW_HEIGHT + 'px';
  tr.setAttribute('aria-hidden', 'true');
  return tr;
}

function selectRow(tr, on) {
  if (tr.classList.contains('selected') === on) return;
  tr.classList.toggle('selected', on);
  tr.setAttribute('aria-selected', on ? 'true' : 'false');
}

function spacer(h) {
  const tr = document.createElement('tr');
  tr.className = 'spacer';
  tr.style.height = h + 'px';
  tr.setAttribute('aria-hidden', 'true');
  return tr;
}

function cell(text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
}

function row(item) {
  const v = item.view;
  const tr = document.createElement('tr');
  tr.tabIndex = 0;
  tr.dataset.key = item.key;
  tr.dataset.rev = String(item.rev);
  tr.className = 'article-row' + (v.errors.length && !v.body.length ? ' has-error' : '') + (state.selected === item.key ? ' selected' : '');
  tr.setAttribute('aria-selected', state.selected === item.key ? 'true' : 'false');
  const title = v.title || (v.body.length ? v.body[0].slice(0, 90) : v.file.split('/').pop());
  const titleCell = cell(title, 'title');
  if (v.errors.length && !v.body.length) titleCell.title = v.errors.join('\n');
  tr.append(
    cell(v.published || v.page_date || '', 'date'),
    cell(v.site || '', 'site'),
    titleCell,
    cell(v.lang || '', 'lang'),
    cell((v.sources || []).join(', '), 'sources'),
    cell(String(v.entities.length), 'num'),
  );
  return tr;
}

async function openArticle(key, focusText) {
  const item = state.byKey.get(key);
  if (!item) return;
  state.selected = key;
  if (state.view !== 'articles') selectView('articles', false);
  const full = await fullView(item);
  if (!full || state.selected !== key) return;
  RevueReader.render($('reader'), full);
  renderRows();
  const i = state.shown.indexOf(item);
  const pane = document.querySelector('.list-pane');
  if (i >= 0 && (i * ROW_HEIGHT < pane.scrollTop || i * ROW_HEIGHT > pane.scrollTop + pane.clientHeight - 80)) {
    pane.scrollTop = Math.max(0, i * ROW_HEIGHT - 80);
    renderRows();
  }
  $('reader').focus({ preventScroll: true });
  if (focusText) {
    const m = [...$('reader').querySelectorAll('.body mark.ent')].find((x) => x.textContent === focusText);
    if (m) { m.classList.add('flash'); m.scrollIntoView({ block: 'center' }); }
  }
}

/** Shows one tab; persists the choice: in the address (`#entities`), which a reload reads
 * back at once, and in the settings, for the next time the page is opened without one. */
function selectView(name, focusTab) {
  if (!VIEWS.includes(name)) name = 'articles';
  state.view = name;
  for (const v of VIEWS) {
    const tab = $('tab-' + v);
    const on = v === name;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
    $('view-' + v).hidden = !on;
  }
  document.body.dataset.view = name;
  if (focusTab) $('tab-' + name).focus();
  const mod = RevueViews[name];
  if (mod && mod.show) mod.show();
  if (location.hash.slice(1) !== name) {
    try { history.replaceState(null, '', '#' + name); } catch (_) { /* an address that cannot change */ }
  }
  RevueStore.setSetting('view', name).catch(() => {});
}

/** Re-asks the selected view's questions after the corpus or the aliases changed (at most
 * about twice a second while files stream in). */
let refreshTimer = null;
let lastRefresh = 0;
function corpusChanged() {
  if (refreshTimer) return;
  const wait = Math.max(0, 500 - (performance.now() - lastRefresh));
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    lastRefresh = performance.now();
    for (const [name, mod] of Object.entries(RevueViews)) if (mod.changed) mod.changed(name === state.view);
    if (RevueCard.open) RevueCard.refresh();
  }, wait);
}

/** Aliases changed (rename, merge, split): persist, tell the index, re-render. */
function aliasesChanged() {
  RevueAliases.save();
  state.index.setAliases(RevueAliases.table);
  if (state.selected && state.byKey.has(state.selected)) {
    fullView(state.byKey.get(state.selected)).then((v) => { if (v) RevueReader.render($('reader'), v); });
  }
}

/** The non-empty lines of a file, read as a stream: a 100 MB export is never one string. */
async function* fileLines(file) {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const parts = (rest + value).split('\n');
    rest = parts.pop();
    for (const p of parts) if (p.trim()) yield p;
  }
  if (rest.trim()) yield rest;
}

/** Reopens an export (JSONL lines or a JSON array of records) as an analysis, a hundred
 * records at a time so that the page stays responsive on large exports. */
async function importRecords(file) {
  let ok = 0; let bad = 0;
  const flush = async (lines) => {
    const r = await state.pool.views(lines);
    addRows(r.rows);
    ok += r.rows.length; bad += r.bad;
  };
  const head = (await file.slice(0, 1024).text()).trimStart();
  if (head.startsWith('[')) {
    let lines;
    try { lines = JSON.parse(await file.text()).map((r) => JSON.stringify(r)); } catch (e) { return { ok: 0, bad: 1, error: 'not valid JSON: ' + e.message }; }
    for (let i = 0; i < lines.length; i += 100) await flush(lines.slice(i, i + 100));
    return { ok, bad };
  }
  let batch = [];
  for await (const line of fileLines(file)) {
    batch.push(line);
    if (batch.length >= 100) { await flush(batch); batch = []; }
  }
  if (batch.length) await flush(batch);
  return { ok, bad };
}

function setStatus(text) {
  $('status').textContent = text;
}

function fmtBytes(b) {
  return b >= 1048576 ? (b / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(b / 1024)) + ' kB';
}

/** Shows the progress bar; at most twice a second (the last state always shows), as each
 * change is a frame of the page. */
let progressShown = 0;
let progressLatest = null;
function showProgress(p) {
  const first = progressLatest === null;
  progressLatest = p;
  if (!first && performance.now() - progressShown < 500 && p.filesDone < p.files) return;
  progressShown = performance.now();
  drawProgress(p);
}

function drawProgress(p) {
  const box = $('progress');
  box.hidden = p.files === 0 || p.filesDone >= p.files;
  $('progress-bar').max = Math.max(1, p.files);
  $('progress-bar').value = p.filesDone;
  const left = p.secondsLeft === null ? '' : ` · about ${Math.ceil(p.secondsLeft)} s left`;
  $('progress-text').textContent = `${p.filesDone} / ${p.files} files · ${fmtBytes(p.bytesDone)} done${left}`;
}

/** Resolves at the pool's next `event`, or after `ms` at most. */
function poolEvent(event, ms) {
  return new Promise((resolve) => {
    const off = state.pool.once(event, () => { clearTimeout(timer); resolve(); });
    const timer = setTimeout(() => { off(); resolve(); }, ms);
  });
}

/** How many files a walk lists ahead of the workers at most. Each file of a walked folder
 * comes with a File System Access handle, which holds a connection to the browser; walked all
 * at once, 68,219 of them died together, and the garbage collection that closed them stopped
 * the page for 188-472 ms (a CPU profile: the collector alone). Listed as the workers go,
 * they die a few thousand at a time. */
const WALK_AHEAD = 4096;

/** Queues dropped or picked files for the workers as `listing` (intake.js: an async iterable
 * of batches, listed and sorted a slice a task) gives them; the pool is busy from now until
 * the listing ends. A Revue export among them is recognised by the worker that reads it and
 * comes back through the pool's 'records' event. Cancel (or clearing all) ends the listing. */
function analyse(listing) {
  if (!state.pool) return;
  if (state.pool.idle()) state.runShown = false;   // a new run: its first rows at once
  const cancels = state.pool.cancels;
  const cancelled = () => state.pool.cancels !== cancels;
  const problems = [];
  state.pool.hold((async () => {
    let n = 0;
    for await (const { entries, problems: p } of listing) {
      // A walk's later batches wait for the workers (see WALK_AHEAD); the picked files' one
      // batch never does.
      while (n && !cancelled() && state.pool.stats.files - state.pool.stats.filesDone > WALK_AHEAD) await poolEvent('progress', 1000);
      if (cancelled()) return;
      problems.push(...p);
      // Queued a few thousand a task (each a job object; the first go out at once).
      for (let i = 0; i < entries.length; i += 4096) {
        if (i) await RevueIntake.nextTask();
        if (cancelled()) return;
        state.pool.add(entries.slice(i, i + 4096), false);
      }
      // The first files are read before the walk goes on, not behind its thousands of opens.
      if (!n && entries.length) await poolEvent('result', 1000);
      n += entries.length;
      if (n) setStatus(`Analysing ${n} file${n === 1 ? '' : 's'}…`);
    }
    if (problems.length) {
      state.notes.push(`${problems.length} file${problems.length === 1 ? '' : 's'} or folder${problems.length === 1 ? '' : 's'} could not be read (${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}).`);
      if (!n) setStatus(state.notes.splice(0).join(' '));
    }
  })()).catch((e) => setStatus('The files could not be listed: ' + (e && e.message || e)));
}

/** Reopens an export that was dropped with the news (the pool is not idle until it is in). */
function reopen({ file, name }) {
  state.reopenedFiles += 1;
  state.pool.hold(importRecords(file).then((r) => {
    const note = `${r.ok} article${r.ok === 1 ? '' : 's'} reopened from ${name}` + (r.bad ? ` (${r.bad} lines not understood)` : '') + '.';
    state.notes.push(note);
    setStatus(note);
  }).catch((e) => { state.notes.push(`${name} could not be reopened: ${e && e.message || e}.`); }));
}

/** The contract records as a file (JSONL or a JSON array), aliases applied to `canonical`
 * and speakers; the index worker builds the Blob, off the main thread. */
async function exportRecords(format) {
  const blob = await state.index.ask('exportRecords', { format }, false);
  RevueUI.download(format === 'json' ? 'revue-records.json' : 'revue-records.jsonl', blob.type, [blob]);
}

function exportJsonl() { exportRecords('jsonl'); }

async function clearAll() {
  if (!confirm('Remove every analysed article from this browser?')) return;
  state.pool.cancel();
  state.articles = [];
  state.sorted = [];
  state.fresh = [];
  state.byKey.clear();
  state.selected = null;
  state.index.clear();
  RevueAliases.table = { entities: {}, variants: {} };
  RevueAliases.save();
  state.index.setAliases(RevueAliases.table);
  RevueCard.close();
  $('reader').replaceChildren();
  renderList();
  setStatus('All data cleared.');
}

/** The articles of the last session: the index worker reads them back from its storage. */
async function restore() {
  state.index.onRows = addRows;
  state.index.onProblem = (m) => setStatus('Note: ' + m + '.');
  const n = await state.index.restore();
  if (n) renderList();   // the last rows now, not at the next throttled render
  if (n) setStatus(`${n} article${n === 1 ? '' : 's'} restored from your last session.`);
}

function bind() {
  const dz = $('dropzone');
  for (const ev of ['dragenter', 'dragover']) {
    document.addEventListener(ev, (e) => { e.preventDefault(); dz.classList.add('over'); });
  }
  document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) dz.classList.remove('over'); });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    dz.classList.remove('over');
    analyse(RevueIntake.fromDrop(e.dataTransfer));
  });
  for (const id of ['pick-files', 'pick-folder']) {
    // Only the copy of the picked files in this task; they are listed and sorted in the next.
    $(id).addEventListener('change', (e) => {
      const files = RevueIntake.filesOf(e.target);
      e.target.value = '';
      analyse(RevueIntake.fromFiles(files));
    });
  }
  // Where the browser has the File System Access picker (Chromium), the folder button opens
  // it, and the folder is walked as a dropped one is, a batch at a time. Through the input,
  // the browser first builds a FileList of every file in one task of the page (1.3-2.3 s for
  // 6,807 files, 12 s for 68,219: a synchronous MIME-type lookup per file); that stays the
  // way in the other browsers.
  if (typeof window.showDirectoryPicker === 'function') {
    $('pick-folder').closest('label').addEventListener('click', (e) => {
      e.preventDefault();
      window.showDirectoryPicker({ id: 'revue-articles', mode: 'read' }).then(
        (dir) => analyse(RevueIntake.fromFolder(dir)),
        (err) => { if (err.name !== 'AbortError') setStatus(`The folder could not be opened (${err.message}). Drop it on the page instead.`); });
    });
  }
  dz.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('pick-files').click(); }
  });
  $('cancel').addEventListener('click', () => {
    const n = state.pool.cancel();
    $('progress').hidden = true;
    setStatus(`Cancelled: ${n} file${n === 1 ? '' : 's'} not analysed.`);
  });
  $('export-jsonl').addEventListener('click', exportJsonl);
  $('clear').addEventListener('click', clearAll);
  $('filter').addEventListener('input', (e) => { state.filter = e.target.value; renderList(); });
  document.querySelector('.list-pane').addEventListener('scroll', restRows, { passive: true });
  document.querySelectorAll('#articles th[data-sort]').forEach((th) => {
    th.tabIndex = 0;
    const go = () => {
      const key = th.dataset.sort;
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : 1 };
      state.resort = true;
      document.querySelectorAll('#articles th').forEach((x) => x.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
      renderList();
    };
    th.addEventListener('click', go);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
  });
  $('articles-body').addEventListener('click', (e) => {
    const tr = e.target.closest('tr.article-row');
    if (tr) openArticle(tr.dataset.key);
  });
  $('articles-body').addEventListener('keydown', (e) => {
    const tr = e.target.closest('tr.article-row');
    if (!tr) return;
    if (e.key === 'Enter') openArticle(tr.dataset.key);
    if (e.key === 'ArrowDown' && tr.nextElementSibling) { e.preventDefault(); tr.nextElementSibling.focus(); }
    if (e.key === 'ArrowUp' && tr.previousElementSibling) { e.preventDefault(); tr.previousElementSibling.focus(); }
  });
  $('reader').addEventListener('click', (e) => {
    const m = e.target.closest('mark[data-entity]');
    if (m) RevueCard.show(m.dataset.entity);
  });
  $('reader').addEventListener('keydown', (e) => {
    const m = e.target.closest('mark[data-entity]');
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); RevueCard.show(m.dataset.entity); }
  });
  const tabs = VIEWS.map((v) => $('tab-' + v));
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => selectView(tab.dataset.view));
    tab.addEventListener('keydown', (e) => {
      let j = null;
      if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
      else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = tabs.length - 1;
      if (j !== null) { e.preventDefault(); selectView(tabs[j].dataset.view, true); }
    });
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && RevueCard.open) { e.preventDefault(); RevueCard.close(); }
  });
  $('theme').addEventListener('click', () => {
    const dark = document.documentElement.dataset.theme !== 'dark';
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    if (RevueViews.network) { RevueViews.network.col = null; RevueViews.network.draw(); }
    RevueStore.setSetting('theme', dark ? 'dark' : 'light').catch(() => {});
  });
}

async function main() {
  RevueFonts.prepare().catch(() => {});   // a font problem is never a reason not to start
  state.index = new RevueIndex();
  state.index.onChange(corpusChanged);
  // The engine compiles and its workers start while the page sets itself up and the index
  // reads back the last session: the three are independent, and ready is when all are done.
  const t0 = performance.now();
  state.pool = new RevuePool(navigator.hardwareConcurrency || 2, (port) => state.index.connect(port));
  state.pool.on('result', ({ rows }) => {
    state.analysedArticles += rows.length;
    addRows(rows);
  });
  state.pool.on('progress', showProgress);
  state.pool.on('records', reopen);
  state.pool.on('idle', async (p) => {
    renderList();   // the last rows now, not at the next throttled render
    const notes = state.notes.splice(0).join(' ');
    const analysed = p.filesDone - state.reopenedFiles;
    state.reopenedFiles = 0;
    setStatus(notes && p.articles === 0 ? notes
      : `Analysed ${analysed} file${analysed === 1 ? '' : 's'} (${fmtBytes(p.bytesDone)}) into ${p.articles} article${p.articles === 1 ? '' : 's'} in ${p.elapsed.toFixed(1)} s.` + (notes ? ' ' + notes : ''));
    // Idle means kept: the page says so once the run's records have reached the index and
    // are written to storage, so that a reload right after the run loses none of them.
    await state.index.ask('settled', { filed: state.analysedArticles }, false).catch(() => {});
    if (state.pool.idle()) document.body.dataset.state = 'idle';
  });
  state.pool.on('fatal', (m) => setStatus('The analysis engine could not start: ' + m));
  const starting = state.pool.start();
  starting.catch(() => {});   // reported below, once the page is set up
  const restoring = restore();
  await RevueAliases.load();
  state.index.setAliases(RevueAliases.table);
  for (const mod of Object.values(RevueViews)) if (mod.init) mod.init();
  RevueCard.init();
  bind();
  const saved = await RevueStore.getSetting('view').catch(() => null);
  selectView(VIEWS.includes(location.hash.slice(1)) ? location.hash.slice(1) : saved || 'articles');
  RevueStore.getSetting('theme').then((t) => { if (t) document.documentElement.dataset.theme = t; }).catch(() => {});
  try {
    await starting;
  } catch (e) {
    setStatus(String(e.message || e));
    document.body.dataset.state = 'broken';
    return;
  }
  await restoring;
  performance.mark('revue:ready');   // with revue:decoded, compiled, workers (pool.js): where start-up goes
  window.revueReadyMs = performance.now();   // page load to ready, read by the benchmark
  window.revuePool = state.pool;
  window.revueIndex = state.index;
  document.body.dataset.state = 'ready';
  if (!state.articles.length) setStatus(`Ready (engine loaded in ${Math.round(performance.now() - t0)} ms, ${state.pool.size} workers). Drop files to begin.`);
}

main();
