package org.groma.geo.median;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicSegment;
import org.groma.geo.geodesic.Geodesics;

/**
 * A side's course (its parts joined in order) parametrised by the fraction of its geodesic length, so that
 * two sides can be paired station by station.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
final class Course {

  private final List<GeoPoint> vertices;
  private final GeodesicSegment[] segments;
  private final double[] cumulative;

  Course(List<GeoPoint> vertices) {
    this.vertices = List.copyOf(vertices);
    int n = Math.max(0, vertices.size() - 1);
    segments = new GeodesicSegment[n];
    cumulative = new double[n + 1];
    for (int i = 0; i < n; i++) {
      segments[i] = Geodesics.WGS84.segment(vertices.get(i), vertices.get(i + 1));
      cumulative[i + 1] = cumulative[i] + segments[i].lengthM();
    }
  }

  Course reversed() {
    List<GeoPoint> r = new ArrayList<>(vertices);
    java.util.Collections.reverse(r);
    return new Course(r);
  }

  GeoPoint first() {
    return vertices.getFirst();
  }

  GeoPoint last() {
    return vertices.getLast();
  }

  double lengthM() {
    return cumulative[cumulative.length - 1];
  }

  int vertexCount() {
    return vertices.size();
  }

  /** The point at fraction {@code t} (0 = first vertex, 1 = last) of the course's length. */
  GeoPoint at(double t) {
    if (segments.length == 0 || t <= 0) {
      return vertices.getFirst();
    }
    if (t >= 1) {
      return vertices.getLast();
    }
    double s = t * lengthM();
    int lo = 0;
    int hi = segments.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cumulative[mid] <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return segments[lo].position(Math.min(s - cumulative[lo], segments[lo].lengthM()));
  }
}
