/* One case's audit trail: summary, identification, data changes, request form, the code's fate, steps, incidents. */

import {requestFormAvailability, requestFormUrl} from './api.js';
import {badge, facts, h, header, section, table} from './dom.js';
import {
  formatDateTime, formatDuration, formatPhone, formatSize, maskDocumentNumber, maskPhone, parseEngineDate, redact,
  shorten
} from './format.js';
import {
  ACTIVITY_KINDS, CODE_EVENTS, CODE_STATUSES, DECISIONS, DELIVERY_STATUSES, DOCUMENT_TYPES, FIELDS, INCIDENT_TYPES,
  OPERATIONS, PROCESS_KEY
} from './labels.js';
import {outcomesOf} from './list.js';
import {link, withChanges} from './route.js';

/**
 * The only variables this page reads (privacy): never the code (it is not stored), no more personal data than
 * the trail needs, and never a generic variable dump.
 */
export const SHOWN_VARIABLES = Object.freeze([
  'caseNumber', 'partnerName', 'partnerCustomerCardNumber', 'searchCustomerCardNumber', 'accessCaseLabel',
  'ineligibilityReason', 'identityDocumentType', 'identityDocumentNumber', 'identifiedBy', 'identifiedAt',
  'identifyDecision', 'refineDecision', 'reviewDecision', 'correctionDecision', 'signatureDecision',
  'ineligibilityAcknowledged', 'customerDataChanges', 'requestFormNotice', 'codeSentTo', 'codeExpiresAt',
  'codeStatus', 'codeFailedAttempts', 'codeDeliveryStatus', 'resendDecision'
]);

export function backLink(state) {
  return h('p', {className: 'la-back'}, h('a', {href: link(withChanges(state, {caseId: ''}))}, '‹ Vissza az ügyek listájához'));
}

export async function caseView(api, state) {
  const id = encodeURIComponent(state.caseId);
  const instance = await api.get('/history/process-instance/' + id);
  if (instance.processDefinitionKey !== PROCESS_KEY) {
    throw new Error('Ez nem ügyfélbiztonsági kód igénylés.');
  }
  const [model, activities, operations, variableList, details, incidents, requestForm] = await Promise.all([
    api.get('/process-definition/' + encodeURIComponent(instance.processDefinitionId) + '/xml'),
    api.post('/history/activity-instance', {processInstanceId: state.caseId,
      sorting: [{sortBy: 'startTime', sortOrder: 'asc'}, {sortBy: 'occurrence', sortOrder: 'asc'}]}),
    api.get('/history/user-operation?processInstanceId=' + id + '&sortBy=timestamp&sortOrder=asc&maxResults=1000'),
    api.post('/history/variable-instance?deserializeValues=false',
      {processInstanceId: state.caseId, variableNameIn: SHOWN_VARIABLES}),
    api.get('/history/detail?processInstanceId=' + id
      + '&variableUpdates=true&deserializeValues=false&sortBy=time&sortOrder=asc&maxResults=5000'),
    api.get('/history/incident?processInstanceId=' + id + '&sortBy=createTime&sortOrder=asc'),
    requestFormAvailability(state.caseId)
  ]);
  const variables = {};
  variableList.filter((variable) => SHOWN_VARIABLES.includes(variable.name))
    .forEach((variable) => { variables[variable.name] = variable.value; });
  const updates = details.filter((detail) => SHOWN_VARIABLES.includes(detail.variableName));
  const completedBy = {};
  operations.filter((operation) => operation.operationType === 'Complete' && operation.taskId)
    .forEach((operation) => { completedBy[operation.taskId] = operation; });
  const outcome = (await outcomesOf(api, [instance]))[instance.id];
  return casePage({state, instance, outcome, variables, updates, activities, operations, completedBy, incidents,
    requestForm, names: elementNames(model.bpmn20Xml)});
}

