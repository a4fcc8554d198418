// Intake: turns what the person drops or picks (files, whole folders) into batches of
// {file, name}, each file's path relative to what was dropped, in path order. A folder of tens
// of thousands of files is listed and sorted in slices of a few milliseconds, one task each
// (see `sliced`), so that the page answers meanwhile; a dropped folder is walked a batch at a
// time while the first batches are already analysed.
/* exported RevueIntake */
'use strict';

const RevueIntake = {
  /** Work done in one task by the steps below, at most, before they yield to the page. */
  SLICE_MS: 8,

  /** Files from a drop event, as an async iterable of batches of entries: each dropped file,
   * then each dropped folder walked in path order, a batch at a time (a run of at most
   * OPEN_BATCH files of one folder), so that analysis starts with the first files rather than
   * after the last (listing 6,807 files one by one took 6.6 s before the first result). What a drop holds is readable only during its event:
   * it is taken here, synchronously, and walked later.
   *
   * Folders are walked through the File System Access handles (`getAsFileSystemHandle`),
   * where the browser has them: in Chromium the older entries API (`webkitGetAsEntry`) cannot
   * read a folder from a page opened as a file (`readEntries` fails with an EncodingError),
   * so a folder dropped on `file://` came to nothing. The entries API walks folders in the
   * other browsers. A folder that cannot be read is said in the batch's `problems`, and the
   * other files go on. */
  fromDrop(dataTransfer) {
    const files = [];
    const folders = [];
    for (const item of Array.from(dataTransfer.items || [])) {
      if (item.kind !== 'file') continue;
      const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
      if (entry && entry.isDirectory) {
        const handle = item.getAsFileSystemHandle ? item.getAsFileSystemHandle().catch(() => null) : null;
        folders.push({ entry, handle, name: entry.name });
      } else {
        const file = item.getAsFile();
        if (file) files.push({ file, name: file.name });
      }
    }
    if (!folders.length && !files.length) {
      for (const file of Array.from(dataTransfer.files || [])) files.push({ file, name: file.name });
    }
    return RevueIntake.walkDropped(files, folders);
  },

  /** A folder chosen with the File System Access picker (app.js), walked as a dropped one. */
  fromFolder(dir) {
    return RevueIntake.walkDropped([], [{ handle: Promise.resolve(dir), entry: null, name: dir.name }]);
  },

  async * walkDropped(files, folders) {
    const kept = await RevueIntake.sorted(files);
    if (kept.length) yield { entries: kept, problems: [] };
    for (const folder of folders.sort(RevueIntake.byName)) {
      const handle = folder.handle && await folder.handle;
      if (handle && handle.kind === 'directory') yield* RevueIntake.walkHandle(handle, folder.name + '/');
      else yield* RevueIntake.walkEntry(folder.entry, folder.name + '/');
    }
  },

  /** Path order (code unit by code unit), the order files are analysed in. */
  byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  },

  /** Whether a file or folder name is hidden (.DS_Store, .git ...): skipped, as the CLI does. */
  hidden(name) {
    return /(^|\/)\./.test(name);
  },

  /** A folder's files in path order: its children sorted by name, each run of files between
   * two subfolders one batch (its files opened together), each subfolder walked in its
   * place. `list()` gives the children ([{name, kind: 'file'|'directory', item}]); `open`
   * a child file's File; `into` a child folder's walk. */
  async * walkFolder(prefix, list, open, into) {
    let children;
    try {
      children = (await list()).filter((c) => !RevueIntake.hidden(c.name));
    } catch (e) {
      yield { entries: [], problems: [`${prefix.replace(/\/$/, '')}: ${e && e.message || e}`] };
      return;
    }
    children.sort(RevueIntake.byName);
    let run = [];
    const flush = async function* () {
      if (!run.length) return;
      const opened = await Promise.all(run.map((c) => open(c.item).then((file) => ({ file, name: prefix + c.name }), (e) => ({ problem: `${prefix}${c.name}: ${e && e.message || e}` }))));
      run = [];
      yield { entries: opened.filter((o) => o.file), problems: opened.filter((o) => o.problem).map((o) => o.problem) };
    };
    for (const c of children) {
      if (c.kind === 'file') {
        run.push(c);
        if (run.length >= RevueIntake.OPEN_BATCH) yield* flush();
      } else {
        yield* flush();
        yield* into(c.item, prefix + c.name + '/');
      }
    }
    yield* flush();
  },

  /** Files opened at once in a folder walk: one round trip to the browser each, in parallel. */
  OPEN_BATCH: 256,

  /** A folder's walk through its File System Access handle. */
  walkHandle(dir, prefix) {
    return RevueIntake.walkFolder(prefix, async () => {
      const out = [];
      for await (const h of dir.values()) out.push({ name: h.name, kind: h.kind === 'directory' ? 'directory' : 'file', item: h });
      return out;
    }, (h) => h.getFile(), (h, p) => RevueIntake.walkHandle(h, p));
  },

  /** A folder's walk through the entries API (its DirectoryEntry). */
  walkEntry(dir, prefix) {
    return RevueIntake.walkFolder(prefix, async () => {
      const reader = dir.createReader();
      const out = [];
      // readEntries returns the listing in chunks until an empty one.
      for (;;) {
        const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const e of batch) if (e.isFile || e.isDirectory) out.push({ name: e.name, kind: e.isDirectory ? 'directory' : 'file', item: e });
      }
      return out;
    }, (e) => new Promise((resolve, reject) => e.file(resolve, reject)), (e, p) => RevueIntake.walkEntry(e, p));
  },

  /** The files of an <input type=file> (with or without webkitdirectory), copied out of its
   * FileList at once: the input is then cleared (so that the same folder can be picked
   * again), which empties that list. Copying is the only part done in the `change` event's
   * task (some 7 ms for 6,807 files); the browser itself spends seconds before it in that
   * task, making the FileList of a big folder (a trace: one synchronous call to the browser
   * process per file, for its MIME type, 1.34 of 1.71 s for 6,807 files). */
  filesOf(input) {
    return Array.from(input.files || []);
  },

  /** Files picked with an input (`filesOf`), listed and sorted in slices from the next task
   * on, as one batch (see `fromDrop`). */
  async * fromFiles(files) {
    await RevueIntake.nextTask();
    const entries = [];
    // A file's relative path is a new string at each read: read once a file.
    await RevueIntake.sliced(() => {
      const end = Math.min(files.length, entries.length + 256);
      for (let i = entries.length; i < end; i++) entries.push({ file: files[i], name: files[i].webkitRelativePath || files[i].name });
      return entries.length >= files.length;
    });
    yield { entries: await RevueIntake.sorted(entries), problems: [] };
  },

  /** Hidden files (.DS_Store ...) are skipped; the rest in path order, as the CLI does. A
   * merge sort, stable, in slices (sorting 6,807 paths at once took 20-25 ms of one task). */
  async sorted(entries) {
    const kept = entries.filter(({ name }) => !RevueIntake.hidden(name));
    const sorting = RevueIntake.mergeSort(kept, RevueIntake.byName);
    let out = null;
    await RevueIntake.sliced(() => {
      const step = sorting.next();
      if (step.done) out = step.value;
      return step.done;
    });
    return out;
  },

  /** Bottom-up merge sort of `a` by `cmp` (stable), as a generator that yields every few
   * hundred element moves; returns the sorted array. */
  * mergeSort(a, cmp) {
    const n = a.length;
    const RUN = 256;
    let src = a.slice();
    for (let lo = 0; lo < n; lo += RUN) {
      const part = src.slice(lo, lo + RUN).sort(cmp);   // Array.prototype.sort is stable
      for (let i = 0; i < part.length; i++) src[lo + i] = part[i];
      yield;
    }
    let dst = new Array(n);
    for (let width = RUN; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        let i = lo; let j = mid; let k = lo;
        while (i < mid && j < hi) {
          dst[k++] = cmp(src[j], src[i]) < 0 ? src[j++] : src[i++];
          if ((k & 511) === 0) yield;
        }
        while (i < mid) dst[k++] = src[i++];
        while (j < hi) dst[k++] = src[j++];
        yield;
      }
      const t = src; src = dst; dst = t;
    }
    return src;
  },

  /** Runs `step` (true once the work is done) again and again, for SLICE_MS a task, over as
   * many tasks as it takes; the first slice runs in the caller's task. */
  async sliced(step) {
    for (;;) {
      const t0 = performance.now();
      do { if (step()) return; } while (performance.now() - t0 < RevueIntake.SLICE_MS);
      await RevueIntake.nextTask();
    }
  },

  /** Resolves in a task of its own, soon: a MessageChannel message (setTimeout is clamped to
   * 4 ms once nested, and held back in a background tab). */
  nextTask() {
    if (!RevueIntake.channel) {
      RevueIntake.channel = new MessageChannel();
      RevueIntake.waiting = [];
      RevueIntake.channel.port1.onmessage = () => { const w = RevueIntake.waiting.shift(); if (w) w(); };
    }
    return new Promise((resolve) => {
      RevueIntake.waiting.push(resolve);
      RevueIntake.channel.port2.postMessage(null);
    });
  },
};
