package org.groma.geo.crs;

import java.util.Objects;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;

/**
 * A position in a known CRS: two numbers in that CRS's {@link Crs#axisOrder()}.
 *
 * <p>{@code first} and {@code second} are deliberately neutral: their meaning (latitude, longitude, easting,
 * northing) comes from the CRS, exactly as the EPSG dataset and {@code cs2cs} define it. To avoid having to
 * remember the order, build coordinates with {@link #ofLatLon} and {@link #ofEastingNorthing} and read them
 * with {@link #latDeg()}, {@link #lonDeg()}, {@link #eastingM()} and {@link #northingM()}, which put the
 * numbers where the CRS wants them.
 *
 * <p>Validated on construction: both numbers finite; in a geographic CRS latitude in [−90°, 90°] and
 * longitude in [−180°, 180°]. Whether a grid coordinate lies in its zone is checked when it is transformed.
 *
 * @param crs the CRS the numbers are in
 * @param first first axis of {@code crs}: latitude or longitude in degrees, northing or easting in metres
 * @param second second axis of {@code crs}
 */
public record Coordinate(Crs crs, double first, double second) {

  public Coordinate {
    Objects.requireNonNull(crs, "crs");
    AxisOrder order = crs.axisOrder();
    requireFinite(first, order.firstAxisName(), crs);
    requireFinite(second, order.secondAxisName(), crs);
    if (order.isGeographic()) {
      try {
        GeoPoint.requireLatitude(order == AxisOrder.LAT_LON ? first : second);
        GeoPoint.requireLongitude(order == AxisOrder.LAT_LON ? second : first);
      } catch (GeoInputException e) {
        throw new GeoInputException(crs.code() + ": " + e.getMessage(), e);
      }
    }
  }

  /** A point of a geographic CRS from its latitude and longitude, whatever the CRS's axis order. */
  public static Coordinate ofLatLon(Crs crs, double latDeg, double lonDeg) {
    requireAxes(crs, true);
    return crs.axisOrder() == AxisOrder.LAT_LON
        ? new Coordinate(crs, latDeg, lonDeg)
        : new Coordinate(crs, lonDeg, latDeg);
  }

  /** A point of a projected CRS from its easting and northing, whatever the CRS's axis order. */
  public static Coordinate ofEastingNorthing(Crs crs, double eastingM, double northingM) {
    requireAxes(crs, false);
    return crs.axisOrder() == AxisOrder.EASTING_NORTHING
        ? new Coordinate(crs, eastingM, northingM)
        : new Coordinate(crs, northingM, eastingM);
  }

  /** A WGS 84 point in the given WGS 84 geographic CRS ({@link GeographicCrs#WGS84} or {@link GeographicCrs#CRS84}). */
  public static Coordinate of(GeographicCrs crs, GeoPoint point) {
    if (!crs.datum().sameAs(GeodeticDatum.WGS84)) {
      throw new GeoInputException("a GeoPoint is on WGS 84, but " + crs + " is on " + crs.datum());
    }
    return ofLatLon(crs, point.latDeg(), point.lonDeg());
  }

  /** Latitude in degrees; only for a geographic CRS. */
  public double latDeg() {
    requireAxes(crs, true);
    return crs.axisOrder().isNorthFirst() ? first : second;
  }

  /** Longitude in degrees; only for a geographic CRS. */
  public double lonDeg() {
    requireAxes(crs, true);
    return crs.axisOrder().isNorthFirst() ? second : first;
  }

  /** Easting in metres; only for a projected CRS. */
  public double eastingM() {
    requireAxes(crs, false);
    return crs.axisOrder().isNorthFirst() ? second : first;
  }

  /** Northing in metres; only for a projected CRS. */
  public double northingM() {
    requireAxes(crs, false);
    return crs.axisOrder().isNorthFirst() ? first : second;
  }

  /** This point as a {@link GeoPoint}; only for a geographic CRS on WGS 84. */
  public GeoPoint toGeoPoint() {
    if (!crs.axisOrder().isGeographic() || !crs.datum().sameAs(GeodeticDatum.WGS84)) {
      throw new GeoInputException("only a WGS 84 geographic coordinate is a GeoPoint; this one is in " + crs);
    }
    return new GeoPoint(latDeg(), lonDeg());
  }

  @Override
  public String toString() {
    AxisOrder order = crs.axisOrder();
    return "Coordinate[" + crs.code() + " " + order.firstAxisName() + "=" + first + ", "
        + order.secondAxisName() + "=" + second + "]";
  }

  private static void requireFinite(double value, String axis, Crs crs) {
    if (!Double.isFinite(value)) {
      throw new GeoInputException(crs.code() + ": " + axis + " is not a finite number: " + value);
    }
  }

  private static void requireAxes(Crs crs, boolean geographic) {
    if (crs.axisOrder().isGeographic() != geographic) {
      throw new GeoInputException(crs + " has axes " + crs.axisOrder().firstAxisName() + ", "
          + crs.axisOrder().secondAxisName() + ", not " + (geographic ? "latitude and longitude" : "easting and northing"));
    }
  }
}
