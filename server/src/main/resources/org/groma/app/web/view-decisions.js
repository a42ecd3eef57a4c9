// The decisions view: every decision with its draft text read from the draft entry's own bytes, where it
// stands (drafted → in force → final, and who must act next: both from the node), and its endorsements. A
// decision's review (#/decisions?decision=D-n) shows what an endorsement signs: the line, read from its
// proposal entry's bytes and drawn on the map over the line it replaces, its turning points, the areas it
// moves and the settlements in them, and the geometry hash the browser recomputed from that line. A
// signed-in co-chair endorses from the review, after a confirmation that names the act.
import { get, post, asOf } from './api.js';
import { el, errorBox, metres } from './dom.js';
import { entryFromBytes, proposalLine, confirmAct } from './sign.js';
import { comparisonLegend, areasTable } from './view-compare.js';
import { hashFor } from './url.js';

function when(t) {
  return t.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
}

const STEPS = [['drafted', 'Drafted'], ['in force', 'In force'], ['final', 'Final']];

/** Drafted → in force → final, as the node reports the stage; marked by text, not only colour. */
function progress(d) {
  const reached = STEPS.findIndex(([code]) => code === d.stage);
  return el('ol', { class: 'progress', 'aria-label': `Progress of ${d.decision_id}`, 'data-stage': d.stage },
    STEPS.map(([code, label], i) => el('li', {
      class: i <= reached ? 'done' : i === reached + 1 ? 'upcoming' : 'todo',
      'aria-current': i === reached ? 'step' : null,
    }, el('span', { class: 'mark', 'aria-hidden': 'true' }, i <= reached ? '✓' : i === reached + 1 ? '→' : '○'), ' ',
    label, el('span', { class: 'visually-hidden' }, i <= reached ? ' (reached)' : ' (not yet)'))));
}

function nextSteps(app, d) {
  const next = d.next || [];
  if (!next.length) {
    return null;
  }
  const text = (n) => {
    switch (n.act) {
      case 'endorse': return `a co-chair of ${app.partyName(n.party)} must endorse the draft`;
      case 'checkpoint': return `the log operator ${n.who} must sign a checkpoint that includes entry ${n.entry_seq}`;
      case 'cosign': return `the witness of ${app.partyName(n.party)}, ${n.who}, must cosign checkpoint ${n.checkpoint_size}`;
      default: return n.act;
    }
  };
  return el('div', { class: 'next', 'data-next': next.map((n) => n.act).join(' ') },
    el('strong', {}, 'Who acts next: '),
    next.length === 1 ? text(next[0]) : el('ul', {}, next.map((n) => el('li', {}, text(n)))));
}

function finality(d) {
  if (d.in_force_seq === null || d.in_force_seq === undefined) {
    return null;
  }
  // The node decides finality (over every checkpoint it verified); the page only says why not.
  if (d.final) {
    return el('p', { class: 'final', 'data-final': 'true' },
      `Final: entry ${d.in_force_seq} is included under checkpoint ${d.final_under_size}, cosigned by both parties' witnesses.`);
  }
  // Which checkpoint includes the entry is the node's answer too (included_under_size), not a size compared here.
  const covered = d.included_under_size;
  return el('p', { class: 'hint', 'data-final': 'false' },
    covered ? `Not yet final: checkpoint ${covered} includes it but is not cosigned by both parties' witnesses.`
      : 'Not yet final: no checkpoint cosigned by both parties\' witnesses includes it yet.');
}

