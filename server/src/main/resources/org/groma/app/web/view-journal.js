// The journal view: entries with who signed them, and a badge the browser computes itself — the entry's leaf
// hash recomputed from its stored bytes, and its RFC 9162 inclusion proof checked against the root of the
// latest checkpoint the log operator signed.
import { get } from './api.js';
import { el, errorBox } from './dom.js';
import { checkEntry, base64ToBytes } from './verify.js';

const PAGE = 50;
let from = null;

function summary(type, body) {
  switch (type) {
    case 'genesis': return `${body.commissionName}: ${body.partyA.name}, ${body.partyB.name}, ${body.mediator.name}`;
    case 'member-added': return `${body.member} (${body.roles.join(', ')})`;
    case 'key-rotated': return `${body.member}: ${body.oldKeyId} → ${body.newKeyId}`;
    case 'key-revoked': return `${body.member}: ${body.keyId} — ${body.reason}`;
    case 'sitting-opened': return `${body.sittingId}: ${body.title}`;
    case 'sitting-closed': return `${body.sittingId}: ${body.protocol}`;
    case 'source-registered': return `${body.sourceId}: ${body.title}`;
    case 'map-sheet-registered': return `${body.sourceId}: sheet ${body.sheet}, edition ${body.editionYear}, survey ${body.surveyYear}, ${body.issuer}, ${body.scanDpi} dpi, supplied by ${body.suppliedBy}`;
    case 'line-proposed': return `${body.proposalId} for section ${body.sectionId} (${body.line.length} points)`;
    case 'proposal-withdrawn': return `${body.proposalId}: ${body.reason}`;
    case 'note': return body.text;
    case 'decision-drafted': return `${body.decisionId} on section ${body.sectionId}: ${body.text}`;
    case 'decision-endorsed': return `${body.decisionId} (draft ${body.draftHash.slice(0, 12)}…)`;
    case 'regulations-proposed': return `${body.regulationsId}: languages ${body.workingLanguages.join(', ')}, ${body.originals} originals`;
    case 'regulations-signed': return `${body.regulationsId} (text ${body.textSha256.slice(0, 12)}…)`;
    case 'protocol-drafted': return `${body.protocolId} of ${body.sittingId} (${body.confidentiality})`;
    case 'protocol-initialled':
    case 'protocol-signed': return `${body.protocolId} (protocol ${body.protocolHash.slice(0, 12)}…)`;
    case 'agreement-registered': return `${body.agreementId}: ${body.name}`;
    case 'commitment-registered': return `${body.commitmentId} (${body.agreementId}, ${body.theme}): ${body.quote}`;
    case 'commitment-scored': return `${body.commitmentId} ${body.period}: ${body.score} of 3`;
    case 'score-answered': return `${body.commitmentId} ${body.period}: party ${body.scoredBy}'s score ${body.answer}`;
    default: return '';
  }
}

const BADGE_TEXT = { verified: 'Verified', failed: 'Not verified', pending: 'Not yet checkpointed', withheld: 'Withheld' };

/**
 * A confidential protocol's entry the node withholds from this reader (its body and stored bytes left out):
 * shown from the node's fields, with no badge the browser could compute.
 */
function withheldRow(e, app) {
  const reason = `protocol ${e.body.protocolId} is ${e.body.withheld}: the node serves its text and bytes only to roles the regulations let read it`;
  return el('tr', { 'data-seq': String(e.seq) },
    el('td', { class: 'num' }, String(e.seq)),
    el('td', {}, e.time.replace('T', ' ').replace('.000Z', ' UTC')),
    el('td', {}, e.type),
    el('td', {}, `${e.member}, ${app.partyName(e.party)}`, el('div', { class: 'hint' }, `key ${e.keyId}`)),
    el('td', { class: 'wrap' }, `Withheld: ${reason}`),
    el('td', {}, el('span', { class: 'badge pending', title: reason, 'data-badge': 'withheld' }, BADGE_TEXT.withheld)));
}

