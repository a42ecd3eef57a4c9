// The sittings view: the regulations in force, every sitting with its particulars and its protocols' status
// (level, version, protocol hash), one protocol in full (#/sittings?protocol=P-1) when the reader's roles
// may read it (the node refuses it otherwise; the view says so without asking), the working
// groups' kilometres per sector, and the commitments dashboard per agreement and theme and period.
import { get, asOf } from './api.js';
import { el, errorBox } from './dom.js';
import { hashFor } from './url.js';

function regulations(r) {
  if (!r) {
    return el('p', {}, 'No regulations in force: protocols are signed by the co-chairs, decided by consensus, and open.');
  }
  return el('dl', { class: 'regulations' },
    el('dt', {}, 'Regulations'), el('dd', {}, `${r.regulationsId}, in force since entry ${r.inForceSeq}`),
    el('dt', {}, 'Working languages'), el('dd', {}, r.workingLanguages.join(', ')),
    el('dt', {}, 'Originals'), el('dd', {}, String(r.originals)),
    el('dt', {}, 'Signed by'), el('dd', {}, r.signatories.join(', ')),
    el('dt', {}, 'Decision rule'), el('dd', {}, r.decisionRule),
    el('dt', {}, 'Levels'), el('dd', {}, r.confidentiality.map((c) => `${c.level}: ${c.readers.join(', ')}`).join('; ')),
    el('dt', {}, 'Text SHA-256'), el('dd', { class: 'hash' }, r.textSha256));
}

function sittingsTable(v) {
  const rows = v.sittings.map((s) => el('tr', { 'data-sitting': s.sittingId },
    el('td', {}, s.sittingId),
    el('td', { class: 'wrap' }, s.title,
      s.details ? el('div', { class: 'hint' }, `${s.details.body} no. ${s.details.number}, ${s.details.startDate}`
        + `${s.details.endDate !== s.details.startDate ? ' – ' + s.details.endDate : ''}, ${s.details.venueKind}: `
        + `${s.details.venue}; ${s.details.delegations.length} attending`) : null),
    el('td', {}, s.protocols.length ? s.protocols.map((p) => el('div', { 'data-protocol': p.protocolId },
      el('a', { href: hashFor('sittings', { protocol: p.protocolId }) }, p.protocolId),
      ` ${p.status}, ${p.confidentiality}, version ${p.version}`, p.readable ? '' : ' (not readable with your role)'))
      : '—')));
  return el('div', { class: 'scroll' }, el('table', { class: 'sittings' },
    el('caption', {}, 'Sittings and their protocols'),
    el('thead', {}, el('tr', {}, ['Sitting', 'Title and particulars', 'Protocols'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows)));
}

async function protocol(app, v, id) {
  const section = el('section', { class: 'protocol', 'aria-labelledby': 'protocol-title' },
    el('h2', { id: 'protocol-title' }, `Protocol ${id}`));
  const summary = v.sittings.flatMap((s) => s.protocols).find((p) => p.protocolId === id);
  if (summary && !summary.readable) {
    // Not asked for: the node would refuse it (401 or 403), and says so in the list already.
    const level = (v.regulations ? v.regulations.confidentiality : []).find((c) => c.level === summary.confidentiality);
    section.append(errorBox(`Protocol ${id} is ${summary.confidentiality}: your role may not read its text`
      + (level ? ` (the regulations let ${level.readers.join(', ')} read it)` : '') + '. Sign in with a role that may.'));
    return section;
  }
  try {
    const p = await get(asOf(`/api/protocols/${encodeURIComponent(id)}`, app.atTime));
    section.append(el('p', {}, `${p.status}, version ${p.version}, ${p.confidentiality}; protocol hash `,
      el('span', { class: 'hash' }, p.protocolHash)));
    for (const [lang, text] of Object.entries(p.texts)) {
      section.append(el('h3', {}, `Course of discussion [${lang}]`), el('p', { class: 'wrap', lang }, text));
    }
    if (p.decisions.length) {
      section.append(el('h3', {}, 'Decisions'), el('ol', {}, p.decisions.map((d) => el('li', {},
        `${d.text} (${d.responsible}; deadline ${d.deadline || '—'}; ${d.status})`))));
    }
    const marks = [...p.initials.map((m) => `initialled for party ${m.party} by ${m.member}, entry ${m.seq}`),
      ...p.signatures.map((m) => `signed for party ${m.party} by ${m.member}, entry ${m.seq}`)];
    section.append(el('h3', {}, 'Initials and signatures'),
      marks.length ? el('ul', {}, marks.map((m) => el('li', {}, m))) : el('p', {}, 'None on this version.'));
  } catch (e) {
    section.append(errorBox(e.message));
  }
  return section;
}

function cell(c) {
  return c.percent === null ? `— (${c.scored} of ${c.commitments})`
    : `${c.points}/${c.maxPoints} = ${c.percent} % (${c.scored} of ${c.commitments})`;
}

function dashboard(d, what, rows) {
  return el('div', { class: 'scroll' }, el('table', { class: 'dashboard', 'data-dashboard': what },
    el('caption', {}, `Commitments by ${what}: points on the Peace Accords Matrix scale (0–3) over the most the scored commitments could have`),
    el('thead', {}, el('tr', {}, [what, 'Period', 'Party A', 'Party B', 'Agreed'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, r.group), el('td', {}, r.period),
      el('td', {}, cell(r.a)), el('td', {}, cell(r.b)), el('td', {}, cell(r.agreed)))))));
}

export async function renderSittings(panel, app, params) {
  const v = await get(asOf('/api/sittings', app.atTime));
  panel.append(regulations(v.regulations), sittingsTable(v));
  const selected = params && params.get('protocol');
  if (selected) {
    panel.append(await protocol(app, v, selected));
  }
  if (v.sectors.length) {
    panel.append(el('h2', {}, 'Kilometres agreed by the working groups'), el('ul', {}, v.sectors.map((s) =>
      el('li', {}, `sector ${s.sectorId}: ${s.agreedKm} km agreed of ${s.lengthKm} km, ${s.remainingKm} km remaining`))));
  }
  const d = await get(asOf('/api/commitments/dashboard', app.atTime));
  if (d.periods.length) {
    panel.append(el('h2', {}, 'Commitments'), dashboard(d, 'agreement', d.byAgreement), dashboard(d, 'theme', d.byTheme));
  }
}
