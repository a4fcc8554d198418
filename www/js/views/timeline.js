// Timeline: articles (by their own date), dated events (record.dates with an ISO value, with
// their sentence) and reported figures on a time axis. Three lanes; wheel or the buttons zoom,
// drag pans; the list below shows what is in view. Filterable by entity.
/* global Revue, RevueUI, RevueViews */
'use strict';

RevueViews.timeline = {
  items: [], t0: 0, t1: 0, entityKey: '',
  LANES: { article: 0, event: 1, figure: 2 },
  LANE_LABEL: ['Articles', 'Dated events', 'Figures'],

  init() {
    const $ = (id) => document.getElementById(id);
    this.chart = $('timeline-chart');
    this.list = $('timeline-list');
    this.info = $('timeline-info');
    this.entity = $('timeline-entity');
    this.names = new Map();
    this.entity.addEventListener('change', () => this.pickEntity());
    this.entity.addEventListener('input', RevueUI.debounce(() => this.pickEntity(), 250));
    $('timeline-in').addEventListener('click', () => this.zoom(0.5));
    $('timeline-out').addEventListener('click', () => this.zoom(2));
    $('timeline-fit').addEventListener('click', () => { this.fit(); this.draw(); });
    this.chart.addEventListener('wheel', (e) => {
      e.preventDefault();
      const r = this.chart.getBoundingClientRect();
      this.zoom(Math.exp(e.deltaY * 0.002), (e.clientX - r.left) / r.width);
    }, { passive: false });
    let drag = null;
    this.chart.addEventListener('pointerdown', (e) => { if (e.target.closest('circle')) return; drag = { x: e.clientX, t0: this.t0, t1: this.t1 }; this.chart.setPointerCapture(e.pointerId); });
    this.chart.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const dt = (e.clientX - drag.x) / this.chart.clientWidth * (drag.t1 - drag.t0);
      this.t0 = drag.t0 - dt; this.t1 = drag.t1 - dt; this.draw(true);
    });
    this.chart.addEventListener('pointerup', () => { if (drag) { drag = null; this.draw(); } });
    this.chart.tabIndex = 0;
    let lastW = 0;
    new ResizeObserver(() => {
      const w = this.chart.clientWidth;
      if (w && w !== lastW && this.t1 && !document.getElementById('view-timeline').hidden) { lastW = w; this.draw(true); }
    }).observe(this.chart);
    this.chart.addEventListener('keydown', (e) => {
      const span = this.t1 - this.t0;
      if (e.key === '+' || e.key === '=') this.zoom(0.5);
      else if (e.key === '-') this.zoom(2);
      else if (e.key === 'ArrowLeft') { this.t0 -= span / 5; this.t1 -= span / 5; this.draw(); }
      else if (e.key === 'ArrowRight') { this.t0 += span / 5; this.t1 += span / 5; this.draw(); }
    });
  },
  show() { this.refresh(true); },
  changed(visible) { if (visible) this.refresh(false); },

  async pickEntity() {
    const v = this.entity.value.trim();
    const key = v ? this.names.get(v) || '' : '';
    if (v && !key) return;
    if (key === this.entityKey) return;
    this.entityKey = key;
    this.refresh(true);
  },

  async refresh(refit) {
    const r = await Revue.index.ask('timeline-extent', { entity: this.entityKey });
    if (r === undefined) return;
    this.extent = r;
    Revue.index.ask('entities', { limit: 400 }, false).then((e) => {
      const dl = document.getElementById('timeline-entities');
      this.names = new Map(e.items.map((x) => [x.name, x.key]));
      dl.replaceChildren(...e.items.map((x) => RevueUI.el('option', { value: x.name })));
    });
    if (refit || !this.t1) this.fit();
    this.draw();
  },

  fit() {
    const e = this.extent;
    if (!e || e.min === null) { this.t0 = Date.now() - 30 * 864e5; this.t1 = Date.now(); return; }
    const pad = Math.max(864e5 * 2, (e.max - e.min) * 0.05);
    this.t0 = e.min - pad; this.t1 = e.max + pad;
  },

  zoom(f, at) {
    const p = at === undefined ? 0.5 : at;
    const c = this.t0 + (this.t1 - this.t0) * p;
    const span = Math.max(864e5 * 2, Math.min(864e5 * 365 * 200, (this.t1 - this.t0) * f));
    this.t0 = c - span * p; this.t1 = c + span * (1 - p);
    this.draw();
  },

  ticks(t0, t1, w) {
    const day = 864e5;
    const span = t1 - t0;
    const steps = [[day, 'day'], [7 * day, 'week'], [30.44 * day, 'month'], [91.3 * day, 'quarter'], [365.25 * day, 'year'], [3652.5 * day, 'decade']];
    const want = Math.max(2, Math.floor(w / 90));
    let [step, unit] = steps[steps.length - 1];
    for (const s of steps) if (span / s[0] <= want) { [step, unit] = s; break; }
    const out = [];
    const d = new Date(t0);
    let t;
    if (unit === 'day' || unit === 'week') t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    else if (unit === 'month' || unit === 'quarter') t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    else t = Date.UTC(d.getUTCFullYear(), 0, 1);
    for (let i = 0; t <= t1 && i < 400; i++) {
      if (t >= t0) out.push([t, unit === 'day' || unit === 'week' ? new Date(t).toISOString().slice(0, 10) : unit === 'month' || unit === 'quarter' ? new Date(t).toISOString().slice(0, 7) : new Date(t).toISOString().slice(0, 4)]);
      const n = new Date(t);
      if (unit === 'day') t += day;
      else if (unit === 'week') t += 7 * day;
      else if (unit === 'month') t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1);
      else if (unit === 'quarter') t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 3, 1);
      else if (unit === 'year') t = Date.UTC(n.getUTCFullYear() + 1, 0, 1);
      else t = Date.UTC(n.getUTCFullYear() + 10, 0, 1);
    }
    return out;
  },

  async draw(fast) {
    const { svg, el } = RevueUI;
    const w = this.chart.clientWidth || 800; const h = 170;
    const left = 8; const laneH = 40; const top = 10;
    const cols = Math.max(10, Math.floor((w - 2 * left) / 8));
    const r = await Revue.index.ask('timeline', { entity: this.entityKey, t0: this.t0, t1: this.t1, cols, limit: 100 });
    if (r === undefined) return;
    const x = (t) => left + (t - this.t0) / (this.t1 - this.t0) * (w - 2 * left);
    const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, class: 'timeline', role: 'img', 'aria-label': 'Timeline from ' + new Date(this.t0).toISOString().slice(0, 10) + ' to ' + new Date(this.t1).toISOString().slice(0, 10) });
    for (let l = 0; l < 3; l++) {
      root.append(svg('rect', { x: 0, y: top + l * laneH, width: w, height: laneH - 4, class: 'lane' }));
      root.append(svg('text', { x: left, y: top + l * laneH + 12, class: 'axis' }, this.LANE_LABEL[l]));
    }
    for (const [t, label] of this.ticks(this.t0, this.t1, w)) {
      const X = x(t);
      root.append(svg('line', { x1: X, x2: X, y1: top, y2: top + 3 * laneH, class: 'tick' }));
      root.append(svg('text', { x: X + 2, y: h - 8, class: 'axis' }, label));
    }
    // One mark per lane and 8-pixel column (binned by the index worker), sized by how many
    // items fall there: a few hundred elements whatever the corpus size.
    for (const b of r.bins) {
      const it = b.item;
      const X = left + b.col / cols * (w - 2 * left);
      const rad = Math.min(12, 3.5 + 2 * Math.log2(b.n));
      const label = b.n === 1 ? it.date + ' — ' + it.label : `${b.n} ${it.kind}s around ${it.date} (click to zoom in)`;
      const c = svg('circle', { cx: X.toFixed(1), cy: top + b.lane * laneH + 20, r: rad.toFixed(1), class: 'tl-' + it.kind, tabindex: 0, role: 'button', 'aria-label': label });
      c.append(svg('title', null, label));
      const go = () => {
        if (b.n === 1) Revue.openArticle(it.key, it.hit);
        else this.zoom(Math.max(0.05, 40 / w), X / w);
      };
      c.addEventListener('click', go);
      c.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
      root.append(c);
    }
    this.chart.replaceChildren(root);
    this.info.textContent = `${r.inView} of ${r.total} dated items in view`;
    if (fast) return;
    const row = (it) => el('li', { class: 'tl-item' },
      el('span', { class: 'tl-date' }, it.date),
      el('span', { class: 'tl-kind tl-' + it.kind }, it.kind),
      RevueUI.link(it.label.length > 220 ? it.label.slice(0, 220) + '…' : it.label, () => Revue.openArticle(it.key, it.hit)));
    this.list.replaceChildren(...r.list.map(row));
    if (r.inView > r.list.length) {
      let offset = r.list.length;
      const more = el('button', { type: 'button', class: 'more' }, `Show more (${r.inView - offset} left)`);
      const li = el('li', { class: 'more-row' }, more);
      more.addEventListener('click', async () => {
        const m = await Revue.index.ask('timeline', { entity: this.entityKey, t0: this.t0, t1: this.t1, cols, offset, limit: 100 }, false);
        li.before(...m.list.map(row));
        offset += m.list.length;
        more.textContent = `Show more (${r.inView - offset} left)`;
        li.hidden = offset >= r.inView;
      });
      this.list.append(li);
    }
  },
};
