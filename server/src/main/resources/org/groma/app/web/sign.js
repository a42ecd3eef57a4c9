// Signing what you see: the line an act names is read from its journal entry's own bytes (the hash the act
// quotes is recomputed from them, and the line's geometry hash from its points), and every signature is
// confirmed in a dialog that names the act.
import { get } from './api.js';
import { el } from './dom.js';
import { base64ToBytes, leafHash, bytesToHex } from './verify.js';

/** An entry's leaf hash, recomputed from its stored bytes, and the entry they hold. */
export async function entryFromBytes(seq) {
  const e = await get(`/api/entries/${seq}`);
  const bytes = base64ToBytes(e.stored);
  const hash = bytesToHex(await leafHash(bytes));
  const entry = JSON.parse(new TextDecoder().decode(bytes)).entry;
  return { hash, entry };
}

/**
 * The geometry hash of a line-proposed body: SHA-256 of the RFC 8785 canonical JSON
 * {"line":[[lon,lat],…],"segments":[{"feature":…,"lineType":…},…]} (docs/commission.md). The keys are written
 * in sorted order and the coordinates are integers, for which JSON.stringify writes RFC 8785's form.
 */
export async function geometryHash(body) {
  const canonical = JSON.stringify({
    line: body.line.map(([lon, lat]) => [lon, lat]),
    segments: body.segments.map((s) => ({ feature: s.feature ?? null, lineType: s.lineType })),
  });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return bytesToHex(new Uint8Array(digest));
}

/** A proposal's line as its entry holds it: entry hash, geometry hash, and [lon, lat] in degrees. */
export async function proposalLine(seq) {
  const { hash, entry } = await entryFromBytes(seq);
  if (entry.type !== 'line-proposed') {
    throw new Error(`entry ${seq} is a ${entry.type}, not a line-proposed act`);
  }
  return {
    entryHash: hash,
    geometryHash: await geometryHash(entry.body),
    body: entry.body,
    coordinates: entry.body.line.map(([lon, lat]) => [lon / 1e9, lat / 1e9]),
  };
}

/**
 * A modal dialog naming the act about to be signed; resolves true when the reader confirms. Escape and
 * "Cancel" resolve false. Focus starts on Cancel, so Enter alone does not sign.
 */
export function confirmAct({ title, lines, facts, confirmLabel }) {
  return new Promise((resolve) => {
    const cancel = el('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const ok = el('button', { type: 'button', class: 'sign' }, confirmLabel);
    const dialog = el('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' },
      el('h2', { id: 'confirm-title' }, title),
      lines.map((l) => el('p', {}, l)),
      facts ? el('dl', {}, facts.map(([k, v]) => [el('dt', {}, k), el('dd', { class: 'hash' }, v)])) : null,
      el('div', { class: 'actions' }, cancel, ok));
    const done = (answer) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    cancel.addEventListener('click', () => done(false));
    ok.addEventListener('click', () => done(true));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
