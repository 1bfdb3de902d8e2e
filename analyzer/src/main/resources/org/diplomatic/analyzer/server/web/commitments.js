import { getJson } from './api.js';
import { el, shortSource } from './dom.js';

const AREAS = ['telecom', 'ai', 'cybersecurity', 'e_government', 'trade_investment', 'energy', 'transport',
  'tourism_pilgrimage', 'culture_religion', 'education_science', 'health', 'security_defense', 'water_environment',
  'agriculture_food'];
const COLUMNS = ['source', 'date', 'kind', 'holder', 'owner', 'deadline', 'deadline_iso', 'areas', 'text'];

/** The commitments of the index: filter on the server, sort by a column here, export what is shown as CSV. */
export class CommitmentsView {
  constructor(openDocument) {
    this.openDocument = openDocument;
    this.rows = [];
    this.sort = { key: null, dir: 1 };
    document.getElementById('c-area').append(...AREAS.map(a => el('option', {}, a)));
    document.getElementById('commitments-form').addEventListener('submit', e => { e.preventDefault(); this.load(); });
    for (const th of document.querySelectorAll('#commitments th')) {
      th.addEventListener('click', () => this.sortBy(th.dataset.key));
    }
  }

  shown() {
    if (!this.loaded) this.load();
  }

  async load() {
    this.loaded = true;
    const r = await getJson('/api/commitments', { kind: document.getElementById('c-kind').value,
      area: document.getElementById('c-area').value, q: document.getElementById('c-q').value.trim(), limit: 5000 });
    this.rows = r.commitments;
    document.getElementById('c-total').textContent = `${r.total} commitment(s)`;
    this.render();
  }

  sortBy(key) {
    this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
    const value = r => Array.isArray(r[key]) ? r[key].join(', ') : (r[key] ?? '');
    this.rows.sort((a, b) => this.sort.dir * value(a).localeCompare(value(b), 'ar'));
    for (const th of document.querySelectorAll('#commitments th')) {
      th.classList.toggle('sorted-asc', th.dataset.key === key && this.sort.dir > 0);
      th.classList.toggle('sorted-desc', th.dataset.key === key && this.sort.dir < 0);
    }
    this.render();
  }

  render() {
    document.querySelector('#commitments tbody').replaceChildren(...this.rows.map(r => {
      const open = el('a', { href: '#', title: r.source }, shortSource(r.source));
      open.addEventListener('click', e => { e.preventDefault(); this.openDocument(r.id); });
      return el('tr', { class: 'commitment' }, el('td', {}, open), el('td', {}, r.date || ''), el('td', {}, r.kind),
        el('td', { dir: 'auto' }, r.holder || ''), el('td', {}, r.deadline_iso || r.deadline || ''),
        el('td', {}, r.areas.join(', ')), el('td', { class: 'text', dir: 'auto' }, r.text));
    }));
    // A UTF-8 byte order mark first, so that spreadsheet programs read the Arabic and Persian as UTF-8.
    document.getElementById('c-export').href = 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + csv(this.rows));
  }
}

/** RFC 4180: a header row, then one row per commitment, CRLF line ends; areas joined by "; ". */
export function csv(rows) {
  const cell = v => {
    const s = Array.isArray(v) ? v.join('; ') : (v ?? '');
    return /[",\r\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
  };
  return [COLUMNS.join(','), ...rows.map(r => COLUMNS.map(c => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
