package org.groma.geo.median;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.GeodesicSegment;
import org.groma.geo.geodesic.Geodesics;

/**
 * Nearest point of a {@link Side} to a point, fast for sides of many thousand vertices.
 *
 * <h2>Algorithm</h2>
 * Each segment (a basepoint is a segment of length 0) is enclosed in a ball in Earth-centred Cartesian
 * coordinates: centre at the segment's geodesic midpoint, radius half its geodesic length. A binary tree of
 * balls over runs of consecutive segments is searched best first. The straight-line (chord) distance never
 * exceeds the geodesic distance, and every point of a segment lies within half its length of its midpoint
 * along the segment, so |p − c| − r is a true lower bound of the geodesic distance from p to anything in a
 * ball: a branch is skipped only when it cannot hold a point nearer than the best found (plus the tie
 * distance). Each remaining segment is solved exactly with the closest-point iteration of
 * {@link Geodesics#closestPoint} ({@link GeodesicSegment#closestFrom} and both ends compared).
 *
 * <h2>Accuracy</h2>
 * As {@link Geodesics#closestPoint}: the distance is a GeographicLib inverse solution (about 15 nm) at a
 * point fixed to 1 nm along the segment. The pruning is exact (no approximation), so the result equals an
 * exhaustive search.
 *
 * <h2>Limitations</h2>
 * Like {@link Geodesics#closestPoint}, the point should lie within a quarter meridian of the side.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction; safe from any thread.
 */
public final class SideIndex {

  /**
   * Basepoints within this distance of the nearest one are all reported as controlling, and basepoints
   * closer together than this are one: the millimetre to which the catalogue states equidistance.
   */
  public static final double TIE_M = 1e-3;

  private static final int LEAF_SIZE = 4;
  private static final double A = Ellipsoid.WGS84.equatorialRadiusM();
  private static final double E2 = Ellipsoid.WGS84.flattening() * (2 - Ellipsoid.WGS84.flattening());

  private final Side side;
  private final GeodesicSegment[] segments;
  private final int[] partOf;
  private final int[] indexInPart;
  private final boolean[] single;
  // Tree nodes: ball centre and radius; children, or for a leaf node the range [lo, hi) of segments.
  private final List<double[]> balls = new ArrayList<>();
  private final List<int[]> links = new ArrayList<>();

  public SideIndex(Side side) {
    this.side = side;
    List<GeodesicSegment> segs = new ArrayList<>();
    List<int[]> where = new ArrayList<>();
    List<Boolean> singles = new ArrayList<>();
    for (int p = 0; p < side.parts().size(); p++) {
      List<GeoPoint> part = side.parts().get(p);
      if (part.size() == 1) {
        segs.add(Geodesics.WGS84.segment(part.getFirst(), part.getFirst()));
        where.add(new int[] {p, 0});
        singles.add(true);
      }
      for (int i = 0; i + 1 < part.size(); i++) {
        segs.add(Geodesics.WGS84.segment(part.get(i), part.get(i + 1)));
        where.add(new int[] {p, i});
        singles.add(false);
      }
    }
    int n = segs.size();
    segments = segs.toArray(GeodesicSegment[]::new);
    partOf = new int[n];
    indexInPart = new int[n];
    single = new boolean[n];
    double[][] leafBalls = new double[n][];
    for (int i = 0; i < n; i++) {
      partOf[i] = where.get(i)[0];
      indexInPart[i] = where.get(i)[1];
      single[i] = singles.get(i);
      double half = segments[i].lengthM() / 2;
      double[] c = ecef(segments[i].position(half));
      // A nanometre more than half the length: the lower bound must never exceed the true distance.
      leafBalls[i] = new double[] {c[0], c[1], c[2], half * (1 + 1e-12) + 1e-9};
    }
    build(leafBalls, 0, n);
  }

  public Side side() {
    return side;
  }

  /** Geodesic distance from {@code p} to the side, metres (no basepoints collected). */
  public double distanceM(GeoPoint p) {
    return search(p, 0).getFirst().distanceM();
  }

  /** Distance from {@code p} to the side and every basepoint within {@link #TIE_M} of it. */
  public SideDistance nearest(GeoPoint p) {
    List<Basepoint> all = search(p, TIE_M);
    double best = all.getFirst().distanceM();
    List<Basepoint> kept = new ArrayList<>();
    for (Basepoint b : all) {
      if (b.distanceM() > best + TIE_M) {
        continue;
      }
      Basepoint same = null;
      for (Basepoint k : kept) {
        if (Geodesics.WGS84.distanceM(k.point(), b.point()) < TIE_M) {
          same = k;
        }
      }
      if (same == null) {
        kept.add(b);
      } else if (b.isVertex() && !same.isVertex()) {
        kept.set(kept.indexOf(same), b); // name a point that is a vertex as the vertex
      }
    }
    return new SideDistance(best, kept);
  }

