import { getJson } from './api.js';
import { el, dirOf, shortSource } from './dom.js';

const KINDS = [['officials', 'm-official', 'Officials · المسؤولون'], ['figures', 'm-figure', 'Figures · الأرقام'],
  ['commitments', 'm-commitment', 'Commitments · الالتزامات'], ['quotes', 'm-quote', 'Quotes · الاقتباسات']];

/** One document: its text with the extractions highlighted in place, and the lists of them beside it. */
export class DocumentView {
  constructor(back) {
    document.getElementById('back').addEventListener('click', back);
  }

  async open(id) {
    const text = document.getElementById('doc-text');
    text.replaceChildren('…');
    try {
      this.render(await getJson('/api/documents/' + encodeURIComponent(id)));
    } catch (e) {
      text.replaceChildren(el('div', { class: 'error' }, e.message));
    }
  }

  render(d) {
    document.getElementById('doc-source').textContent = shortSource(d.source);
    document.getElementById('doc-source').title = d.source;
    document.getElementById('doc-meta').textContent =
      ` · ${d.lang} · ${d.genre || ''} · ${d.date || 'undated'} · ${d.areas.join(', ')}`;
    const marks = [];   // {start, end, cls, item}
    d.officials.forEach((o, i) => o.mentions.forEach(m => marks.push({ ...m, cls: 'm-official', item: 'officials-' + i })));
    d.figures.forEach((f, i) => f.start !== null && marks.push({ start: f.start, end: f.end, cls: 'm-figure', item: 'figures-' + i }));
    d.commitments.forEach((c, i) => c.start !== null && marks.push({ start: c.start, end: c.end, cls: 'm-commitment', item: 'commitments-' + i }));
    d.quotes.forEach((q, i) => marks.push({ start: q.start, end: q.end, cls: 'm-quote', item: 'quotes-' + i }));
    const article = document.getElementById('doc-text');
    article.setAttribute('dir', dirOf(d.lang));
    article.setAttribute('lang', d.lang);
    article.replaceChildren(...segments(d.text, marks));
    this.renderLists(d);
  }

  renderLists(d) {
    const lists = document.getElementById('doc-lists');
    lists.replaceChildren();
    const label = {
      officials: o => `${o.name}${o.country ? ' (' + o.country + ')' : ''} · ${o.mentions.length}×`,
      figures: f => [el('bdi', {}, f.text), ` = ${f.value ?? (f.min + '–' + f.max)}${f.unit ? ' ' + f.unit : ''}`],
      commitments: c => `${c.kind}${c.holder ? ' · ' + c.holder : ''}${c.deadline_iso ? ' · due ' + c.deadline_iso : ''}: ${c.text}`,
      quotes: q => `${q.speaker || '?'}: «${q.text}»`,
    };
    for (const [key, cls, title] of KINDS) {
      lists.append(el('h3', {}, `${title} (${d[key].length})`));
      lists.append(el('ul', { id: 'list-' + key }, d[key].map((x, i) => {
        const item = el('li', { class: cls, dir: key === 'figures' ? 'ltr' : 'auto', 'data-item': key + '-' + i },
          label[key](x));
        item.addEventListener('click', () => flash(key + '-' + i));
        return item;
      })));
    }
  }
}

/** The text cut at every mark boundary; each piece a span with the classes of the marks covering it. */
function segments(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = marks.filter(m => m.start <= from && m.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    out.push(el('span', { class: [...new Set(covering.map(m => m.cls))].join(' '),
      'data-items': covering.map(m => m.item).join(' ') }, piece));
  }
  return out;
}

function flash(item) {
  const pieces = [...document.querySelectorAll('#doc-text span')].filter(s => s.dataset.items.split(' ').includes(item));
  if (!pieces.length) return;
  pieces[0].scrollIntoView({ block: 'center' });
  pieces.forEach(p => p.classList.add('flash'));
  setTimeout(() => pieces.forEach(p => p.classList.remove('flash')), 1500);
}
