package org.groma.geo.median;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.Ellipsoid;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * The tripoint of three sides: the point equidistant from all three, where their median lines meet.
 *
 * <h2>Algorithm</h2>
 * Newton's method on g = (d_A − d_B, d_B − d_C) in the local east–north plane of the current point. The
 * gradient of the distance to a side is the unit vector pointing away from its nearest point (the azimuth
 * of the geodesic to it, from GeographicLib's inverse problem), so the 2 × 2 Jacobian is exact at every
 * step. A step is taken along the geodesic in its direction and halved until |g| decreases. The start is
 * the given point, or the mean (in Earth-centred coordinates) of the three sides' vertex centroids. The
 * result is rounded to the nanodegree grid (the best of the 3 × 3 grid points around it) and the three
 * distances are recomputed there.
 *
 * <h2>Accuracy</h2>
 * Converged when |g| ≤ 1 µm; the published point's largest pairwise distance difference is at most 1 mm
 * (typically 0.1 mm, from the rounding), reported as {@link MedianTripoint#maxResidualM}. A tripoint that
 * cannot be brought within 1 mm is refused, never returned.
 *
 * <h2>Limitations</h2>
 * Newton finds the equidistant point nearest its start; for three sides with more than one such point
 * (sides that wrap round each other) give the start. Sides are checked pairwise not to cross.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class TripointOp {

  /** Newton stops when both equations hold to a micrometre. */
  static final double CONVERGED_M = 1e-6;

  private static final int MAX_ITERATIONS = 60;
  private static final Geodesics G = Geodesics.WGS84;

  private TripointOp() {}

  /** The tripoint of {@code a}, {@code b} and {@code c}, started from {@code start} (null: from the sides). */
  public static MedianTripoint compute(Side a, Side b, Side c, GeoPoint start) {
    SideChecks.requireApart(a, b);
    SideChecks.requireApart(b, c);
    SideChecks.requireApart(a, c);
    SideIndex[] sides = {new SideIndex(a), new SideIndex(b), new SideIndex(c)};
    GeoPoint p = start != null ? start : centre(List.of(a, b, c));
    double[] g = residuals(sides, p);
    int k = 0;
    while (norm(g) > CONVERGED_M) {
      if (++k > MAX_ITERATIONS) {
        throw notFound(p, g);
      }
      double[][] grad = new double[3][];
      for (int i = 0; i < 3; i++) {
        SideDistance d = sides[i].nearest(p);
        if (d.distanceM() == 0) {
          throw new GeoInputException(String.format(Locale.ROOT,
              "the tripoint search reached side %s at lat %.9f, lon %.9f: give a start point between the sides",
              sides[i].side().name(), p.latDeg(), p.lonDeg()));
        }
        double az = Math.toRadians(G.inverse(p, d.basepoints().getFirst().point()).azimuth1Deg());
        grad[i] = new double[] {-Math.sin(az), -Math.cos(az)}; // east, north: away from the basepoint
      }
      double j11 = grad[0][0] - grad[1][0];
      double j12 = grad[0][1] - grad[1][1];
      double j21 = grad[1][0] - grad[2][0];
      double j22 = grad[1][1] - grad[2][1];
      double det = j11 * j22 - j12 * j21;
      if (Math.abs(det) < 1e-12) {
        throw new GeoInputException(String.format(Locale.ROOT, "no single tripoint near lat %.9f, lon %.9f: the"
            + " directions to the three sides' nearest points do not determine one", p.latDeg(), p.lonDeg()));
      }
      double east = -(j22 * g[0] - j12 * g[1]) / det;
      double north = -(-j21 * g[0] + j11 * g[1]) / det;
      double length = Math.hypot(east, north);
      double azimuth = Math.toDegrees(Math.atan2(east, north));
      GeoPoint next = null;
      double[] gNext = null;
      for (int h = 0; h < 40; h++, length /= 2) {
        GeoPoint q = G.direct(p, azimuth, length).point();
        double[] gq = residuals(sides, q);
        if (norm(gq) < norm(g)) {
          next = q;
          gNext = gq;
          break;
        }
      }
      if (next == null) {
        throw notFound(p, g);
      }
      p = next;
      g = gNext;
    }
    GeoPoint published = onGrid(sides, p);
    List<Double> distances = new ArrayList<>();
    List<List<Basepoint>> basepoints = new ArrayList<>();
    for (SideIndex s : sides) {
      SideDistance d = s.nearest(published);
      distances.add(d.distanceM());
      basepoints.add(d.basepoints());
    }
    double residual = spread(distances.get(0), distances.get(1), distances.get(2));
    if (!(residual <= MedianLineOp.MAX_RESIDUAL_M)) {
      throw new GeoInputException("the tripoint rounded to the nanodegree grid is equidistant only to "
          + residual + " m");
    }
    return new MedianTripoint(published, distances, basepoints, residual, k);
  }

  private static GeoInputException notFound(GeoPoint p, double[] g) {
    return new GeoInputException(String.format(Locale.ROOT, "no tripoint found: the search stalled at lat %.9f,"
        + " lon %.9f with distance differences %.6f m and %.6f m; give a start point (--near)", p.latDeg(),
        p.lonDeg(), g[0], g[1]));
  }

  private static double[] residuals(SideIndex[] s, GeoPoint p) {
    double da = s[0].distanceM(p);
    double db = s[1].distanceM(p);
    double dc = s[2].distanceM(p);
    return new double[] {da - db, db - dc};
  }

  private static double norm(double[] g) {
    return Math.hypot(g[0], g[1]);
  }

  private static double spread(double a, double b, double c) {
    return Math.max(a, Math.max(b, c)) - Math.min(a, Math.min(b, c));
  }

  private static GeoPoint onGrid(SideIndex[] s, GeoPoint p) {
    CanonicalPoint c = CanonicalPoint.of(p);
    GeoPoint best = null;
    double bestSpread = Double.POSITIVE_INFINITY;
    for (int dLat = -1; dLat <= 1; dLat++) {
      for (int dLon = -1; dLon <= 1; dLon++) {
        try {
          GeoPoint q = new CanonicalPoint(c.lonNanodeg() + dLon, c.latNanodeg() + dLat).toGeoPoint();
          double spread = spread(s[0].distanceM(q), s[1].distanceM(q), s[2].distanceM(q));
          if (spread < bestSpread) {
            best = q;
            bestSpread = spread;
          }
        } catch (GeoInputException outsideRange) {
          // beyond a pole or the antimeridian: not a candidate
        }
      }
    }
    return best;
  }

  /** The mean of the sides' vertex centroids in Earth-centred coordinates, back on the ellipsoid. */
  private static GeoPoint centre(List<Side> sides) {
    double x = 0;
    double y = 0;
    double z = 0;
    for (Side s : sides) {
      List<GeoPoint> vs = s.parts().stream().flatMap(List::stream).toList();
      for (GeoPoint v : vs) {
        double[] e = SideIndex.ecef(v);
        x += e[0] / vs.size();
        y += e[1] / vs.size();
        z += e[2] / vs.size();
      }
    }
    double f = Ellipsoid.WGS84.flattening();
    double e2 = f * (2 - f);
    return new GeoPoint(Math.toDegrees(Math.atan2(z / (1 - e2), Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x)));
  }
}
