package org.groma.app.store;

import java.util.List;
import java.util.Objects;
import org.groma.app.BadInputException;
import org.groma.app.geojson.GeoJson;
import org.groma.geo.GeoPoint;

/**
 * A feature's geometry in WGS 84, as {@link GeoPoint}s (written longitude first, as GeoPackage and WKB
 * order axes for srs_id 4326 in GDAL and QGIS). Each kind checks that it is not empty and well formed.
 */
public sealed interface LayerGeometry {

  GeometryType type();

  /** This geometry as GeoJSON writes it (the web map's layers and OGC API – Features). */
  default GeoJson.Geometry toGeoJson() {
    return switch (this) {
      case Point p -> new GeoJson.Point(p.point());
      case LineString l -> new GeoJson.LineString(l.points());
      case MultiLineString m -> new GeoJson.MultiLineString(m.lines());
      case Polygon p -> new GeoJson.Polygon(p.rings());
    };
  }

  /** A single point. */
  record Point(GeoPoint point) implements LayerGeometry {
    public Point {
      Objects.requireNonNull(point, "point");
    }

    @Override
    public GeometryType type() {
      return GeometryType.POINT;
    }
  }

  /** A line through at least two points. */
  record LineString(List<GeoPoint> points) implements LayerGeometry {
    public LineString {
      points = List.copyOf(points);
      if (points.size() < 2) {
        throw new BadInputException("a line string needs at least 2 points, got " + points.size());
      }
    }

    @Override
    public GeometryType type() {
      return GeometryType.LINESTRING;
    }
  }

  /** A polygon: exterior ring first, then holes; each ring closed (first point equals last), at least 4 points. */
  record Polygon(List<List<GeoPoint>> rings) implements LayerGeometry {
    public Polygon {
      rings = rings.stream().map(List::copyOf).toList();
      if (rings.isEmpty()) {
        throw new BadInputException("a polygon needs an exterior ring");
      }
      for (int i = 0; i < rings.size(); i++) {
        List<GeoPoint> ring = rings.get(i);
        if (ring.size() < 4) {
          throw new BadInputException("polygon ring " + i + " has " + ring.size() + " points; a closed ring needs at least 4");
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
          throw new BadInputException("polygon ring " + i + " is not closed: first point " + ring.get(0)
              + " differs from last point " + ring.get(ring.size() - 1));
        }
      }
    }

    @Override
    public GeometryType type() {
      return GeometryType.POLYGON;
    }
  }

  /** One or more lines. */
  record MultiLineString(List<List<GeoPoint>> lines) implements LayerGeometry {
    public MultiLineString {
      lines = lines.stream().map(List::copyOf).toList();
      if (lines.isEmpty()) {
        throw new BadInputException("a multi line string needs at least one line");
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).size() < 2) {
          throw new BadInputException("line " + i + " of a multi line string has " + lines.get(i).size()
              + " points; a line needs at least 2");
        }
      }
    }

    @Override
    public GeometryType type() {
      return GeometryType.MULTILINESTRING;
    }
  }
}
