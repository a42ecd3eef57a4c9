package org.groma.geo.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;
import org.groma.geo.GeoPoint;

/**
 * Which stretches of one edge of party A's boundary lie within the snapping tolerance of party B's boundary.
 *
 * <h2>Algorithm</h2>
 * Everything near the edge is mapped into the ellipsoidal gnomonic projection centred at the edge's
 * geodesic midpoint (Karney 2013, §8; GeographicLib's {@code Gnomonic}). There the edge, a geodesic through
 * the centre, is an exact straight line, and B's segments near it are straight to within a few nanometres;
 * distances are true to a relative (r/R)², r the distance from the centre. Then:
 * <ol>
 *   <li>nodes: B's vertices within the tolerance of the edge but not of its ends are inserted into the
 *       edge, in order along it (B's own coordinates: no new point is ever made); B's vertices within the
 *       tolerance of an end are matched to that end, and A's vertex is kept;</li>
 *   <li>each sub-edge between consecutive nodes is shared if it lies entirely within the tolerance of B's
 *       boundary: the union of the "capsules" (points within the tolerance of a B segment) must cover it.
 *       A capsule is convex, so it meets the sub-edge in one interval, found in closed form (two circles
 *       and a strip).</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * The decision "within the tolerance" is exact in the projection, whose distances differ from geodesic ones
 * by at most a relative (r/R)² ≈ 2.5e-7 for an edge 6 km long (R the Earth's radius): 0.25 µm on a 1 m
 * tolerance. Checked against {@code Geodesics.closestPoint} in the tests.
 *
 * <h2>Limitations</h2>
 * An edge longer than about 2 000 km, or B segments more than 90° from its midpoint, cannot be projected;
 * such segments are ignored (they are never within a tolerance of metres).
 *
 * <h2>Thread safety</h2>
 * Stateless apart from the immutable GeographicLib objects.
 */
final class EdgeCoverage {

  /**
   * Slack when joining the intervals covered by consecutive capsules, as a fraction of the sub-edge: B's
   * segments meeting at a shared vertex give intervals that touch exactly, up to rounding of the
   * projection (about 1e-16 of the coordinates).
   */
  static final double JOIN_SLACK = 1e-9;

  private static final Gnomonic GNOMONIC = new Gnomonic(Geodesic.WGS84);

  private EdgeCoverage() {}

  /** A node of the edge: its parameter along it (0 at A's first vertex, 1 at its second) and its vertex. */
  record Node(double t, GeoPoint point) {}

  /** The nodes of edge a–b (a and b included) and, for each sub-edge between them, whether it is shared. */
  record Result(List<Node> nodes, boolean[] shared) {}