export async function renderJournal(panel, app) {
  const commission = await get('/api/commission');
  const size = commission.size;
  if (from === null || from >= size) {
    from = Math.max(0, size - PAGE);
  }
  const checkpoint = commission.checkpointSize ? await get('/api/checkpoint') : null;
  const page = await get(`/api/entries?from=${from}&limit=${PAGE}`);
  let proofs = new Map();
  if (checkpoint && from < checkpoint.size) {
    const p = await get(`/api/proofs?treeSize=${checkpoint.size}&from=${from}&limit=${PAGE}`);
    proofs = new Map(p.proofs.map((x) => [x.seq, x.proof]));
  }
  const witnesses = commission.witnesses.map((w) => `${w.name} (${app.partyName(w.party)})`);
  panel.append(
    el('section', { class: 'checkpoint', 'aria-labelledby': 'cp-title' },
      el('h2', { id: 'cp-title' }, 'Latest checkpoint'),
      checkpoint
        ? el('dl', {},
          el('dt', {}, 'Size'), el('dd', {}, `${checkpoint.size} entries (the journal now has ${size})`),
          el('dt', {}, 'Root'), el('dd', { class: 'hash' }, checkpoint.root),
          el('dt', {}, 'Signed by the log operator'), el('dd', {}, commission.logOperator),
          el('dt', {}, 'Cosigned by witnesses'), el('dd', {}, checkpoint.cosignedBy.length ? checkpoint.cosignedBy.join(', ') : 'none yet'),
          el('dt', {}, 'Witnesses named at genesis'), el('dd', {}, witnesses.join('; ')))
        : el('p', {}, 'The log operator has signed no checkpoint yet: no entry can be verified against one.')),
    el('details', { class: 'how' },
      el('summary', {}, 'What the badge checks'),
      el('p', {}, 'Your browser, not the node, computes each badge: it decodes the entry\'s stored bytes, computes ',
        el('code', {}, 'SHA-256(0x00 ‖ bytes)'), ' with WebCrypto, and follows the entry\'s inclusion proof (RFC 9162, ',
        'section 2.1.3.2) up to the root of the latest checkpoint. "Verified" means this exact entry is part of the ',
        'history the log operator signed at that size. The checkpoint\'s signatures and the entry\'s own Ed25519 ',
        'signature are checked by the nodes and by ', el('code', {}, 'groma verify'), ', not in the browser.')));
  const tbody = el('tbody', {});
  for (const e of page.entries) {
    if (e.stored === null && e.body && e.body.withheld) {
      tbody.append(withheldRow(e, app));
      continue;
    }
    const badge = await checkEntry(e.stored, e.seq, checkpoint, proofs.get(e.seq));
    // What is shown comes from the bytes just hashed, not from the node's parsed fields.
    const stored = JSON.parse(new TextDecoder().decode(base64ToBytes(e.stored)));
    const entry = stored.entry;
    const hashMatches = badge.leafHex === e.entryHash;
    const state = hashMatches ? badge.state : 'failed';
    const reason = hashMatches ? badge.reason : `the node's entry hash ${e.entryHash} is not the hash of its bytes`;
    tbody.append(el('tr', { 'data-seq': String(entry.seq) },
      el('td', { class: 'num' }, String(entry.seq)),
      el('td', {}, entry.time.replace('T', ' ').replace('.000Z', ' UTC')),
      el('td', {}, entry.type),
      el('td', {}, `${entry.author.member}, ${app.partyName(entry.author.party)}`, el('div', { class: 'hint' }, `key ${entry.author.keyId}`)),
      el('td', { class: 'wrap' }, summary(entry.type, entry.body)),
      el('td', {}, el('span', { class: `badge ${state}`, title: reason, 'data-badge': state }, BADGE_TEXT[state]),
        el('div', { class: 'hint' }, reason))));
  }
  const nav = el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: from === 0, onclick: () => { from = Math.max(0, from - PAGE); rerender(panel, app); } }, 'Older entries'),
    el('span', {}, ` entries ${from} to ${from + page.entries.length - 1} of ${size} `),
    el('button', { type: 'button', disabled: from + PAGE >= size, onclick: () => { from = Math.min(size - 1, from + PAGE); rerender(panel, app); } }, 'Newer entries'));
  panel.append(nav, el('div', { class: 'scroll' }, el('table', { class: 'journal' },
    el('caption', {}, 'Journal entries, oldest first'),
    el('thead', {}, el('tr', {}, ['Entry', 'Time', 'Type', 'Signed by', 'What', 'Verification'].map((h) => el('th', { scope: 'col' }, h)))),
    tbody)));
}

async function rerender(panel, app) {
  const heading = panel.querySelector('h1');
  panel.replaceChildren(heading);
  try {
    await renderJournal(panel, app);
  } catch (e) {
    panel.append(errorBox(e.message));
  }
}
