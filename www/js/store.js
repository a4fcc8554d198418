// Persistence of the page's settings (selected view, theme, aliases) in IndexedDB. The
// analysed records themselves are kept by the corpus index worker (js/index-worker.js), in a
// database of their own.
/* exported RevueStore */
'use strict';

const RevueStore = {
  DB: 'revue',
  VERSION: 1,
  db: null,

  open() {
    if (RevueStore.db) return Promise.resolve(RevueStore.db);
    return new Promise((resolve, reject) => {
      let req;
      try {
        req = indexedDB.open(RevueStore.DB, RevueStore.VERSION);
      } catch (e) {
        reject(e);
        return;
      }
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings');
      };
      req.onsuccess = () => { RevueStore.db = req.result; resolve(req.result); };
      req.onerror = () => reject(req.error);
    });
  },

  async tx(store, mode, fn) {
    const db = await RevueStore.open();
    return new Promise((resolve, reject) => {
      const t = db.transaction(store, mode);
      const result = fn(t.objectStore(store));
      t.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  },

  getSetting(key) {
    return RevueStore.tx('settings', 'readonly', (s) => s.get(key));
  },

  setSetting(key, value) {
    return RevueStore.tx('settings', 'readwrite', (s) => s.put(value, key));
  },
};
