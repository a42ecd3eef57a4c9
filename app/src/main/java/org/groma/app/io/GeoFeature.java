package org.groma.app.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One imported feature.
 *
 * @param index position of the feature in its file, from 0
 * @param id the feature's GeoJSON id, or null
 * @param properties the feature's properties as read
 * @param geometry its geometry
 */
public record GeoFeature(int index, String id, JsonNode properties, GeoGeometry geometry) {}
