// The map view: layer switches, legend, a keyboard list of the commission's features, and the details of
// the selected feature with its sources.
import { el, clear, metres, area, population } from './dom.js';
import { STATUS_COLOURS, PARTY_COLOURS, AGREED_STYLES } from './map.js';
import { setParams } from './url.js';
import { withdrawControls } from './view-withdraw.js';

const toggles = { online: false, settlements: true, sections: true, segments: true, proposals: true };

function toggle(app, key, label, help) {
  const id = `layer-${key}`;
  const box = el('input', { type: 'checkbox', id, checked: toggles[key] });
  box.addEventListener('change', () => {
    toggles[key] = box.checked;
    if (key === 'online') {
      app.map.setOnline(box.checked);
    } else {
      app.map.setVisible(key, box.checked);
    }
  });
  return el('li', {}, box, ' ', el('label', { for: id }, label), help ? el('span', { class: 'hint' }, ` ${help}`) : null);
}

/** A legend's sample of a line (dashed or solid) or, with {@code fill}, of an area. */
export function swatch(colour, dashed, fill) {
  return el('span', { class: `swatch${dashed ? ' dashed' : ''}${fill ? ' fill' : ''}`, style: `--c: ${colour}`, 'aria-hidden': 'true' });
}

export function legend(app) {
  return el('div', { class: 'legend-box' },
    el('h2', {}, 'Legend'),
    el('ul', { class: 'plain' },
      el('li', {}, swatch(AGREED_STYLES.final.colour), ' section agreed, final (solid dark green)'),
      el('li', {}, swatch(AGREED_STYLES.inForce.colour, true), ' section agreed, in force, not yet final (dashed light green)'),
      ['proposed', 'unresolved'].map((s) => el('li', {}, swatch(STATUS_COLOURS[s]), ` section ${s}`)),
      ['A', 'B', 'M'].map((p) => el('li', {}, swatch(PARTY_COLOURS[p], true), ` proposal by ${app.partyName(p)}`))));
}

/** A feature's key in the address (#/map?feature=section:S-1), or null for one that has none. */
function featureKey(f) {
  const layer = f.get('layer');
  if (layer === 'section') {
    return `section:${f.get('section_id')}`;
  }
  if (layer === 'proposal') {
    return `proposal:${f.get('proposal_id')}`;
  }
  return null;
}

function findFeature(app, key) {
  const [layer, id] = key.split(/:(.*)/s);
  if (layer === 'section') {
    return app.map.features('sections').find((f) => f.get('section_id') === id);
  }
  if (layer === 'proposal') {
    return app.map.features('proposals').find((f) => f.get('proposal_id') === id);
  }
  return null;
}

export async function renderMap(panel, app, params) {
  panel.append(
    el('fieldset', {},
      el('legend', {}, 'Layers'),
      el('ul', { class: 'plain' },
        toggle(app, 'online', 'Online map tiles (OpenStreetMap)', '— off by default; needs the internet'),
        toggle(app, 'settlements', 'Settlements (GeoNames)'),
        toggle(app, 'sections', 'Sections, by status'),
        toggle(app, 'segments', 'Segments, by status'),
        toggle(app, 'proposals', 'Proposals, by party'))),
    legend(app));
  const list = el('ul', { class: 'features' });
  for (const name of ['sections', 'proposals']) {
    for (const f of app.map.features(name)) {
      const label = name === 'sections'
        ? `Section ${f.get('section_id')} — ${f.get('status')}${f.get('status') === 'agreed' ? (f.get('final') ? ', final' : ', in force, not yet final') : ''}`
        : `Proposal ${f.get('proposal_id')} — ${app.partyName(f.get('party'))}, section ${f.get('section_id')}${f.get('status') === 'withdrawn' ? ' (withdrawn)' : ''}`;
      list.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => showDetails(app, f) }, label)));
    }
  }
  panel.append(el('h2', {}, 'Features'),
    list.childElementCount ? list : el('p', {}, 'No section or proposal in the record as of this date.'),
    el('div', { id: 'details', class: 'details', 'aria-live': 'polite' },
      el('p', { class: 'hint' }, 'Select a feature on the map, or from the list above, to see its details and sources.')));
  const key = params && params.get('feature');
  const f = key ? findFeature(app, key) : null;
  if (f) {
    showDetails(app, f, { fromAddress: true });
  } else if (key) {
    document.getElementById('details').append(el('p', { class: 'error', role: 'alert' },
      `No ${key.replace(':', ' ')} in the record as of this date.`));
  }
}

