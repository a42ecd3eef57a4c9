package org.groma.geo.sheet;

import org.groma.geo.GeoInputException;

/**
 * The plane projective transformation (homography) that takes four points exactly to four others.
 *
 * <h2>Algorithm</h2>
 * The eight unknowns h11…h32 (h33 = 1) of x' = (h11 x + h12 y + h13) / (h31 x + h32 y + 1),
 * y' likewise, solved from the four correspondences by Gaussian elimination with partial pivoting. Input
 * coordinates are first centred and scaled on the first point set, so Gauss–Krüger metres (10⁶–10⁷) do not
 * swamp the pivots.
 *
 * <h2>Accuracy</h2>
 * Reproduces the four points to round-off (tested to 1e-6 pixel).
 *
 * <h2>Limitations</h2>
 * Refuses degenerate input (three collinear points: a singular system).
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public final class ProjectiveMapping {

  private final double[] h;
  private final double cx, cy, scale;

  private ProjectiveMapping(double[] h, double cx, double cy, double scale) {
    this.h = h;
    this.cx = cx;
    this.cy = cy;
    this.scale = scale;
  }

  /** The mapping taking {@code from[i]} to {@code to[i]}, i = 0..3, each {x, y}. */
  public static ProjectiveMapping fromFourPoints(double[][] from, double[][] to) {
    requireGeneralPosition(from, "source");
    requireGeneralPosition(to, "target");
    double cx = 0, cy = 0;
    for (double[] p : from) {
      cx += p[0] / 4;
      cy += p[1] / 4;
    }
    double scale = 0;
    for (double[] p : from) {
      scale = Math.max(scale, Math.hypot(p[0] - cx, p[1] - cy));
    }
    if (!(scale > 0)) {
      throw new GeoInputException("the four points coincide");
    }
    double[][] a = new double[8][9];
    for (int i = 0; i < 4; i++) {
      double x = (from[i][0] - cx) / scale, y = (from[i][1] - cy) / scale;
      double u = to[i][0], v = to[i][1];
      a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
      a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
    }
    return new ProjectiveMapping(solve(a), cx, cy, scale);
  }

  /** No three of the four points on one line (relative to the points' spread), or the mapping is degenerate. */
  private static void requireGeneralPosition(double[][] p, String which) {
    if (p.length != 4) {
      throw new GeoInputException("need 4 " + which + " points, got " + p.length);
    }
    double spread = 0;
    for (double[] a : p) {
      for (double[] b : p) {
        spread = Math.max(spread, Math.hypot(a[0] - b[0], a[1] - b[1]));
      }
    }
    for (int i = 0; i < 4; i++) {
      double[] a = p[(i + 1) % 4], b = p[(i + 2) % 4], c = p[(i + 3) % 4];
      double cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      if (!(Math.abs(cross) > RELATIVE_COLLINEARITY * spread * spread)) {
        throw new GeoInputException("three of the four " + which + " points lie on one line (or coincide): "
            + "no unique projective mapping");
      }
    }
  }

  /** Twice the triangle area, relative to the squared spread, below which three points count as collinear. */
  static final double RELATIVE_COLLINEARITY = 1e-6;

  /** Maps {x, y}. */
  public double[] apply(double x, double y) {
    double X = (x - cx) / scale, Y = (y - cy) / scale;
    double w = h[6] * X + h[7] * Y + 1;
    return new double[] {(h[0] * X + h[1] * Y + h[2]) / w, (h[3] * X + h[4] * Y + h[5]) / w};
  }

  /** Solves the n × (n+1) augmented system in place. */
  static double[] solve(double[][] a) {
    int n = a.length;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][c]) < 1e-12) {
        throw new GeoInputException("the points are degenerate (three on one line, or repeated): no unique mapping");
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k <= n; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a[i][n] / a[i][i];
    }
    return x;
  }
}
