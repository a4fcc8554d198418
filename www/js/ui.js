// Small DOM helpers shared by the views. Every string from an article goes in as a text node
// (textContent / append(string)); no helper ever parses HTML.
/* exported RevueUI, RevueViews */
'use strict';

const RevueUI = {
  TYPE_LABEL: { PER: 'person', LOC: 'place', ORG: 'organisation', MISC: 'other' },
  TYPE_PLURAL: { PER: 'People', LOC: 'Places', ORG: 'Organisations', MISC: 'Other names' },
  SVG_NS: 'http://www.w3.org/2000/svg',

  /** el('p', {class: 'x', onclick: fn, 'aria-label': '…'}, 'text', child, …) */
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    RevueUI.setAttrs(e, attrs);
    for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
    return e;
  },

  svg(tag, attrs, ...children) {
    const e = document.createElementNS(RevueUI.SVG_NS, tag);
    RevueUI.setAttrs(e, attrs);
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  },

  setAttrs(e, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'text') e.textContent = v;
      else if (k === 'dataset') Object.assign(e.dataset, v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  },

  /** Focuses `elem`, or, when a re-render has replaced it, the element now standing for the
   * same thing (same id, or same `data-entity` / `data-key` within the same kind of element). */
  refocus(elem) {
    if (!elem || !elem.focus) return;
    let target = elem;
    if (!elem.isConnected) {
      const sel = elem.id ? '#' + CSS.escape(elem.id)
        : elem.dataset && elem.dataset.entity ? `.${CSS.escape(elem.classList[0] || '')}[data-entity="${CSS.escape(elem.dataset.entity)}"]`
          : elem.dataset && elem.dataset.key ? `[data-key="${CSS.escape(elem.dataset.key)}"]` : null;
      target = sel ? document.querySelector(sel) : null;
    }
    if (target && target.focus) target.focus({ preventScroll: true });
  },

  /** A link-looking button that opens something inside the page. */
  link(text, onclick, cls) {
    return RevueUI.el('button', { type: 'button', class: 'linkish' + (cls ? ' ' + cls : ''), onclick }, text);
  },

  entityChip(ent, onOpen) {
    const b = RevueUI.el('button', { type: 'button', class: 'chip ent-' + ent.type, title: RevueUI.TYPE_LABEL[ent.type], dataset: { entity: ent.key } }, ent.name);
    if (ent.count !== undefined) b.append(RevueUI.el('span', { class: 'chip-n' }, String(ent.count)));
    b.addEventListener('click', () => onOpen(ent.key));
    return b;
  },

  /** Text with [start, end) ranges wrapped in <mark class=cls>. */
  highlighted(text, ranges, cls) {
    const frag = document.createDocumentFragment();
    let pos = 0;
    for (const [s, e] of ranges) {
      if (s < pos) continue;
      if (s > pos) frag.append(text.slice(pos, s));
      frag.append(RevueUI.el('mark', { class: cls || 'hit' }, text.slice(s, e)));
      pos = e;
    }
    if (pos < text.length) frag.append(text.slice(pos));
    return frag;
  },

  /** Renders `items` into `box` a page at a time (bounded work per frame) with "Show more". */
  paged(box, items, render, pageSize) {
    const size = pageSize || 100;
    let shown = 0;
    const more = RevueUI.el('button', { type: 'button', class: 'more' });
    const holder = box.tagName === 'TBODY' || box.tagName === 'TABLE'
      ? RevueUI.el('tr', { class: 'more-row' }, RevueUI.el('td', { colspan: 99 }, more))
      : box.tagName === 'OL' || box.tagName === 'UL' ? RevueUI.el('li', { class: 'more-row' }, more) : more;
    const step = () => {
      const frag = document.createDocumentFragment();
      const end = Math.min(items.length, shown + size);
      for (; shown < end; shown++) frag.append(render(items[shown], shown));
      holder.before(frag);
      holder.hidden = shown >= items.length;
      more.textContent = `Show more (${items.length - shown} left)`;
    };
    more.addEventListener('click', step);
    box.replaceChildren(holder);
    step();
  },

  debounce(fn, ms) {
    let t = null;
    return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  },

  /** 12345 -> "12,345" (toLocaleString is slow enough to matter in loops). */
  fmtNum(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); },

  download(name, type, parts) {
    const blob = new Blob(parts, { type });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  },

  empty(text) { return RevueUI.el('p', { class: 'muted empty' }, text); },
};

/** The views register themselves here: {init(), show(), changed(visible)}. */
const RevueViews = {};
