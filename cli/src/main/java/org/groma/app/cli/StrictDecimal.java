package org.groma.app.cli;

import org.groma.app.io.DecimalNumbers;

/**
 * Reads the strict decimal numbers of {@link DecimalNumbers} straight from a line of text, without a String
 * per cell or a regular expression, for the commands that read millions of them ({@code geo transform}, the
 * {@code --batch} modes).
 *
 * <p>It never decides alone that text is bad: it returns {@link Double#NaN} ("not read here") for anything
 * outside its fast path, and the caller then reads the cell with the one strict reader
 * ({@link Numbers#decimal} or {@link Angles}), which gives the value or the error message. A valid number is
 * never NaN, so the sentinel cannot hide one. The value, when returned, is the one {@link Double#parseDouble}
 * gives: the double nearest the decimal, ties to even.
 *
 * <h2>Algorithm</h2>
 * Up to 18 significant digits are gathered into a long. When that integer is below 2^53
 * and the power of ten is at most 22, both are exact doubles and one multiplication or division rounds
 * correctly (Clinger's fast path); other numbers go to {@link Double#parseDouble} on the cell.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class StrictDecimal {

  private static final double[] POWERS = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /** Integers below this are exact doubles. */
  private static final long EXACT_LIMIT = 1L << 53;

  /** Fraction digits an angle may have on the fast path; {@code DmsParser} itself allows 30. */
  private static final int ANGLE_FRACTION_DIGITS = 20;

  private StrictDecimal() {}

  /**
   * The number {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?} written in {@code text[from, to)} between ASCII
   * spaces or tabs, or NaN when the fast path cannot tell (the caller asks {@link Numbers#decimal}).
   */
  static double parse(CharSequence text, int from, int to) {
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return scan(text, from, to, true);
  }

  /**
   * A plain decimal angle {@code [+-]?\d+(\.\d+)?}, non-zero and of magnitude below {@code bound}, exactly as
   * {@code DmsParser} reads it; NaN for anything else (zero keeps its sign there, bounds and DMS notations are
   * {@code DmsParser}'s to judge), so that the caller asks {@link Angles}.
   */
  static double angle(CharSequence text, double bound) {
    int n = text.length();
    int i = 0;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return Double.NaN;
    }
    if (i < n) {
      if (text.charAt(i) != '.' || i + 1 == n || n - i - 1 > ANGLE_FRACTION_DIGITS) {
        return Double.NaN;
      }
      for (int k = i + 1; k < n; k++) {
        if (!isDigit(text.charAt(k))) {
          return Double.NaN;
        }
      }
    }
    double v = scan(text, 0, n, false);
    return v != 0 && Math.abs(v) < bound ? v : Double.NaN;
  }

  /** The grammar scan and value; {@code exponent} allows an exponent part. */
  private static double scan(CharSequence text, int from, int to, boolean exponent) {
    int i = from;
    boolean negative = false;
    if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int scale = 0; // power of ten to apply to the mantissa
    int intDigits = 0;
    while (i < to && isDigit(text.charAt(i))) {
      int d = text.charAt(i) - '0';
      if (significant < 18) {
        mantissa = mantissa * 10 + d;
        significant += mantissa == 0 ? 0 : 1;
      } else {
        return slow(text, from, to);
      }
      intDigits++;
      i++;
    }
    int fracDigits = 0;
    if (i < to && text.charAt(i) == '.') {
      i++;
      while (i < to && isDigit(text.charAt(i))) {
        int d = text.charAt(i) - '0';
        if (significant < 18) {
          mantissa = mantissa * 10 + d;
          significant += mantissa == 0 ? 0 : 1;
          scale--;
        } else {
          return slow(text, from, to);
        }
        fracDigits++;
        i++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return Double.NaN;
    }
    if (i < to && exponent && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      int start = i;
      int e = 0;
      while (i < to && isDigit(text.charAt(i))) {
        if (i - start >= 6) {
          return slow(text, from, to);
        }
        e = e * 10 + (text.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return Double.NaN;
      }
      scale += negativeExponent ? -e : e;
    }
    if (i != to) {
      return Double.NaN;
    }
    if (mantissa == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (mantissa >= EXACT_LIMIT || scale < -22 || scale > 22) {
      return slow(text, from, to);
    }
    double v = scale < 0 ? mantissa / POWERS[-scale] : mantissa * POWERS[scale];
    return negative ? -v : v;
  }

  /**
   * A number the grammar scan has not refused but whose value needs the full algorithm: NaN when the rest of
   * the text does not fit the grammar either, so that the strict reader words the error.
   */
  private static double slow(CharSequence text, int from, int to) {
    String cell = text.subSequence(from, to).toString();
    return DecimalNumbers.isDecimal(cell) ? Double.parseDouble(cell) : Double.NaN;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
