package org.groma.geo;

import java.util.Collection;

/**
 * A latitude/longitude box, and the box that surely holds every point within a given distance of another
 * box, on the ellipsoid: what a selection "within 5 km of the section" needs, where a flat 111 320 m per
 * degree is 0.7 % short across the meridians.
 *
 * <h2>Algorithm</h2>
 * A distance d along the meridian spans at most d / M(φ) radians of latitude, where the
 * meridional radius of curvature M is smallest at the equator, M(0) = a(1 − e²); so the latitude margin is
 * d / M(0). Along any path a distance d changes longitude by at most d / (N(φ) cos φ) radians at the
 * latitude φ farthest from the equator that the path can reach, N being the prime-vertical radius; the
 * margin uses φ = max |lat| + the latitude margin. A box that reaches a pole spans every longitude.
 *
 * <h2>Accuracy</h2>
 * Conservative by construction (never smaller than needed); for 5 km at 41° it is larger than
 * the exact margin by less than 0.2 %.
 *
 * <h2>Limitations</h2>
 * Boxes do not cross the antimeridian; longitudes are clamped to ±180°.
 *
 * <h2>Thread safety</h2>
 * Immutable.
 */
public record GeoBox(double minLatDeg, double minLonDeg, double maxLatDeg, double maxLonDeg) {

  /** The smallest box holding {@code points}. */
  public static GeoBox of(Collection<GeoPoint> points) {
    if (points.isEmpty()) {
      throw new GeoInputException("a box needs at least one point");
    }
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    for (GeoPoint p : points) {
      minLat = Math.min(minLat, p.latDeg());
      maxLat = Math.max(maxLat, p.latDeg());
      minLon = Math.min(minLon, p.lonDeg());
      maxLon = Math.max(maxLon, p.lonDeg());
    }
    return new GeoBox(minLat, minLon, maxLat, maxLon);
  }

  /** This box grown so that it holds every point within {@code marginM} metres of it on {@code e}. */
  public GeoBox grownBy(double marginM, Ellipsoid e) {
    if (!(marginM >= 0)) {
      throw new GeoInputException("a box's margin must be a distance of 0 m or more, not " + marginM);
    }
    double a = e.equatorialRadiusM();
    double e2 = e.flattening() * (2 - e.flattening());
    double dLat = Math.toDegrees(marginM / (a * (1 - e2)));
    double farLat = Math.min(90, Math.max(Math.abs(minLatDeg), Math.abs(maxLatDeg)) + dLat);
    double sin = Math.sin(Math.toRadians(farLat));
    double parallelRadius = a / Math.sqrt(1 - e2 * sin * sin) * Math.cos(Math.toRadians(farLat));
    boolean aroundPole = farLat >= 90 || parallelRadius <= marginM;
    double dLon = aroundPole ? 360 : Math.toDegrees(marginM / parallelRadius);
    return new GeoBox(Math.max(-90, minLatDeg - dLat), Math.max(-180, minLonDeg - dLon),
        Math.min(90, maxLatDeg + dLat), Math.min(180, maxLonDeg + dLon));
  }

  public boolean contains(GeoPoint p) {
    return p.latDeg() >= minLatDeg && p.latDeg() <= maxLatDeg && p.lonDeg() >= minLonDeg && p.lonDeg() <= maxLonDeg;
  }
}
