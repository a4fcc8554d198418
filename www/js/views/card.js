// The entity card: one entity with its name variants, roles, every mention in context
// (keyword-in-context lines that open the article), the entities it appears with, quotes by
// and about it, and its articles over time. Rename, merge and split from here; the choices
// become user aliases (js/aliases.js), stored and applied on top of the records.
/* global Revue, RevueUI, RevueAliases, RevueViews */
/* exported RevueCard */
'use strict';

const RevueCard = {
  open: null,        // key "TYPE|name" of the entity shown
  shown: null,       // key of the entity last rendered
  data: null,
  returnFocus: null,

  init() {
    RevueCard.box = document.getElementById('card');
  },

  async show(key) {
    if (!RevueCard.open) RevueCard.returnFocus = document.activeElement;
    RevueCard.open = key;
    const box = RevueCard.box;
    box.hidden = false;
    document.body.classList.add('card-open');
    // Focus moves in as the card opens, before its content arrives from the index worker:
    // a key pressed meanwhile (Escape) reaches the card, not the row under it.
    box.focus({ preventScroll: true });
    await RevueCard.refresh();
  },

  close() {
    if (!RevueCard.open) return;
    RevueCard.open = null;
    RevueCard.shown = null;
    RevueCard.box.hidden = true;
    RevueCard.box.replaceChildren();
    document.body.classList.remove('card-open');
    const back = RevueCard.returnFocus;
    RevueCard.returnFocus = null;
    RevueUI.refocus(back);
  },

  async refresh() {
    const key = RevueCard.open;
    if (!key) return;
    const d = await Revue.index.ask('entityCard', { key }, true);
    if (d === undefined || RevueCard.open !== key) return;
    RevueCard.data = d;
    RevueCard.render(d, key);
  },

  render(d, key) {
    const { el, link } = RevueUI;
    const box = RevueCard.box;
    const closeBtn = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the card (Escape)', onclick: () => RevueCard.close() }, '×');
    if (!d) {
      box.replaceChildren(closeBtn, el('h2', { id: 'card-title' }, key.split('|').slice(1).join('|')), RevueUI.empty('This entity is no longer in the corpus (renamed or merged?).'));
      return;
    }
    const head = el('header', { class: 'card-head' },
      el('span', { class: 'chip ent-' + d.type }, RevueUI.TYPE_LABEL[d.type]),
      el('h2', { id: 'card-title' }, d.name),
      closeBtn);
    const stats = el('p', { class: 'muted' }, `${d.count} mention${d.count === 1 ? '' : 's'} in ${d.nArts} article${d.nArts === 1 ? '' : 's'}` + (d.roles.length ? ' · roles: ' + d.roles.join(', ') : ''));

    // Name variants, each splittable.
    const variants = el('ul', { class: 'variants', 'aria-label': 'Name variants' });
    for (const [text, n] of d.variants) {
      const li = el('li', null, el('span', { class: 'variant' }, text), el('span', { class: 'muted' }, ` ×${n} `));
      if (d.variants.length > 1) {
        li.append(link('split out', () => {
          RevueAliases.split(d.type, text, d.rawNames, text === d.name ? text + ' (split)' : text);
          Revue.aliasesChanged();
        }, 'small'));
      }
      variants.append(li);
    }

    // Rename / merge.
    const input = el('input', { type: 'text', value: d.name, 'aria-label': 'New name, or the name of an entity to merge into', list: 'card-names' });
    const names = el('datalist', { id: 'card-names' });
    Revue.index.ask('entities', { type: d.type, limit: 300 }, false).then((r) => {
      for (const x of r.items) if (x.key !== d.key) names.append(el('option', { value: x.name }));
    });
    const form = el('form', { class: 'rename', onsubmit: (e) => {
      e.preventDefault();
      const to = input.value.trim();
      if (!to || to === d.name) return;
      RevueAliases.rename(d.type, d.name, to, d.rawNames);
      Revue.aliasesChanged();
      RevueCard.open = d.type + '|' + to;
      setTimeout(() => RevueCard.refresh(), 50);
    } }, el('label', null, 'Rename or merge into ', input), names, el('button', { type: 'submit' }, 'Apply'));

    // Mentions in context.
    const kwic = el('ol', { class: 'kwic', 'aria-label': 'Mentions in context' });
    RevueUI.paged(kwic, d.mentions, (m) => el('li', null,
      el('span', { class: 'kwic-left' }, m.left),
      el('button', { type: 'button', class: 'kwic-hit', title: 'Open “' + m.title + '”', onclick: () => { RevueCard.close(); Revue.openArticle(m.key, m.hit); } }, m.hit),
      el('span', { class: 'kwic-right' }, m.right),
      el('span', { class: 'kwic-src muted' }, ' — ' + (m.date ? m.date + ' ' : '') + m.title)), 50);

    const co = el('div', { class: 'chips', 'aria-label': 'Appears with' });
    for (const c of d.cooc) co.append(RevueUI.entityChip({ key: c.key, name: c.name, type: c.type, count: c.n }, (k) => RevueCard.show(k)));

    const quoteList = (items) => {
      const ul = el('ul', { class: 'quotes' });
      RevueUI.paged(ul, items, (q) => el('li', null, el('q', null, q.text), ' ',
        link((q.speaker ? q.speaker + ', ' : '') + (q.date ? q.date + ' · ' : '') + q.title, () => { RevueCard.close(); Revue.openArticle(q.key); }, 'small')), 20);
      return ul;
    };

    // A refresh (the corpus grew, another edit landed) must not lose a name being typed.
    const typing = box.querySelector('.rename input');
    const keep = typing && RevueCard.shown === key && (document.activeElement === typing || typing.value !== typing.defaultValue);
    if (keep) input.value = typing.value;
    RevueCard.shown = key;

    const section = (title, body, n) => el('section', null, el('h3', null, title + (n !== undefined ? ` (${n})` : '')), body);
    box.replaceChildren(head, stats,
      section('Name variants', variants, d.variants.length),
      form,
      section('Over time', RevueCard.timeline(d.timeline)),
      section('Mentions in context', kwic, d.nMentions),
      d.cooc.length ? section('Appears with', co) : null,
      d.quotesBy.length ? section('Quotes by ' + d.name, quoteList(d.quotesBy), d.quotesBy.length) : null,
      d.quotesAbout.length ? section('Quotes about ' + d.name, quoteList(d.quotesAbout), d.quotesAbout.length) : null);
    if (keep && document.activeElement !== input) {
      const [a, b] = [typing.selectionStart, typing.selectionEnd];
      input.focus({ preventScroll: true });
      input.setSelectionRange(a, b);
    }
  },

  /** Articles by date: a strip of small bars (SVG). */
  timeline(days) {
    const dated = days.filter(([d]) => d);
    const undated = days.filter(([d]) => !d).reduce((s, [, n]) => s + n, 0);
    if (!dated.length) return RevueUI.empty(undated ? `${undated} article(s), none dated.` : 'No articles.');
    return RevueViews.overview.bars(dated, 360, 70, undated ? `${undated} undated` : '');
  },
};
