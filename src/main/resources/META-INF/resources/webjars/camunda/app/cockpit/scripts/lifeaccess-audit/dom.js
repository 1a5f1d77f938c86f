/*
 * Building the page: text only. Every value is added as a text node or an attribute, so nothing the engine
 * answers is ever parsed as HTML.
 */

export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      if (typeof value !== 'function') {
        throw new TypeError('event handler ' + name + ' must be a function');
      }
      element.addEventListener(name.slice(2), value);
    } else if (name === 'className') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

export function badge(outcome) {
  return h('span', {className: 'la-badge la-' + outcome.tone}, outcome.label);
}

export function table(headers, rows, emptyText) {
  if (!rows.length) {
    return h('p', {className: 'la-empty'}, emptyText);
  }
  return h('table', {className: 'table la-table'},
    h('thead', null, h('tr', null, headers.map((header) => h('th', null, header)))),
    h('tbody', null, rows));
}

export function section(title, ...content) {
  return h('section', {className: 'la-section'}, h('h3', null, title), content);
}

/** A definition list of [term, value] pairs; pairs whose value is undefined or null are left out. */
export function facts(pairs) {
  return h('dl', {className: 'la-facts'}, pairs.filter(([, value]) => value !== undefined && value !== null)
    .map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

export function header(title) {
  return h('header', {className: 'la-header'},
    h('h2', null, title),
    h('p', {className: 'la-lead'}, 'Futó és lezárt ügyek a folyamat előzményeiből, csak olvasásra; az időpontok '
      + 'budapesti idő szerint. Az ügyfélbiztonsági kódot a rendszer sehol nem tárolja olvasható formában: itt csak '
      + 'a kód sorsa látható.'));
}

export function ensureStyles() {
  if (!document.getElementById('la-audit-styles')) {
    document.head.appendChild(h('link', {
      id: 'la-audit-styles', rel: 'stylesheet', type: 'text/css', href: new URL('./audit.css', import.meta.url).href
    }));
  }
}
