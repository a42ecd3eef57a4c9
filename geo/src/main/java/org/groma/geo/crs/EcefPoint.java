package org.groma.geo.crs;

import org.groma.geo.GeoInputException;

/**
 * Earth-centred, Earth-fixed (geocentric) Cartesian coordinates of a datum: origin at the ellipsoid's
 * centre, Z along its minor axis, X towards the Greenwich meridian on the equator, Y completing a right-handed
 * frame. Metres.
 */
public record EcefPoint(double xM, double yM, double zM) {

  public EcefPoint {
    if (!Double.isFinite(xM) || !Double.isFinite(yM) || !Double.isFinite(zM)) {
      throw new GeoInputException("geocentric coordinates must be finite, got X=" + xM + ", Y=" + yM + ", Z=" + zM);
    }
  }
}
