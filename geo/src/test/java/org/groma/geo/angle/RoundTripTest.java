package org.groma.geo.angle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.groma.geo.GeoPoint;
import org.groma.geo.angle.DmsFormat.Layout;
import org.groma.geo.angle.DmsFormat.SignMode;
import org.groma.geo.angle.DmsFormat.Style;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Format then parse, for every layout, style, sign mode and number of decimals, on seeded random angles. */
class RoundTripTest {

  private static final long SEED = 20240515L;
  private static final int ANGLES_PER_CASE = 300;

  static Stream<Arguments> formats() {
    List<Arguments> all = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (Style style : Style.values()) {
        for (SignMode signMode : SignMode.values()) {
          all.add(Arguments.of(layout, style, signMode));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("formats")
  void reads_back_what_it_writes_within_half_a_unit_of_the_last_decimal(Layout layout, Style style, SignMode signMode) {
    Random random = new Random(SEED ^ (layout.ordinal() * 31L + style.ordinal()) * 2 + signMode.ordinal());
    for (int decimals = 0; decimals <= layout.maxDecimals(); decimals++) {
      DmsFormat format = new DmsFormat(layout, style, signMode, decimals);
      double step = Math.pow(10, -decimals) / switch (layout) {
        case DEGREES -> 1;
        case DEGREES_MINUTES -> 60;
        case DEGREES_MINUTES_SECONDS -> 3600;
      };
      for (Axis axis : List.of(Axis.LATITUDE, Axis.LONGITUDE, Axis.UNKNOWN)) {
        for (double x : angles(random, axis.maxDeg(), step)) {
          String text = format.format(x, axis);
          double back = switch (axis) {
            case LATITUDE -> DmsParser.parseLatitude(text);
            case LONGITUDE -> DmsParser.parseLongitude(text);
            case UNKNOWN -> DmsParser.parse(text).degrees();
          };
          // The text is within half a step of x, and the parse is within half an ulp of the text.
          assertThat(Math.abs(back - x)).as("%s → %s → %s", x, text, back).isLessThanOrEqualTo(step / 2 + Math.ulp(x));
          assertThat(format.format(back, axis)).as("rewriting %s", text).isEqualTo(text);
        }
      }
      if (signMode == SignMode.HEMISPHERE) {
        for (int i = 0; i < 20; i++) {
          GeoPoint p = new GeoPoint(uniform(random, 90), uniform(random, 180));
          GeoPoint back = DmsParser.parsePoint(format.format(p));
          assertThat(Math.abs(back.latDeg() - p.latDeg())).isLessThanOrEqualTo(step / 2 + Math.ulp(90.0));
          assertThat(Math.abs(back.lonDeg() - p.lonDeg())).isLessThanOrEqualTo(step / 2 + Math.ulp(180.0));
        }
      }
    }
  }

  /** Uniform angles over the full range, the ends of the range, and angles a hair either side of a rounding tie. */
  private static List<Double> angles(Random random, int maxDeg, double step) {
    List<Double> out = new ArrayList<>(List.of(0.0, -0.0, (double) maxDeg, (double) -maxDeg));
    for (int i = 0; i < ANGLES_PER_CASE; i++) {
      out.add(uniform(random, maxDeg));
    }
    for (int i = 0; i < ANGLES_PER_CASE / 3; i++) {
      double tie = (Math.floor(uniform(random, maxDeg) / step) + 0.5) * step;
      if (Math.abs(tie) < maxDeg) {
        out.add(Math.nextUp(tie));
        out.add(Math.nextDown(tie));
      }
    }
    return out;
  }

  private static double uniform(Random random, int maxDeg) {
    return (random.nextDouble() * 2 - 1) * maxDeg;
  }
}
