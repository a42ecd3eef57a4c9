package org.groma.geo;

/**
 * A point on the WGS84 ellipsoid, latitude and longitude in decimal degrees.
 *
 * <p>Validated on construction: both values finite, latitude in [−90°, 90°], longitude in [−180°, 180°].
 * Longitude 180° and −180° are both accepted and kept as given (a line may need either side of the
 * antimeridian). Use {@link #toCanonical()} for the journal's fixed-point form.
 *
 * <p>Note the argument order: latitude first, as surveyors and GeographicLib write it. GeoJSON and the
 * journal store longitude first; {@link #ofLonLat(double, double)} exists so that code reading those reads
 * naturally and cannot swap the two by accident.
 *
 * @param latDeg geodetic latitude in degrees, positive north
 * @param lonDeg longitude in degrees, positive east of Greenwich
 */
public record GeoPoint(double latDeg, double lonDeg) {

  public GeoPoint {
    requireLatitude(latDeg);
    requireLongitude(lonDeg);
  }

  /** A point from a longitude–latitude pair, the order of GeoJSON (RFC 7946) and of the journal. */
  public static GeoPoint ofLonLat(double lonDeg, double latDeg) {
    return new GeoPoint(latDeg, lonDeg);
  }

  /** This point rounded to the nearest nanodegree (about 0.1 mm), the journal's canonical form. */
  public CanonicalPoint toCanonical() {
    return CanonicalPoint.of(this);
  }

  /** Throws a {@link GeoInputException} naming the value unless it is a finite latitude in [−90°, 90°]. */
  public static double requireLatitude(double latDeg) {
    if (!Double.isFinite(latDeg)) {
      throw new GeoInputException("latitude is not a finite number: " + latDeg);
    }
    if (latDeg < -90 || latDeg > 90) {
      throw new GeoInputException("latitude " + latDeg + "° is outside [-90°, 90°]");
    }
    return latDeg;
  }

  /** Throws a {@link GeoInputException} naming the value unless it is a finite longitude in [−180°, 180°]. */
  public static double requireLongitude(double lonDeg) {
    if (!Double.isFinite(lonDeg)) {
      throw new GeoInputException("longitude is not a finite number: " + lonDeg);
    }
    if (lonDeg < -180 || lonDeg > 180) {
      throw new GeoInputException("longitude " + lonDeg + "° is outside [-180°, 180°]");
    }
    return lonDeg;
  }

  @Override
  public String toString() {
    return "GeoPoint[lat=" + latDeg + "°, lon=" + lonDeg + "°]";
  }
}
