package org.groma.app.io;

import java.util.List;
import org.groma.app.geojson.GeoJson;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;

/** The geometry of an imported feature: points, lines (one or more parts) or areas (one or more polygons). */
public sealed interface GeoGeometry {

  /** This geometry as GeoJSON writes it (a part count of one writes the single form), or null for none. */
  default GeoJson.Geometry toGeoJson() {
    return switch (this) {
      case None n -> null;
      case Point p -> new GeoJson.Point(p.point());
      case MultiPoint m -> new GeoJson.MultiPoint(m.points());
      case Line l -> GeoJson.line(l.parts());
      case Area a -> GeoJson.area(a.parts());
    };
  }

  /** A feature whose geometry is null, which RFC 7946 (3.2) allows: "unlocated". */
  record None() implements GeoGeometry {}

  record Point(GeoPoint point) implements GeoGeometry {}

  record MultiPoint(List<GeoPoint> points) implements GeoGeometry {}

  /** A LineString (one part) or MultiLineString; each part's segments are geodesics. */
  record Line(List<List<GeoPoint>> parts) implements GeoGeometry {}

  /** A Polygon (one part) or MultiPolygon; edges are geodesics. */
  record Area(List<GeoPolygon> parts) implements GeoGeometry {}
}
