package org.groma.geo.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.LonLatJts;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Territories as JTS geometries in the longitude–latitude plane (x = longitude, y = latitude, the doubles
 * copied exactly), their validation, and the way back.
 *
 * <p>Validity is OGC Simple Features validity (JTS {@link IsValidOp}) in that plane: rings simple, holes
 * inside their shells, parts of a multipolygon not overlapping. Between vertices kilometres apart a geodesic
 * and the straight lon/lat edge differ by centimetres, so this decides topology correctly except for edges
 * passing within that distance of another.
 */
final class TerritoryGeometry {

  static final GeometryFactory FACTORY = LonLatJts.FACTORY;

  private TerritoryGeometry() {}

  static Geometry toJts(List<GeoPolygon> polygons) {
    return LonLatJts.toJts(polygons);
  }

  static Polygon toJts(GeoPolygon p) {
    return LonLatJts.toJts(p);
  }

  /** The polygonal parts of a JTS geometry as Groma polygons (rings with repeated vertices dropped). */
  static List<GeoPolygon> fromJts(Geometry g) {
    List<GeoPolygon> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        GeoRing shell = ring(p.getExteriorRing().getCoordinates());
        if (shell == null) {
          continue;
        }
        List<GeoRing> holes = new ArrayList<>();
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          GeoRing hole = ring(p.getInteriorRingN(h).getCoordinates());
          if (hole != null) {
            holes.add(hole);
          }
        }
        out.add(new GeoPolygon(shell, holes));
      }
    }
    return out;
  }

  private static GeoRing ring(Coordinate[] cs) {
    List<GeoPoint> v = new ArrayList<>();
    for (int i = 0; i + 1 < cs.length; i++) {
      GeoPoint p = GeoPoint.ofLonLat(cs[i].x, cs[i].y);
      if (v.isEmpty() || !v.getLast().equals(p)) {
        v.add(p);
      }
    }
    while (v.size() > 1 && v.getFirst().equals(v.getLast())) {
      v.removeLast();
    }
    return v.size() < 3 ? null : new GeoRing(v);
  }

  /** The validation error of a territory, with its place, or null if it is valid. */
  static String invalidity(Territory t) {
    TopologyValidationError error = new IsValidOp(toJts(t.polygons())).getValidationError();
    if (error == null) {
      return null;
    }
    Coordinate c = error.getCoordinate();
    String near = c == null ? "" : String.format(Locale.ROOT, " at or near latitude %.9f°, longitude %.9f°", c.y, c.x);
    return "territory " + t.name() + " is not a valid polygon: " + error.getMessage() + near;
  }

  /** Refuses an invalid territory, naming the fault and its place. */
  static void requireValid(Territory t) {
    String problem = invalidity(t);
    if (problem != null) {
      throw new GeoInputException(problem + "; a territory must have simple rings, holes inside their shells "
          + "and parts that do not overlap (ask for repair to have it fixed)");
    }
  }

  /**
   * A valid version of an invalid territory (JTS {@link GeometryFixer}: self-intersections split, collapsed
   * parts dropped, overlapping parts merged), with a description of what was wrong.
   */
  static Territory repair(Territory t, List<String> repairs) {
    String problem = invalidity(t);
    if (problem == null) {
      return t;
    }
    Geometry fixed = GeometryFixer.fix(toJts(t.polygons()));
    List<GeoPolygon> polygons = fromJts(fixed);
    if (polygons.isEmpty()) {
      throw new GeoInputException(problem + "; repair leaves no area");
    }
    int before = t.polygons().stream().mapToInt(TerritoryGeometry::vertexCount).sum();
    int after = polygons.stream().mapToInt(TerritoryGeometry::vertexCount).sum();
    repairs.add(problem + "; repaired: " + t.polygons().size() + " polygon(s) with " + before
        + " vertices became " + polygons.size() + " with " + after);
    return new Territory(t.name(), polygons);
  }

  private static int vertexCount(GeoPolygon p) {
    return p.shell().vertices().size() + p.holes().stream().mapToInt(h -> h.vertices().size()).sum();
  }
}
