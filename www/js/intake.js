// Intake: turns what the person drops or picks (files, whole folders) into a flat list of
// {file, name} with each file's path relative to what was dropped.
/* exported RevueIntake */
'use strict';

const RevueIntake = {
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

  /** Files from an <input type=file> (with or without webkitdirectory). */
  fromInput(input) {
    const entries = Array.from(input.files || []).map((file) => ({ file, name: file.webkitRelativePath || file.name }));
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

  /** Hidden files (.DS_Store ...) are skipped; the rest in path order, as the CLI does. */
  sorted(entries) {
    return entries
      .filter(({ name }) => !name.split('/').some((part) => part.startsWith('.')))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  },
};
