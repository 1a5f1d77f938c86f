import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import './fake-dom.mjs';
import {pluginModule} from './plugin-files.mjs';

const {caseNumberPattern, listQuery} = await pluginModule('list.js');
const {link, readState} = await pluginModule('route.js');

describe('the case list', () => {
  test('finds a case by its case number, whole or in part, in any case', () => {
    assert.equal(caseNumberPattern('ÜBK-2026-000123'), '%ÜBK-2026-000123%');
    assert.equal(caseNumberPattern(' übk-2026-000123 '), '%ÜBK-2026-000123%');
    assert.equal(caseNumberPattern('000123'), '%000123%');
  });

  test('lets no LIKE wildcard through from what the auditor typed', () => {
    assert.equal(caseNumberPattern('%_'), null);
    assert.equal(caseNumberPattern('ÜBK%2026'), '%ÜBK2026%');
  });

  test('queries the business key with the case number, together with the other filters', () => {
    const query = listQuery({caseNumber: 'ÜBK-2026-000123', card: '123456789', agent: 'agent', outcome: 'RUNNING',
      from: '', to: '', page: 0});
    assert.equal(query.processDefinitionKey, 'SecurityCodeIssuanceProcess');
    assert.equal(query.processInstanceBusinessKeyLike, '%ÜBK-2026-000123%');
    assert.equal(query.startedBy, 'agent');
    assert.equal(query.unfinished, true);
    assert.deepEqual(query.orQueries[0].variables.map((variable) => variable.value), ['123456789', '123456789']);
  });

  test('keeps the case number filter in the link, so it can be shared and Back works', () => {
    const shared = link({caseNumber: 'ÜBK-2026-000123', card: '', page: 2, caseId: ''});
    assert.equal(shared, '#/ugyfelbiztonsagi-kod-audit?ugyszam=%C3%9CBK-2026-000123&oldal=2');
    const state = readState(shared);
    assert.equal(state.caseNumber, 'ÜBK-2026-000123');
    assert.equal(state.page, 2);
  });
});