  private int build(double[][] leafBalls, int lo, int hi) {
    int node = balls.size();
    balls.add(null);
    links.add(null);
    if (hi - lo <= LEAF_SIZE) {
      balls.set(node, enclose(leafBalls, lo, hi));
      links.set(node, new int[] {-1, -1, lo, hi});
      return node;
    }
    int mid = (lo + hi) >>> 1;
    int left = build(leafBalls, lo, mid);
    int right = build(leafBalls, mid, hi);
    balls.set(node, enclose(new double[][] {balls.get(left), balls.get(right)}, 0, 2));
    links.set(node, new int[] {left, right, lo, hi});
    return node;
  }

  /** A ball holding the given balls: centred on their mean centre, radius to the farthest edge. */
  private static double[] enclose(double[][] b, int lo, int hi) {
    double x = 0;
    double y = 0;
    double z = 0;
    for (int i = lo; i < hi; i++) {
      x += b[i][0];
      y += b[i][1];
      z += b[i][2];
    }
    int n = hi - lo;
    x /= n;
    y /= n;
    z /= n;
    double r = 0;
    for (int i = lo; i < hi; i++) {
      r = Math.max(r, Math.sqrt(sq(b[i][0] - x) + sq(b[i][1] - y) + sq(b[i][2] - z)) + b[i][3]);
    }
    return new double[] {x, y, z, r * (1 + 1e-12) + 1e-9};
  }

  private List<Basepoint> search(GeoPoint p, double tieM) {
    double[] q = ecef(p);
    List<Basepoint> found = new ArrayList<>();
    double best = Double.POSITIVE_INFINITY;
    PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble(e -> e[0]));
    queue.add(new double[] {lowerBound(q, balls.getFirst()), 0});
    while (!queue.isEmpty()) {
      double[] e = queue.poll();
      if (e[0] > best + tieM) {
        break;
      }
      int[] link = links.get((int) e[1]);
      if (link[0] < 0) {
        for (int i = link[2]; i < link[3]; i++) {
          Basepoint b = closest(i, p);
          found.add(b);
          best = Math.min(best, b.distanceM());
        }
      } else {
        for (int child : new int[] {link[0], link[1]}) {
          double lb = lowerBound(q, balls.get(child));
          if (lb <= best + tieM) {
            queue.add(new double[] {lb, child});
          }
        }
      }
    }
    found.sort(Comparator.comparingDouble(Basepoint::distanceM));
    return found;
  }

  /** The nearest point of segment {@code i} to p: the iteration from its start, then both ends compared. */
  private Basepoint closest(int i, GeoPoint p) {
    GeodesicSegment s = segments[i];
    if (single[i]) {
      ClosestPoint c = s.end(p, true);
      return new Basepoint(partOf[i], 0, -1, s.start(), c.distanceM());
    }
    ClosestPoint best = s.closestFrom(p, 0);
    int vertex = -1;
    for (boolean first : new boolean[] {true, false}) {
      ClosestPoint c = s.end(p, first);
      if (c.distanceM() <= best.distanceM()) {
        best = c;
        vertex = indexInPart[i] + (first ? 0 : 1);
      }
    }
    if (vertex >= 0) {
      return new Basepoint(partOf[i], vertex, -1, vertex == indexInPart[i] ? s.start() : s.end(),
          best.distanceM());
    }
    return new Basepoint(partOf[i], -1, indexInPart[i], best.point(), best.distanceM());
  }

  private static double lowerBound(double[] q, double[] ball) {
    return Math.max(0, Math.sqrt(sq(q[0] - ball[0]) + sq(q[1] - ball[1]) + sq(q[2] - ball[2])) - ball[3]);
  }

  /** Earth-centred Cartesian coordinates of a point on the WGS84 ellipsoid (height 0), metres. */
  static double[] ecef(GeoPoint p) {
    double phi = Math.toRadians(p.latDeg());
    double lambda = Math.toRadians(p.lonDeg());
    double sinPhi = Math.sin(phi);
    double cosPhi = Math.cos(phi);
    double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
    return new double[] {n * cosPhi * Math.cos(lambda), n * cosPhi * Math.sin(lambda), n * (1 - E2) * sinPhi};
  }

  private static double sq(double x) {
    return x * x;
  }
}
