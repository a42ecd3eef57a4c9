package org.groma.app.cli;

import org.groma.app.io.DecimalNumbers;
import org.groma.geo.GeoInputException;

/** Strict decimal numbers on the command line: the same rules as the file readers ({@link DecimalNumbers}). */
final class Numbers {

  private Numbers() {}

  /** The number written in {@code text}, or a {@link GeoInputException} saying {@code what} it should be. */
  static double decimal(String text, String what) {
    double fast = StrictDecimal.parse(text, 0, text.length());
    return fast == fast ? fast : DecimalNumbers.parse(text, what);
  }

  static boolean isDecimal(String text) {
    return DecimalNumbers.isDecimal(text);
  }
}
