package org.groma.app.io;

import java.util.regex.Pattern;
import org.groma.geo.GeoInputException;

/**
 * Strict decimal numbers as people and spreadsheets write them. {@link Double#parseDouble} would also take
 * Java literals such as {@code 0x1p5}, {@code 44.5d} or {@code 40.2f}, and {@code NaN} or {@code Infinity},
 * which in a coordinate file are typing errors, not numbers.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class DecimalNumbers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** A number written with a decimal comma ({@code 40,5}): refused unless the user says the file uses them. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

  private DecimalNumbers() {}

  /** The number written in {@code text}, or a {@link GeoInputException} saying {@code what} it should be. */
  public static double parse(String text, String what) {
    String t = text.strip();
    if (!DECIMAL.matcher(t).matches()) {
      throw new GeoInputException(what + " is not a decimal number: \"" + t + "\"");
    }
    return Double.parseDouble(t);
  }

  public static boolean isDecimal(String text) {
    return DECIMAL.matcher(text.strip()).matches();
  }

  /** True for {@code 40,5}: a decimal comma, which is only read when the user states it. */
  public static boolean hasDecimalComma(String text) {
    return DECIMAL_COMMA.matcher(text.strip()).matches();
  }
}
