/* The case list: every case, running and finished, newest first, with filters kept in the URL. */

import {badge, h, header, table} from './dom.js';
import {engineDate, formatDateTime, formatDuration} from './format.js';
import {DELETED, OUTCOMES, PROCESS_KEY, RUNNING, UNKNOWN} from './labels.js';
import {go, link, withChanges} from './route.js';

const PAGE_SIZE = 20;

/**
 * What an auditor types of a case number (ÜBK-2026-000123, "2026-000123", "übk-2026-123"…) as a business key
 * pattern: upper case, only the characters a case number has, so the engine's LIKE wildcards cannot be typed.
 */
export function caseNumberPattern(typed) {
  const cleaned = String(typed || '').trim().toLocaleUpperCase('hu-HU').replace(/[^0-9A-ZÁÉÍÓÖŐÚÜŰ-]/g, '');
  return cleaned ? '%' + cleaned + '%' : null;
}

export function listQuery(state) {
  const query = {processDefinitionKey: PROCESS_KEY};
  const caseNumber = caseNumberPattern(state.caseNumber);
  if (caseNumber) {
    // the case number is the business key of the case's process instance
    query.processInstanceBusinessKeyLike = caseNumber;
  }
  if (state.card) {
    // the identified customer's card number, or the one searched for (a case cancelled before identification)
    query.orQueries = [{variables: ['partnerCustomerCardNumber', 'searchCustomerCardNumber']
      .map((name) => ({name, operator: 'eq', value: state.card.trim()}))}];
  }
  if (state.agent) {
    query.startedBy = state.agent.trim();
  }
  if (state.from) {
    query.startedAfter = engineDate(state.from, 0);
  }
  if (state.to) {
    query.startedBefore = engineDate(state.to, 1);
  }
  if (state.outcome === RUNNING.id) {
    query.unfinished = true;
  } else if (state.outcome === DELETED.id) {
    query.externallyTerminated = true;
  } else if (state.outcome) {
    query.finished = true;
    query.executedActivityIdIn = [state.outcome];
  }
  return query;
}

export async function listView(api, state) {
  const query = listQuery(state);
  const [{count}, cases] = await Promise.all([
    api.post('/history/process-instance/count', query),
    api.post('/history/process-instance?firstResult=' + state.page * PAGE_SIZE + '&maxResults=' + PAGE_SIZE,
      Object.assign({sorting: [{sortBy: 'startTime', sortOrder: 'desc'}]}, query))
  ]);
  const ids = cases.map((instance) => instance.id);
  const [cards, outcomes, withOpenIncidents] = await Promise.all([cardNumbers(api, ids), outcomesOf(api, cases),
    openIncidents(api, ids)]);

  const open = (instance) => go(withChanges(state, {caseId: instance.id}));
  const rows = cases.map((instance) => h('tr', {
    className: 'la-row', tabindex: '0', 'data-case-id': instance.id,
    onclick: () => open(instance),
    onkeydown: (event) => event.key === 'Enter' && open(instance)
  },
  h('td', {className: 'la-case-number'}, instance.businessKey || '—'),
  h('td', {className: 'la-card'}, cards[instance.id] || '—'),
  h('td', null, instance.startUserId || '—'),
  h('td', null, formatDateTime(instance.startTime)),
  h('td', null, formatDateTime(instance.endTime)),
  h('td', null, instance.endTime ? formatDuration(instance.durationInMillis) : '—'),
  h('td', null, badge(outcomes[instance.id]),
    withOpenIncidents.has(instance.id) ? h('span', {className: 'la-badge la-bad la-incident'}, 'Nyitott incidens') : null),
  h('td', {className: 'la-open'}, h('a', {href: link(withChanges(state, {caseId: instance.id}))}, 'Napló ›'))));

  const first = count ? state.page * PAGE_SIZE + 1 : 0;
  const last = state.page * PAGE_SIZE + cases.length;
  return h('div', {className: 'la-page'}, header('ÜP élet ügyfélbiztonsági kód – ügyek'), filterForm(state),
    h('div', {className: 'la-summary'}, count ? first + '–' + last + ' / ' + count + ' ügy' : ''),
    table(['Ügyszám', 'Ügyfélkártyaszám', 'Ügyintéző (indította)', 'Indítás', 'Lezárás', 'Időtartam', 'Eredmény', ''],
      rows, 'Nincs a feltételeknek megfelelő ügy.'),
    h('nav', {className: 'la-pager'},
      h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: state.page === 0,
        onclick: () => go(withChanges(state, {page: state.page - 1}))}, '‹ Előző'),
      h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: last >= count,
        onclick: () => go(withChanges(state, {page: state.page + 1}))}, 'Következő ›')));
}

