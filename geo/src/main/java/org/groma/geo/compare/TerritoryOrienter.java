package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.groma.geo.GeoPoint;
import org.groma.geo.GeoPolygon;
import org.groma.geo.GeoRing;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Orients each part of a line from party A's territory: the part runs the way A's own boundary runs beside
 * it, A's boundary being followed with A on its left.
 *
 * <p>Which way A's boundary runs is decided by containment parity, not by the ring roles or windings of the
 * file: a ring inside an even number of A's other rings has A inside (followed counter-clockwise), one inside
 * an odd number has A outside (clockwise). So a shell, a hole, an exclave inside B's enclave and a further
 * enclave inside that are each followed the right way, whatever order the file draws them in.
 *
 * <p>Each part then votes segment by segment (up to {@value #SAMPLES} segments spread evenly): the cosine
 * between the segment and the nearest piece of A's boundary, weighted by the segment's length, counting
 * only segments with A's boundary within {@code maxDistanceM}. A part whose weighted mean cosine is not at
 * least {@value #MIN_AGREEMENT} one way or the other (three quarters of its length agreeing) is ambiguous.
 */
final class TerritoryOrienter {

  /** Segments of a part sampled for the vote. */
  static final int SAMPLES = 2_000;

  /** Weighted mean cosine a part needs to be decided. */
  static final double MIN_AGREEMENT = 0.5;

  private final STRtree index = new STRtree();
  private final double maxDistance;
  private final double maxDistanceM;

  /** A's boundary as plane segments oriented with A on the left; {@code maxDistanceM} limits the vote. */
  TerritoryOrienter(List<GeoPolygon> territory, LocalPlane plane, double maxDistanceM) {
    this.maxDistanceM = maxDistanceM;
    this.maxDistance = maxDistanceM * plane.maxScale();
    GeometryFactory gf = new GeometryFactory();
    List<double[][]> rings = new ArrayList<>();
    List<Polygon> asPolygons = new ArrayList<>();
    for (GeoPolygon polygon : territory) {
      List<GeoRing> all = new ArrayList<>();
      all.add(polygon.shell());
      all.addAll(polygon.holes());
      for (GeoRing r : all) {
        List<GeoPoint> v = r.closed();
        double[][] c = new double[2][v.size()];
        Coordinate[] cs = new Coordinate[v.size()];
        for (int i = 0; i < v.size(); i++) {
          c[0][i] = plane.x(v.get(i));
          c[1][i] = plane.y(v.get(i));
          cs[i] = new Coordinate(c[0][i], c[1][i]);
        }
        rings.add(c);
        asPolygons.add(gf.createPolygon(cs));
      }
    }
    for (int r = 0; r < rings.size(); r++) {
      int depth = 0;
      for (int s = 0; s < rings.size(); s++) {
        if (s != r && asPolygons.get(s).getEnvelopeInternal().covers(asPolygons.get(r).getEnvelopeInternal())
            && asPolygons.get(s).covers(asPolygons.get(r))) {
          depth++;
        }
      }
      double[] x = rings.get(r)[0];
      double[] y = rings.get(r)[1];
      boolean ccw = PartOrienter.signedArea2(x, y) > 0;
      boolean aInside = depth % 2 == 0;
      boolean flip = ccw != aInside;
      for (int i = 0; i + 1 < x.length; i++) {
        if (x[i] == x[i + 1] && y[i] == y[i + 1]) {
          continue;
        }
        double[] seg = flip ? new double[] {x[i + 1], y[i + 1], x[i], y[i]} : new double[] {x[i], y[i], x[i + 1], y[i + 1]};
        index.insert(new Envelope(seg[0], seg[2], seg[1], seg[3]), seg);
      }
    }
    index.build();
  }

  /** The decision for one part (lon/lat), judged in {@code plane}. */
  PartOrientation orient(List<GeoPoint> part, LocalPlane plane) {
    int segments = part.size() - 1;
    int step = Math.max(1, segments / SAMPLES);
    double agree = 0;
    double total = 0;
    for (int v = 0; v < segments; v += step) {
      double ax = plane.x(part.get(v));
      double ay = plane.y(part.get(v));
      double bx = plane.x(part.get(v + 1));
      double by = plane.y(part.get(v + 1));
      double mx = (ax + bx) / 2;
      double my = (ay + by) / 2;
      double[] nearest = nearest(mx, my);
      if (nearest == null) {
        continue;
      }
      double dx = bx - ax;
      double dy = by - ay;
      double ex = nearest[2] - nearest[0];
      double ey = nearest[3] - nearest[1];
      double len = Math.hypot(dx, dy);
      double elen = Math.hypot(ex, ey);
      if (len == 0 || elen == 0) {
        continue;
      }
      agree += (dx * ex + dy * ey) / elen;
      total += len;
    }
    if (total == 0) {
      return PartOrientation.ambiguous(String.format(Locale.ROOT,
          "A's territory has no boundary within %.0f m of it", maxDistanceM));
    }
    double mean = agree / total;
    if (mean >= MIN_AGREEMENT) {
      return PartOrientation.decided(false);
    }
    if (mean <= -MIN_AGREEMENT) {
      return PartOrientation.decided(true);
    }
    return PartOrientation.ambiguous(String.format(Locale.ROOT,
        "A's territory boundary beside it runs both ways (weighted mean cosine %.3f, at least %.1f needed "
            + "either way)", mean, MIN_AGREEMENT));
  }

  /** The segment of A's boundary nearest (x, y), if one lies within the maximum distance. */
  private double[] nearest(double x, double y) {
    Envelope q = new Envelope(x - maxDistance, x + maxDistance, y - maxDistance, y + maxDistance);
    Object found = index.nearestNeighbour(new Envelope(x, x, y, y), new double[] {x, y, x, y},
        (a, b) -> segmentDistance((double[]) a.getItem(), (double[]) b.getItem()));
    if (found == null) {
      return null;
    }
    double[] s = (double[]) found;
    double t = Math.max(0, Math.min(1, PlanarGeometry.projectionParameter(x, y, s[0], s[1], s[2], s[3])));
    double d = Math.hypot(x - (s[0] + t * (s[2] - s[0])), y - (s[1] + t * (s[3] - s[1])));
    return d <= maxDistance && q.intersects(new Envelope(s[0], s[2], s[1], s[3])) ? s : null;
  }

  /** Distance between a query point (a degenerate segment) and a segment. */
  private static double segmentDistance(double[] a, double[] b) {
    double[] p = a[0] == a[2] && a[1] == a[3] ? a : b;
    double[] s = p == a ? b : a;
    double t = Math.max(0, Math.min(1, PlanarGeometry.projectionParameter(p[0], p[1], s[0], s[1], s[2], s[3])));
    return Math.hypot(p[0] - (s[0] + t * (s[2] - s[0])), p[1] - (s[1] + t * (s[3] - s[1])));
  }
}
