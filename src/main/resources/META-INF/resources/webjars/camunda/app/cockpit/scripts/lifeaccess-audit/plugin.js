/*
 * Cockpit plugin for auditors: the "ÜP élet ügyfélbiztonsági kód generálás" cases, running and finished, and the
 * audit trail of one case. Camunda 7 Community Cockpit shows running instances only; this page reads the history.
 *
 * Plain JavaScript (an ES module loaded through customScripts in ../config.js), no build step.
 * Read-only: it only reads the engine API of the webapp (/camunda/api/engine/engine/default/...) with the signed-in
 * user's own session and CSRF token, so what it shows is exactly what that user's authorizations allow (auditors and
 * admins: READ_HISTORY on the process definition; anybody else sees nothing).
 *
 * Privacy: only the variables listed in SHOWN_VARIABLES are ever read; the identity document number is masked
 * here; free text from the engine (incident messages, operation log values) passes through redact(), which hides
 * anything shaped like a security code. The code itself is never stored anywhere this page could read.
 */

const PROCESS_KEY = 'SecurityCodeIssuanceProcess';
const ROUTE = '/ugyfelbiztonsagi-kod-audit';
const PAGE_SIZE = 20;
const ZONE = 'Europe/Budapest';

const OUTCOMES = [
  {id: 'EndEvent_AccessGranted', label: 'Hozzáférés megadva', tone: 'ok'},
  {id: 'EndEvent_CodeLocked', label: 'Kód zárolva', tone: 'bad'},
  {id: 'EndEvent_Superseded', label: 'Kód felváltva', tone: 'muted'},
  {id: 'EndEvent_CodeExpired', label: 'Kód lejárt', tone: 'warn'},
  {id: 'EndEvent_NotEligible', label: 'Nem jogosult', tone: 'muted'},
  {id: 'EndEvent_Cancelled', label: 'Megszakítva', tone: 'muted'}
];
const RUNNING = {id: 'RUNNING', label: 'Folyamatban', tone: 'info'};
const DELETED = {id: 'DELETED', label: 'Törölve (adminisztrátor)', tone: 'bad'};
const UNKNOWN = {id: 'UNKNOWN', label: 'Lezárva', tone: 'muted'};

/** The only variables this page reads: never the code (it is not stored), no more personal data than needed. */
const SHOWN_VARIABLES = [
  'partnerName', 'partnerCustomerCardNumber', 'searchCustomerCardNumber', 'accessCaseLabel', 'ineligibilityReason',
  'identityDocumentType', 'identityDocumentNumber', 'identifyDecision', 'refineDecision', 'reviewDecision',
  'correctionDecision', 'signatureDecision', 'ineligibilityAcknowledged', 'customerDataChanges', 'requestForm',
  'codeSentTo', 'codeExpiresAt', 'codeStatus', 'codeFailedAttempts'
];

const DOCUMENT_TYPES = {
  ID_CARD: 'Személyazonosító igazolvány',
  PASSPORT: 'Útlevél',
  DRIVING_LICENCE: 'Vezetői engedély'
};

const DECISIONS = {
  identifyDecision: {IDENTIFIED: 'Azonosítva', SEARCH_AGAIN: 'Új keresés', CANCEL: 'Megszakítás'},
  refineDecision: {SEARCH: 'Új keresés', CANCEL: 'Megszakítás'},
  reviewDecision: {CONTINUE: 'Tovább: igénylő nyomtatvány', MODIFY_CUSTOMER: 'Ügyfélmódosítás', BACK: 'Vissza'},
  correctionDecision: {SAVE: 'Mentés', BACK: 'Vissza'},
  signatureDecision: {SIGNED: 'Aláírva', BACK: 'Vissza'},
  ineligibilityAcknowledged: {true: 'Tudomásul véve'}
};

const FIELDS = {mobile_number: 'Mobiltelefonszám'};

