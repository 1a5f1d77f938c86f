/*
 * Formatting, masking and redaction for the audit pages: pure functions without the DOM, so that node --test
 * runs them as the browser does (src/test/js).
 */

export const ZONE = 'Europe/Budapest';

const DATE_TIME = new Intl.DateTimeFormat('hu-HU', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  second: '2-digit'
});

/** The engine writes "2025-06-02T10:30:15.123+0000"; Date wants a colon in the offset. */
export function parseEngineDate(value) {
  if (!value) {
    return null;
  }
  const date = new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date.getTime()) ? null : date;
}

/** Budapest time, e.g. "2026. 06. 02. 12:30:15"; "—" when there is none. */
export function formatDateTime(value) {
  const date = value instanceof Date ? value : parseEngineDate(value);
  return date ? DATE_TIME.format(date) : '—';
}

/** The two largest units: "2 nap 3 óra", "5 perc 12 mp", "< 1 mp". */
export function formatDuration(millis) {
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

/** A date input's day (yyyy-MM-dd) at the browser's local midnight, plus some days, in the engine's query format. */
export function engineDate(day, plusDays) {
  const [year, month, date] = day.split('-').map(Number);
  const local = new Date(year, month - 1, date + plusDays);
  const offset = -local.getTimezoneOffset();
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return local.getFullYear() + '-' + pad(local.getMonth() + 1) + '-' + pad(local.getDate()) + 'T00:00:00.000'
    + (offset >= 0 ? '+' : '-') + pad(offset / 60) + pad(offset % 60);
}

const DOCUMENT_MASK = '******';

/**
 * An identity document number with all but its last 3 characters hidden: "HU 123456-ab" → "******6AB", as the
 * server masks it (DocumentNumbers); fewer are shown of a short number, and a masked one stays masked.
 */
export function maskDocumentNumber(value) {
  const number = String(value === null || value === undefined ? '' : value).replace(/[\s-]+/g, '').toUpperCase();
  const unmasked = number.replace(/^\*+/, '');
  if (!unmasked) {
    return '—';
  }
  const visible = number !== unmasked ? Math.min(3, unmasked.length)
    : unmasked.length >= 6 ? 3 : unmasked.length >= 4 ? 1 : 0;
  return DOCUMENT_MASK + unmasked.slice(unmasked.length - visible);
}

/** +36301234567 → +36 30 123 4567 (Hungarian mobiles); anything else as stored. */
export function formatPhone(value) {
  if (value === null || value === undefined || value === '') {
    return 'nem volt megadva';
  }
  const hungarian = /^\+36(\d{2})(\d{3})(\d{4})$/.exec(value);
  return hungarian ? '+36 ' + hungarian[1] + ' ' + hungarian[2] + ' ' + hungarian[3] : String(value);
}

/**
 * A phone number with only its last 4 digits shown, as the server masks the code's recipient: +36301234567 →
 * "+36 ***** 4567"; a masked number stays as it is.
 */
export function maskPhone(value) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const text = String(value);
  if (text.includes('*')) {
    return text;
  }
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5) {
    return '*****';
  }
  const hungarian = /^(?:36|06)(\d+)$/.exec(digits);
  const national = hungarian ? hungarian[1] : digits;
  return (hungarian ? '+36 ' : '+') + '*'.repeat(national.length - 4) + ' ' + national.slice(-4);
}

const HIDDEN = '[elrejtve]';
// Crockford base32 as codes are issued (no I, L, O, U)
const CODE_CHARACTER = '[0-9A-HJKMNP-TV-Z]';
const HYPHEN = '[-\\u2010-\\u2015\\u2212]';
const HYPHEN_OR_SPACE = '[-\\u2010-\\u2015\\u2212\\s]';
const BEFORE = '(?<![0-9A-Za-z])';
const AFTER = '(?![0-9A-Za-z])';
const grouped = (separator) => BEFORE + CODE_CHARACTER + '{4}' + separator + CODE_CHARACTER + '{4}' + separator
  + CODE_CHARACTER + '{2}' + AFTER;
const CODE_SHAPES = [
  // as the SMS shows it (7KQ4-M9XW-2P), also with spaces, or ungrouped (7KQ4M9XW2P)
  new RegExp(grouped(HYPHEN_OR_SPACE), 'g'),
  new RegExp(BEFORE + CODE_CHARACTER + '{10}' + AFTER, 'g'),
  // as a customer may type it, in lower case: only with hyphens, or Hungarian words ("mert ezek az") would match
  new RegExp(grouped(HYPHEN), 'gi')
];

/**
 * Free text from the engine (incident messages, operation log values) with anything shaped like a security code
 * (10 Crockford base32 characters, "7KQ4M9XW2P" or grouped "7KQ4-M9XW-2P") hidden.
 */
export function redact(text) {
  return CODE_SHAPES.reduce((redacted, shape) => redacted.replace(shape, HIDDEN),
    String(text === null || text === undefined ? '' : text));
}

export function shorten(text, length) {
  return text.length > length ? text.slice(0, length - 1) + '…' : text;
}

/** The file name of a Content-Disposition header (RFC 6266: filename* wins over filename), or null. */
export function fileNameOf(contentDisposition) {
  const header = String(contentDisposition || '');
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch (e) {
      // a broken encoding: fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  return plain ? (plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2].trim()) : null;
}

/** 12 345 bytes → "12 kB". */
export function formatSize(bytes) {
  const size = Number(bytes);
  if (!Number.isFinite(size) || size <= 0) {
    return null;
  }
  return size < 1024 ? size + ' bájt' : Math.round(size / 1024) + ' kB';
}
