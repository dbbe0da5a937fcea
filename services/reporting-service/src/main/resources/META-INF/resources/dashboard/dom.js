// A tiny element builder: h('p', {class: 'x'}, 'text', child). Text is always set as text, never HTML.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value === null || value === undefined || value === false) return;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === false) return;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return el;
}

/** A table inside a focusable, labelled region, so a wide one scrolls by keyboard at phone width. */
export function table(caption, headers, rows, attrs) {
  return h('div', { class: 'dash-table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' },
    h('table', Object.assign({ class: 'table table--compact' }, attrs || {}),
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell, i) => (i === 0
        ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))))))));
}
