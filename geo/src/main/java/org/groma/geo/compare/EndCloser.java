package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.Geodesics;

/**
 * Finds the unshared ends of two lines and closes them in pairs with geodesic connectors.
 *
 * <h2>Algorithm</h2>
 * An end of an open part is <em>shared</em> when it lies within {@link #SHARED_END_M} (in the plane) of the
 * other line or of another part of its own line: the noding joins it there and nothing needs closing. The
 * remaining ends are paired greedily, shortest geodesic distance first, each end at most once, and only up
 * to the maximum connector length (the two ends of one two-vertex part are never paired: that would close
 * a ring of no area); what is left unpaired is reported as open.
 */
final class EndCloser {

  /**
   * Two ends closer than this (planar metres, 1 µm) are the same point: ten times below the journal's
   * nanodegree (0.1 mm) and far above the rounding of plane coordinates (about 1e-9 m).
   */
  static final double SHARED_END_M = 1e-6;

  record Result(List<Connector> connectors, List<LineEnd> open) {}

  private EndCloser() {}

  static Result close(PreparedLine l1, PreparedLine l2, double maxConnectorM) {
    List<LineEnd> ends = new ArrayList<>();
    collect(l1, l2, ends);
    collect(l2, l1, ends);
    record Pair(int i, int j, double d) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      for (int j = i + 1; j < ends.size(); j++) {
        LineEnd a = ends.get(i);
        LineEnd b = ends.get(j);
        if (a.line() == b.line() && a.part() == b.part() && partSize(a.line() == 1 ? l1 : l2, a.part()) < 3) {
          continue; // a two-vertex part closed on itself would be a ring of no area
        }
        double d = Geodesics.WGS84.distanceM(a.point(), b.point());
        if (d <= maxConnectorM) {
          pairs.add(new Pair(i, j, d));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::d).thenComparingInt(Pair::i).thenComparingInt(Pair::j));
    boolean[] used = new boolean[ends.size()];
    List<Connector> connectors = new ArrayList<>();
    for (Pair p : pairs) {
      if (!used[p.i()] && !used[p.j()]) {
        used[p.i()] = true;
        used[p.j()] = true;
        LineEnd a = ends.get(p.i());
        LineEnd b = ends.get(p.j());
        // Write a same-line gap from the end of one part to the start of the next, the line's own direction.
        if (a.line() == b.line() && a.atStart() && !b.atStart()) {
          connectors.add(new Connector(b, a, p.d()));
        } else {
          connectors.add(new Connector(a, b, p.d()));
        }
      }
    }
    List<LineEnd> open = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      if (!used[i]) {
        open.add(ends.get(i));
      }
    }
    return new Result(connectors, open);
  }

  private static int partSize(PreparedLine line, int originalIndex) {
    for (PreparedLine.Part p : line.parts) {
      if (p.originalIndex == originalIndex) {
        return p.originalSize;
      }
    }
    throw new IllegalStateException("no part " + originalIndex);
  }

  private static void collect(PreparedLine line, PreparedLine other, List<LineEnd> ends) {
    for (int p = 0; p < line.parts.size(); p++) {
      PreparedLine.Part part = line.parts.get(p);
      if (part.closed) {
        continue;
      }
      for (boolean atStart : new boolean[] {true, false}) {
        int v = atStart ? 0 : part.size() - 1;
        if (!touches(other, -1, part.x[v], part.y[v]) && !touches(line, p, part.x[v], part.y[v])) {
          ends.add(new LineEnd(line.lineNumber, part.originalIndex, atStart, part.points[v]));
        }
      }
    }
  }

  /** Whether (x, y) lies within SHARED_END_M of a segment of {@code line} outside part {@code skipPart}. */
  private static boolean touches(PreparedLine line, int skipPart, double x, double y) {
    boolean[] found = {false};
    line.index.query(x - SHARED_END_M, x + SHARED_END_M, y - SHARED_END_M, y + SHARED_END_M, k -> {
      if (!found[0] && line.segPart[k] != skipPart && line.planarDistance(k, x, y) <= SHARED_END_M) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /** The connector's densified vertices, from its first end to its second. */
  static List<GeoPoint> densified(Connector c, double maxSagM) {
    if (c.from().point().equals(c.to().point())) {
      return List.of(c.from().point());
    }
    return Geodesics.WGS84.densify(c.from().point(), c.to().point(), maxSagM);
  }
}
