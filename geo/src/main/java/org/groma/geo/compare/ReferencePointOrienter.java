package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Orients each part of a line from reference points inside A.
 *
 * <p>A point decides a part when the straight path from it to the part's nearest point crosses no other part
 * of the same line and ends inside the part, not at an open end: then nothing of the line separates the
 * point from that side of the part, so the side it lies on is A ({@link NearestSide}). This holds however the
 * part winds (a valley of B ringed by A, enclaves nested to any depth), unlike the angle a part subtends or
 * whether a ring contains a point. The nearest deciding point orients the part; every other deciding point
 * must agree. A part no point decides, or on which two deciding points disagree, is ambiguous: the caller
 * refuses it unless the user accepts it.
 */
final class ReferencePointOrienter {

  private ReferencePointOrienter() {}

  /** One decision per part of {@code parts} (lon/lat), judged in {@code plane}. */
  static List<PartOrientation> orient(int line, List<List<GeoPoint>> parts, List<GeoPoint> refs, LocalPlane plane) {
    List<double[][]> xy = new ArrayList<>();
    for (List<GeoPoint> part : parts) {
      double[][] c = new double[2][part.size()];
      for (int i = 0; i < part.size(); i++) {
        c[0][i] = plane.x(part.get(i));
        c[1][i] = plane.y(part.get(i));
      }
      xy.add(c);
    }
    List<PartOrientation> result = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      double[] x = xy.get(k)[0];
      double[] y = xy.get(k)[1];
      boolean closed = parts.get(k).getFirst().equals(parts.get(k).getLast());
      int bestSide = NearestSide.UNDECIDED;
      double bestDistance = Double.POSITIVE_INFINITY;
      GeoPoint bestRef = null;
      String disagreement = null;
      for (GeoPoint ref : refs) {
        double px = plane.x(ref);
        double py = plane.y(ref);
        NearestSide.Seen seen = NearestSide.of(x, y, closed, px, py);
        if (seen.distance() == 0) {
          throw new GeoInputException("the point " + ref + " lies on line " + line + ", part " + k
              + ": a reference point must lie off the line");
        }
        if (seen.side() == NearestSide.UNDECIDED || obstructed(xy, k, px, py, seen.qx(), seen.qy())) {
          continue;
        }
        if (bestSide != NearestSide.UNDECIDED && seen.side() != bestSide) {
          disagreement = "the reference points " + describe(bestRef) + " and " + describe(ref)
              + " put A on different sides of it";
        }
        if (seen.distance() < bestDistance) {
          bestDistance = seen.distance();
          bestSide = seen.side();
          bestRef = ref;
        }
      }
      if (disagreement != null) {
        result.add(PartOrientation.ambiguous(disagreement));
      } else if (bestSide == NearestSide.UNDECIDED) {
        result.add(PartOrientation.ambiguous("no reference point decides it (from each, the part's nearest "
            + "point is an open end, or the straight path there crosses another part of the line); give a "
            + "point inside A facing the part, or A's territory"));
      } else {
        result.add(PartOrientation.decided(bestSide == NearestSide.RIGHT));
      }
    }
    return result;
  }

  /** Whether the path (px, py)–(qx, qy) meets any part other than {@code self}. */
  private static boolean obstructed(List<double[][]> xy, int self, double px, double py, double qx, double qy) {
    for (int k = 0; k < xy.size(); k++) {
      if (k == self) {
        continue;
      }
      double[] x = xy.get(k)[0];
      double[] y = xy.get(k)[1];
      for (int i = 0; i + 1 < x.length; i++) {
        if (NearestSide.meet(px, py, qx, qy, x[i], y[i], x[i + 1], y[i + 1])) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(GeoPoint p) {
    return String.format(Locale.ROOT, "%.6f,%.6f", p.latDeg(), p.lonDeg());
  }
}
