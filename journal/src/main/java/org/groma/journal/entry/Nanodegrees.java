package org.groma.journal.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.groma.journal.JournalFormatException;
import org.groma.journal.json.Json;
import org.groma.journal.json.JsonArray;
import org.groma.journal.json.JsonNumber;

/**
 * Coordinates in entry bodies: WGS 84 longitude and latitude as integer nanodegrees (1e-9°, about 0.11 mm
 * of latitude), written as a JSON array {@code [lonNanodeg, latNanodeg]} — longitude first, as in GeoJSON
 * and CRS84 (docs/design.md, "Geodesy conventions"). Integers keep the canonical bytes exact and identical on
 * every machine; the library uses long arithmetic only and depends on nothing in groma-geo.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class Nanodegrees {
  /** Nanodegrees per degree. */
  public static final long PER_DEGREE = 1_000_000_000L;
  public static final long MAX_LON = 180 * PER_DEGREE;
  public static final long MAX_LAT = 90 * PER_DEGREE;
  /** Fractional digits of a degree that a nanodegree can hold. */
  private static final int SCALE = 9;

  private Nanodegrees() {
  }

  /**
   * Exact conversion from decimal degrees text such as "45.123456789".
   *
   * @throws JournalFormatException if it has more than 9 fractional digits (it would have to be rounded)
   */
  public static long fromDegrees(String degrees) {
    BigDecimal d;
    try {
      d = new BigDecimal(degrees.strip());
    } catch (NumberFormatException e) {
      throw new JournalFormatException("\"" + degrees + "\" is not a decimal number of degrees");
    }
    return fromDegrees(d);
  }

  /** Exact conversion; refuses values with more than 9 fractional digits. */
  public static long fromDegrees(BigDecimal degrees) {
    BigDecimal nano = degrees.movePointRight(SCALE);
    try {
      return nano.longValueExact();
    } catch (ArithmeticException e) {
      throw new JournalFormatException(degrees.toPlainString()
          + "° has more than 9 decimal places or is out of range; round it explicitly first");
    }
  }

  /**
   * Rounds a double number of degrees to the nearest nanodegree (half away from zero). The rounding is
   * at most 0.5e-9°, about 0.06 mm; use it only where the source is itself a double (e.g. a projection).
   */
  public static long roundFromDegrees(double degrees) {
    if (!Double.isFinite(degrees) || Math.abs(degrees) > 360) {
      throw new IllegalArgumentException("degrees must be finite and within ±360, got " + degrees);
    }
    return new BigDecimal(degrees).movePointRight(SCALE)
        .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  /** Exact decimal text of a nanodegree value, with 9 fractional digits: -45.000000001. */
  public static String format(long nanodeg) {
    String sign = nanodeg < 0 ? "-" : "";
    long abs = Math.abs(nanodeg);
    return sign + (abs / PER_DEGREE) + "." + String.format("%09d", abs % PER_DEGREE);
  }

  /** The JSON form [lon, lat], checking the ranges. */
  public static JsonArray point(long lonNanodeg, long latNanodeg) {
    checkLon(lonNanodeg);
    checkLat(latNanodeg);
    return JsonArray.of(JsonNumber.of(lonNanodeg), JsonNumber.of(latNanodeg));
  }

  /** A JSON array of points, from pairs {lon, lat}. */
  public static JsonArray line(long[][] lonLatPairs) {
    List<Json> pts = new ArrayList<>(lonLatPairs.length);
    for (long[] p : lonLatPairs) {
      if (p.length != 2) {
        throw new IllegalArgumentException("a point is [lon, lat], got " + p.length + " values");
      }
      pts.add(point(p[0], p[1]));
    }
    return new JsonArray(pts);
  }

  /**
   * Reads a point written by {@link #point}.
   *
   * @param where names the point in error messages, e.g. "body.line[3]"
   * @return {lonNanodeg, latNanodeg}
   */
  public static long[] readPoint(Json json, String where) {
    if (!(json instanceof JsonArray a) || a.size() != 2) {
      throw new JournalFormatException(where + ": a point is a JSON array [lonNanodeg, latNanodeg]");
    }
    long lon = readInteger(a.get(0), where + "[0] (longitude)");
    long lat = readInteger(a.get(1), where + "[1] (latitude)");
    try {
      checkLon(lon);
      checkLat(lat);
    } catch (IllegalArgumentException e) {
      throw new JournalFormatException(where + ": " + e.getMessage());
    }
    return new long[] {lon, lat};
  }

  private static long readInteger(Json j, String where) {
    if (j instanceof JsonNumber n && n.isExactInteger()) {
      return n.longValueExact();
    }
    throw new JournalFormatException(where + " must be an integer number of nanodegrees, got " + j);
  }

  private static void checkLon(long lon) {
    if (lon < -MAX_LON || lon > MAX_LON) {
      throw new IllegalArgumentException("longitude " + format(lon) + "° is outside ±180°");
    }
  }

  private static void checkLat(long lat) {
    if (lat < -MAX_LAT || lat > MAX_LAT) {
      throw new IllegalArgumentException("latitude " + format(lat) + "° is outside ±90° (is the axis order lon, lat?)");
    }
  }
}