const INCIDENT_TYPES = {failedJob: 'Sikertelen háttérfeladat', failedExternalTask: 'Sikertelen külső feladat'};

const OPERATIONS = {
  SetJobRetries: 'Újrapróbálkozások beállítása',
  SetExternalTaskRetries: 'Újrapróbálkozások beállítása',
  Delete: 'Törlés',
  DeleteHistory: 'Előzmények törlése',
  SetVariable: 'Változó beállítása',
  SetVariables: 'Változók beállítása',
  ModifyVariable: 'Változó módosítása',
  RemoveVariable: 'Változó törlése',
  Suspend: 'Felfüggesztés',
  Activate: 'Folytatás',
  SuspendJob: 'Háttérfeladat felfüggesztése',
  ActivateJob: 'Háttérfeladat folytatása',
  ModifyProcessInstance: 'Folyamatpéldány módosítása',
  Resolve: 'Megoldás',
  Claim: 'Feladat felvétele',
  Assign: 'Feladat kiosztása',
  SetRemovalTime: 'Törlési idő beállítása',
  Execute: 'Végrehajtás'
};

const ACTIVITY_KINDS = {
  startEvent: 'Indítás',
  userTask: 'Ügyintézői lépés',
  serviceTask: 'Automatikus lépés',
  businessRuleTask: 'Automatikus döntés (döntési tábla)',
  eventBasedGateway: 'Várakozás',
  intermediateMessageCatch: 'Ügyfélportál',
  intermediateTimer: 'Időzítő',
  noneEndEvent: 'Lezárás'
};

const CODE_STATUSES = {
  ACTIVE: {label: 'Kód kiküldve SMS-ben, beváltható', tone: 'info'},
  REDEEMED: {label: 'Beváltva az Ügyfélportálon', tone: 'ok'},
  LOCKED: {label: 'Zárolva a hibás próbálkozások miatt', tone: 'bad'},
  SUPERSEDED: {label: 'Felváltva: az ügyfél új kódot kapott', tone: 'muted'},
  EXPIRED: {label: 'Lejárt, nem váltották be', tone: 'warn'}
};

/** Cases from before codeStatus existed: their message and timer events tell the same story. */
const CODE_EVENTS = {
  Event_CodeRedeemed: 'REDEEMED',
  Event_CodeLocked: 'LOCKED',
  Event_CodeSuperseded: 'SUPERSEDED',
  Event_CodeExpiry: 'EXPIRED'
};

// ---------------------------------------------------------------------------------------------------------------
// formatting and masking (pure functions)

const DATE_TIME = new Intl.DateTimeFormat('hu-HU', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  second: '2-digit'
});

/** The engine writes "2025-06-02T10:30:15.123+0000"; browsers want a colon in the offset. */
function parseEngineDate(value) {
  if (!value) {
    return null;
  }
  const date = new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date.getTime()) ? null : date;
}

function formatDateTime(value) {
  const date = value instanceof Date ? value : parseEngineDate(value);
  return date ? DATE_TIME.format(date) : '—';
}

function formatDuration(millis) {
  if (millis === null || millis === undefined) {
    return '—';
  }
  const seconds = Math.floor(millis / 1000);
  if (seconds < 1) {
    return '< 1 mp';
  }
  const parts = [[Math.floor(seconds / 86400), 'nap'], [Math.floor(seconds % 86400 / 3600), 'óra'],
    [Math.floor(seconds % 3600 / 60), 'perc'], [seconds % 60, 'mp']];
  const first = parts.findIndex(([amount]) => amount > 0);
  return parts.slice(first, first + 2).filter(([amount]) => amount > 0)
    .map(([amount, unit]) => amount + ' ' + unit).join(' ');
}

