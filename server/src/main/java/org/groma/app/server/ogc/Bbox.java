package org.groma.app.server.ogc;

import java.util.List;
import org.groma.app.server.http.ProblemException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The {@code bbox} parameter of OGC API – Features (17-069r4, 7.15.3): four numbers, lower-left longitude and
 * latitude then upper-right, in CRS84 (or six with a height after each corner's latitude, which this node,
 * holding 2D data, ignores). A box whose west edge lies east of its east edge spans the antimeridian.
 *
 * <p>A feature is selected when its geometry intersects the box in the plane of longitude and latitude, the
 * plane in which GeoJSON clients draw the lines (a segment's geodesic bows away from that chord by
 * centimetres over the kilometres of a boundary segment). Points on the box's edges are inside.
 */
record Bbox(double west, double south, double east, double north) {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  static Bbox parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw bad(text, "it has " + parts.length + (parts.length == 1 ? " number" : " numbers"));
    }
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw bad(text, "\"" + parts[i] + "\" (number " + (i + 1) + ") is not a number");
      }
      if (!Double.isFinite(v[i])) {
        throw bad(text, "number " + (i + 1) + " is not finite");
      }
    }
    Bbox b = parts.length == 4 ? new Bbox(v[0], v[1], v[2], v[3]) : new Bbox(v[0], v[1], v[3], v[4]);
    for (double lon : new double[] {b.west, b.east}) {
      if (lon < -180 || lon > 180) {
        throw bad(text, "longitude " + lon + " is outside -180 to 180 (CRS84 is longitude first)");
      }
    }
    for (double lat : new double[] {b.south, b.north}) {
      if (lat < -90 || lat > 90) {
        throw bad(text, "latitude " + lat + " is outside -90 to 90 (CRS84 is longitude first)");
      }
    }
    if (b.south > b.north) {
      throw bad(text, "its south edge " + b.south + " lies north of its north edge " + b.north);
    }
    return b;
  }

  private static ProblemException bad(String text, String why) {
    return new ProblemException(400, "Bad bbox", "bbox \"" + text + "\" is not a bounding box: " + why
        + "; give minLon,minLat,maxLon,maxLat in CRS84 degrees, e.g. bbox=44.5,40.5,46.0,41.5");
  }

  /** The box as one or two envelopes (two when it spans the antimeridian). */
  List<Envelope> envelopes() {
    if (west <= east) {
      return List.of(new Envelope(west, east, south, north));
    }
    return List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north));
  }

  /** Whether {@code g} (with envelope {@code env}) touches or crosses the box. */
  boolean intersects(Geometry g, Envelope env) {
    for (Envelope box : envelopes()) {
      if (box.intersects(env) && (box.covers(env) || FACTORY.toGeometry(box).intersects(g))) {
        return true;
      }
    }
    return false;
  }
}
