package org.groma.app.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a double with a fixed number of decimals, rounded half-even on its exact binary value, fast
 * enough for a million coordinates ({@code String.format} parses its pattern on every call and dominated
 * the time of {@code groma geo transform}).
 *
 * <h2>Algorithm</h2>
 * Scale by 10^d in double arithmetic and round to an integer. The product carries a
 * rounding error of at most one ulp, which can only change the result when the scaled value lies within that
 * error of a half; those rare cases, and values too large for the fast path, are done exactly with
 * {@link BigDecimal}. The output is therefore always the correctly rounded decimal.
 */
final class FixedDecimal {

  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

  /**
   * Largest scaled value of the fast path: 2^45, whose ulp is 2^-7, so the product's rounding error (half
   * an ulp, 0.004) stays below {@link #TIE_GUARD}. It covers eastings with a zone prefix (8.5e6 m) at six
   * decimals and longitudes at eleven.
   */
  private static final double FAST_LIMIT = 0x1p45;

  /** Distance from a half within which the exact path decides; above the largest product error. */
  private static final double TIE_GUARD = 0.01;

  private FixedDecimal() {}

  static void append(StringBuilder out, double v, int decimals) {
    double scaled = v * POWERS[decimals];
    double frac = Math.abs(scaled - Math.floor(scaled) - 0.5);
    if (!(Math.abs(scaled) < FAST_LIMIT) || frac < TIE_GUARD) {
      out.append(new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
      return;
    }
    long units = (long) Math.rint(scaled);
    if (units < 0) {
      out.append('-');
      units = -units;
    }
    String digits = Long.toString(units);
    if (decimals == 0) {
      out.append(digits);
      return;
    }
    int intLen = digits.length() - decimals;
    if (intLen <= 0) {
      out.append("0.");
      out.repeat('0', -intLen);
      out.append(digits);
    } else {
      out.append(digits, 0, intLen).append('.').append(digits, intLen, digits.length());
    }
  }
}
