package org.groma.app.cli;

import java.util.regex.Pattern;
import org.groma.geo.GeoInputException;

/**
 * Strict decimal numbers as people and spreadsheets write them. {@link Double#parseDouble} would also take
 * Java literals such as {@code 0x1p5}, {@code 44.5d} or {@code 40.2f}, which in a coordinate file are typing
 * errors, not numbers.
 */
final class Numbers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private Numbers() {}

  /** The number written in {@code text}, or a {@link GeoInputException} saying {@code what} it should be. */
  static double decimal(String text, String what) {
    String t = text.strip();
    if (!DECIMAL.matcher(t).matches()) {
      throw new GeoInputException(what + " is not a decimal number: \"" + t + "\"");
    }
    return Double.parseDouble(t);
  }

  static boolean isDecimal(String text) {
    return DECIMAL.matcher(text.strip()).matches();
  }
}
