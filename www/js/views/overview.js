// Overview: the corpus at a glance — counts, date range, the most mentioned entities of each
// type, and articles per day as a small SVG bar chart.
/* global Revue, RevueUI, RevueViews */
'use strict';

RevueViews.overview = {
  init() { this.box = document.getElementById('overview'); },
  show() { this.refresh(); },
  changed(visible) { if (visible) this.refresh(); },

  async refresh() {
    const d = await Revue.index.ask('overview', {});
    if (d === undefined) return;
    const { el } = RevueUI;
    if (!d.articles) { this.box.replaceChildren(RevueUI.empty('No articles yet: drop files above, or open an export in the Export tab.')); return; }
    const stat = (n, label, view) => {
      const b = el('button', { type: 'button', class: 'stat', dataset: { stat: label }, onclick: () => Revue.selectView(view) },
        el('span', { class: 'stat-n' }, typeof n === 'number' ? RevueUI.fmtNum(n) : n), el('span', { class: 'stat-l' }, label));
      return b;
    };
    const stats = el('div', { class: 'stats', 'aria-label': 'Counts' },
      stat(d.articles, 'articles', 'articles'),
      stat(d.outlets, 'outlets', 'articles'),
      stat(d.languages.length, 'languages' + (d.languages.length ? ' (' + d.languages.join(', ') + ')' : ''), 'articles'),
      stat(d.people, 'people', 'entities'),
      stat(d.places, 'places', 'map'),
      stat(d.organisations, 'organisations', 'entities'),
      stat(d.quotes, 'quotes', 'quotes'),
      stat(d.figures, 'figures', 'figures'));
    const range = el('p', { class: 'range' }, d.from ? (d.from === d.to ? `Dated ${d.from}` : `From ${d.from} to ${d.to}`) : 'No article carries a date yet.');
    const tops = el('div', { class: 'tops' });
    for (const t of ['PER', 'LOC', 'ORG', 'MISC']) {
      const list = d.top[t];
      const ol = el('ol', { class: 'top-list' });
      const max = list.length ? list[0].count : 1;
      for (const x of list) {
        const bar = el('span', { class: 'top-bar ent-' + t });
        bar.style.width = Math.max(4, Math.round(100 * x.count / max)) + '%';
        ol.append(el('li', null, RevueUI.link(x.name, () => Revue.openEntity(x.key), 'top-name'), el('span', { class: 'muted top-n' }, String(x.count)), bar));
      }
      tops.append(el('section', { class: 'top-box' }, el('h3', null, RevueUI.TYPE_PLURAL[t]), list.length ? ol : RevueUI.empty('none')));
    }
    const chart = d.days.length ? this.bars(d.days, 720, 120, '') : null;
    this.box.replaceChildren(stats, range, chart ? el('section', { class: 'days' }, el('h3', null, 'Articles by day'), chart) : '', tops);
  },

  /** A bar chart of [[YYYY-MM-DD, n], …] as SVG, one bar per day between the first and last. */
  bars(days, width, height, note) {
    const { svg } = RevueUI;
    const t = (s) => Date.parse(s.length === 7 ? s + '-01' : s.length === 4 ? s + '-01-01' : s);
    const t0 = t(days[0][0]); const t1 = t(days[days.length - 1][0]);
    const span = Math.max(1, Math.round((t1 - t0) / 864e5) + 1);
    const max = Math.max(...days.map(([, n]) => n));
    const pad = 22;
    const bw = Math.min(28, Math.max(1, (width - 8) / span));
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bars', role: 'img', 'aria-label': `Articles per day from ${days[0][0]} to ${days[days.length - 1][0]}` });
    for (const [d, n] of days) {
      const x = 4 + Math.round((t(d) - t0) / 864e5) * bw;
      const h = Math.max(2, (height - pad - 6) * n / max);
      const r = svg('rect', { x: x.toFixed(1), y: (height - pad - h).toFixed(1), width: Math.max(1, bw - 1).toFixed(1), height: h.toFixed(1), class: 'bar' });
      r.append(svg('title', null, `${d}: ${n} article${n === 1 ? '' : 's'}`));
      root.append(r);
    }
    root.append(svg('text', { x: 4, y: height - 6, class: 'axis' }, days[0][0]));
    if (days.length > 1) root.append(svg('text', { x: width - 4, y: height - 6, class: 'axis', 'text-anchor': 'end' }, days[days.length - 1][0]));
    if (note) root.append(svg('text', { x: width / 2, y: height - 6, class: 'axis', 'text-anchor': 'middle' }, note));
    root.append(svg('text', { x: width - 4, y: 12, class: 'axis', 'text-anchor': 'end' }, 'max ' + max + ' a day'));
    return root;
  },
};
