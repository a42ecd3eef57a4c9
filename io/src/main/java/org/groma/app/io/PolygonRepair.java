package org.groma.app.io;

import java.util.ArrayList;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.groma.geo.geodesic.Geodesics;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Fixes an invalid polygon when, and only when, the user asks ({@code --repair}), and says what changed.
 *
 * <h2>Algorithm</h2>
 * JTS's {@link GeometryFixer} in the longitude–latitude plane, the plane in which
 * {@link PolygonValidator} found the fault: a self-intersecting ring becomes the polygons its loops enclose
 * (a bow-tie becomes two triangles, the crossing point added as a vertex), a hole outside its shell becomes
 * a part of its own or disappears, overlapping parts are merged. Vertices that were valid are kept exactly;
 * new vertices are intersection points of the original edges.
 *
 * <h2>Accuracy</h2>
 * A new vertex lies on the straight lon/lat edge, which departs from the geodesic by
 * centimetres for edges a few kilometres long (see {@link PolygonValidator}).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class PolygonRepair {

  /**
   * What a repair changed.
   *
   * @param featureIndex the feature's index in its file
   * @param problem what was wrong, as {@link PolygonValidator} found it
   * @param partsBefore polygons before
   * @param partsAfter polygons after
   * @param ringsBefore rings (shells and holes) before
   * @param ringsAfter rings after
   * @param areaM2Before the geodesic area of the rings as drawn (holes subtracted; meaningless for the
   *     invalid shape, shown so the user sees how much the repair moved it)
   * @param areaM2After the geodesic area of the repaired polygon
   */
  public record Report(int featureIndex, String problem, int partsBefore, int partsAfter, int ringsBefore,
      int ringsAfter, double areaM2Before, double areaM2After) {

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "feature %d: repaired (%s): parts %d -> %d, rings %d -> %d, geodesic area %.3f m² -> %.3f m²",
          featureIndex, problem, partsBefore, partsAfter, ringsBefore, ringsAfter, areaM2Before, areaM2After);
    }
  }

  /** The repaired area and the report. */
  public record Repaired(GeoGeometry.Area area, Report report) {}

  private PolygonRepair() {}

  static Repaired repair(GeoGeometry.Area area, int featureIndex, String problem, String where) {
    Geometry fixed = GeometryFixer.fix(PolygonValidator.toJts(area));
    List<GeoPolygon> parts = new ArrayList<>();
    for (int i = 0; i < fixed.getNumGeometries(); i++) {
      if (fixed.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        parts.add(polygon(p));
      }
    }
    if (parts.isEmpty()) {
      throw new BadInputException(where + ": " + problem + "; --repair leaves no area (the rings collapse), "
          + "so the feature cannot be repaired");
    }
    GeoGeometry.Area after = new GeoGeometry.Area(parts);
    Report report = new Report(featureIndex, problem, area.parts().size(), parts.size(), rings(area), rings(after),
        Geodesics.WGS84.measure(area.parts()).areaM2(), Geodesics.WGS84.measure(parts).areaM2());
    return new Repaired(after, report);
  }

  private static int rings(GeoGeometry.Area a) {
    return a.parts().stream().mapToInt(p -> 1 + p.holes().size()).sum();
  }

  private static GeoPolygon polygon(Polygon p) {
    List<GeoRing> holes = new ArrayList<>();
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      holes.add(ring(p.getInteriorRingN(i)));
    }
    return new GeoPolygon(ring(p.getExteriorRing()), holes);
  }

  private static GeoRing ring(LineString r) {
    Coordinate[] cs = r.getCoordinates();
    List<GeoPoint> points = new ArrayList<>(cs.length);
    for (Coordinate c : cs) {
      points.add(GeoPoint.ofLonLat(c.x, c.y));
    }
    return GeoRing.of(points);
  }
}
