package org.groma.geo.crs;

import org.groma.geo.GeoInputException;

/**
 * The defining parameters of a Transverse Mercator projection (EPSG method 9807) with its natural origin on
 * the equator, as all UTM and Gauss–Krüger zones have it. The mathematics is in {@link TransverseMercator}.
 *
 * @param centralMeridianDeg longitude of natural origin, degrees, in [−180°, 180°]
 * @param scaleFactor scale factor on the central meridian (0.9996 for UTM, 1 for Gauss–Krüger)
 * @param falseEastingM easting of the central meridian, metres (e.g. 8 500 000 for Gauss–Krüger zone 8)
 * @param falseNorthingM northing of the equator, metres (10 000 000 for southern UTM zones)
 */
public record TransverseMercatorParameters(
    double centralMeridianDeg, double scaleFactor, double falseEastingM, double falseNorthingM) {

  public TransverseMercatorParameters {
    if (!(centralMeridianDeg >= -180 && centralMeridianDeg <= 180)) {
      throw new GeoInputException("central meridian " + centralMeridianDeg + "° is outside [-180°, 180°]");
    }
    if (!(scaleFactor > 0) || !Double.isFinite(scaleFactor)) {
      throw new GeoInputException("scale factor must be positive, got " + scaleFactor);
    }
    if (!Double.isFinite(falseEastingM) || !Double.isFinite(falseNorthingM)) {
      throw new GeoInputException("false easting and northing must be finite, got " + falseEastingM + ", " + falseNorthingM);
    }
  }
}
