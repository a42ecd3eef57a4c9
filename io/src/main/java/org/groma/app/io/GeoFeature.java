package org.groma.app.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.groma.app.geojson.GeoJson;

/**
 * One imported feature.
 *
 * @param index position of the feature among those read from its file, from 0
 * @param id the feature's id as the file gives it (GeoJSON id, KML id attribute, GeoPackage primary key, CSV id
 *     or part column), or null
 * @param properties the feature's properties as read
 * @param geometry its geometry
 */
public record GeoFeature(int index, String id, JsonNode properties, GeoGeometry geometry) {

  /** The feature as GeoJSON writes it: id, properties and geometry as read. */
  public GeoJson.Feature toGeoJson() {
    return new GeoJson.Feature(id, properties, geometry.toGeoJson());
  }
}
