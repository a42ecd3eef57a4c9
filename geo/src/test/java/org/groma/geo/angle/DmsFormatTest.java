package org.groma.geo.angle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.groma.geo.angle.DmsFormat.Layout;
import org.groma.geo.angle.DmsFormat.SignMode;
import org.groma.geo.angle.DmsFormat.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DmsFormatTest {

  /** 40°30′15.123″ as the double nearest to it. */
  private static final double LAT = DmsParser.parse("40°30′15.123″").degrees();

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      DEGREES_MINUTES_SECONDS | UNICODE | 3  | 40°30′15.123″N     | -40°30′15.123″
      DEGREES_MINUTES_SECONDS | ASCII   | 3  | 40d30m15.123sN     | -40d30m15.123s
      DEGREES_MINUTES_SECONDS | SPACED  | 3  | 40 30 15.123 N     | -40 30 15.123
      DEGREES_MINUTES_SECONDS | COLON   | 3  | 40:30:15.123N      | -40:30:15.123
      DEGREES_MINUTES_SECONDS | RUSSIAN | 3  | 40°30′15,123″ с.ш. | -40°30′15,123″
      DEGREES_MINUTES_SECONDS | UNICODE | 0  | 40°30′15″N         | -40°30′15″
      DEGREES_MINUTES_SECONDS | UNICODE | 9  | 40°30′15.123000000″N | -40°30′15.123000000″
      DEGREES_MINUTES         | UNICODE | 3  | 40°30.252′N        | -40°30.252′
      DEGREES_MINUTES         | ASCII   | 3  | 40d30.252mN        | -40d30.252m
      DEGREES_MINUTES         | SPACED  | 3  | 40 30.252 N        | -40 30.252
      DEGREES_MINUTES         | COLON   | 3  | 40:30.252N         | -40:30.252
      DEGREES_MINUTES         | RUSSIAN | 3  | 40°30,252′ с.ш.    | -40°30,252′
      DEGREES                 | UNICODE | 6  | 40.504201°N        | -40.504201°
      DEGREES                 | ASCII   | 6  | 40.504201dN        | -40.504201d
      DEGREES                 | SPACED  | 6  | 40.504201 N        | -40.504201
      DEGREES                 | COLON   | 6  | 40.504201N         | -40.504201
      DEGREES                 | RUSSIAN | 6  | 40,504201° с.ш.    | -40,504201°
      DEGREES                 | UNICODE | 0  | 41°N               | -41°
      """)
  void writes_each_layout_and_style(Layout layout, Style style, int decimals, String north, String signedSouth) {
    DmsFormat format = new DmsFormat(layout, style, SignMode.HEMISPHERE, decimals);

    assertThat(format.formatLatitude(LAT)).isEqualTo(north);
    assertThat(format.withSignMode(SignMode.SIGN).formatLatitude(-LAT)).isEqualTo(signedSouth);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      UNICODE | 40°30′15.123″S | 45°10′05.000″W
      ASCII   | 40d30m15.123sS | 45d10m05.000sW
      SPACED  | 40 30 15.123 S | 45 10 05.000 W
      COLON   | 40:30:15.123S  | 45:10:05.000W
      RUSSIAN | 40°30′15,123″ ю.ш. | 45°10′05,000″ з.д.
      """)
  void writes_south_and_west_letters(Style style, String south, String west) {
    DmsFormat format = DmsFormat.dms(3).withStyle(style);

    assertThat(format.formatLatitude(-LAT)).isEqualTo(south);
    assertThat(format.formatLongitude(-DmsParser.parse("45°10′05″").degrees())).isEqualTo(west);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', textBlock = """
      40°30′59.9996″   | 3 | 40°31′00.000″N
      40°59′59.9996″   | 3 | 41°00′00.000″N
      89°59′59.9999″   | 3 | 90°00′00.000″N
      89°59′59.99996″  | 4 | 90°00′00.0000″N
      0°59′59.5000001″ | 0 | 1°00′00″N
      0°00′59.9999999996″ | 9 | 0°01′00.000000000″N
      5°03′07″         | 3 | 5°03′07.000″N
      """)
  void carries_rounding_into_minutes_and_degrees_and_never_writes_sixty(String angle, int decimals, String expected) {
    assertThat(DmsFormat.dms(decimals).formatLatitude(DmsParser.parse(angle).degrees())).isEqualTo(expected);
  }

  @Test
  void carries_decimal_minutes_and_degrees_too() {
    assertThat(DmsFormat.degreesMinutes(3).formatLongitude(DmsParser.parse("179°59.9996′").degrees()))
        .isEqualTo("180°00.000′E");
    assertThat(DmsFormat.decimalDegrees(3).formatLongitude(-179.9996)).isEqualTo("180.000°W");
  }

  /** Half-even on the double's exact decimal value, not on its shortest decimal representation. */
  @ParameterizedTest(name = "{0}° {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0.25     | DEGREES                 | 1 | 0.2°N
      0.75     | DEGREES                 | 1 | 0.8°N
      0.35     | DEGREES                 | 1 | 0.3°N
      0.125    | DEGREES_MINUTES         | 0 | 0°08′N
      0.375    | DEGREES_MINUTES         | 0 | 0°22′N
      0.00390625 | DEGREES_MINUTES_SECONDS | 3 | 0°00′14.062″N
      0.01171875 | DEGREES_MINUTES_SECONDS | 3 | 0°00′42.188″N
      0.00625  | DEGREES_MINUTES_SECONDS | 0 | 0°00′23″N
      """)
  void rounds_half_even_on_the_exact_value_of_the_double(double degrees, Layout layout, int decimals, String expected) {
    // 0.25 = 15′, 0.125 = 7.5′, 2^-8° = 14.0625″ and 3·2^-8° = 42.1875″ are exact ties; 0.35 and 0.00625 are not:
    // the double 0.35 is 0.34999…, and 0.00625 is 0.0062500000000000000347, i.e. 22.5000000000000001″, so it
    // rounds up where GeoConvert, which multiplies in floating point first, writes 22″.
    assertThat(new DmsFormat(layout, Style.UNICODE, SignMode.HEMISPHERE, decimals).formatLatitude(degrees))
        .isEqualTo(expected);
  }

  @Test
  void writes_a_value_that_rounds_to_zero_without_a_minus_sign_and_as_north_or_east() {
    assertThat(DmsFormat.dms(3).formatLatitude(-1e-10)).isEqualTo("0°00′00.000″N");
    assertThat(DmsFormat.dms(3).formatLongitude(-0.0)).isEqualTo("0°00′00.000″E");
    assertThat(DmsFormat.dms(3).withSignMode(SignMode.SIGN).formatLatitude(-1e-10)).isEqualTo("0°00′00.000″");
    assertThat(DmsFormat.dms(9).formatLatitude(-1e-10)).isEqualTo("0°00′00.000000360″S");
  }

  @Test
  void writes_an_angle_of_unknown_axis_with_a_sign() {
    assertThat(DmsFormat.dms(1).format(-245.5, Axis.UNKNOWN)).isEqualTo("-245°30′00.0″");
    assertThat(DmsFormat.dms(1).format(360, Axis.UNKNOWN)).isEqualTo("360°00′00.0″");
  }

  @Test
  void writes_a_point_latitude_first() {
    assertThat(DmsFormat.dms(1).format(new GeoPoint(-LAT, 45.5))).isEqualTo("40°30′15.1″S, 45°30′00.0″E");
  }

  @Test
  void refuses_values_outside_the_axis_and_non_finite_values() {
    assertThatThrownBy(() -> DmsFormat.dms(3).formatLatitude(90.000001))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("latitude 90.000001° is outside [-90°, 90°]");
    assertThatThrownBy(() -> DmsFormat.dms(3).formatLongitude(Double.NaN))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("longitude NaN° is outside [-180°, 180°]");
    assertThatThrownBy(() -> DmsFormat.dms(3).format(-360.5, Axis.UNKNOWN))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("angle -360.5° is outside [-360°, 360°]");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      DEGREES_MINUTES_SECONDS | 10 | decimals 10 is outside [0, 9] for DEGREES_MINUTES_SECONDS
      DEGREES_MINUTES         | 12 | decimals 12 is outside [0, 11] for DEGREES_MINUTES
      DEGREES                 | 14 | decimals 14 is outside [0, 13] for DEGREES
      DEGREES                 | -1 | decimals -1 is outside [0, 13] for DEGREES
      """)
  void refuses_more_decimals_than_a_double_carries(Layout layout, int decimals, String message) {
    assertThatThrownBy(() -> new DmsFormat(layout, Style.UNICODE, SignMode.HEMISPHERE, decimals))
        .isInstanceOf(GeoInputException.class)
        .hasMessage(message);
  }
}
