/**
 * Import of features into WGS 84 (an adapter): GeoJSON, KML/KMZ, GPX, CSV and GeoPackage files read into
 * {@link org.groma.app.io.GeoFeature}s with checked coordinates (axis order, datum and units explicit,
 * nothing dropped silently), polygons validated and repaired only on request, and GeoJSON output. Entry
 * point: {@link org.groma.app.io.FeatureImport}. See docs/import.md.
 */
package org.groma.app.io;
