// The reader: one article's cleaned text with its entities, dates, figures and quotes
// highlighted. Article content is only ever inserted as text nodes, never as HTML.
/* global RevueAliases */
/* exported RevueReader */
'use strict';

const RevueReader = {
  TYPE_LABEL: { PER: 'person', LOC: 'place', ORG: 'organisation', MISC: 'other name' },

  /** Fills `root` with the article of view record `rec` (UTF-16 offsets into rec.text). */
  render(root, rec) {
    root.replaceChildren();
    const h = document.createElement('h2');
    h.textContent = rec.title || rec.file;
    root.append(h);

    const meta = document.createElement('p');
    meta.className = 'meta';
    const bits = [rec.published || rec.page_date, rec.author, rec.site, rec.lang && rec.lang.toUpperCase(),
      rec.sources && rec.sources.length ? 'via ' + rec.sources.join(', ') : null].filter(Boolean);
    meta.textContent = bits.join(' · ');
    root.append(meta);

    if (rec.errors && rec.errors.length) {
      const ul = document.createElement('ul');
      ul.className = 'errors';
      for (const e of rec.errors) {
        const li = document.createElement('li');
        li.textContent = e;
        ul.append(li);
      }
      root.append(ul);
    }

    const legend = document.createElement('p');
    legend.className = 'legend';
    for (const t of ['PER', 'LOC', 'ORG', 'MISC']) {
      const m = document.createElement('mark');
      m.className = 'ent ent-' + t;
      m.textContent = RevueReader.TYPE_LABEL[t];
      legend.append(m, ' ');
    }
    root.append(legend);

    if (rec.removed && rec.removed.length) {
      const box = document.createElement('details');
      box.className = 'removed';
      const sum = document.createElement('summary');
      sum.textContent = `Show removed boilerplate (${rec.removed.length})`;
      box.append(sum);
      const ul = document.createElement('ul');
      for (const r of rec.removed) {
        const li = document.createElement('li');
        const why = document.createElement('span');
        why.className = 'reason';
        why.textContent = r.reason || 'removed';
        li.append(why, ' ', r.text || '');
        ul.append(li);
      }
      box.append(ul);
      root.append(box);
    }

    const body = document.createElement('div');
    body.className = 'body';
    const text = rec.text || '';
    const titleLen = rec.title && text.startsWith(rec.title) ? rec.title.length : 0;
    const spans = RevueReader.spans(rec);
    // Paragraphs are separated by blank lines; the title (if any) comes first.
    let pos = titleLen;
    const paragraphs = [];
    while (pos < text.length) {
      while (text[pos] === '\n') pos++;
      if (pos >= text.length) break;
      let end = text.indexOf('\n\n', pos);
      if (end < 0) end = text.length;
      paragraphs.push([pos, end]);
      pos = end;
    }
    for (const [a, b] of paragraphs) {
      const p = document.createElement('p');
      RevueReader.fill(p, text, a, b, spans);
      body.append(p);
    }
    root.append(body);
  },

  /** Entity spans, longest-first on ties, as non-overlapping [start, end, class, title]. */
  spans(rec) {
    const out = [];
    for (const e of rec.entities || []) {
      const canonical = typeof RevueAliases === 'undefined' ? (e.canonical || e.text) : RevueAliases.resolve(e.type, e.canonical || e.text, e.text);
      out.push([e.start, e.end, 'ent ent-' + e.type, RevueReader.TYPE_LABEL[e.type] + (canonical !== e.text ? ' — ' + canonical : '') + ' (open its card)', e.type + '|' + canonical]);
    }
    for (const d of rec.dates || []) out.push([d.start, d.end, 'date', 'date' + (d.iso ? ': ' + d.iso : '')]);
    for (const f of rec.figures || []) out.push([f.start, f.end, 'figure', 'figure: ' + f.value + ' ' + f.what]);
    out.sort((x, y) => x[0] - y[0] || (y[1] - y[0]) - (x[1] - x[0]));
    const kept = [];
    let last = -1;
    for (const s of out) {
      if (s[0] >= last) { kept.push(s); last = s[1]; }
    }
    return kept;
  },

  fill(p, text, a, b, spans) {
    let pos = a;
    for (const [s, e, cls, title, entity] of spans) {
      if (e <= a || s >= b) continue;
      const s0 = Math.max(s, a);
      const e0 = Math.min(e, b);
      if (s0 > pos) p.append(text.slice(pos, s0));
      const m = document.createElement('mark');
      m.className = cls;
      m.title = title;
      m.textContent = text.slice(s0, e0);
      if (entity) { m.dataset.entity = entity; m.tabIndex = 0; }
      p.append(m);
      pos = e0;
    }
    if (pos < b) p.append(text.slice(pos, b));
  },
};
