import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {pluginModule} from './plugin-files.mjs';

const {
  fileNameOf, formatDateTime, formatDuration, formatPhone, formatSize, maskDocumentNumber, maskPhone, parseEngineDate,
  redact
} = await pluginModule('format.js');

const CODE = '7KQ4-M9XW-2P';

describe('identity document numbers', () => {
  test('show only their last 3 characters, as the server masks them', () => {
    assert.equal(maskDocumentNumber('HU123456AB'), '******6AB');
    assert.equal(maskDocumentNumber('123456AB'), '******6AB');
  });

  test('are normalised as the server does: spaces and hyphens dropped, upper case', () => {
    assert.equal(maskDocumentNumber('hu 123456-ab'), '******6AB');
  });

  test('already masked by the server stay masked the same way', () => {
    assert.equal(maskDocumentNumber('******6AB'), '******6AB');
    assert.equal(maskDocumentNumber(maskDocumentNumber('HU123456AB')), '******6AB');
  });

  test('short ones show fewer characters or none', () => {
    assert.equal(maskDocumentNumber('AB12'), '******2');
    assert.equal(maskDocumentNumber('AB1'), '******');
  });

  test('never show more than 3 characters of the number', () => {
    for (const number of ['HU123456AB', 'X9876543210Z', 'AB-12 34-56', '******123456']) {
      const masked = maskDocumentNumber(number);
      assert.match(masked, /^\*{6}[0-9A-Z]{0,3}$/, number + ' → ' + masked);
    }
  });

  test('missing ones show a dash', () => {
    for (const missing of [null, undefined, '', '   ']) {
      assert.equal(maskDocumentNumber(missing), '—');
    }
  });
});

describe('phone numbers', () => {
  test('the code\'s recipient shows only the last 4 digits, as the server masks it', () => {
    assert.equal(maskPhone('+36301234567'), '+36 ***** 4567');
    assert.equal(maskPhone('+36 ***** 4567'), '+36 ***** 4567');
    assert.equal(maskPhone('06 70 555 0199'), '+36 ***** 0199');
    assert.equal(maskPhone('+4915112345678'), '+********* 5678');
  });

  test('a masked recipient never shows more digits than the last 4', () => {
    for (const number of ['+36301234567', '+36 70 555 0199', '+4915112345678', '+447911123456']) {
      assert.equal(maskPhone(number).replace(/\D/g, '').replace(/^36/, '').length, 4, number);
    }
  });

  test('data changes show Hungarian mobiles grouped, others as stored', () => {
    assert.equal(formatPhone('+36301234567'), '+36 30 123 4567');
    assert.equal(formatPhone('+4915112345678'), '+4915112345678');
    assert.equal(formatPhone(null), 'nem volt megadva');
  });
});

describe('anything shaped like a security code is hidden', () => {
  test('grouped as in the SMS', () => {
    assert.equal(redact('SMS to +36 ***** 4567 failed: code ' + CODE + ' rejected'),
      'SMS to +36 ***** 4567 failed: code [elrejtve] rejected');
  });

  test('without hyphens', () => {
    assert.equal(redact('text=Kódja: 7KQ4M9XW2P.'), 'text=Kódja: [elrejtve].');
  });

  test('grouped with spaces or Unicode dashes', () => {
    assert.equal(redact('7KQ4 M9XW 2P'), '[elrejtve]');
    assert.equal(redact('7KQ4\u2013M9XW\u20112P'), '[elrejtve]');
  });

  test('typed in lower case with hyphens', () => {
    assert.equal(redact('input 7kq4-m9xw-2p'), 'input [elrejtve]');
  });

  test('next to punctuation, quotes, underscores or in JSON', () => {
    assert.equal(redact('{"code":"7KQ4M9XW2P"}'), '{"code":"[elrejtve]"}');
    assert.equal(redact('code_7KQ4M9XW2P;'), 'code_[elrejtve];');
    assert.equal(redact('(' + CODE + ')'), '([elrejtve])');
  });

  test('every code in the text, not only the first', () => {
    assert.equal(redact('old 7KQ4M9XW2P new ABCD-EFGH-JK'), 'old [elrejtve] new [elrejtve]');
  });

  test('in operation log values of any type, and nothing for a missing value', () => {
    assert.equal(redact(null), '');
    assert.equal(redact(undefined), '');
    assert.equal(redact(1234567890), '[elrejtve]');
  });

  test('ordinary text stays readable', () => {
    for (const text of ['Connection refused', 'HU123456AB', 'mert ezek az', 'Az SMS-szolgáltató nem válaszolt',
      'retries: 3', 'SetJobRetries', '+36 ***** 4567', 'ÜBK-2026-000123']) {
      assert.equal(redact(text), text);
    }
  });

  test('a longer run of code characters is not a code', () => {
    assert.equal(redact('AB7KQ4M9XW2P'), 'AB7KQ4M9XW2P');
  });
});

describe('dates and durations', () => {
  test('engine dates are shown in Budapest time', () => {
    assert.equal(formatDateTime('2026-06-02T10:30:15.123+0000'), '2026. 06. 02. 12:30:15');
    assert.equal(formatDateTime('2026-12-01T10:30:15.000+0100'), '2026. 12. 01. 10:30:15');
    assert.equal(formatDateTime(null), '—');
    assert.equal(parseEngineDate('not a date'), null);
  });

  test('durations show their two largest units', () => {
    assert.equal(formatDuration(500), '< 1 mp');
    assert.equal(formatDuration(65_000), '1 perc 5 mp');
    assert.equal(formatDuration((2 * 86400 + 3 * 3600 + 59) * 1000), '2 nap 3 óra');
    assert.equal(formatDuration(null), '—');
  });
});

describe('the request form download', () => {
  test('its file name comes from Content-Disposition', () => {
    assert.equal(fileNameOf('attachment; filename="igenylo-nyomtatvany-123456789.pdf"'),
      'igenylo-nyomtatvany-123456789.pdf');
    assert.equal(fileNameOf("attachment; filename*=UTF-8''ig%C3%A9nyl%C5%91.pdf"), 'igénylő.pdf');
    assert.equal(fileNameOf('attachment; filename="a.pdf"; filename*=UTF-8\'\'b.pdf'), 'b.pdf');
    assert.equal(fileNameOf(null), null);
  });

  test('its size is shown in kB', () => {
    assert.equal(formatSize('24576'), '24 kB');
    assert.equal(formatSize('900'), '900 bájt');
    assert.equal(formatSize(null), null);
  });
});
