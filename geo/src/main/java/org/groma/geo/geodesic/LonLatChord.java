package org.groma.geo.geodesic;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.groma.geo.GeoPoint;

/**
 * The straight chord between two points as drawn in the longitude–latitude plane, the way GeoJSON viewers
 * and planar geometry (JTS) join two vertices, and how far a curve strays from it.
 *
 * <h2>Algorithm</h2>
 * The sag of a piece of curve is measured as the geodesic distance between the curve's own midpoint and the
 * midpoint of the chord (the mean of the two ends' longitudes, taken the short way across the antimeridian,
 * and latitudes). That distance is never smaller than the distance from the curve's midpoint to the chord,
 * so a sag bound computed this way is conservative. Between the ends a smooth curve strays from its chord
 * as a parabola to first order, most in the middle, which is why the midpoint is the point measured.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe from any thread.
 */
public final class LonLatChord {

  private LonLatChord() {}

  /** The chord's midpoint in the longitude–latitude plane, taken the short way round in longitude. */
  public static GeoPoint midpoint(GeoPoint a, GeoPoint b) {
    double dLon = b.lonDeg() - a.lonDeg();
    if (dLon > 180) {
      dLon -= 360;
    } else if (dLon < -180) {
      dLon += 360;
    }
    double lon = a.lonDeg() + dLon / 2;
    if (lon > 180) {
      lon -= 360;
    } else if (lon < -180) {
      lon += 360;
    }
    return new GeoPoint((a.latDeg() + b.latDeg()) / 2, lon);
  }

  /**
   * Conservative sag, in metres, of a curve from {@code a} to {@code b} whose midpoint is
   * {@code curveMidpoint}, relative to the longitude–latitude chord from {@code a} to {@code b}.
   */
  public static double sagM(GeoPoint a, GeoPoint b, GeoPoint curveMidpoint) {
    return sagM(Geodesic.WGS84, a, b, curveMidpoint);
  }

  /** {@link #sagM(GeoPoint, GeoPoint, GeoPoint)} measured on the ellipsoid of {@code geodesic}. */
  public static double sagM(Geodesic geodesic, GeoPoint a, GeoPoint b, GeoPoint curveMidpoint) {
    GeoPoint chordMid = midpoint(a, b);
    return geodesic.Inverse(
            curveMidpoint.latDeg(), curveMidpoint.lonDeg(), chordMid.latDeg(), chordMid.lonDeg(),
            GeodesicMask.DISTANCE)
        .s12;
  }
}
