// Groma's web map: one page, a view per hash route (#/map, #/compare, #/journal, #/decisions, #/sign-in).
// Every view reads the node's JSON API; nothing is fetched from anywhere else unless the online tile layer
// is switched on.
import { get, del, asOf } from './api.js';
import { el, clear } from './dom.js';
import { GromaMap } from './map.js';
import { renderMap, showDetails } from './view-map.js';
import { renderCompare } from './view-compare.js';
import { renderJournal } from './view-journal.js';
import { renderDecisions } from './view-decisions.js';
import { renderSignIn } from './view-signin.js';

const DAY_MS = 86_400_000;

export const app = {
  commission: null,
  me: null,
  atTime: null,
  layers: null,
  map: null,
  panel: document.getElementById('panel'),
  view: null,

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
  decisions: { title: 'Decisions', render: renderDecisions, map: false },
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
  route();
}

// ---- the "as of" slider: one step per day from the genesis to the latest entry; the last step is "now" ----

function setUpSlider() {
  const slider = document.getElementById('asof');
  const output = document.getElementById('asof-value');
  const first = app.commission.firstTime ? Date.parse(app.commission.firstTime.slice(0, 10)) : Date.now();
  const last = app.commission.lastTime ? Date.parse(app.commission.lastTime.slice(0, 10)) : first;
  const days = Math.max(0, Math.round((last - first) / DAY_MS));
  slider.min = '0';
  slider.max = String(days + 1);
  slider.value = String(days + 1);
  const label = () => {
    const i = Number(slider.value);
    if (i > days) {
      output.textContent = 'now';
      slider.setAttribute('aria-valuetext', 'now: the latest entry');
      return null;
    }
    const date = new Date(first + i * DAY_MS).toISOString().slice(0, 10);
    output.textContent = `end of ${date} (UTC)`;
    slider.setAttribute('aria-valuetext', `end of ${date}`);
    return `${date}T23:59:59.999Z`;
  };
  let timer = null;
  const apply = () => {
    app.atTime = label();
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const fresh = await app.loadLayers();
      if (fresh && app.view && app.view !== 'sign-in') {
        route();
      }
    }, 150);
  };
  slider.addEventListener('input', apply);
  document.getElementById('asof-now').addEventListener('click', () => {
    slider.value = slider.max;
    apply();
  });
  label();
}

// ---- routing ----

async function route() {
  const name = (location.hash.replace(/^#\/?/, '') || 'map').split('?')[0];
  const view = VIEWS[name] ? name : 'map';
  // Focus moves to the new view's heading when the reader changes view, not on the page's first load.
  const changed = app.view !== null && app.view !== view;
  app.view = view;
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.dataset.view === view) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
  document.getElementById('layout').classList.toggle('nomap', !VIEWS[view].map);
  if (VIEWS[view].map) {
    app.map.updateSize();
  }
  if (changed) {
    app.map.select(null);
  }
  if (view !== 'compare') {
    app.map.setComparison(null);
  }
  const panel = clear(app.panel);
  const heading = el('h1', { tabindex: '-1', id: 'view-title' }, VIEWS[view].title);
  panel.append(heading);
  try {
    await VIEWS[view].render(panel, app);
  } catch (e) {
    panel.append(el('p', { class: 'error', role: 'alert' }, e.message));
  }
  if (changed) {
    heading.focus();
  }
}

async function start() {
  app.commission = await get('/api/commission');
  renderBanner();
  app.map = new GromaMap('map', (f) => {
    if (app.view !== 'map' && app.view !== 'compare') {
      location.hash = '#/map';
    }
    showDetails(app, f);
  });
  await app.loadSession();
  setUpSlider();
  await app.loadLayers();
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'true';
}

start().catch((e) => {
  document.getElementById('panel').append(el('p', { class: 'error', role: 'alert' }, `The node could not be read: ${e.message}`));
});
