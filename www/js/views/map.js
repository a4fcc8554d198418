// Map: the places mentioned, on an offline world map. Country shapes come from the vendored
// Natural Earth TopoJSON (www/vendor/world.js), turned into SVG paths here (arcs are delta-
// encoded and quantized; a ring lists arc indices, ~i meaning arc i reversed), in an
// equirectangular projection. Place names are looked up in the vendored gazetteer (French and
// English names, folded); a dot per place sized by mentions; click a place for its articles.
/* global Revue, RevueUI, RevueViews, REVUE_WORLD */
'use strict';

RevueViews.map = {
  W: 960, H: 500,
  init() {
    this.box = document.getElementById('map');
    this.side = document.getElementById('map-side');
    this.vb = [0, 0, this.W, this.H];
  },
  show() { this.refresh(); },

  /** Loads the map data (vendor/world.js, 800 KB) the first time the map is shown rather
   * than with the page: parsing it took a seventh of the page's start-up. A classic script
   * added to the document, which works from file:// too. Resolves either way; `refresh`
   * says when the data is missing. */
  loadWorld() {
    if (typeof REVUE_WORLD !== 'undefined') return Promise.resolve();
    if (!this.loading) {
      this.loading = new Promise((resolve) => {
        const s = document.createElement('script');
        s.src = 'vendor/world.js';
        s.onload = resolve;
        s.onerror = resolve;
        document.head.append(s);
      });
    }
    return this.loading;
  },
  changed(visible) { if (visible) this.refresh(); },

  fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`]/g, "'").replace(/[\s\u00a0-]+/g, ' ').trim();
  },

  /** [lat, lon, kind, cc, name] of a place, trying its canonical name then its variants. */
  locate(p) {
    if (typeof REVUE_WORLD === 'undefined') return null;
    for (const n of [p.name, ...p.variants]) {
      let f = this.fold(n);
      let hit = REVUE_WORLD.places[f];
      if (!hit) { f = f.replace(/^(l'|la |le |les |the )/, ''); hit = REVUE_WORLD.places[f]; }
      if (hit) return hit;
    }
    return null;
  },

  project(lon, lat) { return [(lon + 180) / 360 * this.W, (90 - lat) / 180 * this.H * 1.0]; },

  /** The country paths, built once from the TopoJSON. */
  countries() {
    if (this.paths) return this.paths;
    const topo = REVUE_WORLD.topo;
    const [sx, sy] = topo.transform.scale; const [tx, ty] = topo.transform.translate;
    const arcs = topo.arcs.map((arc) => {
      let x = 0; let y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return this.project(x * sx + tx, y * sy + ty); });
    });
    const ring = (r) => {
      const pts = [];
      for (const i of r) {
        const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        for (let k = pts.length ? 1 : 0; k < a.length; k++) pts.push(a[k]);
      }
      // Rings crossing the antimeridian jump across the map: break the path there.
      let d = '';
      pts.forEach(([x, y], k) => { d += (k === 0 || Math.abs(x - pts[k - 1][0]) > this.W / 2 ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1); });
      return d + 'Z';
    };
    this.paths = topo.objects.countries.geometries.map((g) => {
      const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      return { id: g.id, name: g.properties && g.properties.name, d: polys.map((p) => p.map(ring).join('')).join('') };
    });
    return this.paths;
  },

  async refresh() {
    const { svg, el } = RevueUI;
    await this.loadWorld();
    if (typeof REVUE_WORLD === 'undefined') { this.box.replaceChildren(RevueUI.empty('The map data (vendor/world.js) is missing.')); return; }
    const places = await Revue.index.ask('places', {});
    if (places === undefined) return;
    const located = []; const unknown = [];
    for (const p of places) {
      const hit = this.locate(p);
      // A name the tagger did not call a place is only put on the map when it is a country,
      // a capital or a known region (a placeholder or a tagger error), never as "not located".
      if (p.type !== 'LOC') { if (hit && hit[3] !== 'city') located.push({ ...p, hit }); continue; }
      if (hit) located.push({ ...p, hit }); else unknown.push(p);
    }
    if (!this.zoomed && located.length) this.fitPlaces(located);
    const shaded = new Map();
    for (const p of located) if (p.hit[3] === 'country') { const id = REVUE_WORLD.iso[p.hit[4]]; if (id) shaded.set(id, (shaded.get(id) || 0) + p.count); }
    const maxShade = Math.max(1, ...shaded.values());
    const root = svg('svg', { viewBox: this.vb.join(' '), class: 'world', role: 'img', 'aria-label': `World map: ${located.length} places located` });
    const land = svg('g', { class: 'land' });
    for (const c of this.countries()) {
      const path = svg('path', { d: c.d, class: 'country' + (shaded.has(c.id) ? ' mentioned' : '') });
      if (shaded.has(c.id)) path.style.fillOpacity = String(0.25 + 0.6 * shaded.get(c.id) / maxShade);
      path.append(svg('title', null, c.name || ''));
      land.append(path);
    }
    root.append(land);
    const max = Math.max(1, ...located.map((p) => p.count));
    const dots = svg('g', { class: 'places' });
    for (const p of located.slice().sort((a, b) => b.count - a.count)) {
      const [, lat, lon, kind] = p.hit;
      const [x, y] = this.project(lon, lat);
      const r = 3 + 9 * Math.sqrt(p.count / max);
      const c = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: 'place place-' + kind, tabindex: 0, role: 'button', 'aria-label': `${p.name}: ${p.count} mentions in ${p.articles} articles`, dataset: { entity: p.key } });
      c.append(svg('title', null, `${p.name} — ${p.count} mentions, ${p.articles} articles`));
      c.addEventListener('click', () => this.pick(p));
      c.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.pick(p); } });
      dots.append(c);
    }
    root.append(dots);
    this.bindZoom(root);
    // A redraw as data comes in keeps the keyboard on the place it was on.
    const focused = this.box.contains(document.activeElement) ? document.activeElement : null;
    this.box.replaceChildren(root, el('div', { class: 'map-zoom' },
      el('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => this.zoom(root, 0.6) }, '+'),
      el('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => this.zoom(root, 1 / 0.6) }, '−'),
      el('button', { type: 'button', onclick: () => { this.zoomed = true; this.vb = [0, 0, this.W, this.H]; root.setAttribute('viewBox', this.vb.join(' ')); } }, 'World')));
    this.box.dataset.places = String(located.length);
    RevueUI.refocus(focused);
    if (!this.current) {
      const list = el('ol', { class: 'place-list' });
      RevueUI.paged(list, located, (p) => el('li', null, RevueUI.link(p.name, () => this.pick(p)), el('span', { class: 'muted' }, ` ${p.count}`)), 60);
      this.side.replaceChildren(el('h3', null, `${located.length} places on the map`), list,
        unknown.length ? el('details', null, el('summary', null, `${unknown.length} not located`),
          el('ul', null, ...unknown.slice(0, 300).map((p) => el('li', null, RevueUI.link(p.name, () => Revue.openEntity(p.key)))))) : '');
    }
  },

  /** Frames the located places (with a margin), once, before the person zooms. */
  fitPlaces(located) {
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (const p of located.slice(0, 200)) {
      const [x, y] = this.project(p.hit[2], p.hit[1]);
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    let w = Math.max(160, (x1 - x0) * 1.6); let h = w * this.H / this.W;
    if ((y1 - y0) * 1.6 > h) { h = (y1 - y0) * 1.6; w = h * this.W / this.H; }
    w = Math.min(this.W, w); h = Math.min(this.H, h);
    this.vb = [(x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h];
  },

  zoom(root, f, cx, cy) {
    this.zoomed = true;
    const [x, y, w, h] = this.vb;
    const nw = Math.max(30, Math.min(this.W, w * f)); const nh = nw * this.H / this.W;
    const px = cx === undefined ? x + w / 2 : cx; const py = cy === undefined ? y + h / 2 : cy;
    this.vb = [px - (px - x) * nw / w, py - (py - y) * nh / h, nw, nh];
    root.setAttribute('viewBox', this.vb.map((v) => v.toFixed(1)).join(' '));
  },

  bindZoom(root) {
    root.addEventListener('wheel', (e) => {
      e.preventDefault();
      const r = root.getBoundingClientRect();
      const [x, y, w, h] = this.vb;
      this.zoom(root, Math.exp(e.deltaY * 0.002), x + (e.clientX - r.left) / r.width * w, y + (e.clientY - r.top) / r.height * h);
    }, { passive: false });
    let drag = null;
    root.addEventListener('pointerdown', (e) => { if (e.target.closest('circle')) return; drag = { x: e.clientX, y: e.clientY, vb: this.vb.slice() }; root.setPointerCapture(e.pointerId); });
    root.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const r = root.getBoundingClientRect();
      const k = drag.vb[2] / r.width;
      this.zoomed = true;
      this.vb = [drag.vb[0] - (e.clientX - drag.x) * k, drag.vb[1] - (e.clientY - drag.y) * k, drag.vb[2], drag.vb[3]];
      root.setAttribute('viewBox', this.vb.map((v) => v.toFixed(1)).join(' '));
    });
    root.addEventListener('pointerup', () => { drag = null; });
  },

  async pick(p) {
    const { el, link } = RevueUI;
    this.current = p.key;
    const arts = await Revue.index.ask('placeArticles', { key: p.key }, false);
    const list = el('ol', { class: 'place-articles' });
    RevueUI.paged(list, arts, (a) => el('li', null, link(a.title, () => Revue.openArticle(a.key, null)), el('span', { class: 'muted' }, ' ' + [a.date, a.site].filter(Boolean).join(' · '))), 50);
    this.side.replaceChildren(
      el('button', { type: 'button', class: 'linkish small', onclick: () => { this.current = null; this.refresh(); } }, '← all places'),
      el('h3', { class: 'place-name' }, p.name),
      el('p', { class: 'muted' }, `${p.count} mentions in ${arts.length} article${arts.length === 1 ? '' : 's'} · `, link('entity card', () => Revue.openEntity(p.key), 'small')),
      list);
  },
};
