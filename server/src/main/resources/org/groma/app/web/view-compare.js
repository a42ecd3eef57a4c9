// The compare view: choose two lines (proposals, or the shipped source lines), optionally a section, and how
// they are oriented (as drawn, line 2 reversed, from a reference point inside A picked on the map, or from
// party A's territory as a shipped source draws it); see the
// disputed areas with their sizes, whom each line gives them to, the settlements in them, and the maximum
// offset. The choice is the page's address (#/compare?line1=…&line2=…), so a comparison can be shared.
import { get, asOf } from './api.js';
import { el, area, metres, latLon, errorBox, population } from './dom.js';
import { showDetails, swatch } from './view-map.js';
import { PARTY_COLOURS } from './map.js';
import { go } from './url.js';

const SOURCES = [
  ['source:osm', 'Source: OpenStreetMap-derived boundary (shipped extract)'],
  ['source:ne', 'Source: Natural Earth 1:10m boundary (shipped extract)'],
];

const ORIENTATIONS = [
  ['drawn', 'As drawn: party A on the left of each line'],
  ['reverse', 'Reversed: the second line read from its last point to its first'],
  ['point', 'From a reference point inside party A\'s territory'],
  ['territory', 'From party A\'s territory as a shipped source draws it'],
];

const TERRITORIES = [
  ['source:osm', 'OpenStreetMap-derived (shipped)'],
  ['source:ne', 'Natural Earth 1:10m (shipped)'],
];

function lineOptions(app) {
  const opts = [];
  for (const f of app.map.features('proposals')) {
    opts.push([f.get('proposal_id'), `Proposal ${f.get('proposal_id')} — ${app.partyName(f.get('party'))}, section ${f.get('section_id')}`]);
  }
  return opts.concat(SOURCES);
}

/** Two live proposals for one section, the first such section: a pair that can be compared as drawn. */
function defaultPair(app) {
  const bySection = new Map();
  for (const f of app.map.features('proposals')) {
    if (f.get('status') !== 'withdrawn') {
      const list = bySection.get(f.get('section_id')) || [];
      list.push(f.get('proposal_id'));
      bySection.set(f.get('section_id'), list);
    }
  }
  const ids = [...bySection.keys()].sort();
  const pair = ids.map((s) => bySection.get(s)).find((l) => l.length >= 2);
  return pair ? [pair[0], pair[1]] : ['source:osm', 'source:ne'];
}

function select(id, label, options, value) {
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    el('select', { id, name: id }, options.map(([v, text]) => el('option', { value: v, selected: v === value }, text))));
}

/** The comparison's address parameters as the form holds them. */
function formParams(form) {
  const orient = form.querySelector('input[name=orient]:checked').value;
  return {
    line1: form.line1.value, line2: form.line2.value, section: form.section.value,
    orient: orient === 'drawn' ? null : orient, aPoint: orient === 'point' ? form.apoint.value.trim() : null,
    aTerritory: orient === 'territory' ? form.aterritory.value : null,
  };
}

