import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {byClass, elementsOf, nodesOf, tagsOf} from './fake-dom.mjs';
import {pluginModule} from './plugin-files.mjs';

const {
  SHOWN_VARIABLES, casePage, identificationSection, identifications, incidentSection, otherOperationsSection,
  requestFormSection
} = await pluginModule('case-page.js');

const CODE = '7KQ4-M9XW-2P';
const MARKUP = '<img src=x onerror="alert(1)"><b>félkövér</b>';

/** A history detail as GET /history/detail answers it. */
function detail(variableName, value, time, userOperationId) {
  return {variableName, value, time, userOperationId: userOperationId || null, activityInstanceId: 'case-1'};
}

/** What the history of one identification holds: the agent's submission and the server's masked update. */
function identification(operation, time, by, type, number) {
  return [
    detail('identityDocumentType', type, time, operation),
    detail('identityDocumentNumber', number, time, operation),
    detail('identifyDecision', 'IDENTIFIED', time, operation),
    detail('identityDocumentNumber', number, time, operation),
    detail('identifiedBy', by, time, operation),
    detail('identifiedAt', time, time, operation),
    detail('partnerName', 'Dorottya Katalin', time, operation),
    detail('partnerCustomerCardNumber', '123456789', time, operation)
  ];
}

function rowsText(node, className) {
  return byClass(node, className).map((row) => elementsOf(row, 'td').map((cell) => cell.textContent));
}

describe('the in-person identification', () => {
  test('is one row per identification, not one per history detail', () => {
    const updates = identification('op-1', '2026-12-01T09:00:00.000+0000', 'agent', 'ID_CARD', '******6AB');
    const rows = identifications(updates, {});
    assert.equal(rows.length, 1);
    assert.deepEqual(rowsText(identificationSection(rows), 'la-identification'), [[
      '2026. 12. 01. 10:00:00', 'agent', 'Dorottya Katalin – 123456789', 'Személyazonosító igazolvány', '******6AB'
    ]]);
  });

  test('shows each identification of a case identified twice with its own document', () => {
    const updates = identification('op-1', '2026-12-01T09:00:00.000+0000', 'agent', 'ID_CARD', '******6AB')
      .concat(identification('op-2', '2026-12-01T09:20:00.000+0000', 'agent2', 'PASSPORT', '******789'));
    const rows = rowsText(identificationSection(identifications(updates, {})), 'la-identification');
    assert.deepEqual(rows.map((row) => [row[1], row[3], row[4]]),
      [['agent', 'Személyazonosító igazolvány', '******6AB'], ['agent2', 'Útlevél', '******789']]);
  });

  test('masks a document number even if one arrived unmasked', () => {
    const updates = identification('op-1', '2026-12-01T09:00:00.000+0000', 'agent', 'ID_CARD', 'HU123456AB');
    const section = identificationSection(identifications(updates, {}));
    assert.equal(rowsText(section, 'la-identification')[0][4], '******6AB');
    assert.ok(!section.textContent.includes('HU123456AB'));
  });

  test('without history details (history level below full) comes from the case variables', () => {
    const rows = identifications([], {identifiedAt: '2026-12-01T09:00:00.000+0000', identifiedBy: 'agent',
      identityDocumentType: 'DRIVING_LICENCE', identityDocumentNumber: '******321', partnerName: 'Kis Éva'});
    assert.deepEqual(rowsText(identificationSection(rows), 'la-identification'),
      [['2026. 12. 01. 10:00:00', 'agent', 'Kis Éva', 'Vezetői engedély', '******321']]);
  });

  test('says so when nobody was identified', () => {
    const section = identificationSection(identifications([detail('identifyDecision', 'CANCEL', '2026-12-01T09:00:00.000+0000')], {}));
    assert.match(section.textContent, /nem azonosították/);
  });
});

