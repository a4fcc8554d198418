// User aliases: the person's merges, renames and splits of entities. Kept in IndexedDB (the
// settings store, key "aliases"), applied on top of the unchanged contract records by the index
// worker (js/index-worker.js, same resolve rule): at question time, and to each entity's
// `canonical` in the exports.
//   entities["TYPE|canonical"] = new canonical   (rename, merge into another entity)
//   variants["TYPE|canonical|text"] = new canonical  (split a name variant out)
/* global RevueStore */
/* exported RevueAliases */
'use strict';

const RevueAliases = {
  table: { entities: {}, variants: {} },

  async load() {
    try {
      const t = await RevueStore.getSetting('aliases');
      if (t && t.entities && t.variants) RevueAliases.table = t;
    } catch (_) { /* no storage: aliases live for this session only */ }
    return RevueAliases.table;
  },

  save() { return RevueStore.setSetting('aliases', RevueAliases.table).catch(() => {}); },

  /** The canonical name shown for a mention (same rule as the index worker's). */
  resolve(type, canonical, text) {
    const t = RevueAliases.table;
    let name = t.variants[type + '|' + canonical + '|' + text];
    if (name === undefined) name = canonical;
    for (let i = 0; i < 8; i++) {
      const next = t.entities[type + '|' + name];
      if (next === undefined || next === name) break;
      name = next;
    }
    return name;
  },

  /** Renames (or merges, when `to` is another entity's name) the entity shown as `name`. */
  rename(type, name, to, rawNames) {
    const t = RevueAliases.table;
    to = to.trim();
    if (!to || to === name) return;
    delete t.entities[type + '|' + to];
    for (const raw of new Set([name, ...(rawNames || [])])) if (raw !== to) t.entities[type + '|' + raw] = to;
    for (const k of Object.keys(t.variants)) if (t.variants[k] === name && k.startsWith(type + '|')) t.variants[k] = to;
  },

  /** Splits the variant `text` (under the raw canonicals `rawNames`) into an entity `to`. */
  split(type, text, rawNames, to) {
    const t = RevueAliases.table;
    to = (to || text).trim();
    delete t.entities[type + '|' + to];
    for (const raw of rawNames) t.variants[type + '|' + raw + '|' + text] = to;
  },
};