/** A date input's day (yyyy-MM-dd) at local midnight, plus some days, in the engine's query format. */
function engineDate(day, plusDays) {
  const [year, month, date] = day.split('-').map(Number);
  const local = new Date(year, month - 1, date + plusDays);
  const offset = -local.getTimezoneOffset();
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return local.getFullYear() + '-' + pad(local.getMonth() + 1) + '-' + pad(local.getDate()) + 'T00:00:00.000'
    + (offset >= 0 ? '+' : '-') + pad(offset / 60) + pad(offset % 60);
}

/** An identity document number with all but its last 3 characters hidden (fewer shown for short numbers). */
function maskDocumentNumber(value) {
  const number = String(value || '').replace(/\s+/g, '');
  if (!number) {
    return '—';
  }
  const visible = number.length >= 6 ? 3 : number.length >= 4 ? 1 : 0;
  return '******' + number.slice(number.length - visible);
}

/** +36301234567 → +36 30 123 4567 (Hungarian mobiles); anything else as stored. */
function formatPhone(value) {
  if (value === null || value === undefined || value === '') {
    return 'nem volt megadva';
  }
  const hungarian = /^\+36(\d{2})(\d{3})(\d{4})$/.exec(value);
  return hungarian ? '+36 ' + hungarian[1] + ' ' + hungarian[2] + ' ' + hungarian[3] : String(value);
}

/** Hides anything shaped like a security code (10 characters of Crockford base32, grouped or not). */
function redact(text) {
  return String(text === null || text === undefined ? '' : text)
    .replace(/\b[0-9A-HJKMNP-TV-Z]{4}[- ]?[0-9A-HJKMNP-TV-Z]{4}[- ]?[0-9A-HJKMNP-TV-Z]{2}\b/g, '[elrejtve]');
}

function shorten(text, length) {
  return text.length > length ? text.slice(0, length - 1) + '…' : text;
}

// ---------------------------------------------------------------------------------------------------------------
// the engine API, with the signed-in user's session

function csrfToken(api) {
  const cookie = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : api.CSRFToken;
}

class EngineError extends Error {
  constructor(status) {
    super(status === 401 ? 'A munkamenet lejárt: jelentkezzen be újra.'
      : status === 403 ? 'Nincs jogosultsága az ügyek előzményeinek megtekintéséhez.'
        : status === 404 ? 'Nincs ilyen ügy az előzmények között (vagy már lejárt a megőrzési ideje).'
        : 'A folyamatmotor nem válaszolt (HTTP ' + status + '). Próbálja újra később.');
    this.status = status;
  }
}

function engine(api) {
  async function call(method, path, body) {
    const headers = {'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken(api)};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(api.engineApi + path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new EngineError(response.status);
    }
    return response.json();
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    downloadUrl: (path) => api.engineApi + path
  };
}

// ---------------------------------------------------------------------------------------------------------------
// DOM helpers (text only: nothing from the engine is ever parsed as HTML)

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'className') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

function badge(outcome) {
  return h('span', {className: 'la-badge la-' + outcome.tone}, outcome.label);
}

function table(headers, rows, emptyText) {
  if (!rows.length) {
    return h('p', {className: 'la-empty'}, emptyText);
  }
  return h('table', {className: 'table la-table'},
    h('thead', null, h('tr', null, headers.map((header) => h('th', null, header)))),
    h('tbody', null, rows));
}

function section(title, ...content) {
  return h('section', {className: 'la-section'}, h('h3', null, title), content);
}

