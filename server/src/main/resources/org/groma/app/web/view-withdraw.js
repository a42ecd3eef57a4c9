// Withdrawing a proposal, where the rules allow it: a member of the proposing party with the expert or
// co-chair role, while the proposal is tabled and not adopted by a decision in force (the node refuses
// anything else with the rules' reason). The page quotes the proposal's entry hash recomputed from the entry's
// bytes, shows the line it withdraws (highlighted on the map), and names the act in a confirmation.
import { post } from './api.js';
import { el, errorBox } from './dom.js';
import { proposalLine, confirmAct } from './sign.js';

export function withdrawControls(app, p) {
  const me = app.me;
  if (!me || app.atTime || p.status === 'withdrawn' || me.party !== p.party
    || !(me.roles.includes('expert') || me.roles.includes('co-chair'))) {
    return null;
  }
  const agreed = app.map.features('sections').some((f) => f.get('section_id') === p.section_id
    && f.get('status') === 'agreed' && (app.layers.decisions.features.some((d) => d.properties.decision_id === f.get('agreed_by')
      && d.properties.proposal_id === p.proposal_id)));
  if (agreed) {
    return el('p', { class: 'hint' }, `${p.proposal_id} is the agreed line of section ${p.section_id}: it can no longer be withdrawn.`);
  }
  const id = `reason-${p.proposal_id}`;
  const reason = el('textarea', { id, rows: '2', required: true });
  const message = el('div', { 'aria-live': 'assertive' });
  const button = el('button', { type: 'button', class: 'danger' }, `Withdraw ${p.proposal_id}…`);
  button.addEventListener('click', async () => {
    message.replaceChildren();
    if (!reason.value.trim()) {
      message.replaceChildren(errorBox('Give the reason for withdrawing: it is recorded in the journal.'));
      reason.focus();
      return;
    }
    try {
      const line = await proposalLine(p.proposed_seq);
      const ok = await confirmAct({
        title: `Sign: withdraw proposal ${p.proposal_id}`,
        lines: [`You sign a proposal-withdrawn act as ${me.member} for ${app.partyName(me.party)}: proposal `
          + `${p.proposal_id} for section ${p.section_id} (${line.coordinates.length} turning points, highlighted on the map) `
          + 'is withdrawn and can no longer be adopted.', `Reason: ${reason.value.trim()}`],
        facts: [['Proposal entry', `${p.proposed_seq}`], ['Entry hash (recomputed by your browser)', line.entryHash]],
        confirmLabel: `Sign the withdrawal of ${p.proposal_id}`,
      });
      if (!ok) {
        button.focus();
        return;
      }
      const r = await post('/api/acts/proposal-withdrawn', { proposalId: p.proposal_id, reason: reason.value.trim(), proposalHash: line.entryHash });
      app.notice = { ok: true, text: `${app.partyName(me.party)} withdrew proposal ${p.proposal_id} in journal entry ${r.seq}.` };
      await app.loadLayers();
      await app.route(true);
    } catch (e) {
      message.replaceChildren(errorBox(e.message));
    }
  });
  return el('div', { class: 'act' },
    el('h3', {}, 'Withdraw this proposal'),
    el('div', { class: 'field' }, el('label', { for: id }, `Reason for withdrawing ${p.proposal_id}`), reason),
    button, message);
}
