/* The page's state lives in the URL (#/ugyfelbiztonsagi-kod-audit?ugyszam=…&ugy=…), so links and Back work. */

export const ROUTE = '/ugyfelbiztonsagi-kod-audit';

const PARAMETERS = [['caseNumber', 'ugyszam'], ['card', 'kartya'], ['agent', 'ugyintezo'], ['outcome', 'eredmeny'],
  ['from', 'tol'], ['to', 'ig'], ['page', 'oldal'], ['caseId', 'ugy']];

export function readState(hash) {
  const query = hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const state = {};
  PARAMETERS.forEach(([key, name]) => { state[key] = params.get(name) || ''; });
  state.page = Math.max(0, parseInt(state.page || '0', 10) || 0);
  return state;
}

export function link(state) {
  const params = new URLSearchParams();
  PARAMETERS.forEach(([key, name]) => {
    const value = key === 'page' ? (state.page ? String(state.page) : '') : state[key];
    if (value) {
      params.set(name, value);
    }
  });
  const query = params.toString();
  return '#' + ROUTE + (query ? '?' + query : '');
}

export function go(state) {
  window.location.hash = link(state);
}

/** The same list, with these changes (e.g. another case opened, another page). */
export function withChanges(state, changes) {
  return Object.assign({}, state, changes);
}
