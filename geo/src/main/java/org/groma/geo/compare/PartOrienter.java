package org.groma.geo.compare;

import java.util.ArrayList;
import java.util.List;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * Plane helpers for sides of parts: the side of a face's interior point relative to a line's nearest part
 * (used to label faces no edge of the line bounds), rings' windings and containment. Parts are oriented by
 * {@link ReferencePointOrienter} and {@link TerritoryOrienter}.
 */
final class PartOrienter {

  /**
   * Smallest total angle a part must subtend at the reference point, radians (1e-10, a 0.1 mm piece seen
   * from 1 000 km): the angles are summed from plane coordinates rounded to about 1e-16 relative, so below
   * this the sign could be the rounding's rather than the geometry's.
   */
  static final double MIN_SWEPT_RAD = 1e-10;

  private PartOrienter() {}

  /**
   * Whether (px, py) lies left of the open polyline: the line, seen from the point, turns counter-clockwise
   * in total (the sum of the signed angles between the directions to consecutive vertices is positive).
   * For a straight line that is exactly "left"; for a winding line it is the side the line runs round.
   */
  static boolean leftOfOpen(double[] x, double[] y, double px, double py, int line, int index, GeoPoint a) {
    double swept = 0;
    for (int i = 0; i + 1 < x.length; i++) {
      double ax = x[i] - px;
      double ay = y[i] - py;
      double bx = x[i + 1] - px;
      double by = y[i + 1] - py;
      if ((ax == 0 && ay == 0) || (bx == 0 && by == 0)) {
        throw onLine(a, line, index);
      }
      double turn = Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
      if (Math.abs(Math.abs(turn) - Math.PI) < 1e-12) {
        throw onLine(a, line, index);
      }
      swept += turn;
    }
    if (Math.abs(swept) < MIN_SWEPT_RAD) {
      throw new GeoInputException("cannot tell which side of line " + line + ", part " + index + " the point " + a
          + " lies on: seen from it, the part subtends only " + Math.toDegrees(Math.abs(swept))
          + "°; choose a point facing the line");
    }
    return swept > 0;
  }

  private static GeoInputException onLine(GeoPoint a, int line, int index) {
    return new GeoInputException("the point " + a + " lies on line " + line + ", part " + index
        + ": a reference point must lie off the line");
  }

  /**
   * The party {@code line} gives the point (px, py) of the plane, judged from the line's part nearest to it
   * (a ring: inside or outside and its orientation; an open part: the side it turns round). Used for faces
   * that no edge of the line bounds and no neighbour labels, such as an enclave ring the other line lacks.
   */
  static Side sideOf(PreparedLine line, double px, double py, GeoPoint where) {
    PreparedLine.Part part = line.parts.get(line.segPart[line.index.nearest(px, py)]);
    boolean left;
    if (part.closed) {
      left = insideRing(part.x, part.y, px, py) == (signedArea2(part.x, part.y) > 0);
    } else {
      left = leftOfOpen(part.x, part.y, px, py, line.lineNumber, part.originalIndex, where);
    }
    return left ? Side.A : Side.B;
  }

  /** Crossing-number test; the ring's last vertex repeats its first. */
  static boolean insideRing(double[] x, double[] y, double px, double py) {
    boolean inside = false;
    int n = x.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      if ((y[i] > py) != (y[j] > py) && px < (x[j] - x[i]) * (py - y[i]) / (y[j] - y[i]) + x[i]) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Twice the signed area of a ring: positive when counter-clockwise. */
  static double signedArea2(double[] x, double[] y) {
    double area2 = 0;
    int n = x.length;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      area2 += x[j] * y[i] - x[i] * y[j];
    }
    return area2;
  }

  static List<GeoPoint> reversed(List<GeoPoint> part) {
    List<GeoPoint> r = new ArrayList<>(part);
    java.util.Collections.reverse(r);
    return r;
  }
}
