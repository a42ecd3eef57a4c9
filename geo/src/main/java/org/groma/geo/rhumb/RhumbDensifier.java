package org.groma.geo.rhumb;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.GeoMath;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.Pair;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.geodesic.LonLatChord;

/** Densification of one rhumb line; the method is described on {@link Rhumb#densify}. */
final class RhumbDensifier {

  private final Rhumb rhumb;
  private final Geodesic geodesic;

  RhumbDensifier(Rhumb rhumb, Geodesic geodesic) {
    this.rhumb = rhumb;
    this.geodesic = geodesic;
  }

  List<GeoPoint> bySag(GeoPoint a, GeoPoint b, double maxSagM) {
    RhumbInverse inverse = rhumb.inverse(a, b);
    if (inverse.distanceM() == 0) {
      return List.of(a, b);
    }
    // A line from a pole runs down the other end's meridian, but the chord from (±90°, lonA) would be drawn
    // slanting across longitudes, straying from the line in proportion to its length (not its square). So
    // first step along the pole to that meridian: a piece of no length on the ground, drawn as the map's edge.
    if (isPole(a) && !sameMeridian(a, b)) {
      return prepend(a, bySag(new GeoPoint(a.latDeg(), b.lonDeg()), b, maxSagM));
    }
    if (isPole(b) && !sameMeridian(a, b)) {
      List<GeoPoint> points = new ArrayList<>(bySag(a, new GeoPoint(b.latDeg(), a.lonDeg()), maxSagM));
      points.add(b);
      return List.copyOf(points);
    }
    return bySagOffPoles(a, b, inverse, maxSagM);
  }

  private List<GeoPoint> bySagOffPoles(GeoPoint a, GeoPoint b, RhumbInverse inverse, double maxSagM) {
    double lengthM = inverse.distanceM();
    RhumbLine line = lineThrough(a, b, inverse);
    if (!(a.latDeg() * b.latDeg() < 0)) {
      return sameMeridian(a, b) ? List.of(a, b) : bySag(line, 0, lengthM, a, b, maxSagM);
    }
    double equatorM = line.distanceToEquatorM();
    GeoPoint equator = line.point(equatorM);
    if (sameMeridian(a, b)) {
      return List.of(a, equator, b);
    }
    List<GeoPoint> points = new ArrayList<>(bySag(line, 0, equatorM, a, equator, maxSagM));
    List<GeoPoint> other = bySag(line, equatorM, lengthM, equator, b, maxSagM);
    points.addAll(other.subList(1, other.size()));
    requireCount(points.size(), "sag", maxSagM);
    return List.copyOf(points);
  }

  List<GeoPoint> bySpacing(GeoPoint a, GeoPoint b, double maxSpacingM) {
    RhumbInverse inverse = rhumb.inverse(a, b);
    double lengthM = inverse.distanceM();
    double pieces = Math.max(1, Math.ceil(lengthM / maxSpacingM));
    requireCount(pieces + 1, "spacing", maxSpacingM);
    return equalPieces(lineThrough(a, b, inverse), 0, lengthM, a, b, (int) pieces);
  }

  /** Equal pieces between s0 and s1 along the line: n estimated from the whole, then checked piece by piece. */
  private List<GeoPoint> bySag(RhumbLine line, double s0, double s1, GeoPoint p0, GeoPoint p1, double maxSagM) {
    double wholeSagM = sagM(line, s0, s1, p0, p1);
    double pieces = Math.max(1, Math.ceil(Math.sqrt(wholeSagM / maxSagM)));
    while (true) {
      requireCount(pieces + 1, "sag", maxSagM);
      int n = (int) pieces;
      List<GeoPoint> points = equalPieces(line, s0, s1, p0, p1, n);
      double worstM = 0;
      for (int k = 0; k < n; k++) {
        worstM = Math.max(worstM,
            sagM(line, at(s0, s1, k, n), at(s0, s1, k + 1, n), points.get(k), points.get(k + 1)));
      }
      if (worstM <= maxSagM) {
        return points;
      }
      // Sag ∝ length², so this n would suffice if every piece were like the worst; at least one more piece.
      pieces = Math.max(n + 1, Math.ceil(n * Math.sqrt(worstM / maxSagM)));
    }
  }

  /**
   * Geodesic distance between the rhumb line's point halfway from s0 to s1 and the midpoint of the chord from
   * p to q in the longitude–latitude plane.
   */
  private double sagM(RhumbLine line, double s0, double s1, GeoPoint p, GeoPoint q) {
    RhumbLine.Position mid = line.position((s0 + s1) / 2);
    GeoPoint curveMid = new GeoPoint(mid.latDeg(), GeoMath.AngNormalize(mid.lonUnrolledDeg()));
    return LonLatChord.sagM(geodesic, p, q, curveMid);
  }

  private static List<GeoPoint> equalPieces(
      RhumbLine line, double s0, double s1, GeoPoint p0, GeoPoint p1, int n) {
    List<GeoPoint> points = new ArrayList<>(n + 1);
    points.add(p0);
    for (int k = 1; k < n; k++) {
      points.add(line.point(at(s0, s1, k, n)));
    }
    points.add(p1);
    return points;
  }

  private static double at(double s0, double s1, int k, int n) {
    return k == n ? s1 : s0 + (s1 - s0) * k / n;
  }

  /**
   * The line the points follow. From a pole the inverse gives the meridian of the other end (a pole's own
   * longitude names no direction), so start there on that meridian.
   */
  private RhumbLine lineThrough(GeoPoint a, GeoPoint b, RhumbInverse inverse) {
    GeoPoint start = isPole(a) ? new GeoPoint(a.latDeg(), b.lonDeg()) : a;
    return rhumb.line(start, inverse.azimuthDeg());
  }

  private static boolean isPole(GeoPoint p) {
    return Math.abs(p.latDeg()) == 90;
  }

  private static List<GeoPoint> prepend(GeoPoint first, List<GeoPoint> rest) {
    List<GeoPoint> points = new ArrayList<>(rest.size() + 1);
    points.add(first);
    points.addAll(rest);
    return List.copyOf(points);
  }

  private static boolean sameMeridian(GeoPoint a, GeoPoint b) {
    var diff = new Pair();
    GeoMath.AngDiff(diff, a.lonDeg(), b.lonDeg());
    return diff.first == 0;
  }

  private static void requireCount(double points, String quantity, double valueM) {
    if (points > Rhumb.MAX_DENSIFY_POINTS) {
      throw new GeoInputException("densifying a rhumb line to a " + quantity + " of " + valueM + " m would need"
          + " more than " + Rhumb.MAX_DENSIFY_POINTS + " points; ask for a coarser " + quantity);
    }
  }
}
