package org.groma.app.server.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.groma.app.store.LayerGeometry;
import org.groma.geo.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A layer geometry as an RFC 7946 GeoJSON geometry (longitude, latitude; numbers as the shortest decimal that
 * reads back to the same double) and as a JTS geometry in the lon/lat plane for bbox tests.
 */
final class GeoJsonGeometry {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private GeoJsonGeometry() {}

  static ObjectNode json(LayerGeometry g) {
    ObjectNode out = NODES.objectNode();
    switch (g) {
      case LayerGeometry.Point p -> {
        out.put("type", "Point");
        out.set("coordinates", position(p.point()));
      }
      case LayerGeometry.LineString l -> {
        out.put("type", "LineString");
        out.set("coordinates", positions(l.points()));
      }
      case LayerGeometry.MultiLineString m -> {
        out.put("type", "MultiLineString");
        ArrayNode lines = out.putArray("coordinates");
        m.lines().forEach(line -> lines.add(positions(line)));
      }
      case LayerGeometry.Polygon p -> {
        out.put("type", "Polygon");
        ArrayNode rings = out.putArray("coordinates");
        p.rings().forEach(ring -> rings.add(positions(ring)));
      }
    }
    return out;
  }

  static Geometry jts(LayerGeometry g) {
    return switch (g) {
      case LayerGeometry.Point p -> FACTORY.createPoint(coordinate(p.point()));
      case LayerGeometry.LineString l -> line(l.points());
      case LayerGeometry.MultiLineString m ->
          FACTORY.createMultiLineString(m.lines().stream().map(GeoJsonGeometry::line).toArray(LineString[]::new));
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
    return points.stream().map(GeoJsonGeometry::coordinate).toArray(Coordinate[]::new);
  }

  private static Coordinate coordinate(GeoPoint p) {
    return new Coordinate(p.lonDeg(), p.latDeg());
  }

  private static ArrayNode positions(List<GeoPoint> points) {
    ArrayNode out = NODES.arrayNode(points.size());
    points.forEach(p -> out.add(position(p)));
    return out;
  }

  private static ArrayNode position(GeoPoint p) {
    return NODES.arrayNode(2).add(p.lonDeg()).add(p.latDeg());
  }
}