function row(dl, term, value) {
  if (value === null || value === undefined || value === '') {
    return;
  }
  dl.append(el('dt', {}, term), el('dd', {}, value));
}

function sourcesList(sources) {
  if (!sources || !sources.length) {
    return el('p', {}, 'No registered source cited.');
  }
  return el('ul', { class: 'sources' }, sources.map((s) => el('li', {},
    el('strong', {}, s.sourceId), ` — ${s.title || 'unknown source'}`,
    s.date ? `, ${s.date}` : '', s.scaleDenominator ? `, 1:${s.scaleDenominator.toLocaleString('en')}` : '',
    s.crs ? `, ${s.crs}` : '',
    s.sha256 ? el('div', { class: 'hash' }, `SHA-256 ${s.sha256}`) : null,
    s.seq !== undefined ? el('div', { class: 'hint' }, `registered in journal entry ${s.seq}`) : null)));
}

/** Details of a feature in the panel's details box. */
export function showDetails(app, feature, { fromAddress = false } = {}) {
  app.map.select(feature);
  if (!fromAddress && app.view === 'map') {
    setParams({ feature: featureKey(feature) });
  }
  const box = document.getElementById('details');
  if (!box) {
    return;
  }
  clear(box);
  const p = feature.getProperties();
  const dl = el('dl', {});
  let title;
  let sources = null;
  const layer = p.layer || (p.population !== undefined ? 'settlement' : p.kind ? 'comparison' : 'feature');
  if (layer === 'section') {
    title = `Section ${p.section_id}`;
    row(dl, 'Status', p.status === 'agreed' ? `agreed, ${p.final ? 'final' : 'in force, not yet final'}` : p.status);
    row(dl, 'Agreed by decision', p.agreed_by);
    row(dl, 'In force from entry', p.decision_seq);
    row(dl, 'Length of the agreed line', p.length_m ? metres(p.length_m) : null);
    row(dl, 'Proposals', (p.proposals || []).join(', '));
    sources = p.sources;
  } else if (layer === 'segment') {
    title = `Segment ${p.segment_no} of section ${p.section_id}`;
    row(dl, 'Status', p.status);
    row(dl, 'From', p.from_point);
    row(dl, 'To', p.to_point);
    row(dl, 'Line type', p.line_type);
    row(dl, 'Length', p.length_m ? metres(p.length_m) : null);
  } else if (layer === 'proposal') {
    title = `Proposal ${p.proposal_id}`;
    row(dl, 'Party', app.partyName(p.party));
    row(dl, 'Section', p.section_id);
    row(dl, 'Status', p.status);
    row(dl, 'Proposed by', p.proposed_by);
    row(dl, 'Proposed', p.proposed_time);
    row(dl, 'Journal entry', p.proposed_seq);
    row(dl, 'At sitting', p.sitting_id);
    row(dl, 'Segments', (p.segment_types || []).join('; '));
    row(dl, 'Withdrawn because', p.withdrawal_reason);
    sources = p.sources;
  } else if (layer === 'pillar') {
    title = `Pillar ${p.pillar} (${p.pillar_type})`;
    row(dl, 'Section', p.section_id);
    row(dl, 'Status', p.status + (p.condition ? `, ${p.condition}` : ''));
    row(dl, 'Protocol version', `${p.version}${p.in_force ? ', in force (both parties signed)' : ', not yet signed by both'}`);
    row(dl, 'Ellipsoidal height', p.ellipsoidal_height_m !== null ? metres(p.ellipsoidal_height_m) : null);
    row(dl, 'Orthometric height', p.orthometric_height_m !== null && p.orthometric_height_m !== undefined
      ? `${metres(p.orthometric_height_m)} (${p.height_system})` : null);
    row(dl, 'Survey', `${p.method}, RMS ${p.rms_mm} mm, ${p.observed_on}`);
    row(dl, 'Last inspected', p.last_inspected);
    row(dl, 'Journal entries', `proposed ${p.proposed_seq}, surveyed ${p.surveyed_seq}`);
  } else if (layer === 'settlement') {
    title = p.name;
    row(dl, 'Country', p.country);
    row(dl, 'Population', population(p.population));
    row(dl, 'Feature code', p.featureCode);
    sources = [{ sourceId: 'GeoNames', title: 'GeoNames populated places (CC BY 4.0), shipped with Groma' }];
  } else if (p.kind === 'disputed-area') {
    title = `Disputed area #${p.index}`;
    row(dl, 'Area', area(p.areaM2));
    row(dl, 'Line 1 gives it to', app.partyName(p.line1Gives));
    row(dl, 'Line 2 gives it to', app.partyName(p.line2Gives));
    row(dl, 'Settlements inside', (p.settlements || []).map((s) => `${s.name} (population ${population(s.population)})`).join(', ') || 'none');
  } else {
    title = p.kind || 'Feature';
  }
  box.append(el('h2', {}, title), dl);
  if (sources) {
    box.append(el('h3', {}, 'Sources'), sourcesList(sources));
  }
  if (layer === 'section') {
    box.append(sectionDocuments(app, p));
  } else if (layer === 'proposal') {
    box.append(sectionDocuments(app, { section_id: p.section_id, proposal: p.proposal_id }));
    const w = withdrawControls(app, p);
    if (w) {
      box.append(w);
    }
  }
}