describe('free text from the engine', () => {
  test('incident messages never show a code', () => {
    const section = incidentSection([{createTime: '2026-12-01T09:00:00.000+0000', activityId: 'Task_SendSecurityCode',
      incidentType: 'failedJob', incidentMessage: 'SMS provider refused text "Kódja: ' + CODE + '" (7KQ4M9XW2P)',
      open: true}], {Task_SendSecurityCode: 'Ügyfélbiztonsági kód küldése SMS-ben'});
    assert.match(section.textContent, /Sikertelen háttérfeladat: SMS provider refused text "Kódja: \[elrejtve\]" \(\[elrejtve\]\)/);
    assert.ok(!section.textContent.includes(CODE) && !section.textContent.includes('7KQ4M9XW2P'));
  });

  test('operation log values never show a code', () => {
    const section = otherOperationsSection([{timestamp: '2026-12-01T09:00:00.000+0000', userId: 'admin',
      operationType: 'ModifyVariable', entityType: 'Variable', operationId: 'op-9', property: 'value',
      orgValue: CODE.toLowerCase(), newValue: '7KQ4M9XW2P'}]);
    assert.match(section.textContent, /value: \[elrejtve\] → \[elrejtve\]/);
    assert.ok(!/7kq4|7KQ4/.test(section.textContent));
  });

  test('becomes text nodes only, never markup', () => {
    const page = casePage(caseWith({
      partnerName: MARKUP, caseNumber: MARKUP, accessCaseLabel: MARKUP, ineligibilityReason: MARKUP,
      customerDataChanges: JSON.stringify([{field: MARKUP, oldValue: MARKUP, newValue: MARKUP, changedBy: MARKUP,
        changedAt: '2026-12-01T09:00:00Z'}]),
      codeSentTo: MARKUP
    }, {
      incidentMessage: MARKUP, operationValue: MARKUP, activityName: MARKUP, identifiedBy: MARKUP,
      fileName: MARKUP
    }));
    const tags = tagsOf(page);
    assert.ok(!tags.has('IMG') && !tags.has('B'), 'elements made from engine text: ' + [...tags]);
    assert.ok(page.textContent.includes('<img src=x onerror="alert(1)">'), 'shown as text');
    const attributes = elementsOf(page).flatMap((element) => Object.keys(element.attributes));
    assert.ok(!attributes.some((name) => name.startsWith('on')), 'no inline handlers: ' + attributes);
  });
});

describe('the case page', () => {
  test('has the case number as its title', () => {
    const page = casePage(caseWith({caseNumber: 'ÜBK-2026-000123'}));
    assert.equal(elementsOf(page, 'h2')[0].textContent, 'ÜBK-2026-000123');
  });

  test('falls back to the business key for the title', () => {
    const page = casePage(caseWith({}, {businessKey: 'ÜBK-2026-000042'}));
    assert.equal(elementsOf(page, 'h2')[0].textContent, 'ÜBK-2026-000042');
  });

  test('links the request form to the application, with its file name and size', () => {
    const page = casePage(caseWith({}));
    const [download] = byClass(page, 'la-download');
    assert.equal(download.getAttribute('href'), '/api/cases/case-1/request-form');
    assert.equal(download.textContent, '⤓ igenylo-nyomtatvany-123456789.pdf letöltése');
    assert.match(page.textContent, /PDF, 24 kB/);
  });

  test('says why the request form cannot be downloaded', () => {
    const section = requestFormSection('case-1', [printed()], [], {}, {available: false, status: 404});
    assert.equal(byClass(section, 'la-download').length, 0);
    assert.match(section.textContent, /nem tölthető le/);
  });

  test('masks the code\'s recipient', () => {
    const page = casePage(caseWith({codeSentTo: '+36301234567'}));
    assert.match(page.textContent, /\+36 \*\*\*\*\* 4567/);
    assert.ok(!page.textContent.includes('301234567') && !page.textContent.includes('30 123'));
  });

  test('reads only the fixed list of variables', () => {
    assert.ok(SHOWN_VARIABLES.includes('caseNumber'));
    assert.ok(SHOWN_VARIABLES.includes('identifiedBy') && SHOWN_VARIABLES.includes('identifiedAt'));
    assert.ok(SHOWN_VARIABLES.includes('requestFormNotice'));
    assert.ok(!SHOWN_VARIABLES.includes('requestForm'), 'the PDF is no process variable');
    assert.ok(!SHOWN_VARIABLES.some((name) => /securityCode|code$/i.test(name)), 'nothing named like the code');
    assert.throws(() => SHOWN_VARIABLES.push('x'));
  });

  test('shows no variable outside the list, even if the engine answered one', () => {
    const page = casePage(caseWith({securityCode: CODE}));
    assert.ok(!page.textContent.includes(CODE));
  });
});

