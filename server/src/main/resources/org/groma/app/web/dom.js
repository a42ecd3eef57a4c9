// Small helpers to build the DOM without innerHTML, so text from the journal is never read as markup.

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k === 'class') {
      e.className = v;
    } else if (k.startsWith('on')) {
      e.addEventListener(k.slice(2), v);
    } else if (v === true) {
      e.setAttribute(k, '');
    } else {
      e.setAttribute(k, v);
    }
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
  return node;
}

/** Square metres as km² with 3 decimals, or hectares below 1 km², or m² below a hectare. */
export function area(m2) {
  if (m2 >= 1e6) {
    return `${(m2 / 1e6).toLocaleString('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 })} km²`;
  }
  if (m2 >= 1e4) {
    return `${(m2 / 1e4).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ha`;
  }
  return `${m2.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} m²`;
}

export function metres(m) {
  return m >= 1000
    ? `${(m / 1000).toLocaleString('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 })} km`
    : `${m.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} m`;
}

export function latLon(p) {
  return `${p.latDeg.toFixed(6)}°, ${p.lonDeg.toFixed(6)}°`;
}

/** A settlement's population: GeoNames gives 0 when it does not know it, which is not "nobody". */
export function population(n) {
  return n ? n.toLocaleString('en') : 'unknown';
}

/** An error message in the panel, announced to screen readers. */
export function errorBox(message) {
  return el('p', { class: 'error', role: 'alert' }, message);
}
