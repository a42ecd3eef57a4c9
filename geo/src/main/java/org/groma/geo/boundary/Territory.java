package org.groma.geo.boundary;

import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPolygon;

/**
 * The land territory of one party (or of a third party) as read from one source: the polygons of its
 * MultiPolygon, edges geodesic, WGS84.
 *
 * @param name how results name this territory, e.g. {@code "ARM"} or {@code "Georgia"}
 * @param polygons the parts of its MultiPolygon, at least one
 */
public record Territory(String name, List<GeoPolygon> polygons) {

  public Territory {
    if (name == null || name.isBlank()) {
      throw new GeoInputException("a territory needs a name");
    }
    polygons = List.copyOf(polygons);
    if (polygons.isEmpty()) {
      throw new GeoInputException("territory " + name + " has no polygon");
    }
  }
}
