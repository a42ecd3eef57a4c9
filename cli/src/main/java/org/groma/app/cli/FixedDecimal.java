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

  /** 10^0 to 10^12, exact as doubles. */
  static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

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
    appendUnits(out, units, decimals);
  }

  /**
   * Writes {@code units}·10^-decimals (units ≥ 0) with exactly {@code decimals} decimals, digit by digit
   * without a String per number.
   */
  static void appendUnits(StringBuilder out, long units, int decimals) {
    int digits = 1;
    for (long rest = units / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int width = Math.max(digits, decimals + 1); // at least one digit before the point
    int start = out.length();
    int end = start + width + (decimals > 0 ? 1 : 0);
    out.setLength(end);
    int pos = end;
    for (int i = 0; i < width; i++) {
      if (i == decimals && decimals > 0) {
        out.setCharAt(--pos, '.');
      }
      out.setCharAt(--pos, (char) ('0' + units % 10));
      units /= 10;
    }
  }
}