/** The page from what the engine and the application answered (no requests: tests render it from data). */
export function casePage({state, instance, outcome, variables, updates, activities, operations, completedBy,
  incidents, requestForm, names}) {
  const value = (name) => variables[name] === undefined ? null : variables[name];
  const caseNumber = value('caseNumber') || instance.businessKey;
  const card = value('partnerCustomerCardNumber') || value('searchCustomerCardNumber');
  return h('div', {className: 'la-page'},
    backLink(state),
    header(caseNumber || 'Ügy audit naplója'),
    h('div', {className: 'la-case-title'},
      h('span', {className: 'la-case-name'}, (value('partnerName') || 'Azonosítatlan ügyfél')
        + ' – ' + (card || 'nincs kártyaszám')),
      badge(outcome)),
    facts([
      ['Ügyszám', caseNumber ? h('span', {className: 'la-case-number'}, caseNumber) : '—'],
      ['Ügyfél', value('partnerName') || 'nem azonosították'],
      ['Ügyfélkártyaszám', card || '—'],
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
    identificationSection(identifications(updates, variables)),
    dataChangeSection(value('customerDataChanges')),
    requestFormSection(instance.id, activities, updates, completedBy, requestForm),
    codeSection(variables, updates, activities),
    stepsSection(instance, activities, completedBy, updates),
    incidentSection(incidents, names || {}),
    otherOperationsSection(operations));
}

/**
 * Each in-person identification of the case, as the server recorded it: one per identifiedAt update (the server
 * sets it once per identification), with the values of the same submission. The document number has a history
 * detail for the agent's submission and one for the server's masked update: both belong to one identification.
 */
export function identifications(updates, variables) {
  const recorded = updates.filter((detail) => detail.variableName === 'identifiedAt' && detail.value);
  const valueFor = (name, identified, next) => {
    const candidates = updates.filter((detail) => detail.variableName === name && detail.value !== null
      && detail.value !== undefined);
    const sameSubmission = identified.userOperationId
      && candidates.filter((detail) => detail.userOperationId === identified.userOperationId).pop();
    if (sameSubmission) {
      return sameSubmission.value;
    }
    const at = parseEngineDate(identified.time);
    const until = next ? parseEngineDate(next.time) : null;
    const before = candidates.filter((detail) => parseEngineDate(detail.time) <= at).pop();
    const after = candidates.find((detail) => parseEngineDate(detail.time) > at
      && (!until || parseEngineDate(detail.time) < until));
    return (before || after || {}).value;
  };
  if (!recorded.length) {
    return variables.identifiedAt ? [{
      at: variables.identifiedAt, by: variables.identifiedBy, documentType: variables.identityDocumentType,
      documentNumber: variables.identityDocumentNumber, customer: variables.partnerName,
      card: variables.partnerCustomerCardNumber
    }] : [];
  }
  return recorded.map((identified, index) => {
    const next = recorded[index + 1];
    return {
      at: identified.value,
      by: valueFor('identifiedBy', identified, next),
      documentType: valueFor('identityDocumentType', identified, next),
      documentNumber: valueFor('identityDocumentNumber', identified, next),
      customer: valueFor('partnerName', identified, next) || variables.partnerName,
      card: valueFor('partnerCustomerCardNumber', identified, next) || variables.partnerCustomerCardNumber
    };
  });
}

export function identificationSection(rows) {
  return section('Személyes azonosítás',
    table(['Időpont', 'Azonosította', 'Ügyfél', 'Okmány típusa', 'Okmányszám (maszkolva)'],
      rows.map((identification) => h('tr', {className: 'la-identification'},
        h('td', null, formatDateTime(identification.at)),
        h('td', null, identification.by || '—'),
        h('td', null, [identification.customer, identification.card].filter(Boolean).join(' – ') || '—'),
        h('td', null, identification.documentType
          ? DOCUMENT_TYPES[identification.documentType] || identification.documentType : '—'),
        h('td', {className: 'la-mono', 'data-masked-document-number': ''},
          maskDocumentNumber(identification.documentNumber)))),
      'Az ügyfelet ebben az ügyben nem azonosították.'));
}

export function dataChangeSection(json) {
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

/** The form printed last in the case, served by the application (the case record keeps it, not the history). */
export function requestFormSection(processInstanceId, activities, updates, completedBy, availability) {
  const printed = activities.filter((activity) => activity.activityId === 'Task_GenerateRequestForm'
    && activity.endTime && !activity.canceled);
  const signed = activities.filter((activity) => activity.activityId === 'Task_CollectSignature' && activity.endTime)
    .map((activity) => ({activity, completion: completedBy[activity.taskId]}))
    .filter(({activity}) => updates.some((detail) => detail.variableName === 'signatureDecision'
      && detail.value === 'SIGNED' && completedBy[activity.taskId]
      && detail.userOperationId === completedBy[activity.taskId].operationId));
  const reprintReasons = updates.filter((detail) => detail.variableName === 'requestFormNotice' && detail.value);
  const form = availability || {available: false, status: 0};
  if (!printed.length && !form.available) {
    return section('Igénylő nyomtatvány', h('p', {className: 'la-empty'}, 'Az ügyben nem készült igénylő nyomtatvány.'));
  }
  const fileName = form.fileName || 'igénylő nyomtatvány';
  return section('Igénylő nyomtatvány', facts([
    ['Nyomtatva', printed.length ? printed.map((activity) => formatDateTime(activity.endTime)).join(', ') : '—'],
    ['Új nyomtatvány kellett, mert', reprintReasons.length ? h('ul', {className: 'la-list'},
      reprintReasons.map((detail) => h('li', null, formatDateTime(detail.time) + ': ' + shorten(redact(detail.value), 300))))
      : undefined],
    ['Aláírás rögzítve', signed.length ? signed.map(({activity, completion}) => formatDateTime(activity.endTime)
      + ' (' + completion.userId + ')').join(', ') : 'nem (az ügyfél nem írta alá)'],
    ['Fájl', form.available
      ? h('span', null, h('a', {
        className: 'la-download', download: form.fileName || 'igenylo-nyomtatvany.pdf',
        href: requestFormUrl(processInstanceId)
      }, '⤓ ' + fileName + ' letöltése'), formatSize(form.size) ? h('span', {className: 'la-size'}, ' (PDF, '
        + formatSize(form.size) + ')') : null)
      : h('span', {className: 'la-unavailable'}, form.status === 401 ? 'nem tölthető le: jelentkezzen be újra'
        : 'nem tölthető le (az alkalmazás nem találja, vagy nincs hozzá jogosultsága)')],
    ['Megjegyzés', printed.length > 1 ? 'Többször készült; a legutóbbi változat tölthető le.' : undefined]
  ]));
}

export function codeSection(variables, updates, activities) {
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
  updates.filter((detail) => detail.variableName === 'codeDeliveryStatus' && detail.value)
    .forEach((detail) => events.push({time: detail.time, delivery: detail.value}));
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
      ? badge(CODE_STATUSES[event.status] || {label: String(event.status), tone: 'muted'})
      : event.delivery
        ? badge(DELIVERY_STATUSES[event.delivery] || {label: String(event.delivery), tone: 'muted'})
        : badge({label: 'Hibás kód az Ügyfélportálon (' + event.failedAttempt + '. próbálkozás)', tone: 'warn'}))));
  const value = (name) => variables[name] === undefined ? null : variables[name];
  return section('Ügyfélbiztonsági kód',
    facts([
      ['SMS elküldve', sent ? formatDateTime(sent.endTime) : 'még nem (a küldés folyamatban vagy hibára futott)'],
      ['Címzett (maszkolva)', value('codeSentTo') ? h('span', {className: 'la-mono'}, maskPhone(value('codeSentTo'))) : '—'],
      ['Érvényes eddig', value('codeExpiresAt') ? formatDateTime(value('codeExpiresAt')) : '—'],
      ['Kézbesítés', value('codeDeliveryStatus')
        ? badge(DELIVERY_STATUSES[value('codeDeliveryStatus')] || {label: String(value('codeDeliveryStatus')), tone: 'muted'})
        : 'a szolgáltató még nem jelentett'],
      ['Hibás próbálkozások', value('codeFailedAttempts') !== null ? String(value('codeFailedAttempts')) : '0']
    ]),
    h('h4', null, 'A kód állapotának változásai'),
    table(['Időpont', 'Állapot'], rows, 'Nincs rögzített állapotváltozás.'));
}

export function stepsSection(instance, activities, completedBy, updates) {
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

export function incidentSection(incidents, names) {
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

export function otherOperationsSection(operations) {
  const seen = new Set();
  const others = operations.filter((operation) => !(operation.operationType === 'Complete'
    || (operation.operationType === 'Create' && operation.entityType === 'ProcessInstance')))
    .filter((operation) => !seen.has(operation.operationId + operation.property) && seen.add(operation.operationId + operation.property));
  if (!others.length) {
    return null;
  }
  const rows = others.map((operation) => h('tr', {className: 'la-operation'},
    h('td', null, formatDateTime(operation.timestamp)),
    h('td', null, operation.userId || '—'),
    h('td', null, (OPERATIONS[operation.operationType] || operation.operationType) + ' (' + operation.entityType + ')'),
    h('td', {className: 'la-message'}, operation.property ? operation.property + ': '
      + shorten(redact(operation.orgValue), 80) + ' → ' + shorten(redact(operation.newValue), 80) : '')));
  return section('További felhasználói műveletek', table(['Időpont', 'Felhasználó', 'Művelet', 'Részletek'], rows, ''));
}
