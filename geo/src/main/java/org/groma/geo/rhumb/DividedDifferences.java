package org.groma.geo.rhumb;

/**
 * Divided differences (f(x) − f(y)) / (x − y) computed without the cancellation of the naive quotient, after
 * C. F. F. Karney, "The accuracy of rhumb-line calculations" (2014), as in GeographicLib's C++ {@code Rhumb}.
 *
 * <p>Each function returns f′(x) when x = y and stays accurate to a few ulps as y → x, which is what keeps
 * nearly east–west rhumb lines (lat1 ≈ lat2) accurate.
 */
final class DividedDifferences {

  private DividedDifferences() {}

  /** (atan x − atan y) / (x − y). */
  static double atan(double x, double y) {
    double d = x - y;
    double xy = x * y;
    if (d == 0) {
      return 1 / (1 + xy);
    }
    // atan x − atan y = atan((x − y) / (1 + xy)) holds while 1 + xy > 0; keep a margin (2xy > −1) so that
    // the quotient stays well conditioned, and subtract directly otherwise (then x and y are far apart).
    return (2 * xy > -1 ? Math.atan(d / (1 + xy)) : Math.atan(x) - Math.atan(y)) / d;
  }

  /** (asinh x − asinh y) / (x − y). */
  static double asinh(double x, double y) {
    double d = x - y;
    double hx = Math.hypot(1, x);
    double hy = Math.hypot(1, y);
    if (d == 0) {
      return 1 / hx;
    }
    // asinh x − asinh y = asinh(x·hy − y·hx); when x and y have the same sign that difference cancels, so
    // use the equal form (x − y)(x + y) / (x·hy + y·hx).
    return asinh(x * y > 0 ? d * (x + y) / (x * hy + y * hx) : x * hy - y * hx) / d;
  }

  /**
   * (g(x) − g(y)) / (x − y) for g(x) = Σ<sub>j=1..N</sub> c[j] sin(2jx), by Clenshaw summation on 2×2
   * matrices, as Karney (2014) does. With p = x + y and d = x − y, the vectors
   * f<sub>j</sub> = [cos(jd) sin(jp); (2/d) sin(jd) cos(jp)] hold the mean and the divided difference of
   * sin(2jx) and sin(2jy), and obey f<sub>j+1</sub> = A f<sub>j</sub> − f<sub>j−1</sub> with
   * A = [2 cos p cos d, −d sin p sin d; −(4/d) sin p sin d, 2 cos p cos d]. Only sin d / d appears, so the
   * result is smooth as d → 0.
   *
   * @param c coefficients, c[0] unused
   */
  static double sinSeries(double x, double y, double[] c) {
    int n = c.length - 1;
    double p = x + y;
    double d = x - y;
    double cp = Math.cos(p);
    double cd = Math.cos(d);
    double sp = Math.sin(p);
    double sincD = d != 0 ? Math.sin(d) / d : 1;
    double m = 2 * cp * cd;
    double s = sp * sincD;
    double a00 = m;
    double a01 = -s * d * d;
    double a10 = -4 * s;
    double a11 = m;
    // b1 = B_j, b2 = B_{j+1}; B_j = A·B_{j+1} − B_{j+2} + c[j]·I, B_{N+1} = 0.
    double b100 = c[n];
    double b101 = 0;
    double b110 = 0;
    double b111 = c[n];
    double b200 = 0;
    double b201 = 0;
    double b210 = 0;
    double b211 = 0;
    for (int j = n - 1; j > 0; j--) {
      double t00 = a00 * b100 + a01 * b110 - b200 + c[j];
      double t01 = a00 * b101 + a01 * b111 - b201;
      double t10 = a10 * b100 + a11 * b110 - b210;
      double t11 = a10 * b101 + a11 * b111 - b211 + c[j];
      b200 = b100;
      b201 = b101;
      b210 = b110;
      b211 = b111;
      b100 = t00;
      b101 = t01;
      b110 = t10;
      b111 = t11;
    }
    // Σ c[j] f_j = B_1 f_1 − B_2 f_0, and f_0 = 0 for a sine series; keep the second (difference) row.
    double f11 = cd * sp;
    double f12 = 2 * sincD * cp;
    return b110 * f11 + b111 * f12;
  }

  /** asinh without overflow or cancellation (Java has no {@code Math.asinh}); as GeographicLib's Math::asinh. */
  static double asinh(double x) {
    double y = Math.abs(x);
    y = Math.log1p(y * (1 + y / (Math.hypot(1, y) + 1)));
    return Math.copySign(y, x);
  }
}