function filterForm(state) {
  const input = (name, label, value, attributes) => h('label', {className: 'la-field'}, h('span', null, label),
    h('input', Object.assign({className: 'form-control input-sm', name, value}, attributes)));
  const outcome = h('select', {className: 'form-control input-sm', name: 'eredmeny'},
    [{id: '', label: 'Mind'}, RUNNING].concat(OUTCOMES, [DELETED]).map((option) =>
      h('option', {value: option.id, selected: option.id === state.outcome}, option.label)));
  const form = h('form', {className: 'la-filters', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    go({caseNumber: String(data.get('ugyszam')).trim().toLocaleUpperCase('hu-HU'), card: data.get('kartya'), agent: data.get('ugyintezo'),
      outcome: data.get('eredmeny'), from: data.get('tol'), to: data.get('ig'), page: 0, caseId: ''});
  }},
  input('ugyszam', 'Ügyszám', state.caseNumber, {autocomplete: 'off', placeholder: 'pl. ÜBK-2026-000123'}),
  input('kartya', 'Ügyfélkártyaszám', state.card, {inputmode: 'numeric', autocomplete: 'off', placeholder: 'pl. 123456789'}),
  input('ugyintezo', 'Ügyintéző (felhasználó)', state.agent, {autocomplete: 'off', placeholder: 'pl. agent'}),
  h('label', {className: 'la-field'}, h('span', null, 'Eredmény'), outcome),
  input('tol', 'Indítás napja: ettől', state.from, {type: 'date'}),
  input('ig', 'eddig', state.to, {type: 'date'}),
  h('div', {className: 'la-actions'},
    h('button', {type: 'submit', className: 'btn btn-primary btn-sm'}, 'Szűrés'),
    h('a', {className: 'btn btn-link btn-sm', href: link({page: 0})}, 'Feltételek törlése')));
  return form;
}

async function cardNumbers(api, ids) {
  if (!ids.length) {
    return {};
  }
  const variables = await api.post('/history/variable-instance?deserializeValues=false',
    {processInstanceIdIn: ids, variableNameIn: ['partnerCustomerCardNumber', 'searchCustomerCardNumber']});
  const cards = {};
  variables.filter((variable) => variable.name === 'searchCustomerCardNumber' && variable.value)
    .forEach((variable) => { cards[variable.processInstanceId] = variable.value; });
  // the identified customer's number wins over a search criterion
  variables.filter((variable) => variable.name === 'partnerCustomerCardNumber' && variable.value)
    .forEach((variable) => { cards[variable.processInstanceId] = variable.value; });
  return cards;
}

async function openIncidents(api, ids) {
  if (!ids.length) {
    return new Set();
  }
  const cases = await api.post('/history/process-instance?maxResults=' + ids.length,
    {processInstanceIds: ids, withIncidents: true, incidentStatus: 'open'});
  return new Set(cases.map((instance) => instance.id));
}

/** Which end event each case reached: one query per end event for the whole page. */
export async function outcomesOf(api, cases) {
  const outcomes = {};
  cases.forEach((instance) => {
    outcomes[instance.id] = !instance.endTime ? RUNNING
      : instance.state === 'EXTERNALLY_TERMINATED' ? DELETED : UNKNOWN;
  });
  const finished = cases.filter((instance) => instance.endTime && instance.state === 'COMPLETED')
    .map((instance) => instance.id);
  if (finished.length) {
    await Promise.all(OUTCOMES.map(async (outcome) => {
      const reached = await api.post('/history/process-instance?maxResults=' + finished.length,
        {processInstanceIds: finished, executedActivityIdIn: [outcome.id]});
      reached.forEach((instance) => { outcomes[instance.id] = outcome; });
    }));
  }
  return outcomes;
}
