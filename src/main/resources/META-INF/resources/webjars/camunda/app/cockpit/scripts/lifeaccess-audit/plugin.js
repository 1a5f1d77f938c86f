/*
 * Cockpit plugin for auditors: the "ÜP élet ügyfélbiztonsági kód generálás" cases, running and finished, and the
 * audit trail of one case. Camunda 7 Community Cockpit shows running instances only; this page reads the history.
 *
 * Native ES modules, no build step: Cockpit (7.14+) loads the customScripts of ../config.js with import(), and this
 * module imports its neighbours by relative URL. Read-only: see api.js. Privacy: only the variables listed in
 * case-page.js are read; document and phone numbers are masked and free text from the engine is redacted
 * (format.js).
 */

import {EngineError, engine} from './api.js';
import {caseView, backLink} from './case-page.js';
import {ensureStyles, h, header} from './dom.js';
import {listView} from './list.js';
import {ROUTE, readState} from './route.js';

let generation = 0;

function render(node, {api}) {
  ensureStyles();
  const current = ++generation;
  const root = h('div', {className: 'la-audit'});
  node.appendChild(root);
  const state = readState(window.location.hash);
  const view = state.caseId ? caseView(engine(api), state) : listView(engine(api), state);
  view.then((content) => {
    if (current === generation) {
      root.replaceChildren(content);
    }
  }).catch((error) => {
    if (current === generation) {
      root.replaceChildren(h('div', {className: 'la-page'},
        state.caseId ? backLink(state) : null,
        header(state.caseId ? 'Ügy audit naplója' : 'ÜP élet ügyfélbiztonsági kód – ügyek'),
        h('div', {className: 'alert alert-danger la-error'}, error instanceof EngineError ? error.message
          : 'Váratlan hiba: ' + error.message)));
    }
  });
  root.appendChild(h('div', {className: 'la-page'}, h('p', {className: 'la-loading'}, 'Betöltés…')));
}

export default [
  {
    id: 'lifeaccess-audit-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {
      pagePath: '#' + ROUTE,
      label: 'Kódigénylések (audit)',
      checkActive: (url) => url.indexOf(ROUTE) >= 0
    }
  },
  {
    id: 'lifeaccess-audit-page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: {
      path: ROUTE,
      label: 'Kódigénylések (audit)'
    },
    render
  }
];
