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
 *       tolerance T of the piece, and (b) at points every T/n ≤ T along the piece, ends included, f
 *       changes sign within T/2 along the geodesic at right angles to the piece (either way), so a point
 *       of true equidistance lies within T/2 of each. Otherwise split at the middle station.</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * Every published vertex has |d_A − w·d_B| / max(1, w) ≤ 1 mm, recomputed at the rounded coordinates (in
 * practice below 0.2 mm; GeographicLib distances are good to 15 nm). Between vertices the bound T is
 * proven, not estimated: the distance from a point to the set where f = 0 is 1-Lipschitz, so a point of a
 * piece, at most half a spacing (≤ T/2) from a checked point that lies within T/2 of the set, lies within
 * T of it. {@link MedianLine#maxDeviationM} reports that bound; {@link MedianLine#maxMissM} the largest
 * distance measured from the true line's middle-station points to the pieces.
 *
 * <h2>Limitations</h2>
 * The reverse direction (every point of the true line near the computed line) is checked at the middle
 * station of each piece only: a narrow excursion of the true line between stations could pass unseen (the
 * median of banks bends where its controlling basepoints change, which the middle-station test finds).
 * The pairing by fraction of length assumes each side's parts are given in order along the shore; where a
 * transect meets the line several times, one crossing is taken, and if the pieces then cannot be made to
 * pass the trace is refused rather than guessed. Per-basepoint weights (islands given half effect) are
 * not supported. Cost grows with length / T (every piece is sampled every T).
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

  /** How often a transect is doubled in length looking for a sign change (2^6 times its length). */
  private static final int EXTEND_STEPS = 6;

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
    if (ca.lengthM() == 0 && cb.lengthM() == 0) {
      throw new GeoInputException(a.name() + " and " + b.name() + " are each a single point: their median line"
          + " is unbounded; give the lines or more basepoints");
    }
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

    /** The piece test of the class description: the middle station near the piece, the piece near the line. */
    private boolean passes(GeoPoint p0, GeoPoint p1, GeoPoint mid) {
      double miss = G.closestPoint(List.of(p0, p1), mid).distanceM();
      if (miss > tolerance) {
        return false;
      }
      GeodesicLine line = EquidistanceField.line(p0, p1);
      double length = line.Distance();
      double radius = tolerance / 2;
      // Cheap first: three points that a piece far off the line fails; then the full Lipschitz sampling.
      for (double q : new double[] {0.25, 0.5, 0.75}) {
        if (!nearLine(line, q * length, radius)) {
          return false;
        }
      }
      int n = (int) Math.max(1, Math.ceil(length / tolerance));
      for (int j = 0; j <= n; j++) {
        if (!nearLine(line, length * j / n, radius)) {
          return false;
        }
      }
      checked += n + 1;
      maxMiss = Math.max(maxMiss, miss);
      maxDeviation = Math.max(maxDeviation, radius + length / n / 2);
      return true;
    }

    /**
     * Whether a point of true equidistance lies within {@code radius} of the point {@code s} along the
     * piece: f changes sign between it and a point {@code radius} away at right angles to the piece (either
     * way), so by continuity f vanishes on the geodesic between them.
     */
    private boolean nearLine(GeodesicLine line, double s, double radius) {
      var at = line.Position(s, net.sf.geographiclib.GeodesicMask.LATITUDE
          | net.sf.geographiclib.GeodesicMask.LONGITUDE | net.sf.geographiclib.GeodesicMask.AZIMUTH);
      GeoPoint p = new GeoPoint(at.lat2, at.lon2);
      double f0 = f.value(p);
      if (f0 == 0) {
        return true;
      }
      for (double turn : new double[] {90, -90}) {
        GeodesicLine across = EquidistanceField.directLine(p, at.azi2 + turn);
        if (Math.signum(f.value(EquidistanceField.position(across, radius))) != Math.signum(f0)) {
          return true;
        }
      }
      return false;
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
        double length = transect.Distance();
        double lo = 0;
        double hi = length;
        double fa = f.value(pa);
        double fb = f.value(pb);
        // A course point between basepoints is not on its side and may lie nearer the other side: extend
        // the transect beyond it until f has the sign it has on the side itself.
        for (int k = 0; fa > 0; k++) {
          if (k > EXTEND_STEPS) {
            throw noCrossing(pa, pb);
          }
          lo = -length * (1L << k);
          fa = f.value(EquidistanceField.position(transect, lo));
        }
        for (int k = 0; fb < 0; k++) {
          if (k > EXTEND_STEPS) {
            throw noCrossing(pa, pb);
          }
          hi = length * (1 + (1L << k));
          fb = f.value(EquidistanceField.position(transect, hi));
        }
        zero = EquidistanceField.position(transect, f.zeroAlong(transect, lo, fa, hi, fb));
      }
      return onGrid(zero);
    }

    private static GeoInputException noCrossing(GeoPoint pa, GeoPoint pb) {
      return new GeoInputException(String.format(Locale.ROOT, "no point of equidistance on the transect from"
          + " lat %.9f, lon %.9f to lat %.9f, lon %.9f: are the sides given in order along the shore?",
          pa.latDeg(), pa.lonDeg(), pb.latDeg(), pb.lonDeg()));
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
