// Persistence: the contract records of the analysis, kept in IndexedDB so that a reload
// finds everything still there. Only contract lines are stored; views are rebuilt by a
// worker on load.
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
        if (!db.objectStoreNames.contains('records')) db.createObjectStore('records', { keyPath: 'key' });
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

  /** Saves articles: [{key, contract}]. */
  put(items) {
    return RevueStore.tx('records', 'readwrite', (s) => { for (const it of items) s.put(it); });
  },

  all() {
    return RevueStore.tx('records', 'readonly', (s) => s.getAll());
  },

  clear() {
    return RevueStore.tx('records', 'readwrite', (s) => s.clear());
  },

  getSetting(key) {
    return RevueStore.tx('settings', 'readonly', (s) => s.get(key));
  },

  setSetting(key, value) {
    return RevueStore.tx('settings', 'readwrite', (s) => s.put(value, key));
  },
};
