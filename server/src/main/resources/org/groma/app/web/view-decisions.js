// The decisions view: every decision with its draft text read from the draft entry's own bytes, its
// endorsements, whether it is in force and final; a signed-in co-chair endorses a draft here, signing the
// hash of exactly the draft shown.
import { get, post } from './api.js';
import { el, errorBox } from './dom.js';
import { base64ToBytes, leafHash, bytesToHex } from './verify.js';

let notice = null;

// The line's geometry hash as the draft entry itself quotes it (format 2 drafts), else as the node reports it.
function geometryOf(d, draft) {
  return draft.entry.body.geometryHash || d.geometry_hash;
}

async function draftEntry(seq) {
  const e = await get(`/api/entries/${seq}`);
  const bytes = base64ToBytes(e.stored);
  const hash = bytesToHex(await leafHash(bytes));
  const entry = JSON.parse(new TextDecoder().decode(bytes)).entry;
  return { hash, entry };
}

function finality(app, d) {
  if (d.in_force_seq === null || d.in_force_seq === undefined) {
    return null;
  }
  // The node decides finality (over every checkpoint it verified); the page only says why not.
  if (d.final) {
    return el('p', { class: 'final', 'data-final': 'true' },
      `Final: entry ${d.in_force_seq} is included under checkpoint ${d.final_under_size}, cosigned by both parties' witnesses.`);
  }
  const included = d.included_under_size;
  return el('p', { class: 'hint', 'data-final': 'false' },
    included ? `Not yet final: checkpoint ${included} includes it but is not cosigned by both parties' witnesses.`
      : 'Not yet final: no checkpoint cosigned by both parties\' witnesses includes it yet.');
}

function endorseControls(app, d, draft) {
  const me = app.me;
  if (d.in_force_seq !== null && d.in_force_seq !== undefined) {
    return null;
  }
  if (app.atTime) {
    return el('p', { class: 'hint' }, 'You are looking at the record as of a past date; move the slider to "now" to endorse.');
  }
  if (!me) {
    return el('p', {}, el('a', { href: '#/sign-in' }, 'Sign in'), ' as a co-chair to endorse this draft.');
  }
  if (!me.roles.includes('co-chair') || (me.party !== 'A' && me.party !== 'B')) {
    return el('p', { class: 'hint' }, `Only the parties' co-chairs endorse decisions; you are signed in as ${me.member}.`);
  }
  if ((d.endorsements || []).some((x) => x.party === me.party)) {
    return el('p', { class: 'hint' }, `${app.partyName(me.party)} has endorsed this draft.`);
  }
  const id = `read-${d.decision_id}`;
  const box = el('input', { type: 'checkbox', id });
  const button = el('button', { type: 'button', disabled: true }, `Endorse ${d.decision_id} for ${app.partyName(me.party)}`);
  box.addEventListener('change', () => { button.disabled = !box.checked; });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const r = await post('/api/acts/decision-endorsed', { decisionId: d.decision_id, draftHash: draft.hash, geometryHash: geometryOf(d, draft) });
      notice = { ok: true, text: `${app.partyName(me.party)} endorsed ${d.decision_id} in journal entry ${r.seq}.` };
    } catch (e) {
      notice = { ok: false, text: e.message };
    }
    await app.loadLayers();
    const panel = app.panel;
    panel.replaceChildren(panel.querySelector('h1'));
    await renderDecisions(panel, app);
    panel.querySelector('.notice')?.focus();
  });
  return el('div', { class: 'endorse' },
    el('p', {}, box, ' ', el('label', { for: id },
      `I have read draft decision ${d.decision_id} above (entry ${d.drafted_seq}, hash ${draft.hash.slice(0, 16)}…)`)),
    button);
}

export async function renderDecisions(panel, app) {
  if (notice) {
    panel.append(el('p', { class: `notice ${notice.ok ? 'ok' : 'error'}`, role: notice.ok ? 'status' : 'alert', tabindex: '-1' }, notice.text));
    notice = null;
  }
  const decisions = app.layers.decisions.features.map((f) => f.properties);
  if (!decisions.length) {
    panel.append(el('p', {}, 'No decision has been drafted in the record as of this date.'));
    return;
  }
  for (const d of decisions) {
    const draft = await draftEntry(d.drafted_seq);
    const intact = draft.hash === d.draft_hash;
    const inForce = d.in_force_seq !== null && d.in_force_seq !== undefined;
    const endorsements = (d.endorsements || []).map((x) =>
      el('li', {}, `${app.partyName(x.party)}: ${x.member}, ${x.time.replace('T', ' ').replace('Z', ' UTC')} (entry ${x.seq})`));
    panel.append(el('article', { class: 'decision', 'aria-labelledby': `d-${d.decision_id}`, 'data-decision': d.decision_id },
      el('h2', { id: `d-${d.decision_id}` }, `Decision ${d.decision_id} — section ${d.section_id}`),
      el('p', { class: `status ${inForce ? 'in-force' : 'draft'}`, 'data-status': d.status },
        inForce ? `In force since ${d.in_force_time.replace('T', ' ').replace('Z', ' UTC')} (entry ${d.in_force_seq})`
          : `Status: ${d.status}`),
      el('blockquote', {}, draft.entry.body.text),
      el('p', { class: 'hint' }, `Adopts proposal ${draft.entry.body.proposalId}. Drafted by ${draft.entry.author.member} in entry ${d.drafted_seq}; `,
        intact ? `draft hash ${draft.hash} recomputed by your browser from the entry's bytes.`
          : el('strong', {}, `the draft entry's bytes hash to ${draft.hash}, not ${d.draft_hash}: do not endorse.`)),
      el('p', { class: 'hint geometry-hash', 'data-geometry-hash': geometryOf(d, draft) },
        `Line geometry hash ${geometryOf(d, draft)}: what an endorsement signs for the line itself.`),
      el('h3', {}, 'Endorsements'),
      endorsements.length ? el('ul', {}, endorsements) : el('p', {}, 'None yet.'),
      finality(app, d),
      intact ? endorseControls(app, d, draft) : null));
  }
}

