import { getJson } from './api.js';
import { el, shortSource, showError } from './dom.js';

/**
 * Keyword in context: each occurrence on one right-to-left row, the match in a middle column between its contexts;
 * its source opens the document.
 */
export class KwicView {
  constructor(openDocument) {
    this.openDocument = openDocument;
    document.getElementById('kwic-form').addEventListener('submit', e => { e.preventDefault(); this.run(); });
  }

  async run() {
    const error = document.getElementById('kwic-error');
    try {
      const r = await getJson('/api/kwic', { q: document.getElementById('kwic-q').value.trim(),
        lang: document.getElementById('kwic-lang').value, width: 45, limit: 500 });
      showError(error, null);
      document.getElementById('kwic-total').textContent = `${r.occurrences.length} occurrence(s)`;
      document.querySelector('#kwic tbody').replaceChildren(...r.occurrences.map(o => el('tr', { class: 'kwic-line' },
        el('td', { class: 'before' }, o.before), el('td', { class: 'match' }, o.match),
        el('td', { class: 'after' }, o.after), el('td', { class: 'source' }, this.source(o)))));
    } catch (e) {
      showError(error, e);
    }
  }

  /** A link to the occurrence's document. */
  source(o) {
    const open = el('a', { href: '#', class: 'open-document', 'data-id': o.id, title: o.source }, shortSource(o.source));
    open.addEventListener('click', e => { e.preventDefault(); this.openDocument(o.id); });
    return open;
  }
}
