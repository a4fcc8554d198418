// Export and import: the contract records as JSONL and as a JSON array, the entity and mention
// tables as CSV, the co-occurrence network as GEXF (Gephi); import reopens such an export or
// the JSONL output of `revue analyze`. User aliases are applied to `canonical` on export.
/* global Revue, RevueUI, RevueViews, RevueAliases */
'use strict';

RevueViews.data = {
  init() {
    const $ = (id) => document.getElementById(id);
    $('export-json').addEventListener('click', () => Revue.exportRecords('json'));
    $('export-jsonl-2').addEventListener('click', () => Revue.exportRecords('jsonl'));
    $('export-entities').addEventListener('click', () => this.csv('entities'));
    $('export-mentions').addEventListener('click', () => this.csv('mentions'));
    $('export-gexf').addEventListener('click', () => this.gexf());
    $('import').addEventListener('change', async (e) => {
      const files = Array.from(e.target.files || []);
      e.target.value = '';
      let ok = 0; let bad = 0;
      $('import-status').textContent = 'Opening…';
      for (const f of files) {
        const r = await Revue.importRecords(f);
        ok += r.ok; bad += r.bad;
      }
      $('import-status').textContent = `${ok} article${ok === 1 ? '' : 's'} opened` + (bad ? `, ${bad} line${bad === 1 ? '' : 's'} not understood` : '') + '.';
      Revue.setStatus(`${ok} article${ok === 1 ? '' : 's'} opened from an export.`);
    });
  },
  show() { this.aliases(); },

  csvCell(v) {
    const s = v === null || v === undefined ? '' : String(v);
    // Quote always; a leading =,+,-,@ is prefixed with ' so that spreadsheets do not run it.
    return '"' + (/^[=+\-@]/.test(s) ? "'" + s : s).replace(/"/g, '""') + '"';
  },

  async csv(which) {
    const t = await Revue.index.ask('tables', {}, false);
    const head = which === 'entities'
      ? ['canonical', 'type', 'mentions', 'articles', 'variants']
      : ['article', 'canonical', 'type', 'text', 'start_utf16', 'end_utf16', 'paragraph'];
    const parts = [head.join(',') + '\r\n'];
    for (const row of t[which]) parts.push(row.map((v) => this.csvCell(v)).join(',') + '\r\n');
    RevueUI.download(`revue-${which}.csv`, 'text/csv', parts);
  },

  xml(s) { return String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c])).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''); },

  async gexf() {
    const net = await Revue.index.ask('network', { top: 500 }, false);
    const x = (s) => this.xml(s);
    const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n',
      '<meta><creator>Revue</creator><description>Entities that appear in the same article or paragraph; weight = articles + paragraphs together</description></meta>\n',
      '<graph defaultedgetype="undirected">\n',
      '<attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="articles" title="articles" type="integer"/></attributes>\n',
      '<nodes>\n'];
    net.nodes.forEach((n, i) => parts.push(`<node id="n${i}" label="${x(n.name)}"><attvalues><attvalue for="type" value="${n.type}"/><attvalue for="articles" value="${n.articles}"/></attvalues></node>\n`));
    parts.push('</nodes>\n<edges>\n');
    net.edges.forEach(([a, b, w], i) => parts.push(`<edge id="e${i}" source="n${a}" target="n${b}" weight="${w}"/>\n`));
    parts.push('</edges>\n</graph>\n</gexf>\n');
    RevueUI.download('revue-network.gexf', 'application/gexf+xml', parts);
  },

  /** The person's entity edits, each undoable. */
  aliases() {
    const box = document.getElementById('alias-list');
    const { el, link } = RevueUI;
    const t = RevueAliases.table;
    const rows = [];
    for (const [k, v] of Object.entries(t.entities)) {
      const [type, ...rest] = k.split('|');
      rows.push(el('li', null, `${RevueUI.TYPE_LABEL[type] || type}: ${rest.join('|')} → ${v} `, link('undo', () => { delete t.entities[k]; Revue.aliasesChanged(); this.aliases(); }, 'small')));
    }
    for (const [k, v] of Object.entries(t.variants)) {
      const [type, canonical, ...text] = k.split('|');
      rows.push(el('li', null, `${RevueUI.TYPE_LABEL[type] || type}: “${text.join('|')}” split from ${canonical} as ${v} `, link('undo', () => { delete t.variants[k]; Revue.aliasesChanged(); this.aliases(); }, 'small')));
    }
    box.replaceChildren(rows.length ? el('ul', null, ...rows) : RevueUI.empty('None: rename, merge or split entities from their cards.'));
  },
};
