package org.groma.geo.median;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.groma.geo.GeoPoint;

/**
 * The equidistance function f(p) = d_A(p) − w·d_B(p) of two sides and its zeros along geodesics.
 *
 * <h2>Algorithm</h2>
 * f is continuous and (1 + w)-Lipschitz in geodesic distance (each distance to a set is 1-Lipschitz).
 * Its zero set is the median line (w = 1) or the equiratio line d_A = w·d_B. Zeros along a geodesic are
 * found by the Illinois variant of regula falsi on a bracket where f changes sign, so every zero returned
 * is a true sign change of f, never an extrapolation.
 *
 * <h2>Accuracy</h2>
 * A zero is returned when |f| ≤ {@link #ZERO_M} or the bracket is shorter than {@link #BRACKET_M}.
 *
 * <h2>Thread safety</h2>
 * Immutable; safe from any thread.
 */
final class EquidistanceField {

  /** |f| accepted as zero: far below the catalogue's millimetre, above the 15 nm noise of the distances. */
  static final double ZERO_M = 1e-6;

  /** A bracket this short fixes the point far below the canonical 0.1 mm. */
  static final double BRACKET_M = 1e-7;

  private static final int MAX_ITERATIONS = 200;

  private final SideIndex a;
  private final SideIndex b;
  private final double weight;

  EquidistanceField(SideIndex a, SideIndex b, double weight) {
    this.a = a;
    this.b = b;
    this.weight = weight;
  }

  double value(GeoPoint p) {
    return a.distanceM(p) - weight * b.distanceM(p);
  }

  double weight() {
    return weight;
  }

  /**
   * The zero of f on the geodesic {@code line} between {@code lo} and {@code hi} metres from its start,
   * where f has values {@code fLo} and {@code fHi} of opposite signs (or one of them zero); returns the
   * distance along the line.
   */
  double zeroAlong(GeodesicLine line, double lo, double fLo, double hi, double fHi) {
    if (fLo == 0) {
      return lo;
    }
    if (fHi == 0) {
      return hi;
    }
    int side = 0;
    double s = lo;
    for (int k = 0; k < MAX_ITERATIONS && hi - lo > BRACKET_M; k++) {
      s = (lo * fHi - hi * fLo) / (fHi - fLo);
      if (!(s > lo && s < hi)) {
        s = (lo + hi) / 2;
      }
      double f = value(position(line, s));
      if (Math.abs(f) <= ZERO_M) {
        return s;
      }
      if (Math.signum(f) == Math.signum(fLo)) {
        lo = s;
        fLo = f;
        if (side == -1) {
          fHi /= 2;
        }
        side = -1;
      } else {
        hi = s;
        fHi = f;
        if (side == 1) {
          fLo /= 2;
        }
        side = 1;
      }
    }
    return Math.abs(fLo) < Math.abs(fHi) ? lo : hi;
  }

  static GeoPoint position(GeodesicLine line, double s) {
    GeodesicData g = line.Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    return new GeoPoint(g.lat2, g.lon2);
  }

  static GeodesicLine line(GeoPoint from, GeoPoint to) {
    return Geodesic.WGS84.InverseLine(from.latDeg(), from.lonDeg(), to.latDeg(), to.lonDeg(),
        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH);
  }

  static GeodesicLine directLine(GeoPoint from, double azimuthDeg) {
    return Geodesic.WGS84.Line(from.latDeg(), from.lonDeg(), azimuthDeg,
        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH);
  }
}