export async function renderCompare(panel, app, params) {
  const options = lineOptions(app);
  const sections = app.map.features('sections').map((f) => [f.get('section_id'), `Section ${f.get('section_id')}`]);
  const [d1, d2] = defaultPair(app);
  const orient = ORIENTATIONS.some(([v]) => v === params.get('orient')) ? params.get('orient') : 'drawn';
  const pointInput = el('input', { id: 'apoint', name: 'apoint', inputmode: 'decimal', placeholder: 'e.g. 40.18, 44.51',
    value: params.get('aPoint') || '', 'aria-describedby': 'apoint-help' });
  const pickButton = el('button', { type: 'button', class: 'secondary' }, 'Pick on the map');
  const pickStatus = el('span', { class: 'hint', 'aria-live': 'polite' });
  pickButton.addEventListener('click', () => {
    pickStatus.textContent = 'Click a point inside party A\'s territory on the map (Escape cancels).';
    const cancel = (e) => {
      if (e.key === 'Escape') {
        app.map.cancelPick();
        pickStatus.textContent = 'Cancelled.';
        document.removeEventListener('keydown', cancel);
      }
    };
    document.addEventListener('keydown', cancel);
    app.map.pick(({ lat, lon }) => {
      document.removeEventListener('keydown', cancel);
      pointInput.value = `${lat.toFixed(6)}, ${lon.toFixed(6)}`;
      form.querySelector('input[value=point]').checked = true;
      pickStatus.textContent = `Picked ${pointInput.value}.`;
      pointInput.focus();
    });
  });
  const radios = ORIENTATIONS.map(([v, text]) => el('div', { class: 'radio' },
    el('input', { type: 'radio', name: 'orient', id: `orient-${v}`, value: v, checked: v === orient }), ' ',
    el('label', { for: `orient-${v}` }, text)));
  const form = el('form', { class: 'compare-form' },
    select('line1', 'Line 1', options, params.get('line1') || d1),
    select('line2', 'Line 2', options, params.get('line2') || d2),
    select('section', 'Section (cuts a source line to the section)', [['', 'Any: whole lines']].concat(sections),
      params.get('section') || ''),
    el('fieldset', {}, el('legend', {}, 'Orientation'), radios,
      el('div', { class: 'field' }, el('label', { for: 'apoint' }, 'Reference point inside A (latitude, longitude)'),
        el('div', { class: 'row' }, pointInput, pickButton), pickStatus,
        el('span', { id: 'apoint-help', class: 'hint' }, 'Decimal degrees, WGS 84. Each line is turned so that this point lies on its left.')),
      select('aterritory', 'Party A\'s territory from', TERRITORIES,
        TERRITORIES.some(([v]) => v === params.get('aTerritory')) ? params.get('aTerritory') : 'source:osm'),
      el('span', { class: 'hint' }, 'Every part is turned so that this territory lies on its left; a shipped source line 2 is '
        + 'turned by its own source\'s territory. Parts the territory does not decide are refused, not guessed.')),
    el('button', { type: 'submit' }, 'Compare'));
  const out = el('div', { id: 'compare-result', 'aria-live': 'polite' });
  const details = el('div', { id: 'details', class: 'details', 'aria-live': 'polite' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = formParams(form);
    if (p.orient === 'point' && !/^-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?$/.test(p.aPoint)) {
      out.replaceChildren(errorBox('Give the reference point inside A as latitude, longitude in decimal degrees, or pick it on the map.'));
      pointInput.focus();
      return;
    }
    go('compare', p);
  });
  panel.append(
    el('p', { class: 'hint' }, 'Each line is read with the commission\'s party A on its left. Areas are geodesic on WGS 84.'),
    form, out, details);
  if (params.get('line1') && params.get('line2')) {
    await run(app, params, out, details);
  }
}

async function run(app, params, out, details) {
  const q = new URLSearchParams({ line1: params.get('line1'), line2: params.get('line2') });
  if (params.get('section')) {
    q.set('section', params.get('section'));
  }
  if (params.get('orient') === 'reverse') {
    q.set('reverse2', 'yes');
  } else if (params.get('orient') === 'point' && params.get('aPoint')) {
    q.set('aPoint', params.get('aPoint').replace(/\s+/g, ''));
  } else if (params.get('orient') === 'territory' && params.get('aTerritory')) {
    q.set('aTerritory', params.get('aTerritory'));
    const line2 = params.get('line2');
    if (SOURCES.some(([v]) => v === line2) && line2 !== params.get('aTerritory')) {
      q.set('aTerritory2', line2);
    }
  }
  out.replaceChildren(el('p', { role: 'status' }, 'Comparing…'));
  try {
    const result = await get(asOf(`/api/compare?${q}`, app.atTime));
    const key = keyLine(result);
    app.map.setComparison(result, (f) => decorate(app, result, key, f));
    out.replaceChildren(...summary(app, result, key));
  } catch (err) {
    // A failed comparison leaves nothing of the previous one on the map or in the panel.
    app.map.setComparison(null);
    details.replaceChildren();
    const help = /runs against line 1/.test(err.message)
      ? el('p', {}, 'Choose "Reversed" under Orientation, or give a reference point inside A (pick it on the map), and compare again.')
      : null;
    out.replaceChildren(el('div', { class: 'problem', role: 'alert' },
      el('h2', {}, 'These lines could not be compared'), el('p', { class: 'error' }, err.message), help));
  }
}

/**
 * The line the colours are keyed to: the one whose reference sorts first, so swapping line 1 and line 2
 * keeps each area's colour and the legend's meaning.
 */
function keyLine(r) {
  return [r.line1Ref, r.line2Ref].sort()[0] === r.line1Ref ? 1 : 2;
}

function gives(p, line) {
  return line === 1 ? p.line1Gives : p.line2Gives;
}

function lineName(r, line) {
  return line === 1 ? r.line1Ref : r.line2Ref;
}

function decorate(app, r, key, f) {
  const p = { line1Gives: f.get('line1Gives'), line2Gives: f.get('line2Gives') };
  f.set('keyGives', gives(p, key));
  f.set('label', `#${f.get('index')} ${area(f.get('areaM2'))}`);
}

