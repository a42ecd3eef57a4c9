package org.groma.geo.compare;

/**
 * Which side of a polyline a point lies on, judged where the polyline comes nearest to it (in the
 * {@link LocalPlane}). Nothing of the polyline lies nearer, so the straight path from the point to there
 * crosses the polyline nowhere: the side there is the point's side, however the line winds elsewhere.
 */
final class NearestSide {

  /** Left of the polyline as drawn. */
  static final int LEFT = 1;
  /** Right of it. */
  static final int RIGHT = -1;
  /** Undecided: the nearest point is an end of an open polyline, or the point lies on the line. */
  static final int UNDECIDED = 0;

  /**
   * The result.
   *
   * @param side {@link #LEFT}, {@link #RIGHT} or {@link #UNDECIDED}
   * @param qx nearest point, plane x
   * @param qy nearest point, plane y
   * @param distance planar distance to it
   * @param atEnd whether it is an end of an open polyline
   */
  record Seen(int side, double qx, double qy, double distance, boolean atEnd) {}

  private NearestSide() {}

  /** Where the polyline ({@code closed}: the last vertex repeats the first) comes nearest (px, py). */
  static Seen of(double[] x, double[] y, boolean closed, double px, double py) {
    int n = x.length;
    int best = -1;
    double bestT = 0;
    double bestD2 = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < n; i++) {
      double t = PlanarGeometry.projectionParameter(px, py, x[i], y[i], x[i + 1], y[i + 1]);
      t = Math.max(0, Math.min(1, t));
      double qx = x[i] + t * (x[i + 1] - x[i]);
      double qy = y[i] + t * (y[i + 1] - y[i]);
      double d2 = (px - qx) * (px - qx) + (py - qy) * (py - qy);
      if (d2 < bestD2) {
        bestD2 = d2;
        best = i;
        bestT = t;
      }
    }
    double qx = x[best] + bestT * (x[best + 1] - x[best]);
    double qy = y[best] + bestT * (y[best + 1] - y[best]);
    double d = Math.sqrt(bestD2);
    if (bestD2 == 0) {
      return new Seen(UNDECIDED, qx, qy, 0, false);
    }
    if (bestT > 0 && bestT < 1) {
      double cross = (x[best + 1] - x[best]) * (py - y[best]) - (y[best + 1] - y[best]) * (px - x[best]);
      return new Seen(Math.signum(cross) > 0 ? LEFT : cross < 0 ? RIGHT : UNDECIDED, qx, qy, d, false);
    }
    int v = bestT == 0 ? best : best + 1;
    int prev;
    int next;
    if (closed) {
      int m = n - 1; // distinct vertices
      v = v % m;
      prev = (v - 1 + m) % m;
      next = (v + 1) % m;
    } else {
      if (v == 0 || v == n - 1) {
        return new Seen(UNDECIDED, qx, qy, d, true);
      }
      prev = v - 1;
      next = v + 1;
    }
    // At a vertex the left side is the sector swept counter-clockwise from the outgoing edge to the incoming.
    double base = Math.atan2(y[next] - y[v], x[next] - x[v]);
    double toPrev = ccw(Math.atan2(y[prev] - y[v], x[prev] - x[v]) - base);
    double toPoint = ccw(Math.atan2(py - y[v], px - x[v]) - base);
    int side = toPoint == 0 || toPoint == toPrev ? UNDECIDED : toPoint < toPrev ? LEFT : RIGHT;
    return new Seen(side, qx, qy, d, false);
  }

  private static double ccw(double a) {
    double r = a % (2 * Math.PI);
    return r < 0 ? r + 2 * Math.PI : r;
  }

  /** Whether the closed segments ab and cd meet (touching counts). */
  static boolean meet(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
    if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)
        || Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) {
      return false;
    }
    double d1 = orient(cx, cy, dx, dy, ax, ay);
    double d2 = orient(cx, cy, dx, dy, bx, by);
    double d3 = orient(ax, ay, bx, by, cx, cy);
    double d4 = orient(ax, ay, bx, by, dx, dy);
    return (d1 * d2 <= 0) && (d3 * d4 <= 0);
  }

  private static double orient(double ax, double ay, double bx, double by, double px, double py) {
    return Math.signum((bx - ax) * (py - ay) - (by - ay) * (px - ax));
  }
}
