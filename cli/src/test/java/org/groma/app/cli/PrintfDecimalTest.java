package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PrintfDecimal writes what String.format("%.Nf") writes, near halves and for negative zeros included. */
class PrintfDecimalTest {

  @Test
  void matches_string_format_on_distances_angles_and_halves() {
    Random rnd = new Random(9);
    for (int i = 0; i < 400_000; i++) {
      double v = switch (i % 6) {
        case 0 -> rnd.nextDouble() * 2.1e7; // distances up to half the meridian and more
        case 1 -> -180 + rnd.nextDouble() * 360; // angles
        case 2 -> (rnd.nextLong(-2_000_000_000_000L, 2_000_000_000_000L) + 0.5) / 1e6; // halves at 6 decimals
        case 3 -> (rnd.nextLong(-180_000_000_000L, 180_000_000_000L) + 0.5) / 1e9; // halves at 9 decimals
        case 4 -> rnd.nextGaussian() * 1e-9; // rounds to zero, both signs
        default -> Double.longBitsToDouble(rnd.nextLong()); // anything, NaN and infinities included
      };
      for (int decimals : new int[] {6, 9}) {
        StringBuilder sb = new StringBuilder("x");
        PrintfDecimal.append(sb, v, decimals);
        assertThat(sb.substring(1)).as("%s at %d decimals", v, decimals)
            .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
      }
    }
  }

  @Test
  void keeps_the_minus_of_a_negative_that_rounds_to_zero() {
    StringBuilder sb = new StringBuilder();
    PrintfDecimal.append(sb, -0.0, 6);
    sb.append(' ');
    PrintfDecimal.append(sb, -1e-12, 9);
    sb.append(' ');
    PrintfDecimal.append(sb, 0.0, 9);
    assertThat(sb.toString()).isEqualTo("-0.000000 -0.000000000 0.000000000");
  }
}
