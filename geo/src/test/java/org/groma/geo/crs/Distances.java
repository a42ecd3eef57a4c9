package org.groma.geo.crs;

/** Small distances between nearby points, for comparing results with references. */
final class Distances {

  /**
   * Metres per radian on the ground, taken as the WGS 84 equatorial radius: it overstates distances by at
   * most 0.7 % (the meridian radius of curvature at the equator is smaller), which is harmless when checking
   * an upper bound.
   */
  private static final double METRES_PER_RADIAN = 6_378_137.0;

  private Distances() {}

  /** Approximate ground distance in metres between two nearby points given in degrees. */
  static double betweenDeg(double lat1, double lon1, double lat2, double lon2) {
    double dLon = Math.IEEEremainder(lon2 - lon1, 360);
    double dn = Math.toRadians(lat2 - lat1) * METRES_PER_RADIAN;
    double de = Math.toRadians(dLon) * Math.cos(Math.toRadians(lat1)) * METRES_PER_RADIAN;
    return Math.hypot(dn, de);
  }

  /** Distance in metres between two grid points. */
  static double betweenM(double x1, double y1, double x2, double y2) {
    return Math.hypot(x2 - x1, y2 - y1);
  }
}
