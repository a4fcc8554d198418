// Figures: every reported count (value, qualifier, category, claimant, source article) in one
// table grouped by category then date, so that differing claims sit side by side.
/* global Revue, RevueUI, RevueViews */
'use strict';

RevueViews.figures = {
  init() {
    this.body = document.getElementById('figures-body');
    this.info = document.getElementById('figure-info');
  },
  show() { this.refresh(); },
  changed(visible) { if (visible) this.refresh(); },

  async refresh() {
    const r = await Revue.index.ask('figures', { per: 500 });
    if (r === undefined) return;
    const rows = r.rows;
    const { el, link } = RevueUI;
    const ncat = Object.keys(r.totals).length;
    const total = Object.values(r.totals).reduce((s, n) => s + n, 0);
    this.info.textContent = `${total} figure${total === 1 ? '' : 's'} in ${ncat} categor${ncat === 1 ? 'y' : 'ies'}` + (total > rows.length ? ` (the newest 500 of each shown)` : '');
    if (!rows.length) {
      this.body.replaceChildren(el('tr', null, el('td', { colspan: 7, class: 'muted' }, 'No figures reported yet.')));
      return;
    }
    let last = null;
    RevueUI.paged(this.body, rows, (f) => {
      const first = f.what !== last;
      last = f.what;
      const tr = el('tr', { class: 'figure-row' + (first ? ' group-start' : '') },
        el('td', { class: 'what' }, first ? f.what + (r.totals[f.what] > 1 ? ` (${r.totals[f.what]})` : '') : ''),
        el('td', null, f.date || ''),
        el('td', { class: 'num value' }, RevueUI.fmtNum(f.value)),
        el('td', null, f.qualifier || ''),
        el('td', null, f.claimant || ''),
        el('td', { class: 'as-written' }, f.text),
        el('td', null, link(f.title, () => Revue.openArticle(f.key), 'small')));
      return tr;
    }, 200);
  },
};
