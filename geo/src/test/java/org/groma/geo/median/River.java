package org.groma.geo.median;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoPoint;

/** A synthetic meandering river (about 6.7 km long, 300 m wide) on the nanodegree grid, for the tests. */
final class River {

  private River() {}

  static List<GeoPoint> bankA() {
    List<GeoPoint> l = new ArrayList<>();
    for (int i = 0; i <= 30; i++) {
      l.add(grid(41.0 + 0.002 * i, 44.80 + 0.001 * Math.sin(i / 3.0)));
    }
    return l;
  }

  static List<GeoPoint> bankB() {
    List<GeoPoint> l = new ArrayList<>();
    for (int i = 0; i <= 22; i++) {
      double lat = 41.0 + 0.06 * i / 22;
      l.add(grid(lat, 44.8036 + 0.001 * Math.sin((lat - 41.0) / 0.006) + 0.0004 * Math.cos(i / 2.0)));
    }
    return l;
  }

  static GeoPoint grid(double lat, double lon) {
    return CanonicalPoint.of(new GeoPoint(lat, lon)).toGeoPoint();
  }
}
