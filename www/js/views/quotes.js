// Quotes: who said what, grouped by speaker (aliases applied), searchable as you type.
/* global Revue, RevueUI, RevueViews */
'use strict';

RevueViews.quotes = {
  init() {
    this.box = document.getElementById('quotes');
    this.info = document.getElementById('quote-info');
    this.filter = document.getElementById('quote-filter');
    this.filter.addEventListener('input', RevueUI.debounce(() => this.refresh(), 120));
  },
  show() { this.refresh(); },
  changed(visible) { if (visible) this.refresh(); },

  async refresh() {
    const q = this.filter.value.trim();
    const r = await Revue.index.ask('quotes', { q });
    if (r === undefined) return;
    const { el, link } = RevueUI;
    this.info.textContent = `${r.total} quote${r.total === 1 ? '' : 's'} · ${r.groups.filter((g) => g.speaker).length} speakers`;
    if (!r.groups.length) { this.box.replaceChildren(RevueUI.empty(q ? 'No quote matches.' : 'No quotes yet.')); return; }
    const ranges = (text) => {
      if (!q) return [];
      const f = text.toLowerCase(); const w = q.toLowerCase(); const out = [];
      let p = f.indexOf(w);
      while (p >= 0 && out.length < 20) { out.push([p, p + w.length]); p = f.indexOf(w, p + w.length); }
      return out;
    };
    RevueUI.paged(this.box, r.groups, (g) => {
      const head = el('h3', { class: 'speaker' });
      if (g.speaker) head.append(link(g.speaker, () => Revue.openEntity(g.entity)));
      else head.append(el('span', { class: 'muted' }, 'Unattributed'));
      head.append(el('span', { class: 'muted' }, ` (${g.items.length})`));
      const ul = el('ul', { class: 'quotes' });
      RevueUI.paged(ul, g.items, (x) => el('li', { class: 'quote' }, el('q', null, RevueUI.highlighted(x.text, ranges(x.text))), ' ',
        link((x.date ? x.date + ' · ' : '') + x.title, () => Revue.openArticle(x.key), 'small')), 10);
      return el('section', { class: 'speaker-group' }, head, ul);
    }, 30);
  },
};
