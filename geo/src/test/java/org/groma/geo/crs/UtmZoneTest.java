package org.groma.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.groma.geo.GeoInputException;
import org.groma.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtmZoneTest {

  @ParameterizedTest(name = "{0}, {1} -> {2}")
  @CsvSource({
      "40.1792, 44.4991, 38N",   // Yerevan
      "40.4093, 49.8671, 39N",   // Baku
      "-33.92, 18.42, 34S",      // Cape Town
      "0, 0, 31N",               // the equator belongs to the north
      "-0.000001, 0, 31S",
      "10, 180, 60N",
      "10, -180, 1N",
      "10, 5.999999, 31N",
      "10, 6, 32N",
      "56, 3, 32N",              // southern Norway: 56°N to 64°N, 3°E to 12°E is zone 32
      "63.999, 11.999, 32N",
      "55.999, 3, 31N",
      "64, 5, 31N",
      "60, 2.999, 31N",
      "60, 12, 33N",
      "72, 8.999, 31N",          // Svalbard: 0°-9°E 31, 9°-21°E 33, 21°-33°E 35, 33°-42°E 37
      "78, 9, 33N",
      "78, 20.999, 33N",
      "78, 21, 35N",
      "78, 33, 37N",
      "84, 41.999, 37N",
      "78, 42, 38N",
      "71.999, 8, 32N"})
  void chooses_the_zone_of_a_point_with_the_norway_and_svalbard_exceptions(double lat, double lon, String expected) {
    UtmZone zone = UtmZone.forPoint(new GeoPoint(lat, lon));
    assertThat(zone.toString()).isEqualTo(expected);
    // Every point can be projected in the zone chosen for it, even 6° from the central meridian (37X at 33°E).
    CoordinateTransform toUtm = CoordinateTransform.between(GeographicCrs.WGS84, zone.crs());
    Coordinate grid = toUtm.apply(Coordinate.ofLatLon(GeographicCrs.WGS84, lat, lon));
    assertThat(grid.eastingM()).isBetween(0.0, 1_000_000.0);
  }

  @Test
  void names_the_epsg_code_of_each_zone() {
    assertThat(new UtmZone(38, UtmZone.Hemisphere.NORTH).code()).isEqualTo("EPSG:32638");
    assertThat(new UtmZone(23, UtmZone.Hemisphere.SOUTH).code()).isEqualTo("EPSG:32723");
    assertThat(new UtmZone(38, UtmZone.Hemisphere.NORTH).crs().name()).isEqualTo("WGS 84 / UTM zone 38N");
  }

  @Test
  void refuses_polar_points_and_impossible_zones() {
    assertThatThrownBy(() -> UtmZone.forPoint(new GeoPoint(84.0001, 10)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("latitude 84.0001°");
    assertThatThrownBy(() -> UtmZone.forPoint(new GeoPoint(-80.5, 10)))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("latitude -80.5°");
    assertThatThrownBy(() -> new UtmZone(61, UtmZone.Hemisphere.NORTH))
        .isInstanceOf(GeoInputException.class).hasMessageContaining("61");
  }
}
