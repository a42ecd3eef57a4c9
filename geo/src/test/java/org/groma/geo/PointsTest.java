package org.groma.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NaN    | 45    | latitude is not a finite number: NaN",
      "90.5   | 45    | latitude 90.5° is outside [-90°, 90°]",
      "-91    | 45    | latitude -91.0° is outside [-90°, 90°]",
      "40     | 180.1 | longitude 180.1° is outside [-180°, 180°]",
      "40     | Infinity | longitude is not a finite number: Infinity",
  })
  void invalid_points_are_refused_with_the_value_named(double lat, double lon, String message) {
    assertThatThrownBy(() -> new GeoPoint(lat, lon)).isInstanceOf(GeoInputException.class).hasMessage(message);
  }

  @Test
  void lon_lat_factory_does_not_swap_the_axes() {
    GeoPoint p = GeoPoint.ofLonLat(45.5, 40.25);
    assertThat(p.latDeg()).isEqualTo(40.25);
    assertThat(p.lonDeg()).isEqualTo(45.5);
  }

  @Test
  void canonical_form_round_trips_exactly_over_seeded_random_nanodegrees() {
    Random rnd = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      long lon = rnd.nextLong(-180_000_000_000L, 180_000_000_001L);
      long lat = rnd.nextLong(-90_000_000_000L, 90_000_000_001L);
      CanonicalPoint c = new CanonicalPoint(lon, lat);
      assertThat(c.toGeoPoint().toCanonical()).isEqualTo(c);
    }
    for (long extreme : List.of(-180_000_000_000L, 180_000_000_000L, 0L, 1L, -1L)) {
      CanonicalPoint c = new CanonicalPoint(extreme, extreme / 2);
      assertThat(c.toGeoPoint().toCanonical()).isEqualTo(c);
    }
  }

  @Test
  void canonical_form_rounds_to_the_nearest_nanodegree_half_even() {
    assertThat(CanonicalPoint.toNanodeg(45.0000000004)).isEqualTo(45_000_000_000L);
    assertThat(CanonicalPoint.toNanodeg(45.0000000006)).isEqualTo(45_000_000_001L);
    assertThat(CanonicalPoint.toNanodeg(-45.0000000006)).isEqualTo(-45_000_000_001L);
    // k/1024 degrees is an exact double and, for odd k, exactly k·976 562.5 nanodegrees: a true tie.
    assertThat(CanonicalPoint.toNanodeg(1 / 1024.0)).isEqualTo(976_562L);
    assertThat(CanonicalPoint.toNanodeg(3 / 1024.0)).isEqualTo(2_929_688L);
  }

  @Test
  void decimal_text_parses_exactly_and_refuses_sub_nanodegree_digits() {
    assertThat(CanonicalPoint.parseNanodeg("45.123456789")).isEqualTo(45_123_456_789L);
    assertThat(CanonicalPoint.parseNanodeg(" -0.000000001 ")).isEqualTo(-1L);
    assertThatThrownBy(() -> CanonicalPoint.parseNanodeg("45.1234567891"))
        .isInstanceOf(GeoInputException.class)
        .hasMessageContaining("more than nine decimals");
    assertThatThrownBy(() -> CanonicalPoint.parseNanodeg("4x5"))
        .hasMessage("not a decimal number of degrees: \"4x5\"");
  }

  @Test
  void canonical_text_is_exact() {
    CanonicalPoint c = new CanonicalPoint(45_000_000_001L, -40_500_000_000L);
    assertThat(c.lonText()).isEqualTo("45.000000001");
    assertThat(c.latText()).isEqualTo("-40.500000000");
  }

  @Test
  void a_ring_accepts_a_closing_vertex_once_and_needs_three_corners() {
    GeoPoint a = new GeoPoint(0, 0);
    GeoPoint b = new GeoPoint(0, 1);
    GeoPoint c = new GeoPoint(1, 1);
    assertThat(GeoRing.of(List.of(a, b, c, a)).vertices()).containsExactly(a, b, c);
    assertThat(GeoRing.of(List.of(a, b, c)).vertices()).containsExactly(a, b, c);
    assertThatThrownBy(() -> GeoRing.of(List.of(a, b, a)))
        .isInstanceOf(GeoInputException.class)
        .hasMessage("a ring needs at least 3 distinct vertices, got 2");
  }
}