function facts(pairs) {
  return h('dl', {className: 'la-facts'}, pairs.filter(([, value]) => value !== undefined && value !== null)
    .map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

// ---------------------------------------------------------------------------------------------------------------
// the page: state lives in the URL (#/ugyfelbiztonsagi-kod-audit?kartya=…&ugy=…), so links and Back work

function readState() {
  const hash = window.location.hash;
  const query = hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  return {
    card: params.get('kartya') || '',
    agent: params.get('ugyintezo') || '',
    outcome: params.get('eredmeny') || '',
    from: params.get('tol') || '',
    to: params.get('ig') || '',
    page: Math.max(0, parseInt(params.get('oldal') || '0', 10) || 0),
    caseId: params.get('ugy') || ''
  };
}

function link(state) {
  const params = new URLSearchParams();
  [['kartya', state.card], ['ugyintezo', state.agent], ['eredmeny', state.outcome], ['tol', state.from],
    ['ig', state.to], ['oldal', state.page ? String(state.page) : ''], ['ugy', state.caseId]]
    .forEach(([name, value]) => value && params.set(name, value));
  const query = params.toString();
  return '#' + ROUTE + (query ? '?' + query : '');
}

function go(state) {
  window.location.hash = link(state);
}

let generation = 0;

function render(node, {api}) {
  ensureStyles();
  const current = ++generation;
  const root = h('div', {className: 'la-audit'});
  node.appendChild(root);
  const state = readState();
  const view = state.caseId ? caseView(engine(api), state) : listView(engine(api), state);
  view.then((content) => {
    if (current === generation) {
      root.replaceChildren(content);
    }
  }).catch((error) => {
    if (current === generation) {
      root.replaceChildren(h('div', {className: 'la-page'},
        state.caseId ? h('p', {className: 'la-back'}, h('a', {href: link(Object.assign({}, state, {caseId: ''}))},
          '‹ Vissza az ügyek listájához')) : null,
        header(state),
        h('div', {className: 'alert alert-danger la-error'}, error instanceof EngineError ? error.message
          : 'Váratlan hiba: ' + error.message)));
    }
  });
  root.appendChild(h('div', {className: 'la-page'}, h('p', {className: 'la-loading'}, 'Betöltés…')));
}

function ensureStyles() {
  if (!document.getElementById('la-audit-styles')) {
    document.head.appendChild(h('link', {
      id: 'la-audit-styles', rel: 'stylesheet', type: 'text/css', href: new URL('./audit.css', import.meta.url).href
    }));
  }
}

function header(state) {
  return h('header', {className: 'la-header'},
    h('h2', null, state.caseId ? 'Ügy audit naplója' : 'ÜP élet ügyfélbiztonsági kód – ügyek'),
    h('p', {className: 'la-lead'}, 'Futó és lezárt ügyek a folyamat előzményeiből, csak olvasásra; az időpontok '
      + 'budapesti idő szerint. Az ügyfélbiztonsági kódot a rendszer sehol nem tárolja olvasható formában: itt csak '
      + 'a kód sorsa látható.'));
}

// ------------------------------------------------------------------------------------------------ the case list

function listQuery(state) {
  const query = {processDefinitionKey: PROCESS_KEY};
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

async function listView(api, state) {
  const query = listQuery(state);
  const [{count}, cases] = await Promise.all([
    api.post('/history/process-instance/count', query),
    api.post('/history/process-instance?firstResult=' + state.page * PAGE_SIZE + '&maxResults=' + PAGE_SIZE,
      Object.assign({sorting: [{sortBy: 'startTime', sortOrder: 'desc'}]}, query))
  ]);
  const ids = cases.map((instance) => instance.id);
  const [cards, outcomes, withOpenIncidents] = await Promise.all([cardNumbers(api, ids), outcomesOf(api, cases),
    openIncidents(api, ids)]);

  const rows = cases.map((instance) => h('tr', {
    className: 'la-row', tabindex: '0', 'data-case-id': instance.id,
    onclick: () => go(Object.assign({}, state, {caseId: instance.id})),
    onkeydown: (event) => event.key === 'Enter' && go(Object.assign({}, state, {caseId: instance.id}))
  },
  h('td', {className: 'la-card'}, cards[instance.id] || '—'),
  h('td', null, instance.startUserId || '—'),
  h('td', null, formatDateTime(instance.startTime)),
  h('td', null, formatDateTime(instance.endTime)),
  h('td', null, instance.endTime ? formatDuration(instance.durationInMillis) : '—'),
  h('td', null, badge(outcomes[instance.id]),
    withOpenIncidents.has(instance.id) ? h('span', {className: 'la-badge la-bad la-incident'}, 'Nyitott incidens') : null),
  h('td', {className: 'la-open'}, h('a', {href: link(Object.assign({}, state, {caseId: instance.id}))}, 'Napló ›'))));

  const first = count ? state.page * PAGE_SIZE + 1 : 0;
  const last = state.page * PAGE_SIZE + cases.length;
  return h('div', {className: 'la-page'}, header(state), filterForm(state),
    h('div', {className: 'la-summary'}, count ? first + '–' + last + ' / ' + count + ' ügy' : ''),
    table(['Ügyfélkártyaszám', 'Ügyintéző (indította)', 'Indítás', 'Lezárás', 'Időtartam', 'Eredmény', ''],
      rows, 'Nincs a feltételeknek megfelelő ügy.'),
    h('nav', {className: 'la-pager'},
      h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: state.page === 0,
        onclick: () => go(Object.assign({}, state, {page: state.page - 1}))}, '‹ Előző'),
      h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: last >= count,
        onclick: () => go(Object.assign({}, state, {page: state.page + 1}))}, 'Következő ›')));
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
    go({card: data.get('kartya'), agent: data.get('ugyintezo'), outcome: data.get('eredmeny'),
      from: data.get('tol'), to: data.get('ig'), page: 0, caseId: ''});
  }},
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
async function outcomesOf(api, cases) {
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

// ----------------------------------------------------------------------------------------------- one case's trail

async function caseView(api, state) {
  const id = encodeURIComponent(state.caseId);
  const instance = await api.get('/history/process-instance/' + id);
  if (instance.processDefinitionKey !== PROCESS_KEY) {
    throw new Error('Ez nem ügyfélbiztonsági kód igénylés.');
  }
  const [model, activities, operations, variableList, details, incidents] = await Promise.all([
    api.get('/process-definition/' + encodeURIComponent(instance.processDefinitionId) + '/xml'),
    api.post('/history/activity-instance', {processInstanceId: state.caseId,
      sorting: [{sortBy: 'startTime', sortOrder: 'asc'}, {sortBy: 'occurrence', sortOrder: 'asc'}]}),
    api.get('/history/user-operation?processInstanceId=' + id + '&sortBy=timestamp&sortOrder=asc&maxResults=1000'),
    api.post('/history/variable-instance?deserializeValues=false',
      {processInstanceId: state.caseId, variableNameIn: SHOWN_VARIABLES}),
    api.get('/history/detail?processInstanceId=' + id
      + '&variableUpdates=true&deserializeValues=false&sortBy=time&sortOrder=asc&maxResults=5000'),
    api.get('/history/incident?processInstanceId=' + id + '&sortBy=createTime&sortOrder=asc')
  ]);
  const variables = {};
  variableList.forEach((variable) => { variables[variable.name] = variable; });
  const updates = details.filter((detail) => SHOWN_VARIABLES.includes(detail.variableName));
  const whoDid = {};
  operations.forEach((operation) => { whoDid[operation.operationId] = operation.userId; });
  const completedBy = {};
  operations.filter((operation) => operation.operationType === 'Complete' && operation.taskId)
    .forEach((operation) => { completedBy[operation.taskId] = operation; });
  const outcome = (await outcomesOf(api, [instance]))[instance.id];
  const value = (name) => variables[name] ? variables[name].value : null;

  return h('div', {className: 'la-page'},
    h('p', {className: 'la-back'}, h('a', {href: link(Object.assign({}, state, {caseId: ''}))}, '‹ Vissza az ügyek listájához')),
    header(state),
    h('div', {className: 'la-case-title'},
      h('span', {className: 'la-case-name'}, (value('partnerName') || 'Azonosítatlan ügyfél')
        + ' – ' + (value('partnerCustomerCardNumber') || value('searchCustomerCardNumber') || 'nincs kártyaszám')),
      badge(outcome)),
    facts([
      ['Ügyfél', value('partnerName') || 'nem azonosították'],
      ['Ügyfélkártyaszám', value('partnerCustomerCardNumber') || value('searchCustomerCardNumber') || '—'],
      ['Igénylés', value('accessCaseLabel') || undefined],
      ['Nem jogosult, mert', value('ineligibilityReason') ? redact(value('ineligibilityReason')) : undefined],
      ['Indította (ügyintéző)', instance.startUserId || '—'],
      ['Indítás', formatDateTime(instance.startTime)],
      ['Lezárás', instance.endTime ? formatDateTime(instance.endTime) : 'folyamatban'],
      ['Időtartam', instance.endTime ? formatDuration(instance.durationInMillis) : '—'],
      ['Eredmény', badge(outcome)],
      ['Előzmények törlése', instance.removalTime ? formatDateTime(instance.removalTime) : 'a lezárás után, a megőrzési idő végén'],
      ['Folyamatpéldány', h('code', null, instance.id)]
    ]),
    identificationSection(updates, whoDid),
    dataChangeSection(value('customerDataChanges')),
    requestFormSection(api, variables.requestForm, activities),
    codeSection(variables, updates, activities),
    stepsSection(instance, activities, completedBy, updates),
    incidentSection(incidents, elementNames(model.bpmn20Xml)),
    otherOperationsSection(operations));
}

function identificationSection(updates, whoDid) {
  const submissions = updates.filter((detail) => detail.variableName === 'identityDocumentNumber' && detail.value);
  const rows = submissions.map((number) => {
    const sameSubmission = (name) => updates.find((detail) => detail.variableName === name
      && (number.userOperationId ? detail.userOperationId === number.userOperationId
        : detail.activityInstanceId === number.activityInstanceId));
    const type = sameSubmission('identityDocumentType');
    const decision = sameSubmission('identifyDecision');
    return h('tr', null,
      h('td', null, formatDateTime(number.time)),
      h('td', null, type ? DOCUMENT_TYPES[type.value] || type.value : '—'),
      h('td', {className: 'la-mono', 'data-masked-document-number': ''}, maskDocumentNumber(number.value)),
      h('td', null, decision ? DECISIONS.identifyDecision[decision.value] || decision.value : '—'),
      h('td', null, whoDid[number.userOperationId] || '—'));
  });
  return section('Személyes azonosítás',
    table(['Időpont', 'Okmány típusa', 'Okmányszám (maszkolva)', 'Döntés', 'Azonosította'], rows,
      'Az ügyfelet ebben az ügyben nem azonosították.'));
}

function dataChangeSection(json) {
  let changes = [];
  try {
    changes = json ? (typeof json === 'string' ? JSON.parse(json) : json) : [];
  } catch (e) {
    changes = [];
  }
  const rows = (Array.isArray(changes) ? changes : []).map((change) => h('tr', {className: 'la-data-change'},
    h('td', null, formatDateTime(change.changedAt)),
    h('td', null, FIELDS[change.field] || change.field),
    h('td', {className: 'la-mono'}, formatPhone(change.oldValue)),
    h('td', {className: 'la-arrow'}, '→'),
    h('td', {className: 'la-mono'}, formatPhone(change.newValue)),
    h('td', null, change.changedBy || '—')));
  return section('Ügyféladat-módosítások',
    table(['Időpont', 'Adat', 'Régi érték', '', 'Új érték', 'Módosította'], rows,
      'Az ügyben nem módosítottak ügyféladatot.'));
}

function requestFormSection(api, variable, activities) {
  const generated = activities.filter((activity) => activity.activityId === 'Task_GenerateRequestForm'
    && activity.endTime && !activity.canceled);
  if (!variable) {
    return section('Igénylő nyomtatvány', h('p', {className: 'la-empty'}, 'Az ügyben nem készült igénylő nyomtatvány.'));
  }
  const info = variable.valueInfo || {};
  return section('Igénylő nyomtatvány', facts([
    ['Elkészült', generated.length ? generated.map((activity) => formatDateTime(activity.endTime)).join(', ')
      : formatDateTime(variable.createTime)],
    ['Fájl', h('a', {
      className: 'la-download', download: info.filename || 'igenylo-nyomtatvany.pdf',
      href: api.downloadUrl('/history/variable-instance/' + encodeURIComponent(variable.id) + '/data')
    }, '⤓ ' + (info.filename || 'igénylő nyomtatvány') + ' letöltése')],
    ['Megjegyzés', generated.length > 1 ? 'Többször készült; a legutóbbi változat tölthető le.' : undefined]
  ]));
}

function codeSection(variables, updates, activities) {
  const sending = activities.filter((activity) => activity.activityId === 'Task_SendSecurityCode');
  const sent = sending.find((activity) => activity.endTime && !activity.canceled);
  if (!sent && !sending.length) {
    return section('Ügyfélbiztonsági kód', h('p', {className: 'la-empty'}, 'Az ügyben nem küldtek kódot.'));
  }
  const events = [];
  updates.filter((detail) => detail.variableName === 'codeStatus' && detail.value)
    .forEach((detail) => events.push({time: detail.time, status: detail.value}));
  updates.filter((detail) => detail.variableName === 'codeFailedAttempts' && detail.value)
    .forEach((detail) => events.push({time: detail.time, failedAttempt: detail.value}));
  if (!events.some((event) => event.status)) {
    if (sent) {
      events.push({time: sent.endTime, status: 'ACTIVE'});
    }
    activities.filter((activity) => CODE_EVENTS[activity.activityId] && activity.endTime && !activity.canceled)
      .forEach((activity) => events.push({time: activity.endTime, status: CODE_EVENTS[activity.activityId]}));
  }
  events.sort((a, b) => parseEngineDate(a.time) - parseEngineDate(b.time));
  const rows = events.map((event) => h('tr', {className: 'la-code-event'},
    h('td', null, formatDateTime(event.time)),
    h('td', null, event.status
      ? badge(CODE_STATUSES[event.status] || {label: event.status, tone: 'muted'})
      : badge({label: 'Hibás kód az Ügyfélportálon (' + event.failedAttempt + '. próbálkozás)', tone: 'warn'}))));
  const value = (name) => variables[name] ? variables[name].value : null;
  return section('Ügyfélbiztonsági kód',
    facts([
      ['SMS elküldve', sent ? formatDateTime(sent.endTime) : 'még nem (a küldés folyamatban vagy hibára futott)'],
      ['Címzett (maszkolva)', value('codeSentTo') ? h('span', {className: 'la-mono'}, value('codeSentTo')) : '—'],
      ['Érvényes eddig', value('codeExpiresAt') ? formatDateTime(value('codeExpiresAt')) : '—'],
      ['Hibás próbálkozások', value('codeFailedAttempts') !== null ? String(value('codeFailedAttempts')) : '0']
    ]),
    h('h4', null, 'A kód állapotának változásai'),
    table(['Időpont', 'Állapot'], rows, 'Nincs rögzített állapotváltozás.'));
}

function stepsSection(instance, activities, completedBy, updates) {
  const decisionOf = (operationId) => {
    const decision = updates.find((detail) => detail.userOperationId === operationId && DECISIONS[detail.variableName]
      && detail.value !== null && detail.value !== undefined);
    return decision ? DECISIONS[decision.variableName][String(decision.value)] || String(decision.value) : null;
  };
  const rows = activities.filter((activity) => ACTIVITY_KINDS[activity.activityType]).map((activity) => {
    let actor = 'rendszer';
    let decision = null;
    if (activity.activityType === 'startEvent') {
      actor = instance.startUserId || '—';
    } else if (activity.activityType === 'userTask') {
      const completion = completedBy[activity.taskId];
      actor = completion ? completion.userId : activity.canceled ? 'megszakítva' : activity.endTime ? '—' : 'nyitott feladat';
      decision = completion ? decisionOf(completion.operationId) : null;
    } else if (activity.activityType === 'intermediateMessageCatch') {
      actor = 'Ügyfélportál';
    } else if (activity.activityType === 'intermediateTimer') {
      actor = 'rendszer (időzítő)';
    } else if (activity.activityType === 'eventBasedGateway') {
      actor = '—';
    }
    const canceled = activity.canceled && ['userTask', 'serviceTask'].includes(activity.activityType);
    return h('tr', {className: canceled ? 'la-canceled' : null},
      h('td', null, h('div', {className: 'la-step'}, activity.activityName || activity.activityId),
        decision ? h('div', {className: 'la-decision'}, 'Döntés: ' + decision) : null),
      h('td', null, ACTIVITY_KINDS[activity.activityType]),
      h('td', null, formatDateTime(activity.startTime)),
      h('td', null, activity.endTime ? formatDateTime(activity.endTime) : 'folyamatban'),
      h('td', null, activity.endTime ? formatDuration(activity.durationInMillis) : '—'),
      h('td', null, actor));
  });
  return section('Lépések', table(['Lépés', 'Fajta', 'Kezdete', 'Vége', 'Időtartam', 'Elvégezte'], rows,
    'Nincsenek lépések.'));
}

/** Element id → name from the case's BPMN model (an incident may sit on an element the case never entered). */
function elementNames(xml) {
  const names = {};
  if (xml) {
    new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('[id][name]')
      .forEach((element) => { names[element.getAttribute('id')] = element.getAttribute('name'); });
  }
  return names;
}

function incidentSection(incidents, names) {
  const rows = incidents.map((incident) => h('tr', null,
    h('td', null, formatDateTime(incident.createTime)),
    h('td', null, names[incident.activityId] || incident.activityId || '—'),
    h('td', {className: 'la-message'}, (INCIDENT_TYPES[incident.incidentType] || incident.incidentType)
      + (incident.incidentMessage ? ': ' + shorten(redact(incident.incidentMessage), 300) : '')),
    h('td', null, incident.open ? badge({label: 'Nyitott', tone: 'bad'})
      : incident.resolved ? badge({label: 'Megoldva ' + formatDateTime(incident.endTime), tone: 'ok'})
        : badge({label: 'Törölve', tone: 'muted'}))));
  return section('Incidensek', table(['Időpont', 'Lépés', 'Hiba', 'Állapot'], rows, 'Nem volt incidens.'));
}

function otherOperationsSection(operations) {
  const seen = new Set();
  const others = operations.filter((operation) => !(operation.operationType === 'Complete'
    || (operation.operationType === 'Create' && operation.entityType === 'ProcessInstance')))
    .filter((operation) => !seen.has(operation.operationId + operation.property) && seen.add(operation.operationId + operation.property));
  if (!others.length) {
    return null;
  }
  const rows = others.map((operation) => h('tr', null,
    h('td', null, formatDateTime(operation.timestamp)),
    h('td', null, operation.userId || '—'),
    h('td', null, (OPERATIONS[operation.operationType] || operation.operationType) + ' (' + operation.entityType + ')'),
    h('td', {className: 'la-message'}, operation.property ? operation.property + ': '
      + shorten(redact(operation.orgValue), 80) + ' → ' + shorten(redact(operation.newValue), 80) : '')));
  return section('További felhasználói műveletek', table(['Időpont', 'Felhasználó', 'Művelet', 'Részletek'], rows, ''));
}

// ---------------------------------------------------------------------------------------------------------------

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