/** Why this reader may not endorse, or null when they may (a co-chair of A or B who has not yet). */
function endorseRefusal(app, d) {
  const me = app.me;
  if (d.in_force_seq !== null && d.in_force_seq !== undefined) {
    return el('span', {});
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
  return null;
}

export async function renderDecisions(panel, app, params) {
  const decisions = app.layers.decisions.features.map((f) => f.properties);
  if (!decisions.length) {
    panel.append(el('p', {}, 'No decision has been drafted in the record as of this date.'));
    return;
  }
  const selected = params && params.get('decision');
  if (selected && !decisions.some((d) => d.decision_id === selected)) {
    panel.append(errorBox(`No decision ${selected} in the record as of this date.`));
  }
  for (const d of decisions) {
    const draft = await entryFromBytes(d.drafted_seq);
    const intact = draft.hash === d.draft_hash;
    const inForce = d.in_force_seq !== null && d.in_force_seq !== undefined;
    const geometryHash = draft.entry.body.geometryHash || d.geometry_hash;
    const endorsements = (d.endorsements || []).map((x) =>
      el('li', {}, `${app.partyName(x.party)}: ${x.member}, ${when(x.time)} (entry ${x.seq})`));
    const refusal = endorseRefusal(app, d);
    const open = selected === d.decision_id;
    const card = el('article', { class: `decision${open ? ' open' : ''}`, 'aria-labelledby': `d-${d.decision_id}`, 'data-decision': d.decision_id },
      el('h2', { id: `d-${d.decision_id}` }, `Decision ${d.decision_id} — section ${d.section_id}`),
      progress(d),
      el('p', { class: `status ${inForce ? 'in-force' : 'draft'}`, 'data-status': d.status },
        inForce ? `In force since ${when(d.in_force_time)} (entry ${d.in_force_seq})` : `Status: ${d.status}`),
      finality(d),
      nextSteps(app, d),
      el('blockquote', {}, draft.entry.body.text),
      el('p', { class: 'hint' }, `Adopts proposal ${draft.entry.body.proposalId}. Drafted by ${draft.entry.author.member} in entry ${d.drafted_seq}; `,
        intact ? `draft hash ${draft.hash} recomputed by your browser from the entry's bytes.`
          : el('strong', {}, `the draft entry's bytes hash to ${draft.hash}, not ${d.draft_hash}: do not endorse.`)),
      el('p', { class: 'hint geometry-hash', 'data-geometry-hash': geometryHash },
        `Line geometry hash ${geometryHash}: what an endorsement signs for the line itself.`),
      el('h3', {}, 'Endorsements'),
      endorsements.length ? el('ul', {}, endorsements) : el('p', {}, 'None yet.'),
      refusal);
    panel.append(card);
    if (open) {
      card.append(await review(app, d, draft, intact && !refusal));
    } else {
      card.append(el('p', {}, el('a', { class: 'button', href: hashFor('decisions', { decision: d.decision_id, asOf: params && params.get('asOf') }) },
        !refusal && intact ? `Review ${d.decision_id} before endorsing` : `Show ${d.decision_id}'s line and what it changes`)));
    }
  }
  // Beside the map (wide screens), the panel scrolls to the decision under review; on a phone the map comes first.
  const card = selected && panel.querySelector(`article[data-decision="${CSS.escape(selected)}"]`);
  if (card && matchMedia('(min-width: 901px)').matches) {
    panel.scrollTop = card.offsetTop - panel.offsetTop;
  }
}

function proposalFeature(app, id) {
  return app.layers.proposals.features.find((f) => f.properties.proposal_id === id);
}

/** What an endorsement of {@code d} signs, shown before it: line, turning points, what it changes, hashes. */
async function review(app, d, draft, mayEndorse) {
  const box = el('section', { class: 'review', 'aria-labelledby': `review-${d.decision_id}` },
    el('h3', { id: `review-${d.decision_id}` }, `What endorsing ${d.decision_id} signs`));
  const body = draft.entry.body;
  const adopted = proposalFeature(app, body.proposalId);
  if (!adopted) {
    box.append(errorBox(`Proposal ${body.proposalId} is not in the record as of this date.`));
    return box;
  }
  const line = await proposalLine(adopted.properties.proposed_seq);
  const quotedGeometry = body.geometryHash || d.geometry_hash;
  const problems = [];
  if (body.proposalHash && line.entryHash !== body.proposalHash) {
    problems.push(`proposal entry ${adopted.properties.proposed_seq} hashes to ${line.entryHash}, but the draft quotes ${body.proposalHash}`);
  }
  if (line.geometryHash !== quotedGeometry) {
    problems.push(`the line's geometry hashes to ${line.geometryHash}, but the draft quotes ${quotedGeometry}`);
  }
  box.append(el('p', { class: problems.length ? 'error' : 'notice ok', 'data-geometry-check': problems.length ? 'failed' : 'ok' },
    problems.length ? `Do not endorse: ${problems.join('; ')}.`
      : `The line on the map is read from entry ${adopted.properties.proposed_seq}'s own bytes (proposal ${body.proposalId}, `
        + `${line.coordinates.length} turning points). Your browser recomputed its geometry hash: `,
    problems.length ? null : el('code', { class: 'hash', 'data-signed-geometry': line.geometryHash }, line.geometryHash),
    problems.length ? null : ' — the hash your endorsement signs.'));

  // The map: the decision's line over the line it replaces, and the areas between them.
  const adoptedGeometry = { type: 'LineString', coordinates: line.coordinates };
  const r = d.replaces;
  const replacedFeature = r ? proposalFeature(app, r.proposal_id) : null;
  const extra = [];
  if (replacedFeature) {
    extra.push({ kind: 'replaced', geometry: replacedFeature.geometry });
  }
  extra.push({ kind: 'adopted', geometry: adoptedGeometry });
  box.append(el('ul', { class: 'plain map-key' },
    el('li', {}, el('span', { class: 'swatch adopted', 'aria-hidden': 'true' }), ` ${body.proposalId}: the line ${d.decision_id} adopts (solid black)`),
    replacedFeature ? el('li', {}, el('span', { class: 'swatch dashed', style: '--c: #4d4d4d', 'aria-hidden': 'true' }),
      ` ${r.proposal_id}: the line it replaces (dashed grey)`) : null));

  const changes = el('div', { class: 'changes' });
  box.append(el('h4', {}, r ? `What ${d.decision_id} changes compared with ${r.proposal_id}` : 'What it changes'), changes);
  let result = null;
  if (!r) {
    changes.append(el('p', {}, `Section ${d.section_id} has no agreed line and no other live proposal: there is no line this decision replaces. `),
      el('p', {}, el('a', { href: hashFor('compare', { line1: 'source:osm', line2: body.proposalId, section: d.section_id }) },
        `Compare ${body.proposalId} with the OpenStreetMap-derived line near section ${d.section_id}`)));
  } else {
    changes.append(el('p', { class: 'hint' }, r.agreed_by
      ? `${r.proposal_id} is section ${d.section_id}'s agreed line, adopted by decision ${r.agreed_by} in force.`
      : `${r.proposal_id} (${app.partyName(r.party)}) is the latest other live proposal for section ${d.section_id}; no line is agreed there yet.`));
    const q = new URLSearchParams({ line1: r.proposal_id, line2: body.proposalId });
    try {
      result = await get(asOf(`/api/compare?${q}`, app.atTime));
      const key = 2;
      changes.append(comparisonLegend(app, result, key), ...areasTable(app, result));
      app.map.setComparison({ ...result, lines: null }, (f) => {
        f.set('keyGives', f.get('line2Gives'));
        f.set('label', `#${f.get('index')}`);
      }, extra);
    } catch (e) {
      changes.append(el('div', { class: 'problem', role: 'alert' }, el('p', { class: 'error' }, e.message),
        el('p', {}, el('a', { href: hashFor('compare', { line1: r.proposal_id, line2: body.proposalId, orient: 'reverse' }) },
          'Compare the two lines in the Compare view (line 2 reversed)'))));
    }
  }
  if (!result) {
    app.map.setComparison(null, null, extra);
  }

  box.append(await turningPoints(app, d, body.proposalId, line));
  if (mayEndorse && !problems.length) {
    box.append(endorseControls(app, d, draft, line));
  }
  return box;
}

async function turningPoints(app, d, proposalId, line) {
  const q = new URLSearchParams({ format: 'json', sk42: 'no', proposal: proposalId });
  const wrap = el('details', { class: 'turning-points', open: true },
    el('summary', {}, `Turning points of ${proposalId} (${line.coordinates.length})`));
  try {
    const t = await get(asOf(`/api/sections/${encodeURIComponent(d.section_id)}/table?${q}`, app.atTime));
    if (t.source.sha256 !== line.entryHash) {
      wrap.append(errorBox(`The node's table is of entry hash ${t.source.sha256}, not of the line shown (${line.entryHash}).`));
      return wrap;
    }
    const rows = t.parts.flatMap((part) => part.rows.map((row) => el('tr', {},
      el('th', { scope: 'row', class: 'num' }, String(row.number)),
      el('td', {}, row.latDms), el('td', {}, row.lonDms),
      el('td', { class: 'num' }, row.next ? metres(row.next.lengthM) : '—'),
      el('td', { class: 'num' }, row.next ? row.next.azimuthForwardDms : '—'),
      el('td', {}, row.next ? row.next.lineType : '—'),
      el('td', { class: 'num' }, metres(row.cumulativeM)))));
    const total = t.parts.reduce((s, p) => s + p.lengthM, 0);
    wrap.append(el('div', { class: 'scroll table-box' }, el('table', { class: 'tp' },
      el('caption', {}, `${proposalId}: WGS 84 (EPSG:4326), ${metres(total)} in all; geodesic lengths and azimuths on the ellipsoid`),
      el('thead', {}, el('tr', {}, ['No.', 'Latitude', 'Longitude', 'To next', 'Azimuth', 'Line type', 'From start']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows))),
    el('p', { class: 'hint' }, 'With SK-42 columns and as a file: the map view\'s documents for this proposal.'));
    line.lengthM = total;
  } catch (e) {
    wrap.append(errorBox(e.message));
  }
  return wrap;
}

function endorseControls(app, d, draft, line) {
  const me = app.me;
  const id = `read-${d.decision_id}`;
  const box = el('input', { type: 'checkbox', id });
  const party = app.partyName(me.party);
  const button = el('button', { type: 'button', class: 'sign', disabled: true }, `Endorse ${d.decision_id} for ${party}…`);
  box.addEventListener('change', () => { button.disabled = !box.checked; });
  button.addEventListener('click', async () => {
    const ok = await confirmAct({
      title: `Sign: endorse decision ${d.decision_id} for ${party}`,
      lines: [`You sign a decision-endorsed act as ${me.member}, co-chair of ${party}: ${party} endorses decision `
        + `${d.decision_id}, which adopts the line of proposal ${draft.entry.body.proposalId} as the line of section ${d.section_id} `
        + `(${line.coordinates.length} turning points${line.lengthM ? `, ${metres(line.lengthM)}` : ''}, shown on the map).`,
      'Once both co-chairs have endorsed it, the decision is in force; a signed endorsement cannot be taken back.'],
      facts: [['Draft hash (entry ' + d.drafted_seq + ')', draft.hash], ['Geometry hash of the line shown', line.geometryHash]],
      confirmLabel: `Sign the endorsement of ${d.decision_id}`,
    });
    if (!ok) {
      button.focus();
      return;
    }
    button.disabled = true;
    try {
      const r = await post('/api/acts/decision-endorsed', { decisionId: d.decision_id, draftHash: draft.hash, geometryHash: line.geometryHash });
      app.notice = { ok: true, text: `${party} endorsed ${d.decision_id} in journal entry ${r.seq}.` };
    } catch (e) {
      app.notice = { ok: false, text: e.message };
    }
    await app.loadLayers();
    await app.route(true);
  });
  return el('div', { class: 'endorse' },
    el('p', {}, box, ' ', el('label', { for: id },
      `I have read draft decision ${d.decision_id} above and reviewed its line (entry ${d.drafted_seq}, hash ${draft.hash.slice(0, 16)}…)`)),
    button);
}
