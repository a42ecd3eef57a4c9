// The map: the offline Natural Earth backdrop, an optional online OpenStreetMap tile layer (off until asked
// for), the commission's layers from /api/layers, the shipped settlements, and a comparison overlay.
/* global ol */

export const STATUS_COLOURS = { agreed: '#1b7f3b', proposed: '#b35c00', unresolved: '#5f5f5f' };
/**
 * An agreed line in force but not yet final is drawn dashed in a lighter green; a final one solid in a dark
 * green: told apart by pattern as well as colour.
 */
export const AGREED_STYLES = {
  final: { colour: '#0b4d22', dash: undefined },
  inForce: { colour: '#3da35d', dash: [12, 7] },
};

function agreedStyle(f) {
  return f.get('final') ? AGREED_STYLES.final : AGREED_STYLES.inForce;
}

function sectionStyle(f) {
  if (f.get('status') === 'agreed') {
    const a = agreedStyle(f);
    return stroke(a.colour + '66', 9, a.dash);
  }
  return stroke(STATUS_COLOURS[f.get('status')] + '66', 9);
}

function segmentStyle(f) {
  if (f.get('status') === 'agreed') {
    const a = agreedStyle(f);
    return stroke(a.colour, 3, a.dash);
  }
  return stroke(STATUS_COLOURS[f.get('status')] || '#444', 3);
}
export const PARTY_COLOURS = { A: '#1f5fbf', B: '#b3261e', M: '#6a3d9a' };

const geojson = () => new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

function stroke(color, width, dash) {
  return new ol.style.Style({ stroke: new ol.style.Stroke({ color, width, lineDash: dash }) });
}

function backdropStyle(feature) {
  return new ol.style.Style({
    fill: new ol.style.Fill({ color: '#f1efe6' }),
    stroke: new ol.style.Stroke({ color: '#8f8a7c', width: 1 }),
    text: new ol.style.Text({
      text: feature.get('name'), font: '600 13px sans-serif', fill: new ol.style.Fill({ color: '#6b6659' }),
      stroke: new ol.style.Stroke({ color: '#f1efe6', width: 3 }),
    }),
  });
}

function settlementStyle(feature, resolution) {
  const pop = feature.get('population') || 0;
  const showLabel = resolution < 150 || (resolution < 600 && pop >= 20000);
  return new ol.style.Style({
    image: new ol.style.Circle({
      radius: pop >= 100000 ? 5 : 3,
      fill: new ol.style.Fill({ color: '#333' }),
      stroke: new ol.style.Stroke({ color: '#fff', width: 1 }),
    }),
    text: showLabel ? new ol.style.Text({
      text: feature.get('name'), offsetY: -10, font: '12px sans-serif',
      fill: new ol.style.Fill({ color: '#222' }), stroke: new ol.style.Stroke({ color: '#fff', width: 3 }),
    }) : undefined,
  });
}

function areaStyle(feature) {
  const kind = feature.get('kind');
  if (kind === 'disputed-area') {
    // Coloured by whom the key line (the comparison's legend names it) gives the area to, so the colours do
    // not swap when line 1 and line 2 do; the label names the area and its size.
    const colour = PARTY_COLOURS[feature.get('keyGives')] || '#888';
    return new ol.style.Style({
      fill: new ol.style.Fill({ color: colour + '55' }),
      stroke: new ol.style.Stroke({ color: colour, width: 1 }),
      text: new ol.style.Text({
        text: feature.get('label') || `#${feature.get('index')}`, font: 'bold 12px sans-serif', overflow: true,
        fill: new ol.style.Fill({ color: '#111' }), stroke: new ol.style.Stroke({ color: '#fff', width: 3 }),
      }),
    });
  }
  if (kind === 'a-point') {
    return new ol.style.Style({
      image: new ol.style.RegularShape({ points: 4, radius: 9, radius2: 0, angle: Math.PI / 4,
        stroke: new ol.style.Stroke({ color: '#000', width: 3 }) }),
      text: new ol.style.Text({ text: 'inside A', offsetY: -16, font: 'bold 12px sans-serif',
        fill: new ol.style.Fill({ color: '#111' }), stroke: new ol.style.Stroke({ color: '#fff', width: 3 }) }),
    });
  }
  if (kind === 'replaced') {
    return stroke('#4d4d4d', 3, [6, 6]);
  }
  if (kind === 'adopted') {
    return [stroke('#ffffff', 7), stroke('#111111', 3)];
  }
  if (kind === 'max-offset') {
    return new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#000', width: 3, lineDash: [2, 4] }) });
  }
  if (kind === 'line1' || kind === 'line2') {
    return stroke(kind === 'line1' ? '#0b4f8a' : '#8a0b2c', 2, kind === 'line2' ? [8, 6] : undefined);
  }
  return stroke('#777', 1, [4, 4]);
}