function printed() {
  return {activityId: 'Task_GenerateRequestForm', activityType: 'serviceTask', activityName: 'Igénylő nyomtatvány előállítása',
    startTime: '2026-12-01T09:05:00.000+0000', endTime: '2026-12-01T09:05:01.000+0000', durationInMillis: 1000};
}

/** A finished case's data, as caseView gathers it; text values can be overridden, e.g. with markup. */
function caseWith(variables, overrides = {}) {
  const time = '2026-12-01T09:00:00.000+0000';
  const updates = identification('op-1', time, overrides.identifiedBy || 'agent', 'ID_CARD', '******6AB')
    .concat([detail('signatureDecision', 'SIGNED', '2026-12-01T09:06:00.000+0000', 'op-3'),
      detail('codeStatus', 'ACTIVE', '2026-12-01T09:06:01.000+0000'),
      detail('codeStatus', 'EXPIRED', '2026-12-08T09:06:01.000+0000')]);
  return {
    state: {caseId: 'case-1', page: 0},
    instance: {id: 'case-1', businessKey: overrides.businessKey || null, startUserId: 'agent', startTime: time,
      endTime: '2026-12-08T09:06:01.000+0000', durationInMillis: 7 * 86400000, processDefinitionId: 'def'},
    outcome: {id: 'EndEvent_CodeExpired', label: 'Kód lejárt', tone: 'warn'},
    variables: Object.fromEntries(Object.entries(variables).filter(([name]) => SHOWN_VARIABLES.includes(name))),
    updates,
    activities: [
      {activityId: 'StartEvent_CustomerSearch', activityType: 'startEvent', activityName: 'Ügyfél keresés',
        startTime: time, endTime: time},
      {activityId: 'Task_IdentifyCustomer', activityType: 'userTask', activityName: overrides.activityName || 'Azonosítás',
        taskId: 'task-1', startTime: time, endTime: time},
      printed(),
      {activityId: 'Task_CollectSignature', activityType: 'userTask', activityName: 'Aláíratás', taskId: 'task-3',
        startTime: '2026-12-01T09:05:01.000+0000', endTime: '2026-12-01T09:06:00.000+0000'},
      {activityId: 'Task_SendSecurityCode', activityType: 'serviceTask', activityName: 'Küldés',
        startTime: '2026-12-01T09:06:00.000+0000', endTime: '2026-12-01T09:06:01.000+0000'}
    ],
    operations: [
      {operationType: 'Complete', taskId: 'task-1', operationId: 'op-1', userId: 'agent', entityType: 'Task'},
      {operationType: 'Complete', taskId: 'task-3', operationId: 'op-3', userId: 'agent', entityType: 'Task'},
      {operationType: 'SetJobRetries', operationId: 'op-4', userId: 'admin', entityType: 'Job', property: 'retries',
        orgValue: '0', newValue: overrides.operationValue || '1', timestamp: time}
    ],
    completedBy: {
      'task-1': {operationId: 'op-1', userId: 'agent'},
      'task-3': {operationId: 'op-3', userId: 'agent'}
    },
    incidents: [{createTime: time, activityId: 'Task_SendSecurityCode', incidentType: 'failedJob',
      incidentMessage: overrides.incidentMessage || 'timeout', resolved: true, endTime: time}],
    requestForm: {available: true, status: 200, fileName: overrides.fileName || 'igenylo-nyomtatvany-123456789.pdf',
      size: '24576'},
    names: {}
  };
}
