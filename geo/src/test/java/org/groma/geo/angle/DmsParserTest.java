package org.groma.geo.angle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import java.util.stream.Stream;
import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DmsParserTest {

  static Stream<Arguments> validCases() {
    return Fixture.cases("valid_dms.txt", 3);
  }

  /** The expected value is the exact one to 30 digits; the parsed double must be the double nearest to it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void reads_each_valid_form_to_the_nearest_double(String input, String expectedDegrees, String axis) {
    ParsedAngle angle = DmsParser.parse(input);

    assertThat(angle.degrees()).isEqualTo(Double.parseDouble(expectedDegrees));
    assertThat(angle.axis()).isEqualTo(Axis.valueOf(axis));
  }

  static Stream<Arguments> errorCases() {
    return Fixture.cases("error_dms.txt", 3);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("errorCases")
  void refuses_bad_input_with_a_message_naming_the_part_and_position(String method, String input, String message) {
    assertThatThrownBy(() -> {
          switch (method) {
            case "parse" -> DmsParser.parse(input);
            case "latitude" -> DmsParser.parseLatitude(input);
            case "longitude" -> DmsParser.parseLongitude(input);
            case "point" -> DmsParser.parsePoint(input);
            default -> throw new IllegalStateException("unknown method in error_dms.txt: " + method);
          }
        })
        .isInstanceOf(GeoInputException.class)
        .hasMessage(message);
  }

  @Test
  void keeps_positions_of_the_raw_text_with_surrounding_and_unicode_spaces() {
    // no-break space U+00A0, thin space U+2009, narrow no-break space U+202F, as typeset tables use
    assertThat(DmsParser.parseLatitude("\u00a040°\u200930′\u202f15″\u00a0N  ")).isEqualTo(40 + 30 / 60.0 + 15 / 3600.0);
    assertThatThrownBy(() -> DmsParser.parse("  40°75′"))
        .hasMessage("\"  40°75′\": minutes 75 at position 5 must be less than 60");
    assertThatThrownBy(() -> DmsParser.parse(" \t "))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("\" \t \": no angle given");
  }

  @Test
  void refuses_null_as_a_programming_error() {
    assertThatThrownBy(() -> DmsParser.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void reads_latitudes_and_longitudes_signed_or_with_the_right_letters() {
    assertThat(DmsParser.parseLatitude("40°30′ ю.ш.")).isEqualTo(-40.5);
    assertThat(DmsParser.parseLatitude("-40.5")).isEqualTo(-40.5);
    assertThat(DmsParser.parseLatitude("90S")).isEqualTo(-90.0);
    assertThat(DmsParser.parseLongitude("W 45:30")).isEqualTo(-45.5);
    assertThat(DmsParser.parseLongitude("180")).isEqualTo(180.0);
    assertThat(DmsParser.parseLongitude("-180")).isEqualTo(-180.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      40°30′15″N 45°10′05″E              | 40.50416666666666666667 | 45.16805555555555555556
      45°10′05″E 40°30′15″N              | 40.50416666666666666667 | 45.16805555555555555556
      N40°30′15″ E45°10′05″              | 40.50416666666666666667 | 45.16805555555555555556
      40°30′15″N, 45°10′05″E             | 40.50416666666666666667 | 45.16805555555555555556
      40,5N; 45,25W                      | 40.5                    | -45.25
      40 30 15 S 45 10 05 W              | -40.50416666666666666667 | -45.16805555555555555556
      45°10′05,5″ в.д., 40°30′15,5″ с.ш. | 40.50430555555555555556 | 45.16819444444444444444
      S 0.5 W 0.25                       | -0.5                    | -0.25
      40d30m15sN 45d10m5sE               | 40.50416666666666666667 | 45.16805555555555555556
      40N E45                            | 40                      | 45
      """)
  void reads_points_in_either_order_with_axes_from_the_letters(String input, String lat, String lon) {
    assertThat(DmsParser.parsePoint(input))
        .isEqualTo(new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon)));
  }

  @Test
  void rounds_exact_ties_to_even_in_the_final_conversion() {
    BigInteger twoTo53 = BigInteger.TWO.pow(53);
    // 2^53 + 1 lies halfway between the doubles 2^53 and 2^53 + 2: the even one wins
    assertThat(DmsParser.nearestDouble(twoTo53.add(BigInteger.ONE), BigInteger.ONE)).isEqualTo(0x1p53);
    assertThat(DmsParser.nearestDouble(twoTo53.add(BigInteger.valueOf(3)), BigInteger.ONE)).isEqualTo(0x1p53 + 4);
  }

  /** Guards the sticky bit: here the truncated integer quotient is exactly a halfway point, the exact one is not. */
  @Test
  void rounds_up_a_quotient_a_hair_above_halfway() {
    BigInteger den = BigInteger.valueOf(3);
    BigInteger halfway = BigInteger.TWO.pow(53).add(BigInteger.ONE).shiftLeft(20); // between 2^73 and 2^73 + 2^21
    BigInteger justAbove = halfway.multiply(den).add(BigInteger.ONE);

    assertThat(DmsParser.nearestDouble(justAbove, den)).isEqualTo(0x1p73 + 0x1p21);
    assertThat(DmsParser.nearestDouble(justAbove.negate(), den)).isEqualTo(-0x1p73 - 0x1p21);
  }

  @Test
  void final_conversion_matches_a_correctly_rounded_high_precision_quotient() {
    Random random = new Random(1942);
    for (int i = 0; i < 20_000; i++) {
      BigInteger num = new BigInteger(1 + random.nextInt(120), random).subtract(BigInteger.TWO.pow(20));
      BigInteger den = new BigInteger(1 + random.nextInt(100), random).add(BigInteger.ONE);
      // A quotient of these sizes is a halfway point between doubles or at least ~1e-47 (relative) away from
      // one, so 200 digits round to the same double as the exact value
      double expected = new BigDecimal(num).divide(new BigDecimal(den), new MathContext(200)).doubleValue();
      assertThat(DmsParser.nearestDouble(num, den)).as("%s / %s", num, den).isEqualTo(expected);
    }
  }
}
