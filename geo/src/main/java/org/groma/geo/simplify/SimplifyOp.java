package org.groma.geo.simplify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * Simplifies a line for display with a guaranteed largest geodesic deviation: no point of the result lies
 * farther than the bound from the input, and no point of the input farther than the bound from the result.
 *
 * <pre>{@code
 * SimplifiedLine s = SimplifyOp.simplify(line, 10.0, Set.of());   // within 10 m
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Pin the vertices that must stay: both ends; for a closed line (first vertex repeated at the end),
 *       its first vertex and the vertex farthest from it, so a ring keeps an area; and the caller's pinned
 *       vertices (turning points, tripoints, part ends).</li>
 *   <li>Between consecutive pins, Douglas–Peucker with a geodesic test: the stretch from vertex i to j is
 *       replaced by the geodesic i–j when every vertex between lies within the bound of that geodesic
 *       segment (geodesic closest point, {@link Geodesics#closestPoint}); otherwise it is split at the
 *       farthest vertex.</li>
 *   <li>Verify every kept segment against the stretch it replaces, in both directions: each replaced
 *       vertex and each midpoint of a replaced edge to the kept segment (the sag of the input between its
 *       vertices), and points along the kept segment, one per replaced edge and at least three, to the
 *       replaced stretch. A segment that fails is split again at its farthest vertex. The largest figure
 *       measured is returned as {@link SimplifiedLine#hausdorffM()}.</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * In the plane, a stretch whose vertices lie within d of a segment from its first to its last vertex lies
 * wholly within d of it, and the segment within d of the stretch (distance to a segment is convex along an
 * edge; every point of the segment has a point of the stretch projecting onto it). On the ellipsoid these
 * hold to a relative (L/R)², L the stretch's length: the verification samples catch that and keep the
 * result within the bound. Distances are GeographicLib's, to about 15 nm.
 *
 * <h2>Limitations</h2>
 * The measured Hausdorff distance is a sample (vertices, edge midpoints and points along kept segments),
 * each distance taken to the stretch matched to it, which can only overstate the true figure. The result
 * may cross itself where the input comes within twice the bound of itself; a display simplification does
 * not repair that.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class SimplifyOp {

  /**
   * Smallest deviation accepted, metres: below a millimetre nothing is gained for display, and the
   * distances (accurate to nanometres) would decide on noise of the same order as the canonical 0.1 mm
   * coordinates.
   */
  public static final double MIN_DEVIATION_M = 1e-3;

  private static final Geodesics G = Geodesics.WGS84;

  private SimplifyOp() {}

  /**
   * Simplifies {@code line} so that it deviates at most {@code maxDeviationM} metres from the input.
   *
   * @param line at least two vertices; closed when the first vertex is repeated at the end
   * @param maxDeviationM the bound, metres, at least {@link #MIN_DEVIATION_M}
   * @param pinned vertices that must be kept; each must be a vertex of the line (exact coordinates)
   * @throws GeoInputException for a line too short, a bad bound or a pinned point that is not a vertex
   */
  public static SimplifiedLine simplify(List<GeoPoint> line, double maxDeviationM, Collection<GeoPoint> pinned) {
    if (line.size() < 2) {
      throw new GeoInputException("a line to simplify needs at least 2 vertices, got " + line.size());
    }
    if (!(maxDeviationM >= MIN_DEVIATION_M) || !Double.isFinite(maxDeviationM)) {
      throw new GeoInputException("maximum deviation must be at least " + MIN_DEVIATION_M + " m, got "
          + maxDeviationM);
    }
    int n = line.size();
    boolean closed = n > 2 && line.getFirst().equals(line.getLast());
    TreeSet<Integer> kept = new TreeSet<>(List.of(0, n - 1));
    if (closed) {
      kept.add(farthestFrom(line, 0));
    }
    for (GeoPoint p : pinned) {
      int index = line.indexOf(p);
      if (index < 0) {
        throw new GeoInputException("pinned point " + p + " is not a vertex of the line (the nearest vertex is "
            + String.format(java.util.Locale.ROOT, "%.3f", nearestVertexM(line, p)) + " m away)");
      }
      for (int i = index; i < n; i++) {
        if (line.get(i).equals(p)) {
          kept.add(i);
        }
      }
    }
    List<Integer> anchors = new ArrayList<>(kept);
    for (int k = 0; k + 1 < anchors.size(); k++) {
      douglasPeucker(line, anchors.get(k), anchors.get(k + 1), maxDeviationM, kept);
    }
    double hausdorff = verify(line, kept, maxDeviationM);
    if (closed && kept.size() < 4) {
      // A ring must keep three distinct vertices: add the vertex farthest from the first two.
      kept.add(farthestFromSegment(line, kept));
      hausdorff = verify(line, kept, maxDeviationM);
    }
    List<GeoPoint> vertices = new ArrayList<>(kept.size());
    kept.forEach(i -> vertices.add(line.get(i)));
    return new SimplifiedLine(vertices, new ArrayList<>(kept), maxDeviationM, hausdorff, n);
  }

  private static void douglasPeucker(List<GeoPoint> line, int from, int to, double bound, TreeSet<Integer> kept) {
    Deque<int[]> stack = new ArrayDeque<>();
    stack.push(new int[] {from, to});
    while (!stack.isEmpty()) {
      int[] s = stack.pop();
      if (s[1] - s[0] < 2) {
        continue;
      }
      List<GeoPoint> segment = List.of(line.get(s[0]), line.get(s[1]));
      int worst = -1;
      double worstM = -1;
      for (int k = s[0] + 1; k < s[1]; k++) {
        double d = G.closestPoint(segment, line.get(k)).distanceM();
        if (d > worstM) {
          worstM = d;
          worst = k;
        }
      }
      if (worstM > bound) {
        kept.add(worst);
        stack.push(new int[] {s[0], worst});
        stack.push(new int[] {worst, s[1]});
      }
    }
  }

  /**
   * Measures every kept segment against the stretch it replaces (both directions, sampled) and splits any
   * that exceeds the bound; returns the largest deviation measured.
   */
  private static double verify(List<GeoPoint> line, TreeSet<Integer> kept, double bound) {
    while (true) {
      double worstAll = 0;
      Integer split = null;
      Integer previous = null;
      for (int index : kept) {
        if (previous != null && index - previous >= 2) {
          double[] worst = stretchDeviation(line, previous, index);
          if (worst[0] > bound) {
            split = (int) worst[1];
            break;
          }
          worstAll = Math.max(worstAll, worst[0]);
        }
        previous = index;
      }
      if (split == null) {
        return worstAll;
      }
      kept.add(split);
    }
  }

  /** {deviation in metres, index of the farthest replaced vertex} of the stretch from..to. */
  static double[] stretchDeviation(List<GeoPoint> line, int from, int to) {
    GeoPoint a = line.get(from);
    GeoPoint b = line.get(to);
    List<GeoPoint> segment = List.of(a, b);
    double worst = 0;
    int farthest = from + 1;
    double farthestM = -1;
    for (int k = from + 1; k < to; k++) {
      double d = G.closestPoint(segment, line.get(k)).distanceM();
      if (d > farthestM) {
        farthestM = d;
        farthest = k;
      }
      worst = Math.max(worst, d);
    }
    // Sag of the input between its vertices: the geodesic midpoint of each replaced edge.
    for (int k = from; k < to; k++) {
      worst = Math.max(worst, G.closestPoint(segment, midpoint(line.get(k), line.get(k + 1))).distanceM());
    }
    // The other direction: points along the kept segment to the stretch it replaces.
    List<GeoPoint> stretch = line.subList(from, to + 1);
    GeodesicLine kept = Geodesic.WGS84.InverseLine(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(),
        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    int samples = Math.max(3, to - from);
    for (int s = 1; s < samples; s++) {
      GeodesicData g = kept.Position(kept.Distance() * s / samples, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
      worst = Math.max(worst, G.closestPoint(stretch, new GeoPoint(g.lat2, g.lon2)).distanceM());
    }
    return new double[] {worst, farthest};
  }

  private static GeoPoint midpoint(GeoPoint p, GeoPoint q) {
    GeodesicLine l = Geodesic.WGS84.InverseLine(p.latDeg(), p.lonDeg(), q.latDeg(), q.lonDeg(),
        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    GeodesicData g = l.Position(l.Distance() / 2, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    return new GeoPoint(g.lat2, g.lon2);
  }

  private static int farthestFrom(List<GeoPoint> line, int from) {
    int best = from;
    double bestM = -1;
    for (int k = 0; k < line.size(); k++) {
      double d = G.distanceM(line.get(from), line.get(k));
      if (d > bestM) {
        bestM = d;
        best = k;
      }
    }
    return best;
  }

  private static int farthestFromSegment(List<GeoPoint> line, TreeSet<Integer> kept) {
    List<GeoPoint> segment = List.of(line.get(kept.first()), line.get(kept.higher(kept.first())));
    int best = 1;
    double bestM = -1;
    for (int k = 1; k + 1 < line.size(); k++) {
      if (kept.contains(k)) {
        continue;
      }
      double d = G.closestPoint(segment, line.get(k)).distanceM();
      if (d > bestM) {
        bestM = d;
        best = k;
      }
    }
    return best;
  }

  private static double nearestVertexM(List<GeoPoint> line, GeoPoint p) {
    double best = Double.POSITIVE_INFINITY;
    for (GeoPoint v : line) {
      best = Math.min(best, G.distanceM(v, p));
    }
    return best;
  }
}
