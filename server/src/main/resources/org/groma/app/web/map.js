// The map: the offline Natural Earth backdrop, an optional online OpenStreetMap tile layer (off until asked
// for), the commission's layers from /api/layers, the shipped settlements, and a comparison overlay.
/* global ol */

export const STATUS_COLOURS = { agreed: '#1b7f3b', proposed: '#b35c00', unresolved: '#5f5f5f' };
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
    const colour = PARTY_COLOURS[feature.get('line1Gives')] || '#888';
    return new ol.style.Style({
      fill: new ol.style.Fill({ color: colour + '55' }),
      stroke: new ol.style.Stroke({ color: colour, width: 1 }),
      text: new ol.style.Text({
        text: `#${feature.get('index')}`, font: 'bold 12px sans-serif',
        fill: new ol.style.Fill({ color: '#111' }), stroke: new ol.style.Stroke({ color: '#fff', width: 3 }),
      }),
    });
  }
  if (kind === 'max-offset') {
    return new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#000', width: 3, lineDash: [2, 4] }) });
  }
  if (kind === 'line1' || kind === 'line2') {
    return stroke(kind === 'line1' ? '#0b4f8a' : '#8a0b2c', 2, kind === 'line2' ? [8, 6] : undefined);
  }
  return stroke('#777', 1, [4, 4]);
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
    this.sections = new ol.layer.Vector({ source: new ol.source.Vector(),
      style: (f) => stroke(STATUS_COLOURS[f.get('status')] + '66', 9) });
    this.segments = new ol.layer.Vector({ source: new ol.source.Vector(),
      style: (f) => stroke(STATUS_COLOURS[f.get('status')] || '#444', 3) });
    this.proposals = new ol.layer.Vector({ source: new ol.source.Vector(),
      style: (f) => stroke(PARTY_COLOURS[f.get('party')] || '#444', 2, f.get('status') === 'withdrawn' ? [2, 6] : [10, 6]) });
    this.compare = new ol.layer.Vector({ source: new ol.source.Vector(), style: areaStyle });
    this.selected = new ol.layer.Vector({ source: new ol.source.Vector(),
      style: [stroke('rgba(255, 200, 0, 0.55)', 14), new ol.style.Style({ image: new ol.style.Circle({ radius: 9,
        stroke: new ol.style.Stroke({ color: 'rgba(255, 200, 0, 0.8)', width: 4 }) }) })] });
    for (const [layer, kind] of [[this.sections, 'section'], [this.segments, 'segment'], [this.proposals, 'proposal'],
      [this.compare, 'comparison']]) {
      layer.set('title', kind);
    }
    this.map = new ol.Map({
      target,
      // The highlight lies under the lines, so a selected line keeps its own colours.
      layers: [this.backdrop, this.settlements, this.selected, this.compare, this.sections, this.segments, this.proposals],
      view: new ol.View({ center: ol.proj.fromLonLat([45.5, 40.2]), zoom: 7 }),
      keyboardEventTarget: target,
    });
    this.map.on('singleclick', (evt) => this.click(evt));
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
    for (const name of ['sections', 'segments', 'proposals']) {
      const source = this[name].getSource();
      source.clear();
      source.addFeatures(geojson().readFeatures(layers[name]));
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

  setComparison(result) {
    const source = this.compare.getSource();
    source.clear();
    if (!result) {
      return;
    }
    const fmt = geojson();
    source.addFeatures(fmt.readFeatures(result.areas));
    for (const k of ['line1', 'line2']) {
      const f = fmt.readFeature({ type: 'Feature', geometry: result.lines[k], properties: { kind: k } });
      source.addFeature(f);
    }
    source.getFeatures().forEach((f) => f.set('layer', 'comparison'));
    this.compare.setVisible(true);
    this.map.getView().fit(source.getExtent(), { padding: [40, 40, 40, 40], maxZoom: 14 });
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
      const order = ['proposal', 'segment', 'section', 'comparison'];
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
