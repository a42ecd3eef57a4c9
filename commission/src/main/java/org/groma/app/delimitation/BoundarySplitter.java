package org.groma.app.delimitation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.groma.app.BadInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.ClosestPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * Splits a boundary line into sections at chosen points (section ends, tripoints with third states).
 *
 * <h2>Algorithm</h2>
 * For each split point: if a vertex of the line lies within {@code toleranceM} of it
 * (geodesic distance), the line is split at the nearest such vertex (the point snaps to the vertex: no new
 * vertex, no sliver segment); otherwise the nearest point of the line (its geodesic segments, see
 * {@link Geodesics#closestPoint}) is inserted as a new vertex if it lies within {@code toleranceM}; otherwise
 * the point is refused. The pieces share their end vertices, so they join exactly.
 *
 * <p><b>Refused</b> with a {@link BadInputException} naming the point: a point farther than the tolerance from
 * the line, a point that lands on the line's first or last vertex (it would make an empty section), two
 * points that land on the same place.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class BoundarySplitter {

  private BoundarySplitter() {}

  /** Where a split point lands on the line. */
  private record Cut(int inputIndex, GeoPoint requested, int segmentIndex, double alongSegmentM, GeoPoint point,
      boolean atVertex) {}

  /**
   * The pieces of {@code line} between the split points, in the line's order.
   *
   * @param line the boundary line, at least 2 vertices, WGS 84
   * @param splitPoints where to split, in any order
   * @param toleranceM the largest geodesic distance, metres, from a split point to the vertex or line point it
   *     is moved to; must be ≥ 0 and finite
   * @return {@code splitPoints.size() + 1} pieces, each of at least 2 vertices
   */
  public static List<List<GeoPoint>> split(List<GeoPoint> line, List<GeoPoint> splitPoints, double toleranceM) {
    if (line.size() < 2) {
      throw new BadInputException("split: the line needs at least 2 vertices, got " + line.size());
    }
    if (!(toleranceM >= 0) || !Double.isFinite(toleranceM)) {
      throw new BadInputException("split: the tolerance must be a finite number of metres ≥ 0, got " + toleranceM);
    }
    List<Cut> cuts = new ArrayList<>();
    for (int k = 0; k < splitPoints.size(); k++) {
      cuts.add(locate(line, splitPoints.get(k), k, toleranceM));
    }
    cuts.sort(Comparator.comparingInt(Cut::segmentIndex).thenComparingDouble(Cut::alongSegmentM));
    for (int k = 0; k + 1 < cuts.size(); k++) {
      Cut a = cuts.get(k), b = cuts.get(k + 1);
      if (a.point().equals(b.point())) {
        throw new BadInputException("split point " + a.inputIndex() + " " + a.requested() + " and split point "
            + b.inputIndex() + " " + b.requested() + " land on the same place of the line, " + a.point());
      }
    }
    List<List<GeoPoint>> pieces = new ArrayList<>();
    List<GeoPoint> current = new ArrayList<>();
    current.add(line.getFirst());
    int cut = 0;
    for (int i = 0; i + 1 < line.size(); i++) {
      // Cuts on segment i (from vertex i to i + 1), in order along it; a cut at a vertex is on segment i with
      // along 0 and means vertex i itself, which is already in current.
      while (cut < cuts.size() && cuts.get(cut).segmentIndex() == i) {
        Cut c = cuts.get(cut++);
        if (!c.atVertex()) {
          current.add(c.point());
        }
        pieces.add(current);
        current = new ArrayList<>();
        current.add(c.point());
      }
      current.add(line.get(i + 1));
    }
    pieces.add(current);
    return pieces;
  }

  private static Cut locate(List<GeoPoint> line, GeoPoint p, int k, double toleranceM) {
    int nearestVertex = -1;
    double nearestVertexM = Double.POSITIVE_INFINITY;
    for (int i = 0; i < line.size(); i++) {
      double d = Geodesics.WGS84.distanceM(line.get(i), p);
      if (d < nearestVertexM) {
        nearestVertexM = d;
        nearestVertex = i;
      }
    }
    Cut cut;
    if (nearestVertexM <= toleranceM) {
      cut = new Cut(k, p, Math.min(nearestVertex, line.size() - 1), 0, line.get(nearestVertex), true);
    } else {
      ClosestPoint c = Geodesics.WGS84.closestPoint(line, p);
      if (c.distanceM() > toleranceM) {
        throw new BadInputException(String.format(java.util.Locale.ROOT,
            "split point %d %s lies %.3f m from the line, more than the tolerance %.3f m", k, p, c.distanceM(),
            toleranceM));
      }
      cut = new Cut(k, p, c.segmentIndex(), c.alongSegmentM(), c.point(), false);
    }
    if (cut.atVertex() && (nearestVertex == 0 || nearestVertex == line.size() - 1)) {
      throw new BadInputException("split point " + k + " " + p + " lands on the " + (nearestVertex == 0 ? "first" : "last")
          + " vertex of the line; splitting there would leave an empty section");
    }
    return cut;
  }
}