/** The legend: what each colour gives to whom under each line. */
export function comparisonLegend(app, r, key) {
  const other = key === 1 ? 2 : 1;
  const rows = ['A', 'B'].map((party) => {
    const otherParty = party === 'A' ? 'B' : 'A';
    const total = r.polygons.filter((p) => gives(p, key) === party).reduce((s, p) => s + p.areaM2, 0);
    const n = r.polygons.filter((p) => gives(p, key) === party).length;
    return el('li', { 'data-legend': party }, swatch(PARTY_COLOURS[party], false, true), ' ',
      `${lineName(r, key)} gives ${app.partyName(party)}, ${lineName(r, other)} gives ${app.partyName(otherParty)}: `,
      el('strong', {}, area(total)), ` in ${n} area${n === 1 ? '' : 's'}`);
  });
  return el('div', { class: 'legend-box', 'data-testid': 'compare-legend' },
    el('h2', {}, 'Legend'),
    el('ul', { class: 'plain' }, rows,
      el('li', {}, swatch('#0b4f8a'), ` line 1: ${r.line1Ref}`),
      el('li', {}, swatch('#8a0b2c', true), ` line 2: ${r.line2Ref}`),
      r.options && r.options.aPoint ? el('li', {}, '✕ the reference point inside A') : null),
    el('p', { class: 'hint' }, `Colours follow whom ${lineName(r, key)} gives each area to; they stay when line 1 and line 2 swap. `,
      'Each area is labelled on the map with its number and size.'));
}

function summary(app, r, key) {
  const a = app.partyName('A');
  const b = app.partyName('B');
  const link = location.href;
  const linkInput = el('input', { id: 'compare-link', readonly: true, value: link });
  const copy = el('button', { type: 'button', class: 'secondary' }, 'Copy link');
  const copied = el('span', { class: 'hint', 'aria-live': 'polite' });
  copy.addEventListener('click', async () => {
    linkInput.select();
    try {
      await navigator.clipboard.writeText(link);
      copied.textContent = 'Copied.';
    } catch (e) {
      copied.textContent = 'Select the link and copy it.';
    }
  });
  const reversed = (r.reversedParts1 || []).length + (r.reversedParts2 || []).length;
  const dl = el('dl', { class: 'summary' },
    el('dt', {}, 'Line 1'), el('dd', {}, r.line1),
    el('dt', {}, 'Line 2'), el('dd', {}, r.line2),
    el('dt', {}, 'Orientation'), el('dd', {}, r.aTerritory
      ? `from party A's territory: ${r.aTerritory}${r.aTerritory2 ? `, line 2 from ${r.aTerritory2}` : ''}${reversed ? `; ${reversed} part${reversed === 1 ? '' : 's'} reversed` : ''}`
      : r.options && r.options.aPoint
        ? `from the reference point ${latLon(r.options.aPoint)}${reversed ? `; ${reversed} part${reversed === 1 ? '' : 's'} reversed` : ''}`
        : /reversed$/.test(r.line2) ? 'line 2 reversed' : 'as drawn'),
    el('dt', {}, `Line 1 gives ${a}, line 2 gives ${b}`), el('dd', { 'data-testid': 'area-a-to-b' }, area(r.areaM2AtoB)),
    el('dt', {}, `Line 1 gives ${b}, line 2 gives ${a}`), el('dd', { 'data-testid': 'area-b-to-a' }, area(r.areaM2BtoA)),
    el('dt', {}, 'Maximum offset'), el('dd', { 'data-testid': 'max-offset' }, `${metres(r.maxOffsetM)} at ${latLon(r.maxOffsetAt)}`),
    el('dt', {}, 'Mean offset (along line 1)'), el('dd', {}, metres(r.meanOffsetM)),
    el('dt', {}, `Where they agree (within ${r.options.toleranceM} m)`), el('dd', {}, metres(r.agreeLengthM)),
    el('dt', {}, 'Ends closed by connectors'), el('dd', {}, String(r.closedEnds.length)));
  return [
    el('div', { class: 'field share' }, el('label', { for: 'compare-link' }, 'Link to this comparison'),
      el('div', { class: 'row' }, linkInput, copy), copied),
    comparisonLegend(app, r, key), dl, ...areasTable(app, r)];
}

/** The disputed areas, largest first, and the settlements near either line. */
export function areasTable(app, r) {
  const order = r.polygons.map((p, i) => i).sort((x, y) => r.polygons[y].areaM2 - r.polygons[x].areaM2);
  const rows = order.map((i) => {
    const p = r.polygons[i];
    const people = (p.settlements || []).map((s) => `${s.name} (${population(s.population)})`).join(', ');
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
    ? el('ul', { class: 'near' }, near.slice(0, 50).map((s) => el('li', {}, `${s.name} (${s.country}, population ${population(s.population)})`)))
    : el('p', {}, 'None.');
  return [el('div', { class: 'scroll' }, table),
    el('h2', {}, `Settlements within ${metres(r.withinM)} of either line`), nearList,
    el('p', { class: 'hint' }, `Credits: ${r.credits.join('; ')}.`)];
}
