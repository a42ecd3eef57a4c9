package org.groma.geo.crs;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A point given by geodetic latitude, longitude and ellipsoidal height on some ellipsoid (named by whoever
 * holds it; compare {@link GeoPoint}, which is always WGS 84 and has no height).
 *
 * @param latDeg geodetic latitude, degrees, in [−90°, 90°]
 * @param lonDeg longitude, degrees, in [−180°, 180°]
 * @param heightM height above the ellipsoid along its normal, metres
 */
public record GeodeticPosition(double latDeg, double lonDeg, double heightM) {

  public GeodeticPosition {
    GeoPoint.requireLatitude(latDeg);
    GeoPoint.requireLongitude(lonDeg);
    if (!Double.isFinite(heightM)) {
      throw new GeoInputException("ellipsoidal height is not a finite number: " + heightM);
    }
  }
}
