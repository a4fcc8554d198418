// Entities: every entity (grouped by canonical name and type, user aliases applied) with its
// counts, filterable by type and name; a click opens its card.
/* global Revue, RevueUI, RevueViews */
'use strict';

RevueViews.entities = {
  type: 'ALL',
  init() {
    this.box = document.getElementById('entity-list');
    this.types = document.getElementById('entity-types');
    this.filter = document.getElementById('entity-filter');
    this.buttons = {};
    for (const t of ['ALL', 'PER', 'LOC', 'ORG', 'MISC']) {
      const b = RevueUI.el('button', { type: 'button', 'aria-pressed': t === this.type ? 'true' : 'false', class: t === 'ALL' ? '' : 'seg-' + t, dataset: { type: t },
        onclick: () => { this.type = t; for (const [k, x] of Object.entries(this.buttons)) x.setAttribute('aria-pressed', k === t ? 'true' : 'false'); this.refresh(); } },
      t === 'ALL' ? 'All' : RevueUI.TYPE_PLURAL[t]);
      this.buttons[t] = b;
      this.types.append(b);
    }
    this.filter.addEventListener('input', RevueUI.debounce(() => this.refresh(), 120));
  },
  show() { this.refresh(); },
  changed(visible) { if (visible) this.refresh(); },

  async refresh() {
    const r = await Revue.index.ask('entities', { type: this.type, q: this.filter.value, limit: 20000 });
    if (r === undefined) return;
    for (const [t, b] of Object.entries(this.buttons)) {
      const label = t === 'ALL' ? 'All' : RevueUI.TYPE_PLURAL[t];
      b.textContent = `${label} ${r.counts[t] || 0}`;
    }
    if (!r.items.length) { this.box.replaceChildren(RevueUI.empty(r.counts.ALL ? 'No entity matches.' : 'No entities yet.')); return; }
    const { el } = RevueUI;
    const max = r.items[0].count;
    // The list is rebuilt when the corpus changes: keep the keyboard focus on the same entity.
    const focused = this.box.contains(document.activeElement) ? document.activeElement : null;
    RevueUI.paged(this.box, r.items, (x) => {
      const bar = el('span', { class: 'top-bar ent-' + x.type });
      bar.style.width = Math.max(3, Math.round(100 * x.count / max)) + '%';
      return el('button', { type: 'button', class: 'entity-row', dataset: { entity: x.key }, onclick: () => Revue.openEntity(x.key) },
        el('span', { class: 'dot ent-' + x.type, title: RevueUI.TYPE_LABEL[x.type] }),
        el('span', { class: 'name' }, x.name),
        el('span', { class: 'muted n' }, `${x.count} · ${x.articles} art.`), bar);
    }, 150);
    if (focused && !focused.isConnected) RevueUI.refocus(focused);
  },
};