  static Result of(GeoPoint a, GeoPoint b, List<SegmentIndex.Segment> near, double tolM) {
    GeodesicData line = Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(),
        GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
    GeodesicData mid = Geodesic.WGS84.Direct(a.latDeg(), a.lonDeg(), line.azi1, line.s12 / 2,
        GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    // Each vertex is projected once: B's segments share their ends, and the nodes are B's vertices again.
    Map<GeoPoint, double[]> projected = new HashMap<>();
    Function<GeoPoint, double[]> project = v -> projected.computeIfAbsent(v, k -> project(mid.lat2, mid.lon2, k));
    double[] pa = project.apply(a);
    double[] pb = project.apply(b);
    double ex = pb[0] - pa[0];
    double ey = pb[1] - pa[1];
    double len2 = ex * ex + ey * ey;

    List<Node> nodes = new ArrayList<>();
    nodes.add(new Node(0, a));
    nodes.add(new Node(1, b));
    List<double[]> segs = new ArrayList<>(near.size());
    for (SegmentIndex.Segment s : near) {
      double[] p = project.apply(s.p());
      double[] q = project.apply(s.q());
      if (p.length == 0 || q.length == 0) {
        continue;
      }
      segs.add(new double[] {p[0], p[1], q[0], q[1]});
      if (len2 > 0) {
        addNode(nodes, s.p(), p, pa, pb, ex, ey, len2, tolM);
        addNode(nodes, s.q(), q, pa, pb, ex, ey, len2, tolM);
      }
    }
    if (len2 == 0) {
      // A repeated vertex: an edge of no length is shared if its point is.
      boolean shared = segs.stream().anyMatch(s -> pointSegmentDistance(pa[0], pa[1], s) <= tolM);
      return new Result(List.of(new Node(0, a), new Node(1, b)), new boolean[] {shared});
    }
    nodes.sort(Comparator.comparingDouble(Node::t));
    List<Node> unique = new ArrayList<>();
    for (Node n : nodes) {
      if (unique.isEmpty() || !unique.getLast().point().equals(n.point())) {
        unique.add(n);
      }
    }
    boolean[] shared = new boolean[unique.size() - 1];
    for (int i = 0; i + 1 < unique.size(); i++) {
      double[] p = i == 0 ? pa : project.apply(unique.get(i).point());
      double[] q = i + 2 == unique.size() ? pb : project.apply(unique.get(i + 1).point());
      shared[i] = covered(p, q, segs, tolM);
    }
    return new Result(unique, shared);
  }

  private static void addNode(List<Node> nodes, GeoPoint v, double[] pv, double[] pa, double[] pb,
      double ex, double ey, double len2, double tolM) {
    if (Math.hypot(pv[0] - pa[0], pv[1] - pa[1]) <= tolM || Math.hypot(pv[0] - pb[0], pv[1] - pb[1]) <= tolM) {
      return; // matched to A's vertex, which is kept
    }
    double t = ((pv[0] - pa[0]) * ex + (pv[1] - pa[1]) * ey) / len2;
    if (t <= 0 || t >= 1) {
      return;
    }
    double dx = pa[0] + t * ex - pv[0];
    double dy = pa[1] + t * ey - pv[1];
    if (Math.hypot(dx, dy) <= tolM) {
      nodes.add(new Node(t, v));
    }
  }

  /** The point in the gnomonic projection centred at lat0, lon0; an empty array if it cannot be projected. */
  private static double[] project(double lat0, double lon0, GeoPoint p) {
    GnomonicData g = GNOMONIC.Forward(lat0, lon0, p.latDeg(), p.lonDeg());
    if (Double.isNaN(g.x) || Double.isNaN(g.y)) {
      return new double[0];
    }
    return new double[] {g.x, g.y};
  }

  /** Whether every point of p–q lies within {@code tol} of one of the segments. */
  static boolean covered(double[] p, double[] q, List<double[]> segs, double tol) {
    List<double[]> intervals = new ArrayList<>();
    for (double[] s : segs) {
      double[] iv = capsuleInterval(p, q, s, tol);
      if (iv != null) {
        intervals.add(iv);
      }
    }
    intervals.sort(Comparator.comparingDouble(iv -> iv[0]));
    double reached = 0;
    for (double[] iv : intervals) {
      if (iv[0] > reached + JOIN_SLACK) {
        return false;
      }
      reached = Math.max(reached, iv[1]);
      if (reached >= 1) {
        return true;
      }
    }
    return reached >= 1;
  }

  /**
   * The interval of u ∈ [0, 1] for which p + u·(q − p) lies within {@code tol} of segment s, or null. The
   * capsule is the union of the strip over the segment and the two end discs; being convex, it meets the
   * line in one interval, the hull of the three pieces.
   */
  static double[] capsuleInterval(double[] p, double[] q, double[] s, double tol) {
    double dx = q[0] - p[0];
    double dy = q[1] - p[1];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int end = 0; end < 2; end++) {
      double[] d = disc(p, dx, dy, s[2 * end], s[2 * end + 1], tol);
      if (d != null) {
        lo = Math.min(lo, d[0]);
        hi = Math.max(hi, d[1]);
      }
    }
    double sx = s[2] - s[0];
    double sy = s[3] - s[1];
    double sl = Math.hypot(sx, sy);
    if (sl > 0) {
      double ux = sx / sl;
      double uy = sy / sl;
      // In the segment's frame: along = (x − s0)·u ∈ [0, sl], across = (x − s0)×u ∈ [−tol, tol].
      double a0 = (p[0] - s[0]) * ux + (p[1] - s[1]) * uy;
      double a1 = dx * ux + dy * uy;
      double c0 = (p[0] - s[0]) * uy - (p[1] - s[1]) * ux;
      double c1 = dx * uy - dy * ux;
      double[] iv = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
      if (clip(iv, a0, a1, 0, sl) && clip(iv, c0, c1, -tol, tol)) {
        lo = Math.min(lo, iv[0]);
        hi = Math.max(hi, iv[1]);
      }
    }
    lo = Math.max(lo, 0);
    hi = Math.min(hi, 1);
    return lo <= hi ? new double[] {lo, hi} : null;
  }

  /** Narrows iv to the u where min ≤ v0 + u·v1 ≤ max; false if that is empty. */
  private static boolean clip(double[] iv, double v0, double v1, double min, double max) {
    if (v1 == 0) {
      return v0 >= min && v0 <= max;
    }
    double u1 = (min - v0) / v1;
    double u2 = (max - v0) / v1;
    iv[0] = Math.max(iv[0], Math.min(u1, u2));
    iv[1] = Math.min(iv[1], Math.max(u1, u2));
    return iv[0] <= iv[1];
  }

  /** The u where p + u·d lies within r of c, or null. */
  private static double[] disc(double[] p, double dx, double dy, double cx, double cy, double r) {
    double fx = p[0] - cx;
    double fy = p[1] - cy;
    double a = dx * dx + dy * dy;
    double b = 2 * (fx * dx + fy * dy);
    double c = fx * fx + fy * fy - r * r;
    if (a == 0) {
      return c <= 0 ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY} : null;
    }
    double disc = b * b - 4 * a * c;
    if (disc < 0) {
      return null;
    }
    double sq = Math.sqrt(disc);
    return new double[] {(-b - sq) / (2 * a), (-b + sq) / (2 * a)};
  }

  static double pointSegmentDistance(double x, double y, double[] s) {
    double sx = s[2] - s[0];
    double sy = s[3] - s[1];
    double l2 = sx * sx + sy * sy;
    double t = l2 == 0 ? 0 : Math.clamp(((x - s[0]) * sx + (y - s[1]) * sy) / l2, 0, 1);
    return Math.hypot(s[0] + t * sx - x, s[1] + t * sy - y);
  }
}
