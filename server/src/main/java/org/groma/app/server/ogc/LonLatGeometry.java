package org.groma.app.server.ogc;

import java.util.List;
import org.groma.app.store.LayerGeometry;
import org.groma.geo.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A layer geometry as a JTS geometry in the lon/lat plane, for the bbox tests of {@code ?bbox=} (the GeoJSON of a
 * feature is written by {@link org.groma.app.geojson.GeoJson}).
 */
final class LonLatGeometry {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private LonLatGeometry() {}

  static Geometry jts(LayerGeometry g) {
    return switch (g) {
      case LayerGeometry.Point p -> FACTORY.createPoint(coordinate(p.point()));
      case LayerGeometry.LineString l -> line(l.points());
      case LayerGeometry.MultiLineString m ->
          FACTORY.createMultiLineString(m.lines().stream().map(LonLatGeometry::line).toArray(LineString[]::new));
      case LayerGeometry.Polygon p -> FACTORY.createPolygon(
          FACTORY.createLinearRing(coordinates(p.rings().get(0))),
          p.rings().subList(1, p.rings().size()).stream()
              .map(r -> FACTORY.createLinearRing(coordinates(r))).toArray(org.locationtech.jts.geom.LinearRing[]::new));
    };
  }

  private static LineString line(List<GeoPoint> points) {
    return FACTORY.createLineString(coordinates(points));
  }

  private static Coordinate[] coordinates(List<GeoPoint> points) {
    return points.stream().map(LonLatGeometry::coordinate).toArray(Coordinate[]::new);
  }

  private static Coordinate coordinate(GeoPoint p) {
    return new Coordinate(p.lonDeg(), p.latDeg());
  }
}
