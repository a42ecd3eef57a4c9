// The page's state lives in its address: #/VIEW?key=value&…, with asOf=YYYY-MM-DD for the "as of" date, so
// Back, reload and a link sent to someone else show the same view, selection, comparison and date.

/** The view and its parameters from the address. */
export function readHash() {
  const h = location.hash.replace(/^#\/?/, '');
  const i = h.indexOf('?');
  return { view: (i < 0 ? h : h.slice(0, i)) || 'map', params: new URLSearchParams(i < 0 ? '' : h.slice(i + 1)) };
}

/** The address of a view with parameters (empty and null values left out). */
export function hashFor(view, params) {
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [k, v] of entries) {
    if (v !== null && v !== undefined && v !== '') {
      q.set(k, v);
    }
  }
  const s = q.toString();
  return `#/${view}${s ? `?${s}` : ''}`;
}

let routed = null;

/** Remembers the address just drawn, so the history events it causes do not draw it again. */
export function markRouted() {
  const same = routed === location.hash;
  routed = location.hash;
  return same;
}

/**
 * Changes parameters of the current view without redrawing it: a new history entry (Back returns to the
 * previous state) unless {@code replace}.
 */
export function setParams(changes, { replace = false } = {}) {
  const { view, params } = readHash();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') {
      params.delete(k);
    } else {
      params.set(k, v);
    }
  }
  const h = hashFor(view, params);
  if (h === location.hash) {
    return;
  }
  if (replace) {
    history.replaceState(null, '', h);
  } else {
    history.pushState(null, '', h);
  }
  routed = h;
}

/** Goes to a view with parameters, keeping the "as of" date; the page redraws on the address change. */
export function go(view, params = {}) {
  const asOf = readHash().params.get('asOf');
  location.hash = hashFor(view, { ...params, asOf: params.asOf === undefined ? asOf : params.asOf });
}
