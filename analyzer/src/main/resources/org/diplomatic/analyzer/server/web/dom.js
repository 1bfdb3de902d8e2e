// Every piece of text from the index goes into the page as a text node, never as markup.

/** An element with attributes (strings; `dir`, `class`, `data-*` ...) and children (nodes or strings as text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** The direction of a text in the page: right to left for Arabic and Persian documents, else the browser's guess. */
export function dirOf(lang) {
  return lang === 'ar' || lang === 'fa' ? 'rtl' : 'auto';
}

/** A search snippet, whose matches the index marks in [brackets], as text with <mark> elements. */
export function marked(snippet) {
  const out = document.createDocumentFragment();
  const pattern = /\[([^\[\]]+)\]/g;
  let last = 0;
  for (const m of snippet.matchAll(pattern)) {
    out.append(snippet.slice(last, m.index));
    out.append(el('mark', {}, m[1]));
    last = m.index + m[0].length;
  }
  out.append(snippet.slice(last));
  return out;
}

export function showError(box, error) {
  box.textContent = error ? error.message : '';
  box.hidden = !error;
}

/** A source path cut to its folder and file name (the full path is the element's title). */
export function shortSource(source) {
  return source.split(/[\\/]/).slice(-2).join('/');
}
