// Search: full-text (every word, the last one as a prefix, accents and case ignored) and
// entity names across the corpus, as you type, answered by the index worker's word postings.
/* global Revue, RevueUI, RevueViews */
'use strict';

RevueViews.search = {
  init() {
    this.q = document.getElementById('search-q');
    this.info = document.getElementById('search-info');
    this.hits = document.getElementById('search-hits');
    this.ents = document.getElementById('search-entities');
    this.q.addEventListener('input', RevueUI.debounce(() => this.refresh(), 80));
    this.q.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') { const b = this.hits.querySelector('button'); if (b) { e.preventDefault(); b.focus(); } }
    });
  },
  show() { this.refresh(); this.q.focus({ preventScroll: true }); },
  changed(visible) { if (visible && this.q.value.trim()) this.refresh(); },

  async refresh() {
    const q = this.q.value;
    const { el } = RevueUI;
    if (!q.trim()) {
      this.info.textContent = '';
      this.hits.replaceChildren();
      this.ents.replaceChildren();
      return;
    }
    const t0 = performance.now();
    const r = await Revue.index.ask('search', { q, limit: 200 });
    if (r === undefined) return;
    const ms = Math.round(performance.now() - t0);
    this.info.textContent = `${r.total} article${r.total === 1 ? '' : 's'}` + (r.total > r.hits.length ? ` (first ${r.hits.length} shown)` : '') + ` · ${ms} ms`;
    this.ents.replaceChildren(...r.entities.map((x) => RevueUI.entityChip(x, (k) => Revue.openEntity(k))));
    if (!r.hits.length) { this.hits.replaceChildren(el('li', null, RevueUI.empty('No article matches.'))); return; }
    RevueUI.paged(this.hits, r.hits, (h) => el('li', { class: 'hit-item' },
      el('button', { type: 'button', class: 'linkish hit-title', onclick: () => Revue.openArticle(h.key) }, h.title),
      el('span', { class: 'muted' }, ' ' + [h.date, h.site].filter(Boolean).join(' · ')),
      el('p', { class: 'snippet' }, RevueUI.highlighted(h.snippet, h.ranges, 'hit'))), 50);
  },
};
