import { getJson } from './api.js';
import { el, dirOf, marked, shortSource, showError } from './dom.js';

const PAGE = 10;
/** Facet dimension -> the search parameter a click on one of its values sets. */
const FACET_FILTERS = { areas: 'area', officials: 'official', countries: 'country', lang: 'lang', genre: 'genre',
  year: 'year' };
const FACET_LABELS = { areas: 'Areas · المجالات', officials: 'Officials · المسؤولون', countries: 'Countries · الدول',
  lang: 'Language · اللغة', genre: 'Genre', year: 'Year · السنة' };

/** The search form, the facets to click, the result list with marked snippets, and paging. */
export class SearchView {
  constructor(openDocument) {
    this.openDocument = openDocument;
    this.filters = [];          // [{name, value}] set by facet clicks
    this.offset = 0;
    this.runs = 0;
    document.getElementById('search-form').addEventListener('submit', e => {
      e.preventDefault();
      this.offset = 0;
      this.run();
    });
    document.getElementById('prev').addEventListener('click', () => { this.offset = Math.max(0, this.offset - PAGE); this.run(); });
    document.getElementById('next').addEventListener('click', () => { this.offset += PAGE; this.run(); });
    this.run();
  }

  params() {
    const value = id => document.getElementById(id).value.trim();
    const p = { q: value('q'), mode: value('mode'), 'min-value': value('min-value'), 'max-value': value('max-value'),
      unit: value('unit'), kind: value('kind'), from: value('from'), to: value('to'), sort: value('sort'),
      facets: 'true', limit: PAGE, offset: this.offset };
    for (const f of this.filters) {
      if (f.name === 'year') { p.from = f.value; p.to = f.value; continue; }
      p[f.name] = [].concat(p[f.name] || [], f.value);
    }
    return p;
  }

  async run() {
    const error = document.getElementById('search-error');
    try {
      const result = await getJson('/api/search', this.params());
      showError(error, null);
      this.render(result);
    } catch (e) {
      showError(error, e);
    }
  }

  render(r) {
    document.getElementById('total').textContent =
      `${r.total} document(s)` + (r.total ? `, ${r.offset + 1}–${r.offset + r.hits.length}` : '') + (r.notice ? ` · ${r.notice}` : '');
    const list = document.getElementById('results');
    list.replaceChildren(...r.hits.map(h => this.hit(h)));
    list.start = r.offset + 1;
    list.dataset.run = String(++this.runs);   // tells a watcher (the browser test) that a new answer is shown
    document.getElementById('prev').disabled = r.offset === 0;
    document.getElementById('next').disabled = r.offset + r.hits.length >= r.total;
    this.renderFacets(r.facets || {});
    this.renderChips();
  }

  hit(h) {
    const open = el('a', { href: '#', class: 'open-document', 'data-id': h.id, title: h.source }, shortSource(h.source));
    open.addEventListener('click', e => { e.preventDefault(); this.openDocument(h.id); });
    const figures = h.figures.map(f => el('span', { class: 'chip m-figure' }, el('bdi', {}, f.text),
      ` = ${f.value ?? (f.min + '–' + f.max)}${f.unit ? ' ' + f.unit : ''}`));
    return el('li', { class: 'hit' },
      el('div', { class: 'hit-head' }, open, el('span', {}, h.lang), el('span', {}, h.date || 'undated'),
        el('span', {}, `score ${h.score}`), el('span', {}, `matched: ${h.match}`)),
      el('p', { class: 'snippet', dir: dirOf(h.lang), lang: h.lang }, marked(h.snippet)),
      el('div', { class: 'chips' },
        h.officials.map(o => el('span', { class: 'chip m-official', dir: 'auto' }, o)),
        h.areas.map(a => el('span', { class: 'chip' }, a)), figures));
  }

  renderFacets(facets) {
    const box = document.getElementById('facets');
    box.replaceChildren();
    for (const [dim, values] of Object.entries(facets)) {
      if (!Object.keys(values).length) continue;
      box.append(el('h3', {}, FACET_LABELS[dim] || dim));
      for (const [value, count] of Object.entries(values)) {
        const name = FACET_FILTERS[dim];
        const button = el('button', { type: 'button', class: 'facet', 'data-dim': dim, 'data-value': value, dir: 'auto',
          disabled: name ? null : 'disabled' }, el('span', {}, value), el('span', { class: 'count' }, count));
        if (name) {
          button.addEventListener('click', () => {
            this.filters.push({ name, value });
            this.offset = 0;
            this.run();
          });
        }
        box.append(button);
      }
    }
  }

  renderChips() {
    const box = document.getElementById('active-filters');
    box.replaceChildren(...this.filters.map((f, i) => {
      const chip = el('button', { type: 'button', class: 'chip', dir: 'auto', title: 'remove' }, `${f.name}: ${f.value} ✕`);
      chip.addEventListener('click', () => { this.filters.splice(i, 1); this.offset = 0; this.run(); });
      return chip;
    }));
  }
}