/** Links to the turning-point table and the description of a section's agreed line or of a proposal. */
function sectionDocuments(app, p) {
  const base = `/api/sections/${encodeURIComponent(p.section_id)}`;
  const q = (extra) => {
    const params = new URLSearchParams(extra);
    if (p.proposal) {
      params.set('proposal', p.proposal);
    }
    if (app.atTime) {
      params.set('atTime', app.atTime);
    }
    return params.toString();
  };
  if (!p.proposal && p.status !== 'agreed') {
    return el('p', { class: 'hint' }, 'No agreed line yet: open a proposal for its table and description.');
  }
  const transformation = app.commission.datumTransformation;
  return el('div', {},
    el('h3', {}, 'Documents'),
    el('ul', { class: 'plain' },
      el('li', {}, 'Turning-point table with SK-42 columns by ', transformation, ': ',
        el('a', { href: `${base}/table?${q({ format: 'csv' })}` }, 'CSV'), ' · ',
        el('a', { href: `${base}/table?${q({ format: 'md' })}` }, 'Markdown'), ' · ',
        el('a', { href: `${base}/table?${q({ format: 'json' })}` }, 'JSON')),
      el('li', {}, 'Without SK-42: ',
        el('a', { href: `${base}/table?${q({ format: 'csv', sk42: 'no' })}` }, 'CSV'), ' · ',
        el('a', { href: `${base}/table?${q({ format: 'md', sk42: 'no' })}` }, 'Markdown')),
      el('li', {}, 'Description: ',
        el('a', { href: `${base}/description?${q({ lang: 'en' })}`, hreflang: 'en' }, 'English'), ' · ',
        el('a', { href: `${base}/description?${q({ lang: 'ru' })}`, hreflang: 'ru', lang: 'ru' }, 'Русский'))));
}
