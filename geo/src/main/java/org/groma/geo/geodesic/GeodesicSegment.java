package org.groma.geo.geodesic;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.groma.geo.GeoPoint;

/**
 * One geodesic segment with its inverse problem solved once, for repeated positions and closest-point
 * searches along it (a line compared point by point against another asks the same segment many times).
 *
 * <h2>Algorithm</h2>
 * {@link #closestFrom} is the along-track iteration of {@link Geodesics#closestPoint} started at a given
 * distance along the segment instead of at its first vertex: solve the inverse problem from the current
 * point X to p, giving the distance d and the angle θ between the segment's direction at X and the direction
 * to p; move X by R·atan(tan(d/R)·cos θ), clamped to the segment; stop once the step is below
 * {@code Geodesics.CLOSEST_POINT_STEP_M} (1 nm). A start near the answer (from a local planar projection, say)
 * needs one or two inverse solutions instead of four to six.
 *
 * <h2>Accuracy</h2>
 * As {@link Geodesics#closestPoint}: the point where the iteration stops is fixed to 1 nm along the segment
 * and its distance is a GeographicLib inverse solution (about 15 nm). The iteration finds the stationary
 * point the start leads to, or an end where it is clamped; it does not compare the other end. Callers that
 * cannot rule out a nearer end compare it themselves ({@link Geodesics#closestPoint} always does).
 *
 * <h2>Thread safety</h2>
 * Immutable; safe from any thread.
 */
public final class GeodesicSegment {

  private static final int POSITION = GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH;

  private final Geodesic geodesic;
  private final double radiusM;
  private final GeoPoint start;
  private final GeoPoint end;
  private final GeodesicLine line;

  GeodesicSegment(Geodesic geodesic, double radiusM, GeoPoint start, GeoPoint end) {
    this.geodesic = geodesic;
    this.radiusM = radiusM;
    this.start = start;
    this.end = end;
    this.line = geodesic.InverseLine(start.latDeg(), start.lonDeg(), end.latDeg(), end.lonDeg(),
        GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH);
  }

  public GeoPoint start() {
    return start;
  }

  public GeoPoint end() {
    return end;
  }

  /** Geodesic length of the segment, metres. */
  public double lengthM() {
    return line.Distance();
  }

  /** The point {@code alongM} metres from the start along the segment (0 ≤ alongM ≤ length). */
  public GeoPoint position(double alongM) {
    GeodesicData g = line.Position(alongM, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    return new GeoPoint(g.lat2, g.lon2);
  }

  /**
   * The stationary point of the distance to {@code p} that the along-track iteration reaches from
   * {@code startAlongM} (clamped to the segment), or the end where it is clamped; see the class description.
   * The result's segment index is 0 and its distance along the line is its distance along the segment.
   */
  public ClosestPoint closestFrom(GeoPoint p, double startAlongM) {
    double length = line.Distance();
    double s = Math.clamp(startAlongM, 0, length);
    GeodesicData at = line.Position(s, POSITION);
    GeodesicData toP = geodesic.Inverse(at.lat2, at.lon2, p.latDeg(), p.lonDeg(),
        GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
    for (int k = 0; k < Geodesics.CLOSEST_POINT_MAX_ITERATIONS; k++) {
      double theta = Math.toRadians(toP.azi1 - at.azi2);
      double step = radiusM * Math.atan(Math.tan(toP.s12 / radiusM) * Math.cos(theta));
      double next = Math.clamp(s + step, 0, length);
      if (Math.abs(next - s) < Geodesics.CLOSEST_POINT_STEP_M) {
        break;
      }
      s = next;
      at = line.Position(s, POSITION);
      toP = geodesic.Inverse(at.lat2, at.lon2, p.latDeg(), p.lonDeg(),
          GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
    }
    return new ClosestPoint(new GeoPoint(at.lat2, at.lon2), toP.s12, 0, s, s);
  }

  /**
   * The point of the segment nearest to {@code p}: the iteration from the first vertex, then both ends
   * compared, so a minimum at an end is never missed ({@link Geodesics#closestPoint} on one segment).
   */
  public ClosestPoint closest(GeoPoint p) {
    ClosestPoint best = closestFrom(p, 0);
    for (boolean first : new boolean[] {true, false}) {
      ClosestPoint e = end(p, first);
      if (e.distanceM() < best.distanceM()) {
        best = e;
      }
    }
    return best;
  }

  /** The segment's azimuth (degrees clockwise from north) {@code alongM} metres from its start. */
  public double azimuthDeg(double alongM) {
    return line.Position(Math.clamp(alongM, 0, line.Distance()), GeodesicMask.AZIMUTH).azi2;
  }

  /** The segment's first end (or, with {@code first} false, its last) as a nearest-point candidate for p. */
  public ClosestPoint end(GeoPoint p, boolean first) {
    double alongM = first ? 0 : line.Distance();
    GeodesicData e = line.Position(alongM, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    double d = geodesic.Inverse(e.lat2, e.lon2, p.latDeg(), p.lonDeg(), GeodesicMask.DISTANCE).s12;
    return new ClosestPoint(new GeoPoint(e.lat2, e.lon2), d, 0, alongM, alongM);
  }
}
