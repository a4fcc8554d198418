// Network: who appears with whom. The index worker counts co-occurrences (same article, and
// again for the same paragraph) among the most mentioned entities; this view lays them out
// with a small force simulation (repulsion between all nodes, springs along edges, gravity to
// the centre — O(n²) per tick, fine for a few hundred nodes, run a few ticks per frame) and
// draws on a canvas. Wheel zooms, drag pans, click (or arrows + Enter) opens an entity card.
/* global Revue, RevueUI, RevueViews */
'use strict';

RevueViews.network = {
  types: new Set(['PER', 'LOC', 'ORG', 'MISC']),
  nodes: [], edges: [], view: { x: 0, y: 0, k: 1 }, focus: -1, hover: -1, ticks: 0, raf: 0,

  init() {
    const $ = (id) => document.getElementById(id);
    this.canvas = $('network');
    this.info = $('network-info');
    const seg = $('network-types');
    for (const t of ['PER', 'LOC', 'ORG', 'MISC']) {
      const b = RevueUI.el('button', { type: 'button', 'aria-pressed': 'true', class: 'seg-' + t, onclick: () => {
        if (this.types.has(t)) this.types.delete(t); else this.types.add(t);
        b.setAttribute('aria-pressed', this.types.has(t) ? 'true' : 'false');
        this.refresh();
      } }, RevueUI.TYPE_PLURAL[t]);
      seg.append(b);
    }
    for (const id of ['network-from', 'network-to', 'network-top']) $(id).addEventListener('change', () => this.refresh());
    this.bindPointer();
    new ResizeObserver(() => this.resize()).observe(this.canvas.parentElement);
  },
  show() { this.resize(); this.refresh(); },
  changed(visible) { if (visible) this.refresh(); else this.stale = true; },

  async refresh() {
    const $ = (id) => document.getElementById(id);
    const r = await Revue.index.ask('network', { types: [...this.types], from: $('network-from').value, to: $('network-to').value, top: +$('network-top').value });
    if (r === undefined) return;
    const old = new Map(this.nodes.map((n) => [n.key, n]));
    const W = this.w || 800; const H = this.h || 500;
    this.nodes = r.nodes.map((n, i) => {
      const o = old.get(n.key);
      const a = i * 2.399963; const rad = 12 * Math.sqrt(i + 1);
      return { ...n, x: o ? o.x : W / 2 + rad * Math.cos(a), y: o ? o.y : H / 2 + rad * Math.sin(a), vx: 0, vy: 0, r: 4 + 2.2 * Math.sqrt(n.articles) };
    });
    this.edges = r.edges;
    this.col = null; // theme colours are read again once per refresh
    this.maxW = r.edges.length ? r.edges[0][2] : 1;
    this.canvas.dataset.nodes = String(this.nodes.length);
    this.canvas.dataset.edges = String(this.edges.length);
    this.info.textContent = `${this.nodes.length} entities, ${this.edges.length} links`;
    this.focus = -1;
    this.autoFit = true;
    this.ticks = old.size && this.nodes.every((n) => old.has(n.key)) ? 60 : 300;
    this.loop();
  },

  resize() {
    const c = this.canvas; const box = c.parentElement;
    const dpr = window.devicePixelRatio || 1;
    this.w = box.clientWidth || 800; this.h = box.clientHeight || 500;
    c.width = Math.round(this.w * dpr); c.height = Math.round(this.h * dpr);
    c.style.width = this.w + 'px'; c.style.height = this.h + 'px';
    this.dpr = dpr;
    // A new shape of the box: let the layout settle into it again.
    if (this.nodes.length && this.autoFit) { this.ticks = Math.max(this.ticks, 120); this.loop(); } else this.draw();
  },

  loop() {
    cancelAnimationFrame(this.raf);
    const step = () => {
      const t0 = performance.now();
      while (this.ticks > 0 && performance.now() - t0 < 8) { this.tick(); this.ticks -= 1; }
      this.draw();
      if (this.ticks > 0) this.raf = requestAnimationFrame(step);
    };
    this.raf = requestAnimationFrame(step);
  },

  tick() {
    const N = this.nodes; const n = N.length;
    if (!n) return;
    const cx = this.w / 2; const cy = this.h / 2;
    const k = Math.sqrt((this.w * this.h) / Math.max(1, n)) * 0.55;
    for (let i = 0; i < n; i++) {
      const a = N[i];
      a.vx += (cx - a.x) * 0.008 * this.h / this.w; a.vy += (cy - a.y) * 0.008;
      for (let j = i + 1; j < n; j++) {
        const b = N[j];
        let dx = a.x - b.x; let dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 0.5; }
        if (d2 > 250000) continue;
        const f = (k * k) / d2 * 0.2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const [s, t, w] of this.edges) {
      const a = N[s]; const b = N[t];
      if (!a || !b) continue;
      const dx = b.x - a.x; const dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - k * 0.6) / d * 0.02 * Math.min(3, 0.5 + Math.log2(1 + w));
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const a of N) {
      a.vx *= 0.6; a.vy *= 0.6;
      a.x += Math.max(-20, Math.min(20, a.vx)); a.y += Math.max(-20, Math.min(20, a.vy));
    }
  },

  colors() {
    const cs = getComputedStyle(document.documentElement);
    const g = (v) => cs.getPropertyValue(v).trim();
    return { PER: g('--per-strong'), LOC: g('--loc-strong'), ORG: g('--org-strong'), MISC: g('--misc-strong'), fg: g('--fg'), line: g('--muted'), bg: g('--panel'), focus: g('--focus') };
  },

  draw() {
    const c = this.canvas; const ctx = c.getContext('2d');
    if (!ctx || !this.w) return;
    const col = this.col || (this.col = this.colors());
    if (this.autoFit && this.nodes.length) this.fitView();
    const { x: ox, y: oy, k } = this.view;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.w, this.h);
    ctx.save();
    ctx.translate(ox, oy); ctx.scale(k, k);
    const N = this.nodes;
    const hi = this.hover >= 0 ? this.hover : this.focus;
    // Edges in four strength buckets, one path each (thousands of separate strokes are slow);
    // the highlighted node's edges on top.
    ctx.strokeStyle = col.line;
    const buckets = [[], [], [], []]; const lit = [];
    for (const e of this.edges) {
      const [s, t, w] = e;
      if (!N[s] || !N[t]) continue;
      if (hi >= 0 && (s === hi || t === hi)) lit.push(e);
      else buckets[Math.min(3, Math.floor(4 * w / (this.maxW + 1)))].push(e);
    }
    buckets.forEach((list, b) => {
      if (!list.length) return;
      ctx.globalAlpha = 0.12 + 0.12 * b;
      ctx.lineWidth = (0.6 + 0.8 * b) / k;
      ctx.beginPath();
      for (const [s, t] of list) { ctx.moveTo(N[s].x, N[s].y); ctx.lineTo(N[t].x, N[t].y); }
      ctx.stroke();
    });
    if (lit.length) {
      ctx.globalAlpha = 0.9; ctx.lineWidth = 1.5 / k; ctx.strokeStyle = col.focus;
      ctx.beginPath();
      for (const [s, t] of lit) { ctx.moveTo(N[s].x, N[s].y); ctx.lineTo(N[t].x, N[t].y); }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    N.forEach((n, i) => {
      ctx.fillStyle = col[n.type] || col.fg;
      ctx.beginPath(); ctx.arc(n.x, n.y, Math.max(n.r, 5 / k), 0, 2 * Math.PI); ctx.fill();
      if (i === hi) { ctx.lineWidth = 3 / k; ctx.strokeStyle = col.focus; ctx.stroke(); ctx.strokeStyle = col.line; }
    });
    // Labels: the biggest nodes, plus the highlighted one and its neighbours.
    const near = new Set();
    if (hi >= 0) for (const [s, t] of this.edges) { if (s === hi) near.add(t); if (t === hi) near.add(s); }
    ctx.font = `${12 / k}px system-ui, sans-serif, "Revue Tofu"`;
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3 / k; ctx.strokeStyle = col.bg; ctx.fillStyle = col.fg;
    const halo = this.ticks <= 0;   // the label halo (strokeText) is slow: only once settled
    const labels = Math.min(N.length, this.w < 500 ? 15 : 40);
    N.forEach((n, i) => {
      if (i >= labels && i !== hi && !near.has(i)) return;
      ctx.font = `${(i === hi ? 14 : 12) / k}px system-ui, sans-serif, "Revue Tofu"`;
      if (halo) ctx.strokeText(n.name, n.x + Math.max(n.r, 5 / k) + 3 / k, n.y);
      ctx.fillText(n.name, n.x + Math.max(n.r, 5 / k) + 3 / k, n.y);
    });
    ctx.restore();
    if (!N.length) { ctx.fillStyle = col.line; ctx.font = '14px system-ui, sans-serif, "Revue Tofu"'; ctx.fillText('No entities to show yet.', 16, 24); }
  },

  /** Scales and centres the drawing on the nodes (until the person zooms or pans). */
  fitView() {
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (const n of this.nodes) { x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r); x1 = Math.max(x1, n.x + n.r); y1 = Math.max(y1, n.y + n.r); }
    const label = Math.min(120, this.w / 4);   // screen room kept on the right for labels
    const k = Math.min(2.5, (this.w - 30 - label) / Math.max(1, x1 - x0), (this.h - 30) / Math.max(1, y1 - y0));
    this.view = { k, x: (this.w - label - (x1 - x0) * k) / 2 - x0 * k, y: (this.h - (y1 - y0) * k) / 2 - y0 * k };
  },

  at(px, py) {
    const { x, y, k } = this.view;
    const gx = (px - x) / k; const gy = (py - y) / k;
    let best = -1; let bd = Infinity;
    this.nodes.forEach((n, i) => {
      const d = Math.hypot(n.x - gx, n.y - gy);
      if (d < Math.max(n.r + 4 / k, 8 / k) && d < bd) { bd = d; best = i; }
    });
    return best;
  },

  bindPointer() {
    const c = this.canvas;
    let drag = null;
    c.addEventListener('wheel', (e) => {
      e.preventDefault();
      this.autoFit = false;
      const f = Math.exp(-e.deltaY * 0.0015);
      const r = c.getBoundingClientRect();
      const px = e.clientX - r.left; const py = e.clientY - r.top;
      const v = this.view;
      const k = Math.max(0.2, Math.min(6, v.k * f));
      v.x = px - (px - v.x) * (k / v.k); v.y = py - (py - v.y) * (k / v.k); v.k = k;
      this.draw();
    }, { passive: false });
    c.addEventListener('pointerdown', (e) => { drag = { x: e.clientX, y: e.clientY, vx: this.view.x, vy: this.view.y, moved: false }; c.setPointerCapture(e.pointerId); });
    c.addEventListener('pointermove', (e) => {
      const r = c.getBoundingClientRect();
      if (drag) {
        const dx = e.clientX - drag.x; const dy = e.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
        if (drag.moved) { this.autoFit = false; this.view.x = drag.vx + dx; this.view.y = drag.vy + dy; this.draw(); }
        return;
      }
      const h = this.at(e.clientX - r.left, e.clientY - r.top);
      if (h !== this.hover) { this.hover = h; c.style.cursor = h >= 0 ? 'pointer' : 'grab'; c.title = h >= 0 ? `${this.nodes[h].name} (${this.nodes[h].articles} articles)` : ''; this.draw(); }
    });
    c.addEventListener('pointerup', (e) => {
      const d = drag; drag = null;
      if (d && !d.moved) {
        const r = c.getBoundingClientRect();
        const i = this.at(e.clientX - r.left, e.clientY - r.top);
        if (i >= 0) Revue.openEntity(this.nodes[i].key);
      }
    });
    c.addEventListener('pointerleave', () => { if (this.hover >= 0) { this.hover = -1; this.draw(); } });
    c.addEventListener('keydown', (e) => {
      const n = this.nodes.length;
      if (!n) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { e.preventDefault(); this.focus = (this.focus + 1) % n; }
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { e.preventDefault(); this.focus = (this.focus - 1 + n) % n; }
      else if (e.key === 'Enter' && this.focus >= 0) { Revue.openEntity(this.nodes[this.focus].key); return; }
      else if (e.key === '+' || e.key === '=') { this.autoFit = false; this.view.k = Math.min(6, this.view.k * 1.25); }
      else if (e.key === '-') { this.autoFit = false; this.view.k = Math.max(0.2, this.view.k / 1.25); }
      else return;
      if (this.focus >= 0) this.info.textContent = `${this.nodes[this.focus].name}: ${this.nodes[this.focus].articles} articles (Enter opens)`;
      this.draw();
    });
  },
};
