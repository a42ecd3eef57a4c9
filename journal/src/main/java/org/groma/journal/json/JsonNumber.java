package org.groma.journal.json;

/**
 * A JSON number: a finite IEEE 754 binary64 value, the I-JSON and JCS number model (RFC 7493 §2.2,
 * RFC 8785 §3.2.2.3). Negative zero is kept as given but serializes as {@code 0}, as JCS requires.
 *
 * <h2>Limitations</h2>
 * Integers are exact only up to {@link #MAX_EXACT_INTEGER}; {@link #of(long)} refuses
 * larger ones instead of rounding them.
 *
 * @param value a finite double
 */
public record JsonNumber(double value) implements Json {
  /**
   * 2<sup>53</sup> − 1, the largest integer n such that n and n + 1 are both exact binary64 values
   * (ECMAScript's Number.MAX_SAFE_INTEGER, the I-JSON interoperable range of RFC 7493 §2.2). Beyond it two
   * different integers can have the same encoding, so a signed number could silently change.
   */
  public static final long MAX_EXACT_INTEGER = (1L << 53) - 1;

  public JsonNumber {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON numbers must be finite, got " + value);
    }
  }

  /** An exact integer; refuses |value| > {@link #MAX_EXACT_INTEGER}. */
  public static JsonNumber of(long value) {
    if (value > MAX_EXACT_INTEGER || value < -MAX_EXACT_INTEGER) {
      throw new IllegalArgumentException(
          "integer " + value + " is beyond ±(2^53 − 1) and cannot be represented exactly in JSON");
    }
    return new JsonNumber(value);
  }

  public static JsonNumber of(double value) {
    return new JsonNumber(value);
  }

  /** Whether the value is an integer within ±{@link #MAX_EXACT_INTEGER}. */
  public boolean isExactInteger() {
    return value == Math.rint(value) && Math.abs(value) <= MAX_EXACT_INTEGER;
  }

  /**
   * The value as a long.
   *
   * @throws ArithmeticException when it is not an integer within ±{@link #MAX_EXACT_INTEGER}
   */
  public long longValueExact() {
    if (!isExactInteger()) {
      throw new ArithmeticException("not an exact integer: " + this);
    }
    return (long) value;
  }

  @Override
  public String kind() {
    return "number";
  }

  @Override
  public String toString() {
    return NumberFormatter.format(value);
  }
}
