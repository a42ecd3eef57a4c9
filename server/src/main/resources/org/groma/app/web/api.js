// Calls to this node's JSON API. Errors arrive as RFC 9457 problem+json; they become ApiError with the
// node's own detail, which the views show as they are.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

async function parse(response) {
  const type = response.headers.get('content-type') || '';
  if (!response.ok) {
    if (type.includes('json')) {
      const p = await response.json();
      throw new ApiError(response.status, p.title, p.detail);
    }
    throw new ApiError(response.status, response.statusText, await response.text());
  }
  if (response.status === 204) {
    return null;
  }
  return type.includes('json') ? response.json() : response.text();
}

export async function get(path) {
  return parse(await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

export async function post(path, body) {
  return parse(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  }));
}

// Every write the node takes is JSON, DELETE included (it refuses others with 415), so say so.
export async function del(path) {
  return parse(await fetch(path, {
    method: 'DELETE',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
  }));
}

/** Adds ?atTime= (or &atTime=) when the view is set to a past date. */
export function asOf(path, atTime) {
  if (!atTime) {
    return path;
  }
  return path + (path.includes('?') ? '&' : '?') + 'atTime=' + encodeURIComponent(atTime);
}
