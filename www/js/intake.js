// Intake: turns what the person drops or picks (files, whole folders) into a flat list of
// {file, name} with each file's path relative to what was dropped. A folder of tens of
// thousands of files is listed and sorted in slices of a few milliseconds, one task each
// (see `sliced`), so that the page answers meanwhile.
/* exported RevueIntake */
'use strict';

const RevueIntake = {
  /** Work done in one task by the steps below, at most, before they yield to the page. */
  SLICE_MS: 8,

  /** Files from a drop event: folders are walked (webkitGetAsEntry), plain files kept. */
  async fromDrop(dataTransfer) {
    const entries = [];
    const items = dataTransfer.items ? Array.from(dataTransfer.items) : [];
    const fsEntries = items
      .filter((it) => it.kind === 'file')
      .map((it) => (it.webkitGetAsEntry ? it.webkitGetAsEntry() : null));
    if (fsEntries.length > 0 && fsEntries.every(Boolean)) {
      for (const e of fsEntries) await RevueIntake.walk(e, entries);
    } else {
      for (const file of Array.from(dataTransfer.files || [])) entries.push({ file, name: file.name });
    }
    return RevueIntake.sorted(entries);
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

  /** Files picked with an input (`filesOf`) -> sorted entries, listed and sorted in slices. */
  async fromFiles(files) {
    const entries = [];
    // A file's relative path is a new string at each read: read once a file.
    await RevueIntake.sliced(() => {
      const end = Math.min(files.length, entries.length + 256);
      for (let i = entries.length; i < end; i++) entries.push({ file: files[i], name: files[i].webkitRelativePath || files[i].name });
      return entries.length >= files.length;
    });
    return RevueIntake.sorted(entries);
  },

  async walk(entry, out) {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject)).catch(() => null);
      if (file) out.push({ file, name: entry.fullPath.replace(/^\//, '') });
      return;
    }
    if (entry.isDirectory) {
      const reader = entry.createReader();
      // readEntries returns the listing in chunks until an empty one.
      for (;;) {
        const batch = await new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
        if (batch.length === 0) break;
        for (const e of batch) await RevueIntake.walk(e, out);
      }
    }
  },

  /** Hidden files (.DS_Store ...) are skipped; the rest in path order, as the CLI does. A
   * merge sort, stable, in slices (sorting 6,807 paths at once took 20-25 ms of one task). */
  async sorted(entries) {
    const kept = entries.filter(({ name }) => !/(^|\/)\./.test(name));
    const sorting = RevueIntake.mergeSort(kept, (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
