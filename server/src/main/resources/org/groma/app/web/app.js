// Groma's web map: one page, a view per hash route (#/map, #/compare, #/journal, #/decisions, #/sign-in), with
// the view's state and the "as of" date in the address (url.js).
// Every view reads the node's JSON API; nothing is fetched from anywhere else unless the online tile layer
// is switched on.
import { get, del, asOf } from './api.js';
import { readHash, hashFor, setParams, markRouted } from './url.js';
import { el, clear } from './dom.js';
import { GromaMap } from './map.js';
import { renderMap, showDetails } from './view-map.js';
import { renderCompare } from './view-compare.js';
import { renderJournal } from './view-journal.js';
import { renderDecisions } from './view-decisions.js';
import { renderSittings } from './view-sittings.js';
import { renderSignIn } from './view-signin.js';

export const app = {
  commission: null,
  me: null,
  atTime: null,
  layers: null,
  map: null,
  panel: document.getElementById('panel'),
  view: null,
  notice: null,
  route: (force) => route(force),

  /** The state's layers as of the slider's date (or now), drawn on the map. */
  async loadLayers() {
    // Slider moves can overlap: only the answer to the latest request is drawn.
    const ticket = ++this.ticket;
    const layers = await get(asOf('/api/layers', this.atTime));
    if (ticket !== this.ticket) {
      return null;
    }
    this.layers = layers;
    this.map.setLayers(layers);
    return layers;
  },
  ticket: 0,

  async loadSession() {
    const who = await get('/api/whoami');
    this.me = who.signedIn ? who : null;
    renderSession(who.expired);
  },

  partyName(code) {
    const p = this.commission && this.commission.parties[code];
    return p ? p.name : code;
  },
};

const VIEWS = {
  map: { title: 'Map', render: renderMap, map: true },
  compare: { title: 'Compare two lines', render: renderCompare, map: true },
  journal: { title: 'Journal', render: renderJournal, map: false },
  decisions: { title: 'Decisions', render: renderDecisions, map: true },
  sittings: { title: 'Sittings and commitments', render: renderSittings, map: false },
  'sign-in': { title: 'Sign in', render: renderSignIn, map: false },
};

function renderBanner() {
  const banner = document.getElementById('banner');
  banner.textContent = app.commission.banner;
  banner.classList.toggle('demo', app.commission.demo);
  document.getElementById('commission-name').textContent = app.commission.commissionName || '';
  document.title = `${app.commission.demo ? 'DEMO — ' : ''}Groma — ${app.commission.commissionName || 'commission'}`;
}

function renderSession(expired) {
  const box = clear(document.getElementById('session'));
  if (app.me) {
    box.append(
      el('span', { class: 'who' }, `Signed in as ${app.me.member} (${app.partyName(app.me.party)}, ${app.me.roles.join(', ')})`),
      el('button', { type: 'button', onclick: signOut }, 'Sign out'));
  } else {
    if (expired) {
      box.append(el('span', { class: 'who' }, 'Your session has expired. '));
    }
    box.append(el('a', { href: '#/sign-in', class: 'button' }, 'Sign in'));
  }
}

async function signOut() {
  await del('/api/session');
  app.me = null;
  renderSession(false);
  route(true);
}

// ---- the "as of" slider: one step per day on which entries were made (GET /api/timeline), then "now" ----

let days = [];

/** asOf=YYYY-MM-DD from the address, if it is a date. */
function asOfParam(params) {
  const v = params.get('asOf');
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : null;
}

function sliderLabel(i) {
  const slider = document.getElementById('asof');
  const output = document.getElementById('asof-value');
  if (i >= days.length) {
    output.textContent = 'now';
    slider.setAttribute('aria-valuetext', 'now: the latest entry');
    return null;
  }
  const d = days[i];
  output.textContent = `end of ${d.day} (UTC)`;
  slider.setAttribute('aria-valuetext', `end of ${d.day}, ${d.entries} entr${d.entries === 1 ? 'y' : 'ies'} that day`);
  slider.title = `${d.entries} entr${d.entries === 1 ? 'y' : 'ies'} on ${d.day} (entries ${d.firstSeq}–${d.lastSeq})`;
  return d.day;
}

