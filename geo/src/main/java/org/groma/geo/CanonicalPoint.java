package org.groma.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A WGS84 point in the journal's canonical fixed-point form: longitude then latitude, each an integer count
 * of nanodegrees (1e-9°; one nanodegree of latitude is about 0.11 mm on the ground).
 *
 * <p>Two parties that hash or sign a coordinate must agree on its bytes, so coordinates are stored as
 * integers, never as binary floating point.
 *
 * <h2>Accuracy</h2>
 * {@link #of(GeoPoint)} rounds to the nearest nanodegree (ties to even), an error of at
 * most 0.5e-9°, about 0.06 mm. {@link #toGeoPoint()} followed by {@link #of(GeoPoint)} returns exactly
 * this point: every nanodegree value within range has fewer than 53 significant bits, so the quotient by
 * 1e9 is the nearest double and multiplying back lands within half a nanodegree of the original integer.
 *
 * @param lonNanodeg longitude in nanodegrees, in [−180e9, 180e9]
 * @param latNanodeg latitude in nanodegrees, in [−90e9, 90e9]
 */
public record CanonicalPoint(long lonNanodeg, long latNanodeg) {

  /** Nanodegrees in one degree. */
  public static final long NANODEG_PER_DEG = 1_000_000_000L;

  private static final BigDecimal NANO = BigDecimal.valueOf(NANODEG_PER_DEG);

  public CanonicalPoint {
    if (latNanodeg < -90 * NANODEG_PER_DEG || latNanodeg > 90 * NANODEG_PER_DEG) {
      throw new GeoInputException("latitude " + latNanodeg + " nanodegrees is outside [-90°, 90°]");
    }
    if (lonNanodeg < -180 * NANODEG_PER_DEG || lonNanodeg > 180 * NANODEG_PER_DEG) {
      throw new GeoInputException("longitude " + lonNanodeg + " nanodegrees is outside [-180°, 180°]");
    }
  }

  /** The point rounded to the nearest nanodegree, ties to even. */
  public static CanonicalPoint of(GeoPoint p) {
    return new CanonicalPoint(toNanodeg(p.lonDeg()), toNanodeg(p.latDeg()));
  }

  /**
   * Parses decimal degrees written as text (e.g. {@code "45.123456789"}) to nanodegrees exactly, without
   * passing through binary floating point. More than nine decimals are refused rather than rounded, so that
   * nothing a party typed is silently changed.
   */
  public static long parseNanodeg(String decimalDegrees) {
    BigDecimal value;
    try {
      value = new BigDecimal(decimalDegrees.trim());
    } catch (NumberFormatException e) {
      throw new GeoInputException("not a decimal number of degrees: \"" + decimalDegrees + "\"", e);
    }
    try {
      return value.multiply(NANO).longValueExact();
    } catch (ArithmeticException e) {
      throw new GeoInputException(
          "\"" + decimalDegrees + "\" has more than nine decimals (finer than a nanodegree) or is too large", e);
    }
  }

  /** Degrees to nanodegrees, rounded to nearest with ties to even, exactly (via the double's decimal value). */
  public static long toNanodeg(double degrees) {
    if (!Double.isFinite(degrees)) {
      throw new GeoInputException("not a finite number of degrees: " + degrees);
    }
    return new BigDecimal(degrees).multiply(NANO).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  public GeoPoint toGeoPoint() {
    return new GeoPoint(latNanodeg / (double) NANODEG_PER_DEG, lonNanodeg / (double) NANODEG_PER_DEG);
  }

  /** Longitude as an exact decimal string, e.g. {@code "45.000000001"}. */
  public String lonText() {
    return BigDecimal.valueOf(lonNanodeg, 9).toPlainString();
  }

  /** Latitude as an exact decimal string. */
  public String latText() {
    return BigDecimal.valueOf(latNanodeg, 9).toPlainString();
  }
}
