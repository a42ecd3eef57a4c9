package org.groma.journal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Serializes a binary64 value as ECMAScript's Number::toString does (ECMA-262 §6.1.6.1.20), the number
 * form RFC 8785 §3.2.2.3 requires.
 *
 * <h2>Algorithm</h2>
 * ECMAScript asks for the decimal s × 10<sup>n−k</sup> with the fewest digits k that
 * rounds to the value, the closest such one when several exist (ties to even s), then lays it out by n and
 * k. Java's {@link Double#toString(double)} (JDK 19 and later, Giulietti's algorithm) gives the shortest
 * closest decimal too, except that it never gives fewer than two significant digits: where one digit
 * would do (2<sup>−1074</sup> prints as "4.9E-324", ECMAScript's "5e-324") both one-digit neighbours are
 * tried and the closer one that rounds back to the value is taken. The digits and exponent are then laid
 * out by the four cases of Number::toString.
 *
 * <h2>Accuracy</h2>
 * Exact; checked against RFC 8785 Appendix B and against a brute-force shortest-digits
 * search over seeded random doubles in the tests.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class NumberFormatter {
  /** ECMAScript switches to exponent notation from 10^21 up (Number::toString step 7, n ≤ 21). */
  private static final int MAX_PLAIN_EXPONENT = 21;
  /** ...and below 10^−6 (step 9, −6 < n ≤ 0). */
  private static final int MIN_PLAIN_EXPONENT = -6;
  /** Integers below 2^53 print as their decimal digits; this is a fast path for the common case. */
  private static final double FAST_INTEGER_LIMIT = 9007199254740992.0;

  private NumberFormatter() {
  }

  static String format(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("JSON numbers must be finite, got " + v);
    }
    if (v == 0) {
      return "0"; // both +0 and −0 (Number::toString step 2)
    }
    if (v == Math.rint(v) && Math.abs(v) < FAST_INTEGER_LIMIT) {
      return Long.toString((long) v);
    }
    if (v < 0) {
      return "-" + formatPositive(-v);
    }
    return formatPositive(v);
  }

  private static String formatPositive(double v) {
    Decimal d = shortestDecimal(v);
    return layout(d.digits, d.pointPosition);
  }

  /** Digits s (no leading or trailing zeros) and n such that the value is 0.s × 10^n. */
  private record Decimal(String digits, int pointPosition) {
  }

  private static Decimal shortestDecimal(double v) {
    Decimal d = fromJavaString(Double.toString(v));
    if (d.digits.length() == 2) {
      Decimal one = oneDigit(v, d);
      if (one != null) {
        return one;
      }
    }
    return d;
  }

  private static Decimal fromJavaString(String s) {
    int e = s.indexOf('E');
    String mantissa = e < 0 ? s : s.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
    int dot = mantissa.indexOf('.');
    String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
    String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
    String digits = intPart + fracPart;
    int point = intPart.length() + exponent;
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    digits = digits.substring(lead);
    point -= lead;
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return new Decimal(digits.substring(0, end), point);
  }

  /** The closest one-digit decimal that rounds back to v, or null if none does. */
  private static Decimal oneDigit(double v, Decimal twoDigits) {
    BigDecimal approx = new BigDecimal(new BigInteger(twoDigits.digits), -(twoDigits.pointPosition - 2));
    BigDecimal exact = new BigDecimal(v);
    BigDecimal best = null;
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal candidate = approx.round(new MathContext(1, mode));
      if (candidate.signum() == 0 || Double.parseDouble(candidate.toString()) != v) {
        continue;
      }
      if (best == null) {
        best = candidate;
        continue;
      }
      int cmp = candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs());
      if (cmp < 0 || (cmp == 0 && !candidate.unscaledValue().testBit(0))) {
        best = candidate;
      }
    }
    if (best == null) {
      return null;
    }
    BigDecimal stripped = best.stripTrailingZeros();
    String digits = stripped.unscaledValue().toString();
    return new Decimal(digits, digits.length() - stripped.scale());
  }

  private static String layout(String digits, int n) {
    int k = digits.length();
    StringBuilder sb = new StringBuilder(k + 8);
    if (k <= n && n <= MAX_PLAIN_EXPONENT) {
      sb.append(digits);
      sb.repeat('0', n - k);
    } else if (0 < n && n <= MAX_PLAIN_EXPONENT) {
      sb.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (MIN_PLAIN_EXPONENT < n && n <= 0) {
      sb.append("0.");
      sb.repeat('0', -n);
      sb.append(digits);
    } else {
      int e = n - 1;
      sb.append(digits.charAt(0));
      if (k > 1) {
        sb.append('.').append(digits, 1, k);
      }
      sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return sb.toString();
  }
}