/** Pillars by status: in force green, surveyed (protocol not yet signed by both) amber, damaged red, replaced violet. */
const PILLAR_COLOURS = { 'in-force': '#1a7f37', surveyed: '#c98a00', damaged: '#c0392b', replaced: '#7d3c98' };

function pillarStyle(feature, resolution) {
  return new ol.style.Style({
    image: new ol.style.RegularShape({ points: 4, radius: 6, angle: Math.PI / 4,
      fill: new ol.style.Fill({ color: PILLAR_COLOURS[feature.get('status')] || '#555' }),
      stroke: new ol.style.Stroke({ color: '#fff', width: 1 }) }),
    text: resolution < 20 ? new ol.style.Text({ text: feature.get('pillar'), offsetY: -12, font: '12px sans-serif',
      fill: new ol.style.Fill({ color: '#111' }), stroke: new ol.style.Stroke({ color: '#fff', width: 3 }) }) : undefined,
  });
}

export class GromaMap {
  constructor(target, onSelect) {
    this.onSelect = onSelect;
    this.backdrop = new ol.layer.Vector({
      source: new ol.source.Vector({ url: '/api/backdrop', format: geojson(),
        attributions: 'Backdrop: Natural Earth (public domain)' }),
      style: backdropStyle,
    });
    this.tiles = null;
    this.settlements = new ol.layer.Vector({
      source: new ol.source.Vector({ url: '/api/settlements', format: geojson(),
        attributions: 'Settlements: GeoNames (CC BY 4.0)' }),
      style: settlementStyle, declutter: true, properties: { title: 'settlement' },
    });
    this.sections = new ol.layer.Vector({ source: new ol.source.Vector(), style: sectionStyle });
    this.segments = new ol.layer.Vector({ source: new ol.source.Vector(), style: segmentStyle });
    this.proposals = new ol.layer.Vector({ source: new ol.source.Vector(),
      style: (f) => stroke(PARTY_COLOURS[f.get('party')] || '#444', 2, f.get('status') === 'withdrawn' ? [2, 6] : [10, 6]) });
    this.pillars = new ol.layer.Vector({ source: new ol.source.Vector(), style: pillarStyle });
    this.compare = new ol.layer.Vector({ source: new ol.source.Vector(), style: areaStyle, declutter: true });
    this.selected = new ol.layer.Vector({ source: new ol.source.Vector(),
      style: [stroke('rgba(255, 200, 0, 0.55)', 14), new ol.style.Style({ image: new ol.style.Circle({ radius: 9,
        stroke: new ol.style.Stroke({ color: 'rgba(255, 200, 0, 0.8)', width: 4 }) }) })] });
    for (const [layer, kind] of [[this.sections, 'section'], [this.segments, 'segment'], [this.proposals, 'proposal'],
      [this.pillars, 'pillar'], [this.compare, 'comparison']]) {
      layer.set('title', kind);
    }
    this.map = new ol.Map({
      target,
      // The highlight lies under the lines, so a selected line keeps its own colours.
      layers: [this.backdrop, this.settlements, this.selected, this.compare, this.sections, this.segments, this.proposals,
        this.pillars],
      view: new ol.View({ center: ol.proj.fromLonLat([45.5, 40.2]), zoom: 7 }),
      keyboardEventTarget: target,
    });
    this.map.on('singleclick', (evt) => {
      if (this.picking) {
        const [lon, lat] = ol.proj.toLonLat(evt.coordinate);
        const done = this.picking;
        this.picking = null;
        this.map.getTargetElement().classList.remove('picking');
        done({ lat, lon });
        return;
      }
      this.click(evt);
    });
    this.picking = null;
    this.fitted = false;
  }

  /** The online tile layer, created only when switched on: offline nodes never ask the internet. */
  setOnline(on) {
    if (on && !this.tiles) {
      this.tiles = new ol.layer.Tile({ source: new ol.source.OSM() });
      this.map.getLayers().insertAt(1, this.tiles);
    }
    if (this.tiles) {
      this.tiles.setVisible(on);
    }
  }

