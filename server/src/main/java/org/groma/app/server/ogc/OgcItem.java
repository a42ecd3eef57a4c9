package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as served: its id, its geometry in the lon/lat plane with its envelope (for bbox), its time
 * (for datetime: an instant or an interval; null for reference data), and its GeoJSON Feature, also kept as
 * the UTF-8 bytes sent ({@code utf8}), so a page of items is written without serialising or encoding each
 * feature again.
 */
record OgcItem(String id, Geometry geometry, Envelope envelope, FeatureTime time, ObjectNode json, byte[] utf8) {}
