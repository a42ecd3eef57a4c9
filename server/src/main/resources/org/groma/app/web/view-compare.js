// The compare view: choose two lines (proposals, or the shipped source lines), optionally a section, and
// see the disputed areas with their sizes, whom each line gives them to, the settlements in them, and the
// maximum offset.
import { get, asOf } from './api.js';
import { el, area, metres, latLon, errorBox } from './dom.js';
import { showDetails } from './view-map.js';

const SOURCES = [
  ['source:osm', 'Source: OpenStreetMap-derived boundary (shipped extract)'],
  ['source:ne', 'Source: Natural Earth 1:10m boundary (shipped extract)'],
];

let last = null;

function lineOptions(app) {
  const opts = [];
  for (const f of app.map.features('proposals')) {
    opts.push([f.get('proposal_id'), `Proposal ${f.get('proposal_id')} — ${app.partyName(f.get('party'))}, section ${f.get('section_id')}`]);
  }
  return opts.concat(SOURCES);
}

function select(id, label, options, value) {
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    el('select', { id, name: id }, options.map(([v, text]) => el('option', { value: v, selected: v === value }, text))));
}

export async function renderCompare(panel, app) {
  const options = lineOptions(app);
  const proposals = app.map.features('proposals');
  const sections = app.map.features('sections').map((f) => [f.get('section_id'), `Section ${f.get('section_id')}`]);
  const first = last ? last.line1 : options[0] && options[0][0];
  const second = last ? last.line2 : (proposals.length > 1 ? proposals[1].get('proposal_id') : options[1] && options[1][0]);
  const form = el('form', { class: 'compare-form' },
    select('line1', 'Line 1', options, first),
    select('line2', 'Line 2', options, second),
    select('section', 'Section (cuts a source line to the section)', [['', 'Any: whole lines']].concat(sections),
      last ? last.section : ''),
    el('button', { type: 'submit' }, 'Compare'));
  const out = el('div', { id: 'compare-result', 'aria-live': 'polite' });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const line1 = form.line1.value;
    const line2 = form.line2.value;
    const section = form.section.value;
    last = { line1, line2, section };
    out.replaceChildren(el('p', { role: 'status' }, 'Comparing…'));
    const params = new URLSearchParams({ line1, line2 });
    if (section) {
      params.set('section', section);
    }
    try {
      const result = await get(asOf(`/api/compare?${params}`, app.atTime));
      app.map.setComparison(result);
      out.replaceChildren(...summary(app, result));
    } catch (err) {
      app.map.setComparison(null);
      out.replaceChildren(errorBox(err.message));
    }
  });
  panel.append(
    el('p', { class: 'hint' }, 'Each line is read with the commission\'s party A on its left. Areas are geodesic on WGS 84.'),
    form, out,
    el('div', { id: 'details', class: 'details', 'aria-live': 'polite' }));
}

function summary(app, r) {
  const a = app.partyName('A');
  const b = app.partyName('B');
  const dl = el('dl', { class: 'summary' },
    el('dt', {}, 'Line 1'), el('dd', {}, r.line1),
    el('dt', {}, 'Line 2'), el('dd', {}, r.line2),
    el('dt', {}, `Line 1 gives ${a}, line 2 gives ${b}`), el('dd', { 'data-testid': 'area-a-to-b' }, area(r.areaM2AtoB)),
    el('dt', {}, `Line 1 gives ${b}, line 2 gives ${a}`), el('dd', { 'data-testid': 'area-b-to-a' }, area(r.areaM2BtoA)),
    el('dt', {}, 'Maximum offset'), el('dd', { 'data-testid': 'max-offset' }, `${metres(r.maxOffsetM)} at ${latLon(r.maxOffsetAt)}`),
    el('dt', {}, 'Mean offset (along line 1)'), el('dd', {}, metres(r.meanOffsetM)),
    el('dt', {}, `Where they agree (within ${r.options.toleranceM} m)`), el('dd', {}, metres(r.agreeLengthM)),
    el('dt', {}, 'Ends closed by connectors'), el('dd', {}, String(r.closedEnds.length)));
  const order = r.polygons.map((p, i) => i).sort((x, y) => r.polygons[y].areaM2 - r.polygons[x].areaM2);
  const rows = order.map((i) => {
    const p = r.polygons[i];
    const people = (p.settlements || []).map((s) => `${s.name} (${s.population.toLocaleString('en')})`).join(', ');
    return el('tr', {},
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => {
        const f = app.map.features('compare').find((x) => x.get('kind') === 'disputed-area' && x.get('index') === p.index);
        if (f) {
          showDetails(app, f);
        }
      } }, `#${p.index}`)),
      el('td', { class: 'num' }, area(p.areaM2)),
      el('td', {}, app.partyName(p.line1Gives)),
      el('td', {}, app.partyName(p.line2Gives)),
      el('td', {}, people || '—'));
  });
  const table = el('table', { class: 'areas' },
    el('caption', {}, `${r.polygons.length} disputed area${r.polygons.length === 1 ? '' : 's'}, largest first`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Area'), el('th', { scope: 'col' }, 'Size'),
      el('th', { scope: 'col' }, 'Line 1 gives it to'), el('th', { scope: 'col' }, 'Line 2 gives it to'),
      el('th', { scope: 'col' }, 'Settlements inside'))),
    el('tbody', {}, rows));
  const near = r.settlementsNearLines || [];
  const nearList = near.length
    ? el('ul', {}, near.slice(0, 50).map((s) => el('li', {}, `${s.name} (${s.country}, ${s.population.toLocaleString('en')})`)))
    : el('p', {}, 'None.');
  return [dl, el('div', { class: 'scroll' }, table),
    el('h2', {}, `Settlements within ${metres(r.withinM)} of either line`), nearList,
    el('p', { class: 'hint' }, `Credits: ${r.credits.join('; ')}.`)];
}
