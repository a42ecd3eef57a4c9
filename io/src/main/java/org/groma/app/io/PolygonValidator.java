package org.groma.app.io;

import java.util.Locale;
import java.util.Optional;
import org.groma.app.BadInputException;
import org.groma.geo.LonLatJts;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Refuses polygons whose area would be meaningless: self-intersecting or collapsed rings, holes outside
 * their shell or crossing it, overlapping parts of a multipolygon. A geodesic area of such a shape is a
 * number with no meaning (a bow-tie measures 0, a hole outside its shell makes the area negative).
 *
 * <h2>Algorithm</h2>
 * JTS's {@link IsValidOp} (OGC Simple Features validity) in the longitude–latitude
 * plane. Between vertices a few kilometres apart the geodesic and the straight lon/lat edge differ by
 * centimetres, so the planar test decides topology correctly for any boundary data except edges that pass
 * within that distance of another edge.
 *
 * <h2>Limitations</h2>
 * A polygon that crosses the antimeridian must be split there first (RFC 7946, 3.1.9).
 */
final class PolygonValidator {

  private PolygonValidator() {}

  static GeoGeometry.Area requireValid(GeoGeometry.Area area, String where) {
    Optional<String> problem = problem(area);
    if (problem.isPresent()) {
      throw new BadInputException(where + ": " + problem.get()
          + "; a boundary area must have simple rings and holes inside their shell");
    }
    return area;
  }

  /** What is wrong with the area, e.g. {@code "invalid polygon: Self-intersection at or near [44.5, 40.5] (longitude, latitude)"}. */
  static Optional<String> problem(GeoGeometry.Area area) {
    TopologyValidationError error = new IsValidOp(toJts(area)).getValidationError();
    if (error == null) {
      return Optional.empty();
    }
    Coordinate c = error.getCoordinate();
    String near = c == null ? "" : String.format(Locale.ROOT, " at or near [%s, %s]", c.x, c.y);
    return Optional.of("invalid polygon: " + error.getMessage() + near + " (longitude, latitude)");
  }

  /** The area as a JTS Polygon or MultiPolygon in the longitude (x), latitude (y) plane. */
  static Geometry toJts(GeoGeometry.Area area) {
    return LonLatJts.toJts(area.parts());
  }
}
