package org.groma.app.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.groma.geo.angle.Axis;
import org.groma.geo.angle.DmsFormat;

/**
 * The precision of every number in a turning-point table, in one place (documented in docs/delimitation.md).
 * All rounding is half even on the exact value of the double, done once.
 */
final class TableNumbers {

  /** Metres to the millimetre: lengths, cumulative distances, grid coordinates. */
  static final int METRE_DECIMALS = 3;

  /** Decimal degrees to 1e-9° (about 0.1 mm), the journal's canonical nanodegree. */
  static final int DEGREE_DECIMALS = 9;

  /** Latitude and longitude in DMS to 0.001″ (about 3 cm): the precision of published treaty tables. */
  static final DmsFormat COORDINATE_DMS = DmsFormat.dms(3);

  /** Azimuths in DMS to 0.1″. */
  static final int AZIMUTH_SECOND_DECIMALS = 1;

  private static final DmsFormat AZIMUTH_DMS = DmsFormat.dms(AZIMUTH_SECOND_DECIMALS);

  private TableNumbers() {}

  static BigDecimal metres(double m) {
    return fixed(m, METRE_DECIMALS);
  }

  static BigDecimal degrees(double deg) {
    return fixed(deg, DEGREE_DECIMALS);
  }

  static BigDecimal fixed(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
  }

  /**
   * An azimuth in [0°, 360°) in DMS to 0.1″; a value that rounds to 360° is written 0°00′00.0″, the same
   * direction.
   */
  static String azimuthDms(double azimuthDeg) {
    String s = AZIMUTH_DMS.format(azimuthDeg, Axis.UNKNOWN);
    return s.startsWith("360°") ? "0°" + s.substring(4) : s;
  }

  /** An azimuth in decimal degrees to 1e-9°, 360 folded to 0. */
  static BigDecimal azimuthDegrees(double azimuthDeg) {
    BigDecimal d = degrees(azimuthDeg);
    return d.compareTo(BigDecimal.valueOf(360)) >= 0 ? d.subtract(BigDecimal.valueOf(360)) : d;
  }

  static String text(BigDecimal d) {
    return d.toPlainString();
  }

  static String text(OptionalDouble d, java.util.function.DoubleFunction<String> f) {
    return d.isPresent() ? f.apply(d.getAsDouble()) : "";
  }
}
