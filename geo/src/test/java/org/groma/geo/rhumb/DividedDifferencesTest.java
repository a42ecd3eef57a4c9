package org.groma.geo.rhumb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The divided differences against their definition where that is well conditioned (arguments far apart),
 * and against the derivative where they meet.
 */
class DividedDifferencesTest {

  /** Relative agreement expected where the naive quotient has not lost digits (arguments ≥ 0.1 apart). */
  private static final double RELATIVE = 1e-13;

  /** Krüger-like coefficients of decreasing size, c[0] unused, as the series use them. */
  private static final double[] C = {0, 0.3, -0.07, 0.011, 0.004, -0.0009, 0.0002};

  @Test
  void clenshaw_sine_series_difference_equals_the_term_by_term_quotient() {
    Random rnd = new Random(11);
    for (int i = 0; i < 1000; i++) {
      double x = rnd.nextDouble(-Math.PI / 2, Math.PI / 2);
      double y = rnd.nextDouble(-Math.PI / 2, Math.PI / 2);
      if (Math.abs(x - y) < 0.1) {
        continue;
      }
      double naive = (sinSeries(x) - sinSeries(y)) / (x - y);
      assertThat(DividedDifferences.sinSeries(x, y, C)).as("x=%s y=%s", x, y)
          .isCloseTo(naive, within(RELATIVE * Math.max(1, Math.abs(naive))));
    }
  }

  @Test
  void clenshaw_sine_series_difference_tends_to_the_derivative() {
    for (double x : new double[] {-1.5, -0.7, 0, 0.3, 1.2, Math.PI / 2}) {
      double derivative = 0;
      for (int j = 1; j < C.length; j++) {
        derivative += C[j] * 2 * j * Math.cos(2 * j * x);
      }
      assertThat(DividedDifferences.sinSeries(x, x, C)).isCloseTo(derivative, within(1e-15));
      // A nanoradian apart the naive quotient keeps only 7 digits; the divided difference keeps them all.
      assertThat(DividedDifferences.sinSeries(x, x + 1e-9, C)).isCloseTo(derivative, within(1e-8));
    }
  }

  @Test
  void atan_and_asinh_differences_equal_the_quotient_and_the_derivative() {
    Random rnd = new Random(12);
    for (int i = 0; i < 1000; i++) {
      double x = Math.tan(rnd.nextDouble(-1.5, 1.5));
      double y = Math.tan(rnd.nextDouble(-1.5, 1.5));
      if (Math.abs(Math.atan(x) - Math.atan(y)) < 0.1) {
        continue;
      }
      double atan = (Math.atan(x) - Math.atan(y)) / (x - y);
      double asinh = (DividedDifferences.asinh(x) - DividedDifferences.asinh(y)) / (x - y);
      assertThat(DividedDifferences.atan(x, y)).isCloseTo(atan, within(RELATIVE * atan));
      assertThat(DividedDifferences.asinh(x, y)).isCloseTo(asinh, within(RELATIVE * asinh));
    }
    assertThat(DividedDifferences.atan(2, 2)).isEqualTo(1 / 5.0);
    assertThat(DividedDifferences.asinh(2, 2)).isCloseTo(1 / Math.sqrt(5), within(1e-16));
  }

  @Test
  void asinh_is_odd_and_exact_at_small_and_large_arguments() {
    assertThat(DividedDifferences.asinh(1e-300)).isEqualTo(1e-300);
    assertThat(DividedDifferences.asinh(-0.0)).isEqualTo(-0.0);
    assertThat(DividedDifferences.asinh(1e15)).isCloseTo(Math.log(2e15), within(1e-14));
    assertThat(DividedDifferences.asinh(-3)).isEqualTo(-DividedDifferences.asinh(3));
  }

  private static double sinSeries(double x) {
    double sum = 0;
    for (int j = 1; j < C.length; j++) {
      sum += C[j] * Math.sin(2 * j * x);
    }
    return sum;
  }
}