  setVisible(name, on) {
    this[name].setVisible(on);
  }

  setLayers(layers) {
    for (const name of ['sections', 'segments', 'proposals', 'pillars']) {
      const source = this[name].getSource();
      source.clear();
      source.addFeatures(geojson().readFeatures(layers[name] || { type: 'FeatureCollection', features: [] }));
      source.getFeatures().forEach((f) => f.set('layer', name.slice(0, -1)));
    }
    if (!this.fitted) {
      this.fitCommission();
    }
  }

  fitCommission() {
    const extent = ol.extent.createEmpty();
    for (const name of ['sections', 'proposals']) {
      const s = this[name].getSource();
      if (s.getFeatures().length) {
        ol.extent.extend(extent, s.getExtent());
      }
    }
    if (!ol.extent.isEmpty(extent)) {
      this.map.getView().fit(extent, { padding: [40, 40, 40, 40], maxZoom: 12 });
      this.fitted = true;
    }
  }

  /**
   * Draws a comparison: its areas (each with {@code keyGives} and {@code label} from {@code decorate}), both
   * lines, and the reference point inside A when one was given; null clears it. {@code extra} are more
   * features ({kind, geometry}) drawn with it: a decision's line over the line it replaces.
   */
  setComparison(result, decorate, extra = []) {
    const source = this.compare.getSource();
    source.clear();
    this.map.getTargetElement().dataset.overlay = '';
    if (!result && !extra.length) {
      return;
    }
    const fmt = geojson();
    if (result) {
      source.addFeatures(fmt.readFeatures(result.areas));
      for (const k of result.lines ? ['line1', 'line2'] : []) {
        source.addFeature(fmt.readFeature({ type: 'Feature', geometry: result.lines[k], properties: { kind: k } }));
      }
      const a = result.options && result.options.aPoint;
      if (a) {
        source.addFeature(fmt.readFeature({ type: 'Feature', properties: { kind: 'a-point' },
          geometry: { type: 'Point', coordinates: [a.lonDeg, a.latDeg] } }));
      }
    }
    for (const x of extra) {
      source.addFeature(fmt.readFeature({ type: 'Feature', geometry: x.geometry, properties: { kind: x.kind } }));
    }
    source.getFeatures().forEach((f) => {
      f.set('layer', 'comparison');
      if (f.get('kind') === 'disputed-area' && decorate) {
        decorate(f);
      }
    });
    // What the overlay holds, for the reader's tools and the browser tests: its kinds of feature, counted.
    const kinds = {};
    source.getFeatures().forEach((f) => { kinds[f.get('kind')] = (kinds[f.get('kind')] || 0) + 1; });
    this.map.getTargetElement().dataset.overlay = Object.entries(kinds).map(([k, n]) => `${k}:${n}`).sort().join(' ');
    // A decision's line and the line it replaces are drawn over the commission's layers, not under them.
    this.compare.setZIndex(extra.length ? 10 : 0);
    this.compare.setVisible(true);
    this.map.getView().fit(source.getExtent(), { padding: [40, 40, 40, 40], maxZoom: 14 });
  }

  /** The next click on the map gives its point ({lat, lon}) to {@code done} instead of selecting. */
  pick(done) {
    this.picking = done;
    this.map.getTargetElement().classList.add('picking');
  }

  cancelPick() {
    this.picking = null;
    this.map.getTargetElement().classList.remove('picking');
  }

  /** Highlights a feature and shows the map around it. */
  select(feature) {
    const s = this.selected.getSource();
    s.clear();
    if (feature) {
      s.addFeature(feature.clone());
      this.map.getView().fit(feature.getGeometry().getExtent(), { padding: [80, 80, 80, 80], maxZoom: 12, duration: 0 });
    }
  }

  click(evt) {
    const hits = [];
    this.map.forEachFeatureAtPixel(evt.pixel, (f, layer) => {
      if (layer && layer !== this.selected && layer !== this.backdrop) {
        hits.push(f);
      }
    }, { hitTolerance: 5 });
    if (hits.length) {
      const order = ['pillar', 'proposal', 'segment', 'section', 'comparison'];
      hits.sort((a, b) => order.indexOf(a.get('layer') || 'x') - order.indexOf(b.get('layer') || 'x'));
      this.onSelect(hits[0]);
    }
  }

  features(name) {
    return this[name].getSource().getFeatures();
  }

  updateSize() {
    this.map.updateSize();
  }
}
