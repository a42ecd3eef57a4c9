package org.groma.geo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Groma polygons as JTS geometries in the plane of longitude (x) and latitude (y), degrees: the plane in
 * which GIS software and JTS's validity rules see GeoJSON data. For topology checks and repair only; lengths
 * and areas come from the ellipsoid, never from this plane.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class LonLatJts {

  /** Floating precision: coordinates pass through unchanged. */
  public static final GeometryFactory FACTORY = new GeometryFactory();

  private LonLatJts() {}

  /** A Polygon for one polygon, a MultiPolygon for several. */
  public static Geometry toJts(List<GeoPolygon> polygons) {
    Polygon[] parts = polygons.stream().map(LonLatJts::toJts).toArray(Polygon[]::new);
    return parts.length == 1 ? parts[0] : FACTORY.createMultiPolygon(parts);
  }

  public static Polygon toJts(GeoPolygon p) {
    LinearRing[] holes = p.holes().stream().map(LonLatJts::toJts).toArray(LinearRing[]::new);
    return FACTORY.createPolygon(toJts(p.shell()), holes);
  }

  /** The ring closed by repeating its first vertex, as JTS requires. */
  public static LinearRing toJts(GeoRing r) {
    Coordinate[] cs = new Coordinate[r.vertices().size() + 1];
    for (int i = 0; i < r.vertices().size(); i++) {
      GeoPoint v = r.vertices().get(i);
      cs[i] = new Coordinate(v.lonDeg(), v.latDeg());
    }
    cs[cs.length - 1] = cs[0];
    return FACTORY.createLinearRing(cs);
  }
}
