/*
 * The engine API of the webapp (/camunda/api/engine/engine/default/...) with the signed-in user's session and
 * CSRF token, read-only; and the application's own case API (/api/cases/...), which reads the same session.
 */

import {fileNameOf} from './format.js';

/** The application's case API: served by the application itself, beside (not under) the webapps' /camunda. */
const CASE_API = '/api/cases/';

export class EngineError extends Error {
  constructor(status) {
    super(status === 401 ? 'A munkamenet lejárt: jelentkezzen be újra.'
      : status === 403 ? 'Nincs jogosultsága az ügyek előzményeinek megtekintéséhez.'
        : status === 404 ? 'Nincs ilyen ügy az előzmények között (vagy már lejárt a megőrzési ideje).'
          : 'A folyamatmotor nem válaszolt (HTTP ' + status + '). Próbálja újra később.');
    this.status = status;
  }
}

function csrfToken(api) {
  const cookie = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : api.CSRFToken;
}

/** @param api what Cockpit hands a plugin's render function: engineApi, CSRFToken, … */
export function engine(api) {
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
    post: (path, body) => call('POST', path, body)
  };
}

export function requestFormUrl(processInstanceId) {
  return CASE_API + encodeURIComponent(processInstanceId) + '/request-form';
}

/**
 * Whether the case's request form can be downloaded, without downloading it (HEAD): its file name and size, or
 * the application's reason (401 without a session, 404 when there is none or the user may not read it).
 */
export async function requestFormAvailability(processInstanceId) {
  try {
    const response = await fetch(requestFormUrl(processInstanceId), {method: 'HEAD', credentials: 'same-origin'});
    return {
      available: response.ok,
      status: response.status,
      fileName: response.ok ? fileNameOf(response.headers.get('Content-Disposition')) : null,
      size: response.ok ? response.headers.get('Content-Length') : null
    };
  } catch (e) {
    return {available: false, status: 0, fileName: null, size: null};
  }
}
