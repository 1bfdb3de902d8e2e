import { SearchView } from './search.js';
import { DocumentView } from './document.js';
import { KwicView } from './kwic.js';
import { CommitmentsView } from './commitments.js';
import { ChartsView } from './charts.js';

const views = new Map();
let current = 'search';

/** Shows one view; `previous` remembers where the document view goes back to. */
export function show(name) {
  for (const section of document.querySelectorAll('.view')) section.hidden = section.id !== 'view-' + name;
  for (const button of document.querySelectorAll('nav button')) {
    button.classList.toggle('active', button.dataset.view === name);
  }
  if (name !== 'document') current = name;
  views.get(name)?.shown?.();
}

const documentView = new DocumentView(() => show(current));
const openDocument = id => { show('document'); documentView.open(id); };
views.set('search', new SearchView(openDocument));
views.set('document', documentView);
views.set('kwic', new KwicView(openDocument));
views.set('commitments', new CommitmentsView(openDocument));
views.set('charts', new ChartsView());
for (const button of document.querySelectorAll('nav button')) {
  button.addEventListener('click', () => show(button.dataset.view));
}
show('search');
