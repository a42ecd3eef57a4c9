package org.groma.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedDecimalTest {

  @Test
  void matches_exact_half_even_rounding_on_seeded_coordinates_and_ties() {
    Random rnd = new Random(6);
    for (int i = 0; i < 300_000; i++) {
      double v = switch (i % 4) {
        case 0 -> 8_000_000 + rnd.nextDouble() * 1_000_000; // easting with zone prefix
        case 1 -> -180 + rnd.nextDouble() * 360; // longitude
        case 2 -> (rnd.nextLong(-1_000_000_000L, 1_000_000_000L) + 0.5) / 1e6; // near-ties at 6 decimals
        default -> rnd.nextGaussian() * 1e-6; // tiny, both signs
      };
      int decimals = i % 4 == 1 ? 11 : 6;
      StringBuilder sb = new StringBuilder();
      FixedDecimal.append(sb, v, decimals);
      assertThat(sb.toString()).as("%s at %d decimals", v, decimals)
          .isEqualTo(new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }
  }

  @Test
  void writes_small_and_huge_values() {
    StringBuilder sb = new StringBuilder();
    FixedDecimal.append(sb, 0.000001, 6);
    sb.append(' ');
    FixedDecimal.append(sb, -0.5e-6, 6);
    sb.append(' ');
    FixedDecimal.append(sb, 1e20, 2);
    assertThat(sb.toString()).isEqualTo("0.000001 0.000000 100000000000000000000.00");
  }
}
