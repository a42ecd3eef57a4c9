package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.groma.app.io.DecimalNumbers;
import org.groma.geo.GeoInputException;
import org.groma.geo.angle.DmsParser;
import org.junit.jupiter.api.Test;

/** The fast readers give exactly the values (or defer to exactly the errors) of the strict readers. */
class StrictDecimalTest {

  @Test
  void numbers_read_as_the_strict_reader_reads_them_to_the_bit() {
    Random rnd = new Random(1517);
    for (int i = 0; i < 300_000; i++) {
      String text = randomDecimal(rnd, true);
      double expected = DecimalNumbers.parse(text, "cell");
      double fast = StrictDecimal.parse(text, 0, text.length());
      if (fast == fast) {
        assertThat(Double.doubleToRawLongBits(fast)).as(text).isEqualTo(Double.doubleToRawLongBits(expected));
      }
      assertThat(Double.doubleToRawLongBits(Numbers.decimal(text, "cell")))
          .as(text).isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }

  @Test
  void anything_else_is_left_to_the_strict_reader() {
    for (String bad : new String[] {"", " ", ".", "+", "-", "1e", "1e+", "e5", "1.2.3", "0x1p5", "44.5d", "40.2f",
        "NaN", "Infinity", "1,5", "1 5", "١٢", "--1", "1e5.5", "\u00a01"}) {
      assertThat(StrictDecimal.parse(bad, 0, bad.length())).as(bad).isNaN();
      if (!DecimalNumbers.isDecimal(bad)) {
        assertThatThrownBy(() -> Numbers.decimal(bad, "cell")).isInstanceOf(GeoInputException.class)
            .hasMessage("cell is not a decimal number: \"" + bad.strip() + "\"");
      }
    }
    // Valid, if odd: the strict reader's values.
    for (String odd : new String[] {" 1.5\t", "1.", ".5", "-0", "-0.0e7", "1e400", "1e-400", "00012.50", "+7E+2",
        "123456789012345678901234567890", "0.000000000000000000000000000001", "9007199254740993"}) {
      double fast = StrictDecimal.parse(odd, 0, odd.length());
      double strict = DecimalNumbers.parse(odd, "cell");
      assertThat(Double.doubleToRawLongBits(Numbers.decimal(odd, "cell"))).as(odd)
          .isEqualTo(Double.doubleToRawLongBits(strict));
      if (fast == fast) {
        assertThat(Double.doubleToRawLongBits(fast)).as(odd).isEqualTo(Double.doubleToRawLongBits(strict));
      }
    }
  }

  @Test
  void angles_read_as_DmsParser_reads_them_to_the_bit() {
    Random rnd = new Random(42);
    int fastCount = 0;
    for (int i = 0; i < 300_000; i++) {
      String text = randomDecimal(rnd, false);
      double fast = StrictDecimal.angle(text, 180);
      double expected;
      try {
        expected = DmsParser.parseLongitude(text);
      } catch (GeoInputException e) {
        assertThat(fast).as(text + " refused by DmsParser: " + e.getMessage()).isNaN();
        continue;
      }
      if (fast == fast) {
        fastCount++;
        assertThat(Double.doubleToRawLongBits(fast)).as(text).isEqualTo(Double.doubleToRawLongBits(expected));
      }
      assertThat(Double.doubleToRawLongBits(Angles.longitude(text, "LON")))
          .as(text).isEqualTo(Double.doubleToRawLongBits(expected));
    }
    assertThat(fastCount).isGreaterThan(100_000);
    for (String edge : new String[] {"90", "-90", "90.0000000000001", "180", "-180.0", "0", "-0", "+0.0",
        "40.123456789012345678901", "40.5e1", "40.", ".5", "40,5", " 40.5", "−40.5"}) {
      assertThat(StrictDecimal.angle(edge, 90)).as(edge).isNaN();
    }
  }

  /** Decimal text of the kinds people and programs write, with and without exponents. */
  private static String randomDecimal(Random rnd, boolean exponents) {
    StringBuilder sb = new StringBuilder();
    switch (rnd.nextInt(3)) {
      case 0 -> sb.append('-');
      case 1 -> sb.append(rnd.nextInt(4) == 0 ? "+" : "");
      default -> { }
    }
    int intDigits = rnd.nextInt(4);
    for (int k = 0; k < intDigits; k++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    int fracDigits = rnd.nextInt(intDigits == 0 ? 23 : 24);
    if (intDigits == 0 && fracDigits == 0) {
      fracDigits = 1;
    }
    if (fracDigits > 0 || rnd.nextInt(10) == 0) {
      sb.append('.');
    }
    for (int k = 0; k < fracDigits; k++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    if (exponents && rnd.nextInt(5) == 0) {
      sb.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextBoolean() ? "-" : rnd.nextBoolean() ? "+" : "")
          .append(rnd.nextInt(30));
    }
    return sb.toString();
  }
}