/** Puts the slider on the address's date: the last day with entries on or before it, or "now". */
function syncSlider(day) {
  const slider = document.getElementById('asof');
  let i = days.length;
  if (day) {
    i = 0;
    days.forEach((d, k) => {
      if (d.day <= day) {
        i = k;
      }
    });
  }
  slider.value = String(i);
  sliderLabel(i);
  if (day && (i >= days.length || days[i].day !== day)) {
    document.getElementById('asof-value').textContent = `end of ${day} (UTC)`;
  }
}

async function setUpSlider() {
  days = (await get('/api/timeline')).days;
  const slider = document.getElementById('asof');
  slider.min = '0';
  slider.max = String(days.length);
  let timer = null;
  const apply = () => {
    const day = sliderLabel(Number(slider.value));
    clearTimeout(timer);
    timer = setTimeout(() => {
      setParams({ asOf: day }, { replace: true });
      route(true);
    }, 150);
  };
  slider.addEventListener('input', apply);
  document.getElementById('asof-now').addEventListener('click', () => {
    slider.value = slider.max;
    apply();
  });
}

// ---- routing ----

async function route(force) {
  if (markRouted() && force !== true) {
    return;
  }
  const { view: name, params } = readHash();
  const view = VIEWS[name] ? name : 'map';
  const day = asOfParam(params);
  const atTime = day ? `${day}T23:59:59.999Z` : null;
  syncSlider(day);
  // The record may have grown since the last view (acts from other nodes and people): read it afresh.
  app.atTime = atTime;
  if (!(await app.loadLayers())) {
    return;
  }
  // Focus moves to the new view's heading when the reader changes view, not on the page's first load.
  const changed = app.view !== null && app.view !== view;
  app.view = view;
  document.querySelectorAll('nav a').forEach((a) => {
    a.href = hashFor(a.dataset.view, { asOf: day });
    if (a.dataset.view === view) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
  document.body.dataset.view = view;
  document.getElementById('layout').classList.toggle('nomap', !VIEWS[view].map);
  if (VIEWS[view].map) {
    app.map.updateSize();
  }
  app.map.select(null);
  app.map.setComparison(null);
  app.map.cancelPick();
  const panel = clear(app.panel);
  const heading = el('h1', { tabindex: '-1', id: 'view-title' }, VIEWS[view].title);
  panel.append(heading);
  // The outcome of an act just signed, shown once on the redrawn view.
  const notice = app.notice;
  app.notice = null;
  if (notice) {
    panel.append(el('p', { class: `notice ${notice.ok ? 'ok' : 'error'}`, role: notice.ok ? 'status' : 'alert', tabindex: '-1' }, notice.text));
  }
  try {
    await VIEWS[view].render(panel, app, params);
  } catch (e) {
    panel.append(el('p', { class: 'error', role: 'alert' }, e.message));
  }
  if (notice) {
    panel.querySelector('.notice').focus();
  } else if (changed) {
    heading.focus({ preventScroll: true });
  }
}

async function start() {
  app.commission = await get('/api/commission');
  renderBanner();
  app.map = new GromaMap('map', (f) => {
    if (app.view !== 'map' && app.view !== 'compare') {
      return;
    }
    showDetails(app, f);
  });
  await app.loadSession();
  await setUpSlider();
  // Back and Forward between states of one view fire popstate; a new address typed or followed, hashchange.
  window.addEventListener('hashchange', () => route());
  window.addEventListener('popstate', () => route());
  await route(true);
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  document.getElementById('panel').append(el('p', { class: 'error', role: 'alert' }, `The node could not be read: ${e.message}`));
});
