package org.groma.geo.median;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import net.sf.geographiclib.GeodesicLine;
import org.groma.geo.CanonicalPoint;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.GeodesicSegment;
import org.groma.geo.geodesic.Geodesics;

/**
 * The median line (equidistance line) between two sides on the WGS84 ellipsoid, or its weighted variant,
 * the equiratio line d_A = w·d_B, with the basepoint catalogue of every vertex.
 *
 * <pre>{@code
 * MedianLine m = MedianLineOp.compute(Side.ofLines("bank A", a), Side.ofLines("bank B", b),
 *     MedianOptions.median(0.5));
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Refuse sides that cross or overlap ({@link SideChecks}). Pair the sides' courses (their parts
 *       joined in order) by fraction of length, B reversed when its ends pair crosswise with A's.</li>
 *   <li>A <em>station</em> t ∈ [0, 1] is the geodesic transect from A's course point a(t) to B's b(t).
 *       f = d_A − w·d_B is ≤ 0 at a(t) and ≥ 0 at b(t), so the transect crosses the line; its zero is found
 *       by regula falsi ({@link EquidistanceField}), the point is rounded to the nanodegree grid (the best of
 *       the 3 × 3 grid points around it) and becomes a vertex. Distances to each side are the geodesic
 *       distances to its nearest point ({@link SideIndex}, the closest-point iteration of
 *       {@code Geodesics}).</li>
 *   <li>Start with one station per four course vertices (at least 16); accept the geodesic piece between
 *       consecutive vertices only when (a) the true line's point at the middle station lies within the
 *       tolerance T of the piece, and (b) at 1/4, 1/2 and 3/4 of the piece, f changes sign within T along
 *       the geodesic perpendicular to it, both ways tried, so a point of true equidistance lies within T
 *       of each (its distance found by regula falsi is reported). Otherwise split at the middle station.</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * Every published vertex has |d_A − w·d_B| / max(1, w) ≤ 1 mm, recomputed at the rounded coordinates (in
 * practice below 0.2 mm; GeographicLib distances are good to 15 nm). Between vertices the bound T is
 * checked at the points above, not estimated; {@link MedianLine#maxDeviationM} and
 * {@link MedianLine#maxMissM} report what was measured.
 *
 * <h2>Limitations</h2>
 * Between checked points the line is not proven within T: a feature of the true line narrower than a
 * quarter of a piece could pass unseen (the median of smooth banks bends smoothly, and its corners are where
 * the controlling basepoints change, which the middle-station test finds). The pairing by fraction of
 * length assumes each side's parts are given in order along the shore; where a transect meets the line
 * several times, one crossing is taken, and if the pieces then cannot be made to pass the trace is refused
 * rather than guessed. Per-basepoint weights (islands given half effect) are not supported.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class MedianLineOp {

  /** Most vertices a median line may have; beyond it the tolerance asked for is not sensible. */
  public static final int MAX_VERTICES = 1_000_000;

  /** Fewest stations to start from, so that short sides still get a few transects. */
  static final int MIN_STATIONS = 16;

  /** Stations closer than this (as a fraction of the course) cannot be split further. */
  private static final double MIN_STATION_STEP = 1e-12;

  /** Vertex residual bound, metres: the catalogue states equidistance to the millimetre. */
  public static final double MAX_RESIDUAL_M = 1e-3;

  private static final Geodesics G = Geodesics.WGS84;

  private MedianLineOp() {}

  /**
   * The median (w = 1) or equiratio line between {@code a} and {@code b}.
   *
   * @throws GeoInputException if the sides cross or overlap, or the line cannot be traced within the
   *     tolerance
   */
  public static MedianLine compute(Side a, Side b, MedianOptions options) {
    SideChecks.requireApart(a, b);
    SideIndex ia = new SideIndex(a);
    SideIndex ib = new SideIndex(b);
    EquidistanceField f = new EquidistanceField(ia, ib, options.weight());
    Course ca = new Course(a.course());
    Course cb = new Course(b.course());
    boolean reversed = G.distanceM(ca.first(), cb.last()) + G.distanceM(ca.last(), cb.first())
        < G.distanceM(ca.first(), cb.first()) + G.distanceM(ca.last(), cb.last());
    if (reversed) {
      cb = cb.reversed();
    }
    Tracer tracer = new Tracer(f, ca, cb, options.toleranceM());
    List<GeoPoint> points = tracer.trace(Math.max(MIN_STATIONS, (ca.vertexCount() + cb.vertexCount()) / 4));
    List<MedianVertex> rows = new ArrayList<>(points.size());
    double maxResidual = 0;
    for (GeoPoint p : points) {
      SideDistance da = ia.nearest(p);
      SideDistance db = ib.nearest(p);
      double residual = (da.distanceM() - options.weight() * db.distanceM()) / Math.max(1, options.weight());
      if (!(Math.abs(residual) <= MAX_RESIDUAL_M)) {
        throw new IllegalStateException("median vertex " + p + " has residual " + residual + " m");
      }
      maxResidual = Math.max(maxResidual, Math.abs(residual));
      rows.add(new MedianVertex(rows.size() + 1, p, da.distanceM(), db.distanceM(), residual, da.basepoints(),
          db.basepoints()));
    }
    return new MedianLine(rows, options, tracer.maxDeviation, tracer.maxMiss, tracer.checked, maxResidual,
        reversed);
  }

  /** Stations, their vertices and the piece checks; one per computation. */
  private static final class Tracer {

    private final EquidistanceField f;
    private final Course a;
    private final Course b;
    private final double tolerance;
    double maxDeviation;
    double maxMiss;
    int checked;

    Tracer(EquidistanceField f, Course a, Course b, double tolerance) {
      this.f = f;
      this.a = a;
      this.b = b;
      this.tolerance = tolerance;
    }

    List<GeoPoint> trace(int stations) {
      List<GeoPoint> out = new ArrayList<>();
      double[] ts = new double[stations + 1];
      GeoPoint[] ms = new GeoPoint[stations + 1];
      for (int i = 0; i <= stations; i++) {
        ts[i] = i / (double) stations;
        ms[i] = vertexAt(ts[i]);
      }
      out.add(ms[0]);
      for (int i = 0; i < stations; i++) {
        refine(ts[i], ms[i], ts[i + 1], ms[i + 1], out);
      }
      return out;
    }

    /** Appends the vertices after m0 up to m1, splitting [t0, t1] until every piece passes. */
    private void refine(double t0, GeoPoint m0, double t1, GeoPoint m1, List<GeoPoint> out) {
      Deque<Object[]> todo = new ArrayDeque<>();
      todo.push(new Object[] {t0, m0, t1, m1});
      while (!todo.isEmpty()) {
        Object[] piece = todo.pop();
        double s0 = (double) piece[0];
        double s1 = (double) piece[2];
        GeoPoint p0 = (GeoPoint) piece[1];
        GeoPoint p1 = (GeoPoint) piece[3];
        double sm = (s0 + s1) / 2;
        GeoPoint pm = vertexAt(sm);
        if (passes(p0, p1, pm)) {
          if (!p1.equals(out.getLast())) {
            out.add(p1);
          }
          if (out.size() > MAX_VERTICES) {
            throw new GeoInputException("the median line would need more than " + MAX_VERTICES
                + " vertices for a tolerance of " + tolerance + " m");
          }
          continue;
        }
        if (s1 - s0 < MIN_STATION_STEP) {
          throw new GeoInputException(String.format(Locale.ROOT, "cannot trace the line within %s m near lat"
              + " %.9f, lon %.9f: the transects between the sides meet it more than once there (sides out"
              + " of order along the shore, or a side doubling back?)", tolerance, p0.latDeg(), p0.lonDeg()));
        }
        todo.push(new Object[] {sm, pm, s1, p1});
        todo.push(new Object[] {s0, p0, sm, pm});
      }
    }

    /** The piece test of the class description: the middle station near the piece, three points near the line. */
    private boolean passes(GeoPoint p0, GeoPoint p1, GeoPoint mid) {
      GeodesicSegment piece = G.segment(p0, p1);
      double miss = G.closestPoint(List.of(p0, p1), mid).distanceM();
      if (miss > tolerance) {
        return false;
      }
      if (piece.lengthM() == 0) {
        maxMiss = Math.max(maxMiss, miss);
        return true;
      }
      GeodesicLine line = EquidistanceField.line(p0, p1);
      double worst = 0;
      for (double q : new double[] {0.25, 0.5, 0.75}) {
        double s = q * line.Distance();
        var at = line.Position(s, net.sf.geographiclib.GeodesicMask.LATITUDE
            | net.sf.geographiclib.GeodesicMask.LONGITUDE | net.sf.geographiclib.GeodesicMask.AZIMUTH);
        double d = deviation(new GeoPoint(at.lat2, at.lon2), at.azi2);
        if (d > tolerance) {
          return false;
        }
        worst = Math.max(worst, d);
      }
      maxMiss = Math.max(maxMiss, miss);
      maxDeviation = Math.max(maxDeviation, worst);
      checked += 4;
      return true;
    }

    /**
     * An upper bound of the distance from p to the line of true equidistance: the nearest sign change of f
     * along the geodesics leaving p at right angles to the piece, or +∞ if neither is within the tolerance.
     */
    private double deviation(GeoPoint p, double azimuthDeg) {
      double f0 = f.value(p);
      if (f0 == 0) {
        return 0;
      }
      double best = Double.POSITIVE_INFINITY;
      for (double turn : new double[] {90, -90}) {
        GeodesicLine across = EquidistanceField.directLine(p, azimuthDeg + turn);
        double fq = f.value(EquidistanceField.position(across, tolerance));
        if (Math.signum(fq) != Math.signum(f0)) {
          best = Math.min(best, f.zeroAlong(across, 0, f0, tolerance, fq) + EquidistanceField.BRACKET_M);
        }
      }
      return best;
    }

    /** The line's vertex on the transect of station t, on the nanodegree grid. */
    GeoPoint vertexAt(double t) {
      GeoPoint pa = a.at(t);
      GeoPoint pb = b.at(t);
      GeodesicLine transect = EquidistanceField.line(pa, pb);
      GeoPoint zero;
      if (transect.Distance() == 0) {
        zero = pa; // the sides meet here (the head of a bay)
      } else {
        double fa = f.value(pa);
        double fb = f.value(pb);
        if (fa > EquidistanceField.ZERO_M || fb < -EquidistanceField.ZERO_M) {
          throw new IllegalStateException("no sign change on the transect from " + pa + " to " + pb);
        }
        zero = EquidistanceField.position(transect,
            f.zeroAlong(transect, 0, Math.min(fa, 0), transect.Distance(), Math.max(fb, 0)));
      }
      return onGrid(zero);
    }

    /** The nanodegree grid point nearest the zero, or a neighbour of it where |f| is smaller. */
    private GeoPoint onGrid(GeoPoint zero) {
      CanonicalPoint c = CanonicalPoint.of(zero);
      GeoPoint best = c.toGeoPoint();
      double fBest = Math.abs(f.value(best));
      if (fBest <= 1e-4) {
        return best;
      }
      for (int dLat = -1; dLat <= 1; dLat++) {
        for (int dLon = -1; dLon <= 1; dLon++) {
          if (dLat == 0 && dLon == 0) {
            continue;
          }
          try {
            GeoPoint g = new CanonicalPoint(c.lonNanodeg() + dLon, c.latNanodeg() + dLat).toGeoPoint();
            double fg = Math.abs(f.value(g));
            if (fg < fBest) {
              best = g;
              fBest = fg;
            }
          } catch (GeoInputException outsideRange) {
            // a neighbour beyond a pole or the antimeridian: not a candidate
          }
        }
      }
      return best;
    }
  }
}
