package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as served: its id, its geometry in the lon/lat plane with its envelope (for bbox), its time
 * (for datetime; null for reference data), and its GeoJSON Feature, also kept as text so a page of items is
 * written without serialising each feature again.
 */
record OgcItem(String id, Geometry geometry, Envelope envelope, Instant time, ObjectNode json, String text) {}
